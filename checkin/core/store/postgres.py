"""One event in one PostgreSQL database: the backend for several desks sharing a list.

Same semantics as `sqlite.SQLiteStore` (first-wins check-in, append-only log,
prefix search over `search_terms`, name-ordered keyset pages), so the rules never
know which backend they talk to. What PostgreSQL adds:

* Durability: every write commits with `synchronous_commit = on` before the call
  returns, so a check-in a desk has shown as admitted is on the server's disk.
* Other desks: each write is announced by `NOTIFY checkin_changes` right after its
  commit, in a transaction of its own (a NOTIFY holds a lock on the database until its
  transaction's commit is on the disk: inside the write, every desk's writes would wait
  for each other's; `_TELL_SQL`); a check-in's in the same round trip. Once anyone subscribes, a daemon thread LISTENs on its own
  connection and calls the listeners with the other desks' `Change`s **on that
  thread** (the Qt layer re-emits them through a queued signal). Own writes are
  announced on the writing thread, as in SQLite, and skipped by the listener.
* No hangs: connect, statement and lock timeouts plus TCP keepalives, and a
  watchdog that cuts the socket of a call the server leaves unanswered for
  CALL_DEADLINE_S (a frozen host or a stuck proxy answers neither the query nor
  a cancel). A lost server becomes a `StoreError` that says what to do, and the
  next call reconnects by itself once the server is back; so does a connection
  that libpq left busy with a command nobody reads ("another command is already
  in progress").
* Configuration mistakes (no such database, wrong port, TLS refused, wrong
  password) are told apart from a network that is down.
* Sorting and prefix ranges: `sort_key` and `term` are `COLLATE "C"` (byte order),
  which is what SQLite compares with, so both backends order names identically.
* Search as you type: as in SQLite, an import hands out ids in name order and each
  ranked group (surname exact, surname prefix, first name, company, e-mail) reads
  the first ids of its terms from the key (rank, term, attendee_id), then stops.

One database = one event. `erase()` truncates every table (rows gone, files of
the old rows unlinked by the server); the schema stays. Passwords never appear
in `path`, in messages or in logs.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import re
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg import pq
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from checkin.core import search as folding
from checkin.core.eventid import event_id_at, new_event_id
from checkin.core.journal import legacy_result
from checkin.core.model import (
    LIST_FIELDS,
    ORDER_CODE_KEYS,
    Attendee,
    CheckInState,
    LogEntry,
    LogKind,
    Outcome,
    ScanSource,
    Status,
)
from checkin.core.store.base import (
    ERASED_META,
    EVENT_UID_META,
    Change,
    CheckInResult,
    ImportPlan,
    Listener,
    StoreError,
    judged_differs,
)
from checkin.core.store.rows import (
    ATTENDEE_COLUMNS,
    LOG_COLUMNS,
    NAME_ORDER_VERSION,
    SORT_KEYS_SQL,
    STORED_COLUMNS,
    WRITE_FIELDS,
    attendee_values,
    sort_key,
    stale_sort_keys,
)
from checkin.core.store.sql import LOG_INSERT_COLUMNS, SQLStore, Work

_log = logging.getLogger(__name__)

CHANNEL = "checkin_changes"
#: Key for pg_advisory_xact_lock while migrating ("checkin" in ASCII, as a number).
_MIGRATION_LOCK = 0x636865636B696E
#: First key of the advisory lock on a walk-in's event id while it is uploaded ("wi").
_WALK_IN_LOCK = 0x7769
#: Guests per page of `guests_written` (one statement each).
GUEST_PAGE = 2000
#: Above this many ids a notification says "reload everything" (NOTIFY payloads are < 8 kB).
_MAX_NOTIFY_IDS = 500

#: The event's id (`EVENT_UID_META`) where it has none, unless it was erased: an erased
#: event is no event, and gets a new id with its next list (`apply_import`).
_MAKE_UID_SQL = (
    "INSERT INTO meta (key, value) SELECT %(key)s, %(uid)s "
    "WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = %(erased)s) ON CONFLICT (key) DO NOTHING"
)


def _uid_params() -> dict[str, str]:
    return {"key": EVENT_UID_META, "uid": uuid.uuid4().hex, "erased": ERASED_META}


CONNECT_TIMEOUT_S = 5
STATEMENT_TIMEOUT_MS = 5_000
LOCK_TIMEOUT_MS = 3_000
#: A call the server has not answered by then is cut off by the client: the server's own
#: statement_timeout cannot fire on a frozen host, nor a cancel request reach it.
CALL_DEADLINE_S = 8.0
#: The deadline of a whole import (its statements run under a longer statement_timeout).
IMPORT_DEADLINE_S = 11 * 60.0
#: libpq settings that turn a silently vanished server (cable pulled) into an error.
_LIBPQ_DEFAULTS: dict[str, Any] = {
    "connect_timeout": CONNECT_TIMEOUT_S,
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 3,
    "tcp_user_timeout": 10_000,
    "application_name": "checkin",
}
_SESSION_SETUP = (
    "SET synchronous_commit = on; "
    f"SET statement_timeout = {STATEMENT_TIMEOUT_MS}; "
    f"SET lock_timeout = {LOCK_TIMEOUT_MS}; "
    "SET idle_in_transaction_session_timeout = 60000"
)

#: A guest's order code under each of model.ORDER_CODE_KEYS, lower-cased and as JSON
#: writes it (NULL for none); a query that repeats one of these expressions reads its
#: index (migration 6). Read with a pattern, not as jsonb: jsonb refuses some text the
#: desk stores (a "\u0000"), and an index expression must never fail an insert. Only
#: candidates: `holds_order_code` decides.
ORDER_CODE_VALUES = tuple(
    "(lower(substring(extra from '\"" + key + r""""\s*:\s*"((\\.|[^"\\])*)"')))"""
    for key in ORDER_CODE_KEYS
)
ORDER_CODE_INDEXES = tuple(
    (f"attendees_order_code_{n}", f"CREATE INDEX attendees_order_code_{n} ON attendees ({value})")
    for n, value in enumerate(ORDER_CODE_VALUES)
)

#: Percent of each page of attendees an import fills (migration 7): the rest is room for
#: the rows' check-ins (their new versions) on their own pages.
ATTENDEES_FILLFACTOR = 85
#: The columns whose writing gives a guest row a new version (migration 8): all a
#: replica copies but the cached admission (and the name order, which it makes itself).
VERSIONED_FIELDS = ("code", "code_fold", *LIST_FIELDS, "walk_in")

MIGRATIONS: tuple[str, ...] = (
    # 1: attendees, search index, append-only log, event metadata
    """
    CREATE TABLE meta (
        key   text PRIMARY KEY,
        value text NOT NULL
    );
    CREATE TABLE attendees (
        id                  bigserial PRIMARY KEY,
        code                text NOT NULL,
        code_fold           text NOT NULL,
        title               text NOT NULL DEFAULT '',
        first_name          text NOT NULL DEFAULT '',
        last_name           text NOT NULL DEFAULT '',
        company             text NOT NULL DEFAULT '',
        function            text NOT NULL DEFAULT '',
        email               text NOT NULL DEFAULT '',
        category            text NOT NULL DEFAULT '',
        status              text NOT NULL DEFAULT 'active',
        attention           boolean NOT NULL DEFAULT false,
        attention_note      text NOT NULL DEFAULT '',
        extra               text NOT NULL DEFAULT '',
        source_file         text NOT NULL DEFAULT '',
        source_line         integer,
        walk_in             boolean NOT NULL DEFAULT false,
        sort_key            text COLLATE "C" NOT NULL DEFAULT '',
        checked_in_at       timestamptz,
        checked_in_desk     text,
        checked_in_operator text
    );
    CREATE INDEX attendees_code ON attendees (code);
    CREATE INDEX attendees_code_fold ON attendees (code_fold);
    CREATE INDEX attendees_sort ON attendees (sort_key, id);
    CREATE TABLE search_terms (
        term        text COLLATE "C" NOT NULL,
        attendee_id bigint NOT NULL,
        rank        integer NOT NULL,
        PRIMARY KEY (term, attendee_id)
    );
    CREATE INDEX search_terms_attendee ON search_terms (attendee_id);
    CREATE TABLE log (
        id          bigserial PRIMARY KEY,
        at          timestamptz NOT NULL,
        kind        text NOT NULL,
        desk        text NOT NULL DEFAULT '',
        operator    text NOT NULL DEFAULT '',
        raw_input   text NOT NULL DEFAULT '',
        result      text NOT NULL DEFAULT '',
        attendee_id bigint,
        code        text NOT NULL DEFAULT ''
    );
    CREATE INDEX log_attendee ON log (attendee_id, kind, id);
    CREATE INDEX log_desk ON log (desk, kind, id);
    """,
    # 2: search as you type. The key (rank, term, attendee_id) lets every ranked group
    #    (surname exact, surname prefix, first name ...) read the first ids of each term
    #    and stop; a big import hands out ids in name order, as SQLite does, so the
    #    first ids are (nearly) the first names. p95 at 200,000 guests: 90 ms -> 2 ms.
    """
    ALTER TABLE search_terms DROP CONSTRAINT search_terms_pkey;
    ALTER TABLE search_terms ADD PRIMARY KEY (rank, term, attendee_id);
    -- Several words: a guest's own terms, read from the index alone.
    DROP INDEX search_terms_attendee;
    CREATE INDEX search_terms_attendee ON search_terms (attendee_id, term) INCLUDE (rank);
    """,
    # 3: where a scan came from (scanner, camera, picture, command line), ScanSource
    "ALTER TABLE log ADD COLUMN source text NOT NULL DEFAULT '';",
    # 4: the log is the journal (see migrations.py, schema 5 of SQLite): event ids and
    #    typed results; the facts beside them move to `detail` (_journal_ids).
    """
    ALTER TABLE log ADD COLUMN detail text NOT NULL DEFAULT '';
    ALTER TABLE log ADD COLUMN event_id text COLLATE "C";
    """,
    # 5: a desk's replica pulls the journal in commit order (`log_after`): ids are handed
    #    out when a row is written, so a transaction that commits late can hold ids below
    #    ones a desk already pulled. Each row keeps its transaction's id; the rows of
    #    transactions older than every running one are final.
    """
    ALTER TABLE log ADD COLUMN xid xid8 NOT NULL DEFAULT '0';
    ALTER TABLE log ALTER COLUMN xid SET DEFAULT pg_current_xact_id();
    CREATE INDEX log_xid ON log (xid, id);
    """,
    # 6: a code the list does not know is looked up as an order code; that reads an
    #    index, as SQLite's schema 7 does, instead of every guest's extra data.
    "".join(f"{ddl};" for _name, ddl in ORDER_CODE_INDEXES),
    # 7: a check-in rewrites its guest's row on the row's own page (a HOT update: none of
    #    the guests' six indexes gets an entry, no index page is written or, after a
    #    checkpoint, copied whole into the WAL). An import filled every page to the brim,
    #    so the first check-in on each page moved its row to another page and indexed it
    #    anew: at 50,000 guests, 52 % of the check-ins after a checkpoint, 7.1 kB of WAL
    #    each; with room left on each page 3.7 kB, every one HOT (docs/PERFORMANCE.md).
    #    The table is rewritten (`REWRITTEN_BY`), so the rows already there get that
    #    room too.
    f"ALTER TABLE attendees SET (fillfactor = {ATTENDEES_FILLFACTOR});",
    # 8: every guest row keeps the id of the transaction that last wrote it (inserted it,
    #    or changed a field of the list or the desk; not the cached admission, which the
    #    journal carries): a desk's replica pulls the guests a re-import changed
    #    (`guests_written`), not all of them. Rows written before keep 0: a replica
    #    pulls all once (`DeskStore._pull_guests`). A check-in's UPDATE leaves the
    #    column and its index alone (it stays a HOT update). The table is rewritten
    #    (`REWRITTEN_BY`), so that each row holds the new column already: else the first
    #    check-in of a row would add it, and some no longer fit the room migration 7 left.
    #    (The rewrite keeps version 0 of the rows there: the column's missing value, not
    #    its later default.)
    f"""
    ALTER TABLE attendees ADD COLUMN version xid8 NOT NULL DEFAULT '0';
    ALTER TABLE attendees ALTER COLUMN version SET DEFAULT pg_current_xact_id();
    CREATE INDEX attendees_version ON attendees (version, id);
    CREATE FUNCTION checkin_guest_written() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.version := pg_current_xact_id();
        RETURN NEW;
    END $$;
    CREATE TRIGGER attendees_version BEFORE UPDATE OF {", ".join(VERSIONED_FIELDS)}
        ON attendees FOR EACH ROW EXECUTE FUNCTION checkin_guest_written();
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
#: The versions whose upgrade rewrites the guests' table (CLUSTER by id keeps the name
#: order of an import). An upgrade rewrites it once, after the last of them it runs: at
#: 200,000 guests each rewrite holds every desk off the table for 3-4 s.
REWRITTEN_BY = frozenset({7, 8})
REWRITE_ATTENDEES = (
    "CLUSTER attendees USING attendees_pkey; ALTER TABLE attendees SET WITHOUT CLUSTER;"
)


def _journal_ids(conn: psycopg.Connection[Any]) -> None:
    rows = conn.execute("SELECT id, at, kind, result FROM log ORDER BY id").fetchall()
    with conn.cursor() as cur:
        cur.executemany(
            "UPDATE log SET event_id = %s, result = %s, detail = %s WHERE id = %s",
            [
                (event_id_at(at, n & 0xFFF), *legacy_result(kind, result), i)
                for n, (i, at, kind, result) in enumerate(rows)
            ],
        )
    conn.execute("CREATE UNIQUE INDEX log_event ON log (event_id)")


#: Python steps run after a version's SQL, in the same transaction.
_AFTER: dict[int, Callable[[psycopg.Connection[Any]], None]] = {4: _journal_ids}

#: The changed guests of an import in one statement (one round trip, not one per guest).
_COLUMN_TYPES = {"attention": "boolean", "walk_in": "boolean", "source_line": "integer"}
_UPDATE_SQL = (
    f"UPDATE attendees a SET {', '.join(f'{f} = v.{f}' for f in WRITE_FIELDS)} "
    "FROM unnest(%s::bigint[], "
    + ", ".join(f"%s::{_COLUMN_TYPES.get(f, 'text')}[]" for f in WRITE_FIELDS)
    + f") AS v(id, {', '.join(WRITE_FIELDS)}) WHERE a.id = v.id"
)
#: Secondary indexes of the schema, dropped and rebuilt around a first big import.
_DROP_INDEXES = (
    "ALTER TABLE search_terms DROP CONSTRAINT search_terms_pkey; "
    "DROP INDEX search_terms_attendee, attendees_code, attendees_code_fold, attendees_sort, "
    "attendees_version, " + ", ".join(name for name, _ddl in ORDER_CODE_INDEXES)
)
_CREATE_INDEXES = (
    "ALTER TABLE search_terms ADD PRIMARY KEY (rank, term, attendee_id); "
    "CREATE INDEX search_terms_attendee ON search_terms (attendee_id, term) INCLUDE (rank); "
    "CREATE INDEX attendees_code ON attendees (code); "
    "CREATE INDEX attendees_code_fold ON attendees (code_fold); "
    "CREATE INDEX attendees_sort ON attendees (sort_key, id); "
    "CREATE INDEX attendees_version ON attendees (version, id); "
    + "; ".join(ddl for _name, ddl in ORDER_CODE_INDEXES)
)
#: Field ranks of `folding.index_terms` (surname 0, first name 1, company 2, e-mail 3).
_RANKS = sorted(set(folding.FIELD_RANK.values()))
#: One word, one field, exact: the first ids (SQLite's "first rowids") of one term.
_EXACT_SQL = (
    "SELECT attendee_id FROM search_terms WHERE rank = %s AND term = %s "
    "ORDER BY attendee_id LIMIT %s"
)
#: One word, one field, as a prefix. A prefix spans a few distinct terms ("mul" ->
#: mull, muller, mullner), each listing its ids in order in the key: skip from term to
#: term (a loose index scan), take each term's first ids, merge, keep the first.
_PREFIX_SQL = """
    WITH RECURSIVE terms(term) AS (
        (SELECT term FROM search_terms
         WHERE rank = %(rank)s AND term >= %(word)s AND term < %(upto)s ORDER BY term LIMIT 1)
        UNION ALL
        SELECT (SELECT s.term FROM search_terms s
                WHERE s.rank = %(rank)s AND s.term > t.term AND s.term < %(upto)s
                ORDER BY s.term LIMIT 1)
        FROM terms t WHERE t.term IS NOT NULL
    )
    SELECT page.attendee_id FROM terms CROSS JOIN LATERAL (
        SELECT s.attendee_id FROM search_terms s
        WHERE s.rank = %(rank)s AND s.term = terms.term
        ORDER BY s.attendee_id LIMIT %(limit)s
    ) page
    WHERE terms.term IS NOT NULL
    ORDER BY page.attendee_id LIMIT %(limit)s
"""
#: How well a term matches a typed word, as `folding.rank` grades it (surname exact 0,
#: surname prefix 1, first name exact 2, first name prefix 3, company 4, e-mail 5).
_LEVEL = "MIN(CASE WHEN {t}.rank < 2 THEN {t}.rank * 2 + ({t}.term <> {w})::integer ELSE {t}.rank + 2 END)"
#: Several words: the guests of the longest (most selective) word, each looked up for
#: the other words by its own few terms, so a short second word ("anna m") never scans
#: every term starting with "m". Best level first, then their sum, then id (~ name).
_MANY_WORDS_SQL = f"""
    WITH driver AS (
        SELECT t.attendee_id, {_LEVEL.format(t="t", w="%(word)s")} AS level
        FROM search_terms t
        WHERE t.rank = ANY(%(ranks)s) AND t.term >= %(word)s AND t.term < %(upto)s
        GROUP BY t.attendee_id
    )
    SELECT d.attendee_id FROM driver d CROSS JOIN LATERAL (
        SELECT COUNT(m.level) AS hits, MIN(m.level) AS best, SUM(m.level) AS total
        FROM unnest(%(others)s::text[], %(others_upto)s::text[]) AS o(word, upto)
        CROSS JOIN LATERAL (
            SELECT {_LEVEL.format(t="s", w="o.word")} AS level FROM search_terms s
            WHERE s.attendee_id = d.attendee_id AND s.term >= o.word AND s.term < o.upto
        ) m
    ) x
    WHERE x.hits = %(n_others)s
    ORDER BY LEAST(d.level, x.best), d.level + x.total, d.attendee_id LIMIT %(limit)s
"""
#: A batch of journal events in one statement (a desk's upload), each once by its event id.
#: The events come as one JSON array of rows (LOG_INSERT_COLUMNS, the time in ISO 8601):
#: made by json.dumps in C, where eleven arrays cost psycopg's array dumper, in Python,
#: about 30 ms a thousand events (the timestamps most).
_LOG_MANY_SQL = (
    f"INSERT INTO log ({LOG_INSERT_COLUMNS}) SELECT (e->>0)::timestamptz, e->>1, e->>2, "
    "e->>3, e->>4, e->>5, (e->>6)::bigint, e->>7, e->>8, e->>9, e->>10 "
    "FROM json_array_elements(%s::json) AS e ON CONFLICT (event_id) DO NOTHING"
)
#: The admissions and undos of some guests, guest by guest through log_attendee: with the
#: journal's statistics behind (thousands of events uploaded within seconds, before
#: autovacuum's ANALYZE), `attendee_id = ANY(...) AND kind IN (...)` was planned as a
#: scan of every check-in in log_desk (100-260 ms a batch instead of 1 ms).
_PRESENCE_SQL = f"""
    SELECT l.* FROM unnest(%s::bigint[]) AS g(id) CROSS JOIN LATERAL (
        SELECT {LOG_COLUMNS} FROM log
        WHERE log.attendee_id = g.id AND log.kind = ANY(%s) AND log.result = ANY(%s)
        OFFSET 0
    ) l
"""
#: What `_PRESENCE_SQL` reads: admissions and undos.
_PRESENCE_OF = (
    [str(LogKind.CHECKIN), str(LogKind.WALKIN), str(LogKind.UNDO)],
    [str(Outcome.ADMITTED), str(Outcome.UNDONE)],
)
#: Guests' cached admissions (`SQLStore._cached_and_presence`), locked in id order for a merge.
_CACHED_SQL = (
    "SELECT id, checked_in_at, checked_in_desk, checked_in_operator FROM attendees "
    "WHERE id = ANY(%s)"
)
_CACHED_LOCKED_SQL = f"{_CACHED_SQL} ORDER BY id FOR UPDATE"
#: Cached admissions of many guests in one statement, given as one JSON array of rows
#: (at in ISO 8601 or null, desk, operator, id), as `_LOG_MANY_SQL` takes events.
_SET_ADMISSIONS_SQL = (
    "UPDATE attendees a SET checked_in_at = v.at, checked_in_desk = v.desk, "
    "checked_in_operator = v.operator FROM (SELECT (e->>0)::timestamptz AS at, "
    "e->>1 AS desk, e->>2 AS operator, (e->>3)::bigint AS id "
    "FROM json_array_elements(%s::json) AS e) v WHERE a.id = v.id"
)
#: Above every character a folded word can hold: word <= term < word + _TOP is "starts with".
_TOP = "\U0010ffff"
#: A check-in as one statement (autocommit: its own durable transaction), so a desk far
#: from the server pays one round trip where the transaction of `SQLStore._admit` pays six
#: (BEGIN, the event-id lookup, UPDATE, INSERT, NOTIFY, COMMIT): at 50 ms a round trip
#: that was past the scan's 300 ms deadline. It admits only a guest nobody is checked in
#: on, still of the status and code the desk judged (%(status)s NULL: not looked at),
#: under an event id not yet journalled as an admission. It also answers with the row as
#: the statement's snapshot has it, which settles a guest in already or no longer the one
#: judged (a re-import the desk's replica has not pulled yet) in the same round trip;
#: only a row free in the snapshot that the UPDATE still did not take (another desk's
#: commit it waited for) is left to `_admit`.
_CHECK_IN_SQL = f"""
    WITH known AS (
        SELECT at, desk, operator FROM log
        WHERE event_id = %(event_id)s AND result = 'admitted'
    ), seen AS (
        SELECT {ATTENDEE_COLUMNS}, version::text AS seen_version FROM attendees
        WHERE id = %(id)s
    ), admitted AS (
        UPDATE attendees SET checked_in_at = %(at)s, checked_in_desk = %(desk)s,
            checked_in_operator = %(operator)s
        WHERE id = %(id)s AND checked_in_at IS NULL AND NOT EXISTS (SELECT 1 FROM known)
            AND (%(status)s::text IS NULL OR (status = %(status)s AND code = %(code)s))
        RETURNING code
    ), logged AS (
        INSERT INTO log ({LOG_INSERT_COLUMNS})
        SELECT %(at)s, %(kind)s, %(desk)s, %(operator)s, %(raw_input)s, 'admitted', %(id)s,
            code, %(source)s, '', %(event_id)s
        FROM admitted
        ON CONFLICT (event_id) DO NOTHING
        RETURNING id
    ), told AS (
        SELECT 1 FROM logged
    )
    SELECT (SELECT count(*) FROM admitted), (SELECT count(*) FROM told),
        known.at, known.desk, known.operator, seen.*
    FROM (SELECT 1) AS one LEFT JOIN known ON true LEFT JOIN seen ON true
"""
#: After the check-in's durable commit, in the same round trip (one pipeline,
#: `PostgresStore._pipelined`), the other desks are told in a transaction of its
#: own that commits without waiting for the disk. A NOTIFY takes a lock on the database that its
#: transaction holds until its commit is on the disk: with the NOTIFY inside the check-in,
#: every desk's check-in waited for every other desk's WAL flush, one after the other (20
#: desks at 10 scans/s: server-side p50 114 ms, p99 331 ms, 90 % of the waits that lock,
#: docs/PERFORMANCE.md). A notification lost with a crash costs nothing: desks also follow
#: the journal by its cursor. An event id sent again is told again (harmless: a pull).
_TELL_SQL = """
    SELECT set_config('synchronous_commit', 'off', true), pg_notify(%(channel)s, %(payload)s)
    FROM log WHERE event_id = %(event_id)s AND result = 'admitted'
"""


#: Any other pipelined write's announcement (`PostgresStore._pipelined`): as `_TELL_SQL`, a
#: transaction of its own after the write's commit.
_NOTIFY_SQL = (
    "SELECT set_config('synchronous_commit', 'off', true), pg_notify(%(channel)s, %(payload)s)"
)


def _check_in_work(params: dict[str, Any]) -> Work:
    """The check-in as `PostgresStore._pipelined`'s work: its answer (`_CHECK_IN_SQL`'s one
    row) is read from the cursor once the pipeline is done."""

    def work(cur: psycopg.Cursor[Any]) -> tuple[psycopg.Cursor[Any], None]:
        cur.execute(_CHECK_IN_SQL, params)
        return cur, None

    return work


_HOLDING = ("command_queue", "pgconn", "_communicate_gen", "_enqueue_sync", "_fetch_gen")


@contextlib.contextmanager
def _written_at_once(conn: psycopg.Connection[Any]) -> Iterator[psycopg.Pipeline]:
    """`conn.pipeline()`, its statements written together: held until an answer is read
    (a fetch: what is held goes out with its Flush) or until the Sync (everything in one
    write, libpq's PQpipelineSync flushing it).

    psycopg writes each statement of a pipeline as it is executed: a check-in's BEGIN went
    in a packet of its own, the check-in in the next, the COMMIT in a third; a desk
    starved of CPU between them left the server waiting in the middle of the transaction
    (ClientRead) with the guest's row locked. psycopg has no public way to hold them, so
    the pipeline's own sending is replaced for this block (its queue of commands still
    decides the order; an answer is still matched to its statement by psycopg). A
    psycopg without those internals gets the plain pipeline: more packets, same
    results."""
    with conn.pipeline() as pipeline:
        if all(hasattr(pipeline, name) for name in _HOLDING):
            queue = pipeline.command_queue
            pgconn = pipeline.pgconn
            enqueue_sync = pipeline._enqueue_sync
            fetch_gen = pipeline._fetch_gen
            synced = False

            def write() -> None:
                while queue:  # into libpq's buffer, sent at its next flush
                    queue.popleft()()

            def hold() -> Iterator[Any]:
                yield from ()

            def sync() -> None:
                nonlocal synced
                enqueue_sync()
                write()  # the Sync last: it flushes the whole pipeline
                synced = True

            def fetch(*, flush: bool) -> Any:
                nonlocal synced
                write()
                if synced and pgconn.flush() == 0:
                    flush = False  # all written; a Flush after the Sync is a packet for nothing
                synced = False
                return fetch_gen(flush=flush)

            # The block's pipeline object only (psycopg makes a new one for each block).
            vars(pipeline).update(_communicate_gen=hold, _enqueue_sync=sync, _fetch_gen=fetch)
        yield pipeline


def _holding(stored: Attendee | None, state: CheckInState) -> Attendee | None:
    """A guest's row as read before their admission, with it."""
    return None if stored is None else replace(stored, checked_in=state)


def _payload(change: Change) -> str:
    """A notification's text: the guests changed, or "reload everything" past
    _MAX_NOTIFY_IDS of them."""
    ids = list(change.attendee_ids)
    reset = change.reset or len(ids) > _MAX_NOTIFY_IDS
    return json.dumps({"ids": [] if reset else ids, "reset": reset, "log": change.log_appended})


def is_postgres_url(target: object) -> bool:
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


def _text(value: str) -> str:
    """PostgreSQL text holds neither NUL nor lone surrogates; SQLite's does. Replace them."""
    if "\x00" in value:
        value = value.replace("\x00", "\ufffd")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            value = value.encode("utf-8", "replace").decode("utf-8")
    return value


def _write_values(a: Attendee) -> tuple[Any, ...]:
    return tuple(_text(v) if isinstance(v, str) else v for v in attendee_values(a))


_COPY_SPECIAL = re.compile(r"[\\\t\n\r]")
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _copy_field(value: Any) -> str:
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, str):
        return value.translate(_COPY_ESCAPES) if _COPY_SPECIAL.search(value) else value
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def _copy_lines(copy: psycopg.Copy, lines: Iterable[str], chunk: int = 10_000) -> None:
    """COPY text built in Python and sent in big chunks: psycopg's write_row per row is
    the slowest part of a 200,000-row import. NULs and lone surrogates, which
    PostgreSQL text cannot hold, are replaced once per chunk."""
    batch: list[str] = []

    def flush() -> None:
        text = "\n".join(batch) + "\n"
        if "\x00" in text:
            text = text.replace("\x00", "\ufffd")
        copy.write(text.encode("utf-8", "replace"))
        batch.clear()

    for line in lines:
        batch.append(line)
        if len(batch) >= chunk:
            flush()
    if batch:
        flush()


def _copy_row(row: Iterable[Any]) -> str:
    return "\t".join([_copy_field(v) for v in row])


def _attendee_line(attendee_id: int, a: Attendee, key: str) -> str:
    """One attendees COPY line; the hot path of a big import, so no per-field dispatch."""
    texts = (
        a.code,
        a.code.casefold(),
        a.title,
        a.first_name,
        a.last_name,
        a.company,
        a.function,
        a.email,
        a.category,
        str(a.status),
    )
    search = _COPY_SPECIAL.search
    head = "\t".join([t.translate(_COPY_ESCAPES) if search(t) else t for t in texts])
    extra = json.dumps(dict(a.extra), ensure_ascii=False) if a.extra else ""
    tail = (
        "t" if a.attention else "f",
        _copy_field(a.attention_note),
        _copy_field(extra),
        _copy_field(a.source_file),
        "\\N" if a.source_line is None else str(a.source_line),
        "t" if a.walk_in else "f",
        _copy_field(key),
    )
    return f"{attendee_id}\t{head}\t" + "\t".join(tail)


def _term_lines(attendees: Iterable[tuple[int, Attendee]]) -> Iterator[str]:
    search = _COPY_SPECIAL.search
    for attendee_id, attendee in attendees:
        for term, rank in folding.index_terms(attendee):
            if search(term):
                term = term.translate(_COPY_ESCAPES)
            yield f"{term}\t{attendee_id}\t{rank}"


def _local(at: datetime) -> datetime:
    """The server hands back its session zone; desks think in their local time."""
    return at.astimezone()


def display_url(conninfo: str) -> str:
    """The connection target as people may see it: user, host, port, database; no password."""
    try:
        params = conninfo_to_dict(conninfo)
    except psycopg.Error:
        return "postgresql://(unparsable address)"
    user = str(params.get("user") or "")
    host = str(params.get("host") or "localhost")
    port = str(params.get("port") or "5432")
    dbname = str(params.get("dbname") or "")
    return f"postgresql://{user + '@' if user else ''}{host}:{port}/{dbname}"


class PasswordNeeded(StoreError):
    """The server asks for a password that neither the URL, PGPASSWORD nor a passfile gave."""


class PasswordRefused(StoreError):
    """The server refused the password given (typed at start, PGPASSWORD, a passfile)."""


#: libpq's words for what went wrong (they come back as text, without an SQLSTATE, when
#: the connection itself fails), each with what the person at the desk should check.
_CONNECT_PROBLEMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), advice)
    for pattern, advice in (
        (
            r'database "[^"]*" does not exist',
            "has no database of that name. Check the database name at the end of the address.",
        ),
        (
            r'role "[^"]*" does not exist',
            "knows no user of that name. Check the user name in the address.",
        ),
        (
            r"password authentication failed|authentication failed",
            "refused the password. Check the password (PGPASSWORD, ~/.pgpass or the prompt).",
        ),
        (
            r"no password supplied",
            "asks for a password. Give it in PGPASSWORD or a passfile (~/.pgpass), "
            "or start from a terminal to be asked.",
        ),
        (
            r"does not support SSL|SSL was required",
            "does not offer TLS, but the address requires it (sslmode). Turn TLS on at the "
            "server, or ask its administrator which sslmode to use.",
        ),
        (
            r"root certificate file .* does not exist",
            "cannot be checked: sslmode=verify-ca or verify-full needs the CA that signed the "
            "server's certificate. Give it as sslrootcert=/path/ca.pem in the address.",
        ),
        (
            r"server certificate for .* does not match host name",
            "presented a certificate for another host name. Use the host name the "
            "certificate names in the address, or ask its administrator for a matching one.",
        ),
        (
            r"certificate verify failed|root certificate file|certificate",
            "presented a certificate that could not be verified with sslrootcert. Check "
            "sslrootcert (the CA file) and that the host name matches the certificate.",
        ),
        (
            r"(no pg_hba\.conf entry|pg_hba\.conf rejects).*no encryption",
            "accepts this user only over TLS. Add sslmode=verify-full and sslrootcert=/path/ca.pem "
            "(or at least sslmode=require) to the address.",
        ),
        (
            r"no pg_hba\.conf entry|pg_hba",
            "does not let this user in from this machine (pg_hba.conf). Ask its administrator.",
        ),
        (
            r"Connection refused",
            "refused the connection: no PostgreSQL server listens on that port. Check the "
            "port in the address and that the server runs.",
        ),
        (
            r"failed to resolve host|could not translate host name|Name or service not known",
            "is not a known host name. Check the host name in the address.",
        ),
        (
            r"too many connections|remaining connection slots",
            "has no free connection left. Ask its administrator to raise max_connections.",
        ),
        (
            r"starting up|shutting down|in recovery",
            "is starting or stopping. Wait a moment and try again.",
        ),
    )
)


