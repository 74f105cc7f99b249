"""The one SQL store: every rule about rows, check-ins and the log, written once.

`sqlite.SQLiteStore` and `postgres.PostgresStore` are this class plus their
dialect: how to connect and run a transaction, the placeholder style, how times
and text travel, how a big list is bulk-loaded, how the search index is kept
and queried, and how other desks hear of a write. Everything a desk decides on
(first-wins check-in, undo, the log, counting) is here, so the two backends
cannot drift apart again.

Statements here are written with `?` placeholders; `_q` turns them into the
dialect's style once per statement.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager
from dataclasses import fields, replace
from datetime import datetime
from typing import Any, ClassVar

from checkin.core import journal
from checkin.core.model import (
    REGISTRATION_ID_KEY,
    Attendee,
    CheckInState,
    LogEntry,
    LogKind,
    Outcome,
    ScanSource,
    holds_order_code,
)
from checkin.core.store import meanwhile
from checkin.core.store.base import (
    EVENT_UID_META,
    Change,
    CheckInResult,
    EventChanged,
    ImportPlan,
    Listener,
    NoSuchGuest,
    Stats,
    StoreError,
    judged_differs,
)
from checkin.core.store.rows import (
    ATTENDEE_COLUMNS,
    LOG_COLUMNS,
    STATS_SQL,
    WRITE_FIELDS,
    attendee_from_row,
    attendee_values,
    log_from_row,
    tally_stats,
)

_log = logging.getLogger(__name__)

PAGE = 2000
INSERT_ATTENDEE_SQL = (
    f"INSERT INTO attendees ({', '.join(WRITE_FIELDS)}) "
    f"VALUES ({', '.join('?' * len(WRITE_FIELDS))}) RETURNING id"
)
UPDATE_ATTENDEE_SQL = (
    f"UPDATE attendees SET {', '.join(f + ' = ?' for f in WRITE_FIELDS)} WHERE id = ?"
)
LOG_INSERT_COLUMNS = (
    "at, kind, desk, operator, raw_input, result, attendee_id, code, source, detail, event_id"
)
#: An event already journalled (the same id uploaded again) is not journalled twice.
_LOG_INSERT_SQL = (
    f"INSERT INTO log ({LOG_INSERT_COLUMNS}) VALUES ({', '.join('?' * 11)}) "
    "ON CONFLICT (event_id) DO NOTHING"
)
#: An admission already in the journal under this event id (a replayed upload).
_ADMITTED_AS_SQL = "SELECT at, desk, operator FROM log WHERE event_id = ? AND result = 'admitted'"
#: A guest whose list fields are unchanged, listed in another file (`ImportPlan.moved`).
_MOVE_SQL = "UPDATE attendees SET source_file = ?, source_line = ? WHERE id = ?"
SET_META_SQL = (
    "INSERT INTO meta (key, value) VALUES (?, ?) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)

#: A transaction's body: gets a cursor, returns (its result, what it changed or None).
Work = Callable[[Any], tuple[Any, Change | None]]


def quietly(step: Callable[[Any], object]) -> Work:
    """A transaction body that changes nothing a listener shows (meta, index upkeep)."""

    def work(cur: Any) -> tuple[None, None]:
        step(cur)
        return None, None

    return work


class SQLStore:
    """`checkin.core.store.base.Store` over a dialect (see the subclasses)."""

    #: The dialect's placeholder for `?`.
    PARAM: ClassVar[str] = "?"
    #: How many ids one `_ids_in` lookup takes.
    IDS_PER_QUERY: ClassVar[int] = 500
    path: str
    #: A store on its own database is never offline (store/replica.py's desk can be).
    offline = False

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._listeners: list[Listener] = []
        self._statements: dict[str, str] = {}

    # -- the dialect ---------------------------------------------------------------
    def _read(self, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        """Run one query (already in the dialect's placeholders) and fetch every row."""
        raise NotImplementedError

    def _transaction(self, work: Work, deadline: float | None = None, batched: bool = False) -> Any:
        """Run `work` in one durable transaction; return (result, change) once committed.

        `deadline`: seconds the dialect may wait for it, where it bounds calls (a server).
        `batched`: `work` reads a statement's result only where it needs it, so a dialect
        may send the statements without waiting for each answer (a server: a round trip
        for each result read, and one for the commit)."""
        raise NotImplementedError

    def _time_in(self, at: datetime) -> Any:
        """A time as the database stores it."""
        raise NotImplementedError

    def _time_out(self, value: Any) -> datetime:
        """A stored time as the desk thinks of it (aware, local)."""
        raise NotImplementedError

    def _text_in(self, value: str) -> str:
        """Text as the database can hold it."""
        return value

    def _ids_in(self, ids: list[int], column: str = "id") -> tuple[str, tuple[Any, ...]]:
        """`id IN (...)` for a chunk of ids, as SQL (dialect placeholders) and parameters."""
        return f"{column} IN ({', '.join(self.PARAM * len(ids))})", tuple(ids)

    def _index(self, cur: Any, attendees: Iterable[tuple[int, Attendee]]) -> None:
        """Add attendees' words to the search index."""
        raise NotImplementedError

    def _unindex(self, cur: Any, attendee_id: int) -> None:
        """Remove an attendee's words from the search index (before the row changes)."""
        raise NotImplementedError

    def _write_values(self, attendee: Attendee) -> tuple[Any, ...]:
        return attendee_values(attendee)

    # -- plumbing ------------------------------------------------------------------
    def _q(self, sql: str) -> str:
        """A statement written with `?` in the dialect's placeholders (cached)."""
        found = self._statements.get(sql)
        if found is None:
            found = sql if self.PARAM == "?" else sql.replace("?", self.PARAM)
            self._statements[sql] = found
        return found

    def _select(self, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        return self._read(self._q(sql), params)

    def _write(self, work: Work, deadline: float | None = None, batched: bool = False) -> Any:
        """Run `work` in one transaction; commit durably; then tell the listeners."""
        result, change = self._transaction(work, deadline, batched)
        if change is not None:
            self._notify(change)
        return result

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _notify(self, change: Change) -> None:
        """After a commit: what is written stays written, whatever a listener does."""
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:  # one broken listener must not stop the others
                _log.exception("store listener failed")

    # -- meta -------------------------------------------------------------------------
    def get_meta(self, key: str, default: str = "") -> str:
        rows = self._select("SELECT value FROM meta WHERE key = ?", (self._text_in(key),))
        return str(rows[0][0]) if rows else default

    def meta_items(self) -> dict[str, str]:
        """Every event detail (name, date, place, layout ...) by key."""
        return {str(k): str(v) for k, v in self._select("SELECT key, value FROM meta")}

    def set_meta(self, key: str, value: str) -> None:
        params = (self._text_in(key), self._text_in(value))
        self._write(quietly(lambda cur: cur.execute(self._q(SET_META_SQL), params)))

    # -- attendees: reading --------------------------------------------------------
    def _attendee(self, row: Any) -> Attendee:
        return attendee_from_row(row, self._time_out)

    def count_attendees(self) -> int:
        return int(self._select("SELECT COUNT(*) FROM attendees")[0][0])

    def get_attendee(self, attendee_id: int) -> Attendee | None:
        rows = self._select(
            f"SELECT {ATTENDEE_COLUMNS} FROM attendees WHERE id = ?", (attendee_id,)
        )
        return self._attendee(rows[0]) if rows else None

    def get_attendees(self, ids: Iterable[int]) -> dict[int, Attendee]:
        wanted = list(dict.fromkeys(ids))
        found: dict[int, Attendee] = {}
        step = self.IDS_PER_QUERY
        for start in range(0, len(wanted), step):
            where, params = self._ids_in(wanted[start : start + step])
            for row in self._read(
                f"SELECT {ATTENDEE_COLUMNS} FROM attendees WHERE {where}", params
            ):
                found[row[0]] = self._attendee(row)
        return found

    def find_by_code(self, code: str) -> list[Attendee]:
        # code_fold's index serves exact lookups too (equal codes have equal folds).
        code = self._text_in(code)
        rows = self._select(
            f"SELECT {ATTENDEE_COLUMNS} FROM attendees WHERE code_fold = ? AND code = ? ORDER BY id",
            (code.casefold(), code),
        )
        return [self._attendee(r) for r in rows]

    def find_by_code_casefold(self, code: str) -> list[Attendee]:
        rows = self._select(
            f"SELECT {ATTENDEE_COLUMNS} FROM attendees WHERE code_fold = ? ORDER BY id",
            (self._text_in(code.casefold()),),
        )
        return [self._attendee(r) for r in rows]

    #: The dialect's "text contains": true when ? is in the text, ASCII case ignored
    #: (SQLite's LIKE; order codes are ASCII, and "%" or "_" never occur in them).
    CONTAINS_SQL: ClassVar[str] = "extra LIKE '%' || ? || '%'"

    #: The dialect's indexed order-code lookup: true for a row whose order code under
    #: one of ORDER_CODE_KEYS, lower-cased, is the `?` (one `?` per key); "" for none.
    ORDER_CODE_SQL: ClassVar[str] = ""

    def find_by_order_code(self, order_code: str) -> list[Attendee]:
        # Every unknown code that looks like an order code comes here, so the scan path
        # waits for it: an index where the dialect has one (ASCII codes, which pretix's
        # are, lower-case alike in SQL and Python; none that JSON escapes), else a scan
        # of the extra data, narrowed in SQL before the JSON is read.
        code = order_code.strip()
        needle = json.dumps(code, ensure_ascii=False)[1:-1]
        if not needle:
            return []
        if self.ORDER_CODE_SQL and code.isascii() and needle == code:
            rows = self._select(
                f"SELECT {ATTENDEE_COLUMNS} FROM attendees WHERE {self.ORDER_CODE_SQL} ORDER BY id",
                (code.lower(),) * self.ORDER_CODE_SQL.count("?"),
            )
        else:
            rows = self._select(
                f"SELECT {ATTENDEE_COLUMNS} FROM attendees WHERE {self.CONTAINS_SQL} ORDER BY id",
                (self._text_in(needle),),
            )
        found = (self._attendee(r) for r in rows)
        return [a for a in found if holds_order_code(a, code)]

    def find_by_registration_id(self, registration_id: str) -> list[Attendee]:
        # Only for events whose list had registration IDs (REGISTRATION_IDS_META), and
        # only for an unknown code: Indico's events are small, the extra data narrows it.
        code = registration_id.strip()
        if not code:
            return []
        rows = self._select(
            f"SELECT {ATTENDEE_COLUMNS} FROM attendees WHERE {self.CONTAINS_SQL} ORDER BY id",
            (self._text_in(json.dumps(code, ensure_ascii=False)),),
        )
        found = (self._attendee(r) for r in rows)
        return [a for a in found if a.extra.get(REGISTRATION_ID_KEY) == code]

    def iter_attendees(self) -> Iterator[Attendee]:
        # Keyset pages: bounded memory, and the lock is never held across a yield.
        last_key, last_id = "", -1
        while True:
            rows = self._select(
                f"SELECT {ATTENDEE_COLUMNS}, sort_key FROM attendees "
                "WHERE (sort_key, id) > (?, ?) ORDER BY sort_key, id LIMIT ?",
                (last_key, last_id, PAGE),
            )
            for row in rows:
                yield self._attendee(row)
            if len(rows) < PAGE:
                return
            last_key, last_id = rows[-1][-1], rows[-1][0]

    def attendee_ids(self) -> list[int]:
        return [r[0] for r in self._select("SELECT id FROM attendees ORDER BY sort_key, id")]

    # -- attendees: writing --------------------------------------------------------------
    def _insert(self, cur: Any, attendee: Attendee) -> int:
        cur.execute(self._q(INSERT_ATTENDEE_SQL), self._write_values(attendee))
        row = cur.fetchone()
        assert row is not None
        new_id = int(row[0])
        self._index(cur, [(new_id, attendee)])
        return new_id

    def _update(self, cur: Any, attendee_id: int, attendee: Attendee) -> None:
        self._unindex(cur, attendee_id)  # reads the row as it is before the update
        cur.execute(self._q(UPDATE_ATTENDEE_SQL), (*self._write_values(attendee), attendee_id))
        self._index(cur, [(attendee_id, attendee)])

    def _move(self, cur: Any, moved: Iterable[Attendee]) -> None:
        """Where unchanged guests now come from: two columns, neither the row nor its words."""
        cur.executemany(
            self._q(_MOVE_SQL),
            [(self._text_in(a.source_file), a.source_line, a.id) for a in moved if a.id],
        )

    def add_attendee(self, attendee: Attendee) -> Attendee:
        def work(cur: Any) -> tuple[int, Change]:
            new_id = self._insert(cur, attendee)
            return new_id, Change(attendee_ids=(new_id,))

        new_id: int = self._write(work)
        stored = self.get_attendee(new_id)
        assert stored is not None
        return stored

    def update_attendee(self, attendee: Attendee, edit: LogEntry | None = None) -> Attendee:
        stored, _version = self.update_attendee_versioned(attendee, edit)
        return stored

    def update_attendee_versioned(
        self, attendee: Attendee, edit: LogEntry | None = None
    ) -> tuple[Attendee, int | None]:
        """`update_attendee`, and the version of the row read back (`_versioned_row`)."""
        if attendee.id is None:
            raise ValueError("update_attendee needs a stored attendee (with id)")
        attendee_id = attendee.id

        def work(cur: Any) -> tuple[None, Change]:
            return None, self._edit(cur, attendee_id, attendee, edit)

        self._write(work)
        stored, version = self._versioned_row(attendee_id)
        assert stored is not None
        return stored, version

    def _versioned_row(self, attendee_id: int) -> tuple[Attendee | None, int | None]:
        """A guest's row and, where the dialect keeps one, its version (PostgreSQL: the
        transaction that last wrote its fields), read together; None: no versions here."""
        return self.get_attendee(attendee_id), None

    def _edit(
        self, cur: Any, attendee_id: int, attendee: Attendee, edit: LogEntry | None
    ) -> Change:
        """A correction's row and its EDIT event in the caller's transaction: both or
        neither. The fields the event sets end as the latest edit by time sets them
        (`journal.edited_after`), as when the event is merged from another desk: a
        journal replayed gives the same row. With an event, only the fields it sets are
        written, onto the row as it is now (never a whole row read before a re-import
        changed its status, code or holder)."""
        if edit is None:
            self._update(cur, attendee_id, attendee)
            return Change(attendee_ids=(attendee_id,))
        self._journal_many(cur, [edit])  # once by its event id (sent again: the same edit)
        names = set(journal.edited_after(edit))
        if names:
            self._apply_latest_edits(cur, attendee_id, names)
        return Change(attendee_ids=(attendee_id,), log_appended=True)

    # -- check-ins and the log -------------------------------------------------------------
    def _log_values(self, entry: LogEntry) -> tuple[Any, ...]:
        text = self._text_in
        return (
            self._time_in(entry.at),
            str(entry.kind),
            text(entry.desk),
            text(entry.operator),
            text(entry.raw_input),
            text(entry.result),
            entry.attendee_id,
            text(entry.code),
            str(entry.source),
            text(entry.detail),  # an edit's values as typed (PostgreSQL: no NUL, surrogate)
            entry.event_id,
        )

    def _append(self, cur: Any, entry: LogEntry) -> None:
        cur.execute(self._q(_LOG_INSERT_SQL), self._log_values(entry))

    def _admit(
        self,
        cur: Any,
        attendee_id: int,
        at: datetime,
        desk: str,
        operator: str,
        raw_input: str,
        kind: LogKind,
        source: ScanSource,
        event_id: str | None = None,
        judged: Attendee | None = None,
    ) -> CheckInResult:
        """First wins: the row changes only while nobody is checked in on it (and, with
        `judged`, while it is still the guest the rules judged: else `changed`).

        On PostgreSQL (READ COMMITTED) a second desk's UPDATE waits for the first's
        commit, then re-checks `checked_in_at IS NULL` on the committed row and
        changes nothing; SQLite's writers take turns.

        An `event_id` the journal already holds as an admission is that admission
        (the same check-in sent again after its commit went unconfirmed): it is
        answered as admitted, and nothing is written twice.
        """
        if event_id is not None:
            known = cur.execute(self._q(_ADMITTED_AS_SQL), (event_id,)).fetchone()
            if known is not None:
                return CheckInResult(
                    True, CheckInState(self._time_out(known[0]), known[1], known[2])
                )
        still = ""
        judging: tuple[Any, ...] = ()
        if judged is not None:
            still = " AND status = ? AND code = ?"
            judging = (str(judged.status), self._text_in(judged.code))
        for _ in range(3):
            cur.execute(
                self._q(
                    "UPDATE attendees SET checked_in_at = ?, checked_in_desk = ?, "
                    "checked_in_operator = ? WHERE id = ? AND checked_in_at IS NULL"
                    f"{still} RETURNING {ATTENDEE_COLUMNS}"
                ),
                (
                    self._time_in(at),
                    self._text_in(desk),
                    self._text_in(operator),
                    attendee_id,
                    *judging,
                ),
            )
            row = cur.fetchone()
            if row is not None:
                admitted = self._attendee(row)
                self._append(
                    cur,
                    LogEntry(
                        at=at,
                        kind=kind,
                        desk=desk,
                        operator=operator,
                        raw_input=raw_input,
                        result=Outcome.ADMITTED,
                        attendee_id=attendee_id,
                        code=admitted.code,
                        source=source,
                        event_id=event_id or journal.new_event_id(),
                    ),
                )
                state = CheckInState(at, desk, operator)
                return CheckInResult(True, state, row=replace(admitted, checked_in=state))
            cur.execute(
                self._q(f"SELECT {ATTENDEE_COLUMNS} FROM attendees WHERE id = ?"), (attendee_id,)
            )
            found = cur.fetchone()
            if found is None:
                raise NoSuchGuest(f"attendee {attendee_id} does not exist")
            stored = self._attendee(found)
            if stored.checked_in is not None:
                if event_id is not None:
                    # The same check-in, committed by a connection that died on the way
                    # (its COMMIT still reached the server): our UPDATE waited for it.
                    known = cur.execute(self._q(_ADMITTED_AS_SQL), (event_id,)).fetchone()
                    if known is not None:
                        return CheckInResult(
                            True, CheckInState(self._time_out(known[0]), known[1], known[2])
                        )
                return CheckInResult(False, stored.checked_in, row=stored)
            if judged is not None and judged_differs(stored, judged):
                return CheckInResult(False, None, changed=stored)
            # Undone by another desk between our UPDATE and SELECT: try again.
        raise StoreError(f"attendee {attendee_id} is being checked in and undone at once")

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
        def work(cur: Any) -> tuple[CheckInResult, Change | None]:
            result = self._admit(
                cur, attendee_id, at, desk, operator, raw_input, kind, source, event_id, judged
            )
            change = Change(attendee_ids=(attendee_id,), log_appended=True)
            return result, change if result.admitted else None

        result: CheckInResult = self._write(work)
        return result

    def scan_deadline(self) -> AbstractContextManager[None]:
        """A store of its own waits on nobody: nothing to bound (see `Store`)."""
        return contextlib.nullcontext()

    #: How undo reads the row it revokes (PostgreSQL locks it: another desk waits).
    UNDO_SELECT_SQL: ClassVar[str] = (
        "SELECT checked_in_at, checked_in_desk, checked_in_operator, code "
        "FROM attendees WHERE id = ?"
    )

    def undo_check_in(
        self,
        attendee_id: int,
        at: datetime,
        desk: str,
        operator: str,
        event_id: str | None = None,
    ) -> CheckInState | None:
        def work(cur: Any) -> tuple[CheckInState | None, Change | None]:
            return self._undo(cur, attendee_id, at, desk, operator, event_id)

        undone: CheckInState | None = self._write(work)
        return undone

    def _undo(
        self,
        cur: Any,
        attendee_id: int,
        at: datetime,
        desk: str,
        operator: str,
        event_id: str | None = None,
    ) -> tuple[CheckInState | None, Change | None]:
        """Revoke the admission that holds (the journal's, which the row caches); the row
        then shows what the journal says (a double admission behind it now holds)."""
        row = cur.execute(self._q(self.UNDO_SELECT_SQL), (attendee_id,)).fetchone()
        if row is None or row[0] is None:
            return None, None
        undone = CheckInState(self._time_out(row[0]), row[1], row[2])
        admission = journal.admissions(self._presence_events(cur, [attendee_id]))
        revokes = admission[attendee_id].event_id if attendee_id in admission else ""
        self._append(
            cur,
            LogEntry(
                at=at,
                kind=LogKind.UNDO,
                desk=desk,
                operator=operator,
                result=Outcome.UNDONE,
                attendee_id=attendee_id,
                code=row[3],
                detail=journal.undo_detail(undone, revokes),
                event_id=event_id or journal.new_event_id(),
            ),
        )
        if not revokes:  # a cache the journal does not explain (an old database)
            cur.execute(
                self._q(
                    "UPDATE attendees SET checked_in_at = NULL, checked_in_desk = NULL, "
                    "checked_in_operator = NULL WHERE id = ?"
                ),
                (attendee_id,),
            )
        else:
            self._settle(cur, [attendee_id])
        return undone, Change(attendee_ids=(attendee_id,), log_appended=True)

    # -- merging what was decided elsewhere ------------------------------------------------
    #: How merge() locks the rows it settles (PostgreSQL: against a desk scanning them).
    LOCK_ROWS_SQL: ClassVar[str] = ""
    #: How long the last merge() held those rows locked, as this side saw it (from the
    #: answer to the lock to the commit's); 0.0 where nothing tells (SQLite).
    merge_locks_s: float = 0.0

    def _presence_events(self, cur: Any, ids: list[int]) -> list[LogEntry]:
        """The admissions and undos of these guests, as `journal.admissions` reads them."""
        found: list[LogEntry] = []
        for start in range(0, len(ids), self.IDS_PER_QUERY):
            where, params = self._ids_in(ids[start : start + self.IDS_PER_QUERY], "attendee_id")
            cur.execute(
                f"SELECT {LOG_COLUMNS} FROM log WHERE {where} AND kind IN "
                f"({', '.join([self.PARAM] * 3)}) AND result IN ({self.PARAM}, {self.PARAM})",
                (
                    *params,
                    str(LogKind.CHECKIN),
                    str(LogKind.WALKIN),
                    str(LogKind.UNDO),
                    str(Outcome.ADMITTED),
                    str(Outcome.UNDONE),
                ),
            )
            found.extend(self._entry(r) for r in cur.fetchall())
        return found

    def _cached_and_presence(
        self, cur: Any, wanted: list[int], lock: bool
    ) -> tuple[list[tuple[Any, ...]], list[LogEntry]]:
        """These guests' cached admissions (id, at, desk, operator; locked first: `lock`),
        then their admissions and undos as the journal holds them once the rows are locked
        (`_presence_events`)."""
        rows: list[tuple[Any, ...]] = []
        suffix = f" ORDER BY id {self.LOCK_ROWS_SQL}" if lock and self.LOCK_ROWS_SQL else ""
        for start in range(0, len(wanted), self.IDS_PER_QUERY):
            where, params = self._ids_in(wanted[start : start + self.IDS_PER_QUERY])
            cur.execute(
                "SELECT id, checked_in_at, checked_in_desk, checked_in_operator FROM attendees "
                f"WHERE {where}{suffix}",
                params,
            )
            rows += cur.fetchall()
        return rows, self._presence_events(cur, sorted(r[0] for r in rows))

    def _set_admissions(self, cur: Any, updates: list[tuple[Any, ...]]) -> None:
        """Cached admissions (at, desk, operator, attendee id), each None for nobody in."""
        cur.executemany(
            self._q(
                "UPDATE attendees SET checked_in_at = ?, checked_in_desk = ?, "
                "checked_in_operator = ? WHERE id = ?"
            ),
            updates,
        )

    def _journal_many(self, cur: Any, entries: list[LogEntry]) -> None:
        """Journal events, each once by its event id (one already there is left as it is)."""
        cur.executemany(self._q(_LOG_INSERT_SQL), [self._log_values(e) for e in entries])

    def _settle(
        self, cur: Any, ids: Iterable[int], edits: Iterable[LogEntry] = (), lock: bool = False
    ) -> set[int]:
        """Make these guests' cached admission what the whole journal says (first by time,
        `journal.admissions`), and the fields `edits` touched their latest edit's value by
        time; returns the guests whose row changed. Order-free and repeatable.

        `lock`: the rows are locked first (LOCK_ROWS_SQL, in id order), before the journal
        is read: a desk's check-in of one of them waits for this commit, or this waits for
        its commit and then reads its event."""
        wanted = sorted(set(ids))
        changed: set[int] = set()
        if not wanted:
            return changed
        rows, events = self._cached_and_presence(cur, wanted, lock)
        cached: dict[int, CheckInState | None] = {
            attendee_id: CheckInState(self._time_out(at), desk, operator)
            if at is not None
            else None
            for attendee_id, at, desk, operator in rows
        }
        holding = journal.admissions(events)
        updates: list[tuple[Any, ...]] = []
        for attendee_id, now in cached.items():
            entry = holding.get(attendee_id)
            due = CheckInState(entry.at, entry.desk, entry.operator) if entry else None
            if now == due:
                continue
            updates.append(
                (
                    self._time_in(due.at) if due else None,
                    self._text_in(due.desk) if due else None,
                    self._text_in(due.operator) if due else None,
                    attendee_id,
                )
            )
            changed.add(attendee_id)
        if updates:
            self._set_admissions(cur, updates)
        fields: dict[int, set[str]] = {}
        for entry in edits:
            if entry.attendee_id is not None:
                fields.setdefault(entry.attendee_id, set()).update(journal.edited_after(entry))
        for attendee_id, names in fields.items():
            if names and self._apply_latest_edits(cur, attendee_id, names):
                changed.add(attendee_id)
        return changed

    def _apply_latest_edits(self, cur: Any, attendee_id: int, names: set[str]) -> bool:
        """Each of `names` as the latest edit by time set it (last writer wins, per field)."""
        cur.execute(
            self._q(f"SELECT {LOG_COLUMNS} FROM log WHERE attendee_id = ? AND kind = ?"),
            (attendee_id, str(LogKind.EDIT)),
        )
        latest: dict[str, Any] = {}
        for entry in sorted((self._entry(r) for r in cur.fetchall()), key=journal.time_order):
            for name, value in journal.edited_after(entry).items():
                if name in names:
                    latest[name] = value
        cur.execute(
            self._q(f"SELECT {ATTENDEE_COLUMNS} FROM attendees WHERE id = ?"), (attendee_id,)
        )
        row = cur.fetchone()
        if row is None or not latest:
            return False
        stored = self._attendee(row)
        known = {f.name for f in fields(Attendee)}
        edited = replace(stored, **{k: v for k, v in latest.items() if k in known})
        if edited == stored:
            return False
        self._update(cur, attendee_id, edited)
        return True

    #: How merge() claims a walk-in's event id until its commit (PostgreSQL: an upload
    #: sent again while the first one's commit is still under way waits for it, then
    #: finds its guest, instead of adding the walk-in a second time); "" for none.
    CLAIM_SQL: ClassVar[str] = ""

    def merge(
        self,
        entries: Iterable[LogEntry],
        walk_ins: Mapping[str, Attendee] | None = None,
        event_uid: str | None = None,
    ) -> dict[int, int]:
        """Journal events decided elsewhere (a desk's offline work), each once by its event
        id, in one transaction, and settle what they touch (`_settle`): sent again after an
        unknown outcome, nothing is written twice.

        `walk_ins`: the event id of a walk-in admission -> the guest it created at the desk
        (with the desk's own id). The guest is created here once: if the journal holds that
        event already, its guest is the one. Returns the desk's id -> the id here, and the
        events are journalled with the ids here.

        `event_uid`: the event (`EVENT_UID_META`) the entries were decided in; when this
        store's is another (erased or replaced since), nothing is written and
        `EventChanged` is raised. Read in the same transaction: an erase waits for it.
        """
        batch = list(entries)
        guests = dict(walk_ins or {})

        def work(cur: Any) -> tuple[dict[int, int], Change | None]:
            if event_uid is not None:
                row = cur.execute(
                    self._q("SELECT value FROM meta WHERE key = ?"), (EVENT_UID_META,)
                ).fetchone()
                if (str(row[0]) if row else "") != event_uid:
                    raise EventChanged(
                        "the event these records were decided in is no longer on the server "
                        "(erased or replaced): nothing was uploaded"
                    )
            ids: dict[int, int] = {}
            for event_id, guest in guests.items():
                assert guest.id is not None
                if self.CLAIM_SQL:
                    cur.execute(self._q(self.CLAIM_SQL), (event_id,))
                row = cur.execute(
                    self._q("SELECT attendee_id FROM log WHERE event_id = ?"), (event_id,)
                ).fetchone()
                if row is None or row[0] is None:
                    # A walk-in whose adding here went unconfirmed (the desk then added it
                    # offline): the walk-in with its code is the one.
                    row = cur.execute(
                        self._q(
                            "SELECT id FROM attendees WHERE code = ? AND walk_in "
                            "ORDER BY id LIMIT 1"
                        ),
                        (self._text_in(guest.code),),
                    ).fetchone()
                ids[guest.id] = (
                    int(row[0])
                    if row is not None and row[0] is not None
                    else self._insert(cur, replace(guest, id=None, checked_in=None))
                )
            mapped = [
                replace(e, attendee_id=ids.get(e.attendee_id, e.attendee_id), id=None)
                if e.attendee_id is not None
                else replace(e, id=None)
                for e in batch
            ]
            touched = sorted({e.attendee_id for e in mapped if e.attendee_id is not None})
            if mapped:
                self._journal_many(cur, mapped)
            edits = [e for e in mapped if e.kind is LogKind.EDIT]
            settled = self._settle(cur, touched, edits, lock=True)
            if not mapped and not ids:
                return ids, None
            return ids, Change(tuple(sorted(settled | set(ids.values()))), log_appended=True)

        # Sent as a batch unless it adds guests (walk-ins) or applies edits: either writes
        # search words (on PostgreSQL by COPY, which a pipeline cannot carry).
        self.merge_locks_s = 0.0
        edited = any(e.kind is LogKind.EDIT for e in batch)
        done: dict[int, int] = self._write(work, batched=not guests and not edited)
        return done

    def _replanned(self, cur: Any, plan: ImportPlan) -> ImportPlan:
        """`plan` against the rows as they are in this transaction: what a desk changed
        since the planning is kept (`meanwhile.replan`). On PostgreSQL the rows are
        locked until the commit, so no desk changes them between this read and the write."""
        wanted = meanwhile.ids_to_check(plan)
        if not wanted:
            return plan
        current: dict[int, Attendee] = {}
        lock = f" ORDER BY id {self.LOCK_ROWS_SQL}" if self.LOCK_ROWS_SQL else ""
        for start in range(0, len(wanted), self.IDS_PER_QUERY):
            where, params = self._ids_in(wanted[start : start + self.IDS_PER_QUERY])
            cur.execute(f"SELECT {ATTENDEE_COLUMNS} FROM attendees WHERE {where}{lock}", params)
            for row in cur.fetchall():
                current[row[0]] = self._attendee(row)
        return meanwhile.replan(plan, current)

    @staticmethod
    def _import_entry(plan: ImportPlan, at: datetime) -> LogEntry | None:
        """The LIST_IMPORTED event an import writes beside its rows (once per import:
        None for a part of an import that is not its last)."""
        if plan.whole == ():
            return None
        inserted, updated, removed, recorded = plan.whole or (
            len(plan.inserts),
            len(plan.updates),
            len(plan.removals),
            len(plan.recorded_checkins),
        )
        return LogEntry(
            at=at,
            kind=LogKind.LIST_IMPORTED,
            desk="",
            operator="",
            result=Outcome.IMPORTED,
            detail=journal.make_detail(
                {
                    "file": plan.source_file,
                    "inserted": inserted,
                    "updated": updated,
                    "removed": removed,
                    "recorded_checkins": recorded,
                }
            ),
        )

    def append_log(self, entry: LogEntry) -> None:
        ids = (entry.attendee_id,) if entry.attendee_id is not None else ()

        def work(cur: Any) -> tuple[None, Change]:
            self._append(cur, entry)
            return None, Change(ids, log_appended=True)

        self._write(work)

    def _entry(self, row: Any) -> LogEntry:
        return log_from_row(row, self._time_out)

    def iter_log(self) -> Iterator[LogEntry]:
        return self.log_since(0)

    def log_since(self, last: int) -> Iterator[LogEntry]:
        """The journal after log id `last`, oldest first (a replica's cursor)."""
        while True:
            rows = self._select(
                f"SELECT {LOG_COLUMNS} FROM log WHERE id > ? ORDER BY id LIMIT ?", (last, PAGE)
            )
            for row in rows:
                yield self._entry(row)
            if len(rows) < PAGE:
                return
            last = rows[-1][0]

    def log_for(self, attendee_id: int) -> list[LogEntry]:
        rows = self._select(
            f"SELECT {LOG_COLUMNS} FROM log WHERE attendee_id = ? ORDER BY id", (attendee_id,)
        )
        return [self._entry(r) for r in rows]

    def last_log_entry(
        self, kind: LogKind, desk: str | None = None, attendee_id: int | None = None
    ) -> LogEntry | None:
        sql = f"SELECT {LOG_COLUMNS} FROM log WHERE kind = ?"
        params: list[Any] = [str(kind)]
        if desk is not None:
            sql += " AND desk = ?"
            params.append(self._text_in(desk))
        if attendee_id is not None:
            sql += " AND attendee_id = ?"
            params.append(attendee_id)
        rows = self._select(sql + " ORDER BY id DESC LIMIT 1", params)
        return self._entry(rows[0]) if rows else None

    def stats(self) -> Stats:
        return tally_stats(self._select(STATS_SQL))
