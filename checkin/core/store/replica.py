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

import hashlib
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from checkin.core import journal
from checkin.core.clock import Clock, system_clock
from checkin.core.model import Attendee, CheckInState, LogEntry, LogKind, Outcome, ScanSource
from checkin.core.store.base import (
    Change,
    CheckInResult,
    DeskState,
    ImportPlan,
    Listener,
    NeedsServer,
    StateListener,
    Stats,
    StoreError,
)
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.rows import WRITE_FIELDS, attendee_values
from checkin.core.store.sqlite import SQLiteStore
from checkin.core.store.sqlite_search import INSERT_SQL as _INDEX_SQL
from checkin.core.store.sqlite_search import index_row, unindex

log = logging.getLogger(__name__)

#: Meta keys that describe the replica itself, never copied from the server.
_OWN_META = frozenset({"replica_cursor", "search_fold", "name_order", "server_asks_password"})

#: How long a scan waits for the server before the desk decides from its replica.
DEFAULT_DEADLINE_S = 0.3
#: How often the server is tried in the background: again while offline, and while online
#: whether it still answers (so the desk says "offline" before the next scan finds out).
PROBE_EVERY_S = 2.0
#: How long writes that need the server (undo, walk-in, edit, event details) may wait
#: for it at the window before they give up with `NeedsServer`.
WRITE_DEADLINE_S = 1.0
#: Online, how often the probe asks whether the server still answers, and how long it waits.
HEARTBEAT_EVERY_S = 1.0
HEARTBEAT_DEADLINE_S = 1.0

_UPSERT_SQL = (
    f"INSERT OR REPLACE INTO attendees (id, {', '.join(WRITE_FIELDS)}, "
    "checked_in_at, checked_in_desk, checked_in_operator) "
    f"VALUES (?, {', '.join('?' * len(WRITE_FIELDS))}, ?, ?, ?)"
)


def replica_path(folder: Path, server: str) -> Path:
    """The replica of the event at `server` (its address without password) in `folder`."""
    digest = hashlib.sha256(server.encode()).hexdigest()[:16]
    return folder / f"replica-{digest}.sqlite3"


