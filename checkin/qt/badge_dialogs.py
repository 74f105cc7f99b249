"""Badge dialogs: per-desk print settings, and batch printing with preflight, progress and cancel.

The translated words for print outcomes live in `checkin.qt.messages`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkin.core.badges import STOCKS, IssueKind, get_stock, layout_names, preflight
from checkin.core.badges.render import render_calibration
from checkin.core.badges.service import event_from_store, select_batch
from checkin.qt.core_words import stock_name
from checkin.qt.messages import spool_text
from checkin.qt.operations import Operation
from checkin.qt.printing import (
    NO_PRINTER,
    BadgeSettings,
    BatchResult,
    DeskBadgePrinter,
    print_pdf,
    printer_names,
)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class PrintSettingsDialog(QDialog):
    """Pick this desk's printer, stock and layout once; remembered in QSettings."""

    def __init__(self, settings: BadgeSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Badge printing"))
        self.printer = QComboBox()
        self.printer.addItem(self.tr("No printer (export PDF only)"), NO_PRINTER)
        for name in printer_names():
            self.printer.addItem(name, name)
        if settings.printer and self.printer.findData(settings.printer) < 0:
            self.printer.addItem(
                self.tr("{name} (not available)").format(name=settings.printer), settings.printer
            )
        self.printer.setCurrentIndex(max(0, self.printer.findData(settings.printer)))
        self.stock = QComboBox()
        for stock in STOCKS.values():
            self.stock.addItem(stock_name(stock), stock.name)
        if self.stock.findData(settings.stock) < 0:
            self.stock.addItem(settings.stock, settings.stock)
        self.stock.setCurrentIndex(max(0, self.stock.findData(settings.stock)))
        self.layout_box = QComboBox()
        self.layout_box.addItem(self.tr("Made for this event, else built-in"), "")
        for name in layout_names():
            self.layout_box.addItem(name, name)
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(settings.layout)))
        self.offset_x = self._offset(settings.offset_x)
        self.offset_y = self._offset(settings.offset_y)
        self.calibrate = QPushButton(self.tr("Print calibration page"))
        self.calibrate.clicked.connect(self._print_calibration)
        self.status = QLabel()
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Printer"), self.printer)
        form.addRow(self.tr("Paper / labels"), self.stock)
        form.addRow(self.tr("Layout"), self.layout_box)
        offsets = QHBoxLayout()
        offsets.addWidget(self.offset_x)
        offsets.addWidget(self.offset_y)
        form.addRow(self.tr("Offset right / down (mm)"), offsets)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.calibrate)
        box.addWidget(self.status)
        box.addWidget(buttons)

    def _offset(self, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(-20.0, 20.0)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(" mm")
        spin.setValue(value)
        return spin

    def settings(self) -> BadgeSettings:
        return BadgeSettings(
            printer=str(self.printer.currentData() or ""),
            stock=str(self.stock.currentData()),
            layout=str(self.layout_box.currentData()),
            offset_x=self.offset_x.value(),
            offset_y=self.offset_y.value(),
        )

    @Slot()
    def _print_calibration(self) -> None:
        s = self.settings()
        if not s.printer:
            self.status.setText(self.tr("Choose a printer first."))
            return
        pdf = render_calibration(get_stock(s.stock), (s.offset_x, s.offset_y))
        self.status.setText(spool_text(print_pdf(pdf, s.printer, "calibration")))

    @classmethod
    def ask(cls, qsettings: QSettings, parent: QWidget | None = None) -> BadgeSettings | None:
        """Show the dialog modally; saves and returns the new settings, None when cancelled."""
        dialog = cls(BadgeSettings.load(qsettings), parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.settings()
        chosen.save(qsettings)
        return chosen


class BatchPrintDialog(QDialog):
    """Badges for all, a category or those not yet printed, sorted, with preflight, progress and cancel."""

    #: A batch ended (printed, saved, cancelled or failed; see `status`).
    ended = Signal()

    def __init__(self, printer: DeskBadgePrinter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk_printer = printer
        self.job: Operation[BatchResult] | None = None
        self.outcome: BatchResult | None = None
        self.setWindowTitle(self.tr("Print badges"))
        stock = get_stock(printer.settings.stock)

        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for name in sorted({a.category for a in printer.store.iter_attendees() if a.category}):
            self.category.addItem(name, name)
        self.not_printed = QCheckBox(self.tr("Only guests without a printed badge"))
        self.sort = QComboBox()
        self.sort.addItem(self.tr("Last name"), "last_name")
        self.sort.addItem(self.tr("Company"), "company")
        self.start_at = QSpinBox()
        self.start_at.setRange(1, stock.per_page)
        self.start_at.setEnabled(stock.is_sheet)
        self.cut_marks = QCheckBox(self.tr("Cut marks"))
        self.cut_marks.setEnabled(stock.is_sheet)
        self.issues = QPlainTextEdit()
        self.issues.setReadOnly(True)
        self.issues.setPlaceholderText(
            self.tr("Check the badges before printing to see names that do not fit.")
        )
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.check_button = QPushButton(self.tr("Check badges"))
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setEnabled(bool(printer.settings.printer))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.cancel_button = QPushButton(self.tr("Cancel printing"))
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.check_button.clicked.connect(self.run_preflight)
        self.print_button.clicked.connect(lambda: self.start(None))
        self.pdf_button.clicked.connect(self._save_pdf)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Category"), self.category)
        form.addRow("", self.not_printed)
        form.addRow(self.tr("Sorted by"), self.sort)
        form.addRow(self.tr("Start at label"), self.start_at)
        form.addRow("", self.cut_marks)
        buttons = QHBoxLayout()
        for b in (
            self.check_button,
            self.print_button,
            self.pdf_button,
            self.cancel_button,
            self.close_button,
        ):
            buttons.addWidget(b)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.issues, 1)
        box.addWidget(self.progress)
        box.addWidget(self.status)
        box.addLayout(buttons)
        self.resize(640, 480)

    def chosen(self):  # noqa: ANN201 - list[Attendee]
        return select_batch(
            self.desk_printer.store,
            category=self.category.currentData(),
            not_printed=self.not_printed.isChecked(),
            sort=self.sort.currentData(),
        )

    @Slot()
    def run_preflight(self) -> None:
        event = event_from_store(self.desk_printer.store)
        layout, stock = self.desk_printer.settings.resolve(event["name"])
        guests = self.chosen()
        issues = preflight(guests, layout, stock, event=event)
        words = {
            IssueKind.AT_MINIMUM_SIZE: self.tr("at minimum size"),
            IssueKind.WRAPPED: self.tr("wrapped"),
            IssueKind.CUT: self.tr("cut off"),
            IssueKind.FALLBACK_GLYPH: self.tr("uses fallback font"),
            IssueKind.MISSING_GLYPH: self.tr("character cannot be printed"),
            IssueKind.TOO_SMALL_ON_STOCK: self.tr("too small on this stock"),
            IssueKind.NO_BADGE: self.tr("no badge for this category"),
            IssueKind.ABBREVIATED: self.tr("given names as initials:"),
            IssueKind.TITLE_SHORTENED: self.tr("title shortened:"),
            IssueKind.MORE_LINES: self.tr("more lines, smaller:"),
            IssueKind.LEFT_OUT: self.tr("parts left out:"),
        }
        lines = [
            f"{'!' if i.serious else ' '} {_short(i.name)} ({i.code}): {i.element} {words[i.kind]} "
            f"{_short(i.detail)}".rstrip()
            for i in issues
        ]
        serious = sum(i.serious for i in issues)
        lines.append(
            self.tr("{n} guests checked, {m} to fix before printing.").format(
                n=len(guests), m=serious
            )
        )
        self.issues.setPlainText("\n".join(lines))

    @Slot()
    def _save_pdf(self) -> None:
        path = self.choose_pdf_path()
        if path:
            self.start(path)

    def choose_pdf_path(self) -> Path | None:
        """Ask where to save; tests replace this method."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save badges"), "badges.pdf", "PDF (*.pdf)"
        )
        return Path(name) if name else None

    def start(self, output: Path | None) -> Operation[BatchResult] | None:
        """Start the batch: to the desk's printer (output None) or into a PDF file."""
        guests = self.chosen()
        if not guests:
            self.status.setText(self.tr("No guests match."))
            return None
        printer = self.desk_printer
        if output is not None:
            # Export only: same work, no printer, nothing logged as printed.
            printer = DeskBadgePrinter(
                printer.store,
                replace(printer.settings, printer=NO_PRINTER),
                printer.desk,
                printer.operator,
                printer.clock,
                self,
                operations=printer.operations,
            )
        self.progress.setRange(0, len(guests))
        self.progress.setValue(0)
        self.outcome = None
        job = printer.print_batch(
            guests,
            start_at=self.start_at.value(),
            cut_marks=self.cut_marks.isChecked(),
            output=output,
        )
        self.job = job
        job.progressed.connect(self._progress)
        job.succeeded.connect(self._finished)
        job.cancelled.connect(
            lambda: self.status.setText(self.tr("Cancelled: nothing was sent to the printer."))
        )
        job.failed.connect(
            lambda error: self.status.setText(
                self.tr("Badges could not be made: {error}").format(error=error.message)
            )
        )
        job.finished.connect(self._ended)
        self._busy(True)
        self.status.setText(self.tr("Preparing {n} badges…").format(n=len(guests)))
        return job

    @Slot()
    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    @Slot(object)
    def _finished(self, result: BatchResult) -> None:
        self.outcome = result
        n = len(result.attendees)
        if result.spool is None:
            self.status.setText(
                self.tr("{n} badges saved as PDF: {path}").format(n=n, path=result.output)
            )
        elif result.spool.ok:
            self.status.setText(
                self.tr("{n} badges printed to {printer}").format(n=n, printer=result.printer)
            )
        else:
            self.status.setText(
                self.tr("{n} badges failed: {why}").format(n=n, why=spool_text(result.spool))
            )

    def _ended(self) -> None:
        self.job = None
        self._busy(False)
        self.ended.emit()

    def _busy(self, busy: bool) -> None:
        for b in (self.check_button, self.pdf_button, self.close_button):
            b.setEnabled(not busy)
        self.print_button.setEnabled(not busy and bool(self.desk_printer.settings.printer))
        self.cancel_button.setEnabled(busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
