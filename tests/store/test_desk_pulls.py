"""What keeping a desk's replica current costs the server (issue 12): how often a desk
pulls, and how much a pull fetches.

Real PostgreSQL, real desks (`DeskStore`, its background, its listener); nothing sleeps:
the tests wait for the desk to announce the change (`until`)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

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