class Replica(SQLiteStore):
    """The desk's SQLite copy of a shared event, with the outbox of its offline decisions."""

    def upsert(self, attendees: Iterable[Attendee], everything: bool = False) -> None:
        """Store attendees as the server has them (ids, check-in included).

        `everything`: these are all of them; rows the server no longer has go.
        """
        rows = list(attendees)

        def work(cur: Any) -> tuple[None, Change]:
            if everything:
                cur.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
                cur.execute("DELETE FROM attendees")
            for a in rows:
                assert a.id is not None
                if not everything:
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
            ids = tuple(a.id for a in rows if a.id is not None)
            return None, Change(attendee_ids=() if everything else ids, reset=everything)

        self._write(work)

    def add_events(self, entries: Iterable[LogEntry]) -> int:
        """Journal events made elsewhere (the server's), each once; returns how many were new."""
        fresh = list(entries)

        def work(cur: Any) -> tuple[int, Change | None]:
            added = 0
            for entry in fresh:
                if cur.execute(
                    "SELECT 1 FROM log WHERE event_id = ?", (entry.event_id,)
                ).fetchone():
                    continue
                self._append(cur, entry)
                added += 1
            return added, Change(log_appended=True) if added else None

        added: int = self._write(work)
        return added

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
    ) -> CheckInResult:
        """First wins, by what this desk knows; journalled and queued in one commit."""

        def work(cur: Any) -> tuple[CheckInResult, Change | None]:
            result = self._admit(
                cur, attendee_id, at, desk, operator, raw_input, kind, source, event_id
            )
            if not result.admitted:
                return result, None
            cur.execute("INSERT OR IGNORE INTO outbox (event_id) VALUES (?)", (event_id,))
            return result, Change(attendee_ids=(attendee_id,), log_appended=True)

        result: CheckInResult = self._write(work)
        return replace(result, offline=True)

    def journal_offline(self, entry: LogEntry) -> None:
        """A refused scan decided offline: journalled here, uploaded later."""

        def work(cur: Any) -> tuple[None, Change]:
            self._append(cur, entry)
            cur.execute("INSERT OR IGNORE INTO outbox (event_id) VALUES (?)", (entry.event_id,))
            ids = (entry.attendee_id,) if entry.attendee_id is not None else ()
            return None, Change(ids, log_appended=True)

        self._write(work)

    def pending(self) -> list[LogEntry]:
        """Events decided here that the server does not have yet, oldest first."""
        from checkin.core.store.rows import LOG_COLUMNS

        rows = self._select(
            f"SELECT {LOG_COLUMNS} FROM log WHERE event_id IN (SELECT event_id FROM outbox) "
            "ORDER BY id"
        )
        return [self._entry(r) for r in rows]

    def count_pending(self) -> int:
        rows = self._select("SELECT COUNT(*) FROM outbox")
        return int(rows[0][0]) if rows else 0

    def uploaded(self, event_id: str) -> None:
        self._write(
            lambda cur: (cur.execute("DELETE FROM outbox WHERE event_id = ?", (event_id,)), None)
        )

    def refresh_presence(self, ids: Iterable[int]) -> None:
        """Set these attendees' cached admission to what the journal says (journal.presence)."""
        changed = []
        for attendee_id in set(ids):
            inside = journal.presence(self.log_for(attendee_id)).get(attendee_id)
            guest = self.get_attendee(attendee_id)
            if guest is not None and guest.checked_in != inside:
                changed.append((attendee_id, inside))
        if not changed:
            return

        def work(cur: Any) -> tuple[None, Change]:
            for attendee_id, state in changed:
                cur.execute(
                    "UPDATE attendees SET checked_in_at = ?, checked_in_desk = ?, "
                    "checked_in_operator = ? WHERE id = ?",
                    (
                        state.at.isoformat() if state else None,
                        state.desk if state else None,
                        state.operator if state else None,
                        attendee_id,
                    ),
                )
            return None, Change(attendee_ids=tuple(i for i, _ in changed))

        self._write(work)


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
        #: Serialises syncs and the writes that need the server (held across network calls).
        self._lock = threading.RLock()
        #: Guards the online state only: the scan path takes it, never across a network call.
        self._state = threading.Lock()
        #: The scan path's own connection: a sync or an import on `_server` never holds it up.
        self._scan: PostgresStore | None = None
        self.offline_since: datetime | None = None if server is not None else clock()
        self._probe: threading.Thread | None = None
        self._closed = threading.Event()
        #: What every sync since opening did (uploaded, doubles reported, pulled).
        self.synced = {"uploaded": 0, "doubles": 0, "pulled": 0}
        #: The server's journal is in the replica up to this log id (meta "replica_cursor").
        self._cursor = int(replica.get_meta("replica_cursor", "0") or 0)
        self._state_listeners: list[StateListener] = []
        self._told: DeskState | None = None
        #: Double admissions pulled since the listeners were last told.
        self._new_doubles: list[LogEntry] = []

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
        known = path.exists()
        password = _KeptPassword(ask_password)
        try:
            server: PostgresStore | None = PostgresStore.open(url, password.ask, known)
        except StoreError:
            if not known:
                raise
            server = None
        replica = Replica.open(path)
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
            else:
                desk._start_probe()
        except StoreError:
            if not known:
                desk.close()
                raise
            desk._went_offline()
        desk._start_probe()
        return desk

    def close(self) -> None:
        self._closed.set()
        probe = self._probe
        if probe is not None:
            probe.join(timeout=10)
        with self._lock:
            for server in (self._server, self._scan):
                if server is not None:
                    server.close()
            self.replica.close()

    def reopen(self) -> DeskStore:
        """A worker's desk (an import, the counters): it reads the replica on a connection
        of its own, and what needs the server goes on a server connection of its own, made
        when first needed with this desk's login (a password typed at start included).
        Nothing of it runs in the background; what it decides offline waits in the outbox
        this desk uploads."""
        worker = DeskStore(
            None,
            Replica.open(self.replica.path),
            self.url,
            self.deadline_s,
            self._connect,
            clock=self._clock,
        )
        worker.path = self.path
        return worker

    # -- online and offline ----------------------------------------------------------
    @property
    def online(self) -> bool:
        return self.offline_since is None

    @property
    def offline(self) -> bool:
        return self.offline_since is not None

    def state(self) -> DeskState:
        """Local only (the outbox is counted in the replica): safe on the GUI thread."""
        return DeskState(self.online, self.offline_since, self.replica.count_pending())

    def watch_state(self, listener: StateListener) -> Callable[[], None]:
        """Call `listener` whenever the desk's state changes (on the thread that changed it:
        the probe's, or the scan's); returns an unwatch function."""
        self._state_listeners.append(listener)

        def unwatch() -> None:
            if listener in self._state_listeners:
                self._state_listeners.remove(listener)

        return unwatch

    def _tell(self) -> None:
        """The state listeners, when something they show changed (or doubles came)."""
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
                log.exception("a desk state listener failed")

    def status(self) -> dict[str, Any]:
        return {
            "server": self.path,
            "online": self.online,
            "offline_since": self.offline_since.isoformat() if self.offline_since else None,
            "waiting": len(self.replica.pending()),
            "replica": self.replica.path,
        }

    def _went_offline(self) -> None:
        with self._state:
            if self.offline_since is None:
                self.offline_since = self._clock()
        self._start_probe()
        self._tell()

    def _start_probe(self) -> None:
        with self._state:
            if self._probe is not None and self._probe.is_alive():
                return
            self._probe = threading.Thread(target=self._probe_loop, name="desk-probe", daemon=True)
            self._probe.start()

    def _probe_loop(self) -> None:
        """Offline: a sync every PROBE_EVERY_S. Online: whether the server still answers
        (HEARTBEAT_EVERY_S), and a sync when something waits in the outbox."""
        while not self._closed.wait(HEARTBEAT_EVERY_S if self.online else PROBE_EVERY_S):
            try:
                if self.offline or self.replica.count_pending():
                    self.sync()
                else:
                    self._heartbeat()
            except StoreError:
                continue
            except Exception:  # noqa: BLE001 - the probe must outlive a bug of one round
                log.exception("the desk's probe failed")

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
                    server.get_meta("")
            except StoreError:
                self._went_offline_locked()
                self._tell()
        finally:
            self._lock.release()

    def _live_server(self) -> PostgresStore:
        with self._lock:
            if self._server is None:
                if self._connect is None:
                    raise StoreError(f"no server for {self.path}")
                self._server = self._connect()
                self.path = self._server.path
            return self._server

    # -- sync ------------------------------------------------------------------------
    def sync(self) -> dict[str, int]:
        """Upload what was decided offline, then pull the server's journal. Raises StoreError
        (and stays offline) when the server does not answer."""
        with self._lock:
            try:
                try:
                    server = self._live_server()
                    uploaded, doubles = self._upload(server)
                except StoreError:
                    # An idle connection the network dropped only fails when used: once more
                    # on a fresh one (uploads replay their event ids, so nothing doubles).
                    server = self._live_server()
                    uploaded, doubles = self._upload(server)
                try:
                    pulled = self._pull(server)
                except StoreError:
                    # With nothing to upload the pull was the dropped connection's first use.
                    pulled = self._pull(self._live_server())
                if self._scan is None:
                    self._scan = server.reopen()
                try:
                    self._scan.get_meta("")  # connected again now, not on the next scan
                except StoreError:
                    self._scan.get_meta("")  # its idle connection had died meanwhile
            except StoreError:
                self._went_offline_locked()
                self._tell()
                raise
            with self._state:
                self.offline_since = None
            done = {"uploaded": uploaded, "doubles": doubles, "pulled": pulled}
            for key, count in done.items():
                self.synced[key] += count
        self._tell()
        return done

    def _went_offline_locked(self) -> None:
        with self._state:
            if self.offline_since is None:
                self.offline_since = self._clock()

    def _upload(self, server: PostgresStore) -> tuple[int, int]:
        uploaded = doubles = 0
        for entry in self.replica.pending():
            if entry.kind in journal.ADMITTING_KINDS and entry.attendee_id is not None:
                result = server.check_in(
                    entry.attendee_id,
                    entry.at,
                    entry.desk,
                    entry.operator,
                    entry.raw_input,
                    entry.kind,
                    entry.source,
                    event_id=entry.event_id,
                )
                if not result.admitted:
                    server.append_log(_double(entry, result.state))
                    doubles += 1
            else:
                server.append_log(entry)
            self.replica.uploaded(entry.event_id)
            uploaded += 1
        return uploaded, doubles

    def _pull(self, server: PostgresStore) -> int:
        """The server's journal since the cursor, and the attendees it touched."""
        fresh = list(server.log_since(self._cursor))
        touched = {e.attendee_id for e in fresh if e.attendee_id is not None}
        if not self._cursor or any(e.kind is LogKind.LIST_IMPORTED for e in fresh):
            self.replica.upsert(server.iter_attendees(), everything=True)
        else:
            self.replica.upsert(server.get_attendees(touched).values())
        added = self.replica.add_events(replace(e, id=None) for e in fresh)
        if added:
            self._new_doubles += [e for e in fresh if e.kind is LogKind.DOUBLE_ADMISSION]
        for key, value in server.meta_items().items():
            if key not in _OWN_META and self.replica.get_meta(key, "\x00") != value:
                self.replica.set_meta(key, value)
        # The server's rows know nothing of what this desk decided and has not uploaded.
        pending = {e.attendee_id for e in self.replica.pending() if e.attendee_id is not None}
        self.replica.refresh_presence(touched | pending)
        if fresh:
            self._cursor = max(e.id or 0 for e in fresh)
            self.replica.set_meta("replica_cursor", str(self._cursor))
        return added

    # -- the scan path ---------------------------------------------------------------
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
    ) -> CheckInResult:
        event_id = event_id or journal.new_event_id()
        server = self._scan
        if self.online and server is not None:
            try:
                with server.deadline(self.deadline_s):
                    result = server.check_in(
                        attendee_id, at, desk, operator, raw_input, kind, source, event_id
                    )
            except StoreError:
                self._went_offline()
            else:
                self._mirror(
                    attendee_id, result, at, desk, operator, raw_input, kind, source, event_id
                )
                return result
        decided = self.replica.decide_offline(
            attendee_id, at, desk, operator, raw_input, kind, source, event_id
        )
        self._tell()
        return decided

    def _mirror(
        self,
        attendee_id: int,
        result: CheckInResult,
        at: datetime,
        desk: str,
        operator: str,
        raw_input: str,
        kind: LogKind,
        source: ScanSource,
        event_id: str,
    ) -> None:
        """What the server decided, in the replica at once (the next lookup is local)."""
        guest = self.replica.get_attendee(attendee_id)
        if guest is not None:
            self.replica.upsert([replace(guest, checked_in=result.state)])
        if result.admitted:
            self.replica.add_events(
                [
                    LogEntry(
                        at=result.state.at,
                        kind=kind,
                        desk=result.state.desk,
                        operator=result.state.operator,
                        raw_input=raw_input,
                        result=Outcome.ADMITTED,
                        attendee_id=attendee_id,
                        code=guest.code if guest else "",
                        source=source,
                        event_id=event_id,
                    )
                ]
            )

    def append_log(self, entry: LogEntry) -> None:
        server = self._scan
        if self.online and server is not None:
            try:
                with server.deadline(self.deadline_s):
                    server.append_log(entry)
            except StoreError:
                self._went_offline()
            else:
                self.replica.add_events([entry])
                return
        self.replica.journal_offline(entry)
        self._tell()

    # -- writes that need the server ------------------------------------------------------
    def _on_server(self, call: Callable[[PostgresStore], Any]) -> Any:
        bound = self.write_deadline_s
        if bound is None:
            with self._lock:
                try:
                    server = self._live_server()
                    done = call(server)
                except StoreError as exc:
                    self._went_offline_locked()
                    raise NeedsServer(str(exc)) from exc
                self._pull(server)
                return done
        # At a window: never longer than the bound, and not at all while offline.
        if self.offline or not self._lock.acquire(timeout=bound):
            raise NeedsServer(f"the server at {self.path} does not answer; nothing was changed")
        try:
            try:
                server = self._live_server()
                with server.deadline(bound):
                    done = call(server)
            except StoreError as exc:
                self._went_offline_locked()
                self._tell()
                raise NeedsServer(str(exc)) from exc
            try:
                with server.deadline(bound):
                    self._pull(server)
            except StoreError:  # done on the server: the replica follows at the next sync
                self._went_offline_locked()
                self._tell()
            return done
        finally:
            self._lock.release()

    def set_meta(self, key: str, value: str) -> None:
        self._on_server(lambda s: s.set_meta(key, value))
        self.replica.set_meta(key, value)

    def add_attendee(self, attendee: Attendee) -> Attendee:
        stored: Attendee = self._on_server(lambda s: s.add_attendee(attendee))
        self.replica.upsert([stored])
        return stored

    def update_attendee(self, attendee: Attendee) -> Attendee:
        stored: Attendee = self._on_server(lambda s: s.update_attendee(attendee))
        self.replica.upsert([stored])
        return stored

    def apply_import(self, plan: ImportPlan, at: datetime) -> list[Attendee]:
        added: list[Attendee] = self._on_server(lambda s: s.apply_import(plan, at))
        return added

    def undo_check_in(
        self,
        attendee_id: int,
        at: datetime,
        desk: str,
        operator: str,
        event_id: str | None = None,
    ) -> CheckInState | None:
        undone: CheckInState | None = self._on_server(
            lambda s: s.undo_check_in(attendee_id, at, desk, operator, event_id)
        )
        return undone

    def erase(self) -> None:
        """The event everywhere this desk copied it: on the server, and the replica file."""
        self._on_server(lambda s: s.erase())  # at a window: bounded, refused while offline
        with self._lock:
            self.replica.erase()
            self._cursor = 0

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
        server = self._scan
        if found or not self.online or server is None:
            return found
        # A code the replica does not know may be another desk's walk-in or a list imported
        # since the last sync: the server is asked (within the deadline), never a refusal
        # from a stale copy while it answers.
        try:
            with server.deadline(self.deadline_s):
                fresh = server.find_by_code_casefold(code)
        except StoreError:
            self._went_offline()
            return found
        if fresh:
            self.replica.upsert(fresh)
        return fresh

    def find_by_order_code(self, order_code: str) -> list[Attendee]:
        return self.replica.find_by_order_code(order_code)

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
        return self.replica.subscribe(listener)


