"""The live dashboard of the desk window: how the day is going, at a glance.

It adapts `checkin.core.stats.compute_stats` and holds no numbers of its own.
Stats are computed by an operation (`checkin.qt.operations`) on the workers'
read connection (200,000 guests take a moment to count), at most once per
REFRESH_DELAY_MS however fast the desks scan, and again on a clock tick, because
"no-shows so far" and "last hour" change with time alone. Store listeners may
run on a worker thread, so changes arrive via a queued signal.
"""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QLocale, QMargins, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin.core.clock import Clock, system_clock
from checkin.core.stats import DayStats, compute_stats
from checkin.core.store.base import Change, Store
from checkin.qt.event_time import local
from checkin.qt.operations import OperationContext, Operations, Refresher
from checkin.qt.verdict_text import desk_label

REFRESH_DELAY_MS = 500
TICK_MS = 30_000


def nice_step(maximum: int) -> int:
    """A round tick interval (1, 2, 5, 10, 20, 50 ...) giving at most about six ticks."""
    step = 1
    while maximum / step > 6:
        for factor in (2, 5 / 2, 2):  # 1 -> 2 -> 5 -> 10 -> ...
            step = round(step * factor)
            if maximum / step <= 6:
                break
    return step


class DashboardWidget(QWidget):
    """Checked in / expected, per category, arrivals per 15 minutes, no-shows, desks."""

    #: Emitted on the GUI thread after new stats are shown.
    updated = Signal()
    _storeChanged = Signal(object)

    def __init__(
        self,
        store: Store,
        clock: Clock = system_clock,
        parent: QWidget | None = None,
        *,
        tick_ms: int = TICK_MS,
        operations: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self.stats: DayStats | None = None
        self._locale = QLocale()
        self._build()

        #: The window's runner; on its own (a test, a preview) the widget keeps one.
        self._own_operations = operations is None
        self._operations = operations or Operations(store, self)
        self._refresher = Refresher(
            self._operations, self._compute, self._show, delay_ms=REFRESH_DELAY_MS, parent=self
        )
        self._tick = QTimer(self)
        self._tick.setInterval(tick_ms)
        self._tick.timeout.connect(self.refresh)
        self._tick.start()

        self._storeChanged.connect(self._changed, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = store.subscribe(self._storeChanged.emit)
        self.destroyed.connect(self._unsubscribe)
        self.refresh()

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        big = QFont(self.font())
        big.setPointSize(20)
        big.setBold(True)

        def figure(caption: str) -> tuple[QWidget, QLabel]:
            box = QWidget(self)
            value = QLabel("–", box)
            value.setFont(big)
            value.setAccessibleName(caption)
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(QLabel(caption, box))
            lay.addWidget(value)
            return box, value

        boxes = QHBoxLayout()
        checked_box, self.checked_in_label = figure(self.tr("Checked in"))
        noshow_box, self.no_shows_label = figure(self.tr("No-shows so far"))
        walkin_box, self.walk_ins_label = figure(self.tr("Walk-ins"))
        rejected_box, self.rejected_label = figure(self.tr("Rejected scans"))
        # Desks that could not reach the server may both admit one ticket: counted here.
        doubles_box, self.doubles_label = figure(self.tr("Admitted twice"))
        boxes.addWidget(checked_box, 3)
        for box in (noshow_box, walkin_box, rejected_box, doubles_box):
            boxes.addWidget(box, 2)
        self.clock_label = QLabel(self)
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.categories = self._table(
            [self.tr("Category"), self.tr("Checked in"), self.tr("Expected"), self.tr("Share")]
        )
        self.categories.setAccessibleName(self.tr("Checked in per category"))
        self.desks = self._table(
            [
                self.tr("Desk"),
                self.tr("Guests"),
                self.tr("Last hour"),
                self.tr("Guests per hour"),
                self.tr("Median seconds between guests"),
            ]
        )
        self.desks.setAccessibleName(self.tr("Throughput per desk"))

        self.arrivals_set = QBarSet(self.tr("Arrivals"))
        self.arrivals_series = QBarSeries()
        self.arrivals_series.append(self.arrivals_set)
        self.arrivals_axis = QBarCategoryAxis()
        self.count_axis = QValueAxis()
        self.count_axis.setLabelFormat("%d")
        chart = QChart()
        chart.setTitle(self.tr("Arrivals per 15 minutes"))
        chart.addSeries(self.arrivals_series)
        chart.addAxis(self.arrivals_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.count_axis, Qt.AlignmentFlag.AlignLeft)
        self.arrivals_series.attachAxis(self.arrivals_axis)
        self.arrivals_series.attachAxis(self.count_axis)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_view = QChartView(chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)

        grid = QGridLayout(self)
        grid.addWidget(self.clock_label, 0, 0, 1, 2)
        grid.addLayout(boxes, 1, 0, 1, 2)
        grid.addWidget(self.chart_view, 2, 0, 1, 2)
        grid.addWidget(self.categories, 3, 0)
        grid.addWidget(self.desks, 3, 1)
        grid.setRowStretch(2, 1)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # -- refreshing ---------------------------------------------------------------------
    def _changed(self, _change: Change) -> None:
        self._refresher.soon()

    def follow(self) -> None:
        """Something changed that the store did not announce here (another connection)."""
        self._refresher.soon()

    def refresh(self) -> None:
        """Recompute in the background; a refresh asked for meanwhile runs right after."""
        self._refresher.now()

    def _compute(self, _context: OperationContext) -> DayStats:
        now = local(self._clock())  # the hours of the chart are the event's
        reader = self._operations.reader()
        return compute_stats(reader.iter_attendees(), reader.iter_log(), now)

    def _show(self, stats: DayStats) -> None:
        self.stats = stats
        self._fill(stats)
        self.updated.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._tick.stop()
        self._refresher.stop()
        if self._own_operations:
            self._operations.shutdown()
        super().closeEvent(event)

    def _n(self, value: int) -> str:
        return self._locale.toString(value)

    def _fill(self, s: DayStats) -> None:
        percent = round(100 * s.share)
        self.checked_in_label.setText(
            self.tr("{done} / {expected} ({percent} %)").format(
                done=self._n(s.checked_in), expected=self._n(s.expected), percent=percent
            )
        )
        self.no_shows_label.setText(self._n(s.no_shows))
        self.walk_ins_label.setText(self._n(s.walk_ins))
        self.rejected_label.setText(self._n(s.rejected_scans))
        self.doubles_label.setText(self._n(s.doubles))
        self.clock_label.setText(
            self.tr("As of {time}").format(
                time=self._locale.toString(
                    QTime(s.now.hour, s.now.minute), QLocale.FormatType.ShortFormat
                )
            )
        )

        no_category = self.tr("(none)")
        self.categories.setRowCount(len(s.categories))
        for row, cat in enumerate(s.categories):
            share = f"{round(100 * cat.checked_in / cat.expected)} %" if cat.expected else "–"
            self._set_row(
                self.categories,
                row,
                [
                    cat.category or no_category,
                    self._n(cat.checked_in),
                    self._n(cat.expected),
                    share,
                ],
            )
        self.desks.setRowCount(len(s.desks))
        for row, d in enumerate(s.desks):
            self._set_row(
                self.desks,
                row,
                [
                    desk_label(d.desk),
                    self._n(d.admitted),
                    self._n(d.last_hour),
                    "–" if d.per_hour is None else self._n(round(d.per_hour)),
                    "–" if d.median_gap_s is None else self._n(round(d.median_gap_s)),
                ],
            )

        counts = [n for _, n in s.arrivals]
        self.arrivals_set.remove(0, self.arrivals_set.count())
        self.arrivals_set.append([float(n) for n in counts])
        self.arrivals_axis.clear()
        # Keep categories unique: a DST night repeats a wall-clock time.
        labels: list[str] = []
        for at, _ in s.arrivals:
            label = at.strftime("%H:%M")
            labels.append(label if label not in labels else label + "\u200b" * labels.count(label))
        if labels:
            self.arrivals_axis.append(labels)
        # A whole day has ~40 slots: upright labels would overlap.
        self.arrivals_axis.setLabelsAngle(-90 if len(labels) > 16 else 0)
        step = nice_step(max([*counts, 1]))
        ticks = -(-max([*counts, 1]) // step)  # ceiling division
        self.count_axis.setRange(0, step * ticks)
        self.count_axis.setTickCount(ticks + 1)

    @staticmethod
    def _set_row(table: QTableWidget, row: int, values: list[str]) -> None:
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
