from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from checkin.qt.widgets.scan_field import BurstDetector, ScanField


class FakeClock:
    """Monotonic seconds the test advances by hand: timing without sleeping."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def field(qtbot, clock):
    widget = ScanField(clock=clock, looks_like_name=lambda t: t.isalpha() and t.islower())
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


def test_burst_without_suffix_is_a_scan(qtbot, field):
    # keyClicks types faster than any person: a scanner without Enter/Tab suffix.
    with qtbot.waitSignal(field.scanned) as blocker:
        qtbot.keyClicks(field, "K7QW3M9P")
    assert blocker.args == ["K7QW3M9P"]


def test_slow_typing_waits_for_enter(qtbot, field, clock):
    for ch in "AB12":
        clock.now += 0.2
        qtbot.keyClicks(field, ch)
    with qtbot.assertNotEmitted(field.scanned, wait=300):
        pass
    assert field.text() == "AB12"
    with qtbot.waitSignal(field.scanned):
        qtbot.keyClick(field, Qt.Key.Key_Enter)


def test_double_fire_within_three_seconds_is_ignored(qtbot, field, clock):
    with qtbot.waitSignal(field.scanned):
        qtbot.keyClicks(field, "CODE42")
        qtbot.keyClick(field, Qt.Key.Key_Return)
    clock.now += 1.0
    with qtbot.waitSignal(field.doubleFireIgnored), qtbot.assertNotEmitted(field.scanned):
        qtbot.keyClicks(field, "CODE42")
        qtbot.keyClick(field, Qt.Key.Key_Return)
    clock.now += 3.5
    with qtbot.waitSignal(field.scanned):
        qtbot.keyClicks(field, "CODE42")
        qtbot.keyClick(field, Qt.Key.Key_Return)


def test_letters_typed_by_a_person_switch_to_search_mode(qtbot, field, clock):
    for ch in "mue":
        clock.now += 0.15
        qtbot.keyClicks(field, ch)  # QTest asserts on non-ASCII keyClicks: ASCII only
    assert not field.searching  # too short to tell a person from a scanner
    clock.now += 0.15
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


def test_burst_detector():
    d = BurstDetector(gap=0.03, min_chars=3)
    for t in (0.0, 0.01, 0.02):
        d.key(t)
    assert d.is_burst
    d.key(0.5)
    assert not d.is_burst


def test_scanner_burst_of_letters_stays_a_scan(qtbot, field):
    with qtbot.waitSignal(field.scanned) as blocker:
        qtbot.keyClicks(field, "abcdefgh")
    assert blocker.args == ["abcdefgh"]
    assert not field.searching


def test_a_burst_while_picking_is_the_next_guests_scan(qtbot, field):
    field.start_pick()  # as after "code belongs to several people"
    with (
        qtbot.waitSignal(field.searchCancelled),
        qtbot.waitSignal(field.scanned) as blocker,
        qtbot.assertNotEmitted(field.searchAccepted),
    ):
        qtbot.keyClicks(field, "VIP0001")
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert blocker.args == ["VIP0001"]
    assert not field.searching and field.text() == ""


def test_a_burst_without_suffix_while_picking_is_a_scan_too(qtbot, field):
    field.start_pick()
    with qtbot.waitSignal(field.scanned) as blocker:
        qtbot.keyClicks(field, "K7QW3M9P")
    assert blocker.args == ["K7QW3M9P"] and not field.searching


def test_a_code_scanned_into_a_search_is_a_scan_but_a_fast_name_is_not(qtbot, field):
    field.start_search("")  # F2
    with qtbot.waitSignal(field.scanned) as blocker:
        qtbot.keyClicks(field, "VIP0001")
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert blocker.args == ["VIP0001"]
    field.start_search("")
    with qtbot.waitSignal(field.searchAccepted), qtbot.assertNotEmitted(field.scanned):
        qtbot.keyClicks(field, "nowak")
        qtbot.keyClick(field, Qt.Key.Key_Return)


def test_typing_in_search_mode_stays_a_search(qtbot, field, clock):
    field.start_search("")
    for ch in "Nowa":
        clock.now += 0.2
        qtbot.keyClicks(field, ch)
    with qtbot.waitSignal(field.searchAccepted), qtbot.assertNotEmitted(field.scanned):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.searching
