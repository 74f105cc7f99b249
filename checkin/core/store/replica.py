"""A desk on a shared event that keeps admitting when the server does not answer.

`DeskStore` is the `Store` a desk uses with `--db postgresql://…`: the server
decides every scan atomically (first wins among desks) within a deadline
(default 300 ms); when it does not answer in time or cannot be reached, the desk
decides from its own replica of the event (an owner-only SQLite file in its data
folder), marks the verdict offline, journals it durably with its event id and
keeps the id in an outbox. Once the server answers again (a probe in the
background, at most every PROBE_EVERY_S), the outbox is uploaded by replaying
each event under its own id, which the server recognises (an admission already
stored is not stored twice), and the replica is refreshed from the server's
journal.

A ticket admitted offline here and elsewhere meanwhile keeps both admissions:
the upload journals a DOUBLE_ADMISSION event on the server naming both (which
desks, when, who was first by time); nothing is overwritten.

Reads (lookups, search, lists, counts) come from the replica, so the scan path
never waits on the network. Other writes (imports, walk-ins, edits, undo, event
details) need the server and then refresh the replica.
"""

from __future__ import annotations

import collections
import contextlib
import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from checkin.core import journal, names
from checkin.core.bulk import collector_paused
from checkin.core.clock import Clock, system_clock
from checkin.core.model import Attendee, CheckInState, LogEntry, LogKind, Outcome, ScanSource
from checkin.core.store.base import (
    ERASED_META,
    EVENT_UID_META,
    Change,
    CheckInResult,
    DeskState,
    EventChanged,
    EventErased,
    ImportPlan,
    Listener,
    NeedsServer,
    NoSuchGuest,
    StateListener,
    Stats,
    StoreError,
)
from checkin.core.store.postgres import PasswordRefused, PostgresStore
from checkin.core.store.rows import (
    ATTENDEE_COLUMNS,
    LOG_COLUMNS,
    NAME_ORDER_VERSION,
    STORED_COLUMNS,
    attendee_from_row,
    attendee_values,
)
from checkin.core.store.sql import LOG_INSERT_COLUMNS, SET_META_SQL
from checkin.core.store.sqlite import _INSERT_WITH_ID_SQL, SQLiteStore
from checkin.core.store.sqlite_search import INSERT_SQL as _INDEX_SQL
from checkin.core.store.sqlite_search import IndexRow, index_row, unindex, word_row

_log = logging.getLogger(__name__)

#: Meta key: "first" while a new replica's first download has not finished, "again"
#: while a list import's guest pull is owed (`DeskStore._pull_guests`), "" (or absent:
#: older replicas) when complete.
_PULL_ALL = "replica_pull_all"
#: Meta key: "<event uid>:<transaction id>": the server's guest rows written by the
#: transactions before that id are in the replica (`DeskStore._pull_guests`).
_GUESTS = "replica_guests"
#: Meta key: what became of the event this replica was of, as JSON (`DeskStore._forget`):
#: {"event": "erased" | "replacing" | "replaced", "here": bool, "at": ISO time, "dropped": n,
#: "dropped_other": n}; absent while the replica holds the event it always held.
_EVENT = "replica_event"
#: What became of an event when no event can decide here (`DeskStore._no_event`).
_NO_EVENT = frozenset({"erased", "replacing"})
#: Meta keys that describe the replica itself, never copied from the server. (The
#: event's id is copied once, by the first download: a pull finding another one is
#: `DeskStore._follow_event`'s to judge, never taken over.)
_OWN_META = frozenset(
    {
        EVENT_UID_META,
        ERASED_META,
        _EVENT,
        "replica_cursor",
        "replica_guests",
        "replica_local_id",
        "replica_pull_all",
        "replica_clock_offset",
        "search_fold",
        "name_order",
        "server_asks_password",
    }
)

#: How long a scan may take to its verdict, server included: past it the desk decides from
#: its replica.
DEFAULT_DEADLINE_S = 0.3
#: The server's share of a scan's deadline leaves room for the scan's own work after the
#: server's last word (the offline decision's durable commit, or the mirror of the server's
#: answer), as the slowest of the last OWN_WORK_SAMPLES scans took (`server_share`): at least
#: RESERVE_MIN_S, RESERVE_START_S before any scan, never more than RESERVE_MAX_SHARE of the
#: deadline (a slow disk must not leave the server no time).
OWN_WORK_SAMPLES = 50
RESERVE_MIN_S = 0.015
RESERVE_START_S = 0.03
RESERVE_MAX_SHARE = 1 / 3
#: While offline, how often the server is tried again (in the background).
PROBE_EVERY_S = 2.0
#: How long writes that need the server (list import, event details, erase) may wait for
#: it at the window before they give up with `NeedsServer`.
WRITE_DEADLINE_S = 1.0
#: Online, how often the background asks whether the server still answers (so the desk
#: says "offline" before the next scan finds out), and how long it waits.
HEARTBEAT_EVERY_S = 1.0
HEARTBEAT_DEADLINE_S = 1.0
#: The server's clock is read at each heartbeat and sync (`DeskStore._measure_clock`); of
#: the last CLOCK_SAMPLES readings, the one with the shortest round trip gives the desk's
#: offset, kept (and stored in the replica) when it moved by more than CLOCK_STEP_S.
CLOCK_SAMPLES = 8
CLOCK_STEP_S = 0.25
#: Meta key of the replica: the offset last kept (seconds, the server's clock less the desk's).
_CLOCK_OFFSET = "replica_clock_offset"
#: While online, how often the replica is refreshed when no notification came (a lost
#: notification, a listener reconnecting).
FOLLOW_EVERY_S = 15.0
#: Online, the shortest time between two pulls that other desks' notifications ask for:
#: every check-in anywhere notifies every desk, and 20 desks pulling at each would make
#: pulls grow with the square of the desks. Their check-ins still reach the replica
#: within about this long (the server decides every online scan anyway).
PULL_EVERY_S = 0.5
#: A pull first listens again for the next notification (`PostgresStore.listen_once`:
#: one per pull, not one per check-in anywhere); it waits this long for the LISTEN.
RELISTEN_WAIT_S = 0.25
#: How many events one pull step takes (one transaction each), and the first upload step.
BATCH = 500
#: An upload step (one server transaction) holds the rows of the guests it settles locked
#: this long: from the lock to its commit, a scan of one of them at another desk waits
#: (the scan's deadline is 300 ms). Each step is sized by how long the last one held them
#: (`PostgresStore.merge_locks_s`; not by the whole call, which also waits for the
#: server's turn and sends the events), between UPLOAD_MIN and UPLOAD_MAX events.
UPLOAD_STEP_S = 0.1
UPLOAD_MIN = 50
UPLOAD_MAX = 2000
#: Events that change nothing of their guest's row but the admission (see `_rows_due`).
_ADMISSION_ONLY = frozenset(
    {LogKind.CHECKIN, LogKind.UNDO, LogKind.REJECTED, LogKind.BADGE_PRINTED}
)
#: What `Replica._settle_pulled` reads of the journal, as the replica stores it.
_PRESENCE_KINDS = (str(LogKind.CHECKIN), str(LogKind.WALKIN), str(LogKind.UNDO))
_PRESENCE_RESULTS = (str(Outcome.ADMITTED), str(Outcome.UNDONE))
_ADMITTING = frozenset(str(k) for k in journal.ADMITTING_KINDS)
_ADMITTED = str(Outcome.ADMITTED)
#: How many guests one step of a whole-list refresh compares and writes.
PAGE_ROWS = 2000

_UPSERT_SQL = (
    f"INSERT OR REPLACE INTO attendees ({', '.join(STORED_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(STORED_COLUMNS))})"
)
_DOWNLOAD_SQL = (
    f"INSERT INTO attendees ({', '.join(STORED_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(STORED_COLUMNS))})"
)
#: Where in a row of STORED_COLUMNS the download finds what it needs.
_AT = STORED_COLUMNS.index("checked_in_at")
_SORT_KEY = STORED_COLUMNS.index("sort_key")
_LAST, _FIRST, _COMPANY, _EMAIL = (
    STORED_COLUMNS.index(c) for c in ("last_name", "first_name", "company", "email")
)
_LOG_SQL = f"INSERT INTO log ({LOG_INSERT_COLUMNS}) VALUES ({', '.join('?' * 11)})"


def _row_words(row: tuple[Any, ...]) -> IndexRow:
    """The search words of a downloaded row (STORED_COLUMNS)."""
    return word_row(row[0], row[_LAST], row[_FIRST], row[_COMPANY], row[_EMAIL])


def _sort_key_of(row: tuple[Any, ...]) -> str:
    """A downloaded row's name order as this checkin makes it."""
    return names.sort_key(row[_LAST], row[_FIRST])


def server_share(deadline_s: float, own_work: Iterable[float]) -> float:
    """What a scan leaves the server of its deadline: the deadline less the p99 of the
    scan's own recent work (everything but the wait for the server), floored and capped
    (see RESERVE_MIN_S). A server that did not answer by then still leaves the desk time
    to decide and commit offline within the deadline."""
    samples = sorted(own_work)
    if samples:
        p99 = samples[min(len(samples) - 1, round(0.99 * (len(samples) - 1)))]
        reserve = max(RESERVE_MIN_S, p99)
    else:
        reserve = RESERVE_START_S
    return deadline_s - min(reserve, deadline_s * RESERVE_MAX_SHARE)


def replica_path(folder: Path, server: str) -> Path:
    """The replica of the event at `server` (its address without password) in `folder`."""
    digest = hashlib.sha256(server.encode()).hexdigest()[:16]
    return folder / f"replica-{digest}.sqlite3"


