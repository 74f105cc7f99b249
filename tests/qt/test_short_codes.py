"""Codes shorter than the guard's `MIN_CHARS` are real: a scanner's short burst is judged.

pretix's order codes have 5 characters ("GBQWQ" in tests/fixtures/real/pretix), lists
have their own short codes ("P03"). A scanner types them at 1-15 ms per key with its
Enter or Tab; a person never types four keys in a row that fast. Without a suffix a
short run cannot be told from a person and stays typing
(test_scanner_guard.test_a_short_fast_run_is_typing_and_keeps_its_order).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from checkin.core.model import Attendee, ScanSource, VerdictKind
from checkin.qt.widgets.scanner_guard import SHORT_MIN_CHARS
from tests.qt import scanner_sim as sim

SHORT_KINDS = [k for k in sim.KINDS if k.suffix != "none"] + [sim.Kind("enter-1ms", "enter", 1)]


@pytest.mark.parametrize("kind", SHORT_KINDS, ids=str)
@pytest.mark.parametrize("code", ["GBQWQ", "P03", "a7Z", "Q@7{"], ids=str)
def test_a_short_burst_with_its_suffix_is_a_scan(qtbot, form, kind, code):
    sim.person_types("Le")
    qtbot.waitUntil(lambda: form.field.text() == "Le")
    sim.scan(code, kind)
    qtbot.waitUntil(lambda: form.caught == [code])
    assert form.field.text() == "Le"
    assert form.isVisible() and form.result() == 0  # its Enter pressed nothing


@pytest.mark.parametrize("ms", [60, 100, 200])
@pytest.mark.parametrize("text", ["abc", "P03", "GBQWQ", "ja"])
def test_a_person_typing_a_short_text_and_enter_is_typing(qtbot, form, ms, text):
    with qtbot.waitSignal(form.accepted):
        sim.person_types(text, ms)
        sim.person_presses(Qt.Key.Key_Return, "\r", ms_after=ms)
    assert form.field.text() == text and form.caught == []


@pytest.mark.parametrize(
    ("text", "gaps"),
    [
        ("abc", {}),  # a fast roll: 30 ms per key
        ("abcd", {2: 21}),  # one key only just slower than a scanner
        ("GBQWQ", {4: 25}),
    ],
    ids=["roll-30ms", "one-key-21ms", "last-key-25ms"],
)
def test_a_fast_person_is_not_a_short_scan(qtbot, form, text, gaps):
    sim._pause()
    with qtbot.waitSignal(form.accepted):
        sim.type_keys(text, 30 if not gaps else 5, gaps=gaps)
        sim.person_presses(Qt.Key.Key_Return, "\r", ms_after=30 if not gaps else 5)
    assert form.field.text() == text and form.caught == []


def test_an_enter_late_after_a_short_fast_run_is_typing(qtbot, form):
    sim._pause()
    with qtbot.waitSignal(form.accepted):
        sim.type_keys("GBQWQ", 5)
        sim.person_presses(Qt.Key.Key_Return, "\r", ms_after=80)
    assert form.field.text() == "GBQWQ" and form.caught == []


def test_below_the_minimum_a_burst_is_typing(qtbot, form):
    """Two keys and Enter a person may hit at once: too few to be sure of a scanner."""
    sim._pause()
    with qtbot.waitSignal(form.accepted):
        sim.type_keys("Q" * (SHORT_MIN_CHARS - 1), 5, "enter")
    assert form.field.text() == "Q" * (SHORT_MIN_CHARS - 1) and form.caught == []


# -- at the desk ---------------------------------------------------------------------------
@pytest.fixture
def short(desk):
    desk.store.add_attendee(Attendee(code="GBQWQ", first_name="Kim", last_name="Park"))
    return desk


def _scanned_verdict(qtbot, desk, kind):
    with qtbot.waitSignal(desk.verdictShown, timeout=3000) as blocker:
        sim.scan("GBQWQ", kind)
    verdict = blocker.args[0]
    assert verdict.kind is VerdictKind.ADMITTED and verdict.attendee.code == "GBQWQ"
    assert desk.store.log_for(verdict.attendee.id)[-1].source is ScanSource.SCANNER
    assert desk.scan_field.text() == ""
    return verdict


@pytest.mark.parametrize("kind", SHORT_KINDS, ids=str)
def test_a_short_code_scanned_at_the_desk_is_judged(qtbot, short, kind):
    _scanned_verdict(qtbot, short, kind)


@pytest.mark.parametrize("kind", SHORT_KINDS, ids=str)
def test_a_short_code_scanned_into_the_walk_in_is_judged_and_adds_nobody(qtbot, short, kind):
    short.walk_in()
    dialog = short.open_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    dialog.last_name.setFocus()
    sim.person_types("Kowal")
    qtbot.waitUntil(lambda: dialog.last_name.text() == "Kowal")
    guests = short.store.count_attendees()
    _scanned_verdict(qtbot, short, kind)
    assert dialog.isVisible() and dialog.last_name.text() == "Kowal"
    assert short.store.count_attendees() == guests
    dialog.reject()
