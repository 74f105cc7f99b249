"""A name too long for its box is shortened in a fixed order, its family name never cut.

One row per rule: the layout, the guest, what the name box prints (lines joined
with " / "), and the shortenings preflight reports.
"""

from __future__ import annotations

import pytest

from checkin.core.badges import IssueKind, get_stock, load_layout, parse_layout, plan_badge
from checkin.core.badges import preflight as run_preflight
from checkin.core.badges.shorten import Shortening
from checkin.core.badges.text import FittedText
from checkin.core.io.values import split_full_name
from checkin.core.model import Attendee
from checkin.core.names import shorter_titles

#: A badge whose name box also carries the title, and a narrow title box.
NARROW = parse_layout(
    {
        "name": "narrow",
        "width": 60,
        "height": 40,
        "elements": [
            {
                "type": "text", "id": "title", "x": 2, "y": 2, "width": 40, "height": 6,
                "template": "{title}", "size": 10, "min_size": 8,
            },
            {
                "type": "text", "id": "name", "x": 2, "y": 10, "width": 56, "height": 14,
                "template": "{display_name}", "font": "sans-bold", "size": 16, "min_size": 10,
                "max_lines": 2,
            },
        ],
    }
)  # fmt: skip
LAYOUTS = {
    "strategiekonferenz": load_layout("strategiekonferenz"),
    "default": load_layout("default"),
}
LAYOUTS["narrow"] = NARROW

M = Shortening.MIDDLE_NAMES
G = Shortening.GIVEN_NAMES
T = Shortening.TITLE
MORE = Shortening.MORE_LINES
GUTTENBERG = (
    "Karl-Theodor Maria Nikolaus Johann Jacob Philipp Franz Joseph Sylvester "
    "Freiherr von und zu Guttenberg"
)

# (rule, layout, title, whole name, element, printed, shortenings)
CASES = [
    (
        "a name that fits is left alone",
        "strategiekonferenz", "", "Maria Magdalena Krystyna Wiśniewska-Szczepańska", "name",
        "Maria Magdalena / Krystyna Wiśniewska- / Szczepańska", (),
    ),
    (
        "middle names first",
        "strategiekonferenz", "", "Friedrich-Wilhelm Maximilian Konstantin von Hohenzollern-Sigmaringen",
        "name", "Friedrich-Wilhelm M. / K. von Hohenzollern- / Sigmaringen", (M,),
    ),
    (
        "then a long first name: F.-W. M. K.",
        "strategiekonferenz", "", "Friedrich-Wilhelm Maximilian Konstantin Ludwig von Hohenzollern-Sigmaringen",
        "name", "F.-W. M. K. L. von / Hohenzollern- / Sigmaringen", (M, G),
    ),
    (
        "'Freiherr von und zu' is family name, never shortened",
        "strategiekonferenz", "", GUTTENBERG, "name",
        "K.-T. M. N. J. J. P. F. J. / S. Freiherr von und / zu Guttenberg", (M, G),
    ),
    (
        "on a smaller badge the middle names suffice",
        "default", "", GUTTENBERG, "name",
        "Karl-Theodor M. N. J. J. / P. F. J. S. Freiherr von / und zu Guttenberg", (M,),
    ),
    (
        "a title box gets a shorter title, never a cut one",
        "narrow", "Prof. Dr.-Ing. habil. Dr. h.c. mult.", "Eberhard Westkämper", "title",
        "Prof. Dr.-Ing. Dr. h.c.", (T,),
    ),
    (
        "a short first name keeps its letters while the title can shrink",
        "narrow", "Prof. Dr.-Ing. habil. Dr. h.c. mult.", "Eberhard Westkämper", "name",
        "Prof. Dr.-Ing. Dr. h.c. / Eberhard Westkämper", (T,),
    ),
    (
        "long given names before the title",
        "narrow", "Prof. Dr.-Ing. habil.", "Friedrich-Wilhelm Konstantin Hohenzollern-Sigmaringen",
        "name", "Prof. Dr.-Ing. habil. F.-W. K. / Hohenzollern-Sigmaringen", (M, G),
    ),
    (
        "then more lines, a little smaller",
        "narrow", "Prof.", "Anna-Katharina Schmidt-Müller-Lüdenscheidt-Hohenstein-Ernstthal",
        "name", "Prof. A.-K. Schmidt- / Müller-Lüdenscheidt- / Hohenstein-Ernstthal", (G, MORE),
    ),
    (
        "Vietnamese names keep their letters when they fit",
        "strategiekonferenz", "", "Tôn Nữ Thị Ngọc Bích Hoàng-Nguyễn-Phước", "name",
        "Tôn Nữ Thị Ngọc Bích / Hoàng-Nguyễn-Phước", (),
    ),
]  # fmt: skip


