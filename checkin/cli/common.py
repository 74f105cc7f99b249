"""Options and helpers every command group shares (database location, JSON output)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any


def add_db_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """--db and --json, accepted before the command (`top`) as well as after it.

    A command's own options default to SUPPRESS, so they never overwrite what was
    given before the command name (argparse copies a subcommand's defaults over it).
    """
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None if top else argparse.SUPPRESS,
        help="event database file or postgresql:// URL "
        "(default: $CHECKIN_DB, else the per-user data folder)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="machine-readable output, one JSON object per line",
    )


def db_path(args: argparse.Namespace) -> Path:
    if getattr(args, "db", None):
        return Path(args.db)
    if os.environ.get("CHECKIN_DB"):
        return Path(os.environ["CHECKIN_DB"])
    from platformdirs import user_data_dir

    return Path(user_data_dir("checkin", appauthor=False)) / "event.sqlite3"


def db_target(args: argparse.Namespace) -> str | Path:
    """What `--db` / `CHECKIN_DB` names: a postgresql:// URL as text, else a file path."""
    from checkin.core.store.open import is_server_url

    raw = getattr(args, "db", None) or os.environ.get("CHECKIN_DB") or ""
    # A URL must not go through Path(), which would fold its "//" into "/".
    return raw if is_server_url(raw) else db_path(args)


def desk_folder() -> Path:
    """Where a desk keeps its replicas of shared events ($CHECKIN_DATA_DIR, else per user)."""
    if os.environ.get("CHECKIN_DATA_DIR"):
        return Path(os.environ["CHECKIN_DATA_DIR"])
    from platformdirs import user_data_dir

    return Path(user_data_dir("checkin", appauthor=False))


def open_store(
    args: argparse.Namespace, *, create: bool = False, desk: bool = False, blank: bool = False
):  # -> Store
    """The event store `--db` / `CHECKIN_DB` names: a file path or a postgresql:// URL.

    Only `create` (import, add) may start a new event file: a mistyped path for any
    other command is an error, not an empty event that knows no guest. A file into
    which nothing was ever put (the window's empty event, a first import that did not
    finish) is no event either, unless `blank` (setting the event's details first).
    """
    from checkin.core.clock import system_clock
    from checkin.core.store.base import StoreError
    from checkin.core.store.open import open_store as open_target

    target = db_target(args)
    if not create and isinstance(target, Path) and not target.exists():
        raise StoreError(
            f"There is no event at {target}. Import the guest list first "
            f"(checkin import LIST --db {target}), or check the path."
        )
    if desk and isinstance(target, str):
        # A desk on a server: its replica decides when the server does not answer in time.
        from checkin.core.store.replica import DeskStore

        machine = getattr(args, "machine_clock", None) or getattr(args, "clock", None)
        args.machine_clock = machine or system_clock
        desk_store = DeskStore.open(
            target, desk_folder(), ask_password=ask_password, clock=args.machine_clock
        )
        # The desk's events are stamped on the server's clock (its measured offset).
        args.clock = desk_store.now
        return desk_store
    store = open_target(target, ask_password)
    if not (create or blank) and isinstance(target, Path):
        from checkin.core.event import is_blank

        try:
            empty = is_blank(store)
        except BaseException:
            store.close()
            raise
        if empty:
            store.close()
            raise StoreError(
                f"There is no event at {target}: the file holds no guest list (a first "
                "import that did not finish leaves it so). Import the guest list first "
                f"(checkin import LIST --db {target}), or check the path."
            )
    return store


def ask_password(address: str) -> str | None:
    """A server's password typed at the terminal (not echoed), when there is a terminal.

    Never read from stdin otherwise: `checkin scan -` reads scanner lines there.
    """
    if os.name == "nt":
        if not sys.stdin.isatty():
            return None
    else:
        try:
            with open("/dev/tty", "rb"):
                pass
        except OSError:
            return None
    import getpass

    try:
        return getpass.getpass(f"Password for {address}: ")
    except (EOFError, KeyboardInterrupt):
        return None


def emit_json(obj: dict[str, Any]) -> None:
    line = json.dumps(obj, ensure_ascii=False, default=str)
    if not line.isascii():
        # A scanner's stray byte reaches us as a lone surrogate: written as the JSON escape
        # "\udcff", so the line stays valid UTF-8 for jq and strict readers.
        line = line.encode("utf-8", "backslashreplace").decode("utf-8")
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def say(key: str, **values: object) -> str:
    """A sentence of the door's commands in the system's language (`checkin.qt.cli_words`:
    Qt's catalogue, QtCore only, no display needed). Where the locale is plainly English
    or C on a POSIX system, Qt is not even loaded (0.2-0.5 s a command): QLocale would
    read the same variables (LC_ALL, LC_MESSAGES, LANG) and answer English."""
    if os.name == "posix":
        setting = next(
            (v for n in ("LC_ALL", "LC_MESSAGES", "LANG") if (v := os.environ.get(n))), ""
        )
        if setting.split("_")[0].split(".")[0].lower() in {"", "c", "posix", "en"}:
            from checkin.qt.cli_words import english

            return english(key, **values)
    from checkin.qt.cli_words import say as words

    return words(key, **values)


def fail(message: str, code: int = 1) -> int:
    sys.stderr.write(f"checkin: {message}\n")
    return code
