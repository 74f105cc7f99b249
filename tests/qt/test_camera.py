"""The camera view, fed real frames: QR codes drawn with qrcode, spoilt, wrapped as
QVideoFrames and pushed through the QVideoSink a camera fills (PictureSource). The
decoder is the real one; this machine has no camera, which is a case of its own."""

from __future__ import annotations

import sqlite3

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
)
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat
from PySide6.QtWidgets import QApplication

from checkin.core.model import ScanSource, VerdictKind
from checkin.core.sightings import GONE_AFTER
from checkin.qt.camera.choice import CodesChoice
from checkin.qt.camera.decoder import FrameDecoder
from checkin.qt.camera.frames import decode_frame
from checkin.qt.camera.sources import PictureSource, yuv_frame
from checkin.qt.operations import Operations
from tests.qr_images import DEGRADATIONS, on_canvas, qr


def qimage(picture: Image.Image) -> QImage:
    grey = picture.convert("L")
    return QImage(
        grey.tobytes(), grey.width, grey.height, grey.width, QImage.Format.Format_Grayscale8
    ).copy()


def yuyv_frame(picture: Image.Image) -> QVideoFrame:
    """Packed 4:2:2, as many USB webcams send it: Y U Y V per two pixels."""
    grey = picture.convert("L")
    width, height = grey.width & ~1, grey.height
    frame = QVideoFrame(
        QVideoFrameFormat(
            QImage(width, height, QImage.Format.Format_RGB32).size(),
            QVideoFrameFormat.PixelFormat.Format_YUYV,
        )
    )
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    plane, stride = frame.bits(0), frame.bytesPerLine(0)
    pixels = grey.tobytes()
    for y in range(height):
        row = bytearray(stride)
        row[0 : 2 * width : 2] = pixels[y * grey.width : y * grey.width + width]
        row[1 : 2 * width : 2] = b"\x80" * width
        plane[y * stride : (y + 1) * stride] = bytes(row)
    frame.unmap()
    return frame


class Clock:
    """The camera desk's monotonic clock, moved by the test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def camera(desk):
    """The desk's camera view on a picture source (a test camera), switched on."""
    source = PictureSource()
    clock = Clock()
    desk.camera.make_source = lambda: source
    desk.camera.now = clock
    desk.camera.set_on(True)
    source.stop()  # frames only when the test pushes them: no timing in the test
    source.clock = clock
    return source


def push_until_verdict(qtbot, desk, source, picture) -> object:
    source.show_picture(qimage(picture) if isinstance(picture, Image.Image) else picture)
    with qtbot.waitSignal(desk.verdictShown, timeout=5000) as blocker:
        source.push()
    return blocker.args[0]


def decoded_once(qtbot, desk, source) -> None:
    """Push one frame and wait until the decoder has reported it."""
    qtbot.waitUntil(lambda: not desk.camera.decoder.busy)
    with qtbot.waitSignal(desk.camera.decoder.decoded, timeout=5000):
        source.push()


# -- frames --------------------------------------------------------------------------------
@pytest.mark.parametrize("spoilt", sorted(DEGRADATIONS))
@pytest.mark.parametrize("wrap", ["nv12", "yuyv", "rgb"])
def test_spoilt_codes_read_from_every_kind_of_frame(qapp, spoilt, wrap):
    payload = "https://pretix.example/org/ev/ticket/?secret=pz4n8bq2c6xh7k3tmwv5jd9ryfe2gsa8"
    picture = DEGRADATIONS[spoilt](payload)
    if wrap == "nv12":
        frame = yuv_frame(qimage(picture))
    elif wrap == "yuyv":
        frame = yuyv_frame(picture)
    else:
        frame = QVideoFrame(qimage(picture).convertToFormat(QImage.Format.Format_RGB32))
    # The frames take turns between two passes; within two, the code is read.
    texts = {c.text for attempt in (0, 1) for c in decode_frame(frame, attempt)}
    assert texts == {payload}


