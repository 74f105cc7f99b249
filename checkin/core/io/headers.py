"""Which column holds what: header names in German and English, and the known exports.

A header is compared after folding (case, spaces, punctuation and `#` dropped),
so "E-Mail-Adresse", "e mail adresse" and "EMAIL ADDRESS" all find `email`.
When several columns claim one field (pretix has "Attendee email" and the
order's "Email"), the more specific one wins and the other is the fallback for
rows where the first is empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from checkin.core.notes import Note

#: Fields a column can be mapped to (`--map COLUMN=FIELD`); "ignore" drops a column.
FIELDS = (
    "code",
    "title",
    "first_name",
    "last_name",
    "name",
    "company",
    "function",
    "email",
    "category",
    "status",
    "attention",
    "attention_note",
    "checked_in",
    "checked_in_at",
    #: "Yes"/"No": whether the ticket is paid (pretix's check-in list with pending orders).
    "paid",
    #: Names of the check-in lists a ticket was used at (pretix's orders export).
    "checkin_lists",
    #: The order several tickets belong to; it names no single guest.
    "order_code",
    "ignore",
)


def fold_header(header: str) -> str:
    """ "Barcode-Nr." -> "barcodenr", "E-Mail-Adresse" -> "emailadresse"."""
    folded = header.casefold().replace("ß", "ss")
    return "".join(ch for ch in folded if ch.isalnum())


def _aliases(field: str, *names: str) -> dict[str, str]:
    return {fold_header(n): field for n in names}


#: Folded header -> field, in order of preference within each field (earlier wins).
ALIASES: dict[str, str] = {
    **_aliases(
        "code",
        "Code", "Barcode", "Barcode #", "Barcode-Nr.", "Barcodenummer", "Ticket-ID",
        "Ticket ID", "Ticketcode", "Ticket-Code", "Ticketnummer", "Ticket-Nr.", "Ticket number",
        "Secret", "Ticket secret", "QR-Code", "QR code", "Badge code", "Einlasscode",
        "Zugangscode", "Teilnehmercode", "Access code", "Registration ID", "Public ID",
        "Order code", "Bestellnummer", "Buchungsnummer", "Order #",
    ),
    **_aliases(
        "title",
        "Titel", "Title", "Akademischer Titel", "Akad. Titel", "Attendee name: Title",
        "Namenszusatz", "Grad",
    ),
    **_aliases(
        "first_name",
        "Vorname", "First Name", "Firstname", "Given name", "Forename", "Rufname",
        "Attendee name: Given name", "Attendee name: First name", "Vorname Teilnehmer",
        "Teilnehmer Vorname", "Attendee first name",
    ),
    **_aliases(
        "last_name",
        "Nachname", "Last Name", "Lastname", "Family name", "Surname", "Familienname",
        "Zuname", "Attendee name: Family name", "Attendee name: Last name",
        "Nachname Teilnehmer", "Teilnehmer Nachname", "Attendee last name",
    ),
    **_aliases(
        "name",
        "Name", "Full name", "Vollständiger Name", "Name, Vorname", "Nachname, Vorname",
        "Name Vorname", "Vorname Name", "Vorname Nachname", "Attendee name",
        "Teilnehmer", "Teilnehmer/in", "Teilnehmername", "Name des Teilnehmers", "Gast",
        "Guest", "Guest name", "Person",
    ),
    **_aliases(
        "company",
        "Firma", "Unternehmen", "Organisation", "Organization", "Affiliation", "Company",
        "Institution", "Einrichtung", "Institut", "Arbeitgeber", "Firma/Institution",
        "Organisation/Firma", "Firma/Organisation", "Unternehmen/Organisation", "Employer",
        "Behörde", "Company name", "Firmenname",
    ),
    **_aliases(
        "function",
        "Funktion", "Position", "Job title", "Jobtitel", "Berufsbezeichnung", "Job",
        "Rolle im Unternehmen", "Stellung", "Role",
    ),
    **_aliases(
        "email",
        "Attendee email", "E-Mail", "Email", "E-Mail-Adresse", "Email Address", "Mail",
        "E-Mail Adresse", "Emailadresse", "Mailadresse", "E-mail address",
    ),
    **_aliases(
        "category",
        "Kategorie", "Category", "Ticket type", "Ticketart", "Ticket-Art", "Tickettyp",
        "Ticketkategorie", "Teilnehmergruppe", "Teilnehmerkategorie", "Gruppe", "Group",
        "Product", "Produkt", "Product name", "Ticket", "Teilnehmertyp", "Attendee type",
        "Registration type", "Anmeldeart",
    ),
    **_aliases(
        "status",
        "Status", "Attendee Status", "Teilnehmerstatus", "Registration state",
        "Registration status", "Anmeldestatus", "Order status", "Bestellstatus", "Ticketstatus",
        "Ticket status", "Buchungsstatus",
    ),
    **_aliases(
        "attention",
        "Requires special attention", "Special attention", "Besondere Aufmerksamkeit",
        "Attention", "VIP",
    ),
    **_aliases(
        "attention_note",
        "Hinweis", "Hinweise", "Bemerkung", "Bemerkungen", "Anmerkung", "Anmerkungen", "Notes",
        "Note", "Notiz", "Besonderheiten", "Attention note", "Check-in note", "Hinweis Einlass",
    ),
    **_aliases(
        "checked_in",
        "Checked in", "Eingecheckt", "Is checked in", "Check-in", "Checkin", "Anwesend",
        "Attended", "Present",
    ),
    **_aliases(
        "checked_in_at",
        "Check-in date", "Checked in at", "Check-in time", "Checkin date", "Check-in Zeit",
        "Eingecheckt am", "Eingecheckt um", "Check-in Zeitpunkt", "Einlasszeit",
        "Check-In Datum",
    ),
    **_aliases("paid", "Paid", "Bezahlt"),
    **_aliases("checkin_lists", "Check-in lists", "Check-in-Listen"),
}  # fmt: skip

#: Preference of each alias within its field (lower wins).
_RANK = {alias: rank for rank, alias in enumerate(ALIASES)}

#: Headers that look like a known alias but mean something else in that export.
_NOT_FIELDS = {fold_header(h) for h in ("Invoice address name", "Buyer Email", "Buyer Name")}


@dataclass(frozen=True, kw_only=True)
class ExportFormat:
    """A known registration system's export: how to recognise it and what it means."""

    name: str
    #: Folded headers that must all be present.
    required: frozenset[str]
    #: Extra header -> field mappings that only hold for this export.
    extra: tuple[tuple[str, str], ...] = ()
    #: Headers whose generic meaning is wrong here (kept as extra data instead).
    drop: tuple[str, ...] = ()
    #: Build the code from "Order code" + "-" + "Position ID" when there is no secret.
    pretix_positions: bool = False
    #: The system whose rules apply to its values (`checkin.core.io.pretix`, `.indico`), or "".
    system: str = ""
    #: One row per order, not per ticket: never a guest list (the workbook's other sheet is).
    per_order: bool = False
    #: Says nothing of whether a registration is approved and paid (Indico's registrants
    #: JSON): guests it adds are asked about (see importing.StatesUnknown).
    states_unknown: bool = False
    #: Joins product and variation in one cell ("Teilnehmer – Frühbucher").
    variation_joiner: str = ""
    #: Said at every import of this export (what it lacks, what to export instead).
    note: str = ""


