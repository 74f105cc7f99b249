"""The door's commands speak German where the system locale is German (LANG=de_DE.UTF-8),
with the window's catalogue (Qt's QTranslator, no display); --json stays as it is."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.test_cli import LIST, ROOT


def german(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), LANG="de_DE.UTF-8")
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")  # the compiled catalogue goes here
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "CHECKIN_DB", "DISPLAY"):
        env.pop(name, None)  # no display either: the CLI needs none
    return env


def checkin(env: dict[str, str], db: Path, *args: str, **kwargs) -> subprocess.CompletedProcess:  # noqa: ANN003
    return subprocess.run(
        [sys.executable, "-m", "checkin", args[0], "--db", str(db), *args[1:]],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        **kwargs,
    )


@pytest.fixture
def event(tmp_path: Path) -> Path:
    listfile = tmp_path / "gaeste.csv"
    listfile.write_text(LIST, encoding="utf-8")
    db = tmp_path / "event.sqlite3"
    assert checkin(german(tmp_path), db, "import", str(listfile)).returncode == 0
    return db


def test_scan_verdicts_are_german(event: Path, tmp_path: Path) -> None:
    env = german(tmp_path)
    first = checkin(env, event, "scan", "WK-1")
    assert first.returncode == 0 and first.stdout.startswith("EINGELASSEN  "), first.stdout
    again = checkin(env, event, "scan", "WK-1", "NOPE", "AN-1", "TW-1")
    assert again.returncode == 3
    said = again.stdout.splitlines()
    assert said[0].startswith("BEREITS EINGECHECKT  Prof. Dr.-Ing. Eberhard Westkämper")
    assert ", Tisch " in said[0] and "  zuerst um " in said[0]
    assert said[1].startswith("UNBEKANNT") or said[1].startswith("UNGÜLTIG")
    assert said[2].startswith("STORNIERT")
    assert said[3].startswith("MEHRDEUTIG") and "  Inhaber: " in said[3]
    machine = checkin(env, event, "scan", "--json", "WK-1")
    assert json.loads(machine.stdout)["verdict"] == "already_checked_in"  # never translated


def test_status_is_german(event: Path, tmp_path: Path) -> None:
    out = checkin(german(tmp_path), event, "status")
    assert out.stdout == "eine Veranstaltungsdatei für einen Tisch: nichts abzugleichen\n"


def test_the_erase_question_is_german_and_takes_the_german_word(
    event: Path, tmp_path: Path
) -> None:
    main, terminal = pty.openpty()  # erase asks only at a terminal
    try:
        os.write(main, "löschen\n".encode())
        out = checkin(german(tmp_path), event, "erase", stdin=terminal)
    finally:
        os.close(main)
        os.close(terminal)
    assert out.returncode == 0, out.stderr
    assert "Alle Gäste und Check-ins in" in out.stdout and "'löschen' tippen" in out.stdout
    assert "Datei(en) gelöscht" in out.stdout
    assert not event.exists()


def test_every_word_of_the_door_commands_has_its_german(monkeypatch, tmp_path) -> None:  # noqa: ANN001
    import re

    from checkin.qt import cli_words, i18n

    monkeypatch.setattr(i18n, "system_language", lambda: "de")
    monkeypatch.setattr(i18n, "default_cache_dir", lambda: tmp_path / "qm")
    cli_words.reset()
    try:
        same = {"online"}  # "online ({server}); {waiting}" is German too
        for key, english in cli_words.TEXTS.items():
            values = {name: f"<{name}>" for name in re.findall(r"\{(\w+)\}", english)}
            said = cli_words.say(key, **values)
            assert (said == english.format(**values)) == (key in same), key
            assert all(v in said for v in values.values()), key
    finally:
        cli_words.reset()


def test_an_english_command_line_never_loads_qt(tmp_path: Path) -> None:
    """LANG=C or en: the words are the source's, and PySide6 (0.2-0.5 s) stays unloaded."""
    code = (
        "import sys\n"
        "from checkin.cli.common import say\n"
        "assert say('first_at', time='09:14:00', desk='Tisch 1') == '  first at 09:14:00, desk Tisch 1'\n"
        "assert 'PySide6' not in sys.modules, 'Qt loaded'\n"
    )
    for lang in ("C.UTF-8", "en_GB.UTF-8"):
        env = dict(german(tmp_path), LANG=lang)
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
