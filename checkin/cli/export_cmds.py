"""Day's-end commands: `checkin export` (attendance lists, the audit log) and `checkin report`."""

from __future__ import annotations

import argparse
from datetime import tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from checkin.cli.common import add_db_option, db_target, emit_json, fail, open_store

WHAT_CHOICES = ("attended", "noshow", "walkin", "cancelled", "all", "log")
FORMAT_CHOICES = ("csv", "xlsx", "pdf")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from checkin.core.io.export import COLUMNS, DEFAULT_COLUMNS

    p = sub.add_parser(
        "export",
        help="attendance list (CSV, XLSX, PDF) or the complete check-in log (CSV, XLSX)",
        description="Writes to a temporary file and renames it, so FILE is never half-written.",
    )
    add_db_option(p)
    p.add_argument("--what", choices=WHAT_CHOICES, default="all")
    p.add_argument(
        "--format", choices=FORMAT_CHOICES, help="default: from the suffix of FILE, else csv"
    )
    p.add_argument(
        "--columns",
        metavar="A,B,C",
        help=f"columns in order (default {','.join(DEFAULT_COLUMNS)}); known: "
        f"{', '.join(COLUMNS)}, extra.<field>",
    )
    p.add_argument(
        "--delimiter",
        choices=(";", ","),
        default=";",
        metavar="';'|','",
        help="CSV separator (default ';', which German Excel expects)",
    )
    p.add_argument(
        "--timezone",
        metavar="ZONE",
        help="e.g. Europe/Berlin (default: the event's time zone, else Europe/Berlin)",
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("report", help="PDF report for the organisers: summary, then the list")
    add_db_option(p)
    p.add_argument(
        "--timezone",
        metavar="ZONE",
        help="e.g. Europe/Berlin (default: the event's time zone, else Europe/Berlin)",
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_report)


def _zone(name: str | None) -> tzinfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {name!r}") from exc


def _existing_store(args: argparse.Namespace):  # -> Store
    """Exports read an event; they must never create an empty database by accident.

    A postgresql:// URL is a server, never a file path (nor printed: it may hold a password).
    """
    target = db_target(args)
    if isinstance(target, Path) and not target.exists():
        raise FileNotFoundError(f"no event database at {target}")
    return open_store(args)


def cmd_export(args: argparse.Namespace) -> int:
    from checkin.core.io.export import ExportError
    from checkin.core.io.export.job import ExportRequest, run_export

    out = Path(args.output)
    fmt = args.format or (out.suffix.lower().lstrip(".") if out.suffix else "csv")
    if fmt not in FORMAT_CHOICES:
        return fail(f"cannot tell the format from {out.name}; add --format csv|xlsx|pdf", 2)
    if args.what == "log" and args.columns:
        return fail("--columns applies to attendance lists, not to the log", 2)
    try:
        tz = _zone(args.timezone)
        store = _existing_store(args)
    except (ValueError, FileNotFoundError) as exc:
        return fail(str(exc), 2)
    columns = [c for c in args.columns.split(",") if c.strip()] if args.columns else None
    request = ExportRequest(
        what=args.what, fmt=fmt, path=out, columns=columns, delimiter=args.delimiter, tz=tz
    )
    try:
        result = run_export(store, request, args.clock())
    except ValueError as exc:
        return fail(str(exc), 2)
    except ExportError as exc:
        return fail(str(exc))
    finally:
        store.close()
    if args.json:
        emit_json({"rows": result.rows, "path": str(result.path), "what": args.what, "format": fmt})
    else:
        print(f"{result.rows} rows written to {result.path}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from checkin.core.io.export import ExportError
    from checkin.core.io.export.job import write_report

    out = Path(args.output)
    try:
        tz = _zone(args.timezone)
        store = _existing_store(args)
    except (ValueError, FileNotFoundError) as exc:
        return fail(str(exc), 2)
    try:
        stats = write_report(store, out, args.clock(), tz).stats
    except ExportError as exc:
        return fail(str(exc))
    finally:
        store.close()
    if args.json:
        emit_json(
            {
                "path": str(out),
                "expected": stats.expected,
                "checked_in": stats.checked_in,
                "no_shows": stats.no_shows,
                "walk_ins": stats.walk_ins,
            }
        )
    else:
        print(f"report written to {out}: {stats.checked_in} of {stats.expected} checked in")
    return 0
