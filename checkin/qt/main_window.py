"""The desk window. It wires widgets to core operations and holds no rules of its own.

Every decision (who may enter, what an undo means) is made by `CheckInService`;
this class only routes input to it and shows the typed answer. After every
action the keyboard focus goes back to the scan field, because the next guest
is already holding out a code.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QFont, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from checkin.core.model import Attendee, LogEntry, ScanSource, Verdict, VerdictKind
from checkin.core.resources import resource
from checkin.core.rules import OVERRIDABLE, CheckInService
from checkin.core.search import looks_like_name_query
from checkin.core.store.base import (
    DeskLink,
    DeskState,
    EventChanged,
    EventErased,
    NeedsServer,
    Store,
    StoreError,
)
from checkin.qt.camera.desk import CameraDesk
from checkin.qt.dialogs.questions import Confirm, PinPrompt
from checkin.qt.event_actions import EventActions, heading_text
from checkin.qt.event_time import show_times_in
from checkin.qt.messages import OperationError, outcome_text, print_failed_text
from checkin.qt.models.attendee_table import AttendeeTableModel
from checkin.qt.operations import Changes, Operations
from checkin.qt.printing import BadgeSettings, DeskBadgePrinter
from checkin.qt.settings import DeskSettings
from checkin.qt.sound import VerdictSounds
from checkin.qt.verdict_text import BannerContent, Tone, describe, ready_content, stamp
from checkin.qt.widgets.counters import CountersBar
from checkin.qt.widgets.desk_status import (
    DeskStatus,
    DoublesNotice,
    changing_content,
    no_event_content,
    replaced_content,
)
from checkin.qt.widgets.empty_state import EmptyState
from checkin.qt.widgets.guest_details import GuestDetails
from checkin.qt.widgets.scan_field import ScanField
from checkin.qt.widgets.scanner_guard import ScannerGuard, cancel_questions
from checkin.qt.widgets.verdict_banner import VerdictBanner
from checkin.qt.widgets.verdict_screen import VerdictScreen
from checkin.qt.window_fit import ColumnFit, DeskFit, full_screen_action, remember_geometry

if TYPE_CHECKING:
    from checkin.qt.widgets.dashboard import DashboardWidget

# Dialogs, the dashboard (QtCharts) and badge printing's dialogs are imported where they
# are first opened, not at start-up: the desk is ready to scan sooner (docs/PERFORMANCE.md).

#: Search results shown at most (the table stays responsive; refine the query for more).
SEARCH_LIMIT = 100
#: Details follow the selection after this pause (ms), so fast typing never waits for them.
DETAILS_DELAY_MS = 40
#: Background work waits this long after each key in the scan field (s).
KEYS_HOLD_S = 0.15
#: The same code again from the same scanner within this many seconds is it firing twice.
DOUBLE_FIRE_SECONDS = 3.0
#: Sources whose repeats `core.sightings` (a camera: one scan per showing) or a person
#: (a picture pasted again) decide already: no double-fire rule on top.
_SEEN_ONCE_SOURCES = frozenset({ScanSource.CAMERA, ScanSource.PICTURE})


def _modal_open() -> bool:
    modal = QApplication.activeModalWidget()
    return modal is not None and modal.isVisible()


#: Refusals a person at the desk may overrule (Ctrl+Shift+Return).
_OVERRIDABLE_KINDS = frozenset(kind for kind, _words in OVERRIDABLE.values())


class MainWindow(QMainWindow):
    #: The operator asked for the demo event / a language switch; the app rebuilds the window.
    demoRequested = Signal()
    #: The organiser confirmed erasing this event's data; the app wipes the file.
    eraseRequested = Signal()
    #: The organiser made a new event (its Store, details saved); the app switches to it.
    newEventRequested = Signal(object)
    languageChangeRequested = Signal(str)
    #: A verdict was shown (for tests, screenshots and the benchmark).
    verdictShown = Signal(object)
    #: The full guest list is in the table (shortly after start-up).
    listLoaded = Signal()
    #: A repeat of the previous code within the double-fire window, ignored.
    doubleFireIgnored = Signal(str)
    #: The desk found its event erased or replaced on the server (the DeskState): the
    #: app builds the window again on what the desk holds now (its workers' copies too).
    eventChanged = Signal(object)

    def __init__(
        self,
        store: Store,
        service: CheckInService,
        settings: DeskSettings,
        qsettings: QSettings,
        clock: Callable[[], datetime],
        languages: list[str],
        sounds: VerdictSounds | None = None,
    ) -> None:
        super().__init__()
        self.store, self.service, self.settings = store, service, settings
        self._qsettings, self._clock, self._languages = qsettings, clock, languages
        self.sounds = sounds or VerdictSounds(settings.sound, self)
        self.sounds.enabled = settings.sound
        self.last_verdict: Verdict | None = None
        #: The verdict that refused a guest a person may admit anyway, and the banner's
        #: count when it was shown (see refused_guest).
        self._refused: tuple[Verdict, int] | None = None
        self._open_dialog: QWidget | None = None
        self._list_read = False
        #: The one way this window runs work off the GUI thread (imports, counts, prints,
        #: exports); what they change comes back through `apply_changes`.
        self.operations = Operations(store, self)
        #: This desk's badge printer (printer, stock and layout from its QSettings).
        self.printer = DeskBadgePrinter(
            store,
            BadgeSettings.load(qsettings),
            settings.desk,
            settings.operator,
            clock,
            self,
            operations=self.operations,
        )
        #: Seconds for the double-fire window (tests and the benchmark replace it).
        self.scan_clock: Callable[[], float] = time.monotonic
        #: The last code and its time, per source: a camera's read never makes the
        #: scanner's repeat a new scan, nor the other way round.
        self._last_scan: dict[ScanSource, tuple[str, float]] = {}
        self.setWindowTitle(self._title())
        self.setWindowIcon(QIcon(str(resource("icons", "checkin.svg"))))
        self._build_actions()
        self._build_widgets()
        self._build_menus()
        self._wire()
        self.camera = CameraDesk(self)
        # A scanner's burst is judged wherever the focus is (dialogs, questions, menus).
        self.scanner_guard = ScannerGuard(
            self, passes_through=lambda obj: obj is self.scan_field, knows=self._knows
        )
        self.scanner_guard.scanned.connect(lambda code: self.handle_scan(code, ScanSource.SCANNER))
        self.scanner_guard.install()
        self._watch_desk()
        self.apply_settings(settings)
        self.show_desk_or_empty()

    # -- construction ----------------------------------------------------------------------
    def _title(self) -> str:
        try:
            name = self.store.get_meta("event_name")
        except StoreError:
            name = ""
        return f"{name} – checkin" if name else "checkin"

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        sequence = QKeySequence(shortcut)
        action.setShortcut(sequence)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        plain = text.replace("&", "").replace("…", "").strip()
        keys = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{plain} ({keys})" if keys else plain)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_search = self._action(self.tr("&Search guest"), "F2", self.start_search)
        self.act_check_in = self._action(
            self.tr("&Check in selected guest"), "Ctrl+Return", self.check_in_selected
        )
        # A guest refused as not paid (paid cash, the transfer is on its way) or not approved
        # (the organiser says yes): a person decides, the log keeps their name as an override.
        # It acts on the guest the current verdict refused, never on a selected row.
        self.act_admit_anyway = self._action(
            self.tr("&Admit the refused guest anyway (not paid or not approved)"),
            "Ctrl+Shift+Return",
            self.admit_anyway_refused,
        )
        self.act_undo = self._action(self.tr("&Undo last check-in"), "Ctrl+Z", self.undo_last)
        self.act_undo_selected = self._action(
            self.tr("Undo check-in of selected guest"), "Ctrl+Shift+Z", self.undo_selected
        )
        self.act_edit = self._action(self.tr("&Edit guest…"), "Ctrl+E", self.edit_selected)
        self.act_walk_in = self._action(
            self.tr("&Walk-in guest…"), "Ctrl+N", lambda: self.walk_in()
        )
        self.act_print = self._action(self.tr("&Print badge"), "Ctrl+P", self.print_selected)
        # Short words for the buttons in the guest details (the menus keep the long ones).
        self.act_check_in.setIconText(self.tr("Check in"))
        self.act_undo_selected.setIconText(self.tr("Undo check-in"))
        self.act_edit.setIconText(self.tr("Edit"))
        self.act_print.setIconText(self.tr("Print badge"))
        self.act_print_batch = self._action(
            self.tr("Print &badges…"), "Ctrl+Shift+P", self.print_batch
        )
        self.act_printer = self._action(self.tr("Badge p&rinter…"), "", self.printer_settings)
        self.act_import = self._action(
            self.tr("&Import attendee list…"), "Ctrl+I", self.import_list
        )
        self.act_demo = self._action(self.tr("Open &demo event"), "", self.demoRequested.emit)
        self.act_erase = self._action(self.tr("&Erase event data…"), "", self.erase_event)
        self.act_settings = self._action(self.tr("&Settings…"), "Ctrl+,", self.open_settings)
        self.act_sound = self._action(self.tr("&Mute sounds"), "Ctrl+M", self.toggle_sound)
        self.act_sound.setCheckable(True)
        self.act_verdict_screen = self._action(
            self.tr("&Full-screen verdicts"), "", self.toggle_verdict_screen
        )
        self.act_verdict_screen.setCheckable(True)
        self.act_desk_view = self._action(self.tr("&Desk"), "Ctrl+1", lambda: self._show_tab(0))
        self.act_dashboard = self._action(
            self.tr("Das&hboard"), "Ctrl+2", lambda: self._show_tab(1)
        )
        self.act_quit = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)

    def _build_widgets(self) -> None:
        self.event_actions = EventActions(self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self._show_event()
        font = QFont(self.heading.font())
        font.setPointSize(14)
        font.setBold(True)
        self.heading.setFont(font)
        self.counters = CountersBar(self.store, self, operations=self.operations)
        self.scan_field = ScanField(self, looks_like_name=looks_like_name_query)
        self.scan_field.setToolTip(
            self.tr("Scan a code or type it and press Enter; type a name to search (F2)")
        )
        self.banner = VerdictBanner(self, self.settings.verdict_seconds)
        self.verdict_screen = VerdictScreen(self)
        self.banner.becameReady.connect(self.verdict_screen.hide)
        self.verdict_screen.dismissed.connect(self.refocus)
        self.model = AttendeeTableModel(self.store, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Guests"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay in the scan field
        # One line a row: wrapped, a long company lost all but its first word at 1366 px
        # ("Sächsisches …"); unwrapped it elides at the last letter that fits.
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.columns = ColumnFit(
            self.table,
            (
                AttendeeTableModel.NAME,
                AttendeeTableModel.COMPANY,
                AttendeeTableModel.CATEGORY,
                AttendeeTableModel.STATUS,
                AttendeeTableModel.CHECKED_IN,
            ),
            lambda column: self.model.widest_texts(column, [self.settings.desk]),
        )
        self.details = GuestDetails(
            [self.act_check_in, self.act_undo_selected, self.act_edit, self.act_print], self
        )
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        details_scroll = QScrollArea(self)
        details_scroll.setWidget(self.details)
        details_scroll.setWidgetResizable(True)  # never squeeze rows; scroll instead
        details_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        details_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        splitter.addWidget(details_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 480])

        desk = QWidget(self)
        layout = QVBoxLayout(desk)
        layout.addWidget(self.heading)
        layout.addWidget(self.counters)
        layout.addWidget(self.scan_field)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.fit = DeskFit(self.banner, self.table, splitter)

        self.tabs = QTabWidget(self)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.addTab(desk, self.tr("Desk"))
        # The dashboard counts the whole event; it is built when first shown, so
        # start-up and every test that never looks at it stay fast.
        self.dashboard: DashboardWidget | None = None
        self.tabs.addTab(QWidget(self), self.tr("Dashboard"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.empty = EmptyState([self.act_import, self.event_actions.new, self.act_demo], self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        event_menu = bar.addMenu(self.tr("&Event"))
        event_menu.addActions(
            [self.event_actions.new, self.event_actions.details, self.act_import, self.act_demo]
        )
        event_menu.addSeparator()
        event_menu.addActions([self.event_actions.export, self.event_actions.report])
        event_menu.addAction(self.act_print_batch)
        event_menu.addSeparator()
        event_menu.addAction(self.act_erase)
        event_menu.addSeparator()
        event_menu.addAction(self.act_quit)
        guest = bar.addMenu(self.tr("&Guest"))
        guest.addActions(
            [self.act_search, self.act_check_in, self.act_walk_in, self.act_edit, self.act_print]
        )
        guest.addAction(self.act_admit_anyway)
        guest.addSeparator()
        guest.addActions([self.act_undo, self.act_undo_selected])
        badges = bar.addMenu(self.tr("&Badges"))
        badges.addActions([self.act_print, self.act_print_batch, self.act_printer])
        view = bar.addMenu(self.tr("&View"))
        view.addActions([self.act_desk_view, self.act_dashboard])
        self.act_full_screen = full_screen_action(self)
        view.addAction(self.act_full_screen)
        view.addSeparator()
        view.addAction(self.act_verdict_screen)
        desk = bar.addMenu(self.tr("&Desk"))
        desk.addActions([self.act_settings, self.act_sound])

    def _wire(self) -> None:
        self.operations.changed.connect(self.apply_changes)
        self.operations.failed.connect(self._operation_failed)
        self.printer.printed.connect(
            lambda outcome: self.statusBar().showMessage(outcome_text(outcome), 8000)
        )
        self.printer.printFailed.connect(
            lambda attendee, error: self.statusBar().showMessage(
                print_failed_text(attendee, error.message), 15000
            )
        )
        # What reaches the field's Enter is a person's typing: a scanner's burst is the guard's.
        self.scan_field.scanned.connect(lambda code: self.handle_scan(code, ScanSource.MANUAL))
        self.doubleFireIgnored.connect(
            lambda _code: self.statusBar().showMessage(self.tr("Same code twice: ignored"), 2000)
        )
        self.scan_field.searchChanged.connect(self.search)
        # The operator types (a name to search): the desk, not the full-screen verdict. One
        # character may be the first of the next scanner burst (it reaches the field).
        self.scan_field.textEdited.connect(
            lambda text: self.verdict_screen.hide() if len(text) > 1 else None
        )
        # Keys in the scan field (a scanner's burst before its Enter, a search typed): the
        # background work waits meanwhile, so the verdict or the results come first.
        self.scan_field.textEdited.connect(lambda _text: self.operations.door.hold(KEYS_HOLD_S))
        self.scan_field.searchMoved.connect(self.move_selection)
        self.scan_field.searchAccepted.connect(self._search_accepted)
        self.scan_field.searchCancelled.connect(self.end_search)
        self._details_timer = QTimer(self)
        self._details_timer.setSingleShot(True)
        self._details_timer.setInterval(DETAILS_DELAY_MS)
        self._details_timer.timeout.connect(self._show_current_details)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.clicked.connect(lambda _i: self.refocus())
        self.table.doubleClicked.connect(lambda _i: self.check_in_selected())
        self.model.modelReset.connect(self._refresh_details)
        self.model.dataChanged.connect(lambda *_: self._refresh_details())
        self.model.rowsMoved.connect(self._keep_current_in_view)  # a renamed guest moved

    def _watch_desk(self) -> None:
        """The status bar's lasting part: who works at this desk (left: a message, a menu's
        tip or a print outcome covers it for a while, then it is back) and, on a server,
        the link (online / offline since …) and reported doubles."""
        self.identity = QLabel(self)
        self.identity.setObjectName("identity")
        self.statusBar().insertWidget(0, self.identity)
        self.desk_status: DeskStatus | None = None
        self.doubles_notice: DoublesNotice | None = None
        #: A scan takes the desk's write turn (an import's part, on an event file). At a
        #: desk on a server it does not: a part there is the server's round trips and the
        #: worker's own replica commit, and the scan's deadline runs from its arrival.
        self._scan_takes_turn = True
        if not isinstance(self.store, DeskLink):
            return
        self._scan_takes_turn = False
        self.doubles_notice = DoublesNotice(self.store, self)
        self.desk_status = DeskStatus(self.store, self)
        self.statusBar().addPermanentWidget(self.doubles_notice)
        self.statusBar().addPermanentWidget(self.desk_status)
        self.desk_status.doublesReported.connect(self._doubles_reported)
        self.desk_status.shown.connect(self._desk_state_shown)
        state = self.store.state()
        self._event_fate = self._fate(state)
        if state.event == "replaced":  # said once, by the first window that shows it
            QTimer.singleShot(0, self, lambda: self.show_event_fate(state))
            self.store.event_noticed()

    @staticmethod
    def _fate(state: DeskState) -> tuple[str, datetime | None]:
        return state.event, state.event_changed_at

    def _desk_state_shown(self, _delivered: DeskState) -> None:
        """The desk found its event erased or replaced on the server: said at once, and
        the window built again on what the desk holds now (`eventChanged`). Judged on the
        desk's state now (local): a state queued a moment ago may be older than the one
        this window was built on."""
        assert isinstance(self.store, DeskLink)
        state = self.store.state()
        fate = self._fate(state)
        if fate == self._event_fate:
            return
        was = self._event_fate
        self._event_fate = fate
        if state.event:
            self.eventChanged.emit(state)
        elif was[0] in ("erased", "replacing"):  # a list imported since (here or elsewhere)
            self.banner.set_idle(None)
            self.show_banner(ready_content())
            self._show_event()  # its heading, not "no list yet"
            self.show_desk_or_empty()

    def event_erased(self) -> bool:
        """No event is loaded at this desk: it was erased (here or at another desk), or
        replaced and the new list is not here yet."""
        return self._event_fate[0] in ("erased", "replacing")

    def show_event_fate(self, state: DeskState) -> None:
        """What became of the event, in the banner: erased (no event here), or replaced
        by a new list this desk has loaded; with what of it was dropped."""
        if state.event == "erased":
            self.show_banner(no_event_content(state))
        elif state.event == "replacing":
            self.show_banner(changing_content())
        elif state.event == "replaced":
            self.show_banner(replaced_content(state))
        else:
            return
        self.refocus()

    def _doubles_reported(self, doubles: tuple[LogEntry, ...]) -> None:
        if self.doubles_notice is not None:
            self.doubles_notice.show_doubles(doubles)
        self.apply_changes(Changes(log=True))

    # -- state ---------------------------------------------------------------------------
    def apply_settings(self, settings: DeskSettings) -> None:
        self.settings = settings
        self.printer.desk, self.printer.operator = settings.desk, settings.operator
        self.sounds.enabled = settings.sound
        self.act_sound.setChecked(not settings.sound)
        self.act_verdict_screen.setChecked(settings.verdict_fullscreen)
        if not settings.verdict_fullscreen:
            self.verdict_screen.hide()
        self.banner.set_display_seconds(settings.verdict_seconds)
        self.columns.fit()  # the desk's name sizes the check-in column
        operator = settings.operator or self.tr("no operator set")
        self.identity.setText(
            self.tr("{desk} · {operator}").format(desk=settings.desk, operator=operator)
        )

    def show_desk_or_empty(self) -> None:
        try:
            has_list = self.store.count_attendees() > 0
        except StoreError as exc:
            self.show_store_error(exc)
            has_list = self.pages.currentWidget() is self.tabs
        if self.desk_status is not None and self.event_erased():
            # The desk, with its banner saying why nothing is checked here: a scan at the
            # door is answered there (never "unknown", as if the guest were not invited).
            has_list = True
            state = self.desk_status.state
            assert state is not None
            idle = changing_content() if state.event == "replacing" else no_event_content(state)
            self.banner.set_idle(idle)
            self.banner.show_ready()
        self.pages.setCurrentWidget(self.tabs if has_list else self.empty)
        if has_list and not self.scan_field.searching:
            # The full list (200,000 ids) loads right after the first paint: scanning
            # works before it arrives.
            QTimer.singleShot(0, self, self._show_all_unless_searching)
        self.refocus()

    def _show_all_unless_searching(self) -> None:
        if not self.isVisible():
            return  # closed before the event loop came round (store may be closed too)
        if self.scan_field.searching:
            self.listLoaded.emit()
        elif not self._list_read:
            # The first time on a worker: the desk takes scans while 200,000 ids are read.
            self._list_read = True
            self.model.show_all_in_background(self.operations, self.listLoaded.emit)
        else:
            self.model.show_all()
            self.listLoaded.emit()

    def refocus(self) -> None:
        if self.pages.currentWidget() is self.tabs and self.tabs.currentIndex() == 0:
            self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def apply_changes(self, changes: Changes) -> None:
        """An operation reports what it changed: refresh exactly that, nothing more."""
        if not changes or self.operations.closed:
            return
        if changes.attendees or changes.all_attendees:
            self.model.follow(changes.as_store_change())
        if changes.all_attendees:
            self.show_desk_or_empty()
        if changes.event:
            self._show_event()
            self.table.viewport().update()  # its check-in times, in a zone set anew
        self.counters.refresh_later()
        if self.dashboard is not None:
            self.dashboard.follow()

    def _operation_failed(self, error: OperationError) -> None:
        """The one place a background failure is told (once, translated, no traceback)."""
        self.statusBar().showMessage(error.message, 15000)

    def closeEvent(self, event: QCloseEvent) -> None:
        remember_geometry(self, self._qsettings)
        self.verdict_screen.close()
        self.scanner_guard.remove()
        self._details_timer.stop()
        self.banner.stop()
        if self.desk_status is not None:
            self.desk_status.unwatch()
        self.operations.shutdown()  # nothing runs on once the window is gone
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.refocus()
        super().changeEvent(event)

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self.dashboard is None:
            from checkin.qt.widgets.dashboard import DashboardWidget

            self.dashboard = DashboardWidget(
                self.store, self._clock, self, operations=self.operations
            )
            self.tabs.blockSignals(True)
            placeholder = self.tabs.widget(1)
            self.tabs.removeTab(1)
            if placeholder is not None:
                placeholder.deleteLater()
            self.tabs.insertTab(1, self.dashboard, self.tr("Dashboard"))
            self.tabs.setCurrentIndex(1)
            self.tabs.blockSignals(False)
            for widget in (self.dashboard, *self.dashboard.findChildren(QWidget)):
                widget.installEventFilter(self)
        self.refocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A scanner (or a person typing) while the dashboard is shown: the keys belong to
        # the scan field, so go back to the desk and hand them over.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.tabs.currentIndex() != 0
            and event.text().isprintable()
            and event.text()
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            self._show_tab(0)
            self.refocus()
            forwarded = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
            QApplication.sendEvent(self.scan_field, forwarded)
            return True
        return super().eventFilter(watched, event)

    def _show_tab(self, index: int) -> None:
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    # -- scanning ----------------------------------------------------------------------------
    def handle_scan(self, raw: str, source: ScanSource = ScanSource.SCANNER) -> None:
        """The one way in for a code: the scanner guard (a burst in any window), the scan
        field (a code typed and Enter: `ScanSource.MANUAL`), a camera (`ScanSource.CAMERA`) and a picture.

        Whatever was open gives way: typed search text is dropped, an open question is
        cancelled unanswered, the desk tab comes to the front; then the code is judged.
        """
        if not raw.strip():
            return  # a scan of only spaces: nothing to judge, the last verdict stays
        if source not in _SEEN_ONCE_SOURCES:
            now = self.scan_clock()
            last, last_at = self._last_scan.get(source, ("", -1e9))
            if raw == last and now - last_at < DOUBLE_FIRE_SECONDS:
                self.doubleFireIgnored.emit(raw)
                return
            self._last_scan[source] = (raw, now)
        if cancel_questions():
            self.statusBar().showMessage(
                self.tr("A code was scanned: the open question is asked again after it"), 8000
            )
            # The keyboard comes back here (a window manager would do it; without one the
            # keys of the next scan would go nowhere).
            QTimer.singleShot(0, self, self._take_back_focus)
        self.scan_field.drop_text()
        self._show_tab(0)
        self.scan(raw, source)

    def _knows(self, raw: str) -> bool:
        """Whether `raw` names a guest, matched as a scan would (for the scanner guard)."""
        try:
            return bool(self.service.find(raw))
        except StoreError:
            return False

    def scan(self, raw: str, source: ScanSource = ScanSource.SCANNER) -> None:
        with self.operations.door.busy():  # background work waits until this is painted
            try:
                # A desk on a server: the scan's one deadline starts as it arrives, and it
                # never waits for an import's part (a whole deadline when the server held
                # the part up, before its own began). On an event file, an import writing
                # waits between its parts: the scan waits for one part at most.
                turn = self.operations.desk_turn() if self._scan_takes_turn else nullcontext()
                with self.store.scan_deadline(), turn:
                    verdict = self.service.scan(
                        raw, self.settings.desk, self.settings.operator, source
                    )
            except EventChanged as exc:
                self.show_no_event(exc, raw)
                return
            except StoreError as exc:
                self.show_store_error(exc)
                return
            self.show_verdict(verdict)

    def show_no_event(self, error: EventChanged, raw: str = "") -> None:
        """A scan (or a write) at a desk whose event was erased, or changed on the server a
        moment ago: nothing decided, and the banner says why, with the code as read."""
        if isinstance(error, EventErased):
            state = self.desk_status.state if self.desk_status is not None else None
            content = no_event_content(state, here=error.here)
        else:
            content = changing_content()
        if raw:
            content = replace(
                content, stamp=stamp(Verdict(VerdictKind.UNKNOWN, raw, at=self._clock()))
            )
        self.show_banner(content)
        # A stop, but not the unknown ticket's tone (staff hear that as "not invited").
        self.sounds.play(VerdictKind.INVALID)
        self.refocus()

    def show_store_error(self, error: StoreError) -> None:
        """The database failed (disk full, file gone): say so instead of a verdict."""
        if isinstance(error, NeedsServer):
            self.show_needs_server()
            return
        if isinstance(error, EventChanged):
            self.show_no_event(error)
            return
        self.show_banner(
            BannerContent(
                Tone.STOP,
                "✗",
                self.tr("Database problem: nothing was saved"),
                self.tr("Call the organiser. Details are in the status bar."),
            )
        )
        self.statusBar().showMessage(str(error), 30000)
        self.refocus()

    def show_needs_server(self) -> None:
        """An undo, walk-in, edit ... while the server does not answer: nothing changed."""
        self.show_banner(
            BannerContent(
                Tone.WARN,
                "!",
                self.tr("Not possible offline: this needs the server"),
                self.tr(
                    "Nothing was changed. Scanning goes on; try again once the status bar "
                    "says “Online”."
                ),
            )
        )
        self.statusBar().showMessage(
            self.tr("The server does not answer: nothing was changed. Try again when online."),
            15000,
        )
        self.refocus()

    def show_verdict(self, verdict: Verdict) -> None:
        self.last_verdict = verdict
        self.show_banner(describe(verdict, self._clock()))
        overridable = verdict.kind in _OVERRIDABLE_KINDS and verdict.attendee is not None
        self._refused = (verdict, self.banner.shown) if overridable else None
        self.sounds.play(verdict.kind)
        if verdict.kind is VerdictKind.AMBIGUOUS:
            self.model.show_attendees(verdict.candidates)
            self.scan_field.start_pick()
            self.move_selection(0)
        elif verdict.attendee is not None:
            attendee = verdict.attendee
            QTimer.singleShot(0, self, lambda: self._select_attendee(attendee))
        else:
            self._clear_details()  # never the previous guest under a red banner
        if (
            verdict.admits
            and verdict.attendee is not None
            and not verdict.name_missing  # the desk asks the name first
            and self.settings.auto_print
        ):
            self._print(verdict.attendee, automatic=True)
        self.verdictShown.emit(verdict)
        self.refocus()

    def show_banner(self, content: BannerContent) -> None:
        """The answer first (painted now); list and details follow a moment later."""
        self.banner.show_content(content)
        self.banner.repaint()
        if self.settings.verdict_fullscreen:
            self.verdict_screen.show_content(content, self)

    def _clear_details(self) -> None:
        self.table.selectionModel().clear()
        self._details_timer.stop()  # started by the cleared selection: nothing to wait for
        self.details.show_attendee(None, [])

    # -- searching ------------------------------------------------------------------------
    def start_search(self) -> None:
        self.verdict_screen.hide()
        self._show_tab(0)
        self.scan_field.start_search()

    def search(self, query: str) -> None:
        if not query.strip():
            return  # keep what is shown (e.g. the holders of an ambiguous code)
        try:
            found = self.service.search(query, SEARCH_LIMIT)
        except StoreError as exc:
            self.statusBar().showMessage(str(exc), 10000)
            return
        self.model.show_attendees(found)
        self.move_selection(0)

    def end_search(self) -> None:
        self.model.show_all()
        self.refocus()

    def move_selection(self, step: int) -> None:
        rows = self.model.rowCount()
        if rows == 0:
            return
        current = self.table.currentIndex().row()
        row = 0 if current < 0 or step == 0 else max(0, min(rows - 1, current + step))
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _select_attendee(self, attendee: Attendee) -> None:
        if not self.isVisible():
            return
        row = self.model.row_of(attendee.id) if attendee.id is not None else None
        if row is None:
            self.details.show_attendee(attendee, self._history(attendee))
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _keep_current_in_view(self, *_moved: object) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self.table.scrollTo(current)

    def selected_attendee(self) -> Attendee | None:
        index = self.table.currentIndex()
        return self.model.attendee_at(index.row()) if index.isValid() else None

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        # Coalesced: typing a search moves the selection on every key; the details
        # (with their history query) are drawn once the keys pause.
        self._details_timer.start()

    def _show_current_details(self) -> None:
        if not self.isVisible():
            return
        current = self.table.currentIndex()
        attendee = self.model.attendee_at(current.row()) if current.isValid() else None
        self.details.show_attendee(attendee, self._history(attendee) if attendee else [])

    def _refresh_details(self) -> None:
        shown = self.details.attendee
        if shown is not None and shown.id is not None:
            try:
                fresh = self.store.get_attendee(shown.id)
                history = self._history(fresh) if fresh else []
            except StoreError as exc:
                self.statusBar().showMessage(str(exc), 10000)
                return
            self.details.show_attendee(fresh, history)

    def _history(self, attendee: Attendee) -> list[LogEntry]:
        if attendee.id is None:
            return []
        try:
            return self.store.log_for(attendee.id)
        except StoreError as exc:  # the details show what is known; the bar says why not more
            self.statusBar().showMessage(str(exc), 10000)
            return []

    # -- actions on a guest ----------------------------------------------------------------
    def _search_accepted(self) -> None:
        """Enter in search mode: the chosen guest; with nothing found, what was typed is a
        code typed by hand ("tkpb kfg3 cgqt 3h" began like a name), judged as one."""
        typed = self.scan_field.text()
        if self.selected_attendee() is None and typed.strip():
            self.handle_scan(typed, ScanSource.MANUAL)
            return
        self.check_in_selected()

    def check_in_selected(self) -> None:
        attendee = self.selected_attendee()
        if attendee is None or attendee.id is None:
            return
        try:
            verdict = self.service.check_in(attendee.id, self.settings.desk, self.settings.operator)
        except StoreError as exc:
            self.show_store_error(exc)
            return
        if self.scan_field.searching:
            self.scan_field.stop_search()
        self.show_verdict(verdict)

    def refused_guest(self) -> Attendee | None:
        """The guest the current verdict refused as not paid or not approved: the one a
        person may admit anyway. None once anything else was shown (another scan, an
        undo, an error), whatever row is selected."""
        refused = self._refused
        if refused is None or refused[1] != self.banner.shown:
            return None
        return refused[0].attendee

    def admit_anyway_refused(self) -> None:
        attendee = self.refused_guest()
        if attendee is None or attendee.id is None:
            self.statusBar().showMessage(
                self.tr("No refused guest to admit: scan the ticket again first"), 8000
            )
            self.refocus()
            return
        self._refused = None  # once: the next answer is the admission itself
        try:
            verdict = self.service.admit_anyway(
                attendee.id, self.settings.desk, self.settings.operator
            )
        except StoreError as exc:
            self.show_store_error(exc)
            return
        if self.scan_field.searching:
            self.scan_field.stop_search()
        self.show_verdict(verdict)

    def undo_last(self) -> None:
        try:
            last = self.service.last_admitted(self.settings.desk)
        except StoreError as exc:
            self.show_store_error(exc)
            return
        self._undo(last)

    def undo_selected(self) -> None:
        attendee = self.selected_attendee()
        self._undo(attendee if attendee is not None and attendee.checked_in else None)

    def _undo(self, attendee: Attendee | None) -> None:
        if attendee is None or attendee.id is None:
            self.banner.show_content(BannerContent(Tone.READY, "↶", self.tr("Nothing to undo"), ""))
            self.refocus()
            return
        name = attendee.display_name or attendee.code
        if not Confirm.ask(
            self,
            self.tr("Undo check-in"),
            self.tr("Undo the check-in of {name}?").format(name=name),
        ):
            self.refocus()
            return
        try:
            undone = self.service.undo(attendee.id, self.settings.desk, self.settings.operator)
        except StoreError as exc:
            self.show_store_error(exc)
            return
        if undone is not None:
            self.banner.show_content(
                BannerContent(Tone.READY, "↶", self.tr("Check-in undone"), name)
            )
        self._select_attendee(attendee)
        self.refocus()

    def walk_in(self, draft: Attendee | None = None) -> None:
        """The walk-in form (filled with `draft`: what was typed before the namesake
        question was cancelled)."""
        from checkin.qt.dialogs.attendee_dialog import AttendeeDialog

        dialog = AttendeeDialog(None, self, draft=draft)
        dialog.accepted.connect(lambda: self._walk_in_entered(dialog.attendee()))
        self._open(dialog)

    def _walk_in_entered(self, attendee: Attendee) -> None:
        from checkin.qt.dialogs.namesake import NEW_GUEST, NamesakeQuestion

        desk, operator = self.settings.desk, self.settings.operator
        try:
            namesakes = self.service.registered_namesakes(attendee)
            choice: Attendee | str | None = NEW_GUEST
            if namesakes:  # most often the registered guest without their ticket
                choice = NamesakeQuestion.ask(self, attendee, namesakes)
            if choice is None:  # back to the form, as typed (once this one has closed)
                QTimer.singleShot(0, self, lambda: self.walk_in(attendee))
                return
            if isinstance(choice, Attendee) and choice.id is not None:
                verdict = self.service.check_in(choice.id, desk, operator)
            else:
                verdict = self.service.walk_in(attendee, desk, operator)
        except StoreError as exc:
            self.show_store_error(exc)
            return
        self.show_desk_or_empty()
        self.show_verdict(verdict)

    def edit_selected(self) -> None:
        attendee = self.selected_attendee()
        if attendee is None:
            return
        from checkin.qt.dialogs.attendee_dialog import AttendeeDialog

        dialog = AttendeeDialog(attendee, self)
        dialog.accepted.connect(lambda: self._edited(dialog.attendee(), attendee))
        self._open(dialog)

    def _edited(self, attendee: Attendee, opened: Attendee) -> None:
        try:
            self.service.edit(attendee, self.settings.desk, self.settings.operator, opened)
        except StoreError as exc:
            self.show_store_error(exc)
            return
        if self.store.offline:  # the desk kept it (its outbox): say where it is
            self.statusBar().showMessage(
                self.tr(
                    "Correction saved at this desk: the server does not answer. It is sent "
                    "once the server answers again."
                ),
                15000,
            )
        self._refresh_details()

    def print_batch(self) -> None:
        if self._organiser_allowed():
            from checkin.qt.badge_dialogs import BatchPrintDialog

            dialog = BatchPrintDialog(self.printer, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self._open(dialog)

    def printer_settings(self) -> None:
        if self._organiser_allowed():
            from checkin.qt.badge_dialogs import PrintSettingsDialog

            chosen = PrintSettingsDialog.ask(self._qsettings, self)
            if chosen is not None:
                self.printer.settings = chosen
            self._take_back_focus()

    def print_selected(self) -> None:
        attendee = self.selected_attendee()
        if attendee is None:
            return
        if not attendee.full_name:  # a ticket without a name (pretix): ask it first
            self.statusBar().showMessage(
                self.tr("Enter the guest's name first: no badge prints without one."), 10000
            )
            self.edit_selected()
            return
        from checkin.qt.print_check import badge_fits_or_confirmed

        if badge_fits_or_confirmed(self, self.store, attendee, self._qsettings):
            self._print(attendee, automatic=False)
        else:
            self.refocus()

    def _print(self, attendee: Attendee, automatic: bool) -> None:
        message = self.printer.start_print(attendee, automatic=automatic)
        if message:
            self.statusBar().showMessage(message, 6000)
        self.refocus()

    # -- organiser actions -----------------------------------------------------------------
    def _show_event(self) -> None:
        """The heading and the title say which event this is (name, day, place)."""
        try:
            has_guests = self.store.count_attendees() > 0
        except StoreError:
            has_guests = True
        event = self.event_actions.current_event()
        self.heading.setText(heading_text(event, has_guests))
        self.setWindowTitle(self._title())
        show_times_in(event.zone())  # every time the window shows is on the event's clock

    @property
    def clock(self) -> Callable[[], datetime]:
        return self._clock

    def organiser_allowed(self) -> bool:
        return self._organiser_allowed()

    def open_dialog_window(self, dialog: QWidget) -> None:
        self._open(dialog)

    def _organiser_allowed(self) -> bool:
        if not self.settings.locked:
            return True
        pin = PinPrompt.ask(self)
        allowed = pin is not None and self.settings.pin_matches(pin)
        if pin is not None and not allowed:
            self.statusBar().showMessage(self.tr("Wrong PIN"), 4000)
        self.refocus()
        return allowed

    def import_list(self) -> None:
        if not self._organiser_allowed():
            return
        # The import reports what it wrote through the window's operations
        # (`apply_changes`): the table, counters and dashboard follow from that.
        from checkin.qt.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.store, None, self, operations=self.operations, clock=self._clock)
        dialog.imported.connect(self._imported)
        self._open(dialog)
        if not dialog.path:
            dialog.choose_file()

    def _imported(self, _report: object) -> None:
        self._show_event()  # the list may name the event; rows and counts follow apply_changes

    def erase_event(self) -> None:
        if not self._organiser_allowed():
            return
        question = (
            self.tr(
                "Erase every guest, check-in and log entry of this event on the server? Every "
                "desk sharing it erases its copy too, and check-ins not yet sent from a desk "
                "are dropped. This cannot be undone. Export what you need first."
            )
            if isinstance(self.store, DeskLink)
            else self.tr(
                "Erase every guest, check-in and log entry of this event from this computer? "
                "This cannot be undone. Export what you need first."
            )
        )
        if Confirm.ask(self, self.tr("Erase event data"), question):
            self.eraseRequested.emit()
        else:
            self.refocus()

    def open_settings(self) -> None:
        if not self._organiser_allowed():
            return
        from checkin.qt.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self._languages, self)
        dialog.accepted.connect(lambda: self._settings_changed(dialog.settings()))
        self._open(dialog)

    def _settings_changed(self, settings: DeskSettings) -> None:
        language_changed = settings.language != self.settings.language
        settings.save(self._qsettings)
        self.apply_settings(settings)
        if language_changed:
            self.languageChangeRequested.emit(settings.language)

    def toggle_verdict_screen(self) -> None:
        from dataclasses import replace

        checked = self.act_verdict_screen.isChecked()
        settings = replace(self.settings, verdict_fullscreen=checked)
        settings.save(self._qsettings)
        self.apply_settings(settings)

    def toggle_sound(self) -> None:
        from dataclasses import replace

        settings = replace(self.settings, sound=not self.act_sound.isChecked())
        settings.save(self._qsettings)
        self.apply_settings(settings)

    def _open(self, dialog: QWidget) -> None:
        """Open a dialog window-modal without blocking; focus comes back when it closes.
        The operator asked for it: a full-screen verdict still up (it stays on top) gives
        way, so the dialog is not opened unseen behind it; the next scan's verdict covers
        it again, as it covers everything."""
        self.verdict_screen.hide()
        self._open_dialog = dialog
        dialog.finished.connect(self._dialog_closed)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _dialog_closed(self) -> None:
        self._open_dialog = None
        self._take_back_focus()
        QTimer.singleShot(0, self, self._take_back_focus)  # after the dialog is really gone

    def _take_back_focus(self) -> None:
        # Not from a question asked again after a scan (it has the keyboard then).
        if self.isVisible() and self._open_dialog is None and not _modal_open():
            self.activateWindow()
            self.refocus()

    @property
    def open_dialog(self) -> QWidget | None:
        return self._open_dialog
