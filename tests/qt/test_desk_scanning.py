"""The desk as a person (and a scanner) uses it: real keystrokes, real database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from checkin.core.model import VerdictKind
from checkin.qt.verdict_text import Tone
from tests.qt import scanner_sim
from tests.qt.conftest import TYPO_BASE


def scan(qtbot, window, text):
    """The USB scanner at the desk (5 ms per key, Enter)."""
    with qtbot.waitSignal(window.verdictShown, timeout=3000) as blocker:
        scanner_sim.scan(text)
    return blocker.args[0]


@pytest.mark.parametrize(
    ("typed", "kind", "tone", "title"),
    [
        ("VIP0001", VerdictKind.ADMITTED, Tone.GOOD, "Welcome, Prof. Dr. Eberhard Westkämper"),
        (
            "ANNA0002",
            VerdictKind.ALREADY_CHECKED_IN,
            Tone.WARN,
            "Already checked in at 09:14, Desk 2 (Anna)",
        ),
        ("NOPE9999", VerdictKind.UNKNOWN, Tone.STOP, "Unknown code"),
        (TYPO_BASE[:-1] + "A", VerdictKind.UNKNOWN, Tone.STOP, "Typo? Check the code"),
        ("GONE0003", VerdictKind.CANCELLED, Tone.STOP, "Cancelled"),
        ("DUP0004", VerdictKind.AMBIGUOUS, Tone.STOP, "Code belongs to several people"),
        ("https://example.org/", VerdictKind.INVALID, Tone.STOP, "Invalid input"),
    ],
)
def test_every_verdict_kind_shows_its_banner(qtbot, desk, typed, kind, tone, title):
    verdict = scan(qtbot, desk, typed)
    assert verdict.kind is kind
    assert desk.banner.tone is tone
    assert desk.banner.title.text() == title
    assert desk.scan_field.text() == ""
    assert desk.scan_field.hasFocus()


def test_welcome_shows_category_and_attention_note(qtbot, desk):
    scan(qtbot, desk, "VIP0001")
    assert "Ehrengast" in desk.banner.subtitle.text()
    assert desk.banner.attention.isVisible()
    assert "Protokoll" in desk.banner.attention.text()
    qtbot.waitUntil(
        lambda: desk.details.attendee is not None and desk.details.attendee.code == "VIP0001"
    )


def test_double_fire_is_ignored_not_already_checked_in(qtbot, desk):
    scan(qtbot, desk, "PLAIN007")
    assert desk.banner.tone is Tone.GOOD
    with (
        qtbot.waitSignal(desk.doubleFireIgnored),
        qtbot.assertNotEmitted(desk.verdictShown),
    ):
        scanner_sim.scan("PLAIN007")  # the scanner fires twice (within 3 s)
    assert desk.banner.tone is Tone.GOOD
    desk.scan_clock = lambda: 1e9  # minutes later the same code is judged again
    assert scan(qtbot, desk, "PLAIN007").kind is VerdictKind.ALREADY_CHECKED_IN


def test_next_scan_while_verdict_shows_is_judged_alone(qtbot, desk):
    scan(qtbot, desk, "NOPE9999")
    assert desk.banner.tone is Tone.STOP
    verdict = scan(qtbot, desk, "VIP0001")
    assert verdict.input == "VIP0001"
    assert desk.banner.tone is Tone.GOOD


def test_ambiguous_code_lets_the_operator_pick(qtbot, desk):
    scan(qtbot, desk, "DUP0004")
    assert desk.model.rowCount() == 2
    assert desk.scan_field.searching
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Down)
    picked = desk.selected_attendee()
    with qtbot.waitSignal(desk.verdictShown) as blocker:
        qtbot.keyClick(desk.scan_field, Qt.Key.Key_Return)
    assert blocker.args[0].kind is VerdictKind.ADMITTED
    assert blocker.args[0].attendee.id == picked.id
    assert not desk.scan_field.searching


def test_the_next_guest_can_be_scanned_while_the_desk_waits_for_a_pick(qtbot, desk):
    scan(qtbot, desk, "DUP0004")
    assert desk.scan_field.searching
    verdict = scan(qtbot, desk, "VIP0001")  # the scanner types fast: not a name search
    assert verdict.kind is VerdictKind.ADMITTED and verdict.attendee.code == "VIP0001"
    assert not desk.scan_field.searching
    assert desk.model.rowCount() > 2  # the whole list again, not the two holders


def test_counters_follow_check_ins(qtbot, desk):
    qtbot.waitUntil(lambda: desk.counters.stats is not None)
    before = desk.counters.stats.checked_in
    scan(qtbot, desk, "VIP0001")
    qtbot.waitUntil(lambda: desk.counters.stats.checked_in == before + 1)
    assert f"{before + 1} /" in desk.counters.total.text()


def test_guest_dropped_from_the_list_is_named_as_such(qtbot, desk):
    from dataclasses import replace

    from checkin.core.model import Status

    guest = desk.store.find_by_code("PLAIN007")[0]
    desk.store.update_attendee(replace(guest, status=Status.REMOVED))
    verdict = scan(qtbot, desk, "PLAIN007")
    assert verdict.kind is VerdictKind.CANCELLED
    assert desk.banner.tone is Tone.STOP
    assert desk.banner.title.text() == "Not on the list any more"
    assert "removed from the attendee list" in desk.banner.subtitle.text()
