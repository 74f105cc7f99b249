"""Live counters that stay visible all day: checked in / expected, and per category.

Stats are recomputed at most a few times a second however fast the desk scans,
so a busy morning never turns counting into the bottleneck of the scan path.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from checkin.core.store.base import Change, Stats, Store

REFRESH_DELAY_MS = 250


class CountersBar(QWidget):
    _storeChanged = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
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
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._storeChanged.connect(self._changed, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = store.subscribe(self._storeChanged.emit)
        self.destroyed.connect(self._unsubscribe)
        self.stats: Stats | None = None
        self.refresh()

    def _changed(self, _change: Change) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def refresh(self) -> None:
        stats = self._store.stats()
        self.stats = stats
        self.total.setText(
            self.tr("Checked in: {done} / {expected}").format(
                done=f"{stats.checked_in:,}".replace(",", "\u202f"),
                expected=f"{stats.expected:,}".replace(",", "\u202f"),
            )
        )
        no_category = self.tr("(none)")
        parts = [
            f"{category or no_category} {done}/{expected}"
            for category, (expected, done) in sorted(stats.by_category.items())
        ]
        if stats.walk_ins:
            parts.append(self.tr("walk-ins {count}").format(count=stats.walk_ins))
        self.categories.setText("   ·   ".join(parts))
