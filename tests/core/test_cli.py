"""The command line, run as a real process: import, scan, list, search, undo, add, stats, codes, erase."""

from __future__ import annotations

import csv
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

LIST = (
    "Code;Titel;Vorname;Nachname;Firma;Kategorie;Status;Hinweis\n"
    "WK-1;Prof. Dr.-Ing.;Eberhard;Westkämper;Fraunhofer IPA;Referent;;\n"
    "MD-1;Staatsminister;Martin;Dulig;SMWA;Ehrengast;;Protokoll\n"
    "AN-1;;Anna;Nowak;KGHM Polska Miedź;Teilnehmer;storniert;\n"
    "TW-1;;Karl;Weiß;;Teilnehmer;;\n"
    "TW-1;;Karla;Weiss;;Teilnehmer;;\n"
    "\n"
    ";;;;Firma ohne Namen;Teilnehmer;;\n"
)


def run(
    db: Path, *args: str, stdin: str | None = None, ok: bool = True
) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("CHECKIN_DB", None)
    result = subprocess.run(
        [sys.executable, "-m", "checkin", args[0], "--db", str(db), *args[1:]],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    if ok:
        assert result.returncode == 0, result.stderr
    return result


def lines(result: subprocess.CompletedProcess) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    listfile = tmp_path / "gaeste.csv"
    listfile.write_text(LIST, encoding="utf-8")
    path = tmp_path / "event.sqlite3"
    out = run(path, "import", str(listfile), "--json")
    summary, *problems = lines(out)
    assert summary["inserted"] == 5 and summary["cancelled"] == 1 and summary["rejected"] == 1
    assert [p["line"] for p in problems if p["severity"] == "error"] == [8]
    return path


def test_database_is_owner_only(db: Path) -> None:
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_scan_json_covers_every_verdict(db: Path) -> None:
    out = run(
        db,
        "scan",
        "--json",
        "--desk",
        "Tisch 2",
        "--operator",
        "Anna",
        "--",
        "WK-1",
        "WK-1",
        "AN-1",
        "TW-1",
        "NOPE",
        "\x01\x02",
        ok=False,
    )
    assert out.returncode == 3  # not everyone was admitted: `scan CODE && open_gate` stays shut
    verdicts = lines(out)
    assert [v["verdict"] for v in verdicts] == [
        "admitted",
        "already_checked_in",
        "cancelled",
        "ambiguous",
        "unknown",
        "invalid",
    ]
    admitted = verdicts[0]
    assert admitted["attendee"]["last_name"] == "Westkämper"
    assert admitted["attendee"]["category"] == "Referent"
    assert admitted["code"] == "WK-1"
    again = verdicts[1]
    assert again["previous"]["desk"] == "Tisch 2" and again["previous"]["operator"] == "Anna"
    assert again["previous"]["at"] == admitted["attendee"]["checked_in"]
    assert len(verdicts[3]["candidates"]) == 2


def test_scan_reads_scanner_lines_from_stdin(db: Path) -> None:
    out = run(
        db,
        "scan",
        "--json",
        "-",
        stdin="MD-1\r\n\r\n\n\tmd-1\t\nhttps://x.example/c?code=WK-1\n",
        ok=False,
    )
    # Blank lines (CR and LF sent as two Enters) are no scans: no verdict, no log entry.
    assert [v["verdict"] for v in lines(out)] == ["admitted", "already_checked_in", "admitted"]
    assert out.returncode == 3


def test_scan_exit_status_and_bytes_that_are_not_utf8(db: Path) -> None:
    assert run(db, "scan", "WK-1").returncode == 0
    assert run(db, "scan", "NOPE", ok=False).returncode == 3
    # No scan at all admitted nobody: `scan - && open_gate` stays shut.
    for nothing in ("", "\r\n\n  \n"):
        out = run(db, "scan", "-", stdin=nothing, ok=False)
        assert (out.returncode, out.stdout) == (3, "")
    env = dict(os.environ, PYTHONPATH=str(ROOT), LC_ALL="C.UTF-8", PYTHONIOENCODING="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "checkin", "--db", str(db), "--json", "scan", "-"],
        input=b"\xff\xfeabc\nAN-1\n",
        capture_output=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 3, result.stderr
    verdicts = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert [v["verdict"] for v in verdicts] == ["invalid", "cancelled"]


def test_scan_refuses_a_list_status_that_says_not_paid(tmp_path: Path) -> None:
    listfile = tmp_path / "liste.csv"
    listfile.write_text(
        "Code;Vorname;Nachname;Status\nP-1;Paula;Paid;bezahlt\nU-1;Ulf;Unpaid;unbezahlt\n"
        "U-2;Uma;Later;Awaiting payment\n",
        encoding="utf-8",
    )
    path = tmp_path / "event.sqlite3"
    run(path, "import", str(listfile))
    out = run(path, "scan", "--json", "P-1", "U-1", "U-2", ok=False)
    assert [v["verdict"] for v in lines(out)] == ["admitted", "not_paid", "not_paid"]
    assert out.returncode == 3


def test_list_search_undo_add_stats(db: Path) -> None:
    run(db, "scan", "WK-1")
    listed = lines(run(db, "list", "--json"))
    assert [a["last_name"] for a in listed] == ["Dulig", "Nowak", "Weiß", "Weiss", "Westkämper"]
    assert listed[-1]["checked_in"] is not None
    found = lines(run(db, "search", "--json", "westkamper"))
    assert [a["code"] for a in found] == ["WK-1"]
    assert "Westkämper" in run(db, "undo", "WK-1").stdout
    assert run(db, "undo", "WK-1", ok=False).returncode == 1
    added = lines(
        run(
            db,
            "add",
            "--json",
            "--first-name",
            "Jan",
            "--last-name",
            "Nowak",
            "--company",
            "KGHM",
            "--category",
            "Presse",
        )
    )[0]
    assert added["verdict"] == "admitted"
    stats = lines(run(db, "stats", "--json"))[0]
    assert stats["expected"] == 5 and stats["checked_in"] == 1 and stats["walk_ins"] == 1
    assert stats["by_category"]["Presse"] == {"expected": 1, "checked_in": 1}
    assert "1 of 5" in run(db, "stats").stdout


def test_codes_writes_decodable_qr_pngs(db: Path, tmp_path: Path) -> None:
    import zxingcpp
    from PIL import Image

    out_dir = tmp_path / "qr"
    result = run(db, "codes", "--out", str(out_dir))
    assert "1 code(s) belong to more than one active guest (TW-1)" in result.stderr
    rows = (out_dir / "codes.csv").read_text(encoding="utf-8-sig").splitlines()
    assert stat.S_IMODE((out_dir / "codes.csv").stat().st_mode) == 0o600  # names and e-mails
    assert rows[0].startswith("code;")
    assert len(rows) == 1 + 4  # active attendees only
    for row in rows[1:]:
        code, *_rest, png = row.split(";")
        (result,) = zxingcpp.read_barcodes(Image.open(out_dir / png))
        assert result.text == code


def test_import_of_a_broken_file_says_why_and_keeps_data(db: Path, tmp_path: Path) -> None:
    junk = tmp_path / "liste.csv"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    result = run(db, "import", str(junk), ok=False)
    assert result.returncode == 1 and "Nothing was imported" in result.stderr
    assert len(lines(run(db, "list", "--json"))) == 5


def test_erase_removes_the_event(db: Path) -> None:
    assert run(db, "erase", ok=False).returncode == 2  # no --yes, no terminal
    out = run(db, "erase", "--yes")
    assert "erased" in out.stdout
    assert not db.exists() and not Path(f"{db}-wal").exists()


def test_undo_takes_the_code_as_scan_does(db: Path) -> None:
    """The code read off a badge or typed in lower case finds the guest for undo too."""
    assert lines(run(db, "scan", "--json", "wk-1"))[0]["verdict"] == "admitted"
    assert "Westkämper" in run(db, "undo", "wk-1").stdout
    run(db, "scan", "https://x.example/c?code=WK-1")
    assert "Westkämper" in run(db, "undo", " https://x.example/c?code=WK-1\r\n").stdout
    assert "several" in run(db, "undo", "tw-1", ok=False).stderr


def test_a_list_without_data_rows_says_nothing_was_imported_once(db: Path, tmp_path: Path) -> None:
    headers_only = tmp_path / "vorlage.csv"
    headers_only.write_text("Vorname;Nachname\n", encoding="utf-8")
    result = run(db, "import", str(headers_only), ok=False)
    assert result.returncode == 1 and result.stderr.count("Nothing was imported") == 1


def test_erase_never_deletes_a_file_that_is_not_an_event(tmp_path: Path) -> None:
    """`--db gaeste.csv` by mistake: the guest list must survive, whatever --yes says."""
    listfile = tmp_path / "gaeste.csv"
    listfile.write_text(LIST, encoding="utf-8")
    result = run(listfile, "erase", "--yes", ok=False)
    assert result.returncode == 1 and "not a checkin event database" in result.stderr
    assert listfile.read_text(encoding="utf-8") == LIST


def test_the_mail_merge_file_holds_no_formulas(db: Path, tmp_path: Path) -> None:
    evil = tmp_path / "evil.csv"
    evil.write_text(
        "Code;Vorname;Nachname;Firma\nEV-1;=HYPERLINK(A1);Böse;+cmd\n",
        encoding="utf-8",
    )
    run(db, "import", str(evil), "--keep-missing")
    out_dir = tmp_path / "qr"
    result = run(db, "codes", "--out", str(out_dir))
    assert "1 code(s) belong to more than one active guest (TW-1)" in result.stderr
    text = (out_dir / "codes.csv").read_text(encoding="utf-8-sig")
    row = next(r for r in csv.reader(text.splitlines(), delimiter=";") if r[0] == "EV-1")
    assert row[3].endswith("=HYPERLINK(A1)") and row[5].endswith("+cmd")  # kept, as text
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)


def test_a_mistyped_database_path_is_an_error_not_an_empty_event(db: Path) -> None:
    typo = db.with_name("evnet.sqlite3")
    for command in (("scan", "WK-1"), ("stats",), ("list",)):
        result = run(typo, *command, ok=False)
        assert result.returncode == 1 and "There is no event at" in result.stderr
    assert not typo.exists()
    add = run(typo, "add", "--first-name", "Lena", "--last-name", "Spontan", ok=False)
    assert add.returncode == 1 and not typo.exists()
    broken = db.with_name("leer.csv")
    broken.write_text("", encoding="utf-8")
    assert run(typo, "import", str(broken), ok=False).returncode == 1
    assert not typo.exists()  # a failed first import leaves no empty event behind
    # Only on purpose: an event of walk-ins alone.
    add = run(typo, "add", "--first-name", "Lena", "--last-name", "Spontan", "--new-event")
    assert add.returncode == 0 and typo.exists()
    nameless = run(db, "add", "--first-name", " ", "--last-name", "", ok=False)
    assert nameless.returncode == 2 and "name" in nameless.stderr


def test_db_and_json_may_come_before_the_command(db: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "checkin", "--db", str(db), "--json", "stats"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["expected"] == 4  # five guests, one cancelled


def test_another_programs_database_is_never_turned_into_an_event(tmp_path: Path) -> None:
    """A registration tool's SQLite export given as --db: refused, byte for byte unchanged."""
    import sqlite3

    other = tmp_path / "anmeldungen.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE bookings (name TEXT)")
    conn.execute("INSERT INTO bookings VALUES ('Anna Müller')")
    conn.commit()
    conn.close()
    other.chmod(0o644)
    before = other.read_bytes()
    for command in (("scan", "X"), ("list",), ("erase", "--yes")):
        result = run(other, *command, ok=False)
        assert result.returncode == 1, command
        assert "another program's database" in result.stderr, command
    assert other.read_bytes() == before
    assert stat.S_IMODE(other.stat().st_mode) == 0o644
    assert not Path(f"{other}-wal").exists()


def test_erasing_a_mistyped_path_is_an_error_not_a_success(db: Path) -> None:
    typo = db.with_name("evnet.sqlite3")
    result = run(typo, "erase", "--yes", ok=False)
    assert result.returncode == 1 and "no event database" in result.stderr
    assert db.exists()


def test_an_earlier_check_in_on_another_day_shows_its_date() -> None:
    from datetime import UTC, datetime, timedelta

    from checkin.cli.core_cmds import verdict_line
    from checkin.core.model import CheckInState, Verdict, VerdictKind

    now = datetime(2017, 3, 8, 9, 0, tzinfo=UTC)
    for first, shown in ((now - timedelta(hours=1), "first at 08:00:00"),
                         (now - timedelta(days=1), "first at 2017-03-07 09:00:00")):  # fmt: skip
        line = verdict_line(
            Verdict(
                VerdictKind.ALREADY_CHECKED_IN, "X", at=now, previous=CheckInState(first, "D1", "")
            ),
            UTC,  # the event's clock (here UTC: the times as written)
        )
        assert shown in line and "desk D1" in line


def test_the_wrong_file_never_empties_the_event(tmp_path: Path) -> None:
    db = tmp_path / "event.sqlite3"
    full = tmp_path / "alle.csv"
    full.write_text(
        "Code;Vorname;Nachname\n" + "".join(f"G{i};Gast;Nummer{i}\n" for i in range(30)),
        encoding="utf-8",
    )
    run(db, "import", str(full))
    late = tmp_path / "nachmeldungen.csv"
    late.write_text("Code;Vorname;Nachname\nN1;Neu;Spät\n", encoding="utf-8")
    refused = run(db, "import", "--json", str(late), ok=False)
    assert refused.returncode == 1 and "--keep-missing" in refused.stderr
    error = lines(refused)[0]
    assert error["type"] == "error" and "30 of the 30 guests" in error["error"]
    assert run(db, "scan", "G7").returncode == 0  # still on the list
    summary = lines(run(db, "import", "--json", "--allow-removals", str(late)))[0]
    assert summary["removed"] == 30 and summary["inserted"] == 1


def test_the_separator_can_be_given_where_detection_cannot_tell(tmp_path: Path) -> None:
    """Unquoted cells that hold commas: only the person knows ";" separates the columns."""
    listing = tmp_path / "kommas.csv"
    listing.write_text(
        "Name;Firma;Code\n"
        + "".join(f"Müller{i}, Anna;Stadtwerke Leipzig, Abt. IT, Berlin;C{i}\n" for i in range(5)),
        encoding="utf-8",
    )
    db = tmp_path / "event.sqlite3"
    forced = run(db, "import", "--delimiter", ",", str(listing), ok=False)  # the override rules
    assert forced.returncode == 1 and "columns are: Name;Firma;Code" in forced.stderr
    summary = lines(run(db, "import", "--json", "--delimiter", ";", str(listing)))[0]
    assert summary["inserted"] == 5
    guest = lines(run(db, "search", "--json", "Müller3"))[0]
    assert (guest["first_name"], guest["company"]) == (
        "Anna",
        "Stadtwerke Leipzig, Abt. IT, Berlin",
    )


def test_a_wrong_option_shows_the_commands_own_usage(db: Path) -> None:
    result = run(db, "scan", "-x", ok=False)
    assert result.returncode == 2
    assert "usage: checkin scan" in result.stderr and "unrecognized arguments: -x" in result.stderr
