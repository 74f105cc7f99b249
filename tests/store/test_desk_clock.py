"""A desk's clock is measured against the server's, and its events are stamped on the
server's clock: "first by time" (`journal.admissions`, the doubles on the report) is
the first in real order, whatever the desks' own clocks say.

Real PostgreSQL behind the fault proxy; desk B is the command line (`checkin status`,
`scan`, `sync`) with a clock ten minutes slow, desk A a DeskStore with the right time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from checkin.cli import main
from checkin.core.clock import system_clock
from checkin.core.journal import doubles
from checkin.core.model import LogKind, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import DeskStore
from tests.conftest import FakeClock
from tests.store.conftest import seeded_event
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer
from tests.store.test_desk_window import Desk, scan

pytestmark = pytest.mark.postgres

SLOW = timedelta(minutes=10)


def slow_clock() -> datetime:
    """A desk whose clock is ten minutes behind (the server runs on this machine's)."""
    return system_clock() - SLOW


@pytest.fixture
def event(pg_server: PgServer, clock: FakeClock) -> str:
    return seeded_event(pg_server, clock, 5)


@pytest.fixture
def links(pg_server: PgServer) -> Iterator[tuple[FaultProxy, FaultProxy]]:
    with FaultProxy(pg_server.port) as a, FaultProxy(pg_server.port) as b:
        yield a, b


def _through(url: str, pg_server: PgServer, proxy: FaultProxy) -> str:
    return url.replace(f":{pg_server.port}/", f":{proxy.port}/")


@pytest.fixture
def desks(qtbot, tmp_path: Path, clock: FakeClock) -> Iterator[Desk]:  # noqa: ANN001
    desk = Desk(qtbot, tmp_path, clock)
    yield desk
    desk.close()


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    status = main(list(args), clock=slow_clock)
    out, err = capsys.readouterr()
    assert status == 0, (args, out, err)
    return out


def test_a_desk_ten_minutes_slow_is_not_first_by_its_own_clock(
    event: str,
    pg_server: PgServer,
    links: tuple[FaultProxy, FaultProxy],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Both desks offline admit one ticket, A (right clock) and then B (ten minutes slow):
    after the heal the journal's doubles, on the server and at each desk, say A first."""
    monkeypatch.setenv("CHECKIN_DATA_DIR", str(tmp_path / "desk-b"))
    link_a, link_b = links
    url_b = _through(event, pg_server, link_b)
    # B's offset is measured while it reaches the server, kept in its replica, and said.
    status = json.loads(_cli(capsys, "status", "--db", url_b, "--json"))
    assert status["online"]
    assert status["clock_offset_s"] == pytest.approx(SLOW.total_seconds(), abs=5)
    desk_a = DeskStore.open(_through(event, pg_server, link_a), tmp_path / "a")
    try:
        assert desk_a.clock_offset_s == pytest.approx(0, abs=5)
        link_a.refuse()  # the server is gone for both desks
        link_b.refuse()
        first = CheckInService(desk_a, desk_a.now).scan("G0001", "Tisch A", "Anna")
        assert first.kind is VerdictKind.ADMITTED and first.offline
        # B starts offline from its replica and stamps by the offset kept there.
        out = _cli(capsys, "scan", "G0001", "--db", url_b, "--desk", "Tisch B")
        assert out.startswith("ADMITTED") and "offline" in out
        link_a.heal()
        link_b.heal()
        desk_a.sync()
        _cli(capsys, "sync", "--db", url_b)
        desk_a.sync()  # B's admission pulled here
        here = doubles(desk_a.iter_log())
    finally:
        desk_a.close()
    server = PostgresStore.open(event)
    try:
        there = doubles(server.iter_log())
        admissions = [e for e in server.iter_log() if e.kind is LogKind.CHECKIN]
    finally:
        server.close()
    for found in (there, here):
        assert [(d.first.desk, d.second.desk) for d in found] == [("Tisch A", "Tisch B")]
    # B's admission is stamped on the server's clock: after A's, not ten minutes before.
    by_desk = {e.desk: e.at for e in admissions}
    assert timedelta(0) <= by_desk["Tisch B"] - by_desk["Tisch A"] < timedelta(minutes=1)


def test_the_window_says_a_clock_far_off_the_servers_and_stamps_by_the_server(
    qtbot,  # noqa: ANN001
    desks: Desk,
    event: str,
    tmp_path: Path,
) -> None:
    """In German: the status bar warns of the slow clock; a scan at the window is stamped
    on the server's clock, not on the desk's (nor on the clock the app was handed)."""
    from checkin.qt.app import open_event
    from tests.qt.test_german_everywhere import German

    store = open_event(event, None, tmp_path / "desk", clock=slow_clock)
    window = desks.window(store, "de")
    status = window.desk_status
    assert status is not None
    assert status.text() == "Online · ⚠ die Uhr dieses Rechners geht 10 min nach"
    checker = German(["Online"])
    checker.check_text("status", status.text())
    checker.check_text("status tooltip", status.toolTip())
    assert checker.found == []
    verdict = scan(qtbot, window, "G0002")[0]
    assert verdict.kind is VerdictKind.ADMITTED and not verdict.offline
    assert abs(verdict.at - system_clock()) < timedelta(minutes=1)
    admitted = store.find_by_code("G0002")[0].checked_in
    assert admitted is not None and abs(admitted.at - system_clock()) < timedelta(minutes=1)


def test_a_smaller_offset_never_stamps_an_event_before_the_last_one(
    event: str, tmp_path: Path, clock: FakeClock
) -> None:
    """Review 7: an admission, its undo, then the offset measured 3 s smaller: the next
    admission would be stamped before the undo, and the journal would report a double
    that never was. The desk's stamps never go backwards."""
    desk = DeskStore.open(event, tmp_path / "desk", clock=clock)
    try:
        service = CheckInService(desk, desk.now)
        assert service.scan("G0001", "Tisch A", "Anna").kind is VerdictKind.ADMITTED
        clock.advance(seconds=1)
        first = desk.find_by_code("G0001")[0]
        assert first.id is not None
        service.undo(first.id, "Tisch A", "Anna")
        desk.clock_offset_s = (desk.clock_offset_s or 0.0) - 3.0  # as a new reading would
        clock.advance(seconds=1)
        again = service.scan("G0001", "Tisch A", "Anna")
        assert again.kind is VerdictKind.ADMITTED
        log = list(desk.log_for(first.id))
        assert [e.at for e in log] == sorted(e.at for e in log)
        assert doubles(desk.iter_log()) == []
    finally:
        desk.close()
