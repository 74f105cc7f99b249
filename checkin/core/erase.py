"""Erase an event's personal data (GDPR): the database and its WAL/shared-memory files.

Before the files are unlinked, every row is deleted with SQLite's secure_delete,
the WAL is checkpointed into the database and then overwritten in place, and
every byte of each file left is overwritten with zeros and flushed, so the
blocks the files leave hold zeros rather than names, for whatever a later read
of the disk might recover.

What no program can promise (README, "Data and privacy"): a file system or an SSD
may keep older copies of a block elsewhere (copy-on-write, wear levelling,
snapshots, backups). Full-disk encryption is what protects those.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from checkin.core.store.migrations import is_foreign

_SQLITE_HEADER = b"SQLite format 3\x00"


class NotAnEventDatabase(ValueError):
    """`path` holds something else (a guest list given as --db by mistake): left alone."""


def wipe(conn: sqlite3.Connection, path: str | Path) -> None:
    """Delete every row of the event database `conn` has open at `path`, overwriting it.

    Run on the desk's own connection before it closes: closed first, SQLite would
    delete the WAL with the day's names still in its blocks.
    """
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
    conn.execute("VACUUM")
    # Every frame into the database (where secure_delete zeroed the rows), then the
    # WAL's own copies overwritten in place before SQLite lets go of it: truncated or
    # deleted first, its blocks would keep the names for anyone to read. Nothing reads
    # the WAL after this: the caller closes the connection, and SQLite deletes it.
    busy, frames, copied = conn.execute("PRAGMA wal_checkpoint(FULL)").fetchone()
    if not busy and frames == copied:
        _overwrite(Path(f"{path}-wal"))


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
            wipe(conn, path)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        pass  # not a database (or damaged): deleting the file is all that is left to do
    removed = []
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        if candidate.exists():
            _overwrite(candidate)
            candidate.unlink()
            removed.append(candidate)
    return removed


_ZEROS = bytes(1 << 20)


def _overwrite(path: Path) -> None:
    """Zeros over every byte of the file, flushed to the disk, before it is unlinked."""
    try:
        with path.open("r+b") as f:
            size = f.seek(0, 2)
            f.seek(0)
            while size > 0:
                size -= f.write(_ZEROS[: min(size, len(_ZEROS))])
            f.flush()
            os.fsync(f.fileno())
    except OSError:
        pass  # unreadable or gone: unlinking it is all that is left to do


def erase_replicas(folder: Path, event_uid: str, named: Path | None = None) -> list[Path]:
    """Wipe a desk folder's replicas of one shared event; returns the files removed.

    A replica is the event's when it holds the server's `event_uid` (copied with the
    event's details), or when it is `named` (the replica file of the address given,
    also for a replica made before event ids existed).
    """
    removed: list[Path] = []
    for replica in sorted(folder.glob("replica-*.sqlite3")):
        if replica != named and not (event_uid and _replica_uid(replica) == event_uid):
            continue
        try:
            removed += erase_event(replica)
        except NotAnEventDatabase:
            continue
    return removed


def _replica_uid(replica: Path) -> str:
    try:
        conn = sqlite3.connect(f"{replica.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return ""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'event_uid'").fetchone()
    except sqlite3.Error:
        return ""
    finally:
        conn.close()
    return str(row[0]) if row else ""
