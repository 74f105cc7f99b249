"""The window's first import that does not finish leaves no event behind.

The desk window creates its event file empty (the per-user default on the first day);
its first import writes every guest in one transaction. Failed midway (a write that
raises, a process killed), the file holds nothing, and every command, `gui --db`
included, says there is no event there instead of reading each guest as "unknown".
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from checkin.core.store.sqlite import SQLiteStore
from checkin.qt.dialogs.import_dialog import ImportDialog


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "checkin", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        env={**os.environ, "CHECKIN_DB": "", "QT_QPA_PLATFORM": "offscreen"},
    )


def _says_no_event(db: Path, cwd: Path) -> None:
    for command in (("gui", "--ready-then-quit"), ("scan", "K000001")):
        said = _cli(*command, "--db", str(db), cwd=cwd)
        assert said.returncode == 1, (command, said.stdout, said.stderr)
        assert "There is no event at" in said.stderr, command
        assert "holds no guest list" in said.stderr, command


def _guests(path: Path, count: int) -> Path:
    path.write_text(
        "Code;Vorname;Nachname;Firma\n"
        + "".join(f"K{i:06d};Vorname{i};Nachname{i};Firma {i % 97}\n" for i in range(count)),
        encoding="utf-8",
    )
    return path


def test_a_first_import_failing_mid_write_in_the_window_leaves_no_event(qtbot, tmp_path):
    db = tmp_path / "event.sqlite3"
    store = SQLiteStore.open(db)  # as the window opens its event on the first day
    # A real write failure inside SQLite, on the import's own connection, mid-way.
    raw = sqlite3.connect(db)
    raw.execute(
        "CREATE TRIGGER fail_midway BEFORE INSERT ON attendees WHEN NEW.code = 'K000700' "
        "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
    )
    raw.commit()
    try:
        dialog = ImportDialog(store, str(_guests(tmp_path / "liste.csv", 1500)))
        qtbot.addWidget(dialog)
        dialog.open()
        dialog.import_button.click()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
        assert "Import failed" in dialog.summary.text()
        assert store.count_attendees() == 0
    finally:
        store.close()
        raw.execute("DROP TRIGGER fail_midway")
        raw.commit()
        raw.close()
    _says_no_event(db, tmp_path)


def test_a_window_import_killed_midway_leaves_no_event(tmp_path):
    """The window's first import (one transaction on the event file the window created)
    in a process of its own, killed while it writes."""
    db = tmp_path / "event.sqlite3"
    SQLiteStore.open(db).close()
    big = _guests(tmp_path / "gross.csv", 150_000)
    code = (
        "import sys\n"
        "from checkin.core.importing import import_list\n"
        "from checkin.core.store.sqlite import SQLiteStore\n"
        "store = SQLiteStore.open(sys.argv[1])\n"
        "import_list(store, sys.argv[2], apply=store.apply_import)\n"
    )
    importing = subprocess.Popen(
        [sys.executable, "-c", code, str(db), str(big)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wal = Path(f"{db}-wal")
    try:
        while importing.poll() is None:  # killed while the guests are being written
            if wal.exists() and wal.stat().st_size > 1_000_000:
                break
            try:
                importing.wait(timeout=0.005)
            except subprocess.TimeoutExpired:
                pass
        assert importing.poll() is None, "the import ended before it could be killed"
        importing.send_signal(signal.SIGKILL)
    finally:
        importing.wait(timeout=60)
    store = SQLiteStore.open(db)
    try:
        assert store.count_attendees() == 0
    finally:
        store.close()
    _says_no_event(db, tmp_path)
    # The list imported after all: an event like any other.
    small = tmp_path / "klein.csv"
    small.write_text("Code;Vorname;Nachname\nA1;Anna;Berg\n", encoding="utf-8")
    assert _cli("import", str(small), "--db", str(db), cwd=tmp_path).returncode == 0
    assert "ADMITTED" in _cli("scan", "A1", "--db", str(db), cwd=tmp_path).stdout


def test_event_details_alone_make_an_event_and_may_come_first(tmp_path):
    db = tmp_path / "event.sqlite3"
    SQLiteStore.open(db).close()
    said = _cli("event", "--db", str(db), "--name", "Fachtagung", cwd=tmp_path)
    assert said.returncode == 0, said.stderr
    assert "UNKNOWN" in _cli("scan", "K1", "--db", str(db), cwd=tmp_path).stdout
