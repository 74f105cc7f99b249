"""A check-in is written only for the guest the rules judged (`Store.check_in`'s `judged`).

Between the rules' lookup and the write another desk may have re-imported the list: the
ticket cancelled, its code given to someone else. The store then writes nothing and
answers with its row (`CheckInResult.changed`); the rules judge that row. Both backends,
and PostgreSQL's transaction path too (taken when desks race on a guest).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from checkin.core.model import Attendee, LogKind, Outcome, Status, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import ImportPlan, Store
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.sql import SQLStore
from checkin.core.store.sqlite import SQLiteStore
from tests.conftest import FakeClock


def _cancel(store: Store, clock: FakeClock, code: str) -> Attendee:
    """Another desk's re-import cancels the ticket; returns the guest as judged before."""
    guest = store.find_by_code(code)[0]
    store.apply_import(ImportPlan(updates=(replace(guest, status=Status.CANCELLED),)), clock())
    return guest


def _admissions(store: Store, attendee_id: int) -> list[str]:
    return [
        e.event_id
        for e in store.log_for(attendee_id)
        if e.kind is LogKind.CHECKIN and e.result is Outcome.ADMITTED
    ]


def test_a_guest_cancelled_since_the_judgement_is_answered_changed(
    filled_any: Store, clock: FakeClock
) -> None:
    judged = _cancel(filled_any, clock, "WESTK1")
    assert judged.id is not None
    result = filled_any.check_in(judged.id, clock(), "Tisch 1", "Anna", judged=judged)
    assert not result.admitted and result.state is None
    assert result.changed is not None and result.changed.status is Status.CANCELLED
    assert result.changed.id == judged.id
    assert _admissions(filled_any, judged.id) == []
    stored = filled_any.get_attendee(judged.id)
    assert stored is not None and stored.checked_in is None


def test_a_guest_still_as_judged_is_admitted(filled_any: Store, clock: FakeClock) -> None:
    judged = filled_any.find_by_code("WESTK1")[0]
    assert judged.id is not None
    result = filled_any.check_in(judged.id, clock(), "Tisch 1", "Anna", judged=judged)
    assert result.admitted and result.changed is None
    assert len(_admissions(filled_any, judged.id)) == 1


def test_a_code_given_to_another_guest_is_answered_changed(
    filled_any: Store, clock: FakeClock
) -> None:
    judged = filled_any.find_by_code("WESTK1")[0]
    assert judged.id is not None
    filled_any.apply_import(ImportPlan(updates=(replace(judged, code="WESTK9"),)), clock())
    result = filled_any.check_in(judged.id, clock(), "Tisch 1", "Anna", judged=judged)
    assert not result.admitted and result.changed is not None
    assert result.changed.code == "WESTK9"
    assert _admissions(filled_any, judged.id) == []


def test_a_guest_in_already_stays_already_in_whatever_the_list_says_since(
    filled_any: Store, clock: FakeClock
) -> None:
    """As the rules say: someone inside stays 'already checked in' if the list drops them."""
    judged = filled_any.find_by_code("WESTK1")[0]
    assert judged.id is not None
    first = filled_any.check_in(judged.id, clock(), "Tisch 2", "Ben")
    _cancel(filled_any, clock, "WESTK1")
    again = filled_any.check_in(
        judged.id, clock.advance(minutes=1), "Tisch 1", "Anna", judged=judged
    )
    assert not again.admitted and again.changed is None and again.state == first.state


@pytest.mark.postgres
def test_the_transaction_path_on_postgresql_judges_the_status_too(
    pg_url: str, clock: FakeClock
) -> None:
    """`PostgresStore.check_in` falls back to `SQLStore`'s transaction when the statement
    waited for another desk's commit; that path must not admit a cancelled ticket either."""
    store = PostgresStore.open(pg_url)
    try:
        store.apply_import(ImportPlan(inserts=(Attendee(code="T1", last_name="Gast"),)), clock())
        judged = _cancel(store, clock, "T1")
        assert judged.id is not None
        result = SQLStore.check_in(store, judged.id, clock(), "Tisch 1", "Anna", judged=judged)
        assert not result.admitted and result.changed is not None
        assert result.changed.status is Status.CANCELLED
        assert _admissions(store, judged.id) == []
    finally:
        store.close()


class LookupThenReimport(SQLiteStore):
    """A desk on a shared SQLite file; right after its next code lookup, the organiser's
    desk (its own connection to the same file) cancels that ticket."""

    organiser: SQLiteStore | None = None
    clock: FakeClock | None = None

    def find_by_code_casefold(self, code: str) -> list[Attendee]:
        found = super().find_by_code_casefold(code)
        organiser, self.organiser = self.organiser, None
        if organiser is not None and self.clock is not None:
            _cancel(organiser, self.clock, code)
        return found


def test_the_rules_refuse_a_ticket_cancelled_between_lookup_and_check_in(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "event.sqlite3"
    organiser = SQLiteStore.open(path)
    desk = LookupThenReimport.open(path)
    try:
        organiser.apply_import(
            ImportPlan(inserts=(Attendee(code="S1", last_name="Gast"),)), clock()
        )
        desk.organiser, desk.clock = organiser, clock
        verdict = CheckInService(desk, clock).scan("S1", "Tisch 1", "Anna")
        assert desk.organiser is None  # the re-import came between lookup and check-in
        assert verdict.kind is VerdictKind.CANCELLED
        guest = desk.find_by_code("S1")[0]
        assert guest.id is not None and guest.checked_in is None
        assert _admissions(desk, guest.id) == []
    finally:
        desk.close()
        organiser.close()
