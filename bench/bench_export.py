"""Export throughput for a large event: CSV, XLSX and the PDF list for 200,000 attendees.

Run: .venv/bin/python bench/bench_export.py [N]. Prints wall and CPU seconds (CPU
time is the steadier figure on a shared machine) and how much the peak RSS grew
during each export (tracemalloc is too slow at this size).
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checkin.core.io.export import EventInfo, export_attendance, export_log
from checkin.core.model import Attendee, Category, CheckInState, LogEntry, LogKind

BERLIN = ZoneInfo("Europe/Berlin")
FIRST = ["Anna", "Jürgen", "Zoë", "Łukasz", "Mehmet", "Ngọc", "Søren", "Élodie", "Paul", "Iwona"]
LAST = ["Nowak", "Müller", "Öztürk", "Schäfer", "Nguyễn", "Dvořák", "Weiß", "Ångström", "Kühn"]


def attendees(n: int) -> Iterator[Attendee]:
    """Deterministic guests in name order, about 70 % checked in."""
    start = datetime(2026, 5, 14, 8, 0, tzinfo=BERLIN)
    for i in range(n):
        state = None
        if i % 10 < 7:
            state = CheckInState(start + timedelta(seconds=(i * 37) % 30000), f"D{i % 4 + 1}", "op")
        yield Attendee(
            code=f"C{i:07d}",
            first_name=FIRST[i % len(FIRST)],
            last_name=f"{LAST[(i // 1000) % len(LAST)]}-{i // 10:05d}",
            company=f"Firma {i % 997} GmbH & Co. KG" if i % 13 else '=HYPERLINK("x")',
            category=Category.KNOWN[i % len(Category.KNOWN)],
            email=f"guest{i}@example.org",
            id=i + 1,
            checked_in=state,
            walk_in=i % 50 == 0,
        )


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(label: str, fn) -> None:  # type: ignore[no-untyped-def]
    before = rss_mb()
    t0, cpu0 = time.perf_counter(), time.process_time()
    result = fn()
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    grew = rss_mb() - before
    size = result.path.stat().st_size / 1e6
    print(
        f"{label:<28} {elapsed:7.2f} s (CPU {cpu:6.2f} s)  {result.rows:>8} rows  {size:7.1f} MB  "
        f"peak RSS +{grew:.0f} MB"
    )


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    event = EventInfo("Strategiekonferenz 2026", "14.05.2026", "Berlin")
    # Built once up front: the exporters are measured, not the guest generator. The
    # store streams in the same way, so RSS growth beyond this list is the exporter's.
    people = list(attendees(n))
    print(f"{n} attendees in memory, peak RSS {rss_mb():.0f} MB")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        timed(
            "CSV (all, default columns)",
            lambda: export_attendance(people, out / "a.csv", fmt="csv", tz=BERLIN),
        )
        timed(
            "XLSX (all, default columns)",
            lambda: export_attendance(people, out / "a.xlsx", fmt="xlsx", tz=BERLIN),
        )
        timed(
            "PDF list (all)",
            lambda: export_attendance(people, out / "a.pdf", fmt="pdf", event=event, tz=BERLIN),
        )

        def log() -> Iterator[LogEntry]:
            for a in people:
                if a.checked_in:
                    yield LogEntry(
                        a.checked_in.at,
                        LogKind.CHECKIN,
                        a.checked_in.desk,
                        "op",
                        raw_input=a.code,
                        result="admitted",
                        attendee_id=a.id,
                    )

        names = {a.id: a for a in people if a.id is not None}
        timed("log CSV", lambda: export_log(log(), names, out / "log.csv", "csv", tz=BERLIN))


if __name__ == "__main__":
    main()
