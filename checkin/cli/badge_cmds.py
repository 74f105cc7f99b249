"""Badge commands: `checkin badges` (batch PDF, preflight, calibration) and `checkin print CODE`."""

from __future__ import annotations

import argparse
import sys

from checkin.cli.common import add_db_option, emit_json, fail, open_store
from checkin.core.badges import (
    STOCKS,
    LayoutError,
    StockError,
    cups,
    get_stock,
    layout_names,
    preflight,
    render_badges,
    render_calibration,
)
from checkin.core.badges.service import (
    CupsPrinter,
    event_from_store,
    event_layout,
    last_printed,
    print_badge,
    record_printed,
    select_batch,
)
from checkin.core.event import event_zone
from checkin.core.io.export.common import ExportError
from checkin.core.io.export.files import atomic_output
from checkin.core.journal import printer_of

BATCH_STOCK = "a4-4xa6"
SINGLE_STOCK = "a6"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    stocks = ", ".join(sorted(STOCKS))
    p = sub.add_parser(
        "badges",
        help="badges as one PDF (or --preflight, --calibration, --printer)",
        description=f"Stock presets: {stocks}, custom:WxH (mm), brother-ql-62xLENGTH.",
    )
    add_db_option(p)
    p.add_argument("-o", "--output", metavar="PDF", help="write the PDF here")
    p.add_argument(
        "--layout",
        default=None,
        help=f"layout name ({', '.join(layout_names())}) or JSON file "
        "(default: the one made for this event, else the built-in one)",
    )
    p.add_argument("--stock", default=BATCH_STOCK, help=f"paper stock (default {BATCH_STOCK})")
    p.add_argument("--category", help="only this category")
    p.add_argument("--not-printed", action="store_true", help="only guests without a printed badge")
    p.add_argument("--sort", choices=("last_name", "company"), default="last_name")
    p.add_argument(
        "--start-at", type=int, default=1, metavar="N", help="first free label on the sheet"
    )
    p.add_argument("--cut-marks", action="store_true")
    p.add_argument("--offset-x", type=float, default=0.0, metavar="MM", help="move right (mm)")
    p.add_argument("--offset-y", type=float, default=0.0, metavar="MM", help="move down (mm)")
    p.add_argument("--preflight", action="store_true", help="list badges that need a look, no PDF")
    p.add_argument(
        "--calibration", action="store_true", help="a test page for the stock, no guests"
    )
    p.add_argument(
        "--printer", help="send the PDF to this CUPS printer and log the badges as printed"
    )
    p.add_argument("--desk", default="CLI")
    p.add_argument("--operator", default="")
    p.set_defaults(func=cmd_badges)

    p = sub.add_parser("print", help="print one guest's badge on a CUPS printer")
    add_db_option(p)
    p.add_argument("code")
    p.add_argument("--printer", help="CUPS queue (default: the system default printer)")
    p.add_argument("--stock", default=SINGLE_STOCK, help=f"paper stock (default {SINGLE_STOCK})")
    p.add_argument("--layout", default=None)
    p.add_argument("--reprint", action="store_true", help="print even if already printed")
    p.add_argument("--desk", default="CLI")
    p.add_argument("--operator", default="")
    p.set_defaults(func=cmd_print)


def _layout_and_stock(args: argparse.Namespace, store):  # noqa: ANN001, ANN202
    return event_layout(store, args.layout or ""), get_stock(args.stock)


