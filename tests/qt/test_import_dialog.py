"""The import dialog on a real CSV file, with a column mapping changed by hand."""

from __future__ import annotations

import pytest

from checkin.core.store.sqlite import SQLiteStore
from checkin.qt.dialogs.import_dialog import ImportDialog


@pytest.fixture
def empty_store(tmp_path):
    """An event that knows no guest yet (the shared `store` has guests who came)."""
    opened = SQLiteStore.open(tmp_path / "leer.sqlite3")
    yield opened
    opened.close()


CSV = (
    "Nachname;Vorname;Firma;Kennung;Gruppe\n"
    "Abendroth;Ida;Stadtwerke Leipzig;K-1001;Teilnehmer\n"
    "Brückner;Ole;Sächsische Zeitung;K-1002;Presse\n"
    ";;Ohne Namen GmbH;K-1003;Teilnehmer\n"
    "Conrad;Pia;;K-1004;Referent\n"
)


def test_import_with_changed_mapping_runs_off_the_gui_thread(qtbot, empty_store, tmp_path):
    path = tmp_path / "gaeste.csv"
    path.write_text(CSV, encoding="utf-8")
    dialog = ImportDialog(empty_store, str(path))
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.preview.rowCount() == 4
    assert dialog.preview.item(1, 0).text() == "Brückner"
    mapping = dialog.chosen_mapping()
    assert mapping["Nachname"] == "last_name"
    assert mapping["Kennung"] == "ignore"  # not recognised: the person fixes it
    dialog.set_field("Kennung", "code")
    dialog.set_field("Firma", "ignore")
    with qtbot.waitSignal(dialog.imported, timeout=10000) as blocker:
        dialog.import_button.click()
        assert dialog.busy
    report = blocker.args[0]
    assert report.inserted == 3
    assert report.rejected == 1
    assert any("4" in dialog.problems.item(i).text() for i in range(dialog.problems.count()))
    ida = empty_store.find_by_code("K-1001")
    assert ida and ida[0].last_name == "Abendroth"
    assert ida[0].company == ""  # "Firma" was set to be ignored


def test_unreadable_file_is_explained_and_nothing_imported(qtbot, store, tmp_path):
    path = tmp_path / "bild.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    before = store.count_attendees()
    dialog = ImportDialog(store, str(path))
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.summary.text()
    assert store.count_attendees() == before


def test_cancel_stops_a_large_import_and_changes_nothing(qtbot, store, tmp_path):
    rows = "".join(f"Gast{i};Vorname{i};Firma {i % 97}\n" for i in range(60_000))
    path = tmp_path / "gross.csv"
    path.write_text("Nachname;Vorname;Firma\n" + rows, encoding="utf-8")
    before = store.count_attendees()
    dialog = ImportDialog(store, str(path))
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.import_button.click()
    assert dialog.busy and dialog.progress.isVisible()
    dialog.cancel_button.click()  # while the worker thread is still reading
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
    assert store.count_attendees() == before
    assert dialog.report is None
    assert "cancelled" in dialog.summary.text()
    assert dialog.import_button.isEnabled()


def test_excel_with_several_sheets_lets_the_person_pick(qtbot, empty_store, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "Hinweise"
    wb.active.append(["Bitte die Liste auf dem zweiten Blatt verwenden"])
    guests = wb.create_sheet("Gäste")
    guests.append(["Code", "Nachname", "Vorname"])
    guests.append(["X-1", "Ziegler", "Uta"])
    guests.append(["X-2", "Yilmaz", "Can"])
    path = tmp_path / "liste.xlsx"
    wb.save(path)
    dialog = ImportDialog(empty_store, str(path))
    qtbot.addWidget(dialog)
    assert not dialog.sheet.isHidden()
    dialog.load(str(path), "Gäste")
    assert dialog.sheet.currentText() == "Gäste"
    assert dialog.preview.rowCount() == 2
    with qtbot.waitSignal(dialog.imported, timeout=10000) as blocker:
        dialog.import_button.click()
    assert blocker.args[0].inserted == 2
    assert empty_store.find_by_code("X-2")[0].last_name == "Yilmaz"


def test_a_list_of_late_registrations_can_be_added_without_removing_everyone(
    qtbot, store, tmp_path
):
    """'Nachmeldungen.csv' holds only the new guests: added, the stored guests stay valid."""
    from checkin.core.model import Status

    path = tmp_path / "nachmeldungen.csv"
    path.write_text("Code;Nachname;Vorname\nLATE01;Zeidler;Ute\n", encoding="utf-8")
    before = store.count_attendees()
    dialog = ImportDialog(store, str(path))
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.keep_missing.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=10000) as blocker:
        dialog.import_button.click()
    report = blocker.args[0]
    assert (report.inserted, report.removed) == (1, 0)
    assert store.count_attendees() == before + 1
    assert store.find_by_code("VIP0001")[0].status is Status.ACTIVE


def _thirty_guests_and_a_late_one(tmp_path):
    full = tmp_path / "alle.csv"
    full.write_text(
        "Code;Vorname;Nachname\n" + "".join(f"G{i};Gast;Nummer{i}\n" for i in range(30)),
        encoding="utf-8",
    )
    late = tmp_path / "nachmeldungen.csv"
    late.write_text("Code;Vorname;Nachname\nN1;Neu;Spät\n", encoding="utf-8")
    return full, late


