"""`checkin badges` and `checkin print` end to end, on a real database file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from checkin.cli import main
from checkin.core.model import Attendee, LogKind

from .helpers import page_count, pdf_text


@pytest.fixture
def db(filled_store, db_file: Path) -> str:  # noqa: ANN001
    filled_store.set_meta("event_name", "Strategiekonferenz")
    filled_store.add_attendee(
        Attendee("LONG1", first_name="X" * 5000, last_name="Y" * 5000, category="Referent")
    )
    filled_store.add_attendee(
        Attendee(
            "FWH",
            first_name="Friedrich-Wilhelm Maximilian Konstantin",
            last_name="von Hohenzollern-Sigmaringen",
            category="Referent",
        )
    )
    return str(db_file)


def test_badges_pdf_for_everyone_active(db: str, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    out = tmp_path / "b.pdf"
    assert main(["badges", "--db", db, "-o", str(out), "--cut-marks"]) == 0
    text = " ".join(pdf_text(out.read_bytes()).split())  # a wrapped name is still the name
    assert "Eberhard Westkämper" in text and "Łukasz Wiśniewski" in text
    assert "Gülşen" not in text  # cancelled
    assert page_count(out.read_bytes()) == 3  # 10 active guests on 4-up sheets
    assert "badges=11" in capsys.readouterr().out


def test_category_sort_start_at_and_json(db: str, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    out = tmp_path / "t.pdf"
    args = [
        "badges",
        "--db",
        db,
        "-o",
        str(out),
        "--category",
        "Teilnehmer",
        "--sort",
        "company",
        "--start-at",
        "3",
        "--stock",
        "a4-4xa6",
        "--json",
    ]
    assert main(args) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["badges"] == 6 and info["written"] == str(out)
    assert page_count(out.read_bytes()) == 2  # labels 3, 4 then a new sheet


def test_preflight_lists_the_cut_name_and_fails(db: str, capsys) -> None:  # noqa: ANN001
    assert main(["badges", "--db", db, "--preflight", "--json"]) == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert any(r["code"] == "LONG1" and r["kind"] == "cut" and r["serious"] for r in rows)
    (short,) = [r for r in rows if r["code"] == "FWH" and r["kind"] == "abbreviated"]
    assert short["how"] == ["middle_names_abbreviated"] and not short["serious"]
    printed = short["detail"].replace("- / ", "-").replace(" / ", " ")
    assert printed == "Friedrich-Wilhelm M. K. von Hohenzollern-Sigmaringen"


def test_preflight_says_how_a_name_was_shortened(db: str, capsys) -> None:  # noqa: ANN001
    main(["badges", "--db", db, "--preflight"])
    out = capsys.readouterr().out
    (line,) = [row for row in out.splitlines() if " FWH " in row and "abbreviated" in row]
    assert "name 22 pt middle_names_abbreviated: Friedrich-Wilhelm M. / K. von" in line


def test_calibration_needs_no_database(tmp_path: Path) -> None:
    out = tmp_path / "cal.pdf"
    assert (
        main(
            [
                "badges",
                "--calibration",
                "--stock",
                "herma-4412",
                "--offset-x",
                "1.5",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert "offset x +1.5 mm" in pdf_text(out.read_bytes())


def test_bad_stock_and_layout_are_clear_errors(db: str, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    assert main(["badges", "--db", db, "--stock", "a5", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "unknown stock 'a5'" in capsys.readouterr().err
    assert main(["badges", "--db", db, "--layout", "nope", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "no layout named 'nope'" in capsys.readouterr().err
    assert main(["badges", "--db", db]) == 2


def test_print_unknown_code_and_missing_printer(db: str, capsys) -> None:  # noqa: ANN001
    assert main(["print", "--db", db, "NOPE", "--printer", "x"]) == 1
    assert "no guest with code 'NOPE'" in capsys.readouterr().err
    assert main(["print", "--db", db, "DVORAK", "--printer", "no-such-printer"]) == 3
    assert "no-such-printer" in capsys.readouterr().err
    # Typed the way a desk types it (lower case, from a ticket URL): found as a scan finds it.
    for typed in ("dvorak", "https://tickets.example/c?code=DVORAK"):
        assert main(["print", "--db", db, typed, "--printer", "no-such-printer"]) == 3
        capsys.readouterr()


@pytest.mark.cups
@pytest.mark.skipif(shutil.which("lpstat") is None, reason="CUPS client (lpstat) not installed")
def test_print_logs_and_refuses_a_silent_reprint(db: str, filled_store, capsys) -> None:  # noqa: ANN001
    assert main(["print", "--db", db, "DVORAK", "--printer", "checkin-pdf", "--desk", "D2"]) == 0
    assert "printed=DVORAK" in capsys.readouterr().out
    assert main(["print", "--db", db, "DVORAK", "--printer", "checkin-pdf"]) == 4
    assert "badge already printed at" in capsys.readouterr().err
    assert main(["print", "--db", db, "DVORAK", "--printer", "checkin-pdf", "--reprint"]) == 0
    logged = [e for e in filled_store.iter_log() if e.kind is LogKind.BADGE_PRINTED]
    assert [e.code for e in logged] == ["DVORAK", "DVORAK"] and logged[0].desk == "D2"


@pytest.mark.cups
@pytest.mark.skipif(shutil.which("lpstat") is None, reason="CUPS client (lpstat) not installed")
def test_batch_to_printer_marks_guests_printed(db: str, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    assert main(["badges", "--db", db, "--category", "Referent", "--printer", "checkin-pdf"]) == 0
    capsys.readouterr()
    out = tmp_path / "rest.pdf"
    assert main(["badges", "--db", db, "--not-printed", "-o", str(out), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["badges"] == 8  # 10 active minus 2 speakers
    assert "Westkämper" not in pdf_text(out.read_bytes())
