"""The one wall clock the window shows times on: the event's time zone.

`core.event.Event.zone` decides it (the zone stated, else Europe/Berlin), never the
machine's: a desk set up in another zone, or a laptop whose zone is UTC, shows the
times the people at the door read off their watches, as the exports and the report
write them. The window sets it whenever it shows the event (`MainWindow._show_event`);
every time a widget shows goes through `local`.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from checkin.core.model import DEFAULT_TIMEZONE

_zone: tzinfo = DEFAULT_TIMEZONE


def show_times_in(zone: tzinfo) -> None:
    """The event shown now is in `zone` (one window shows one event at a time)."""
    global _zone
    _zone = zone


def shown_zone() -> tzinfo:
    return _zone


def local(at: datetime) -> datetime:
    """`at` on the event's wall clock."""
    return at.astimezone(_zone)
