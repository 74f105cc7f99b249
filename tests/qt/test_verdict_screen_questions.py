"""Full-screen verdicts: a question a scan cancelled comes back on top of the verdict.

The verdict screen stays on top of every window of the desk (the guest reads it from
3 m). A question asked again after a scan must not wait unseen behind it: it is put
in the same stay-on-top layer and shown after the verdict, so it is above it, and
it has the keyboard, while the scanner guard still takes the next scan from it.
(The offscreen platform has no stacking order to read back; what decides the
stacking under a window manager, the layer and the order of showing, is checked.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from checkin.core.model import VerdictKind
from tests.qt import scanner_sim as sim
from tests.qt.test_scanner_guard import _asked_again, _modal, _while_open

_ON_TOP = Qt.WindowType.WindowStaysOnTopHint
WELCOME_VIP = "Welcome, Prof. Dr. Eberhard Westkämper"


def _on_top(widget: QWidget) -> bool:
    return bool(widget.windowFlags() & _ON_TOP)


def _scan(qtbot, desk, code: str, kind: sim.Kind = sim.KINDS[0]):
    with qtbot.waitSignal(desk.verdictShown, timeout=3000) as blocker:
        sim.scan(code, kind)
    return blocker.args[0]


def _in_front(qtbot, desk, question: QWidget, title: str) -> None:
    """The question is visible above the full-screen verdict and has the keyboard."""
    screen = desk.verdict_screen
    assert screen.isVisible() and screen.labels["title"].text() == title
    assert _on_top(screen) and question.isVisible() and _on_top(question)
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is question.windowHandle())


def test_a_question_a_scan_cancelled_comes_back_above_the_full_screen_verdict(qtbot, desk):
    desk.act_verdict_screen.trigger()
    desk.handle_scan("PLAIN007")
    qtbot.waitUntil(desk.verdict_screen.isVisible)
    guest = desk.store.find_by_code("PLAIN007")[0]
    errors: list[BaseException] = []
    seen: list[str] = []

    def second(box: QMessageBox) -> None:
        _in_front(qtbot, desk, box, "Welcome, Jürgen Müller")
        seen.append("answered")
        box.button(QMessageBox.StandardButton.No).click()

    def first(box: QMessageBox) -> None:
        _in_front(qtbot, desk, box, WELCOME_VIP)
        # The guard still owns the keyboard: the next guest's scan is judged, not typed
        # into the question, which comes back once more.
        verdict = _scan(qtbot, desk, "MUE0005", sim.KINDS[1])
        assert verdict.kind is VerdictKind.ADMITTED
        assert not box.isVisible()
        seen.append("Welcome, Jürgen Müller")
        _asked_again(qtbot, QMessageBox, errors, second)

    def during() -> None:
        box = _modal(qtbot, QMessageBox)
        # Asked over the verdict of the scan before: on top of it already.
        _in_front(qtbot, desk, box, "Welcome, Berta Beispiel")
        verdict = _scan(qtbot, desk, "VIP0001")
        assert verdict.kind is VerdictKind.ADMITTED and not box.isVisible()
        _asked_again(qtbot, QMessageBox, errors, first)

    _while_open(qtbot, desk.undo_last, during)
    if errors:
        raise errors[0]
    assert seen == ["Welcome, Jürgen Müller", "answered"]
    assert desk.store.get_attendee(guest.id).is_checked_in  # the scans answered nothing
    assert QApplication.activeModalWidget() is None


def test_the_pin_prompt_comes_back_above_the_full_screen_verdict_with_its_digits(qtbot, desk):
    desk.apply_settings(desk.settings.with_pin("2468"))
    desk.act_verdict_screen.trigger()
    errors: list[BaseException] = []
    kept: list[str] = []

    def again(prompt: QInputDialog) -> None:
        _in_front(qtbot, desk, prompt, WELCOME_VIP)
        kept.append(prompt.textValue())
        prompt.reject()

    def during() -> None:
        prompt = _modal(qtbot, QInputDialog)
        sim.person_types("24")
        qtbot.waitUntil(lambda: prompt.textValue() == "24")
        _scan(qtbot, desk, "VIP0001", sim.KINDS[2])
        _asked_again(qtbot, QInputDialog, errors, again)

    _while_open(qtbot, desk.open_settings, during)
    if errors:
        raise errors[0]
    assert kept == ["24"] and desk.open_dialog is None


def test_without_the_full_screen_verdict_a_question_stays_a_plain_dialog(qtbot, desk):
    errors: list[BaseException] = []
    flags: list[bool] = []

    def again(box: QMessageBox) -> None:
        flags.append(_on_top(box))
        box.button(QMessageBox.StandardButton.No).click()

    def during() -> None:
        box = _modal(qtbot, QMessageBox)
        flags.append(_on_top(box))
        _scan(qtbot, desk, "VIP0001")
        _asked_again(qtbot, QMessageBox, errors, again)

    _while_open(qtbot, desk.erase_event, during)
    if errors:
        raise errors[0]
    assert flags == [False, False]


def test_a_dialog_the_operator_opens_is_not_hidden_behind_the_full_screen_verdict(
    qtbot, desk
) -> None:
    """Walk-in, edit, settings: the operator asked for it while the guest's verdict was
    still up; the verdict gives way instead of covering the dialog until it times out."""
    desk.act_verdict_screen.trigger()
    desk.handle_scan("PLAIN007")
    qtbot.waitUntil(desk.verdict_screen.isVisible)
    desk.walk_in()
    dialog = desk._open_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert not desk.verdict_screen.isVisible()
    verdict = _scan(qtbot, desk, "MUE0005")  # the next guest: the verdict covers it all
    assert verdict.kind is VerdictKind.ADMITTED
    assert desk.verdict_screen.isVisible()
    dialog.reject()
