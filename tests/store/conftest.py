"""Fixtures that run the same behavioural cases against every backend.

`pg_server` starts a REAL PostgreSQL cluster once per session (see pg_server.py).
Without the server binaries the postgres cases fail in CI (CI=true) and are
skipped on a developer machine, with a message that says what to install.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

from checkin.core.model import Attendee
from checkin.core.store.base import ImportPlan, Store
from checkin.core.store.open import open_store
from checkin.core.store.replica import DeskStore
from tests.conftest import FakeClock, people
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer, find_bin_dir

_MISSING = (
    "PostgreSQL server binaries (initdb, pg_ctl) not found: install them "
    "(Debian: apt-get install postgresql) or point PG_BIN at their folder"
)


def _server_or_skip() -> PgServer:
    bin_dir = find_bin_dir()
    if bin_dir is None or not (bin_dir / "initdb").exists():
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(_MISSING, pytrace=False)
        pytest.skip(_MISSING)
    return PgServer(bin_dir)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    server = _server_or_skip()
    try:
        server.start()
        yield server
    finally:
        server.destroy()


@pytest.fixture
def own_pg_server() -> Iterator[PgServer]:
    """A cluster of the test's own, for tests that stop and restart the server."""
    server = _server_or_skip()
    try:
        server.start()
        yield server
    finally:
        server.destroy()


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    return pg_server.create_database()


@pytest.fixture
def opened() -> Iterator[list[Store]]:
    stores: list[Store] = []
    yield stores
    for s in stores:
        s.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where an event lives: an SQLite file path, or a fresh PostgreSQL database URL."""
    if request.param == "sqlite":
        return str(tmp_path / "event.sqlite3")
    server: PgServer = request.getfixturevalue("pg_server")
    return server.create_database()


@pytest.fixture
def open_target(opened: list[Store]) -> Callable[[str], Store]:
    """Open (another desk's) store on a target; closed at the end of the test."""

    def make(target: str) -> Store:
        s = open_store(target)
        opened.append(s)
        return s

    return make


@pytest.fixture
def any_store(store_target: str, open_target: Callable[[str], Store]) -> Store:
    return open_target(store_target)


@pytest.fixture
def filled_any(any_store: Store, clock: FakeClock) -> Store:
    any_store.apply_import(ImportPlan(inserts=tuple(people())), clock())
    return any_store


PASSWORD_USER = "desk_login"
PASSWORD = "s3cr3t-Pw!"


@pytest.fixture(scope="session")
def pg_password_login(pg_server: PgServer) -> PgServer:
    """The session's server, with a user that must log in with PASSWORD."""
    pg_server.add_password_user(PASSWORD_USER, PASSWORD)
    return pg_server


@pytest.fixture
def pg_password_db(pg_password_login: PgServer) -> str:
    """A fresh event database owned by the password user; its URL holds no password."""
    return pg_password_login.create_database(owner=PASSWORD_USER)


def guests(n: int, category: str = "") -> ImportPlan:
    """n guests G0000… named "Gast Nummer i", as a first import (the desk tests' event)."""
    return ImportPlan(
        inserts=tuple(
            Attendee(
                code=f"G{i:04d}", first_name="Gast", last_name=f"Nummer {i}", category=category
            )
            for i in range(n)
        )
    )


def seeded_event(pg_server: PgServer, clock: FakeClock, n: int) -> str:
    """A new event database on the test server with `n` guests (`guests`); its URL."""
    from checkin.core.store.postgres import PostgresStore

    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(guests(n), clock())
    seed.close()
    return url


@pytest.fixture
def proxy(pg_server: PgServer) -> Iterator[FaultProxy]:
    """A fault proxy in front of the test server (tests/store/faultproxy.py)."""
    with FaultProxy(pg_server.port) as p:
        yield p


def until(desk: DeskStore, condition: Callable[[], bool], timeout: float = 20.0) -> None:
    """Wait until `condition` holds, woken by each change the desk announces (no sleeps)."""
    changed = threading.Event()
    unsubscribe = desk.subscribe(lambda _change: changed.set())
    try:
        deadline = time.monotonic() + timeout
        while not condition():
            left = deadline - time.monotonic()
            assert left > 0, "the change never reached the desk"
            changed.wait(left)
            changed.clear()
    finally:
        unsubscribe()


#: pg_locks' row of the lock NOTIFY takes at commit: an object lock on pg_database (1262).
NOTIFY_LOCK_WAITER = """
    SELECT count(*) FROM pg_locks
    WHERE locktype = 'object' AND classid = 1262 AND objid = 0 AND NOT granted AND pid = %s
"""


@contextlib.contextmanager
def notify_lock_busy(url: str, sessions: int = 1) -> Iterator[None]:
    """Other sessions that commit NOTIFYs back to back, each commit 100 ms long (the other
    desks at a busy door, their WAL flushes slowed down): PostgreSQL's NOTIFY lock, held
    by a notifying transaction until its commit is on the disk, is taken nearly always;
    a notification waits for the `sessions` before it in the lock's queue."""
    stop = threading.Event()
    started = threading.Barrier(sessions + 1)

    def notifier() -> None:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("SET commit_delay = 100000")  # microseconds, inside the WAL flush
            conn.execute("SET commit_siblings = 0")
            first = True
            while not stop.is_set():
                # A transaction that writes nothing commits without a WAL flush: write a row.
                conn.execute(
                    "WITH w AS (INSERT INTO elsewhere VALUES (1)) SELECT pg_notify('elsewhere', '')"
                )
                if first:
                    started.wait(timeout=20)
                    first = False

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS elsewhere (n integer)")
    threads = [threading.Thread(target=notifier, daemon=True) for _ in range(sessions)]
    for thread in threads:
        thread.start()
    started.wait(timeout=20)
    try:
        yield
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=20)
