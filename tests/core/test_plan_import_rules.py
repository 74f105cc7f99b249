"""`plan_import`, one row per rule: stored guests and list rows in, the plan and why out.

No file and no database: the rows are what the list readers make (`ParsedRow`), the
stored guests what a store holds (with ids), and each rule states the plan it must
give and the `MatchReason` of every row. The rules of the reading itself (headers,
which check-in list is the door's, pretix's and Indico's values) are in tests/io.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pytest

from checkin.core.importing import (
    MASS_REMOVAL_MIN,
    MATCH_STRATEGIES,
    ListColumns,
    WouldRemoveMost,
    _removes_most,
    plan_import,
)
from checkin.core.io import ParsedRow
from checkin.core.model import DEFAULT_TIMEZONE, Attendee, CheckInState, MatchReason, Status
from checkin.core.store.base import RecordedCheckIn

M = MatchReason
DOOR = datetime(2026, 3, 5, 8, 45, tzinfo=DEFAULT_TIMEZONE)
CAME = CheckInState(at=datetime(2026, 3, 5, 8, 30, tzinfo=DEFAULT_TIMEZONE), desk="T1", operator="")


def S(id: int, code: str, first: str, last: str, **fields: Any) -> Attendee:  # noqa: N802
    """A stored guest."""
    return Attendee(code=code, first_name=first, last_name=last, id=id, **fields)


def R(code: str, first: str, last: str, **fields: Any) -> Attendee:  # noqa: N802
    """A list row's guest."""
    return Attendee(code=code, first_name=first, last_name=last, **fields)


@dataclass(frozen=True)
class Rule:
    rule: str
    stored: tuple[Attendee, ...]
    #: A row, or a row and the check-in time the list records for it.
    rows: tuple[Attendee | tuple[Attendee, datetime], ...]
    reasons: tuple[MatchReason, ...]
    #: (code, last name) of each new guest.
    inserts: tuple[tuple[str, str], ...] = ()
    #: Stored id -> the fields the update gives (only those named are compared).
    updates: dict[int, dict[str, Any]] = field(default_factory=dict)
    removals: tuple[int, ...] = ()
    recorded: tuple[RecordedCheckIn, ...] = ()
    #: Report figures to check (holders_changed, codes_changed, cancelled ...).
    report: dict[str, int] = field(default_factory=dict)
    keep_missing: bool = False
    desk_edits: dict[int, dict[str, Any]] = field(default_factory=dict)
    rejected_codes: tuple[str, ...] = ()
    #: Fields the list has columns for (None: all).
    columns: frozenset[str] | None = None


def _nn(id: int, code: str, **fields: Any) -> Attendee:
    return S(id, code, "N.", "N.", company="Beta", **fields)


