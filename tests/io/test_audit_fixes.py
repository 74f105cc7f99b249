"""Regression tests for list-reading bugs found in the import audit (one section per fix)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from checkin.core.io import parse_list, read_table
from checkin.core.io.values import parse_status, split_full_name
from checkin.core.model import Status


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


# -- 2. a bare CR inside an LF or CRLF file ----------------------------------------------


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_bare_cr_between_records_is_a_line_break(tmp_path, newline):
    text = f"Vorname;Nachname{newline}Anna;Schmidt\rBen;Meier{newline}Carl;Otto{newline}"
    parsed = parse_list(write(tmp_path, text.encode()))
    assert people(parsed) == [("Anna", "Schmidt"), ("Ben", "Meier"), ("Carl", "Otto")]
    # Numbered as an editor shows the file: the bare CR starts a line of its own.
    assert [r.line for r in parsed.rows] == [2, 3, 4]


def test_a_bare_cr_inside_an_unquoted_field_is_dropped(tmp_path):
    text = "Vorname;Nachname;Firma\nAnna;Schm\ridt;ACME\nBen;Meier\r;Beta\nCarl;Otto;Gamma\n"
    parsed = parse_list(write(tmp_path, text.encode()))
    assert people(parsed) == [("Anna", "Schmidt"), ("Ben", "Meier"), ("Carl", "Otto")]
    assert [r.attendee.company for r in parsed.rows] == ["ACME", "Beta", "Gamma"]
    assert [r.line for r in parsed.rows] == [2, 4, 6]


def test_a_bare_cr_inside_quotes_stays_in_the_field(tmp_path):
    text = 'Vorname;Nachname;Notiz\nAnna;Schmidt;"erste\rzweite"\nBen;Meier;x\n'
    table = read_table(write(tmp_path, text.encode()))
    assert [cells for _, cells in table.rows] == [
        ["Anna", "Schmidt", "erste\rzweite"],
        ["Ben", "Meier", "x"],
    ]


def test_a_bare_cr_in_a_windows_1252_file(tmp_path):
    text = "Vorname;Nachname\r\nJürgen;Weiß\rBärbel;Kühn\r\n"
    parsed = parse_list(write(tmp_path, text.encode("cp1252")))
    assert people(parsed) == [("Jürgen", "Weiß"), ("Bärbel", "Kühn")]


# -- 3. Windows-1252 with Nordic and French letters is not read as Windows-1250 ----------


@pytest.mark.parametrize(
    ("rows", "codec"),
    [
        ("Søren;Jørgensen\nFrançoise;Lefèvre\nÅsa;Ångström\nZoë;Øster\n", "cp1252"),
        ("Søren;Jørgensen\nBjørn;Dæhlie\n", "cp1252"),
        ("Françoise;Lefèvre\nRené;Thibault\n", "cp1252"),
        ("Åsa;Ångström\n", "cp1252"),
        ("Šárka;Šťastná\nJiří;Dvořák\n", "cp1250"),
        ("Łukasz;Wiśniewski\nKatarzyna;Wójcik\n", "cp1250"),
        ("Zdeněk;Černý\nJürgen;Müller\n", "cp1250"),
        ("Ľubomír;Kováč\nMária;Ďurišová\n", "cp1250"),
    ],
)
def test_western_and_central_european_code_pages(tmp_path, rows, codec):
    parsed = parse_list(write(tmp_path, ("Vorname;Nachname\n" + rows).encode(codec)))
    assert parsed.encoding == codec
    assert people(parsed) == [tuple(line.split(";")) for line in rows.strip().split("\n")]


# -- 4. Excel codes stored as numbers with a zero-padding number format ---------------


def build_workbook(tmp_path: Path, sheets, active: int = 0, name: str = "liste.xlsx") -> Path:
    """sheets: (title, rows, state) per sheet; a cell may be (value, number_format)."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows, state in sheets:
        ws = wb.create_sheet(title)
        ws.sheet_state = state
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                cell = ws.cell(r, c)
                if isinstance(value, tuple):
                    cell.value, cell.number_format = value
                else:
                    cell.value = value
    wb.active = active
    path = tmp_path / name
    wb.save(path)
    return path


