"""A desk that keeps admitting when the server does not answer, and reports doubles.

Real PostgreSQL, a real SQLite replica, the link made to fail by the fault proxy
(blackhole: bytes vanish, nothing answers) and `pg_ctl stop -m immediate`.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from checkin.core.journal import doubles, presence
from checkin.core.model import Attendee, LogKind, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import DeskState, ImportPlan, StoreError
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import DeskStore
from tests.conftest import FakeClock
from tests.store.conftest import guests, seeded_event, until
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def event(pg_server: PgServer, clock: FakeClock) -> str:
    return seeded_event(pg_server, clock, 20)


def through(url: str, pg_server: PgServer, proxy: FaultProxy) -> str:
    return url.replace(f":{pg_server.port}/", f":{proxy.port}/")


def server_log(url: str) -> list:  # type: ignore[type-arg]
    store = PostgresStore.open(url)
    try:
        return list(store.iter_log())
    finally:
        store.close()


def test_online_the_server_decides_and_the_replica_follows(
    event: str, tmp_path: Path, clock: FakeClock
) -> None:
    desk = DeskStore.open(event, tmp_path / "data")
    try:
        replica = Path(desk.replica.path)
        assert replica.parent == tmp_path / "data"
        assert stat.S_IMODE(replica.stat().st_mode) == 0o600
        assert desk.count_attendees() == 20 and desk.status()["online"]
        verdict = CheckInService(desk, clock).scan("G0001", "Tisch 1", "Anna")
        assert verdict.kind is VerdictKind.ADMITTED and not verdict.offline
        assert desk.find_by_code("G0001")[0].checked_in is not None  # the replica knows
    finally:
        desk.close()
    (check_in,) = [e for e in server_log(event) if e.kind is LogKind.CHECKIN]
    assert check_in.code == "G0001"


def test_a_blackholed_server_costs_the_door_one_deadline_then_nothing(
    event: str, tmp_path: Path, clock: FakeClock, pg_server: PgServer, proxy: FaultProxy
) -> None:
    desk = DeskStore.open(through(event, pg_server, proxy), tmp_path / "data", deadline_s=0.3)
    try:
        service = CheckInService(desk, clock)
        assert service.scan("G0000", "Tisch 1", "Anna").admits
        proxy.blackhole()
        waits = []
        verdicts = []
        for code in ("G0001", "G0002", "G0003", "G0001"):
            started = time.monotonic()
            verdicts.append(service.scan(code, "Tisch 1", "Anna"))
            waits.append(time.monotonic() - started)
        assert max(waits) < 0.3 + 0.25 and sum(waits[1:]) < 0.25  # one deadline, then local
        assert [v.kind for v in verdicts] == [VerdictKind.ADMITTED] * 3 + [
            VerdictKind.ALREADY_CHECKED_IN
        ]
        assert all(v.offline for v in verdicts[:3])
        status = desk.status()
        assert not status["online"] and status["offline_since"] is not None
        assert status["waiting"] == 3  # the three admissions
        assert status["waiting_other"] == 1  # and the refused second scan
        with pytest.raises(StoreError):
            desk.sync()
        proxy.heal()
        # The desk's own probe may have synced first: whoever did, everything is up.
        desk.sync()
        status = desk.status()
        assert abs(status.pop("clock_offset_s")) < 5  # the server runs on this machine's clock
        assert status | {"replica": ""} == {
            "server": desk.path,
            "online": True,
            "offline_since": None,
            "waiting": 0,
            "waiting_other": 0,
            "password_refused": False,
            "replica": "",
            "event": "loaded",
            "erased_here": False,
            "event_changed_at": None,
            "dropped": 0,
            "dropped_other": 0,
        }
        again = desk.sync()  # repeatable: nothing more to do
        assert again == {"uploaded": 0, "doubles": 0, "pulled": 0}
        local_ids = {e.event_id for e in desk.iter_log()}
    finally:
        desk.close()
    log = server_log(event)
    assert sorted(e.code for e in log if e.kind is LogKind.CHECKIN) == [
        "G0000",
        "G0001",
        "G0002",
        "G0003",
    ]
    assert {e.event_id for e in log} == local_ids  # every desk's journal equals the server's


def test_a_ticket_admitted_at_two_desks_in_a_partition_is_reported_as_a_double(
    event: str, tmp_path: Path, clock: FakeClock, pg_server: PgServer, proxy: FaultProxy
) -> None:
    desk_a = DeskStore.open(through(event, pg_server, proxy), tmp_path / "a", deadline_s=0.3)
    desk_b = DeskStore.open(event, tmp_path / "b", deadline_s=0.3)
    try:
        proxy.blackhole()
        a = CheckInService(desk_a, clock).scan("G0005", "Tisch A", "Anna")
        clock.advance(minutes=1)
        b = CheckInService(desk_b, clock).scan("G0005", "Tisch B", "Ben")
        assert a.admits and a.offline and b.admits and not b.offline
        proxy.heal()
        desk_a.sync()  # (or its probe did, a moment before)
        desk_b.sync()
        for desk in (desk_a, desk_b):
            (double,) = doubles(desk.iter_log())
            assert double.first.desk == "Tisch A"  # the first by time
            assert double.second.desk == "Tisch B"
            assert double.code == "G0005"
            state = desk.find_by_code("G0005")[0].checked_in
            assert state is not None and state.desk == "Tisch A"  # everywhere
        assert desk_a.sync() == {"uploaded": 0, "doubles": 0, "pulled": 0}
    finally:
        desk_a.close()
        desk_b.close()
    assert len(doubles(server_log(event))) == 1  # syncing again reports nothing twice


def test_the_window_is_told_of_each_double_once(
    event: str, tmp_path: Path, clock: FakeClock, pg_server: PgServer, proxy: FaultProxy
) -> None:
    """The status bar's notice names each double once: its upload and the pull of the
    other desk's admission (and of this desk's own events coming back) are one report, not
    three ("and 42 more" after a partition that made 33, found by bench_desks --parts
    partition with the window as a desk)."""
    desk_a = DeskStore.open(through(event, pg_server, proxy), tmp_path / "a", deadline_s=0.3)
    desk_b = DeskStore.open(event, tmp_path / "b", deadline_s=0.3)
    told: list[str] = []
    desk_a.watch_state(lambda state: told.extend(d.code for d in state.doubles))
    try:
        proxy.blackhole()
        for code in ("G0005", "G0006"):
            assert CheckInService(desk_a, clock).scan(code, "Tisch A", "Anna").offline
        clock.advance(minutes=1)
        for code in ("G0005", "G0006"):
            assert CheckInService(desk_b, clock).scan(code, "Tisch B", "Ben").admits
        proxy.heal()
        desk_a.sync()  # (or its probe did, a moment before)
        desk_a.pull()  # its own uploads and Tisch B's admissions again: nothing new
        assert desk_a.state().waiting == 0
    finally:
        desk_a.close()
        desk_b.close()
    assert sorted(told) == ["G0005", "G0006"]
    assert len(doubles(server_log(event))) == 2


def test_the_online_desk_is_told_of_the_double_its_pull_finds(
    event: str, tmp_path: Path, clock: FakeClock, pg_server: PgServer, proxy: FaultProxy
) -> None:
    """The desk that stayed online learns of its admission's double from the other desk's
    upload, which only its pull brings: the window's notice is told then too (before, a
    pull kept the double for the next sync or offline scan, so the online desk's status bar
    never named it; found in the German two-window trial)."""
    desk_a = DeskStore.open(through(event, pg_server, proxy), tmp_path / "a", deadline_s=0.3)
    desk_b = DeskStore.open(event, tmp_path / "b", deadline_s=0.3)
    told: list[str] = []
    heard = threading.Event()

    def listen(state: DeskState) -> None:
        told.extend(d.code for d in state.doubles)
        if state.doubles:
            heard.set()

    desk_b.watch_state(listen)
    try:
        proxy.blackhole()
        assert CheckInService(desk_a, clock).scan("G0007", "Tisch A", "Anna").offline
        clock.advance(minutes=1)
        b = CheckInService(desk_b, clock).scan("G0007", "Tisch B", "Ben")
        assert b.admits and not b.offline
        proxy.heal()
        desk_a.sync()  # (or its probe did, a moment before)
        desk_b.pull()  # (or its background did, woken by the upload's notification)
        assert heard.wait(20), "Tisch B was never told of the double"
    finally:
        desk_a.close()
        desk_b.close()
    assert told == ["G0007"]


def test_a_server_stopped_at_once_and_restarted(
    own_pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    url = own_pg_server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(guests(10), clock())
    seed.close()
    desk = DeskStore.open(url, tmp_path / "data")
    try:
        service = CheckInService(desk, clock)
        assert not service.scan("G0000", "T1", "A").offline
        own_pg_server.stop("immediate")
        offline = [service.scan(f"G000{i}", "T1", "A") for i in range(1, 5)]
        assert all(v.admits and v.offline for v in offline)
        own_pg_server.start()
        desk.sync()
        assert desk.status()["waiting"] == desk.status()["waiting_other"] == 0 and desk.online
        log = list(desk.iter_log())
        assert presence(log) == {
            a.id: a.checked_in for a in desk.iter_attendees() if a.checked_in is not None
        }
    finally:
        desk.close()
    assert len([e for e in server_log(url) if e.kind is LogKind.CHECKIN]) == 5


def test_a_desk_starts_from_its_replica_when_the_server_is_down(
    own_pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    url = own_pg_server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(guests(3), clock())
    seed.close()
    DeskStore.open(url, tmp_path / "data").close()  # the first download
    own_pg_server.stop("immediate")
    with pytest.raises(StoreError):
        DeskStore.open(url, tmp_path / "never-synced")  # nothing to decide from
    desk = DeskStore.open(url, tmp_path / "data")
    try:
        assert not desk.online and desk.count_attendees() == 3
        assert CheckInService(desk, clock).scan("G0002", "T1", "A").offline
    finally:
        desk.close()
    own_pg_server.start()


def cli(url: str, folder: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), CHECKIN_DATA_DIR=str(folder))
    env.pop("CHECKIN_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "checkin", args[0], "--db", url, *args[1:]],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=120,
        check=False,
    )


def test_the_command_line_desk_scans_offline_then_syncs(
    own_pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    url = own_pg_server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(guests(5), clock())
    seed.close()
    folder = tmp_path / "desk"
    online = json.loads(cli(url, folder, "scan", "--json", "G0000").stdout)
    assert online["verdict"] == "admitted" and not online["offline"]
    assert oct(folder.stat().st_mode & 0o777) == "0o700"
    own_pg_server.stop("immediate")
    try:
        run = cli(url, folder, "scan", "--json", "-", stdin="G0001\nG0002\nG0001\n")
        answers = [json.loads(line) for line in run.stdout.splitlines()]
        assert [a["verdict"] for a in answers] == ["admitted", "admitted", "already_checked_in"]
        assert all(a["offline"] for a in answers) and run.returncode == 3
        status = json.loads(cli(url, folder, "status", "--json").stdout)
        assert not status["online"] and status["waiting"] == 2  # the two admissions
        assert status["waiting_other"] == 1  # the refused second scan
        said = cli(url, folder, "status").stdout
        assert "2 check-ins waiting (and 1 other record) for the server" in said
        failed = cli(url, folder, "sync")
        assert failed.returncode == 1 and "unreachable" in failed.stderr
    finally:
        own_pg_server.start()
    synced = json.loads(cli(url, folder, "sync", "--json").stdout)
    assert synced["uploaded"] == 3 and synced["online"]
    assert synced["waiting"] == synced["waiting_other"] == 0
    codes = sorted(e.code for e in server_log(url) if e.kind is LogKind.CHECKIN)
    assert codes == ["G0000", "G0001", "G0002"]


def test_other_desks_changes_reach_the_replica_while_online(
    event: str, tmp_path: Path, clock: FakeClock
) -> None:
    desk = DeskStore.open(event, tmp_path / "data")
    other = PostgresStore.open(event)
    try:
        other.set_meta("event_name", "Strategiekonferenz")
        guest = other.find_by_code("G0007")[0]
        CheckInService(other, clock).edit(
            Attendee(**{**_fields(guest), "company": "Neue Firma"}), "T9", "Zoe"
        )
        CheckInService(other, clock).scan("G0008", "T9", "Zoe")
        # No sync: the server's notification makes the desk pull by its cursor.
        until(desk, lambda: desk.find_by_code("G0008")[0].checked_in is not None)
        until(desk, lambda: desk.find_by_code("G0007")[0].company == "Neue Firma")
        desk.sync()  # event details follow on the next pull (they are no journal event)
        assert desk.get_meta("event_name") == "Strategiekonferenz"
        assert desk.find_by_code("G0007")[0].company == "Neue Firma"
        assert [a.code for a in desk.search("neue firma")] == ["G0007"]
        state = desk.find_by_code("G0008")[0].checked_in
        assert state is not None and state.desk == "T9"
        again = CheckInService(desk, clock).scan("G0008", "T1", "Anna")
        assert again.kind is VerdictKind.ALREADY_CHECKED_IN and again.previous == state
    finally:
        other.close()
        desk.close()


def _fields(a: Attendee) -> dict[str, object]:
    from dataclasses import fields

    return {f.name: getattr(a, f.name) for f in fields(a)}


def test_erase_removes_the_replica_too(event: str, tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    assert cli(event, folder, "scan", "--json", "G0001").returncode == 0
    (replica,) = folder.glob("replica-*.sqlite3")
    erased = cli(event, folder, "erase", "--yes", "--json")
    assert erased.returncode == 0, erased.stderr
    assert str(replica) in json.loads(erased.stdout)["erased"]
    assert not replica.exists() and not list(folder.glob("replica-*"))


def test_another_desks_walk_in_is_known_at_once_while_online(
    event: str, tmp_path: Path, clock: FakeClock
) -> None:
    desk = DeskStore.open(event, tmp_path / "data")
    other = PostgresStore.open(event)
    try:
        walk_in = CheckInService(other, clock).walk_in(
            Attendee(code="", first_name="Neu", last_name="Gast"), "T9", "Zoe"
        )
        verdict = CheckInService(desk, clock).scan(walk_in.code, "T1", "Anna")
        assert verdict.kind is VerdictKind.ALREADY_CHECKED_IN and not verdict.offline
        assert verdict.previous is not None and verdict.previous.desk == "T9"
    finally:
        other.close()
        desk.close()


def test_a_walk_in_decided_offline_says_so_in_its_verdict(
    event: str, tmp_path: Path, clock: FakeClock, pg_server: PgServer, proxy: FaultProxy
) -> None:
    desk = DeskStore.open(through(event, pg_server, proxy), tmp_path / "data", deadline_s=0.3)
    try:
        service = CheckInService(desk, clock)
        online = service.walk_in(Attendee(code="", last_name="Früh"), "T1", "Anna")
        assert online.kind is VerdictKind.ADMITTED and not online.offline
        proxy.blackhole()
        offline = service.walk_in(Attendee(code="", last_name="Spät"), "T1", "Anna")
        assert offline.kind is VerdictKind.ADMITTED and offline.offline
        assert offline.attendee is not None and (offline.attendee.id or 0) < 0  # the desk's own
        proxy.heal()
        desk.sync()
        assert [e.code for e in server_log(event) if e.kind is LogKind.WALKIN] == [
            online.code,
            offline.code,
        ]
    finally:
        desk.close()


def test_a_typed_order_code_at_a_desk_lists_its_tickets_never_admits(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    from checkin.core.model import ORDER_CODES_META

    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    order = {"Bestellnummer": "9RPSR"}
    seed.apply_import(
        ImportPlan(
            inserts=(
                Attendee(code="T-1", first_name="Bernd", last_name="Schulz", extra=order),
                Attendee(code="T-2", first_name="Clara", last_name="Weiß", extra=order),
            )
        ),
        clock(),
    )
    seed.set_meta(ORDER_CODES_META, "1")
    seed.close()
    desk = DeskStore.open(url, tmp_path / "data")
    try:
        assert {a.code for a in desk.find_by_order_code("9RPSR")} == {"T-1", "T-2"}
        verdict = CheckInService(desk, clock).scan("9RPSR", "Tisch 1", "Anna")
        assert not verdict.admits
        assert verdict.kind in (VerdictKind.AMBIGUOUS, VerdictKind.UNKNOWN)
        assert all(a.checked_in is None for a in desk.iter_attendees())
    finally:
        desk.close()