def _fmt(
    name: str,
    required: Iterable[str],
    extra: Iterable[tuple[str, str]] = (),
    drop: Iterable[str] = (),
    **flags: object,
) -> ExportFormat:
    return ExportFormat(
        name=name,
        required=frozenset(fold_header(h) for h in required),
        extra=tuple((fold_header(h), f) for h, f in extra),
        drop=tuple(fold_header(h) for h in drop),
        **flags,  # type: ignore[arg-type]
    )


#: Indico's list exports cannot be matched to its tickets; its registrants JSON can.
_INDICO_NO_QR = Note(
    "indico_no_qr",
    "Indico's ticket QR codes hold each registration's check-in secret, which Indico's "
    "CSV and Excel exports do not carry (only the per-event ID): with this list, scanned "
    'Indico tickets read "unknown"; typed registration IDs and the name search work. To '
    "scan Indico tickets, import the event's registrants JSON after this list (Indico's "
    "registrants API, GET /api/events/<event id>/registrants, as its check-in app loads "
    "it): its secrets become the codes, and the states of this list stay.",
)


_EB_DROP = ("Order #", "Group", "Bestellnr.", "Gruppe")

# pretix writes its exports in the event's language; these are its English and German
# (pretix 2026.8 locale de) headers, from src/pretix/base/exporters/orderlist.py
# (positions sheet) and src/pretix/plugins/checkinlists/exporters.py (check-in list).
_PRETIX_NAME_PARTS = (
    ("Attendee name: Given name", "first_name"),
    ("Attendee name: Family name", "last_name"),
    ("Attendee name: Title", "title"),
    ("Attendee name: First name", "first_name"),
    ("Attendee name: Last name", "last_name"),
    ("Name Teilnehmer*in: Vorname", "first_name"),
    ("Name Teilnehmer*in: Nachname", "last_name"),
    ("Name Teilnehmer*in: Titel", "title"),
    ("Teilnehmer*innenname: Vorname", "first_name"),
    ("Teilnehmer*innenname: Nachname", "last_name"),
    ("Teilnehmer*innenname: Titel", "title"),
    ("Name Teilnehmer*in", "name"),
    ("Attendee name", "name"),
)
_PRETIX_POSITIONS = (
    *_PRETIX_NAME_PARTS,
    ("Ticket secret", "code"),
    ("Ticket-Code", "code"),
    ("Order code", "order_code"),
    ("Bestellnummer", "order_code"),
    ("Attendee email", "email"),
    ("E-Mail Teilnehmer*in", "email"),
    ("Attendee company", "company"),
    ("Teilnehmer*innen-Firma", "company"),
    ("Product", "category"),
    ("Produkt", "category"),
    ("Check-in lists", "checkin_lists"),
    ("Check-in-Listen", "checkin_lists"),
)
_PRETIX_CHECKIN = (
    *_PRETIX_NAME_PARTS,
    ("Secret", "code"),
    ("Order code", "order_code"),
    ("Bestellnummer", "order_code"),
    ("Checked in", "checked_in_at"),
    ("Eingecheckt", "checked_in_at"),
    ("Requires special attention", "attention"),
    ("Benötigt besondere Behandlung", "attention"),
    ("Check-in text", "attention_note"),
    ("Check-in-Hinweis", "attention_note"),
    ("Paid", "paid"),
    ("Bezahlt", "paid"),
    ("Product", "category"),
    ("Produkt", "category"),
)
_PRETIX_DROP = (
    "Order comment", "Bestellkommentar", "Comment", "Kommentar", "Price", "Preis",
    "Variation", "Variante", "Status", "Checked out", "Ausgetreten",
    "Automatically checked in", "Automatisch eingecheckt", "Phone number", "Telefonnummer",
)  # fmt: skip

