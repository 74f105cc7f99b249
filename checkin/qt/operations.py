"""The one way the desk window runs work off the GUI thread.

An operation is a plain function `work(context) -> result` that runs on a worker
thread. Through its `OperationContext` it reports progress, notices a cancel
request, and records what it changed (`Changes`). On the GUI thread the
`Operation` then says how it ended, exactly once: `succeeded(result)`,
`cancelled()` or `failed(OperationError)`; every failure goes through one error
policy (`checkin.qt.messages.describe_error`: a translated sentence, never a
traceback). Whatever the work changed, even when it was cancelled or failed
halfway, reaches `Operations.changed` so the table, counters and dashboard
refresh only what it names (the Anki "operations" pattern, see STYLE.md).

Work that writes much (an import) or reads long (counting 200,000 guests) runs on
a connection of its own (`context.connection()`, `Operations.reader()`), so the
desk's connection stays free for scanning: SQLite in WAL mode lets readers go on
while one writer writes; PostgreSQL serves every connection concurrently.

Operations in the same *lane* run one after another on one thread (badges: the
PDF renderer is not thread-safe; stats: one reader connection). `shutdown()`
(the window's close) cancels what runs, waits for the workers and closes the
worker connections, so nothing reaches a widget that is gone.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from checkin.core.store.base import Change, Store
from checkin.qt.messages import OperationError, describe_error, is_cancellation

log = logging.getLogger(__name__)

T = TypeVar("T")

#: The longest a worker may keep the interpreter from the GUI thread (s).
SWITCH_INTERVAL_S = 0.0005
#: The longest a scan waits for a long writer's turn (s).
TURN_WAIT_S = 2.0
#: How long closing the window waits for running operations (they were asked to stop).
SHUTDOWN_WAIT_S = 10.0
#: The longest background work waits for the door at one point (s): never stalled for good.
GIVE_WAY_MAX_S = 0.25


class DoorFirst:
    """While a scan is being typed and judged, background work waits (the door goes first).

    The desk marks the door busy: `busy()` around judging a scan (until its verdict is
    painted), `hold(seconds)` for keys arriving in the scan field (a scanner's burst
    before its Enter, a person typing). Work on other threads calls `give_way()` at
    its checkpoints (`OperationContext.cancelled`): it waits there while the door is
    busy, at most GIVE_WAY_MAX_S at a time. A waiting worker holds neither the
    interpreter nor the CPU, so on a machine with two busy cores the scan path does
    not queue for either behind an export or an import (docs/PERFORMANCE.md).
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._changed = threading.Condition()
        self._scans = 0
        self._held_until = 0.0

    def hold(self, seconds: float) -> None:
        """Busy for the next `seconds` (each key extends it)."""
        with self._changed:
            self._held_until = max(self._held_until, self._clock() + seconds)

    @contextmanager
    def busy(self) -> Iterator[None]:
        with self._changed:
            self._scans += 1
        try:
            yield
        finally:
            with self._changed:
                self._scans -= 1
                self._held_until = 0.0  # judged: the keys that led to it are done
                self._changed.notify_all()

    @property
    def is_busy(self) -> bool:
        with self._changed:
            return self._busy()

    def _busy(self) -> bool:
        return self._scans > 0 or self._clock() < self._held_until

    def give_way(self, max_s: float = GIVE_WAY_MAX_S) -> None:
        """Wait while the door is busy, at most `max_s` (never on the GUI thread)."""
        if threading.current_thread() is threading.main_thread():
            return
        deadline = self._clock() + max_s
        with self._changed:
            while self._busy():
                now = self._clock()
                if now >= deadline:
                    return
                # A scan being judged wakes the waiters when done; held keys just expire.
                until = deadline if self._scans else min(deadline, self._held_until)
                self._changed.wait(max(until - now, 0.0005))


class _Turn:
    """The desk's write turn (a lock); a long writer taking it gives way to the door first."""

    def __init__(self, door: DoorFirst) -> None:
        self._lock = threading.Lock()
        self._door = door

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        return self._lock.acquire(blocking, timeout)

    def release(self) -> None:
        self._lock.release()

    def locked(self) -> bool:
        return self._lock.locked()

    def __enter__(self) -> _Turn:
        self._door.give_way()
        self._lock.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._lock.release()


class OperationCancelled(Exception):
    """The person asked the operation to stop; it stopped (what it already did is reported)."""


