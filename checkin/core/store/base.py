"""The storage interface every backend (SQLite now, PostgreSQL for several desks) implements.

The rules (`checkin.core.rules`) and every UI speak only to this interface, so a
backend can be swapped without touching who-may-enter logic.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, runtime_checkable

from checkin.core.model import (
    Attendee,
    CheckInState,
    LogEntry,
    LogKind,
    MatchReason,
    ScanSource,
)

#: Event metadata on a server: a random id of this event, made when a desk first opens
#: it, and made anew by the first list imported after an erase. Desks' replicas copy
#: it, so `erase` finds each of them, whichever address the desk used (a host name, an
#: IP, a proxy's port), and a desk whose replica holds another id knows that its event
#: was erased or replaced on the server (`replica.DeskStore`).
EVENT_UID_META = "event_uid"
#: Event metadata on a server: when its event was erased (and no list imported since).
#: While it is there the server holds no event, and no desk opening it makes an id.
ERASED_META = "event_erased"


def judged_differs(stored: Attendee, judged: Attendee) -> bool:
    """Whether a stored guest is no longer the one the rules judged: what they decided on
    (paid, approved, cancelled, removed from the list: the status; the code scanned)."""
    return stored.status is not judged.status or stored.code != judged.code


class StoreError(Exception):
    """Storage failed (disk full, file unreadable, server gone). The message says what to do."""


@dataclass(frozen=True, slots=True)
class Change:
    """What a write changed, so listeners (Qt models, dashboards) refresh only that."""

    attendee_ids: tuple[int, ...] = ()
    #: True when so much changed (an import, an erase) that listeners should reload everything.
    reset: bool = False
    log_appended: bool = False


@dataclass(frozen=True, slots=True)
class CheckInResult:
    """Outcome of the atomic check-in write."""

    #: True when this call admitted the guest; False when someone already had (or `changed`).
    admitted: bool
    #: The admission that holds: this call's, or the one before it. None only with `changed`.
    state: CheckInState | None
    #: Decided by the desk from its replica while the server did not answer (uploaded later).
    offline: bool = False
    #: The guest as the store holds them now, when that is no longer the guest the rules
    #: judged (`Store.check_in`'s `judged`: another desk's re-import cancelled the ticket,
    #: or gave its code to someone else): nothing was written; the rules judge this row.
    changed: Attendee | None = None
    #: The guest as the store holds them, read in the same statement (admitted: with this
    #: admission; in already: with theirs), when the store read them: the row the verdict
    #: names and a desk keeps (a ticket passed on to another person, same code and status,
    #: names the new holder before the desk's replica pulled the re-import). None: the
    #: judged row stands.
    row: Attendee | None = None
    #: The server's version of `row` or `changed` (PostgreSQL: the transaction that last
    #: wrote the guest's fields, migration 8): a desk's replica that pulled a newer write of
    #: the guest meanwhile keeps it (`replica.Replica.absorb`). None: not known.
    version: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RecordedCheckIn:
    """A check-in the list itself records (pretix's check-in list), taken over at import.

    It is about a guest the import adds (`new`: an index into the plan's inserts, whose
    ids exist only once they are written) or a stored guest (`attendee_id`), never both.
    """

    at: datetime
    new: int | None = None
    attendee_id: int | None = None

    def __post_init__(self) -> None:
        if (self.new is None) == (self.attendee_id is None):
            raise ValueError("a recorded check-in is about a new guest or a stored one")

    @classmethod
    def of_new(cls, index: int, at: datetime) -> RecordedCheckIn:
        return cls(at=at, new=index)

    @classmethod
    def of_stored(cls, attendee_id: int, at: datetime) -> RecordedCheckIn:
        return cls(at=at, attendee_id=attendee_id)

    def guest(self, inserted_ids: Sequence[int]) -> int:
        """The attendee id, given the ids the plan's inserts were written under."""
        if self.new is not None:
            return inserted_ids[self.new]
        assert self.attendee_id is not None
        return self.attendee_id


@dataclass(eq=False)
class PlannedFrom:
    """The stored guests an import was planned from (by id), and what its writes found.

    Between planning an import and writing it (seconds, for a big list) a desk may
    correct a guest, check them in, undo it. Each write of the import reads the rows
    it is about to change in its own transaction (locked on PostgreSQL); a row that is
    no longer as planned is written as `store.meanwhile.replan` says (the desk's change
    kept), and its id lands in `changed`.
    """

    rows: Mapping[int, Attendee]
    #: Filled by the writes: guests changed between the planning and the write.
    changed: set[int] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What an import will write, decided by `checkin.core.importing` before any write."""

    inserts: tuple[Attendee, ...] = ()
    #: Existing attendees (with id) whose list fields change.
    updates: tuple[Attendee, ...] = ()
    #: Existing attendees whose list fields are unchanged but who now come from another
    #: file (a list saved under a new name): only `source_file`/`source_line` are written,
    #: not the row and its search words.
    moved: tuple[Attendee, ...] = ()
    #: Ids of attendees missing from the new list (marked REMOVED, never deleted).
    removals: tuple[int, ...] = ()
    #: Check-ins the list itself records.
    recorded_checkins: tuple[RecordedCheckIn, ...] = ()
    source_file: str = ""
    #: Why each row of the list went where it went, in list order (`plan_import`); ()
    #: for a part of an import or a plan made otherwise. The stores do not read it.
    reasons: tuple[MatchReason, ...] = ()
    #: For an import written in parts (`checkin.core.import_parts`): the whole import's
    #: (inserted, updated, removed, recorded check-ins) on its last part, which alone
    #: records the LIST_IMPORTED event; () on the other parts, which record none.
    #: None: this plan is the whole import.
    whole: tuple[int, int, int, int] | tuple[()] | None = None
    #: The stored rows the plan was made from, so each write finds what a desk changed
    #: meanwhile (None: written as planned, e.g. a plan made by hand).
    planned_from: PlannedFrom | None = None


@dataclass(frozen=True, slots=True)
class Stats:
    expected: int
    checked_in: int
    cancelled: int
    walk_ins: int
    #: category -> (expected, checked in); expected counts active attendees only.
    by_category: dict[str, tuple[int, int]] = field(default_factory=dict)


Listener = Callable[[Change], None]


class NoSuchGuest(StoreError):
    """The store holds no guest of that id. Rows are never deleted but by an erase: on a
    server, asked by a desk, its copy is of an event erased or replaced there."""


class EventChanged(StoreError):
    """The server no longer holds the event this desk's copy is of (erased there, or
    replaced by a new list): nothing was decided from the old copy, and the desk is
    catching up with what the server holds now."""


class EventErased(EventChanged):
    """No event is loaded at this desk: it was erased (`here`: by this desk), on the
    server and in this desk's copy. Nothing is decided until a list is imported."""

    def __init__(self, message: str, here: bool = False) -> None:
        super().__init__(message)
        self.here = here


