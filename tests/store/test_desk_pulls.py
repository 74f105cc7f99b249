"""What keeping a desk's replica current costs the server (issue 12): how often a desk
pulls, and how much a pull fetches.

Real PostgreSQL, real desks (`DeskStore`, its background, its listener); nothing sleeps:
the tests wait for the desk to announce the change (`until`)."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest

from checkin.core.importing import import_list
from checkin.core.model import Attendee, Status
from checkin.core.store import postgres
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import PULL_EVERY_S, DeskStore
from tests.conftest import FakeClock
from tests.store.conftest import guests, until
from tests.store.pg_server import PgServer

pytestmark = pytest.mark.postgres


def _event(pg_server: PgServer, clock: FakeClock, n: int) -> str:
    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    try:
        seed.apply_import(guests(n), clock())
    finally:
        seed.close()
    return url


def test_a_burst_of_check_ins_elsewhere_costs_a_desk_a_bounded_number_of_pulls(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    """Each check-in notifies every other desk; a desk pulls at most every PULL_EVERY_S
    however many come, and the burst's last check-in still reaches it."""
    burst = 120
    url = _event(pg_server, clock, burst)
    desk_a = DeskStore.open(url, tmp_path / "a")
    desk_b = DeskStore.open(url, tmp_path / "b")
    try:
        ids = sorted(desk_a.attendee_ids())
        before = desk_b.pulls
        started = time.monotonic()
        for attendee_id in ids:
            assert desk_a.check_in(attendee_id, clock(), "Tisch A", "Anna").admitted
        last = ids[-1]

        def arrived() -> bool:
            guest = desk_b.get_attendee(last)
            return guest is not None and guest.checked_in is not None

        until(desk_b, arrived)
        took = time.monotonic() - started
        pulls = desk_b.pulls - before
        # One pull per interval, the first at once, one more after the last news.
        assert pulls <= took / PULL_EVERY_S + 3, (pulls, took)
        inside = [a for a in desk_b.iter_attendees() if a.checked_in is not None]
        assert len(inside) == burst  # none lost on the way
    finally:
        desk_a.close()
        desk_b.close()


