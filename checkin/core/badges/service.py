"""Printing a badge as a desk does it: render, spool, and write it to the log.

The CLI and the GUI share this module. The store only appears here (never in
the renderer): "already printed" and the "not yet printed" batch come from
BADGE_PRINTED entries in the append-only log. Printing never raises for a
printer problem; the caller gets a `PrintOutcome` and the check-in stays done.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal, Protocol

from checkin.core.badges.cups import SpoolError, SpoolResult, spool
from checkin.core.badges.layout import Layout, layout_for_event
from checkin.core.badges.render import render_badges
from checkin.core.badges.stock import Stock
from checkin.core.event import load_event
from checkin.core.journal import make_detail
from checkin.core.model import Attendee, LogEntry, LogKind, Outcome, Status
from checkin.core.names import attendee_key
from checkin.core.search import fold
from checkin.core.store.base import Store

SortKey = Literal["last_name", "company"]


class PrinterSink(Protocol):
    """Anything that takes PDF bytes to paper: a CUPS queue here, a QPrinter in the GUI."""

    @property
    def name(self) -> str: ...

    def submit(self, pdf: bytes, title: str) -> SpoolResult: ...


@dataclass(frozen=True, slots=True)
class CupsPrinter:
    name: str

    def submit(self, pdf: bytes, title: str) -> SpoolResult:
        return spool(pdf, self.name, title=title)


@dataclass(frozen=True, slots=True)
class PrintOutcome:
    attendee: Attendee
    spool: SpoolResult
    #: The BADGE_PRINTED entry before this print (a reprint when not None).
    previous: LogEntry | None = None
    #: The category's layout says "no badge"; nothing was sent.
    no_badge: bool = False
    #: The desk has no printer: the badge was saved as this PDF file instead.
    saved_to: str = ""

    @property
    def ok(self) -> bool:
        return self.spool.ok and not self.no_badge


_MONTHS_DE = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip


def badge_date(iso_date: str, venue: str = "") -> str:
    """ "2017-03-07" -> "7. März 2017 · Leipzig": a badge speaks to the guests, not to Excel."""
    try:
        day = date.fromisoformat(iso_date)
        text = f"{day.day}. {_MONTHS_DE[day.month - 1]} {day.year}"
    except ValueError:
        text = iso_date
    return " · ".join(part for part in (text, venue) if part)


def event_from_store(store: Store) -> dict[str, str]:
    """The event's own name, date and venue as a badge shows them (`core.event`)."""
    event = load_event(store)
    return {
        "name": event.name,
        "date": badge_date(event.date, event.venue.split(",")[0]),
        "venue": event.venue,
    }


def event_layout(store: Store, chosen: str = "") -> Layout:
    """`chosen`, else the event's own ("badge_layout"), else the one made for this event
    or the built-in one (`layout_for_event`)."""
    return layout_for_event(load_event(store).name, chosen or store.get_meta("badge_layout"))


def last_printed(store: Store, attendee: Attendee) -> LogEntry | None:
    """When this guest's badge was last printed ("badge already printed at 09:14")."""
    if attendee.id is None:
        return None
    return store.last_log_entry(LogKind.BADGE_PRINTED, attendee_id=attendee.id)


def printed_ids(store: Store) -> set[int]:
    """Attendees with at least one printed badge, from one pass over the log."""
    return {
        e.attendee_id
        for e in store.iter_log()
        if e.kind == LogKind.BADGE_PRINTED and e.attendee_id is not None
    }


def sort_attendees(attendees: Iterable[Attendee], sort: SortKey = "last_name") -> list[Attendee]:
    """By name (`names.sort_key`: Ärger beside Arndt), or by company and then name."""
    if sort == "company":
        return sorted(attendees, key=lambda a: (fold(a.company), attendee_key(a)))
    return sorted(attendees, key=attendee_key)


def select_batch(
    store: Store,
    *,
    category: str | None = None,
    not_printed: bool = False,
    sort: SortKey = "last_name",
    include_cancelled: bool = False,
) -> list[Attendee]:
    """The guests of a batch: all, one category, or those without a printed badge yet."""
    done = printed_ids(store) if not_printed else set()
    chosen = (
        a
        for a in store.iter_attendees()
        if (include_cancelled or a.status is Status.ACTIVE)
        and (category is None or a.category.casefold() == category.casefold())
        and not (not_printed and a.id in done)
    )
    return sort_attendees(chosen, sort)


def record_printed(
    store: Store,
    attendee: Attendee,
    printer_name: str,
    desk: str,
    operator: str,
    clock: Callable[[], datetime],
) -> LogEntry:
    entry = LogEntry(
        at=clock(),
        kind=LogKind.BADGE_PRINTED,
        desk=desk,
        operator=operator,
        attendee_id=attendee.id,
        code=attendee.code,
        result=Outcome.PRINTED,
        detail=make_detail({"printer": printer_name}),
    )
    store.append_log(entry)
    return entry


def print_badge(
    store: Store,
    attendee: Attendee,
    printer: PrinterSink,
    layout: Layout,
    stock: Stock,
    desk: str,
    operator: str,
    clock: Callable[[], datetime],
    *,
    event: Mapping[str, str] | None = None,
) -> PrintOutcome:
    """Render one badge, send it to `printer`, and log it when the spooler took it."""
    previous = last_printed(store, attendee)
    if layout.elements_for(attendee.category) is None:
        return PrintOutcome(attendee, SpoolResult(printer.name), previous, no_badge=True)
    pdf = render_badges(
        [attendee],
        layout,
        stock,
        event=event if event is not None else event_from_store(store),
        title=f"badge {attendee.code}",
    )
    try:
        result = printer.submit(pdf, f"badge {attendee.code}")
    except Exception as exc:  # a printer driver must never take the desk down
        result = SpoolResult(printer.name, error=SpoolError.FAILED, message=str(exc))
    if result.ok:
        record_printed(store, attendee, printer.name, desk, operator, clock)
    return PrintOutcome(attendee, result, previous)
