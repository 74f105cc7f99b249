"""A new event is made in the window: its file, its details, then its import.

`checkin gui --db NEW_PATH` refuses a path that holds no event (a typo must not open
an empty event that knows nobody), and so does every other command; the Event menu
and the first-day screen offer "New event" instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPushButton

from checkin.core.event import load_event
from checkin.core.store.sqlite import SQLiteStore
from checkin.qt.dialogs.event_dialog import EventDialog
from checkin.qt.dialogs.import_dialog import ImportDialog
from checkin.qt.dialogs.questions import FilePrompt, NewEventPrompt


@pytest.fixture
def desk_app(qtbot, tmp_path, clock):
    """The desk on the first day: the per-user event file, still empty."""
    from checkin.qt.app import DeskApp
    from checkin.qt.settings import DeskSettings

    qsettings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    DeskSettings(desk="Desk 1", operator="Tom", language="en", sound=False).save(qsettings)
    store = SQLiteStore.open(tmp_path / "default.sqlite3")
    app = DeskApp(store, qsettings, clock, translation_cache=tmp_path / "qm")
    window = app.build_window()
    window.show()
    qtbot.waitExposed(window)
    yield app
    app.close()


def _guests(path: Path) -> Path:
    path.write_text("Code;Vorname;Nachname\nNEU0001;Ida;Zander\nNEU0002;Jan;Arndt\n", "utf-8")
    return path


def test_a_new_event_from_the_first_day_screen_asks_file_details_then_import(
    qtbot, desk_app, tmp_path, monkeypatch
):
    window = desk_app.window
    assert window.pages.currentWidget() is window.empty
    buttons = {b.text(): b for b in window.empty.findChildren(QPushButton)}
    assert "New event" in buttons, list(buttons)
    chosen = tmp_path / "events" / "sommerfest"
    chosen.parent.mkdir()
    monkeypatch.setattr(NewEventPrompt, "ask", classmethod(lambda cls, parent: str(chosen)))
    monkeypatch.setattr(FilePrompt, "ask", classmethod(lambda cls, parent: None))
    buttons["New event"].click()
    details = window.open_dialog
    assert isinstance(details, EventDialog) and details.windowTitle() == "New event"
    details.save()  # no name: refused, the dialog stays
    assert details.isVisible() and details.problem.text() == "Give the event a name."
    details.name.setText("Sommerfest 2026")
    details.venue.setText("Leipzig")
    details.save()
    qtbot.waitUntil(lambda: desk_app.window is not window)
    new = desk_app.window
    path = chosen.with_suffix(".sqlite3")  # the file name the organiser gave, made an event file
    assert path.exists() and new.store is not window.store
    assert load_event(new.store).name == "Sommerfest 2026"
    assert new.heading.text() == "Sommerfest 2026 · Leipzig"
    importing = new.open_dialog
    assert isinstance(importing, ImportDialog)  # the import comes next
    importing.load(str(_guests(tmp_path / "gaeste.csv")))
    with qtbot.waitSignal(importing.imported, timeout=20000):
        importing.import_button.click()
    assert new.store.count_attendees() == 2
    importing.reject()
    # The file is an event now: the command line takes it, the other file is untouched.
    said = subprocess.run(
        [sys.executable, "-m", "checkin", "scan", "NEU0001", "--db", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "CHECKIN_DB": "", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert said.returncode == 0, said.stderr
    assert (tmp_path / "default.sqlite3").exists()


def test_the_event_menu_offers_a_new_event_and_a_cancelled_one_leaves_no_file(
    qtbot, desk_app, tmp_path, monkeypatch
):
    window = desk_app.window
    event_menu = window.menuBar().actions()[0].menu()
    assert window.event_actions.new in event_menu.actions()
    chosen = tmp_path / "abgesagt.sqlite3"
    monkeypatch.setattr(NewEventPrompt, "ask", classmethod(lambda cls, parent: str(chosen)))
    window.event_actions.new.trigger()
    details = window.open_dialog
    assert isinstance(details, EventDialog) and chosen.exists()
    details.reject()
    qtbot.waitUntil(lambda: not chosen.exists())
    assert desk_app.window is window and not list(tmp_path.glob("abgesagt*"))


def test_a_new_event_never_takes_an_existing_file(qtbot, desk_app, tmp_path, monkeypatch):
    window = desk_app.window
    existing = tmp_path / "fest.sqlite3"
    other = SQLiteStore.open(existing)
    other.set_meta("event_name", "Fest")
    other.close()
    before = existing.read_bytes()
    monkeypatch.setattr(NewEventPrompt, "ask", classmethod(lambda cls, parent: str(existing)))
    window.event_actions.new.trigger()
    assert window.open_dialog is None
    assert "exists already" in window.statusBar().currentMessage()
    assert existing.read_bytes() == before and desk_app.window is window


def test_other_commands_still_refuse_a_path_with_no_event(tmp_path):
    for command in (
        ("gui", "--ready-then-quit"),
        ("scan", "NEU0001"),
        ("export", str(tmp_path / "out.csv")),
    ):
        said = subprocess.run(
            [sys.executable, "-m", "checkin", *command, "--db", str(tmp_path / "neu.sqlite3")],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "CHECKIN_DB": "", "QT_QPA_PLATFORM": "offscreen"},
        )
        assert said.returncode != 0, command
        assert not (tmp_path / "neu.sqlite3").exists(), command
