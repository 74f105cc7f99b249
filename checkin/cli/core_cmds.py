"""Core commands: import, scan, list, search, undo, add, stats, codes, event, erase."""

from __future__ import annotations

import argparse
import csv
import io
import os
import shlex
import sys
from collections import Counter
from collections.abc import Iterable
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checkin.cli.common import (
    add_db_option,
    ask_password,
    db_target,
    desk_folder,
    emit_json,
    fail,
    open_store,
    say,
)
from checkin.core.model import DEFAULT_TIMEZONE, Attendee, ScanSource, Verdict

if TYPE_CHECKING:
    from checkin.core.store.base import Store

#: `checkin scan`'s exit status when an input was not admitted (1 and 2 are errors).
NOT_ADMITTED = 3


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import", help="import or update the attendee list (CSV, TSV, XLSX)")
    add_db_option(p)
    p.add_argument("file")
    p.add_argument("--sheet", help="Excel sheet holding the list (default: detected)")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="map a column to a field explicitly (repeatable), e.g. --map 'Barcode #=code'",
    )
    p.add_argument(
        "--keep-missing",
        action="store_true",
        help="add to the stored list instead of marking people missing from FILE as removed",
    )
    p.add_argument(
        "--delimiter",
        choices=(";", ",", "tab", "|"),
        help="the CSV's column separator, where the detected one is wrong",
    )
    p.add_argument(
        "--checkin-list",
        metavar="NAME",
        help="the check-in list that is this door's, where FILE records check-ins at several "
        "(pretix's orders export); such a file is refused without it, with the lists it names",
    )
    p.add_argument(
        "--allow-removals",
        action="store_true",
        help="FILE is the complete new list even though most stored guests (or guests who "
        "already came) are missing from it",
    )
    p.add_argument(
        "--allow-cut-off",
        action="store_true",
        help="FILE is complete even though it ends inside a record (looks cut off)",
    )
    p.add_argument(
        "--allow-unknown-states",
        action="store_true",
        help="admit the registrations FILE adds although it does not say whether they are "
        "approved and paid (Indico's registrants JSON imported before its list)",
    )
    p.set_defaults(func=cmd_import)

    p = sub.add_parser(
        "scan",
        help="judge scanner input: admit, or say why not",
        description="Judge scanner input: admit, or say why not. Exit status: 0 when every "
        f"input was admitted, {NOT_ADMITTED} when any was not (unknown, cancelled, already "
        "checked in, ambiguous, invalid), 1 on an error, 2 on wrong usage.",
    )
    add_db_option(p)
    p.add_argument("--desk", default="CLI")
    p.add_argument("--operator", default="")
    p.add_argument("inputs", nargs="*", metavar="CODE", help="codes, or - to read lines from stdin")
    p.add_argument(
        "--image",
        action="append",
        default=[],
        metavar="FILE",
        help="a picture of a ticket (screenshot, photo): every code in it is judged",
    )
    p.add_argument(
        "--no-replica",
        action="store_true",
        help="on a server: every verdict from the server, none from this desk's replica "
        "(a storage error is reported for that input instead)",
    )
    p.set_defaults(func=cmd_scan)

    p = sub.add_parser("list", help="every attendee with code, status and check-in")
    add_db_option(p)
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("search", help="find attendees by name, company or e-mail")
    add_db_option(p)
    p.add_argument("text", nargs="+")
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("undo", help="undo the check-in of CODE")
    add_db_option(p)
    p.add_argument("code")
    p.add_argument("--desk", default="CLI")
    p.add_argument("--operator", default="")
    p.set_defaults(func=cmd_undo)

    p = sub.add_parser("add", help="add a walk-in guest and check them in at once")
    add_db_option(p)
    p.add_argument("--first-name", required=True)
    p.add_argument("--last-name", required=True)
    p.add_argument("--title", default="")
    p.add_argument("--company", default="")
    p.add_argument("--function", default="")
    p.add_argument("--email", default="")
    p.add_argument("--category", default="Teilnehmer")
    p.add_argument("--desk", default="CLI")
    p.add_argument("--operator", default="")
    p.add_argument(
        "--new-event",
        action="store_true",
        help="start a new event (of walk-ins only) if --db names no event yet",
    )
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("stats", help="expected, checked in, by category")
    add_db_option(p)
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("codes", help="write a QR code PNG per attendee plus a mail-merge CSV")
    add_db_option(p)
    p.add_argument("--out", required=True, metavar="DIR")
    p.set_defaults(func=cmd_codes)

    p = sub.add_parser("event", help="show or set the event's name, date, venue and time zone")
    add_db_option(p)
    p.add_argument("--name")
    p.add_argument("--date", help="YYYY-MM-DD")
    p.add_argument("--venue")
    p.add_argument(
        "--timezone", metavar="ZONE", help="e.g. Europe/Berlin; '' = not stated (Europe/Berlin)"
    )
    p.set_defaults(func=cmd_event)

    p = sub.add_parser(
        "status", help="a desk on a server: online or offline since when, events waiting"
    )
    add_db_option(p)
    p.set_defaults(func=cmd_status)

    p = sub.add_parser(
        "sync", help="a desk on a server: upload what it decided offline, pull the others' events"
    )
    add_db_option(p)
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("erase", help="erase this event's data (GDPR): deletes the database")
    add_db_option(p)
    p.add_argument("--yes", action="store_true", help="really erase, without asking")
    p.set_defaults(func=cmd_erase)


