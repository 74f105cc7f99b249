"""The camera's two rows in the desk settings: which camera, at which resolution."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QWidget

from checkin.qt.camera.sources import DEFAULT_RESOLUTION, CameraChoice, cameras, resolution_text


class CameraChooser(QObject):
    def __init__(self, camera_id: str, resolution: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._cameras: dict[str, CameraChoice] = {c.id: c for c in cameras()}
        self.device = QComboBox(parent)
        self.device.addItem(self.tr("System default camera"), "")
        for choice in self._cameras.values():
            self.device.addItem(choice.name, choice.id)
        if camera_id and camera_id not in self._cameras:
            self.device.addItem(self.tr("The chosen camera (not connected now)"), camera_id)
        if not self._cameras:
            self.device.setToolTip(self.tr("No camera found on this computer"))
        self.device.setCurrentIndex(max(0, self.device.findData(camera_id)))
        self.resolution = QComboBox(parent)
        self._wanted = resolution
        self._fill_resolutions()
        self.device.currentIndexChanged.connect(lambda _i: self._fill_resolutions())

    def rows(self) -> list[tuple[str, QWidget]]:
        return [(self.tr("&Camera"), self.device), (self.tr("Camera &resolution"), self.resolution)]

    def _fill_resolutions(self) -> None:
        keep = str(self.resolution.currentData() or self._wanted)
        self.resolution.clear()
        self.resolution.addItem(
            self.tr("Standard ({size})").format(size=resolution_text(DEFAULT_RESOLUTION)), ""
        )
        choice = self._cameras.get(self.camera_id())
        if choice is None and len(self._cameras) == 1 and not self.camera_id():
            choice = next(iter(self._cameras.values()))  # the default is the only one
        for size in choice.resolutions if choice else ():
            self.resolution.addItem(size, size)
        if keep and self.resolution.findData(keep) < 0:
            self.resolution.addItem(keep, keep)
        self.resolution.setCurrentIndex(max(0, self.resolution.findData(keep)))

    def camera_id(self) -> str:
        return str(self.device.currentData() or "")

    def chosen_resolution(self) -> str:
        return str(self.resolution.currentData() or "")