def _fitted(layout: str, title: str, whole: str, element: str) -> FittedText:
    first, last = split_full_name(whole)
    plan = plan_badge(Attendee("X", first_name=first, last_name=last, title=title), LAYOUTS[layout])
    assert plan is not None
    (payload,) = [p for e, p in plan.items if e.id == element]
    assert isinstance(payload, FittedText)
    return payload


@pytest.mark.parametrize(
    ("rule", "layout", "title", "whole", "element", "printed", "how"),
    CASES,
    ids=[c[0] for c in CASES],
)
def test_shortening_order(
    rule: str, layout: str, title: str, whole: str, element: str, printed: str, how: tuple
) -> None:
    fitted = _fitted(layout, title, whole, element)
    assert fitted.text.replace("\n", " / ") == printed
    assert fitted.shortened == how
    assert not fitted.cut


def test_parts_are_left_out_only_when_nothing_else_helps() -> None:
    layout = parse_layout(
        {
            "name": "tiny",
            "width": 40,
            "height": 6,
            "elements": [
                {
                    "type": "text", "id": "name", "x": 0, "y": 0, "width": 40, "height": 6,
                    "template": "{display_name}", "size": 14, "min_size": 12, "max_lines": 1,
                }
            ],
        }
    )  # fmt: skip
    guest = Attendee(
        "X", title="Prof. Dr.", first_name="Anna", last_name="Hohenzollern-Sigmaringen, Ph.D."
    )
    plan = plan_badge(guest, layout)
    assert plan is not None
    fitted = plan.items[0][1]
    assert isinstance(fitted, FittedText)
    assert "Hohenzollern-Sigmaringen" in fitted.text.replace("-\n", "-").replace("\n", " ")
    assert Shortening.TITLE_LEFT_OUT in fitted.shortened and not fitted.cut
    issues = run_preflight([guest], layout, get_stock("a6"))
    left_out = [i for i in issues if i.kind is IssueKind.LEFT_OUT]
    assert left_out and left_out[0].serious and "title_left_out" in left_out[0].how


def test_preflight_reports_every_abbreviation_with_the_printed_text() -> None:
    first, last = split_full_name(GUTTENBERG)
    guest = Attendee("G1", first_name=first, last_name=last, id=7)
    issues = run_preflight([guest], LAYOUTS["strategiekonferenz"], get_stock("a6"))
    (abbreviated,) = [i for i in issues if i.kind is IssueKind.ABBREVIATED]
    assert abbreviated.how == ("middle_names_abbreviated", "given_names_abbreviated")
    assert abbreviated.detail.endswith("zu Guttenberg") and not abbreviated.serious
    assert not any(i.kind is IssueKind.CUT for i in issues)


# (title, shorter forms)
TITLES = [
    ("Prof. Dr.-Ing. habil.", ["Prof. Dr.-Ing.", "Prof. Dr.", "Prof."]),
    ("Prof. Dr.-Ing. habil. Dr. h.c. mult.", ["Prof. Dr.-Ing. Dr. h.c.", "Prof. Dr. Dr.", "Prof."]),
    ("Dr. rer. nat.", ["Dr."]),
    ("Dipl.-Ing. Dr. techn.", ["Dr."]),
    ("Univ.-Prof. Dr. med.", ["Univ.-Prof. Dr.", "Prof. Dr.", "Prof."]),
    ("Dr.", []),
    ("Staatsminister", []),
]


@pytest.mark.parametrize(("title", "forms"), TITLES, ids=[t for t, _ in TITLES])
def test_shorter_titles(title: str, forms: list[str]) -> None:
    assert shorter_titles(title) == forms
