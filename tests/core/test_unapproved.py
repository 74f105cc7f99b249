"""Not approved (Indico "Pending"): refused with who it is; a person may admit, logged."""

from __future__ import annotations

import pytest

from checkin.core.io import indico
from checkin.core.model import Attendee, LogKind, Status, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import ImportPlan
from checkin.core.store.sqlite import SQLiteStore


@pytest.fixture
def service(store: SQLiteStore, clock) -> CheckInService:
    store.apply_import(
        ImportPlan(
            inserts=(
                Attendee(
                    code="4", first_name="Ole", last_name="Brückner", status=Status.UNAPPROVED
                ),
                Attendee(code="5", first_name="Pia", last_name="Conrad", status=Status.UNPAID),
            )
        ),
        clock(),
    )
    return CheckInService(store, clock)


def test_not_approved_is_refused_with_who_it_is_then_admitted_anyway_with_the_name(service):
    refused = service.scan("4", "Eingang", "Anna")
    assert refused.kind is VerdictKind.NOT_APPROVED and not refused.admits
    assert refused.attendee.full_name == "Ole Brückner" and "not approved" in refused.detail
    assert service.check_in(refused.attendee.id, "Eingang", "Anna").kind is (
        VerdictKind.NOT_APPROVED
    )
    rejected = service.store.last_log_entry(LogKind.REJECTED)
    assert rejected is not None and rejected.result == "not_approved"
    admitted = service.admit_anyway(refused.attendee.id, "Eingang", "Anna")
    assert admitted.admits
    override = service.store.last_log_entry(LogKind.OVERRIDE)
    assert override is not None
    assert (override.operator, override.result) == ("Anna", "not_approved")
    assert service.scan("4", "Eingang", "Ben").kind is VerdictKind.ALREADY_CHECKED_IN


def test_not_paid_and_not_approved_are_told_apart(service):
    assert service.scan("5", "Eingang", "Anna").kind is VerdictKind.NOT_PAID
    (pia,) = service.store.find_by_code("5")
    service.admit_anyway(pia.id, "Eingang", "Anna")
    override = service.store.last_log_entry(LogKind.OVERRIDE)
    assert override is not None and override.result == "not_paid"


@pytest.mark.parametrize(
    ("written", "status"),
    [
        ("Completed", Status.ACTIVE),
        ("Abgeschlossen", Status.ACTIVE),
        ("Pending", Status.UNAPPROVED),
        ("Anstehend", Status.UNAPPROVED),
        ("Awaiting payment", Status.UNPAID),
        ("Warten auf Zahlung", Status.UNPAID),
        ("Withdrawn", Status.CANCELLED),
        ("Zurückgezogen", Status.CANCELLED),
        ("Rejected", Status.CANCELLED),
        ("abgelehnt", Status.CANCELLED),
    ],
)
def test_indicos_states_in_english_and_german(written, status):
    assert indico.parse_status(written) is status
