"""A scan is judged wherever the focus is and answers nothing: every window x every scanner.

The scanner is `scanner_sim`: real QKeyEvents to the focus window, Shift and AltGr
around the characters that need them, timestamps 1-15 ms apart, Enter, Tab or no
suffix. A person is the same keyboard at 60-200 ms per key.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.core.model import Attendee, VerdictKind
from checkin.qt.widgets.scanner_guard import (
    ANSWER_HOLD_MS,
    MIN_CHARS,
    ScannerGuard,
    joined_runs,
)
from tests.qt import scanner_sim as sim

#: A code a German-layout scanner types with Shift and AltGr in it.
ALTGR_CODE = "Zb@7{K}[9]~|\\Q"
CODES = {kind.name: (ALTGR_CODE if i % 2 == 0 else "VIP0001") for i, kind in enumerate(sim.KINDS)}


# -- the guard on its own --------------------------------------------------------------------
@pytest.fixture
def form(qtbot):
    """A dialog with two text fields and a guard that records what it caught."""
    dialog = QDialog()
    dialog.first = QLineEdit(dialog)
    dialog.second = QLineEdit(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(dialog.first)
    layout.addWidget(dialog.second)
    qtbot.addWidget(dialog)
    guard = ScannerGuard(dialog)
    dialog.guard = guard
    dialog.caught = []
    guard.scanned.connect(dialog.caught.append)
    guard.install()
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    dialog.first.setFocus()
    yield dialog
    guard.remove()


@pytest.mark.parametrize("kind", sim.KINDS, ids=str)
@pytest.mark.parametrize(
    "code",
    ["VIP0001", ALTGR_CODE, "https://t.example/c?code=AB12CD", "X" * 6, "Ab3" * 66 + "Zz"],
    ids=["capitals", "altgr", "url", "six", "two-hundred"],
)
def test_every_scanner_is_caught_and_nothing_is_typed(qtbot, form, kind, code):
    sim.person_types("Le")
    qtbot.waitUntil(lambda: form.first.text() == "Le")
    sim.scan(code, kind)
    qtbot.waitUntil(lambda: form.caught == [code])
    assert form.first.text() == "Le" and form.second.text() == ""
    assert form.isVisible() and form.result() == 0  # Enter/Tab did not press a button


@pytest.mark.parametrize("ms", [60, 100, 200])
def test_a_person_is_never_a_scanner(qtbot, form, ms):
    text = "Grażyna Kowalska-Wójcik @home {x} [y]"
    sim.person_types(text, ms)
    qtbot.waitUntil(lambda: form.first.text() == text)
    sim.person_presses(Qt.Key.Key_Tab, "\t")  # moves on to the next field, as typed
    qtbot.waitUntil(lambda: form.second.hasFocus())
    sim.person_types("abcdefghij", ms)
    qtbot.waitUntil(lambda: form.second.text() == "abcdefghij")
    assert form.caught == []


def test_a_short_fast_run_is_typing_and_keeps_its_order(qtbot, form):
    sim.scan("A" * (MIN_CHARS - 1), sim.Kind("short", "none", 5))
    qtbot.waitUntil(lambda: form.first.text() == "A" * (MIN_CHARS - 1))
    sim.type_keys("bc", 200)
    qtbot.waitUntil(lambda: form.first.text() == "AAAAAbc")
    assert form.caught == []


@pytest.mark.parametrize(
    "gaps",
    [{2: 110}, {7: 100, 9: 115, 11: 90}],
    ids=["one-stall-early", "stalls-once-it-is-a-scan"],
)
def test_a_busy_computer_does_not_split_a_scan(qtbot, form, gaps):
    sim.person_types("Le")
    qtbot.waitUntil(lambda: form.first.text() == "Le")
    sim._pause()
    sim.type_keys("DG64VCGKRBAZJD", 5, "enter", gaps)
    qtbot.waitUntil(lambda: form.caught == ["DG64VCGKRBAZJD"])
    assert form.first.text() == "Le" and form.result() == 0


# -- a loaded machine: the app reads keys late, the X server or xdotool stamps them late -------
# The timers are the wall clock's; these tests fire them at the moment a loaded machine
# would (the keys stamped 5 ms after the last one still queued, not yet read).


@pytest.mark.parametrize("first", ["D", "DG"], ids=["after-one-key", "after-two-keys"])
def test_a_hold_timer_due_before_the_queued_keys_are_read_takes_the_scan_whole(qtbot, form, first):
    sim.person_types("Le")
    qtbot.waitUntil(lambda: form.first.text() == "Le")
    sim._pause()
    sim.type_keys(first, 5)  # read at once
    with sim.queued():  # stamped 5 ms apart, still in the queue when the timer is due
        sim.type_keys("DG64VCGKRBAZJD"[len(first) :], 5, "enter")
    form.guard._hold_expired()  # what the timer does when it fires now
    qtbot.waitUntil(lambda: form.caught == ["DG64VCGKRBAZJD"])
    assert form.first.text() == "Le" and form.second.text() == "" and form.result() == 0


def test_a_silence_timer_due_before_the_queued_keys_are_read_does_not_split_the_scan(qtbot, form):
    sim._pause()
    sim.type_keys("DG64VCGK", 5)  # a scan by now, without suffix
    with sim.queued():
        sim.type_keys("RBAZJ", 5)
    form.guard._silence_expired()
    qtbot.waitUntil(lambda: form.caught == ["DG64VCGKRBAZJ"], timeout=2000)
    assert form.first.text() == "" and form.second.text() == ""


@pytest.mark.parametrize("gap", [50, 100, 120])
def test_a_stall_after_the_first_key_loses_nothing(qtbot, form, gap):
    """xdotool or the X server stalled after the first key; the app read both late."""
    sim.person_types("Le")
    qtbot.waitUntil(lambda: form.first.text() == "Le")
    sim._pause()
    sim.type_keys("DG64VCGKRBAZJD", 5, "enter", gaps={1: gap})
    qtbot.waitUntil(lambda: form.caught == ["DG64VCGKRBAZJD"])
    assert form.first.text() == "Le" and form.result() == 0


# -- a sender that stalls longer than a run may: its first keys went to the field -------------
@pytest.mark.parametrize(
    ("released", "known", "joined"),
    [
        # (text, first stamp, last stamp) of the runs released, oldest first; the burst
        # "G64VCG" begins at 1000 ms
        ([], set(), 0),
        ([("D", 700, 700)], set(), 0),  # 300 ms before: a person's pace, codes silent
        ([("D", 800, 800)], set(), 1),  # 200 ms: sooner than a person turns to a scanner
        ([("D", 100, 100)], {"DG64VCG"}, 1),  # 900 ms, but only the joined is a code
        ([("D", 800, 800)], {"G64VCG"}, 0),  # the burst alone is the code
        ([("l", 800, 800)], {"G64VCG", "lG64VCG"}, 1),  # both codes: the timing decides
        ([("l", 600, 600)], {"G64VCG", "lG64VCG"}, 0),
        ([("D", -100, -100)], {"DG64VCG"}, 0),  # over JOIN_MS before: never
        ([("x", 100, 100), ("D", 600, 600)], {"xDG64VCG"}, 2),  # stalled twice
        ([("x", 300, 300), ("D", 900, 900)], set(), 1),  # only the last came that soon
    ],
)
def test_which_released_keys_a_burst_takes_back(released, known, joined):
    knows = known.__contains__ if known else None
    assert joined_runs(released, "G64VCG", 1000, knows) == joined


def _released_to(qtbot, field: QLineEdit, text: str) -> None:
    """The sender stalls after `text`: the guard's own timer releases it as a person's."""
    sim._pause()
    sim.type_keys(text, 5)
    qtbot.waitUntil(lambda: field.text().endswith(text))


@pytest.mark.parametrize("gap", [200, 250])
def test_a_stall_longer_than_a_run_may_have_still_takes_the_first_key_back(qtbot, form, gap):
    """xdotool stalled 200 ms after "D" (the stamps say so): "D" went into the field."""
    sim.person_types("Le")
    qtbot.waitUntil(lambda: form.first.text() == "Le")
    _released_to(qtbot, form.first, "D")
    sim.type_keys("G64VCGKRBAZJD", 5, "enter", gaps={0: gap})
    qtbot.waitUntil(lambda: form.caught == ["DG64VCGKRBAZJD"])
    assert form.first.text() == "Le" and form.result() == 0


@pytest.mark.parametrize("first", ["D", "DG"])
def test_a_long_stall_is_joined_where_only_the_whole_is_a_code(qtbot, form, first):
    form.guard.knows = {"DG64VCGKRBAZJD"}.__contains__
    form.first.setText("Kowal")
    form.first.setCursorPosition(2)  # typed in the middle: the field shows it as before
    sim._pause()
    sim.type_keys(first, 5)
    qtbot.waitUntil(lambda: form.first.text() == "Ko" + first + "wal")
    sim.type_keys("DG64VCGKRBAZJD"[len(first) :], 5, "none", gaps={0: 900})
    qtbot.waitUntil(lambda: form.caught == ["DG64VCGKRBAZJD"], timeout=2000)
    assert form.first.text() == "Kowal" and form.first.cursorPosition() == 2


def test_a_person_just_before_a_scan_keeps_what_they_typed(qtbot, form):
    """Typed, and 100 ms later the guest held the phone under a fixed scanner: the code
    alone is a code, the person's last key stays theirs."""
    form.guard.knows = {"DG64VCGKRBAZJD"}.__contains__
    sim.person_types("Kowal")
    qtbot.waitUntil(lambda: form.first.text() == "Kowal")
    sim.type_keys("DG64VCGKRBAZJD", 5, "enter", gaps={0: 100})
    qtbot.waitUntil(lambda: form.caught == ["DG64VCGKRBAZJD"])
    assert form.first.text() == "Kowal"