class Replica(SQLiteStore):
    """The desk's SQLite copy of a shared event, with the outbox of its offline decisions.

    Its attendees have the server's ids, except a walk-in added here while the server did
    not answer: that one has a negative id of this replica's own (`add_local`) until its
    upload gives it the server's (`remap`, or `absorb` when another sync learnt it).
    """

    def upsert(
        self,
        attendees: Iterable[Attendee],
        unsettled: bool = False,
        entries: Sequence[LogEntry] = (),
        version: int | None = None,
    ) -> tuple[int, ...]:
        """Store attendees as the server has them (ids, check-in included); only rows that
        differ are written. Returns their ids. `unsettled`: a server answer outside a pull,
        whose rows the next pull settles (`settle_unsettled`), listed in the same commit.
        `entries`: events the server journalled with them (an edit's), journalled here in
        the same commit, each once by its event id. `version`: the server's version of
        these rows (`CheckInResult.version`): a row a pull brought newer stays (`_kept`)."""
        rows = list(attendees)
        ids = tuple(a.id for a in rows if a.id is not None)
        known = self.get_attendees(ids)
        fresh = [a for a in rows if a.id is not None and known.get(a.id) != a]
        if not fresh and not entries:
            return ()

        def work(cur: Any) -> tuple[tuple[int, ...], Change]:
            nonlocal fresh, known
            if version is not None:  # decided in this transaction: a pull may have come
                known = self._known(cur, list(ids))
                kept = self._kept(cur, rows, version, known)
                fresh = [a for a in kept if a.id is not None and known.get(a.id) != a]
            written = self._put(cur, fresh, known) if fresh else ()
            if unsettled:
                cur.executemany(
                    "INSERT OR IGNORE INTO unsettled (attendee_id) VALUES (?)",
                    [(i,) for i in written],
                )
            if entries:
                self._journal_many(cur, list(entries))
            told = {*written, *(e.attendee_id for e in entries if e.attendee_id is not None)}
            return written, Change(attendee_ids=tuple(sorted(told)), log_appended=bool(entries))

        written: tuple[int, ...] = self._write(work)
        return written

    def _put(self, cur: Any, rows: list[Attendee], known: dict[int, Attendee]) -> tuple[int, ...]:
        for a in rows:
            assert a.id is not None
            if a.id in known:
                unindex(cur, a.id)
            state = a.checked_in
            cur.execute(
                _UPSERT_SQL,
                (
                    a.id,
                    *attendee_values(a),
                    state.at.isoformat() if state else None,
                    state.desk if state else None,
                    state.operator if state else None,
                ),
            )
        cur.executemany(_INDEX_SQL, (index_row(a.id or 0, a) for a in rows))
        return tuple(a.id for a in rows if a.id is not None)

    def start_from(
        self,
        entries: list[LogEntry],
        cursor: tuple[int, int],
        rows: list[tuple[Any, ...]],
        meta: dict[str, str],
        sort_keys_current: bool,
        guests: str = "",
    ) -> None:
        """A new replica's first download (`PostgresStore.snapshot`) in one transaction, written
        as a local import is (`SQLiteStore._bulk_write`: indexes and search words built once):
        the server's journal up to `cursor`, its guests as rows of STORED_COLUMNS (ids and
        cached admissions as the server has them) up to the guest cursor `guests` (meta
        _GUESTS), its event details. Whatever an earlier, cut download left goes first (a
        replica not downloaded yet decided nothing).

        `sort_keys_current`: the server's name order is this checkin's (else each key is
        made again here)."""
        own = self._time_in

        def stored(row: tuple[Any, ...]) -> tuple[Any, ...]:
            at = row[_AT]
            if at is None and sort_keys_current:
                return row
            key = row[_SORT_KEY] if sort_keys_current else _sort_key_of(row)
            return (
                *row[:_SORT_KEY],
                key,
                *row[_SORT_KEY + 1 : _AT],
                None if at is None else own(at),
                *row[_AT + 1 :],
            )

        def work(cur: Any) -> tuple[None, Change]:
            if cur.execute("SELECT EXISTS (SELECT 1 FROM outbox)").fetchone()[0]:
                raise StoreError(f"{self.path} holds decisions not uploaded: not downloaded over")
            cur.execute("DELETE FROM log")
            cur.execute("DELETE FROM unsettled")
            cur.execute("DELETE FROM row_horizon")  # the download's guest cursor holds
            cur.execute("DELETE FROM attendees")
            cur.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
            self._bulk_write(cur, rows, _DOWNLOAD_SQL, stored, _row_words)
            cur.executemany(_LOG_SQL, (self._log_values(e) for e in entries))
            for key, value in meta.items():
                if key not in _OWN_META:
                    cur.execute(SET_META_SQL, (key, value))
            # The event these guests are of, with them (`DeskStore._follow_event`).
            cur.execute(SET_META_SQL, (EVENT_UID_META, meta.get(EVENT_UID_META, "")))
            cur.execute(SET_META_SQL, ("replica_cursor", f"{cursor[0]}:{cursor[1]}"))
            cur.execute(SET_META_SQL, (_GUESTS, guests))
            cur.execute(SET_META_SQL, (_PULL_ALL, ""))
            return None, Change(reset=True, log_appended=True)

        with collector_paused():
            self._write(work)
        self.checkpoint()

    def drop_except(self, server_ids: set[int]) -> tuple[int, ...]:
        """Rows the server no longer has go (a walk-in of this desk's own stays)."""
        gone = [i for i in self.attendee_ids() if i > 0 and i not in server_ids]
        if not gone:
            return ()

        def work(cur: Any) -> tuple[None, Change]:
            for attendee_id in gone:
                unindex(cur, attendee_id)
                cur.execute("DELETE FROM attendees WHERE id = ?", (attendee_id,))
            return None, Change(reset=True)

        self._write(work)
        return tuple(gone)

    def absorb(
        self,
        rows: Iterable[Attendee],
        entries: Iterable[LogEntry],
        settle: Iterable[int] = (),
        cursor: str | None = None,
        version: int | None = None,
        horizon: int | None = None,
        versions: dict[int, int] | None = None,
    ) -> int:
        """The server's attendees and journal events in one transaction; returns how many
        events were new here. `version`: the rows are a server answer of that row version
        (`CheckInResult.version`): a row a pull brought newer keeps its fields (`_kept`).
        `horizon`: the rows are a pull's, read when every server transaction before it was
        done (`row_horizon`); `versions`: their versions as read with them (a row newer than
        `horizon` holds its version's write too).

        An event this replica holds already under the same id is replaced by the server's
        version (the server decided it when an answer got lost). A walk-in this desk
        added offline whose admission the server journals under its own id takes that
        id here (`remap`). Then the cached admission of every guest touched, and of
        `settle`, is what the merged journal says, and this desk's edits not yet uploaded
        are applied over the server's values again. `cursor`: the pull's position after
        these events, kept in the same commit.
        """
        fresh = list(entries)
        server_rows = [a for a in rows if a.id is not None]

        def work(cur: Any) -> tuple[int, Change | None]:
            added = 0
            reset = False
            held = self._events_held(cur, [e.event_id for e in fresh])
            new: list[LogEntry] = []
            for entry in fresh:
                row = held.get(entry.event_id)
                if row is None:
                    new.append(entry)  # journalled together, in this order
                    held[entry.event_id] = entry  # its facts made only if it comes again
                    added += 1
                    continue
                if new:
                    self._journal_many(cur, new)
                    new = []
                if isinstance(row, LogEntry):
                    row = (row.attendee_id, *self._facts(row))
                local_id = row[0]
                if local_id is not None and local_id < 0 and entry.attendee_id is not None:
                    self._remap(cur, local_id, entry.attendee_id)
                    reset = True
                if tuple(row[1:]) != self._facts(entry):
                    cur.execute("DELETE FROM log WHERE event_id = ?", (entry.event_id,))
                    self._append(cur, entry)
            if new:
                self._journal_many(cur, new)
            nonlocal server_rows
            known = self._known(cur, [a.id for a in server_rows if a.id is not None])
            if version is not None:
                server_rows = self._kept(cur, server_rows, version, known)
            elif horizon is not None and server_rows:
                cur.executemany(
                    "INSERT INTO row_horizon (attendee_id, xid) VALUES (?, ?) ON CONFLICT "
                    "(attendee_id) DO UPDATE SET xid = max(xid, excluded.xid)",
                    [
                        (a.id, max(horizon, (versions or {}).get(a.id, -1) + 1))
                        for a in server_rows
                        if a.id is not None
                    ],
                )
            changed = [a for a in server_rows if a.id is not None and known.get(a.id) != a]
            # A row that differs in its admission only (a check-in pulled) is not written
            # again with its search words: the admission is settled from the journal below.
            only_in = {
                a.id
                for a in changed
                if a.id in known and replace(known[a.id], checked_in=a.checked_in) == a
            }
            written = set(self._put(cur, [a for a in changed if a.id not in only_in], known))
            touched = {e.attendee_id for e in fresh if e.attendee_id is not None}
            pending_edits = self._pending_edits(cur)
            settled = self._settle_pulled(cur, touched | set(settle) | only_in, pending_edits)
            ids = tuple(sorted(written | settled))
            if cursor is not None:
                cur.execute(SET_META_SQL, ("replica_cursor", cursor))
            if not ids and not added and not reset:
                return added, None
            return added, Change(attendee_ids=ids, reset=reset, log_appended=bool(added))

        added: int = self._write(work)
        return added

    def _settle_pulled(self, cur: Any, ids: Iterable[int], edits: list[LogEntry]) -> set[int]:
        """`_settle` for the guests of a pull, read off the journal in SQL where it holds one
        admission or undo of a guest, or none (most guests of a pull: a check-in at another
        desk): the cached admission is that event's, or nobody, without making LogEntries
        of the journal and sweeping them (at 20 desks, each desk settles 190 guests a
        second). A guest with more (an undo after an admission, a double) settles as
        `_settle` does; with this desk's edits waiting for upload, every guest does
        (`_settle` applies them again over the server's values)."""
        wanted = sorted(set(ids))
        if edits or not wanted:
            return self._settle(cur, wanted, edits)
        single: dict[int, tuple[Any, Any, Any] | None] = {}
        several: list[int] = []
        rows: list[tuple[Any, ...]] = []
        for start in range(0, len(wanted), self.IDS_PER_QUERY):
            chunk = wanted[start : start + self.IDS_PER_QUERY]
            where, params = self._ids_in(chunk, "attendee_id")
            for guest, count, kind, result, at, desk, operator in cur.execute(
                "SELECT attendee_id, COUNT(*), MIN(kind), MIN(result), MIN(at), MIN(desk), "
                f"MIN(operator) FROM log WHERE {where} AND kind IN (?, ?, ?) "
                "AND result IN (?, ?) GROUP BY attendee_id",
                (*params, *_PRESENCE_KINDS, *_PRESENCE_RESULTS),
            ).fetchall():
                if count > 1:
                    several.append(guest)
                elif kind in _ADMITTING and result == _ADMITTED:
                    single[guest] = (at, desk, operator)
                else:
                    single[guest] = None  # an undo alone: nobody in
            where, params = self._ids_in(chunk)
            rows += cur.execute(
                "SELECT id, checked_in_at, checked_in_desk, checked_in_operator FROM attendees "
                f"WHERE {where}",
                params,
            ).fetchall()
        several_of = set(several)
        updates: list[tuple[Any, ...]] = []
        changed: set[int] = set()
        for guest, at, desk, operator in rows:
            if guest in several_of:
                continue
            due = single.get(guest)  # none journalled: nobody in
            if due is None:
                if at is None:
                    continue
                updates.append((None, None, None, guest))
            elif (at, desk, operator) == due:
                continue
            else:
                updates.append((*due, guest))
            changed.add(guest)
        if updates:
            self._set_admissions(cur, updates)
        return changed | self._settle(cur, several)

    @staticmethod
    def _facts(entry: LogEntry) -> tuple[Any, ...]:
        """What `_events_held` reads of an event besides its guest, as stored here."""
        return (
            entry.at.isoformat(),
            str(entry.kind),
            entry.desk,
            entry.operator,
            str(entry.result),
            entry.detail,
        )

    def _events_held(self, cur: Any, event_ids: list[str]) -> dict[str, Any]:
        """Of these events, those this replica journals: event id -> (attendee_id, at, kind,
        desk, operator, result, detail) as stored."""
        held: dict[str, Any] = {}
        for start in range(0, len(event_ids), self.IDS_PER_QUERY):
            chunk = event_ids[start : start + self.IDS_PER_QUERY]
            for row in cur.execute(
                "SELECT event_id, attendee_id, at, kind, desk, operator, result, detail FROM log "
                f"WHERE event_id IN ({', '.join('?' * len(chunk))})",
                chunk,
            ).fetchall():
                held[row[0]] = tuple(row[1:])
        return held

    def settle_unsettled(self) -> set[int]:
        """Guests whose cached admission a server answer wrote outside a pull (a refused
        scan's holder, a row looked up or stored: `upsert(unsettled=True)`, on any of this
        replica's connections, before a restart too): each is made what the journal says
        where the journal explains its row (nobody in, or an admission the journal holds,
        so the events after it are pulled or will be), and leaves the list. Returns the
        guests settled; a row showing an admission not pulled yet stays as the server said,
        listed (until a later pull). One transaction: an answer written meanwhile is
        settled by this call or listed for the next."""

        if not self._select("SELECT 1 FROM unsettled LIMIT 1"):
            return set()  # the usual case: no write transaction for nothing

        def work(cur: Any) -> tuple[set[int], Change | None]:
            wanted = [r[0] for r in cur.execute("SELECT attendee_id FROM unsettled ORDER BY 1")]
            if not wanted:
                return set(), None
            events = self._presence_events(cur, wanted)
            admitted = {
                (e.attendee_id, e.at, e.desk, e.operator)
                for e in events
                if e.kind is not LogKind.UNDO
            }
            rows = self._known(cur, wanted)
            explained = {
                i
                for i, a in rows.items()
                if a.checked_in is None
                or (i, a.checked_in.at, a.checked_in.desk, a.checked_in.operator) in admitted
            }
            explained |= set(wanted) - rows.keys()  # gone: nothing to settle
            changed = self._settle(cur, sorted(explained & rows.keys()))
            cur.executemany(
                "DELETE FROM unsettled WHERE attendee_id = ?", [(i,) for i in sorted(explained)]
            )
            return explained, Change(attendee_ids=tuple(sorted(changed))) if changed else None

        settled: set[int] = self._write(work)
        return settled

    def holds(self, ids: Iterable[int]) -> set[int]:
        """Of these guests, those this replica has a row of."""
        wanted = sorted(set(ids))
        found: set[int] = set()
        for start in range(0, len(wanted), self.IDS_PER_QUERY):
            where, params = self._ids_in(wanted[start : start + self.IDS_PER_QUERY])
            found.update(
                r[0] for r in self._select(f"SELECT id FROM attendees WHERE {where}", params)
            )
        return found

    def _kept(
        self, cur: Any, rows: list[Attendee], version: int, known: dict[int, Attendee]
    ) -> list[Attendee]:
        """A server answer's `rows` (row `version`) as they may be written here: a guest
        whose row here a pull read after every write before a later server transaction
        than `version` (the replica's guest cursor, or the guest's own `row_horizon`) has
        its fields from that pull, newer than the answer's (a re-import that cancelled the
        ticket, committed after the answer was read); the answer's admission stays, to be
        settled from the journal. The rest as answered."""
        ids = [a.id for a in rows if a.id is not None and a.id in known]
        if not ids:
            return rows
        row = cur.execute(
            "SELECT (SELECT value FROM meta WHERE key = ?), (SELECT value FROM meta WHERE key = ?)",
            (_GUESTS, EVENT_UID_META),
        ).fetchone()
        pulled = _guests_since(row[0] or "", row[1] or "") if row is not None else None
        horizons = {i: pulled or 0 for i in ids}
        for start in range(0, len(ids), self.IDS_PER_QUERY):
            chunk = ids[start : start + self.IDS_PER_QUERY]
            for attendee_id, xid in cur.execute(
                f"SELECT attendee_id, xid FROM row_horizon WHERE attendee_id IN "
                f"({', '.join('?' * len(chunk))})",
                chunk,
            ).fetchall():
                horizons[attendee_id] = max(horizons[attendee_id], int(xid))
        return [
            replace(known[a.id], checked_in=a.checked_in)
            if a.id is not None and version < horizons.get(a.id, 0)
            else a
            for a in rows
        ]

    def _known(self, cur: Any, ids: list[int]) -> dict[int, Attendee]:
        found: dict[int, Attendee] = {}
        for start in range(0, len(ids), self.IDS_PER_QUERY):
            where, params = self._ids_in(ids[start : start + self.IDS_PER_QUERY])
            for row in cur.execute(
                f"SELECT {ATTENDEE_COLUMNS} FROM attendees WHERE {where}", params
            ).fetchall():
                found[row[0]] = self._attendee(row)
        return found

    def _pending_edits(self, cur: Any) -> list[LogEntry]:
        rows = cur.execute(
            f"SELECT {LOG_COLUMNS} FROM log WHERE kind = ? AND event_id IN "
            "(SELECT event_id FROM outbox)",
            (str(LogKind.EDIT),),
        ).fetchall()
        return [self._entry(r) for r in rows]

    @staticmethod
    def _remap(cur: Any, local_id: int, server_id: int) -> None:
        """A walk-in added here offline is the server's guest `server_id` from now on."""
        unindex(cur, local_id)
        taken = cur.execute("SELECT 1 FROM attendees WHERE id = ?", (server_id,)).fetchone()
        if taken:
            cur.execute("DELETE FROM attendees WHERE id = ?", (local_id,))
        else:
            cur.execute("UPDATE attendees SET id = ? WHERE id = ?", (server_id, local_id))
            row = cur.execute(
                f"SELECT {ATTENDEE_COLUMNS} FROM attendees WHERE id = ?", (server_id,)
            ).fetchone()
            cur.execute(
                _INDEX_SQL, index_row(server_id, attendee_from_row(row, datetime.fromisoformat))
            )
        cur.execute("UPDATE log SET attendee_id = ? WHERE attendee_id = ?", (server_id, local_id))

    def remap(self, ids: dict[int, int]) -> None:
        """Walk-ins added here offline, now on the server under its ids (desk id -> server id)."""
        if not ids:
            return

        def work(cur: Any) -> tuple[None, Change]:
            for local_id, server_id in ids.items():
                self._remap(cur, local_id, server_id)
            return None, Change(reset=True, log_appended=True)

        self._write(work)

    def add_local(self, attendee: Attendee) -> Attendee:
        """A walk-in added while the server does not answer: a negative id of this replica's
        own (never handed out twice), replaced by the server's id on upload."""

        def work(cur: Any) -> tuple[int, Change]:
            row = cur.execute("SELECT value FROM meta WHERE key = 'replica_local_id'").fetchone()
            lowest = cur.execute("SELECT MIN(id) FROM attendees").fetchone()[0] or 0
            new_id = min(int(row[0]) if row else 0, lowest, 0) - 1
            cur.execute(SET_META_SQL, ("replica_local_id", str(new_id)))
            cur.execute(_INSERT_WITH_ID_SQL, (new_id, *attendee_values(attendee)))
            self._index(cur, [(new_id, attendee)])
            return new_id, Change(attendee_ids=(new_id,))

        new_id: int = self._write(work)
        stored = self.get_attendee(new_id)
        assert stored is not None
        return stored

    def decide_offline(
        self,
        attendee_id: int,
        at: datetime,
        desk: str,
        operator: str,
        raw_input: str,
        kind: LogKind,
        source: ScanSource,
        event_id: str,
        judged: Attendee | None = None,
    ) -> CheckInResult:
        """First wins, by what this desk knows; journalled and queued in one commit."""

        def work(cur: Any) -> tuple[CheckInResult, Change | None]:
            result = self._admit(
                cur, attendee_id, at, desk, operator, raw_input, kind, source, event_id, judged
            )
            if not result.admitted:
                return result, None
            _queue(cur, event_id, admission=True)
            return result, Change(attendee_ids=(attendee_id,), log_appended=True)

        result: CheckInResult = self._write(work)
        return replace(result, offline=True)

    def undo_offline(
        self, attendee_id: int, at: datetime, desk: str, operator: str, event_id: str, queue: bool
    ) -> CheckInState | None:
        """An undo decided here (`queue`: and kept for upload), in one commit."""

        def work(cur: Any) -> tuple[CheckInState | None, Change | None]:
            undone, change = self._undo(cur, attendee_id, at, desk, operator, event_id)
            if undone is not None and queue:
                _queue(cur, event_id)
            return undone, change

        undone: CheckInState | None = self._write(work)
        return undone

    def edit_offline(self, attendee: Attendee, entry: LogEntry) -> Attendee:
        """A correction decided here (`Store.update_attendee` with its EDIT event): the row,
        the event and its place in the outbox in one commit."""
        if attendee.id is None:
            raise ValueError("edit_offline needs a stored attendee (with id)")
        attendee_id = attendee.id

        def work(cur: Any) -> tuple[None, Change]:
            change = self._edit(cur, attendee_id, attendee, entry)
            _queue(cur, entry.event_id)
            return None, change

        self._write(work)
        stored = self.get_attendee(attendee_id)
        assert stored is not None
        return stored

    def journal_offline(self, entry: LogEntry) -> None:
        """An event decided offline (a refused scan, an edit, a print): journalled here,
        uploaded later."""

        def work(cur: Any) -> tuple[None, Change]:
            self._append(cur, entry)
            _queue(cur, entry.event_id, admission=journal.is_admission(entry))
            ids = (entry.attendee_id,) if entry.attendee_id is not None else ()
            return None, Change(ids, log_appended=True)

        self._write(work)

    def pending(self, limit: int = -1) -> list[LogEntry]:
        """Events decided here that the server does not have yet, oldest first."""
        rows = self._select(
            f"SELECT {LOG_COLUMNS} FROM log WHERE event_id IN (SELECT event_id FROM outbox) "
            "ORDER BY id LIMIT ?",
            (limit,),
        )
        return [self._entry(r) for r in rows]

    def admitted_here_unsent(self, attendee_id: int) -> bool:
        """Whether this guest's admission in this replica is one decided here offline that
        the server does not have yet (in the outbox): the server would call them free."""
        rows = self._select(
            "SELECT 1 FROM attendees a JOIN log l ON l.attendee_id = a.id "
            "AND l.at = a.checked_in_at AND l.desk = a.checked_in_desk "
            "WHERE a.id = ? AND l.result = ? AND l.kind IN (?, ?) "
            "AND l.event_id IN (SELECT event_id FROM outbox) LIMIT 1",
            (attendee_id, str(Outcome.ADMITTED), str(LogKind.CHECKIN), str(LogKind.WALKIN)),
        )
        return bool(rows)

    def count_pending(self) -> int:
        rows = self._select("SELECT COUNT(*) FROM outbox")
        return int(rows[0][0]) if rows else 0

    def count_waiting(self) -> tuple[int, int]:
        """The outbox counted as a desk shows it: (admissions, every other record)."""
        rows = self._select("SELECT COUNT(*), COALESCE(SUM(admission), 0) FROM outbox")
        total, admissions = (int(v) for v in rows[0]) if rows else (0, 0)
        return admissions, total - admissions

    def repeated_admissions(self, ids: Iterable[int]) -> list[int]:
        """Of these guests, those the journal admits more than once (doubles, maybe)."""
        wanted = sorted(set(ids))
        found: list[int] = []
        for start in range(0, len(wanted), self.IDS_PER_QUERY):
            where, params = self._ids_in(wanted[start : start + self.IDS_PER_QUERY], "attendee_id")
            found += [
                r[0]
                for r in self._select(
                    f"SELECT attendee_id FROM log WHERE {where} AND kind IN (?, ?) "
                    "AND result = ? GROUP BY attendee_id HAVING COUNT(*) > 1",
                    (*params, str(LogKind.CHECKIN), str(LogKind.WALKIN), str(Outcome.ADMITTED)),
                )
            ]
        return found

    def uploaded(self, event_ids: Iterable[str]) -> None:
        done = [(e,) for e in event_ids]
        self._write(
            lambda cur: (cur.executemany("DELETE FROM outbox WHERE event_id = ?", done), None)
        )


