"""Regression tests for list-reading bugs found in the import audit (one section per fix)."""

from __future__ import annotations

from pathlib import Path

from checkin.core.io import parse_list


def write(tmp_path: Path, data: bytes, name: str = "liste.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def people(parsed) -> list[tuple[str, str]]:
    return [(r.attendee.first_name, r.attendee.last_name) for r in parsed.rows]


# -- 1. a one-word title row that names a field, a second title row, then the header ------


def test_two_title_rows_above_the_header_do_not_make_a_one_column_list(tmp_path):
    data = (
        b"Teilnehmer\r\nStand: 01.03.2025\r\nVorname;Nachname;Firma;Code\r\n"
        b"Anna;Schmidt;ACME;L1\r\nBen;Meier;Beta;L2\r\n"
    )
    parsed = parse_list(write(tmp_path, data))
    assert parsed.delimiter == ";"
    assert parsed.headers == ["Vorname", "Nachname", "Firma", "Code"]
    assert people(parsed) == [("Anna", "Schmidt"), ("Ben", "Meier")]
    assert [r.attendee.code for r in parsed.rows] == ["L1", "L2"]
    assert [r.line for r in parsed.rows] == [4, 5]


def test_a_one_column_name_list_below_a_title_keeps_its_commas(tmp_path):
    data = "Gästeliste\nName\nMüller, Anna\nSchulz, Bernd\n".encode()
    parsed = parse_list(write(tmp_path, data))
    assert people(parsed) == [("Anna", "Müller"), ("Bernd", "Schulz")]
