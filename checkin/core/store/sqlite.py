"""One event in one SQLite file: the single-desk (and default) backend.

Durability is the point: WAL with `synchronous=FULL` means a check-in that
`check_in` returned is in the WAL and fsynced, so a crash or `kill -9` an
instant later loses nothing. The file is created owner-only (GDPR: it holds
personal data). One connection, guarded by a lock, serves every thread.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, Self, TypeVar

from checkin.core import forking
from checkin.core import search as folding
from checkin.core.bulk import collector_paused
from checkin.core.model import Attendee, LogKind, ScanSource, Status
from checkin.core.store import sqlite_search
from checkin.core.store.base import (
    Change,
    ImportPlan,
    StoreError,
)
from checkin.core.store.migrations import (
    ORDER_CODE_INDEXES,
    ORDER_CODE_VALUES,
    is_foreign,
    migrate,
)
from checkin.core.store.rows import (
    NAME_ORDER_VERSION,
    SORT_KEYS_SQL,
    WRITE_FIELDS,
    attendee_values,
    sort_key,
    stale_sort_keys,
)
from checkin.core.store.sql import SQLStore, Work, quietly

# SQLite stores a bool as 0/1 either way; with an adapter registered, binding one no
# longer tries (and fails) __conform__ first: 0.3 s of a 200,000-row import.
sqlite3.register_adapter(bool, int)

_MATCH_SQL = "SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT ?"


_INDEX_SQL = sqlite_search.INSERT_SQL
_INSERT_WITH_ID_SQL = (
    f"INSERT INTO attendees (id, {', '.join(WRITE_FIELDS)}) "
    f"VALUES (?, {', '.join('?' * len(WRITE_FIELDS))})"
)
_BULK_INDEX_THRESHOLD = 20_000
#: Must match migrations.py: dropped and rebuilt around a first big import.
_ATTENDEE_INDEXES = (
    ("attendees_code_fold", "CREATE INDEX attendees_code_fold ON attendees (code_fold)"),
    ("attendees_sort", "CREATE INDEX attendees_sort ON attendees (sort_key, id)"),
    (
        "attendees_stats",
        "CREATE INDEX attendees_stats "
        "ON attendees (category, status, walk_in, checked_in_at IS NOT NULL)",
    ),
    *ORDER_CODE_INDEXES,
)


#: How long a write waits for another connection's transaction (an import's part, another
#: process) before it fails "busy" (s).
WRITE_WAIT_S = 10.0
#: How often a waiting statement tries again (s). SQLite's own busy handler sleeps up to
#: 100 ms between tries and kept missing the short gaps between an import's parts.
_RETRY_S = 0.0005
#: The WAL is cut back to this size whenever it starts over (bytes): after a big
#: transaction its frames (names, e-mails) do not linger in a WAL file of 100 MB. Above
#: the ~4 MB that the autocheckpoint (1000 pages) lets it reach in normal operation, so
#: the desk's WAL is reused in place: cut back to 1 MB, it grew again on most check-ins,
#: and a commit that grows a file costs more (scan p50 3.6 ms instead of 2.2 ms, loaded).
JOURNAL_SIZE_LIMIT = 8 << 20


def _busy(exc: sqlite3.Error) -> bool:
    return getattr(exc, "sqlite_errorcode", None) in (
        sqlite3.SQLITE_BUSY,
        sqlite3.SQLITE_LOCKED,
    ) or "locked" in str(exc)


def _patiently(run: Callable[[], Any], wait_s: float) -> Any:
    """`run()`, tried again every _RETRY_S while the database is busy, for `wait_s`."""
    try:
        return run()
    except sqlite3.OperationalError as exc:
        if not _busy(exc):
            raise
    give_up = time.monotonic() + wait_s
    while True:
        time.sleep(_RETRY_S)
        try:
            return run()
        except sqlite3.OperationalError as exc:
            if not _busy(exc) or time.monotonic() > give_up:
                raise


_index_row = sqlite_search.index_row
#: A row of a bulk load, in whatever shape its caller reads it.
R = TypeVar("R")
_CHUNK = 10_000
IndexRow = sqlite_search.IndexRow


@contextmanager
def _index_rows_beside(
    rows: Sequence[R], words: Callable[[R], IndexRow]
) -> Iterator[Iterator[IndexRow]]:
    """Fold the search words (`words(row)`) in a forked child while this process inserts
    the attendees.

    Folding is pure Python (GIL-bound, so a thread does not help) and the
    attendee insert is SQLite: on two cores they overlap (checkin.core.forking).
    When the words are wanted, whatever the child did not deliver (no fork
    here, the child died) is folded in this process: the result is always complete.
    """
    if not forking.can_fork():
        yield map(words, rows)
        return

    def fold() -> Iterator[list[IndexRow]]:
        for start in range(0, len(rows), _CHUNK):
            yield [words(r) for r in rows[start : start + _CHUNK]]

    def received(child: forking.Child) -> Iterator[IndexRow]:
        done = 0
        for chunk in child.chunks():
            done += len(chunk)
            yield from chunk
        yield from map(words, rows[done:])

    try:
        child = forking.Child(fold)
    except OSError:
        yield map(words, rows)
        return
    with child:
        yield received(child)


def _words_of_triple(row: tuple[int, Attendee, str]) -> IndexRow:
    return _index_row(row[0], row[1])


def _values_of_triple(row: tuple[int, Attendee, str]) -> tuple[Any, ...]:
    return (row[0], *attendee_values(row[1], row[2]))


_FTS_TOKEN = re.compile(r"[^\W_]+")


def _resort(cur: sqlite3.Cursor) -> None:
    """Recompute the stored name order (see `rows.NAME_ORDER_VERSION`)."""
    stale = stale_sort_keys(cur.execute(SORT_KEYS_SQL))
    cur.executemany("UPDATE attendees SET sort_key = ? WHERE id = ?", stale)
    cur.execute(sqlite_search.SET_META_SQL, ("name_order", NAME_ORDER_VERSION))


def _fts_phrase(word: str) -> str:
    """A folded word as an FTS5 string literal (never FTS5 syntax, whatever was typed)."""
    return '"' + word.replace('"', '""') + '"'


def _storage_error(exc: sqlite3.Error, path: str) -> StoreError:
    text = str(exc).lower()
    if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "disk is full" in text:
        return StoreError(
            f"The disk holding {path} is full. Free some space; nothing already saved is lost."
        )
    if "readonly" in text or "read-only" in text:
        return StoreError(f"{path} is read-only. Check the file's permissions.")
    if "locked" in text or "busy" in text:
        return StoreError(f"{path} is busy (another program is writing). Try again.")
    if "not a database" in text or "malformed" in text:
        return StoreError(f"{path} is not a checkin database or is damaged.")
    return StoreError(f"Database error on {path}: {exc}")


def _secure_create(path: Path) -> None:
    """Create a new file and its folder owner-only before SQLite ever touches it.

    An existing file is left as it is until it has proved to be an event database
    (a guest list given as --db by mistake keeps its permissions).
    """
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_RDWR | os.O_EXCL, 0o600)
    os.close(fd)


class SQLiteStore(SQLStore):
    """`checkin.core.store.base.Store` on a local SQLite file: `sql.SQLStore` plus SQLite's
    dialect (one connection under a lock, ISO times, FTS5 search, a forked fold for big
    imports)."""

    ORDER_CODE_SQL = " OR ".join(f"{value} = ?" for value in ORDER_CODE_VALUES)

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        super().__init__()
        self._conn = conn
        self.path = path
        #: How long a statement waits for another connection's write (s).
        self.write_wait_s = WRITE_WAIT_S

    # -- opening -----------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path) -> Self:
        path = Path(path)
        try:
            if str(path) != ":memory:":
                _secure_create(path)
            conn = sqlite3.connect(
                str(path), isolation_level=None, check_same_thread=False, timeout=10
            )
        except sqlite3.Error as exc:
            raise _storage_error(exc, str(path)) from exc
        except OSError as exc:
            raise StoreError(f"Cannot open {path}: {exc.strerror or exc}") from exc
        try:
            if is_foreign(conn):  # before any pragma: the file must stay exactly as it is
                raise StoreError(
                    f"{path} is another program's database, not a checkin event; it was left "
                    "unchanged. Choose the event's file, or a new file name for a new event."
                )
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA secure_delete=ON")
            conn.execute("PRAGMA cache_size=-65536")
            conn.execute(f"PRAGMA journal_size_limit={JOURNAL_SIZE_LIMIT}")
            migrate(conn)
        except BaseException as exc:
            conn.close()
            if isinstance(exc, sqlite3.Error):
                raise _storage_error(exc, str(path)) from exc
            raise
        for side in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if str(side) != ":memory:" and side.exists():
                os.chmod(side, stat.S_IRUSR | stat.S_IWUSR)
        store = cls(conn, str(path))
        if not sqlite_search.folded_as_now(conn):  # another Python's Unicode, another fold
            try:
                store._write(quietly(sqlite_search.rebuild))
            except BaseException:
                store.close()
                raise
        if store.get_meta("name_order") != NAME_ORDER_VERSION:
            try:
                store._write(quietly(_resort))
            except BaseException:
                store.close()
                raise
        return store

    def reopen(self) -> SQLiteStore | None:
        """A second connection to the same file, for a worker thread (None in memory).

        In WAL mode its readers never wait for this connection's writer, nor the other
        way round; two writers take turns (`timeout`).
        """
        if self.path == ":memory:":
            return None
        return SQLiteStore.open(self.path)

    def erase(self) -> None:
        """Wipe the event (GDPR, `checkin.core.erase`) and go on with an empty one in its place."""
        from checkin.core.erase import erase_event, wipe

        with self._lock:
            if self.path != ":memory:":
                self._conn.execute("PRAGMA busy_timeout=5000")  # other readers finish
                try:
                    wipe(self._conn, self.path)
                except sqlite3.Error as exc:
                    raise _storage_error(exc, self.path) from exc
            self._conn.close()
            if self.path != ":memory:":
                erase_event(self.path)
            fresh = SQLiteStore.open(self.path)
            self._conn = fresh._conn
        self._notify(Change(reset=True, log_appended=True))

    def checkpoint(self) -> None:
        """Copy the WAL into the database and cut it to nothing, where no reader holds it.

        After an import and at close: the WAL then keeps no names of normal operation
        once they are in the database (where secure_delete overwrites what is deleted).
        Never waits: frames another connection still reads stay until its next chance.
        """
        with self._lock:
            try:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except sqlite3.Error:
                pass  # busy or read-only: the next checkpoint does it

    def close(self) -> None:
        with self._lock:
            if self.path != ":memory:":
                try:
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                except sqlite3.Error:
                    pass
            self._conn.close()

    # -- plumbing ------------------------------------------------------------------
    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._conn.execute(sql, tuple(params)).fetchall()
            except sqlite3.Error as exc:
                raise _storage_error(exc, self.path) from exc

    def _transaction(self, work: Work, deadline: float | None = None, batched: bool = False) -> Any:
        """One immediate transaction, committed durably (WAL, synchronous=FULL)."""
        with self._lock:
            cur = self._conn.cursor()
            try:
                # Another connection's write (an import's part) is waited for in short
                # steps: a scan goes on within a millisecond of that part's commit.
                # (SQLite's own handler waits for every other statement, as before.)
                cur.execute("PRAGMA busy_timeout=0")
                try:
                    _patiently(lambda: cur.execute("BEGIN IMMEDIATE"), self.write_wait_s)
                finally:
                    cur.execute(f"PRAGMA busy_timeout={round(self.write_wait_s * 1000)}")
                done = work(cur)
                cur.execute("COMMIT")
            except BaseException as exc:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise _storage_error(exc, self.path) from exc
                raise
        return done

    def _time_in(self, at: datetime) -> str:
        return at.isoformat()

    def _time_out(self, value: Any) -> datetime:
        return datetime.fromisoformat(value)

    def _unindex(self, cur: sqlite3.Cursor, attendee_id: int) -> None:
        sqlite_search.unindex(cur, attendee_id)

    # -- attendees: reading --------------------------------------------------------
    def search(self, query: str, limit: int = 50) -> list[Attendee]:
        # FTS5 cuts indexed text at anything but letters and digits: cut the query alike,
        # so "0%0" never turns into a phrase (unsupported with detail=column), and control
        # characters (a NUL from a confused scanner) fall away.
        words = [t for w in folding.query_words(query) for t in _FTS_TOKEN.findall(w)][:6]
        if not words and limit > 0 and folding.apostrophe_query(query):
            return self._names_with_apostrophes(limit)
        if not words or limit <= 0:
            return []
        if len(words) > 1:
            match = " AND ".join(f"{_fts_phrase(w)}*" for w in words)
            ids = [r[0] for r in self._read(_MATCH_SQL, (match, limit * 4))]
            found = self.get_attendees(ids)
            ranked = sorted(found.values(), key=lambda a: folding.rank(a, words))
            return ranked[:limit]
        # One word: surname exact, surname prefix, first name, company, e-mail, in that
        # order; each group stops early because rowid order is (nearly) name order.
        phrase = _fts_phrase(words[0])
        groups: list[list[int]] = []
        seen: set[int] = set()
        for match in (
            f"last : {phrase}",
            f"last : {phrase}*",
            f"first : {phrase}",
            f"first : {phrase}*",
            f"company : {phrase}*",
            f"email : {phrase}*",
        ):
            if len(seen) >= limit:
                break
            group = []
            for (attendee_id,) in self._read(_MATCH_SQL, (match, limit + len(seen))):
                if attendee_id not in seen and len(seen) < limit:
                    seen.add(attendee_id)
                    group.append(attendee_id)
            groups.append(group)
        found = self.get_attendees(seen)
        result: list[Attendee] = []
        for group in groups:
            members = [found[i] for i in group if i in found]
            members.sort(key=lambda a: (sort_key(a), a.id or 0))
            result.extend(members)
        return result

    def _names_with_apostrophes(self, limit: int) -> list[Attendee]:
        marks = folding.APOSTROPHES
        where = " OR ".join("instr(first_name, ?) OR instr(last_name, ?)" for _ in marks)
        rows = self._read(
            f"SELECT id FROM attendees WHERE {where} ORDER BY id LIMIT ?",
            [*(m for mark in marks for m in (mark, mark)), limit],
        )
        found = self.get_attendees(r[0] for r in rows)
        return sorted(found.values(), key=lambda a: (sort_key(a), a.id or 0))

    # -- attendees: writing ------------------------------------------------------------
    def _index(self, cur: sqlite3.Cursor, attendees: Iterable[tuple[int, Attendee]]) -> None:
        cur.executemany(_INDEX_SQL, (_index_row(i, a) for i, a in attendees))

    def apply_import(self, planned: ImportPlan, at: datetime) -> list[Attendee]:
        def work(cur: sqlite3.Cursor) -> tuple[list[int], Change]:
            plan = self._replanned(cur, planned)
            first = cur.execute("SELECT COALESCE(MAX(id), 0) FROM attendees").fetchone()[0] + 1
            # Ids in name order, so that the search index (rowid order) lists by name.
            keys = [sort_key(a) for a in plan.inserts]
            order = sorted(range(len(keys)), key=keys.__getitem__)
            ids = [0] * len(keys)
            for position, index in enumerate(order):
                ids[index] = first + position
            self._bulk_insert(cur, [(ids[i], plan.inserts[i], keys[i]) for i in order])
            for attendee in plan.updates:
                assert attendee.id is not None
                self._update(cur, attendee.id, attendee)
            self._move(cur, plan.moved)
            cur.executemany(
                "UPDATE attendees SET status = ? WHERE id = ?",
                ((str(Status.REMOVED), i) for i in plan.removals),
            )
            for recorded in plan.recorded_checkins:
                self._admit(
                    cur,
                    recorded.guest(ids),
                    recorded.at,
                    "list",
                    "import",
                    "",
                    LogKind.CHECKIN,
                    ScanSource.NONE,
                )
            entry = self._import_entry(plan, at)
            if entry is not None:
                self._append(cur, entry)
            return ids, Change(reset=True, log_appended=True)

        if planned.whole == ():  # a part of an import, not its last
            with self._lock, self._unsynced():
                self._write(work)
            return []  # (its caller reads no rows back)
        ids: list[int] = self._write(work)
        self.checkpoint()  # the whole import is written
        found = self.get_attendees(ids) if len(ids) <= 10_000 else {}
        return [found[i] for i in ids if i in found]

    @contextmanager
    def _unsynced(self) -> Iterator[None]:
        """Commits that do not wait for the disk (`synchronous=NORMAL`), for the parts of
        an import before its last. Each is atomic all the same (WAL), and each is durable
        once any later commit on the file is: the import's last part, or a check-in, syncs
        the WAL with every frame before its own. So a check-in of a guest of such a part
        is never on the disk without that guest, and a crash before the last part leaves
        whole parts, as a failure in the middle does (import the file again)."""
        self._conn.execute("PRAGMA synchronous=NORMAL")
        try:
            yield
        finally:
            self._conn.execute("PRAGMA synchronous=FULL")

    def _bulk_insert(self, cur: sqlite3.Cursor, rows: list[tuple[int, Attendee, str]]) -> None:
        """Insert new attendees (id, attendee, sort key) and their search rows."""
        self._bulk_write(cur, rows, _INSERT_WITH_ID_SQL, _values_of_triple, _words_of_triple)

    def _bulk_write(
        self,
        cur: sqlite3.Cursor,
        rows: Sequence[R],
        insert_sql: str,
        values: Callable[[R], Sequence[Any]],
        words: Callable[[R], IndexRow],
    ) -> None:
        """The bulk writer of a local import and of a desk's first download (replica.py):
        `insert_sql` with `values(row)` per row, and the search words `words(row)`.

        Into an empty table, a big load drops the attendee indexes first and builds
        them once at the end; the search words are folded in a forked child meanwhile
        where one can be forked (`_index_rows_beside`). Rows in id order make the
        search index's rowid order the ids' (name order, where ids were given so).

        (A writer thread overlapping SQLite with the folding was tried: the GIL
        hand-offs made it slower, not faster.)
        """
        if not rows:
            return
        rebuild = (
            len(rows) >= _BULK_INDEX_THRESHOLD
            and not cur.execute("SELECT EXISTS (SELECT 1 FROM attendees)").fetchone()[0]
        )
        if rebuild:
            for name, _ddl in _ATTENDEE_INDEXES:
                cur.execute(f"DROP INDEX IF EXISTS {name}")
        if len(rows) < _BULK_INDEX_THRESHOLD:
            cur.executemany(insert_sql, map(values, rows))
            cur.executemany(_INDEX_SQL, map(words, rows))
            return
        with collector_paused(), _index_rows_beside(rows, words) as index_rows:
            cur.executemany(insert_sql, map(values, rows))
            if rebuild:
                for _name, ddl in _ATTENDEE_INDEXES:
                    cur.execute(ddl)
            cur.executemany(_INDEX_SQL, index_rows)
