"""The import dialog on a real CSV file, with a column mapping changed by hand."""

from __future__ import annotations

from checkin.qt.dialogs.import_dialog import ImportDialog

CSV = (
    "Nachname;Vorname;Firma;Kennung;Gruppe\n"
    "Abendroth;Ida;Stadtwerke Leipzig;K-1001;Teilnehmer\n"
    "Brückner;Ole;Sächsische Zeitung;K-1002;Presse\n"
    ";;Ohne Namen GmbH;K-1003;Teilnehmer\n"
    "Conrad;Pia;;K-1004;Referent\n"
)


def test_import_with_changed_mapping_runs_off_the_gui_thread(qtbot, store, tmp_path):
    path = tmp_path / "gaeste.csv"
    path.write_text(CSV, encoding="utf-8")
    dialog = ImportDialog(store, str(path))
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
    ida = store.find_by_code("K-1001")
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