# -- helpers -------------------------------------------------------------------------------


def attendee_json(a: Attendee | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return {
        "code": a.code,
        "title": a.title,
        "first_name": a.first_name,
        "last_name": a.last_name,
        "company": a.company,
        "function": a.function,
        "email": a.email,
        "category": a.category,
        "status": str(a.status),
        "attention": a.attention_note if a.attention else "",
        "walk_in": a.walk_in,
        "checked_in": a.checked_in.at.isoformat() if a.checked_in else None,
        "desk": a.checked_in.desk if a.checked_in else None,
        "operator": a.checked_in.operator if a.checked_in else None,
    }


def verdict_json(v: Verdict) -> dict[str, Any]:
    return {
        "input": v.input,
        "verdict": str(v.kind),
        "code": v.code,
        "attendee": attendee_json(v.attendee),
        "previous": (
            {
                "at": v.previous.at.isoformat(),
                "desk": v.previous.desk,
                "operator": v.previous.operator,
            }
            if v.previous
            else None
        ),
        "candidates": [attendee_json(c) for c in v.candidates],
        "typo_suspected": v.typo_suspected,
        "repaired": v.repaired,
        "offline": v.offline,
    }


def verdict_line(v: Verdict, zone: tzinfo = DEFAULT_TIMEZONE) -> str:
    """One verdict as a line, in the system's language (`say`); its times on the event's
    clock (`zone`: `event_zone`)."""
    words = say(str(v.kind))
    if v.name_missing:
        words += say("name_missing")
    if v.attendee is not None:
        words += f"  {v.attendee.display_name}"
        if v.attendee.company:
            words += f" ({v.attendee.company})"
        if v.attendee.category:
            words += f" [{v.attendee.category}]"
        if v.attendee.attention and v.attendee.attention_note:
            words += f"  !! {v.attendee.attention_note}"
    if v.previous is not None:
        at = v.previous.at.astimezone(zone)
        same_day = v.at is not None and at.date() == v.at.astimezone(zone).date()
        when = f"{at:%H:%M:%S}" if same_day else f"{at:%Y-%m-%d %H:%M:%S}"
        words += say("first_at", time=when, desk=v.previous.desk)
        if v.previous.operator:
            words += f" ({v.previous.operator})"
    if v.candidates:
        label = say("order_tickets", order=v.order_code) if v.order_code else say("holders")
        words += label + ", ".join(c.display_name or c.code for c in v.candidates)
    if v.typo_suspected:
        words += say("typo")
    if v.offline:
        words += say("offline")
    return words


def _inputs(args: argparse.Namespace) -> Iterable[str]:
    for item in args.inputs:
        if item == "-":
            # Bytes, so a scanner's stray non-UTF-8 byte is judged (invalid), not a crash;
            # blank lines (a scanner sending CR and LF as two Enters) are no scans at all.
            for raw in sys.stdin.buffer:
                line = raw.decode("utf-8", "surrogateescape").rstrip("\r\n")
                if line.strip():
                    yield line
        else:
            yield item


# -- commands ------------------------------------------------------------------------------


def _zone_of(store: Store) -> tzinfo:
    """The event's clock for the times a command prints (`Event.zone`), never the
    machine's; the default zone where the store cannot say."""
    from checkin.core.event import event_zone
    from checkin.core.store.base import StoreError

    try:
        return event_zone(store)
    except StoreError:
        return DEFAULT_TIMEZONE


def _shown(iso: str | None, zone: tzinfo) -> str:
    """An ISO time of the journal (`double_facts`, `status`) on the event's clock."""
    if not iso:
        return "-"
    return datetime.fromisoformat(iso).astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")


def cmd_import(args: argparse.Namespace) -> int:
    from checkin.core.importing import ImportQuestion, Question, import_list
    from checkin.core.io import CheckinListNeeded, ListFileError
    from checkin.core.store.open import open_store as open_target

    mapping: dict[str, str] = {}
    for item in args.map:
        column, sep, fieldname = item.rpartition("=")
        if not sep or not column:
            return fail(f"--map needs COLUMN=FIELD, got {item!r}", 2)
        mapping[column] = fieldname
    target = db_target(args)
    staged = None
    if isinstance(target, Path) and not target.exists():
        # A first import builds the event in a hidden file and moves it into place when
        # it is complete: killed midway, it leaves no event that knows nobody.
        from checkin.core.store.open import clear_stale_staging, staging_path

        clear_stale_staging(target)
        staged = staging_path(target)
        store = open_target(staged)
    else:
        store = open_store(args, create=True)
    failed = clashed = False
    failed = True
    try:
        report = import_list(
            store,
            args.file,
            sheet=args.sheet,
            mapping=mapping or None,
            keep_missing=args.keep_missing,
            allow_removals=args.allow_removals,
            delimiter="\t" if args.delimiter == "tab" else args.delimiter,
            confirmed=[
                *([Question.CUT_OFF] if args.allow_cut_off else []),
                *([Question.STATES_UNKNOWN] if args.allow_unknown_states else []),
            ],
            checkin_list=args.checkin_list,
            clock=args.clock,
        )
        failed = False
    except ImportQuestion as exc:
        if exc.question is Question.CUT_OFF:
            return _import_failed(args, f"{exc} (--allow-cut-off imports it as it is.)")
        if exc.question is Question.STATES_UNKNOWN:
            return _import_failed(args, f"{exc} (--allow-unknown-states imports it anyway.)")
        return _import_failed(
            args,
            f"{exc} (--keep-missing adds the file to the current list; --allow-removals "
            "takes it as the complete new list.)",
        )
    except CheckinListNeeded as exc:
        return _import_failed(
            args,
            f"{exc} Choose with --checkin-list NAME, e.g. --checkin-list {shlex.quote(exc.lists[0])}",
        )
    except ListFileError as exc:
        said = str(exc)
        if "Nothing was imported" not in said:
            said += " Nothing was imported."
        return _import_failed(args, said)
    except OSError as exc:
        return _import_failed(args, f"{exc.strerror or exc}. Nothing was imported.")
    finally:
        store.close()
        if staged is not None:
            from checkin.core.erase import erase_event
            from checkin.core.store.open import publish_staged

            if not failed:
                assert isinstance(target, Path)
                try:
                    publish_staged(staged, target)
                except FileExistsError:
                    failed = clashed = True
            if failed:  # no empty event left behind to be mistaken for the real one
                erase_event(staged)
    if clashed:
        return fail(
            f"Another event appeared at {target} during the import; it was left as it is "
            "and this import was not saved. Import again."
        )
    summary = {
        "file": args.file,
        "format": report.source_format,
        "inserted": report.inserted,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "cancelled": report.cancelled,
        "removed": report.removed,
        "rejected": report.rejected,
        "codes_generated": report.codes_generated,
        "recorded_checkins": report.recorded_checkins,
        "checkins_kept": report.checkins_kept,
        "changed_meanwhile": report.changed_meanwhile,
        "codes_changed": report.codes_changed,
        "holders_changed": report.holders_changed,
        "mapping": dict(report.mapping),
        "notes": list(report.notes),
        "unpaid": report.unpaid,
        "unapproved": report.unapproved,
        "checkin_list": report.checkin_list,
        "checkin_lists": list(report.checkin_lists),
        "matched_by": {str(reason): n for reason, n in report.matched_by},
    }
    if args.json:
        emit_json({"type": "summary", **summary})
        for p in report.problems:
            emit_json(
                {
                    "type": "problem",
                    "line": p.line,
                    "reason": str(p.reason),
                    "severity": p.severity,
                    "detail": p.detail,
                }
            )
        return 0
    print(
        f"{args.file} ({report.source_format or 'list'}): {report.inserted} new, "
        f"{report.updated} updated, {report.unchanged} unchanged, "
        f"{report.removed} marked removed, {report.rejected} rejected; "
        f"{report.cancelled} rows on the list are cancelled"
        + (f", {report.unpaid} not paid" if report.unpaid else "")
        + (f", {report.unapproved} not approved" if report.unapproved else "")
    )
    for note in report.notes:
        print(f"  note: {note}")
    if report.codes_generated:
        print(f"{report.codes_generated} codes generated (the list had none for them)")
    if report.recorded_checkins:
        print(f"{report.recorded_checkins} check-ins taken over from the list")
    if report.checkins_kept:
        print(f"{report.checkins_kept} existing check-ins kept on updated or removed people")
    if report.codes_changed:
        print(f"{report.codes_changed} guests have a new code (see the lines below)")
    if report.holders_changed:
        print(f"{report.holders_changed} codes now name another person (see the lines below)")
    if any(reason != "new" for reason, _ in report.matched_by):
        print(
            "rows matched: "
            + ", ".join(f"{n} {_MATCHED_WORDS[reason]}" for reason, n in report.matched_by)
        )
    for p in report.problems:
        print(f"  line {p.line}: {p.severity}: {p.reason}: {p.detail}")
    return 0


#: How a list row found its stored guest (`MatchReason` values), after the number of rows.
_MATCHED_WORDS = {
    "new": "new",
    "same_code": "by the same code",
    "shared_code": "by name within a shared code",
    "code_case": "by the code in other case",
    "code_reissued": "re-issued tickets (same person)",
    "code_moved": "codes moved with their person",
    "ticket_passed_on": "tickets passed on",
    "added_beside_holder": "tickets passed on from a guest who came (added beside them)",
    "email": "without code by e-mail",
    "name": "without code by name",
    "desk_corrected_name": "by a name the desk corrected",
    "company_changed": "by name, company changed",
    "name_columns_swapped": "by name, name columns swapped",
    "first_name_corrected": "by name, first name corrected",
}


def _import_failed(args: argparse.Namespace, reason: str) -> int:
    if args.json:  # a script reading stdout learns of the failure too
        emit_json({"type": "error", "file": args.file, "error": reason})
    return fail(f"{args.file}: {reason}")


def cmd_scan(args: argparse.Namespace) -> int:
    from checkin.core.rules import CheckInService
    from checkin.core.store.base import StoreError

    if not args.inputs and not args.image:
        return fail("give codes to scan, - to read scanner lines from stdin, or --image FILE", 2)
    from checkin.core.pictures import PictureError, read_picture

    # Every picture is read before anything is judged: an unreadable file admits no one.
    try:
        pictures = [(name, read_picture(name)) for name in args.image]
    except PictureError as exc:
        return fail(str(exc))
    store = open_store(args, desk=not args.no_replica)
    service = CheckInService(store, args.clock)
    zone = _zone_of(store)
    everyone_admitted = True
    judged = 0
    failed = False

    def judge(raw: str, source: ScanSource, picture: str | None = None) -> None:
        nonlocal everyone_admitted, judged, failed
        where = {"picture": picture} if picture else {}
        try:
            verdict = service.scan(raw, args.desk, args.operator, source)
        except StoreError as exc:
            # A stream goes on: this input has no verdict (said so, never a refusal);
            # the store reconnects by itself for the next one.
            failed = True
            if args.json:
                emit_json({"input": raw, "verdict": None, "error": str(exc)} | where)
            else:
                print(say("error", error=exc), flush=True)
            sys.stderr.write(f"checkin: {exc}\n")
            return
        judged += 1
        everyone_admitted = everyone_admitted and verdict.admits
        if args.json:
            emit_json(verdict_json(verdict) | where)
        else:
            print(verdict_line(verdict, zone), flush=True)

    try:
        for name, found in pictures:
            if not found:
                everyone_admitted = False
                if args.json:
                    emit_json({"picture": name, "error": "no code found in the picture"})
                else:
                    print(say("no_code_in_picture", name=name), flush=True)
                continue
            if not args.json:
                many = len(found) > 1
                print(
                    say(
                        "codes_in_picture" if many else "one_code_in_picture",
                        name=name,
                        count=len(found),
                    )
                )
            for code in found:
                judge(code.text, ScanSource.PICTURE, name)
        for raw in _inputs(args):
            judge(raw, ScanSource.COMMAND_LINE)
    finally:
        store.close()
    # `checkin scan CODE && open_gate`: only an admission succeeds; no input (an empty
    # stdin, blank lines only) admitted nobody.
    if failed:
        return 1
    return 0 if everyone_admitted and judged else NOT_ADMITTED


def cmd_list(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        zone = _zone_of(store)
        for a in store.iter_attendees():
            if args.json:
                emit_json(attendee_json(a) or {})
            else:
                state = a.checked_in
                when = f"{state.at.astimezone(zone):%H:%M} {state.desk}" if state else "-"
                print(
                    "\t".join((a.code, a.display_name, a.company, a.category, str(a.status), when))
                )
    finally:
        store.close()
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from checkin.core.rules import CheckInService

    store = open_store(args)
    try:
        for a in CheckInService(store, args.clock).search(" ".join(args.text), args.limit):
            if args.json:
                emit_json(attendee_json(a) or {})
            else:
                state = "checked in" if a.checked_in else str(a.status)
                print("\t".join((a.code, a.display_name, a.company, a.category, state)))
    finally:
        store.close()
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    from checkin.core.rules import CheckInService

    store = open_store(args)
    try:
        service = CheckInService(store, args.clock)
        matches = service.find(args.code)
        if len(matches) != 1:
            return fail(
                f"{args.code}: {'unknown code' if not matches else 'code belongs to several people'}"
            )
        undone = service.undo(matches[0].id or 0, args.desk, args.operator)
        zone = _zone_of(store)
    finally:
        store.close()
    if args.json:
        emit_json({"code": args.code, "undone": undone.at.isoformat() if undone else None})
    elif undone:
        at = undone.at.astimezone(zone)
        print(f"undone: check-in of {matches[0].display_name} at {at:%H:%M:%S}")
    else:
        print(f"{matches[0].display_name} was not checked in; nothing to undo")
    return 0 if undone else 1


def cmd_add(args: argparse.Namespace) -> int:
    from checkin.core.rules import CheckInService

    if not (args.first_name.strip() or args.last_name.strip()):
        return fail("a walk-in needs a first or a last name", 2)
    guest = Attendee(
        code="",
        title=args.title.strip(),
        first_name=args.first_name.strip(),
        last_name=args.last_name.strip(),
        company=args.company,
        function=args.function,
        email=args.email,
        category=args.category,
    )
    store = open_store(args, create=args.new_event)
    try:
        verdict = CheckInService(store, args.clock).walk_in(guest, args.desk, args.operator)
        zone = _zone_of(store)
    finally:
        store.close()
    if args.json:
        emit_json(verdict_json(verdict))
    else:
        line = verdict_line(verdict, zone)
        print(f"walk-in added and checked in: {line}  code {verdict.code}")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from checkin.core.journal import double_facts, doubles

    store = open_store(args)
    try:
        stats = store.stats()
        twice = doubles(store.iter_log())
        guests = store.get_attendees({d.attendee_id for d in twice})
        zone = _zone_of(store)
    finally:
        store.close()
    named = []
    for double in twice:
        guest = guests.get(double.attendee_id)
        name = " ".join(p for p in (guest.first_name, guest.last_name) if p) if guest else ""
        named.append({**double_facts(double), "name": name})
    if args.json:
        emit_json(
            {
                "expected": stats.expected,
                "checked_in": stats.checked_in,
                "cancelled": stats.cancelled,
                "walk_ins": stats.walk_ins,
                "by_category": {
                    k: {"expected": e, "checked_in": c} for k, (e, c) in stats.by_category.items()
                },
                "doubles": named,
            }
        )
        return 0
    print(f"checked in {stats.checked_in} of {stats.expected} expected")
    print(f"cancelled {stats.cancelled}, walk-ins {stats.walk_ins}")
    for category, (expected, checked) in stats.by_category.items():
        print(f"  {category or '(none)'}: {checked} / {expected}")
    if named:
        print(f"admitted twice: {len(named)}")
    for facts in named:
        first, second = facts["admission"], facts["double"]
        print(
            f"  {facts['code']}: admitted {_shown(first['at'], zone)} at {first['desk']} "
            f"({first['operator']}), again {_shown(second['at'], zone)} at {second['desk']} "
            f"({second['operator']})"
        )
    return 0


def cmd_codes(args: argparse.Namespace) -> int:
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    from checkin.core.codes import format_for_display
    from checkin.core.io.export.common import ExportError
    from checkin.core.io.export.files import owner_only_folder, write_owner_only
    from checkin.core.io.export.safety import neutralise

    out = Path(args.out)
    try:
        # The file names are ticket codes: a folder only the owner can open.
        owner_only_folder(out, ours=lambda p: p.name == "codes.csv" or p.suffix == ".png")
    except ExportError as exc:
        return fail(str(exc))
    store = open_store(args)
    count = 0
    holders: Counter[str] = Counter()
    try:
        # Names and e-mails: readable by the owner only, as the event database is.
        owner_only = lambda path, flags: os.open(path, flags, 0o600)  # noqa: E731
        with open(
            out / "codes.csv", "w", newline="", encoding="utf-8-sig", opener=owner_only
        ) as handle:
            os.chmod(handle.fileno(), 0o600)  # also when an earlier run left the file readable
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(
                [
                    "code",
                    "code_display",
                    "title",
                    "first_name",
                    "last_name",
                    "company",
                    "email",
                    "category",
                    "qr_file",
                ]
            )
            for a in store.iter_attendees():
                if str(a.status) != "active":
                    continue
                holders[a.code] += 1
                safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in a.code)
                name = f"{safe or 'code'}-{a.id}.png"
                qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=10, border=4)
                qr.add_data(a.code)
                qr.make(fit=True)
                png = io.BytesIO()
                qr.make_image().save(png)
                write_owner_only(out / name, png.getvalue())
                # Opened in a spreadsheet for the mail merge: no cell may act as a formula.
                writer.writerow(
                    [
                        neutralise(value)
                        for value in (
                            a.code,
                            format_for_display(a.code),
                            a.title,
                            a.first_name,
                            a.last_name,
                            a.company,
                            a.email,
                            a.category,
                            name,
                        )
                    ]
                )
                count += 1
    except OSError as exc:
        return fail(f"writing to {out} failed: {exc.strerror or exc}")
    except ExportError as exc:
        return fail(str(exc))
    finally:
        store.close()
    shared = sorted(code for code, n in holders.items() if n > 1)
    if shared:  # such a code asks a person at the door: better settled before mailing
        sys.stderr.write(
            f"checkin: warning: {len(shared)} code(s) belong to more than one active guest "
            f"({', '.join(shared[:5])}{' …' if len(shared) > 5 else ''}); each invitation "
            "would stop at the door until a person decides. Fix the list and import it again.\n"
        )
    if args.json:
        emit_json({"out": str(out), "codes": count, "shared_codes": shared})
    else:
        print(f"{count} QR codes and codes.csv written to {out}")
    return 0


