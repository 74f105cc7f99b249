"""A worker's desk (`DeskStore.reopen`, the window's background work) judges a door
decision as the desk does: the server decides while it answers, within the deadline,
on a connection of the worker's own made when first needed; the replica decides only
when the server does not answer in time.

It had no scan connection: every check-in, undo, refusal or correction on it was decided
from the replica while the desk was online, marked offline, and a ticket another desk had
admitted a moment ago (not pulled here yet) was admitted again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checkin.core.model import LogKind, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import DeskState
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import DeskStore
from tests.conftest import FakeClock
from tests.store.conftest import seeded_event
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer

pytestmark = pytest.mark.postgres


def _through(url: str, pg_server: PgServer, proxy: FaultProxy) -> str:
    return url.replace(f":{pg_server.port}/", f":{proxy.port}/")


def test_a_workers_desk_asks_the_server_and_admits_no_ticket_twice(
    pg_server: PgServer, proxy: FaultProxy, tmp_path: Path, clock: FakeClock
) -> None:
    url = seeded_event(pg_server, clock, 4)
    desk = DeskStore.open(_through(url, pg_server, proxy), tmp_path / "d")
    worker = desk.reopen()
    other = PostgresStore.open(url)
    try:
        with desk._lock:  # the desk pulls nothing meanwhile: its replica is behind
            assert CheckInService(other, clock).scan("G0001", "Tisch 2", "Ben").admits
            judge = CheckInService(worker, desk.now)
            again = judge.scan("G0001", "Tisch 1", "Anna")
            assert again.kind is VerdictKind.ALREADY_CHECKED_IN and not again.offline
            admitted = judge.scan("G0002", "Tisch 1", "Anna")
            assert admitted.admits and not admitted.offline
            (on_server,) = other.find_by_code("G0002")
            assert on_server.checked_in is not None  # decided there, not queued here
            undone = judge.undo(on_server.id or 0, "Tisch 1", "Anna")
            assert undone is not None
            assert not [e for e in worker.replica.pending() if e.kind is not LogKind.REJECTED]

            told: list[DeskState] = []
            desk.watch_state(told.append)  # the window's status bar
            proxy.blackhole()  # the server stops answering: the worker decides here
            offline = judge.scan("G0003", "Tisch 1", "Anna")
            assert offline.admits and offline.offline
            assert desk.offline  # the desk's link, which its background probes
            assert told and told[-1].online is False and told[-1].waiting == 1
        proxy.heal()
        desk.sync()
        assert other.find_by_code("G0003")[0].checked_in is not None  # uploaded by the desk
        checked_in = [e.code for e in other.iter_log() if e.kind is LogKind.CHECKIN]
        assert sorted(checked_in) == ["G0001", "G0002", "G0003"]  # G0001 once
    finally:
        other.close()
        worker.close()
        desk.close()
