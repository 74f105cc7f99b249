"""The camera preview: the picture mirrored (people hold codes up as to a mirror), a
guide box where a code reads best, outlines of codes just read, the torch switch,
and a sentence instead of the picture when there is no camera."""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from checkin.core.pictures import FoundCode

# Codes read stay outlined this long (s).
OUTLINE_SECONDS = 0.6
# The guide box's side as a share of the picture's shorter side.
GUIDE_SHARE = 0.6


class CameraView(QWidget):
    torchToggled = Signal(bool)
    # The preview was painted (tests and the benchmark wait for it).
    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Camera picture"))
        self.setMinimumSize(QSize(320, 180))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay in the scan field
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._frame: QVideoFrame | None = None
        self._image: QImage | None = None
        self._codes: tuple[FoundCode, ...] = ()
        self._codes_size = QSize()
        self._codes_until = 0.0
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: white; font-size: 13pt; padding: 12px;")
        self.torch = QToolButton(self)
        self.torch.setText(self.tr("Light"))
        self.torch.setToolTip(self.tr("Switch the camera's light on or off"))
        self.torch.setCheckable(True)
        self.torch.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.torch.setVisible(False)
        self.torch.toggled.connect(self.torchToggled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.torch, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.show_message(self.tr("Camera is off"))

    # -- what is shown -------------------------------------------------------------------
    def set_frame(self, frame: QVideoFrame) -> None:
        self._frame, self._image = frame, None
        if self.message.isVisible():
            self.message.hide()
        self.update()

    def show_message(self, text: str) -> None:
        """No picture: say why (no camera, busy, off)."""
        self._frame, self._image = None, None
        self.message.setText(text)
        self.message.show()
        self.update()

    def show_codes(self, codes: tuple[FoundCode, ...], frame_size: QSize) -> None:
        if codes:
            self._codes, self._codes_size = codes, frame_size
            self._codes_until = time.monotonic() + OUTLINE_SECONDS

    def set_torch_available(self, available: bool) -> None:
        self.torch.setVisible(available)
        if not available:
            self.torch.setChecked(False)

    @property
    def showing_picture(self) -> bool:
        return self._frame is not None

    # -- painting ------------------------------------------------------------------------
    def _picture_rect(self, size: QSize) -> QRectF:
        if size.isEmpty():
            return QRectF(self.rect())
        scaled = QSize(size).scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - scaled.width()) / 2
        y = (self.height() - scaled.height()) / 2
        return QRectF(x, y, scaled.width(), scaled.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#202124"))
        if self._frame is not None and self._frame.isValid():
            if self._image is None:
                self._image = self._frame.toImage()
            image = self._image
            target = self._picture_rect(image.size())
            painter.save()
            # Mirrored: a code moved to the left moves left on the screen too.
            painter.translate(target.right(), target.top())
            painter.scale(-target.width() / image.width(), target.height() / image.height())
            painter.drawImage(QPointF(0, 0), image)
            painter.restore()
            self._paint_guide(painter, target)
            self._paint_codes(painter, target)
        painter.end()
        self.painted.emit()

    def _paint_guide(self, painter: QPainter, target: QRectF) -> None:
        side = min(target.width(), target.height()) * GUIDE_SHARE
        box = QRectF(target.center().x() - side / 2, target.center().y() - side / 2, side, side)
        painter.setPen(QPen(QColor(255, 255, 255, 200), 3))
        arm = side / 5
        corners = (
            (box.topLeft(), 1, 1),
            (box.topRight(), -1, 1),
            (box.bottomLeft(), 1, -1),
            (box.bottomRight(), -1, -1),
        )
        for corner, dx, dy in corners:
            painter.drawLine(corner, corner + QPointF(dx * arm, 0))
            painter.drawLine(corner, corner + QPointF(0, dy * arm))

    def _paint_codes(self, painter: QPainter, target: QRectF) -> None:
        if not self._codes or time.monotonic() > self._codes_until or self._codes_size.isEmpty():
            return
        sx = target.width() / self._codes_size.width()
        sy = target.height() / self._codes_size.height()
        painter.setPen(QPen(QColor("#34a853"), 4))
        for code in self._codes:
            polygon = QPolygonF(
                [QPointF(target.right() - x * sx, target.top() + y * sy) for x, y in code.corners]
            )
            painter.drawPolygon(polygon)
