"""A scan's deadline is the verdict's, not the server's: a scan whose server goes silent,
or whose connection must first be made again, is decided offline within `deadline_s`.

The server's calls of a scan get the deadline less the scan's own recent work
(`server_share`), so the offline decision's durable commit comes within the deadline; a
connection made inside a scan is made in the background and waited for no longer than
the scan has left; a connection busy with the background's call is not waited for past
it. Real PostgreSQL behind the fault proxy. What is asserted is what each wait was given
and who decided; stopwatches only with bounds far from the deadline's 0.3 s and far
under what the old waits took (libpq's connect_timeout of 5 s, the call deadline of 8 s).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from checkin.core.model import LogKind, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store import postgres
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import (
    RESERVE_MAX_SHARE,
    RESERVE_MIN_S,
    RESERVE_START_S,
    DeskStore,
    server_share,
)
from tests.conftest import FakeClock
from tests.store.conftest import seeded_event
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer

#: Far under the waits this file's fixes removed (connect_timeout 5 s, call deadline 8 s),
#: far above the deadline (0.3 s) on a loaded host.
GENEROUS_S = 3.0


@pytest.mark.parametrize(
    ("own_work", "share"),
    [
        ((), 0.3 - RESERVE_START_S),  # nothing measured yet
        ((0.001,) * 10, 0.3 - RESERVE_MIN_S),  # floored
        ((0.002,) * 49 + (0.04,), 0.3 - 0.04),  # the slowest of 50 is their p99
        ((0.01, 0.03, 0.02), 0.3 - 0.03),
        ((2.0,), 0.3 * (1 - RESERVE_MAX_SHARE)),  # a slow disk leaves the server 2/3
    ],
)
def test_the_servers_share_leaves_room_for_the_scans_own_work(
    own_work: tuple[float, ...], share: float
) -> None:
    assert server_share(0.3, own_work) == pytest.approx(share)


@pytest.fixture
def event(pg_server: PgServer, clock: FakeClock) -> str:
    return seeded_event(pg_server, clock, 10)


@pytest.fixture
def desk(event: str, pg_server: PgServer, proxy: FaultProxy, tmp_path: Path) -> Iterator[DeskStore]:
    store = DeskStore.open(event.replace(f":{pg_server.port}/", f":{proxy.port}/"), tmp_path / "d")
    try:
        yield store
    finally:
        store.close()


def _admitted_online(service: CheckInService, codes: list[str]) -> None:
    for code in codes:
        verdict = service.scan(code, "Tisch 1", "Anna")
        assert verdict.kind is VerdictKind.ADMITTED and not verdict.offline, verdict


@pytest.mark.postgres
def test_a_server_gone_silent_leaves_the_offline_commit_inside_the_deadline(
    desk: DeskStore, proxy: FaultProxy, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The link dies with the desk online on a live scan connection: the server's wait is
    handed the deadline less the scan's own measured work, and the offline decision is
    committed in the time left."""
    service = CheckInService(desk, clock)
    _admitted_online(service, ["G0000", "G0001", "G0002"])  # the scans' own work measured
    scan_server = desk._scan
    assert scan_server is not None
    handed: list[float] = []
    real_deadline = scan_server.deadline

    def recorded(seconds: float) -> contextlib.AbstractContextManager[None]:
        handed.append(seconds)
        return real_deadline(seconds)

    monkeypatch.setattr(scan_server, "deadline", recorded)
    committed: list[float] = []
    real_decide = desk.replica.decide_offline

    def decide(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        result = real_decide(*args, **kwargs)  # type: ignore[arg-type]
        committed.append(time.monotonic())
        return result

    monkeypatch.setattr(desk.replica, "decide_offline", decide)
    share = desk.server_share_s()
    proxy.blackhole()
    started = time.monotonic()
    verdict = service.scan("G0003", "Tisch 1", "Anna")
    took = time.monotonic() - started

    assert verdict.kind is VerdictKind.ADMITTED and verdict.offline
    assert desk.offline
    assert [e.code for e in desk.replica.pending() if e.kind is LogKind.CHECKIN] == ["G0003"]
    # The server was given its share only, never the whole deadline: the rest is the
    # room the offline decision's commit had.
    assert handed and max(handed) <= share < desk.deadline_s
    assert desk.deadline_s - share >= RESERVE_MIN_S
    assert len(committed) == 1 and committed[0] - started < GENEROUS_S
    assert took < GENEROUS_S


@pytest.mark.postgres
def test_a_scan_never_waits_for_a_connect_to_a_silent_server(
    desk: DeskStore, proxy: FaultProxy, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scan connection is gone (its last call failed) while the desk is online, and
    the server's port takes TCP connections but never answers (blackholed): the scan
    makes no connection itself; it waits for one made in the background no longer than
    it has left, and is decided offline (libpq would have waited connect_timeout, 5 s)."""
    service = CheckInService(desk, clock)
    _admitted_online(service, ["G0000"])
    scan_server = desk._scan
    assert scan_server is not None
    connecting: list[str] = []
    real_connect = PostgresStore._connect

    def connect(store: PostgresStore):  # type: ignore[no-untyped-def]
        connecting.append(threading.current_thread().name)
        return real_connect(store)

    monkeypatch.setattr(PostgresStore, "_connect", connect)
    proxy.blackhole()
    scan_server._drop()  # as after a reset its call found: the next call connects afresh
    assert desk.online
    started = time.monotonic()
    verdict = service.scan("G0001", "Tisch 1", "Anna")
    took = time.monotonic() - started

    assert verdict.kind is VerdictKind.ADMITTED and verdict.offline
    assert threading.current_thread().name not in connecting
    assert "checkin-pg-connect" in connecting  # it was tried, in the background
    assert took < GENEROUS_S < postgres.CONNECT_TIMEOUT_S
    proxy.heal()


@pytest.mark.postgres
def test_a_scan_never_waits_past_its_deadline_for_a_busy_connection(
    desk: DeskStore, proxy: FaultProxy, clock: FakeClock
) -> None:
    """Another call holds the scan connection (as the background's did, waiting up to the
    call deadline of 8 s on a dead link): the scan does not wait for it past its deadline
    and is decided offline; nothing was sent on its behalf."""
    service = CheckInService(desk, clock)
    _admitted_online(service, ["G0000"])
    scan_server = desk._scan
    assert scan_server is not None
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with scan_server._lock:
            held.set()
            release.wait(30)

    holder = threading.Thread(target=hold, daemon=True)
    holder.start()
    try:
        assert held.wait(10)
        started = time.monotonic()
        verdict = service.scan("G0001", "Tisch 1", "Anna")
        took = time.monotonic() - started
    finally:
        release.set()
        holder.join(10)
    assert verdict.kind is VerdictKind.ADMITTED and verdict.offline
    assert took < GENEROUS_S
    # Nothing was asked on the scan's behalf: the server has never heard of this check-in.
    assert [e.code for e in desk.replica.pending() if e.kind is LogKind.CHECKIN] == ["G0001"]


def test_a_short_call_after_a_long_one_is_cut_at_its_own_end(
    pg_server: PgServer, clock: FakeClock, proxy: FaultProxy
) -> None:
    """The watchdog is woken only for a call due before it looks again by itself: after a
    long call given the whole call deadline (the watchdog then sleeps towards that end),
    a scan's call given 0.3 s on a dead link is cut after 0.3 s, not at that end."""
    url = seeded_event(pg_server, clock, 3)
    store = PostgresStore.open(url.replace(f":{pg_server.port}/", f":{proxy.port}/"))
    try:
        # A call given CALL_DEADLINE_S that lasts past the watchdog's idle look (0.5 s):
        # the watchdog then sleeps towards that call's end.
        store._read("SELECT pg_sleep(0.7)")
        proxy.blackhole()
        started = time.monotonic()
        with pytest.raises(postgres.StoreError), store.deadline(0.3):
            store.clock_now()
        assert time.monotonic() - started < GENEROUS_S < postgres.CALL_DEADLINE_S
    finally:
        proxy.heal()
        store.close()
