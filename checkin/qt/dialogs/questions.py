"""Small yes/no and PIN questions as replaceable classmethods, so tests never block."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


class Confirm:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


class PinPrompt:
    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        """The PIN the organiser typed, or None when they cancelled."""
        pin, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("PinPrompt", "Organiser PIN"),
            QCoreApplication.translate(
                "PinPrompt", "This action is for organisers. Enter the PIN:"
            ),
            QLineEdit.EchoMode.Password,
        )
        return pin if ok else None


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
