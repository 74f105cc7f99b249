"""A check-in on the server rewrites its guest's row on the row's own page (a HOT update).

An import filled every page of attendees to the brim, so the first check-in on each page
moved its guest's row to another page and gave it a new entry in each of the guests' six
indexes (and, after a checkpoint, a whole copy of each index page touched in the WAL):
half the check-ins after a checkpoint at 50,000 guests (docs/PERFORMANCE.md). Migration 7
leaves room on each page (fillfactor) and rewrites the table, so every check-in, also a
whole page of guests one after the other, is a HOT update: no index is written.
"""

from __future__ import annotations

from datetime import datetime

import psycopg
import pytest

from checkin.core.model import Attendee
from checkin.core.store.base import ImportPlan
from checkin.core.store.postgres import (
    ATTENDEES_FILLFACTOR,
    MIGRATIONS,
    SCHEMA_VERSION,
    PostgresStore,
)
from checkin.core.store.rows import sort_key

pytestmark = pytest.mark.postgres

AT = datetime(2026, 12, 2, 9, 0).astimezone()


def _guest(i: int, prefix: str = "G") -> Attendee:
    """A guest as a registration list has them (company, function, e-mail, category):
    about 40 to a page, each admission's desk, operator and time (~25 bytes) fitting in
    the room left on the page."""
    return Attendee(
        code=f"{prefix}{i:05d}",
        first_name="Gast",
        last_name=f"Nummer {i}",
        company=f"Firma {i % 97} GmbH & Co. KG",
        function="Projektleitung",
        email=f"gast.nummer.{i}@firma{i % 97}.example.org",
        category="Teilnehmer",
    )


def _pages(url: str) -> dict[int, list[int]]:
    """The guests' ids by the heap page their row is on."""
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute("SELECT (ctid::text::point)[0]::bigint, id FROM attendees").fetchall()
    pages: dict[int, list[int]] = {}
    for page, guest in rows:
        pages.setdefault(int(page), []).append(int(guest))
    return pages


