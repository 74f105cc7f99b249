"""Settings are remembered, organiser actions lock behind a PIN, the app starts from the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from checkin.core.model import VerdictKind
from checkin.qt.dialogs.questions import PinPrompt
from checkin.qt.dialogs.settings_dialog import SettingsDialog
from checkin.qt.settings import DeskSettings
from checkin.qt.sound import VerdictSounds

ROOT = Path(__file__).resolve().parents[2]


def test_settings_round_trip_through_qsettings(qsettings):
    chosen = DeskSettings(
        desk="Tisch 3",
        operator="Eva",
        language="de",
        sound=False,
        verdict_seconds=9,
        auto_print=True,
    ).with_pin("4711")
    chosen.save(qsettings)
    loaded = DeskSettings.load(qsettings)
    assert loaded == chosen
    assert loaded.locked and loaded.pin_matches("4711") and not loaded.pin_matches("1234")
    assert "4711" not in loaded.pin_hash  # only a salted hash is kept


def test_settings_dialog_changes_desk_and_keeps_pin(qtbot, desk):
    desk.open_settings()
    dialog = desk.open_dialog
    assert isinstance(dialog, SettingsDialog)
    dialog.desk.setText("Tisch 7")
    dialog.operator.setText("Jo")
    dialog.seconds.setValue(3)
    dialog.sound.setChecked(False)
    dialog.pin.setText("2468")
    dialog.accept()
    assert desk.settings.desk == "Tisch 7" and desk.settings.verdict_seconds == 3
    assert DeskSettings.load(desk._qsettings).pin_matches("2468")
    qtbot.waitUntil(lambda: desk.scan_field.hasFocus())


def test_pin_locks_organiser_actions(qtbot, desk, monkeypatch):
    desk.apply_settings(desk.settings.with_pin("2468"))
    monkeypatch.setattr(PinPrompt, "ask", classmethod(lambda cls, parent: "0000"))
    desk.open_settings()
    assert desk.open_dialog is None
    assert "PIN" in desk.statusBar().currentMessage()
    monkeypatch.setattr(PinPrompt, "ask", classmethod(lambda cls, parent: "2468"))
    desk.open_settings()
    assert isinstance(desk.open_dialog, SettingsDialog)
    desk.open_dialog.reject()
    qtbot.waitUntil(lambda: desk.scan_field.hasFocus())


def test_mute_shortcut_toggles_sound(qtbot, desk):
    desk.apply_settings(desk.settings.__class__(**{**desk.settings.__dict__, "sound": True}))
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert not desk.settings.sound and not desk.sounds.enabled
    assert DeskSettings.load(desk._qsettings).sound is False


def test_sounds_never_crash_without_audio(qapp):
    sounds = VerdictSounds(enabled=True)
    for kind in VerdictKind:
        sounds.play(kind)  # plays, or stays silent where there is no audio device
    sounds.enabled = False
    assert sounds.play(VerdictKind.ADMITTED) is False


def test_sound_files_exist_for_every_verdict():
    for kind in VerdictKind:
        path = ROOT / "resources" / "sounds" / f"{kind.value}.wav"
        assert path.stat().st_size > 1000, path


def test_empty_database_shows_the_empty_state(qtbot, tmp_path, qsettings):
    from checkin.core.store.sqlite import SQLiteStore
    from checkin.qt.app import DeskApp

    DeskSettings(language="en", sound=False).save(qsettings)
    store = SQLiteStore.open(tmp_path / "empty.sqlite3")
    app = DeskApp(store, qsettings, translation_cache=tmp_path / "qm")
    window = app.build_window()
    qtbot.addWidget(window)
    assert window.pages.currentWidget() is window.empty
    assert window.act_import.isEnabled() and window.act_demo.isEnabled()
    window.close()
    store.close()


def test_language_switch_rebuilds_the_window_in_german(qtbot, store, qsettings, clock, tmp_path):
    from checkin.qt.app import DeskApp

    DeskSettings(language="en", sound=False).save(qsettings)
    app = DeskApp(store, qsettings, clock, translation_cache=tmp_path / "qm")
    window = app.build_window()
    qtbot.addWidget(window)
    window.show()
    assert window.act_search.text() == "&Search guest"
    last_closed: list[bool] = []
    QApplication.instance().lastWindowClosed.connect(lambda: last_closed.append(True))
    DeskSettings(language="de", sound=False).save(qsettings)
    app.set_language("de")
    german = app.window
    qtbot.addWidget(german)
    try:
        assert german is not window
        assert german.act_search.text() == "Gast &suchen"
        # Still a desk on the screen: the app must not quit under the staff.
        assert german.isVisible() and not window.isVisible()
        assert last_closed == []
    finally:
        german.close()
        app.translators.install("en")


def test_demo_command_writes_a_screenshot(tmp_path):
    shot = tmp_path / "main.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    subprocess.run(
        [sys.executable, "-m", "checkin", "demo", "--screenshot", str(shot)],
        check=True,
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_open_demo_from_the_empty_state(qtbot, tmp_path, qsettings):
    from checkin.core.store.sqlite import SQLiteStore
    from checkin.qt.app import DeskApp

    DeskSettings(language="en", sound=False).save(qsettings)
    app = DeskApp(
        SQLiteStore.open(tmp_path / "empty.sqlite3"), qsettings, translation_cache=tmp_path / "qm"
    )
    empty = app.build_window()
    qtbot.addWidget(empty)
    empty.act_demo.trigger()
    demo = app.window
    assert demo is not empty
    qtbot.addWidget(demo)
    try:
        assert app.store.count_attendees() > 100
        assert demo.pages.currentWidget() is demo.tabs
        with qtbot.waitSignal(demo.verdictShown) as blocker:
            qtbot.keyClicks(demo.scan_field, "NOPE-0000")
            qtbot.keyClick(demo.scan_field, Qt.Key.Key_Return)
        assert blocker.args[0].kind is VerdictKind.UNKNOWN
    finally:
        app.close()


def test_erase_event_data_behind_pin_and_confirmation(qtbot, tmp_path, qsettings, monkeypatch):
    from checkin.core.model import Attendee
    from checkin.core.store.sqlite import SQLiteStore
    from checkin.qt.app import DeskApp
    from checkin.qt.dialogs.questions import Confirm

    DeskSettings(language="en", sound=False).with_pin("1357").save(qsettings)
    path = tmp_path / "event.sqlite3"
    store = SQLiteStore.open(path)
    store.add_attendee(Attendee(code="E1", first_name="Erika", last_name="Muster"))
    app = DeskApp(store, qsettings, translation_cache=tmp_path / "qm")
    window = app.build_window()
    qtbot.addWidget(window)
    monkeypatch.setattr(PinPrompt, "ask", classmethod(lambda cls, parent: "1357"))
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *a: False))
    window.erase_event()
    assert app.window is window and app.store.count_attendees() == 1
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *a: True))
    window.erase_event()
    fresh = app.window
    qtbot.addWidget(fresh)
    try:
        assert fresh is not window
        assert app.store.count_attendees() == 0
        assert fresh.pages.currentWidget() is fresh.empty
        assert b"Erika" not in path.read_bytes()
    finally:
        app.close()
