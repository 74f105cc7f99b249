"""The badge dialogs, driven like a person would, with real rendering behind them."""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from checkin.core.badges.cups import SpoolError, SpoolResult
from checkin.core.model import Attendee, LogEntry, LogKind
from checkin.qt.badge_dialogs import BatchPrintDialog, PrintSettingsDialog
from checkin.qt.messages import printed_note, spool_text
from checkin.qt.printing import BadgeSettings, DeskBadgePrinter

from .helpers import page_count, pdf_text

#: Set CHECKIN_SHOTS=/some/dir to keep screenshots of the dialogs for a look.
SHOTS_DIR = Path(os.environ.get("CHECKIN_SHOTS", tempfile.gettempdir()))


def test_settings_dialog_round_trips_through_qsettings(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    qs = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    chosen = BadgeSettings(printer="", stock="herma-4412", layout="default", offset_x=1.5)
    dialog = PrintSettingsDialog(chosen)
    qtbot.addWidget(dialog)
    assert dialog.settings() == chosen
    dialog.stock.setCurrentIndex(dialog.stock.findData("a4-8xa7"))
    dialog.settings().save(qs)
    qs.sync()
    again = BadgeSettings.load(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    assert again.stock == "a4-8xa7" and again.offset_x == 1.5 and again.layout == "default"


def test_calibration_without_printer_asks_for_one(qtbot) -> None:  # noqa: ANN001
    dialog = PrintSettingsDialog(BadgeSettings())
    qtbot.addWidget(dialog)
    dialog.calibrate.click()
    assert "printer" in dialog.status.text().lower()


def test_batch_dialog_preflight_then_pdf_with_progress(qtbot, filled_store, tmp_path: Path) -> None:  # noqa: ANN001
    filled_store.add_attendee(
        Attendee("LONG1", first_name="W" * 5000, last_name="", category="Referent")
    )
    filled_store.add_attendee(
        Attendee(
            "FWH",
            first_name="Friedrich-Wilhelm Maximilian Konstantin Ludwig",
            last_name="von Hohenzollern-Sigmaringen",
            category="Organisation",
        )
    )
    desk = DeskBadgePrinter(filled_store, BadgeSettings(stock="a4-4xa6"), "Desk 1", "Eva")
    dialog = BatchPrintDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.print_button.isEnabled()  # no printer chosen for this desk
    dialog.check_button.click()
    assert "LONG1" in dialog.issues.toPlainText() and "cut off" in dialog.issues.toPlainText()
    assert "FWH" in dialog.issues.toPlainText()
    assert (
        "(FWH): name given names as initials: Friedrich-Wilhelm M." in dialog.issues.toPlainText()
    )
    out = tmp_path / "teilnehmer.pdf"
    dialog.category.setCurrentIndex(dialog.category.findData("Teilnehmer"))
    dialog.choose_pdf_path = lambda: out  # type: ignore[method-assign]
    dialog.pdf_button.click()
    assert dialog.job is not None and dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    assert dialog.outcome.ok and len(dialog.outcome.attendees) == 6
    assert page_count(out.read_bytes()) == 2 and "Petr Dvořák" in pdf_text(out.read_bytes())
    assert dialog.progress.value() == 6
    assert dialog.status.text() == f"6 badges saved as PDF: {out}"
    dialog.grab().save(str(SHOTS_DIR / "batch_dialog.png"))
    # Export is not printing: nothing logged.
    assert not [e for e in filled_store.iter_log() if e.kind is LogKind.BADGE_PRINTED]


def test_outcome_words(qapp) -> None:  # noqa: ANN001
    assert "not found" in spool_text(SpoolResult("Zebra", error=SpoolError.NOT_FOUND))
    assert "paper" in spool_text(SpoolResult("Zebra", error=SpoolError.DISABLED))
    at = datetime(2026, 3, 12, 9, 14, tzinfo=timezone(timedelta(hours=1)))
    entry = LogEntry(at, LogKind.BADGE_PRINTED, "Desk 2", "Eva", attendee_id=1)
    note = printed_note(entry)
    assert "Desk 2" in note and note.startswith("Badge already printed at")
    assert printed_note(None) == ""


@pytest.mark.cups
@pytest.mark.skipif(shutil.which("lpstat") is None, reason="CUPS client (lpstat) not installed")
@pytest.mark.parametrize(
    ("queue", "words"),
    [
        ("checkin-pdf", "6 badges printed to checkin-pdf"),
        (
            "checkin-pdf-paused",
            "6 badges failed: Printer checkin-pdf-paused is paused or has a problem "
            "(paper? ribbon?).",
        ),
    ],
)
def test_batch_dialog_says_printed_to_or_why_not(qtbot, filled_store, queue, words) -> None:  # noqa: ANN001
    desk = DeskBadgePrinter(filled_store, BadgeSettings(printer=queue, stock="a6"), "D1", "Eva")
    dialog = BatchPrintDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.category.setCurrentIndex(dialog.category.findData("Teilnehmer"))
    assert dialog.print_button.isEnabled()
    dialog.print_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)
    assert dialog.status.text() == words
    printed = [e for e in filled_store.iter_log() if e.kind is LogKind.BADGE_PRINTED]
    assert len(printed) == (6 if dialog.outcome.spool.ok else 0)
