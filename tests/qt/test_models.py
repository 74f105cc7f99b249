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


# -- the first full list, read on a worker (start-up) -----------------------------------------
def _gated_lane(operations):
    """Hold the model's "list" lane until the returned event is set (lanes run in order)."""
    import threading

    gate = threading.Event()
    operations.run(lambda _context: gate.wait(10), lane="list")
    return gate


def test_the_full_list_read_in_the_background_is_the_full_list(qtmodeltester, qtbot, store):
    from checkin.qt.operations import Operations

    operations = Operations(store)
    model = AttendeeTableModel(store)
    shown = []
    try:
        model.show_all_in_background(operations, lambda: shown.append(model.rowCount()))
        assert model.rowCount() == 0  # nothing waits for it: the window takes scans meanwhile
        qtbot.waitUntil(lambda: bool(shown))
        expected = AttendeeTableModel(store)
        expected.show_all()
        assert shown == [store.count_attendees()]
        assert [model.attendee_at(r).code for r in range(model.rowCount())] == [
            expected.attendee_at(r).code for r in range(expected.rowCount())
        ]
        qtmodeltester.check(model)
    finally:
        operations.shutdown()


def test_a_search_shown_while_the_list_is_read_stays(qtbot, store):
    from checkin.qt.operations import Operations

    operations = Operations(store)
    model = AttendeeTableModel(store)
    shown = []
    try:
        gate = _gated_lane(operations)
        model.show_all_in_background(operations, lambda: shown.append(True))
        model.show_attendees(store.search("muller"))
        gate.set()
        qtbot.waitUntil(lambda: bool(shown))
        assert model.rowCount() == 2
    finally:
        operations.shutdown()


def test_a_guest_added_while_the_list_is_read_is_in_it(qtbot, store):
    from checkin.core.model import Attendee
    from checkin.qt.operations import Operations

    operations = Operations(store)
    model = AttendeeTableModel(store)
    shown = []
    try:
        gate = _gated_lane(operations)
        model.show_all_in_background(operations, lambda: shown.append(True))
        with qtbot.waitSignal(model._storeChanged):  # noqa: SLF001 - the change has arrived
            new = store.add_attendee(Attendee(code="NEW1", first_name="Neu", last_name="Ankunft"))
        guest = store.find_by_code("PLAIN007")[0]
        with qtbot.waitSignal(model._storeChanged):  # noqa: SLF001
            store.check_in(guest.id, datetime(2026, 5, 22, 10, 0, tzinfo=TZ), "Desk 3", "Eva")
        gate.set()
        qtbot.waitUntil(lambda: bool(shown))
        assert model.rowCount() == store.count_attendees()
        assert model.row_of(new.id) is not None
        row = model.row_of(guest.id)
        assert "Desk 3" in model.data(model.index(row, AttendeeTableModel.CHECKED_IN))
    finally:
        operations.shutdown()
