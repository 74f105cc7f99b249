"""What pretix's exporters do to values, undone or read the way pretix means them.

Read from pretix's own code (2026.8): its CSV writer is `defusedcsv`, which puts an
apostrophe before a cell starting with = + - @ | % (and escapes | as \\|) unless the
cell is a plain number; its XLSX writer does not. The orders export's status is
`Order.get_extended_status_display()` or "canceled" for a cancelled position; the
check-in list joins product and variation with " – " and names no list, while the
orders export names every list a ticket was used at, joined by ", ".
"""

from __future__ import annotations

import re

from checkin.core.model import Status

_DEFUSED_START = frozenset("=+-@|%")
_PLAIN_NUMBER = re.compile(r"^-?[0-9,\.]+$")


#: The column of pretix's order exports (both sheets) that names the event, in the
#: export's language (src/pretix/base/exporters/orderlist.py: _('Event name'); pretix
#: 2026.8 locale de: "Veranstaltungstitel"). Its check-in list export has none.
EVENT_NAME_HEADERS = ("Event name", "Veranstaltungstitel")


def undefuse(cell: str) -> str:
    """ "'=gQAH…" -> "=gQAH…", "'+49 341 …" -> "+49 341 …": only what defusedcsv added."""
    if len(cell) < 2 or cell[0] != "'" or cell[1] not in _DEFUSED_START:
        return cell
    value = cell[1:]
    if _PLAIN_NUMBER.match(value):
        return cell  # defusedcsv leaves plain numbers alone: this apostrophe is the list's
    return value.replace("\\|", "|")


#: pretix's order states in its exports (English and German), folded. Pending orders are
#: not paid: pretix's own check-in refuses them ("unpaid") unless confirmed as valid.
_STATUSES: dict[str, Status] = {
    "paid": Status.ACTIVE,
    "bezahlt": Status.ACTIVE,
    "pending (confirmed)": Status.ACTIVE,
    "ausstehend (bestätigt)": Status.ACTIVE,
    "pending": Status.UNPAID,
    "ausstehend": Status.UNPAID,
    "approval pending": Status.UNPAID,
    "freigabe ausstehend": Status.UNPAID,
    "canceled": Status.CANCELLED,
    "cancelled": Status.CANCELLED,
    "storniert": Status.CANCELLED,
    "canceled (paid fee)": Status.CANCELLED,
    "storniert (bezahlte gebühr)": Status.CANCELLED,
    "expired": Status.CANCELLED,
    "abgelaufen": Status.CANCELLED,
}


def parse_status(text: str) -> Status | None:
    return _STATUSES.get(" ".join(text.casefold().split()))


def split_lists(text: str) -> tuple[str, ...]:
    """ "Vorabendempfang, Haupteingang" -> both names. pretix joins them with ", " on
    PostgreSQL; on SQLite its GROUP_CONCAT ignores the delimiter and writes ","."""
    return tuple(dict.fromkeys(n.strip() for n in text.split(",") if n.strip()))


def split_product(text: str, joiner: str) -> tuple[str, str]:
    """ "Teilnehmer – Frühbucher" -> ("Teilnehmer", "Frühbucher"): the band shows the product."""
    if not joiner or joiner not in text:
        return text, ""
    product, _, variation = text.partition(joiner)
    return product.strip(), variation.strip()