#: Checked in order; the first whose required headers are all present wins.
FORMATS: tuple[ExportFormat, ...] = (
    _fmt(
        "pretix check-in list",
        ("Order code", "Attendee name", "Checked in", "Automatically checked in"),
        extra=_PRETIX_CHECKIN,
        drop=_PRETIX_DROP,
        system="pretix",
        variation_joiner=" – ",
    ),
    _fmt(
        "pretix check-in list (German)",
        ("Bestellnummer", "Name Teilnehmer*in", "Eingecheckt", "Automatisch eingecheckt"),
        extra=_PRETIX_CHECKIN,
        drop=_PRETIX_DROP,
        system="pretix",
        variation_joiner=" – ",
    ),
    _fmt(
        "pretix orders",
        ("Event slug", "Order code", "Position ID", "Attendee name"),
        extra=(*_PRETIX_POSITIONS, ("Status", "status")),
        drop=(*_PRETIX_DROP[:4], "Price", "Variation", "Phone number"),
        pretix_positions=True,
        system="pretix",
    ),
    _fmt(
        "pretix orders (German)",
        ("Kurzname der Veranstaltung", "Bestellnummer", "Position", "Name Teilnehmer*in"),
        extra=(*_PRETIX_POSITIONS, ("Status", "status")),
        # "Position" is the ticket's number in its order here, not a job title.
        drop=("Bestellkommentar", "Preis", "Variante", "Telefonnummer", "Position"),
        pretix_positions=True,
        system="pretix",
    ),
    # The orders sheet of pretix's order data (one row per order; the buyers, not the guests).
    _fmt(
        "pretix orders, one row per order",
        ("Event slug", "Order code", "Order total"),
        system="pretix",
        per_order=True,
    ),
    _fmt(
        "pretix orders, one row per order (German)",
        ("Kurzname der Veranstaltung", "Bestellnummer", "Gesamtbetrag"),
        system="pretix",
        per_order=True,
    ),
    _fmt(
        "pretix order fees",
        ("Event slug", "Order code", "Fee type"),
        system="pretix",
        per_order=True,
    ),
    _fmt(
        "pretix order fees (German)",
        ("Kurzname der Veranstaltung", "Bestellnummer", "Art der Gebühr"),
        system="pretix",
        per_order=True,
    ),
    _fmt(
        "Hi.Events attendees",
        ("Public ID", "Short ID", "Is Checked In"),
        extra=(("Product Name", "category"), ("Checked In At", "checked_in_at")),
        drop=("ID", "Product ID", "Event ID"),
    ),
    _fmt(
        "Indico registrants (JSON)",
        ("Check-in secret", "Registrant ID"),
        extra=(("Check-in secret", "code"),),
        system="indico",
        states_unknown=True,
        note=Note(
            "indico_json_states",
            "Indico's registrants JSON gives each ticket's check-in secret but not whether a "
            "registration awaits approval or payment: import the registration list (CSV or "
            'Excel, with its "Registration state") first, then this file. Its secrets '
            "then become the codes, the states stay, and typed registration IDs still work.",
        ),
    ),
    _fmt(
        "Indico registrations",
        ("Registration state",),
        extra=(("ID", "code"), ("Registration ID", "code")),
        system="indico",
        note=_INDICO_NO_QR,
    ),
    _fmt(
        "Indico registrations",
        ("ID", "Checked in", "Check-in date"),
        extra=(("ID", "code"),),
        system="indico",
        note=_INDICO_NO_QR,
    ),
    # One order holds several tickets: an order number is not a person's code.
    # "Group" there is a team of buyers, not a guest category.
    _fmt("Eventbrite attendee report", ("Barcode #", "Attendee Status"), drop=_EB_DROP),
    _fmt("Eventbrite attendee report", ("Order #", "Attendee #", "Ticket Type"), drop=_EB_DROP),
    _fmt("Eventbrite attendee report (German)", ("Barcode-Nr.", "Teilnehmerstatus"), drop=_EB_DROP),
    _fmt(
        "Eventbrite attendee report (German)",
        ("Bestellnr.", "Teilnehmernr.", "Ticketart"),
        drop=_EB_DROP,
    ),
    _fmt(
        "XING Events",
        ("Ticketnummer", "Eingecheckt", "Ticketkategorie"),
        drop=("Buchungsnummer",),
    ),
)

