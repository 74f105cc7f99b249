"""A correction and its EDIT event are one transaction, wherever the desk writes them.

`CheckInService.edit` wrote the row, then its EDIT journal entry in a transaction of its
own: a failure in between (a disk failing, a lost server) left a corrected row whose journal
did not say so (a rebuild from the journal, a desk pulling it, a re-import keeping the
correction all miss it). Here the database itself fails at exactly that point: a trigger
refuses the EDIT event's insert, after the row's UPDATE in the same transaction. Neither
may stay. On SQLite, on PostgreSQL, and at a desk on a server: online (the server's
transaction; the desk then decides offline, both in one commit of its replica) and
offline (the replica's commit, with the event's place in the outbox).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest

from checkin.core.model import Attendee, LogKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import Store, StoreError
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import DeskStore
from checkin.core.store.sqlite import SQLiteStore
from tests.conftest import FakeClock
from tests.store.conftest import guests, seeded_event
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer

_SQLITE_REFUSES = (
    "CREATE TRIGGER edit_refused BEFORE INSERT ON log WHEN NEW.kind = 'edit' "
    "BEGIN SELECT RAISE(ABORT, 'edits refused here'); END"
)
_POSTGRES_REFUSES = """
    CREATE FUNCTION edit_refused() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'edits refused here'; END $$;
    CREATE TRIGGER edit_refused BEFORE INSERT ON log FOR EACH ROW
        WHEN (NEW.kind = 'edit') EXECUTE FUNCTION edit_refused();
