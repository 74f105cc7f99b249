"""Where frames come from: the laptop's camera, or pictures played as frames.

Both put QVideoFrames into a `QVideoSink`, the one interface the rest of the camera
view reads; `PictureSource` is what tests, the benchmark and the screenshots use on
machines without a camera (it makes YUV frames, as webcams deliver them).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCameraPermission, QCoreApplication, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QCameraFormat,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoFrameFormat,
    QVideoSink,
)
from PySide6.QtWidgets import QApplication

from checkin.qt.camera.frames import grey_image

# The resolution asked for when the settings name none: sharp enough for a phone's QR
# at arm's length, light enough to decode every frame.
DEFAULT_RESOLUTION = QSize(1280, 720)
# Pixel formats a decoder reads in place, best first (MJPEG costs a decode per frame).
_PREFERRED = (
    QVideoFrameFormat.PixelFormat.Format_NV12,
    QVideoFrameFormat.PixelFormat.Format_YUYV,
    QVideoFrameFormat.PixelFormat.Format_YUV420P,
    QVideoFrameFormat.PixelFormat.Format_UYVY,
)


@dataclass(frozen=True, slots=True)
class CameraChoice:
    """A camera as the settings offer it."""

    id: str
    name: str
    resolutions: tuple[str, ...]


def device_id(device: QCameraDevice) -> str:
    return bytes(device.id().data()).hex()


def resolution_text(size: QSize) -> str:
    return f"{size.width()}x{size.height()}"


def parse_resolution(text: str) -> QSize:
    width, _, height = text.partition("x")
    try:
        return QSize(int(width), int(height))
    except ValueError:
        return QSize(DEFAULT_RESOLUTION)


def cameras() -> list[CameraChoice]:
    """The cameras this machine has now (none is a normal answer)."""
    found = []
    for device in QMediaDevices.videoInputs():
        sizes = sorted(
            {(f.resolution().width(), f.resolution().height()) for f in device.videoFormats()},
            reverse=True,
        )
        found.append(
            CameraChoice(
                device_id(device),
                device.description(),
                tuple(f"{w}x{h}" for w, h in sizes),
            )
        )
    return found


def _pick_format(device: QCameraDevice, wanted: QSize) -> QCameraFormat | None:
    """The wanted size (else the nearest), up to 30 frames a second, a YUV format first."""
    formats = list(device.videoFormats())
    if not formats:
        return None

    def cost(f: QCameraFormat) -> tuple[int, int, float]:
        size = f.resolution()
        off = abs(size.width() - wanted.width()) + abs(size.height() - wanted.height())
        kind = _PREFERRED.index(f.pixelFormat()) if f.pixelFormat() in _PREFERRED else 9
        return (off, kind, abs(min(f.maxFrameRate(), 30.0) - 30.0))

    return min(formats, key=cost)


class FrameSource(QObject):
    """Something that puts frames into `sink` between start() and stop()."""

    # A translated sentence: why there are no frames (no camera, busy, refused).
    problem = Signal(str)
    activeChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sink = QVideoSink(self)

    @property
    def active(self) -> bool:
        return False

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    @property
    def torch_supported(self) -> bool:
        return False

    def set_torch(self, on: bool) -> None:
        """Light for a dim desk, where the camera has one."""


class CameraSource(FrameSource):
    """The chosen camera (by the settings' id, else the system's default)."""

    def __init__(self, camera_id: str = "", resolution: str = "", parent: QObject | None = None):
        super().__init__(parent)
        self.camera_id = camera_id
        self.resolution = parse_resolution(resolution) if resolution else DEFAULT_RESOLUTION
        self._session = QMediaCaptureSession(self)
        self._session.setVideoSink(self.sink)
        self._camera: QCamera | None = None

    @property
    def active(self) -> bool:
        return self._camera is not None and self._camera.isActive()

    def _device(self) -> QCameraDevice | None:
        devices = QMediaDevices.videoInputs()
        for device in devices:
            if self.camera_id and device_id(device) == self.camera_id:
                return device
        default = QMediaDevices.defaultVideoInput()
        if not default.isNull():
            return default
        return devices[0] if devices else None

    def start(self) -> None:
        if self._camera is not None:
            return
        app = QCoreApplication.instance()
        permission = QCameraPermission()
        if isinstance(app, QApplication):
            status = app.checkPermission(permission)
            if status is Qt.PermissionStatus.Undetermined:
                app.requestPermission(permission, self, lambda _p: self._after_asking())
                return
            if status is Qt.PermissionStatus.Denied:
                self.problem.emit(
                    self.tr(
                        "This computer does not let checkin use the camera. Allow it in the "
                        "system's privacy settings; scanning with the scanner works meanwhile."
                    )
                )
                return
        device = self._device()
        if device is None:
            self.problem.emit(self.tr("No camera found. Scan with the scanner or type the code."))
            return
        camera = QCamera(device, self)
        chosen = _pick_format(device, self.resolution)
        if chosen is not None:
            camera.setCameraFormat(chosen)
        camera.errorOccurred.connect(self._failed)
        camera.activeChanged.connect(self.activeChanged)
        self._camera = camera
        self._session.setCamera(camera)
        camera.start()

    def _after_asking(self) -> None:
        app = QCoreApplication.instance()
        if isinstance(app, QApplication):
            if app.checkPermission(QCameraPermission()) is Qt.PermissionStatus.Undetermined:
                return
        self.start()

    def _failed(self, _error: QCamera.Error, _detail: str) -> None:
        self.stop()
        self.problem.emit(
            self.tr(
                "The camera could not be started; another program may be using it. "
                "Close that program and switch the camera on again."
            )
        )

    def stop(self) -> None:
        """Release the camera (its light goes off; another program may use it)."""
        camera, self._camera = self._camera, None
        if camera is None:
            return
        camera.errorOccurred.disconnect(self._failed)
        camera.stop()
        self._session.setCamera(None)  # type: ignore[arg-type]
        camera.deleteLater()
        self.activeChanged.emit(False)

    @property
    def torch_supported(self) -> bool:
        return self._camera is not None and self._camera.isTorchModeSupported(
            QCamera.TorchMode.TorchOn
        )

    def set_torch(self, on: bool) -> None:
        if self.torch_supported and self._camera is not None:
            self._camera.setTorchMode(
                QCamera.TorchMode.TorchOn if on else QCamera.TorchMode.TorchOff
            )


def yuv_frame(image: QImage) -> QVideoFrame:
    """An NV12 frame showing `image` in grey, as a webcam's YUV stream would carry it."""
    grey = grey_image(image)
    width, height = grey.width() & ~1, grey.height() & ~1
    frame = QVideoFrame(
        QVideoFrameFormat(QSize(width, height), QVideoFrameFormat.PixelFormat.Format_NV12)
    )
    if not frame.map(QVideoFrame.MapMode.WriteOnly):
        raise RuntimeError("cannot write a video frame")
    try:
        luma, stride = memoryview(frame.bits(0)), frame.bytesPerLine(0)
        source, line = grey.constBits(), grey.bytesPerLine()
        for y in range(height):
            luma[y * stride : y * stride + width] = source[y * line : y * line + width]
        chroma = memoryview(frame.bits(1))
        chroma[:] = b"\x80" * len(chroma)
    finally:
        frame.unmap()
    return frame


