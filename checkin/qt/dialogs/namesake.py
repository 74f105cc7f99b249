"""A walk-in with a registered guest's name: offer that guest before adding a duplicate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from checkin.core.model import Attendee
from checkin.qt.dialogs.questions import ask_until_answered

#: The answer "add a new walk-in anyway".
NEW_GUEST = "new"


def describe(attendee: Attendee) -> str:
    extra = " · ".join(p for p in (attendee.company, attendee.category) if p)
    name = attendee.display_name or attendee.code
    return f"{name} ({extra})" if extra else name


class NamesakeQuestion:
    """Replaceable in tests: returns the chosen registered guest, NEW_GUEST or None (cancel)."""

    @classmethod
    def build(
        cls, parent: QWidget | None, walk_in: Attendee, namesakes: list[Attendee]
    ) -> tuple[QMessageBox, dict[QAbstractButton, Attendee | str]]:
        """The question, not yet shown, and which of its buttons gives which answer."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("NamesakeQuestion", "Already on the list?"))
        box.setText(
            QCoreApplication.translate(
                "NamesakeQuestion",
                "{name} is on the guest list and has not arrived yet. "
                "Is this the registered guest?",
            ).format(name=walk_in.display_name)
        )
        box.setInformativeText("\n".join(describe(a) for a in namesakes))
        answers: dict[QAbstractButton, Attendee | str] = {}
        for attendee in namesakes[:3]:
            button = box.addButton(
                QCoreApplication.translate("NamesakeQuestion", "Check in {guest}").format(
                    guest=describe(attendee)
                ),
                QMessageBox.ButtonRole.AcceptRole,
            )
            answers[button] = attendee
        new = box.addButton(
            QCoreApplication.translate("NamesakeQuestion", "Add as a new walk-in"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        answers[new] = NEW_GUEST
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        return box, answers

    @classmethod
    def ask(
        cls, parent: QWidget | None, walk_in: Attendee, namesakes: list[Attendee]
    ) -> Attendee | str | None:
        box, answers = cls.build(parent, walk_in, namesakes)
        ask_until_answered(box)
        clicked = box.clickedButton()
        return answers.get(clicked) if clicked is not None else None