def _updates(store: PostgresStore, url: str) -> tuple[int, int]:
    """(row updates, HOT updates) of attendees so far, the store's own included: its
    server process reports them before its next answer (pg_stat_force_next_flush)."""
    store._read("SELECT pg_stat_force_next_flush()")
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(
            "SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables WHERE relname = 'attendees'"
        ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def _check_in_hot(store: PostgresStore, url: str) -> None:
    """One guest on each page, then every other guest of the first page: all HOT."""
    pages = _pages(url)
    assert len(pages) > 3, "the event fills several pages"
    first = min(pages)
    chosen = [ids[0] for ids in pages.values()] + pages[first][1:]
    before = _updates(store, url)
    for guest in chosen:
        assert store.check_in(guest, AT, "Tisch 1", "Anna").admitted
    updated, hot = (a - b for a, b in zip(_updates(store, url), before, strict=True))
    assert (updated, hot) == (len(chosen), len(chosen))
    assert sum(len(ids) for ids in _pages(url).values()) == sum(len(i) for i in pages.values())


def test_a_check_in_on_an_imported_event_is_a_hot_update(pg_url: str) -> None:
    store = PostgresStore.open(pg_url)
    try:
        # A first big import: COPY, the indexes built after it.
        store.apply_import(ImportPlan(inserts=tuple(_guest(i) for i in range(6000))), AT)
        _check_in_hot(store, pg_url)
    finally:
        store.close()


def _schema_6_event(url: str, n: int) -> None:
    """An event as checkin wrote it before migration 7: pages filled to the brim."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE schema_version (version integer NOT NULL)")
        for version, sql in enumerate(MIGRATIONS[:6], start=1):
            if version == 4:
                sql += "CREATE UNIQUE INDEX log_event ON log (event_id);"
            conn.execute(sql.encode())
            conn.execute("INSERT INTO schema_version (version) VALUES (%s)", (version,))
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO attendees (code, code_fold, first_name, last_name, company, "
                "function, email, category, sort_key) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                [
                    (
                        *(a.code, a.code.casefold(), a.first_name, a.last_name, a.company),
                        *(a.function, a.email, a.category, sort_key(a)),
                    )
                    for a in (_guest(i, "S") for i in range(n))
                ],
            )


def test_an_older_server_gets_room_on_its_guests_pages(pg_url: str) -> None:
    _schema_6_event(pg_url, 1500)
    full = len(_pages(pg_url))
    store = PostgresStore.open(pg_url)
    try:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            version = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
            options = conn.execute(
                "SELECT reloptions FROM pg_class WHERE relname = 'attendees'"
            ).fetchone()
        assert version == (SCHEMA_VERSION,)
        assert options == ([f"fillfactor={ATTENDEES_FILLFACTOR}"],)
        assert len(_pages(pg_url)) > full, "the rows already there were spread out"
        assert [a.last_name for a in store.find_by_code("S01499")] == ["Nummer 1499"]
        _check_in_hot(store, pg_url)
    finally:
        store.close()


#: Migrations 7 and 8 as checkin ran them before they shared one rewrite: the reference
#: an upgrade must still end at (each rewrote the guests' table: 3-4 s at 200,000).
_OLD_7 = (
    f"ALTER TABLE attendees SET (fillfactor = {ATTENDEES_FILLFACTOR}); "
    "CLUSTER attendees USING attendees_pkey; ALTER TABLE attendees SET WITHOUT CLUSTER;"
)
_OLD_8 = MIGRATIONS[7].replace(
    "ALTER TABLE attendees ADD COLUMN version xid8 NOT NULL DEFAULT '0';",
    "ALTER TABLE attendees ADD COLUMN version xid8 NOT NULL DEFAULT '0'; "
    "CLUSTER attendees USING attendees_pkey; ALTER TABLE attendees SET WITHOUT CLUSTER;",
)

_SCHEMA_SQL = (
    # columns with their types, defaults and the value rows written before the column have
    "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
    "pg_get_expr(d.adbin, d.adrelid), a.atthasmissing, a.attmissingval::text "
    "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
    "JOIN pg_namespace n ON n.oid = c.relnamespace "
    "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
    "WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 1, 2",
    "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1",
    "SELECT relname, relkind, reloptions::text, relhasindex FROM pg_class c "
    "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' ORDER BY 1",
    "SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1",
    "SELECT proname, pg_get_functiondef(p.oid) FROM pg_proc p "
    "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' ORDER BY 1",
    "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
    "WHERE connamespace = 'public'::regnamespace ORDER BY 1",
)
_ROWS_SQL = (
    "SELECT a::text FROM attendees a ORDER BY id",
    "SELECT (id, code, version::text, ctid::text::point) FROM attendees ORDER BY id",
    "SELECT (to_jsonb(l) - 'xid')::text FROM log l ORDER BY id",  # xid: whichever transaction
    "SELECT m::text FROM meta m ORDER BY key",
    "SELECT s::text FROM search_terms s ORDER BY rank, term, attendee_id",
    "SELECT version FROM schema_version ORDER BY version",
)


class _Counting:
    """A connection that counts the rewrites of the guests' table it is asked for."""

    def __init__(self, conn: psycopg.Connection) -> None:  # type: ignore[type-arg]
        self.conn, self.rewrites = conn, 0

    def execute(self, query, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN201
        text = query.decode() if isinstance(query, bytes) else str(query)
        self.rewrites += text.count("CLUSTER attendees")
        return self.conn.execute(query, *args, **kwargs)

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self.conn, name)


def _seeded_schema_6(url: str) -> None:
    """A schema-6 event with guests, one of them checked in, and its journal."""
    _schema_6_event(url, 1500)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            "UPDATE attendees SET checked_in_at = '2026-12-02 09:00+01', "
            "checked_in_desk = 'Tisch 1', checked_in_operator = 'Anna' WHERE code = 'S00007'"
        )
        conn.execute(
            "INSERT INTO log (at, kind, desk, operator, result, attendee_id, code, event_id, "
            "detail) SELECT '2026-12-02 09:00+01', 'checkin', 'Tisch 1', 'Anna', 'admitted', "
            "id, code, '0193a0b0-0000-7000-8000-000000000001', '' FROM attendees "
            "WHERE code = 'S00007'"
        )
        conn.execute("INSERT INTO meta (key, value) VALUES ('event_name', 'Tagung')")


def _state(url: str) -> tuple[list, list]:  # type: ignore[type-arg]
    with psycopg.connect(url, autocommit=True) as conn:
        schema = [conn.execute(sql).fetchall() for sql in _SCHEMA_SQL]
        rows = [conn.execute(sql).fetchall() for sql in _ROWS_SQL]
    return schema, rows


def test_an_upgrade_from_schema_6_rewrites_the_guests_once_and_ends_as_before(
    pg_server,  # noqa: ANN001
) -> None:
    from checkin.core.store import postgres

    upgraded, reference = pg_server.create_database(), pg_server.create_database()
    for url in (upgraded, reference):
        _seeded_schema_6(url)
    with psycopg.connect(upgraded) as conn:
        counting = _Counting(conn)
        assert postgres.migrate(counting) == 6  # type: ignore[arg-type]
    assert counting.rewrites == 1
    with psycopg.connect(reference, autocommit=True) as conn, conn.transaction():
        for version, sql in ((7, _OLD_7), (8, _OLD_8)):
            conn.execute(sql.encode())
            conn.execute("INSERT INTO schema_version (version) VALUES (%s)", (version,))
    assert SCHEMA_VERSION == 8  # a later migration: compare against its upgrade too
    got, expected = _state(upgraded), _state(reference)
    assert got[0] == expected[0]  # the same schema
    assert got[1] == expected[1]  # the same rows, on the same pages, versions 0
    assert any("S00007" in r[0] and "Tisch 1" in r[0] for r in got[1][0])
