"""Desks that share an event: what reaches every replica, and how partitions merge.

Real PostgreSQL, real SQLite replicas, one fault proxy per desk so each desk can be
cut off on its own (blackhole), a reset in the middle of a commit. Nothing sleeps:
the tests wait for a desk to announce a change, then check the condition.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from checkin.core.journal import doubles, presence
from checkin.core.model import Attendee, LogEntry, LogKind, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import Change, ImportPlan, StoreError
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import DeskStore
from tests.conftest import FakeClock
from tests.store.conftest import guests, until
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer

pytestmark = pytest.mark.postgres


@pytest.fixture
def event(pg_server: PgServer, clock: FakeClock) -> str:
    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(guests(12), clock())
    seed.close()
    return url


@pytest.fixture
def stack() -> Iterator[ExitStack]:
    with ExitStack() as s:
        yield s


def desk_through(
    stack: ExitStack, url: str, pg_server: PgServer, folder: Path
) -> tuple[DeskStore, FaultProxy]:
    proxy = stack.enter_context(FaultProxy(pg_server.port))
    desk = DeskStore.open(url.replace(f":{pg_server.port}/", f":{proxy.port}/"), folder)
    stack.callback(desk.close)
    return desk, proxy


def state_of(desk: DeskStore, code: str) -> Any:
    (guest,) = desk.find_by_code(code)
    return guest.checked_in


def journal(events: Iterator[LogEntry] | list[LogEntry]) -> set[tuple[Any, ...]]:
    """A journal as a set of events with every fact but the store's own row number."""
    return {replace(e, id=None) for e in events}


def server_view(url: str) -> tuple[set[tuple[Any, ...]], dict[int, Any], list[LogEntry]]:
    store = PostgresStore.open(url)
    try:
        log = list(store.iter_log())
        rows = {a.id: a for a in store.iter_attendees() if a.id is not None}
        return journal(log), rows, log
    finally:
        store.close()


def assert_everywhere_equal(url: str, desks: list[DeskStore]) -> None:
    """Every desk's journal equals the server's; every cache equals the journal's presence."""
    server_journal, server_rows, server_log = server_view(url)
    inside = presence(server_log)
    assert {i: a.checked_in for i, a in server_rows.items() if a.checked_in} == inside
    for desk in desks:
        assert desk.replica.count_pending() == 0
        assert journal(desk.iter_log()) == server_journal
        rows = {a.id: a for a in desk.iter_attendees()}
        assert rows == server_rows
        assert {i: a.checked_in for i, a in rows.items() if a.checked_in} == inside


def test_a_check_in_at_one_desk_reaches_the_others_replica_by_notification(
    event: str, tmp_path: Path, clock: FakeClock
) -> None:
    desk_a = DeskStore.open(event, tmp_path / "a")
    desk_b = DeskStore.open(event, tmp_path / "b")
    heard: list[Change] = []
    desk_b.subscribe(heard.append)
    try:
        admitted = CheckInService(desk_a, clock).scan("G0003", "Tisch A", "Anna")
        assert admitted.admits and not admitted.offline
        until(desk_b, lambda: state_of(desk_b, "G0003") is not None)
        guest = desk_b.find_by_code("G0003")[0]
        assert any(guest.id in c.attendee_ids for c in heard)  # the table row refreshes
        refused = CheckInService(desk_b, clock).scan("G0003", "Tisch B", "Ben")
        assert refused.kind is VerdictKind.ALREADY_CHECKED_IN and refused.previous is not None
        assert refused.previous.desk == "Tisch A"
        # Undo, walk-in, a re-imported list: each reaches the other desk the same way.
        assert guest.id is not None
        CheckInService(desk_a, clock).undo(guest.id, "Tisch A", "Anna")
        until(desk_b, lambda: state_of(desk_b, "G0003") is None)
        walk_in = CheckInService(desk_a, clock).walk_in(
            Attendee(code="", first_name="Neu", last_name="Gast"), "Tisch A", "Anna"
        )
        until(desk_b, lambda: bool(desk_b.replica.find_by_code(walk_in.code)))
        server = PostgresStore.open(event)
        try:
            server.apply_import(
                ImportPlan(inserts=(Attendee(code="NEU-1", first_name="Nach", last_name="Zug"),)),
                clock(),
            )
        finally:
            server.close()
        until(desk_b, lambda: bool(desk_b.replica.find_by_code("NEU-1")))
    finally:
        desk_a.close()
        desk_b.close()
    assert_everywhere_equal(event, [])