#: Mistakes of the address only while it has never worked: a server that answered before
#: and now refuses (or whose name no longer resolves) has stopped, or the network is down.
_ADDRESS_PROBLEMS = ("Connection refused", "resolve host", "translate host name", "service not")


def explain_connect_failure(reason: str, worked_before: bool = False) -> str | None:
    """What a failed connection means, when it is a configuration mistake; else None."""
    if worked_before and any(word in reason for word in _ADDRESS_PROBLEMS):
        return None
    for pattern, advice in _CONNECT_PROBLEMS:
        if pattern.search(reason):
            return advice
    return None


def _cut(conn: psycopg.Connection[Any]) -> None:
    """Shut the socket of a connection whose call hangs: the blocked call fails at once."""
    try:
        fd = conn.pgconn.socket
        sock = socket.socket(fileno=os.dup(fd))
    except (OSError, psycopg.Error):
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        sock.close()


class _Attempt:
    """One connection being made on a thread of its own (`PostgresStore._connect_by`):
    `done` once it is there (`conn`) or failed (`error`). One made after `close()` is
    closed at once."""

    def __init__(self, connect: Callable[[], psycopg.Connection[Any]]) -> None:
        self._connect = connect
        self._guard = threading.Lock()
        self._closed = False
        self.done = threading.Event()
        self.conn: psycopg.Connection[Any] | None = None
        self.error: psycopg.Error | None = None
        threading.Thread(target=self._run, name="checkin-pg-connect", daemon=True).start()

    def _run(self) -> None:
        try:
            conn = self._connect()
        except psycopg.Error as exc:
            self.error = exc
        except Exception as exc:  # noqa: BLE001 - said as a failed connection, never lost
            self.error = psycopg.OperationalError(str(exc) or type(exc).__name__)
        else:
            with self._guard:
                if self._closed:
                    conn.close()
                else:
                    self.conn = conn
        finally:
            self.done.set()

    def close(self) -> None:
        with self._guard:
            self._closed = True
            if self.conn is not None:
                self.conn.close()
                self.conn = None