class PictureSource(FrameSource):
    """Pictures played as a camera would: the same frame `fps` times a second."""

    def __init__(self, fps: float = 30.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(round(1000 / fps))
        self._timer.timeout.connect(self.push)
        # Two copies taking turns: a sink passes a frame on only when it is another one
        # than the last (a camera's frames always are).
        self._frames = (QVideoFrame(), QVideoFrame())
        self.pushed = 0

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def show_picture(self, picture: QImage | QVideoFrame | None) -> None:
        """What the 'camera' sees from the next frame on (None: nothing, a grey scene)."""
        if isinstance(picture, QVideoFrame):
            self._frames = (picture, QVideoFrame(picture.toImage()))
            return
        if picture is None or picture.isNull():
            picture = QImage(1280, 720, QImage.Format.Format_Grayscale8)
            picture.fill(128)
        self._frames = (yuv_frame(picture), yuv_frame(picture))

    def push(self) -> None:
        """One frame into the sink now (tests call it directly instead of waiting)."""
        if not self._frames[0].isValid():
            self.show_picture(None)
        self.pushed += 1
        self.sink.setVideoFrame(self._frames[self.pushed % 2])

    def start(self) -> None:
        if not self._timer.isActive():
            self._timer.start()
            self.activeChanged.emit(True)

    def stop(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.activeChanged.emit(False)
