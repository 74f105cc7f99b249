"""The core's typed messages in the desk's language.

The core speaks English to the command line, but every message a person at the
desk can see carries a code (`checkin.core.notes.Note`, stock keys); this module
says it again in the language of the window. A code without an entry here shows
the core's English text (a new message is never lost), and
`tests/qt/test_german_everywhere.py` fails on it, so an entry gets added.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checkin.core.badges.stock import Stock
from checkin.core.notes import Note


def _templates() -> dict[str, str]:
    """code -> translated template with the Note's {placeholders} (literal for lupdate)."""
    return {
        "hidden_columns": QCoreApplication.translate(
            "CoreWords", "Hidden columns were read too: {columns}"
        ),
        "nul_removed": QCoreApplication.translate(
            "CoreWords", "{count} NUL characters were removed."
        ),
        "double_encoding_repaired": QCoreApplication.translate(
            "CoreWords",
            "The file's text had been encoded twice ({example}: UTF-8 read as Windows-1252 "
            "and saved again); it was repaired.",
        ),
        "double_encoding_suspected": QCoreApplication.translate(
            "CoreWords",
            "Some text looks double-encoded ({example}: UTF-8 read as Windows-1252 and saved "
            "again); it was read as it is. Check these names in the list.",
        ),
        "lines_not_utf8": QCoreApplication.translate(
            "CoreWords",
            "{count} line(s) were not UTF-8 and were read as Windows-1252 (first: line {first}).",
        ),
        "removed_last_lines": QCoreApplication.translate(
            "CoreWords",
            "The {count} guest(s) taken off the list were its last lines (from line {line} "
            "on): a file cut off at the end of a line looks complete. If the file was not "
            "meant to end there, get the complete file and import it again.",
        ),
        "removed_maybe_cut": QCoreApplication.translate(
            "CoreWords",
            "{count} guest(s) are not in this file and were taken off the list. A CSV file "
            "cut off at the end of a line cannot be told from a complete one: check that "
            "the file is whole.",
        ),
        "changed_meanwhile": QCoreApplication.translate(
            "CoreWords",
            "{count} guest(s) were changed at a desk while this list was being written (a "
            "correction, a check-in, an undo): the desk's changes were kept, and none of "
            "them was taken off the list.",
        ),
        "line_not_utf8": QCoreApplication.translate(
            "CoreWords", "This line is not UTF-8 and was read as Windows-1252; check its accents."
        ),
        "no_name": QCoreApplication.translate(
            "CoreWords", "The row has no name; it was not imported."
        ),
        "note_not_guest": QCoreApplication.translate(
            "CoreWords", "{text} looks like a note or total, not a guest; it was not imported."
        ),
        "same_person_email": QCoreApplication.translate(
            "CoreWords",
            "{name} with the same e-mail is also on line {earlier}; both rows were imported.",
        ),
        "same_person_company": QCoreApplication.translate(
            "CoreWords",
            "{name} with the same company is also on line {earlier}; both rows were imported.",
        ),
        "duplicate_code": QCoreApplication.translate(
            "CoreWords",
            "Code {code} is also on line {earlier}; both rows were imported and the code "
            "will not admit anyone until a person decides.",
        ),
        "code_as_number": QCoreApplication.translate(
            "CoreWords",
            "Code {code} was stored as a number and may have lost digits; "
            "format the code column as text and export the list again.",
        ),
        "checkin_value_unknown": QCoreApplication.translate(
            "CoreWords", "Check-in value {value} is not a date or yes/no; taken as checked in."
        ),
        "checkin_time_unreadable": QCoreApplication.translate(
            "CoreWords", "Check-in time {value} cannot be read as a date and time."
        ),
        "cells_beyond_header": QCoreApplication.translate(
            "CoreWords",
            "The line has more cells than the header; {cells} was not imported. "
            "Check the column separator, or give those cells a column header.",
        ),
        "more_cells_beyond_header": QCoreApplication.translate(
            "CoreWords",
            "{count} more lines have cells beyond the header that were not imported.",
        ),
        "status_unknown": QCoreApplication.translate(
            "CoreWords",
            "Status {value} is not known; {count} row(s) with it were imported as active.",
        ),
        "code_case_changed": QCoreApplication.translate(
            "CoreWords",
            "{name}: the list now gives code {new} instead of {old}; both spellings admit.",
        ),
        "code_changed": QCoreApplication.translate(
            "CoreWords",
            "{name}: the list now gives code {new} instead of {old}; the new code admits, "
            "the old one no longer does.",
        ),
        "holder_added": QCoreApplication.translate(
            "CoreWords",
            "Code {code} was {before}'s; the list now names {now}: {before} is already checked "
            "in and keeps that check-in; {now} was added with the same code, so at the door "
            "the code asks a person to decide.",
        ),
        "sheet_chosen": QCoreApplication.translate(
            "CoreWords", "The sheet {sheet} was read; the workbook also has {others}."
        ),
        "door_list": QCoreApplication.translate(
            "CoreWords",
            "Check-ins at the list {door} were taken as this door's (another list can be "
            "chosen in the import dialog).",
        ),
        "door_list_others": QCoreApplication.translate(
            "CoreWords",
            "Check-ins at the list {door} were taken as this door's; those at {others} are "
            "kept as history only (another list can be chosen in the import dialog).",
        ),
        "event_named_by_list": QCoreApplication.translate(
            "CoreWords",
            "The event had no name; it is now called {name}, as the list names it.",
        ),
        "nameless_tickets": QCoreApplication.translate(
            "CoreWords",
            "{count} ticket(s) have no attendee name (lines {lines}): they are admitted as "
            "“name missing”, and the desk asks for the name before a badge prints.",
        ),
        "pretix_no_secrets": QCoreApplication.translate(
            "CoreWords",
            "This pretix check-in list has no ticket secrets: ticket QR codes will read "
            "“unknown”, and the tickets of one order share its order code. Export it again "
            "with “Include QR-code secret”, or export the order data's “Order positions”.",
        ),
        "indico_no_qr": QCoreApplication.translate(
            "CoreWords",
            "Indico's ticket QR codes hold each registration's check-in secret, which "
            "Indico's CSV and Excel exports do not carry (only the per-event ID): with this "
            'list, scanned Indico tickets read "unknown"; typed registration IDs and the name '
            "search work. To scan Indico tickets, import the event's registrants JSON after "
            "this list (Indico's registrants API, GET /api/events/<event id>/registrants, as "
            "its check-in app loads it): its secrets become the codes, and the states of this "
            "list stay.",
        ),
        "indico_json_states": QCoreApplication.translate(
            "CoreWords",
            "Indico's registrants JSON gives each ticket's check-in secret but not whether a "
            "registration awaits approval or payment: import the registration list (CSV or "
            'Excel, with its "Registration state") first, then this file. Its secrets then '
            "become the codes, the states stay, and typed registration IDs still work.",
        ),
        "ticket_passed_on": QCoreApplication.translate(
            "CoreWords",
            "Code {code} was {before}'s; the list now names {now}: the ticket was passed on: "
            "the code now admits {now}, no longer {before}.",
        ),
    }


