"""Whatever bytes a list file holds, reading it ends with rows or a ListFileError."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkin.core.io import ListFileError, ParsedList, parse_list, read_table

FIXTURES = Path(__file__).parent / "fixtures"
WORKBOOK = (FIXTURES / "hievents_attendees.xlsx").read_bytes()

SETTINGS = settings(
    max_examples=150,
    deadline=None,  # the shared CI machine is slow; hangs would still never finish
    suppress_health_check=[HealthCheck.too_slow],
)


def read_as(data: bytes, suffix: str) -> ParsedList | None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"liste{suffix}"
        path.write_bytes(data)
        try:
            read_table(path, max_rows=5)
            return parse_list(path)
        except ListFileError as error:
            assert str(error)  # always says why
            return None


@SETTINGS
@given(data=st.binary(max_size=4000), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_random_bytes(data, suffix):
    read_as(data, suffix)


@SETTINGS
@given(data=st.binary(max_size=2000))
def test_random_bytes_behind_a_zip_signature(data):
    read_as(b"PK\x03\x04" + data, ".xlsx")


@SETTINGS
@given(
    position=st.integers(min_value=0, max_value=len(WORKBOOK) - 1),
    junk=st.binary(min_size=1, max_size=64),
)
def test_damaged_workbook(position, junk):
    read_as(WORKBOOK[:position] + junk + WORKBOOK[position + len(junk) :], ".xlsx")


@SETTINGS
@given(
    cells=st.lists(
        st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=12), max_size=6),
        max_size=12,
    ),
    delimiter=st.sampled_from([";", ",", "\t", "|"]),
    encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]),
)
def test_random_text_tables(cells, delimiter, encoding):
    text = "Vorname;Nachname;Code\n".replace(";", delimiter)
    text += "\n".join(delimiter.join(row) for row in cells)
    parsed = read_as(text.encode(encoding, errors="replace"), ".csv")
    if parsed is not None:
        assert all(r.attendee.first_name or r.attendee.last_name for r in parsed.rows)
        lines = [r.line for r in parsed.rows]
        assert lines == sorted(lines)
