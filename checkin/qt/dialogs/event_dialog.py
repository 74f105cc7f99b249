"""The event's name, day, place and time zone, as the heading, badges and exports show them."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from checkin.core.event import Event, EventError, EventProblem, save_event, zone_names
from checkin.core.store.base import NeedsServer, Store, StoreError

#: The earliest date the picker offers; showing it means "no date set".
NO_DATE = QDate(2000, 1, 1)


class EventDialog(QDialog):
    """Edits the event in the store; `saved` carries the Event as stored."""

    saved = Signal(object)

    def __init__(
        self,
        store: Store,
        event: Event,
        parent: QWidget | None = None,
        *,
        name_required: bool = False,
    ) -> None:
        super().__init__(parent)
        self.store = store
        #: A new event needs its name: a file with no details and no guest is no event.
        self.name_required = name_required
        self.setWindowTitle(self.tr("Event details"))
        self.name = QLineEdit(event.name, self)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(self.tr("no date"))
        self.date.setDisplayFormat("dd.MM.yyyy")
        parsed = QDate.fromString(event.date, Qt.DateFormat.ISODate)
        self.date.setDate(parsed if parsed.isValid() else NO_DATE)
        # With no date set the picker would open on January 2000, 26 years of clicks away.
        self.date.calendarWidget().installEventFilter(self)
        self.venue = QLineEdit(event.venue, self)
        self.zone = QComboBox(self)
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.addItem(self.tr("Not stated (Europe/Berlin)"), "")
        names = zone_names()
        for name in names:
            self.zone.addItem(name, name)
        completer = QCompleter(names, self.zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone.setCompleter(completer)
        self.zone.setCurrentIndex(max(0, self.zone.findData(event.timezone)))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        form = QFormLayout()
        for label, widget in (
            (self.tr("Event &name"), self.name),
            (self.tr("&Date"), self.date),
            (self.tr("&Place"), self.venue),
            (self.tr("&Time zone"), self.zone),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)  # a conference's name is long
        self.name.setCursorPosition(0)
        self.venue.setCursorPosition(0)  # a long address shows its start, not its end

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        calendar = self.date.calendarWidget()
        if watched is calendar and event.type() == QEvent.Type.Show:
            if self.date.date() == NO_DATE:
                today = QDate.currentDate()
                calendar.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def event_entered(self) -> Event:
        day = self.date.date()
        zone_text = self.zone.currentText().strip()
        index = self.zone.currentIndex()
        zone = (
            str(self.zone.itemData(index) or "")
            if index >= 0 and self.zone.itemText(index) == zone_text
            else zone_text
        )
        return Event(
            name=self.name.text(),
            date=day.toString(Qt.DateFormat.ISODate) if day != NO_DATE else "",
            venue=self.venue.text(),
            timezone=zone,
        )

    def save(self) -> None:
        if self.name_required and not self.name.text().strip():
            self._say(self.tr("Give the event a name."))
            return
        try:
            stored = save_event(self.store, self.event_entered())
        except EventError as exc:
            self._say(self._words(exc))
            return
        except NeedsServer:
            self._say(
                self.tr(
                    "The server does not answer: the event was not saved. Try again once "
                    "the status bar says “Online”."
                )
            )
            return
        except StoreError as exc:
            self._say(self.tr("The event could not be saved: {reason}").format(reason=exc))
            return
        self.saved.emit(stored)
        self.accept()

    def _words(self, error: EventError) -> str:
        if error.problem is EventProblem.UNKNOWN_ZONE:
            return self.tr("Unknown time zone “{zone}”: choose one from the list.").format(
                zone=error.value
            )
        return self.tr("“{date}” is not a date.").format(date=error.value)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
