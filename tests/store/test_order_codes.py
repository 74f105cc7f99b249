"""Both backends find an order's tickets by the order code in their extra data."""

from __future__ import annotations

from checkin.core.model import ORDER_CODES_META, Attendee, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import ImportPlan, Store
from tests.conftest import FakeClock


def test_order_code_finds_its_tickets_in_either_backend(any_store: Store, clock: FakeClock):
    any_store.apply_import(
        ImportPlan(
            inserts=(
                Attendee(code="S-1", first_name="Kim", extra={"Order code": "UYXPJ"}),
                Attendee(code="S-2", first_name="Lena", extra={"Order code": "UYXPJ"}),
                Attendee(code="S-3", first_name="Jörg", extra={"Bestellnummer": "WJVPN"}),
                Attendee(code="S-4", first_name="Ole", extra={"Notiz": "UYXPJ? no: WJVPN"}),
                Attendee(code="UYXPJ-9", first_name="Una"),
            )
        ),
        clock(),
    )
    assert {a.code for a in any_store.find_by_order_code("UYXPJ")} == {"S-1", "S-2"}
    assert {a.code for a in any_store.find_by_order_code("wjvpn")} == {"S-3"}
    assert any_store.find_by_order_code("UYXP") == []
    assert any_store.find_by_order_code("") == []
    any_store.set_meta(ORDER_CODES_META, "1")
    verdict = CheckInService(any_store, clock).scan("UYXPJ", "Eingang", "Anna")
    assert verdict.kind is VerdictKind.AMBIGUOUS
    assert {c.code for c in verdict.candidates} == {"S-1", "S-2"}
