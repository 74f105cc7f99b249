"""CSV and TSV in every shape a front desk gets handed: encodings, delimiters, line ends."""

from __future__ import annotations

import codecs

import pytest

from checkin.core.io import ProblemReason, parse_list, read_table

ROWS = [
    ("Code", "Vorname", "Nachname", "Firma", "Kategorie"),
    ("K7P2", "Jörg", "Weiß", "Elbtal Robotik GmbH", "Referent"),
    ("000815", "Małgorzata", "Dąbrowska", "Wrocławskie Zakłady, Werk 2", "Teilnehmer"),
    ("X-9", "Zdeněk", "Dvořák", "Severočeské strojírny s.r.o.", "Presse"),
]
LATIN1_ROWS = [
    ("Code", "Vorname", "Nachname", "Firma", "Kategorie"),
    ("K7P2", "Jörg", "Weiß", "Elbtal Robotik GmbH", "Referent"),
    ("000815", "Bärbel", "Fröhlich", "Muldental Automation, Werk 2", "Teilnehmer"),
    ("X-9", "René", "Müller", "Café Größe GmbH", "Presse"),
]


def render(rows, delimiter: str, newline: str = "\r\n") -> str:
    def cell(value: str) -> str:
        needs_quotes = delimiter in value or '"' in value or "\n" in value
        return '"' + value.replace('"', '""') + '"' if needs_quotes else value

    return "".join(delimiter.join(cell(v) for v in row) + newline for row in rows)


