"""Lists saved by Excel on a Czech or Polish Windows (Windows-1250) keep their names."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkin.core.io import parse_list

HEADER = "Vorname;Nachname;Firma\n"


@pytest.mark.parametrize(
    ("rows", "codec", "expected"),
    [
        ("Jiří;Dvořák;Škoda Auto\nŁukasz;Wiśniewski;Politechnika Łódzka\n", "cp1250", "cp1250"),
        ("Zdeněk;Černý;Elbtal Robotik\n", "cp1250", "cp1250"),
        ("Jürgen;Müller;Straßenbau GmbH\nÖzlem;Öztürk;Bäckerei Süß\n", "cp1252", "cp1252"),
        ("René;Lefèvre;Société Générale\nJosé;Nuñez;Café\n", "cp1252", "cp1252"),
    ],
)
def test_windows_code_page_is_recognised(
    tmp_path: Path, rows: str, codec: str, expected: str
) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes((HEADER + rows).encode(codec))
    parsed = parse_list(path)
    assert parsed.encoding == expected
    got = [(r.attendee.first_name, r.attendee.last_name, r.attendee.company) for r in parsed.rows]
    want = [tuple(line.split(";")) for line in rows.strip().split("\n")]
    assert got == want
