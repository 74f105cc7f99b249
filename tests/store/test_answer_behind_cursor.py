"""A late check-in answer never puts back a row older than the one a pull brought, also
while the journal's cursor lags behind the rows the pull read.

A pull reads the journal only up to the oldest transaction still running (`log_after`),
and the rows of the guests it touched as they are now: a row may then be newer than the
cursor says (a re-import that cancelled the ticket, committed after a transaction the
cursor still waits for). The answer of a check-in read before that re-import must not
overwrite the pulled row. Written out in order, as test_answer_version.py is: the answer
held, the pull run, the answer released; real PostgreSQL, a second session holding a
transaction open (any desk's write in flight does so for a moment).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest

from checkin.core.model import LogKind, ScanSource, Status, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import ImportPlan
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import DeskStore
from tests.conftest import FakeClock
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer
from tests.store.test_answer_version import held_answer
from tests.store.test_desk_property import ticket

pytestmark = pytest.mark.postgres


@pytest.fixture
def event(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> Iterator[tuple[DeskStore, FaultProxy, PostgresStore, str]]:
    """Desk A behind a proxy, the organiser straight to the server, one guest P000."""
    url = pg_server.create_database()
    organiser = PostgresStore.open(url)
    organiser.apply_import(ImportPlan(inserts=(ticket(0),)), clock())
    with FaultProxy(pg_server.port) as proxy:
        a = DeskStore.open(url.replace(f":{pg_server.port}/", f":{proxy.port}/"), tmp_path / "a")
        try:
            yield a, proxy, organiser, url
        finally:
            a.close()
            organiser.close()


def test_a_late_answer_keeps_a_cancellation_pulled_while_the_cursor_lags(
    event: tuple[DeskStore, FaultProxy, PostgresStore, str], clock: FakeClock
) -> None:
    a, proxy, organiser, url = event
    (guest,) = a.find_by_code("P000")
    assert guest.id is not None
    organiser_desk = CheckInService(organiser, clock)
    with a._lock, psycopg.connect(url) as holder:  # A's background pulls nothing meanwhile
        stored = organiser.get_attendee(guest.id)
        assert stored is not None
        organiser_desk.edit(replace(stored, company="Erste GmbH"), "Tisch B", "Ben", opened=stored)
        # A transaction in flight from now on: the journal after it waits for its end.
        holder.execute("SELECT pg_current_xact_id()")
        clock.advance(minutes=1)
        stored = organiser.get_attendee(guest.id)
        assert stored is not None
        organiser_desk.edit(replace(stored, company="Zweite GmbH"), "Tisch B", "Ben", opened=stored)
        # The server admits P000 at A and answers with the row it read (active) ...
        answer, event_id = held_answer(a, guest, clock)
        assert answer.row is not None and answer.row.status is Status.ACTIVE
        # ... the organiser's re-import cancels the ticket, and A pulls: the first edit
        # (the journal before the open transaction), with the guest's row as it is now.
        clock.advance(minutes=1)
        stored = organiser.get_attendee(guest.id)
        assert stored is not None
        organiser.apply_import(
            ImportPlan(updates=(replace(stored, status=Status.CANCELLED),)), clock()
        )
        a.pull()
        pulled = a.get_attendee(guest.id)
        assert pulled is not None and pulled.status is Status.CANCELLED
        # ... then the answer reaches A's replica: the cancellation stays.
        a._mirror(guest.id, answer, "P000", LogKind.CHECKIN, ScanSource.NONE, event_id)
        mine = a.get_attendee(guest.id)
        assert mine is not None and mine.status is Status.CANCELLED
        assert mine.checked_in == answer.state
        # The admission is undone at A (a wrong guest), and A loses the server: the next
        # scan, decided on A's replica, is refused as cancelled, never admitted.
        clock.advance(minutes=1)
        assert CheckInService(a, clock).undo(guest.id, "Tisch A", "Anna") is not None
        proxy.blackhole()
        verdict = CheckInService(a, clock).scan("P000", "Tisch A", "Anna")
        assert verdict.kind is VerdictKind.CANCELLED
        holder.rollback()
