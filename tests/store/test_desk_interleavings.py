"""Desks on one real server, with a background pull interleaved into a scan (written out:
what the desk property test's threads did once, in order, without sleeps)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from checkin.core import journal
from checkin.core.model import LogKind, ScanSource
from checkin.core.rules import CheckInService
from checkin.core.store.base import ImportPlan
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import DeskStore
from tests.conftest import FakeClock
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer
from tests.store.test_desk_property import ticket

pytestmark = pytest.mark.postgres


@pytest.fixture
def desks(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> Iterator[tuple[DeskStore, DeskStore, FaultProxy, PostgresStore]]:
    """Desk A straight to the server, desk B behind a proxy, one fresh event."""
    url = pg_server.create_database()
    organiser = PostgresStore.open(url)
    organiser.apply_import(ImportPlan(inserts=(ticket(0),)), clock())
    with FaultProxy(pg_server.port) as proxy:
        a = DeskStore.open(url, tmp_path / "a")
        b = DeskStore.open(url.replace(f":{pg_server.port}/", f":{proxy.port}/"), tmp_path / "b")
        try:
            yield a, b, proxy, organiser
        finally:
            a.close()
            b.close()
            organiser.close()


def test_a_refusal_mirrored_after_a_pull_keeps_what_the_pull_settled(
    desks: tuple[DeskStore, DeskStore, FaultProxy, PostgresStore], clock: FakeClock
) -> None:
    """A refused scan's answer (who holds the ticket, as the server said) reaches the
    replica after the background pulled a newer holder: the replica keeps the newer one."""
    a, b, proxy, organiser = desks
    guest = organiser.find_by_code("P000")[0]
    assert guest.id is not None
    proxy.blackhole()
    b.replica.get_attendee(guest.id)
    early = clock() - timedelta(minutes=5)
    offline = b.check_in(guest.id, early, "Tisch B", "Ben", "P000", event_id="b-early")
    assert offline.admitted and offline.offline
    assert CheckInService(a, clock).scan("P000", "Tisch A", "Anna").admits
    # A scans P000 again: the server refuses (A's admission holds) ...
    clock.advance(minutes=1)
    event_id = journal.new_event_id()
    server = a._scan
    assert server is not None
    refused = server.check_in(guest.id, clock(), "Tisch A", "Anna", "P000", event_id=event_id)
    assert not refused.admitted
    # ... meanwhile B uploads its earlier admission (it holds now) and A's background pulls it
    proxy.heal()
    b.sync()
    a.pull()
    # ... then the refusal's answer reaches A's replica.
    a._mirror(guest.id, refused, "P000", LogKind.CHECKIN, ScanSource.NONE, event_id)
    for desk in (a, b, a):
        desk.sync()
    server_state = organiser.get_attendee(guest.id)
    assert server_state is not None and server_state.checked_in is not None
    assert server_state.checked_in.desk == "Tisch B"
    assert a.get_attendee(guest.id) == server_state


def test_an_online_undo_the_server_found_nothing_to_undo_journals_nothing_here(
    desks: tuple[DeskStore, DeskStore, FaultProxy, PostgresStore], clock: FakeClock
) -> None:
    """B undoes a guest its replica still shows in, but A undid them on the server a
    moment before (B's background has not pulled it yet): the server journals nothing,
    and B's journal keeps no undo of its own that the server never hears of."""
    a, b, _, organiser = desks
    guest = organiser.find_by_code("P000")[0]
    assert guest.id is not None
    assert CheckInService(a, clock).scan("P000", "Tisch A", "Anna").admits
    b.pull()
    assert b.get_attendee(guest.id).checked_in is not None  # type: ignore[union-attr]
    with b._lock:  # B's background does not pull until B's undo is done
        clock.advance(minutes=1)
        assert CheckInService(a, clock).undo(guest.id, "Tisch A", "Anna") is not None
        clock.advance(minutes=1)
        assert CheckInService(b, clock).undo(guest.id, "Tisch B", "Ben") is None
    for desk in (a, b, a):
        desk.sync()
    server_ids = {e.event_id for e in organiser.iter_log()}
    assert {e.event_id for e in b.iter_log()} == server_ids
    assert b.get_attendee(guest.id) == organiser.get_attendee(guest.id)


def test_a_stale_answer_is_settled_after_the_desk_restarts(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    """As the first test, but desk A is closed before its next pull and opened again: the
    rows still to settle are in its replica, so the pull at its start settles them."""
    url = pg_server.create_database()
    organiser = PostgresStore.open(url)
    organiser.apply_import(ImportPlan(inserts=(ticket(0),)), clock())
    guest = organiser.find_by_code("P000")[0]
    assert guest.id is not None
    with FaultProxy(pg_server.port) as proxy:
        a = DeskStore.open(url, tmp_path / "a")
        b = DeskStore.open(url.replace(f":{pg_server.port}/", f":{proxy.port}/"), tmp_path / "b")
        try:
            proxy.blackhole()
            early = clock() - timedelta(minutes=5)
            assert b.check_in(guest.id, early, "Tisch B", "Ben", "P000", event_id="b-early").offline
            assert CheckInService(a, clock).scan("P000", "Tisch A", "Anna").admits
            clock.advance(minutes=1)
            event_id = journal.new_event_id()
            assert a._scan is not None
            refused = a._scan.check_in(
                guest.id, clock(), "Tisch A", "Anna", "P000", event_id=event_id
            )
            assert not refused.admitted
            proxy.heal()
            b.sync()
            a.pull()
            # A's background stops (as at closing), then the refusal's answer is written.
            a._closed.set()
            a._wake.set()
            assert a._worker is not None
            a._worker.join(timeout=30)
            a._mirror(guest.id, refused, "P000", LogKind.CHECKIN, ScanSource.NONE, event_id)
            stale = a.get_attendee(guest.id)
            assert stale is not None and stale.checked_in is not None
            assert stale.checked_in.desk == "Tisch A"  # the server's answer, older than the pull
            a.close()
            a = DeskStore.open(url, tmp_path / "a")  # the desk restarted
            server_state = organiser.get_attendee(guest.id)
            assert server_state is not None and server_state.checked_in is not None
            assert server_state.checked_in.desk == "Tisch B"
            assert a.get_attendee(guest.id) == server_state
        finally:
            a.close()
            b.close()
            organiser.close()
