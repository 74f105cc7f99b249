"""An import running in the window never blocks the door: scans are judged and saved meanwhile."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from checkin.core import import_parts
from checkin.core.model import VerdictKind
from checkin.core.store.sqlite import SQLiteStore
from checkin.qt.dialogs.import_dialog import ImportDialog

LATE = 3000  # late registrations added during the day


def _late_list(path: Path) -> Path:
    rows = [f"LATE{i:05};Spät{i};Nachzügler{i % 97}" for i in range(LATE)]
    path.write_text("Code;Vorname;Nachname\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def slow_parts(monkeypatch):
    """Long pauses between the import's parts: its writing lasts long enough to scan into."""
    monkeypatch.setattr(import_parts, "PAUSE_S", 0.05)


def _scan(qtbot, desk, code: str):
    desk.scan_field.setFocus()
    with qtbot.waitSignal(desk.verdictShown, timeout=10_000) as blocker:
        qtbot.keyClicks(desk.scan_field, code)
        qtbot.keyClick(desk.scan_field, Qt.Key.Key_Return)
    return blocker.args[0]


def test_a_scan_is_judged_and_saved_while_an_import_writes(
    qtbot, desk, tmp_path, slow_parts
) -> None:
    dialog = ImportDialog(desk.store, str(_late_list(tmp_path / "late.csv")), desk, desk.operations)
    qtbot.addWidget(dialog)
    dialog.keep_missing.setChecked(True)  # late registrations: keep everyone else
    dialog.start_import()
    job = dialog._job
    assert job is not None
    # Wait until the import has written its first part and is pausing before the next.
    qtbot.waitUntil(lambda: dialog._written.rows > 0, timeout=60_000)
    assert job.running  # still writing: the scans below happen in the middle of it

    verdict = _scan(qtbot, desk, "PLAIN007")
    assert verdict.kind is VerdictKind.ADMITTED and verdict.attendee.code == "PLAIN007"
    assert job.running
    refused = _scan(qtbot, desk, "GONE0003")  # a refusal is judged (and logged) too
    assert refused.kind is VerdictKind.CANCELLED

    # Saved for real: another connection sees the check-in while the import goes on.
    other = SQLiteStore.open(desk.store.path)
    try:
        assert other.find_by_code("PLAIN007")[0].checked_in is not None
    finally:
        other.close()

    with qtbot.waitSignal(job.finished, timeout=120_000):
        pass
    assert job.outcome == "succeeded" and dialog.report is not None
    assert dialog.report.inserted == LATE
    # What the import reported it changed reached the desk: the late guests are listed...
    qtbot.waitUntil(lambda: desk.model.rowCount() == desk.store.count_attendees())
    # ...the one the desk admitted during the import is still admitted, and scans go on.
    assert desk.store.find_by_code("PLAIN007")[0].checked_in is not None
    late = _scan(qtbot, desk, "LATE00042")
    assert late.kind is VerdictKind.ADMITTED
    dialog.reject()


def test_searching_keeps_working_while_an_import_writes(qtbot, desk, tmp_path, slow_parts) -> None:
    dialog = ImportDialog(desk.store, str(_late_list(tmp_path / "late.csv")), desk, desk.operations)
    qtbot.addWidget(dialog)
    dialog.keep_missing.setChecked(True)
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog._written.rows > 0, timeout=60_000)
    found = desk.service.search("Beispiel", 10)  # the desk's own connection: not held up
    assert [a.code for a in found] == ["PLAIN007"]
    assert dialog.busy
    with qtbot.waitSignal(dialog.imported, timeout=120_000):
        pass
    dialog.reject()