GENERIC = "generic"


def detect_format(headers: Sequence[str]) -> ExportFormat | None:
    folded = {fold_header(h) for h in headers}
    return next((f for f in FORMATS if f.required <= folded), None)


def score_header_row(cells: Sequence[str]) -> int:
    """How much a row looks like a header row: distinct fields it names."""
    return len({ALIASES[f] for c in cells if (f := fold_header(c)) in ALIASES})


def _reversed_name_header(header: str) -> bool:
    """ "Name, Vorname" / "Last name, first name": the family name is written first."""
    folded = header.casefold()
    if "vorname" in folded:
        rest = folded.replace("vorname", "#")
        return -1 < rest.find("name") < rest.find("#")
    if "first" in folded:
        return -1 < folded.find("last") < folded.find("first")
    return False


#: How `source` names the second column of a repeated header: "Firma (2)".
_REPEATED = re.compile(r"^(.*) \((\d+)\)$")


def detect_mapping(headers: Sequence[str]) -> dict[str, str]:
    """Header -> field for every column recognised; unrecognised columns are left out.

    The most specific column per field comes first in the returned dict;
    further columns of the same field serve as fallbacks.
    """
    fmt = detect_format(headers)
    special = dict(fmt.extra) if fmt else {}
    dropped = set(fmt.drop) if fmt else set()
    candidates: list[tuple[str, int, int, str]] = []  # (field, rank, column, header)
    present = set(headers)
    for column, header in enumerate(headers):
        folded = fold_header(header)
        repeated = _REPEATED.match(header)
        if repeated and repeated[1] in present:
            # A second column of the same name ("Firma (2)": pretix's built-in company
            # beside a question called "Firma"): the same field, a fallback for the first.
            folded = fold_header(repeated[1])
        if not folded or folded in _NOT_FIELDS:
            continue
        if folded in special:
            candidates.append((special[folded], -1, column, header))
        elif folded in ALIASES and folded not in dropped:
            candidates.append((ALIASES[folded], _RANK[folded], column, header))
    candidates.sort(key=lambda c: (FIELDS.index(c[0]), c[1], c[2]))
    fields = {c[0] for c in candidates}
    mapping: dict[str, str] = {}
    for field, _rank, _column, header in candidates:
        if field == "name" and "first_name" in fields and "last_name" not in fields:
            # German lists often say "Name; Vorname": there "Name" is the family name.
            if not _reversed_name_header(header) and fold_header(header) == "name":
                field = "last_name"
        mapping[header] = field
    return mapping


def is_last_first(header: str) -> bool:
    """True when a combined name column writes the family name first."""
    return _reversed_name_header(header)
