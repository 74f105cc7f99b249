"""The window's one runner for background work: outcomes, cancel, errors, changes, shutdown."""

from __future__ import annotations

import errno
import logging
import sqlite3
import threading

import pytest

from checkin.core.badges.cups import SpoolError, SpoolResult
from checkin.core.io.listmodel import ParseCancelled
from checkin.core.store.base import Change, StoreError
from checkin.qt.messages import ErrorKind, PrintFailed, describe_error
from checkin.qt.operations import Changes, OperationCancelled, Operations, Refresher


@pytest.fixture
def runner(qapp, store):
    ops = Operations(store)
    yield ops
    ops.shutdown()
    ops.deleteLater()


def test_result_progress_and_changes_arrive_on_the_gui_thread(qtbot, runner) -> None:
    seen: list[object] = []
    gui = threading.current_thread()
    runner.changed.connect(lambda c: seen.append(("changed", c, threading.current_thread())))

    def work(ctx):
        for i in range(1, 4):
            ctx.progress(i, 3)
        ctx.changed(Changes(attendees=frozenset({7})))
        ctx.changed(Changes(log=True))
        return threading.current_thread()

    op = runner.run(work, on_progress=lambda d, t: seen.append(("progress", d, t)))
    op.succeeded.connect(lambda worker: seen.append(("succeeded", worker)))
    with qtbot.waitSignal(op.finished):
        pass
    changed = [s for s in seen if s[0] == "changed"]
    assert changed == [("changed", Changes(attendees=frozenset({7}), log=True), gui)]
    assert seen.index(changed[0]) < seen.index(("succeeded", op.result))  # refresh first
    assert op.result is not gui  # the work ran on a worker thread
    assert ("progress", 3, 3) in seen  # progress is coalesced, the newest always arrives
    assert op.outcome == "succeeded" and not op.running


def test_cancel_is_typed_and_reports_what_was_already_done(qtbot, runner) -> None:
    started = threading.Event()
    changes: list[Changes] = []
    runner.changed.connect(changes.append)

    def work(ctx):
        ctx.changed(Changes(attendees=frozenset({1})))
        started.set()
        while True:
            ctx.check_cancelled()
            threading.Event().wait(0.001)

    op = runner.run(work)
    failed: list[object] = []
    op.failed.connect(failed.append)
    assert started.wait(5)
    with qtbot.waitSignal(op.cancelled):
        op.cancel()
    assert op.outcome == "cancelled" and failed == []
    assert changes == [Changes(attendees=frozenset({1}))]


def test_the_cores_own_cancellation_counts_as_a_cancel(qtbot, runner) -> None:
    def work(_ctx):
        raise ParseCancelled()

    op = runner.run(work)
    with qtbot.waitSignal(op.cancelled):
        pass


def test_a_full_disk_is_one_clear_message(qtbot, runner, tmp_path) -> None:
    def work(_ctx):
        with open("/dev/full", "wb") as full:  # the kernel's always-full device
            full.write(b"x" * 65536)
            full.flush()

    op = runner.run(work)
    with qtbot.waitSignal(op.failed) as blocker:
        pass
    error = blocker.args[0]
    assert error.kind is ErrorKind.DISK_FULL
    assert "disk is full" in error.message and "Traceback" not in error.message


def test_a_full_sqlite_database_is_a_full_disk(tmp_path) -> None:
    from checkin.core.model import Attendee
    from checkin.core.store.sqlite import SQLiteStore

    store = SQLiteStore.open(tmp_path / "full.sqlite3")
    try:
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages}")  # no room for one more page
        with pytest.raises(StoreError) as raised:
            for i in range(200):
                store.add_attendee(Attendee(code=f"C{i:04}", last_name="X" * 2000))
    finally:
        store.close()
    assert describe_error(raised.value).kind is ErrorKind.DISK_FULL


