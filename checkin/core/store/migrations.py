"""Versioned schema migrations for the SQLite backend (`PRAGMA user_version`).

Each entry upgrades the schema by one version and never edits an earlier one,
so a database made by any released version opens in every later one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime

from checkin.core.eventid import event_id_at
from checkin.core.journal import legacy_result
from checkin.core.store import sqlite_search
from checkin.core.store.base import StoreError

#: A guest's order code under each of model.ORDER_CODE_KEYS, lower-cased (NULL for none);
#: a query that repeats one of these expressions reads its index (migration 6).
ORDER_CODE_VALUES = tuple(
    f"(CASE WHEN json_valid(extra) THEN lower(json_extract(extra, '$.\"{key}\"')) END)"
    for key in ("Order code", "Bestellnummer")
)
#: (name, DDL) of the order-code indexes; also dropped and rebuilt around a big import.
ORDER_CODE_INDEXES = tuple(
    (f"attendees_order_code_{n}", f"CREATE INDEX attendees_order_code_{n} ON attendees ({value})")
    for n, value in enumerate(ORDER_CODE_VALUES)
)

MIGRATIONS: tuple[str, ...] = (
    # 1: attendees, search index, append-only log, event metadata
    """
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE attendees (
        id                  INTEGER PRIMARY KEY,
        code                TEXT NOT NULL,
        code_fold           TEXT NOT NULL,
        title               TEXT NOT NULL DEFAULT '',
        first_name          TEXT NOT NULL DEFAULT '',
        last_name           TEXT NOT NULL DEFAULT '',
        company             TEXT NOT NULL DEFAULT '',
        function            TEXT NOT NULL DEFAULT '',
        email               TEXT NOT NULL DEFAULT '',
        category            TEXT NOT NULL DEFAULT '',
        status              TEXT NOT NULL DEFAULT 'active',
        attention           INTEGER NOT NULL DEFAULT 0,
        attention_note      TEXT NOT NULL DEFAULT '',
        extra               TEXT NOT NULL DEFAULT '',
        source_file         TEXT NOT NULL DEFAULT '',
        source_line         INTEGER,
        walk_in             INTEGER NOT NULL DEFAULT 0,
        sort_key            TEXT NOT NULL DEFAULT '',
        checked_in_at       TEXT,
        checked_in_desk     TEXT,
        checked_in_operator TEXT
    );
    CREATE INDEX attendees_code ON attendees (code);
    CREATE INDEX attendees_code_fold ON attendees (code_fold);
    CREATE INDEX attendees_sort ON attendees (sort_key, id);
    -- Folded words (checkin.core.search) per field; rowid = attendee id. Attendee ids
    -- of a big import are handed out in name order, so FTS5's rowid order is name order.
    CREATE VIRTUAL TABLE search_index USING fts5 (
        last, first, company, email,
        tokenize = "unicode61 remove_diacritics 0",
        detail = column
    );
    CREATE TABLE log (
        id          INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        kind        TEXT NOT NULL,
        desk        TEXT NOT NULL DEFAULT '',
        operator    TEXT NOT NULL DEFAULT '',
        raw_input   TEXT NOT NULL DEFAULT '',
        result      TEXT NOT NULL DEFAULT '',
        attendee_id INTEGER,
        code        TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX log_attendee ON log (attendee_id, kind, id);
    CREATE INDEX log_desk ON log (desk, kind, id);
    """,
    # 2: counting by category and state reads a small index instead of every row
    #    (stats() at 200,000 attendees: 270 ms -> 25 ms)
    """
    CREATE INDEX attendees_stats
        ON attendees (category, status, walk_in, checked_in_at IS NOT NULL);
    """,
    # 3: the search index keeps no copy of the folded words (contentless FTS5, no column
    #    sizes): a 200,000-row import writes 0.7 s less. Refilled from the attendees.
    #    Exact code lookups use attendees_code_fold, so attendees_code goes.
    "DROP TABLE search_index; DROP INDEX attendees_code;" + sqlite_search.DDL,
    # 4: where a scan came from (scanner, camera, picture, command line), ScanSource
    "ALTER TABLE log ADD COLUMN source TEXT NOT NULL DEFAULT '';",
    # 5: the log is the journal: every event has an id made where it happened (UUIDv7)
    #    and a typed result; the facts beside it (an edit's values before, the printer,
    #    the undone admission) move from `result` to `detail` (journal_ids, below).
    """
    ALTER TABLE log ADD COLUMN detail TEXT NOT NULL DEFAULT '';
    ALTER TABLE log ADD COLUMN event_id TEXT;
    """,
    # 6: a desk's replica of a shared event keeps the events it decided while the server
    #    did not answer, until they are uploaded (store/replica.py)
    "CREATE TABLE outbox (event_id TEXT PRIMARY KEY);",
    # 7: a code the list does not know is looked up as an order code; that read an
    #    index instead of every guest's extra data (unknown scan at 200,000 guests:
    #    ~50 ms -> under 1 ms).
    "".join(f"{ddl};" for _name, ddl in ORDER_CODE_INDEXES),
    # A desk's replica: guests whose cached admission a server answer wrote outside a
    # pull, to be settled from the journal at a pull (store/replica.py), kept over a
    # restart.
    "CREATE TABLE unsettled (attendee_id INTEGER PRIMARY KEY);",
    # 9: a desk's replica tells the admissions in its outbox from its other records (a
    #    refused scan, an undo, an edit) without reading the journal at every scan: "3
    #    check-ins waiting" counted the refusals too.
    """
    ALTER TABLE outbox ADD COLUMN admission INTEGER NOT NULL DEFAULT 0;
    UPDATE outbox SET admission = 1 WHERE event_id IN (
        SELECT event_id FROM log WHERE result = 'admitted' AND kind IN ('checkin', 'walkin')
    );
    """,
    # 10: a desk's replica: per guest a pull read from the server, the server transaction
    #     before which every write of the row is in the replica, so that an older answer
    #     of the server's (a check-in's row) does not overwrite it (store/replica.py).
    "CREATE TABLE row_horizon (attendee_id INTEGER PRIMARY KEY, xid INTEGER NOT NULL);",
)


def journal_ids(conn: sqlite3.Connection) -> None:
    """Give every existing log row an event id (from its time) and a typed result."""
    rows = conn.execute("SELECT id, at, kind, result FROM log ORDER BY id").fetchall()
    conn.executemany(
        "UPDATE log SET event_id = ?, result = ?, detail = ? WHERE id = ?",
        [
            (event_id_at(datetime.fromisoformat(at), n & 0xFFF), *legacy_result(kind, result), i)
            for n, (i, at, kind, result) in enumerate(rows)
        ],
    )
    conn.execute("CREATE UNIQUE INDEX log_event ON log (event_id)")


#: Python steps run after a version's SQL, in the same transaction.
AFTER: dict[int, Callable[[sqlite3.Connection], None]] = {
    3: sqlite_search.rebuild,
    5: journal_ids,
}

SCHEMA_VERSION = len(MIGRATIONS)


#: Tables every event database has had since schema 1.
_EVENT_TABLES = frozenset({"meta", "attendees", "log"})


def is_foreign(conn: sqlite3.Connection) -> bool:
    """Whether the file holds another program's database (never to be migrated or erased).

    A new, empty file is not foreign; a checkin event has a schema version and its
    tables; anything else (a registration tool's SQLite export given as --db) is.
    """
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if version == 0:
        return bool(tables)
    return not _EVENT_TABLES <= tables


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema to SCHEMA_VERSION; returns the version found before."""
    found = conn.execute("PRAGMA user_version").fetchone()[0]
    if found > SCHEMA_VERSION:
        raise StoreError(
            f"this database was written by a newer checkin (schema {found}, "
            f"this version knows {SCHEMA_VERSION}); update checkin to open it"
        )
    for version in range(found, SCHEMA_VERSION):
        # The connection is in autocommit mode: the script opens the transaction
        # (executescript would commit one opened before it) and it stays open for
        # the Python step and the version bump.
        try:
            conn.executescript("BEGIN IMMEDIATE;" + MIGRATIONS[version])
            step = AFTER.get(version + 1)
            if step is not None:
                step(conn)
            conn.execute(f"PRAGMA user_version={version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return found