RULES = [
    Rule(
        "the same code, nothing changed",
        (S(1, "A1", "Anna", "Nowak"),),
        (R("A1", "Anna", "Nowak"),),
        (M.SAME_CODE,),
        report={"unchanged": 1, "updated": 0},
    ),
    Rule(
        "the same code, the list changed a field",
        (S(1, "A1", "Anna", "Nowak", company="Beta GmbH"),),
        (R("A1", "Anna", "Nowak", company="Beta AG"),),
        (M.SAME_CODE,),
        updates={1: {"company": "Beta AG"}},
    ),
    Rule(
        "a row nobody stored is is added",
        (S(1, "A1", "Anna", "Nowak"),),
        (R("A1", "Anna", "Nowak"), R("B1", "Jan", "Kowal")),
        (M.SAME_CODE, M.NEW),
        inserts=(("B1", "Kowal"),),
    ),
    Rule(
        "a guest the list no longer names is marked removed",
        (S(1, "A1", "Anna", "Nowak"), S(2, "B1", "Jan", "Kowal")),
        (R("A1", "Anna", "Nowak"),),
        (M.SAME_CODE,),
        removals=(2,),
    ),
    Rule(
        "a guest who came is removed too, the check-in kept",
        (S(1, "A1", "Anna", "Nowak"), S(2, "B1", "Jan", "Kowal", checked_in=CAME)),
        (R("A1", "Anna", "Nowak"),),
        (M.SAME_CODE,),
        removals=(2,),
        report={"checkins_kept": 1},
    ),
    Rule(
        "keeping missing guests removes nobody",
        (S(1, "A1", "Anna", "Nowak"), S(2, "B1", "Jan", "Kowal")),
        (R("A1", "Anna", "Nowak"),),
        (M.SAME_CODE,),
        keep_missing=True,
    ),
    Rule(
        "walk-ins and guests already removed are not removed (again)",
        (
            S(1, "A1", "Anna", "Nowak"),
            S(2, "W1", "Walk", "In", walk_in=True),
            S(3, "B1", "Jan", "Kowal", status=Status.REMOVED),
        ),
        (R("A1", "Anna", "Nowak"),),
        (M.SAME_CODE,),
    ),
    Rule(
        "a row without a name (rejected by the reader) keeps its code's guest on the list",
        (S(1, "A1", "Anna", "Nowak"), S(2, "B1", "Jan", "Kowal")),
        (R("A1", "Anna", "Nowak"),),
        (M.SAME_CODE,),
        rejected_codes=("B1",),
    ),
    Rule(
        "the code in other case is the same guest; both spellings admit",
        (S(1, "AB12", "Anna", "Nowak"),),
        (R("ab12", "Anna", "Nowak"),),
        (M.CODE_CASE,),
        updates={1: {"code": "ab12"}},
        report={"codes_changed": 1},
    ),
    Rule(
        "a re-issued ticket: the same person by e-mail, the old code gone from the list",
        (S(1, "A1", "Anna", "Nowak", email="anna@beta.de"),),
        (R("Z9", "Anna", "Nowak", email="anna@beta.de"),),
        (M.CODE_REISSUED,),
        updates={1: {"code": "Z9"}},
        report={"codes_changed": 1},
    ),
    Rule(
        "a re-issued ticket two rows could be goes to neither: two new guests",
        (S(1, "A1", "Anna", "Nowak", email="anna@beta.de"),),
        (
            R("Z8", "Anna", "Nowak", email="anna@beta.de"),
            R("Z9", "Anna", "Nowak", email="anna@beta.de"),
        ),
        (M.NEW, M.NEW),
        inserts=(("Z8", "Nowak"), ("Z9", "Nowak")),
        removals=(1,),
    ),
    Rule(
        "a new code whose old one is still listed is somebody new",
        (S(1, "A1", "Anna", "Nowak", email="anna@beta.de"),),
        (
            R("A1", "Anna", "Nowak", email="anna@beta.de"),
            R("Z9", "Anna", "Nowak", email="anna@beta.de"),
        ),
        (M.SAME_CODE, M.NEW),
        inserts=(("Z9", "Nowak"),),
    ),
    Rule(
        "two people's codes swapped: each code follows its person",
        (S(1, "A1", "Anna", "Nowak"), S(2, "B1", "Jan", "Kowal")),
        (R("A1", "Jan", "Kowal"), R("B1", "Anna", "Nowak")),
        (M.CODE_MOVED, M.CODE_MOVED),
        updates={1: {"code": "B1"}, 2: {"code": "A1"}},
        report={"holders_changed": 0, "codes_changed": 2},
    ),
    Rule(
        "namesakes whose codes swapped: the e-mail says who is who",
        (
            S(1, "A1", "Anna", "Schmidt", email="a@beta.de"),
            S(2, "B1", "Anna", "Schmidt", email="b@gamma.de"),
        ),
        (
            R("A1", "Anna", "Schmidt", email="b@gamma.de"),
            R("B1", "Anna", "Schmidt", email="a@beta.de"),
        ),
        (M.CODE_MOVED, M.CODE_MOVED),
        updates={1: {"code": "B1"}, 2: {"code": "A1"}},
    ),
    Rule(
        "a group's shared code: each row finds its own person",
        (S(1, "GRP", "Anna", "Nowak"), S(2, "GRP", "Jan", "Kowal")),
        (R("GRP", "Jan", "Kowal"), R("GRP", "Anna", "Nowak")),
        (M.SAME_CODE, M.SAME_CODE),
    ),
    Rule(
        "a shared code held by namesakes: the one of the same company",
        (
            S(1, "GRP", "Anna", "Nowak", company="Alpha"),
            S(2, "GRP", "Anna", "Nowak", company="Beta"),
        ),
        (R("GRP", "Anna", "Nowak", company="Beta"), R("GRP", "Anna", "Nowak", company="Alpha")),
        (M.SHARED_CODE, M.SAME_CODE),
    ),
    Rule(
        "the code's holder is now somebody else: the ticket was passed on",
        (S(1, "A1", "Anna", "Nowak", email="anna@beta.de", attention_note="VIP"),),
        (R("A1", "Jan", "Kowal"),),
        (M.TICKET_PASSED_ON,),
        updates={1: {"first_name": "Jan", "last_name": "Kowal", "email": "", "attention_note": ""}},
        report={"holders_changed": 1},
    ),
    Rule(
        "passed on from a guest who came: added beside them, who keeps the check-in",
        (S(1, "A1", "Anna", "Nowak", checked_in=CAME),),
        (R("A1", "Jan", "Kowal"),),
        (M.ADDED_BESIDE_HOLDER,),
        inserts=(("A1", "Kowal"),),
        removals=(1,),
        report={"holders_changed": 1, "checkins_kept": 1},
    ),
    Rule(
        "one family name in common (Nguyen) is not the same person",
        (S(1, "A1", "Lan", "Nguyen"),),
        (R("A1", "Minh", "Nguyen"),),
        (M.TICKET_PASSED_ON,),
        updates={1: {"first_name": "Minh"}},
        report={"holders_changed": 1},
    ),
    Rule(
        "a first name corrected on the same code is the same person",
        (S(1, "A1", "Jon", "Smith"),),
        (R("A1", "John", "Smith"),),
        (M.SAME_CODE,),
        updates={1: {"first_name": "John"}},
        report={"holders_changed": 0},
    ),
    Rule(
        "no code: an e-mail names its guest before any row takes a namesake by name",
        (
            S(1, "G1", "Max", "Meier", company="Beta", email="m1@beta.de"),
            S(2, "G2", "Max", "Meier", company="Beta", email="m2@beta.de"),
        ),
        (
            R("", "Max", "Meier", company="Beta"),
            R("", "Max", "Meier", company="Beta", email="m1@beta.de"),
        ),
        (M.NAME, M.EMAIL),
        updates={2: {"email": ""}},
    ),
    Rule(
        "no code: the guest of this name and company, who keeps their code",
        (S(1, "A1", "Anna", "Nowak", company="Beta"),),
        (R("", "Anna", "Nowak", company="Beta"),),
        (M.NAME,),
    ),
    Rule(
        "no code and no company column: the name alone, the company kept",
        (S(1, "A1", "Anna", "Nowak", company="Beta"),),
        (R("", "Anna", "Nowak"),),
        (M.NAME,),
        columns=frozenset({"first_name", "last_name", "source_file", "source_line"}),
    ),
    Rule(
        "identical names pair up with who came first; the one left over is not here",
        (_nn(1, "N1"), _nn(2, "N2", checked_in=CAME)),
        (R("", "N.", "N.", company="Beta"),),
        (M.NAME,),
        removals=(1,),
    ),
    Rule(
        "a hand-added row without a code never takes a guest whose coded row comes later",
        (S(1, "A1", "Anna", "Nowak", company="Beta"),),
        (R("", "Anna", "Nowak", company="Beta"), R("A1", "Anna", "Nowak", company="Beta")),
        (M.NEW, M.SAME_CODE),
        inserts=(("GEN1", "Nowak"),),
        report={"codes_generated": 1},
    ),
    Rule(
        "no code: the one guest of this name whose company changed",
        (S(1, "A1", "Anna", "Nowak", company="Beta GmbH"),),
        (R("", "Anna", "Nowak", company="Beta AG"),),
        (M.COMPANY_CHANGED,),
        updates={1: {"company": "Beta AG", "code": "A1"}},
    ),
    Rule(
        "a changed company with another e-mail is somebody new",
        (S(1, "A1", "Anna", "Nowak", company="Beta GmbH", email="anna@beta.de"),),
        (R("", "Anna", "Nowak", company="Beta AG", email="anna@gamma.de"),),
        (M.NEW,),
        inserts=(("GEN1", "Nowak"),),
        removals=(1,),
    ),
    Rule(
        "two stored namesakes and a changed company: a new guest, not a guess",
        (
            S(1, "A1", "Anna", "Nowak", company="Alpha"),
            S(2, "A2", "Anna", "Nowak", company="Beta"),
        ),
        (R("", "Anna", "Nowak", company="Gamma"),),
        (M.NEW,),
        inserts=(("GEN1", "Nowak"),),
        removals=(1, 2),
    ),
    Rule(
        "no code: the list corrected the first name",
        (S(1, "A1", "Anna Maria", "Nowak", company="Beta"),),
        (R("", "Anna", "Nowak", company="Beta"),),
        (M.FIRST_NAME_CORRECTED,),
        updates={1: {"first_name": "Anna"}},
    ),
    Rule(
        "no code: the list swapped its name columns",
        (S(1, "A1", "Anna", "Nowak", company="Beta"),),
        (R("", "Nowak", "Anna", company="Beta"),),
        (M.NAME_COLUMNS_SWAPPED,),
        updates={1: {"first_name": "Nowak", "last_name": "Anna"}},
    ),
    Rule(
        "no code: the name the desk corrected still finds the guest; the desk's spelling stays",
        (S(1, "A1", "Anna", "Nowak", company="Beta"),),
        (R("", "Ana", "Nowak", company="Beta"),),
        (M.DESK_CORRECTED_NAME,),
        desk_edits={1: {"first_name": "Ana"}},
    ),
    Rule(
        "no code: a desk-corrected name and a changed company",
        (S(1, "A1", "Anna", "Nowak", company="Beta"),),
        (R("", "Ana", "Nowak", company="Gamma"),),
        (M.DESK_CORRECTED_NAME,),
        updates={1: {"company": "Gamma", "first_name": "Anna"}},
        desk_edits={1: {"first_name": "Ana"}},
    ),
    Rule(
        "a check-in the list records for a new guest is taken over",
        (S(1, "A1", "Anna", "Nowak"),),
        (R("A1", "Anna", "Nowak"), (R("B1", "Jan", "Kowal"), DOOR)),
        (M.SAME_CODE, M.NEW),
        inserts=(("B1", "Kowal"),),
        recorded=(RecordedCheckIn.of_new(0, DOOR),),
        report={"recorded_checkins": 1},
    ),
    Rule(
        "a check-in the list records for a stored guest not yet in is taken over",
        (S(1, "A1", "Anna", "Nowak"),),
        ((R("A1", "Anna", "Nowak"), DOOR),),
        (M.SAME_CODE,),
        recorded=(RecordedCheckIn.of_stored(1, DOOR),),
    ),
    Rule(
        "a guest admitted at the desk keeps that admission over the list's",
        (S(1, "A1", "Anna", "Nowak", checked_in=CAME),),
        ((R("A1", "Anna", "Nowak"), DOOR),),
        (M.SAME_CODE,),
    ),
    Rule(
        "a cancelled row cancels its guest",
        (S(1, "A1", "Anna", "Nowak"),),
        (R("A1", "Anna", "Nowak", status=Status.CANCELLED),),
        (M.SAME_CODE,),
        updates={1: {"status": Status.CANCELLED}},
        report={"cancelled": 1},
    ),
    Rule(
        "unpaid and unapproved rows keep their state, stored or new",
        (S(1, "A1", "Anna", "Nowak"),),
        (
            R("A1", "Anna", "Nowak", status=Status.UNPAID),
            R("B1", "Jan", "Kowal", status=Status.UNAPPROVED),
        ),
        (M.SAME_CODE, M.NEW),
        inserts=(("B1", "Kowal"),),
        updates={1: {"status": Status.UNPAID}},
    ),
    Rule(
        "a removed guest listed again is back on the list",
        (S(1, "A1", "Anna", "Nowak", status=Status.REMOVED),),
        (R("A1", "Anna", "Nowak"),),
        (M.SAME_CODE,),
        updates={1: {"status": Status.ACTIVE}},
    ),
    Rule(
        "a list without a status column keeps a stored guest's status",
        (S(1, "A1", "Anna", "Nowak", status=Status.UNPAID),),
        (R("A1", "Anna", "Nowak"),),
        (M.SAME_CODE,),
        columns=frozenset({"first_name", "last_name", "source_file", "source_line"}),
    ),
    Rule(
        "a new guest without a code gets a generated one",
        (),
        (R("", "Anna", "Nowak"),),
        (M.NEW,),
        inserts=(("GEN1", "Nowak"),),
        report={"codes_generated": 1},
    ),
]