class NeedsServer(StoreError):
    """A change only the shared server may make, while it does not answer in time: nothing
    was changed; scanning goes on offline, and the change can be made once back online."""


@dataclass(frozen=True, slots=True)
class DeskState:
    """What a desk on a server shows about its link (the window, `checkin status`)."""

    online: bool
    offline_since: datetime | None
    #: Check-ins (admissions, walk-ins included) decided at this desk that the server does
    #: not have yet (in the outbox).
    waiting: int
    #: Double admissions a sync has just brought in (found here or at another desk).
    doubles: tuple[LogEntry, ...] = ()
    #: The server refused the password at the desk's last try to reconnect (one typed at
    #: start while the server did not answer): offline until the desk starts again.
    password_refused: bool = False
    #: The server's clock less this desk's, in seconds (None: not measured yet). The desk
    #: stamps its events on the server's clock; a large offset is worth a look all the same.
    clock_offset_s: float | None = None
    #: The outbox's other records the server does not have yet (refused scans, undos,
    #: edits, badges printed, overrides).
    waiting_other: int = 0
    #: What became of the event this desk had: "" (it is loaded), "erased" (no event is
    #: loaded here: erased on the server, and this desk's copy with it), "replacing" (it
    #: was erased and a new list imported; this desk's copy is erased, the new list is
    #: being downloaded), "replaced" (and downloaded).
    event: str = ""
    #: For "erased": this desk erased it (else another desk did).
    erased_here: bool = False
    #: When this desk found its event erased or replaced.
    event_changed_at: datetime | None = None
    #: Check-ins (and other records) of the erased event decided here offline and never
    #: uploaded: dropped with it, never sent into another event.
    dropped: int = 0
    dropped_other: int = 0


#: Told (on whichever thread changed it) when the desk goes offline or online, when its
#: outbox grows or empties, and when a sync brings double admissions.
StateListener = Callable[[DeskState], None]


@runtime_checkable
class DeskLink(Protocol):
    """A store that is a desk on a server (store/replica.py's DeskStore): its link state.
    Both calls are local (no network), so the GUI thread may make them."""

    #: How long a scan waits for the server before the desk decides from its replica.
    deadline_s: float

    def state(self) -> DeskState: ...
    def watch_state(self, listener: StateListener) -> Callable[[], None]: ...
    def now(self) -> datetime:
        """The desk's time on the server's clock (its events are stamped by it)."""
        ...

    def event_noticed(self) -> None:
        """The person was told that the event was replaced (`DeskState.event`)."""
        ...


