"""Printing through Qt: QtPdf onto a QPrinter, and the desk's background print jobs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from checkin.core.badges import get_stock, load_layout, render_badges
from checkin.core.badges.cups import SpoolError
from checkin.core.journal import printer_of
from checkin.core.model import LogKind
from checkin.qt.messages import ErrorKind
from checkin.qt.printing import (
    BadgeSettings,
    DeskBadgePrinter,
    print_pdf,
    printer_names,
    render_pdf_to_printer,
)

from .helpers import EVENT, decode_qr, guests, page_count, rasterise

QUEUE = "checkin-pdf"


def test_qtpdf_pages_land_on_a_qprinter_at_their_size(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    people = guests()[:2]
    pdf = render_badges(people, load_layout("strategiekonferenz"), get_stock("a6"), event=EVENT)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "qt.pdf"
    printer.setOutputFileName(str(out))
    result = render_pdf_to_printer(pdf, printer, "file")
    assert result.ok, result.message
    data = out.read_bytes()
    assert page_count(data) == 2
    pages = rasterise(data, tmp_path, dpi=200, stem="qt")
    assert [decode_qr(p) for p in pages] == [[people[0].code], [people[1].code]]
    # A6 in, A6 out (105 x 148 mm at 200 dpi).
    assert pages[0].size == pytest.approx((827, 1166), abs=3)


def test_unreadable_pdf_is_a_failed_result(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "x.pdf"))
    result = render_pdf_to_printer(b"not a pdf", printer, "file")
    assert result.error is SpoolError.FAILED


def test_batch_job_exports_pdf_with_progress(qtbot, filled_store, tmp_path: Path) -> None:  # noqa: ANN001
    desk = DeskBadgePrinter(filled_store, BadgeSettings(stock="a4-4xa6"), "Desk 1", "Eva")
    out = tmp_path / "batch.pdf"
    attendees = list(filled_store.iter_attendees())
    seen: list[tuple[int, int]] = []
    job = desk.print_batch(attendees, output=out)
    job.progressed.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(job.succeeded, timeout=30_000) as blocker:
        pass
    result = blocker.args[0]
    assert result.ok and result.spool is None
    assert seen and seen[-1][0] <= len(attendees)
    assert len(result.attendees) == len(attendees)
    assert page_count(out.read_bytes()) == (len(attendees) + 3) // 4
    assert out.stat().st_mode & 0o777 == 0o600  # names and ticket codes: owner-only
    # No printer, no log entries.
    assert not [e for e in filled_store.iter_log() if e.kind is LogKind.BADGE_PRINTED]


def test_cancelled_batch_stops_and_writes_nothing(qtbot, filled_store, tmp_path: Path) -> None:  # noqa: ANN001
    desk = DeskBadgePrinter(filled_store, BadgeSettings(stock="a4-4xa6"), "Desk 1", "Eva")
    out = tmp_path / "cancelled.pdf"
    job = desk.print_batch(list(filled_store.iter_attendees()) * 20, output=out)
    job.progressed.connect(lambda _d, _t: job.cancel())  # stop at the first badge drawn
    succeeded: list[object] = []
    job.succeeded.connect(succeeded.append)
    with qtbot.waitSignal(job.cancelled, timeout=30_000):
        pass
    assert succeeded == [] and not out.exists()


def test_bad_layout_in_settings_is_reported_not_raised(qtbot, filled_store) -> None:  # noqa: ANN001
    desk = DeskBadgePrinter(filled_store, BadgeSettings(layout="nope"), "Desk 1", "Eva")
    job = desk.print_batch(list(filled_store.iter_attendees()))
    with qtbot.waitSignal(job.failed, timeout=30_000) as blocker:
        pass
    error = blocker.args[0]
    assert error.kind is ErrorKind.BADGE_SETUP and "no layout named 'nope'" in error.message


def test_missing_printer_gives_an_outcome_and_no_log(qtbot, filled_store, clock) -> None:  # noqa: ANN001
    settings = BadgeSettings(printer="no-such-printer")
    desk = DeskBadgePrinter(filled_store, settings, "Desk 1", "Eva", clock)
    anna = next(a for a in filled_store.iter_attendees() if a.first_name == "Anna")
    with qtbot.waitSignal(desk.printed, timeout=30_000) as blocker:
        desk.print_badge(anna)
    outcome = blocker.args[0]
    assert not outcome.ok and outcome.spool.error is SpoolError.NOT_FOUND
    assert desk.already_printed(anna) is None


@pytest.mark.cups
@pytest.mark.skipif(shutil.which("lpstat") is None, reason="CUPS client (lpstat) not installed")
def test_desk_prints_to_cups_and_logs_it(qtbot, filled_store, clock) -> None:  # noqa: ANN001
    assert QUEUE in printer_names(), "run .ci/setup-cups.sh first"
    desk = DeskBadgePrinter(filled_store, BadgeSettings(printer=QUEUE), "Desk 1", "Eva", clock)
    anna = next(a for a in filled_store.iter_attendees() if a.first_name == "Anna")
    with qtbot.waitSignal(desk.printed, timeout=30_000) as blocker:
        desk.print_badge(anna)
    outcome = blocker.args[0]
    assert outcome.ok, outcome.spool.message
    assert outcome.previous is None
    entry = desk.already_printed(anna)
    assert entry is not None and printer_of(entry) == QUEUE and entry.desk == "Desk 1"
    with qtbot.waitSignal(desk.printed, timeout=30_000) as blocker:
        desk.print_badge(anna)
    assert blocker.args[0].previous == entry


@pytest.mark.cups
@pytest.mark.skipif(shutil.which("lpstat") is None, reason="CUPS client (lpstat) not installed")
def test_qt_path_prints_through_cups_too(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    """Where `lp` is absent the desk prints through QPrinter; prove that path on the real queue."""
    import uuid

    from .test_cups import _printed_pdf

    code = "QT-" + uuid.uuid4().hex[:10].upper()
    a = guests()[0].__class__(code, first_name="Ewa", last_name="Kowalska", category="Presse")
    pdf = render_badges([a], load_layout("strategiekonferenz"), get_stock("a6"), event=EVENT)
    title = f"badge {code}"
    result = print_pdf(pdf, QUEUE, title, via="qt")
    assert result.ok, result.message
    qtbot.waitUntil(lambda: _printed_pdf(title) is not None, timeout=60_000)
    printed = _printed_pdf(title)
    assert printed is not None
    (page,) = rasterise(printed.read_bytes(), tmp_path, dpi=200, stem="viaqt")
    assert decode_qr(page) == [code]
    printed.unlink()


@pytest.mark.cups
@pytest.mark.skipif(shutil.which("lpstat") is None, reason="CUPS client (lpstat) not installed")
def test_paused_printer_leaves_the_checkin_alone(qtbot, filled_store, clock) -> None:  # noqa: ANN001
    from checkin.core.rules import CheckInService
    from checkin.qt.messages import outcome_text

    anna = next(a for a in filled_store.iter_attendees() if a.first_name == "Anna")
    verdict = CheckInService(filled_store, clock).check_in(anna.id, "Desk 1", "Eva")
    assert verdict.admits
    desk = DeskBadgePrinter(
        filled_store, BadgeSettings(printer=f"{QUEUE}-paused"), "Desk 1", "Eva", clock
    )
    with qtbot.waitSignal(desk.printed, timeout=30_000) as blocker:
        desk.print_badge(verdict.attendee)
    outcome = blocker.args[0]
    assert outcome.spool.error is SpoolError.DISABLED
    assert outcome_text(outcome) == (
        f"Badge for Anna Müller failed: Printer {QUEUE}-paused is paused or has a problem "
        "(paper? ribbon?)."
    )
    assert desk.already_printed(anna) is None
    assert filled_store.get_attendee(anna.id).is_checked_in


def test_without_printer_the_desk_says_what_to_do(qtbot, filled_store) -> None:  # noqa: ANN001
    desk = DeskBadgePrinter(filled_store, BadgeSettings(), "D1", "Eva")
    anna = next(a for a in filled_store.iter_attendees() if a.first_name == "Anna")
    assert "No badge printer chosen" in desk.start_print(anna, automatic=True)


def test_without_printer_a_badge_is_saved_as_pdf(qtbot, filled_store, tmp_path: Path) -> None:  # noqa: ANN001
    from checkin.qt.messages import outcome_text

    desk = DeskBadgePrinter(filled_store, BadgeSettings(stock="a6"), "D1", "Eva")
    desk.pdf_folder = tmp_path / "new folder"
    anna = next(a for a in filled_store.iter_attendees() if a.first_name == "Anna")
    with qtbot.waitSignal(desk.printed, timeout=30_000) as blocker:
        assert desk.start_print(anna) == "Saving badge for Anna Müller as PDF…"
    outcome = blocker.args[0]
    saved = Path(outcome.saved_to)
    assert saved.parent == desk.pdf_folder and anna.code in saved.name
    assert outcome_text(outcome) == f"Badge for Anna Müller saved as PDF: {saved}"
    (page,) = rasterise(saved.read_bytes(), tmp_path, dpi=200, stem="saved")
    assert decode_qr(page) == [anna.code]
    assert desk.already_printed(anna) is None


@pytest.mark.cups
@pytest.mark.skipif(shutil.which("lpstat") is None, reason="CUPS client (lpstat) not installed")
def test_desk_prints_reports_and_skips_automatic_reprint(qtbot, filled_store, clock) -> None:  # noqa: ANN001
    from checkin.qt.messages import outcome_text

    desk = DeskBadgePrinter(
        filled_store, BadgeSettings(printer=QUEUE, stock="a6"), "D1", "Eva", clock
    )
    anna = next(a for a in filled_store.iter_attendees() if a.first_name == "Anna")
    with qtbot.waitSignal(desk.printed, timeout=30_000) as blocker:
        text = desk.start_print(anna, automatic=True)
    assert text.startswith("Printing badge for Anna Müller")
    assert outcome_text(blocker.args[0]) == f"Badge for Anna Müller printed to {QUEUE}"
    again = desk.start_print(anna, automatic=True)
    assert again.startswith("Badge already printed at")
    with qtbot.waitSignal(desk.printed, timeout=30_000):
        manual = desk.start_print(anna)
    assert "Badge already printed at" in manual and "Printing badge" in manual
