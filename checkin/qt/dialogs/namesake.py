"""A walk-in with a registered guest's name: offer that guest before adding a duplicate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from checkin.core.model import Attendee
from checkin.qt.dialogs.questions import ask_until_answered

#: The answer "add a new walk-in anyway".
NEW_GUEST = "new"
#: Each answer button's index into the answers (a Python wrapper is no key: the button a
#: key pressed came back as another wrapper, and the answer read as "cancel").
_ANSWER = "checkinNamesakeAnswer"


def describe(attendee: Attendee) -> str:
    extra = " · ".join(p for p in (attendee.company, attendee.category) if p)
    name = attendee.display_name or attendee.code
    return f"{name} ({extra})" if extra else name


class NamesakeQuestion:
    """Replaceable in tests: returns the chosen registered guest, NEW_GUEST or None (cancel)."""

    @classmethod
    def build(
        cls, parent: QWidget | None, walk_in: Attendee, namesakes: list[Attendee]
    ) -> tuple[QMessageBox, list[Attendee | str]]:
        """The question, not yet shown, and its answers (`answer_of` a clicked button)."""
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
        answers: list[Attendee | str] = []
        for attendee in namesakes[:3]:
            button = box.addButton(
                QCoreApplication.translate("NamesakeQuestion", "Check in {guest}").format(
                    guest=describe(attendee)
                ),
                QMessageBox.ButtonRole.AcceptRole,
            )
            button.setProperty(_ANSWER, len(answers))
            answers.append(attendee)
        new = box.addButton(
            QCoreApplication.translate("NamesakeQuestion", "Add as a new walk-in"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        new.setProperty(_ANSWER, len(answers))
        answers.append(NEW_GUEST)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        return box, answers

    @classmethod
    def ask(
        cls, parent: QWidget | None, walk_in: Attendee, namesakes: list[Attendee]
    ) -> Attendee | str | None:
        box, answers = cls.build(parent, walk_in, namesakes)
        ask_until_answered(box)
        return answer_of(box.clickedButton(), answers)


def answer_of(
    button: QAbstractButton | None, answers: list[Attendee | str]
) -> Attendee | str | None:
    """The answer a clicked button gives; None for Cancel (or nothing clicked)."""
    index = button.property(_ANSWER) if button is not None else None
    return answers[index] if isinstance(index, int) and 0 <= index < len(answers) else None
