"""A real event database with a scripted morning of check-ins, through the real rules.

Also run as a script to refresh docs/report-preview.png:
    .venv/bin/python tests/export/export_day.py
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from checkin.core.demo import create_demo_event
from checkin.core.model import Attendee
from checkin.core.rules import CheckInService
from checkin.core.store.sqlite import SQLiteStore

BERLIN = ZoneInfo("Europe/Berlin")
DOORS = datetime(2017, 3, 7, 8, 0, tzinfo=BERLIN)


class ScriptClock:
    """The injected clock: tests move it, nothing sleeps."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def scripted_event(path: Path, share: float = 0.7, seed: int = 7) -> tuple[SQLiteStore, datetime]:
    """Demo event; `share` of the guests arrive 08:00-10:30 at two desks, plus extras.

    Returns the store and the clock time after the last scripted action.
    """
    store = create_demo_event(path)
    rng = random.Random(seed)
    clock = ScriptClock(DOORS)
    service = CheckInService(store, clock)
    guests = list(store.iter_attendees())
    rng.shuffle(guests)
    arriving = guests[: int(len(guests) * share)]
    # Most guests come in the first hour, a tail until 10:30.
    offsets = sorted(rng.triangular(0, 9000, 1800) for _ in arriving)
    for guest, offset in zip(arriving, offsets, strict=True):
        clock.now = DOORS + timedelta(seconds=offset)
        desk = "Eingang Nord" if rng.random() < 0.6 else "Eingang Süd"
        assert guest.id is not None
        service.scan(guest.code, desk, "anna" if desk == "Eingang Nord" else "ben")
    clock.now += timedelta(minutes=1)
    service.scan("XXXX-NOT-A-CODE", "Eingang Nord", "anna")
    clock.now += timedelta(minutes=1)
    service.walk_in(
        Attendee(
            "",
            first_name="Walter",
            last_name="Spontan",
            company="=Nachmeldung AG",
            category="Teilnehmer",
        ),
        "Eingang Süd",
        "ben",
    )
    return store, clock.now


if __name__ == "__main__":  # pragma: no cover - a tool for the docs preview
    import subprocess
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from checkin.core.io.export import EventInfo
    from checkin.core.report import render_report
    from checkin.core.stats import compute_stats

    with tempfile.TemporaryDirectory() as tmp:
        store, now = scripted_event(Path(tmp) / "event.sqlite3")
        stats = compute_stats(store.iter_attendees(), store.iter_log(), now)
        pdf = render_report(stats, store.iter_attendees(), EventInfo.from_store(store))
        store.close()
        (Path(tmp) / "report.pdf").write_bytes(pdf)
        docs = Path(__file__).resolve().parents[2] / "docs"
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(Path(tmp) / "report.pdf"),
                str(docs / "report-preview"),
            ],
            check=True,
        )
        print(docs / "report-preview.png")
