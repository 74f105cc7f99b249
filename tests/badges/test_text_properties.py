"""Whatever the name, the fitted text stays inside its box and says what it did."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkin.core.badges.text import ELLIPSIS, LEADING, MM, clean, fit_text

names = st.text(
    alphabet=st.characters(
        whitelist_categories=("Lu", "Ll", "Lo", "Mn", "Nd", "Pd", "Zs"),
        max_codepoint=0x9FFF,
    ),
    max_size=300,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=names,
    width=st.floats(20, 120),
    lines=st.integers(1, 4),
    size=st.floats(8, 40),
)
def test_fitted_text_never_leaves_its_box(text: str, width: float, lines: int, size: float) -> None:
    min_size = max(6.0, size / 2)
    height = lines * size * LEADING / MM
    f = fit_text(
        text,
        "sans-bold",
        width_mm=width,
        height_mm=height,
        size=size,
        min_size=min_size,
        max_lines=lines,
    )
    assert len(f.lines) <= lines
    assert min_size - 1e-9 <= f.size <= size + 1e-9 or not f.lines
    for line in f.lines:
        assert line.width <= width * MM + 0.01
    if f.lines and not f.cut:
        # Nothing lost: the lines joined again are the cleaned text (spaces at breaks aside).
        assert f.text.replace("\n", "").replace(" ", "") == clean(text).replace(" ", "")
    if f.cut:
        assert f.text.endswith(ELLIPSIS)
    assert "None" not in f.text or "None" in text


# -- the family name is always whole on the badge ---------------------------------------

_LETTERS = (
    "abcdefghijklmnopqrstuvwxyzäöüßąćęłńóśźżčďěňřšťůýđơưạảấầậắằẵặẹẽếềểễệỉịọỏốồổỗộớờởợụủứừửữựỳỵỷỹ"
)
_word = st.text(alphabet=_LETTERS, min_size=1, max_size=14).map(str.capitalize)
_given = st.lists(st.lists(_word, min_size=1, max_size=2).map("-".join), max_size=12)
_particles = st.lists(
    st.sampled_from(["von", "und", "zu", "van", "der", "de", "la", "Freiherr", "Graf"]), max_size=4
)
_family = st.lists(_word, min_size=1, max_size=4).map("-".join).filter(lambda f: len(f) <= 60)
_titles = st.sampled_from(["", "Dr.", "Prof. Dr.-Ing. habil.", "Prof. Dr. Dr. h.c. mult.", "Ing."])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    given_names=_given,
    particles=_particles,
    family=_family,
    title=_titles,
    layout_name=st.sampled_from(["strategiekonferenz", "default"]),
)
def test_the_family_name_is_never_cut(
    given_names: list[str], particles: list[str], family: str, title: str, layout_name: str
) -> None:
    """Any name up to 60 letters of family name and 12 given names, on both bundled layouts."""
    from checkin.core.badges import load_layout, plan_badge
    from checkin.core.model import Attendee

    last = " ".join([*particles, family])
    guest = Attendee("X", first_name=" ".join(given_names), last_name=last, title=title)
    plan = plan_badge(guest, load_layout(layout_name))
    assert plan is not None
    (element, fitted) = next((e, p) for e, p in plan.items if e.id == "name")
    assert not fitted.cut
    printed = fitted.text.replace("\n", "").replace(" ", "")
    assert family in printed and last.replace(" ", "") in printed
    for line in fitted.lines:
        assert line.width <= element.width * MM + 0.01
    assert len(fitted.lines) * fitted.size * LEADING <= element.height * MM + 0.01
