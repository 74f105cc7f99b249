"""Names: the family name's start, the one name order, short forms. One row per rule."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from checkin.core.badges.service import select_batch, sort_attendees
from checkin.core.io.values import split_full_name
from checkin.core.model import Attendee
from checkin.core.names import (
    abbreviated_given,
    attendee_key,
    initial,
    sort_key,
    split_given_family,
)
from checkin.core.store.sqlite import SQLiteStore

# (rule, names in the order a German reader expects them, as (last, first))
ORDER = [
    ("umlaut as its base letter", [("Ärger", "Eva"), ("Arndt", "Jan"), ("Zuse", "Konrad")]),
    (
        "ae/oe/ue spelt out as the umlaut",
        [("Mueller", "Anna"), ("Müller", "Bert"), ("Muller", "C")],
    ),
    ("ß as ss", [("Strass", "A"), ("Straß", "B"), ("Strasser", "A")]),
    ("case and accents ignored", [("čapek", "Karel"), ("Capek", "Lukas"), ("DVOŘÁK", "Antonín")]),
    ("family name before given name", [("Berg", "Zoe"), ("Bergmann", "Anna")]),
    ("same family name: by given name", [("Weiß", "Anna"), ("Weiss", "Bernd"), ("Weiß", "Clara")]),
    ("particles filed under the main word", [("Bach", "J"), ("von Berg", "Anna"), ("Cramer", "O")]),
    ("particle after the given name", [("Berg", "Anna"), ("von Berg", "Anna"), ("Berg", "Bernd")]),
    ("several particles", [("van der Berg", "Piet"), ("de la Cruz", "Maria"), ("Dahl", "Roald")]),
    (
        "titles of nobility belong to the particles",
        [("Freiherr von und zu Guttenberg", "Karl-Theodor"), ("Gutzeit", "Ina")],
    ),
    ("capitals change nothing", [("VON BERG", "ANNA"), ("von Berg", "Bernd")]),
    ("a name that is only a particle stays", [("La", "Ana"), ("Le", "Minh"), ("Lee", "Ann")]),
    ("empty family name first", [("", "Madonna"), ("Abel", "Ann")]),
]


@pytest.mark.parametrize(("rule", "ordered"), ORDER, ids=[r for r, _ in ORDER])
def test_name_order(rule: str, ordered: list[tuple[str, str]]) -> None:
    shuffled = list(reversed(ordered))
    assert sorted(shuffled, key=lambda n: sort_key(*n)) == ordered


# (rule, whole name as a list writes it, given names, family name)
SPLIT = [
    ("last word is the family name", "Anna Nowak", "Anna", "Nowak"),
    ("particle", "Anna von Berg", "Anna", "von Berg"),
    ("particles", "Maria de la Cruz", "Maria", "de la Cruz"),
    (
        "nobility and 'von und zu'",
        "Karl-Theodor Maria Nikolaus Johann Jacob Philipp Franz Joseph Sylvester "
        "Freiherr von und zu Guttenberg",
        "Karl-Theodor Maria Nikolaus Johann Jacob Philipp Franz Joseph Sylvester",
        "Freiherr von und zu Guttenberg",
    ),
    ("title of nobility without particle", "Otto Graf Lambsdorff", "Otto", "Graf Lambsdorff"),
    ("a surname that is a title of nobility", "Anna Graf", "Anna", "Graf"),
    ("'und' alone is no particle", "Hans und Franz", "Hans und", "Franz"),
    ("a given name is always left", "von Berg", "von", "Berg"),
]


@pytest.mark.parametrize(("rule", "whole", "given", "family"), SPLIT, ids=[r[0] for r in SPLIT])
def test_family_name_start(rule: str, whole: str, given: str, family: str) -> None:
    assert split_full_name(whole) == (given, family)


def test_particles_a_list_left_in_the_first_name_move_to_the_family_name() -> None:
    assert split_given_family("Karl-Theodor Freiherr von und", "zu Guttenberg") == (
        "Karl-Theodor",
        "Freiherr von und zu Guttenberg",
    )
    assert split_given_family("Anna", "Nowak") == ("Anna", "Nowak")
    assert split_given_family("", "Nowak") == ("", "Nowak")


# (rule, given names, family name, middle names abbreviated, all abbreviated)
SHORT = [
    ("one name", "Anna", "Nowak", "Anna", "A."),
    (
        "hyphenated and middle names",
        "Friedrich-Wilhelm Maximilian Konstantin",
        "Hohenzollern",
        "Friedrich-Wilhelm M. K.",
        "F.-W. M. K.",
    ),
    ("initials stay", "Anna M.", "Berg", "Anna M.", "A. M."),
    ("Polish letters", "Łucja Żaneta", "Wiśniewska", "Łucja Ż.", "Ł. Ż."),
    (
        "Vietnamese: the called name is the last",
        "Thị Thu Hương",
        "Nguyễn",
        "T. T. Hương",
        "T. T. H.",
    ),
    ("a Western name with a Vietnamese surname", "Anna Maria", "Le", "Anna M.", "A. M."),
]


@pytest.mark.parametrize(
    ("rule", "given", "family", "middle", "all_"), SHORT, ids=[r[0] for r in SHORT]
)
def test_short_given_names(rule: str, given: str, family: str, middle: str, all_: str) -> None:
    assert abbreviated_given(given, family, keep_called=True) == middle
    assert abbreviated_given(given, family, keep_called=False) == all_


def test_initial() -> None:
    assert initial("Friedrich-Wilhelm") == "F.-W."
    assert initial("Éva") == "É."
    assert initial("M.") == "M."


def _guest(code: str, last: str, first: str = "", company: str = "") -> Attendee:
    return Attendee(code, first_name=first, last_name=last, company=company)


def test_badge_batch_sorts_like_the_store(tmp_path: Path) -> None:
    guests = [
        _guest("1", "Zuse", "Konrad"),
        _guest("2", "Ärger", "Eva"),
        _guest("3", "von Berg", "Anna"),
        _guest("4", "Arndt", "Jan"),
        _guest("5", "Bach", "Johann"),
    ]
    want = ["Ärger", "Arndt", "Bach", "von Berg", "Zuse"]
    assert [a.last_name for a in sort_attendees(guests)] == want
    store = SQLiteStore.open(tmp_path / "e.db")
    try:
        for g in guests:
            store.add_attendee(g)
        assert [a.last_name for a in store.iter_attendees()] == want
        assert [a.last_name for a in select_batch(store)] == want
    finally:
        store.close()


def test_batch_by_company_folds_the_company_too() -> None:
    guests = [
        _guest("1", "B", company="Zeiss"),
        _guest("2", "A", company="Ärztekammer"),
        _guest("3", "C", company="apple"),
    ]
    assert [a.company for a in sort_attendees(guests, "company")] == [
        "apple",
        "Ärztekammer",
        "Zeiss",
    ]


def test_keys_made_otherwise_are_recomputed_when_an_event_opens(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    store = SQLiteStore.open(path)
    for g in (_guest("1", "von Berg", "Anna"), _guest("2", "Cramer"), _guest("3", "Ärger")):
        store.add_attendee(g)
    store.close()
    # As an older checkin left it: casefolded keys, particle first, no note of how.
    conn = sqlite3.connect(path)
    conn.execute("UPDATE attendees SET sort_key = lower(last_name)")
    conn.execute("DELETE FROM meta WHERE key = 'name_order'")
    conn.commit()
    conn.close()
    store = SQLiteStore.open(path)
    try:
        assert [a.last_name for a in store.iter_attendees()] == ["Ärger", "von Berg", "Cramer"]
        assert store.get_meta("name_order")
        assert {a.id: attendee_key(a) for a in store.iter_attendees()} == {
            r[0]: r[1]
            for r in store._read("SELECT id, sort_key FROM attendees")  # noqa: SLF001
        }
    finally:
        store.close()


def test_search_results_of_equal_rank_stand_in_the_name_order(tmp_path: Path) -> None:
    from checkin.core.search import query_words, rank

    people = [
        _guest("1", "Bach", "Anna"),
        _guest("2", "von Adler", "Anna"),
        _guest("3", "Ärger", "Anna"),
        _guest("4", "Zuse", "Anna"),
    ]
    want = [a.last_name for a in sorted(people, key=attendee_key)]
    assert want == ["von Adler", "Ärger", "Bach", "Zuse"]
    words = query_words("anna")
    assert [a.last_name for a in sorted(people, key=lambda a: rank(a, words))] == want
    store = SQLiteStore.open(tmp_path / "e.db")
    try:
        for p in people:
            store.add_attendee(p)
        assert [a.last_name for a in store.search("anna")] == want
        assert [a.last_name for a in store.search("anna an")] == want  # ranked by rank()
    finally:
        store.close()


def test_one_name_order_from_the_import_to_the_export(tmp_path: Path) -> None:
    """A list imported at once, then late registrations written in parts: the store, its
    ids, the badge batch, the attendance export and `attendee_key` give one order."""
    import csv

    from checkin.core.import_parts import apply_in_parts
    from checkin.core.importing import import_list
    from checkin.core.io.export.job import ExportRequest, run_export

    first = tmp_path / "list.csv"
    first.write_text(
        "Code,Vorname,Nachname\nZ1,Konrad,Zuse\nB1,Anna,von Berg\nA1,Eva,Ärger\n",
        encoding="utf-8",
    )
    late = tmp_path / "late.csv"
    late.write_text(
        first.read_text(encoding="utf-8") + "A2,Jan,Arndt\nB2,Johann,Bach\nC1,Ute,Çelik\n",
        encoding="utf-8",
    )
    want = ["Ärger", "Arndt", "Bach", "von Berg", "Çelik", "Zuse"]
    store = SQLiteStore.open(tmp_path / "e.db")
    try:
        import_list(store, first)
        import_list(store, late, apply=lambda plan, at: apply_in_parts(store, plan, at, rows=1))
        people = list(store.iter_attendees())
        assert [a.last_name for a in people] == want
        assert [a.last_name for a in sorted(reversed(people), key=attendee_key)] == want
        by_id = {a.id: a.last_name for a in people}
        assert [by_id[i] for i in store.attendee_ids()] == want
        assert [a.last_name for a in select_batch(store)] == want
        out = tmp_path / "attendance.csv"
        run_export(
            store,
            ExportRequest(what="all", fmt="csv", path=out, columns=["last_name"], delimiter=";"),
            datetime(2026, 3, 5, 9, tzinfo=UTC),
        )
        with out.open(encoding="utf-8-sig", newline="") as f:
            exported = [row[0] for row in csv.reader(f, delimiter=";")][1:]
        assert exported == want
    finally:
        store.close()


def test_a_ticket_without_a_name_stands_after_every_name(tmp_path: Path) -> None:
    """pretix admits nameless tickets: at the top of every list they were empty rows."""
    people = [
        _guest("N1", "", company="Ohne Namen GmbH"),
        _guest("Z1", "Zuse", "Konrad"),
        _guest("C1", "中村", "Yui"),
        _guest("W1", "Ωmega"),
        _guest("N2", " ", " "),
        _guest("A1", "", "Anna"),  # a given name alone is a name
    ]
    want = ["A1", "Z1", "W1", "C1", "N1", "N2"]
    assert [a.code for a in sorted(people, key=attendee_key)] == want
    path = tmp_path / "e.db"
    store = SQLiteStore.open(path)
    try:
        for p in people:
            store.add_attendee(p)
        by_id = {a.id: a.code for a in store.iter_attendees()}
        assert [by_id[i] for i in store.attendee_ids()] == want
        assert [a.code for a in store.iter_attendees()] == want
    finally:
        store.close()
    # An event whose nameless keys an older checkin made (first of all) is resorted.
    conn = sqlite3.connect(path)
    conn.execute("UPDATE attendees SET sort_key = '\x1f\x1f' WHERE code IN ('N1', 'N2')")
    conn.execute("UPDATE meta SET value = 'order 1' WHERE key = 'name_order'")
    conn.commit()
    conn.close()
    store = SQLiteStore.open(path)
    try:
        assert [a.code for a in store.iter_attendees()] == want
    finally:
        store.close()
