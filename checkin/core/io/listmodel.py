"""What reading an attendee list yields: raw tables, parsed rows, and per-row problems.

Expected trouble in a list (a row without a name, a code used twice) is data,
reported as `Problem`s with the file's line number; only a file that cannot be
read at all raises `ListFileError`, and then nothing is imported.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from checkin.core.model import Attendee


class ListFileError(Exception):
    """The file cannot be read as a list at all. The message says why and what to do."""


class CheckinListNeeded(ListFileError):
    """The file records check-ins at several check-in lists (pretix's orders export) and
    nobody said which is this door's: taking the most used one could be the evening
    reception's, so guests seen only there would read "already in" and guests already
    through this door could be admitted again. `lists` are the names, most used first."""

    def __init__(self, lists: tuple[str, ...]) -> None:
        self.lists = lists
        super().__init__(
            f"This list records check-ins at {len(lists)} check-in lists "
            f"({', '.join(repr(n) for n in lists)}); which one is this door's? Check-ins "
            "at the others are kept as history only. Nothing was imported."
        )


class MappingError(ListFileError):
    """An explicit mapping (`--map COLUMN=FIELD`) names an unknown column or field."""


class CutOffReason(enum.StrEnum):
    """How a file shows that it ends inside a record (an interrupted download, a full stick)."""

    #: A quoted cell is still open when the file ends.
    OPEN_QUOTE = "open_quote"
    #: The last line has no line end and fewer cells than the line before it.
    SHORT_LAST_LINE = "short_last_line"
    #: The last line has no line end, and a value on it is only the start of the stored one.
    LAST_VALUE_CUT = "last_value_cut"
    #: A ZIP (xlsx) without its central directory: the end of the file is missing.
    ZIP_WITHOUT_DIRECTORY = "zip_without_directory"


@dataclass(frozen=True, slots=True)
class CutOff:
    """Where a list file stops in the middle of a record."""

    line: int
    reason: CutOffReason
    #: The cut record's cells as read, shortened, for the person to recognise it.
    excerpt: str = ""


class ParseCancelled(Exception):
    """The caller's `cancelled()` returned True while the list was being read."""


class ProblemReason(enum.StrEnum):
    NO_NAME = "no_name"
    DUPLICATE_CODE = "duplicate_code"
    DUPLICATE_PERSON = "duplicate_person"
    UNREADABLE_VALUE = "unreadable_value"
    ENCODING_FALLBACK = "encoding_fallback"
    #: Re-import: a stored guest's code differs in this list (see importing.plan_import).
    CODE_CHANGED = "code_changed"
    #: Re-import: the list names another person for a stored code (a ticket passed on).
    HOLDER_CHANGED = "holder_changed"


Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one row. "error": the row was not imported; "warning": it was."""

    line: int
    reason: ProblemReason
    detail: str
    severity: Severity = "warning"
    column: str = ""


@dataclass(frozen=True, slots=True)
class ParsedRow:
    #: 1-based line in the file (CSV: first physical line of the record) or sheet row (xlsx).
    line: int
    attendee: Attendee
    #: When the list says this person was already checked in. A list that only says
    #: "yes" without a time gets the file's modification time: the check-in happened
    #: before the list was saved.
    checked_in_at: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class Table:
    """The cells of a list as text, with the line each row came from (for previews)."""

    headers: list[str]
    rows: list[tuple[int, list[str]]]
    format: str  # "csv" or "xlsx"
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    sheet_names: list[str] = field(default_factory=list)
    #: Line (CSV) or sheet row (xlsx) of the header row.
    header_line: int = 1
    #: Things worth telling the person choosing the mapping (hidden columns, fallbacks).
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class ParsedList:
    rows: list[ParsedRow]
    problems: list[Problem]
    #: Column header -> field, as used (detected, then explicit overrides applied).
    mapping: dict[str, str]
    #: "pretix orders", "Eventbrite attendee report", ... or "generic".
    source_format: str
    format: str = "csv"
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    headers: list[str] = field(default_factory=list)
    #: Codes on rows that were rejected (no name): their guests are still on the list.
    rejected_codes: frozenset[str] = frozenset()
    #: About the file as a whole (encoding fallback, hidden columns, NULs removed).
    warnings: list[str] = field(default_factory=list)
    #: Set when the file ends inside a record: it is not the whole list.
    cut_off: CutOff | None = None
    #: The file's last line has no line end (a cut there may have shortened its last value).
    last_line_open: bool = False
    #: Check-in lists the file says tickets were used at, most used first (pretix).
    checkin_lists: tuple[str, ...] = ()
    #: The one of them taken as this door's: its check-ins are check-ins here.
    checkin_list: str = ""
    #: The file does not say who is approved and paid (Indico's registrants JSON).
    states_unknown: bool = False
    #: The event's name as the export writes it on every row (pretix's order exports);
    #: "" when it has none or names several events (an organiser-wide export).
    event_name: str = ""

    @property
    def rejected(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")
