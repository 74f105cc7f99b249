"""The upload after a partition: batches of offline events merged on the server.

Real PostgreSQL, real SQLite replicas, a fault proxy per desk. The uploads are cut into
small batches here (UPLOAD_MIN/UPLOAD_MAX) so that a few events make several server
transactions: a reset in the middle of one, two desks whose batches settle the same
guests at once. Nothing sleeps: threads meet at a barrier, and results are checked
once every sync has returned.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest

from checkin.core.eventid import event_id_at
from checkin.core.journal import doubles
from checkin.core.model import Attendee, LogEntry, LogKind, Outcome
from checkin.core.rules import CheckInService
from checkin.core.store import replica as replica_module
from checkin.core.store.base import StoreError
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import DeskStore
from tests.conftest import FakeClock
from tests.store.conftest import guests
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer
from tests.store.test_replica_sync import assert_everywhere_equal, desk_through, server_view

pytestmark = pytest.mark.postgres


@pytest.fixture
def stack() -> Iterator[ExitStack]:
    with ExitStack() as s:
        yield s


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Uploads of 4 events a transaction, whatever they take."""
    monkeypatch.setattr(replica_module, "UPLOAD_MIN", 4)
    monkeypatch.setattr(replica_module, "UPLOAD_MAX", 4)


def event_of(pg_server: PgServer, clock: FakeClock, n: int) -> str:
    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(guests(n), clock())
    seed.close()
    return url


def offline(desk: DeskStore, proxy: FaultProxy) -> None:
    proxy.refuse()
    with pytest.raises(StoreError):
        desk.sync()  # the desk knows now that the server is gone (no deadline to wait)
    assert desk.offline


def test_a_batch_cut_during_its_commit_is_sent_again_and_written_once(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock, stack: ExitStack, small_batches: None
) -> None:
    url = event_of(pg_server, clock, 12)
    desk_a, proxy_a = desk_through(stack, url, pg_server, tmp_path / "a")
    desk_b, proxy_b = desk_through(stack, url, pg_server, tmp_path / "b")
    offline(desk_a, proxy_a)
    offline(desk_b, proxy_b)
    at_a, at_b = CheckInService(desk_a, clock), CheckInService(desk_b, clock)
    for code in ("G0001", "G0002", "G0003"):  # B first by time: A's become doubles
        clock.advance(seconds=1)
        assert at_b.scan(code, "B", "Ben").offline
    for n in range(10):
        clock.advance(seconds=1)
        verdict = at_a.scan(f"G{n:04d}", "A", "Anna")
        assert verdict.admits and verdict.offline
    proxy_b.heal()
    desk_b.sync()

    proxy_a.heal()
    mine = {e.event_id for e in desk_a.replica.pending()}
    first_batch = {e.event_id for e in desk_a.replica.pending(4)}
    proxy_a.reset_when_sent(b"COMMIT")  # the first batch's commit: sent, its answer lost
    outcomes = []
    for _ in range(3):
        try:
            desk_a.sync()
        except StoreError:
            outcomes.append("unknown")
            continue
        outcomes.append("done")
        break
    assert outcomes[-1] == "done"
    assert proxy_a._cut_after is None  # the cut came, during the first batch's commit
    assert desk_a.replica.count_pending() == 0
    desk_b.sync()

    _, rows, log = server_view(url)
    counts = Counter(e.event_id for e in log)
    assert mine <= counts.keys() and first_batch <= counts.keys()
    assert all(n == 1 for n in counts.values())  # nothing written twice
    admitted = [e for e in log if e.kind is LogKind.CHECKIN]
    assert len(admitted) == 13
    by_code = {a.code: a for a in rows.values()}
    for code in ("G0001", "G0002", "G0003"):
        state = by_code[code].checked_in
        assert state is not None and state.desk == "B"  # the first by time
    assert {by_code[f"G{n:04d}"].checked_in.desk for n in (0, *range(4, 10))} == {"A"}  # type: ignore[union-attr]
    assert sorted((d.code, d.first.desk, d.second.desk) for d in doubles(log)) == [
        ("G0001", "B", "A"),
        ("G0002", "B", "A"),
        ("G0003", "B", "A"),
    ]
    assert_everywhere_equal(url, [desk_a, desk_b])


