"""Open an event's store from one target string: a file path or a PostgreSQL URL.

The CLI's `--db` / `CHECKIN_DB` and the desk app take whatever the organiser
typed; this is the one place that decides which backend that means. psycopg is
imported only when a URL asks for it, so single-desk use never needs it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checkin.core.store.base import Store

URL_PREFIXES = ("postgresql://", "postgres://")

#: Asked for a server's password when libpq found none; given the address without it.
PasswordPrompt = Callable[[str], str | None]


def is_server_url(target: str | Path) -> bool:
    return isinstance(target, str) and target.startswith(URL_PREFIXES)


def describe(target: str | Path) -> str:
    """The target as it may be shown or logged: a URL without its password."""
    if is_server_url(target):
        from checkin.core.store.postgres import display_url

        return display_url(str(target))
    return str(target)


def open_store(target: str | Path, ask_password: PasswordPrompt | None = None) -> Store:
    """`postgresql://...` / `postgres://...` -> PostgresStore; anything else -> an SQLite file."""
    if is_server_url(target):
        from checkin.core.store.postgres import PostgresStore

        return PostgresStore.open(str(target), ask_password)
    from checkin.core.store.sqlite import SQLiteStore

    return SQLiteStore.open(target)


def erase_target(target: str | Path, ask_password: PasswordPrompt | None = None) -> list[str]:
    """Erase an event (GDPR): an SQLite file is wiped and deleted; a server's rows are truncated.

    Returns what was erased, for the CLI to report (files, or the server address
    without its password).
    """
    if is_server_url(target):
        from checkin.core.store.postgres import PostgresStore

        store = PostgresStore.open(str(target), ask_password)
        try:
            store.erase()
        finally:
            store.close()
        return [store.path]
    from checkin.core.erase import erase_event

    return [str(p) for p in erase_event(target)]
