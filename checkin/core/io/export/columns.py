"""The columns an attendance export can contain, by the key the CLI and the GUI use.

German labels: the people who open these files are the organisers of German
conferences, and the PDF list says "Teilnehmerliste" as well.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter

from checkin.core.model import Attendee, Status


class Kind(enum.Enum):
    TEXT = "text"
    DATETIME = "datetime"


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    label: str
    get: Callable[[Attendee], str | datetime | None]
    kind: Kind = Kind.TEXT
    #: Width in characters for XLSX and the relative share of the PDF line.
    width: float = 14


STATUS_LABELS = {
    Status.ACTIVE: "aktiv",
    Status.CANCELLED: "storniert",
    Status.UNPAID: "nicht bezahlt",
    Status.UNAPPROVED: "nicht freigegeben",
    Status.REMOVED: "entfernt",
}


#: The desk an import records for a check-in the list itself carries (the window shows it
#: as "imported list" in its language).
IMPORTED_DESK = "list"


def desk_label(desk: str) -> str:
    """A desk's name on paper: the import's "list" in German, like every other word."""
    return "importierte Liste" if desk == IMPORTED_DESK else desk


def _at(a: Attendee) -> datetime | None:
    return a.checked_in.at if a.checked_in else None


COLUMNS: dict[str, Column] = {
    c.key: c
    for c in (
        Column("code", "Code", attrgetter("code"), width=12),
        Column("title", "Titel", attrgetter("title"), width=8),
        Column("first_name", "Vorname", attrgetter("first_name"), width=16),
        Column("last_name", "Nachname", attrgetter("last_name"), width=18),
        Column("name", "Name", attrgetter("display_name"), width=28),
        Column("company", "Firma", attrgetter("company"), width=28),
        Column("function", "Funktion", attrgetter("function"), width=20),
        Column("email", "E-Mail", attrgetter("email"), width=28),
        Column("category", "Kategorie", attrgetter("category"), width=13),
        Column("status", "Status", lambda a: STATUS_LABELS.get(a.status, str(a.status)), width=9),
        Column("walk_in", "Nachmeldung", lambda a: "ja" if a.walk_in else "", width=12),
        Column("checked_in_at", "Eingecheckt", _at, Kind.DATETIME, width=17),
        Column(
            "desk",
            "Tisch",
            lambda a: desk_label(a.checked_in.desk) if a.checked_in else "",
            width=10,
        ),
        Column(
            "operator",
            "Bearbeiter",
            lambda a: a.checked_in.operator if a.checked_in else "",
            width=12,
        ),
    )
}

DEFAULT_COLUMNS = ("last_name", "first_name", "company", "category", "checked_in_at", "desk")


def resolve(keys: Iterable[str] | None) -> tuple[Column, ...]:
    """Columns for the given keys; `extra.<field>` picks a field the imported list carried."""
    chosen: list[Column] = []
    for key in keys or DEFAULT_COLUMNS:
        key = key.strip()
        if key in COLUMNS:
            chosen.append(COLUMNS[key])
        elif key.startswith("extra.") and len(key) > 6:
            chosen.append(Column(key, key[6:], _extra_getter(key[6:]), width=16))
        else:
            known = ", ".join([*COLUMNS, "extra.<field>"])
            raise ValueError(f"unknown column {key!r}; known columns: {known}")
    if not chosen:
        raise ValueError("choose at least one column")
    return tuple(chosen)


def _extra_getter(name: str) -> Callable[[Attendee], str | datetime | None]:
    return lambda a: a.extra.get(name, "")


def labels(columns: Sequence[Column]) -> list[str]:
    return [c.label for c in columns]
