"""A registration that is not paid at the desk: refused with the guest's name, then a
person admits anyway (Ctrl+Shift+Return) and the log keeps their name; an order code
lists its tickets to pick; a ticket without a name is admitted as "name missing"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from checkin.core.model import ORDER_CODES_META, Attendee, LogKind, Status, VerdictKind
from checkin.qt.verdict_text import Tone, describe
from tests.qt.test_desk_scanning import scan


def _add(desk, *guests):
    for guest in guests:
        desk.store.add_attendee(guest)


def test_not_paid_is_refused_then_admitted_anyway_with_the_operators_name(qtbot, desk):
    _add(
        desk,
        Attendee(code="UNPAID08", first_name="Emil", last_name="Fischer", status=Status.UNPAID),
    )
    verdict = scan(qtbot, desk, "UNPAID08")
    assert verdict.kind is VerdictKind.NOT_PAID and not verdict.admits
    content = describe(verdict)
    assert content.tone is Tone.STOP and "Emil Fischer" in content.subtitle
    qtbot.waitUntil(lambda: desk.selected_attendee() is not None)
    assert desk.selected_attendee().code == "UNPAID08"
    with qtbot.waitSignal(desk.verdictShown) as blocker:
        qtbot.keyClick(
            desk.scan_field,
            Qt.Key.Key_Return,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert blocker.args[0].admits
    override = desk.store.last_log_entry(LogKind.OVERRIDE)
    assert (override.operator, override.result) == ("Tom", "not_paid")


def test_order_code_lists_its_tickets_and_a_nameless_ticket_asks_for_the_name(qtbot, desk):
    order = {"Bestellnummer": "Q7MNA"}
    desk.store.set_meta(ORDER_CODES_META, "1")  # as importing a pretix export does
    _add(
        desk,
        Attendee(code="T-SIGRID", first_name="Sigrid", last_name="Ott", extra=order),
        Attendee(code="T-NONAME", extra=order),
    )
    verdict = scan(qtbot, desk, "Q7MNA")
    assert verdict.kind is VerdictKind.AMBIGUOUS and verdict.order_code == "Q7MNA"
    assert describe(verdict).title == "Order Q7MNA: 2 tickets"
    assert desk.scan_field.searching  # a person picks the ticket
    nameless = scan(qtbot, desk, "T-NONAME")
    assert nameless.admits and nameless.name_missing
    assert describe(nameless).title == "Admitted – name missing"


def test_no_badge_prints_for_a_ticket_without_a_name_the_name_is_asked(qtbot, desk):
    from checkin.qt.dialogs.attendee_dialog import AttendeeDialog

    _add(desk, Attendee(code="T-NONAME", extra={"Bestellnummer": "Q7MNA"}))
    assert scan(qtbot, desk, "T-NONAME").name_missing
    qtbot.waitUntil(lambda: desk.selected_attendee() is not None)
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(desk.open_dialog, AttendeeDialog))
    assert "name first" in desk.statusBar().currentMessage()
    assert desk.store.last_log_entry(LogKind.BADGE_PRINTED) is None
    desk.open_dialog.reject()


def _admit_anyway_keys(qtbot, desk):
    qtbot.keyClick(
        desk.scan_field,
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def test_admit_anyway_acts_on_the_refused_guest_never_on_the_selected_row(qtbot, desk):
    emil = desk.store.add_attendee(
        Attendee(code="UNPAID08", first_name="Emil", last_name="Fischer", status=Status.UNPAID)
    )
    greta = desk.store.add_attendee(
        Attendee(code="UNPAID09", first_name="Greta", last_name="Hahn", status=Status.UNPAID)
    )
    assert scan(qtbot, desk, "UNPAID08").kind is VerdictKind.NOT_PAID
    qtbot.waitUntil(lambda: desk.selected_attendee() is not None)
    qtbot.waitUntil(lambda: desk.model.row_of(greta.id) is not None)
    desk.table.selectRow(desk.model.row_of(greta.id))  # somebody clicks another row
    assert desk.selected_attendee().id == greta.id
    with qtbot.waitSignal(desk.verdictShown) as blocker:
        _admit_anyway_keys(qtbot, desk)
    assert blocker.args[0].admits and blocker.args[0].attendee.id == emil.id
    assert desk.store.get_attendee(greta.id).checked_in is None
    override = desk.store.last_log_entry(LogKind.OVERRIDE)
    assert (override.attendee_id, override.operator) == (emil.id, "Tom")
    # Once: the same keys again admit nobody (the current verdict is the admission).
    with qtbot.assertNotEmitted(desk.verdictShown):
        _admit_anyway_keys(qtbot, desk)
    assert "No refused guest" in desk.statusBar().currentMessage()


def test_after_another_scan_admit_anyway_means_the_new_verdict_or_nobody(qtbot, desk):
    greta = desk.store.add_attendee(
        Attendee(code="UNPAID09", first_name="Greta", last_name="Hahn", status=Status.UNPAID)
    )
    desk.store.add_attendee(Attendee(code="PAID0010", first_name="Ida", last_name="Roth"))
    assert scan(qtbot, desk, "UNPAID09").kind is VerdictKind.NOT_PAID
    assert scan(qtbot, desk, "NOSUCH77").kind is VerdictKind.UNKNOWN  # the next guest
    qtbot.waitUntil(lambda: desk.model.row_of(greta.id) is not None)
    desk.table.selectRow(desk.model.row_of(greta.id))
    with qtbot.assertNotEmitted(desk.verdictShown):
        _admit_anyway_keys(qtbot, desk)
    assert desk.store.get_attendee(greta.id).checked_in is None
    assert desk.store.last_log_entry(LogKind.OVERRIDE) is None
    # A new refusal is the one meant; then an admitted guest is shown: nobody again.
    assert scan(qtbot, desk, "UNPAID09").kind is VerdictKind.NOT_PAID
    assert scan(qtbot, desk, "PAID0010").admits
    with qtbot.assertNotEmitted(desk.verdictShown):
        _admit_anyway_keys(qtbot, desk)
    assert desk.store.get_attendee(greta.id).checked_in is None
    # The banner answering something else (nothing to undo) ends a refusal's turn too.
    assert scan(qtbot, desk, "UNPAID09").kind is VerdictKind.NOT_PAID
    desk.undo_selected()
    with qtbot.assertNotEmitted(desk.verdictShown):
        _admit_anyway_keys(qtbot, desk)
    assert desk.store.get_attendee(greta.id).checked_in is None
