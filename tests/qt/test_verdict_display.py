"""Every verdict is visibly new: flash, code as read, time, details that follow, full screen."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from checkin.core.model import Attendee, Verdict, VerdictKind
from checkin.qt.verdict_text import Tone, describe
from checkin.qt.widgets.verdict_banner import COLOURS
from tests.qt import scanner_sim as sim


def scan(qtbot, desk, code, kind=sim.KINDS[0]):
    with qtbot.waitSignal(desk.verdictShown, timeout=3000) as blocker:
        sim.scan(code, kind)
    return blocker.args[0]


def settled(qtbot, desk):
    qtbot.waitUntil(lambda: not desk.banner.flashing)
    return desk.banner.grab().toImage()


def test_two_unknown_codes_in_a_row_look_different(qtbot, desk, clock):
    scan(qtbot, desk, "NOPE1111")
    first_words = desk.banner.stamp.text()
    first = settled(qtbot, desk)
    clock.now += timedelta(seconds=4)
    scan(qtbot, desk, "NOPE2222")
    second = settled(qtbot, desk)
    assert desk.banner.title.text() == "Unknown code"
    assert "NOPE1111" in first_words and "09:30:00" in first_words
    assert "NOPE2222" in desk.banner.stamp.text() and "09:30:04" in desk.banner.stamp.text()
    assert first != second  # not pixel-identical


def test_the_same_verdict_again_reads_a_new_time(qtbot, desk, clock):
    scan(qtbot, desk, "PLAIN007")
    clock.now += timedelta(seconds=65)
    desk.scan_clock = lambda: 1e6  # minutes later: no double fire
    scan(qtbot, desk, "PLAIN007")
    assert desk.banner.title.text().startswith("Already checked in")
    assert "09:31:05" in desk.banner.stamp.text()


def test_a_verdict_arrives_with_a_flash(qtbot, desk):
    scan(qtbot, desk, "NOPE3333")
    tone = QColor(COLOURS[Tone.STOP][0])
    assert desk.banner.flashing
    painted = desk.banner.palette().color(QPalette.ColorRole.Window)
    assert painted.lightness() > tone.lightness()  # a light tint first
    qtbot.waitUntil(lambda: not desk.banner.flashing)
    assert desk.banner.palette().color(QPalette.ColorRole.Window) == tone


def test_the_details_follow_the_verdict(qtbot, desk):
    scan(qtbot, desk, "VIP0001")
    qtbot.waitUntil(
        lambda: desk.details.attendee is not None and desk.details.attendee.code == "VIP0001"
    )
    scan(qtbot, desk, "NOPE4444")
    assert desk.details.attendee is None  # at once, not the VIP under a red banner
    assert desk.selected_attendee() is None
    assert desk.details.heading.text() == "No guest selected"


def test_the_attention_note_is_in_the_banner_and_no_note_says_nothing(qtbot, desk):
    desk.store.add_attendee(
        Attendee(code="ROLL0008", first_name="Rita", last_name="Rad", attention=True)
    )
    scan(qtbot, desk, "VIP0001")
    assert desk.banner.attention.isVisible()
    assert desk.banner.attention.text() == "⚠ Begleitung durch das Protokoll"
    scan(qtbot, desk, "ROLL0008")
    assert not desk.banner.attention.isVisible() and desk.banner.attention.text() == ""
    flagged = Attendee(code="X", first_name="A", attention=True, id=9)
    assert describe(Verdict(VerdictKind.ADMITTED, "X", code="X", attendee=flagged)).attention == ""


def test_on_a_big_screen_the_banner_reaches_the_middle_of_the_window(qtbot, desk):
    desk.resize(1920, 1080)
    qtbot.waitUntil(lambda: desk.height() == 1080)
    top = desk.banner.mapTo(desk, QPoint(0, 0)).y()
    qtbot.waitUntil(lambda: desk.banner.height() == 540 - top)
    assert desk.banner.height() > 300


def test_full_screen_verdicts(qtbot, desk):
    desk.act_verdict_screen.trigger()
    assert desk.settings.verdict_fullscreen
    screen = desk.verdict_screen
    scan(qtbot, desk, "VIP0001")
    qtbot.waitUntil(screen.isVisible)
    area = desk.screen().geometry()
    assert screen.geometry() == area
    title = screen.labels["title"]
    assert title.text() == "Welcome, Prof. Dr. Eberhard Westkämper"
    assert title.font().pixelSize() >= area.height() * 0.09  # readable at 3 m
    assert "VIP0001" in screen.labels["stamp"].text()
    assert "Protokoll" in screen.labels["attention"].text()
    # The keyboard stays with the desk: the next guest's scan is judged.
    assert QGuiApplication.focusWindow() is desk.windowHandle()
    verdict = scan(qtbot, desk, "NOPE5555")
    assert verdict.kind is VerdictKind.UNKNOWN
    assert screen.labels["title"].text() == "Unknown code"
    with qtbot.waitSignal(screen.dismissed):
        qtbot.mouseClick(screen, Qt.MouseButton.LeftButton)
    assert not screen.isVisible()
    desk.banner.set_display_seconds(0.1)
    scan(qtbot, desk, "PLAIN007")
    qtbot.waitUntil(screen.isVisible)
    qtbot.waitUntil(lambda: not screen.isVisible(), timeout=3000)  # gone with the verdict
    desk.act_verdict_screen.trigger()
    assert not desk.settings.verdict_fullscreen
