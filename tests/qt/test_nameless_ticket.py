"""A ticket without a name (pretix allows them) in the guest table: said, last, found.

pretix's real orders export (tests/fixtures/real/pretix, event "fachtagung": order
TQBLL's fourth ticket has no attendee name) is imported as "name missing". In the table it
was an empty row on top of the list; it reads "(no name)" in italics now, stands
after every named guest, and the search finds it by its code.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from checkin.core.importing import import_list
from checkin.qt.models.attendee_table import AttendeeTableModel

REAL = Path(__file__).parents[1] / "fixtures" / "real" / "pretix"
EXPORT = REAL / "fachtagung-de-orders-positions-default.csv"
NAMELESS = "kaqrbhsgudrxgbj5cq573w664bufxmzc"  # the truth file's TQBLL-4 secret


def _names(desk) -> list[str]:
    model = desk.model
    return [
        model.data(model.index(row, AttendeeTableModel.NAME)) for row in range(model.rowCount())
    ]


@pytest.fixture
def store(tmp_path):
    """The event of pretix's export, imported as the desk imports it."""
    from checkin.core.store.sqlite import SQLiteStore

    s = SQLiteStore.open(tmp_path / "event.sqlite3")
    import_list(s, EXPORT, checkin_list="Haupteingang")
    yield s
    s.close()


def _imported(desk, qtbot) -> None:
    qtbot.waitUntil(lambda: desk.model.rowCount() == desk.store.count_attendees() > 5)


def test_a_ticket_without_a_name_reads_no_name_in_italics_and_stands_last(qtbot, desk):
    _imported(desk, qtbot)
    names = _names(desk)
    assert all(names), f"an empty row in the table: {names}"
    assert names[-1] == "(no name)" and names.count("(no name)") == 1
    model = desk.model
    last = model.index(model.rowCount() - 1, AttendeeTableModel.NAME)
    assert model.data(last, AttendeeTableModel.AttendeeRole).code == NAMELESS
    assert model.data(last, Qt.ItemDataRole.FontRole).italic()
    assert model.data(last, Qt.ItemDataRole.AccessibleTextRole) == "(no name)"
    first = model.index(0, AttendeeTableModel.NAME)
    assert model.data(first, Qt.ItemDataRole.FontRole) is None  # a name is no placeholder


def test_the_search_finds_a_ticket_without_a_name_by_its_code(qtbot, desk):
    _imported(desk, qtbot)
    desk.start_search()
    desk.scan_field.start_search(NAMELESS)
    qtbot.waitUntil(lambda: desk.selected_attendee() is not None)
    assert desk.selected_attendee().code == NAMELESS
    assert _names(desk)[0] == "(no name)"
    desk.scan_field.start_search("Weiß")
    qtbot.waitUntil(lambda: getattr(desk.selected_attendee(), "code", "") != NAMELESS)
    desk.scan_field.start_search(NAMELESS.upper())  # as a person reads it off the ticket
    qtbot.waitUntil(lambda: getattr(desk.selected_attendee(), "code", "") == NAMELESS)


def test_the_german_desk_says_ohne_namen(qtbot, store, tmp_path, clock):
    from checkin.qt.app import DeskApp

    qsettings = QSettings(str(tmp_path / "desk-de.ini"), QSettings.Format.IniFormat)
    qsettings.setValue("desk/language", "de")
    qsettings.setValue("desk/sound", False)
    app = DeskApp(store, qsettings, clock, translation_cache=tmp_path / "qm")
    window = app.build_window()
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.listLoaded):
            window.show()
        _imported(window, qtbot)
        assert _names(window)[-1] == "(ohne Namen)"
    finally:
        window.close()
        app.translators.install("en")
