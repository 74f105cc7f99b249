"""The SQLite store: a real file, owner-only, durable, migrating, and searchable."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from checkin.core.model import Attendee, LogEntry, LogKind, Status
from checkin.core.store.base import Change, ImportPlan, StoreError
from checkin.core.store.migrations import SCHEMA_VERSION
from checkin.core.store.sqlite import SQLiteStore


def test_file_is_owner_only_and_uses_wal(filled_store: SQLiteStore, db_file: Path) -> None:
    for path in (db_file, Path(f"{db_file}-wal")):
        mode = stat.S_IMODE(os.stat(path).st_mode)
        assert mode == 0o600, f"{path.name} is {oct(mode)}"
    conn = sqlite3.connect(db_file)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_reopen_keeps_everything(filled_store: SQLiteStore, db_file: Path, clock) -> None:
    a = filled_store.find_by_code("WESTK1")[0]
    filled_store.check_in(a.id, clock(), "Tisch 1", "Anna")
    filled_store.close()
    again = SQLiteStore.open(db_file)
    try:
        assert again.count_attendees() == 10
        stored = again.find_by_code("WESTK1")[0]
        assert stored.checked_in is not None
        assert stored.checked_in.desk == "Tisch 1"
        assert stored.checked_in.at == clock()
        assert stored.title == "Prof. Dr.-Ing."
    finally:
        again.close()


def test_newer_schema_is_refused(db_file: Path) -> None:
    SQLiteStore.open(db_file).close()
    conn = sqlite3.connect(db_file)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer checkin"):
        SQLiteStore.open(db_file)


def test_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "list.sqlite3"
    bogus.write_bytes(b"Vorname;Nachname\nAnna;Nowak\n" * 200)
    with pytest.raises(StoreError, match="not a checkin database"):
        SQLiteStore.open(bogus)


def test_check_in_is_atomic_and_first_wins(filled_store: SQLiteStore, clock) -> None:
    a = filled_store.find_by_code("DULIG1")[0]
    first = filled_store.check_in(a.id, clock(), "Tisch 1", "Anna")
    later = clock.advance(minutes=5)
    second = filled_store.check_in(a.id, later, "Tisch 2", "Ben")
    assert first.admitted and not second.admitted
    assert second.state.desk == "Tisch 1" and second.state.at == first.state.at
    kinds = [e.kind for e in filled_store.iter_log()]
    assert kinds == [LogKind.LIST_IMPORTED, LogKind.CHECKIN]


def test_undo_then_check_in_again(filled_store: SQLiteStore, clock) -> None:
    a = filled_store.find_by_code("MUELL1")[0]
    filled_store.check_in(a.id, clock(), "T1", "A")
    undone = filled_store.undo_check_in(a.id, clock.advance(minutes=1), "T1", "A")
    assert undone is not None and undone.desk == "T1"
    assert filled_store.get_attendee(a.id).checked_in is None
    assert filled_store.undo_check_in(a.id, clock(), "T1", "A") is None
    assert filled_store.check_in(a.id, clock.advance(minutes=1), "T2", "B").admitted
    history = [e.kind for e in filled_store.log_for(a.id)]
    assert history == [LogKind.CHECKIN, LogKind.UNDO, LogKind.CHECKIN]


def test_listeners_hear_committed_writes(filled_store: SQLiteStore, clock) -> None:
    heard: list[Change] = []
    unsubscribe = filled_store.subscribe(heard.append)
    a = filled_store.find_by_code("DVORAK")[0]
    filled_store.check_in(a.id, clock(), "T1", "A")
    assert heard and heard[-1].attendee_ids == (a.id,)
    unsubscribe()
    filled_store.undo_check_in(a.id, clock(), "T1", "A")
    assert len(heard) == 1


def test_iter_attendees_sorted_german_and_paged(store: SQLiteStore, clock) -> None:
    names = ["Zuse", "Ärger", "Arndt", "Öz", "Oberst", "Böhm", "Bach"] * 700
    store.apply_import(
        ImportPlan(inserts=tuple(Attendee(code=f"C{i}", last_name=n) for i, n in enumerate(names))),
        clock(),
    )
    got = [a.last_name for a in store.iter_attendees()]
    assert len(got) == len(names)
    order = list(dict.fromkeys(got))
    assert order == ["Ärger", "Arndt", "Bach", "Böhm", "Oberst", "Öz", "Zuse"]
    assert store.attendee_ids() == [a.id for a in store.iter_attendees()]


def test_search_is_german_aware_and_ranked(filled_store: SQLiteStore) -> None:
    def names(q: str) -> list[str]:
        return [a.last_name for a in filled_store.search(q)]

    assert set(names("müller")) == {"Müller", "Mueller"}
    assert set(names("Mueller")) == {"Müller", "Mueller"}
    assert set(names("muller")) == {"Müller", "Mueller"}
    assert names("dvorak") == ["Dvořák"]
    assert names("lukasz") == ["Wiśniewski"]
    assert names("nguyen") == ["Nguyễn"]
    assert set(names("weiss")) == {"Weiß", "Weiss"}
    assert names("anna müll") == ["Müller"]
    assert names("skoda") == ["Dvořák"]
    assert names("anna.mueller") == ["Müller"] or names("anna.mueller@example") == ["Müller"]
    assert names("xyzzy") == []
    assert names("") == []


def test_search_ranks_exact_surname_first(store: SQLiteStore, clock) -> None:
    store.apply_import(
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
    assert [a.code for a in store.search("rost")] == ["3", "2", "1", "4"]


def test_stats_counts_by_category(filled_store: SQLiteStore, clock) -> None:
    for code in ("WESTK1", "NGUYEN"):
        filled_store.check_in(filled_store.find_by_code(code)[0].id, clock(), "T1", "A")
    stats = filled_store.stats()
    assert stats.expected == 9 and stats.checked_in == 2 and stats.cancelled == 1
    assert stats.by_category["Referent"] == (1, 1)
    assert stats.by_category["Presse"] == (1, 1)
    assert stats.by_category["Teilnehmer"] == (6, 0)


def test_update_reindexes_search(filled_store: SQLiteStore) -> None:
    a = filled_store.find_by_code("WESTK1")[0]
    from dataclasses import replace

    filled_store.update_attendee(replace(a, first_name="Engelbert"))
    assert [x.code for x in filled_store.search("engelbert")] == ["WESTK1"]
    assert filled_store.search("eberhard") == []


def test_log_entries_round_trip(filled_store: SQLiteStore, clock) -> None:
    entry = LogEntry(
        at=clock(),
        kind=LogKind.REJECTED,
        desk="T3",
        operator="Ole",
        raw_input="'; DROP TABLE attendees; --",
        result="unknown",
    )
    filled_store.append_log(entry)
    (stored,) = [e for e in filled_store.iter_log() if e.kind is LogKind.REJECTED]
    assert stored.raw_input == entry.raw_input and stored.at == clock()
    assert filled_store.count_attendees() == 10
    assert filled_store.last_log_entry(LogKind.REJECTED, desk="T3").id == stored.id
    assert filled_store.last_log_entry(LogKind.REJECTED, desk="T9") is None


def test_removed_and_cancelled_are_kept(filled_store: SQLiteStore, clock) -> None:
    a = filled_store.find_by_code("DVORAK")[0]
    filled_store.apply_import(ImportPlan(removals=(a.id,)), clock())
    assert filled_store.get_attendee(a.id).status is Status.REMOVED
    assert filled_store.count_attendees() == 10


def test_meta(store: SQLiteStore) -> None:
    assert store.get_meta("event_name", "-") == "-"
    store.set_meta("event_name", "Strategiekonferenz")
    store.set_meta("event_name", "Strategiekonferenz 2017")
    assert store.get_meta("event_name") == "Strategiekonferenz 2017"


def test_a_list_given_as_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    listfile = tmp_path / "gaeste.csv"
    listfile.write_text("Vorname;Nachname\nAnna;Nowak\n" * 100, encoding="utf-8")
    os.chmod(listfile, 0o644)
    before = listfile.read_bytes()
    with pytest.raises(StoreError, match="not a checkin database"):
        SQLiteStore.open(listfile)
    assert stat.S_IMODE(listfile.stat().st_mode) == 0o644
    assert listfile.read_bytes() == before


def test_an_existing_event_database_is_made_owner_only(db_file: Path) -> None:
    SQLiteStore.open(db_file).close()
    os.chmod(db_file, 0o644)
    SQLiteStore.open(db_file).close()
    assert stat.S_IMODE(db_file.stat().st_mode) == 0o600


def test_checked_in_never_exceeds_expected(filled_store: SQLiteStore, clock) -> None:
    from dataclasses import replace

    guest = filled_store.find_by_code("DVORAK")[0]
    filled_store.check_in(guest.id, clock(), "T1", "A")
    filled_store.update_attendee(replace(guest, status=Status.CANCELLED))
    stats = filled_store.stats()
    assert stats.checked_in == 1 and stats.expected == 9 and stats.cancelled == 2
    assert stats.by_category["Teilnehmer"] == (6, 1)