def test_store_printer_file_and_unexpected_errors(caplog) -> None:
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = sqlite3.SQLITE_BUSY  # type: ignore[attr-defined]
    try:
        raise StoreError("x.sqlite3 is busy") from busy
    except StoreError as exc:
        assert describe_error(exc).kind is ErrorKind.STORE_BUSY
    assert describe_error(StoreError("server gone")).kind is ErrorKind.STORE
    printer = describe_error(PrintFailed(SpoolResult("Zebra", error=SpoolError.DISABLED)))
    assert printer.kind is ErrorKind.PRINTER and "Zebra is paused" in printer.message
    denied = describe_error(PermissionError(errno.EACCES, "Permission denied"))
    assert denied.kind is ErrorKind.NO_PERMISSION
    unexpected = describe_error(ZeroDivisionError("Grażyna Kowalska"))
    assert unexpected.unexpected and "ZeroDivisionError" in unexpected.message
    assert "Grażyna" not in unexpected.message + unexpected.detail


def test_an_unexpected_error_is_logged_without_its_message(qtbot, runner, caplog) -> None:
    def work(_ctx):
        raise KeyError("Grażyna Kowalska")

    op = runner.run(work, label="demo")
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(op.failed) as blocker:
        pass
    assert blocker.args[0].kind is ErrorKind.UNEXPECTED
    assert "KeyError" in caplog.text and "in work" in caplog.text  # type and frames
    assert "Grażyna" not in caplog.text  # the message may name a guest: not logged


def test_a_lane_runs_its_work_one_after_another(qtbot, runner) -> None:
    active, overlaps = [0], []
    lock = threading.Lock()

    def work(_ctx):
        with lock:
            active[0] += 1
            overlaps.append(active[0])
        threading.Event().wait(0.01)
        with lock:
            active[0] -= 1

    ops = [runner.run(work, lane="badges") for _ in range(4)]
    qtbot.waitUntil(lambda: all(op.done for op in ops))
    assert overlaps == [1, 1, 1, 1]


def test_workers_read_on_a_connection_of_their_own(qtbot, runner, store) -> None:
    def work(_ctx):
        reader = runner.reader()
        return reader, reader.count_attendees()

    op = runner.run(work, lane="stats")
    with qtbot.waitSignal(op.succeeded) as blocker:
        pass
    reader, count = blocker.args[0]
    assert reader is not store and count == store.count_attendees()


def test_an_operations_own_connection_is_closed_when_it_ends(qtbot, runner, store) -> None:
    def work(ctx):
        return ctx.connection()

    op = runner.run(work)
    with qtbot.waitSignal(op.succeeded) as blocker:
        pass
    own = blocker.args[0]
    assert own is not store
    with pytest.raises(StoreError):
        own.count_attendees()  # closed
    assert store.count_attendees() > 0  # the window's own is not


def test_shutdown_cancels_waits_and_delivers_nothing_afterwards(qtbot, qapp, store) -> None:
    ops = Operations(store)
    started = threading.Event()
    after: list[str] = []

    def work(ctx):
        started.set()
        while not ctx.cancelled:
            threading.Event().wait(0.001)
        ctx.changed(Changes(all_attendees=True))
        return "done"

    op = ops.run(work)
    for signal in (op.succeeded, op.cancelled, op.failed, op.finished, ops.changed):
        signal.connect(lambda *_a: after.append("signal"))
    assert started.wait(5)
    assert ops.shutdown(wait_s=5)
    assert not any(t.name.startswith("op-") for t in threading.enumerate())
    qapp.processEvents()
    assert after == []
    with pytest.raises(RuntimeError):
        ops.run(work)
    ops.deleteLater()


def test_changes_combine_and_translate_a_store_change() -> None:
    assert not Changes()
    assert Changes.of(Change(attendee_ids=(1, 2), log_appended=True)) == Changes(
        attendees=frozenset({1, 2}), log=True
    )
    assert Changes(attendees=frozenset({1})) | Changes(all_attendees=True) == Changes(
        attendees=frozenset({1}), all_attendees=True
    )


def test_refresher_runs_once_more_when_asked_during_a_run(qtbot, runner) -> None:
    gate = threading.Event()
    runs: list[int] = []
    shown: list[int] = []

    def work(_ctx):
        gate.wait(5)
        runs.append(len(runs) + 1)
        return len(runs)

    refresher = Refresher(runner, work, shown.append, delay_ms=1)
    refresher.now()
    refresher.now()  # asked during the run: one more afterwards
    refresher.now()  # ...still only one more
    gate.set()
    qtbot.waitUntil(lambda: shown == [1, 2])
    qtbot.waitUntil(lambda: not refresher.busy)
    assert runs == [1, 2]


