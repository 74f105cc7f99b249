"""`checkin scan --image FILE`: every code in a picture of tickets is judged, none picked."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PIL import Image, ImageFilter

from tests.core.test_cli import LIST, lines, run
from tests.qr_images import on_canvas, qr


@pytest.fixture
def db(tmp_path: Path) -> Path:
    listfile = tmp_path / "gaeste.csv"
    listfile.write_text(LIST, encoding="utf-8")
    path = tmp_path / "event.sqlite3"
    run(path, "import", str(listfile))
    return path


def test_two_tickets_in_one_picture_are_both_judged(db: Path, tmp_path: Path) -> None:
    photo = tmp_path / "zwei-tickets.jpg"
    picture = on_canvas(
        [qr("https://tickets.example/t?code=WK-1", box=5), qr('{"code": "MD-1"}', box=5)]
    )
    picture.filter(ImageFilter.GaussianBlur(1)).convert("RGB").save(photo, quality=40)
    out = run(db, "scan", "--image", str(photo))
    assert out.stdout.splitlines()[0] == f"{photo}: 2 codes in the picture"
    assert "ADMITTED  Prof. Dr.-Ing. Eberhard Westkämper" in out.stdout
    assert "ADMITTED  Staatsminister Martin Dulig" in out.stdout
    again = lines(run(db, "--json", "scan", "--image", str(photo), ok=False))
    assert [(v["verdict"], v["code"], v["picture"]) for v in again] == [
        ("already_checked_in", "WK-1", str(photo)),
        ("already_checked_in", "MD-1", str(photo)),
    ]
    conn = sqlite3.connect(db)
    sources = conn.execute(
        "SELECT source FROM log WHERE kind <> 'list_imported' ORDER BY id"
    ).fetchall()
    conn.close()
    assert sources == [("picture",)] * 4


def test_a_shared_code_in_a_picture_asks_like_a_scan(db: Path, tmp_path: Path) -> None:
    png = tmp_path / "twin.png"
    on_canvas([qr("TW-1")]).save(png)
    (verdict,) = lines(run(db, "--json", "scan", "--image", str(png), ok=False))
    assert verdict["verdict"] == "ambiguous" and len(verdict["candidates"]) == 2


def test_a_picture_without_a_code_says_so(db: Path, tmp_path: Path) -> None:
    png = tmp_path / "selfie.png"
    Image.new("RGB", (640, 480), (200, 180, 160)).save(png)
    out = run(db, "scan", "--image", str(png), ok=False)
    assert out.returncode == 3
    assert out.stdout.strip() == f"{png}: no code found in the picture"
    (said,) = lines(run(db, "--json", "scan", "--image", str(png), ok=False))
    assert said == {"picture": str(png), "error": "no code found in the picture"}


def test_an_unreadable_picture_is_an_error_and_judges_nothing(db: Path, tmp_path: Path) -> None:
    good = tmp_path / "ticket.png"
    on_canvas([qr("WK-1")]).save(good)
    bad = tmp_path / "ticket.pdf"
    bad.write_bytes(b"%PDF-1.4 not a picture")
    out = run(db, "scan", "--image", str(good), "--image", str(bad), ok=False)
    assert out.returncode == 1 and "not a picture" in out.stderr and out.stdout == ""
    assert run(db, "scan", "WK-1").returncode == 0  # the good ticket was not judged either