def test_a_pull_brings_a_guest_the_replica_never_saw_with_the_guests_check_in(
    event: str, pg_server: PgServer, tmp_path: Path, clock: FakeClock, stack: ExitStack
) -> None:
    """A pull asks the server for the rows of the guests its check-ins touched only where
    the replica lacks them (a check-in changes nothing but the admission, which the
    replica settles from its journal): a guest the server got without an event of its
    own comes with the first check-in of theirs."""
    desk, _ = desk_through(stack, event, pg_server, tmp_path / "a")
    other = PostgresStore.open(event)
    stack.callback(other.close)
    added = other.add_attendee(Attendee(code="N0001", first_name="Nora", last_name="Neu"))
    assert added.id is not None
    assert other.check_in(added.id, clock(), "B", "Ben").admitted
    desk.pull()
    state = state_of(desk, "N0001")
    assert state is not None and state.desk == "B"
    assert_everywhere_equal(event, [desk])


def _scenario(
    url: str, pg_server: PgServer, tmp_path: Path, clock: FakeClock, order: str
) -> dict[str, Any]:
    """Three desks; A and B cut off, C online; they reconnect in `order`."""
    with ExitStack() as stack:
        desk_a, proxy_a = desk_through(stack, url, pg_server, tmp_path / f"{order}-a")
        desk_b, proxy_b = desk_through(stack, url, pg_server, tmp_path / f"{order}-b")
        desk_c = DeskStore.open(url, tmp_path / f"{order}-c")
        stack.callback(desk_c.close)
        at = {
            d: CheckInService(desk, clock)
            for d, desk in zip("ABC", (desk_a, desk_b, desk_c), strict=True)
        }

        assert at["C"].scan("G0001", "C", "Carla").admits
        until(desk_b, lambda: state_of(desk_b, "G0001") is not None)
        proxy_a.blackhole()
        proxy_b.blackhole()

        clock.advance(minutes=1)
        assert at["A"].scan("G0002", "A", "Anna").offline  # the first by time
        clock.advance(minutes=1)
        assert at["B"].scan("G0002", "B", "Ben").admits
        clock.advance(minutes=1)
        assert at["C"].scan("G0002", "C", "Carla").admits  # online, yet second
        clock.advance(minutes=1)
        walk_in = at["A"].walk_in(
            Attendee(code="", first_name="Walter", last_name="Spät"), "A", "Anna"
        )
        assert walk_in.admits and walk_in.attendee is not None
        assert walk_in.attendee.id is not None and walk_in.attendee.id < 0  # the replica's id
        clock.advance(minutes=1)
        (g1,) = desk_b.find_by_code("G0001")
        assert g1.id is not None
        undone = at["B"].undo(g1.id, "B", "Ben")  # offline, of C's admission
        assert undone is not None and undone.desk == "C"
        clock.advance(minutes=1)
        assert at["C"].scan("G0003", "C", "Carla").admits
        clock.advance(minutes=1)
        assert at["B"].scan("G0003", "B", "Ben").offline
        for desk_name, company in (("A", "Firma A"), ("B", "Firma B")):
            clock.advance(minutes=1)
            desk = {"A": desk_a, "B": desk_b}[desk_name]
            (g4,) = desk.find_by_code("G0004")
            at[desk_name].edit(replace(g4, company=company), desk_name, desk_name.lower())
        for desk in (desk_a, desk_b):
            with pytest.raises(StoreError, match="Importing a list needs the server"):
                desk.apply_import(guests(1), clock())

        for name in order:
            desk, proxy = {"A": (desk_a, proxy_a), "B": (desk_b, proxy_b)}[name]
            proxy.heal()
            desk.sync()
        for _ in range(2):  # repeatable: syncing again changes nothing
            for desk in (desk_a, desk_b, desk_c):
                desk.sync()
        assert desk_a.sync() == {"uploaded": 0, "doubles": 0, "pulled": 0}
        assert_everywhere_equal(url, [desk_a, desk_b, desk_c])
        _, rows, log = server_view(url)
        by_code = {a.code: a for a in rows.values()}
        spät = [a for a in rows.values() if a.last_name == "Spät"]
        return {
            "states": {
                code: (a.checked_in.desk, a.checked_in.at) if a.checked_in else None
                for code, a in by_code.items()
                if code != walk_in.code
            },
            "walk_ins": [(a.code, a.checked_in.desk if a.checked_in else None) for a in spät],
            "walk_in_code": walk_in.code,
            "company": by_code["G0004"].company,
            "doubles": sorted(
                (d.code, d.first.desk, d.second.desk, d.second.at) for d in doubles(log)
            ),
        }


@pytest.mark.parametrize("order", ["AB", "BA"])
def test_three_desks_merge_the_same_whatever_order_they_reconnect_in(
    pg_server: PgServer, tmp_path: Path, order: str
) -> None:
    clock = FakeClock()
    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(guests(12), clock())
    seed.close()
    start = clock()
    merged = _scenario(url, pg_server, tmp_path, clock, order)

    states = merged["states"]
    assert states["G0001"] is None  # B's offline undo revoked C's admission it showed
    assert states["G0002"] == ("A", start + timedelta(minutes=1))  # first by time, also on C
    assert states["G0003"][0] == "C"
    assert merged["walk_ins"] == [(merged["walk_in_code"], "A")]  # created once
    assert merged["company"] == "Firma B"  # the later edit by time
    assert [(code, first, second) for code, first, second, _ in merged["doubles"]] == [
        ("G0002", "A", "B"),
        ("G0002", "A", "C"),
        ("G0003", "C", "B"),
    ]