class Store(Protocol):
    """A place that holds one event's attendees and its append-only check-in log."""

    path: str

    @property
    def offline(self) -> bool:
        """True while verdicts come from a desk's replica because the server does not answer."""
        ...

    # -- event metadata ------------------------------------------------------------
    def get_meta(self, key: str, default: str = "") -> str: ...
    def set_meta(self, key: str, value: str) -> None: ...

    # -- attendees -------------------------------------------------------------
    def count_attendees(self) -> int: ...
    def get_attendee(self, attendee_id: int) -> Attendee | None: ...
    def find_by_code(self, code: str) -> list[Attendee]: ...
    def find_by_code_casefold(self, code: str) -> list[Attendee]: ...
    def find_by_order_code(self, order_code: str) -> list[Attendee]:
        """The tickets of one order (pretix: the order code in the guests' extra data)."""
        ...

    def find_by_registration_id(self, registration_id: str) -> list[Attendee]:
        """The guests whose extra data holds this registration ID (Indico's per-event ID,
        kept after the registrants JSON made the ticket secret the code)."""
        ...

    def iter_attendees(self) -> Iterator[Attendee]:
        """Every attendee, sorted by last name then first name."""
        ...

    def attendee_ids(self) -> list[int]:
        """Every attendee id, sorted by last name then first name (for table models)."""
        ...

    def get_attendees(self, ids: Iterable[int]) -> dict[int, Attendee]: ...
    def log_for(self, attendee_id: int) -> list[LogEntry]:
        """One guest's history (check-ins, undos, edits, badges), oldest first."""
        ...

    def search(self, query: str, limit: int = 50) -> list[Attendee]: ...
    def add_attendee(self, attendee: Attendee) -> Attendee: ...
    def update_attendee(self, attendee: Attendee, edit: LogEntry | None = None) -> Attendee:
        """Store a correction of a stored guest; returns the row as stored.

        `edit`: its EDIT event (`CheckInService.edit`), journalled in the same transaction
        (the row and its event: both or neither); the fields it sets end as the latest
        edit by time sets them, as when the event is merged from another desk."""
        ...

    def apply_import(self, plan: ImportPlan, at: datetime) -> list[Attendee]:
        """Write a whole import in one transaction; returns the inserted attendees.

        A part of an import before its last (`whole == ()`, `import_parts`) returns [],
        and its commit need not wait for the disk: the last part's durable commit (or
        any other) makes every part before it durable."""
        ...

    # -- check-ins and the log ----------------------------------------------------
    def check_in(
        self,
        attendee_id: int,
        at: datetime,
        desk: str,
        operator: str,
        raw_input: str = "",
        kind: LogKind = LogKind.CHECKIN,
        source: ScanSource = ScanSource.NONE,
        event_id: str | None = None,
        judged: Attendee | None = None,
    ) -> CheckInResult:
        """Admit atomically and durably: the row is on disk before this returns.

        `event_id` is the check-in's id, made at the desk (journal.new_event_id). Sent
        again (its first commit went unconfirmed), it is the same admission: answered
        as admitted, written once. None: the store makes one.

        `judged`: the guest as the rules saw them when they decided to admit (a desk's
        replica may be behind the server). The store admits only while its row still
        has that status and code (`judged_differs`); otherwise it writes nothing and
        answers with its row (`CheckInResult.changed`). None: the status is not looked at
        (a walk-in just added).
        """
        ...

    def undo_check_in(
        self,
        attendee_id: int,
        at: datetime,
        desk: str,
        operator: str,
        event_id: str | None = None,
    ) -> CheckInState | None:
        """Revoke the current admission; returns what was undone, None if nothing was."""
        ...

    def scan_deadline(self) -> AbstractContextManager[None]:
        """A block in which every call is one scan's: a desk on a server gives them one
        deadline together, end to end (`DeskStore`); a store of its own does nothing."""
        ...

    def append_log(self, entry: LogEntry) -> None: ...
    def iter_log(self) -> Iterator[LogEntry]:
        """The whole journal, oldest first (who is in follows from it: journal.presence)."""
        ...

    def last_log_entry(
        self, kind: LogKind, desk: str | None = None, attendee_id: int | None = None
    ) -> LogEntry | None: ...
    def stats(self) -> Stats: ...

    # -- lifecycle ---------------------------------------------------------------
    def reopen(self) -> Store | None:
        """Another store on the same event with a connection of its own (worker threads),
        with the same credentials; the caller closes it. None for an in-memory event."""
        ...

    def erase(self) -> None:
        """Delete the whole event (GDPR) and go on with an empty one at the same place."""
        ...

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` after every committed write; returns an unsubscribe function."""
        ...

    def close(self) -> None: ...