def _row(line: int, row: Attendee | tuple[Attendee, datetime]) -> ParsedRow:
    attendee, at = row if isinstance(row, tuple) else (row, None)
    return ParsedRow(line=line, attendee=attendee, checked_in_at=at)


@pytest.mark.parametrize("rule", RULES, ids=[r.rule for r in RULES])
def test_plan_import(rule: Rule) -> None:
    generated = iter(f"GEN{i}" for i in range(1, 100))
    plan, report = plan_import(
        rule.stored,
        [_row(line, r) for line, r in enumerate(rule.rows, start=2)],
        keep_missing=rule.keep_missing,
        new_code=lambda: next(generated),
        desk_edits=rule.desk_edits,
        carried=ListColumns(rule.columns) if rule.columns is not None else None,
        rejected_codes=rule.rejected_codes,
    )
    assert plan.reasons == rule.reasons
    assert [(a.code, a.last_name) for a in plan.inserts] == list(rule.inserts)
    assert all(a.id is None and a.checked_in is None for a in plan.inserts)
    updated = {a.id: a for a in plan.updates}
    assert sorted(updated) == sorted(rule.updates)
    for attendee_id, fields in rule.updates.items():
        assert {f: getattr(updated[attendee_id], f) for f in fields} == fields
    assert plan.removals == rule.removals
    assert plan.recorded_checkins == rule.recorded
    for name, value in rule.report.items():
        assert getattr(report, name) == value, name
    counted = dict(report.matched_by)
    assert sum(counted.values()) == len(rule.rows)
    assert all(counted[reason] == rule.reasons.count(reason) for reason in rule.reasons)