@dataclass(frozen=True, slots=True)
class Changes:
    """What an operation changed, so each view refreshes only that.

    `attendees`: rows whose fields changed; `all_attendees`: the list itself changed
    (an import: reload table, counters, dashboard); `log`: the journal grew (check-ins,
    prints: counters and dashboard); `event`: the event's own data (name, date).
    """

    attendees: frozenset[int] = frozenset()
    all_attendees: bool = False
    log: bool = False
    event: bool = False

    @classmethod
    def of(cls, change: Change) -> Changes:
        """The same news as a store's `Change` (the desk's own writes)."""
        return cls(frozenset(change.attendee_ids), change.reset, change.log_appended)

    def as_store_change(self) -> Change:
        """The same news in the store's words (for adapters that follow store events)."""
        return Change(tuple(sorted(self.attendees)), self.all_attendees, self.log)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.attendees | other.attendees,
            self.all_attendees or other.all_attendees,
            self.log or other.log,
            self.event or other.event,
        )

    def __bool__(self) -> bool:
        return bool(self.attendees or self.all_attendees or self.log or self.event)


class OperationContext:
    """What the work function sees: progress, cancel, changes, its own connection."""

    def __init__(
        self, operation: Operation, store: Store | None, door: DoorFirst | None = None
    ) -> None:
        self._operation = operation
        self._store = store
        self._door = door
        self._cancel = threading.Event()
        self._changes = Changes()
        self._lock = threading.Lock()
        self._connections: list[Store] = []

    # -- for the work function --------------------------------------------------------
    def progress(self, done: int, total: int) -> None:
        """Report progress (any thread; delivered to the GUI thread, newest wins)."""
        self._operation._post_progress(done, total)

    @property
    def cancelled(self) -> bool:
        """Whether a cancel was asked for. Work asks this at its checkpoints (every few
        hundred rows), so this is also where it gives way to the door: while a scan is
        typed and judged, it waits here (`DoorFirst`)."""
        if self._door is not None and not self._cancel.is_set():
            self._door.give_way()
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        """Stop here when a cancel was asked for: raises OperationCancelled."""
        if self.cancelled:
            raise OperationCancelled()

    def changed(self, changes: Changes) -> None:
        """Record what was written (call right after each commit, before anything can fail)."""
        with self._lock:
            self._changes = self._changes | changes

    def connection(self) -> Store:
        """A new connection to the event for this operation alone, closed when it ends.

        Falls back to the window's store when the event cannot be opened twice
        (an in-memory database).
        """
        if self._store is None:
            raise RuntimeError("this operation was started without a store")
        other = another_connection(self._store)
        if other is None:
            return self._store
        self._connections.append(other)
        return other

    # -- for the runner -------------------------------------------------------------
    @property
    def changes(self) -> Changes:
        with self._lock:
            return self._changes

    def _close_connections(self) -> None:
        while self._connections:
            try:
                self._connections.pop().close()
            except Exception:  # noqa: BLE001 - closing a broken connection is not news
                log.debug("closing an operation's connection failed", exc_info=True)


def another_connection(store: Store) -> Store | None:
    """A second connection to the same event (for a worker), or None when there is none."""
    return store.reopen()


