"""An erase at one desk reaches every other desk (issue 12, the two-window trial).

Real PostgreSQL, real DeskStores with their SQLite replicas in data folders of their own,
the fault proxy to take one desk off the network. A desk that finds its event erased on
the server (its id gone: told by the server's notification, or found when it reconnects)
erases its replica as `checkin erase` does and drops the outbox of that event; one that
finds it replaced (erased and a new list imported: another id) downloads the new event.
Every byte of every file in the desk's data folder is read afterwards. Nothing sleeps.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from checkin.core.model import Attendee, LogEntry, LogKind, Outcome
from checkin.core.rules import CheckInService
from checkin.core.store.base import (
    EVENT_UID_META,
    EventChanged,
    EventErased,
    ImportPlan,
)
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import DeskStore
from tests.conftest import FakeClock
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer

pytestmark = pytest.mark.postgres

GUESTS = 40


def code(i: int, new: bool = False) -> str:
    return f"{'NW' if new else 'ER'}{i:04d}QZ"


def email(i: int, new: bool = False) -> str:
    return f"{'nw' if new else 'er'}{i:04d}@probe-erased.example"


def surname(i: int, new: bool = False) -> str:
    return f"{'Neuliste' if new else 'Altliste'}{i:04d}"


def the_list(new: bool = False, n: int = GUESTS) -> ImportPlan:
    return ImportPlan(
        inserts=tuple(
            Attendee(
                code=code(i, new),
                first_name="Probe",
                last_name=surname(i, new),
                email=email(i, new),
            )
            for i in range(n)
        )
    )


def secrets(new: bool = False) -> list[bytes]:
    """What the erased event leaves nowhere: every code, e-mail and name of its list."""
    found: list[str] = []
    for i in range(GUESTS):
        found += [code(i, new), email(i, new), surname(i, new)]
    return [s.encode() for s in found]


def left_in(folder: Path, wanted: list[bytes]) -> dict[str, list[str]]:
    """Of `wanted`, what any byte of any file in `folder` still holds, by file name."""
    found: dict[str, list[str]] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            hits = [s.decode() for s in wanted if s in data]
            if hits:
                found[path.name] = hits[:5]
    return found


def through(url: str, pg_server: PgServer, proxy: FaultProxy) -> str:
    return url.replace(f":{pg_server.port}/", f":{proxy.port}/")


def until_desk(desk: DeskStore, condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Wait until `condition` holds, woken by each state change and each replica change
    the desk announces (no sleeps)."""
    changed = threading.Event()
    unwatch = desk.watch_state(lambda _state: changed.set())
    unsubscribe = desk.subscribe(lambda _change: changed.set())
    try:
        deadline = time.monotonic() + timeout
        while not condition():
            left = deadline - time.monotonic()
            assert left > 0, f"never came: {desk.status()}"
            changed.wait(left)
            changed.clear()
    finally:
        unsubscribe()
        unwatch()


def server_of(url: str) -> PostgresStore:
    return PostgresStore.open(url)


@pytest.fixture
def event(pg_server: PgServer, clock: FakeClock) -> str:
    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    try:
        seed.apply_import(the_list(), clock())
    finally:
        seed.close()
    return url


def test_a_desk_online_erases_its_replica_when_another_desk_erases(
    event: str, tmp_path: Path, clock: FakeClock
) -> None:
    a = DeskStore.open(event, tmp_path / "a")
    b = DeskStore.open(event, tmp_path / "b")
    try:
        service_b = CheckInService(b, clock)
        assert service_b.scan(code(1), "Tisch B", "Ben").admits
        assert left_in(tmp_path / "b", secrets())  # the probe finds what is there
        assert b.status()["event"] == "loaded"
        a.erase()
        assert a.status()["event"] == "erased" and a.status()["erased_here"]
        until_desk(b, lambda: b.status()["event"] == "erased")  # by the server's notification
        status = b.status()
        assert not status["erased_here"] and status["event_changed_at"]
        assert status["waiting"] == 0 and status["dropped"] == 0
        assert b.count_attendees() == 0 and list(b.iter_log()) == []
        assert left_in(tmp_path / "b", secrets()) == {}
        assert left_in(tmp_path / "a", secrets()) == {}
        # No scan is decided from what the desk had: neither admitted nor "unknown".
        with pytest.raises(EventErased) as erased:
            service_b.scan(code(2), "Tisch B", "Ben")
        assert not erased.value.here
        with pytest.raises(EventErased):
            CheckInService(a, clock).scan(code(3), "Tisch A", "Anna")
        server = server_of(event)
        try:
            assert server.count_attendees() == 0 and list(server.iter_log()) == []
        finally:
            server.close()
    finally:
        b.close()
        a.close()
    # Started again, the desk still knows that there is no event (and decides nothing).
    again = DeskStore.open(event, tmp_path / "b")
    try:
        assert again.status()["event"] == "erased"
        with pytest.raises(EventErased):
            CheckInService(again, clock).scan(code(2), "Tisch B", "Ben")
    finally:
        again.close()


