"""Printing through a real CUPS queue with cups-pdf (set up by .ci/setup-cups.sh)."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from checkin.core.badges import cups, get_stock, load_layout, render_badges
from checkin.core.badges.cups import SpoolError
from checkin.core.model import Attendee

from .helpers import EVENT, decode_qr, page_count, pdf_text, rasterise

QUEUE = "checkin-pdf"
OUT_DIRS = [
    Path("/var/spool/cups-pdf/out"),
    Path("/var/spool/cups-pdf/ANONYMOUS"),
    Path.home() / "PDF",
]

pytestmark = [
    pytest.mark.cups,
    pytest.mark.skipif(shutil.which("lpstat") is None, reason="CUPS client (lpstat) not installed"),
]


@pytest.fixture
def queue() -> str:
    if cups.printer_info(QUEUE) is None:
        pytest.fail(f"CUPS queue {QUEUE!r} missing: run .ci/setup-cups.sh as root first")
    return QUEUE


def _printed_pdf(job_title: str) -> Path | None:
    """The file cups-pdf wrote for our job: it names files after the job title."""
    stem = job_title.replace(" ", "_")
    for folder in OUT_DIRS:
        for path in sorted(folder.glob(f"{stem}*.pdf")) if folder.is_dir() else ():
            try:
                if page_count(path.read_bytes()) >= 1:
                    return path
            except Exception:  # cups-pdf is still writing it
                continue
    return None


def test_badge_printed_to_cups_pdf_queue_shows_the_guest(queue: str, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    """Print through lp -> pdftopdf -> pdftops -> cups-pdf (Ghostscript) and look at the result.

    Debian 12's cups-pdf chain (Ghostscript 10.0 re-distilling PostScript) turns
    TrueType text into outlines, so the printed file has no extractable text to
    search; we find it by its job title and check that the page carries this
    guest's QR code and a rendered name where the layout puts it.
    """
    code = "SK-" + uuid.uuid4().hex[:10].upper()
    a = Attendee(
        code, first_name="Dorota", last_name="Wójcik", company="Drukarnia Łódź", category="Referent"
    )
    pdf = render_badges([a], load_layout("strategiekonferenz"), get_stock("a6"), event=EVENT)
    title = f"badge {code}"
    result = cups.spool(pdf, queue, title=title)
    assert result.ok, result.message
    assert result.job_id.startswith(queue)
    qtbot.waitUntil(lambda: _printed_pdf(title) is not None, timeout=60_000)
    printed = _printed_pdf(title)
    assert printed is not None
    data = printed.read_bytes()
    assert page_count(data) == 1
    text = pdf_text(data)
    if text.strip():  # a cups-pdf that keeps fonts: the name must be there, exactly
        assert "Dorota Wójcik" in text
    (page,) = rasterise(data, tmp_path, dpi=200)
    assert decode_qr(page) == [code]
    # The name is printed as outlines: read it back the way a person would (OCR).
    read = ocr(next(tmp_path.glob("page-*.png")))
    assert "Dorota" in read and "jcik" in read, read
    printed.unlink()


def ocr(path: Path) -> str:
    """What Tesseract reads on the printed page (installed by scripts/setup --test)."""
    tesseract = shutil.which("tesseract")
    assert tesseract, "tesseract-ocr is missing: run scripts/setup --test"
    result = subprocess.run(
        [tesseract, str(path), "-", "-l", "deu", "--psm", "11"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_missing_printer_is_a_typed_error_not_an_exception() -> None:
    result = cups.spool(b"%PDF-1.4", "no-such-printer-here")
    assert not result.ok and result.error is SpoolError.NOT_FOUND
    assert "no-such-printer-here" in result.message


def test_queues_are_listed(queue: str) -> None:
    info = cups.printer_info(queue)
    assert info is not None and info.enabled and info.accepting


def test_paused_printer_out_of_paper_is_refused_with_its_reason(queue: str) -> None:
    paused = cups.printer_info(f"{queue}-paused")
    assert paused is not None, "run .ci/setup-cups.sh: it also creates the paused queue"
    assert not paused.enabled and "media-empty" in paused.message
    result = cups.spool(b"%PDF-1.4", paused.name)
    assert result.error is SpoolError.DISABLED and "media-empty" in result.message