def test_frames_arriving_while_the_decoder_works_are_dropped_not_queued(qtbot, qapp):
    operations = Operations()
    decoder = FrameDecoder(operations)
    results = []
    decoder.decoded.connect(results.append)
    frame = yuv_frame(qimage(on_canvas([qr("VIP0001")])))
    try:
        assert decoder.offer(frame)
        assert not decoder.offer(frame) and not decoder.offer(frame)  # still in work
        qtbot.waitUntil(lambda: len(results) == 1)
        assert [c.text for c in results[0].codes] == ["VIP0001"]
        assert decoder.dropped == 2 and decoder.offered == 3
        assert decoder.offer(frame)  # idle again: the next frame is taken
        qtbot.waitUntil(lambda: len(results) == 2)
    finally:
        operations.shutdown()


# -- the desk --------------------------------------------------------------------------
def test_a_code_in_view_is_judged_like_a_scan(qtbot, desk, camera, store):
    picture = DEGRADATIONS["perspective"]("https://tickets.example/t?code=VIP0001")
    verdict = push_until_verdict(qtbot, desk, camera, picture)
    assert verdict.kind is VerdictKind.ADMITTED and verdict.attendee.code == "VIP0001"
    assert verdict.repaired == "url"  # the URL payload went through the scanner's cleaning
    assert desk.banner.title.text() == "Welcome, Prof. Dr. Eberhard Westkämper"
    conn = sqlite3.connect(store.path)
    (source,) = conn.execute("SELECT source FROM log ORDER BY id DESC LIMIT 1").fetchone()
    conn.close()
    assert source == ScanSource.CAMERA == "camera"
    assert desk.scan_field.hasFocus()  # the keyboard and the scanner still go on


def test_a_code_held_in_view_is_one_scan_and_shown_again_a_repeat(qtbot, desk, camera):
    verdicts = []
    desk.verdictShown.connect(verdicts.append)
    push_until_verdict(qtbot, desk, camera, on_canvas([qr("PLAIN007")]))
    for _ in range(5):  # held up: frame after frame, no new verdict
        camera.clock.now += 0.1
        decoded_once(qtbot, desk, camera)
    assert [v.kind for v in verdicts] == [VerdictKind.ADMITTED]
    camera.show_picture(None)  # the phone is taken away ...
    camera.clock.now += 0.1
    decoded_once(qtbot, desk, camera)
    camera.clock.now += GONE_AFTER + 0.1
    decoded_once(qtbot, desk, camera)
    again = push_until_verdict(qtbot, desk, camera, on_canvas([qr("PLAIN007")]))  # ... and back
    assert again.kind is VerdictKind.ALREADY_CHECKED_IN
    assert len(verdicts) == 2


def test_a_shared_code_asks_and_the_next_code_in_view_moves_the_queue_on(qtbot, desk, camera):
    shared = push_until_verdict(qtbot, desk, camera, on_canvas([qr("DUP0004")]))
    assert shared.kind is VerdictKind.AMBIGUOUS and desk.scan_field.searching  # a pick waits
    assert desk.model.rowCount() == 2
    camera.clock.now += 0.1
    nxt = push_until_verdict(qtbot, desk, camera, on_canvas([qr("PLAIN007")]))
    assert nxt.kind is VerdictKind.ADMITTED and not desk.scan_field.searching