def test_a_desk_offline_during_the_erase_drops_its_outbox_when_it_reconnects(
    event: str, tmp_path: Path, clock: FakeClock, pg_server: PgServer, proxy: FaultProxy
) -> None:
    b = DeskStore.open(through(event, pg_server, proxy), tmp_path / "b", deadline_s=0.3)
    try:
        service_b = CheckInService(b, clock)
        proxy.blackhole()
        for i in range(3):  # offline: decided from the replica, kept in the outbox
            verdict = service_b.scan(code(i), "Tisch B", "Ben")
            assert verdict.admits and verdict.offline
        service_b.scan("NOSUCHCODE", "Tisch B", "Ben")  # a refused scan waits too
        assert b.status()["waiting"] == 3 and b.status()["waiting_other"] >= 1
        erasing = DeskStore.open(event, tmp_path / "a")
        try:
            erasing.erase()
        finally:
            erasing.close()
        proxy.heal()  # the desk reconnects by itself (its probe), and finds the event gone
        until_desk(b, lambda: b.status()["event"] == "erased" and b.online, timeout=60)
        status = b.status()
        assert status["waiting"] == 0 and status["waiting_other"] == 0
        assert status["dropped"] == 3 and status["dropped_other"] >= 1
        assert left_in(tmp_path / "b", secrets()) == {}
        with pytest.raises(EventErased):
            service_b.scan(code(5), "Tisch B", "Ben")
    finally:
        b.close()
    server = server_of(event)
    try:  # nothing of the erased event was uploaded into the server
        assert server.count_attendees() == 0 and list(server.iter_log()) == []
    finally:
        server.close()


def test_erase_then_import_in_one_session_is_a_new_event_at_every_desk(
    event: str, tmp_path: Path, clock: FakeClock, pg_server: PgServer, proxy: FaultProxy
) -> None:
    """The organiser's window erases and imports the new list on the same desk. The old
    list had more guests (higher ids) than the new one: none of them may stay."""
    before = server_of(event)
    try:
        old_uid = before.get_meta(EVENT_UID_META)
    finally:
        before.close()
    a = DeskStore.open(event, tmp_path / "a")
    b = DeskStore.open(event, tmp_path / "b")  # online
    c = DeskStore.open(through(event, pg_server, proxy), tmp_path / "c", deadline_s=0.3)
    try:
        proxy.blackhole()
        offline = CheckInService(c, clock).scan(code(30), "Tisch C", "Cem")
        assert offline.admits and offline.offline
        a.erase()
        a.apply_import(the_list(new=True, n=10), clock())
        server = server_of(event)
        try:
            new_uid = server.get_meta(EVENT_UID_META)
            assert new_uid and new_uid != old_uid
            assert server.count_attendees() == 10
        finally:
            server.close()
        new_codes = {code(i, new=True) for i in range(10)}
        for desk in (a, b):
            until_desk(desk, lambda d=desk: {g.code for g in d.iter_attendees()} == new_codes)
            assert desk.get_meta(EVENT_UID_META) == new_uid
        proxy.heal()
        until_desk(c, lambda: c.status()["event"] == "replaced", timeout=60)
        assert {g.code for g in c.iter_attendees()} == new_codes
        assert c.status()["dropped"] == 1
        assert c.get_meta(EVENT_UID_META) == new_uid
        for name in ("b", "c"):
            assert left_in(tmp_path / name, secrets()) == {}, name
            assert left_in(tmp_path / name, secrets(new=True)), name  # the new list is there
        # The new event decides as any event: the new guests come in, at every desk.
        assert CheckInService(b, clock).scan(code(1, new=True), "Tisch B", "Ben").admits
        assert CheckInService(c, clock).scan(code(3, new=True), "Tisch C", "Cem").admits
        assert CheckInService(a, clock).scan(code(2, new=True), "Tisch A", "Anna").admits
        c.sync()  # (decided offline if the server was slow to answer: uploaded now)
    finally:
        c.close()
        b.close()
        a.close()
    server = server_of(event)
    try:  # the old event's offline check-in was not uploaded into the new one
        assert sorted(e.code for e in server.iter_log() if e.kind is LogKind.CHECKIN) == [
            code(1, new=True),
            code(2, new=True),
            code(3, new=True),
        ]
    finally:
        server.close()


def test_a_scan_before_the_desk_heard_of_the_erase_is_not_decided_from_its_copy(
    event: str, tmp_path: Path, clock: FakeClock
) -> None:
    """The server's answer says the guest is gone: the desk decides nothing from its copy
    (before the fix it went "offline" and admitted from the erased replica)."""
    b = DeskStore.open(event, tmp_path / "b")
    try:
        with b._lock:  # the desk's background cannot follow the erase meanwhile
            server = server_of(event)
            try:
                server.erase()
            finally:
                server.close()
            with pytest.raises(EventChanged):
                CheckInService(b, clock).scan(code(4), "Tisch B", "Ben")
            assert b.online and b.status()["waiting"] == 0
        until_desk(b, lambda: b.status()["event"] == "erased")
    finally:
        b.close()


def test_an_upload_into_another_event_writes_nothing(event: str, clock: FakeClock) -> None:
    """The upload names the event it was decided in, checked in its own transaction."""
    server = server_of(event)
    try:
        guest = server.find_by_code(code(1))[0]
        entry = LogEntry(
            at=clock(),
            kind=LogKind.CHECKIN,
            desk="Tisch B",
            operator="Ben",
            result=Outcome.ADMITTED,
            attendee_id=guest.id,
            code=guest.code,
        )
        before = list(server.iter_log())
        with pytest.raises(EventChanged):
            server.merge([entry], event_uid="another event")
        assert list(server.iter_log()) == before
        server.merge([entry], event_uid=server.get_meta(EVENT_UID_META))
        assert len(list(server.iter_log())) == len(before) + 1
    finally:
        server.close()