def test_two_desks_uploading_the_same_doubles_at_once_agree_on_the_first(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock, stack: ExitStack, small_batches: None
) -> None:
    n = 30
    url = event_of(pg_server, clock, n)
    desk_a, proxy_a = desk_through(stack, url, pg_server, tmp_path / "a")
    desk_b, proxy_b = desk_through(stack, url, pg_server, tmp_path / "b")
    offline(desk_a, proxy_a)
    offline(desk_b, proxy_b)
    # Every guest at both desks: A first by time on the even ones, B on the odd ones. A
    # admits from the first guest on, B from the last, so their batches settle the same
    # guests in opposite orders of upload.
    start = clock()
    first: dict[str, str] = {}
    for i in range(n):
        first[f"G{i:04d}"] = "A" if i % 2 == 0 else "B"
    for desk, name, codes in ((desk_a, "A", list(first)), (desk_b, "B", list(first)[::-1])):
        for code in codes:
            i = int(code[1:])
            at = start + timedelta(seconds=2 * i + (first[code] != name))
            assert desk.check_in(guest_id(desk, code), at, name, name).offline
    proxy_a.heal()
    proxy_b.heal()

    meet = threading.Barrier(2)
    failures: list[BaseException] = []

    def sync(desk: DeskStore) -> None:
        meet.wait(timeout=20)
        try:
            desk.sync()
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            failures.append(exc)

    threads = [threading.Thread(target=sync, args=(d,)) for d in (desk_a, desk_b)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not failures  # no deadlock, no lock timeout between the two uploads
    for desk in (desk_a, desk_b):
        desk.sync()  # each pulls what the other uploaded
    assert desk_a.sync() == {"uploaded": 0, "doubles": 0, "pulled": 0}

    _, rows, log = server_view(url)
    by_code = {a.code: a for a in rows.values()}
    assert {c: by_code[c].checked_in.desk for c in first} == first  # type: ignore[union-attr]
    found = doubles(log)
    assert len(found) == n
    assert {d.code: (d.first.desk, d.second.desk) for d in found} == {
        c: (d, "B" if d == "A" else "A") for c, d in first.items()
    }
    assert_everywhere_equal(url, [desk_a, desk_b])


def guest_id(desk: DeskStore, code: str) -> int:
    (guest,) = desk.find_by_code(code)
    assert guest.id is not None
    return guest.id


def test_the_pull_keeps_commit_order_across_a_transaction_id_with_one_digit_more(
    own_pg_server: PgServer, clock: FakeClock
) -> None:
    """Transaction ids 999 and 1000 (or 9999 and 10000): sorted as text, "1000" came
    first, a page cut after it moved the cursor past the events of 999 for good."""
    url = event_of(own_pg_server, clock, 3)
    store = PostgresStore.open(url)
    try:
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

            row = conn.execute("SELECT pg_current_xact_id()::text").fetchone()
            assert row is not None
            boundary = 10 ** len(str(int(row[0]) + 10))
            burn_until(boundary - 1)
            before = admission(store, "G0001", clock)
            burn_until(boundary + 1)
            after = admission(store, "G0002", clock)
            xids = dict(conn.execute("SELECT event_id, xid::text FROM log").fetchall())
        assert int(xids[before]) < boundary <= int(xids[after])

        pulled: list[str] = []
        cursor = (0, 0)
        for _ in range(10):
            page, cursor = store.log_after(cursor, 1)  # a cut after every event
            if not page:
                break
            pulled += [e.event_id for e in page]
        assert pulled == [e.event_id for e in sorted(store.iter_log(), key=lambda e: e.id or 0)]
        assert pulled[-2:] == [before, after]
        # A new desk's first download reads the journal in the same order, and its cursor
        # is the last event by commit order.
        entries, cursor, _, _ = store.snapshot()
        assert [e.event_id for e in entries] == pulled
        assert cursor[0] == int(xids[after])
    finally:
        store.close()


def admission(store: PostgresStore, code: str, clock: FakeClock) -> str:
    """An offline admission of `code` merged on its own (one transaction); its event id."""
    (guest,) = store.find_by_code(code)
    clock.advance(seconds=1)
    entry = LogEntry(
        at=clock(),
        kind=LogKind.CHECKIN,
        desk="A",
        operator="Anna",
        result=Outcome.ADMITTED,
        attendee_id=guest.id,
        code=code,
        event_id=event_id_at(clock()),
    )
    store.merge([entry])
    return entry.event_id


def test_a_walk_in_sent_again_while_its_first_upload_still_commits_is_added_once(
    pg_server: PgServer, clock: FakeClock
) -> None:
    """The desk's connection was cut after it sent COMMIT; the server has not finished
    that commit yet when the desk, on a fresh connection, sends the batch again: the
    second upload must wait for the first and find its guest, not add the walk-in anew."""
    url = event_of(pg_server, clock, 2)
    guest = Attendee(id=-1, code="W0001", first_name="Erna", last_name="Spät", walk_in=True)
    entry = LogEntry(
        at=clock(),
        kind=LogKind.WALKIN,
        desk="A",
        operator="Anna",
        result=Outcome.ADMITTED,
        attendee_id=-1,
        code="W0001",
        event_id=event_id_at(clock()),
    )
    first, again = PostgresStore.open(url), PostgresStore.open(url)
    ids: list[dict[int, int]] = []
    failures: list[BaseException] = []

    def upload(store: PostgresStore) -> None:
        try:
            ids.append(store.merge([entry], {entry.event_id: guest}))
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    with psycopg.connect(url) as holder:
        # Holds the first upload inside its transaction, after it added the guest (its
        # search words wait for this lock), as a slow commit would.
        holder.execute("LOCK TABLE search_terms IN SHARE MODE")
        threads = [threading.Thread(target=upload, args=(first,))]
        threads[0].start()
        waiting_for_locks(url, 1)
        threads.append(threading.Thread(target=upload, args=(again,)))
        threads[1].start()
        waiting_for_locks(url, 2)
        holder.rollback()  # the first one's commit goes through now
        for thread in threads:
            thread.join(timeout=30)
    for store in (first, again):
        store.close()
    assert not failures
    _, rows, log = server_view(url)
    (made,) = [a for a in rows.values() if a.code == "W0001"]
    assert ids == [{-1: made.id}, {-1: made.id}]
    assert [e.attendee_id for e in log if e.kind is LogKind.WALKIN] == [made.id]


def test_a_batch_that_waits_for_a_check_in_in_flight_settles_with_that_check_in(
    pg_server: PgServer, clock: FakeClock
) -> None:
    """Desk A's check-in of a guest holds the guest's row, not committed yet, when desk B's
    offline check-in of the same guest (later by time) is uploaded: the batch's statements
    go out together (a pipeline), yet it reads the guest's journal only once it has the
    row, after A's commit: A's check-in stays the admission, B's is the double."""
    url = event_of(pg_server, clock, 3)
    store = PostgresStore.open(url)
    guest = min(store.attendee_ids())
    code = store.get_attendee(guest).code  # type: ignore[union-attr]
    early, late = clock(), clock() + timedelta(minutes=1)
    offline = LogEntry(
        at=late,
        kind=LogKind.CHECKIN,
        desk="B",
        operator="Ben",
        result=Outcome.ADMITTED,
        attendee_id=guest,
        code=code,
        event_id=event_id_at(late),
    )
    failures: list[BaseException] = []

    def upload() -> None:
        try:
            store.merge([offline])
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    with psycopg.connect(url) as door:  # desk A's check-in, as the server's check-in writes it
        door.execute(
            "UPDATE attendees SET checked_in_at = %s, checked_in_desk = 'A', "
            "checked_in_operator = 'Anna' WHERE id = %s",
            (early, guest),
        )
        door.execute(
            "INSERT INTO log (at, kind, desk, operator, result, attendee_id, code, event_id) "
            "VALUES (%s, 'checkin', 'A', 'Anna', 'admitted', %s, %s, %s)",
            (early, guest, code, event_id_at(early)),
        )
        thread = threading.Thread(target=upload)
        thread.start()
        waiting_for_locks(url, 1)
        door.commit()
    thread.join(timeout=30)
    store.close()
    assert not failures
    _, rows, log = server_view(url)
    state = rows[guest].checked_in
    assert state is not None and (state.desk, state.at) == ("A", early)
    assert [(d.first.desk, d.second.desk) for d in doubles(log)] == [("A", "B")]


def waiting_for_locks(url: str, n: int) -> None:
    """Until `n` other connections of this database wait for a lock (asked of the server,
    no sleeping: each question is a round trip)."""
    with psycopg.connect(url, autocommit=True) as conn:
        deadline = time.monotonic() + 20
        while True:
            row = conn.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND wait_event_type = 'Lock'"
            ).fetchone()
            if row is not None and row[0] >= n:
                return
            assert time.monotonic() < deadline, f"{n} uploads never waited for a lock"
