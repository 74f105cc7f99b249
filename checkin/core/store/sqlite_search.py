"""The SQLite search index: folded words per field in a contentless FTS5 table.

Schema 3 made `search_index` contentless (`content=''`, `columnsize=0`): it keeps
only the inverted index, not a second copy of every folded name, which makes a
200,000-row import about 0.7 s faster and the file smaller. The price is that
FTS5 cannot look up what a row was indexed with: removing a row means handing
it the same words again, so they are re-folded from the attendee as stored.
That is exact as long as `checkin.core.search` folds as it did when the row was
indexed, so the database remembers how its words were folded (`FOLD_VERSION`:
the Unicode tables of this Python and `search.FOLD_REVISION`), and opening an
event folded otherwise rebuilds the index (`folded_as_now`, `rebuild`).
"""

from __future__ import annotations

import sqlite3
import unicodedata

from checkin.core import search as folding
from checkin.core.model import Attendee

#: The table as schema 3 creates it (migrations.py).
DDL = """
    CREATE VIRTUAL TABLE search_index USING fts5 (
        last, first, company, email,
        tokenize = "unicode61 remove_diacritics 0",
        content = '', columnsize = 0, detail = column
    );
"""
INSERT_SQL = "INSERT INTO search_index (rowid, last, first, company, email) VALUES (?, ?, ?, ?, ?)"
_DELETE_SQL = (
    "INSERT INTO search_index (search_index, rowid, last, first, company, email) "
    "VALUES ('delete', ?, ?, ?, ?, ?)"
)
SET_META_SQL = (
    "INSERT INTO meta (key, value) VALUES (?, ?) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)
IndexRow = tuple[int, str, str, str, str]
#: How the words in the index were folded (stored in meta as "search_fold").
FOLD_VERSION = f"unicode {unicodedata.unidata_version}, fold {folding.FOLD_REVISION}"


def _folded(text: str) -> str:
    return " ".join(folding.words(text)) if text else ""


def word_row(attendee_id: int, last: str, first: str, company: str, email: str) -> IndexRow:
    """What the index holds for these stored values (rowid, last, first, company, e-mail)."""
    return (
        attendee_id,
        _folded(last),
        _folded(first),
        _folded(company),
        folding.email_words(email),
    )


def index_row(attendee_id: int, a: Attendee) -> IndexRow:
    """What the index holds for one attendee: (rowid, last, first, company, e-mail words)."""
    return word_row(attendee_id, a.last_name, a.first_name, a.company, a.email)


_STORED_SQL = "SELECT id, last_name, first_name, company, email FROM attendees"


def unindex(cur: sqlite3.Cursor, attendee_id: int) -> None:
    """Remove an attendee's words; call before the attendee row itself changes."""
    stored = cur.execute(_STORED_SQL + " WHERE id = ?", (attendee_id,)).fetchone()
    if stored is not None:
        cur.execute(_DELETE_SQL, word_row(*stored))


def rebuild(cur: sqlite3.Cursor | sqlite3.Connection) -> None:
    """Index every stored attendee afresh and note how (inside the caller's transaction)."""
    cur.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
    stored = cur.execute(_STORED_SQL).fetchall()
    cur.executemany(INSERT_SQL, [word_row(*row) for row in stored])
    cur.execute(SET_META_SQL, ("search_fold", FOLD_VERSION))


def folded_as_now(conn: sqlite3.Connection) -> bool:
    """Whether the index was folded as this Python and checkin fold (else: `rebuild`)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'search_fold'").fetchone()
    return row is not None and row[0] == FOLD_VERSION