def migrate(conn: psycopg.Connection[Any]) -> int:
    """Bring the schema to SCHEMA_VERSION in one transaction; returns the version found.

    The advisory lock serialises desks that start at the same moment: the second
    waits, then finds the schema current and does nothing.
    """
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
        conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)")
        row = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()
        found = int(row[0]) if row else 0
        if found > SCHEMA_VERSION:
            raise StoreError(
                f"this database was written by a newer checkin (schema {found}, "
                f"this version knows {SCHEMA_VERSION}); update checkin to open it"
            )
        upgrades = range(found + 1, SCHEMA_VERSION + 1)
        rewrite_at = max(REWRITTEN_BY.intersection(upgrades), default=None)
        for version in upgrades:
            conn.execute(MIGRATIONS[version - 1].encode())
            step = _AFTER.get(version)
            if step is not None:
                step(conn)
            if version == rewrite_at:
                conn.execute(REWRITE_ATTENDEES.encode())
            conn.execute("INSERT INTO schema_version (version) VALUES (%s)", (version,))
    return found


def _resort(conn: psycopg.Connection[Any]) -> None:
    """Recompute the stored name order when it was made otherwise (`rows.NAME_ORDER_VERSION`)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'name_order'").fetchone()
    if row is not None and row[0] == NAME_ORDER_VERSION:
        return
    with conn.transaction(), conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
        stale = stale_sort_keys(cur.execute(SORT_KEYS_SQL).fetchall())
        cur.executemany("UPDATE attendees SET sort_key = %s WHERE id = %s", stale)
        cur.execute(
            "INSERT INTO meta (key, value) VALUES ('name_order', %s) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (NAME_ORDER_VERSION,),
        )


class PostgresStore(SQLStore):
    """`checkin.core.store.base.Store` on a PostgreSQL database shared by several desks:
    `sql.SQLStore` plus PostgreSQL's dialect (reconnects, the watchdog, COPY for big
    imports, the search_terms index, LISTEN/NOTIFY to and from other desks)."""

    PARAM = "%s"
    IDS_PER_QUERY = 5000
    UNDO_SELECT_SQL = SQLStore.UNDO_SELECT_SQL + " FOR UPDATE"
    LOCK_ROWS_SQL = "FOR UPDATE"
    #: Two int4 keys: a key space apart from the migration's one bigint key.
    CLAIM_SQL = f"SELECT pg_advisory_xact_lock({_WALK_IN_LOCK}, hashtext(?))"
    CONTAINS_SQL = "strpos(lower(extra), lower(?)) > 0"
    ORDER_CODE_SQL = " OR ".join(f"{value} = ?" for value in ORDER_CODE_VALUES)

    def __init__(self, conninfo: str) -> None:
        super().__init__()
        #: The whole address, password included: kept in memory only (for reconnects and
        #: the reader), never in `path`, a message or a log.
        self._conninfo = conninfo
        self._password = str(conninfo_to_dict(conninfo).get("password") or "")
        self.path = display_url(conninfo)
        self._conn: psycopg.Connection[Any] | None = None
        #: The backend pids of this store's live connections, and of the stores opened as
        #: its own (`reopen(own=True)`: a desk's scan connection): the listener skips their
        #: NOTIFYs. A connection's pid leaves the set when it is closed, so another desk's
        #: backend that the server gives the same pid later is heard.
        self._own_pids: set[int] = set()
        #: The pid of `_conn`'s backend (what leaves `_own_pids` when it closes).
        self._conn_pid: int | None = None
        #: Whether this store ever had a connection (the address is right).
        self._connected = False
        self._listen_thread: threading.Thread | None = None
        self._listening = threading.Event()
        #: Told once at a time (`listen_once`): after a notification the listener stops
        #: listening until `listen_again` asks (`_relisten`) and it listens again
        #: (`_relistened`, set whenever LISTEN is active).
        self._once = False
        self._relisten = threading.Event()
        self._relistened = threading.Event()
        self._stop = threading.Event()
        #: (monotonic deadline, connection) of the call under way; the watchdog cuts it.
        self._call: tuple[float, psycopg.Connection[Any]] | None = None
        self._watchdog: threading.Thread | None = None
        self._timed_out = False
        self._worked_before = False
        self._deadline_s = CALL_DEADLINE_S
        self._wake = threading.Condition()
        #: When the watchdog wakes next by itself (monotonic), as it last decided: a call
        #: due later need not wake it (`_arm`).
        self._watch_until = math.inf
        #: Per thread: when the calls of a `deadline()` block must be done (monotonic).
        self._local = threading.local()
        #: A connection being made for a call of a `deadline()` block (`_connect_by`).
        self._connecting: _Attempt | None = None
        #: When the transaction under way got its rows locked (`_cached_and_presence`).
        self._locked_at: float | None = None

    # -- opening -----------------------------------------------------------------
    @classmethod
    def open(
        cls,
        url: str,
        ask_password: Callable[[str], str | None] | None = None,
        worked_before: bool = False,
    ) -> PostgresStore:
        """Connect, check the server, migrate. Raises StoreError with what to do.

        The password comes as libpq looks for it (the URL, PGPASSWORD, PGPASSFILE or
        ~/.pgpass); when the server asks for one that none of them gives, `ask_password`
        (a prompt at start, given the address without password) is asked once.
        `worked_before`: the address is known to be right (a desk's replica came from it),
        so a refused connection means a stopped server, not a wrong port.
        """
        try:
            params = conninfo_to_dict(url)
        except psycopg.ProgrammingError:
            # The parser's message repeats the address, password and all.
            raise StoreError(
                "not a valid PostgreSQL address; expected postgresql://user@host:port/database"
            ) from None
        missing = {k: v for k, v in _LIBPQ_DEFAULTS.items() if k not in params}
        conninfo = make_conninfo(url, **missing)
        try:
            return cls._open(conninfo, worked_before)
        except PasswordNeeded:
            if ask_password is None:
                raise
            password = ask_password(display_url(conninfo))
            if not password:
                raise
        return cls._open(make_conninfo(conninfo, password=password), worked_before)

    @classmethod
    def _open(
        cls, conninfo: str, worked_before: bool = False, own_pids: set[int] | None = None
    ) -> PostgresStore:
        store = cls(conninfo)
        store._worked_before = worked_before
        if own_pids is not None:
            store._own_pids = own_pids  # one set: its connections are the opener's own
        with store._lock:
            try:
                conn = store._live()
                encoding = conn.execute("SHOW server_encoding").fetchone()
                if not encoding or encoding[0].upper() not in ("UTF8", "UTF-8"):
                    raise StoreError(
                        f"the database at {store.path} is not UTF-8 encoded; "
                        "create it with ENCODING 'UTF8'"
                    )
                migrate(conn)
                _resort(conn)
                conn.execute(_MAKE_UID_SQL, _uid_params())
            except psycopg.Error as exc:
                store.close()
                raise store._error(exc) from None
            except BaseException:
                store.close()
                raise
        return store

    def reopen(self, own: bool = False) -> PostgresStore:
        """A second connection to the same event, for a worker thread (an import, a count).

        Same address and credentials as this one (a password asked at start included).
        `own`: what it writes is this store's own too, so this store's listener skips its
        announcements (a desk's scan connection: its check-ins are in the desk's replica
        already; hearing them cost the desk a pull per scan).
        """
        return PostgresStore._open(self._conninfo, own_pids=self._own_pids if own else None)

    def reopen_later(self) -> PostgresStore:
        """A second connection to the same event as `reopen` makes, but made by its first
        call instead of now (inside a `deadline()` block within the block's time:
        `_connect_by`): the address and the event's tables were checked when this store
        opened. For a desk's worker, which may never need it."""
        later = PostgresStore(self._conninfo)
        later._worked_before = True
        return later

    def close(self) -> None:
        self._stop.set()
        self._relisten.set()
        with self._wake:
            self._wake.notify()
        for thread in (self._listen_thread, self._watchdog):
            if thread is not None and thread is not threading.current_thread():
                thread.join(timeout=CONNECT_TIMEOUT_S + 2)
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._forget_conn()
            if self._connecting is not None:
                self._connecting.close()
                self._connecting = None

    # -- plumbing ------------------------------------------------------------------
    def _connect(self) -> psycopg.Connection[Any]:
        conn = psycopg.connect(self._conninfo, autocommit=True)
        try:
            conn.execute(_SESSION_SETUP)
        except BaseException:
            conn.close()
            raise
        return conn

    def _live(self) -> psycopg.Connection[Any]:
        """The write connection, replaced when the last one was lost or left busy.

        After a reset mid-call libpq can leave a connection neither closed nor broken
        but with a command still "in progress" (or a failed transaction): every later
        call on it would fail. Between calls it must be idle; otherwise it goes.
        """
        until = getattr(self._local, "until", None)
        if until is not None and until <= time.monotonic():
            raise self._spent()  # not even a reconnect: the block's time is up
        conn = self._conn
        if conn is not None and (
            self._timed_out  # cut by the watchdog as its call ended
            or conn.closed
            or conn.broken
            or conn.info.transaction_status
            in (
                pq.TransactionStatus.ACTIVE,
                pq.TransactionStatus.INERROR,
                pq.TransactionStatus.UNKNOWN,
            )
        ):
            conn.close()
            self._forget_conn()
        if self._conn is None:
            try:
                self._conn = self._connect() if until is None else self._connect_by(until)
            except psycopg.Error as exc:
                raise self._error(exc) from None
            self._conn_pid = self._conn.info.backend_pid
            self._own_pids.add(self._conn_pid)
            self._connected = True
        return self._conn

    def _forget_conn(self) -> None:
        """`_conn` is closed: its backend's pid is no longer this store's."""
        if self._conn_pid is not None:
            self._own_pids.discard(self._conn_pid)
            self._conn_pid = None
        self._conn = None

    def _connect_by(self, until: float) -> psycopg.Connection[Any]:
        """A connection inside a `deadline()` block: made on a thread of its own and waited
        for until the block ends, never longer (libpq's connect_timeout counts whole
        seconds, at least 2: a scan would wait that long for a server that takes the TCP
        connection and never answers). Not there by then: StoreError, nothing sent; the
        attempt goes on, and the next call takes its connection."""
        attempt = self._connecting
        if attempt is None or (attempt.done.is_set() and attempt.conn is None):
            attempt = _Attempt(self._connect)
            self._connecting = attempt
        if not attempt.done.wait(max(0.0, until - time.monotonic())):
            raise StoreError(
                f"The server at {self.path} did not take a connection in time; it is "
                "connected in the background. Nothing was sent."
            )
        self._connecting = None
        if attempt.error is not None:
            raise attempt.error
        assert attempt.conn is not None
        return attempt.conn

    def _drop(self) -> None:
        """Forget the connection after a failed call; the next call connects afresh."""
        if self._conn is not None:
            try:
                self._conn.close()
            except psycopg.Error:
                pass
            self._forget_conn()

    # -- the watchdog --------------------------------------------------------------
    @contextlib.contextmanager
    def deadline(self, seconds: float) -> Iterator[None]:
        """The calls on this thread inside the block share `seconds` between them (the scan
        path's deadline, end to end: a check-in's fallback transaction gets what its first
        statement left, not a fresh deadline); nested, the earlier end holds."""
        before = getattr(self._local, "until", None)
        until = time.monotonic() + seconds
        self._local.until = until if before is None else min(before, until)
        try:
            yield
        finally:
            self._local.until = before

    @contextlib.contextmanager
    def _turn(self) -> Iterator[None]:
        """This store's lock (one call at a time on its connection); inside a `deadline()`
        block waited for no longer than the block has left (a sync's call on the same
        connection may be waiting for a dead link)."""
        until = getattr(self._local, "until", None)
        if until is None:
            with self._lock:
                yield
            return
        if not self._lock.acquire(timeout=max(0.0, until - time.monotonic())):
            raise StoreError(
                f"The server at {self.path} was not asked: the connection was busy with "
                "another call until the deadline. Nothing was sent."
            )
        try:
            yield
        finally:
            self._lock.release()

    def _arm(self, conn: psycopg.Connection[Any], seconds: float) -> None:
        until = getattr(self._local, "until", None)
        if until is not None:
            seconds = until - time.monotonic()
            if seconds <= 0:
                raise self._spent()
        with self._wake:
            self._timed_out = False
            self._deadline_s = seconds
            due = time.monotonic() + seconds
            self._call = (due, conn)
            if self._watchdog is None and not self._stop.is_set():
                self._watchdog = threading.Thread(
                    target=self._watch, name="checkin-pg-watchdog", daemon=True
                )
                self._watchdog.start()
            if due < self._watch_until:
                # Woken only for a call due before it looks again by itself: at a desk's
                # pace (a scan every 0.1 s, each due in 0.3 s) it mostly is not, and each
                # call cost a thread switch more.
                self._wake.notify()

    def _spent(self) -> StoreError:
        return StoreError(
            f"The server at {self.path} was not asked: the deadline was spent on earlier "
            "calls. Nothing was sent."
        )

    def _disarm(self) -> None:
        self._call = None

    def _watch(self) -> None:
        with self._wake:
            while not self._stop.is_set():
                call = self._call
                now = time.monotonic()
                if call is None:
                    self._watch_until = now + 0.5
                    self._wake.wait(0.5)
                    continue
                left = call[0] - now
                if left > 0:
                    self._watch_until = call[0]
                    self._wake.wait(left)
                    continue
                self._call = None
                self._timed_out = True
                _cut(call[1])

    def _error(self, exc: psycopg.Error) -> StoreError:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if self._password:
            reason = reason.replace(self._password, "***")
        reason = reason.removeprefix("connection failed: ")
        if self._timed_out:
            self._timed_out = False
            self._drop()
            return StoreError(
                f"The server at {self.path} did not answer within {self._deadline_s:g} s; "
                "the connection was cut. Check the network and the server; the next try "
                "connects afresh."
            )
        if isinstance(exc, pg_errors.QueryCanceled | pg_errors.LockNotAvailable):
            return StoreError(
                f"The server at {self.path} did not answer in time ({reason}). "
                "Try again; if it keeps happening, check the server."
            )
        if "another command is already in progress" in reason:
            self._drop()
            return StoreError(
                f"The connection to {self.path} was left busy by an earlier failure and was "
                "replaced. Try again."
            )
        lost = self._conn is None or self._conn.closed or self._conn.broken
        if isinstance(exc, psycopg.OperationalError) and lost:
            advice = explain_connect_failure(
                reason, worked_before=self._worked_before or self._connected
            )
            if advice is not None:
                error_type = StoreError
                if "no password supplied" in reason:
                    error_type = PasswordNeeded
                elif "authentication failed" in reason:
                    error_type = PasswordRefused
                return error_type(f"The server at {self.path} {advice}")
            return StoreError(
                f"The server at {self.path} is unreachable ({reason}); check the network. "
                "Check-ins made at this desk are safe on the server."
            )
        return StoreError(f"Database error on {self.path}: {reason}")

    def _read(
        self, sql: str, params: Sequence[Any] | dict[str, Any] = (), prepare: bool | None = None
    ) -> list[tuple[Any, ...]]:
        """`prepare=False` for queries whose best plan depends on the values (see search)."""
        with self._turn():
            conn = self._live()
            self._arm(conn, CALL_DEADLINE_S)
            try:
                return conn.execute(sql, params, prepare=prepare).fetchall()
            except psycopg.Error as exc:
                raise self._error(exc) from None
            finally:
                self._disarm()

    def _transaction(self, work: Work, deadline: float | None = None, batched: bool = False) -> Any:
        """One transaction; its Change announced to other desks right after its commit, in
        a transaction of its own (as a check-in's, `_TELL_SQL`: a NOTIFY inside would hold
        the database's notification lock, and every other desk's, until the commit is on
        the disk). As many round trips as the NOTIFY inside the transaction took.

        `batched` (a desk's upload, `merge`): `_pipelined`, as a check-in, two round trips
        (the settling reads the rows before it writes them)."""
        with self._turn():
            conn = self._live()
            self._arm(conn, CALL_DEADLINE_S if deadline is None else deadline)
            self._locked_at = None
            try:
                if batched:
                    result, change = self._pipelined(conn, work)
                else:
                    with conn.transaction(), conn.cursor() as cur:
                        result, change = work(cur)
                    if change is not None:
                        self._announce(conn, change)
            except psycopg.Error as exc:
                raise self._error(exc) from None
            finally:
                self._disarm()
            if self._locked_at is not None:
                self.merge_locks_s = time.monotonic() - self._locked_at
        return result, change

    def _pipelined(
        self,
        conn: psycopg.Connection[Any],
        work: Work,
        tell: tuple[str, dict[str, Any]] | None = None,
    ) -> Any:
        """`work` in one transaction and its announcement after it, as one pipeline: BEGIN,
        `work`'s statements, COMMIT, a Flush (the server answers up to the COMMIT at once,
        before the announcement waits for the NOTIFY lock), the announcement (`tell`, else
        `_NOTIFY_SQL` of `work`'s Change), Sync. The check-in and a desk's upload (`merge`)
        both go this way.

        Written at once (`_written_at_once`): everything up to the first answer `work`
        reads, and the rest with the Sync, so the server never waits inside the transaction
        for the desk's next packet. A check-in, which reads nothing before its COMMIT, is
        one write and one round trip; a merge two.

        A confirmed COMMIT means done: an announcement that fails after it (pg_notify
        refusing, the deadline or the network cutting it) is logged, as every other
        write's (`_announce`), and the result returned. Without a confirmed COMMIT the
        error is raised (nothing was written, or the outcome is unknown: the desk sends the
        same event ids again). Errors are raised only once out of the pipeline block: one
        raised inside it makes psycopg's exit fail again on a lost connection, which it
        logs ("error ignored terminating <psycopg.Pipeline [BAD]>").
        """
        begin, cur, commit, told = (conn.cursor() for _ in range(4))
        failure: psycopg.Error | None = None
        result: Any = None
        change: Change | None = None
        try:
            with _written_at_once(conn) as pipeline:
                try:
                    begin.execute("BEGIN")
                    result, change = work(cur)
                    commit.execute("COMMIT")
                    pipeline.command_queue.append(conn.pgconn.send_flush_request)
                    if tell is None and change is not None:
                        tell = (_NOTIFY_SQL, {"channel": CHANNEL, "payload": _payload(change)})
                    if tell is not None:
                        told.execute(*tell)
                except psycopg.Error as exc:
                    failure = exc  # an answer `work` read: nothing more but the Sync
                except BaseException:
                    with contextlib.suppress(psycopg.Error):
                        cur.execute("ROLLBACK")
                    raise
        except psycopg.Error as exc:
            failure = failure or exc
        if commit.statusmessage != "COMMIT":
            assert failure is not None
            if not conn.broken and conn.info.transaction_status is pq.TransactionStatus.INERROR:
                conn.execute("ROLLBACK")  # the block a statement failed in; keep the connection
            raise failure
        if failure is not None:
            self._untold(failure)
        return result, change

    def check_in(
        self,
        attendee_id: int,
        at: datetime,
        desk: str,
        operator: str,
        raw_input: str = "",
        kind: LogKind = LogKind.CHECKIN,
        source: ScanSource = ScanSource.NONE,
        event_id: str | None = None,
        judged: Attendee | None = None,
    ) -> CheckInResult:
        """First wins, in one round trip unless desks race on the guest (`_CHECK_IN_SQL`,
        then `_TELL_SQL`). Committed, it stands: an announcement that fails after the
        commit is logged, as every other write's (`_announce`)."""
        event_id = event_id or new_event_id()
        params = {
            "event_id": event_id,
            "status": str(judged.status) if judged is not None else None,
            "code": _text(judged.code) if judged is not None else None,
            "at": at,
            "desk": _text(desk),
            "operator": _text(operator),
            "raw_input": _text(raw_input),
            "id": attendee_id,
            "kind": str(kind),
            "source": str(source),
            "channel": CHANNEL,
            "payload": _payload(Change(attendee_ids=(attendee_id,), log_appended=True)),
        }
        with self._turn():
            conn = self._live()
            self._arm(conn, CALL_DEADLINE_S)
            try:
                tell = (_TELL_SQL, params)
                answer, _ = self._pipelined(conn, _check_in_work(params), tell)
                row = answer.fetchone()
                assert row is not None
            except psycopg.Error as exc:
                raise self._error(exc) from None
            finally:
                self._disarm()
        admitted, told, known_at, known_desk, known_operator, *snapshot, seen = row
        # The guest as the statement's snapshot has them (before its own UPDATE), and the
        # version of their row (the answer a desk's replica must not let overwrite a newer one).
        stored = self._attendee(snapshot) if snapshot[0] is not None else None
        version = int(seen) if seen is not None else None
        if admitted:
            if told:
                self._notify(Change(attendee_ids=(attendee_id,), log_appended=True))
            state = CheckInState(at, desk, operator)
            return CheckInResult(True, state, row=_holding(stored, state), version=version)
        if known_at is not None:  # sent again after its commit went unconfirmed
            state = CheckInState(self._time_out(known_at), known_desk, known_operator)
            return CheckInResult(True, state, row=_holding(stored, state), version=version)
        if stored is not None:
            if stored.checked_in is not None:
                return CheckInResult(False, stored.checked_in, row=stored, version=version)
            if judged is not None and judged_differs(stored, judged):
                return CheckInResult(False, None, changed=stored, version=version)
        return super().check_in(
            attendee_id, at, desk, operator, raw_input, kind, source, event_id, judged
        )

    def _versioned_row(self, attendee_id: int) -> tuple[Attendee | None, int | None]:
        found, versions = self.attendees_versioned((attendee_id,))
        return found.get(attendee_id), versions.get(attendee_id)

    def _untold(self, exc: psycopg.Error) -> None:
        """A committed write's announcement failed: it stands (the other desks find it by
        the journal's cursor at their next pull); the connection, if cut, is replaced at
        the next call."""
        _log.warning("a write is stored, but the other desks were not told: %s", self._error(exc))

    def _time_in(self, at: datetime) -> datetime:
        return at

    def _time_out(self, value: Any) -> datetime:
        return _local(value)

    def _text_in(self, value: str) -> str:
        return _text(value)

    def _ids_in(self, ids: list[int], column: str = "id") -> tuple[str, tuple[Any, ...]]:
        return f"{column} = ANY(%s)", (ids,)

    def _write_values(self, attendee: Attendee) -> tuple[Any, ...]:
        return _write_values(attendee)

    def _journal_many(self, cur: psycopg.Cursor[Any], entries: list[LogEntry]) -> None:
        rows = [(e.at.isoformat(), *self._log_values(e)[1:]) for e in entries]
        cur.execute(_LOG_MANY_SQL, (json.dumps(rows),))

    def _presence_events(self, cur: psycopg.Cursor[Any], ids: list[int]) -> list[LogEntry]:
        if not ids:
            return []
        cur.execute(_PRESENCE_SQL, (ids, *_PRESENCE_OF))
        return [self._entry(r) for r in cur.fetchall()]

    def _cached_and_presence(
        self, cur: psycopg.Cursor[Any], wanted: list[int], lock: bool
    ) -> tuple[list[tuple[Any, ...]], list[LogEntry]]:
        """Both reads sent before either answer is read: in a pipeline (`merge`) one round
        trip, with what the transaction sent before them. The server still runs them in
        order, the journal read in a snapshot taken once the rows are locked."""
        with cur.connection.cursor() as presence:
            cur.execute(_CACHED_LOCKED_SQL if lock else _CACHED_SQL, (wanted,))
            presence.execute(_PRESENCE_SQL, (wanted, *_PRESENCE_OF))
            rows = cur.fetchall()
            if lock:
                self._locked_at = time.monotonic()
            events = [self._entry(r) for r in presence.fetchall()]
        return rows, events

    def _set_admissions(self, cur: psycopg.Cursor[Any], updates: list[tuple[Any, ...]]) -> None:
        rows = [(at.isoformat() if at is not None else None, *rest) for at, *rest in updates]
        cur.execute(_SET_ADMISSIONS_SQL, (json.dumps(rows),))

    def _unindex(self, cur: psycopg.Cursor[Any], attendee_id: int) -> None:
        cur.execute("DELETE FROM search_terms WHERE attendee_id = %s", (attendee_id,))

    def _announce(self, conn: psycopg.Connection[Any], change: Change) -> None:
        """Tell the other desks of a committed write. The write stands whatever happens
        here: a notification lost costs them a pull they make by the journal's cursor
        anyway (a lost connection is replaced at the next call)."""
        try:
            conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, _payload(change)))
        except psycopg.Error as exc:
            self._untold(exc)

    def clock_now(self) -> datetime:
        """The server's clock (`clock_timestamp()`, not the transaction's start)."""
        rows = self._read("SELECT clock_timestamp()")
        at: datetime = rows[0][0]
        return at

    def log_after(
        self, cursor: tuple[int, int], limit: int
    ) -> tuple[list[LogEntry], tuple[int, int]]:
        """Up to `limit` journal events committed after `cursor` (transaction id, log id), in
        commit order, and the cursor after them. Only transactions older than every one
        still running are read: none of them can add a row before the cursor later."""
        rows = self._read(
            # The text of xid gets a name of its own: named "xid", ORDER BY xid would sort
            # by that text ("10000" before "9999": a cut there skipped events for good)
            # and read every row of the journal after the cursor to sort them.
            f"SELECT {LOG_COLUMNS}, xid::text AS xid_text FROM log "
            "WHERE (xid, id) > (%s::xid8, %s) AND xid < pg_snapshot_xmin(pg_current_snapshot()) "
            "ORDER BY log.xid, log.id LIMIT %s",
            (str(cursor[0]), cursor[1], limit),
        )
        if not rows:
            return [], cursor
        return [self._entry(r[:-1]) for r in rows], (int(rows[-1][-1]), int(rows[-1][0]))

    def attendees_versioned(self, ids: Iterable[int]) -> tuple[dict[int, Attendee], dict[int, int]]:
        """`get_attendees` with each row's version (migration 8), read in the same statement:
        a desk's pull keeps it beside the row (`row_horizon`), so that a check-in's answer
        older than the row is not written over it, also where the row is newer than the
        pull's journal cursor (a re-import committed after a transaction still running)."""
        wanted = list(dict.fromkeys(ids))
        found: dict[int, Attendee] = {}
        versions: dict[int, int] = {}
        for start in range(0, len(wanted), self.IDS_PER_QUERY):
            where, params = self._ids_in(wanted[start : start + self.IDS_PER_QUERY])
            for row in self._read(
                f"SELECT {ATTENDEE_COLUMNS}, version::text AS version_text FROM attendees "
                f"WHERE {where}",
                params,
            ):
                found[row[0]] = self._attendee(row[:-1])
                if row[-1] is not None:
                    versions[row[0]] = int(row[-1])
        return found, versions

    def log_held_back(self, cursor: tuple[int, int]) -> bool:
        """Whether the journal holds events after `cursor` that `log_after` cannot read yet:
        their transactions committed after one still running began. A desk's pull then
        owes another (`DeskStore._pull`): the transaction holding them back may end
        without a notification (it failed, or it was the desk's own), and their own
        notifications woke the pulls that could not read them."""
        rows = self._read(
            "SELECT EXISTS (SELECT 1 FROM log WHERE (xid, id) > (%s::xid8, %s) "
            "AND xid >= pg_snapshot_xmin(pg_current_snapshot()))",
            (str(cursor[0]), cursor[1]),
        )
        return bool(rows[0][0])

    def guest_horizon(self) -> int:
        """The oldest transaction still running: every guest row written by a transaction
        before it is final (committed or never), as `log_after` reads the journal."""
        rows = self._read("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")
        return int(rows[0][0])

    def guests_written(self, since: int, before: int) -> Iterator[list[Attendee]]:
        """Pages of the guests whose row a transaction from `since` up to `before` (two
        `guest_horizon`s) inserted or changed (migration 8: a cached admission alone
        does not count), in (version, id) order, PAGE rows each. A row written again
        meanwhile leaves this range for the next one (its version is `before` or later)."""
        version, last_id = str(since), -1
        while True:
            rows = self._read(
                # The text of version gets a name of its own (see log_after): named
                # "version", ORDER BY would sort by it, "1000" before "999".
                f"SELECT {ATTENDEE_COLUMNS}, version::text AS version_text FROM attendees "
                "WHERE (version, id) > (%s::xid8, %s) AND version < %s::xid8 "
                "ORDER BY attendees.version, attendees.id LIMIT %s",
                (version, last_id, str(before), GUEST_PAGE),
            )
            if rows:
                yield [self._attendee(r[:-1]) for r in rows]
            if len(rows) < GUEST_PAGE:
                return
            version, last_id = rows[-1][-1], rows[-1][0]

    #: Rows per page of `snapshot` (one FETCH of a server-side cursor each).
    SNAPSHOT_PAGE = 20_000

    def snapshot(
        self,
    ) -> tuple[list[LogEntry], tuple[int, int], list[tuple[Any, ...]], int]:
        """What a new desk's replica starts from, read in one transaction (repeatable read,
        read only): the journal as `log_after` reads it from the start (every event of a
        transaction older than all still running) and the cursor after it, then every
        guest's row (STORED_COLUMNS, times in the desk's zone) in id order, and the
        `guest_horizon` of that snapshot (the rows of every transaction before it are
        in; `guests_written` from there brings what came later). Server-side cursors,
        SNAPSHOT_PAGE rows per FETCH, each page under the call deadline.

        With no event yet the cursor is the snapshot's oldest running transaction, where
        the first later event will be: never (0, 0), which means "pull everything"."""
        pages: list[list[tuple[Any, ...]]] = []
        with self._lock:
            conn = self._live()
            try:
                self._arm(conn, CALL_DEADLINE_S)
                with conn.transaction():
                    conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    row = conn.execute(
                        "SELECT pg_snapshot_xmin(pg_current_snapshot())::text"
                    ).fetchone()
                    assert row is not None
                    horizon = int(row[0])
                    for sql in (
                        # Commit order (log.xid), not the text of xid (see log_after).
                        f"SELECT {LOG_COLUMNS}, xid::text AS xid_text FROM log "
                        "WHERE xid < pg_snapshot_xmin(pg_current_snapshot()) "
                        "ORDER BY log.xid, log.id",
                        f"SELECT {', '.join(STORED_COLUMNS)} FROM attendees ORDER BY id",
                    ):
                        found: list[tuple[Any, ...]] = []
                        cur = conn.cursor(name="checkin_snapshot")
                        try:
                            cur.execute(sql)
                            while True:
                                self._arm(conn, CALL_DEADLINE_S)
                                page = cur.fetchmany(self.SNAPSHOT_PAGE)
                                found += page
                                if len(page) < self.SNAPSHOT_PAGE:
                                    break
                        finally:
                            _close_server_cursor(conn, cur)
                        pages.append(found)
            except psycopg.Error as exc:
                raise self._error(exc) from None
            finally:
                self._disarm()
        log_rows, rows = pages
        entries = [self._entry(r[:-1]) for r in log_rows]
        cursor = (int(log_rows[-1][-1]), int(log_rows[-1][0])) if log_rows else (horizon, 0)
        at = len(STORED_COLUMNS) - 3
        rows = [r if r[at] is None else (*r[:at], _local(r[at]), *r[at + 1 :]) for r in rows]
        return entries, cursor, rows, horizon

    # -- other desks -------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Own writes arrive on the writing thread; other desks' on the listener thread."""
        unsubscribe = super().subscribe(listener)
        self._start_listening()
        return unsubscribe

    def listen_once(self, listener: Listener) -> Callable[[], None]:
        """`subscribe` for a follower that reads what other desks wrote by a cursor (a
        desk's pull): told of the next write only, then nothing until it calls
        `listen_again`. A desk pulling at most every half second needs one notification
        per pull, not one per check-in anywhere: at 20 desks scanning 10 guests a second
        each, the server delivered 3,800 notifications a second, half its CPU, and each
        desk woke 190 times a second for them. Only while every listener of this store
        listens so."""
        self._once = True
        return self.subscribe(listener)

    def listen_again(self, timeout: float) -> bool:
        """Listen again after `listen_once` told of a write; returns once LISTEN is active,
        so every write committed from now on is told, and the caller reads what came
        before (its pull, after this). False: not listening again within `timeout` (the
        listener's connection is being made again); the caller pulls again later."""
        if not self._once or self._relistened.is_set() or self._stop.is_set():
            return True
        self._relisten.set()
        return self._relistened.wait(timeout)

    def _start_listening(self) -> None:
        with self._lock:
            if self._listen_thread is not None or self._stop.is_set():
                return
            self._listen_thread = threading.Thread(
                target=self._listen_loop, name="checkin-pg-listen", daemon=True
            )
            self._listen_thread.start()
        # Return only once LISTEN is active, so no write after subscribe() goes unheard.
        self._listening.wait(timeout=CONNECT_TIMEOUT_S + 1)

    def _listen_loop(self) -> None:
        missed = False
        while not self._stop.is_set():
            try:
                conn = psycopg.connect(self._conninfo, autocommit=True)
            except psycopg.Error:
                self._listening.set()  # do not keep subscribe() waiting for a dead server
                missed = True
                self._stop.wait(2.0)
                continue
            try:
                conn.execute(f"LISTEN {CHANNEL}")
                self._relistened.set()
                self._listening.set()
                if missed:
                    # Notifications sent while we were away are gone: reload everything.
                    self._notify(Change(reset=True, log_appended=True))
                    missed = False
                while not self._stop.is_set():
                    if not self._relistened.is_set():
                        self._listen_when_asked(conn)
                        continue
                    told = False
                    for note in conn.notifies(timeout=0.5):
                        if note.pid not in self._own_pids:
                            once = self._once and len(self._listeners) == 1
                            if once:
                                self._relistened.clear()  # before the follower hears
                            self._notify(self._parse(note.payload))
                            if once:
                                told = True
                                break
                    if told:
                        conn.execute(f"UNLISTEN {CHANNEL}")
            except psycopg.Error:
                missed = True
                self._stop.wait(1.0)
            finally:
                conn.close()

    def _listen_when_asked(self, conn: psycopg.Connection[Any]) -> None:
        """Not listening (`listen_once` told its follower): LISTEN again when it asks
        (`listen_again`). What was heard before that is dropped: the follower reads it
        after this returns."""
        if not self._relisten.wait(0.5) or self._stop.is_set():
            return
        self._relisten.clear()
        conn.execute(f"LISTEN {CHANNEL}")
        for _note in conn.notifies(timeout=0):
            pass
        self._relistened.set()

    @staticmethod
    def _parse(payload: str) -> Change:
        try:
            data = json.loads(payload)
            return Change(
                attendee_ids=tuple(int(i) for i in data.get("ids", ())),
                reset=bool(data.get("reset")),
                log_appended=bool(data.get("log")),
            )
        except (ValueError, TypeError, AttributeError):
            return Change(reset=True)

    # -- attendees: reading --------------------------------------------------------
    def search(self, query: str, limit: int = 50) -> list[Attendee]:
        words = list(dict.fromkeys(_text(w) for w in folding.query_words(query)[:6]))
        if not words and limit > 0 and folding.apostrophe_query(query):
            marks = folding.APOSTROPHES
            where = " OR ".join(
                "strpos(first_name, %s) > 0 OR strpos(last_name, %s) > 0" for _ in marks
            )
            rows = self._read(
                f"SELECT id FROM attendees WHERE {where} ORDER BY id LIMIT %s",
                [*(m for mark in marks for m in (mark, mark)), limit],
            )
            found = self.get_attendees(r[0] for r in rows)
            return sorted(found.values(), key=lambda a: (sort_key(a), a.id or 0))
        if not words or limit <= 0:
            return []
        if len(words) > 1:
            # Ranked on the server by `folding.rank`'s levels, ties in id order; the
            # candidates are then ranked with folding.rank itself, as SQLite ranks them.
            others = words[1:]
            params = {
                "word": words[0],
                "upto": words[0] + _TOP,
                "ranks": _RANKS,
                "others": others,
                "others_upto": [w + _TOP for w in others],
                "n_others": len(others),
                "limit": limit * 4,
            }
            # Never prepared: a generic plan (chosen after five runs) cannot know how many
            # guests "m" matches and hashes every term (0.2-1 s instead of a few ms).
            rows = self._read(_MANY_WORDS_SQL, params, prepare=False)
            found = self.get_attendees(r[0] for r in rows)
            return sorted(found.values(), key=lambda a: folding.rank(a, words))[:limit]
        # One word: surname exact, surname prefix, first name exact, first name prefix,
        # company, e-mail, as in SQLite; each group takes its first ids (ids of an import
        # are in name order) and stops, then is shown in name order.
        word, upto = words[0], words[0] + _TOP
        groups: list[list[int]] = []
        seen: set[int] = set()
        for rank, exact in ((0, True), (0, False), (1, True), (1, False), (2, False), (3, False)):
            if len(seen) >= limit:
                break
            want = limit + len(seen)
            if exact:
                rows = self._read(_EXACT_SQL, (rank, word, want))
            else:
                params = {"rank": rank, "word": word, "upto": upto, "limit": want}
                rows = self._read(_PREFIX_SQL, params)
            group = []
            for (attendee_id,) in rows:
                if attendee_id not in seen and len(seen) < limit:
                    seen.add(attendee_id)
                    group.append(attendee_id)
            groups.append(group)
        found = self.get_attendees(seen)
        result: list[Attendee] = []
        for group in groups:
            members = [found[i] for i in group if i in found]
            members.sort(key=lambda a: (sort_key(a), a.id or 0))
            result.extend(members)
        return result

    # -- attendees: writing ------------------------------------------------------------
    def _index(self, cur: psycopg.Cursor[Any], attendees: Iterable[tuple[int, Attendee]]) -> None:
        with cur.copy("COPY search_terms (term, attendee_id, rank) FROM STDIN") as copy:
            _copy_lines(copy, _term_lines(attendees), chunk=50_000)

    def apply_import(self, planned: ImportPlan, at: datetime) -> list[Attendee]:
        def work(cur: psycopg.Cursor[Any]) -> tuple[list[int], Change]:
            if planned.whole == ():
                # A part of an import before its last: the server need not wait for its
                # WAL to reach the disk; the last part's commit waits for all of them
                # (PostgreSQL flushes its WAL in order), and each part is atomic anyway.
                cur.execute("SET LOCAL synchronous_commit = off")
            # The first list after an erase begins a new event: a new id, which tells
            # every desk to drop what it kept of the erased one (`replica.DeskStore`).
            cur.execute("DELETE FROM meta WHERE key = %s", (ERASED_META,))
            cur.execute(_MAKE_UID_SQL, _uid_params())
            plan = self._replanned(cur, planned)
            ids: list[int] = []
            first_big = False
            if len(plan.inserts) + len(plan.updates) > 5000:  # never a part of an import
                # COPY of 200,000 rows is one statement: give it more than a scan gets.
                cur.execute("SET LOCAL statement_timeout = '10min'")
                cur.execute("SELECT NOT EXISTS (SELECT 1 FROM attendees)")
                first_big = bool((cur.fetchone() or (False,))[0]) and len(plan.inserts) > 5000
            if first_big:
                # A first big list: load without indexes, build each once at the end.
                cur.execute(_DROP_INDEXES)
            if plan.inserts:
                cur.execute(
                    "SELECT nextval(pg_get_serial_sequence('attendees', 'id')) "
                    "FROM generate_series(1, %s)",
                    (len(plan.inserts),),
                )
                # Ids in name order, as SQLite hands them out: the search key lists each
                # term's guests by id, so the first ids of a term are the first names.
                fresh = sorted(int(r[0]) for r in cur.fetchall())
                keys = [sort_key(a) for a in plan.inserts]
                ids = [0] * len(keys)
                for position, index in enumerate(sorted(range(len(keys)), key=keys.__getitem__)):
                    ids[index] = fresh[position]
                columns = ", ".join(("id", *WRITE_FIELDS))
                with cur.copy(f"COPY attendees ({columns}) FROM STDIN") as copy:
                    _copy_lines(
                        copy,
                        (
                            _attendee_line(i, a, k)
                            for i, a, k in zip(ids, plan.inserts, keys, strict=True)
                        ),
                    )
                self._index(cur, zip(ids, plan.inserts, strict=True))
            if plan.updates:
                changed = [a for a in plan.updates if a.id is not None]
                values = zip(*(_write_values(a) for a in changed), strict=True)
                cur.execute(_UPDATE_SQL, ([a.id for a in changed], *map(list, values)))
                cur.execute(
                    "DELETE FROM search_terms WHERE attendee_id = ANY(%s)",
                    ([a.id for a in plan.updates],),
                )
                self._index(cur, ((a.id, a) for a in plan.updates if a.id is not None))
            self._move(cur, plan.moved)
            if plan.removals:
                cur.execute(
                    "UPDATE attendees SET status = %s WHERE id = ANY(%s)",
                    (str(Status.REMOVED), list(plan.removals)),
                )
            if first_big:
                cur.execute("SET LOCAL maintenance_work_mem = '256MB'")
                cur.execute(_CREATE_INDEXES)
            if len(plan.inserts) > 5000 or (plan.whole and plan.whole[0] > 5000):
                # (The last part of an import written in parts: after all its rows.)
                # Fresh statistics at once, not whenever autovacuum comes by: the planner
                # otherwise judges the first searches by an empty table's numbers.
                cur.execute("ANALYZE attendees")
                cur.execute("ANALYZE search_terms")
            self._record_checkins(cur, plan, ids)
            entry = self._import_entry(plan, at)
            if entry is not None:
                self._append(cur, entry)
            return ids, Change(reset=True, log_appended=True)

        ids: list[int] = self._write(work, deadline=IMPORT_DEADLINE_S)
        if planned.whole == ():
            return []  # a part of an import: its caller reads no rows back
        found = self.get_attendees(ids) if len(ids) <= 10_000 else {}
        return [found[i] for i in ids if i in found]

    @staticmethod
    def _record_checkins(cur: psycopg.Cursor[Any], plan: ImportPlan, ids: list[int]) -> None:
        """Check-ins the list itself records, first per guest wins, in one statement."""
        wanted: dict[int, datetime] = {}
        for recorded in plan.recorded_checkins:
            wanted.setdefault(recorded.guest(ids), recorded.at)
        if not wanted:
            return
        cur.execute(
            "UPDATE attendees a SET checked_in_at = v.at, checked_in_desk = 'list', "
            "checked_in_operator = 'import' "
            "FROM unnest(%s::bigint[], %s::timestamptz[]) AS v(id, at) "
            "WHERE a.id = v.id AND a.checked_in_at IS NULL RETURNING a.id, a.code",
            (list(wanted), list(wanted.values())),
        )
        admitted = dict(cur.fetchall())
        order = {attendee_id: n for n, attendee_id in enumerate(wanted)}
        with cur.copy(f"COPY log ({LOG_INSERT_COLUMNS}) FROM STDIN") as copy:
            _copy_lines(
                copy,
                (
                    _copy_row(
                        (
                            wanted[i],
                            str(LogKind.CHECKIN),
                            "list",
                            "import",
                            "",
                            "admitted",
                            i,
                            code,
                            "",
                            "",
                            new_event_id(),
                        )
                    )
                    for i, code in sorted(admitted.items(), key=lambda item: order[item[0]])
                ),
            )

    def erase(self) -> None:
        """Delete every row of this event (GDPR); the empty schema stays for a new list.

        The event's id goes with it, and the time of the erase stays (`ERASED_META`):
        every desk then finds its copy of an event the server no longer holds and erases
        it (`replica.DeskStore`), and the next list imported is a new event, with an id
        of its own."""

        def work(cur: psycopg.Cursor[Any]) -> tuple[None, Change]:
            cur.execute("TRUNCATE attendees, search_terms, log, meta RESTART IDENTITY")
            cur.execute("INSERT INTO meta (key, value) VALUES (%s, now()::text)", (ERASED_META,))
            return None, Change(reset=True, log_appended=True)

        self._write(work)


def _close_server_cursor(conn: psycopg.Connection[Any], cur: Any) -> None:
    """Close a server-side cursor even on a connection the network cut: psycopg's own
    close asks the server first and, when that fails, leaves the cursor open (a
    ResourceWarning when it is collected). A connection that cannot close a cursor is
    of no further use: it is closed, and the cursor with it."""
    try:
        cur.close()
    except psycopg.Error:
        conn.close()
        cur.close()