def test_every_reason_has_a_rule_and_a_strategy() -> None:
    """Each way a row can go is in the table above, and recorded by a named strategy."""
    shown = {reason for rule in RULES for reason in rule.reasons}
    assert shown == set(MatchReason)
    by_strategies = {reason for s in MATCH_STRATEGIES for reason in s.reasons}
    # NEW and ADDED_BESIDE_HOLDER are what plan_import makes of a row no strategy matched.
    assert by_strategies | {M.NEW, M.ADDED_BESIDE_HOLDER} == set(MatchReason)


@pytest.mark.parametrize(
    ("stored", "listed", "asks"),
    [(40, 19, True), (40, 20, False), (30, 11, False)],
    ids=[
        "more than half of at least 20 guests taken off the list: asked",
        "exactly half is not most",
        "fewer than 20 removals are not asked about",
    ],
)
def test_most_guests_removed_is_asked_not_done(stored: int, listed: int, asks: bool) -> None:
    assert MASS_REMOVAL_MIN == 20
    guests = [S(i, f"C{i}", "G", f"Guest {i:02d}") for i in range(1, stored + 1)]
    rows = [_row(i + 2, replace_id(g)) for i, g in enumerate(guests[:listed])]
    plan, report = plan_import(guests, rows)
    assert len(plan.removals) == stored - listed
    question = _removes_most(plan, report, guests, ())
    assert isinstance(question, WouldRemoveMost) is asks


def replace_id(stored: Attendee) -> Attendee:
    return Attendee(code=stored.code, first_name=stored.first_name, last_name=stored.last_name)
