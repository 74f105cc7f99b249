"""The day's-end exports as one request each, for the command line and the window alike.

`ExportRequest` says what a person chose (which guests or the log, the format,
the columns, the file); `run_export` reads the store and writes it, and
`write_report` writes the organisers' PDF report. Both take the event's own time
zone unless told otherwise, report progress and honour a cancel, and fail only
with `ExportError` (file) or `ValueError` (a choice that cannot be written).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import lru_cache
from pathlib import Path

from checkin.core.event import load_event
from checkin.core.io.export import export_attendance, export_log
from checkin.core.io.export.common import EventInfo, ExportResult, Format, watched
from checkin.core.model import Attendee
from checkin.core.stats import DayStats
from checkin.core.store.base import Store

#: What an export can contain: the attendance selections and the audit log.
WHATS = ("attended", "noshow", "walkin", "cancelled", "all", "log")
#: The organisers' report, offered beside the exports (always a PDF, no columns).
REPORT = "report"

Progress = Callable[[int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True, slots=True, kw_only=True)
class ExportRequest:
    what: str
    fmt: str
    path: str | os.PathLike[str]
    #: Column keys in order; None = the default columns (ignored for the log).
    columns: Sequence[str] | None = None
    delimiter: str = ";"
    #: Times are written in this zone; None = the event's zone, else this machine's.
    tz: tzinfo | None = None


class AttendeesOnDemand(Mapping[int, Attendee]):
    """Names for the log, fetched as entries need them instead of loading everyone."""

    def __init__(self, store: Store) -> None:
        self._get = lru_cache(maxsize=4096)(store.get_attendee)

    def __getitem__(self, key: int) -> Attendee:
        found = self._get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __iter__(self) -> Iterator[int]:
        return iter(())

    def __len__(self) -> int:
        return 0


def event_zone(store: Store, given: tzinfo | None = None) -> tzinfo:
    """The zone asked for (`--timezone`), else the event's (`Event.zone`)."""
    return given or load_event(store).zone()


def run_export(
    store: Store,
    request: ExportRequest,
    now: datetime,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    if request.what not in WHATS:
        raise ValueError(f"unknown export {request.what!r}; choose one of {', '.join(WHATS)}")
    tz = event_zone(store, request.tz)
    if request.what == "log":
        return export_log(
            store.iter_log(),
            AttendeesOnDemand(store),
            request.path,
            request.fmt,
            delimiter=request.delimiter,
            tz=tz,
            progress=progress,
            cancelled=cancelled,
        )
    return export_attendance(
        store.iter_attendees(),
        request.path,
        what=request.what,
        columns=request.columns,
        fmt=request.fmt,
        delimiter=request.delimiter,
        event=EventInfo.from_store(store),
        tz=tz,
        generated_at=now.astimezone(tz),
        progress=progress,
        cancelled=cancelled,
    )


@dataclass(frozen=True, slots=True)
class ReportResult:
    path: Path
    stats: DayStats


def write_report(
    store: Store,
    path: str | os.PathLike[str],
    now: datetime,
    tz: tzinfo | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ReportResult:
    """The organisers' PDF report: summary, desks, then the list."""
    from checkin.core.io.export.files import atomic_output
    from checkin.core.report import render_report
    from checkin.core.stats import compute_stats

    target = Path(path)
    tz = event_zone(store, tz)
    now = now.astimezone(tz)
    stats = compute_stats(
        watched(store.iter_attendees(), target, progress, cancelled), store.iter_log(), now
    )
    pdf = render_report(
        stats,
        watched(store.iter_attendees(), target, None, cancelled),
        EventInfo.from_store(store),
        tz=tz,
        generated_at=now,
    )
    with atomic_output(target) as fh:
        fh.write(pdf)
    return ReportResult(target, stats)


def format_of(path: str | os.PathLike[str], given: str | None = None) -> Format:
    """The format asked for, else the file's suffix, else CSV; ValueError when unknown."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return Format(given or suffix or "csv")
