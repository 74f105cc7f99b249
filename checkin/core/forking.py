"""Pure-Python work in a forked child while this process does something else.

A big import is GIL-bound Python (reading rows, folding search words) next to
SQLite work; on the desk's two cores a forked child can take a share. The
child inherits everything by copy-on-write, pickles its results chunk by
chunk into an anonymous file (a pipe would stall it after 64 KB until the
parent reads), and leaves through os._exit, so no finaliser closes the
parent's files or database connection. Whatever the child did not deliver
the caller computes itself, so the outcome never depends on the child.

Only where fork is safe: a process without other threads. The Qt desk app
runs threads, so it never forks and does all the work in one process.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

#: Whether big imports fork helpers at all (tests switch it to compare both ways).
ENABLED = hasattr(os, "fork")


def can_fork() -> bool:
    return ENABLED and threading.active_count() == 1


def _spool() -> IO[bytes]:
    """An anonymous file in memory (Linux), else an unlinked temporary file."""
    if hasattr(os, "memfd_create"):
        return os.fdopen(os.memfd_create("checkin-child"), "w+b")
    return tempfile.TemporaryFile()


class Child:
    """`work()` run in a forked child; its chunks are read back with `chunks()`.

    Use as a context manager: leaving it stops a child still running. Raises
    OSError when no child can be forked (the caller then does the work itself).
    """

    def __init__(self, work: Callable[[], Iterable[Any]]) -> None:
        self._spool = _spool()
        self.complete = False
        try:
            self._pid: int | None = os.fork()
        except OSError:  # no memory or process slot for a child: the caller works alone
            self._spool.close()
            raise
        if self._pid == 0:  # the child
            status = 1
            try:
                gc.disable()  # collecting would write to every page shared with the parent
                for chunk in work():
                    pickle.dump(chunk, self._spool, protocol=pickle.HIGHEST_PROTOCOL)
                self._spool.flush()
                status = 0
            except BaseException:  # noqa: BLE001, S110 - the parent does the work instead
                pass
            finally:
                os._exit(status)

    def _reap(self, kill: bool = False) -> None:
        pid = self._pid
        if pid is None:
            return
        if kill:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        _, status = os.waitpid(pid, 0)
        self._pid = None  # only now: interrupted while waiting, close() still reaps it
        self.complete = not kill and status == 0

    def chunks(self) -> Iterator[Any]:
        """Wait for the child, then its chunks in order, as far as they are whole.

        `complete` says afterwards whether the child finished its work.
        """
        self._reap()
        self._spool.seek(0)
        while True:
            try:
                yield pickle.load(self._spool)
            except Exception:  # noqa: BLE001 - the end, or a chunk cut off by a dying child
                return

    def close(self) -> None:
        self._reap(kill=True)
        self._spool.close()

    def __enter__(self) -> Child:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