def test_a_field_changed_since_its_keys_were_released_is_left_alone(qtbot, form):
    form.guard.knows = {"DG64VCGKRBAZJD"}.__contains__
    _released_to(qtbot, form.first, "D")
    form.first.setText("Nowak")  # a click, a paste: the field is not what the keys left
    sim.type_keys("G64VCGKRBAZJD", 5, "enter", gaps={0: 200})
    qtbot.waitUntil(lambda: form.caught == ["G64VCGKRBAZJD"])
    assert form.first.text() == "Nowak"


def test_a_stalled_scanner_never_answers_a_question_with_its_first_letter(qtbot, form):
    box = QMessageBox(QMessageBox.Icon.Question, "Undo", "Undo?", parent=form)
    box.addButton("&Ja", QMessageBox.ButtonRole.YesRole)
    box.addButton("&Nein", QMessageBox.ButtonRole.NoRole)
    clicked = []
    box.buttonClicked.connect(clicked.append)
    box.open()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is box.windowHandle())
    sim._pause()
    sim.type_keys("J", 5)  # the "J" of "JTEB4NR665UNNU", then the sender stalls
    assert form.guard._hold.interval() == ANSWER_HOLD_MS  # a letter there waits longer
    sim.type_keys("TEB4NR665UNNU", 5, "none", gaps={0: ANSWER_HOLD_MS - 50})
    qtbot.waitUntil(lambda: form.caught == ["JTEB4NR665UNNU"], timeout=2000)
    assert clicked == [] and box.isVisible()
    box.reject()


