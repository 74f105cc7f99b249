"""Live counters that stay visible all day: checked in / expected, and per category.

Counting 200,000 guests takes a few hundred milliseconds, longer than a scan may
take. So the count is an operation (`checkin.qt.operations`) on the workers'
own read connection (SQLite in WAL mode lets it read while the desk writes), at
most once per REFRESH_DELAY_MS however fast the desk scans; the scan path never
waits for it, and closing the window stops it cleanly.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from checkin.core.store.base import Change, Stats, Store
from checkin.qt.operations import OperationContext, Operations, Refresher

REFRESH_DELAY_MS = 300


class CountersBar(QWidget):
    _storeChanged = Signal(object)
    #: Emitted after new numbers are shown (for tests).
    updated = Signal()

    def __init__(
        self, store: Store, parent: QWidget | None = None, operations: Operations | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        #: The window's runner; on its own (a test, a preview) the bar keeps one.
        self._own_operations = operations is None
        self._operations = operations or Operations(store, self)
        self._refresher = Refresher(
            self._operations, self._count, self._show, delay_ms=REFRESH_DELAY_MS, parent=self
        )
        self.total = QLabel(self)
        font = QFont(self.total.font())
        font.setPointSize(18)
        font.setBold(True)
        self.total.setFont(font)
        self.total.setAccessibleName(self.tr("Checked in of expected"))
        self.categories = QLabel(self)
        small = QFont(self.categories.font())
        small.setPointSize(12)
        self.categories.setFont(small)
        self.categories.setWordWrap(True)
        self.categories.setAccessibleName(self.tr("Checked in per category"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.total)
        layout.addSpacing(24)
        layout.addWidget(self.categories, 1, Qt.AlignmentFlag.AlignVCenter)
        self._storeChanged.connect(self._changed, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = store.subscribe(self._storeChanged.emit)
        self.destroyed.connect(self._unsubscribe)
        self.stats: Stats | None = None
        self.total.setText(self.tr("Checked in: … / …"))
        self._refresher.now()  # counting 200,000 guests must not delay the first scan

    def _count(self, _context: OperationContext) -> Stats:
        return self._operations.reader().stats()

    def _changed(self, _change: Change) -> None:
        self._refresher.soon()

    def refresh(self) -> None:
        """Count now, on this thread (screenshots)."""
        self._show(self._store.stats())

    def refresh_later(self) -> None:
        """Count again soon in the background (a burst of changes costs one count)."""
        self._refresher.soon()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._refresher.stop()
        if self._own_operations:
            self._operations.shutdown()
        super().closeEvent(event)

    def _show(self, stats: Stats) -> None:
        self.stats = stats
        self.total.setText(
            self.tr("Checked in: {done} / {expected}").format(
                done=_grouped(stats.checked_in), expected=_grouped(stats.expected)
            )
        )
        no_category = self.tr("(none)")
        parts = [
            f"{category or no_category} {_grouped(done)}/{_grouped(expected)}"
            for category, (expected, done) in sorted(stats.by_category.items())
        ]
        if stats.walk_ins:
            parts.append(self.tr("walk-ins {count}").format(count=_grouped(stats.walk_ins)))
        # The line wraps between categories, never inside one ("Referent" at the end of
        # one line, its "1/3 053" on the next: seen at 1366 px with seven categories).
        self.categories.setText(SEPARATOR.join(_unbroken(part) for part in parts))
        self.updated.emit()


SEPARATOR = "   ·   "


def _unbroken(text: str) -> str:
    """Its spaces no-break spaces: a line break falls only at the separators."""
    return text.replace(" ", "\u00a0")


def _grouped(number: int) -> str:
    """Thousands apart by a narrow no-break space (right in German and English alike):
    the total and every category the same way."""
    return f"{number:,}".replace(",", "\u202f")
