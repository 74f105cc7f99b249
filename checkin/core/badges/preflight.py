"""Before the doors open: which badges need a second look.

Renders every attendee's badge in memory (no PDF) and reports each text that
hit its minimum size, wrapped, was cut with an ellipsis, or needed a glyph from
the fallback font (or has one no bundled font can draw), and every name that was
shortened to keep its family name whole: initials, a shorter title, a size below
the minimum, or a part left out (see `checkin.core.badges.shorten`).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypedDict

from checkin.core.badges.layout import Layout
from checkin.core.badges.render import plan_badge
from checkin.core.badges.shorten import Shortening
from checkin.core.badges.stock import Stock
from checkin.core.badges.text import FittedText
from checkin.core.model import Attendee


class IssueKind(enum.StrEnum):
    AT_MINIMUM_SIZE = "at_minimum_size"
    WRAPPED = "wrapped"
    CUT = "cut"
    FALLBACK_GLYPH = "fallback_glyph"
    MISSING_GLYPH = "missing_glyph"
    #: The label is so much smaller than the layout that text shrinks below 6 pt.
    TOO_SMALL_ON_STOCK = "too_small_on_stock"
    NO_BADGE = "no_badge"
    #: Given names printed as initials (middle names first), to keep the family name whole.
    ABBREVIATED = "abbreviated"
    #: A shorter form of the title ("Prof. Dr.-Ing. habil." -> "Prof. Dr.").
    TITLE_SHORTENED = "title_shortened"
    #: More lines than the layout's `max_lines`, down to three quarters of its minimum size
    #: (and further for a family name that fits no other way).
    MORE_LINES = "more_lines"
    #: The title, the given names or degrees after the name are not on the badge at all.
    LEFT_OUT = "left_out"


#: Issues worth fixing before printing (the others are information).
SERIOUS = frozenset(
    {
        IssueKind.CUT,
        IssueKind.MISSING_GLYPH,
        IssueKind.TOO_SMALL_ON_STOCK,
        IssueKind.LEFT_OUT,
    }
)
#: What each way of shortening a name is reported as.
_SHORTENED = {
    Shortening.MIDDLE_NAMES: IssueKind.ABBREVIATED,
    Shortening.GIVEN_NAMES: IssueKind.ABBREVIATED,
    Shortening.TITLE: IssueKind.TITLE_SHORTENED,
    Shortening.MORE_LINES: IssueKind.MORE_LINES,
    Shortening.BELOW_FLOOR: IssueKind.MORE_LINES,
    Shortening.TITLE_LEFT_OUT: IssueKind.LEFT_OUT,
    Shortening.DEGREES_LEFT_OUT: IssueKind.LEFT_OUT,
    Shortening.GIVEN_LEFT_OUT: IssueKind.LEFT_OUT,
}


class _Who(TypedDict):
    """The guest a preflight issue is about (the first fields of `PreflightIssue`)."""

    attendee_id: int | None
    code: str
    name: str


@dataclass(frozen=True, slots=True, kw_only=True)
class PreflightIssue:
    kind: IssueKind
    attendee_id: int | None
    code: str
    name: str
    #: The layout element ("name", "company" ...), empty for whole-badge issues.
    element: str = ""
    #: Font size in pt as printed (after scaling to the stock).
    size: float = 0.0
    detail: str = ""
    #: For a shortened name: the `Shortening` steps taken (detail: the text as printed).
    how: tuple[str, ...] = ()

    @property
    def serious(self) -> bool:
        return self.kind in SERIOUS


def preflight(
    attendees: Iterable[Attendee],
    layout: Layout,
    stock: Stock,
    *,
    event: dict[str, str] | None = None,
) -> list[PreflightIssue]:
    scale = min(stock.label_width / layout.width, stock.label_height / layout.height)
    issues: list[PreflightIssue] = []
    for a in attendees:
        plan = plan_badge(a, layout, event)
        who = _Who(attendee_id=a.id, code=a.code, name=a.display_name)
        if plan is None:
            issues.append(PreflightIssue(kind=IssueKind.NO_BADGE, **who, detail=a.category))
            continue
        for element, payload in plan.items:
            if not isinstance(payload, FittedText):
                continue
            size = round(payload.size * scale, 1)

            if payload.shortened:
                printed = payload.text.replace("\n", " / ")
                steps: dict[IssueKind, list[str]] = {}
                for step in payload.shortened:
                    steps.setdefault(_SHORTENED[Shortening(step)], []).append(step)
                issues.extend(
                    PreflightIssue(
                        kind=kind,
                        **who,
                        element=element.id,
                        size=size,
                        detail=printed,
                        how=tuple(how),
                    )
                    for kind, how in steps.items()
                )
            found: list[tuple[IssueKind, str]] = []
            if payload.cut:
                found.append((IssueKind.CUT, payload.text.replace("\n", " / ")[-60:]))
            elif payload.wrapped:
                found.append((IssueKind.WRAPPED, f"{len(payload.lines)} lines"))
            if payload.at_minimum and not payload.cut and not payload.shortened:
                found.append((IssueKind.AT_MINIMUM_SIZE, ""))
            if payload.fallback:
                found.append((IssueKind.FALLBACK_GLYPH, payload.fallback))
            if payload.missing:
                found.append((IssueKind.MISSING_GLYPH, payload.missing))
            if size < 6:
                found.append((IssueKind.TOO_SMALL_ON_STOCK, f"{size} pt on {stock.name}"))
            issues.extend(
                PreflightIssue(kind=kind, **who, element=element.id, size=size, detail=detail)
                for kind, detail in found
            )
    return issues
