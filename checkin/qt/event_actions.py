"""The organiser's Event menu: event details, exports and the report, PIN-locked.

Kept out of `MainWindow` so the window only adds these actions to its menu; each
action asks the window for the organiser's PIN first, like every organiser action.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from checkin.core.event import Event, is_blank, load_event
from checkin.core.io.export.job import REPORT
from checkin.core.store.base import StoreError
from checkin.core.store.sqlite import SQLiteStore
from checkin.qt.operations import Changes

if TYPE_CHECKING:
    from checkin.qt.dialogs.export_dialog import ExportOutcome
    from checkin.qt.main_window import MainWindow


def heading_text(event: Event, has_guests: bool) -> str:
    """What the desk's heading says about the event (translated)."""
    from PySide6.QtCore import QCoreApplication

    parts = [event.name]
    day = QDate.fromString(event.date, Qt.DateFormat.ISODate)
    if day.isValid():
        parts.append(day.toString("dd.MM.yyyy"))
    if event.venue:
        parts.append(event.venue)
    if event.name:
        return " · ".join(parts)
    if has_guests:
        rest = " · ".join(parts[1:])
        unnamed = QCoreApplication.translate(
            "EventActions", "Event without a name (Event ▸ Event details…)"
        )
        return f"{unnamed} · {rest}" if rest else unnamed
    return QCoreApplication.translate("EventActions", "No guest list yet")


class EventActions(QObject):
    """Builds the Event menu's day's-end actions for `window` and runs them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._folder = ""
        self.new = self._action(self.tr("&New event…"), "", self.new_event)
        self.details = self._action(self.tr("Event &details…"), "", self.edit_details)
        self.export = self._action(self.tr("E&xport attendance…"), "Ctrl+Shift+E", self.export_list)
        self.report = self._action(self.tr("Organisers' &report…"), "", self.export_report)

    def _action(self, text: str, shortcut: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.window.addAction(action)
        return action

    @property
    def actions(self) -> list[QAction]:
        return [self.details, self.export, self.report]

    # -- event details --------------------------------------------------------------------
    def current_event(self) -> Event:
        try:
            return load_event(self.window.store)
        except StoreError:
            return Event()

    def edit_details(self) -> None:
        if not self.window.organiser_allowed():
            return
        from checkin.qt.dialogs.event_dialog import EventDialog  # built when first asked for

        dialog = EventDialog(self.window.store, self.current_event(), self.window)
        dialog.saved.connect(self._details_saved)
        self.window.open_dialog_window(dialog)

    def _details_saved(self, event: Event) -> None:
        self.window.apply_changes(Changes(event=True))
        self.window.statusBar().showMessage(self.tr("Event details saved"), 4000)

    # -- a new event ------------------------------------------------------------------------
    def new_event(self) -> None:
        """A new event file, its details, then its import: all in the window.

        `checkin gui --db PATH` refuses a path that holds no event (a typo must not
        open an empty one); this is the way to start one on purpose. The file must be
        new; without a name saved it is removed again (it would be no event).
        """
        if not self.window.organiser_allowed():
            return
        from checkin.qt.dialogs.event_dialog import EventDialog
        from checkin.qt.dialogs.questions import NewEventPrompt

        chosen = NewEventPrompt.ask(self.window)
        if chosen is None:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".sqlite3")
        if path.exists():
            self.window.statusBar().showMessage(
                self.tr("{path} exists already: a new event needs a new file.").format(path=path),
                15000,
            )
            return
        try:
            store = SQLiteStore.open(path)
        except StoreError as exc:
            self.window.statusBar().showMessage(
                self.tr("The new event could not be made: {reason}").format(reason=exc), 15000
            )
            return
        dialog = EventDialog(store, Event(), self.window, name_required=True)
        dialog.setWindowTitle(self.tr("New event"))
        dialog.saved.connect(lambda _event: self.window.newEventRequested.emit(store))
        dialog.rejected.connect(lambda: _discard(store, path))
        self.window.open_dialog_window(dialog)

    # -- exports ----------------------------------------------------------------------------
    def export_list(self) -> None:
        self._export("attended")

    def export_report(self) -> None:
        self._export(REPORT)

    def _export(self, what: str) -> None:
        if not self.window.organiser_allowed():
            return
        from checkin.qt.dialogs.export_dialog import ExportDialog  # built when first asked for

        dialog = ExportDialog(
            self.window.store,
            self.window.operations,
            self.window.clock,
            self.window,
            what=what,
            folder=self._folder,
        )
        dialog.exported.connect(self._exported)
        self.window.open_dialog_window(dialog)

    def _exported(self, outcome: ExportOutcome) -> None:
        self._folder = str(outcome.path.parent)
        self.window.statusBar().showMessage(
            self.tr("Exported to {path}").format(path=outcome.path), 10000
        )


def _discard(store: SQLiteStore, path: Path) -> None:
    """The new event was not made after all: its file (still holding nothing) goes."""
    blank = is_blank(store)
    store.close()
    if blank:
        for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            part.unlink(missing_ok=True)
