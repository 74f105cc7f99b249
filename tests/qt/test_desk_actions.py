"""Search, undo, walk-in, edit and the focus rule, driven from the keyboard."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from checkin.core.model import VerdictKind
from checkin.qt.dialogs.attendee_dialog import AttendeeDialog
from checkin.qt.dialogs.questions import Confirm
from checkin.qt.verdict_text import Tone


def test_f2_search_select_and_check_in_with_the_keyboard(qtbot, desk):
    qtbot.keyClick(desk, Qt.Key.Key_F2)
    assert desk.scan_field.searching
    qtbot.keyClicks(desk.scan_field, "muller")  # German-aware: finds Müller and Mueller
    names = {desk.model.attendee_at(r).last_name for r in range(desk.model.rowCount())}
    assert names == {"Müller", "Mueller"}
    first = desk.selected_attendee()
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Down)
    second = desk.selected_attendee()
    assert second.id != first.id
    with qtbot.waitSignal(desk.verdictShown) as blocker:
        qtbot.keyClick(desk.scan_field, Qt.Key.Key_Return)
    verdict = blocker.args[0]
    assert verdict.kind is VerdictKind.ADMITTED and verdict.attendee.id == second.id
    assert not desk.scan_field.searching
    assert desk.scan_field.hasFocus()
    assert desk.store.get_attendee(second.id).is_checked_in


def test_letters_typed_by_hand_start_a_search_and_esc_returns(qtbot, desk):
    qtbot.keyClicks(desk.scan_field, "Nowak")
    assert desk.scan_field.searching
    assert desk.selected_attendee().last_name == "Nowak"
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Escape)
    assert not desk.scan_field.searching
    assert desk.model.rowCount() == desk.store.count_attendees()
    assert desk.scan_field.hasFocus()


def test_undo_last_check_in_of_this_desk_after_confirmation(qtbot, desk, monkeypatch):
    qtbot.keyClicks(desk.scan_field, "VIP0001")
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Return)
    guest = desk.store.find_by_code("VIP0001")[0]
    assert guest.is_checked_in
    asked = []

    def ask(cls, parent, title, text):
        asked.append(text)
        return True

    monkeypatch.setattr(Confirm, "ask", classmethod(ask))
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert asked and "Westkämper" in asked[0]
    assert not desk.store.get_attendee(guest.id).is_checked_in
    assert desk.banner.title.text() == "Check-in undone"
    assert desk.scan_field.hasFocus()


def test_undo_declined_keeps_the_check_in(qtbot, desk, monkeypatch):
    qtbot.keyClicks(desk.scan_field, "VIP0001")
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Return)
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *a: False))
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.store.find_by_code("VIP0001")[0].is_checked_in


def test_walk_in_is_added_and_checked_in_and_focus_returns(qtbot, desk):
    before = desk.store.count_attendees()
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = desk.open_dialog
    assert isinstance(dialog, AttendeeDialog)
    qtbot.keyClicks(dialog.first_name, "Lena")
    qtbot.keyClicks(dialog.last_name, "Spontan")
    qtbot.keyClicks(dialog.company, "Presseamt")
    with qtbot.waitSignal(desk.verdictShown) as blocker:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    verdict = blocker.args[0]
    assert verdict.kind is VerdictKind.ADMITTED and verdict.attendee.walk_in
    assert desk.banner.tone is Tone.GOOD and "Lena Spontan" in desk.banner.title.text()
    assert desk.store.count_attendees() == before + 1
    qtbot.waitUntil(lambda: desk.open_dialog is None and desk.scan_field.hasFocus())


def test_walk_in_needs_a_name(qtbot, desk):
    desk.walk_in()
    dialog = desk.open_dialog
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.problem.text()
    dialog.reject()
    qtbot.waitUntil(lambda: desk.scan_field.hasFocus())


def test_edit_fixes_a_typo_in_the_name(qtbot, desk):
    qtbot.keyClick(desk, Qt.Key.Key_F2)
    qtbot.keyClicks(desk.scan_field, "beispiel")
    assert desk.selected_attendee().last_name == "Beispiel"
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = desk.open_dialog
    assert isinstance(dialog, AttendeeDialog)
    dialog.first_name.setText("Bertha")
    dialog.accept()
    guest = desk.store.find_by_code("PLAIN007")[0]
    assert guest.first_name == "Bertha"
    assert dialog.result() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: desk.details.values["display_name"].text() == "Bertha Beispiel")
    qtbot.waitUntil(lambda: desk.scan_field.hasFocus())


def test_a_guest_renamed_here_moves_to_their_place_with_the_selection(qtbot, desk):
    """The whole list shown (no search): the row goes where the new name sorts, and the
    table's current row, the details and Ctrl+E stay on that guest."""
    desk.scan("PLAIN007")  # Berta Beispiel, selected by the verdict
    qtbot.waitUntil(lambda: desk.selected_attendee() is not None)
    berta = desk.selected_attendee()
    assert berta.code == "PLAIN007" and desk.model.row_of(berta.id) == 0
    desk.edit_selected()
    dialog = desk.open_dialog
    dialog.last_name.setText("Zwick")
    dialog.accept()
    qtbot.waitUntil(lambda: desk.model.row_of(berta.id) == desk.model.rowCount() - 1)
    order = [desk.model.attendee_at(r).id for r in range(desk.model.rowCount())]
    assert order == desk.store.attendee_ids()
    assert desk.table.currentIndex().row() == desk.model.row_of(berta.id)
    assert desk.selected_attendee().code == "PLAIN007"
    qtbot.waitUntil(lambda: desk.details.values["display_name"].text() == "Berta Zwick")


