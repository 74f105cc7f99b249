"""At the desk: a walk-in who is already on the list, and a database that fails mid-shift."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt

from checkin.core.model import Attendee, VerdictKind
from checkin.qt.dialogs.attendee_dialog import AttendeeDialog
from checkin.qt.dialogs.namesake import NEW_GUEST, NamesakeQuestion
from checkin.qt.dialogs.questions import Confirm
from checkin.qt.verdict_text import Tone


def enter_walk_in(qtbot, desk, first: str, last: str) -> AttendeeDialog:
    desk.walk_in()
    dialog = desk.open_dialog
    assert isinstance(dialog, AttendeeDialog)
    qtbot.keyClicks(dialog.first_name, first)
    dialog.last_name.setText(last)  # QTest types only ASCII
    return dialog


@pytest.fixture
def asked(monkeypatch):
    """What the namesake question was asked, and what the person answers."""
    record: dict = {"answer": None, "asked": []}

    def ask(cls, parent, walk_in, namesakes):
        record["asked"].append((walk_in, namesakes))
        answer = record["answer"]
        return answer(namesakes) if callable(answer) else answer

    monkeypatch.setattr(NamesakeQuestion, "ask", classmethod(ask))
    return record


def test_a_walk_in_with_a_registered_name_checks_in_that_guest(qtbot, desk, asked):
    asked["answer"] = lambda namesakes: namesakes[0]
    before = desk.store.count_attendees()
    dialog = enter_walk_in(qtbot, desk, "Jurgen", "Mueller")  # folded: Jürgen Müller
    with qtbot.waitSignal(desk.verdictShown) as shown:
        dialog.accept()
    ((walk_in, namesakes),) = asked["asked"]
    assert [a.code for a in namesakes] == ["MUE0005"]
    verdict = shown.args[0]
    assert verdict.kind is VerdictKind.ADMITTED and verdict.attendee.code == "MUE0005"
    assert desk.store.count_attendees() == before  # no duplicate
    assert desk.store.find_by_code("MUE0005")[0].is_checked_in


def test_the_person_may_still_add_a_new_walk_in_or_cancel(qtbot, desk, asked):
    before = desk.store.count_attendees()
    asked["answer"] = None  # cancel: nothing happens, the form is back as typed
    enter_walk_in(qtbot, desk, "Berta", "Beispiel").accept()
    assert desk.store.count_attendees() == before
    assert not desk.store.find_by_code("PLAIN007")[0].is_checked_in
    qtbot.waitUntil(lambda: isinstance(desk.open_dialog, AttendeeDialog))
    form = desk.open_dialog
    assert form.isVisible()
    assert (form.first_name.text(), form.last_name.text()) == ("Berta", "Beispiel")
    assert form.windowTitle() == "Walk-in guest"
    form.reject()
    qtbot.waitUntil(lambda: desk.open_dialog is None)
    asked["answer"] = NEW_GUEST
    with qtbot.waitSignal(desk.verdictShown) as shown:
        enter_walk_in(qtbot, desk, "Berta", "Beispiel").accept()
    assert shown.args[0].attendee.walk_in
    assert desk.store.count_attendees() == before + 1


@pytest.mark.parametrize(
    ("first", "last"),
    [("Anna", "Nowak"), ("Carl", "Storno"), ("Lena", "Spontan"), ("Petra", "Müller")],
)
def test_arrived_cancelled_or_other_names_are_not_asked_about(qtbot, desk, asked, first, last):
    """Anna arrived, Carl cancelled, nobody is Lena Spontan, Petra is a Mueller not a Müller
    with Jürgen's first name (Petra Mueller folds to the same name: asked)."""
    asked["answer"] = NEW_GUEST
    with qtbot.waitSignal(desk.verdictShown):
        enter_walk_in(qtbot, desk, first, last).accept()
    expected = [("Petra", "Müller")]
    assert bool(asked["asked"]) is ((first, last) in expected)


def test_the_core_rule_matches_folded_names_and_a_missing_first_name(desk):
    service = desk.service
    found = service.registered_namesakes(Attendee(code="", last_name="Dopplung"))
    assert {a.first_name for a in found} == {"Jan", "Jana"}
    assert service.registered_namesakes(Attendee(code="", first_name="Jan", last_name="X")) == []
    assert [
        a.code
        for a in service.registered_namesakes(
            Attendee(code="", first_name="jürgen", last_name="MÜLLER")
        )
    ] == ["MUE0005"]


