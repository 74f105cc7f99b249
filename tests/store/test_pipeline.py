"""The one pipeline of a check-in and of a desk's upload (`PostgresStore._pipelined`).

BEGIN, the write, COMMIT, a Flush, the announcement, Sync: a confirmed COMMIT means done
(an announcement that fails after it is logged, and the write stands), errors are raised
only once out of psycopg's pipeline block (no "error ignored terminating
<psycopg.Pipeline [BAD]>" in the log), an unknown outcome stays unknown and is resolved by
sending the same event id again, and a check-in goes out in one write (the server never
waits inside its transaction for the desk's next packet).

Real PostgreSQL behind the tests' fault proxy: the link is cut right after the server's
answer to the COMMIT (`reset_when_answered`), right after the desk sent its COMMIT
(`reset_when_sent`), or before the call (a dead link the desk has not noticed yet).
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from checkin.core.model import LogEntry, LogKind, Outcome, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store import postgres
from checkin.core.store.base import StoreError
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import DeskStore
from tests.conftest import FakeClock
from tests.store.conftest import seeded_event
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer

pytestmark = pytest.mark.postgres

#: The server's CommandComplete of a COMMIT: the desk knows its transaction is done.
COMMITTED = b"C\x00\x00\x00\x0bCOMMIT\x00"
#: pg_notify refuses it ("channel name too long"): the announcement fails on the server.
TOO_LONG = "c" * 70


@pytest.fixture
def event(pg_server: PgServer, clock: FakeClock) -> str:
    return seeded_event(pg_server, clock, 12)


@pytest.fixture
def psycopg_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Everything psycopg and the store log, down to debug."""
    caplog.set_level(logging.DEBUG, logger="psycopg")
    caplog.set_level(logging.DEBUG, logger=postgres.__name__)
    return caplog


def through(url: str, pg_server: PgServer, proxy: FaultProxy) -> str:
    return url.replace(f":{pg_server.port}/", f":{proxy.port}/")


def ignored(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if "error ignored" in r.getMessage()]


def untold(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if "desks were not told" in r.getMessage()]


def admissions(url: str, attendee_id: int) -> list[str | None]:
    store = PostgresStore.open(url)
    try:
        return [
            e.event_id
            for e in store.log_for(attendee_id)
            if e.kind is LogKind.CHECKIN and e.result is Outcome.ADMITTED
        ]
    finally:
        store.close()


def ids_of(url: str, codes: list[str]) -> list[int]:
    store = PostgresStore.open(url)
    try:
        found = [store.find_by_code(code)[0].id for code in codes]
    finally:
        store.close()
    assert all(i is not None for i in found)
    return [i for i in found if i is not None]


def messages(data: bytes) -> list[int]:
    """The kinds of the protocol messages a desk sent (each: a byte, its length, its body)."""
    kinds, at = [], 0
    while at < len(data):
        kinds.append(data[at])
        at += 1 + int.from_bytes(data[at + 1 : at + 5], "big")
    assert at == len(data)  # whole messages only
    return kinds


def test_a_check_in_is_one_write_begin_to_sync(
    event: str, pg_server: PgServer, proxy: FaultProxy, clock: FakeClock
) -> None:
    """BEGIN, the check-in, COMMIT, the Flush, the announcement and the Sync arrive in one
    read at the proxy, and nothing else follows (one round trip): psycopg on its own
    writes each statement of a pipeline as it is executed. Past psycopg's threshold of
    five executions the check-in is prepared on the server: its Parse goes along too."""
    ids = ids_of(event, [f"G{i:04d}" for i in range(8)])
    desk = PostgresStore.open(through(event, pg_server, proxy))
    try:
        for n, attendee_id in enumerate(ids):
            proxy.upstream_reads.clear()
            proxy.record_reads = True
            result = desk.check_in(attendee_id, clock(), "Tisch 1", "Anna", event_id=f"e-{n}")
            proxy.record_reads = False
            assert result.admitted
            (read,) = proxy.upstream_reads  # one write of the desk's
            # Four statements (BEGIN, the check-in, COMMIT, the announcement), each a Bind
            # and an Execute, a Flush after the COMMIT's, the Sync last.
            kinds = [k for k in messages(read) if k in b"BEHS"]
            assert kinds == list(b"BEBEBEHBES"), (n, kinds)
    finally:
        desk.close()