def say(text: str) -> str:
    """A core message in the desk's language (plain text passes through unchanged)."""
    if not isinstance(text, Note):
        return text
    template = _templates().get(text.code)
    if template is None:
        return str(text)
    try:
        return template.format(**text.args)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return str(text)


def stock_names() -> dict[str, str]:
    """Stock key -> its description in the desk's language (literal for lupdate)."""
    return {
        "a6": QCoreApplication.translate("CoreWords", "A6 single sheet (105 x 148 mm)"),
        "a7": QCoreApplication.translate("CoreWords", "A7 single sheet (74 x 105 mm)"),
        "a4-4xa6": QCoreApplication.translate("CoreWords", "A4 sheet, 4 x A6 (105 x 148 mm)"),
        "a4-8xa7": QCoreApplication.translate(
            "CoreWords", "A4 sheet, 8 x A7 landscape (105 x 74 mm)"
        ),
        "herma-4412": QCoreApplication.translate(
            "CoreWords", "HERMA 4412 name labels, A4, 10 x 80 x 50 mm"
        ),
        "durable-1445": QCoreApplication.translate(
            "CoreWords", "DURABLE 1445 badge inserts, A4, 10 x 90 x 54 mm"
        ),
        "avery-l4785": QCoreApplication.translate(
            "CoreWords", "Avery Zweckform L4785 name badge labels, A4, 10 x 80 x 50 mm"
        ),
        "brother-dk-11234": QCoreApplication.translate(
            "CoreWords", "Brother QL DK-11234 name badge, 60 x 86 mm"
        ),
        "brother-ql-62x100": QCoreApplication.translate(
            "CoreWords", "Brother QL 62 mm continuous, cut at 100 mm"
        ),
        "zebra-4x3": QCoreApplication.translate("CoreWords", "Zebra 4 x 3 in direct thermal label"),
        "dymo-41x89": QCoreApplication.translate(
            "CoreWords", "DYMO 11356 name badge, 41 x 89 mm (landscape)"
        ),
        "dymo-4xl-104x159": QCoreApplication.translate(
            "CoreWords", "DYMO 4XL 1744907 shipping label, 104 x 159 mm"
        ),
    }


def stock_name(stock: Stock) -> str:
    """A badge stock's description in the desk's language (a stock we do not ship keeps its own)."""
    return stock_names().get(stock.name, stock.description)


def format_names() -> dict[str, str]:
    """A detected export format's name (core, English) in the desk's language."""
    return {
        "generic": QCoreApplication.translate("CoreWords", "generic list"),
        "pretix check-in list": QCoreApplication.translate("CoreWords", "pretix check-in list"),
        "pretix check-in list (German)": QCoreApplication.translate(
            "CoreWords", "pretix check-in list (German)"
        ),
        "pretix orders": QCoreApplication.translate("CoreWords", "pretix orders"),
        "pretix orders (German)": QCoreApplication.translate("CoreWords", "pretix orders (German)"),
        "pretix orders, one row per order": QCoreApplication.translate(
            "CoreWords", "pretix orders, one row per order"
        ),
        "pretix orders, one row per order (German)": QCoreApplication.translate(
            "CoreWords", "pretix orders, one row per order (German)"
        ),
        "pretix order fees": QCoreApplication.translate("CoreWords", "pretix order fees"),
        "pretix order fees (German)": QCoreApplication.translate(
            "CoreWords", "pretix order fees (German)"
        ),
        "Hi.Events attendees": QCoreApplication.translate("CoreWords", "Hi.Events attendees"),
        "Indico registrations": QCoreApplication.translate("CoreWords", "Indico registrations"),
        "Eventbrite attendee report": QCoreApplication.translate(
            "CoreWords", "Eventbrite attendee report"
        ),
        "Eventbrite attendee report (German)": QCoreApplication.translate(
            "CoreWords", "Eventbrite attendee report (German)"
        ),
    }


def format_name(name: str) -> str:
    """An export format's name as the desk says it (a format we do not know keeps its own)."""
    return format_names().get(name, name)
