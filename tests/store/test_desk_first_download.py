"""A desk whose first download of the event did not finish must not judge from it.

Its replica file exists (created before the download) but holds no guests: started
offline from it, every guest of the event would read "unknown", a wrong verdict for
people who are on the list. Real PostgreSQL, the link cut by the fault proxy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checkin.core.model import Attendee, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import ImportPlan, StoreError
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import DeskStore
from tests.conftest import FakeClock
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer

pytestmark = pytest.mark.postgres


class HostGoesDown(FaultProxy):
    """Once the marker was sent, the server's host is gone (every connection refused)."""

    def reset_all(self) -> None:
        if not self._stop.is_set():
            self._refuse.set()
        super().reset_all()


def test_a_desk_whose_first_download_was_cut_does_not_start_offline_on_nothing(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(
        ImportPlan(inserts=tuple(Attendee(code=f"H{i}", last_name=f"Gast {i}") for i in range(5))),
        clock(),
    )
    seed.close()
    with HostGoesDown(pg_server.port) as proxy:
        far = url.replace(f":{pg_server.port}/", f":{proxy.port}/")
        proxy.reset_when_sent(b"FROM log WHERE id >")  # the first download's pull
        with pytest.raises(StoreError):
            DeskStore.open(far, tmp_path / "data")
        try:
            desk = DeskStore.open(far, tmp_path / "data")  # the host is still down
        except StoreError:
            return  # nothing to decide from: said at start, as for a desk that never synced
        try:
            verdict = CheckInService(desk, clock).scan("H3", "Tisch 1", "Anna")
            assert verdict.kind is not VerdictKind.UNKNOWN, "a guest on the list read unknown"
        finally:
            desk.close()
