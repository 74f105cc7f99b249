"""The same behaviour, case for case, from the SQLite file and the PostgreSQL server.

Every test here takes `any_store` / `filled_any`, so it runs once per backend:
the rules must not be able to tell which one they talk to.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from checkin.core.importing import Question, WouldRemoveAdmitted, import_list
from checkin.core.model import Attendee, LogEntry, LogKind, Outcome, Status, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import Change, ImportPlan, RecordedCheckIn, Store
from tests.conftest import FakeClock


@pytest.fixture
def service(filled_any: Store, clock: FakeClock) -> CheckInService:
    return CheckInService(filled_any, clock)


def test_reopen_keeps_everything(
    filled_any: Store, store_target: str, open_target: Callable[[str], Store], clock: FakeClock
) -> None:
    a = filled_any.find_by_code("WESTK1")[0]
    assert a.id is not None
    filled_any.check_in(a.id, clock(), "Tisch 1", "Anna")
    filled_any.close()
    again = open_target(store_target)
    assert again.count_attendees() == 10
    stored = again.find_by_code("WESTK1")[0]
    assert stored.checked_in is not None
    assert stored.checked_in.desk == "Tisch 1" and stored.checked_in.at == clock()
    assert stored.title == "Prof. Dr.-Ing." and stored.company == "Fraunhofer IPA"
    dulig = again.find_by_code("DULIG1")[0]
    assert dulig.attention and dulig.attention_note.startswith("Protokoll")


def test_admitted_then_already_checked_in_with_previous_desk(
    service: CheckInService, clock: FakeClock
) -> None:
    first = service.scan("WESTK1\r\n", "Tisch 1", "Anna")
    assert first.kind is VerdictKind.ADMITTED and first.attendee is not None
    assert first.attendee.checked_in is not None and first.attendee.checked_in.desk == "Tisch 1"
    clock.advance(minutes=3)
    again = service.scan("WESTK1", "Tisch 2", "Ben")
    assert again.kind is VerdictKind.ALREADY_CHECKED_IN and again.previous is not None
    assert (again.previous.desk, again.previous.operator) == ("Tisch 1", "Anna")
    assert again.previous.at == first.at


def test_every_verdict_kind_and_refusals_are_logged(service: CheckInService) -> None:
    assert service.scan("NOPE42", "T", "O").kind is VerdictKind.UNKNOWN
    assert service.scan("CANCEL", "T", "O").kind is VerdictKind.CANCELLED
    twin = service.scan("TWIN", "T", "O")
    assert twin.kind is VerdictKind.AMBIGUOUS
    assert {c.first_name for c in twin.candidates} == {"Karl", "Karla"}
    for raw in ("", "\x00\x01\x02", "x" * 10_000, "'; DROP TABLE attendees; --"):
        assert service.scan(raw, "T", "O").kind in {VerdictKind.INVALID, VerdictKind.UNKNOWN}
    assert service.scan("dulig1", "T", "O").admits  # unique case-insensitive match
    rejected = [e for e in service.store.iter_log() if e.kind is LogKind.REJECTED]
    assert [e.result for e in rejected][:3] == ["unknown", "cancelled", "ambiguous"]
    assert all(len(e.raw_input) <= 260 for e in rejected)
    assert service.store.count_attendees() == 10


def test_check_in_is_first_wins_and_logged_once(filled_any: Store, clock: FakeClock) -> None:
    a = filled_any.find_by_code("DULIG1")[0]
    assert a.id is not None
    first = filled_any.check_in(a.id, clock(), "Tisch 1", "Anna")
    second = filled_any.check_in(a.id, clock.advance(minutes=5), "Tisch 2", "Ben")
    assert first.admitted and not second.admitted
    assert second.state.desk == "Tisch 1" and second.state.at == first.state.at
    # The fixture's import is the journal's first event.
    assert [e.kind for e in filled_any.iter_log()] == [LogKind.LIST_IMPORTED, LogKind.CHECKIN]


def test_undo_then_check_in_again(service: CheckInService, clock: FakeClock) -> None:
    service.scan("WESTK1", "Tisch 1", "Anna")
    clock.advance(seconds=20)
    service.scan("DULIG1", "Tisch 1", "Anna")
    service.scan("DVORAK", "Tisch 2", "Ben")
    last = service.last_admitted("Tisch 1")
    assert last is not None and last.code == "DULIG1" and last.id is not None
    undone = service.undo(last.id, "Tisch 1", "Anna")
    assert undone is not None and undone.desk == "Tisch 1"
    assert service.undo(last.id, "Tisch 1", "Anna") is None
    assert service.last_admitted("Tisch 1") is None
    assert service.store.get_attendee(last.id).checked_in is None  # type: ignore[union-attr]
    assert service.scan("DULIG1", "Tisch 3", "Cem").admits
    # Ctrl+Z at Tisch 1 must not take back what Tisch 3 did since.
    assert service.last_admitted("Tisch 1") is None
    assert service.last_admitted("Tisch 3").code == "DULIG1"  # type: ignore[union-attr]
    history = [e.kind for e in service.store.log_for(last.id)]
    assert history == [LogKind.CHECKIN, LogKind.UNDO, LogKind.CHECKIN]


def test_walk_in_and_edit(service: CheckInService) -> None:
    verdict = service.walk_in(Attendee(code="", first_name="Jan", last_name="Nowak"), "T1", "A")
    assert verdict.admits
    stored = service.store.find_by_code(verdict.code)[0]
    assert stored.walk_in and stored.checked_in is not None and stored.source_file == "walk-in"
    assert service.store.stats().walk_ins == 1
    edited = service.edit(replace(stored, first_name="Piotr"), "T1", "A")
    assert edited.first_name == "Piotr" and edited.checked_in is not None
    assert [a.code for a in service.search("piotr now")] == [verdict.code]
    assert service.search("jan nowak") == []  # the old first name left the index
    assert service.store.log_for(stored.id)[-1].kind is LogKind.EDIT  # type: ignore[arg-type]


def test_search_is_german_aware_and_ranked(filled_any: Store) -> None:
    def names(q: str) -> list[str]:
        return [a.last_name for a in filled_any.search(q)]

    assert set(names("müller")) == {"Müller", "Mueller"}
    assert set(names("muller")) == {"Müller", "Mueller"}
    assert names("dvorak") == ["Dvořák"]
    assert names("lukasz") == ["Wiśniewski"]
    assert names("nguyen") == ["Nguyễn"]
    assert set(names("weiss")) == {"Weiß", "Weiss"}
    assert names("anna müll") == ["Müller"]
    assert names("skoda") == ["Dvořák"]
    assert names("xyzzy") == [] and names("") == []


def test_search_typed_with_control_characters_is_no_error(filled_any: Store) -> None:
    # A NUL cannot be stored in PostgreSQL text and is FTS5 syntax trouble in SQLite.
    for query in ("\x00müller", "mül\x00ler", "\x00", '"müller'):
        assert isinstance(filled_any.search(query), list)


def test_search_ranks_exact_surname_first(any_store: Store, clock: FakeClock) -> None:
    any_store.apply_import(
        ImportPlan(
            inserts=(
                Attendee(code="1", first_name="Rostislav", last_name="Adamek"),
                Attendee(code="2", first_name="Anna", last_name="Rostock"),
                Attendee(code="3", first_name="Christian", last_name="Rost"),
                Attendee(code="4", first_name="Ida", last_name="Berg", company="Rost AG"),
            )
        ),
        clock(),
    )
    assert [a.code for a in any_store.search("rost")] == ["3", "2", "1", "4"]


def test_an_apostrophe_alone_finds_the_names_that_have_one(any_store: Store, clock) -> None:
    any_store.apply_import(
        ImportPlan(
            inserts=(
                Attendee(code="1", first_name="Sinéad", last_name="O'Brien"),
                Attendee(code="2", first_name="Luca", last_name="D’Angelo"),
                Attendee(code="3", first_name="Anna", last_name="Berg", company="Berg's Bau"),
                Attendee(code="4", first_name="N'Golo", last_name="Kanté"),
            )
        ),
        clock(),
    )
    for typed in ("'", "’", " ' "):
        assert [a.code for a in any_store.search(typed)] == ["2", "4", "1"], typed
    assert [a.code for a in any_store.search("o'bri")] == ["1"]


def test_iter_attendees_sorted_german_and_paged(any_store: Store, clock: FakeClock) -> None:
    names = ["Zuse", "Ärger", "Arndt", "Öz", "Oberst", "Böhm", "Bach"] * 700
    any_store.apply_import(
        ImportPlan(inserts=tuple(Attendee(code=f"C{i}", last_name=n) for i, n in enumerate(names))),
        clock(),
    )
    got = [a.last_name for a in any_store.iter_attendees()]
    assert len(got) == len(names)
    assert list(dict.fromkeys(got)) == ["Ärger", "Arndt", "Bach", "Böhm", "Oberst", "Öz", "Zuse"]
    assert any_store.attendee_ids() == [a.id for a in any_store.iter_attendees()]


def test_tickets_without_a_name_come_last_in_both_stores(
    any_store: Store, clock: FakeClock
) -> None:
    people = [("N1", ""), ("Z1", "Zuse"), ("C1", "中村"), ("N2", ""), ("A1", "Ärger")]
    any_store.apply_import(
        ImportPlan(inserts=tuple(Attendee(code=c, last_name=n) for c, n in people)), clock()
    )
    codes = [a.code for a in any_store.iter_attendees()]
    assert codes == ["A1", "Z1", "C1", "N1", "N2"]
    by_id = {a.id: a.code for a in any_store.iter_attendees()}
    assert [by_id[i] for i in any_store.attendee_ids()] == codes


def test_stats_counts_by_category(filled_any: Store, clock: FakeClock) -> None:
    for code in ("WESTK1", "NGUYEN"):
        attendee_id = filled_any.find_by_code(code)[0].id
        assert attendee_id is not None
        filled_any.check_in(attendee_id, clock(), "T1", "A")
    stats = filled_any.stats()
    assert (stats.expected, stats.checked_in, stats.cancelled) == (9, 2, 1)
    assert stats.by_category["Referent"] == (1, 1)
    assert stats.by_category["Presse"] == (1, 1)
    assert stats.by_category["Teilnehmer"] == (6, 0)


def test_import_plan_with_removals_and_recorded_checkins(
    filled_any: Store, clock: FakeClock
) -> None:
    dvorak = filled_any.find_by_code("DVORAK")[0]
    nguyen = filled_any.find_by_code("NGUYEN")[0]
    assert dvorak.id is not None and nguyen.id is not None
    early = clock() - timedelta(hours=1)
    inserted = filled_any.apply_import(
        ImportPlan(
            inserts=(
                Attendee(code="NEW1", first_name="Eva", last_name="Kowalska", category="Presse"),
                Attendee(code="NEW2", first_name="Ole", last_name="Berg"),
            ),
            updates=(replace(nguyen, company="VN Tech Dresden"),),
            removals=(dvorak.id,),
            recorded_checkins=(
                RecordedCheckIn.of_new(1, early),
                RecordedCheckIn.of_stored(nguyen.id, early),
            ),
        ),
        clock(),
    )
    assert [a.code for a in inserted] == ["NEW1", "NEW2"]
    assert inserted[1].checked_in is not None and inserted[1].checked_in.at == early
    assert filled_any.get_attendee(dvorak.id).status is Status.REMOVED  # type: ignore[union-attr]
    assert filled_any.count_attendees() == 12
    moved = filled_any.get_attendee(nguyen.id)
    assert moved is not None and moved.company == "VN Tech Dresden" and moved.checked_in
    assert [a.code for a in filled_any.search("dresden")] == ["NGUYEN"]
    log = list(filled_any.iter_log())[1:]  # after the fixture's own import
    assert [(e.code, e.desk, e.at) for e in log[:2]] == [
        ("NEW2", "list", early),
        ("NGUYEN", "list", early),
    ]
    assert log[2].kind is LogKind.LIST_IMPORTED and log[2].result is Outcome.IMPORTED
    assert json.loads(log[2].detail) == {
        "file": "",
        "inserted": 2,
        "updated": 1,
        "removed": 1,
        "recorded_checkins": 2,
    }
    assert CheckInService(filled_any, clock).scan("NEW2", "T1", "A").kind is (
        VerdictKind.ALREADY_CHECKED_IN
    )


def test_reimport_of_a_list_file_keeps_check_ins(
    any_store: Store, tmp_path: Path, clock: FakeClock
) -> None:
    header = "Code;Titel;Vorname;Nachname;Firma;E-Mail;Kategorie;Status\n"
    first = tmp_path / "gaeste.csv"
    first.write_text(
        header + "A1;Prof.;Eberhard;Westkämper;IPA;;Referent;\nA2;;Anna;Nowak;KGHM;;Teilnehmer;\n"
        "A3;;Jan;Dvořák;Škoda;;Teilnehmer;\n",
        encoding="utf-8",
    )
    assert import_list(any_store, first, clock=clock).inserted == 3
    service = CheckInService(any_store, clock)
    assert service.scan("A1", "T1", "Anna").admits and service.scan("A3", "T1", "Anna").admits
    second = tmp_path / "gaeste-v2.csv"
    second.write_text(
        header + "A1;Prof.;Engelbert;Westkämper;IPA;;Referent;\n"
        "A2;;Anna;Nowak;KGHM;;Teilnehmer;storniert\nA4;;Ida;Berg;IHK;;Presse;\n",
        encoding="utf-8",
    )
    with pytest.raises(WouldRemoveAdmitted):  # Jan Dvořák came: the import asks first
        import_list(any_store, second, clock=clock)
    report = import_list(any_store, second, clock=clock, confirmed=[Question.REMOVE_ADMITTED])
    assert (report.inserted, report.removed, report.checkins_kept) == (1, 1, 2)
    a1 = any_store.find_by_code("A1")[0]
    assert a1.first_name == "Engelbert" and a1.checked_in is not None
    assert any_store.find_by_code("A3")[0].status is Status.REMOVED
    assert service.scan("A2", "T1", "Anna").kind is VerdictKind.CANCELLED
    assert service.scan("A3", "T1", "Anna").kind is VerdictKind.ALREADY_CHECKED_IN


def test_log_entries_round_trip(filled_any: Store, clock: FakeClock) -> None:
    entry = LogEntry(
        at=clock(),
        kind=LogKind.REJECTED,
        desk="T3",
        operator="Ole",
        raw_input="'; DROP TABLE attendees; --",
        result="unknown",
        code="ÄÖÜß-€",
    )
    filled_any.append_log(entry)
    (stored,) = [e for e in filled_any.iter_log() if e.kind is LogKind.REJECTED]
    assert replace(stored, id=None) == entry and stored.at.utcoffset() is not None
    assert stored.result is Outcome.UNKNOWN and len(stored.event_id) == 36
    assert filled_any.count_attendees() == 10
    found = filled_any.last_log_entry(LogKind.REJECTED, desk="T3")
    assert found is not None and found.id == stored.id
    assert filled_any.last_log_entry(LogKind.REJECTED, desk="T9") is None


def test_meta(any_store: Store) -> None:
    assert any_store.get_meta("event_name", "-") == "-"
    any_store.set_meta("event_name", "Strategiekonferenz")
    any_store.set_meta("event_name", "Strategiekonferenz 2017")
    assert any_store.get_meta("event_name") == "Strategiekonferenz 2017"


def test_listeners_hear_own_committed_writes(filled_any: Store, clock: FakeClock) -> None:
    heard: list[Change] = []
    unsubscribe = filled_any.subscribe(heard.append)
    a = filled_any.find_by_code("DVORAK")[0]
    assert a.id is not None
    filled_any.check_in(a.id, clock(), "T1", "A")
    assert heard and heard[-1].attendee_ids == (a.id,)
    unsubscribe()
    filled_any.undo_check_in(a.id, clock(), "T1", "A")
    assert len(heard) == 1


def test_import_keeps_awkward_text_exactly(any_store: Store, clock: FakeClock) -> None:
    awkward = Attendee(
        code="T\\AB",
        first_name="Anna\tMaria",
        last_name="O'Brien-Müller",
        company="Firma\nmit Zeilenumbruch\r\\N \\t",
        attention_note="Rollstuhl \\ Rampe",
        extra={"Hinweis": "Tab\there", "Backslash": "C:\\Temp"},
        source_line=7,
    )
    (stored,) = any_store.apply_import(ImportPlan(inserts=(awkward,)), clock())
    assert replace(stored, id=None) == awkward
    assert any_store.find_by_code("T\\AB")[0].company == awkward.company
    assert [a.code for a in any_store.search("obrien")] == ["T\\AB"]


def test_reopen_is_a_second_store_on_the_same_event(filled_any: Store, clock: FakeClock) -> None:
    reader = filled_any.reopen()
    assert reader is not None
    try:
        a = filled_any.find_by_code("WESTK1")[0]
        assert a.id is not None
        filled_any.check_in(a.id, clock(), "T1", "A")
        assert reader.stats().checked_in == 1
        assert reader is not filled_any
    finally:
        reader.close()


def test_erase_empties_the_event_and_the_store_goes_on(
    filled_any: Store, store_target: str, clock: FakeClock
) -> None:
    heard: list[Change] = []
    filled_any.subscribe(heard.append)
    a = filled_any.find_by_code("WESTK1")[0]
    assert a.id is not None
    filled_any.check_in(a.id, clock(), "T1", "A")
    filled_any.erase()
    assert heard[-1].reset
    assert filled_any.count_attendees() == 0 and list(filled_any.iter_log()) == []
    assert filled_any.search("westkamper") == []
    if not store_target.startswith("postgresql://"):
        data = Path(store_target).read_bytes()
        assert b"WESTK1" not in data and "Westkämper".encode() not in data
    filled_any.apply_import(ImportPlan(inserts=(Attendee(code="NEU1", last_name="Neu"),)), clock())
    assert [x.code for x in filled_any.iter_attendees()] == ["NEU1"]