class DeskStore:
    """`Store` for a desk on a shared server, with its replica (see the module's words)."""

    def __init__(
        self,
        server: PostgresStore | None,
        replica: Replica,
        url: str,
        deadline_s: float = DEFAULT_DEADLINE_S,
        connect: Callable[[], PostgresStore] | None = None,
        clock: Clock = system_clock,
        write_deadline_s: float | None = None,
    ) -> None:
        self._server = server
        self._clock = clock
        self.replica = replica
        self.url = url
        self.deadline_s = deadline_s
        #: None: writes that need the server wait for it (the command line, a worker's
        #: import); a window sets a bound, and a write past it raises NeedsServer.
        self.write_deadline_s = write_deadline_s
        self._connect = connect
        self.path = server.path if server is not None else replica.path
        #: The server's clock less this desk's (seconds), as last measured (`_measure_clock`)
        #: and kept in the replica, so a desk started offline stamps by it too (`now`).
        self.clock_offset_s: float | None = _offset_of(replica.get_meta(_CLOCK_OFFSET, ""))
        #: The last time `now` gave (its stamps never go backwards).
        self._last_stamp: datetime | None = None
        self._stamps = threading.Lock()  # its own: `now` is called under `_state` too
        #: The last readings of the server's clock: (round trip, offset).
        self._clock_readings: collections.deque[tuple[float, float]] = collections.deque(
            maxlen=CLOCK_SAMPLES
        )
        #: Serialises syncs, pulls and the writes that need the server (held across
        #: network calls; the scan path never takes it).
        self._lock = threading.RLock()
        #: Guards the online state only: the scan path takes it, never across a network call.
        self._state = threading.Lock()
        #: The scan path's own connection: a sync or an import on `_server` never holds it up.
        self._scan: PostgresStore | None = None
        self.offline_since: datetime | None = None if server is not None else self.now()
        #: The desk whose link this one shares: itself, or for a worker's desk (`reopen`)
        #: the desk that made it (online and offline are that desk's, which probes).
        self._link: DeskStore = self
        self._closed = threading.Event()
        #: Wakes the background: a pull owed (`_owe_pull`), an upload, going offline.
        self._wake = threading.Event()
        #: Another desk wrote since the background's last pull began (`_owe_pull`).
        self._notified = threading.Event()
        #: How many pulls of the server's journal this desk made since opening (`_pull`),
        #: and how many guest rows they fetched.
        self.pulls = 0
        self.guests_pulled = 0
        #: How many announcements of writes this desk heard (each owes a pull): other desks'
        #: (and its own sync connection's, told directly), never its scan connection's.
        self.heard = 0
        self._worker: threading.Thread | None = None
        self._listening = False
        #: What every sync since opening did (uploaded, doubles reported, pulled).
        self.synced = {"uploaded": 0, "doubles": 0, "pulled": 0}
        #: The server's journal is in the replica up to this (transaction id, log id), in
        #: commit order (meta "replica_cursor", `PostgresStore.log_after`).
        self._cursor = _cursor_of(replica.get_meta("replica_cursor", ""))
        self._state_listeners: list[StateListener] = []
        self._told: DeskState | None = None
        #: Double admissions found since the listeners were last told (notices).
        self._new_doubles: list[LogEntry] = []
        #: The doubles the listeners were told of (first and second event id).
        self._noticed_doubles: set[tuple[str, str]] = set()
        #: Per thread: the scan under way (`scan_deadline`): when its deadline ends, when
        #: the server's share of it does, how long it waited for the server so far, and
        #: whether it has had the server's answer already.
        self._scan_budget = threading.local()
        #: The scan path's own work of the last scans (seconds; everything but the wait
        #: for the server): what the server's share leaves room for (`server_share`).
        self._own_work: collections.deque[float] = collections.deque(maxlen=OWN_WORK_SAMPLES)
        #: The server refused the password at the last reconnect (`DeskState`).
        self._password_refused = False
        #: Events per upload step, as the last full one's time sized it (`_upload`).
        self._upload_size = BATCH
        #: What became of this replica's event (meta _EVENT): {} while it holds its event.
        self._event: dict[str, Any] = _event_of(replica.get_meta(_EVENT, ""))
        self._fate = threading.Lock()  # its own: the GUI thread takes it (`event_noticed`)
        #: The server's meta as last read (`_follow_event`, at the start of each pull).
        self._server_meta: dict[str, str] = {}

    # -- opening -----------------------------------------------------------------
    @classmethod
    def open(
        cls,
        url: str,
        folder: Path,
        deadline_s: float = DEFAULT_DEADLINE_S,
        ask_password: Callable[[str], str | None] | None = None,
        clock: Clock = system_clock,
        write_deadline_s: float | None = None,
    ) -> DeskStore:
        """Connect and bring the replica up to date; without a server, start from the replica
        a desk made before (a desk that never saw the event cannot start offline).

        A password `ask_password` returns is kept in memory only and given to every later
        connection (reconnects, workers) without asking again. A desk whose server asked
        for one before is asked at start even while the server does not answer, so it can
        reconnect by itself later."""
        from checkin.core.store.postgres import display_url

        address = display_url(url)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = replica_path(folder, address)
        existed = path.exists()
        replica = Replica.open(path)
        if not existed:
            replica.set_meta(_PULL_ALL, "first")
        # Known: a first download finished into it. A replica whose first download was cut
        # holds some guests or none: guests on the list would read "unknown" offline. One
        # whose event was erased knows that there is none (and decides nothing).
        known = existed and (
            replica.get_meta(_PULL_ALL) != "first"
            or _event_of(replica.get_meta(_EVENT, "")).get("event") == "erased"
        )
        password = _KeptPassword(ask_password)
        try:
            server: PostgresStore | None = PostgresStore.open(url, password.ask, known)
        except PasswordRefused:
            replica.close()  # said now, at start: the person types it again
            raise
        except StoreError:
            if not known:
                replica.close()
                raise
            server = None
        if password.value is not None:
            replica.set_meta("server_asks_password", "1")  # that it asks, never the password
        elif server is None and replica.get_meta("server_asks_password") == "1":
            password.ask(address)

        def connect_later() -> PostgresStore:
            return PostgresStore.open(url, password.kept, True)

        desk = cls(
            server,
            replica,
            url,
            deadline_s,
            connect_later,
            clock=clock,
            write_deadline_s=write_deadline_s,
        )
        try:
            if server is not None:
                desk.sync()
        except StoreError:
            if not known:
                desk.close()
                raise
            desk._went_offline()
        desk._start_background()
        return desk

    def close(self) -> None:
        self._closed.set()
        self._wake.set()
        worker = self._worker
        if worker is not None and worker is not threading.current_thread():
            worker.join(timeout=30)
        with self._lock:
            for server in (self._server, self._scan):
                if server is not None:
                    server.close()
            self.replica.close()

    def reopen(self) -> DeskStore:
        """A worker's desk (an import, the counters): it reads the replica on a connection
        of its own, and what needs the server goes on server connections of its own, made
        when first needed with this desk's login (a password typed at start included): a
        door decision on it (a check-in, an undo, a print's record ...) is the server's
        within the deadline, as at this desk, never the replica's while the server answers.
        It is online and offline as this desk is (a failure it meets makes this desk
        offline, which probes). Nothing of it runs in the background; what it decides
        offline waits in the outbox this desk uploads."""
        worker = DeskStore(
            None,
            Replica.open(self.replica.path),
            self.url,
            self.deadline_s,
            self._connect,
            clock=self._clock,
        )
        worker.path = self.path
        worker._link = self  # online and offline as this desk says, now and later
        return worker

    # -- online and offline ----------------------------------------------------------
    @property
    def online(self) -> bool:
        return self._link.offline_since is None

    @property
    def offline(self) -> bool:
        return self._link.offline_since is not None

    def state(self) -> DeskState:
        """Local only (the outbox is counted in the replica): safe on the GUI thread."""
        admissions, others = self.replica.count_waiting()
        event = self._event_now()
        return DeskState(
            self.online,
            self.offline_since,
            admissions,
            password_refused=self._password_refused,
            clock_offset_s=self.clock_offset_s,
            waiting_other=others,
            event=str(event.get("event", "")),
            erased_here=bool(event.get("here", False)),
            event_changed_at=_time_of(event.get("at")),
            dropped=int(event.get("dropped", 0)),
            dropped_other=int(event.get("dropped_other", 0)),
        )

    def watch_state(self, listener: StateListener) -> Callable[[], None]:
        """Call `listener` whenever the desk's state changes (on the thread that changed it:
        the background's, or the scan's); returns an unwatch function."""
        self._state_listeners.append(listener)

        def unwatch() -> None:
            if listener in self._state_listeners:
                self._state_listeners.remove(listener)

        return unwatch

    def _tell(self) -> None:
        """The state listeners, when something they show changed (or doubles came); a
        worker's desk tells those of the desk it shares the link with (the outbox both
        count is one)."""
        if self._link is not self:
            self._link._tell()
            return
        if not self._state_listeners:
            self._new_doubles.clear()
            return
        try:
            state = self.state()
        except StoreError:
            return
        doubles, self._new_doubles = tuple(self._new_doubles), []
        if state == self._told and not doubles:
            return
        self._told = state
        for listener in list(self._state_listeners):
            try:
                listener(replace(state, doubles=doubles))
            except Exception:  # noqa: BLE001 - a listener's bug must not stop the desk
                _log.exception("a desk state listener failed")

    def _found_doubles(self, guests: Iterable[int], events: Iterable[str]) -> int:
        """Doubles of these guests that involve these events: kept as notices for the
        state listeners (the window), each double once (an upload finds it, and the pulls
        of the other desk's admission and of this desk's own events coming back find it
        again); returns how many."""
        wanted = set(events)
        found = [
            double
            for guest in self.replica.repeated_admissions(guests)
            for double in journal.doubles(self.replica.log_for(guest))
            if double.first.event_id in wanted or double.second.event_id in wanted
        ]
        if self._state_listeners:
            for double in found:
                key = (double.first.event_id, double.second.event_id)
                if key not in self._noticed_doubles:
                    self._noticed_doubles.add(key)
                    self._new_doubles.append(journal.double_entry(double))
        return len(found)

    def status(self) -> dict[str, Any]:
        """What `checkin status --json` says: "waiting" counts the check-ins (admissions,
        walk-ins included) not on the server yet, "waiting_other" the other records (refused
        scans, undos, edits, badges printed). "event": "loaded", "erased" (no event here:
        erased on the server, "erased_here" by this desk, and this desk's copy with it),
        "replacing" (erased and a new list imported: this desk's copy is erased, the new
        one not downloaded yet) or "replaced" (and downloaded);
        "dropped"/"dropped_other": what of the erased event this desk had not uploaded."""
        admissions, others = self.replica.count_waiting()
        event = self._event_now()
        at = _time_of(event.get("at"))
        return {
            "event": str(event.get("event") or "loaded"),
            "erased_here": bool(event.get("here", False)),
            "event_changed_at": at.isoformat() if at is not None else None,
            "dropped": int(event.get("dropped", 0)),
            "dropped_other": int(event.get("dropped_other", 0)),
            "server": self.path,
            "online": self.online,
            "offline_since": self.offline_since.isoformat() if self.offline_since else None,
            "waiting": admissions,
            "waiting_other": others,
            "password_refused": self._password_refused,
            "clock_offset_s": self.clock_offset_s,
            "replica": self.replica.path,
        }

    # -- the desk's clock --------------------------------------------------------
    def now(self) -> datetime:
        """This desk's time on the server's clock: the desk's clock plus its measured
        offset. Every event the desk makes is stamped by it (the composition roots hand
        it to the service as its clock), so "first by time" (`journal.admissions`)
        compares the desks' admissions on one clock, not on each desk's own. Never
        earlier than the last stamp it gave: an offset measured smaller than before
        would otherwise stamp an admission before the undo of the one it follows, and
        `journal.doubles` would report a double that never was."""
        stamp = self._clock() + timedelta(seconds=self.clock_offset_s or 0.0)
        with self._stamps:
            if self._last_stamp is not None and stamp < self._last_stamp:
                stamp = self._last_stamp
            self._last_stamp = stamp
        return stamp

    def _measure_clock(self, server: PostgresStore) -> None:
        """Read the server's clock once: its time less this desk's at the middle of the
        round trip is one reading; the reading of the shortest recent round trip (least
        disturbed by queueing) is the offset, kept when it moved by more than CLOCK_STEP_S."""
        before = self._clock()
        started = time.monotonic()
        server_time = server.clock_now()
        trip = time.monotonic() - started
        offset = (server_time - (before + timedelta(seconds=trip / 2))).total_seconds()
        self._clock_readings.append((trip, offset))
        best = min(self._clock_readings)[1]
        kept = self.clock_offset_s
        if kept is not None and abs(best - kept) <= CLOCK_STEP_S:
            return
        self.clock_offset_s = best
        self.replica.set_meta(_CLOCK_OFFSET, f"{best:.3f}")
        self._tell()

    def _went_offline(self) -> None:
        if self._link is not self:  # a worker's desk: the desk it shares the link with
            self._link._went_offline()
            return
        with self._state:
            if self.offline_since is None:
                self.offline_since = self.now()
        self._wake.set()  # the background moves from following to probing
        self._tell()

    def _start_background(self) -> None:
        with self._state:
            if self._worker is not None or self._closed.is_set():
                return
            self._worker = threading.Thread(target=self._background, name="desk-sync", daemon=True)
            self._worker.start()

    def _background(self) -> None:
        """Offline: try the server every PROBE_EVERY_S (a sync once it answers). Online:
        pull when the server says another desk wrote, at most every PULL_EVERY_S however
        many notifications come (at 20 desks scanning 10 guests a second each, every
        desk hears 190 a second), and at least every FOLLOW_EVERY_S; in between, every
        HEARTBEAT_EVERY_S, ask whether the server still answers. Decisions waiting in the
        outbox are uploaded (a sync) at once.

        A pull that a notification woke, or that found something new, owes one more
        after the interval: a notification heard during a pull is pulled then, and an
        event the pull could not read yet (a transaction older than it still running,
        `PostgresStore.log_after`) comes with the next one."""
        pulled_at = time.monotonic() - PULL_EVERY_S  # when the last pull started
        again = False  # the last pull owes one more
        while not self._closed.is_set():
            if self.offline:
                if self._closed.wait(PROBE_EVERY_S):
                    return
            else:
                wait = HEARTBEAT_EVERY_S
                if again or self._notified.is_set():
                    wait = min(wait, max(0.0, pulled_at + PULL_EVERY_S - time.monotonic()))
                self._wake.wait(wait)
                self._wake.clear()
                if self._closed.is_set():
                    return
                if self.offline:
                    continue
            now = time.monotonic()
            owed = again or self._notified.is_set()
            try:
                if self.offline or self.replica.count_pending():
                    again = False
                    self._notified.clear()  # one heard from now on is pulled after this
                    pulled_at = now
                    self.sync()
                elif (owed and now - pulled_at >= PULL_EVERY_S) or (
                    now - pulled_at >= FOLLOW_EVERY_S
                ):
                    woken = self._notified.is_set()
                    again = False
                    self._notified.clear()
                    pulled_at = now
                    again = self.pull() > 0 or woken
                elif not owed:
                    self._heartbeat()
            except StoreError:
                continue
            except Exception:  # noqa: BLE001 - the desk goes on; the next round tries again
                _log.exception("the desk's background sync failed")

    def _heartbeat(self) -> None:
        """One short question on the sync connection (never the scan's, never waiting for
        a sync under way); no answer in time: the desk is offline."""
        if not self._lock.acquire(blocking=False):
            return
        try:
            server = self._server
            if server is None:
                return
            try:
                with server.deadline(HEARTBEAT_DEADLINE_S):
                    self._measure_clock(server)
                    theirs = server.get_meta(EVENT_UID_META)
            except StoreError:
                self._went_offline_locked()
                return
            if self._event:
                self._reread_event()
            if theirs != self.replica.get_meta(EVENT_UID_META):
                self._owe_pull()  # erased or replaced (a notification lost): the pull sees
        finally:
            self._lock.release()

    def _heard(self, change: Change) -> None:
        """Another desk wrote (the server's notification, on its listener thread; never one
        of this desk's scan connection: `PostgresStore.reopen(own=True)`)."""
        self.heard += 1
        self._owe_pull()

    def _owe_pull(self) -> None:
        """The server has something new: the background pulls it, at once if it did not
        pull in the last PULL_EVERY_S, else when that has passed (`_background`)."""
        first = not self._notified.is_set()
        self._notified.set()
        if first:  # later ones wait for the pull already owed
            self._wake.set()

    def _live_server(self) -> PostgresStore:
        with self._lock:
            if self._server is None:
                if self._connect is None:
                    raise StoreError(f"no server for {self.path}")
                self._server = self._connect()
                self.path = self._server.path
            return self._server

    # -- the event itself: still the server's? ------------------------------------------
    def _follow_event(self, server: PostgresStore) -> bool:
        """Whether the server still holds the event this replica is of (its id,
        `EVENT_UID_META`, is the replica's); returns False while the server holds none.

        Erased on the server (its id gone), or replaced (erased and a new list imported:
        another id), the replica is erased as `checkin erase` erases (`_forget`): its
        guests, journal and outbox overwritten, its files with their WAL zeroed and
        replaced by an empty one; a replaced event is then downloaded afresh by the pull.
        Asked before every upload and pull (a notification of the erase wakes one) and
        at every heartbeat (`_heartbeat`). Call with `_lock` held."""
        meta = server.meta_items()
        self._server_meta = meta  # the pull copies the event's details from this read
        theirs = meta.get(EVENT_UID_META, "")
        ours = self.replica.get_meta(EVENT_UID_META, "")
        if self._event.get("event") == "erased":
            # A list imported since: this desk downloads the new event (`_pull`), and is
            # erased no more once it has it.
            return bool(theirs)
        if theirs == ours:
            if theirs or ERASED_META not in meta:
                return True
            # A replica that never held an event, on a server whose event was erased.
            self._forget("erased")
            return False
        if not ours and self.replica.get_meta(_PULL_ALL) == "first":
            return True  # a new replica: its first download takes the id
        if not ours and theirs:
            # A replica made before the event had an id: the same event, now named.
            self.replica.set_meta(EVENT_UID_META, theirs)
            return True
        self._forget("replacing" if theirs else "erased")
        return bool(theirs)

    def _forget(self, what: str, here: bool = False) -> None:
        """This desk's copy of an event the server no longer holds (`what`: "erased", or
        "replacing": another is there, which `_pull` downloads, then "replaced"): erased
        like an erased event file (`SQLiteStore.erase`: rows deleted with secure_delete,
        the WAL overwritten, every file zeroed and unlinked, an empty owner-only replica
        in its place), the outbox with it. What was decided here
        offline and not uploaded belonged to that event: dropped, never sent into another
        (the counts are kept, for the desk to say). Call with `_lock` held."""
        admissions, others = self.replica.count_waiting()
        uid = self.replica.get_meta(EVENT_UID_META)
        self.replica.erase()
        self._erase_other_replicas(uid)  # the same event under another address
        self.replica.set_meta(_PULL_ALL, "first")
        self._cursor = (0, 0)
        self._noticed_doubles.clear()
        self._new_doubles.clear()
        self._set_event(
            {
                "event": what,
                "here": here,
                "at": self.now().isoformat(),
                "dropped": admissions,
                "dropped_other": others,
            }
        )
        # Counts only: nothing personal in the log.
        _log.warning(
            "the event was %s; this desk's replica was erased "
            "(%d check-ins and %d other records not uploaded were dropped with it)",
            "erased here"
            if here
            else "erased on the server"
            if what == "erased"
            else "replaced by a new list on the server",
            admissions,
            others,
        )
        self._tell()

    def _set_event(self, event: dict[str, Any], unless: str = "") -> None:
        with self._fate:
            if unless and self._event_now().get("event") != unless:
                return
            self.replica.set_meta(_EVENT, json.dumps(event) if event else "")
            self._event = event
        self._tell()

    def event_noticed(self) -> None:
        """The window has said that the event was replaced (`DeskState.event`): from now
        on the desk just holds its event. Local, never waits (the GUI thread)."""
        self._set_event({}, unless="replaced")

    def _event_now(self) -> dict[str, Any]:
        """What became of the event; while something did, as the replica says now (another
        connection of this desk, a worker's import, may have loaded a new one)."""
        if self._event:
            self._event = _event_of(self.replica.get_meta(_EVENT, ""))
        return self._event

    def _reread_event(self) -> None:
        """What another connection of this desk found (a worker's import after an erase
        downloads the new event): the replica says what became of its event."""
        stored = _event_of(self.replica.get_meta(_EVENT, ""))
        if stored != self._event:
            self._event = stored
            self._cursor = _cursor_of(self.replica.get_meta("replica_cursor", ""))
            self._tell()

    def _no_event(self) -> None:
        """Raises EventErased while no event is loaded here (erased): nothing is decided
        from what this desk had, and nothing is written into the event no more there."""
        if self._event.get("event") in _NO_EVENT:
            self._reread_event()
        event = self._event
        if event.get("event") == "replacing":
            raise EventChanged(
                "the event was replaced on the server by a new list, which this desk is "
                "downloading: scan again in a moment"
            )
        if event.get("event") == "erased":
            raise EventErased(
                "no event is loaded at this desk: it was erased"
                + ("" if event.get("here") else " at another desk")
                + "; import a list to begin a new one",
                here=bool(event.get("here")),
            )

    # -- sync ------------------------------------------------------------------------
    def sync(self) -> dict[str, int]:
        """Upload what was decided offline, then pull the server's journal. Raises StoreError
        (and stays offline) when the server does not answer. Repeatable: a second sync
        finds nothing to do."""
        with self._lock:
            try:
                try:
                    server = self._live_server()
                    self._follow_event(server)
                    uploaded = self._upload(server)
                except StoreError:
                    # An idle connection the network dropped only fails when used: once more
                    # on a fresh one (uploads replay their event ids, so nothing doubles).
                    server = self._live_server()
                    self._follow_event(server)
                    uploaded = self._upload(server)
                try:
                    pulled = self._pull(server)
                except StoreError:
                    # With nothing to upload the pull was the dropped connection's first use.
                    pulled = self._pull(self._live_server())
                if self._scan is None:
                    # Its check-ins' announcements are this desk's own (`_heard`).
                    self._scan = server.reopen(own=True)
                elif self.offline:
                    # Connected again now, not on the next scan. (Online, the scan's
                    # connection is the scan path's alone: a scan never waits for this.)
                    try:
                        self._scan.get_meta("")
                    except StoreError:
                        self._scan.get_meta("")  # its idle connection had died meanwhile
                if not self._listening:
                    server.listen_once(self._heard)  # one notification per pull
                    self._listening = True
                self._measure_clock(server)
            except StoreError as exc:
                # A password typed at start while the server did not answer is tried only
                # now: refused, the window says so at this first try (not "offline" alone).
                self._password_refused = isinstance(exc, PasswordRefused)
                self._went_offline_locked()
                raise
            self._password_refused = False
            with self._state:
                self.offline_since = None
            done = {
                "uploaded": len(uploaded),
                "doubles": self._found_doubles(
                    (i for i in uploaded.values() if i is not None), uploaded
                ),
                "pulled": pulled,
            }
            for key, count in done.items():
                self.synced[key] += count
        self._tell()
        return done

    def pull(self) -> int:
        """The server's journal since the replica's cursor (what other desks did); returns
        how many events were new here. The state listeners hear of the doubles it found (an
        online desk learns of its admission's double from the other desk's upload only so)."""
        with self._lock:
            try:
                pulled = self._pull(self._live_server())
            except StoreError:
                self._went_offline_locked()
                raise
            self.synced["pulled"] += pulled
        self._tell()
        return pulled

    def _went_offline_locked(self) -> None:
        self._went_offline()

    def _upload(self, server: PostgresStore) -> dict[str, int | None]:
        """The outbox, oldest first, in batches: each batch one server transaction that
        journals its events by id (a batch sent again writes nothing twice) and settles the
        guests they touch, sized so that it takes about UPLOAD_STEP_S. Returns the uploaded
        event ids -> their guest's id."""
        uploaded: dict[str, int | None] = {}
        size = min(max(self._upload_size, UPLOAD_MIN), UPLOAD_MAX)
        while not self._closed.is_set():
            batch = self.replica.pending(size)
            if not batch:
                break
            # A walk-in added here offline: its first event creates it on the server, once.
            created: dict[str, Attendee] = {}
            firsts: set[int] = set()
            for entry in batch:
                local = entry.attendee_id
                if local is not None and local < 0 and local not in firsts:
                    firsts.add(local)
                    guest = self.replica.get_attendee(local)
                    if guest is not None:
                        created[entry.event_id] = guest
            started = time.monotonic()
            try:
                # Only into the event they were decided in (erased or replaced since the
                # check before this upload: nothing written, `_follow_event` drops them).
                ids = server.merge(batch, created, self.replica.get_meta(EVENT_UID_META) or None)
            except EventChanged:
                self._follow_event(server)
                break
            took = server.merge_locks_s or time.monotonic() - started
            if len(batch) == size:  # a full step: size the next one by its time
                size = int(size * min(2.0, max(0.25, UPLOAD_STEP_S / max(took, 1e-3))))
                size = min(max(size, UPLOAD_MIN), UPLOAD_MAX)
                self._upload_size = size
            self.replica.remap(ids)
            self.replica.uploaded(e.event_id for e in batch)
            for entry in batch:
                who = entry.attendee_id
                uploaded[entry.event_id] = ids.get(who, who) if who is not None else None
        return uploaded

    def _pull(self, server: PostgresStore) -> int:
        """The server's journal since the cursor, in batches, with the guests it touched
        (after a list import, the guests the server wrote since the last such pull:
        `_pull_guests`; a new replica's first download: `_download`)."""
        # A guest pull owed (a list import; a first download not done, then `_download`)
        # until one finished: the cursor moves past the import before its guests come,
        # page by page.
        self.pulls += 1
        if not server.listen_again(RELISTEN_WAIT_S):
            self._notified.set()  # a write told to nobody meanwhile is pulled next time
        # (Listening first: an erased desk hears of the next list imported too.)
        if not self._follow_event(server):
            return 0  # no event on the server (erased): nothing to pull
        owed = self.replica.get_meta(_PULL_ALL)
        added = 0
        if owed == "first" and not self.replica.count_pending():
            added = self._download(server)
            owed = ""
            fate = self._event.get("event")
            if fate == "replacing":  # the new event is here: said, with what was dropped
                self._set_event({**self._event, "event": "replaced"})
            elif fate == "erased":  # a new list after the erase: an event again
                self._set_event({})
        everything = self._cursor == (0, 0) or bool(owed)
        pending = {e.attendee_id for e in self.replica.pending() if e.attendee_id is not None}
        while not self._closed.is_set():
            fresh, cursor = server.log_after(self._cursor, BATCH)
            if not fresh:
                break
            everything = everything or any(e.kind is LogKind.LIST_IMPORTED for e in fresh)
            if everything and not owed:
                owed = "again"
                self.replica.set_meta(_PULL_ALL, owed)
            due = set() if everything else self._rows_due(fresh)
            found, versions = server.attendees_versioned(due) if due else ({}, {})
            rows = list(found.values())
            self.guests_pulled += len(rows)
            # The rows were read after every transaction up to the cursor's was done, and
            # each holds its own version's write (newer than the cursor, where a transaction
            # still running holds the journal back).
            added += self.replica.absorb(
                rows,
                fresh,
                pending,
                f"{cursor[0]}:{cursor[1]}",
                horizon=cursor[0] + 1,
                versions=versions,
            )
            self._cursor = cursor
            if self._state_listeners:
                admitting = [e for e in fresh if e.kind in journal.ADMITTING_KINDS]
                self._found_doubles(
                    {e.attendee_id for e in admitting if e.attendee_id is not None},
                    {e.event_id for e in admitting},
                )
            if len(fresh) < BATCH:
                break
        if not self._closed.is_set() and server.log_held_back(self._cursor):
            self._notified.set()  # behind a transaction still running: pulled again soon
        if everything:
            self._pull_guests(server, pending)
            if owed and not self._closed.is_set():
                self.replica.set_meta(_PULL_ALL, "")
        self.replica.settle_unsettled()
        kept = self.replica.meta_items()  # one read, not one per key
        # The server's details as `_follow_event` read them when this pull began (one read
        # per pull; a detail set meanwhile is notified, and the next pull brings it).
        for key, value in self._server_meta.items():
            if key not in _OWN_META and kept.get(key) != value:
                self.replica.set_meta(key, value)
        return added

    def _rows_due(self, fresh: list[LogEntry]) -> set[int]:
        """The guests whose rows a pull of these events asks the server for: those an event
        may have changed beyond the admission (a walk-in, an edit ...), and those this
        replica does not hold yet. A check-in, an undo, a refused scan or a print changes
        nothing but the admission, which the replica settles from its own journal."""
        touched = {e.attendee_id for e in fresh if e.attendee_id is not None}
        changing = {
            e.attendee_id
            for e in fresh
            if e.attendee_id is not None and e.kind not in _ADMISSION_ONLY
        }
        return changing | (touched - self.replica.holds(touched - changing))

    def _download(self, server: PostgresStore) -> int:
        """A new replica's first download: the server's journal, guests and details read
        in one snapshot and written in one transaction (`Replica.start_from`). Cut on the
        way, nothing of it is written, and the replica stays one to download (a desk that
        cannot judge from it: `open`). Returns how many events came."""
        with collector_paused():
            # The event's id before its rows: erased and replaced in between, the replica
            # holds the new rows under the old id, which the next pull finds and mends.
            meta = server.meta_items()
            entries, cursor, rows, horizon = server.snapshot()
        current = meta.get("name_order") == NAME_ORDER_VERSION
        guests = f"{meta.get(EVENT_UID_META, '')}:{horizon}"
        self.replica.start_from(entries, cursor, rows, meta, current, guests)
        self._cursor = cursor
        return len(entries)

    def _upsert_answer(
        self,
        rows: Iterable[Attendee],
        entries: Sequence[LogEntry] = (),
        version: int | None = None,
    ) -> None:
        """Rows as the server answered on the scan path (outside a pull): stored, and
        settled from the journal at the next pull (a pull on the background may have
        settled a newer holder before this answer was written: `Replica.settle_unsettled`).
        `entries`: the events the server journalled with them, in the same commit.
        `version`: the rows' version on the server (a check-in's answer): a newer row a
        pull wrote meanwhile keeps its fields (`Replica._kept`)."""
        self.replica.upsert(rows, unsettled=True, entries=entries, version=version)

    def _pull_guests(self, server: PostgresStore, pending: set[int]) -> None:
        """The guests the server wrote since the replica's guest cursor (what a list
        import changed: `PostgresStore.guests_written`), page by page; every guest, when
        the replica has no cursor for this event (made before guest rows had versions, or
        the event was erased and begun again: its uid changed). Then the cursor moves on.
        Rows are never deleted on the server but by an erase (a removal from the list is
        a status), so a replica with a cursor has no row to drop."""
        uid = server.get_meta(EVENT_UID_META)
        before = server.guest_horizon()
        since = _guests_since(self.replica.get_meta(_GUESTS), uid)
        if since is None:
            self._pull_all(server, pending)
        else:
            for page in server.guests_written(since, before):
                if self._closed.is_set():
                    return
                self._absorb_page(page, pending, before)
        if not self._closed.is_set():
            self.replica.set_meta(_GUESTS, f"{uid}:{before}")

    def _absorb_page(
        self, page: list[Attendee], pending: set[int], horizon: int | None = None
    ) -> None:
        """`horizon`: the page was read when every server transaction before it was done
        (so the guest cursor, set once the pull is done, holds for its rows already)."""
        self.guests_pulled += len(page)
        settle = {a.id for a in page if a.id is not None} | pending
        self.replica.absorb(page, (), settle, horizon=horizon)

    def _pull_all(self, server: PostgresStore, pending: set[int]) -> None:
        """Every guest as the server has them, compared page by page (short transactions:
        the scan path waits for one page at most); guests the server no longer has go."""
        seen: set[int] = set()
        page: list[Attendee] = []
        for guest in server.iter_attendees():
            assert guest.id is not None
            page.append(guest)
            seen.add(guest.id)
            if len(page) >= PAGE_ROWS:
                self._absorb_page(page, pending)
                page = []
        if page:
            self._absorb_page(page, pending)
        self.replica.drop_except(seen)

    # -- the scan path ---------------------------------------------------------------
    @contextlib.contextmanager
    def scan_deadline(self) -> Iterator[None]:
        """One deadline (`deadline_s`) for every server call of one scan, end to end: a
        lookup the replica cannot answer, the check-in, and, once the server has answered,
        the scan's journal entries go to the outbox (uploaded by the background at once)
        rather than taking a second round trip. The server's calls share less than the
        deadline (`server_share`): what the scan does besides (the offline decision's
        durable commit) comes within it too. A block inside another keeps its end."""
        self._no_event()  # erased: no scan is decided from what this desk had
        budget = self._scan_budget
        if getattr(budget, "until", None) is not None:
            yield
            return
        started = time.monotonic()
        budget.until = started + self.deadline_s
        budget.server_until = started + self.server_share_s()
        budget.waited = 0.0
        budget.asked = False
        try:
            yield
        finally:
            self._own_work.append(time.monotonic() - started - budget.waited)
            budget.until = None
            budget.server_until = None
            budget.asked = False

    def server_share_s(self) -> float:
        """What a scan starting now leaves the server of `deadline_s`."""
        return server_share(self.deadline_s, tuple(self._own_work))

    def _time_left(self) -> float:
        """What the scan under way has left of the server's share of its deadline (that
        share of `deadline_s` outside a scan)."""
        until = getattr(self._scan_budget, "server_until", None)
        share = self.server_share_s()
        if until is None:
            return share
        return min(share, until - time.monotonic())

    @contextlib.contextmanager
    def _asking(self, server: PostgresStore) -> Iterator[None]:
        """A server call of the scan under way, within what the scan has left for the
        server; the wait (up to that end, not a late wake-up past it) is kept apart from
        the scan's own work."""
        left = self._time_left()
        started = time.monotonic()
        try:
            with server.deadline(left):
                yield
        finally:
            budget = self._scan_budget
            if getattr(budget, "until", None) is not None:
                budget.waited += max(0.0, min(time.monotonic(), started + left) - started)

    def _answered(self) -> None:
        """The server answered the scan under way."""
        if getattr(self._scan_budget, "until", None) is not None:
            self._scan_budget.asked = True

    def _answering(self, attendee_id: int | None = None) -> PostgresStore | None:
        """The scan connection while online, for a guest the server knows (not a walk-in
        added here offline), while the scan under way has time left; None: decide here."""
        if attendee_id is not None and attendee_id < 0:
            return None
        if self._scan is None and self._link is not self and self._link._scan is not None:
            self._scan = self._link._scan.reopen_later()  # a worker's own, connected in time
        server = self._scan
        if not self.online or server is None or self._time_left() <= 0:
            return None
        return server

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
        """Online, the server decides, on the guest as it holds them (a re-import this
        replica has not pulled yet answers `changed`, stored here before the rules judge
        that row); offline, the replica."""
        self._no_event()
        event_id = event_id or journal.new_event_id()
        server = self._answering(attendee_id)
        if (
            server is not None
            and judged is not None
            and judged.checked_in is not None
            and self.replica.admitted_here_unsent(attendee_id)
        ):
            # Admitted at this desk offline, not uploaded yet: in, whatever the server says.
            return replace(
                self.replica.decide_offline(
                    attendee_id, at, desk, operator, raw_input, kind, source, event_id, judged
                ),
                offline=False,
            )
        if server is not None:
            try:
                with self._asking(server):
                    result = server.check_in(
                        attendee_id, at, desk, operator, raw_input, kind, source, event_id, judged
                    )
            except NoSuchGuest as exc:
                # The server has no such guest: its event is not the one this replica is of
                # (erased or replaced, not pulled yet). Never decided from the old copy.
                self._owe_pull()
                raise EventChanged(
                    "the event changed on the server (erased or replaced at another desk); "
                    "this desk is catching up: scan again in a moment"
                ) from exc
            except StoreError:
                self._went_offline()
            else:
                self._answered()
                self._mirror(attendee_id, result, raw_input, kind, source, event_id)
                return result
        decided = self.replica.decide_offline(
            attendee_id, at, desk, operator, raw_input, kind, source, event_id, judged
        )
        if self.online:
            self._link._wake.set()  # decided here while online (no time left): upload it now
        self._tell()
        return decided

    def _mirror(
        self,
        attendee_id: int,
        result: CheckInResult,
        raw_input: str,
        kind: LogKind,
        source: ScanSource,
        event_id: str,
    ) -> None:
        """What the server decided, in the replica at once (the next lookup is local): the
        guest as the server answered them (`CheckInResult.row`: a re-import not pulled yet
        is in it), else the replica's row with the server's admission."""
        if result.changed is not None:
            self._upsert_answer([result.changed], version=result.version)
            return
        guest = result.row or self.replica.get_attendee(attendee_id)
        if guest is None:
            return
        row = replace(guest, checked_in=result.state)
        # The answer's row, unless a pull wrote a newer one since the server read it.
        version = result.version if result.row is not None else None
        if not result.admitted:
            self._upsert_answer([row], version=version)
            return
        assert result.state is not None
        entry = LogEntry(
            at=result.state.at,
            kind=kind,
            desk=result.state.desk,
            operator=result.state.operator,
            raw_input=raw_input,
            result=Outcome.ADMITTED,
            attendee_id=attendee_id,
            code=guest.code,
            source=source,
            event_id=event_id,
        )
        self.replica.absorb([row], [entry], version=version)

    def append_log(self, entry: LogEntry) -> None:
        self._no_event()
        server = self._answering(entry.attendee_id)
        if server is not None and getattr(self._scan_budget, "asked", False):
            # The scan's verdict is the server's already: its record (a refusal, an
            # override) is uploaded by the background, not a second round trip now.
            self.replica.journal_offline(entry)
            self._link._wake.set()
            self._tell()
            return
        if server is not None:
            try:
                with self._asking(server):
                    if entry.kind is LogKind.EDIT:
                        server.merge([entry])  # its values, unless a later edit set them
                    else:
                        server.append_log(entry)
            except StoreError:
                self._went_offline()
            else:
                self.replica.absorb((), [entry])
                return
        self.replica.journal_offline(entry)
        self._tell()

    def undo_check_in(
        self,
        attendee_id: int,
        at: datetime,
        desk: str,
        operator: str,
        event_id: str | None = None,
    ) -> CheckInState | None:
        """Online, the server undoes; offline, the replica (uploaded later). An undo revokes
        the admission its desk showed, named by event id (`journal.admissions`)."""
        self._no_event()
        event_id = event_id or journal.new_event_id()
        server = self._answering(attendee_id)
        if server is not None:
            try:
                with self._asking(server):
                    undone = server.undo_check_in(attendee_id, at, desk, operator, event_id)
            except StoreError:
                self._went_offline()
            else:
                # Nothing to undo on the server (another desk undid it a moment ago, not
                # pulled here yet): nothing journalled there, so nothing here either.
                if undone is not None:
                    self.replica.undo_offline(
                        attendee_id, at, desk, operator, event_id, queue=False
                    )
                return undone
        undone = self.replica.undo_offline(attendee_id, at, desk, operator, event_id, queue=True)
        self._tell()
        return undone

    def add_attendee(self, attendee: Attendee) -> Attendee:
        """Online, the server adds the guest; offline, a walk-in is added here (with an id of
        the replica's own until its upload); other additions need the server."""
        self._no_event()
        server = self._answering()
        if server is not None:
            try:
                with self._asking(server):
                    stored = server.add_attendee(attendee)
            except StoreError:
                self._went_offline()
            else:
                self._upsert_answer([stored])
                return stored
        if not attendee.walk_in:
            raise self._needs_server("Adding a guest who is not a walk-in")
        return self.replica.add_local(attendee)

    def update_attendee(self, attendee: Attendee, edit: LogEntry | None = None) -> Attendee:
        """Online, the server stores the correction (with `edit`, its EDIT event, in one
        transaction there; the row and the event then in one commit here); offline, the
        replica, the row and the event in one commit with its place in the outbox (the
        event carries the new values up on reconnect)."""
        self._no_event()
        server = self._answering(attendee.id)
        if server is not None:
            try:
                with self._asking(server):
                    stored, version = server.update_attendee_versioned(attendee, edit)
            except StoreError:
                self._went_offline()
            else:
                self._upsert_answer([stored], () if edit is None else (edit,), version)
                return stored
        if edit is None:
            return self.replica.update_attendee(attendee)
        return self.replica.edit_offline(attendee, edit)

    # -- what only the server does ----------------------------------------------------
    def _needs_server(self, what: str) -> NeedsServer:
        offline_since = self._link.offline_since
        since = offline_since.strftime("%H:%M") if offline_since else "now"
        return NeedsServer(
            f"{what} needs the server at {self.path}, which has not answered since {since}; "
            "nothing was changed. Try again once the desk is online again (it reconnects by "
            "itself), or run 'checkin sync' to try now."
        )

    def _on_server(self, call: Callable[[PostgresStore], Any], what: str) -> Any:
        """A change only the server makes: refused at once while offline; at a window
        (`write_deadline_s`) never longer than that bound."""
        if self.offline:
            raise self._needs_server(what)
        bound = self.write_deadline_s
        if bound is None:
            with self._lock:
                try:
                    server = self._live_server()
                    done = call(server)
                except StoreError:
                    self._went_offline_locked()
                    raise
                self._pull(server)
                return done
        until = time.monotonic() + bound  # one bound for the wait, the change and the pull
        if not self._lock.acquire(timeout=bound):
            raise self._needs_server(what)
        try:
            try:
                server = self._live_server()
                with server.deadline(until - time.monotonic()):
                    done = call(server)
            except StoreError as exc:
                self._went_offline_locked()
                raise NeedsServer(str(exc)) from exc
            left = until - time.monotonic()
            if left <= 0:  # done on the server: the background pulls it
                self._owe_pull()
                return done
            try:
                with server.deadline(left):
                    self._pull(server)
            except StoreError:  # done on the server: the replica follows at the next sync
                self._went_offline_locked()
            return done
        finally:
            self._lock.release()

    def set_meta(self, key: str, value: str) -> None:
        self._on_server(lambda s: s.set_meta(key, value), "Changing the event's details")
        self.replica.set_meta(key, value)

    def apply_import(self, plan: ImportPlan, at: datetime) -> list[Attendee]:
        added: list[Attendee] = self._on_server(
            lambda s: s.apply_import(plan, at), "Importing a list"
        )
        return added

    def erase(self) -> None:
        """The event everywhere this desk copied it: on the server, and the replica file
        (`_forget`, with its outbox, and the folder's other replicas of the event); the
        other desks erase theirs when they find it gone from the server (`_follow_event`)."""

        def erase_on(server: PostgresStore) -> None:
            server.erase()
            self._forget("erased", here=True)

        self._on_server(erase_on, "Erasing the event")

    def _erase_other_replicas(self, uid: str) -> None:
        """The desk folder's other replicas of the event `uid` (one made for another address
        of the server: a host name, an IP, a proxy's port), wiped as `checkin erase` wipes
        them (`erase.erase_replicas`); this desk's own is erased and holds no id."""
        from checkin.core.erase import erase_replicas

        if uid and self.replica.path != ":memory:":
            erase_replicas(Path(self.replica.path).parent, uid)

    # -- reads: the replica ------------------------------------------------------------
    def get_meta(self, key: str, default: str = "") -> str:
        return self.replica.get_meta(key, default)

    def count_attendees(self) -> int:
        return self.replica.count_attendees()

    def get_attendee(self, attendee_id: int) -> Attendee | None:
        return self.replica.get_attendee(attendee_id)

    def get_attendees(self, ids: Iterable[int]) -> dict[int, Attendee]:
        return self.replica.get_attendees(ids)

    def find_by_code(self, code: str) -> list[Attendee]:
        return self.replica.find_by_code(code)

    def find_by_code_casefold(self, code: str) -> list[Attendee]:
        found = self.replica.find_by_code_casefold(code)
        server = self._answering()
        if found or server is None:
            return found
        # A code the replica does not know may be another desk's walk-in a moment ago (before
        # its notification arrived): the server is asked (within the deadline), never a
        # refusal from a stale copy while it answers.
        try:
            with self._asking(server):
                fresh = server.find_by_code_casefold(code)
        except StoreError:
            self._went_offline()
            return found
        self._answered()
        if fresh:
            self._upsert_answer(fresh)
        return fresh

    def find_by_order_code(self, order_code: str) -> list[Attendee]:
        return self.replica.find_by_order_code(order_code)

    def find_by_registration_id(self, registration_id: str) -> list[Attendee]:
        return self.replica.find_by_registration_id(registration_id)

    def iter_attendees(self) -> Iterator[Attendee]:
        return self.replica.iter_attendees()

    def attendee_ids(self) -> list[int]:
        return self.replica.attendee_ids()

    def log_for(self, attendee_id: int) -> list[LogEntry]:
        return self.replica.log_for(attendee_id)

    def search(self, query: str, limit: int = 50) -> list[Attendee]:
        return self.replica.search(query, limit)

    def iter_log(self) -> Iterator[LogEntry]:
        return self.replica.iter_log()

    def last_log_entry(
        self, kind: LogKind, desk: str | None = None, attendee_id: int | None = None
    ) -> LogEntry | None:
        return self.replica.last_log_entry(kind, desk, attendee_id)

    def stats(self) -> Stats:
        return self.replica.stats()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Own writes arrive on the calling thread; other desks' (pulled by the background)
        on the desk's sync thread."""
        return self.replica.subscribe(listener)


