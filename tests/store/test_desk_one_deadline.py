"""One deadline per scan, end to end: every server call of a scan shares it.

A check-in whose statement found the guest not free used to start its fallback
transaction on a fresh deadline, and a refused scan's record took a second round trip
on a fresh one too: a scan could take twice the deadline. Real PostgreSQL behind the
fault proxy; what is asserted is who decided and where the record went, not times.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from checkin.core.model import Attendee, LogKind, Outcome, Status, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import ImportPlan, StoreError
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import DeskStore
from tests.conftest import FakeClock
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer

pytestmark = pytest.mark.postgres

ROWS = (
    *(Attendee(code=f"O{i}", last_name=f"Gast {i}") for i in range(4)),
    Attendee(code="O-UNPAID", last_name="Offen", status=Status.UNPAID),
)


@pytest.fixture
def event(pg_server: PgServer, clock: FakeClock) -> Iterator[tuple[str, PostgresStore]]:
    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(ImportPlan(inserts=ROWS), clock())
    try:
        yield url, seed
    finally:
        seed.close()


def _through(url: str, pg_server: PgServer, proxy: FaultProxy) -> str:
    return url.replace(f":{pg_server.port}/", f":{proxy.port}/")


def test_the_calls_of_a_deadline_block_share_it(
    event: tuple[str, PostgresStore], pg_server: PgServer
) -> None:
    """A call cut at the block's deadline leaves nothing for the next one: it is not sent."""
    url, _ = event
    with FaultProxy(pg_server.port) as proxy:
        store = PostgresStore.open(_through(url, pg_server, proxy))
        try:
            proxy.blackhole()
            with store.deadline(0.2):
                with pytest.raises(StoreError, match="did not answer within"):
                    store.get_meta("")
                with pytest.raises(StoreError, match="not asked"):
                    store.get_meta("")  # a fresh deadline would wait another 0.2 s
            proxy.heal()
            assert store.get_meta("missing", "none") == "none"  # outside: connects afresh
        finally:
            store.close()


def test_a_refusal_the_server_decided_is_recorded_without_a_second_round_trip(
    event: tuple[str, PostgresStore], tmp_path: Path, clock: FakeClock
) -> None:
    """The server says 'already checked in' (one round trip); the refusal's record waits
    in the outbox for the background (held here by the desk's lock), then is uploaded."""
    url, seed = event
    CheckInService(seed, clock).scan("O1", "Tisch 2", "Zoe")
    desk = DeskStore.open(url, tmp_path / "d")
    try:
        with desk._lock:
            verdict = CheckInService(desk, clock).scan("O1", "Tisch 1", "Anna")
            assert verdict.kind is VerdictKind.ALREADY_CHECKED_IN and not verdict.offline
            assert desk.online
            assert [e.kind for e in desk.replica.pending()] == [LogKind.REJECTED]
            assert seed.last_log_entry(LogKind.REJECTED) is None
        desk.sync()
        refused = seed.last_log_entry(LogKind.REJECTED)
        assert refused is not None and refused.result is Outcome.ALREADY_CHECKED_IN
        assert refused.desk == "Tisch 1" and desk.replica.count_pending() == 0
    finally:
        desk.close()


def test_a_refusal_judged_from_the_replica_alone_is_recorded_on_the_server_at_once(
    event: tuple[str, PostgresStore], tmp_path: Path, clock: FakeClock
) -> None:
    """'Not paid' needs no question to the server: the refusal's record is the scan's one
    round trip, on the server when the verdict shows."""
    url, seed = event
    desk = DeskStore.open(url, tmp_path / "d")
    try:
        with desk._lock:
            verdict = CheckInService(desk, clock).scan("O-UNPAID", "Tisch 1", "Anna")
            assert verdict.kind is VerdictKind.NOT_PAID and not verdict.offline
            assert desk.replica.count_pending() == 0
            refused = seed.last_log_entry(LogKind.REJECTED)
            assert refused is not None and refused.result is Outcome.NOT_PAID
    finally:
        desk.close()


def test_an_unknown_code_the_server_was_asked_about_is_recorded_later(
    event: tuple[str, PostgresStore], tmp_path: Path, clock: FakeClock
) -> None:
    url, seed = event
    desk = DeskStore.open(url, tmp_path / "d")
    try:
        with desk._lock:
            verdict = CheckInService(desk, clock).scan("NOPE-1", "Tisch 1", "Anna")
            assert verdict.kind is VerdictKind.UNKNOWN and not verdict.offline
            assert [e.kind for e in desk.replica.pending()] == [LogKind.REJECTED]
        desk.sync()
        refused = seed.last_log_entry(LogKind.REJECTED)
        assert refused is not None and refused.result is Outcome.UNKNOWN
    finally:
        desk.close()


def test_a_check_in_after_a_slow_lookup_gets_what_the_scan_has_left(
    event: tuple[str, PostgresStore], pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    """Another desk's walk-in, not pulled here yet: the lookup asks the server (a 100 ms
    round trip of a 150 ms deadline); the check-in then has under 50 ms, less than a round
    trip, and the desk decides from what it has (marked offline), never twice the deadline."""
    url, seed = event
    walk_in = CheckInService(seed, clock)
    with FaultProxy(pg_server.port) as proxy:
        desk = DeskStore.open(_through(url, pg_server, proxy), tmp_path / "d", deadline_s=0.15)
        try:
            with desk._lock:
                added = walk_in.walk_in(Attendee(code="W-NEU", last_name="Spontan"), "T2", "Zoe")
                assert added.attendee is not None and added.attendee.id is not None
                walk_in.undo(added.attendee.id, "T2", "Zoe")  # they left: free again
                proxy.delay = 0.05  # each way: a 100 ms round trip
                verdict = CheckInService(desk, clock).scan("W-NEU", "Tisch 1", "Anna")
                proxy.delay = 0
            assert verdict.offline
            assert verdict.kind in (VerdictKind.ADMITTED, VerdictKind.UNKNOWN)
        finally:
            desk.close()


def test_a_window_write_and_its_pull_share_one_bound(
    event: tuple[str, PostgresStore], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A change only the server makes (event details, an import, erase) and the pull that
    follows it get one `write_deadline_s` between them, not one each: the pull's block
    ends when the change's does (before, it started afresh and a window write could take
    the bound three times: the lock's wait, the change, the pull)."""
    url, seed = event
    desk = DeskStore.open(url, tmp_path / "d", write_deadline_s=5.0)
    try:
        server = desk._live_server()
        ends: list[float] = []
        real = server.deadline

        def recorded(seconds: float) -> contextlib.AbstractContextManager[None]:
            ends.append(time.monotonic() + seconds)
            return real(seconds)

        monkeypatch.setattr(server, "deadline", recorded)
        desk.set_meta("event_name", "Strategiekonferenz")
        assert len(ends) == 2, ends  # the change, then the pull
        assert ends[1] <= ends[0] + 0.0005  # the change's fsync alone takes longer
        assert seed.get_meta("event_name") == "Strategiekonferenz"
        assert desk.get_meta("event_name") == "Strategiekonferenz"
    finally:
        desk.close()