def test_two_codes_in_view_are_never_judged_silently(qtbot, desk, camera):
    verdicts = []
    desk.verdictShown.connect(verdicts.append)
    camera.show_picture(qimage(on_canvas([qr("VIP0001"), qr("PLAIN007")])))
    decoded_once(qtbot, desk, camera)
    qtbot.waitUntil(lambda: isinstance(desk.open_dialog, CodesChoice))
    choice = desk.open_dialog
    assert verdicts == [] and choice.codes == ("VIP0001", "PLAIN007")
    labels = " ".join(label.text() for label in choice.findChildren(type(choice.results[0])))
    assert "Prof. Dr. Eberhard Westkämper" in labels and "Berta Beispiel" in labels
    offered = desk.camera.decoder.offered
    camera.push()  # still both in view: while the person decides, frames are not decoded
    assert desk.camera.decoder.offered == offered and verdicts == []
    choice.judge_row(1)
    assert [v.attendee.code for v in verdicts] == ["PLAIN007"]
    assert choice.results[1].text() == "Welcome, Berta Beispiel"
    choice.judge_all()
    assert [v.attendee.code for v in verdicts] == ["PLAIN007", "VIP0001"]
    choice.reject()
    qtbot.waitUntil(lambda: desk.open_dialog is None)
    camera.clock.now += 0.1
    decoded_once(qtbot, desk, camera)  # the same two still held up: nothing new
    assert len(verdicts) == 2 and desk.open_dialog is None


def test_the_preview_is_mirrored_with_a_guide_box(qtbot, desk, camera):
    left_dark = QImage(1280, 720, QImage.Format.Format_Grayscale8)
    left_dark.fill(QColor("white"))
    for x in range(640):
        for y in range(0, 720, 8):
            left_dark.setPixelColor(x, y, QColor("black"))
    camera.show_picture(left_dark)
    view = desk.camera.view
    view.resize(640, 360)
    with qtbot.waitSignal(view.painted):
        camera.push()
        view.repaint()
    shot = view.grab().toImage()
    # The scene's dark left half shows on the right, as in a mirror.
    assert QColor(shot.pixel(600, 100)).lightness() < QColor(shot.pixel(40, 100)).lightness()
    assert view.showing_picture and not view.message.isVisible()


def test_switching_off_and_closing_release_the_camera(qtbot, desk, camera):
    camera.start()
    assert camera.active and desk.camera.dock.isVisible()
    desk.camera.action.trigger()  # the toolbar button / Ctrl+K
    assert not camera.active and not desk.camera.on and not desk.camera.dock.isVisible()
    desk.camera.action.trigger()
    assert desk.camera.on
    camera.start()
    desk.close()
    assert not camera.active and not desk.camera.on


def test_without_a_camera_the_view_says_so_and_the_desk_goes_on(qtbot, desk):
    # The real QCamera path: this machine (like the CI machine) has no camera.
    desk.camera.set_on(True)
    assert desk.camera.view.message.text() == (
        "No camera found. Scan with the scanner or type the code."
    )
    assert "No camera found" in desk.statusBar().currentMessage()
    with qtbot.waitSignal(desk.verdictShown) as blocker:
        qtbot.keyClicks(desk.scan_field, "PLAIN007")
        qtbot.keyClick(desk.scan_field, Qt.Key.Key_Return)
    assert blocker.args[0].kind is VerdictKind.ADMITTED
    desk.camera.set_on(False)
    assert desk.camera.view.message.text() == "Camera is off"


# -- pictures -------------------------------------------------------------------------
def _drop(desk, mime: QMimeData) -> None:
    """A drag from the file manager onto the scan field: enter, move, drop."""
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(20, 10), *args)
    QApplication.sendEvent(desk.scan_field, enter)
    assert enter.isAccepted()  # the field would take a file name as text otherwise
    QApplication.sendEvent(desk.scan_field, QDragMoveEvent(QPoint(22, 10), *args))
    drop = QDropEvent(QPointF(22, 10), *args)
    QApplication.sendEvent(desk.scan_field, drop)
    assert drop.isAccepted()


