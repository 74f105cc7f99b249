from __future__ import annotations

import csv
from pathlib import Path

import pytest

from checkin.core.io.export import (
    DEFAULT_COLUMNS,
    EventInfo,
    ExportResult,
    export_attendance,
    export_log,
    restore,
)
from checkin.core.model import Attendee

from .export_fixtures import BERLIN


def read_csv(path: Path, delimiter: str = ";") -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM so Excel detects the encoding"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=delimiter))


def test_all_columns_round_trip(tmp_path: Path, guests: list[Attendee]) -> None:
    out = tmp_path / "all.csv"
    result = export_attendance(guests, out, what="all", tz=BERLIN)
    assert result == ExportResult(len(guests), out)
    rows = read_csv(out)
    assert rows[0] == ["Nachname", "Vorname", "Firma", "Kategorie", "Eingecheckt", "Tisch"]
    assert len(DEFAULT_COLUMNS) == len(rows[0])
    body = [[restore(c) for c in row] for row in rows[1:]]
    for row, a in zip(body, guests, strict=True):
        assert row[:4] == [a.last_name, a.first_name, a.company, a.category]
        if a.checked_in:
            local = a.checked_in.at.astimezone(BERLIN).strftime("%Y-%m-%d %H:%M:%S")
            assert row[4:] == [local, a.checked_in.desk]
        else:
            assert row[4:] == ["", ""]


def test_semicolons_quotes_and_line_breaks_survive(tmp_path: Path, guests: list[Attendee]) -> None:
    out = tmp_path / "tricky.csv"
    export_attendance(guests, out, columns=["last_name", "company"])
    rows = read_csv(out)[1:]
    mueller = next(r for r in rows if r[0].startswith("Müller"))
    assert mueller == ["Müller; Sohn", 'Firma "Zukunft"\nzweite Zeile']


def test_comma_delimiter(tmp_path: Path, guests: list[Attendee]) -> None:
    out = tmp_path / "comma.csv"
    export_attendance(guests, out, columns=["name", "company"], delimiter=",")
    rows = read_csv(out, delimiter=",")
    assert rows[0] == ["Name", "Firma"]
    assert ["Dr. Anna Nowak", "@home GmbH"] in [[restore(c) for c in r] for r in rows]


@pytest.mark.parametrize(
    ("what", "codes"),
    [
        ("attended", {"A1", "A2", "A5"}),
        ("noshow", {"A3"}),
        ("walkin", {"A5"}),
        ("cancelled", {"A4"}),
        ("all", {"A1", "A2", "A3", "A4", "A5"}),
    ],
)
def test_what_filters(tmp_path: Path, guests: list[Attendee], what: str, codes: set[str]) -> None:
    out = tmp_path / f"{what}.csv"
    result = export_attendance(guests, out, what=what, columns=["code"])
    assert {row[0] for row in read_csv(out)[1:]} == codes
    assert result.rows == len(codes)


def test_name_and_company_only(tmp_path: Path, guests: list[Attendee]) -> None:
    """Data minimisation: nothing but the two chosen columns leaves the building."""
    out = tmp_path / "min.csv"
    export_attendance(guests, out, columns=["name", "company"])
    text = out.read_text(encoding="utf-8-sig")
    assert "anna@example.org" not in text and "D1" not in text
    assert all(len(row) == 2 for row in read_csv(out))


def test_unknown_column_is_refused_before_writing(tmp_path: Path, guests: list[Attendee]) -> None:
    with pytest.raises(ValueError, match="unknown column 'shoe_size'"):
        export_attendance(guests, tmp_path / "x.csv", columns=["name", "shoe_size"])
    assert list(tmp_path.iterdir()) == []


def test_extra_field_column(tmp_path: Path) -> None:
    out = tmp_path / "extra.csv"
    export_attendance(
        [Attendee("X", first_name="A", last_name="B", extra={"Raum": "K3"})],
        out,
        columns=["extra.Raum"],
    )
    assert read_csv(out) == [["Raum"], ["K3"]]


def test_log_export_lists_every_entry(tmp_path: Path, guests, log_entries) -> None:
    out = tmp_path / "log.csv"
    by_id = {a.id: a for a in guests if a.id is not None}
    result = export_log(log_entries, by_id, out, "csv", tz=BERLIN)
    rows = read_csv(out)
    assert result.rows == len(log_entries) == len(rows) - 1
    assert rows[0][:4] == ["Zeit", "Vorgang", "Tisch", "Bearbeiter"]
    kinds = [r[1] for r in rows[1:]]
    assert kinds == [
        "Check-in",
        "Abgewiesen",
        "Check-in",
        "Rückgängig",
        "Check-in",
        "Nachmeldung",
        "Badge gedruckt",
    ]
    rejected = rows[2]
    assert restore(rejected[4]) == "=cmd|' /C calc'!A0" and rejected[4] != rejected[4][1:]
    assert rows[1][0] == "2026-05-14 08:05:00"
    assert rows[1][7] == "Dr. Anna Nowak"


def test_pdf_format_for_the_log_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        export_log([], {}, tmp_path / "log.pdf", "pdf")


def test_export_does_not_consume_more_than_it_writes(tmp_path: Path, guests) -> None:
    """Streaming: a generator is enough, nothing needs a list or len()."""
    out = tmp_path / "gen.csv"
    result = export_attendance((a for a in guests), out, event=EventInfo("E"))
    assert result.rows == len(guests)
