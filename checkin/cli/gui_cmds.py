"""`checkin gui` and `checkin demo`: the desk window from the command line."""

from __future__ import annotations

import argparse
import os

from checkin.cli.common import fail, open_store


def register(subparsers: argparse._SubParsersAction) -> None:
    gui = subparsers.add_parser("gui", help="open the desk window")
    gui.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="event database file or postgresql:// URL (default: $CHECKIN_DB, else per user)",
    )
    gui.add_argument("--screenshot", metavar="FILE", help="save a PNG of the window and exit")
    # For bench/bench_gui.py: print "ready" once the desk could take a scan, then quit;
    # with a CODE, that code is typed into the scan field and judged first.
    gui.add_argument(
        "--ready-then-quit", nargs="?", const=True, default=False, help=argparse.SUPPRESS
    )
    gui.set_defaults(func=run_gui)
    demo = subparsers.add_parser("demo", help="open the desk window on the demo event")
    demo.add_argument("--screenshot", metavar="FILE", help="save a PNG of the window and exit")
    demo.set_defaults(func=run_demo)


def _prepare(args: argparse.Namespace) -> None:
    if args.screenshot and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run_gui(args: argparse.Namespace) -> int:
    _prepare(args)
    from checkin.cli.common import db_target, desk_folder
    from checkin.core.store.base import StoreError
    from checkin.core.store.open import is_server_url
    from checkin.qt.app import DeskApp, application, open_event, run
    from checkin.qt.dialogs.questions import ServerPasswordPrompt

    # A path the organiser named must hold an event, as for every other command (a typo
    # would open an empty event that knows no guest); only the per-user default starts
    # empty on the first day, where the window offers to import the list.
    named = bool(getattr(args, "db", None) or os.environ.get("CHECKIN_DB"))
    application()
    target = db_target(args)
    try:
        if is_server_url(target):
            # A desk on a server, as `checkin scan` is: its replica in the desk's data folder.
            store = open_event(target, ServerPasswordPrompt.ask, desk_folder(), args.clock)
        else:
            store = open_store(args, create=not named)
    except StoreError as exc:
        return fail(str(exc))
    return run(
        DeskApp(store, clock=args.clock), args.screenshot, ready_then_quit=args.ready_then_quit
    )


def run_demo(args: argparse.Namespace) -> int:
    _prepare(args)
    from checkin.qt.app import DeskApp, application, run

    application()
    return run(DeskApp.demo(), args.screenshot)