def test_a_dropped_picture_with_two_tickets_shows_both(qtbot, desk, tmp_path):
    path = tmp_path / "tickets.jpg"
    on_canvas([qr("VIP0001"), qr('{"code": "PLAIN007"}')]).convert("RGB").save(path, quality=60)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    _drop(desk, mime)
    qtbot.waitUntil(lambda: isinstance(desk.open_dialog, CodesChoice), timeout=5000)
    choice = desk.open_dialog
    assert choice.windowTitle() == "Several codes in the picture"
    with qtbot.waitSignals([desk.verdictShown, desk.verdictShown]):
        choice.judge_all()
    assert [r.text() for r in choice.results] == [
        "Welcome, Prof. Dr. Eberhard Westkämper",
        "Welcome, Berta Beispiel",
    ]
    assert desk.scan_field.text() == ""  # the file's name was not typed in
    choice.reject()


def test_a_pasted_screenshot_is_judged(qtbot, desk):
    QGuiApplication.clipboard().setImage(qimage(DEGRADATIONS["inverted (dark mode)"]("VIP0001")))
    with qtbot.waitSignal(desk.verdictShown, timeout=5000) as blocker:
        qtbot.keyClick(desk.scan_field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args[0].attendee.code == "VIP0001"
    QGuiApplication.clipboard().clear()


def test_a_picture_without_a_code_says_so(qtbot, desk):
    blank = QImage(800, 600, QImage.Format.Format_RGB32)
    blank.fill(QColor("beige"))
    mime = QMimeData()
    mime.setImageData(blank)
    _drop(desk, mime)
    qtbot.waitUntil(lambda: desk.banner.title.text() == "No code found in the picture")
    assert desk.last_verdict is None  # nothing judged, nothing refused


def test_an_unreadable_picture_file_says_so(qtbot, desk, tmp_path):
    path = tmp_path / "ticket.png"
    path.write_bytes(b"this is no PNG")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    _drop(desk, mime)
    qtbot.waitUntil(lambda: desk.banner.title.text() == "This picture cannot be read")


def test_the_camera_speaks_german_at_a_german_desk(qapp, tmp_path):
    from checkin.qt import i18n
    from checkin.qt.camera.view import CameraView

    translators = i18n.Translators()
    try:
        assert translators.install("de", tmp_path)
        view = CameraView()
        assert view.message.text() == "Kamera ist aus"
        assert view.torch.text() == "Licht"
        view.deleteLater()
    finally:
        translators.install("en")


def test_the_chosen_camera_and_resolution_are_remembered(qapp, qsettings):
    from checkin.qt.dialogs.settings_dialog import SettingsDialog
    from checkin.qt.settings import DeskSettings

    remembered = DeskSettings(camera_id="2f6465762f766964656f30", camera_resolution="1920x1080")
    dialog = SettingsDialog(remembered, ["de", "en"])
    # No camera on this machine: the chosen one stays chosen, shown as not connected.
    assert dialog.camera.device.currentText() == "The chosen camera (not connected now)"
    assert dialog.camera.resolution.currentData() == "1920x1080"
    dialog.settings().save(qsettings)
    again = DeskSettings.load(qsettings)
    assert (again.camera_id, again.camera_resolution) == ("2f6465762f766964656f30", "1920x1080")
    dialog.camera.device.setCurrentIndex(0)
    dialog.camera.resolution.setCurrentIndex(0)
    assert (dialog.settings().camera_id, dialog.settings().camera_resolution) == ("", "")
    dialog.deleteLater()


def test_switching_on_twice_starts_one_source(qtbot, desk):
    made = []

    def make():
        made.append(PictureSource())
        return made[-1]

    desk.camera.make_source = make
    desk.camera.set_on(True)
    desk.camera.set_on(True)
    desk.camera.action.setChecked(True)
    assert len(made) == 1 and desk.camera.action.isChecked()
    desk.camera.set_on(False)
    assert not made[0].active and not desk.camera.action.isChecked()


# -- the one scan path -------------------------------------------------------------------
def test_camera_and_scanner_each_keep_their_own_double_fire_rule(qtbot, desk, camera):
    """The scanner's 3 s rule is the scanner's; a camera's repeats are its sightings'."""
    from tests.qt import scanner_sim

    desk.scan_clock = lambda: 100.0  # everything below happens within 3 s
    verdicts = []
    desk.verdictShown.connect(verdicts.append)
    with qtbot.waitSignal(desk.verdictShown):
        scanner_sim.scan("PLAIN007")
    # The same ticket held to the camera a moment later: a scan of its own, judged.
    held = push_until_verdict(qtbot, desk, camera, on_canvas([qr("PLAIN007")]))
    assert held.kind is VerdictKind.ALREADY_CHECKED_IN
    for _ in range(3):  # held up: one scan
        camera.clock.now += 0.1
        decoded_once(qtbot, desk, camera)
    assert len(verdicts) == 2
    camera.show_picture(None)  # out of view for longer than a missed frame ...
    camera.clock.now += GONE_AFTER + 0.1
    decoded_once(qtbot, desk, camera)
    again = push_until_verdict(qtbot, desk, camera, on_canvas([qr("PLAIN007")]))  # ... back
    assert again.kind is VerdictKind.ALREADY_CHECKED_IN and len(verdicts) == 3
    # The scanner firing its code twice is still one scan, camera reads in between or not.
    with qtbot.waitSignal(desk.doubleFireIgnored), qtbot.assertNotEmitted(desk.verdictShown):
        scanner_sim.scan("PLAIN007")
    assert len(verdicts) == 3


def test_a_camera_read_drops_the_search_typed_before(qtbot, desk, camera):
    from tests.qt import scanner_sim

    scanner_sim.person_types("kühn")
    qtbot.waitUntil(lambda: desk.scan_field.searching and desk.scan_field.text() == "kühn")
    verdict = push_until_verdict(qtbot, desk, camera, on_canvas([qr("VIP0001")]))
    assert verdict.kind is VerdictKind.ADMITTED
    assert desk.scan_field.text() == "" and not desk.scan_field.searching


def test_a_camera_read_cancels_an_open_question_which_is_asked_again(qtbot, desk, camera):
    """Ctrl+Z asks about the previous guest; the next one holds up a phone: judged first."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    desk.handle_scan("PLAIN007")
    berta = desk.store.find_by_code("PLAIN007")[0]
    seen: dict[str, object] = {}
    errors: list[BaseException] = []

    def answer_again(tries: int = 0) -> None:
        box = QApplication.activeModalWidget()
        if not (isinstance(box, QMessageBox) and box.isVisible()):
            if tries < 500:
                QTimer.singleShot(10, lambda: answer_again(tries + 1))
            return
        seen["asked again"] = box.text()
        seen["banner then"] = desk.banner.title.text()
        box.button(QMessageBox.StandardButton.No).click()

    def while_asked() -> None:
        box = QApplication.activeModalWidget()
        try:
            assert isinstance(box, QMessageBox) and box.text() == (
                "Undo the check-in of Berta Beispiel?"
            )
            seen["verdict"] = push_until_verdict(qtbot, desk, camera, on_canvas([qr("VIP0001")]))
            seen["closed"] = not box.isVisible()
        except BaseException as exc:  # noqa: BLE001 - re-raised below
            errors.append(exc)
            box.reject()
            return
        QTimer.singleShot(0, answer_again)

    QTimer.singleShot(0, while_asked)
    desk.undo_last()
    if errors:
        raise errors[0]
    assert seen["verdict"].kind is VerdictKind.ADMITTED
    assert seen["verdict"].attendee.code == "VIP0001"
    assert seen["closed"] is True
    assert seen["asked again"] == "Undo the check-in of Berta Beispiel?"
    assert seen["banner then"] == "Welcome, Prof. Dr. Eberhard Westkämper"
    assert desk.store.get_attendee(berta.id).is_checked_in  # answered "no": nothing undone
    assert QApplication.activeModalWidget() is None
