"""Indico's real exports through the window's import dialog: stored as Indico knows them,
and every ticket QR payload and typed registration ID answered at the door as Indico would."""

from __future__ import annotations

import pytest
from indico_truth import ALL, REAL, check_stored, expected_at_door, lang_of, scans, truth

from checkin.core.rules import CheckInService
from checkin.core.store.sqlite import SQLiteStore
from checkin.qt.dialogs.import_dialog import ImportDialog


@pytest.mark.parametrize("name", ALL)
def test_each_indico_fixture_through_the_dialog(qtbot, tmp_path, clock, name):
    store = SQLiteStore.open(tmp_path / "event.sqlite3")
    try:
        dialog = ImportDialog(store, str(REAL / name))
        qtbot.addWidget(dialog)
        dialog.open()
        with qtbot.waitSignal(dialog.imported, timeout=20000) as blocker:
            dialog.import_button.click()
        notes = blocker.args[0].notes
        items = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        if name.endswith(".json"):
            assert any("approval or payment" in n for n in notes)
        else:  # the organiser is told the list cannot match Indico's tickets
            assert any("registrants JSON" in n for n in notes)
            assert any("registrants JSON" in item for item in items)
        check_stored(store, name)
        service = CheckInService(store, clock)
        known_all = truth(lang_of(name))
        for friendly_id, scanned, raw in scans(lang_of(name)):
            verdict = service.scan(raw, "D1", "Anna")
            expected = expected_at_door(known_all[friendly_id], name, scanned)
            assert str(verdict.kind) == expected, (scanned, raw)
    finally:
        store.close()
