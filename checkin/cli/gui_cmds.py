"""`checkin gui` and `checkin demo`: the desk window from the command line."""

from __future__ import annotations

import argparse
import os

from checkin.cli.common import ask_password, db_target, fail


def register(subparsers: argparse._SubParsersAction) -> None:
    gui = subparsers.add_parser("gui", help="open the desk window")
    gui.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="event database file or postgresql:// URL (default: $CHECKIN_DB, else per user)",
    )
    gui.add_argument("--screenshot", metavar="FILE", help="save a PNG of the window and exit")
    gui.set_defaults(func=run_gui)
    demo = subparsers.add_parser("demo", help="open the desk window on the demo event")
    demo.add_argument("--screenshot", metavar="FILE", help="save a PNG of the window and exit")
    demo.set_defaults(func=run_demo)


def _prepare(args: argparse.Namespace) -> None:
    if args.screenshot and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run_gui(args: argparse.Namespace) -> int:
    _prepare(args)
    from checkin.core.store.base import StoreError
    from checkin.qt.app import DeskApp, application, open_event, run

    application()
    try:
        store = open_event(db_target(args), ask_password)
    except StoreError as exc:
        return fail(str(exc))
    return run(DeskApp(store), args.screenshot)


def run_demo(args: argparse.Namespace) -> int:
    _prepare(args)
    from checkin.qt.app import DeskApp, application, run

    application()
    return run(DeskApp.demo(), args.screenshot)
