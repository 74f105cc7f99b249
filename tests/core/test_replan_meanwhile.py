"""The three-way merge of an import's update with a desk's change made meanwhile (pure)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from checkin.core.model import Attendee, CheckInState, Status
from checkin.core.store.base import ImportPlan, PlannedFrom, RecordedCheckIn
from checkin.core.store.meanwhile import ids_to_check, replan

AT = datetime(2026, 5, 22, 8, 0, tzinfo=UTC)
BASE = Attendee("C1", first_name="Anna", last_name="Nowak", company="A", id=1)


def _plan(update: Attendee) -> ImportPlan:
    return ImportPlan(updates=(update,), planned_from=PlannedFrom({1: BASE}))


def test_a_row_as_planned_is_written_as_planned() -> None:
    listed = replace(BASE, company="B")
    plan = _plan(listed)
    assert ids_to_check(plan) == [1]
    assert replan(plan, {1: BASE}) is plan
    assert plan.planned_from is not None and plan.planned_from.changed == set()


def test_the_desk_s_field_wins_and_the_list_s_other_fields_land() -> None:
    listed = replace(BASE, first_name="Ana", company="B", status=Status.CANCELLED)
    desk = replace(BASE, first_name="Anja", checked_in=CheckInState(AT, "Tisch 1", "Jo"))
    plan = _plan(listed)
    (written,) = replan(plan, {1: desk}).updates
    # The desk corrected the first name: its value stays, though the list has another.
    assert (written.first_name, written.company, written.status) == ("Anja", "B", Status.CANCELLED)
    assert written.checked_in == desk.checked_in
    assert plan.planned_from is not None and plan.planned_from.changed == {1}


def test_nothing_is_written_where_the_desk_set_what_the_list_says() -> None:
    listed = replace(BASE, company="B")
    assert replan(_plan(listed), {1: replace(BASE, company="B")}).updates == ()


def test_removals_and_list_check_ins_of_changed_guests_are_left_out() -> None:
    other = Attendee("C2", last_name="Zelenka", id=2)
    plan = ImportPlan(
        removals=(1, 2),
        recorded_checkins=(RecordedCheckIn.of_stored(1, AT), RecordedCheckIn.of_stored(2, AT)),
        planned_from=PlannedFrom({1: BASE, 2: other}),
    )
    came = replace(BASE, checked_in=CheckInState(AT, "Tisch 1", "Jo"))
    written = replan(plan, {1: came, 2: other})
    assert written.removals == (2,)
    assert [r.attendee_id for r in written.recorded_checkins] == [2]


def test_a_plan_without_its_rows_is_written_as_it_is() -> None:
    plan = ImportPlan(updates=(replace(BASE, company="B"),))
    assert ids_to_check(plan) == [] and replan(plan, {}) is plan


def test_a_list_check_in_looks_at_presence_only() -> None:
    """The import's own update of the guest (an earlier part) is no desk's change."""
    plan = ImportPlan(
        recorded_checkins=(RecordedCheckIn.of_stored(1, AT),),
        planned_from=PlannedFrom({1: BASE}),
    )
    updated = replace(BASE, code="SECRET", company="B")
    assert replan(plan, {1: updated}) is plan
    came = replace(updated, checked_in=CheckInState(AT, "Tisch 1", "Jo"))
    assert replan(plan, {1: came}).recorded_checkins == ()