def test_a_scanner_with_a_suffix_stalling_inside_its_code_is_one_scan(qtbot, form):
    sim.scan("K7QW3M9PXZ", sim.Kind("enter", "enter", 5))  # it ends its scans with Enter
    qtbot.waitUntil(lambda: form.caught == ["K7QW3M9PXZ"])
    sim._pause()
    sim.type_keys("DG64VCGKRBAZJD", 5, "enter", gaps={8: 600})
    qtbot.waitUntil(lambda: form.caught[1:] == ["DG64VCGKRBAZJD"], timeout=3000)
    assert form.first.text() == "" and form.result() == 0


def test_a_scanner_with_a_suffix_stalling_before_its_enter_presses_nothing(qtbot, form):
    ok = QPushButton("OK", form)
    ok.setDefault(True)
    ok.clicked.connect(form.accept)
    form.layout().addWidget(ok)
    ok.show()
    sim.scan("K7QW3M9PXZ", sim.Kind("enter", "enter", 5))
    qtbot.waitUntil(lambda: form.caught == ["K7QW3M9PXZ"])
    sim._pause()
    sim.type_keys("DG64VCGKRBAZJD", 5)
    sim.person_presses(Qt.Key.Key_Return, "\r", ms_after=600)  # its Enter, stalled
    qtbot.waitUntil(lambda: form.caught[1:] == ["DG64VCGKRBAZJD"], timeout=3000)
    assert form.isVisible() and form.result() == 0


def test_a_long_stall_after_the_first_key_in_the_scan_field_loses_nothing(qtbot, desk):
    with qtbot.waitSignal(desk.verdictShown, timeout=3000) as blocker:
        sim._pause()
        sim.type_keys("VIP0001", 5, "enter", gaps={1: 700})
    assert blocker.args[0].kind is VerdictKind.ADMITTED
    assert blocker.args[0].attendee.code == "VIP0001"
    assert desk.scan_field.text() == ""


@pytest.mark.parametrize("gap", [50, 100, 120])
def test_a_stall_after_the_first_key_in_the_scan_field_loses_nothing(qtbot, desk, gap):
    with qtbot.waitSignal(desk.verdictShown, timeout=3000) as blocker:
        sim._pause()
        sim.type_keys("VIP0001", 5, "enter", gaps={1: gap})
    assert blocker.args[0].kind is VerdictKind.ADMITTED
    assert blocker.args[0].attendee.code == "VIP0001"
    assert desk.scan_field.text() == ""


