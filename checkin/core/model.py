"""The domain vocabulary shared by every layer: plain frozen dataclasses and enums.

Nothing here touches storage, files or Qt, so importers, the rules, the badge
renderer, the exporters and the GUI can all speak about the same things.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import KW_ONLY, dataclass, field
from datetime import datetime
from types import MappingProxyType
from zoneinfo import ZoneInfo

from checkin.core.eventid import new_event_id

#: The time zone of an event that states none (`checkin.core.event.Event.zone`): times are
#: shown and exported in it, and times a list writes without a zone (pretix's check-in
#: times) are read in it, never in the machine's (UTC on a server).
DEFAULT_TIMEZONE = ZoneInfo("Europe/Berlin")


class Status(enum.StrEnum):
    ACTIVE = "active"
    CANCELLED = "cancelled"
    #: Registered but not paid (pretix "pending"): refused at the door unless a person admits.
    UNPAID = "unpaid"
    #: Registered, awaiting the organiser's approval (Indico "Pending"): refused likewise.
    UNAPPROVED = "unapproved"
    #: On the previous list but missing from the re-imported one; kept, never deleted.
    REMOVED = "removed"


class Category:
    """The categories a desk at a German conference distinguishes.

    A category is free text (whatever the list says); these are the usual ones,
    used by the demo data, the default badge layout and the statistics.
    """

    PARTICIPANT = "Teilnehmer"
    SPEAKER = "Referent"
    PRESS = "Presse"
    VIP = "Ehrengast"
    STAFF = "Organisation"
    EXHIBITOR = "Aussteller"

    KNOWN = (PARTICIPANT, SPEAKER, PRESS, VIP, STAFF, EXHIBITOR)


def _frozen_mapping(value: Mapping[str, str] | None) -> Mapping[str, str]:
    return MappingProxyType(dict(value or {}))


@dataclass(frozen=True, slots=True)
class CheckInState:
    """When, where and by whom a guest was (first) admitted."""

    at: datetime
    desk: str
    operator: str


@dataclass(frozen=True, slots=True)
class Attendee:
    """One guest. Only the code is positional: seventeen fields are read by name."""

    code: str
    _: KW_ONLY
    first_name: str = ""
    last_name: str = ""
    title: str = ""
    company: str = ""
    function: str = ""
    email: str = ""
    category: str = ""
    status: Status = Status.ACTIVE
    attention: bool = False
    attention_note: str = ""
    extra: Mapping[str, str] = field(default_factory=dict)
    source_file: str = ""
    source_line: int | None = None
    walk_in: bool = False
    #: Row id in the store; None before the attendee is stored.
    id: int | None = None
    #: Current admission, None when not (or no longer, after an undo) checked in.
    checked_in: CheckInState | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "extra", _frozen_mapping(self.extra))

    @property
    def full_name(self) -> str:
        """First and last name, as a person says it ("Anna Nowak")."""
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    @property
    def display_name(self) -> str:
        """Title and full name, as a badge or a welcome says it."""
        return " ".join(p for p in (self.title, self.first_name, self.last_name) if p)

    @property
    def is_checked_in(self) -> bool:
        return self.checked_in is not None


class MatchReason(enum.StrEnum):
    """Why a re-imported list row went where it went: the rule that found its stored
    guest (`checkin.core.importing.MATCH_STRATEGIES`), or that it is new."""

    #: Nobody stored is this row: the guest is added.
    NEW = "new"
    #: The guest holding the row's code, the person the row names.
    SAME_CODE = "same_code"
    #: One of several holders of a shared code (a group ticket): the one of this name.
    SHARED_CODE = "shared_code"
    #: The guest whose code the row writes in other case ("ab12" for "AB12").
    CODE_CASE = "code_case"
    #: A re-issued ticket: the same person by e-mail or name, whose old code left the list.
    CODE_REISSUED = "code_reissued"
    #: The row's code is somebody else's; the person it names moved to it (codes swapped).
    CODE_MOVED = "code_moved"
    #: The code's holder, now another person: the ticket was passed on.
    TICKET_PASSED_ON = "ticket_passed_on"
    #: Passed on from a guest who already came: added beside them (the door asks).
    ADDED_BESIDE_HOLDER = "added_beside_holder"
    #: No code: the one guest with the row's e-mail.
    EMAIL = "email"
    #: No code: the guest of the row's first name, last name and company.
    NAME = "name"
    #: No code: the guest the desk renamed, by the name the list still gives.
    DESK_CORRECTED_NAME = "desk_corrected_name"
    #: No code: the one guest of this first and last name, with another company.
    COMPANY_CHANGED = "company_changed"
    #: No code: the one guest of these names, the list's first and last name swapped.
    NAME_COLUMNS_SWAPPED = "name_columns_swapped"
    #: No code: the one guest of this last name whose first name the list corrected.
    FIRST_NAME_CORRECTED = "first_name_corrected"


#: The attendee fields a list owns (an import may change them); everything else
#: (id, code once given, check-in, walk-in) belongs to the desk.
LIST_FIELDS = (
    "title",
    "first_name",
    "last_name",
    "company",
    "function",
    "email",
    "category",
    "status",
    "attention",
    "attention_note",
    "extra",
    "source_file",
    "source_line",
)


#: Extra-data keys that hold the order a ticket belongs to (pretix's "Order code" in
#: English and German): an order code names several tickets, never one guest.
ORDER_CODE_KEYS = ("Order code", "Bestellnummer")
#: Event metadata: "1" once a list with order codes was imported. Only then does an
#: unknown code cost a look through the guests' order codes (not an indexed column).
ORDER_CODES_META = "order_codes"


#: Extra-data key of the registration ID staff read off a list and type (Indico's
#: per-event "ID"): kept when the registrants JSON makes the ticket secret the code.
REGISTRATION_ID_KEY = "Registration ID"
#: Event metadata: "1" once a list with registration IDs was imported; only then does an
#: unknown number cost a look through the guests' registration IDs.
REGISTRATION_IDS_META = "registration_ids"


def holds_order_code(attendee: Attendee, order_code: str) -> bool:
    folded = order_code.casefold()
    return any(attendee.extra.get(k, "").casefold() == folded for k in ORDER_CODE_KEYS)


class LogKind(enum.StrEnum):
    """What an event of the journal (the append-only log) records."""

    CHECKIN = "checkin"
    UNDO = "undo"
    REJECTED = "rejected"
    WALKIN = "walkin"
    EDIT = "edit"
    BADGE_PRINTED = "badge_printed"
    #: A person at the desk admitted a guest the rules refused (result: the refusal).
    OVERRIDE = "override"
    #: A guest list was imported (detail: the file and what it changed).
    LIST_IMPORTED = "list_imported"
    #: A ticket admitted a second time while desks could not see each other (detail: the
    #: first admission by time); both admissions are kept, this one reports the pair.
    DOUBLE_ADMISSION = "double_admission"


class ScanSource(enum.StrEnum):
    """Where a scan's input came from; the audit log keeps it beside the verdict."""

    #: Entries that are no scan (undo, edit, print) and those written before sources were kept.
    NONE = ""
    #: A USB scanner (keyboard wedge): a burst the desk's scanner guard recognised.
    SCANNER = "scanner"
    CAMERA = "camera"
    #: A picture of a ticket dropped or pasted onto the window, or `checkin scan --image`.
    PICTURE = "picture"
    #: `checkin scan CODE` and scanner lines piped into it.
    COMMAND_LINE = "command_line"
    #: A person: picked the guest (name search, one holder of a shared code) or typed the
    #: code by hand in the scan field.
    MANUAL = "manual"


