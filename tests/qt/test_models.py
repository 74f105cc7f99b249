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


# -- a renamed guest moves to their place in the name order -----------------------------------
def _shown_order(model):
    return [model.attendee_at(r).id for r in range(model.rowCount())]


def test_a_renamed_guest_moves_to_their_place_and_the_selection_follows(qtmodeltester, store):
    """After a rename (here, or pulled from another desk: both reach the model as a
    `Change` of that guest) the row is where the store sorts it, and a persistent index
    (the view's selection and current row) is still on the same guest."""
    from dataclasses import replace

    from PySide6.QtCore import QPersistentModelIndex

    model = AttendeeTableModel(store)
    model.show_all()
    qtmodeltester.check(model, force_py=True)
    berta = store.find_by_code("PLAIN007")[0]  # Beispiel: near the top
    selected = QPersistentModelIndex(model.index(model.row_of(berta.id), 0))
    store.update_attendee(replace(berta, last_name="Zwick"))
    model.follow(store_change(berta.id))
    assert _shown_order(model) == store.attendee_ids()
    assert model.row_of(berta.id) == model.rowCount() - 1
    assert selected.row() == model.row_of(berta.id)
    assert model.data(model.index(selected.row(), 0)) == "Zwick, Berta"
    # And back to the top, past everyone (a rename to the first place).
    store.update_attendee(replace(store.get_attendee(berta.id), last_name="Aal"))
    model.follow(store_change(berta.id))
    assert _shown_order(model) == store.attendee_ids()
    assert selected.row() == 0


def test_several_renamed_at_once_end_in_the_name_order(store):
    from dataclasses import replace

    model = AttendeeTableModel(store)
    model.show_all()
    ids = store.attendee_ids()
    renamed = {ids[0]: "Zwick", ids[1]: "Ypsilon", ids[-1]: "Aal", ids[3]: "Mittel"}
    for attendee_id, last_name in renamed.items():
        store.update_attendee(replace(store.get_attendee(attendee_id), last_name=last_name))
    model.follow(store_change(*renamed))
    assert _shown_order(model) == store.attendee_ids()


def store_change(*attendee_ids):
    from checkin.core.store.base import Change

    return Change(tuple(attendee_ids))


def test_random_renames_keep_the_store_order(store):
    """Rounds of 1-6 renames at once (a pull), among check-ins that move nothing."""
    import random
    from dataclasses import replace

    from checkin.core.model import Attendee

    for i in range(40):
        store.add_attendee(Attendee(code=f"R{i:03d}", first_name="Gast", last_name=f"N{i:03d}"))
    model = AttendeeTableModel(store)
    model.show_all()
    chance = random.Random(12)
    for _round in range(40):
        ids = store.attendee_ids()
        renamed = chance.sample(ids, chance.randint(1, 6))
        others = chance.sample(ids, 5)  # changed, not renamed (a check-in)
        for attendee_id in renamed:
            name = "".join(chance.choice("ABMNZ") for _ in range(3))
            store.update_attendee(replace(store.get_attendee(attendee_id), last_name=name))
        model.follow(store_change(*others, *renamed))
        assert _shown_order(model) == store.attendee_ids()


def test_one_rename_among_many_changed_guests_places_only_that_guest(store):
    """A pull of many check-ins with one rename: a handful of reads, not one per guest."""
    from dataclasses import replace

    from checkin.core.model import Attendee
    from checkin.core.store.base import ImportPlan

    guests = [
        Attendee(code=f"P{i:04d}", first_name="Gast", last_name=f"N{i:04d}") for i in range(4000)
    ]
    store.apply_import(ImportPlan(inserts=tuple(guests)), datetime(2026, 5, 22, 8, 0, tzinfo=TZ))
    model = AttendeeTableModel(store)
    model.show_all()
    ids = store.attendee_ids()
    renamed = ids[10]
    store.update_attendee(replace(store.get_attendee(renamed), last_name="Zwick"))
    reads = []
    real = store.get_attendees

    def counted(wanted):
        wanted = list(wanted)
        reads.append(len(wanted))
        return real(wanted)

    store.get_attendees = counted
    try:
        model.follow(store_change(*ids[::40], renamed))  # 100 check-ins, one rename
    finally:
        del store.get_attendees
    assert _shown_order(model) == store.attendee_ids()
    assert len(reads) <= 30, reads  # the neighbours once, then ~log2(4008) for the one guest
