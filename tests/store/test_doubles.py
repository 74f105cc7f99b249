"""Tickets admitted twice: the journal says which admission holds, in any arrival order,
and the organiser's report and `checkin stats --json` list every double.

The merging itself (`SQLStore.merge`) runs on both backends: a real SQLite file and a
real PostgreSQL database.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pypdf

from checkin.core import journal
from checkin.core.io.export import EventInfo
from checkin.core.model import Attendee, LogEntry, LogKind, Outcome
from checkin.core.report import render_report
from checkin.core.stats import compute_stats
from checkin.core.store.base import ImportPlan, Store
from checkin.core.store.sql import SQLStore
from checkin.core.store.sqlite import SQLiteStore
from tests.conftest import BERLIN

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2026, 5, 14, 9, 0, tzinfo=BERLIN)


def admit(guest: int, minutes: float, desk: str, code: str = "T-1") -> LogEntry:
    return LogEntry(
        at=T0 + timedelta(minutes=minutes),
        kind=LogKind.CHECKIN,
        desk=desk,
        operator=desk.lower(),
        result=Outcome.ADMITTED,
        attendee_id=guest,
        code=code,
    )


def undo(guest: int, minutes: float, desk: str, revokes: LogEntry) -> LogEntry:
    state = journal.presence([revokes])[guest]
    return LogEntry(
        at=T0 + timedelta(minutes=minutes),
        kind=LogKind.UNDO,
        desk=desk,
        operator=desk.lower(),
        result=Outcome.UNDONE,
        attendee_id=guest,
        code="T-1",
        detail=journal.undo_detail(state, revokes.event_id),
    )


def test_the_first_admission_by_time_holds_in_any_arrival_order() -> None:
    a = admit(1, 0, "A")
    b = admit(1, 5, "B")
    c = admit(1, 7, "C")
    undo_b = undo(1, 9, "B", b)  # B undoes its own, a double: A's still holds
    again = admit(2, 1, "A", "T-2")
    undo_again = undo(2, -3, "B", again)  # B's clock runs behind: still revokes it
    events = [a, b, c, undo_b, again, undo_again]
    answers = set()
    for order in itertools.permutations(events):
        holding = journal.admissions(order)
        twice = journal.doubles(order)
        answers.add(
            (
                tuple(sorted((g, e.event_id) for g, e in holding.items())),
                tuple((d.first.event_id, d.second.event_id) for d in twice),
            )
        )
    assert answers == {(((1, a.event_id),), ((a.event_id, b.event_id), (a.event_id, c.event_id)))}


def test_an_undo_of_the_admission_that_holds_lets_a_double_behind_it_hold() -> None:
    a, b = admit(1, 0, "A"), admit(1, 5, "B")
    holding = journal.admissions([b, undo(1, 8, "A", a), a])
    assert holding[1].event_id == b.event_id  # a real admission too, made later
    assert [(d.first.desk, d.second.desk) for d in journal.doubles([a, b])] == [("A", "B")]
    # An admission after an undo is no double.
    again = admit(1, 10, "A")
    assert not journal.doubles([a, undo(1, 3, "A", a), again])


def _three_guests(store: Store) -> list[int]:
    store.apply_import(
        ImportPlan(
            inserts=tuple(
                Attendee(code=f"T-{i}", first_name="Gast", last_name=f"Nummer {i}")
                for i in (1, 2, 3)
            )
        ),
        T0 - timedelta(days=1),
    )
    return sorted(a.id for a in store.iter_attendees() if a.id is not None)


def test_merging_desks_events_is_order_free_and_repeatable(any_store: Store) -> None:
    assert isinstance(any_store, SQLStore)
    first, second, third = _three_guests(any_store)
    late = admit(first, 5, "B")
    early = admit(first, 1, "A")
    edit_a = LogEntry(
        at=T0 + timedelta(minutes=2),
        kind=LogKind.EDIT,
        desk="A",
        operator="a",
        result=Outcome.EDITED,
        attendee_id=second,
        detail=journal.edit_detail({"company": ""}, {"company": "Firma A"}),
    )
    edit_b = LogEntry(
        at=T0 + timedelta(minutes=3),
        kind=LogKind.EDIT,
        desk="B",
        operator="b",
        result=Outcome.EDITED,
        attendee_id=second,
        detail=journal.edit_detail({"company": ""}, {"company": "Firma B"}),
    )
    walk_in = LogEntry(
        at=T0 + timedelta(minutes=4),
        kind=LogKind.WALKIN,
        desk="A",
        operator="a",
        result=Outcome.ADMITTED,
        attendee_id=-1,  # the desk's own id for a guest it added offline
        code="W-1",
    )
    guest = Attendee(code="W-1", first_name="Walter", last_name="Spät", walk_in=True, id=-1)
    # B's batch reaches the store first, A's later, then both again (an upload retried).
    any_store.merge([late, edit_b])
    ids = any_store.merge([early, edit_a, walk_in], {walk_in.event_id: guest})
    assert any_store.merge([early, edit_a, walk_in], {walk_in.event_id: guest}) == ids
    any_store.merge([late, edit_b])
    (created,) = [a for a in any_store.iter_attendees() if a.code == "W-1"]
    assert ids == {-1: created.id} and created.checked_in is not None
    log = list(any_store.iter_log())
    assert len(log) == 1 + 5  # the import and each event once
    state = any_store.get_attendee(first)
    assert state is not None and state.checked_in is not None
    assert state.checked_in.desk == "A"  # the first by time, though it came last
    company = any_store.get_attendee(second)
    assert company is not None and company.company == "Firma B"  # the later edit by time
    assert journal.presence(log) == {
        a.id: a.checked_in for a in any_store.iter_attendees() if a.checked_in and a.id
    }
    assert any_store.get_attendee(third) is not None
    (double,) = journal.doubles(log)
    assert (double.first.desk, double.second.desk) == ("A", "B")


def _event_with_a_double(path: Path) -> SQLiteStore:
    store = SQLiteStore.open(path)
    store.set_meta("event_name", "Strategiekonferenz")
    first, _, _ = _three_guests(store)
    store.merge([admit(first, 5, "Eingang Süd"), admit(first, 1, "Eingang Nord")])
    return store


def test_the_organisers_report_lists_every_double(tmp_path: Path) -> None:
    store = _event_with_a_double(tmp_path / "event.sqlite3")
    try:
        now = T0 + timedelta(hours=1)
        stats = compute_stats(store.iter_attendees(), store.iter_log(), now)
        pdf = render_report(stats, store.iter_attendees(), EventInfo.from_store(store))
    finally:
        store.close()
    (double,) = stats.double_admissions
    assert double.name == "Gast Nummer 1" and double.code == "T-1"
    pages = [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    assert "1 doppelter Einlass – siehe Seite 2" in pages[0]
    assert "Doppelte Einlässe" in pages[1]
    for words in ("T-1", "Gast Nummer 1", "14.05. 09:01:00", "Eingang Nord", "eingang nord"):
        assert words in pages[1]
    assert "14.05. 09:05:00" in pages[1] and "Eingang Süd" in pages[1]
    assert "Teilnehmerliste" in pages[2] and "Seite 2 von" in pages[1]


def test_the_doubles_page_keeps_each_cell_in_its_column(tmp_path: Path) -> None:
    """A pretix secret (32 characters) ran into the guest's name on the doubles page, and a
    check-in the list carried read "list" on German paper (found in the German two-window
    trial): each cell is cut to its column, and the import's desk is "importierte Liste"."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from checkin.core.fonts import SANS

    secret = "686hekex7rcr5tt757qvgj9yptdcd7fy"
    store = SQLiteStore.open(tmp_path / "event.sqlite3")
    try:
        store.apply_import(
            ImportPlan(inserts=(Attendee(code=secret, first_name="Günter", last_name="Hahn"),)),
            T0 - timedelta(days=1),
        )
        (guest,) = [a.id for a in store.iter_attendees() if a.id is not None]
        from_list = replace(admit(guest, 1, "list", secret), operator="import")
        store.merge([from_list, admit(guest, 5, "Tisch B", secret)])
        stats = compute_stats(store.iter_attendees(), store.iter_log(), T0 + timedelta(hours=1))
        pdf = render_report(stats, store.iter_attendees(), EventInfo.from_store(store))
    finally:
        store.close()
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[1]
    drawn: list[tuple[str, float]] = []
    page.extract_text(visitor_text=lambda text, _cm, tm, *_: drawn.append((text.strip(), tm[4])))
    (code, code_x), (name, name_x) = [
        (t, x) for t, x in drawn if t.startswith(("686hek", "Günter"))
    ]
    assert code.endswith("…") and secret.startswith(code[:-1])
    assert code_x + stringWidth(code, SANS, 8.5) < name_x  # the code ends before the name
    assert name == "Günter Hahn"
    texts = [t for t, _ in drawn]
    assert "importierte Liste" in texts and "list" not in texts


def test_stats_json_names_who_which_desks_and_when(tmp_path: Path) -> None:
    path = tmp_path / "event.sqlite3"
    _event_with_a_double(path).close()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("CHECKIN_DB", None)
    done = subprocess.run(
        [sys.executable, "-m", "checkin", "stats", "--db", str(path), "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    (double,) = json.loads(done.stdout)["doubles"]
    assert double["code"] == "T-1" and double["name"] == "Gast Nummer 1"
    assert double["admission"]["desk"] == "Eingang Nord"
    assert double["admission"]["operator"] == "eingang nord"
    assert double["double"]["desk"] == "Eingang Süd"
    assert datetime.fromisoformat(double["double"]["at"]) == T0 + timedelta(minutes=5)
