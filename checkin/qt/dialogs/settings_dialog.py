"""Desk settings: who works where, in which language, how loud and how long verdicts show."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkin.qt.camera.settings_rows import CameraChooser
from checkin.qt.settings import DeskSettings

LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(
        self, settings: DeskSettings, languages: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._original = settings
        self.setWindowTitle(self.tr("Desk settings"))
        self.desk = QLineEdit(settings.desk, self)
        self.operator = QLineEdit(settings.operator, self)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("System language"), "")
        for code in languages:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.sound = QCheckBox(self.tr("Play a sound for every verdict"), self)
        self.sound.setChecked(settings.sound)
        self.seconds = QSpinBox(self)
        self.seconds.setRange(1, 120)
        self.seconds.setSuffix(self.tr(" s"))
        self.seconds.setValue(settings.verdict_seconds)
        self.fullscreen = QCheckBox(self.tr("Show every verdict on the whole screen"), self)
        self.fullscreen.setChecked(settings.verdict_fullscreen)
        self.auto_print = QCheckBox(self.tr("Print the badge on every check-in"), self)
        self.auto_print.setChecked(settings.auto_print)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(
            self.tr("unchanged") if settings.locked else self.tr("no PIN: organiser actions open")
        )
        self.remove_pin = QCheckBox(self.tr("Remove the PIN lock"), self)
        self.remove_pin.setEnabled(settings.locked)
        self.camera = CameraChooser(settings.camera_id, settings.camera_resolution, self)
        form = QFormLayout()
        for label, widget in (
            (self.tr("&Desk name"), self.desk),
            (self.tr("&Operator"), self.operator),
            (self.tr("&Language"), self.language),
            ("", self.sound),
            (self.tr("&Verdict shown for"), self.seconds),
            ("", self.fullscreen),
            ("", self.auto_print),
            (self.tr("Organiser &PIN"), self.pin),
            ("", self.remove_pin),
            *self.camera.rows(),
        ):
            widget.setAccessibleName(label.replace("&", "") or getattr(widget, "text", str)())
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def settings(self) -> DeskSettings:
        result = replace(
            self._original,
            desk=self.desk.text().strip() or self._original.desk,
            operator=self.operator.text().strip(),
            language=str(self.language.currentData() or ""),
            sound=self.sound.isChecked(),
            verdict_seconds=self.seconds.value(),
            verdict_fullscreen=self.fullscreen.isChecked(),
            auto_print=self.auto_print.isChecked(),
            camera_id=self.camera.camera_id(),
            camera_resolution=self.camera.chosen_resolution(),
        )
        if self.remove_pin.isChecked():
            return result.with_pin("")
        if self.pin.text():
            return result.with_pin(self.pin.text())
        return result