def test_a_file_that_would_remove_most_guests_asks_first(qtbot, empty_store, tmp_path):
    full, late = _thirty_guests_and_a_late_one(tmp_path)
    for path in (full, late):
        dialog = ImportDialog(empty_store, str(path))
        qtbot.addWidget(dialog)
        dialog.open()
        if path is full:
            with qtbot.waitSignal(dialog.imported, timeout=10000):
                dialog.import_button.click()
    before = empty_store.count_attendees()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "anyway" in dialog.import_button.text(), timeout=10000)
    assert "30 of the 30" in dialog.summary.text() and dialog.report is None
    assert empty_store.count_attendees() == before and not empty_store.find_by_code("N1")
    dialog.keep_missing.setChecked(True)  # only late registrations after all
    with qtbot.waitSignal(dialog.imported, timeout=10000) as blocker:
        dialog.import_button.click()
    assert blocker.args[0].inserted == 1 and blocker.args[0].removed == 0


def test_import_anyway_answers_for_one_attempt_only(qtbot, empty_store, tmp_path):
    full, late = _thirty_guests_and_a_late_one(tmp_path)
    first = ImportDialog(empty_store, str(full))
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.imported, timeout=10000):
        first.import_button.click()
    dialog = ImportDialog(empty_store, str(late))
    qtbot.addWidget(dialog)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "anyway" in dialog.import_button.text(), timeout=10000)
    with qtbot.waitSignal(dialog.imported, timeout=10000) as blocker:
        dialog.import_button.click()  # "Import anyway": the complete new list after all
    assert blocker.args[0].removed == 30 and blocker.args[0].inserted == 1
    assert "anyway" not in dialog.import_button.text()


def test_notes_about_the_whole_file_are_listed_after_the_import(qtbot, empty_store, tmp_path):
    path = tmp_path / "doppelt.csv"
    path.write_text("Code;Vorname;Nachname\nD1;JÃ¼rgen;MÃ¼ller\n", encoding="utf-8")
    dialog = ImportDialog(empty_store, str(path))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.imported, timeout=10000) as blocker:
        dialog.import_button.click()
    assert blocker.args[0].notes
    items = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any(item.startswith("Note:") and "repaired" in item for item in items)
    assert empty_store.find_by_code("D1")[0].last_name == "Müller"
    assert "as cancelled" in dialog.summary.text()


def test_a_cut_off_file_is_reported_and_imported_only_when_confirmed(qtbot, empty_store, tmp_path):
    path = tmp_path / "abgebrochen.csv"
    path.write_text("Code;Vorname;Nachname\nC1;Ida;Abendroth\nC2;Ole", encoding="utf-8")
    dialog = ImportDialog(empty_store, str(path))
    qtbot.addWidget(dialog)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "anyway" in dialog.import_button.text(), timeout=10000)
    assert "cut off at line 3" in dialog.summary.text() and "C2;Ole" in dialog.summary.text()
    assert empty_store.count_attendees() == 0 and dialog.report is None
    with qtbot.waitSignal(dialog.imported, timeout=10000) as blocker:
        dialog.import_button.click()  # "Import anyway": the file is complete after all
    assert blocker.args[0].inserted == 2


def test_taking_guests_who_came_off_the_list_names_them_first(qtbot, store, tmp_path):
    path = tmp_path / "neu.csv"
    path.write_text("Code;Nachname;Vorname\nN1;Neu;Nora\n", encoding="utf-8")
    came = sorted(a.display_name for a in store.iter_attendees() if a.checked_in is not None)
    assert came
    before = store.count_attendees()
    dialog = ImportDialog(store, str(path))
    qtbot.addWidget(dialog)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "anyway" in dialog.import_button.text(), timeout=10000)
    assert "already came" in dialog.summary.text()
    assert all(name in dialog.summary.text() for name in came)
    assert store.count_attendees() == before and not store.find_by_code("N1")
    with qtbot.waitSignal(dialog.imported, timeout=10000) as blocker:
        dialog.import_button.click()
    assert blocker.args[0].inserted == 1 and blocker.args[0].removed >= len(came)


def test_a_long_problem_wraps_in_the_dialog_instead_of_running_off_its_edge(
    qtbot, empty_store, tmp_path
):
    """At 1366 px the import's note about guests changed at a desk meanwhile ran off the
    list's right edge (a sideways scrollbar, the sentence cut off): each line wraps."""
    path = tmp_path / "gaeste.csv"
    path.write_text(CSV, encoding="utf-8")
    dialog = ImportDialog(empty_store, str(path))
    qtbot.addWidget(dialog)
    dialog.resize(500, 600)
    dialog.open()
    dialog.set_field("Kennung", "code")
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.import_button.click()
    long_note = "Note: " + "a sentence that goes on and on, " * 12
    dialog.problems.addItem(long_note)  # as _finished adds the report's notes
    qtbot.waitUntil(lambda: dialog.problems.count() >= 2)
    width = dialog.problems.viewport().width()
    for row in range(dialog.problems.count()):
        rect = dialog.problems.visualItemRect(dialog.problems.item(row))
        assert rect.width() <= width, (row, rect.width(), width)
    last = dialog.problems.visualItemRect(dialog.problems.item(dialog.problems.count() - 1))
    assert last.height() > 2 * dialog.problems.fontMetrics().height()  # wrapped, not cut
    assert dialog.problems.horizontalScrollBar().maximum() == 0