@pytest.mark.parametrize("streaming", [False, True])
def test_zero_padded_number_formats_keep_their_zeros(tmp_path, monkeypatch, streaming):
    from checkin.core.io import xlsxfile

    if streaming:
        monkeypatch.setattr(xlsxfile, "XLSX_FULL_MODE_LIMIT", 0)
    rows = [
        ["Vorname", "Nachname", "Code", "PLZ", "Betrag"],
        ["Anna", "Schmidt", (42, "0000000"), (1067, "00000"), (12.5, "0.00")],
        ["Ben", "Meier", (4711, "General"), (1234567, "00000"), (3, "#,##0")],
        ["Carl", "Otto", (42.0, "0000000"), ("0815", "@"), (7, "0.0")],
    ]
    path = build_workbook(tmp_path, [("Liste", rows, "visible")])
    table = read_table(path)
    assert [cells[2:] for _, cells in table.rows] == [
        ["0000042", "01067", "12.5"],
        ["4711", "1234567", "3"],
        ["0000042", "0815", "7"],
    ]


# -- 5. which sheet: visible before hidden, then the active one; --sheet ignores case -----

OLD = [["Vorname", "Nachname", "Firma", "Code"], ["Alt", "Gast", "X", "A1"]]
NEW = [["Vorname", "Nachname", "Firma", "Code"], ["Neu", "Gast", "Y", "N1"]]


def test_a_hidden_sheet_with_an_old_list_is_not_chosen(tmp_path):
    path = build_workbook(
        tmp_path, [("Alt (2024)", OLD, "hidden"), ("Aktuell", NEW, "visible")], active=1
    )
    parsed = parse_list(path)
    assert parsed.sheet == "Aktuell"
    assert people(parsed) == [("Neu", "Gast")]


def test_among_equal_sheets_the_active_one_wins(tmp_path):
    path = build_workbook(tmp_path, [("Tag 1", OLD, "visible"), ("Tag 2", NEW, "visible")], 1)
    assert parse_list(path).sheet == "Tag 2"


def test_a_better_header_still_beats_the_active_sheet(tmp_path):
    notes = [["Notizen"], ["Raum 3 ist reserviert"]]
    path = build_workbook(tmp_path, [("Liste", NEW, "visible"), ("Notizen", notes, "visible")], 1)
    assert parse_list(path).sheet == "Liste"


def test_streaming_mode_also_prefers_visible_sheets(tmp_path, monkeypatch):
    from checkin.core.io import xlsxfile

    monkeypatch.setattr(xlsxfile, "XLSX_FULL_MODE_LIMIT", 0)
    path = build_workbook(
        tmp_path, [("Alt (2024)", OLD, "hidden"), ("Aktuell", NEW, "visible")], active=1
    )
    assert parse_list(path).sheet == "Aktuell"


def test_sheet_name_is_matched_without_regard_to_case(tmp_path):
    path = build_workbook(tmp_path, [("Tag 1", OLD, "visible"), ("Tag 2", NEW, "visible")])
    parsed = parse_list(path, sheet="tag 2")
    assert parsed.sheet == "Tag 2"
    assert people(parsed) == [("Neu", "Gast")]


# -- 6. UTF-8 text that was read as Latin-1 and saved again (mojibake) --------------------


def double_encoded(text: str) -> bytes:
    return text.encode("utf-8").decode("cp1252").encode("utf-8")


