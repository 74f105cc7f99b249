"""The window's import of pretix's order export names a nameless event, and says so in German.

(The rules, every real export and the organiser's name kept, are in
tests/io/test_event_name_from_export.py.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from checkin.core.event import load_event
from checkin.core.store.sqlite import SQLiteStore
from checkin.qt.dialogs.questions import FilePrompt

EXPORT = Path(__file__).parents[1] / "fixtures" / "real" / "pretix" / "fachtagung-de-orders.xlsx"
NAME = "Fachtagung Gießereitechnik"


def test_the_german_window_names_the_event_from_the_export_and_says_so(
    qtbot, tmp_path, clock, monkeypatch
):
    from checkin.qt.app import DeskApp

    store = SQLiteStore.open(tmp_path / "event.sqlite3")  # a new event: no name, no guests
    qsettings = QSettings(str(tmp_path / "desk-de.ini"), QSettings.Format.IniFormat)
    qsettings.setValue("desk/language", "de")
    qsettings.setValue("desk/sound", False)
    app = DeskApp(store, qsettings, clock, translation_cache=tmp_path / "qm")
    window = app.build_window()
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitExposed(window)
        assert NAME not in window.heading.text()
        monkeypatch.setattr(FilePrompt, "ask", classmethod(lambda cls, parent: str(EXPORT)))
        window.import_list()
        dialog = window.open_dialog
        dialog.set_checkin_list("Haupteingang")
        with qtbot.waitSignal(dialog.imported, timeout=20000) as blocker:
            dialog.import_button.click()
        assert blocker.args[0].event_named == NAME
        notes = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        assert (
            f"Hinweis: Die Veranstaltung hatte keinen Namen; sie heißt jetzt {NAME}, "
            "wie die Liste sie nennt." in notes
        ), notes
        assert load_event(store).name == NAME
        qtbot.waitUntil(lambda: window.heading.text().startswith(NAME))
        dialog.reject()
    finally:
        window.close()
        app.translators.install("en")
        store.close()
