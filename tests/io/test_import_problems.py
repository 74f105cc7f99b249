"""Per-row problems, unreadable files, header mapping, names and titles."""

from __future__ import annotations

import pytest

from checkin.core.io import (
    ListFileError,
    MappingError,
    ParseCancelled,
    ProblemReason,
    detect_mapping,
    parse_list,
)
from checkin.core.io.values import parse_datetime, parse_status, split_full_name, split_title
from checkin.core.model import Status
from checkin.core.resources import resource


def write(tmp_path, text: str, name: str = "liste.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


LIST_WITH_PROBLEMS = """\
Code;Vorname;Nachname;E-Mail;Status
A1;Anja;Böhme;a.boehme@example.org;angemeldet
A2;;;nobody@example.org;angemeldet
A1;Uwe;Kühn;u.kuehn@example.org;storniert
B7;Anja;Böhme;A.Boehme@example.org;angemeldet
C3;Jan;Horák;;vielleicht

C4;Eva;Veselá;;Warteliste
C5;Ewa;Mazur;;vielleicht
"""


def test_problems_per_row_with_line_numbers(tmp_path):
    parsed = parse_list(write(tmp_path, LIST_WITH_PROBLEMS))
    found = [(p.line, p.reason, p.severity) for p in parsed.problems]
    assert found == [
        (3, ProblemReason.NO_NAME, "error"),
        (4, ProblemReason.DUPLICATE_CODE, "warning"),
        (5, ProblemReason.DUPLICATE_PERSON, "warning"),
        (6, ProblemReason.UNREADABLE_VALUE, "warning"),
    ]
    assert parsed.rejected == 1
    # Both holders of code A1 are imported: the rules make the code ambiguous.
    holders = [r for r in parsed.rows if r.attendee.code == "A1"]
    assert [(r.line, r.attendee.last_name) for r in holders] == [(2, "Böhme"), (4, "Kühn")]
    assert "line 2" in parsed.problems[1].detail
    assert holders[1].attendee.status is Status.CANCELLED
    assert "2 row(s)" in parsed.problems[3].detail  # unknown "vielleicht", said once
    # A waiting-list place is no ticket: imported as cancelled, no warning needed.
    assert [r.attendee.status for r in parsed.rows if r.line == 8] == [Status.CANCELLED]
    assert [r.line for r in parsed.rows] == [2, 4, 5, 6, 8, 9]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\r\n \r\n", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
        (b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4, "JPEG image"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 4, "PDF"),
        (bytes(range(256)) * 20, "binary"),
        (b"<!DOCTYPE html><html><body>Login</body></html>", "web page"),
        (b"Vorname;Nachname\r\n", "no data rows"),
        (b"Farbe;Preis\r\nrot;3\r\n", "No column with the guests' names"),
        (b"Vorname;Nachname\r\n;;\r\n;\r\n", "no data rows"),
        (b"Name;Firma\r\n;Elbtal GmbH\r\n", "line 2"),
    ],
)
def test_unreadable_files_say_why(tmp_path, content, message):
    path = tmp_path / "liste.csv"
    path.write_bytes(content)
    with pytest.raises(ListFileError, match=message):
        parse_list(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ListFileError, match="does not exist"):
        parse_list(tmp_path / "fehlt.csv")
    with pytest.raises(ListFileError, match="folder"):
        parse_list(tmp_path)


def test_header_mapping_german_and_english_any_spelling():
    headers = [
        "E-MAIL-ADRESSE", "given name", "Family  Name", "Unternehmen", "Job title",
        "Ticketart", "Barcode-Nr.", "Teilnehmerstatus", "Akad. Titel", "Bemerkung", "Essen",
    ]  # fmt: skip
    assert detect_mapping(headers) == {
        "E-MAIL-ADRESSE": "email",
        "given name": "first_name",
        "Family  Name": "last_name",
        "Unternehmen": "company",
        "Job title": "function",
        "Ticketart": "category",
        "Barcode-Nr.": "code",
        "Teilnehmerstatus": "status",
        "Akad. Titel": "title",
        "Bemerkung": "attention_note",
    }


def test_name_column_beside_first_name_is_the_family_name(tmp_path):
    parsed = parse_list(write(tmp_path, "Name;Vorname;Firma\nWeiß;Jördis;Leipziger Sensorik\n"))
    assert parsed.mapping["Name"] == "last_name"
    attendee = parsed.rows[0].attendee
    assert (attendee.first_name, attendee.last_name) == ("Jördis", "Weiß")


