from __future__ import annotations

from checkin.core.badges import IssueKind, get_stock, load_layout, preflight
from checkin.core.model import Attendee

from .helpers import EVENT, guests


def test_preflight_lists_what_needs_a_look() -> None:
    people = [
        *guests(),
        Attendee(
            "L1",
            first_name="Maximilian-Alexander",
            last_name="von Hohenzollern-Sigmaringen",
            category="Referent",
            id=10,
        ),
        Attendee("L2", first_name="X" * 5000, last_name="", category="Referent", id=11),
        Attendee("L3", first_name="小明", last_name="王", category="Teilnehmer", id=12),
        Attendee("L4", first_name="สมชาย", last_name="ใจดี", category="Teilnehmer", id=13),
    ]
    issues = preflight(people, load_layout("strategiekonferenz"), get_stock("a6"), event=EVENT)
    by = {(i.code, i.element, i.kind) for i in issues}
    assert ("L1", "name", IssueKind.WRAPPED) in by
    assert ("L2", "name", IssueKind.CUT) in by
    assert ("L3", "name", IssueKind.FALLBACK_GLYPH) in by
    assert ("L4", "name", IssueKind.MISSING_GLYPH) in by
    assert not any(i.code == "SK-0002" and i.element == "name" for i in issues)
    cut = next(i for i in issues if i.code == "L2" and i.kind is IssueKind.CUT)
    assert cut.serious and cut.attendee_id == 11


def test_preflight_warns_when_the_stock_shrinks_text_too_far() -> None:
    issues = preflight(guests()[:1], load_layout("strategiekonferenz"), get_stock("dymo-41x89"))
    assert any(i.kind is IssueKind.TOO_SMALL_ON_STOCK for i in issues)
