"""Both backends find an order's tickets by the order code in their extra data."""

from __future__ import annotations

import pytest

from checkin.core.model import ORDER_CODES_META, Attendee, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import ImportPlan, Store
from checkin.core.store.postgres import PostgresStore
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


def test_a_typed_registration_id_finds_its_guest_in_either_backend(
    any_store: Store, clock: FakeClock
):
    """Indico's per-event ID, kept when the registrants JSON made the secret the code."""
    from checkin.core.model import REGISTRATION_ID_KEY, REGISTRATION_IDS_META, Status

    key = REGISTRATION_ID_KEY
    any_store.apply_import(
        ImportPlan(
            inserts=(
                Attendee(code="86d93194-b2", first_name="Ida", extra={key: "1"}),
                Attendee(code="64525c91-ba", first_name="Jan", extra={key: "12", "Tags": "1"}),
                Attendee(code="907229d4-98", first_name="Ole", extra={key: "3"},
                         status=Status.UNAPPROVED),
                Attendee(code="4", first_name="Pia"),  # a code that is a number wins
                Attendee(code="c5c5c5c5-c5", first_name="Ute", extra={key: "4"}),
            )
        ),
        clock(),
    )  # fmt: skip
    assert [a.first_name for a in any_store.find_by_registration_id("1")] == ["Ida"]
    assert [a.first_name for a in any_store.find_by_registration_id("12")] == ["Jan"]
    assert any_store.find_by_registration_id("2") == []
    service = CheckInService(any_store, clock)
    assert service.scan("1", "Eingang", "Anna").kind is VerdictKind.UNKNOWN  # no such list
    any_store.set_meta(REGISTRATION_IDS_META, "1")
    ida = service.scan("1", "Eingang", "Anna")
    assert ida.admits and ida.attendee.first_name == "Ida"
    assert service.scan("1", "Eingang", "Anna").kind is VerdictKind.ALREADY_CHECKED_IN
    assert service.scan("3", "Eingang", "Anna").kind is VerdictKind.NOT_APPROVED
    assert service.scan("4", "Eingang", "Anna").attendee.first_name == "Pia"
    assert service.scan("2", "Eingang", "Anna").kind is VerdictKind.UNKNOWN


@pytest.mark.postgres
def test_the_order_code_lookup_reads_an_index_on_the_server(pg_url: str, clock: FakeClock):
    store = PostgresStore.open(pg_url)
    try:
        store.apply_import(
            ImportPlan(
                inserts=tuple(
                    Attendee(
                        code=f"T{i:05d}",
                        last_name=f"Gast {i}",
                        extra={"Order code": f"O{i // 2:05d}", "Anrede": "Frau"}
                        if i % 3
                        else {"Bestellnummer": f"B{i:05d}", "Notiz": 'a "quoted" \\ note'},
                    )
                    for i in range(6000)
                )
            ),
            clock(),
        )
        assert {a.code for a in store.find_by_order_code("o00005")} == {"T00010", "T00011"}
        assert [a.code for a in store.find_by_order_code("B00003")] == ["T00003"]
        sql = store._q(
            f"EXPLAIN SELECT id FROM attendees WHERE {PostgresStore.ORDER_CODE_SQL} ORDER BY id"
        )
        plan = "\n".join(r[0] for r in store._read(sql, ("o00007", "o00007")))
        assert "attendees_order_code_0" in plan and "attendees_order_code_1" in plan, plan
        assert "Seq Scan" not in plan, plan
    finally:
        store.close()
