"""A desk does not pull for its own scans: the NOTIFY of a check-in its scan connection
made is skipped (the check-in is in its replica already), another desk's never.

Real PostgreSQL; the announcements are told in commit order on the one LISTEN
connection, so once another desk's check-in after this desk's has reached the replica,
this desk's own announcement was heard or skipped before it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checkin.core.rules import CheckInService
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import DeskStore
from tests.conftest import FakeClock
from tests.store.conftest import seeded_event, until
from tests.store.pg_server import PgServer

pytestmark = pytest.mark.postgres


def test_a_desk_hears_the_other_desks_check_ins_and_not_its_own(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    url = seeded_event(pg_server, clock, 6)
    desk = DeskStore.open(url, tmp_path / "d")
    other = PostgresStore.open(url)
    try:
        here, there = CheckInService(desk, desk.now), CheckInService(other, clock)
        heard = desk.heard
        for code in ("G0000", "G0001", "G0002"):
            verdict = here.scan(code, "Tisch 1", "Anna")
            assert verdict.admits and not verdict.offline  # the server decided
        ids = {a.code: a.id for a in desk.iter_attendees()}
        for n, code in enumerate(("G0003", "G0004"), start=1):
            assert there.scan(code, "Tisch 2", "Ben").admits
            guest = ids[code]
            assert guest is not None
            until(desk, lambda guest=guest: desk.get_attendee(guest).checked_in is not None)
            # Each of the other desk's check-ins is heard; none of the three here.
            assert desk.heard - heard == n
        again = there.scan("G0000", "Tisch 2", "Ben")  # this desk's admission is the server's
        assert not again.admits and again.attendee is not None
    finally:
        other.close()
        desk.close()