def test_a_wholly_double_encoded_file_is_repaired(tmp_path):
    text = "Vorname;Nachname;Straße;Ort\nAnna;Müller;Hauptstraße 1;Görlitz\nJiří;Dvořák;–;Brno\n"
    parsed = parse_list(write(tmp_path, double_encoded(text)))
    assert parsed.headers == ["Vorname", "Nachname", "Straße", "Ort"]
    assert people(parsed) == [("Anna", "Müller"), ("Jiří", "Dvořák")]
    table = read_table(write(tmp_path, double_encoded(text)))
    assert any("encoded twice" in w and '"StraÃŸe" for "Straße"' in w for w in table.warnings)


def test_a_partly_double_encoded_file_is_reported_not_changed(tmp_path):
    text = "Vorname;Nachname;Ort\nAnna;MÃ¼ller;GÃ¶rlitz\nBärbel;Kühn;Dresden\n"
    path = write(tmp_path, text.encode())
    table = read_table(path)
    assert [cells[1] for _, cells in table.rows] == ["MÃ¼ller", "Kühn"]
    warning = next(w for w in table.warnings if "double-encoded" in w)
    assert '"MÃ¼ller" for "Müller"' in warning


def test_ordinary_text_with_rare_letters_is_not_mojibake(tmp_path):
    text = "Vorname;Nachname;Ort\nJoão;Ãlvares;São Paulo\nÄnne;Åberg;Malmö\n"
    table = read_table(write(tmp_path, text.encode()))
    assert table.warnings == []
    assert [cells[1] for _, cells in table.rows] == ["Ãlvares", "Åberg"]


# -- 7. waiting list and withdrawn are not valid tickets ----------------------------------


@pytest.mark.parametrize(
    "word",
    [
        "Warteliste", "auf Warteliste", "Auf der Warteliste", "waiting list", "Waiting-List",
        "waitlist", "Waitlisted", "wait-listed", "on waiting list", "zurückgetreten",
        "Zurückgetreten", "zurueckgetreten", "Rücktritt", "abgemeldet", "withdrawn",
        "Withdrew", "Warteliste (Platz 3)",
    ],
)  # fmt: skip
def test_waiting_list_and_withdrawn_mean_cancelled(word):
    assert parse_status(word) is Status.CANCELLED


@pytest.mark.parametrize("word", ["nein", "no", "Nein"])
def test_no_stays_an_unknown_status(word):
    assert parse_status(word) is None


def test_a_waiting_list_guest_is_imported_as_cancelled_without_warning(tmp_path):
    text = "Vorname;Nachname;Status\nAnna;Schmidt;bezahlt\nBen;Meier;Warteliste\nCarl;Otto;zurückgetreten\n"
    parsed = parse_list(write(tmp_path, text.encode()))
    assert [r.attendee.status for r in parsed.rows] == [
        Status.ACTIVE, Status.CANCELLED, Status.CANCELLED
    ]  # fmt: skip
    assert parsed.problems == []


# -- 8. post-nominal titles in a combined name column -------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Ing. Jan Novák, Ph.D.", "Ing. Jan", "Novák, Ph.D."),
        ("MUDr. Jiří Černý, CSc.", "MUDr. Jiří", "Černý, CSc."),
        ("Dipl.-Ing. Dr. techn. Maria Huber, MBA", "Dipl.-Ing. Dr. techn. Maria", "Huber, MBA"),
        ("Prof. Dr. Anna Berg, M.A.", "Prof. Dr. Anna", "Berg, M.A."),
        ("Novák, Jan, Ph.D.", "Jan", "Novák, Ph.D."),
        ("Jan Novák, PHD, mba", "Jan", "Novák, PHD, mba"),
        ("Eva Svobodová, DiS.", "Eva", "Svobodová, DiS."),
        ("Tom Berg, LL.M.", "Tom", "Berg, LL.M."),
        ("Müller, Anna", "Anna", "Müller"),
        ("Nguyen, Ba", "Ba", "Nguyen"),
        ("Berg, Ma", "Ma", "Berg"),
        ("Ph.D.", "", "Ph.D."),
    ],
)
def test_post_nominal_titles_stay_after_the_family_name(text, first, last):
    assert split_full_name(text) == (first, last)


