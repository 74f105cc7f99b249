"""A desk whose pull found the journal held back pulls again until it is not.

A pull reads the journal only up to the oldest transaction still running
(`PostgresStore.log_after`). Another desk's check-in committed after such a transaction
began is heard, but the pull it wakes cannot read it yet. When the holding transaction
then ends without a notification (it failed: an import's part that met a lock, a desk's
upload cut on a dead link; or it was this desk's own scan, whose announcement the desk
skips), nothing wakes the desk again: the check-in reached its replica only with the
pull every FOLLOW_EVERY_S (15 s), the desk online meanwhile. Real PostgreSQL; a second
session holds the transaction.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import psycopg
import pytest

from checkin.core.rules import CheckInService
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import FOLLOW_EVERY_S, DeskStore
from tests.conftest import FakeClock
from tests.store.conftest import seeded_event, until
from tests.store.pg_server import PgServer

pytestmark = pytest.mark.postgres


def test_a_check_in_held_back_by_a_failed_transaction_arrives_without_the_follow_pull(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    url = seeded_event(pg_server, clock, 3)
    desk = DeskStore.open(url, tmp_path / "d")
    other = PostgresStore.open(url)
    try:
        ids = {a.code: a.id for a in desk.iter_attendees()}
        guest = ids["G0001"]
        assert guest is not None
        # Each read of the journal the desk's pulls make, seen (the real read, observed).
        server = desk._server
        assert server is not None
        read = server.log_after
        reads: list[int] = []
        seen = threading.Condition()

        def observed(*args: Any) -> Any:
            found = read(*args)
            with seen:
                reads.append(len(found[0]))
                seen.notify_all()
            return found

        server.log_after = observed  # type: ignore[method-assign]
        with psycopg.connect(url) as holder:
            holder.execute("SELECT pg_current_xact_id()")  # a transaction in flight
            with seen:
                reads.clear()
            assert CheckInService(other, clock).scan("G0001", "Tisch 2", "Ben").admits
            # Heard and pulled, twice (the pull a notification wakes owes one more): the
            # check-in waits behind the open transaction.
            with seen:
                assert seen.wait_for(lambda: len(reads) >= 2, timeout=10)
                assert not any(reads)
            assert desk.get_attendee(guest).checked_in is None
            holder.rollback()  # it fails: no notification
        # The desk pulls again by itself, well before its every-15-s pull.
        until(desk, lambda: desk.get_attendee(guest).checked_in is not None, FOLLOW_EVERY_S / 3)
    finally:
        other.close()
        desk.close()