def test_a_hold_timer_due_before_the_scan_fields_queued_keys_takes_the_scan_whole(qtbot, zora):
    sim._pause()
    sim.type_keys(ALTGR_CODE[:2], 5)  # "Z" went into the field, "b" is held
    with qtbot.waitSignal(zora.verdictShown, timeout=3000) as blocker:
        with sim.queued():
            sim.type_keys(ALTGR_CODE[2:], 5, "enter")
        zora.scanner_guard._hold_expired()
    assert blocker.args[0].kind is VerdictKind.ADMITTED
    assert blocker.args[0].attendee.code == ALTGR_CODE
    assert zora.scan_field.text() == ""


@pytest.mark.parametrize("ms", [46, 60, 100, 120])
def test_a_person_after_one_hiccup_is_still_typing(qtbot, form, ms):
    """The first gap may be a stall now: a person typing on stays a person."""
    sim._pause()
    sim.type_keys("Kowalski-Wójcik", ms, gaps={1: 30, 3: 35})
    qtbot.waitUntil(lambda: form.first.text() == "Kowalski-Wójcik")
    assert form.caught == []


def test_a_person_in_the_scan_field_sees_each_key_at_once(qtbot, desk):
    sim._pause()
    for i, char in enumerate("nowak"):
        sim.type_keys(char, 100)
        assert desk.scan_field.text() == "nowak"[: i + 1]  # no key waits for the next


def test_a_person_rolling_two_keys_is_still_typing(qtbot, form):
    sim._pause()
    sim.type_keys("Kowalski", 150, gaps={1: 30, 2: 100, 5: 35})  # "Ko" rolled, then "li"
    qtbot.waitUntil(lambda: form.first.text() == "Kowalski")
    assert form.caught == []


def test_an_enter_just_after_a_scan_without_suffix_is_its_suffix(qtbot, form):
    sim.scan("K7QW3M9P", sim.Kind("late", "none", 5))
    qtbot.waitUntil(lambda: form.caught == ["K7QW3M9P"])
    sim.person_presses(Qt.Key.Key_Return, "\r", ms_after=60)  # 60 ms after the last key
    assert form.isVisible() and form.result() == 0


def test_a_scan_never_answers_a_message_box(qtbot, form):
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Undo",
        "Undo?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        form,
    )
    box.button(QMessageBox.StandardButton.Yes).setText("&Ja")
    clicked = []
    box.buttonClicked.connect(clicked.append)
    box.open()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is box.windowHandle())
    sim.scan("JAJAJAJA", sim.Kind("j", "none", 5))  # "J" is the mnemonic of "Ja"
    qtbot.waitUntil(lambda: form.caught == ["JAJAJAJA"])
    assert clicked == [] and box.isVisible()
    box.reject()


def test_a_person_still_answers_a_message_box_with_a_letter(qtbot, form):
    box = QMessageBox(QMessageBox.Icon.Question, "Undo", "Undo?", parent=form)
    yes = box.addButton("&Ja", QMessageBox.ButtonRole.YesRole)
    box.addButton("&Nein", QMessageBox.ButtonRole.NoRole)
    box.open()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is box.windowHandle())
    with qtbot.waitSignal(box.finished):
        sim.person_types("j")
    assert box.clickedButton() is yes


# -- every window of the desk x every scanner -----------------------------------------------
@pytest.fixture
def zora(desk):
    desk.store.add_attendee(Attendee(code=ALTGR_CODE, first_name="Zora", last_name="Sonder"))
    return desk


def _fields(desk) -> dict[int, object]:
    """What a person could change in any open window: texts, choices, ticks, numbers."""
    seen: dict[int, object] = {}
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in top.findChildren(QWidget):
            if widget is desk.scan_field:
                continue
            if isinstance(widget, QLineEdit):
                value: object = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                value = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                value = widget.currentIndex()
            elif isinstance(widget, QAbstractSpinBox):
                value = widget.text()
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                value = widget.isChecked()
            else:
                continue
            seen[id(widget)] = value
    return seen


