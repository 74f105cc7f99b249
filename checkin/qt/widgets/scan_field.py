"""The one input of the desk: hand-typed codes and name searches.

A scanner's burst never reaches this field as typing: the application's
`ScannerGuard` takes it out of the key stream wherever the focus is and hands it
to the scan path (which also drops what was typed here before). What is left are
a person's keys: a code typed by hand and Enter (or Tab), or a name to search.
The field doubles as the search box: in search mode, arrows move through the
results, Enter admits the chosen guest and Esc returns to scanning, so the
keyboard focus never has to leave this field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

#: Typed letters switch to search mode from this many characters on ("mue" may be a code).
SEARCH_MIN_CHARS = 4
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


class ScanField(QLineEdit):
    #: A code typed by hand and submitted with Enter or Tab.
    scanned = Signal(str)
    #: Search mode: the query changed / Enter / arrow (+1 down, -1 up) / Esc.
    searchChanged = Signal(str)
    searchAccepted = Signal()
    searchMoved = Signal(int)
    searchCancelled = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        looks_like_name: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._looks_like_name = looks_like_name or (lambda _text: False)
        self._searching = False
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

    def start_search(self, text: str | None = None) -> None:
        """Enter search mode (F2, or letters that cannot be a code)."""
        if not self._searching:
            self._searching = True
            self._update_placeholder()
        if text is not None and text != self.text():
            self.setText(text)
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.searchChanged.emit(self.text())

    def stop_search(self) -> None:
        was = self._searching
        self._searching = False
        self.clear()
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
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not self._searching:
                self._submit()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
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
        super().keyPressEvent(event)

    def _edited(self, text: str) -> None:
        if self._searching:
            if not text:
                self.stop_search()
            else:
                self.searchChanged.emit(text)
            return
        if len(text) >= SEARCH_MIN_CHARS and self._looks_like_name(text):
            self.start_search()

    def drop_text(self) -> None:
        """A scan arrived: what was typed here (a search, half a code) is dropped."""
        if self._searching:
            self.stop_search()
        else:
            self.clear()

    def _submit(self) -> None:
        code = self.text().strip()
        self.clear()
        if code:
            self.scanned.emit(code)
