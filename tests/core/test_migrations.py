"""A database written by an older schema opens and is upgraded in place, data intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from checkin.core.store.migrations import MIGRATIONS, SCHEMA_VERSION
from checkin.core.store.sqlite import SQLiteStore


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