def _judged(qtbot, desk, code: str, kind: sim.Kind) -> None:
    """Scan `code` into the focus window; it must be judged, and change nothing else."""
    before = _fields(desk)
    guests = desk.store.count_attendees()
    with qtbot.waitSignal(desk.verdictShown, timeout=3000) as blocker:
        sim.scan(code, kind)
    verdict = blocker.args[0]
    assert verdict.kind is VerdictKind.ADMITTED and verdict.attendee.code == code
    assert desk.banner.title.text().startswith("Welcome")
    assert desk.store.count_attendees() == guests  # no walk-in made of the code
    after = _fields(desk)
    changed = {
        k: (before[k], after[k]) for k in before.keys() & after.keys() if before[k] != after[k]
    }
    assert not changed, f"the scan changed fields: {changed}"
    assert desk.scan_field.text() == ""


def _focus_on(qtbot, window: QWidget) -> None:
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())


def _while_open(qtbot, opener: Callable[[], object], during: Callable[[], None]) -> None:
    """Run `during` inside the event loop of a blocking dialog that `opener` shows."""
    errors: list[BaseException] = []

    def step() -> None:
        try:
            during()
        except BaseException as exc:  # noqa: BLE001 - re-raised below, after the dialog closed
            errors.append(exc)
        finally:
            modal = QApplication.activeModalWidget()
            while modal is not None and isinstance(modal, QDialog) and modal.isVisible():
                modal.reject()  # never leave the test hanging in a dialog
                QApplication.processEvents()
                nxt = QApplication.activeModalWidget()
                if nxt is modal:
                    break
                modal = nxt

    QTimer.singleShot(0, step)
    opener()
    if errors:
        raise errors[0]


def _modal(qtbot, kind: type) -> QWidget:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    widget = QApplication.activeModalWidget()
    _focus_on(qtbot, widget)
    return widget


def window_scan_field(qtbot, desk, code, kind, monkeypatch):
    _judged(qtbot, desk, code, kind)
    assert desk.scan_field.hasFocus()


def window_search_text(qtbot, desk, code, kind, monkeypatch):
    sim.person_types("kühn")
    qtbot.waitUntil(lambda: desk.scan_field.searching and desk.scan_field.text() == "kühn")
    _judged(qtbot, desk, code, kind)
    assert not desk.scan_field.searching


def window_walk_in(qtbot, desk, code, kind, monkeypatch):
    desk.walk_in()
    dialog = desk.open_dialog
    _focus_on(qtbot, dialog)
    dialog.first_name.setFocus()
    sim.person_types("Grażyna")
    dialog.last_name.setFocus()
    sim.person_types("Kowal")
    qtbot.waitUntil(lambda: dialog.last_name.text() == "Kowal")
    _judged(qtbot, desk, code, kind)
    assert dialog.isVisible() and dialog.last_name.text() == "Kowal"
    dialog.reject()


def window_edit(qtbot, desk, code, kind, monkeypatch):
    desk.start_search()
    sim.person_types("beispiel")
    qtbot.waitUntil(lambda: desk.selected_attendee() is not None)
    desk.edit_selected()
    dialog = desk.open_dialog
    _focus_on(qtbot, dialog)
    dialog.company.setFocus()
    _judged(qtbot, desk, code, kind)
    assert dialog.isVisible()
    assert desk.store.find_by_code("PLAIN007")[0].company == ""
    dialog.reject()


def window_settings(qtbot, desk, code, kind, monkeypatch):
    desk.open_settings()
    dialog = desk.open_dialog
    _focus_on(qtbot, dialog)
    dialog.desk.setFocus()
    _judged(qtbot, desk, code, kind)
    assert dialog.isVisible() and dialog.desk.text() == "Desk 1"
    assert desk.settings.desk == "Desk 1"
    dialog.reject()


def window_import(qtbot, desk, code, kind, monkeypatch):
    from checkin.qt.dialogs.questions import FilePrompt

    monkeypatch.setattr(FilePrompt, "ask", classmethod(lambda cls, parent: None))
    desk.import_list()
    dialog = desk.open_dialog
    _focus_on(qtbot, dialog)
    _judged(qtbot, desk, code, kind)
    assert dialog.isVisible()
    dialog.reject()


def window_file_dialog(qtbot, desk, code, kind, monkeypatch):
    def during() -> None:
        files = _modal(qtbot, QFileDialog)
        _judged(qtbot, desk, code, kind)
        assert files.isVisible()  # a file dialog is no question: it stays for the operator
        assert all(not e.text() or e.text() == ".." for e in files.findChildren(QLineEdit))

    _while_open(qtbot, desk.import_list, during)  # closes the file and the import dialog


def _asked_again(qtbot, kind: type, errors: list[BaseException], answer) -> None:  # noqa: ANN001
    """Once the question a scan cancelled is on the screen again, `answer(question)`.

    The scan's verdict is shown inside the question's event loop; the question comes
    back when that loop has ended, so this waits for it in the next one."""

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if not (isinstance(modal, kind) and modal.isVisible()):
            QTimer.singleShot(10, poll)
            return
        try:
            answer(modal)
        except BaseException as exc:  # noqa: BLE001 - re-raised by the test
            errors.append(exc)
            modal.reject()

    QTimer.singleShot(0, poll)