def cmd_badges(args: argparse.Namespace) -> int:
    offset = (args.offset_x, args.offset_y)
    try:
        if args.calibration:
            if not args.output:
                return fail("--calibration needs -o FILE.pdf", 2)
            stock = get_stock(args.stock)
            _write_pdf(args.output, render_calibration(stock, offset))
            return _report(args, {"written": args.output, "stock": stock.name, "calibration": True})
        if not (args.output or args.preflight or args.printer):
            return fail("say where the badges go: -o FILE.pdf, --printer P, or --preflight", 2)
        store = open_store(args)
        try:
            layout, stock = _layout_and_stock(args, store)
            guests = select_batch(
                store, category=args.category, not_printed=args.not_printed, sort=args.sort
            )
            event = event_from_store(store)
            if args.preflight:
                return _preflight(args, guests, layout, stock, event)
            pdf = render_badges(
                guests,
                layout,
                stock,
                event=event,
                start_at=args.start_at,
                cut_marks=args.cut_marks,
                offset_mm=offset,
                title="Badges",
            )
            printed = [a for a in guests if layout.elements_for(a.category) is not None]
            if not printed:
                return fail("no badges to print (no guests match, or their category gets none)", 1)
            info = {
                "badges": len(printed),
                "bytes": len(pdf),
                "stock": stock.name,
                "layout": layout.name,
            }
            if args.output:
                _write_pdf(args.output, pdf)
                info["written"] = args.output
            if args.printer:
                result = cups.spool(pdf, args.printer, title=f"badges ({len(printed)})")
                if not result.ok:
                    return fail(f"printer {args.printer}: {result.message} ({result.error})", 3)
                for a in printed:
                    record_printed(store, a, args.printer, args.desk, args.operator, args.clock)
                info["job"] = result.job_id
            return _report(args, info)
        finally:
            store.close()
    except (LayoutError, StockError) as exc:
        return fail(str(exc), 2)
    except ExportError as exc:
        return fail(str(exc))


def _write_pdf(path: str, pdf: bytes) -> None:
    """Badges carry names and ticket codes: owner-only, complete or absent, like every export."""
    with atomic_output(path) as fh:
        fh.write(pdf)


def _preflight(args, guests, layout, stock, event) -> int:  # noqa: ANN001
    issues = preflight(guests, layout, stock, event=event)
    for i in issues:
        if args.json:
            emit_json(
                {
                    "code": i.code,
                    "name": i.name,
                    "kind": i.kind.value,
                    "element": i.element,
                    "size": i.size,
                    "detail": i.detail,
                    "how": list(i.how),
                    "serious": i.serious,
                }
            )
        else:
            mark = "!" if i.serious else " "
            where = f"{i.element} {i.size:g} pt" if i.element else ""
            detail = f"{', '.join(i.how)}: {i.detail}" if i.how else i.detail
            sys.stdout.write(
                f"{mark} {i.code:<14} {i.name[:40]:<40} {i.kind.value:<18} {where} {detail}\n"
            )
    serious = sum(i.serious for i in issues)
    if not args.json:
        sys.stdout.write(
            f"{len(guests)} guests checked, {len(issues)} notes, {serious} to fix before printing\n"
        )
    return 1 if serious else 0


def _report(args: argparse.Namespace, info: dict) -> int:  # type: ignore[type-arg]
    if args.json:
        emit_json(info)
    else:
        sys.stdout.write(" ".join(f"{k}={v}" for k, v in info.items()) + "\n")
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    printer_name = args.printer or next((p.name for p in cups.list_printers() if p.is_default), "")
    if not printer_name:
        return fail("no printer given and CUPS has no default printer (use --printer)", 2)
    store = open_store(args)
    try:
        try:
            layout, stock = _layout_and_stock(args, store)
        except (LayoutError, StockError) as exc:
            return fail(str(exc), 2)
        from checkin.core.rules import CheckInService

        # The same matching as a scan: lower case, printed groups, ticket URLs.
        matches = CheckInService(store, args.clock).find(args.code)
        if not matches:
            return fail(f"no guest with code {args.code!r}", 1)
        if len(matches) > 1:
            return fail(f"{len(matches)} guests share code {args.code!r}; fix the list first", 1)
        guest = matches[0]
        previous = last_printed(store, guest)
        if previous and not args.reprint:
            when = previous.at.astimezone(event_zone(store)).strftime("%Y-%m-%d %H:%M")
            return fail(
                f"badge already printed at {when} on {printer_of(previous)} (use --reprint)", 4
            )
        outcome = print_badge(
            store,
            guest,
            CupsPrinter(printer_name),
            layout,
            stock,
            args.desk,
            args.operator,
            args.clock,
        )
        if outcome.no_badge:
            return fail(f"the layout prints no badge for category {guest.category!r}", 1)
        if not outcome.ok:
            return fail(
                f"printer {printer_name}: {outcome.spool.message} ({outcome.spool.error})", 3
            )
        return _report(
            args,
            {
                "printed": guest.code,
                "printer": printer_name,
                "job": outcome.spool.job_id,
                "reprint": previous is not None,
            },
        )
    finally:
        store.close()
