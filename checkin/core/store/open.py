"""Open an event's store from one target string: a file path or a PostgreSQL URL.

The CLI's `--db` / `CHECKIN_DB` and the desk app take whatever the organiser
typed; this is the one place that decides which backend that means. psycopg is
imported only when a URL asks for it, so single-desk use never needs it.
"""

from __future__ import annotations

import glob
import os
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


def erase_target(
    target: str | Path,
    ask_password: PasswordPrompt | None = None,
    replicas_in: Path | None = None,
) -> list[str]:
    """Erase an event (GDPR): an SQLite file is wiped and deleted; a server's rows are truncated.

    For a server, every replica of that event in the desk folder `replicas_in` is
    wiped too (`erase.erase_replicas`). Returns what was erased, for the CLI to
    report (files, or the server address without its password).
    """
    if is_server_url(target):
        from checkin.core.erase import erase_replicas
        from checkin.core.store.base import EVENT_UID_META
        from checkin.core.store.postgres import PostgresStore
        from checkin.core.store.replica import replica_path

        store = PostgresStore.open(str(target), ask_password)
        try:
            uid = store.get_meta(EVENT_UID_META)
            store.erase()
        finally:
            store.close()
        erased = [store.path]
        if replicas_in is not None:
            named = replica_path(replicas_in, store.path)
            erased += [str(p) for p in erase_replicas(replicas_in, uid, named)]
        return erased
    from checkin.core.erase import erase_event

    return [str(p) for p in erase_event(target)]


#: A first import writes into a hidden file beside the event's, named by this and its pid.
_STAGING = ".{name}.importing-"


def staging_path(target: Path) -> Path:
    """Where a first import builds a new event file before it is complete.

    An import killed midway (power cut, SIGKILL) then leaves no event file behind, so
    every command still says there is no event here, instead of reading each guest as
    "unknown" from an empty one.
    """
    return target.with_name(_STAGING.format(name=target.name) + str(os.getpid()))


def clear_stale_staging(target: Path) -> list[Path]:
    """Erase what earlier first imports into `target` left when they were killed midway.

    A staged file holds guests' names; one whose process is gone is wiped like an
    erased event. Returns the files removed.
    """
    from checkin.core.erase import erase_event

    removed: list[Path] = []
    prefix = _STAGING.format(name=target.name)
    for staged in target.parent.glob(glob.escape(prefix) + "*"):
        pid = staged.name[len(prefix) :]
        if not pid.isdigit() or _alive(int(pid)):
            continue
        try:
            removed += erase_event(staged)
        except (ValueError, OSError):
            continue
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def publish_staged(staged: Path, target: Path) -> None:
    """Move a complete, closed staged event file to `target` (never over an existing one)."""
    import sqlite3

    wal = Path(f"{staged}-wal")
    if wal.exists():  # closed, the last connection checkpoints: this is a safety net
        conn = sqlite3.connect(str(staged), isolation_level=None)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    for sidecar in (wal, Path(f"{staged}-shm")):
        if sidecar.exists() and not sidecar.stat().st_size:
            sidecar.unlink()
    try:
        os.link(staged, target)  # fails if another event appeared at `target` meanwhile
        staged.unlink()
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT on a USB stick)
        if target.exists():
            raise FileExistsError(target) from None
        os.replace(staged, target)
    try:
        folder = os.open(target.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(folder)
    except OSError:
        pass
    finally:
        os.close(folder)