def window_undo_question(qtbot, desk, code, kind, monkeypatch):
    desk.handle_scan("PLAIN007")
    guest = desk.store.find_by_code("PLAIN007")[0]
    assert guest.is_checked_in
    seen: dict[str, object] = {}
    errors: list[BaseException] = []

    def again(box: QMessageBox) -> None:
        seen["again"] = box.text()
        assert desk.banner.title.text().startswith("Welcome")  # the verdict came first
        box.button(QMessageBox.StandardButton.No).click()  # the person answers now

    def during() -> None:
        box = _modal(qtbot, QMessageBox)
        seen["asked"] = box.text()
        _judged(qtbot, desk, code, kind)
        seen["closed"] = not box.isVisible()
        _asked_again(qtbot, QMessageBox, errors, again)

    _while_open(qtbot, desk.undo_last, during)
    if errors:
        raise errors[0]
    assert seen["closed"], "the question must be cancelled by the scan"
    assert seen["again"] == seen["asked"] == "Undo the check-in of Berta Beispiel?"
    assert desk.store.get_attendee(guest.id).is_checked_in  # not undone
    assert desk.banner.title.text().startswith("Welcome")  # the new verdict stays
    assert QApplication.activeModalWidget() is None


def window_erase_question(qtbot, desk, code, kind, monkeypatch):
    erased = []
    desk.eraseRequested.connect(lambda: erased.append(True))
    errors: list[BaseException] = []
    again: list[str] = []

    def answer(box: QMessageBox) -> None:
        again.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    def during() -> None:
        _modal(qtbot, QMessageBox)
        _judged(qtbot, desk, code, kind)
        _asked_again(qtbot, QMessageBox, errors, answer)

    _while_open(qtbot, desk.erase_event, during)
    if errors:
        raise errors[0]
    assert erased == [] and len(again) == 1 and again[0].startswith("Erase every guest")


def window_pin_prompt(qtbot, desk, code, kind, monkeypatch):
    desk.apply_settings(desk.settings.with_pin("2468"))
    errors: list[BaseException] = []
    seen: dict[str, object] = {}

    def answer(prompt: QInputDialog) -> None:
        seen["kept"] = prompt.textValue()
        _focus_on(qtbot, prompt)
        # Asked again, the prompt keeps what was typed, selected (dots: the organiser
        # cannot see how much), so typing the whole PIN again replaces it.
        sim.person_types("2468")
        qtbot.waitUntil(lambda: prompt.textValue() == "2468")
        sim.person_presses(Qt.Key.Key_Return, "\r")

    def during() -> None:
        prompt = _modal(qtbot, QInputDialog)
        sim.person_types("24")
        qtbot.waitUntil(lambda: prompt.textValue() == "24")
        _judged(qtbot, desk, code, kind)
        seen["closed"] = not prompt.isVisible()
        _asked_again(qtbot, QInputDialog, errors, answer)

    _while_open(qtbot, desk.open_settings, during)
    if errors:
        raise errors[0]
    assert seen == {"closed": True, "kept": "24"}
    dialog = desk.open_dialog  # the PIN, finished after the scan, opened the settings
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def window_namesake_question(qtbot, desk, code, kind, monkeypatch):
    """A walk-in named like a registered guest who has not arrived: asked which it is."""
    desk.walk_in()
    dialog = desk.open_dialog
    dialog.first_name.setText("Berta")
    dialog.last_name.setText("Beispiel")
    errors: list[BaseException] = []
    seen: list[str] = []

    def answer(box: QMessageBox) -> None:
        seen.append(box.text())
        next(b for b in box.buttons() if "Berta Beispiel" in b.text()).click()

    def during() -> None:
        _modal(qtbot, QMessageBox)
        _judged(qtbot, desk, code, kind)
        _asked_again(qtbot, QMessageBox, errors, answer)

    guests = desk.store.count_attendees()
    _while_open(qtbot, dialog.accept, during)
    if errors:
        raise errors[0]
    assert len(seen) == 1 and "Berta Beispiel" in seen[0]
    assert desk.store.find_by_code("PLAIN007")[0].is_checked_in  # the answer given after
    assert desk.store.count_attendees() == guests  # no duplicate walk-in


