"""Indico's real exports through the window's import dialog: stored as Indico knows them,
and every ticket QR payload and typed registration ID answered at the door as Indico would."""

from __future__ import annotations

import pytest
from indico_truth import (
    ALL,
    REAL,
    check_stored,
    expected_replay,
    flow,
    lang_of,
    scans,
    truth,
)

from checkin.core.rules import CheckInService
from checkin.core.store.sqlite import SQLiteStore
from checkin.qt.dialogs.import_dialog import ImportDialog


@pytest.fixture
def event(tmp_path):
    store = SQLiteStore.open(tmp_path / "event.sqlite3")
    yield store
    store.close()


def _import(qtbot, store, path):
    dialog = ImportDialog(store, str(path))
    qtbot.addWidget(dialog)
    dialog.open()
    with qtbot.waitSignal(dialog.imported, timeout=20000) as blocker:
        dialog.import_button.click()
    return dialog, blocker.args[0]


@pytest.mark.parametrize("name", ALL)
def test_each_indico_fixture_through_the_dialog(qtbot, event, clock, name):
    for path in flow(name):
        dialog, report = _import(qtbot, event, REAL / path)
    items = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    if not name.endswith(".json"):  # the organiser is told the list cannot match tickets
        assert any("registrants JSON" in n for n in report.notes)
        assert any("registrants JSON" in item for item in items)
    check_stored(event, name)
    service = CheckInService(event, clock)
    for (_friendly_id, scanned, raw), owed in zip(
        scans(lang_of(name)), expected_replay(name), strict=True
    ):
        verdict = service.scan(raw, "D1", "Anna")
        assert str(verdict.kind) == owed, (scanned, raw)


def test_the_registrants_json_alone_is_asked_about_in_the_dialog(qtbot, event):
    dialog = ImportDialog(event, str(REAL / "registrants-de.json"))
    qtbot.addWidget(dialog)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "anyway" in dialog.import_button.text(), timeout=20000)
    assert "await approval or payment" in dialog.summary.text()
    assert "Ole Brückner" in dialog.summary.text() and event.count_attendees() == 0
    with qtbot.waitSignal(dialog.imported, timeout=20000) as blocker:
        dialog.import_button.click()  # every registration is complete, says the organiser
    assert blocker.args[0].inserted == sum(r["is_active"] for r in truth("de").values())
