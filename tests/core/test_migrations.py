"""A database written by an older schema opens and is upgraded in place, data intact."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from checkin.core.model import Attendee
from checkin.core.store import migrations, sqlite_search
from checkin.core.store.base import StoreError
from checkin.core.store.migrations import MIGRATIONS, SCHEMA_VERSION
from checkin.core.store.sqlite import SQLiteStore


def _schema_2_database(tmp_path: Path) -> Path:
    """An empty event database as schema 2 left it (search index with its own words)."""
    path = tmp_path / "v2.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript("BEGIN;" + MIGRATIONS[0] + MIGRATIONS[1] + "PRAGMA user_version=2; COMMIT;")
    conn.close()
    return path


def test_version_1_database_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript("BEGIN;" + MIGRATIONS[0] + "PRAGMA user_version=1; COMMIT;")
    conn.execute(
        "INSERT INTO attendees (code, code_fold, last_name, category, sort_key) "
        "VALUES ('OLD1', 'old1', 'Rost', 'Referent', 'rost')"
    )
    conn.close()
    store = SQLiteStore.open(path)
    try:
        assert store.find_by_code("OLD1")[0].last_name == "Rost"
        assert store.stats().by_category == {"Referent": (1, 0)}
    finally:
        store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    plan = conn.execute(
        "EXPLAIN QUERY PLAN SELECT category, status, walk_in, checked_in_at IS NOT NULL, "
        "COUNT(*) FROM attendees GROUP BY 1, 2, 3, 4"
    ).fetchall()
    conn.close()
    assert "attendees_stats" in str(plan)


def test_version_2_search_index_is_rebuilt_contentless(tmp_path: Path) -> None:
    path = _schema_2_database(tmp_path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(
        "INSERT INTO attendees (id, code, code_fold, first_name, last_name, company, email, "
        "sort_key) VALUES (7, 'DV1', 'dv1', 'Łukasz', 'Dvořák', 'Ärzte GmbH', "
        "'l.dvorak@aerzte.example', 'dvorak')"
    )
    # Schema 2 kept its own copy of the words: stale ones must not survive the upgrade.
    conn.execute(
        "INSERT INTO search_index (rowid, last, first, company, email) "
        "VALUES (7, 'stale', 'stale', '', '')"
    )
    conn.close()
    store = SQLiteStore.open(path)
    try:
        for query in ("dvorak", "Dvoř", "lukasz", "arzte", "aerzte.example"):
            assert [a.code for a in store.search(query)] == ["DV1"], query
        assert store.search("stale") == []
        store.update_attendee(replace(store.find_by_code("DV1")[0], last_name="Novák"))
        assert [a.code for a in store.search("novak")] == ["DV1"]
        # The old surname's words are gone (only the e-mail still says dvorak).
        match = "SELECT rowid FROM search_index WHERE search_index MATCH ?"
        assert store._read(match, ("last : dvorak",)) == []
        assert store._read(match, ("email : dvorak",)) == [(7,)]
        sql = store._read("SELECT sql FROM sqlite_master WHERE name = 'search_index'")[0][0]
        assert "content = ''" in sql
    finally:
        store.close()


def test_a_failing_migration_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _schema_2_database(tmp_path)

    def broken(conn: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setitem(migrations.AFTER, 3, broken)
    with pytest.raises(StoreError):
        SQLiteStore.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search_index'").fetchone()[0]
    assert "content = ''" not in sql
    conn.close()


def test_an_index_folded_by_another_version_is_rebuilt_on_open(tmp_path: Path) -> None:
    path = tmp_path / "event.sqlite3"
    store = SQLiteStore.open(path)
    store.add_attendee(Attendee(code="K1", first_name="Jürgen", last_name="Weiß"))
    store.close()
    conn = sqlite3.connect(path, isolation_level=None)
    # As if folding had changed: the stored words no longer match what fold() gives now.
    conn.execute(
        "INSERT INTO search_index (rowid, last, first, company, email) "
        "VALUES (1, 'ghost', '', '', '')"
    )
    conn.execute("UPDATE meta SET value = 'unicode 1.0, fold 0' WHERE key = 'search_fold'")
    conn.close()
    store = SQLiteStore.open(path)
    try:
        assert store.search("ghost") == []
        assert [a.code for a in store.search("weiss")] == ["K1"]
        assert store.get_meta("search_fold") == sqlite_search.FOLD_VERSION
    finally:
        store.close()


def test_upgrading_to_schema_3_folds_the_words_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _schema_2_database(tmp_path)
    rebuilds: list[object] = []
    real = sqlite_search.rebuild
    monkeypatch.setattr(sqlite_search, "rebuild", lambda c: rebuilds.append(c) or real(c))
    monkeypatch.setitem(migrations.AFTER, 3, sqlite_search.rebuild)
    SQLiteStore.open(path).close()
    assert len(rebuilds) == 1
