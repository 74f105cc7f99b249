"""One form for a walk-in (a new guest) and for correcting a guest's data."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from checkin.core.model import Attendee, Category


class AttendeeDialog(QDialog):
    def __init__(
        self,
        attendee: Attendee | None = None,
        parent: QWidget | None = None,
        draft: Attendee | None = None,
    ) -> None:
        """`attendee`: the guest to correct; else a walk-in, filled from `draft` (what was
        typed before) where given."""
        super().__init__(parent)
        self._original = attendee or draft or Attendee(code="", category=Category.PARTICIPANT)
        self.setWindowTitle(self.tr("Edit guest") if attendee else self.tr("Walk-in guest"))
        self.title = QLineEdit(self._original.title, self)
        self.first_name = QLineEdit(self._original.first_name, self)
        self.last_name = QLineEdit(self._original.last_name, self)
        self.company = QLineEdit(self._original.company, self)
        self.function = QLineEdit(self._original.function, self)
        self.email = QLineEdit(self._original.email, self)
        self.category = QComboBox(self)
        self.category.setEditable(True)
        self.category.addItems(list(Category.KNOWN))
        self.category.setCurrentText(self._original.category)
        self.attention = QCheckBox(self.tr("Needs attention (VIP, accessibility ...)"), self)
        self.attention.setChecked(self._original.attention)
        self.attention_note = QLineEdit(self._original.attention_note, self)
        form = QFormLayout()
        for label, widget in (
            (self.tr("&Title"), self.title),
            (self.tr("&First name"), self.first_name),
            (self.tr("&Last name"), self.last_name),
            (self.tr("&Company"), self.company),
            (self.tr("F&unction"), self.function),
            (self.tr("&E-mail"), self.email),
            (self.tr("C&ategory"), self.category),
            ("", self.attention),
            (self.tr("&Note"), self.attention_note),
        ):
            widget.setAccessibleName(label.replace("&", "") or self.attention.text())
            form.addRow(label, widget)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b71c1c; font-weight: bold")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save") if attendee else self.tr("Add and check in"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        (self.first_name if attendee is None else self.last_name).setFocus()

    def attendee(self) -> Attendee:
        """The guest as entered: the original with the form's fields applied."""
        return replace(
            self._original,
            title=self.title.text().strip(),
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            company=self.company.text().strip(),
            function=self.function.text().strip(),
            email=self.email.text().strip(),
            category=self.category.currentText().strip(),
            attention=self.attention.isChecked() or bool(self.attention_note.text().strip()),
            attention_note=self.attention_note.text().strip(),
        )

    def accept(self) -> None:
        a = self.attendee()
        if not (a.first_name or a.last_name):
            self.problem.setText(self.tr("Enter at least a first or last name."))
            return
        super().accept()
