"""A check-in's durable commit never queues behind other desks' notifications.

PostgreSQL serialises notifying transactions: a NOTIFY takes a lock on the database that
its transaction holds until its commit is on the disk. With the NOTIFY inside the
check-in, 20 desks' check-ins waited for each other's WAL flushes one by one (issue 12,
docs/PERFORMANCE.md). Here another session keeps that lock held, each of its commits
slowed down by `commit_delay` (inside the WAL flush, so inside the lock), and a check-in
or another journalled write runs meanwhile: it must be committed, visible to everyone,
while only its announcement still waits for the lock.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime

import psycopg
import pytest

from checkin.core.model import LogEntry, LogKind, Outcome
from checkin.core.store.base import Change, CheckInResult
from checkin.core.store.postgres import PostgresStore
from tests.store.conftest import NOTIFY_LOCK_WAITER, guests, notify_lock_busy

pytestmark = pytest.mark.postgres

Write = Callable[[], object]


def _until(condition: object, timeout: float = 20.0) -> bool:
    """Poll a condition (a callable) until it holds or `timeout` passes."""
    pause = threading.Event()
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():  # type: ignore[operator]
            return True
        pause.wait(0.005)
    return False


@pytest.fixture
def notify_lock_held(pg_url: str) -> Iterator[None]:
    """Another session that commits NOTIFYs back to back, each commit 100 ms long."""
    with notify_lock_busy(pg_url):
        yield


def _write_beside(
    desk: PostgresStore, observer: psycopg.Connection[tuple[object, ...]], write: Write
) -> tuple[bool, object, object]:
    """`write` (it journals the event id "lock-event") in a thread; whether it was caught
    waiting for the NOTIFY lock, and what the others read meanwhile: how many journal
    entries of it, and its result."""
    pid = int(desk._read("SELECT pg_backend_pid()")[0][0])
    answer: list[object] = []

    def waits_for_the_lock() -> bool:
        row = observer.execute(NOTIFY_LOCK_WAITER, (pid,)).fetchone()
        return bool(answer) or (row is not None and int(str(row[0])) > 0)

    writing = threading.Thread(target=lambda: answer.append(write()))
    writing.start()
    assert _until(waits_for_the_lock)
    caught = not answer
    committed = observer.execute(
        "SELECT count(*) FROM log WHERE event_id = 'lock-event'"
    ).fetchone()
    writing.join(timeout=30)
    assert answer, "the write never came back"
    observer.execute("DELETE FROM log WHERE event_id = 'lock-event'")  # for the next try
    return caught, committed, answer[0]


def _check_in(desk: PostgresStore, attendee_id: int) -> Write:
    at = datetime.now().astimezone()
    return lambda: desk.check_in(attendee_id, at, "Tisch 1", "Anna", event_id="lock-event")


def _rejected_scan(desk: PostgresStore, attendee_id: int) -> Write:
    entry = LogEntry(
        datetime.now().astimezone(),
        LogKind.CHECKIN,
        "Tisch 1",
        "Anna",
        raw_input="G0000",
        result=Outcome.ALREADY_CHECKED_IN,
        attendee_id=attendee_id,
        event_id="lock-event",
    )
    return lambda: desk.append_log(entry)


@pytest.mark.parametrize("write", [_check_in, _rejected_scan], ids=["check-in", "journal"])
def test_a_write_is_committed_while_other_desks_notifications_hold_their_lock(
    pg_url: str, notify_lock_held: None, write: Callable[[PostgresStore, int], Write]
) -> None:
    desk = PostgresStore.open(pg_url)
    observer = psycopg.connect(pg_url, autocommit=True)
    try:
        desk.apply_import(guests(40), datetime.now().astimezone())
        heard: list[Change] = []
        desk.subscribe(heard.append)  # own writes: told on the writing thread
        # The other session's lock is free for an instant between its commits: a write
        # may slip through unseen; a later one is caught waiting (a few tries; on a loaded
        # host five were once not enough).
        for attendee_id in sorted(desk.attendee_ids()):
            caught, committed, result = _write_beside(desk, observer, write(desk, attendee_id))
            if isinstance(result, CheckInResult):
                assert result.admitted
            if caught:
                assert committed == (1,), "the write's commit waited for the NOTIFY lock"
                break
        else:
            pytest.fail("no write was ever seen waiting for the other session's lock")
        # The announcement still goes out, and the session stays durable afterwards.
        assert any(attendee_id in c.attendee_ids and c.log_appended for c in heard)
        assert desk._read("SHOW synchronous_commit") == [("on",)]
    finally:
        observer.close()
        desk.close()


def test_other_desks_hear_a_check_in_after_its_durable_commit(pg_url: str) -> None:
    desk1, desk2 = PostgresStore.open(pg_url), PostgresStore.open(pg_url)
    try:
        desk1.apply_import(guests(3), datetime.now().astimezone())
        wanted = sorted(desk1.attendee_ids())[1]
        arrived = threading.Event()
        seen_in: list[object] = []

        def listener(change: Change) -> None:
            if wanted in change.attendee_ids:
                # What the notification says happened is there to read when it arrives.
                guest = desk2.get_attendee(wanted)
                seen_in.append(guest.checked_in if guest is not None else None)
                arrived.set()

        desk2.subscribe(listener)
        result = desk1.check_in(wanted, datetime.now().astimezone(), "Tisch 1", "Anna")
        assert result.admitted
        assert arrived.wait(timeout=10)
        assert seen_in and seen_in[0] is not None
        # Sent again (its commit unconfirmed at the desk): the same answer, nothing twice.
        again = desk1.check_in(
            wanted, datetime.now().astimezone(), "Tisch 1", "Anna", event_id=result_event(desk1)
        )
        assert again.admitted and again.state == result.state
        assert sum(1 for e in desk2.iter_log() if e.attendee_id == wanted) == 1
    finally:
        desk1.close()
        desk2.close()


def result_event(store: PostgresStore) -> str:
    """The event id of the store's last journal entry."""
    return str(store._read("SELECT event_id FROM log ORDER BY id DESC LIMIT 1")[0][0])