def test_a_desk_is_told_once_per_pull_not_once_per_check_in(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    """The server delivers a desk one notification per pull (`listen_once`): told of a
    write, the desk's listener stops listening until the desk pulls; the check-ins
    committed meanwhile are in that pull, and the burst's last one still arrives."""
    burst = 120
    url = _event(pg_server, clock, burst)
    desk_a = DeskStore.open(url, tmp_path / "a")
    desk_b = DeskStore.open(url, tmp_path / "b")
    told: list[float] = []
    owe = desk_b._owe_pull

    def counted() -> None:
        told.append(time.monotonic())
        owe()

    desk_b._owe_pull = counted  # type: ignore[method-assign]
    try:
        ids = sorted(desk_a.attendee_ids())
        before = desk_b.pulls
        for attendee_id in ids:
            assert desk_a.check_in(attendee_id, clock(), "Tisch A", "Anna").admitted
        last = ids[-1]

        def arrived() -> bool:
            guest = desk_b.get_attendee(last)
            return guest is not None and guest.checked_in is not None

        until(desk_b, arrived)
        pulls = desk_b.pulls - before
        assert 1 <= len(told) <= pulls + 1, (len(told), pulls)  # was: one per check-in
        inside = [a for a in desk_b.iter_attendees() if a.checked_in is not None]
        assert len(inside) == burst
    finally:
        desk_a.close()
        desk_b.close()


def test_listen_once_tells_one_write_until_asked_again(
    pg_server: PgServer, clock: FakeClock
) -> None:
    """`PostgresStore.listen_once`: one notification, then none until `listen_again`
    (the writes meanwhile are the caller's to read); then the next write is told."""
    url = _event(pg_server, clock, 30)
    follower = PostgresStore.open(url)
    writer = PostgresStore.open(url)
    heard: list[object] = []
    told = threading.Event()

    def listener(change: object) -> None:
        heard.append(change)
        told.set()

    try:
        follower.listen_once(listener)
        ids = sorted(a.id for a in writer.iter_attendees() if a.id is not None)
        for attendee_id in ids[:20]:
            assert writer.check_in(attendee_id, clock(), "Tisch A", "Anna").admitted
        assert told.wait(20)
        told.clear()
        assert len(heard) == 1  # not 20: the listener stopped listening after the first
        assert follower.listen_again(5.0)
        assert writer.check_in(ids[20], clock(), "Tisch A", "Anna").admitted
        assert told.wait(20)
        for attendee_id in ids[21:]:  # not listening again: told to nobody
            assert writer.check_in(attendee_id, clock(), "Tisch A", "Anna").admitted
        assert follower.listen_again(5.0)
        assert len(heard) == 2
    finally:
        follower.close()
        writer.close()


GUESTS = 10_000


def _list(folder: Path, changed: range = range(0), left_out: range = range(0)) -> Path:
    """A list of GUESTS guests in `folder`, always under one name (a list saved under a
    new name moves every guest to it: each row changes); those in `changed` with a new
    company, those in `left_out` missing (a re-import marks them removed)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "gaeste.csv"
    rows = ["Code;Vorname;Nachname;Firma"]
    for i in range(GUESTS):
        if i in left_out:
            continue
        company = "Neu GmbH" if i in changed else "Probe GmbH"
        rows.append(f"P{i:05d};Vor{i};Name{i:05d};{company}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _server_rows(url: str) -> dict[int | None, Attendee]:
    server = PostgresStore.open(url)
    try:
        return {a.id: a for a in server.iter_attendees()}
    finally:
        server.close()


def _reimported_at(
    desk_a: DeskStore, desk_b: DeskStore, path: Path, clock: FakeClock, changed: range
) -> int:
    """Re-import `path` at desk A; wait until desk B's background brought the last
    changed guest; returns how many guest rows B's pulls fetched for it."""
    before = desk_b.guests_pulled
    cursor = desk_b.replica.get_meta("replica_guests")
    report = import_list(desk_a, path, clock=clock, allow_removals=True)
    assert report.updated == len(changed)
    code = f"P{changed[-1]:05d}"

    def arrived() -> bool:
        guests = desk_b.find_by_code(code)
        return bool(guests) and guests[0].company == "Neu GmbH"

    until(desk_b, arrived)
    desk_b.pull()  # waits for the background's pull under way, if any; fetches nothing new
    assert desk_b.replica.get_meta("replica_guests") != cursor
    return desk_b.guests_pulled - before


@pytest.fixture
def big_event(pg_server: PgServer, tmp_path: Path, clock: FakeClock) -> str:
    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    try:
        import_list(seed, _list(tmp_path / "list-1"), clock=clock)
    finally:
        seed.close()
    return url


def test_a_re_import_changing_few_guests_makes_another_desk_fetch_only_those(
    big_event: str, tmp_path: Path, clock: FakeClock
) -> None:
    """Each guest row has a version (the transaction that wrote it): a desk's pull after
    a re-import fetches the guests it changed or removed, not all GUESTS."""
    desk_a = DeskStore.open(big_event, tmp_path / "a")
    desk_b = DeskStore.open(big_event, tmp_path / "b")
    try:
        assert desk_b.count_attendees() == GUESTS
        (came,) = desk_a.find_by_code("P00042")
        assert came.id is not None
        assert desk_a.check_in(came.id, clock(), "Tisch A", "Anna").admitted
        changed, left_out = range(100, 110), range(5000, 5005)
        path = _list(tmp_path / "list-2", changed, left_out)
        fetched = _reimported_at(desk_a, desk_b, path, clock, changed)
        assert len(changed) <= fetched <= len(changed) + len(left_out) + 5, fetched
        for i in left_out:
            (gone,) = desk_b.find_by_code(f"P{i:05d}")
            assert gone.status is Status.REMOVED  # as on the server: never deleted
        assert {a.id: a for a in desk_b.iter_attendees()} == _server_rows(big_event)
        assert desk_b.get_attendee(came.id) == _server_rows(big_event)[came.id]
    finally:
        desk_a.close()
        desk_b.close()


def test_an_event_of_the_schema_before_upgrades_and_an_old_replica_pulls_all_once(
    big_event: str, tmp_path: Path, clock: FakeClock
) -> None:
    """A server of schema 7 (no row versions) gets them when a desk opens it (rows
    written before have version 0); a replica without a guest cursor (made by a
    checkin before this one) compares every guest once, then fetches what changed."""
    with psycopg.connect(big_event, autocommit=True) as conn:  # back to schema 7
        conn.execute(
            "DROP TRIGGER attendees_version ON attendees; "
            "DROP FUNCTION checkin_guest_written(); "
            "ALTER TABLE attendees DROP COLUMN version; "
            "DELETE FROM schema_version WHERE version = 8"
        )
    desk_a = DeskStore.open(big_event, tmp_path / "a")  # migrates the server
    desk_b = DeskStore.open(big_event, tmp_path / "b")
    try:
        with psycopg.connect(big_event) as conn:
            versions = conn.execute("SELECT DISTINCT version::text FROM attendees").fetchall()
        assert versions == [("0",)]
        desk_b.replica.set_meta("replica_guests", "")  # as an older checkin left it
        first = range(0, 10)
        fetched = _reimported_at(desk_a, desk_b, _list(tmp_path / "list-2", first), clock, first)
        assert fetched >= GUESTS  # every guest compared, once
        again = range(10, 20)
        path = _list(tmp_path / "list-3", range(0, 20))  # 0-9 as before, 10-19 new
        fetched = _reimported_at(desk_a, desk_b, path, clock, again)
        assert fetched <= len(again) + 5, fetched
        assert {a.id: a for a in desk_b.iter_attendees()} == _server_rows(big_event)
    finally:
        desk_a.close()
        desk_b.close()


def test_the_guests_written_keep_their_order_across_a_transaction_id_with_one_digit_more(
    own_pg_server: PgServer, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Versions 999 and 1000 (or 9999 and 10000): sorted as text, "1000" came first, and
    a page cut after it fetched the rows of 999 again (and could skip others)."""
    url = _event(own_pg_server, clock, 3)
    store = PostgresStore.open(url)
    try:
        since = store.guest_horizon()
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("SET synchronous_commit = off")
            conn.execute(
                "CREATE PROCEDURE burn(n integer) LANGUAGE plpgsql AS $$ BEGIN "
                "FOR i IN 1..n LOOP PERFORM pg_current_xact_id(); COMMIT; END LOOP; END $$"
            )

            def burn_until(below: int) -> None:
                """Transaction ids handed out until the next one is `below` or a bit less."""
                row = conn.execute("SELECT pg_current_xact_id()::text").fetchone()
                assert row is not None
                if below - int(row[0]) > 2:
                    conn.execute("CALL burn(%s)", (below - int(row[0]) - 2,))

            def edit(code: str) -> int:
                (guest,) = store.find_by_code(code)
                store.update_attendee(replace(guest, company="Neu GmbH"))
                assert guest.id is not None
                return guest.id

            row = conn.execute("SELECT pg_current_xact_id()::text").fetchone()
            assert row is not None
            boundary = 10 ** len(str(int(row[0]) + 10))
            burn_until(boundary - 1)
            first = edit("G0002")
            burn_until(boundary + 1)
            second = edit("G0000")
            versions = dict(conn.execute("SELECT id, version::text FROM attendees").fetchall())
        assert int(versions[first]) < boundary <= int(versions[second])
        monkeypatch.setattr(postgres, "GUEST_PAGE", 1)  # a cut after every row
        pages = list(store.guests_written(since, store.guest_horizon()))
        assert [[a.id for a in page] for page in pages] == [[first], [second]]
    finally:
        store.close()
