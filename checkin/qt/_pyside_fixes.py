"""Work around a reference-counting bug in PySide6 6.12.0's `SignalInstance.emit`.

There, every `signal.emit(...)` called from Python returns `True` without
taking a reference to it, so each call drops one reference to the interpreter's
`True`. After enough emissions Python aborts with "bool_dealloc: deallocating
True or False" (seen at the end of a test run). The fix here is detected, not
assumed: a probe measures the leak once and the patch is applied only when the
running PySide6 really has it, so a fixed release runs untouched.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

_PROBES = 16


def _emit_leaks_bool() -> bool:
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    return sys.getrefcount(True) - before <= -_PROBES // 2


def apply() -> bool:
    """Patch `SignalInstance.emit` if it leaks; returns True when a patch was applied."""
    from PySide6.QtCore import SignalInstance

    if getattr(SignalInstance.emit, "_checkin_fixed", False) or not _emit_leaks_bool():
        return False
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None

    def emit(self: Any, *args: Any) -> Any:
        result = original(self, *args)
        if result is True or result is False:
            incref(result)  # the reference PySide forgot to take
        return result

    emit._checkin_fixed = True  # type: ignore[attr-defined]
    SignalInstance.emit = emit  # type: ignore[method-assign]
    return True
