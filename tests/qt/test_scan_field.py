from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from checkin.qt.widgets.scan_field import ScanField


@pytest.fixture
def field(qtbot):
    widget = ScanField(looks_like_name=lambda t: t.isalpha() and t.islower())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_enter_submits_and_clears(qtbot, field):
    qtbot.keyClicks(field, "ABCD-1234")
    with qtbot.waitSignal(field.scanned) as blocker:
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert blocker.args == ["ABCD-1234"]
    assert field.text() == ""


def test_tab_submits_and_keeps_focus(qtbot, field):
    field.setFocus()
    qtbot.keyClicks(field, "XYZ987")
    with qtbot.waitSignal(field.scanned) as blocker:
        qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert blocker.args == ["XYZ987"]


def test_typing_waits_for_enter(qtbot, field):
    qtbot.keyClicks(field, "AB12CD34")
    with qtbot.assertNotEmitted(field.scanned, wait=150):
        pass
    assert field.text() == "AB12CD34"
    with qtbot.waitSignal(field.scanned):
        qtbot.keyClick(field, Qt.Key.Key_Enter)


def test_spaces_and_enter_submit_nothing(qtbot, field):
    qtbot.keyClicks(field, "   ")
    with qtbot.assertNotEmitted(field.scanned, wait=50):
        qtbot.keyClick(field, Qt.Key.Key_Return)


def test_letters_typed_by_a_person_switch_to_search_mode(qtbot, field):
    for ch in "mue":
        qtbot.keyClicks(field, ch)  # QTest asserts on non-ASCII keyClicks: ASCII only
    assert not field.searching  # too short: "mue" may be the start of a code
    with qtbot.waitSignal(field.searchChanged):
        qtbot.keyClicks(field, "l")
    assert field.searching
    with qtbot.waitSignal(field.searchMoved) as moved:
        qtbot.keyClick(field, Qt.Key.Key_Down)
    assert moved.args == [1]
    with qtbot.waitSignal(field.searchAccepted), qtbot.assertNotEmitted(field.scanned):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    with qtbot.waitSignal(field.searchCancelled):
        qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not field.searching and field.text() == ""


def test_typing_in_search_mode_stays_a_search(qtbot, field):
    field.start_search("")
    for ch in "Nowa":
        qtbot.keyClicks(field, ch)
    with qtbot.waitSignal(field.searchAccepted), qtbot.assertNotEmitted(field.scanned):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.searching
