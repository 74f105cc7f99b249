"""Every write the window makes on the GUI thread is bounded when the link dies while the
desk still believes it is online: an undo, a correction, a walk-in, a badge's record and a
picked guest's check-in are decided at the desk within the scan's deadline (queued for
upload), the event's details are refused within the window's write bound (NeedsServer).

Real PostgreSQL behind the fault proxy, blackholed: a call that waited for the link would
wait for minutes; what is asserted besides a generous stopwatch (5 s) is where each was
decided. The desk's lock is held, so its heartbeat never finds the link dead first.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from checkin.core.badges.service import record_printed
from checkin.core.event import Event, save_event
from checkin.core.model import Attendee, LogKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import NeedsServer
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import WRITE_DEADLINE_S, DeskStore
from tests.conftest import FakeClock
from tests.store.conftest import seeded_event
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer

pytestmark = pytest.mark.postgres

#: A blackholed link answers nothing for minutes; a bounded write is done long before.
BOUND_S = 5.0


def test_the_windows_writes_never_wait_for_a_dead_link(
    pg_server: PgServer, proxy: FaultProxy, tmp_path: Path, clock: FakeClock
) -> None:
    url = seeded_event(pg_server, clock, 6)
    desk = DeskStore.open(
        url.replace(f":{pg_server.port}/", f":{proxy.port}/"),
        tmp_path / "d",
        write_deadline_s=WRITE_DEADLINE_S,
    )
    service = CheckInService(desk, desk.now)
    guest = {a.code: a for a in desk.iter_attendees()}

    def gid(code: str) -> int:
        found = guest[code].id
        assert found is not None
        return found

    assert service.scan("G0000", "Tisch 1", "Anna").admits
    actions: list[tuple[str, Callable[[], Any]]] = [
        ("undo", lambda: service.undo(gid("G0000"), "Tisch 1", "Anna")),
        (
            "edit",
            lambda: service.edit(
                replace(guest["G0001"], first_name="Gäste"), "Tisch 1", "Anna", guest["G0001"]
            ),
        ),
        (
            "walk-in",
            lambda: service.walk_in(Attendee(code="", last_name="Spontan"), "Tisch 1", "Anna"),
        ),
        (
            "badge",
            lambda: record_printed(desk, guest["G0002"], "Brother", "Tisch 1", "Anna", desk.now),
        ),
        ("pick", lambda: service.check_in(gid("G0003"), "Tisch 1", "Anna")),
        ("details", lambda: save_event(desk, Event(name="Strategiekonferenz"))),
    ]
    outcomes: dict[str, Any] = {}
    queued: dict[str, set[LogKind]] = {}
    try:
        with desk._lock:  # no heartbeat, no pull: the desk believes it is online
            for what, action in actions:
                proxy.heal()
                desk.sync()
                assert desk.online
                proxy.blackhole()
                started = time.monotonic()
                try:
                    outcomes[what] = action()
                except NeedsServer as exc:
                    outcomes[what] = exc
                took = time.monotonic() - started
                assert took < BOUND_S, (what, took)
                queued[what] = {e.kind for e in desk.replica.pending()}
        proxy.heal()
        assert outcomes["undo"] is not None
        assert outcomes["walk-in"].admits and outcomes["walk-in"].offline
        assert outcomes["pick"].admits and outcomes["pick"].offline
        assert isinstance(outcomes["details"], NeedsServer)
        assert queued == {  # each decided here, waiting for upload
            "undo": {LogKind.UNDO},
            "edit": {LogKind.EDIT},
            "walk-in": {LogKind.WALKIN},
            "badge": {LogKind.BADGE_PRINTED},
            "pick": {LogKind.CHECKIN},
            "details": set(),  # nothing: refused
        }
        desk.sync()  # and all of it reaches the server
        seed = PostgresStore.open(url)
        try:
            kinds = [e.kind for e in seed.iter_log()]
            for kind in (LogKind.UNDO, LogKind.EDIT, LogKind.WALKIN, LogKind.BADGE_PRINTED):
                assert kind in kinds
            assert seed.find_by_code("G0001")[0].first_name == "Gäste"
            assert seed.get_meta("event_name") == ""
        finally:
            seed.close()
    finally:
        desk.close()
