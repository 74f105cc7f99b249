"""The event itself: its name, day, place and time zone, kept in the store's metadata.

Every part that prints or exports something about the event (the desk's heading,
badges, attendance lists, the organisers' report) reads it from here, so one edit
in the window or on the command line reaches all of them. The metadata table is a
key/value table in both backends, so these fields need no schema migration.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from checkin.core.model import DEFAULT_TIMEZONE
from checkin.core.store.base import Store

#: The metadata keys, one per field (`event_name` etc. predate this module).
KEYS = {
    "name": "event_name",
    "date": "event_date",
    "venue": "event_venue",
    "timezone": "event_timezone",
}


class EventProblem(enum.StrEnum):
    """Why event details were refused; a UI turns the kind into its own words."""

    BAD_DATE = "bad_date"
    UNKNOWN_ZONE = "unknown_zone"


class EventError(ValueError):
    def __init__(self, problem: EventProblem, value: str) -> None:
        self.problem, self.value = problem, value
        words = {
            EventProblem.BAD_DATE: f"{value!r} is not a date; write it as YYYY-MM-DD",
            EventProblem.UNKNOWN_ZONE: f"unknown time zone {value!r} (e.g. Europe/Berlin)",
        }
        super().__init__(words[problem])


@dataclass(frozen=True, slots=True)
class Event:
    name: str = ""
    #: ISO date (YYYY-MM-DD) or "" when not set.
    date: str = ""
    venue: str = ""
    #: IANA zone name ("Europe/Berlin") or "" when not stated (then `DEFAULT_TIMEZONE`).
    timezone: str = ""

    def zone(self) -> tzinfo:
        """The wall clock of every time shown or written about the event (the window,
        exports, the report, the command line, zone-less times read from a list): the
        zone stated, else `DEFAULT_TIMEZONE` (Europe/Berlin, the first event's), never
        the machine's, which is another zone on a server or a laptop set up abroad."""
        return ZoneInfo(self.timezone) if self.timezone else DEFAULT_TIMEZONE

    def validated(self) -> Event:
        """A copy with surrounding blanks removed; raises EventError for a bad date or zone."""
        clean = Event(*(part.strip() for part in (self.name, self.date, self.venue, self.timezone)))
        if clean.date:
            try:
                date.fromisoformat(clean.date)
            except ValueError:
                raise EventError(EventProblem.BAD_DATE, clean.date) from None
        if clean.timezone:
            zone_of(clean.timezone)
        return clean


def zone_of(name: str) -> tzinfo:
    """The IANA zone `name`; raises EventError(UNKNOWN_ZONE)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise EventError(EventProblem.UNKNOWN_ZONE, name) from None


def zone_names() -> list[str]:
    """Every zone name a desk can choose, sorted (for a completer)."""
    return sorted(available_timezones())


def event_zone(store: Store) -> tzinfo:
    """`Event.zone` of the event in `store`."""
    return load_event(store).zone()


def load_event(store: Store) -> Event:
    get = store.get_meta
    return Event(*(get(KEYS[field], "") for field in ("name", "date", "venue", "timezone")))


def save_event(store: Store, event: Event) -> Event:
    """Validate and store `event`; only fields that changed are written. Returns what is stored."""
    clean = event.validated()
    current = load_event(store)
    for field, key in KEYS.items():
        value = getattr(clean, field)
        if value != getattr(current, field):
            store.set_meta(key, value)
    return clean


def is_blank(store: Store) -> bool:
    """Nothing was ever put into this event: no guest, no entry in its journal, no
    details. The desk window creates its event file empty, and a first import that did
    not finish (killed, failed) leaves it so; such a file is no event to judge at."""
    return (
        store.count_attendees() == 0
        and next(iter(store.iter_log()), None) is None
        and load_event(store) == Event()
    )
