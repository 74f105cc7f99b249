"""Every Qt model passes pytest-qt's model tester, also while the store changes."""

from __future__ import annotations

from datetime import datetime

from checkin.qt.models.attendee_table import AttendeeTableModel
from tests.qt.conftest import TZ


def test_attendee_model_full_list(qtmodeltester, store):
    model = AttendeeTableModel(store)
    model.show_all()
    assert model.rowCount() == store.count_attendees()
    qtmodeltester.check(model)


def test_attendee_model_search_result_and_empty(qtmodeltester, store):
    model = AttendeeTableModel(store)
    model.show_attendees(store.search("muller"))
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    model.show_attendees([])
    qtmodeltester.check(model)


def test_model_follows_a_check_in_made_elsewhere(qtbot, store):
    model = AttendeeTableModel(store)
    model.show_all()
    guest = store.find_by_code("PLAIN007")[0]
    row = model.row_of(guest.id)
    assert model.data(model.index(row, AttendeeTableModel.CHECKED_IN)) == ""
    with qtbot.waitSignal(model.dataChanged):
        store.check_in(guest.id, datetime(2026, 5, 22, 10, 0, tzinfo=TZ), "Desk 3", "Eva")
    assert "Desk 3" in model.data(model.index(row, AttendeeTableModel.CHECKED_IN))


def test_model_stays_valid_when_rows_arrive(qtmodeltester, qtbot, store):
    from checkin.core.model import Attendee

    model = AttendeeTableModel(store)
    model.show_all()
    qtmodeltester.check(model, force_py=True)
    with qtbot.waitSignal(model.modelReset):
        store.add_attendee(Attendee(code="NEW1", first_name="Neu", last_name="Ankunft"))
    assert model.rowCount() == store.count_attendees()
