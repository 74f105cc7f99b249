"""The printed list: what a person sees (text, page numbers, totals) and embedded fonts."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pypdf

from checkin.core.io.export import EventInfo, export_attendance
from checkin.core.model import Attendee, Category

from .export_fixtures import BERLIN, embedded_fonts

EVENT = EventInfo("Strategiekonferenz 2026", "14.05.2026", "Berlin")
STAMP = datetime(2026, 5, 14, 18, 0, tzinfo=BERLIN)


def pdf_text(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def test_attended_list_shows_names_times_desks_and_totals(tmp_path: Path, guests) -> None:
    out = tmp_path / "list.pdf"
    result = export_attendance(
        guests, out, what="attended", fmt="pdf", event=EVENT, tz=BERLIN, generated_at=STAMP
    )
    assert result.rows == 3
    (text,) = pdf_text(out)
    for expected in (
        "Strategiekonferenz 2026",
        "Teilnehmerliste – Anwesende",
        "14.05.2026",
        "Nowak",
        "Müller; Sohn",
        "@home GmbH",
        "14.05. 08:05",
        "D2",
        "Summen nach Kategorie",
        "Stand: 14.05.2026 18:00",
    ):
        assert expected in text, expected
    assert "Öztürk" not in text  # not checked in
    assert "Gesamt" in text and "Seite 1 von" in text
    # Sorted by name, as handed in: Kühn before Müller before Nowak.
    assert text.index("Kühn") < text.index("Müller") < text.index("Nowak")


def test_many_pages_are_numbered_with_the_total(tmp_path: Path) -> None:
    people = [
        Attendee(
            f"C{i}", first_name="Vorname", last_name=f"Name{i:04d}", category=Category.KNOWN[i % 3]
        )
        for i in range(250)
    ]
    out = tmp_path / "long.pdf"
    export_attendance(people, out, fmt="pdf", event=EVENT)
    pages = pdf_text(out)
    assert len(pages) >= 4
    for number, text in enumerate(pages, start=1):
        assert f"Seite {number} von" in text
        assert f"\n{len(pages)}" in text or f"von {len(pages)}" in text
    last = pages[-1]
    assert "Gesamt" in last and "250" in last
    for category in Category.KNOWN[:3]:
        assert category in last


def test_fonts_are_embedded_dejavu_never_helvetica(tmp_path: Path, guests) -> None:
    out = tmp_path / "list.pdf"
    export_attendance(guests, out, fmt="pdf", event=EVENT)
    fonts = embedded_fonts(out)
    assert fonts and all(name.startswith("DejaVu") for name in fonts), fonts


def test_long_names_are_cut_to_their_column(tmp_path: Path) -> None:
    long_company = "Internationale Gesellschaft für außerordentlich lange Firmennamen mbH"
    out = tmp_path / "cut.pdf"
    export_attendance(
        [Attendee("C", first_name="A", last_name="B", company=long_company)], out, fmt="pdf"
    )
    (text,) = pdf_text(out)
    assert "Internationale Gesellschaft" in text and "…" in text
    assert long_company not in text


def test_name_and_company_only_pdf(tmp_path: Path, guests) -> None:
    out = tmp_path / "min.pdf"
    export_attendance(guests, out, fmt="pdf", columns=["name", "company"])
    (text,) = pdf_text(out)
    assert "Dr. Anna Nowak" in text and "D1" not in text