def write(tmp_path, data: bytes, name: str = "liste.csv"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def names(parsed) -> list[tuple[str, str]]:
    return [(r.attendee.first_name, r.attendee.last_name) for r in parsed.rows]


@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"])
def test_delimiter_is_sniffed(tmp_path, delimiter):
    path = write(tmp_path, render(ROWS, delimiter).encode())
    parsed = parse_list(path)
    assert parsed.delimiter == delimiter
    assert names(parsed) == [("Jörg", "Weiß"), ("Małgorzata", "Dąbrowska"), ("Zdeněk", "Dvořák")]
    assert parsed.rows[1].attendee.company == "Wrocławskie Zakłady, Werk 2"
    assert [r.line for r in parsed.rows] == [2, 3, 4]


@pytest.mark.parametrize(
    ("encoding", "prefix", "rows"),
    [
        ("utf-8", b"", ROWS),
        ("utf-8", codecs.BOM_UTF8, ROWS),
        ("utf-16-le", codecs.BOM_UTF16_LE, ROWS),  # Excel "Unicode text"
        ("utf-16-be", codecs.BOM_UTF16_BE, ROWS),
        ("utf-16-le", b"", ROWS),  # no BOM at all
        ("cp1252", b"", LATIN1_ROWS),
        ("latin-1", b"", LATIN1_ROWS),
    ],
)
def test_encodings(tmp_path, encoding, prefix, rows):
    delimiter = "\t" if encoding.startswith("utf-16") else ";"
    path = write(tmp_path, prefix + render(rows, delimiter).encode(encoding))
    parsed = parse_list(path)
    assert names(parsed) == [(r[1], r[2]) for r in rows[1:]]
    assert parsed.rows[0].attendee.code == "K7P2"  # no BOM glued to the first header
    assert parsed.mapping["Code"] == "code"
    assert parsed.problems == []


def test_stray_latin1_line_in_utf8_file_is_read_with_a_warning(tmp_path):
    good = render(ROWS, ";").encode("utf-8")
    stray = "Q1;Günter;Rößler;Pleißental GmbH;Teilnehmer\r\n".encode("cp1252")
    path = write(tmp_path, good + stray)
    parsed = parse_list(path)
    assert parsed.encoding == "utf-8"
    assert names(parsed)[0] == ("Jörg", "Weiß")  # UTF-8 lines stay UTF-8
    assert names(parsed)[-1] == ("Günter", "Rößler")
    [problem] = parsed.problems
    assert problem.reason is ProblemReason.ENCODING_FALLBACK
    assert problem.line == 5
    assert problem.severity == "warning"


def test_excel_sep_line(tmp_path):
    path = write(tmp_path, b"sep=,\r\n" + render(ROWS, ",").encode())
    parsed = parse_list(path)
    assert parsed.delimiter == ","
    assert len(parsed.rows) == 3
    assert parsed.rows[0].line == 3


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings(tmp_path, newline):
    path = write(tmp_path, render(ROWS, ";", newline).encode())
    parsed = parse_list(path)
    assert len(parsed.rows) == 3
    assert [r.line for r in parsed.rows] == [2, 3, 4]
    assert parsed.rows[-1].attendee.category == "Presse"


def test_quoted_fields_with_newlines_keep_line_numbers(tmp_path):
    rows = [
        ("Vorname", "Nachname", "Hinweis"),
        ("Anja", "Böhme", "Rollstuhl;\nbitte Aufzug"),
        ("Ralf", "Ebert", ""),
    ]
    path = write(tmp_path, render(rows, ";").encode())
    parsed = parse_list(path)
    assert parsed.rows[0].attendee.attention_note == "Rollstuhl;\nbitte Aufzug"
    assert parsed.rows[0].attendee.attention is True
    assert [r.line for r in parsed.rows] == [2, 4]


def test_nul_bytes_blank_and_trailing_lines(tmp_path):
    text = "\r\n\r\n" + render(ROWS[:2], ";") + ";;;;\r\n\r\n" + render(ROWS[2:], ";") + "\r\n\r\n"
    data = text.replace("Weiß", "Wei\x00ß").encode()
    parsed = parse_list(write(tmp_path, data))
    assert names(parsed) == [("Jörg", "Weiß"), ("Małgorzata", "Dąbrowska"), ("Zdeněk", "Dvořák")]
    assert [r.line for r in parsed.rows] == [4, 7, 8]
    assert parsed.problems == []  # blank rows are skipped silently


def test_title_rows_above_the_header(tmp_path):
    text = "Teilnehmerliste Strategiekonferenz;;;;\r\nStand 06.03.2017;;;;\r\n;;;;\r\n"
    path = write(tmp_path, (text + render(ROWS, ";")).encode())
    table = read_table(path)
    assert table.header_line == 4
    assert table.headers == list(ROWS[0])
    parsed = parse_list(path)
    assert [r.line for r in parsed.rows] == [5, 6, 7]


def test_read_table_preview(tmp_path):
    path = write(tmp_path, render(ROWS, ";").encode())
    table = read_table(path, max_rows=2)
    assert table.format == "csv"
    assert table.delimiter == ";"
    assert table.encoding == "utf-8"
    assert table.rows == [(2, list(ROWS[1])), (3, list(ROWS[2]))]


def test_long_codes_stay_text(tmp_path):
    rows = [("Barcode", "Name"), ("000123456789012345678", "Anna Nowak"), ("1E5", "Jan Horák")]
    parsed = parse_list(write(tmp_path, render(rows, ",").encode()))
    assert [r.attendee.code for r in parsed.rows] == ["000123456789012345678", "1E5"]


def test_excel_text_guard_and_mangled_numbers(tmp_path):
    rows = [("Code", "Name"), ('="0042"', "Anna Nowak"), ("1,23457E+20", "Jan Horák")]
    parsed = parse_list(write(tmp_path, render(rows, ";").encode()))
    assert parsed.rows[0].attendee.code == "0042"
    assert parsed.rows[1].attendee.code == "1,23457E+20"
    [problem] = parsed.problems
    assert (problem.line, problem.reason) == (3, ProblemReason.UNREADABLE_VALUE)


def test_duplicate_header_names_stay_apart(tmp_path):
    rows = [("Name", "Company", "Company"), ("Anna Nowak", "Elbtal Robotik", "Rechnung GmbH")]
    parsed = parse_list(write(tmp_path, render(rows, ",").encode()))
    assert parsed.headers == ["Name", "Company", "Company (2)"]
    assert parsed.rows[0].attendee.company == "Elbtal Robotik"


def test_one_word_title_row_does_not_win_over_the_header(tmp_path):
    text = "Teilnehmer\r\nTeilnehmer;Firma;E-Mail\r\nAnja Böhme;Elbtal Robotik;a@b.example\r\n"
    parsed = parse_list(write(tmp_path, text.encode()))
    assert parsed.headers == ["Teilnehmer", "Firma", "E-Mail"]
    assert parsed.rows[0].attendee.company == "Elbtal Robotik"


def test_a_one_column_name_list_keeps_the_comma_inside_each_name(tmp_path):
    path = tmp_path / "namen.csv"
    path.write_text("Name\nMüller, Anna\nSchulz, Bernd\nWeiß, Carla\n", encoding="utf-8")
    parsed = parse_list(path)
    people = [(r.attendee.first_name, r.attendee.last_name) for r in parsed.rows]
    assert people == [("Anna", "Müller"), ("Bernd", "Schulz"), ("Carla", "Weiß")]
    assert parsed.problems == []
