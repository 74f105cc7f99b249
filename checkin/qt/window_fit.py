"""The window fits the desk: a small laptop's screen, the last place it had, full screen.

A front desk often runs on a 1366×768 or 1024×600 laptop. The window opens
within the screen's available area (maximised when the screen is smaller than
the window would like to be), comes back where it was, and shrinks the verdict
banner before the guest list so the scan field, the banner, at least five rows
and the guest's buttons stay in view. F11 toggles full screen.

`WheelGuard` keeps the mouse wheel from changing a combo box or spin box that
does not have the keyboard focus (scrolling a dialog over the import mapping
changed the mapping); the wheel scrolls what is around it instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QMainWindow,
    QStyle,
    QTableView,
    QWidget,
)

#: The size the desk would like (the banner at full height, a long list).
WANTED = QSize(1280, 820)
#: Room a window manager's title bar and frame take (before the window is shown).
FRAME_GUESS = QSize(16, 40)
#: Smallest window the desk still works in (1024×600 minus a panel and a title bar).
MINIMUM = QSize(760, 500)
BANNER_MAX = 270
BANNER_MIN = 100
ROWS_SHOWN = 5
GEOMETRY_KEY = "window/geometry"


def initial_geometry(available: QRect, wanted: QSize = WANTED) -> tuple[QRect, bool]:
    """Where a window without a remembered place opens, and whether to maximise it."""
    room = available.size() - FRAME_GUESS
    size = wanted.boundedTo(room).expandedTo(MINIMUM.boundedTo(room))
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    return rect, size != wanted


def place_window(window: QMainWindow, qsettings: QSettings) -> None:
    """Restore the remembered geometry, else fit the screen (maximised when it is small)."""
    window.setMinimumSize(MINIMUM)
    saved = qsettings.value(GEOMETRY_KEY)
    if isinstance(saved, QByteArray | bytes) and window.restoreGeometry(QByteArray(saved)):
        return  # restoreGeometry moves a window back onto a screen that still exists
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        window.resize(WANTED)
        return
    rect, small = initial_geometry(screen.availableGeometry())
    window.setGeometry(rect)
    if small:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def remember_geometry(window: QMainWindow, qsettings: QSettings) -> None:
    qsettings.setValue(GEOMETRY_KEY, window.saveGeometry())
    qsettings.sync()


def full_screen_action(window: QMainWindow) -> QAction:
    """F11: full screen and back (the window's own toggle, checkable for the View menu)."""
    action = QAction(QApplication.translate("WindowFit", "&Full screen"), window, checkable=True)
    action.setShortcut(QKeySequence(Qt.Key.Key_F11))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def toggle(on: bool) -> None:
        if on:
            window.showFullScreen()
        else:
            window.showNormal()

    action.toggled.connect(toggle)
    window.addAction(action)
    return action


class DeskFit(QObject):
    """Gives the verdict banner what the window can spare after five rows of the list.

    The banner keeps a fixed height between resizes (a verdict never moves the list),
    but that height follows the window: 270 px, down to the window's middle on a big
    screen, less on a small one.
    Each time the layout gives the list (`below`) its height, the banner gives back
    what the list lacks or takes what it has to spare; the next layout pass settles.
    """

    def __init__(self, banner: QWidget, table: QTableView, below: QWidget) -> None:
        super().__init__(below)
        self.banner, self.table, self.below = banner, table, below
        below.installEventFilter(self)

    def rows_height(self) -> int:
        table = self.table
        row = table.verticalHeader().defaultSectionSize()
        header = table.horizontalHeader().sizeHint().height()
        scrollbar = table.horizontalScrollBar().sizeHint().height()
        return header + ROWS_SHOWN * row + scrollbar + 2 * table.frameWidth() + 2

    def fit(self) -> None:
        spare = self.below.height() - self.rows_height()
        # On a big screen the verdict reaches down to the middle of the window.
        window = self.banner.window()
        half = window.height() // 2 - self.banner.mapTo(window, QPoint(0, 0)).y()
        height = max(BANNER_MIN, min(max(BANNER_MAX, half), self.banner.height() + spare))
        if height != self.banner.height():
            self.banner.setFixedHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.below and event.type() == QEvent.Type.Resize:
            self.fit()
        return False


class ColumnFit(QObject):
    """The guest table's columns share the table's width: none is cut off at the side.

    A sideways scrollbar hid the check-in column (time and desk) on a 1024×600 laptop.
    The short columns get what their texts need (`wanted`: the status words, a time
    and a desk's name, measured in the table's font), the category a share; name and
    company split the rest and elide their ends. A person may still drag a border;
    the next change of the table's width shares it out again.
    """

    #: Share of the room left for name and company, and the least each keeps (px).
    NAME_SHARE = 0.55
    LEAST = 60
    #: The category's share of the whole width, within these bounds (px).
    CATEGORY_SHARE, CATEGORY_BOUNDS = 0.14, (60, 140)
    #: A short column never takes more than this (px): a long desk name elides.
    SHORT_MAX = 160

    def __init__(
        self,
        table: QTableView,
        columns: tuple[int, int, int, int, int],
        wanted: Callable[[int], list[str]],
    ) -> None:
        super().__init__(table)
        self.table = table
        self.name, self.company, self.category, self.status, self.checked_in = columns
        self.wanted = wanted
        self._width = -1
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.viewport().installEventFilter(self)

    def _needs(self, column: int) -> int:
        metrics = self.table.fontMetrics()
        header = self.table.model().headerData(column, Qt.Orientation.Horizontal)
        texts = [*self.wanted(column), str(header or "")]
        margin = self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
        padding = 2 * margin + 16  # the cell's margins and the grid line
        if column == self.checked_in:  # bold where someone is in
            bold = QFont(self.table.font())
            bold.setBold(True)
            metrics = QFontMetrics(bold)
        widest = max(metrics.horizontalAdvance(t) for t in texts) + padding
        return min(widest, self.SHORT_MAX)

    def fit(self) -> None:
        width = self.table.viewport().width()
        self._width = width
        status, checked_in = self._needs(self.status), self._needs(self.checked_in)
        low, high = self.CATEGORY_BOUNDS
        category = max(low, min(high, int(width * self.CATEGORY_SHARE)))
        rest = max(2 * self.LEAST, width - status - checked_in - category)
        name = max(self.LEAST, int(rest * self.NAME_SHARE))
        company = max(self.LEAST, rest - name)
        widths = {
            self.name: name,
            self.company: company,
            self.category: category,
            self.status: status,
            self.checked_in: checked_in,
        }
        header = self.table.horizontalHeader()
        for column, size in widths.items():
            if header.sectionSize(column) != size:
                header.resizeSection(column, size)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.table.viewport().width() != self._width:
            self.fit()
        return False


class WheelGuard(QObject):
    """App-wide: a wheel over an unfocused combo or spin box scrolls its surroundings."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QComboBox | QAbstractSpinBox)
            and not watched.hasFocus()
        ):
            parent = watched.parentWidget()
            if parent is not None:
                QApplication.sendEvent(parent, event)
            return True
        return False


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Once per application (tests and the desk may call this again)."""
    found = app.findChild(WheelGuard)
    if isinstance(found, WheelGuard):
        return found
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