"""


def _refuse_edits_sqlite(path: str) -> Callable[[], None]:
    """The trigger in the SQLite file; returns what drops it again."""

    def run(sql: str) -> None:
        conn = sqlite3.connect(path)
        try:
            conn.execute(sql)
            conn.commit()
        finally:
            conn.close()

    run(_SQLITE_REFUSES)
    return lambda: run("DROP TRIGGER edit_refused")


def _refuse_edits_postgres(url: str) -> Callable[[], None]:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(_POSTGRES_REFUSES)

    def drop() -> None:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("DROP TRIGGER edit_refused ON log; DROP FUNCTION edit_refused()")

    return drop


def _edits(store: Store, attendee_id: int) -> list[str]:
    return [e.event_id for e in store.log_for(attendee_id) if e.kind is LogKind.EDIT]


def _guest(store: Store) -> Attendee:
    guest = store.find_by_code("G0003")[0]
    assert guest.id is not None
    return guest


@pytest.fixture
def event(pg_server: PgServer, clock: FakeClock) -> str:
    return seeded_event(pg_server, clock, 5)


def test_sqlite_keeps_neither_the_row_nor_its_event(tmp_path: Path, clock: FakeClock) -> None:
    store = SQLiteStore.open(tmp_path / "event.sqlite3")
    try:
        store.apply_import(guests(5), clock())
        guest = _guest(store)
        assert guest.id is not None
        allow = _refuse_edits_sqlite(str(tmp_path / "event.sqlite3"))
        service = CheckInService(store, clock)
        with pytest.raises(StoreError, match="edits refused here"):
            service.edit(replace(guest, last_name="Nummer Drei"), "Tisch 1", "Anna")
        assert store.get_attendee(guest.id) == guest
        assert _edits(store, guest.id) == []
        allow()
        stored = service.edit(replace(guest, last_name="Nummer Drei"), "Tisch 1", "Anna")
        assert stored.last_name == "Nummer Drei"
        assert len(_edits(store, guest.id)) == 1
    finally:
        store.close()


@pytest.mark.postgres
def test_postgres_keeps_neither_the_row_nor_its_event(event: str, clock: FakeClock) -> None:
    store = PostgresStore.open(event)
    try:
        guest = _guest(store)
        assert guest.id is not None
        allow = _refuse_edits_postgres(event)
        service = CheckInService(store, clock)
        with pytest.raises(StoreError, match="edits refused here"):
            service.edit(replace(guest, last_name="Nummer Drei"), "Tisch 1", "Anna")
        assert store.get_attendee(guest.id) == guest
        assert _edits(store, guest.id) == []
        allow()
        stored = service.edit(replace(guest, last_name="Nummer Drei"), "Tisch 1", "Anna")
        assert stored.last_name == "Nummer Drei"
        assert len(_edits(store, guest.id)) == 1
    finally:
        store.close()


@pytest.mark.postgres
def test_a_desk_online_whose_server_fails_between_them_keeps_both_here_and_uploads_them(
    event: str, tmp_path: Path, clock: FakeClock
) -> None:
    """The server's transaction leaves neither; the desk decides the edit offline, the
    row and the event in one commit of its replica, and uploads them once."""
    desk = DeskStore.open(event, tmp_path / "desk")
    server = PostgresStore.open(event)
    try:
        guest = _guest(desk)
        assert guest.id is not None
        allow = _refuse_edits_postgres(event)
        stored = CheckInService(desk, clock).edit(
            replace(guest, last_name="Nummer Drei"), "Tisch 1", "Anna"
        )
        assert stored.last_name == "Nummer Drei"
        assert server.get_attendee(guest.id) == guest  # the server: neither
        assert _edits(server, guest.id) == []
        (edit,) = _edits(desk, guest.id)  # the replica: both, and waiting
        assert [e.event_id for e in desk.replica.pending()] == [edit]
        allow()
        desk.sync()
        assert _edits(server, guest.id) == [edit]
        stored_there = server.get_attendee(guest.id)
        assert stored_there is not None and stored_there.last_name == "Nummer Drei"
        assert desk.replica.count_pending() == 0
    finally:
        server.close()
        desk.close()


@pytest.mark.postgres
def test_a_desk_online_mirrors_the_row_and_its_event_in_one_commit(
    event: str, tmp_path: Path, clock: FakeClock
) -> None:
    """The server's answer goes into the replica in one commit: the replica refusing the
    event leaves it neither (the row as before); the next pull brings both. (The error
    is said: the replica's disk failing matters to a desk that must decide offline.)"""
    desk = DeskStore.open(event, tmp_path / "desk")
    server = PostgresStore.open(event)
    try:
        guest = _guest(desk)
        assert guest.id is not None
        allow = _refuse_edits_sqlite(desk.replica.path)
        with pytest.raises(StoreError, match="edits refused here"):
            CheckInService(desk, clock).edit(
                replace(guest, last_name="Nummer Drei"), "Tisch 1", "Anna"
            )
        (edit,) = _edits(server, guest.id)  # the server's transaction: both
        stored_there = server.get_attendee(guest.id)
        assert stored_there is not None and stored_there.last_name == "Nummer Drei"
        assert desk.replica.get_attendee(guest.id) == guest  # the replica: neither
        assert _edits(desk.replica, guest.id) == []
        assert desk.replica.count_pending() == 0  # decided on the server: nothing to upload
        allow()
        desk.sync()
        assert _edits(desk, guest.id) == [edit]
        assert desk.find_by_code("G0003")[0].last_name == "Nummer Drei"
    finally:
        server.close()
        desk.close()


@pytest.mark.postgres
def test_a_desk_offline_keeps_neither_the_row_nor_its_event(
    event: str, pg_server: PgServer, proxy: FaultProxy, tmp_path: Path, clock: FakeClock
) -> None:
    url = event.replace(f":{pg_server.port}/", f":{proxy.port}/")
    desk = DeskStore.open(url, tmp_path / "desk", deadline_s=0.3)
    try:
        service = CheckInService(desk, clock)
        proxy.blackhole()
        assert service.scan("G0000", "Tisch 1", "Anna").offline  # the one deadline
        waiting = desk.replica.count_pending()
        guest = _guest(desk)
        assert guest.id is not None
        allow = _refuse_edits_sqlite(desk.replica.path)
        with pytest.raises(StoreError, match="edits refused here"):
            service.edit(replace(guest, last_name="Nummer Drei"), "Tisch 1", "Anna")
        assert desk.get_attendee(guest.id) == guest
        assert _edits(desk, guest.id) == []
        assert desk.replica.count_pending() == waiting  # nothing queued either
        allow()
        stored = service.edit(replace(guest, last_name="Nummer Drei"), "Tisch 1", "Anna")
        assert stored.last_name == "Nummer Drei"
        (edit,) = _edits(desk, guest.id)
        assert edit in [e.event_id for e in desk.replica.pending()]
    finally:
        proxy.heal()
        desk.close()
