"""The one clock: every "now" of the app comes from a `Clock` handed in.

The composition roots (`checkin.cli`, `checkin.qt.app`) pass `system_clock`; tests pass
their own. Nothing else in `checkin` asks the system for the time (a test keeps it so),
so a test never patches `datetime` and a desk shows one "now" everywhere.

The clock answers an aware datetime, an instant: where a time is shown or a wall-clock
time without a zone is read, the event's time zone says which wall clock it is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

#: A function answering the current time as an aware datetime.
Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The machine's time, aware (in the machine's zone; an instant either way)."""
    return datetime.now().astimezone()