class Outcome(enum.StrEnum):
    """The typed result of a journal event; never free text (the facts go in `detail`)."""

    NONE = ""
    #: A scan's verdict: every VerdictKind value (a test keeps the two in step).
    ADMITTED = "admitted"
    ALREADY_CHECKED_IN = "already_checked_in"
    UNKNOWN = "unknown"
    CANCELLED = "cancelled"
    AMBIGUOUS = "ambiguous"
    INVALID = "invalid"
    NOT_PAID = "not_paid"
    NOT_APPROVED = "not_approved"
    #: An admission was revoked (detail: the admission).
    UNDONE = "undone"
    #: A person corrected a guest's data (detail: the fields' values before).
    EDITED = "edited"
    #: A badge was printed (detail: the printer).
    PRINTED = "printed"
    #: A guest list was imported (detail: the file and what changed).
    IMPORTED = "imported"


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One event of the journal, the append-only log every desk state is derived from.

    `event_id` is made where the event happened (a time-ordered UUIDv7), so the same
    event uploaded twice is recognised as one.
    """

    at: datetime
    kind: LogKind
    desk: str
    operator: str
    _: KW_ONLY
    raw_input: str = ""
    result: Outcome = Outcome.NONE
    attendee_id: int | None = None
    code: str = ""
    id: int | None = None
    source: ScanSource = ScanSource.NONE
    #: Structured facts of the event as a JSON object ("" when there are none).
    detail: str = ""
    event_id: str = field(default_factory=new_event_id)


class VerdictKind(enum.StrEnum):
    ADMITTED = "admitted"
    ALREADY_CHECKED_IN = "already_checked_in"
    UNKNOWN = "unknown"
    CANCELLED = "cancelled"
    AMBIGUOUS = "ambiguous"
    INVALID = "invalid"
    #: The registration is not paid; the verdict names who it is.
    NOT_PAID = "not_paid"
    #: The registration awaits the organiser's approval; the verdict names who it is.
    NOT_APPROVED = "not_approved"

    @property
    def admits(self) -> bool:
        return self is VerdictKind.ADMITTED


@dataclass(frozen=True, slots=True)
class Verdict:
    """The answer to one scan: may this guest enter, and why (not)."""

    kind: VerdictKind
    input: str
    _: KW_ONLY
    code: str = ""
    attendee: Attendee | None = None
    #: For ALREADY_CHECKED_IN: the first admission.
    previous: CheckInState | None = None
    #: For AMBIGUOUS: everyone holding the code.
    candidates: tuple[Attendee, ...] = ()
    #: For AMBIGUOUS: the input is the order code of the candidates' tickets.
    order_code: str = ""
    #: For UNKNOWN: the input looks like a generated code with a wrong check character.
    typo_suspected: bool = False
    #: How the input was repaired before matching (e.g. "keyboard_layout", "url").
    repaired: str = ""
    at: datetime | None = None
    #: Human-readable detail for logs and the CLI, never shown in place of translated UI text.
    detail: str = ""
    #: Decided by the desk from its own replica: the server did not answer in time.
    offline: bool = False

    @property
    def admits(self) -> bool:
        return self.kind.admits

    @property
    def name_missing(self) -> bool:
        """Admitted on a ticket without an attendee name: the desk asks for the name
        before a badge prints (pretix lets a buyer leave a colleague's name empty)."""
        return self.admits and self.attendee is not None and not self.attendee.full_name
