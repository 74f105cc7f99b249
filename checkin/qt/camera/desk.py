"""The camera and pictures at one desk window: codes read become scans.

What the camera or a picture reads goes through the window's one scan path
(`MainWindow.handle_scan`, source "camera" or "picture"): the same cleaning, URL and JSON
payloads, verdict, banner, sound and log as a USB scanner's input. `Sightings`
makes a code held in view one scan; two codes at once go to a person
(`CodesChoice`). The camera is released when the view is switched off and when the
window closes; with no camera, the view says so and the desk goes on as before.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QDockWidget, QToolBar

from checkin.core.model import ScanSource, Verdict
from checkin.core.sightings import Sightings
from checkin.qt.messages import OperationError
from checkin.qt.operations import OperationContext
from checkin.qt.verdict_text import BannerContent, Tone

if TYPE_CHECKING:
    from checkin.core.pictures import FoundCode
    from checkin.qt.camera.choice import CodesChoice
    from checkin.qt.camera.decoder import DecodedFrame, FrameDecoder
    from checkin.qt.camera.sources import FrameSource
    from checkin.qt.camera.view import CameraView
    from checkin.qt.main_window import MainWindow

# The view, its dock and the decoder (QtMultimedia, zxing-cpp) are built when the camera
# is first switched on (or a picture first read): a desk that never uses them starts
# sooner (docs/PERFORMANCE.md).

# Picture files a drop offers (by suffix; the decoder reads the content either way).
PICTURE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".bmp", ".gif", ".tif", ".tiff"})
# Pictures are decoded in this lane of the window's operations, one after another.
PICTURE_LANE = "pictures"
# The camera view's width beside the desk when it opens (px).
DOCK_WIDTH = 480


class CameraDesk(QObject):
    def __init__(
        self,
        window: MainWindow,
        make_source: Callable[[], FrameSource] | None = None,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.make_source = make_source or self._camera_from_settings
        self.now = now
        self.source: FrameSource | None = None
        self.sightings = Sightings()
        self.choice: CodesChoice | None = None
        self._decoder: FrameDecoder | None = None
        self._view: CameraView | None = None
        self._dock: QDockWidget | None = None

        self.action = QAction(self.tr("&Camera"), window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("Ctrl+K"))
        keys = self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = self.tr("Scan with the camera")  # outside the f-string, where lupdate sees it
        self.action.setToolTip(f"{tip} ({keys})")
        self.action.toggled.connect(self.set_on)
        self.paste_action = QAction(self.tr("Scan a &picture from the clipboard"), window)
        self.paste_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.paste_action.setToolTip(
            self.tr("Judge every code in a copied picture (or drop a picture onto the window)")
        )
        self.paste_action.triggered.connect(self.scan_clipboard)
        for action in (self.action, self.paste_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)
        self.toolbar = QToolBar(self.tr("Camera"), window)
        self.toolbar.setObjectName("camera-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.toolbar.addAction(self.action)
        self.toolbar.addAction(self.paste_action)
        for button in self.toolbar.findChildren(QObject):
            if hasattr(button, "setFocusPolicy"):
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        window.addToolBar(self.toolbar)

        window.setAcceptDrops(True)
        window.installEventFilter(self)
        # The scan field would take a dropped file's name as text, and Ctrl+V a picture
        # as nothing: both are pictures of tickets here.
        window.scan_field.installEventFilter(self)

    # -- built on first use ---------------------------------------------------------------
    @property
    def decoder(self) -> FrameDecoder:
        if self._decoder is None:
            from checkin.qt.camera.decoder import FrameDecoder

            self._decoder = FrameDecoder(self.window.operations, self)
            self._decoder.decoded.connect(self._decoded)
        return self._decoder

    @property
    def view(self) -> CameraView:
        if self._view is None:
            from checkin.qt.camera.view import CameraView

            self._view = CameraView()
            self._view.torchToggled.connect(self._torch)
        return self._view

    @property
    def dock(self) -> QDockWidget:
        if self._dock is None:
            dock = QDockWidget(self.tr("Camera"), self.window)
            dock.setObjectName("camera")
            dock.setFeatures(
                QDockWidget.DockWidgetFeature.DockWidgetMovable
                | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            )
            dock.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            dock.setWidget(self.view)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.hide()
            self._dock = dock
        return self._dock

    # -- switching ----------------------------------------------------------------------
    @property
    def on(self) -> bool:
        return self.source is not None

    def set_on(self, on: bool) -> None:
        if on == self.on:
            return
        if self.action.isChecked() != on:
            self.action.setChecked(on)  # toggled comes back here and switches
            return
        if on:
            self._start()
        else:
            self._stop()
        self.window.refocus()

    def _camera_from_settings(self) -> FrameSource:
        from checkin.qt.camera.sources import CameraSource

        settings = self.window.settings
        return CameraSource(settings.camera_id, settings.camera_resolution, self)

    def _start(self) -> None:
        self.sightings.clear()
        self.view.show_message(self.tr("Starting the camera…"))
        self.dock.show()
        self.window.resizeDocks([self.dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        source = self.make_source()
        self.source = source
        source.sink.videoFrameChanged.connect(self._frame)
        source.problem.connect(self._problem)
        source.activeChanged.connect(
            lambda _active: self.view.set_torch_available(source.torch_supported)
        )
        source.start()

    def _stop(self) -> None:
        source, self.source = self.source, None
        if source is not None:
            source.sink.videoFrameChanged.disconnect(self._frame)
            source.problem.disconnect(self._problem)
            source.stop()  # the camera is released here, its light goes off
            if source.parent() is self:
                source.deleteLater()
        self.sightings.clear()
        if self._view is not None:
            self._view.set_torch_available(False)
            self._view.show_message(self.tr("Camera is off"))
        if self._dock is not None:
            self._dock.hide()

    def _problem(self, message: str) -> None:
        """No camera, or busy: say so in the view and the status bar; the desk goes on."""
        self.view.show_message(message)
        self.window.statusBar().showMessage(message, 10000)

    def _torch(self, on: bool) -> None:
        if self.source is not None:
            self.source.set_torch(on)

    # -- frames -------------------------------------------------------------------------
    def _frame(self, frame: object) -> None:
        if self.source is None:
            return
        self.view.set_frame(frame)  # type: ignore[arg-type]
        if self.choice is None:
            self.decoder.offer(frame)  # type: ignore[arg-type]

    def _decoded(self, result: DecodedFrame) -> None:
        if self.source is None or self.choice is not None:
            return
        self.view.show_codes(result.codes, result.size)
        sighting = self.sightings.see([c.text for c in result.codes], self.now())
        if sighting.needs_choice:
            if self.window.open_dialog is not None:
                # Another dialog is up: ask once it is gone (the codes are still in view).
                self.sightings.release(sighting.in_view)
                return
            self.ask(sighting.in_view, from_picture=False)
            return
        for text in sighting.new:
            self.judge(text, ScanSource.CAMERA)

    # -- judging ------------------------------------------------------------------------
    def judge(self, text: str, source: ScanSource) -> Verdict | None:
        """The window's one scan path, as a scanner's burst takes it (a search or a pick
        between two holders of a code ends, an open question waits until the verdict is
        shown); the verdict it showed (None: the store failed)."""
        before = self.window.last_verdict
        self.window.handle_scan(text, source)
        after = self.window.last_verdict
        return after if after is not before else None

    def ask(self, codes: Sequence[str], from_picture: bool) -> None:
        """Two or more codes at once: a person judges one, some or all."""
        from checkin.qt.camera.choice import CodesChoice

        source = ScanSource.PICTURE if from_picture else ScanSource.CAMERA
        dialog = CodesChoice(
            codes,
            self.window.service.find,
            lambda text: self.judge(text, source),
            from_picture,
            self.window,
        )
        self.choice = dialog
        dialog.finished.connect(lambda _result: self._choice_closed(dialog))
        self.window._open(dialog)

    def _choice_closed(self, dialog: CodesChoice) -> None:
        if self.choice is dialog:
            self.choice = None
            # Still held up: not new again until they leave the view.
            self.sightings.hold(dialog.codes, self.now())
        dialog.deleteLater()

    # -- pictures -----------------------------------------------------------------------
    def scan_image(self, image: QImage) -> None:
        """Every code in a pasted or dropped picture, decoded off the GUI thread."""
        if image.isNull():
            self._picture_unreadable()
            return
        from checkin.core.pictures import decode_picture
        from checkin.qt.camera.frames import to_pil

        picture = to_pil(image)
        self._decode_pictures(lambda _context: decode_picture(picture))

    def scan_files(self, paths: Sequence[Path]) -> None:
        from checkin.core.pictures import PictureError, read_picture

        def work(_context: OperationContext) -> list[FoundCode] | None:
            found: list[FoundCode] = []
            try:
                for path in paths:
                    found += read_picture(path)
            except PictureError:
                return None
            return found

        self._decode_pictures(work)

    def scan_clipboard(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not self._take_pictures(mime):
            self.window.statusBar().showMessage(
                self.tr("The clipboard holds no picture of a ticket"), 5000
            )

    def _take_pictures(self, mime: QMimeData) -> bool:
        """Scan the pictures `mime` carries; False when it carries none."""
        files = _picture_files(mime)
        if files:
            self.scan_files(files)
            return True
        if mime.hasImage():
            image = mime.imageData()
            self.scan_image(image if isinstance(image, QImage) else QImage(image))
            return True
        return False

    def _decode_pictures(self, work: Callable[[OperationContext], list[FoundCode] | None]) -> None:
        self.window.statusBar().showMessage(self.tr("Reading the picture…"), 5000)
        self.window.operations.run(
            work,
            label="picture",
            lane=PICTURE_LANE,
            on_success=self._picture_read,
            on_failure=self._picture_failed,
        )

    def _picture_read(self, found: list[FoundCode] | None) -> None:
        if found is None:
            self._picture_unreadable()
            return
        codes = list(dict.fromkeys(c.text for c in found))
        self.window.statusBar().clearMessage()
        if not codes:
            self.window.banner.show_content(
                BannerContent(
                    Tone.READY,
                    "?",
                    self.tr("No code found in the picture"),
                    self.tr("Try a sharper picture, or scan or type the code."),
                )
            )
            self.window.refocus()
        elif len(codes) == 1:
            self.judge(codes[0], ScanSource.PICTURE)
        else:
            self.ask(codes, from_picture=True)

    def _picture_failed(self, error: OperationError) -> None:
        self.window.statusBar().showMessage(str(error), 10000)
        self._picture_unreadable()

    def _picture_unreadable(self) -> None:
        self.window.banner.show_content(
            BannerContent(
                Tone.READY,
                "?",
                self.tr("This picture cannot be read"),
                self.tr("Use a PNG or JPEG picture of the ticket, or scan or type the code."),
            )
        )
        self.window.refocus()

    # -- drops, paste and closing -------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, (QDragEnterEvent, QDragMoveEvent)
        ):
            mime = event.mimeData()
            if mime is not None and (_picture_files(mime) or mime.hasImage()):
                event.acceptProposedAction()
                return True
        elif kind is QEvent.Type.Drop and isinstance(event, QDropEvent):
            mime = event.mimeData()
            if mime is not None and self._take_pictures(mime):
                event.acceptProposedAction()
                return True
        elif (
            kind is QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Paste)
        ):
            mime = QGuiApplication.clipboard().mimeData()
            if mime is not None and (
                _picture_files(mime) or (mime.hasImage() and not mime.hasText())
            ):
                return self._take_pictures(mime)
        elif kind is QEvent.Type.Close and watched is self.window:
            self.set_on(False)  # released before the window goes
        return super().eventFilter(watched, event)


def _picture_files(mime: QMimeData | None) -> list[Path]:
    if mime is None or not mime.hasUrls():
        return []
    return [
        Path(url.toLocalFile())
        for url in mime.urls()
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in PICTURE_SUFFIXES
    ]
