"""`checkin export` and `checkin report` against a real database."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pypdf
import pytest

from checkin.cli import main
from checkin.core.io.export import restore
from checkin.core.store.sqlite import SQLiteStore

from .export_day import scripted_event


@pytest.fixture(scope="module")
def event_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "event.sqlite3"
    store, _ = scripted_event(path)
    store.close()
    return path


def snapshot(db: Path) -> tuple[list, list]:
    store = SQLiteStore.open(db)
    try:
        return list(store.iter_attendees()), list(store.iter_log())
    finally:
        store.close()


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [[restore(c) for c in row] for row in csv.reader(fh, delimiter=";")]


def test_attended_csv_matches_the_store(event_db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "attended.csv"
    before = snapshot(event_db)
    argv = ["export", "--db", str(event_db), "--what", "attended", "-o", str(out)]
    assert main([*argv, "--timezone", "Europe/Berlin"]) == 0
    assert "rows written" in capsys.readouterr().out
    attendees, _ = before
    expected = [a for a in attendees if a.checked_in]
    rows = read_csv(out)
    assert len(rows) == len(expected) + 1
    assert [r[:3] for r in rows[1:]] == [[a.last_name, a.first_name, a.company] for a in expected]
    assert snapshot(event_db) == before  # an export never changes data


def test_noshow_xlsx_name_and_company_only(event_db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "noshow.xlsx"
    argv = ["export", "--db", str(event_db), "--what", "noshow", "--columns", "name,company"]
    assert main([*argv, "-o", str(out), "--json"]) == 0
    reply = json.loads(capsys.readouterr().out)
    attendees, _ = snapshot(event_db)
    noshows = [a for a in attendees if a.status == "active" and not a.checked_in]
    assert reply["rows"] == len(noshows) and reply["format"] == "xlsx"
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0] == ("Name", "Firma")
    assert [r[0] for r in rows[1:]] == [a.display_name for a in noshows]


def test_walkin_pdf(event_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "walkins.pdf"
    argv = ["export", "--db", str(event_db), "--what", "walkin", "--format", "pdf"]
    assert main([*argv, "-o", str(out)]) == 0
    text = pypdf.PdfReader(out).pages[0].extract_text()
    assert "Spontan" in text and "Nachmeldungen" in text and "Seite 1 von" in text


def test_log_csv_has_every_entry_with_names(event_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "log.csv"
    argv = ["export", "--db", str(event_db), "--what", "log", "--delimiter", ";"]
    assert main([*argv, "-o", str(out)]) == 0
    _, log = snapshot(event_db)
    rows = read_csv(out)
    assert len(rows) == len(log) + 1
    assert {"Check-in", "Abgewiesen", "Nachmeldung"} <= {r[1] for r in rows[1:]}
    assert any(r[4] == "XXXX-NOT-A-CODE" for r in rows)
    assert any(r[7] == "Walter Spontan" for r in rows)


def test_report(event_db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "report.pdf"
    assert main(["report", "--db", str(event_db), "-o", str(out)]) == 0
    assert "checked in" in capsys.readouterr().out
    assert "Ankünfte pro 15 Minuten" in pypdf.PdfReader(out).pages[0].extract_text()


def test_clear_messages(event_db: Path, tmp_path: Path, capsys) -> None:
    missing = tmp_path / "nowhere" / "x.csv"
    assert main(["export", "--db", str(event_db), "-o", str(missing)]) == 1
    assert "does not exist" in capsys.readouterr().err
    bad_col = [
        "export",
        "--db",
        str(event_db),
        "--columns",
        "name,shoe",
        "-o",
        str(tmp_path / "a.csv"),
    ]
    assert main(bad_col) == 2
    assert "unknown column 'shoe'" in capsys.readouterr().err
    no_db = tmp_path / "absent.sqlite3"
    assert main(["export", "--db", str(no_db), "-o", str(tmp_path / "a.csv")]) == 2
    assert "no event database" in capsys.readouterr().err and not no_db.exists()
    log_pdf = ["export", "--db", str(event_db), "--what", "log", "-o", str(tmp_path / "l.pdf")]
    assert main(log_pdf) == 2
    assert "csv or xlsx" in capsys.readouterr().err
