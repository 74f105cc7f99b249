"""A walk-in with a registered guest's name: offer that guest before adding a duplicate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from checkin.core.model import Attendee

#: The answer "add a new walk-in anyway".
NEW_GUEST = "new"


def describe(attendee: Attendee) -> str:
    extra = " · ".join(p for p in (attendee.company, attendee.category) if p)
    name = attendee.display_name or attendee.code
    return f"{name} ({extra})" if extra else name


class NamesakeQuestion:
    """Replaceable in tests: returns the chosen registered guest, NEW_GUEST or None (cancel)."""

    @classmethod
    def ask(
        cls, parent: QWidget | None, walk_in: Attendee, namesakes: list[Attendee]
    ) -> Attendee | str | None:
        tr = QCoreApplication.translate
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("NamesakeQuestion", "Already on the list?"))
        box.setText(
            tr(
                "NamesakeQuestion",
                "{name} is on the guest list and has not arrived yet. "
                "Is this the registered guest?",
            ).format(name=walk_in.display_name)
        )
        box.setInformativeText("\n".join(describe(a) for a in namesakes))
        choices: dict[QAbstractButton, Attendee] = {}
        for attendee in namesakes[:3]:
            button = box.addButton(
                tr("NamesakeQuestion", "Check in {guest}").format(guest=describe(attendee)),
                QMessageBox.ButtonRole.AcceptRole,
            )
            choices[button] = attendee
        new = box.addButton(
            tr("NamesakeQuestion", "Add as a new walk-in"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is new:
            return NEW_GUEST
        return choices.get(clicked)
