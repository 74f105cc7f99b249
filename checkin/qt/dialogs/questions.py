"""Small yes/no and PIN questions as replaceable classmethods, so tests never block.

A scan cancels an open question unanswered (`scanner_guard.cancel_questions`): the
guest's verdict is shown first, then `ask_until_answered` asks the same question
again, with what was typed in it, so a scan neither answers nor loses a question.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from checkin.qt.widgets.scanner_guard import CANCELLED_BY_SCAN

_ON_TOP = Qt.WindowType.WindowStaysOnTopHint


def _on_top_if_covered(question: QDialog) -> None:
    """A window that stays on top (the full-screen verdict) would hide the question:
    the question is put in the same layer, where the window shown last is on top."""
    covered = any(
        top is not question and top.isVisible() and bool(top.windowFlags() & _ON_TOP)
        for top in QApplication.topLevelWidgets()
    )
    if bool(question.windowFlags() & _ON_TOP) != covered:
        question.setWindowFlag(_ON_TOP, covered)


def ask_until_answered(question: QDialog) -> int:
    """`question.exec()` until a person answers it (or closes it); a scan in between
    only postpones it until the verdict is on the screen, and it comes back on top of
    that verdict, even the full-screen one."""
    asked_again = False
    while True:
        question.setProperty(CANCELLED_BY_SCAN, False)
        _on_top_if_covered(question)
        if asked_again:  # the keyboard goes to it, not to the desk behind
            QTimer.singleShot(0, question, question.activateWindow)
        result = question.exec()
        if not question.property(CANCELLED_BY_SCAN):
            break
        asked_again = True
    parent = question.parentWidget()
    if asked_again and parent is not None and parent.isVisible():
        parent.window().activateWindow()  # it took the keyboard back: give it back too
    return result


class Confirm:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            parent,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        answer = ask_until_answered(box)
        box.deleteLater()
        return answer == QMessageBox.StandardButton.Yes


class PinPrompt:
    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        """The PIN the organiser typed, or None when they cancelled."""
        prompt = QInputDialog(parent)
        prompt.setInputMode(QInputDialog.InputMode.TextInput)
        prompt.setWindowTitle(QCoreApplication.translate("PinPrompt", "Organiser PIN"))
        prompt.setLabelText(
            QCoreApplication.translate("PinPrompt", "This action is for organisers. Enter the PIN:")
        )
        prompt.setTextEchoMode(QLineEdit.EchoMode.Password)
        answered = ask_until_answered(prompt) == QDialog.DialogCode.Accepted
        pin = prompt.textValue()
        prompt.deleteLater()
        return pin if answered else None


class ServerPasswordPrompt:
    @classmethod
    def ask(cls, address: str) -> str | None:
        """The shared server's password, typed at start (not echoed); None when cancelled.

        The caller keeps it in memory only (store/replica.py): never in the settings, a
        log or a message."""
        password, ok = QInputDialog.getText(
            None,
            QCoreApplication.translate("ServerPasswordPrompt", "Server password"),
            QCoreApplication.translate(
                "ServerPasswordPrompt", "The server {address} asks for a password:"
            ).format(address=address),
            QLineEdit.EchoMode.Password,
        )
        return password if ok and password else None


class NewEventPrompt:
    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        """The file a new event is kept in, chosen by the organiser; None when cancelled."""
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("NewEventPrompt", "New event: where to keep it"),
            folder,
            QCoreApplication.translate("NewEventPrompt", "Event files (*.sqlite3);;All files (*)"),
        )
        return path or None


class FilePrompt:
    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("FilePrompt", "Import attendee list"),
            "",
            QCoreApplication.translate(
                "FilePrompt", "Attendee lists (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)"
            ),
        )
        return path or None
