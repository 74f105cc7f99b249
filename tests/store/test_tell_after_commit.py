"""A check-in's announcement that fails after its durable commit (review of issue 12).

The NOTIFY is not part of the check-in (`_TELL_SQL`, a transaction of its own sent in the
same round trip after the COMMIT), so the write is on the server's disk before the
announcement runs. When the announcement fails (pg_notify refuses a channel name longer
than PostgreSQL's 63 bytes; in practice the deadline cuts its wait for the NOTIFY lock
while other desks' commits hold it), the check-in stands: the call answers admitted, as
every other write does whose announcement fails (`PostgresStore._announce`), and a desk
shows it admitted online, once on the server.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

import psycopg
import pytest

from checkin.core.model import LogKind, Outcome, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store import postgres
from checkin.core.store.base import Change, ImportPlan, StoreError
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import DeskStore
from tests.conftest import FakeClock
from tests.store.conftest import guests, notify_lock_busy
from tests.store.pg_server import PgServer
from tests.store.test_desk_property import ticket

pytestmark = pytest.mark.postgres

#: pg_notify refuses it ("channel name too long"): the announcement fails on the server.
_TOO_LONG = "c" * 70


def _admissions(store: PostgresStore, attendee_id: int) -> list[str | None]:
    return [
        e.event_id
        for e in store.log_for(attendee_id)
        if e.kind is LogKind.CHECKIN and e.result is Outcome.ADMITTED
    ]


@pytest.fixture
def organiser(pg_server: PgServer, clock: FakeClock) -> PostgresStore:
    store = PostgresStore.open(pg_server.create_database())
    store.apply_import(ImportPlan(inserts=(ticket(0), ticket(1))), clock())
    return store


def _untold(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The warnings of announcements that failed after their write's commit."""
    return [
        r.getMessage()
        for r in caplog.records
        if r.levelno == logging.WARNING and "the other desks were not told" in r.getMessage()
    ]


def test_a_desk_on_the_server_shows_an_admission_whose_announcement_failed_as_admitted(
    organiser: PostgresStore,
    pg_server: PgServer,
    tmp_path: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A desk with a replica: the server's answer stands (an online verdict), and the
    server keeps one admission, the upload after it included."""
    guest = organiser.find_by_code("P000")[0]
    assert guest.id is not None
    desk = DeskStore.open(organiser.path, tmp_path / "desk")
    try:
        monkeypatch.setattr(postgres, "CHANNEL", _TOO_LONG)
        verdict = CheckInService(desk, clock).scan("P000", "Tisch 1", "Anna")
        monkeypatch.setattr(postgres, "CHANNEL", "checkin_changes")
        assert verdict.kind is VerdictKind.ADMITTED
        assert not verdict.offline
        assert desk.online
        assert len(_admissions(organiser, guest.id)) == 1
        desk.sync()
        assert len(_admissions(organiser, guest.id)) == 1  # the upload is the same one
        again = CheckInService(desk, clock).scan("P000", "Tisch 1", "Anna")
        assert again.kind is VerdictKind.ALREADY_CHECKED_IN
    finally:
        desk.close()
        organiser.close()


def test_a_check_in_whose_announcement_failed_after_the_commit_stands(
    organiser: PostgresStore,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    first, second = (organiser.find_by_code(code)[0].id for code in ("P000", "P001"))
    assert first is not None and second is not None
    heard: list[Change] = []
    organiser.subscribe(heard.append)
    monkeypatch.setattr(postgres, "CHANNEL", _TOO_LONG)
    try:
        result = organiser.check_in(first, clock(), "Tisch 1", "Anna", event_id="e-1")
        monkeypatch.setattr(postgres, "CHANNEL", "checkin_changes")
        assert result.admitted
        assert result.state is not None and result.state.desk == "Tisch 1"
        assert _admissions(organiser, first) == ["e-1"]
        assert len(_untold(caplog)) == 1  # said, as every other write's failed announcement
        assert "channel name too long" in _untold(caplog)[0]
        assert any(first in c.attendee_ids for c in heard)  # this desk's own listeners: told
        # The same connection goes on: the next check-in commits and is announced.
        assert organiser.check_in(second, clock(), "Tisch 1", "Anna", event_id="e-2").admitted
        assert _admissions(organiser, second) == ["e-2"]
        assert len(_untold(caplog)) == 1
    finally:
        organiser.close()


def test_a_check_in_whose_announcement_the_deadline_cuts_stands(
    pg_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The practical case: other desks' notifying commits hold the NOTIFY lock (three of
    them queued, each commit 100 ms long), and the scan's deadline runs out while the
    check-in's announcement waits for it: the check-in was committed and answered first,
    so it stands; the cut connection is replaced at the next call.

    The check-in's own durable commit may wait for the same slowed WAL flush and be cut
    itself (an unknown outcome, raised as StoreError): a few guests are tried."""
    desk = PostgresStore.open(pg_url)
    try:
        desk.apply_import(guests(30), datetime.now().astimezone())
        heard: list[Change] = []
        desk.subscribe(heard.append)
        with notify_lock_busy(pg_url, sessions=3):
            for attendee_id in sorted(desk.attendee_ids()):
                caplog.clear()
                event_id = f"cut-{attendee_id}"
                try:
                    with desk.deadline(0.25):
                        at = datetime.now().astimezone()
                        result = desk.check_in(
                            attendee_id, at, "Tisch 1", "Anna", event_id=event_id
                        )
                except StoreError:
                    continue  # the check-in's own commit was cut: unknown, and said so
                assert result.admitted
                cut = [m for m in _untold(caplog) if "did not answer within" in m]
                if cut:
                    break
            else:
                pytest.fail("the deadline never cut an announcement's wait for the lock")
        assert [e.event_id for e in desk.log_for(attendee_id)] == [event_id]  # committed, once
        assert any(attendee_id in c.attendee_ids and c.log_appended for c in heard)
        # The next call connects afresh; the check-in sent again answers the same admission.
        again = desk.check_in(attendee_id, at, "Tisch 1", "Anna", event_id=event_id)
        assert again.admitted and again.state == result.state
    finally:
        desk.close()


def test_a_check_in_that_fails_before_its_commit_writes_nothing_and_keeps_its_connection(
    organiser: PostgresStore, pg_server: PgServer, clock: FakeClock
) -> None:
    """The other side of the line: an error in the check-in itself (here the guest's row
    locked by another desk past lock_timeout) is raised as the check-in's own error,
    nothing of it is written, and its failed transaction is rolled back on the same
    connection (no reconnect at the next scan)."""
    guest = organiser.find_by_code("P000")[0]
    assert guest.id is not None
    organiser._read("SELECT set_config('lock_timeout', '100ms', false)")
    pid = organiser._read("SELECT pg_backend_pid()")
    other = psycopg.connect(organiser._conninfo)
    try:
        other.execute("SELECT 1 FROM attendees WHERE id = %s FOR UPDATE", (guest.id,))
        with pytest.raises(StoreError, match="lock timeout"):
            organiser.check_in(guest.id, clock(), "Tisch 1", "Anna", event_id="e-1")
        other.rollback()
        assert organiser._read("SELECT pg_backend_pid()") == pid
        assert _admissions(organiser, guest.id) == []
        assert organiser.check_in(guest.id, clock(), "Tisch 1", "Anna", event_id="e-1").admitted
        assert _admissions(organiser, guest.id) == ["e-1"]
    finally:
        other.close()
        organiser.close()
