"""The day in numbers: who is in, who is missing, when they came, how fast each desk works.

One pure function over the attendees and the log, with the clock injected:
the live dashboard calls it every few seconds, the organiser's report once at
the end, and tests replay a scripted day by moving `now`. Anything stamped
after `now` is ignored, so the same data answers "how did it look at 9:30?".
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from checkin.core import journal
from checkin.core.model import Attendee, LogEntry, LogKind, Outcome, Status

BUCKET = timedelta(minutes=15)
#: A pause longer than this at a desk counts as idle, not as slow service.
IDLE_GAP = timedelta(minutes=10)
#: A desk's rate needs this much busy time: a few check-ins within a second (a replayed
#: outbox, a batch admitted at once) would read as thousands of guests per hour.
MIN_RATE_SPAN = timedelta(minutes=1)
#: Empty buckets after the last arrival are shown up to `now` only within this span.
_TRAILING = timedelta(hours=2)


@dataclass(frozen=True, slots=True)
class CategoryStats:
    category: str
    expected: int
    checked_in: int


@dataclass(frozen=True, slots=True, kw_only=True)
class DeskStats:
    desk: str
    admitted: int
    first: datetime | None
    last: datetime | None
    #: Guests per hour while the desk was busy (pauses over IDLE_GAP left out); None
    #: (shown "–") before the desk was busy for MIN_RATE_SPAN.
    per_hour: float | None
    #: Median seconds between two consecutive guests at this desk.
    median_gap_s: float | None
    #: Guests admitted in the hour before `now`.
    last_hour: int
    rejected: int


@dataclass(frozen=True, slots=True)
class DoubleAdmission:
    """A ticket admitted twice (desks in a partition): the admission (first by time) and
    the later one, each with desk, operator and time (`journal.doubles`)."""

    code: str
    #: The guest's name as the list has it ("" when the guest is no longer checked in).
    name: str
    first: LogEntry
    second: LogEntry


@dataclass(frozen=True, slots=True, kw_only=True)
class DayStats:
    now: datetime
    #: Active guests (cancelled and removed ones are not expected).
    expected: int
    checked_in: int
    no_shows: int
    walk_ins: int
    cancelled: int
    categories: tuple[CategoryStats, ...]
    #: (start of the 15-minute slot in local time, guests admitted in it), no gaps.
    arrivals: tuple[tuple[datetime, int], ...]
    desks: tuple[DeskStats, ...]
    rejected_scans: int
    undos: int
    #: Tickets admitted twice (`journal.doubles`), how many and which, in the order the
    #: second admissions happened.
    doubles: int = 0
    double_admissions: tuple[DoubleAdmission, ...] = ()

    @property
    def share(self) -> float:
        """Checked in / expected, 0.0 before anyone is expected."""
        return self.checked_in / self.expected if self.expected else 0.0


def compute_stats(
    attendees: Iterable[Attendee], log: Iterable[LogEntry], now: datetime
) -> DayStats:
    """Local time is `now`'s time zone, so pass an aware local `now` (e.g. from the clock)."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    expected = checked_in = no_shows = walk_ins = cancelled = 0
    cat_expected: Counter[str] = Counter()
    cat_in: Counter[str] = Counter()
    by_desk: dict[str, list[datetime]] = defaultdict(list)
    names: dict[int, str] = {}
    for a in attendees:
        active = a.status == Status.ACTIVE
        arrived = a.checked_in is not None and a.checked_in.at <= now
        # As the desk counts (store.rows.tally_stats): whoever came counts as expected,
        # even if the list cancelled or dropped them later, so "checked in" never
        # exceeds "expected" and checked in + no-shows = expected.
        if active or arrived:
            expected += 1
            cat_expected[a.category] += 1
            if not arrived:
                no_shows += 1
        if a.status == Status.CANCELLED:
            cancelled += 1
        if a.walk_in:
            walk_ins += 1
        if arrived and a.checked_in is not None:
            if a.id is not None:
                names[a.id] = " ".join(p for p in (a.first_name, a.last_name) if p)
            checked_in += 1
            cat_in[a.category] += 1
            by_desk[a.checked_in.desk].append(a.checked_in.at)

    rejected: Counter[str] = Counter()
    undos = 0
    admissions: list[LogEntry] = []
    for entry in log:
        if entry.at > now:
            continue
        if entry.kind == LogKind.REJECTED:
            rejected[entry.desk] += 1
        elif entry.kind == LogKind.UNDO:
            undos += 1
        if entry.result in (Outcome.ADMITTED, Outcome.UNDONE):
            admissions.append(entry)
    doubles = tuple(
        DoubleAdmission(d.code, names.get(d.attendee_id, ""), d.first, d.second)
        for d in journal.doubles(admissions)
    )

    categories = tuple(
        CategoryStats(cat, cat_expected[cat], cat_in[cat])
        for cat in sorted(set(cat_expected) | set(cat_in))
    )
    desks = tuple(
        _desk_stats(desk, sorted(by_desk.get(desk, [])), rejected[desk], now)
        for desk in sorted(set(by_desk) | set(rejected))
    )
    times = [t for ts in by_desk.values() for t in ts]
    return DayStats(
        now=now,
        expected=expected,
        checked_in=checked_in,
        no_shows=no_shows,
        walk_ins=walk_ins,
        cancelled=cancelled,
        categories=categories,
        arrivals=arrivals_per_slot(times, now),
        desks=desks,
        rejected_scans=sum(rejected.values()),
        undos=undos,
        doubles=len(doubles),
        double_admissions=doubles,
    )


def slot_start(at: datetime, now: datetime) -> datetime:
    """The local 15-minute slot `at` falls in (in `now`'s time zone)."""
    local = at.astimezone(now.tzinfo)
    return local.replace(minute=local.minute - local.minute % 15, second=0, microsecond=0)


def arrivals_per_slot(times: Iterable[datetime], now: datetime) -> tuple[tuple[datetime, int], ...]:
    """Arrivals counted per local 15-minute slot, from the first arrival on, with empty slots."""
    # Keyed and stepped in UTC: aware datetimes sharing a tzinfo add and compare in
    # wall time, which would repeat or skip a slot when the clocks change.
    counts: Counter[datetime] = Counter(slot_start(t, now).astimezone(UTC) for t in times)
    if not counts:
        return ()
    first, last = min(counts), max(counts)
    current = slot_start(now, now).astimezone(UTC)
    if last < current <= last + _TRAILING:
        last = current
    slots = []
    at = first
    while at <= last:
        slots.append((at.astimezone(now.tzinfo), counts.get(at, 0)))
        at += BUCKET
    return tuple(slots)


def _desk_stats(desk: str, times: list[datetime], rejected: int, now: datetime) -> DeskStats:
    gaps = [(b - a).total_seconds() for a, b in zip(times, times[1:], strict=False)]
    busy = [g for g in gaps if g <= IDLE_GAP.total_seconds()]
    busy_seconds = sum(busy)
    return DeskStats(
        desk=desk,
        admitted=len(times),
        first=times[0] if times else None,
        last=times[-1] if times else None,
        per_hour=(
            len(busy) * 3600 / busy_seconds
            if busy_seconds >= MIN_RATE_SPAN.total_seconds()
            else None
        ),
        median_gap_s=statistics.median(gaps) if gaps else None,
        last_hour=sum(1 for t in times if now - timedelta(hours=1) < t <= now),
        rejected=rejected,
    )
