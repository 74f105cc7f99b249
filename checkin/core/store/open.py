"""Open an event's store from one target string: a file path or a PostgreSQL URL.

The CLI's `--db` / `CHECKIN_DB` and the desk app take whatever the organiser
typed; this is the one place that decides which backend that means. psycopg is
imported only when a URL asks for it, so single-desk use never needs it.
"""

from __future__ import annotations

from pathlib import Path

from checkin.core.store.base import Store

URL_PREFIXES = ("postgresql://", "postgres://")


def is_server_url(target: str | Path) -> bool:
    return isinstance(target, str) and target.startswith(URL_PREFIXES)


def open_store(target: str | Path) -> Store:
    """`postgresql://...` / `postgres://...` -> PostgresStore; anything else -> an SQLite file."""
    if is_server_url(target):
        from checkin.core.store.postgres import PostgresStore

        return PostgresStore.open(str(target))
    from checkin.core.store.sqlite import SQLiteStore

    return SQLiteStore.open(target)


def erase_target(target: str | Path) -> list[str]:
    """Erase an event (GDPR): an SQLite file is wiped and deleted; a server's rows are truncated.

    Returns what was erased, for the CLI to report (files, or the server address
    without its password).
    """
    if is_server_url(target):
        from checkin.core.store.postgres import PostgresStore

        store = PostgresStore.open(str(target))
        try:
            store.erase()
        finally:
            store.close()
        return [store.path]
    from checkin.core.erase import erase_event

    return [str(p) for p in erase_event(target)]