def cmd_event(args: argparse.Namespace) -> int:
    from dataclasses import asdict, replace

    from checkin.core.event import EventError, load_event, save_event

    store = open_store(args, blank=True)  # the details may come before the list
    try:
        given = {
            field: value
            for field in ("name", "date", "venue", "timezone")
            if (value := getattr(args, field)) is not None
        }
        event = load_event(store)
        if given:
            event = save_event(store, replace(event, **given))
    except EventError as exc:
        return fail(str(exc), 2)
    finally:
        store.close()
    info = {f"event_{key}": value for key, value in asdict(event).items()}
    if args.json:
        emit_json(info)
    else:
        for key, value in info.items():
            print(f"{key.removeprefix('event_')}: {value}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from checkin.core.store.replica import DeskStore

    store = open_store(args, desk=True)
    try:
        zone = _zone_of(store)
        if isinstance(store, DeskStore):
            status = store.status()
        else:
            status = {"server": None, "online": True, "offline_since": None, "waiting": 0}
            status |= {"waiting_other": 0, "replica": None, "event": "loaded"}
    finally:
        store.close()
    if args.json:
        emit_json(status)
    elif status["server"] is None:
        print(say("single_desk"))
    elif status["event"] != "loaded":
        print(_event_fate(status))
    elif status["online"]:
        print(say("online", server=status["server"], waiting=_waiting(status)))
    else:
        since = _shown(status["offline_since"], zone)
        print(say("offline_since", time=since, server=status["server"], waiting=_waiting(status)))
    return 0


def _event_fate(status: dict[str, Any]) -> str:
    """What became of the desk's event: erased (no event here) or replaced by a new list."""
    server = status["server"]
    if status["event"] == "erased":
        text = say("erased_here" if status["erased_here"] else "erased_elsewhere", server=server)
    elif status["event"] == "replacing":
        text = say("replacing", server=server)
    else:
        text = say("replaced", server=server)
    if status["dropped"] or status["dropped_other"]:
        text += say("dropped", count=status["dropped"], others=status["dropped_other"])
    return text


def _waiting(status: dict[str, Any]) -> str:
    """ "3 check-ins waiting (and 1 other record)": the outbox as `DeskStore.status` counts it."""
    count, other = status["waiting"], status["waiting_other"]
    text = say("one_waiting") if count == 1 else say("waiting", count=count)
    if other:
        text += say("one_other") if other == 1 else say("others", count=other)
    return text


def cmd_sync(args: argparse.Namespace) -> int:
    from checkin.core.store.replica import DeskStore

    store = open_store(args, desk=True)
    try:
        if not isinstance(store, DeskStore):
            return fail("sync is for a desk on a postgresql:// server; this is an event file", 2)
        store.sync()  # opening synced already when the server answered: report both
        done = dict(store.synced)
        status = store.status()
    finally:
        store.close()
    if args.json:
        emit_json({**done, **status})
    else:
        print(
            say(
                "synced",
                uploaded=done["uploaded"],
                doubles=done["doubles"],
                pulled=done["pulled"],
                waiting=_waiting(status),
            )
        )
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    from checkin.core.erase import NotAnEventDatabase
    from checkin.core.store.open import describe, erase_target

    path = db_target(args)
    if not args.yes:
        if not sys.stdin.isatty():
            return fail("erase needs --yes when not run interactively", 2)
        word = say("erase_word")
        answer = input(say("erase_question", target=describe(path), word=word))
        if answer.strip() not in {word, "erase"}:  # the English word is understood anywhere
            return fail(say("not_erased"))
    try:
        # A server's event everywhere this desk copied it: its replicas (and their WAL).
        removed = erase_target(path, ask_password, replicas_in=desk_folder())
    except NotAnEventDatabase as exc:
        return fail(str(exc))
    if args.json:
        emit_json({"erased": [str(p) for p in removed]})
    else:
        files = ", ".join(str(p) for p in removed) or say("erased_none")
        print(say("erased", count=len(removed), files=files))
    return 0