def window_badge_check_question(qtbot, desk, code, kind, monkeypatch):
    """Ctrl+P on a name no badge can hold asks first; a scan comes between."""
    desk.store.add_attendee(
        Attendee(code="LONG0009", first_name="Maxi", last_name="Lang" + "-Lang" * 1000)
    )
    desk.start_search()
    sim.person_types("maxi")
    qtbot.waitUntil(lambda: (desk.selected_attendee() or Attendee("")).code == "LONG0009")
    errors: list[BaseException] = []
    seen: list[str] = []

    def answer(box: QMessageBox) -> None:
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    def during() -> None:
        _modal(qtbot, QMessageBox)
        _judged(qtbot, desk, code, kind)
        _asked_again(qtbot, QMessageBox, errors, answer)

    with qtbot.assertNotEmitted(desk.printer.printed, wait=100):
        _while_open(qtbot, desk.print_selected, during)
    if errors:
        raise errors[0]
    assert len(seen) == 1 and "Print it anyway?" in seen[0]


def window_dashboard(qtbot, desk, code, kind, monkeypatch):
    if not desk.act_dashboard.isEnabled():
        pytest.skip("no dashboard in this build")
    desk.act_dashboard.trigger()
    qtbot.waitUntil(lambda: desk.tabs.currentIndex() == 1)
    _judged(qtbot, desk, code, kind)
    assert desk.tabs.currentIndex() == 0


def window_batch_print(qtbot, desk, code, kind, monkeypatch):
    if not desk.act_print_batch.isEnabled():
        pytest.skip("no badge printing in this build")
    desk.act_print_batch.trigger()
    dialog = _modal(qtbot, QDialog)
    _judged(qtbot, desk, code, kind)
    assert dialog.isVisible()
    dialog.reject()


def window_printer_settings(qtbot, desk, code, kind, monkeypatch):
    if not desk.act_printer.isEnabled():
        pytest.skip("no badge printing in this build")

    def during() -> None:
        dialog = _modal(qtbot, QDialog)
        _judged(qtbot, desk, code, kind)
        assert dialog.isVisible()

    _while_open(qtbot, desk.act_printer.trigger, during)


def window_menu(qtbot, desk, code, kind, monkeypatch):
    menu = desk.menuBar().actions()[0].menu()
    menu.popup(desk.mapToGlobal(desk.rect().center()))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
    triggered = []
    menu.triggered.connect(triggered.append)
    _judged(qtbot, desk, code, kind)
    assert triggered == [] and not menu.isVisible()


WINDOWS = {
    name.removeprefix("window_"): fn for name, fn in globals().items() if name.startswith("window_")
}


#: The offscreen platform cannot raise a menu or grab the keyboard for it, and says so.
_OFFSCREEN_MENU = pytest.mark.qt_log_ignore(
    r"This plugin does not support (raise\(\)|grabbing the keyboard)"
)


def test_a_long_stall_in_the_file_dialog_leaves_no_file_name(qtbot, zora):
    """The first two keys went into the file name (the sender stalled 700 ms): taken back."""

    def during() -> None:
        files = _modal(qtbot, QFileDialog)
        name = QApplication.focusWidget()
        assert isinstance(name, QLineEdit)
        sim._pause()
        sim.type_keys(ALTGR_CODE[:2], 5)
        qtbot.waitUntil(lambda: name.text() == ALTGR_CODE[:2])
        with qtbot.waitSignal(zora.verdictShown, timeout=3000) as shown:
            sim.type_keys(ALTGR_CODE[2:], 5, "enter", gaps={0: 700})
        assert shown.args[0].kind is VerdictKind.ADMITTED
        assert shown.args[0].attendee.code == ALTGR_CODE
        assert name.text() == "" and files.isVisible()

    _while_open(qtbot, zora.import_list, during)


@pytest.mark.parametrize(("key", "text"), [(Qt.Key.Key_Space, " "), (Qt.Key.Key_Return, "\r")])
def test_a_person_answers_the_namesake_question_from_the_keyboard(qtbot, desk, key, text):
    """Space (or Enter) on "Berta Beispiel einchecken", through the guard: she is checked
    in (the button a held Space was replayed to read as "cancel": nothing happened)."""
    desk.walk_in()
    dialog = desk.open_dialog
    dialog.first_name.setText("Berta")
    dialog.last_name.setText("Beispiel")

    def during() -> None:
        box = _modal(qtbot, QMessageBox)
        guest = next(b for b in box.buttons() if "Berta Beispiel" in b.text())
        guest.setFocus()
        sim._pause()
        if text == " ":
            sim.type_keys(text, 150)
        else:
            sim.person_presses(key, text)
        qtbot.waitUntil(lambda: not box.isVisible())

    guests = desk.store.count_attendees()
    with qtbot.waitSignal(desk.verdictShown, timeout=3000) as shown:
        _while_open(qtbot, dialog.accept, during)
    assert shown.args[0].attendee.code == "PLAIN007"
    assert desk.store.find_by_code("PLAIN007")[0].is_checked_in
    assert desk.store.count_attendees() == guests


