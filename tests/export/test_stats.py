"""A scripted event day, replayed with an injected clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkin.core.model import Attendee, Category, CheckInState, LogEntry, LogKind, Status
from checkin.core.stats import CategoryStats, compute_stats

BERLIN = ZoneInfo("Europe/Berlin")
DAY = datetime(2026, 5, 14, tzinfo=BERLIN)


def t(hhmm: str, second: int = 0) -> datetime:
    h, m = map(int, hhmm.split(":"))
    return DAY.replace(hour=h, minute=m, second=second)


#: (arrival, desk) for the checked-in guests; times are local Berlin time.
SCRIPT = [
    ("08:01", "D1"),
    ("08:02", "D1"),
    ("08:03", "D1"),
    ("08:05", "D2"),
    ("08:14", "D2"),
    ("08:16", "D1"),  # next slot
    ("08:50", "D1"),  # after a 34-minute pause at D1
    ("09:10", "D2"),
]


def scripted_day() -> tuple[list[Attendee], list[LogEntry]]:
    people = []
    for i, (hhmm, desk) in enumerate(SCRIPT):
        at = t(hhmm).astimezone(ZoneInfo("UTC"))  # stores hand back UTC; stats use local
        people.append(
            Attendee(
                f"A{i}",
                first_name=f"G{i}",
                last_name="Gast",
                category=Category.SPEAKER if i < 2 else Category.PARTICIPANT,
                id=i,
                checked_in=CheckInState(at, desk, "op"),
                walk_in=i == 7,
            )
        )
    people += [
        Attendee("N1", first_name="No", last_name="Show", category=Category.PARTICIPANT, id=100),
        Attendee("N2", first_name="No", last_name="Show", category=Category.PRESS, id=101),
        Attendee(
            "X1",
            first_name="Can",
            last_name="Celled",
            category=Category.PARTICIPANT,
            status=Status.CANCELLED,
        ),
    ]
    log = [
        LogEntry(a.checked_in.at, LogKind.CHECKIN, a.checked_in.desk, "op")
        for a in people
        if a.checked_in
    ]
    log += [
        LogEntry(t("08:04"), LogKind.REJECTED, "D1", "op", raw_input="garbage", result="unknown"),
        LogEntry(t("08:30"), LogKind.UNDO, "D2", "op"),
        LogEntry(t("12:00"), LogKind.REJECTED, "D2", "op", raw_input="later", result="unknown"),
    ]
    return people, sorted(log, key=lambda e: e.at)


def test_totals_at_the_end_of_the_day() -> None:
    people, log = scripted_day()
    s = compute_stats(people, log, t("09:15"))
    assert (s.expected, s.checked_in, s.no_shows, s.walk_ins, s.cancelled) == (10, 8, 2, 1, 1)
    assert s.share == pytest.approx(0.8)
    assert s.categories == (
        CategoryStats(Category.PRESS, 1, 0),
        CategoryStats(Category.SPEAKER, 2, 2),
        CategoryStats(Category.PARTICIPANT, 7, 6),
    )
    assert s.rejected_scans == 1  # the 12:00 one has not happened yet
    assert s.undos == 1


def test_arrivals_per_quarter_hour_in_local_time() -> None:
    people, log = scripted_day()
    s = compute_stats(people, log, t("09:15"))
    assert [(at.strftime("%H:%M"), n) for at, n in s.arrivals] == [
        ("08:00", 5),
        ("08:15", 1),
        ("08:30", 0),
        ("08:45", 1),
        ("09:00", 1),
        ("09:15", 0),  # the current, still empty slot
    ]
    assert all(at.tzinfo is BERLIN for at, _ in s.arrivals)


def test_replaying_the_morning_moves_with_the_clock() -> None:
    people, log = scripted_day()
    early = compute_stats(people, log, t("08:04", 30))
    assert early.checked_in == 3 and early.no_shows == 7
    assert [(at.strftime("%H:%M"), n) for at, n in early.arrivals] == [("08:00", 3)]
    before = compute_stats(people, log, t("07:30"))
    assert before.checked_in == 0 and before.arrivals == () and before.desks == ()


def test_desk_throughput() -> None:
    people, log = scripted_day()
    s = compute_stats(people, log, t("09:15"))
    d1, d2 = s.desks
    assert (d1.desk, d1.admitted, d1.rejected) == ("D1", 5, 1)
    # D1 gaps: 60 s, 60 s, 780 s, 2040 s -> median 420 s; busy only the two 60 s gaps.
    assert d1.median_gap_s == 420
    assert d1.per_hour == pytest.approx(60.0)
    assert d1.last_hour == 2  # 08:16 and 08:50 lie within (08:15, 09:15]
    assert d1.first == t("08:01") and d1.last == t("08:50")
    # D2: 08:05, 08:14, 09:10 -> gaps 540 s and 3360 s.
    assert (d2.admitted, d2.median_gap_s) == (3, 1950)
    assert d2.per_hour == pytest.approx(3600 / 540)


def test_single_guest_desk_has_no_rate() -> None:
    people, log = scripted_day()
    s = compute_stats(people[:1], [], t("08:30"))
    (desk,) = s.desks
    assert desk.per_hour is None and desk.median_gap_s is None and desk.admitted == 1


def test_dst_change_neither_repeats_nor_skips_a_slot() -> None:
    """Night of 25 October 2026: 03:00 CEST becomes 02:00 CET."""
    first = datetime(2026, 10, 25, 1, 50, tzinfo=BERLIN)
    people = [
        Attendee(f"A{i}", checked_in=CheckInState(first + timedelta(minutes=30 * i), "D", "o"))
        for i in range(6)
    ]
    s = compute_stats(people, [], first + timedelta(hours=3))
    # Compare instants: aware datetimes in one zone compare by wall time, ignoring fold.
    starts = [at.astimezone(ZoneInfo("UTC")) for at, _ in s.arrivals]
    assert {b - a for a, b in zip(starts, starts[1:], strict=False)} == {timedelta(minutes=15)}
    local = [at.strftime("%H:%M%z") for at, _ in s.arrivals]
    assert "02:15+0200" in local and "02:15+0100" in local  # the repeated hour, twice
    assert sum(n for _, n in s.arrivals) == 6


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError):
        compute_stats([], [], datetime(2026, 5, 14, 9, 0))


@given(
    st.lists(st.integers(min_value=0, max_value=12 * 3600), max_size=60),
    st.integers(min_value=0, max_value=13 * 3600),
)
def test_every_arrival_until_now_lands_in_exactly_one_slot(offsets: list[int], now_s: int) -> None:
    people = [
        Attendee(f"A{i}", checked_in=CheckInState(t("07:00") + timedelta(seconds=s), "D", "o"))
        for i, s in enumerate(offsets)
    ]
    now = t("07:00") + timedelta(seconds=now_s)
    s = compute_stats(people, [], now)
    assert sum(n for _, n in s.arrivals) == s.checked_in == sum(1 for o in offsets if o <= now_s)
    assert all(at.minute % 15 == 0 and at.second == 0 for at, _ in s.arrivals)


def test_the_report_counts_as_the_desk_does(tmp_path) -> None:  # noqa: ANN001
    """A guest who came and was then dropped or cancelled by the list still counts as
    expected: report and desk counters agree, and checked in + no-shows = expected."""
    from checkin.core.store.base import ImportPlan
    from checkin.core.store.sqlite import SQLiteStore

    store = SQLiteStore.open(tmp_path / "event.sqlite3")
    store.apply_import(
        ImportPlan(
            inserts=(
                Attendee("K1", first_name="Anna", last_name="Alt", category=Category.PARTICIPANT),
                Attendee(
                    "K2", first_name="Bert", last_name="Bleibt", category=Category.PARTICIPANT
                ),
                Attendee("K3", first_name="Cleo", last_name="Cancel", category=Category.PRESS),
            )
        ),
        t("07:00"),
    )
    ids = {a.code: a.id for a in store.iter_attendees()}
    store.check_in(ids["K1"], t("08:00"), "D1", "op")
    store.check_in(ids["K3"], t("08:05"), "D1", "op")
    anna, cleo = store.get_attendee(ids["K1"]), store.get_attendee(ids["K3"])
    store.update_attendee(replace(anna, status=Status.REMOVED))
    store.update_attendee(replace(cleo, status=Status.CANCELLED))
    s = compute_stats(store.iter_attendees(), store.iter_log(), t("09:00"))
    desk = store.stats()
    assert (
        (s.expected, s.checked_in, s.no_shows) == (desk.expected, desk.checked_in, 1) == (3, 2, 1)
    )
    assert {(c.category, c.expected, c.checked_in) for c in s.categories} == {
        (cat, e, i) for cat, (e, i) in desk.by_category.items()
    }
    store.close()


@pytest.mark.parametrize("spread_ms", [0, 300, 999, 59_000])
def test_check_ins_within_a_moment_give_no_rate(spread_ms: int) -> None:
    """Three check-ins within a second (or a minute) are no measure of a desk's speed:
    "–", not 10,800 or 36,000 guests per hour."""
    start = t("09:00")
    people = [
        Attendee(
            f"S{i}",
            id=i,
            checked_in=CheckInState(start + timedelta(milliseconds=spread_ms * i / 2), "D", "o"),
        )
        for i in range(3)
    ]
    (desk,) = compute_stats(people, [], t("09:30")).desks
    assert desk.admitted == 3 and desk.per_hour is None


def test_a_minute_of_work_gives_a_rate() -> None:
    start = t("09:00")
    people = [
        Attendee(
            f"S{i}", id=i, checked_in=CheckInState(start + timedelta(seconds=30 * i), "D", "o")
        )
        for i in range(3)
    ]
    (desk,) = compute_stats(people, [], t("09:30")).desks
    assert desk.per_hour == pytest.approx(120.0)
