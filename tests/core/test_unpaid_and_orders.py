"""Not paid, admitted anyway, name missing, order codes: the rules pretix's exports need."""

from __future__ import annotations

import pytest

from checkin.core.io import pretix
from checkin.core.model import ORDER_CODES_META, Attendee, LogKind, Status, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import ImportPlan
from checkin.core.store.sqlite import SQLiteStore


@pytest.fixture
def service(store: SQLiteStore, clock) -> CheckInService:
    order = {"Bestellnummer": "9RPSR"}
    store.apply_import(
        ImportPlan(
            inserts=(
                Attendee(
                    code="T-EMIL", first_name="Emil", last_name="Fischer", status=Status.UNPAID
                ),
                Attendee(code="T-BERND", first_name="Bernd", last_name="Schulz", extra=order),
                Attendee(code="T-CLARA", first_name="Clara", last_name="Weiß", extra=order),
                Attendee(code="T-NONAME", extra=order),
                Attendee(
                    code="T-GONE", first_name="Frieda", last_name="Klein", status=Status.CANCELLED
                ),
            )
        ),
        clock(),
    )
    store.set_meta(ORDER_CODES_META, "1")  # as an import of a list with order codes does
    return CheckInService(store, clock)


def test_unpaid_is_refused_with_who_it_is_then_admitted_anyway_with_the_name(service):
    refused = service.scan("T-EMIL", "Eingang", "Anna")
    assert refused.kind is VerdictKind.NOT_PAID and not refused.admits
    assert refused.attendee.full_name == "Emil Fischer"
    assert service.check_in(refused.attendee.id, "Eingang", "Anna").kind is VerdictKind.NOT_PAID
    admitted = service.admit_anyway(refused.attendee.id, "Eingang", "Anna")
    assert admitted.admits
    override = service.store.last_log_entry(LogKind.OVERRIDE)
    assert override is not None
    assert (override.operator, override.result) == ("Anna", "not_paid")
    assert override.attendee_id == refused.attendee.id
    assert service.scan("T-EMIL", "Eingang", "Ben").kind is VerdictKind.ALREADY_CHECKED_IN


def test_admit_anyway_never_admits_a_cancelled_registration(service):
    (gone,) = service.store.find_by_code("T-GONE")
    assert service.admit_anyway(gone.id, "Eingang", "Anna").kind is VerdictKind.CANCELLED
    assert service.store.last_log_entry(LogKind.OVERRIDE) is None


def test_an_order_code_lists_its_tickets_and_admits_nobody(service):
    for typed in ("9RPSR", "9rpsr"):
        verdict = service.scan(typed, "Eingang", "Anna")
        assert verdict.kind is VerdictKind.AMBIGUOUS and not verdict.admits
        assert verdict.order_code == typed
        assert {c.code for c in verdict.candidates} == {"T-BERND", "T-CLARA", "T-NONAME"}
    assert all(a.checked_in is None for a in service.store.iter_attendees())


def test_without_order_codes_imported_an_unknown_code_is_just_unknown(service):
    service.store.set_meta(ORDER_CODES_META, "")
    assert service.scan("9RPSR", "Eingang", "Anna").kind is VerdictKind.UNKNOWN


def test_an_order_code_is_found_through_an_index_under_either_key(store, service, clock):
    # Every unknown code of order-code shape is looked up: a scan of every guest's
    # extra data would sit in the scan path (about 50 ms at 200,000 guests).
    store.apply_import(
        ImportPlan(inserts=(Attendee(code="T-DORA", extra={"Order code": "Q7XKM"}),)), clock()
    )
    assert [a.code for a in store.find_by_order_code("q7xkm")] == ["T-DORA"]
    assert {a.code for a in store.find_by_order_code(" 9RPSR ")} == {
        "T-BERND",
        "T-CLARA",
        "T-NONAME",
    }
    assert store.find_by_order_code("T-DORA") == []
    plan = store._conn.execute(  # noqa: SLF001 - the query plan is the point
        f"EXPLAIN QUERY PLAN SELECT id FROM attendees WHERE {store.ORDER_CODE_SQL}",
        ("q7xkm",) * store.ORDER_CODE_SQL.count("?"),
    ).fetchall()
    details = [row[-1] for row in plan]
    assert any("USING INDEX attendees_order_code" in d for d in details), details
    assert not any(d.startswith("SCAN attendees") for d in details), details


def test_a_ticket_without_a_name_is_admitted_as_name_missing(service):
    verdict = service.scan("T-NONAME", "Eingang", "Anna")
    assert verdict.admits and verdict.name_missing
    assert not service.scan("T-CLARA", "Eingang", "Anna").name_missing


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("'=gQAHxyz", "=gQAHxyz"),
        ("'+493412345678", "+493412345678"),
        ("'-Formenbau Hahn-", "-Formenbau Hahn-"),
        ("'@home", "@home"),
        ("'|a\\|b", "|a|b"),
        ("'%rabatt", "%rabatt"),
        ("'-12,5", "'-12,5"),  # defusedcsv leaves numbers alone: the apostrophe is the list's
        ("O'Brien", "O'Brien"),
        ("'Sarah'", "'Sarah'"),
        ("'", "'"),
    ],
)
def test_undefuse_removes_only_what_defusedcsv_added(cell, value):
    assert pretix.undefuse(cell) == value


def test_product_and_variation_kept_apart():
    assert pretix.split_product("Teilnehmer – Frühbucher", " – ") == ("Teilnehmer", "Frühbucher")
    assert pretix.split_product("Referent", " – ") == ("Referent", "")