@pytest.mark.parametrize(
    ("header", "value", "expected"),
    [
        ("Name", "Anna von Berg", ("", "Anna", "von Berg")),
        ("Name", "Müller, Hans-Jürgen", ("", "Hans-Jürgen", "Müller")),
        ("Name, Vorname", "Dvořák, Jiří", ("", "Jiří", "Dvořák")),
        ("Nachname Vorname", "Öztürk Gülşen", ("", "Gülşen", "Öztürk")),
        ("Teilnehmer", "Prof. Dr.-Ing. habil. Eberhard Westkämper", ("Prof. Dr.-Ing. habil.", "Eberhard", "Westkämper")),
        ("Full name", "Nguyễn Thị Thu Hương", ("", "Thị Thu Hương", "Nguyễn")),
        ("Name", "Dipl.-Ing. (FH) Łukasz Wiśniewski", ("Dipl.-Ing. (FH)", "Łukasz", "Wiśniewski")),
        ("Name", "Madonna", ("", "", "Madonna")),
    ],
)  # fmt: skip
def test_combined_name_columns(tmp_path, header, value, expected):
    parsed = parse_list(write(tmp_path, f'"{header}";Firma\n"{value}";X GmbH\n'))
    a = parsed.rows[0].attendee
    assert (a.title, a.first_name, a.last_name) == expected


def test_titles_split_off_the_first_name_only_without_a_title_column(tmp_path):
    text = "Vorname;Nachname\nProf. Dr. Dr. h.c. Renate;Köhler\nDr.;Ebert\nMarie-Luise;Dr. Schulz\n"
    rows = parse_list(write(tmp_path, text)).rows
    assert [(r.attendee.title, r.attendee.first_name) for r in rows] == [
        ("Prof. Dr. Dr. h.c.", "Renate"),
        ("", "Dr."),  # a first name is never emptied into a title
        ("", "Marie-Luise"),
    ]
    with_title_column = "Titel;Vorname;Nachname\nDr.;Dr. Anja;Böhme\n"
    row = parse_list(write(tmp_path, with_title_column)).rows[0].attendee
    assert (row.title, row.first_name) == ("Dr.", "Dr. Anja")


def test_explicit_mapping_overrides(tmp_path):
    path = write(tmp_path, "Gast;Haus;Vorname\nAnja Böhme;Elbtal Robotik;ignored\n")
    parsed = parse_list(path, mapping={"gast": "name", "Haus": "company", "Vorname": "ignore"})
    attendee = parsed.rows[0].attendee
    assert (attendee.first_name, attendee.last_name) == ("Anja", "Böhme")
    assert attendee.company == "Elbtal Robotik"
    assert "Vorname" not in attendee.extra
    with pytest.raises(MappingError, match="no column 'Saal'"):
        parse_list(path, mapping={"Saal": "company"})
    with pytest.raises(MappingError, match="Unknown field 'hotel'"):
        parse_list(path, mapping={"Haus": "hotel"})


def test_progress_and_cancel(tmp_path):
    lines = ["Vorname;Nachname"] + [f"Anja;Böhme{i}" for i in range(5000)]
    path = write(tmp_path, "\n".join(lines))
    seen: list[tuple[int, int]] = []
    parse_list(path, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (5000, 5000)
    assert all(done <= total for done, total in seen)
    with pytest.raises(ParseCancelled):
        parse_list(path, cancelled=lambda: True)


def test_demo_list_is_complete():
    parsed = parse_list(resource("demo", "strategiekonferenz-2017.csv"))
    assert parsed.problems == []
    assert 300 <= len(parsed.rows) <= 400
    people = {(r.attendee.first_name, r.attendee.last_name): r.attendee for r in parsed.rows}
    assert people[("Martin", "Dulig")].category == "Ehrengast"
    assert people[("Martin", "Dulig")].attention_note == "Protokoll"
    for speaker in [("Eberhard", "Westkämper"), ("Christian", "Rost"), ("Maik", "Jähne"), ("Jens", "Kieselstein")]:  # fmt: skip
        assert people[speaker].category == "Referent"
    assert people[("Łukasz", "Wiśniewski")] and people[("Thị Thu Hương", "Nguyễn")]
    assert people[("Gülşen", "Öztürk")]
    categories = {r.attendee.category for r in parsed.rows}
    assert categories == {"Teilnehmer", "Referent", "Presse", "Ehrengast", "Organisation", "Aussteller"}  # fmt: skip
    assert any(r.attendee.status is Status.CANCELLED for r in parsed.rows)
    assert len({r.attendee.code for r in parsed.rows}) == len(parsed.rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2017-03-07 09:15:00", (2017, 3, 7, 9, 15)),
        ("2017-03-07T09:15:00+01:00", (2017, 3, 7, 9, 15)),
        ("07.03.2017 09:15", (2017, 3, 7, 9, 15)),
        ("07.03.2017, 9:15 Uhr", (2017, 3, 7, 9, 15)),
        ("03/07/2017 9:15 a.m.", (2017, 3, 7, 9, 15)),
        ("03/07/2017 12:05 p.m.", (2017, 3, 7, 12, 5)),
        ("13/03/2017 18:00", (2017, 3, 13, 18, 0)),
        ("7.3.17", (2017, 3, 7, 0, 0)),
    ],
)
def test_dates(text, expected):
    parsed = parse_datetime(text)
    assert parsed is not None and parsed.tzinfo is not None
    assert (parsed.year, parsed.month, parsed.day, parsed.hour, parsed.minute) == expected