def test_a_check_in_on_a_dead_link_raises_without_psycopg_logging_an_ignored_error(
    event: str,
    pg_server: PgServer,
    proxy: FaultProxy,
    clock: FakeClock,
    psycopg_log: pytest.LogCaptureFixture,
) -> None:
    first, second = ids_of(event, ["G0000", "G0001"])
    desk = PostgresStore.open(through(event, pg_server, proxy))
    try:
        assert desk.check_in(first, clock(), "Tisch 1", "Anna", event_id="e-1").admitted
        proxy.reset_all()  # the link dies while the desk waits for the next guest
        with pytest.raises(StoreError):
            desk.check_in(second, clock(), "Tisch 1", "Anna", event_id="e-2")
        assert ignored(psycopg_log) == []
        # The next call connects afresh; the same event id is the one admission.
        assert desk.check_in(second, clock(), "Tisch 1", "Anna", event_id="e-2").admitted
        assert admissions(event, second) == ["e-2"]
    finally:
        desk.close()


def test_a_check_in_cut_at_its_announcement_stands_and_is_logged_once(
    event: str,
    pg_server: PgServer,
    proxy: FaultProxy,
    clock: FakeClock,
    psycopg_log: pytest.LogCaptureFixture,
) -> None:
    """The server answered the COMMIT (the Flush before the announcement), then the link
    went: admitted, said in the log as a write whose announcement failed, nothing of
    psycopg's; the next check-in goes on over a new connection."""
    first, second = ids_of(event, ["G0000", "G0001"])
    desk = PostgresStore.open(through(event, pg_server, proxy))
    try:
        proxy.reset_when_answered(COMMITTED)
        result = desk.check_in(first, clock(), "Tisch 1", "Anna", event_id="e-1")
        assert proxy._cut_answer is None  # the cut came, after the COMMIT's answer
        assert result.admitted and result.state is not None
        assert len(untold(psycopg_log)) == 1
        assert ignored(psycopg_log) == []
        assert admissions(event, first) == ["e-1"]
        assert desk.check_in(second, clock(), "Tisch 1", "Anna", event_id="e-2").admitted
        assert admissions(event, second) == ["e-2"]
    finally:
        desk.close()


def test_a_check_in_cut_during_its_commit_stays_unknown_until_sent_again(
    event: str,
    pg_server: PgServer,
    proxy: FaultProxy,
    clock: FakeClock,
    psycopg_log: pytest.LogCaptureFixture,
) -> None:
    """The COMMIT reached the server, its answer never came: not a refusal and not an
    admission but an error (the outcome is unknown); the same event id sent again is
    answered admitted, with the first one's facts, and written once."""
    (guest,) = ids_of(event, ["G0003"])
    desk = PostgresStore.open(through(event, pg_server, proxy))
    try:
        at = clock()
        proxy.reset_when_sent(b"COMMIT")
        with pytest.raises(StoreError):
            desk.check_in(guest, at, "Tisch 1", "Anna", event_id="e-cut")
        assert proxy._cut_after is None  # the cut came, right after the COMMIT went out
        assert ignored(psycopg_log) == []
        clock.advance(seconds=5)
        again = desk.check_in(guest, clock(), "Tisch 1", "Anna", event_id="e-cut")
        assert again.admitted and again.state is not None and again.state.at == at
        assert admissions(event, guest) == ["e-cut"]
    finally:
        desk.close()