class Operation(QObject, Generic[T]):
    """One run of a work function. Its signals arrive on the GUI thread.

    Exactly one of `succeeded`, `cancelled`, `failed` follows, then `finished`.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    cancelled = Signal()
    failed = Signal(object)  # OperationError
    #: Always last: the operation is over (whichever way), its changes were reported.
    finished = Signal()

    _progress_posted = Signal()
    _ended = Signal(str, object)

    def __init__(self, label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.context: OperationContext = OperationContext(self, None)
        self.done = False
        #: How it ended: "succeeded", "cancelled" or "failed" (None while running).
        self.outcome: str | None = None
        self.result: Any = None
        self.error: OperationError | None = None
        self._latest_progress: tuple[int, int] | None = None
        self._progress_lock = threading.Lock()
        self._progress_posted.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)
        self._ended.connect(self._deliver_end, Qt.ConnectionType.QueuedConnection)
        self._report_changes: Callable[[Changes], None] = lambda _c: None

    def cancel(self) -> None:
        """Ask the work to stop at its next check; `cancelled()` follows once it has."""
        self.context._cancel.set()

    @property
    def running(self) -> bool:
        return not self.done

    # -- worker side ------------------------------------------------------------------
    def _post_progress(self, done: int, total: int) -> None:
        with self._progress_lock:
            first = self._latest_progress is None
            self._latest_progress = (done, total)
        if first:
            self._emit(self._progress_posted)

    def _emit(self, signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the window is gone: nobody waits for this any more
            pass

    def _execute(self, work: Callable[[OperationContext], T]) -> None:
        try:
            if self.context.cancelled:
                raise OperationCancelled()
            result: Any = work(self.context)
            outcome = "succeeded"
        except OperationCancelled:
            outcome, result = "cancelled", None
        except BaseException as exc:  # noqa: BLE001 - the one error policy decides
            if is_cancellation(exc):
                outcome, result = "cancelled", None
            else:
                outcome, result = "failed", describe_error(exc)
                if result.unexpected:
                    log.error(
                        "operation %r failed: %s\n%s",
                        self.label,
                        type(exc).__name__,
                        _frames(exc),
                    )
        finally:
            self.context._close_connections()
        self._emit(self._ended, outcome, result)

    # -- GUI side ---------------------------------------------------------------------
    @Slot()
    def _deliver_progress(self) -> None:
        with self._progress_lock:
            latest, self._latest_progress = self._latest_progress, None
        if latest is not None and not self.done:
            self.progressed.emit(*latest)

    @Slot(str, object)
    def _deliver_end(self, outcome: str, result: Any) -> None:
        self.done = True
        self.outcome = outcome
        changes = self.context.changes
        if changes:
            self._report_changes(changes)
        if outcome == "succeeded":
            self.result = result
            self.succeeded.emit(result)
        elif outcome == "cancelled":
            self.cancelled.emit()
        else:
            self.error = result
            self.failed.emit(result)
        self.finished.emit()


def _frames(exc: BaseException) -> str:
    """Where it failed (file, line, function), without source lines or the message."""
    return "\n".join(
        f"  {frame.filename}:{frame.lineno} in {frame.name}"
        for frame in traceback.extract_tb(exc.__traceback__)
    )


class _Lane:
    """Queued operations run one after another on one thread; the thread ends when idle."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._items: deque[tuple[Operation[Any], Callable[..., Any]]] = deque()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._stopped = False

    def put(self, operation: Operation[Any], work: Callable[..., Any]) -> None:
        with self._lock:
            self._items.append((operation, work))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._loop, name=f"op-{self.name}", daemon=True
                )
                self._thread.start()

    def _loop(self) -> None:
        while True:
            with self._lock:
                if self._stopped or not self._items:
                    self._thread = None
                    return
                operation, work = self._items.popleft()
            operation._execute(work)

    def stop(self) -> threading.Thread | None:
        """Drop what has not started; returns the thread still finishing its current work."""
        with self._lock:
            self._stopped = True
            self._items.clear()
            return self._thread


