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
