"""Excel workbooks: header below title rows, merged cells, hidden columns, the right sheet."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from checkin.core.io import ListFileError, ProblemReason, parse_list, read_table, xlsxfile
from checkin.core.model import DEFAULT_TIMEZONE

FIXTURES = Path(__file__).parent / "fixtures"


def test_hand_made_workbook():
    parsed = parse_list(FIXTURES / "excel_list.xlsx")
    # The cover sheet comes first; the list is on the second sheet.
    assert parsed.sheet == "Anmeldungen"
    assert [(r.line, r.attendee.first_name, r.attendee.last_name) for r in parsed.rows] == [
        (5, "Doreen", "Seidel"),
        (6, "Falk", "Uhlig"),
        (7, "Agnieszka", "Nowak"),
        (8, "Ralf", "Kretzschmar"),
    ]
    seidel, uhlig, nowak, kretzschmar = (r.attendee for r in parsed.rows)
    # A company merged over two rows belongs to both people.
    assert uhlig.company == seidel.company == "Pleißental Maschinenbau GmbH"
    # Text codes keep their zeros; integer cells become their digits, never "4711.0".
    assert seidel.code == "000123456789012345678"
    assert uhlig.code == "4711"
    assert kretzschmar.code == ""  # the merge step will generate one
    assert kretzschmar.title == "Dr."
    # The hidden column is still read (kept as extra data), and a date cell as ISO text.
    assert seidel.extra == {"Interne ID": "5001", "Anmeldedatum": "2017-02-01 09:30:00"}
    # A 21-digit barcode stored as a number has lost digits: said, not hidden.
    reasons = {(p.line, p.reason) for p in parsed.problems}
    assert (7, ProblemReason.UNREADABLE_VALUE) in reasons
    # The "Summe" line below the list is not a guest.
    assert (10, ProblemReason.NO_NAME) in reasons


def test_read_table_reports_sheets_and_hidden_columns():
    table = read_table(FIXTURES / "excel_list.xlsx", max_rows=1)
    assert table.format == "xlsx"
    assert table.sheet_names == ["Deckblatt", "Anmeldungen"]
    assert table.header_line == 4
    assert table.rows[0][0] == 5
    assert any("Interne ID" in w for w in table.warnings)


def test_explicit_sheet(tmp_path):
    with pytest.raises(ListFileError, match="Deckblatt, Anmeldungen"):
        parse_list(FIXTURES / "excel_list.xlsx", sheet="Tabelle1")
    with pytest.raises(ListFileError, match="names"):
        parse_list(FIXTURES / "excel_list.xlsx", sheet="Deckblatt")


def test_xlsx_renamed_to_csv_opens_as_excel(tmp_path):
    renamed = tmp_path / "teilnehmer.csv"
    shutil.copy(FIXTURES / "hievents_attendees.xlsx", renamed)
    parsed = parse_list(renamed)
    assert parsed.format == "xlsx"
    assert len(parsed.rows) == 3


def build(tmp_path, rows, name="liste.xlsx"):
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


def test_number_and_date_cells(tmp_path):
    path = build(
        tmp_path,
        [
            ["Ticket-ID", "Vorname", "Nachname", "Eingecheckt", "Check-in Zeit", "VIP"],
            [1234567890123, "Anja", "Böhme", True, datetime(2017, 3, 7, 9, 5), "ja"],
            [42.0, "Uwe", "Kühn", False, None, None],
            ["A-7", "Lenka", "Marková", None, None, "Protokoll"],
        ],
    )
    rows = parse_list(path).rows
    assert [r.attendee.code for r in rows] == ["1234567890123", "42", "A-7"]
    assert rows[0].checked_in_at == datetime(2017, 3, 7, 9, 5, tzinfo=DEFAULT_TIMEZONE)
    assert rows[1].checked_in_at is None
    assert rows[0].attendee.attention and not rows[1].attendee.attention
    assert rows[2].attendee.attention_note == "Protokoll"


def test_large_workbook_in_streaming_mode(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsxfile, "XLSX_FULL_MODE_LIMIT", 0)
    path = build(
        tmp_path,
        [["Liste"], [], ["Vorname", "Nachname"], ["Anja", "Böhme"], [], ["Uwe", "Kühn"]],
    )
    parsed = parse_list(path)
    assert [(r.line, r.attendee.last_name) for r in parsed.rows] == [(4, "Böhme"), (6, "Kühn")]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04" + b"\x00" * 200, "cut off"),  # no central directory: the end is missing
        (b"PK\x03\x04" + b"\x00" * 200 + b"PK\x05\x06" + b"\x00" * 18, "ZIP"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old Excel"),
    ],
)
def test_broken_or_old_workbooks(tmp_path, data, message):
    path = tmp_path / "liste.xlsx"
    path.write_bytes(data)
    with pytest.raises(ListFileError, match=message):
        parse_list(path)