class Operations(QObject):
    """The window's runner: starts operations, reports their changes, shuts them down."""

    #: Changes (from any operation, on the GUI thread): refresh what they name.
    changed = Signal(object)
    #: An operation failed (OperationError), for a window-wide status message.
    failed = Signal(object)

    def __init__(self, store: Store | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._lanes: dict[str, _Lane] = {}
        self._threads: list[threading.Thread] = []
        self._running: set[Operation[Any]] = set()
        self._closed = False
        self._reader: Store | None = None
        self._reader_lock = threading.Lock()
        #: The desk marks it busy while a scan is typed and judged; background work waits.
        self.door = DoorFirst()
        #: Taken by the desk around a scan and by a long writer around each short
        #: transaction: the scan waits for one part of an import at most, and is woken
        #: the moment that part is committed (not by polling for the database's lock).
        #: A writer taking it waits while the door is busy.
        self.write_turn = _Turn(self.door)
        # An export or import thread runs pure Python beside the desk; with the default
        # 5 ms GIL switch interval every return of the scan path into Python could wait
        # that long (scan p95 60-80 ms during an XLSX export). 0.5 ms keeps it near the
        # idle figure (bench/bench_gui.py, docs/PERFORMANCE.md) for a few percent of the
        # workers' speed.
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))

    # -- starting ---------------------------------------------------------------------
    def run(
        self,
        work: Callable[[OperationContext], T],
        *,
        label: str = "",
        lane: str | None = None,
        on_success: Callable[[T], object] | None = None,
        on_failure: Callable[[OperationError], object] | None = None,
        on_cancel: Callable[[], object] | None = None,
        on_progress: Callable[[int, int], object] | None = None,
    ) -> Operation[T]:
        """Start `work` on a worker thread (queued behind its lane's earlier work).

        Connect further to the returned Operation's signals before the event loop
        runs again; nothing is delivered before that. A callback may be a lambda, but
        must not be the only thing keeping this runner's owner alive (use a bound method
        there): the operation is deleted after `finished`, and its callbacks with it.
        """
        if self._closed:
            raise RuntimeError("the window is closing: no new operations")
        operation: Operation[T] = Operation(label or getattr(work, "__name__", "work"), self)
        operation.context = OperationContext(operation, self.store, self.door)
        operation._report_changes = self._changes_reported
        if on_progress is not None:
            operation.progressed.connect(on_progress)
        if on_success is not None:
            operation.succeeded.connect(on_success)
        if on_failure is not None:
            operation.failed.connect(on_failure)
        if on_cancel is not None:
            operation.cancelled.connect(on_cancel)
        operation.failed.connect(self.failed)
        # A bound method, not a lambda: a lambda would hold this runner through its own
        # child, and dropping that last reference while the child is deleted crashes Qt.
        operation.finished.connect(self._forget)
        self._running.add(operation)
        if lane is None:
            thread = threading.Thread(
                target=operation._execute, args=(work,), name=f"op-{operation.label}", daemon=True
            )
            self._threads = [t for t in self._threads if t.is_alive()]
            self._threads.append(thread)
            thread.start()
        else:
            if lane not in self._lanes:
                self._lanes[lane] = _Lane(lane)
            self._lanes[lane].put(operation, work)
        return operation

    @Slot()
    def _forget(self) -> None:
        operation = self.sender()
        if isinstance(operation, Operation):
            self._running.discard(operation)
            operation.deleteLater()

    def _changes_reported(self, changes: Changes) -> None:
        if not self._closed:
            self.changed.emit(changes)

    @property
    def running(self) -> list[Operation[Any]]:
        return [op for op in self._running if not op.done]

    @contextmanager
    def desk_turn(self, wait_s: float = TURN_WAIT_S) -> Iterator[None]:
        """The desk's write (a scan on an event file) goes before an import's next part.

        Waits for the part being written (milliseconds), never for ever: after
        `wait_s` the database's own locking decides. (A desk on a server takes no turn:
        `MainWindow.scan`.)
        """
        acquired = self.write_turn.acquire(timeout=wait_s)
        try:
            yield
        finally:
            if acquired:
                self.write_turn.release()

    # -- the shared reader connection ---------------------------------------------------
    def reader(self) -> Store:
        """A read connection the workers share (opened on first use, closed at shutdown).

        The GUI thread never uses it; it falls back to the window's store where the
        event cannot be opened twice.
        """
        if self.store is None:
            raise RuntimeError("no store")
        with self._reader_lock:
            if self._closed:
                raise OperationCancelled()
            if self._reader is None:
                self._reader = another_connection(self.store) or self.store
            return self._reader

    # -- stopping ---------------------------------------------------------------------
    def shutdown(self, wait_s: float = SHUTDOWN_WAIT_S) -> bool:
        """Cancel everything, wait for the workers, close the worker connections.

        Returns False when a worker did not stop in time (it can no longer reach
        any widget: its results are dropped).
        """
        if self._closed:
            return True
        self._closed = True
        for operation in list(self._running):
            operation.cancel()
        threads = [t for t in (lane.stop() for lane in self._lanes.values()) if t is not None]
        stopped = True
        for thread in (*threads, *self._threads):
            thread.join(wait_s)
            stopped = stopped and not thread.is_alive()
        with self._reader_lock:
            if self._reader is not None and self._reader is not self.store:
                self._reader.close()
            self._reader = None
        if not stopped:
            log.warning("an operation did not stop within %.0f s of closing", wait_s)
        # Results still queued for the GUI thread must not reach closing widgets.
        for operation in list(self._running):
            operation.blockSignals(True)
        self._running.clear()
        return stopped

    @property
    def closed(self) -> bool:
        return self._closed


class Refresher(QObject):
    """Recompute something in the background after changes: at most one run at a time,
    at most once per `delay_ms`, and once more if asked during a run (counters, dashboard).
    """

    def __init__(
        self,
        operations: Operations,
        work: Callable[[OperationContext], Any],
        show: Callable[[Any], object],
        *,
        delay_ms: int,
        lane: str = "stats",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._work = work
        self._show = show
        self._lane = lane
        self._current: Operation[Any] | None = None
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.now)

    def soon(self) -> None:
        """Refresh within `delay_ms` (changes in a burst cost one count)."""
        if not self._timer.isActive():
            self._timer.start()

    def now(self) -> None:
        """Refresh right away (in the background); during a run, once more after it."""
        if self._operations.closed:
            return
        if self._current is not None:
            self._again = True
            return
        self._current = self._operations.run(self._work, lane=self._lane, label="refresh")
        self._current.succeeded.connect(self._show)
        self._current.finished.connect(self._done)

    @property
    def busy(self) -> bool:
        return self._current is not None

    def stop(self) -> None:
        self._timer.stop()
        self._again = False

    def _done(self) -> None:
        self._current = None
        if self._again:
            self._again = False
            self.soon()
