"""Formula neutralisation: nothing a guest typed may run as a formula in Excel or LibreOffice."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkin.core.io.export import export_attendance, neutralise, restore
from checkin.core.io.export.safety import DANGEROUS_FIRST, MARKER
from checkin.core.model import Attendee

DANGEROUS = ["=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"]
PAYLOADS = [f'{c}HYPERLINK("http://evil";"x")' for c in DANGEROUS]


def test_every_dangerous_first_character_is_covered() -> None:
    assert set(DANGEROUS) == set(DANGEROUS_FIRST)


@pytest.mark.parametrize("payload", PAYLOADS, ids=[repr(c) for c in DANGEROUS])
def test_csv_cell_is_defused_but_reads_the_same(tmp_path: Path, payload: str) -> None:
    out = tmp_path / "x.csv"
    export_attendance(
        [Attendee("C", first_name="A", last_name="B", company=payload)], out, columns=["company"]
    )
    with out.open(encoding="utf-8-sig", newline="") as fh:
        cell = list(csv.reader(fh, delimiter=";"))[1][0]
    # The first character is no longer one a spreadsheet evaluates ...
    assert cell[0] not in DANGEROUS_FIRST
    # ... and the only addition is an invisible zero-width space.
    assert cell == MARKER + payload
    assert restore(cell) == payload


@pytest.mark.parametrize("payload", PAYLOADS, ids=[repr(c) for c in DANGEROUS])
def test_xlsx_cell_is_an_explicit_string(tmp_path: Path, payload: str) -> None:
    out = tmp_path / "x.xlsx"
    export_attendance(
        [Attendee("C", first_name="A", last_name="B", company=payload)],
        out,
        columns=["company"],
        fmt="xlsx",
    )
    cell = openpyxl.load_workbook(out)["Teilnehmer"]["A2"]
    assert cell.data_type == "s"
    assert cell.value == payload  # visible text unchanged, no marker needed
    sheet_xml = zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and 't="inlineStr"' in sheet_xml


def test_harmless_at_company_reads_correctly(tmp_path: Path) -> None:
    at_home = Attendee("C", first_name="A", last_name="B", company="@home GmbH")
    csv_out, xlsx_out = tmp_path / "x.csv", tmp_path / "x.xlsx"
    export_attendance([at_home], csv_out, columns=["company"])
    export_attendance([at_home], xlsx_out, columns=["company"], fmt="xlsx")
    csv_cell = csv_out.read_text(encoding="utf-8-sig").splitlines()[1]
    assert csv_cell.replace(MARKER, "") == "@home GmbH"  # what a person sees
    assert openpyxl.load_workbook(xlsx_out).active["A1"].value == "Firma"
    assert openpyxl.load_workbook(xlsx_out).active["A2"].value == "@home GmbH"


def test_plain_text_is_untouched() -> None:
    for text in ("Anna", "", "1+1", "a=b", "Müller-Lüdenscheidt"):
        assert neutralise(text) == text


@given(st.text())
def test_restore_inverts_neutralise(text: str) -> None:
    assert restore(neutralise(text)) == text
    assert not neutralise(text)[:1] or neutralise(text)[0] not in DANGEROUS_FIRST