def test_dialog_cancelled_returns_focus_to_scan_field(qtbot, desk):
    desk.open_settings()
    assert desk.open_dialog is not None
    desk.open_dialog.reject()
    qtbot.waitUntil(lambda: desk.scan_field.hasFocus())


def test_history_lists_the_check_in(qtbot, desk):
    qtbot.keyClicks(desk.scan_field, "VIP0001")
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.details.history.count() >= 1)
    assert "checked in" in desk.details.history.item(desk.details.history.count() - 1).text()


def test_print_badge_without_a_printer_saves_a_pdf_and_says_where(qtbot, desk, tmp_path):
    qtbot.keyClick(desk, Qt.Key.Key_F2)
    qtbot.keyClicks(desk.scan_field, "beispiel")
    assert desk.act_print.isEnabled()
    with qtbot.waitSignal(desk.printer.printed, timeout=30_000) as blocker:
        qtbot.keyClick(desk.scan_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert desk.statusBar().currentMessage() == "Saving badge for Berta Beispiel as PDF…"
    saved = tmp_path / "badges" / "badge-PLAIN007.pdf"
    assert blocker.args[0].saved_to == str(saved)
    assert desk.statusBar().currentMessage() == f"Badge for Berta Beispiel saved as PDF: {saved}"
    assert saved.read_bytes().startswith(b"%PDF") and saved.stat().st_mode & 0o777 == 0o600
    assert desk.printer.already_printed(blocker.args[0].attendee) is None  # nobody has it yet
    assert desk.scan_field.hasFocus()


@pytest.mark.cups
@pytest.mark.skipif(shutil.which("lpstat") is None, reason="CUPS client (lpstat) not installed")
@pytest.mark.parametrize(
    ("queue", "words"),
    [
        ("checkin-pdf", "Badge for Berta Beispiel printed to checkin-pdf"),
        (
            "checkin-pdf-paused",
            "Badge for Berta Beispiel failed: Printer checkin-pdf-paused is paused or has a "
            "problem (paper? ribbon?).",
        ),
    ],
)
def test_print_badge_on_the_real_queue_says_printed_or_why_not(qtbot, desk, queue, words):
    from dataclasses import replace

    desk.printer.settings = replace(desk.printer.settings, printer=queue)
    qtbot.keyClick(desk, Qt.Key.Key_F2)
    qtbot.keyClicks(desk.scan_field, "beispiel")
    with qtbot.waitSignal(desk.printer.printed, timeout=30_000):
        qtbot.keyClick(desk.scan_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert desk.statusBar().currentMessage() == "Printing badge for Berta Beispiel…"
    assert desk.statusBar().currentMessage() == words
    assert not (desk.printer.pdf_folder).exists()


def test_dashboard_tab_is_embedded(qtbot, desk):
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert desk.dashboard is not None
    assert desk.tabs.currentWidget() is desk.dashboard
    qtbot.keyClick(desk, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.scan_field.hasFocus())


def test_the_details_panel_fits_its_half_of_the_desk(qtbot, desk):
    # Four action buttons in one row made the panel scroll sideways and cut the name.
    assert desk.details.minimumSizeHint().width() <= 400


def test_a_badge_that_cannot_be_made_says_whose_and_why(qtbot, desk):
    from dataclasses import replace

    desk.printer.settings = replace(desk.printer.settings, layout="no-such-layout")
    qtbot.keyClick(desk, Qt.Key.Key_F2)
    qtbot.keyClicks(desk.scan_field, "beispiel")
    with qtbot.waitSignal(desk.printer.printFailed, timeout=30_000):
        qtbot.keyClick(desk.scan_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert (
        desk.statusBar()
        .currentMessage()
        .startswith(
            "Badge for Berta Beispiel failed: The badge layout or paper cannot be used: "
            "no layout named 'no-such-layout'"
        )
    )
    assert desk.scan_field.hasFocus()
