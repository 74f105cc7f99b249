"""The one input of the desk: scanner codes, hand-typed codes and name searches.

A keyboard-wedge scanner "types" a code much faster than a person and usually
ends it with Enter or Tab; scanners set to send no suffix are recognised by the
burst itself followed by a pause. The field doubles as the search box: in search
mode, arrows move through the results, Enter admits the chosen guest and Esc
returns to scanning, so the keyboard focus never has to leave this field.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

#: Keys closer together than this come from a scanner, not a person (seconds).
BURST_GAP = 0.035
#: A burst needs at least this many characters to count as a scan.
BURST_MIN_CHARS = 4
#: After a burst, this much quiet (ms) means the scanner has finished.
BURST_PAUSE_MS = 80
#: The same code again within this many seconds is a scanner firing twice.
DOUBLE_FIRE_SECONDS = 3.0
#: Ctrl+key combinations the field keeps for editing; every other one is a window shortcut.
_LOCAL_CONTROL_KEYS = {
    Qt.Key.Key_C,
    Qt.Key.Key_V,
    Qt.Key.Key_X,
    Qt.Key.Key_A,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Backspace,
    Qt.Key.Key_Delete,
}


class BurstDetector:
    """Decides from key timestamps whether the current text arrived as a scanner burst."""

    def __init__(self, gap: float = BURST_GAP, min_chars: int = BURST_MIN_CHARS) -> None:
        self.gap = gap
        self.min_chars = min_chars
        self._last: float | None = None
        self._count = 0
        self._all_fast = True

    def reset(self) -> None:
        self._last = None
        self._count = 0
        self._all_fast = True

    def continues(self, at: float) -> bool:
        """Whether a key at `at` would belong to the run so far (close enough to the last)."""
        return self._last is not None and at - self._last <= self.gap

    def key(self, at: float) -> None:
        if self._last is not None and at - self._last > self.gap:
            self._all_fast = False
        self._last = at
        self._count += 1

    @property
    def is_burst(self) -> bool:
        return self._all_fast and self._count >= self.min_chars


class ScanField(QLineEdit):
    #: A code to judge (cleaned of the scanner suffix, never a repeat within 3 s).
    scanned = Signal(str)
    #: A repeat of the previous code within the double-fire window, ignored.
    doubleFireIgnored = Signal(str)
    #: Search mode: the query changed / Enter / arrow (+1 down, -1 up) / Esc.
    searchChanged = Signal(str)
    searchAccepted = Signal()
    searchMoved = Signal(int)
    searchCancelled = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
        looks_like_name: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.key_clock = clock
        self._looks_like_name = looks_like_name or (lambda _text: False)
        self._burst = BurstDetector()
        self._last_code = ""
        self._last_code_at = -1e9
        self._searching = False
        self._picking = False
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(BURST_PAUSE_MS)
        self._pause.timeout.connect(self._burst_finished)
        self.textEdited.connect(self._edited)
        font = QFont(self.font())
        font.setPointSize(22)
        self.setFont(font)
        self.setMinimumHeight(56)
        self.setAccessibleName(self.tr("Scan field"))
        self.setClearButtonEnabled(True)
        self._update_placeholder()

    # -- modes -------------------------------------------------------------------
    @property
    def searching(self) -> bool:
        return self._searching

    def start_pick(self) -> None:
        """Search mode with an empty field, the list showing whom to choose from."""
        self.start_search("")
        self._picking = True

    def start_search(self, text: str | None = None) -> None:
        """Enter search mode (F2, or letters that cannot be a code)."""
        self._picking = False
        if not self._searching:
            self._searching = True
            self._pause.stop()
            self._update_placeholder()
        if text is not None and text != self.text():
            self.setText(text)
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.searchChanged.emit(self.text())

    def stop_search(self) -> None:
        was = self._searching
        self._searching = self._picking = False
        self.clear()
        self._burst.reset()
        self._update_placeholder()
        if was:
            self.searchCancelled.emit()

    def _update_placeholder(self) -> None:
        self.setProperty("searching", self._searching)
        if self._searching:
            self.setPlaceholderText(
                self.tr("Search: name, company or e-mail  (↑↓ choose, Enter check in, Esc back)")
            )
        else:
            self.setPlaceholderText(self.tr("Scan a code, or type a name to search (F2)"))
        self.style().unpolish(self)
        self.style().polish(self)

    # -- keys --------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Window shortcuts (Ctrl+Z undo check-in, Ctrl+E edit ...) beat the line edit's
        # own editing keys: the field is cleared after every scan, so its undo is useless.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if control and event.key() not in _LOCAL_CONTROL_KEYS:
                event.ignore()
                return True
        # Tab is the suffix of many scanners; it must submit, not move the focus away.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                if not self._searching:
                    self._submit()
                    return True
                if self._burst_as_scan():
                    return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._burst_as_scan():
                return
            if self._searching:
                self.searchAccepted.emit()
            else:
                self._submit()
            return
        if key == Qt.Key.Key_Escape:
            self.stop_search()
            return
        if self._searching and key in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_PageUp,
            Qt.Key.Key_PageDown,
        ):
            step = {
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_PageUp: -10,
                Qt.Key.Key_PageDown: 10,
            }
            self.searchMoved.emit(step[Qt.Key(key)])
            return
        if not self.text():
            self._burst.reset()
        if event.text() and event.text().isprintable():
            self._burst.key(self.key_clock())
        super().keyPressEvent(event)

    def _edited(self, text: str) -> None:
        if self._searching:
            if not text:
                self.stop_search()
            else:
                self.searchChanged.emit(text)
                if self._burst.is_burst:  # maybe the next guest's scanner, see _burst_as_scan
                    self._pause.start()
            return
        # Decide only once a burst could be told apart: a scanner typing "https://..."
        # must not fall into search mode at its first letter.
        if (
            len(text) >= self._burst.min_chars
            and not self._burst.is_burst
            and self._looks_like_name(text)
        ):
            self.start_search()
            return
        if self._burst.is_burst:
            self._pause.start()
        else:
            self._pause.stop()

    def _burst_finished(self) -> None:
        if self._burst_as_scan():
            return
        if not self._searching and self._burst.is_burst and self.text().strip():
            self._submit()

    def _burst_as_scan(self) -> bool:
        """In search mode, a scanner burst typed into the empty field is the next guest's
        code (after "several people hold this code" the desk waits for a pick, but the
        queue moves on): leave the search and judge it. A fast-typed name stays a search."""
        text = self.text().strip()
        if not (self._searching and self._burst.is_burst and text):
            return False
        if not self._picking and self._looks_like_name(text):
            return False
        self._searching = self._picking = False
        self._update_placeholder()
        self.searchCancelled.emit()
        self._submit()
        return True

    def _submit(self) -> None:
        self._pause.stop()
        code = self.text().strip()
        self.clear()
        self._burst.reset()
        if not code:
            return
        now = self.key_clock()
        if code == self._last_code and now - self._last_code_at < DOUBLE_FIRE_SECONDS:
            self.doubleFireIgnored.emit(code)
            return
        self._last_code, self._last_code_at = code, now
        self.scanned.emit(code)
