"""Erase an event's personal data (GDPR): the database and its WAL/shared-memory files.

Before the files are unlinked, every row is deleted with SQLite's secure_delete
and the WAL is checkpointed and truncated, so the freed pages hold zeros rather
than names, for whatever a later disk read might recover.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from checkin.core.store.migrations import is_foreign

_SQLITE_HEADER = b"SQLite format 3\x00"


class NotAnEventDatabase(ValueError):
    """`path` holds something else (a guest list given as --db by mistake): left alone."""


def erase_event(path: str | Path) -> list[Path]:
    """Wipe and delete the event database at `path`; returns the files removed."""
    path = Path(path)
    if not path.exists():
        # A mistyped path must not look like a successful erasure while the event stays.
        raise NotAnEventDatabase(f"There is no event database at {path}; nothing was erased.")
    if path.is_dir():
        raise NotAnEventDatabase(f"{path} is a folder, not a checkin event database; not erased")
    if path.is_file() and path.stat().st_size:
        with path.open("rb") as head:
            if head.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
                raise NotAnEventDatabase(f"{path} is not a checkin event database; not erased")
    try:
        conn = sqlite3.connect(str(path), isolation_level=None)
        try:
            if is_foreign(conn):
                raise NotAnEventDatabase(
                    f"{path} is another program's database, not a checkin event; not erased"
                )
            conn.execute("PRAGMA secure_delete=ON")
            tables = [
                r[0]
                for r in conn.execute(
                    # Virtual tables (the contentless search index) cannot be
                    # deleted from; their rows live in shadow tables, deleted here.
                    "SELECT name FROM sqlite_master WHERE type='table' "
                    "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'"
                )
            ]
            conn.execute("BEGIN IMMEDIATE")
            for table in tables:
                conn.execute(f'DELETE FROM "{table}"')
            conn.execute("COMMIT")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("VACUUM")
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        pass  # not a database (or damaged): deleting the file is all that is left to do
    removed = []
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        if candidate.exists():
            candidate.unlink()
            removed.append(candidate)
    return removed
