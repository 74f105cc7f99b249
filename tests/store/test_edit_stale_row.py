"""A correction saved from the row its dialog opened on (review 7 of issue 12).

The edit dialog holds the guest as it was when it opened. Meanwhile a re-import may
cancel the guest, pass the ticket on to another person, or another desk may correct the
same guest. Saving the dialog must write only what the operator changed: writing the
whole old row back made a cancelled guest "admitted" at the next scan.
"""

from __future__ import annotations

from dataclasses import replace

from checkin.core.model import Attendee, LogKind, Status, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import ImportPlan, Store
from tests.conftest import FakeClock


def _guest(store: Store, code: str) -> Attendee:
    return store.find_by_code(code)[0]


def test_saving_an_old_row_never_reactivates_a_guest_cancelled_meanwhile(
    filled_any: Store, clock: FakeClock
) -> None:
    service = CheckInService(filled_any, clock)
    opened = _guest(filled_any, "MUELL1")  # the edit dialog opens on this row
    filled_any.apply_import(
        ImportPlan(updates=(replace(opened, status=Status.CANCELLED),)), clock()
    )  # a re-import beside the door cancels the order
    assert service.scan("MUELL1", "T1", "Op").kind is VerdictKind.CANCELLED

    service.edit(replace(opened, company="Neue Firma GmbH"), "T1", "Op", opened)

    stored = _guest(filled_any, "MUELL1")
    assert stored.status is Status.CANCELLED
    assert stored.company == "Neue Firma GmbH"  # the correction itself is kept
    assert service.scan("MUELL1", "T1", "Op").kind is VerdictKind.CANCELLED
    assert filled_any.log_for(stored.id)[-2].kind is LogKind.EDIT  # type: ignore[arg-type]


def test_saving_an_old_row_keeps_the_new_holder_of_a_ticket_passed_on(
    filled_any: Store, clock: FakeClock
) -> None:
    service = CheckInService(filled_any, clock)
    opened = _guest(filled_any, "MUELL1")
    filled_any.apply_import(
        ImportPlan(updates=(replace(opened, first_name="Berta", last_name="Neumann"),)),
        clock(),
    )  # the ticket went to another person in the registration system

    edited = service.edit(replace(opened, company="Neue Firma GmbH"), "T1", "Op", opened)

    assert (edited.first_name, edited.last_name) == ("Berta", "Neumann")
    assert edited.company == "Neue Firma GmbH"
    assert [a.code for a in service.search("berta neumann")] == ["MUELL1"]
    # The event records only the company: a later import keeps no old name.
    entry = filled_any.log_for(edited.id)[-1]  # type: ignore[arg-type]
    assert entry.kind is LogKind.EDIT
    assert "Anna" not in (entry.detail or "") and "Müller" not in (entry.detail or "")


def test_two_desks_correcting_different_fields_of_one_guest_keep_both(
    filled_any: Store, clock: FakeClock
) -> None:
    service = CheckInService(filled_any, clock)
    opened_a = _guest(filled_any, "WESTK1")  # both dialogs open on the same row
    opened_b = _guest(filled_any, "WESTK1")
    service.edit(replace(opened_a, company="Fraunhofer IPA Stuttgart"), "T1", "Anna", opened_a)
    clock.advance(seconds=5)
    service.edit(replace(opened_b, function="Institutsleiter"), "T2", "Ben", opened_b)

    stored = _guest(filled_any, "WESTK1")
    assert stored.company == "Fraunhofer IPA Stuttgart"
    assert stored.function == "Institutsleiter"


def test_an_edit_that_changes_nothing_writes_nothing(filled_any: Store, clock: FakeClock) -> None:
    service = CheckInService(filled_any, clock)
    opened = _guest(filled_any, "DULIG1")
    filled_any.apply_import(
        ImportPlan(updates=(replace(opened, status=Status.CANCELLED),)), clock()
    )
    service.edit(opened, "T1", "Op", opened)  # saved unchanged
    assert _guest(filled_any, "DULIG1").status is Status.CANCELLED
