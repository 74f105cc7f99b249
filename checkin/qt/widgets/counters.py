"""Live counters that stay visible all day: checked in / expected, and per category.

Counting 200,000 guests takes a few hundred milliseconds, longer than a scan may
take. So the count runs in a worker thread on its own read connection (SQLite
in WAL mode lets it read while the desk writes), at most once per
REFRESH_DELAY_MS however fast the desk scans, and the result comes back through
a queued signal. The scan path never waits for it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from checkin.core.store.base import Change, Stats, Store, StoreError

REFRESH_DELAY_MS = 300

StatsSource = Callable[[], Stats]


class StatsReader:
    """Counts on a second connection of its own, opened on first use in the worker."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._reader: Store | None = None
        self._lock = threading.Lock()

    def __call__(self) -> Stats:
        with self._lock:
            if self._reader is None:
                # The store's own second connection: same address and credentials (a
                # server's password too), whichever backend it is.
                self._reader = self._store.reopen() or self._store
            return self._reader.stats()

    def close(self) -> None:
        with self._lock:
            if self._reader is not None and self._reader is not self._store:
                self._reader.close()
            self._reader = None


class CountersBar(QWidget):
    _storeChanged = Signal(object)
    _computed = Signal(object)
    #: Emitted after new numbers are shown (for tests).
    updated = Signal()

    def __init__(
        self, store: Store, parent: QWidget | None = None, stats: StatsSource | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._reader = StatsReader(store)
        self._stats = stats or self._reader
        self._busy = False
        self._again = False
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
        self._timer.timeout.connect(self.refresh_later)
        self._computed.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._storeChanged.connect(self._changed, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = store.subscribe(self._storeChanged.emit)
        self.destroyed.connect(self._unsubscribe)
        self.destroyed.connect(self._reader.close)
        self.stats: Stats | None = None
        self.total.setText(self.tr("Checked in: … / …"))
        self.refresh_later()  # counting 200,000 guests must not delay the first scan

    def _changed(self, _change: Change) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def refresh(self) -> None:
        """Count now, on this thread (start-up, screenshots)."""
        self._show(self._store.stats())

    def refresh_later(self) -> None:
        """Count in a worker thread; a change during the count triggers one more."""
        if self._busy:
            self._again = True
            return
        self._busy = True
        threading.Thread(target=self._work, name="counters", daemon=True).start()

    def _work(self) -> None:
        try:
            stats: Stats | None = self._stats()
        except (StoreError, Exception):  # a closed or vanished file: keep the last numbers
            stats = None
        try:
            self._computed.emit(stats)
        except RuntimeError:  # the widget is gone (window closed while counting)
            pass

    def _show(self, stats: Stats | None) -> None:
        self._busy = False
        if self._again:
            self._again = False
            self._timer.start()
        if stats is None:
            return
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
        self.updated.emit()