def test_post_nominal_titles_in_an_imported_name_column(tmp_path):
    text = (
        "Name;Firma\nIng. Jan Novák, Ph.D.;ČVUT\nMUDr. Jiří Černý, CSc.;FN Motol\n"
        "Dipl.-Ing. Dr. techn. Maria Huber, MBA;TU Wien\nProf. Dr. Anna Berg, M.A.;Uni\n"
        "Novák, Jan, Ph.D.;X\nMüller, Anna;Y\n"
    )
    parsed = parse_list(write(tmp_path, text.encode()))
    got = [(r.attendee.title, r.attendee.first_name, r.attendee.last_name) for r in parsed.rows]
    assert got == [
        ("Ing.", "Jan", "Novák, Ph.D."),
        ("MUDr.", "Jiří", "Černý, CSc."),
        ("Dipl.-Ing. Dr. techn.", "Maria", "Huber, MBA"),
        ("Prof. Dr.", "Anna", "Berg, M.A."),
        ("", "Jan", "Novák, Ph.D."),
        ("", "Anna", "Müller"),
    ]


def test_spanish_ordinal_signs_keep_a_western_list_western(tmp_path: Path) -> None:
    """º and ª are Romanian ş and Ş in Windows-1250: "Nº" alone must not tip the balance."""
    path = tmp_path / "es.csv"
    path.write_bytes(
        b"N\xba;First name;Last name;Company;Address\r\n"
        b"1;Mar\xeda;Mu\xf1oz;Acme;Calle Mayor 2\xba B\r\n"
        b"2;Juan;Pe\xf1a;Beta;Plaza 1\xaa\r\n"
    )
    parsed = parse_list(path)
    assert parsed.encoding == "cp1252"
    assert [r.attendee.last_name for r in parsed.rows] == ["Muñoz", "Peña"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NGUYEN, BA", ("BA", "NGUYEN")),
        ("LI, MA", ("MA", "LI")),
        ("MEIER, MS", ("MS", "MEIER")),
        ("Novák, Jan, Ph.D.", ("Jan", "Novák, Ph.D.")),
        ("Ing. Jan Novák, Ph.D.", ("Ing. Jan", "Novák, Ph.D.")),
    ],
)
def test_a_one_word_name_before_the_comma_keeps_last_first(text, expected) -> None:
    assert split_full_name(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Warteliste", Status.CANCELLED),
        ("Warteliste (Platz 3)", Status.CANCELLED),
        ("Warteliste (nachgerückt)", None),
        ("Waiting list, confirmed", None),
    ],
)
def test_a_guest_moved_up_from_the_waiting_list_is_not_refused(text, expected) -> None:
    assert parse_status(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan Novák PhD", ("Jan", "Novák PhD")),
        ("Anna Berg M.A.", ("Anna", "Berg M.A.")),
        ("Maria Huber MSc MBA", ("Maria", "Huber MSc MBA")),
        ("Anna Maria Mas", ("Anna Maria", "Mas")),  # Mas is a surname
        ("ANNA MARIA MAS", ("ANNA MARIA", "MAS")),
        ("NGUYEN VAN BA", ("VAN BA", "NGUYEN")),
    ],
)
def test_a_degree_after_the_name_without_a_comma_stays_with_the_surname(text, expected) -> None:
    assert split_full_name(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Maria MAS", ("Anna Maria", "MAS")),
        ("Xiao Wei MENG", ("Xiao Wei", "MENG")),
        ("Maria José DIS", ("Maria José", "DIS")),
        ("Anna Berg MBA", ("Anna", "Berg MBA")),
    ],
)
def test_a_surname_in_capitals_is_no_degree(text, expected) -> None:
    assert split_full_name(text) == expected
