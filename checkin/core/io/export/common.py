"""Vocabulary every exporter shares: what to export, in which format, and how it can fail."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TypeVar

from checkin.core.model import Attendee, Status

T = TypeVar("T")


class What(enum.StrEnum):
    """Which attendees an attendance export contains."""

    ATTENDED = "attended"
    NOSHOW = "noshow"
    WALKIN = "walkin"
    CANCELLED = "cancelled"
    ALL = "all"


class Format(enum.StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    PDF = "pdf"


class ExportProblem(enum.StrEnum):
    MISSING_FOLDER = "missing_folder"
    DISK_FULL = "disk_full"
    NOT_ALLOWED = "not_allowed"
    #: An existing folder other users can read, holding files of someone else's.
    NOT_PRIVATE = "not_private"
    CANCELLED = "cancelled"
    FAILED = "failed"


class ExportError(Exception):
    """The file could not be written; nothing was left half-written and no data changed.

    `problem` lets a UI pick its own translated words; `str()` is a plain English
    sentence for the command line.
    """

    def __init__(self, problem: ExportProblem, path: Path, detail: str = "") -> None:
        self.problem = problem
        self.path = path
        self.detail = detail
        super().__init__(_MESSAGES[problem].format(path=path, folder=path.parent, detail=detail))


_MESSAGES = {
    ExportProblem.MISSING_FOLDER: "The folder {folder} does not exist; choose an existing folder.",
    ExportProblem.DISK_FULL: "The disk holding {folder} is full; free some space or choose "
    "another drive. {path} was not written.",
    ExportProblem.NOT_ALLOWED: "Not allowed to write {path}; choose another folder.",
    ExportProblem.NOT_PRIVATE: "{path} can be opened by other users of this computer and "
    "holds other files; the QR codes' file names are ticket codes. Choose a new folder.",
    ExportProblem.CANCELLED: "Export cancelled; {path} was not written.",
    ExportProblem.FAILED: "Could not write {path}: {detail}",
}


@dataclass(frozen=True, slots=True)
class ExportResult:
    rows: int
    path: Path


@dataclass(frozen=True, slots=True)
class EventInfo:
    """What a printed list says about the event in its header."""

    name: str = ""
    date: str = ""
    venue: str = ""

    @classmethod
    def from_store(cls, store: object) -> EventInfo:
        """The event as the store's metadata describes it; an ISO date reads "07.03.2017"."""
        get = store.get_meta  # type: ignore[attr-defined]
        return cls(
            get("event_name", ""), german_date(get("event_date", "")), get("event_venue", "")
        )


def german_date(text: str) -> str:
    try:
        return date.fromisoformat(text.strip()).strftime("%d.%m.%Y")
    except ValueError:
        return text


_FILTERS: dict[What, Callable[[Attendee], bool]] = {
    What.ATTENDED: lambda a: a.checked_in is not None,
    What.NOSHOW: lambda a: a.status == Status.ACTIVE and a.checked_in is None,
    What.WALKIN: lambda a: a.walk_in,
    What.CANCELLED: lambda a: a.status == Status.CANCELLED,
    What.ALL: lambda a: True,
}


def select(attendees: Iterable[Attendee], what: What) -> Iterator[Attendee]:
    """Stream only the attendees `what` asks for; never materialises the list."""
    keep = _FILTERS[What(what)]
    return (a for a in attendees if keep(a))


#: How many rows pass between two progress reports / cancel checks (the desk app's export
#: gives way to a scan there: a few milliseconds of writing apart, XLSX and PDF included).
PROGRESS_EVERY = 50


def watched(
    items: Iterable[T],
    path: Path,
    progress: Callable[[int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> Iterator[T]:
    """Pass items through, reporting the count and honouring a cancel button now and then."""
    if progress is None and cancelled is None:
        yield from items
        return
    count = 0
    for item in items:
        yield item
        count += 1
        if count % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise ExportError(ExportProblem.CANCELLED, path)
            if progress is not None:
                progress(count)
    if progress is not None:
        progress(count)


def local_naive(at: datetime, tz: tzinfo | None) -> datetime:
    """Wall-clock time at the event, without tzinfo (spreadsheets know no time zones)."""
    return at.astimezone(tz).replace(tzinfo=None)
