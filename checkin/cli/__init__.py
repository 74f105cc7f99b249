"""The `checkin` command line: the same core operations as the GUI, for scripts and headless use.

Each command group lives in its own module exposing `register(subparsers)`; the
module registers its subcommands with `set_defaults(func=...)`, and `func(args)`
returns the exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from checkin.cli.common import add_db_option
from checkin.core.clock import Clock, system_clock

#: Command-group modules, in help order.
COMMAND_MODULES = (
    "checkin.cli.core_cmds",
    "checkin.cli.badge_cmds",
    "checkin.cli.export_cmds",
    "checkin.cli.gui_cmds",
)


def build_parser() -> argparse.ArgumentParser:
    from checkin import __version__

    parser = argparse.ArgumentParser(prog="checkin", description="Conference front-desk check-in.")
    parser.add_argument("--version", action="version", version=f"checkin {__version__}")
    add_db_option(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # group not built yet
                continue
            raise
        module.register(sub)
    return parser


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def main(argv: Sequence[str] | None = None, *, clock: Clock = system_clock) -> int:
    """Run one command; `clock` is every "now" the command needs (tests hand in theirs)."""
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    args.clock = clock
    if unknown:
        # Said by the command's own parser, so its usage line (not the top level's) shows.
        command = _subparsers(parser).get(getattr(args, "command", None) or "", parser)
        command.error(f"unrecognized arguments: {' '.join(unknown)}")
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    from checkin.core.store.base import StoreError

    try:
        return int(args.func(args) or 0)
    except StoreError as exc:
        # Disk full, server unreachable, not a database: the message says what to do.
        sys.stderr.write(f"checkin: {exc}\n")
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0