@pytest.mark.parametrize("text", ["", "gestern", "31.02.2017", "2017-13-01", "9:15"])
def test_not_dates(text):
    assert parse_datetime(text) is None


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("storniert", Status.CANCELLED),
        ("Storniert (Erstattung)", Status.CANCELLED),
        ("Refunded", Status.CANCELLED),
        ("Not Attending", Status.CANCELLED),
        ("CANCELLED", Status.CANCELLED),
        ("Withdrawn", Status.CANCELLED),
        ("Paid", Status.ACTIVE),
        # Not paid is refused as such at the door (a person may admit anyway).
        ("AWAITING_PAYMENT", Status.UNPAID),
        ("unpaid", Status.UNPAID),
        ("Nicht bezahlt", Status.UNPAID),
        ("Unpaid (invoice sent)", Status.UNPAID),
        ("Checked In", Status.ACTIVE),
        ("angemeldet", Status.ACTIVE),
        ("vielleicht", None),
    ],
)
def test_status_words(text, status):
    assert parse_status(text) is status


def test_name_helpers():
    assert split_title("Prof. Dr. med. Anja") == ("Prof. Dr. med.", "Anja")
    assert split_title("Anja Maria") == ("", "Anja Maria")
    assert split_full_name("Anja") == ("", "Anja")
    # Academic forms seen in real lists; initials stay part of the name.
    assert split_title("Univ.-Prof. Dr. Anna") == ("Univ.-Prof. Dr.", "Anna")
    assert split_title("Herr Dr. Klaus") == ("Herr Dr.", "Klaus")
    assert split_title("Prof. Dr. h. c. Bert") == ("Prof. Dr. h.c.", "Bert")
    assert split_title("Dr.-Ing. E. h. Hans") == ("Dr.-Ing. E.h.", "Hans")
    assert split_title("H. C. Bert") == ("", "H. C. Bert")


def test_cells_beyond_the_header_are_reported_not_silently_dropped(tmp_path) -> None:
    listing = tmp_path / "extra.csv"
    listing.write_text(
        "Code,Vorname,Nachname,Firma,Kategorie\n"
        "K1,Anna,Ast,Kieselstein GmbH, Chemnitz,Presse\n"
        "K2,Bert,Bo,Firma,Teilnehmer\n",
        encoding="utf-8",
    )
    parsed = parse_list(listing)
    [problem] = parsed.problems
    assert problem.line == 2 and "'Presse' was not imported" in problem.detail
    many = tmp_path / "many.csv"
    many.write_text("Vorname,Nachname\n" + "Anna,Ast,Extra\n" * 30, "utf-8")
    problems = [p for p in parse_list(many).problems if p.reason == "unreadable_value"]
    assert len(problems) == 21 and "10 more lines" in problems[-1].detail


def test_the_same_person_twice_without_an_e_mail_is_reported(tmp_path) -> None:
    listing = tmp_path / "doppelt.csv"
    listing.write_text(
        "Vorname;Nachname;Firma;E-Mail;Code\n"
        "Anna;Schmidt;ACME;;P1\n"
        "Anna;Schmidt;ACME;;P2\n"
        "Anna;Schmidt;Beta;;P3\n"  # another company: another Anna Schmidt
        "Ben;Meier;;b@x.example;P4\n"
        "Ben;Meier;;b@y.example;P5\n",  # other e-mail: another Ben Meier
        encoding="utf-8",
    )
    parsed = parse_list(listing)
    assert [(p.line, p.reason) for p in parsed.problems] == [(3, "duplicate_person")]
    assert "same company is also on line 2" in parsed.problems[0].detail
    assert len(parsed.rows) == 5


def test_slash_dates_are_read_in_one_order_per_list(tmp_path) -> None:
    """13/03/2025 proves the list writes day first, so 07/03/2025 is 7 March, not 3 July."""
    listing = tmp_path / "indico.csv"
    listing.write_text(
        "First Name,Last Name,Checked in,Check-in date\n"
        "Anna,Ast,Yes,07/03/2025 09:01\n"
        "Bert,Bo,Yes,13/03/2025 14:30\n",
        encoding="utf-8",
    )
    at = [r.checked_in_at for r in parse_list(listing).rows]
    assert [(a.month, a.day, a.hour) for a in at] == [(3, 7, 9), (3, 13, 14)]
    us = tmp_path / "us.csv"
    us.write_text(
        "First Name,Last Name,Checked in,Check-in date\n"
        "Anna,Ast,Yes,07/03/2025 09:01\n"
        "Bert,Bo,Yes,03/13/2025 14:30\n",
        encoding="utf-8",
    )
    at = [r.checked_in_at for r in parse_list(us).rows]
    assert [(a.month, a.day) for a in at] == [(7, 3), (3, 13)]
