"""Auto-repeated keys never make a person's short run look like a scanner's (review of the
3-5 character rule, `scanner_guard.SHORT_GAP_MS`).

A key held down repeats (X: 30 ms at 33 Hz; some systems set 10-25 ms; Windows repeats
a held Shift too). A repeat is not a key a person pressed: it neither makes the gaps of
a run short nor is part of a code. A scanner never holds a key.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent

from tests.qt import scanner_sim as sim

_SHIFT = Qt.KeyboardModifier.ShiftModifier
_NONE = Qt.KeyboardModifier.NoModifier


def _press(key: int, mods: Qt.KeyboardModifier, text: str, stamp: int, repeat: bool) -> None:
    window = QGuiApplication.focusWindow()
    assert window is not None
    for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
        event = QKeyEvent(kind, key, mods, text, repeat)
        event.setTimestamp(stamp)
        if kind == QEvent.Type.ShortcutOverride:
            event.ignore()
        QCoreApplication.sendEvent(window, event)


def _release(key: int, mods: Qt.KeyboardModifier, text: str, stamp: int) -> None:
    window = QGuiApplication.focusWindow()
    if window is None:
        return  # the dialog closed on its Enter: the release goes elsewhere
    event = QKeyEvent(QEvent.Type.KeyRelease, key, mods, text)
    event.setTimestamp(stamp)
    QCoreApplication.sendEvent(window, event)


@pytest.mark.parametrize("repeat_ms", [10, 15])
def test_a_held_shift_repeating_fast_does_not_make_quick_typing_a_scan(qtbot, form, repeat_ms):
    """A fast typist's rolled 'ABC' (30 ms a key) with Shift held down: its repeats fill
    every gap to a scanner's, but the person's keys are 30 ms apart: typing."""
    sim._pause()
    stamp = sim._advance(0)
    _press(Qt.Key.Key_Shift, _SHIFT, "", stamp, False)
    for char in "ABC":
        for _ in range(30 // repeat_ms - 1):
            stamp = sim._advance(repeat_ms)
            _press(Qt.Key.Key_Shift, _SHIFT, "", stamp, True)
        stamp = sim._advance(30 - repeat_ms * (30 // repeat_ms - 1))
        _press(ord(char), _SHIFT, char, stamp, False)
        _release(ord(char), _SHIFT, char, stamp)
    stamp = sim._advance(repeat_ms)
    _press(Qt.Key.Key_Shift, _SHIFT, "", stamp, True)
    with qtbot.waitSignal(form.accepted):
        stamp = sim._advance(30 - repeat_ms)
        _release(Qt.Key.Key_Shift, _NONE, "", stamp)
        _press(Qt.Key.Key_Return, _NONE, "\r", stamp, False)
        _release(Qt.Key.Key_Return, _NONE, "\r", stamp)
    assert form.field.text() == "ABC" and form.caught == []


def test_a_held_letter_then_enter_is_typing(qtbot, form):
    """'a' held down (repeats every 10 ms), then Enter 10 ms after the last repeat."""
    sim._pause()
    stamp = sim._advance(0)
    _press(Qt.Key.Key_A, _NONE, "a", stamp, False)
    stamp = sim._advance(250)  # the repeat delay
    for _ in range(4):
        _press(Qt.Key.Key_A, _NONE, "a", stamp, True)
        stamp = sim._advance(10)
    _release(Qt.Key.Key_A, _NONE, "a", stamp)
    with qtbot.waitSignal(form.accepted):
        _press(Qt.Key.Key_Return, _NONE, "\r", stamp, False)
        _release(Qt.Key.Key_Return, _NONE, "\r", stamp)
    assert form.field.text() == "aaaaa" and form.caught == []