def test_a_desk_scan_cut_during_its_commit_is_admitted_and_uploaded_once(
    event: str, pg_server: PgServer, proxy: FaultProxy, tmp_path: Path, clock: FakeClock
) -> None:
    """At a desk: the unknown outcome is decided on the replica (admitted, offline) and
    uploaded under its event id; the server keeps one admission, never a refusal."""
    (guest,) = ids_of(event, ["G0004"])
    desk = DeskStore.open(through(event, pg_server, proxy), tmp_path / "desk")
    try:
        service = CheckInService(desk, clock)
        proxy.reset_when_sent(b"COMMIT")
        verdict = service.scan("G0004", "Tisch 1", "Anna")
        assert proxy._cut_after is None
        assert verdict.kind is VerdictKind.ADMITTED
        desk.sync()
        assert len(admissions(event, guest)) == 1
        assert desk.status()["waiting"] == 0
        assert service.scan("G0004", "Tisch 1", "Anna").kind is VerdictKind.ALREADY_CHECKED_IN
    finally:
        desk.close()


def offline_admissions(desk: DeskStore, proxy: FaultProxy, clock: FakeClock, n: int) -> None:
    proxy.refuse()
    with pytest.raises(StoreError):
        desk.sync()
    assert desk.offline
    service = CheckInService(desk, clock)
    for i in range(n):
        clock.advance(seconds=1)
        assert service.scan(f"G{i:04d}", "Tisch 1", "Anna").offline
    proxy.heal()


def test_an_upload_cut_at_its_announcement_counts_as_uploaded(
    event: str,
    pg_server: PgServer,
    proxy: FaultProxy,
    clock: FakeClock,
    psycopg_log: pytest.LogCaptureFixture,
) -> None:
    """A merge step whose COMMIT the server answered, the link cut before its NOTIFY's
    answer: the step is done (merge returns), logged as untold, nothing of psycopg's."""
    ids = ids_of(event, ["G0000", "G0001"])
    desk = PostgresStore.open(through(event, pg_server, proxy))
    try:
        entries = [
            LogEntry(
                at=clock(),
                kind=LogKind.CHECKIN,
                desk="Tisch 2",
                operator="Ben",
                result=Outcome.ADMITTED,
                attendee_id=attendee_id,
                code=f"G000{n}",
                event_id=f"up-{n}",
            )
            for n, attendee_id in enumerate(ids)
        ]
        proxy.reset_when_answered(COMMITTED)
        assert desk.merge(entries) == {}
        assert proxy._cut_answer is None
        assert len(untold(psycopg_log)) == 1
        assert ignored(psycopg_log) == []
        assert [admissions(event, i) for i in ids] == [["up-0"], ["up-1"]]
        desk.merge(entries)  # sent again: nothing written twice
        assert [admissions(event, i) for i in ids] == [["up-0"], ["up-1"]]
    finally:
        desk.close()


def test_a_desk_whose_upload_is_not_announced_stays_online_with_nothing_waiting(
    event: str,
    pg_server: PgServer,
    proxy: FaultProxy,
    tmp_path: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    psycopg_log: pytest.LogCaptureFixture,
) -> None:
    """Every merge step's NOTIFY refused on the server after its commit: the sync
    uploads everything once and the desk is online (it went offline for 2 s and sent the
    batch again, which failed again the same way)."""
    desk = DeskStore.open(through(event, pg_server, proxy), tmp_path / "desk")
    try:
        offline_admissions(desk, proxy, clock, 3)
        monkeypatch.setattr(postgres, "CHANNEL", TOO_LONG)
        done = desk.sync()
        monkeypatch.setattr(postgres, "CHANNEL", "checkin_changes")
        assert done["uploaded"] == 3
        assert desk.online and desk.status()["waiting"] == 0
        assert untold(psycopg_log) and all("too long" in m for m in untold(psycopg_log))
        for attendee_id in ids_of(event, ["G0000", "G0001", "G0002"]):
            assert len(admissions(event, attendee_id)) == 1
    finally:
        desk.close()