class _KeptPassword:
    """The password a person typed at start: in memory only, asked at most once, then
    given to every reconnect (the background's, a worker's) without asking again."""

    def __init__(self, prompt: Callable[[str], str | None] | None) -> None:
        self._prompt = prompt
        self.value: str | None = None

    def ask(self, address: str) -> str | None:
        if self.value is None and self._prompt is not None:
            self.value = self._prompt(address) or None
        return self.value

    def kept(self, _address: str) -> str | None:
        return self.value


def _guests_since(text: str, uid: str) -> int | None:
    """The stored guest cursor (meta _GUESTS) of the event `uid`; None: pull every guest."""
    stored_uid, sep, xid = text.rpartition(":")
    if not sep or stored_uid != uid:
        return None
    try:
        return int(xid)
    except ValueError:
        return None


def _event_of(text: str) -> dict[str, Any]:
    """The stored fate of a replica's event (meta _EVENT); {} while it holds its event."""
    try:
        found = json.loads(text) if text else {}
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _time_of(text: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if isinstance(text, str) and text else None
    except ValueError:
        return None


def _offset_of(text: str) -> float | None:
    """The stored clock offset; None when none was measured yet."""
    try:
        return float(text) if text else None
    except ValueError:
        return None


def _queue(cur: Any, event_id: str, admission: bool = False) -> None:
    """An event decided here, kept for upload (`admission`: a check-in or a walk-in's, for
    the count the desk shows: `Replica.count_waiting`)."""
    cur.execute(
        "INSERT OR IGNORE INTO outbox (event_id, admission) VALUES (?, ?)",
        (event_id, int(admission)),
    )


def _cursor_of(text: str) -> tuple[int, int]:
    """The stored cursor; a replica made before commit-order cursors pulls all again."""
    xid, _, log_id = text.partition(":")
    try:
        return (int(xid), int(log_id)) if log_id else (0, 0)
    except ValueError:
        return (0, 0)
