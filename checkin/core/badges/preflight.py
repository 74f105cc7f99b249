"""Before the doors open: which badges need a second look.

Renders every attendee's badge in memory (no PDF) and reports each text that
hit its minimum size, wrapped, was cut with an ellipsis, or needed a glyph from
the fallback font (or has one no bundled font can draw).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from checkin.core.badges.layout import Layout
from checkin.core.badges.render import plan_badge
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


#: Issues worth fixing before printing (the others are information).
SERIOUS = frozenset({IssueKind.CUT, IssueKind.MISSING_GLYPH, IssueKind.TOO_SMALL_ON_STOCK})


@dataclass(frozen=True, slots=True)
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
        who = (a.id, a.code, a.display_name)
        if plan is None:
            issues.append(PreflightIssue(IssueKind.NO_BADGE, *who, detail=a.category))
            continue
        for element, payload in plan.items:
            if not isinstance(payload, FittedText):
                continue
            size = round(payload.size * scale, 1)

            found: list[tuple[IssueKind, str]] = []
            if payload.cut:
                found.append((IssueKind.CUT, payload.text.replace("\n", " / ")[-60:]))
            elif payload.wrapped:
                found.append((IssueKind.WRAPPED, f"{len(payload.lines)} lines"))
            if payload.at_minimum and not payload.cut:
                found.append((IssueKind.AT_MINIMUM_SIZE, ""))
            if payload.fallback:
                found.append((IssueKind.FALLBACK_GLYPH, payload.fallback))
            if payload.missing:
                found.append((IssueKind.MISSING_GLYPH, payload.missing))
            if size < 6:
                found.append((IssueKind.TOO_SMALL_ON_STOCK, f"{size} pt on {stock.name}"))
            issues.extend(
                PreflightIssue(kind, *who, element=element.id, size=size, detail=detail)
                for kind, detail in found
            )
    return issues