@pytest.mark.parametrize("kind", sim.KINDS, ids=str)
@pytest.mark.parametrize(
    "window",
    [pytest.param(w, marks=_OFFSCREEN_MENU) if w == "menu" else w for w in WINDOWS],
    ids=str,
)
def test_every_window_every_scanner(qtbot, zora, monkeypatch, window, kind):
    WINDOWS[window](qtbot, zora, CODES[kind.name], kind, monkeypatch)


def test_a_scan_of_only_spaces_is_ignored(qtbot, desk):
    sim.scan("VIP0001")
    qtbot.waitUntil(lambda: desk.banner.title.text().startswith("Welcome"))
    with qtbot.assertNotEmitted(desk.verdictShown, wait=300):
        sim.scan(" " * 8, sim.Kind("spaces", "enter", 5))
    assert desk.banner.title.text().startswith("Welcome")


def test_a_person_typing_a_code_and_enter_is_judged(qtbot, desk):
    sim.person_types("VIP0001", 120)
    qtbot.waitUntil(lambda: desk.scan_field.text() == "VIP0001")
    with qtbot.waitSignal(desk.verdictShown) as blocker:
        sim.person_presses(Qt.Key.Key_Return, "\r")
    assert blocker.args[0].attendee.code == "VIP0001"


def test_a_person_typing_a_name_searches_without_delay(qtbot, desk):
    sim.person_types("nowak", 100)
    assert desk.scan_field.text() == "nowak"  # a person's keys reach the scan field at once
    qtbot.waitUntil(lambda: desk.scan_field.searching and desk.selected_attendee() is not None)
    assert desk.selected_attendee().last_name == "Nowak"


@pytest.mark.parametrize("kind", sim.KINDS, ids=str)
def test_a_scan_of_only_spaces_is_no_reset_from_any_scanner(qtbot, desk, kind):
    desk.scan_clock = lambda: 0.0  # one moment: the double-fire rule must not be what stops it
    sim.scan("VIP0001", kind)
    qtbot.waitUntil(lambda: desk.banner.title.text().startswith("Welcome"))
    stamp = desk.banner.stamp.text()
    with qtbot.assertNotEmitted(desk.verdictShown, wait=300):
        sim.scan(" " * 12, kind)
    assert desk.banner.title.text().startswith("Welcome")  # the verdict stays, not "Ready"
    assert desk.banner.stamp.text() == stamp  # "Read: VIP0001 · 09:30", no new scan
    assert desk.scan_field.text().strip() == "" and not desk.scan_field.searching


def test_a_person_typing_only_spaces_and_enter_resets_nothing(qtbot, desk):
    sim.scan("VIP0001")
    qtbot.waitUntil(lambda: desk.banner.title.text().startswith("Welcome"))
    sim.person_types("   ", 120)
    with qtbot.assertNotEmitted(desk.verdictShown, wait=300):
        sim.person_presses(Qt.Key.Key_Return, "\r")
    assert desk.banner.title.text().startswith("Welcome")


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("IZ17-T2WB-DLYN", "iz17 t2wb dlyn"),
        ("IZ17T2WBDLYN", "iz17 t2wb dlyn"),
        ("IZ17-T2WB-DLYN", "IZ17 T2WB DLYN"),
        # Begins like a name ("tkp"): the field searches, finds nobody, Enter judges it.
        ("TKPB-KFG3-CGQT-3H", "tkpb kfg3 cgqt 3h"),
        ("TKPBKFG3CGQT3H", "tkpb kfg3 cgqt 3h"),
    ],
)
def test_a_code_typed_by_hand_with_spaces_is_found(qtbot, desk, stored, typed):
    desk.store.add_attendee(Attendee(code=stored, first_name="Ida", last_name="Zander"))
    sim.person_types(typed, 120)  # a person, key by key: it reaches the field as typed
    qtbot.waitUntil(lambda: desk.scan_field.text() == typed)
    with qtbot.waitSignal(desk.verdictShown) as blocker:
        sim.person_presses(Qt.Key.Key_Return, "\r")
    verdict = blocker.args[0]
    assert verdict.kind is VerdictKind.ADMITTED and verdict.attendee.code == stored
    assert desk.banner.title.text() == "Welcome, Ida Zander"
