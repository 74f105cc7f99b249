"""The organiser's report, built from a real database with a scripted morning."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from checkin.core.io.export import EventInfo
from checkin.core.report import render_report
from checkin.core.stats import compute_stats

from .export_day import scripted_event
from .export_fixtures import embedded_fonts


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, object]:
    store, now = scripted_event(tmp_path_factory.mktemp("report") / "event.sqlite3")
    stats = compute_stats(store.iter_attendees(), store.iter_log(), now)
    pdf = render_report(stats, store.iter_attendees(), EventInfo.from_store(store))
    store.close()
    return pdf, stats


def test_summary_page_shows_the_numbers(report) -> None:
    pdf, stats = report
    pages = [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    summary = pages[0]
    assert "Strategiekonferenz – Industrie der ZUKUNFT" in summary
    assert "07.03.2017" in summary  # ISO date from the store, shown the German way
    assert "Eingecheckt" in summary and str(stats.checked_in) in summary
    assert f"von {stats.expected}" in summary
    assert "Nicht erschienen" in summary and str(stats.no_shows) in summary
    assert "Ankünfte pro 15 Minuten" in summary and "08:00" in summary
    assert "Eingang Nord" in summary and "Eingang Süd" in summary
    for category in stats.categories:
        assert category.category in summary
    assert "Seite 1 von" in summary


def test_list_follows_with_every_guest_and_continuous_numbering(report, tmp_path: Path) -> None:
    pdf, stats = report
    pages = [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) > 2
    assert "Teilnehmerliste – Alle" in pages[1]
    for number, text in enumerate(pages, start=1):
        assert f"Seite {number} von" in text and str(len(pages)) in text
    everything = "\n".join(pages)
    assert "Spontan" in everything and "=Nachmeldung AG" in everything  # the walk-in
    assert "Summen nach Kategorie" in pages[-1] and "Gesamt" in pages[-1]


def test_report_embeds_only_dejavu(report, tmp_path: Path) -> None:
    pdf, _ = report
    out = tmp_path / "r.pdf"
    out.write_bytes(pdf)
    fonts = embedded_fonts(out)
    assert fonts and all(f.startswith("DejaVu") for f in fonts), fonts


def test_report_before_doors_open(tmp_path: Path) -> None:
    """No arrivals yet: the chart says so instead of failing."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    stats = compute_stats([], [], datetime(2026, 5, 14, 7, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    pdf = render_report(stats, [], EventInfo("Leer"))
    text = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Noch keine Ankünfte." in text and "Noch kein Tisch aktiv." in text


def test_report_is_byte_stable(tmp_path: Path) -> None:
    """ReportLab's invariant mode: same data, same bytes (diffable, golden-testable)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from checkin.core.model import Attendee, CheckInState

    berlin = ZoneInfo("Europe/Berlin")
    at = datetime(2026, 5, 14, 9, 0, tzinfo=berlin)
    people = [
        Attendee("A", first_name="Anna", last_name="Nowak", checked_in=CheckInState(at, "D1", "op"))
    ]
    stats = compute_stats(people, [], at)
    stamp = datetime(2026, 5, 14, 18, 0, tzinfo=berlin)
    first = render_report(stats, people, EventInfo("E"), generated_at=stamp)
    again = render_report(stats, people, EventInfo("E"), generated_at=stamp)
    assert first == again


def test_a_desk_whose_check_ins_fell_in_one_second_has_no_rate() -> None:
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from checkin.core.model import Attendee, CheckInState

    start = datetime(2026, 5, 14, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    people = [
        Attendee(
            f"S{i}",
            first_name=f"G{i}",
            last_name="Gast",
            id=i,
            checked_in=CheckInState(start + timedelta(milliseconds=200 * i), "Eingang Ost", "o"),
        )
        for i in range(4)
    ]
    stats = compute_stats(people, [], start + timedelta(minutes=30))
    text = pypdf.PdfReader(io.BytesIO(render_report(stats, people, EventInfo("X")))).pages[0]
    lines = text.extract_text().splitlines()
    at = lines.index("Eingang Ost")
    # Tisch, Gäste, letzte Stunde, Gäste/h: no 18,000 guests per hour
    assert lines[at : at + 4] == ["Eingang Ost", "4", "4", "–"], lines[at : at + 6]
