"""Every command of the command line, on an event file and on a real PostgreSQL server.

The same day runs through `checkin.cli.main` (the `checkin` entry point) on both
backends, and each command's output is checked: import, scan, add, search, list,
undo, export (every list in every format), report, badges, codes, stats, event,
status, sync, erase. A `postgresql://` URL must never be taken for a file path.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from checkin.cli import main
from checkin.cli.export_cmds import FORMAT_CHOICES, WHAT_CHOICES
from tests.store.pg_server import PgServer

LIST = (
    "Code;Vorname;Nachname;Firma;E-Mail;Kategorie;Status\n"
    "WK-1;Eberhard;Westkämper;Fraunhofer IPA;ew@ipa.example;Referent;angemeldet\n"
    "MD-1;Martin;Dulig;SMWA;md@smwa.example;Ehrengast;angemeldet\n"
    "AB-1;Anna;Bergmann;TU Dresden;ab@tud.example;Teilnehmer;angemeldet\n"
    "ZS-1;Zora;Storniert;Nirgendwo AG;zs@n.example;Teilnehmer;storniert\n"
)


@pytest.fixture(params=["file", pytest.param("server", marks=pytest.mark.postgres)])
def event(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Where the day's event lives: a file that does not exist yet, or an empty database."""
    monkeypatch.delenv("CHECKIN_DB", raising=False)
    monkeypatch.setenv("CHECKIN_DATA_DIR", str(tmp_path / "desk"))
    if request.param == "file":
        return str(tmp_path / "event.sqlite3")
    server: PgServer = request.getfixturevalue("pg_server")
    return server.create_database()


class Cli:
    def __init__(self, db: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.db, self.capsys = db, capsys

    def __call__(self, *args: str, code: int = 0) -> str:
        self.capsys.readouterr()
        status = main([args[0], "--db", self.db, *args[1:]])
        out, err = self.capsys.readouterr()
        assert status == code, (args, out, err)
        assert "no event" not in err.lower() and "/postgresql:" not in out + err
        return out

    def refused(self, *args: str) -> str:
        """A wrong use (exit 2): what the command says about it."""
        self.capsys.readouterr()
        assert main([args[0], "--db", self.db, *args[1:]]) == 2
        return self.capsys.readouterr().err

    def json(self, *args: str, code: int = 0) -> list[dict]:  # type: ignore[type-arg]
        return [json.loads(line) for line in self(*args, "--json", code=code).splitlines()]


def pdf_text(path: Path) -> str:
    assert path.read_bytes().startswith(b"%PDF")
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def exported(path: Path, fmt: str) -> str:
    """What a person reading the export sees, as text."""
    if fmt == "csv":
        return "\n".join(
            ";".join(row) for row in csv.reader(io.StringIO(path.read_text("utf-8-sig")))
        )
    if fmt == "xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        try:
            return "\n".join(
                " ".join(str(v) for v in row if v is not None)
                for sheet in book.worksheets
                for row in sheet.iter_rows(values_only=True)
            )
        finally:
            book.close()
    return pdf_text(path)


#: Who each list holds at the end of the day (Dulig checked in and undone, then again).
EXPECTED = {
    "attended": ({"Westkämper", "Dulig", "Neumann"}, {"Bergmann", "Storniert"}),
    "noshow": ({"Bergmann"}, {"Westkämper", "Dulig", "Storniert"}),
    "walkin": ({"Neumann"}, {"Westkämper", "Bergmann"}),
    "cancelled": ({"Storniert"}, {"Westkämper", "Bergmann"}),
    "all": ({"Westkämper", "Dulig", "Bergmann", "Storniert", "Neumann"}, set()),
    "log": ({"WK-1", "MD-1"}, set()),
}


def test_every_command_on_either_backend(
    event: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(event, capsys)
    listing = tmp_path / "gaeste.csv"
    listing.write_text(LIST, encoding="utf-8")
    (summary,) = cli.json("import", str(listing))
    assert (summary["inserted"], summary["cancelled"]) == (4, 1)
    assert "0 new, 0 updated, 4 unchanged" in cli("import", str(listing))

    (admitted,) = cli.json("scan", "WK-1", "--desk", "Tisch 1")
    assert admitted["verdict"] == "admitted" and admitted["attendee"]["last_name"] == "Westkämper"
    (again,) = cli.json("scan", "WK-1", code=3)
    assert again["verdict"] == "already_checked_in"
    assert "unknown" in cli("scan", "NOPE-9", code=3).lower()
    (refused,) = cli.json("scan", "ZS-1", code=3)
    assert refused["verdict"] == "cancelled"
    cli("scan", "MD-1")
    assert "Dulig" in cli("undo", "MD-1")
    cli("scan", "MD-1")
    assert "Neumann" in cli("add", "--first-name", "Nora", "--last-name", "Neumann")
    assert "Bergmann" in cli("search", "berg")
    listed = cli("list")
    assert all(name in listed for name in ("Westkämper", "Dulig", "Bergmann", "Neumann"))

    for what in WHAT_CHOICES:
        for fmt in FORMAT_CHOICES:
            out = tmp_path / f"{what}.{fmt}"
            if what == "log" and fmt == "pdf":  # (the log is for a spreadsheet, not print)
                assert "log exports as csv or xlsx" in cli.refused(
                    "export", "--what", what, "-o", str(out)
                )
                continue
            (written,) = cli.json("export", "--what", what, "-o", str(out))
            assert (written["what"], written["format"]) == (what, fmt)
            text = exported(out, fmt)
            present, absent = EXPECTED[what]
            assert all(n in text for n in present), (what, fmt, text)
            assert not any(n in text for n in absent), (what, fmt, text)

    report = tmp_path / "bericht.pdf"
    (reported,) = cli.json("report", "-o", str(report))
    assert (reported["checked_in"], reported["walk_ins"], reported["no_shows"]) == (3, 1, 1)
    assert "Westkämper" in pdf_text(report)
    badges = tmp_path / "badges.pdf"
    cli("badges", "-o", str(badges))
    badge_text = pdf_text(badges)
    assert "Westkämper" in badge_text and "Bergmann" in badge_text
    cli("codes", "--out", str(tmp_path / "codes"))
    assert "WK-1" in (tmp_path / "codes" / "codes.csv").read_text("utf-8-sig")
    assert len(list((tmp_path / "codes").glob("*.png"))) >= 4

    (stats,) = cli.json("stats")
    assert (stats["checked_in"], stats["walk_ins"]) == (3, 1)
    assert stats["expected"] == reported["expected"]
    cli("event", "--name", "Strategiekonferenz", "--date", "2026-05-22")
    assert "Strategiekonferenz" in cli("event")
    (status,) = cli.json("status")
    if event.startswith("postgresql://"):
        assert status["online"] and status["waiting"] == 0 and status["server"] == event
        (synced,) = cli.json("sync")
        assert synced["online"] and synced["waiting"] == 0
    else:
        assert status["server"] is None
        assert "this is an event file" in cli.refused("sync")

    (erased,) = cli.json("erase", "--yes")
    if event.startswith("postgresql://"):
        assert erased["erased"][0] == event
        assert any("replica-" in p for p in erased["erased"][1:])  # the scans' replica
        (after,) = cli.json("stats")
        assert after["expected"] == 0
    else:
        assert event in erased["erased"] and not Path(event).exists()
        main(["stats", "--db", event])
        assert "There is no event at" in capsys.readouterr().err
    assert not list(tmp_path.glob("desk/replica-*"))  # no copy of the event left at the desk
