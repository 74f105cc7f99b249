from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl

from checkin.core.io.export import export_attendance, export_log
from checkin.core.model import Attendee

from .export_fixtures import BERLIN


def test_xlsx_matches_the_input(tmp_path: Path, guests: list[Attendee]) -> None:
    out = tmp_path / "a.xlsx"
    export_attendance(guests, out, fmt="xlsx", tz=BERLIN)
    ws = openpyxl.load_workbook(out)["Teilnehmer"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("Nachname", "Vorname", "Firma", "Kategorie", "Eingecheckt", "Tisch")
    for row, a in zip(rows[1:], guests, strict=True):
        assert row[:4] == (a.last_name, a.first_name, a.company, a.category)
        if a.checked_in:
            expected = a.checked_in.at.astimezone(BERLIN).replace(tzinfo=None)
            assert row[4] == expected and isinstance(row[4], datetime)
            assert row[5] == a.checked_in.desk
        else:
            assert row[4:] == (None, None)


def test_xlsx_header_is_bold_frozen_filtered_and_sized(tmp_path: Path, guests) -> None:
    out = tmp_path / "a.xlsx"
    export_attendance(guests, out, fmt="xlsx", tz=BERLIN)
    ws = openpyxl.load_workbook(out)["Teilnehmer"]
    assert all(cell.font.b for cell in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:F{len(guests) + 1}"
    assert ws.column_dimensions["C"].width >= 20  # company
    checked_in = next(c for c in ws["E"][1:] if c.value is not None)
    assert checked_in.is_date


def test_line_breaks_and_quotes_survive_in_xlsx(tmp_path: Path, guests) -> None:
    out = tmp_path / "a.xlsx"
    export_attendance(guests, out, fmt="xlsx", columns=["last_name", "company"])
    values = {r[0]: r[1] for r in openpyxl.load_workbook(out).active.iter_rows(values_only=True)}
    assert values["Müller; Sohn"] == 'Firma "Zukunft"\nzweite Zeile'


def test_control_characters_xlsx_cannot_hold_are_dropped(tmp_path: Path) -> None:
    out = tmp_path / "a.xlsx"
    export_attendance(
        [Attendee("C", first_name="A\x0cnna", last_name="B\x00")],
        out,
        fmt="xlsx",
        columns=["first_name", "last_name"],
    )
    assert list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))[1] == ("Anna", "B")


def test_log_as_xlsx(tmp_path: Path, guests, log_entries) -> None:
    out = tmp_path / "log.xlsx"
    export_log(log_entries, {a.id: a for a in guests}, out, "xlsx", tz=BERLIN)
    ws = openpyxl.load_workbook(out)["Protokoll"]
    rows = list(ws.iter_rows(values_only=True))
    assert len(rows) == len(log_entries) + 1
    assert rows[2][1] == "Abgewiesen" and rows[2][4] == "=cmd|' /C calc'!A0"
    assert ws["E3"].data_type == "s"
    assert rows[1][0] == datetime(2026, 5, 14, 8, 5)