def test_operation_cancelled_is_an_exception_type() -> None:
    assert issubclass(OperationCancelled, Exception)


def test_the_window_refreshes_what_an_operation_on_its_own_connection_changed(qtbot, desk):
    from checkin.core.model import Attendee

    before = desk.model.rowCount()

    def work(ctx):
        own = ctx.connection()
        added = own.add_attendee(Attendee(code="LATE0009", first_name="Lena", last_name="Spät"))
        own.set_meta("event_name", "Strategiekonferenz 2026")
        ctx.changed(Changes(attendees=frozenset({added.id}), event=True))
        return added

    with qtbot.waitSignal(desk.counters.updated, timeout=10_000):
        op = desk.operations.run(work)
        qtbot.waitSignal(op.finished).wait()
    assert desk.model.rowCount() == before + 1  # the desk's connection heard nothing itself
    assert desk.heading.text() == "Strategiekonferenz 2026"
    assert desk.counters.stats is not None and desk.counters.stats.expected >= before


def test_closing_the_window_stops_its_operations(qtbot, desk):
    started = threading.Event()

    def work(ctx):
        started.set()
        while not ctx.cancelled:
            threading.Event().wait(0.001)

    desk.operations.run(work)
    assert started.wait(5)
    desk.close()
    assert desk.operations.closed and desk.operations.running == []
    assert not any(t.name.startswith("op-") and t.is_alive() for t in threading.enumerate())


# -- the door goes first: background work waits while a scan is typed and judged ----------
class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _waiting(door) -> bool:
    return len(door._changed._waiters) > 0  # noqa: SLF001 - a worker blocked in give_way


def test_work_waits_at_its_checkpoint_while_a_scan_is_judged(qtbot, runner) -> None:
    order: list[str] = []
    reached = threading.Event()

    def work(ctx):
        reached.set()
        cancelled = ctx.cancelled  # a checkpoint: waits here while the door is busy
        order.append("work went on")
        return cancelled

    with runner.door.busy():
        op = runner.run(work)
        assert reached.wait(10)
        qtbot.waitUntil(lambda: _waiting(runner.door))
        order.append("verdict painted")
    with qtbot.waitSignal(op.succeeded) as blocker:
        pass
    assert order == ["verdict painted", "work went on"] and blocker.args == [False]


def test_a_writer_takes_its_turn_only_after_the_scan(qtbot, runner) -> None:
    order: list[str] = []

    def work(_ctx):
        with runner.write_turn:
            order.append("part written")

    with runner.door.busy():
        op = runner.run(work)
        qtbot.waitUntil(lambda: _waiting(runner.door))
        assert not runner.write_turn.locked()
        with runner.desk_turn():  # the scan itself takes the turn at once
            order.append("scan judged")
    qtbot.waitUntil(lambda: op.done)
    assert order == ["scan judged", "part written"]


def test_keys_in_the_scan_field_hold_the_work_only_briefly() -> None:
    from checkin.qt.operations import DoorFirst

    clock = _Clock()
    door = DoorFirst(clock)
    done = threading.Event()
    door.hold(0.15)
    worker = threading.Thread(target=lambda: (door.give_way(max_s=60), done.set()))
    worker.start()
    try:
        for _ in range(1000):  # until it waits (a condition, not a sleep)
            if _waiting(door):
                break
            worker.join(0.01)
        assert _waiting(door) and not done.is_set()
        clock.now += 0.2  # the keys stopped: the hold expires by itself
        assert done.wait(10)
    finally:
        clock.now += 100
        worker.join(10)


def test_the_door_never_waits_on_the_gui_thread_nor_for_ever() -> None:
    from checkin.qt.operations import DoorFirst

    door = DoorFirst()
    with door.busy():
        door.give_way()  # the GUI thread: returns at once
        assert door.is_busy
        worker = threading.Thread(target=lambda: door.give_way(max_s=0.05))
        worker.start()
        worker.join(10)  # a worker waits at most max_s, even while the door stays busy
        assert not worker.is_alive() and door.is_busy
    assert not door.is_busy
