"""Every real pretix export through the window's import dialog, as a person would import
it: the dialog shows the core's proposal (secret as the code, the order code as order
code, the positions sheet, this door's check-in list) and the result matches pretix's
truth field by field; then every payload is replayed at the door."""

from __future__ import annotations

import pytest

from checkin.core.rules import CheckInService
from checkin.core.store.sqlite import SQLiteStore
from checkin.qt.dialogs.import_dialog import ImportDialog
from tests.conftest import FakeClock
from tests.pretix_truth import check_store, expected_verdicts, export, export_files, truth

#: Every file once; orders exports at the list that is not the most used (the person chooses).
CASES = [pytest.param(export(e, f), export(e, f).doors()[-1], id=f) for e, f in export_files()]


@pytest.mark.parametrize(("ex", "door"), CASES)
def test_dialog_imports_real_export_as_pretix_holds_it(qtbot, tmp_path, ex, door):
    store = SQLiteStore.open(tmp_path / "event.db")
    try:
        dialog = ImportDialog(store, str(ex.path))
        qtbot.addWidget(dialog)
        dialog.open()
        mapping = dialog.chosen_mapping()
        assert [h for h, f in mapping.items() if f == "code"] in (
            ["Secret"],
            ["Ticket secret"],
            ["Ticket-Code"],
            [] if not ex.with_secrets else ["a secret"],
        )
        assert {"Order code", "Bestellnummer"} & {
            h for h, f in mapping.items() if f == "order_code"
        }
        if ex.name.endswith("orders.xlsx"):
            assert dialog.sheet.currentText() in ("Order positions", "Bestellzeilen")
        if ex.kind == "orders":
            # Several lists and no default: the dialog asks, and cannot import before.
            assert dialog.door_list.isVisibleTo(dialog)
            assert dialog.door_list.currentIndex() == -1
            assert not dialog.import_button.isEnabled()
            assert "Choose which one is this door's" in dialog.summary.text()
            dialog.start_import()  # (a click on the disabled button does nothing either)
            assert not dialog.busy and store.count_attendees() == 0
            dialog.set_checkin_list(door)
            assert dialog.import_button.isEnabled()
        with qtbot.waitSignal(dialog.imported, timeout=20000) as blocker:
            dialog.import_button.click()
        report = blocker.args[0]
        listed = ex.listed()
        assert report.inserted == len(listed)
        assert report.rejected == 0
        if ex.kind == "orders":
            assert report.checkin_list == door
        check_store(ex, store, door)
        service = CheckInService(store, FakeClock())
        secrets = {p["secret"] for p in listed}
        orders = {p["order_code"] for p in listed}
        for payload in truth(ex.event)["payloads"]:
            is_listed = (
                payload["order_code"] in orders
                if payload["kind"] == "order_code"
                else payload["payload"] in secrets
            )
            verdict = service.scan(payload["payload"], "Eingang", "Test")
            assert verdict.kind in expected_verdicts(ex, payload, door, is_listed), payload
            if verdict.admits:
                assert payload["pretix"][door]["status"] == "ok"
    finally:
        store.close()