@contextmanager
def database_locked_by_another_program(desk):
    """A real SQLite lock held by a second connection; the desk gives up after 50 ms."""
    other = sqlite3.connect(desk.store.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    desk.store._conn.execute("PRAGMA busy_timeout=50")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()
        desk.store._conn.execute("PRAGMA busy_timeout=10000")


def assert_database_problem_shown(desk):
    assert desk.banner.tone is Tone.STOP
    assert desk.banner.title.text() == "Database problem: nothing was saved"
    assert "busy" in desk.statusBar().currentMessage()


def test_undo_on_a_locked_database_says_so(qtbot, desk, monkeypatch):
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, parent, title, text: True))
    desk.scan("VIP0001")
    with database_locked_by_another_program(desk):
        qtbot.keyClick(desk.scan_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert_database_problem_shown(desk)
    assert desk.store.find_by_code("VIP0001")[0].is_checked_in  # nothing changed


def test_walk_in_and_edit_on_a_locked_database_say_so(qtbot, desk, asked):
    before = desk.store.count_attendees()
    dialog = enter_walk_in(qtbot, desk, "Lena", "Spontan")
    with database_locked_by_another_program(desk):
        dialog.accept()
        assert_database_problem_shown(desk)
    assert desk.store.count_attendees() == before
    qtbot.waitUntil(lambda: desk.open_dialog is None)
    desk.start_search()
    qtbot.keyClicks(desk.scan_field, "beispiel")
    qtbot.waitUntil(lambda: desk.selected_attendee() is not None)
    desk.edit_selected()
    edit = desk.open_dialog
    edit.first_name.setText("Bertha")
    with database_locked_by_another_program(desk):
        edit.accept()
        assert_database_problem_shown(desk)
    assert desk.store.find_by_code("PLAIN007")[0].first_name == "Berta"


LONG = Attendee(
    code="LONG0009",
    title="Prof. Dr.-Ing. habil.",
    first_name="Maximiliane-Konstanze Friederike",
    # Long names are shortened to fit; only an absurd family name is still cut.
    last_name="von Hohenzollern-Sigmaringen-Wittelsbach" + "-Wittelsbach" * 1000,
)


def select(qtbot, desk, query: str) -> None:
    desk.start_search()
    qtbot.keyClicks(desk.scan_field, query)
    qtbot.waitUntil(lambda: desk.selected_attendee() is not None)


@pytest.mark.parametrize("print_anyway", [False, True])
def test_ctrl_p_warns_before_printing_a_name_that_would_be_cut(
    qtbot, desk, monkeypatch, print_anyway
):
    desk.store.add_attendee(LONG)
    asked = []

    def ask(cls, parent, title, text):
        asked.append(text)
        return print_anyway

    monkeypatch.setattr(Confirm, "ask", classmethod(ask))
    select(qtbot, desk, "Hohenzollern")
    desk.statusBar().clearMessage()
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    assert "would be cut off" in asked[0] and "Hohenzollern" in asked[0]
    # Printing went ahead only when the person said so (this desk has no printer chosen:
    # the status bar says that instead of printing).
    assert bool(desk.statusBar().currentMessage()) is print_anyway
    qtbot.waitUntil(lambda: desk.scan_field.hasFocus())


def test_ctrl_p_asks_nothing_for_a_badge_that_fits(qtbot, desk, monkeypatch):
    asked = []
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, p, t, x: asked.append(x)))
    select(qtbot, desk, "Beispiel")
    with qtbot.waitSignal(desk.printer.printed, timeout=30_000):  # no printer: a PDF
        qtbot.keyClick(desk.scan_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert asked == []
    assert desk.statusBar().currentMessage().startswith("Badge for Berta Beispiel saved as PDF")


def test_a_correction_saved_after_a_re_import_cancelled_the_guest_keeps_the_cancellation(
    qtbot, desk
):
    """Review 7: the dialog holds the row it opened on; saving it wrote that whole row
    back, so a guest a re-import cancelled meanwhile was admitted at the next scan."""
    from dataclasses import replace

    from checkin.core.model import Status
    from checkin.core.store.base import ImportPlan

    select(qtbot, desk, "beispiel")
    desk.edit_selected()
    edit = desk.open_dialog
    guest = desk.store.find_by_code("PLAIN007")[0]
    cancelled = replace(guest, status=Status.CANCELLED)
    desk.store.apply_import(ImportPlan(updates=(cancelled,)), desk.service.clock())
    edit.company.setText("Neue Firma GmbH")
    edit.accept()
    stored = desk.store.find_by_code("PLAIN007")[0]
    assert stored.status is Status.CANCELLED and stored.company == "Neue Firma GmbH"
    desk.scan("PLAIN007")
    assert desk.last_verdict.kind is VerdictKind.CANCELLED
