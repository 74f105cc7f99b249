"""Everything the desk knows about one guest, with the actions that apply to them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QListWidget,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from checkin.core.model import Attendee, LogEntry, LogKind, Status
from checkin.core.rules import WALK_IN_SOURCE
from checkin.qt.event_time import local
from checkin.qt.verdict_text import IMPORTED_DESK, desk_label


class GuestDetails(QWidget):
    #: What the desk needs first comes first: on a 1024×600 laptop only the top rows
    #: show without scrolling (the heading already says the name).
    FIELDS = (
        "status",
        "checked_in",
        "attention_note",
        "company",
        "category",
        "function",
        "code",
        "email",
        "display_name",
        "source",
    )

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Guest details"))
        self.heading = QLabel(self.tr("No guest selected"), self)
        font = QFont(self.heading.font())
        font.setPointSize(16)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.values: dict[str, QLabel] = {}
        self.form = form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(2)
        labels = {
            "display_name": self.tr("Name"),
            "company": self.tr("Company"),
            "function": self.tr("Function"),
            "email": self.tr("E-mail"),
            "category": self.tr("Category"),
            "status": self.tr("Status"),
            "code": self.tr("Code"),
            "checked_in": self.tr("Checked in"),
            "attention_note": self.tr("Note"),
            "source": self.tr("Source"),
        }
        for key in self.FIELDS:
            value = QLabel(self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            value.setAccessibleName(labels[key])
            self.values[key] = value
            form.addRow(labels[key] + ":", value)
        self.history = QListWidget(self)
        self.history.setAccessibleName(self.tr("Check-in history"))
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.setMinimumHeight(70)
        self.history.setMaximumHeight(110)
        # Two buttons a row: four in one row made the panel wider than its half of the
        # desk (a sideways scrollbar, the guest's name cut off), German words even more.
        buttons = QGridLayout()
        for index, action in enumerate(actions):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        # The buttons right under the name: on a small screen they stay in view, the
        # fields below scroll.
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("History:"), self))
        layout.addWidget(self.history)
        layout.addStretch(1)
        self.attendee: Attendee | None = None
        self.show_attendee(None, [])

    def show_attendee(self, attendee: Attendee | None, history: list[LogEntry]) -> None:
        self.attendee = attendee
        self.history.clear()
        if attendee is None:
            self.heading.setText(self.tr("No guest selected"))
            for value in self.values.values():
                value.clear()
                self.form.setRowVisible(value, False)
            return
        self.heading.setText(attendee.display_name or attendee.code)
        status = {
            Status.ACTIVE: self.tr("registered"),
            Status.CANCELLED: self.tr("cancelled"),
            Status.UNPAID: self.tr("not paid"),
            Status.UNAPPROVED: self.tr("not approved"),
            Status.REMOVED: self.tr("removed from list"),
        }[attendee.status]
        if attendee.walk_in:
            status += self.tr(" (walk-in)")
        state = attendee.checked_in
        source = attendee.source_file
        if attendee.walk_in and source == WALK_IN_SOURCE:  # no list's name: the desk's word
            source = self.tr("added at the desk")
        if attendee.source_line:
            source += self.tr(", line {line}").format(line=attendee.source_line)
        shown = {
            "display_name": attendee.display_name,
            "company": attendee.company,
            "function": attendee.function,
            "email": attendee.email,
            "category": attendee.category,
            "status": status,
            "code": attendee.code,
            "checked_in": (
                (
                    self.tr("{time}, {desk} ({operator})")
                    if state.operator and state.desk != IMPORTED_DESK
                    else self.tr("{time}, {desk}")  # no operator was set: no empty "(–)"
                ).format(time=_when(state.at), desk=desk_label(state.desk), operator=state.operator)
                if state
                else self.tr("not yet")
            ),
            "attention_note": attendee.attention_note if attendee.attention else "",
            "source": source,
        }
        for key, text in shown.items():
            self.values[key].setText(text)
            self.form.setRowVisible(self.values[key], bool(text))  # no empty "Note:"
        for entry in history:
            self.history.addItem(
                f"{_when(entry.at)}  {self._kind_text(entry.kind)} · {desk_label(entry.desk)}"
                + (f" ({entry.operator})" if entry.operator and entry.desk != IMPORTED_DESK else "")
            )

    def _kind_text(self, kind: LogKind) -> str:
        return {
            LogKind.CHECKIN: self.tr("checked in"),
            LogKind.UNDO: self.tr("check-in undone"),
            LogKind.REJECTED: self.tr("scan rejected"),
            LogKind.WALKIN: self.tr("walk-in, checked in"),
            LogKind.EDIT: self.tr("data corrected"),
            LogKind.BADGE_PRINTED: self.tr("badge printed"),
            LogKind.OVERRIDE: self.tr("admitted anyway"),
        }.get(kind, str(kind))


def _when(at: datetime) -> str:
    return local(at).strftime("%d.%m. %H:%M")
