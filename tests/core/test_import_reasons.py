"""The import report says why the rows of a re-import found their guests (CLI)."""

from __future__ import annotations

import json
from pathlib import Path

from checkin.cli import main
from checkin.core.importing import import_list
from checkin.core.model import MatchReason
from checkin.core.store.sqlite import SQLiteStore

FIRST = (
    "Code;Vorname;Nachname;Firma\nA1;Anna;Nowak;Beta GmbH\nB1;Jan;Kowal;Gamma\nC1;Ida;Berg;Delta\n"
)
#: A1 by its code; Kowal without his code, by name; Berg's company changed; one new.
AGAIN = "Code;Vorname;Nachname;Firma\nA1;Anna;Nowak;Beta GmbH\n;Jan;Kowal;Gamma\n;Ida;Berg;Delta AG\nD1;Ole;Brand;Epsilon\n"


def _lists(tmp_path: Path) -> tuple[Path, Path]:
    first, again = tmp_path / "first.csv", tmp_path / "again.csv"
    first.write_text(FIRST, encoding="utf-8")
    again.write_text(AGAIN, encoding="utf-8")
    return first, again


def test_the_report_counts_the_rows_per_reason(tmp_path: Path, clock) -> None:
    first, again = _lists(tmp_path)
    store = SQLiteStore.open(tmp_path / "event.sqlite3")
    try:
        assert import_list(store, first, clock=clock).matched_by == ((MatchReason.NEW, 3),)
        report = import_list(store, again, clock=clock)
    finally:
        store.close()
    assert report.matched_by == (
        (MatchReason.NEW, 1),
        (MatchReason.SAME_CODE, 1),
        (MatchReason.NAME, 1),
        (MatchReason.COMPANY_CHANGED, 1),
    )


def test_the_command_line_prints_why_rows_matched(tmp_path: Path, capsys) -> None:
    first, again = _lists(tmp_path)
    db = str(tmp_path / "event.sqlite3")
    assert main(["import", str(first), "--db", db]) == 0
    assert "rows matched" not in capsys.readouterr().out  # a first import matches nobody
    assert main(["import", str(again), "--db", db]) == 0
    out = capsys.readouterr().out
    assert (
        "rows matched: 1 new, 1 by the same code, 1 without code by name, "
        "1 by name, company changed"
    ) in out
    assert main(["import", str(again), "--db", db, "--json"]) == 0
    summary = json.loads(capsys.readouterr().out.splitlines()[0])
    assert summary["matched_by"] == {"same_code": 2, "name": 2}  # Berg's company is known now