class _KeptPassword:
    """The password a person typed at start: in memory only, asked at most once, then
    given to every reconnect (the probe's, a worker's) without asking again."""

    def __init__(self, prompt: Callable[[str], str | None] | None) -> None:
        self._prompt = prompt
        self.value: str | None = None

    def ask(self, address: str) -> str | None:
        if self.value is None and self._prompt is not None:
            self.value = self._prompt(address) or None
        return self.value

    def kept(self, _address: str) -> str | None:
        return self.value


def _double(entry: LogEntry, first: CheckInState) -> LogEntry:
    """The report of a ticket admitted here offline and elsewhere meanwhile."""
    earlier = first if first.at <= entry.at else CheckInState(entry.at, entry.desk, entry.operator)
    other = CheckInState(entry.at, entry.desk, entry.operator) if earlier is first else first
    return LogEntry(
        at=entry.at,
        kind=LogKind.DOUBLE_ADMISSION,
        desk=entry.desk,
        operator=entry.operator,
        result=Outcome.ADMITTED,
        attendee_id=entry.attendee_id,
        code=entry.code,
        source=entry.source,
        detail=journal.make_detail(
            {
                "admission": {
                    "at": earlier.at.isoformat(),
                    "desk": earlier.desk,
                    "operator": earlier.operator,
                },
                "double": {
                    "at": other.at.isoformat(),
                    "desk": other.desk,
                    "operator": other.operator,
                },
                "event_id": entry.event_id,
            }
        ),
        event_id=journal.new_event_id(),
    )