def test_an_offline_undo_of_an_admission_readmitted_elsewhere_leaves_the_new_one(
    event: str, pg_server: PgServer, tmp_path: Path, clock: FakeClock, stack: ExitStack
) -> None:
    desk_b, proxy_b = desk_through(stack, event, pg_server, tmp_path / "b")
    desk_c = DeskStore.open(event, tmp_path / "c")
    stack.callback(desk_c.close)
    at_b, at_c = CheckInService(desk_b, clock), CheckInService(desk_c, clock)
    assert at_c.scan("G0005", "C", "Carla").admits
    until(desk_b, lambda: state_of(desk_b, "G0005") is not None)
    proxy_b.blackhole()
    (guest,) = desk_c.find_by_code("G0005")
    assert guest.id is not None
    clock.advance(minutes=1)
    at_c.undo(guest.id, "C", "Carla")  # C undoes its own admission ...
    clock.advance(minutes=1)
    readmitted = at_c.scan("G0005", "C", "Carla")  # ... and admits again
    assert readmitted.admits
    clock.advance(minutes=1)
    assert at_b.undo(guest.id, "B", "Ben") is not None  # B knew only the first admission
    assert state_of(desk_b, "G0005") is None
    proxy_b.heal()
    desk_b.sync()
    desk_c.sync()
    state = state_of(desk_b, "G0005")
    assert state is not None and state.at == readmitted.at  # B's undo named another one
    assert_everywhere_equal(event, [desk_b, desk_c])
    assert not doubles(desk_b.iter_log())


def test_an_offline_walk_in_is_uploaded_once_despite_a_reset_mid_commit(
    event: str, pg_server: PgServer, tmp_path: Path, clock: FakeClock, stack: ExitStack
) -> None:
    desk, proxy = desk_through(stack, event, pg_server, tmp_path / "a")
    proxy.blackhole()
    service = CheckInService(desk, clock)
    made = service.walk_in(
        Attendee(code="", first_name="Erna", last_name="Ohne Ticket"), "A", "Anna"
    )
    assert made.admits and made.attendee is not None and made.attendee.id is not None
    local_id = made.attendee.id
    assert local_id < 0 and desk.status()["waiting"] == 1
    clock.advance(minutes=1)
    assert service.scan(made.code, "A", "Anna").kind is VerdictKind.ALREADY_CHECKED_IN
    edited = service.edit(replace(made.attendee, company="Gastfirma"), "A", "Anna")
    assert edited.id == local_id
    proxy.heal()
    proxy.reset_when_sent(b"COMMIT")  # the upload's commit reaches the server, its answer not
    outcomes = []
    for _ in range(3):
        try:
            desk.sync()
        except StoreError:
            outcomes.append("unknown")
            continue
        outcomes.append("done")
        break
    assert outcomes[-1] == "done"
    assert proxy._cut_after is None  # the cut came, during the upload's commit
    _, rows, log = server_view(event)
    (server_guest,) = [a for a in rows.values() if a.code == made.code]
    assert server_guest.company == "Gastfirma" and server_guest.checked_in is not None
    assert len([e for e in log if e.kind is LogKind.WALKIN]) == 1
    (mine,) = desk.find_by_code(made.code)
    assert mine.id == server_guest.id  # the replica's id became the server's
    assert desk.get_attendee(local_id) is None
    assert all(e.attendee_id is None or e.attendee_id > 0 for e in desk.iter_log())
    assert_everywhere_equal(event, [desk])


def test_what_only_the_server_does_refuses_offline_and_says_what_to_do(
    event: str, pg_server: PgServer, tmp_path: Path, clock: FakeClock, stack: ExitStack
) -> None:
    desk, proxy = desk_through(stack, event, pg_server, tmp_path / "a")
    proxy.blackhole()
    assert CheckInService(desk, clock).scan("G0001", "A", "Anna").offline
    asked: list[str] = []
    live_server = desk._live_server

    def asking_the_server() -> PostgresStore:
        asked.append("server")
        return live_server()

    desk._live_server = asking_the_server  # type: ignore[method-assign]
    for call, what in (
        (lambda: desk.apply_import(guests(1), clock()), "Importing a list"),
        (lambda: desk.set_meta("event_name", "X"), "Changing the event's details"),
        (lambda: desk.erase(), "Erasing the event"),
        (lambda: desk.add_attendee(Attendee(code="X1", last_name="Liste")), "Adding a guest"),
    ):
        with pytest.raises(StoreError, match=f"^{what}.*needs the server.*nothing was changed"):
            call()
    assert asked == []  # refused at once: the stalled server was not even tried
    assert desk.count_attendees() == 12
