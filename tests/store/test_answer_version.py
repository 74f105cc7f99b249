"""An older answer of the server's never overwrites a newer row in a desk's replica.

The server answers a check-in with the guest's row as its statement read it
(`CheckInResult.row`) and that row's version (migration 8: the transaction that last wrote
the guest's fields). Between the answer and its mirroring into the replica (`DeskStore._mirror`,
on the scan's thread), the desk's background may pull a newer row: a re-import that
cancelled the ticket, another desk's correction. The answer must not put the older row
back. Written out in order, as the interleaving tests are: the answer held, the pull run,
the answer released; real PostgreSQL, real replicas.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from checkin.core import journal
from checkin.core.model import Attendee, LogKind, ScanSource, Status, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import CheckInResult, ImportPlan
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import DeskStore
from tests.conftest import FakeClock
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer
from tests.store.test_desk_property import ticket

pytestmark = pytest.mark.postgres


@pytest.fixture
def desk(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> Iterator[tuple[DeskStore, FaultProxy, PostgresStore]]:
    """Desk A behind a proxy, the organiser straight to the server, one guest P000."""
    url = pg_server.create_database()
    organiser = PostgresStore.open(url)
    organiser.apply_import(ImportPlan(inserts=(ticket(0),)), clock())
    with FaultProxy(pg_server.port) as proxy:
        a = DeskStore.open(url.replace(f":{pg_server.port}/", f":{proxy.port}/"), tmp_path / "a")
        try:
            yield a, proxy, organiser
        finally:
            a.close()
            organiser.close()


def held_answer(a: DeskStore, guest: Attendee, clock: FakeClock) -> tuple[CheckInResult, str]:
    """A's check-in as the server answers it, not yet mirrored into A's replica."""
    assert guest.id is not None
    server = a._scan
    assert server is not None
    event_id = journal.new_event_id()
    answer = server.check_in(
        guest.id, clock(), "Tisch A", "Anna", "P000", event_id=event_id, judged=guest
    )
    assert answer.admitted and answer.row is not None and answer.version is not None
    return answer, event_id


def test_a_late_check_in_answer_keeps_the_cancellation_a_pull_brought(
    desk: tuple[DeskStore, FaultProxy, PostgresStore], clock: FakeClock
) -> None:
    a, proxy, organiser = desk
    (guest,) = a.find_by_code("P000")
    assert guest.id is not None
    # The server admits P000 and answers with the row it read (active) ...
    answer, event_id = held_answer(a, guest, clock)
    assert answer.row is not None and answer.row.status is Status.ACTIVE
    # ... the organiser's re-import cancels the ticket, and A's background pulls that ...
    clock.advance(minutes=1)
    stored = organiser.get_attendee(guest.id)
    assert stored is not None
    organiser.apply_import(ImportPlan(updates=(replace(stored, status=Status.CANCELLED),)), clock())
    a.pull()
    pulled = a.get_attendee(guest.id)
    assert pulled is not None and pulled.status is Status.CANCELLED
    # ... then the answer reaches A's replica: the cancellation stays, the admission too.
    a._mirror(guest.id, answer, "P000", LogKind.CHECKIN, ScanSource.NONE, event_id)
    mine = a.get_attendee(guest.id)
    assert mine is not None and mine.status is Status.CANCELLED
    assert mine.checked_in == answer.state
    assert mine == organiser.get_attendee(guest.id)
    # Another desk undoes the admission; A pulls the undo (it changes the admission only,
    # no row is fetched for it) and loses the server: the next scan, decided on A's
    # replica, is refused as cancelled (with the answer's row back: admitted offline).
    clock.advance(minutes=1)
    assert CheckInService(organiser, clock).undo(guest.id, "Tisch B", "Ben") is not None
    a.pull()
    proxy.blackhole()
    verdict = CheckInService(a, clock).scan("P000", "Tisch A", "Anna")
    assert verdict.kind is VerdictKind.CANCELLED


def test_a_late_check_in_answer_keeps_a_correction_another_desk_made(
    desk: tuple[DeskStore, FaultProxy, PostgresStore], clock: FakeClock
) -> None:
    """The same through the journal: another desk's correction is pulled with its row
    (an edit changes more than the admission), then the answer read before it arrives."""
    a, _, organiser = desk
    (guest,) = a.find_by_code("P000")
    assert guest.id is not None
    answer, event_id = held_answer(a, guest, clock)
    clock.advance(minutes=1)
    stored = organiser.get_attendee(guest.id)
    assert stored is not None
    CheckInService(organiser, clock).edit(
        replace(stored, company="Neue Firma GmbH"), "Tisch B", "Ben", opened=stored
    )
    a.pull()
    pulled = a.get_attendee(guest.id)
    assert pulled is not None and pulled.company == "Neue Firma GmbH"
    a._mirror(guest.id, answer, "P000", LogKind.CHECKIN, ScanSource.NONE, event_id)
    mine = a.get_attendee(guest.id)
    assert mine is not None and mine.company == "Neue Firma GmbH"
    assert mine.checked_in == answer.state
    assert mine == organiser.get_attendee(guest.id)


def test_an_answer_newer_than_the_replica_is_written(
    desk: tuple[DeskStore, FaultProxy, PostgresStore], clock: FakeClock
) -> None:
    """The other way round: a correction the replica has not pulled yet comes with the
    answer (its row read after the correction), and the replica takes it at once."""
    a, _, organiser = desk
    (guest,) = a.find_by_code("P000")
    assert guest.id is not None
    stored = organiser.get_attendee(guest.id)
    assert stored is not None
    CheckInService(organiser, clock).edit(
        replace(stored, company="Neue Firma GmbH"), "Tisch B", "Ben", opened=stored
    )
    clock.advance(minutes=1)
    answer, event_id = held_answer(a, guest, clock)
    assert answer.row is not None and answer.row.company == "Neue Firma GmbH"
    a._mirror(guest.id, answer, "P000", LogKind.CHECKIN, ScanSource.NONE, event_id)
    mine = a.get_attendee(guest.id)
    assert mine is not None and mine.company == "Neue Firma GmbH"
    assert mine.checked_in == answer.state


def test_a_late_correction_answer_keeps_the_cancellation_a_pull_brought(
    desk: tuple[DeskStore, FaultProxy, PostgresStore], clock: FakeClock
) -> None:
    """A correction made at A (`DeskStore.update_attendee`): the server's row read back
    after its commit, then a re-import cancels the ticket and A pulls it, then the answer
    is stored (as `update_attendee` stores it): cancelled it stays, corrected too."""
    a, _, organiser = desk
    (guest,) = a.find_by_code("P000")
    server = a._scan
    assert guest.id is not None and server is not None
    stored, version = server.update_attendee_versioned(replace(guest, company="Firma A"))
    assert stored.company == "Firma A" and version is not None
    clock.advance(minutes=1)
    organiser.apply_import(ImportPlan(updates=(replace(stored, status=Status.CANCELLED),)), clock())
    a.pull()
    a._upsert_answer([stored], (), version)
    mine = a.get_attendee(guest.id)
    assert mine is not None and mine.status is Status.CANCELLED and mine.company == "Firma A"
    assert mine == organiser.get_attendee(guest.id)
