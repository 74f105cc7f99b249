"""Keeps a USB scanner's code out of a desk dialog that happens to be open.

A scanner is a keyboard: while the walk-in, edit, import or settings dialog
is open, the next guest's code would be typed into whatever field has the
focus (a walk-in called "K7QW3M9P") and its Enter would press the dialog's
default button. The guard watches the dialog's window: a burst of keys, too
fast for a person, ending in Enter or Tab is taken back out of the field it
went into and handed to the desk as a scan.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from checkin.qt.widgets.scan_field import BurstDetector

_SUFFIXES = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)


class ScannerGuard(QObject):
    """Install on a dialog's window (`dialog.windowHandle()`); `on_scan(code)` gets the codes."""

    def __init__(
        self,
        dialog: QWidget,
        on_scan: Callable[[str], None],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._on_scan = on_scan
        self._clock = clock
        self._burst = BurstDetector()  # the scan field's own measure of a scanner
        self._keys: list[str] = []
        self._field: QLineEdit | None = None
        self._before = ""
        self._cursor = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        now = self._clock()
        if event.key() in _SUFFIXES:
            if self._burst.is_burst and self._burst.continues(now):
                code = "".join(self._keys)
                self._take_back()
                self._reset()
                self._on_scan(code)
                return True  # the scanner's Enter must not press the dialog's button
            self._reset()
            return False
        text = event.text()
        control = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if not text or not text.isprintable() or control:
            self._reset()
            return False
        if not self._burst.continues(now):  # a new run: remember the field as it was
            self._reset()
            focus = self._dialog.focusWidget()
            if isinstance(focus, QLineEdit):
                self._field, self._before = focus, focus.text()
                self._cursor = focus.cursorPosition()
        self._burst.key(now)
        self._keys.append(text)
        return False  # typed as usual: a person's keys must not wait

    def _take_back(self) -> None:
        if self._field is not None:
            self._field.setText(self._before)
            self._field.setCursorPosition(self._cursor)

    def _reset(self) -> None:
        self._burst.reset()
        self._keys = []
        self._field = None
