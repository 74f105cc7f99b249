"""Looking at a PDF the way a person does: its text, its fonts, its pixels, its QR codes."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from checkin.core.model import Attendee

EVENT = {"name": "Strategiekonferenz – Industrie der ZUKUNFT", "date": "7. März 2017 · Leipzig"}


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def font_files(pdf: bytes) -> dict[str, set[str]]:
    """Base font name -> the embedded font stream kinds (FontFile, FontFile2, FontFile3)."""
    reader = PdfReader(io.BytesIO(pdf))
    found: dict[str, set[str]] = {}
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            name = str(font["/BaseFont"])
            kinds = found.setdefault(name, set())
            descendants = font.get("/DescendantFonts")
            descriptors = [font.get("/FontDescriptor")]
            if descendants:
                descriptors += [d.get_object().get("/FontDescriptor") for d in descendants]
            for desc in descriptors:
                if desc is None:
                    continue
                desc = desc.get_object()
                kinds.update(k for k in ("/FontFile", "/FontFile2", "/FontFile3") if k in desc)
    return found


def rasterise(pdf: bytes, tmp_path: Path, dpi: int = 200, stem: str = "page") -> list[Image.Image]:
    src = tmp_path / f"{stem}.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(src), str(tmp_path / stem)], check=True)
    pages = sorted(tmp_path.glob(f"{stem}-*.png"))
    return [Image.open(p).convert("RGB") for p in pages]


def decode_qr(image: Image.Image) -> list[str]:
    import zxingcpp

    return sorted(r.text for r in zxingcpp.read_barcodes(image) if r.format.name == "QRCode")


def guests() -> list[Attendee]:
    return [
        Attendee(
            "SK-0001",
            first_name="Anna",
            last_name="Nowak",
            title="Dr.",
            company="Bundesministerium für Wirtschaft",
            function="Referatsleiterin",
            category="Referent",
            id=1,
        ),
        Attendee(
            "SK-0002",
            first_name="Jürgen",
            last_name="Weiß",
            title="",
            company="Škoda Auto a.s.",
            category="Teilnehmer",
            id=2,
        ),
        Attendee(
            "SK-0003",
            first_name="Łukasz",
            last_name="Wiśniewski",
            title="",
            company="Politechnika Wrocławska",
            category="Presse",
            id=3,
        ),
        Attendee(
            "SK-0004",
            first_name="Gülşen",
            last_name="Öztürk",
            title="",
            company="İstanbul Teknik Üniversitesi",
            category="Ehrengast",
            id=4,
        ),
        Attendee(
            "SK-0005",
            first_name="Петр",
            last_name="Дворжак",
            title="",
            company="Ελληνική Εταιρεία",
            category="Organisation",
            id=5,
        ),
    ]
