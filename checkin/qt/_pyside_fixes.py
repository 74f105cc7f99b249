"""Survive a reference-counting bug of PySide6 6.12.0 on Python 3.11.

That release drops one reference to `None` on every call of a void method
(`QTimer.stop()`, `QLineEdit.clear()` ...) and one to `True` on every Python
`signal.emit()`. On Python 3.12+ these objects are immortal, so nothing shows;
on 3.11 a busy desk (or a test run) reaches zero after some ten thousand calls
and the interpreter aborts with "none_dealloc" / "bool_dealloc".

`None`, `True` and `False` are static objects that are never freed, so giving
them a huge reference count is exactly what Python 3.12 does ("immortal
objects") and has no other effect. It is applied only when a probe shows the
leak, so a fixed PySide6 or a newer Python runs untouched.
"""

from __future__ import annotations

import ctypes
import sys

#: Far more references than a process can ever drop, far below the counter's limit.
_RESERVE = 1 << 48
_PROBES = 32


def _leaks() -> bool:
    from PySide6.QtCore import QObject, QTimer, Signal

    class _Probe(QObject):
        ping = Signal()

    probe, timer = _Probe(), QTimer()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(_PROBES):
        timer.stop()
        probe.ping.emit()
    none_lost = none_before - sys.getrefcount(None)
    true_lost = true_before - sys.getrefcount(True)
    return none_lost >= _PROBES // 2 or true_lost >= _PROBES // 2


def apply() -> bool:
    """Make None/True/False effectively immortal if this PySide6 leaks them."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if sys.getrefcount(None) > _RESERVE // 2 or not _leaks():
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
    return True
