"""A desk far from the server (a slow venue uplink): the server still decides each scan.

A check-in on PostgreSQL is one statement (one round trip, its own commit), so with a
100 ms round trip a desk with a 450 ms deadline is answered by the server; the
transaction it replaced took six round trips (600 ms) and every scan went offline.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from checkin.core.model import Attendee, LogKind, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import ImportPlan
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import DeskStore
from tests.conftest import FakeClock
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer

pytestmark = pytest.mark.postgres


@pytest.fixture
def far_desk(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> Iterator[tuple[DeskStore, str]]:
    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(
        ImportPlan(inserts=tuple(Attendee(code=f"F{i}", last_name=f"Gast {i}") for i in range(6))),
        clock(),
    )
    seed.close()
    with FaultProxy(pg_server.port) as proxy:
        desk = DeskStore.open(
            url.replace(f":{pg_server.port}/", f":{proxy.port}/"), tmp_path / "d", deadline_s=0.45
        )
        proxy.delay = 0.05  # each way: a 100 ms round trip
        try:
            yield desk, url
        finally:
            desk.close()


def test_the_server_decides_for_a_desk_100_ms_away(
    far_desk: tuple[DeskStore, str], clock: FakeClock
) -> None:
    desk, url = far_desk
    service = CheckInService(desk, clock)
    verdicts = [service.scan(f"F{i}", "Tisch 1", "Anna") for i in range(4)]
    assert [v.kind for v in verdicts] == [VerdictKind.ADMITTED] * 4
    assert not any(v.offline for v in verdicts) and desk.online
    server = PostgresStore.open(url)
    try:
        check_ins = [e for e in server.iter_log() if e.kind is LogKind.CHECKIN]
        assert sorted(e.code for e in check_ins) == ["F0", "F1", "F2", "F3"]
        assert server.find_by_code("F2")[0].checked_in is not None
    finally:
        server.close()
