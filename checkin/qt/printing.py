"""PDF bytes -> a real printer, and badge printing off the GUI thread.

Entry points for the desk window:

* `print_badge_for(window, store, attendee, desk=, operator=, clock=, automatic=)`
  -- what `checkin.qt.integrations.print_badge` calls: starts printing, returns
  the status-bar text for now ("Printing badge for ...", or "Badge already
  printed at 09:14 (Desk 2)" and nothing printed when `automatic=True`), and
  shows the outcome in the window's status bar later. Printer, stock and layout
  come from QSettings (`window._qsettings` or `qsettings=`), set with
  `checkin.qt.badge_dialogs.PrintSettingsDialog.ask(qsettings, window)`;
  batches with `checkin.qt.badge_dialogs.open_batch_print(window, store, ...)`.

* `DeskBadgePrinter(store, settings, desk, operator)` -- one per desk window.
  `already_printed(a)` answers "badge already printed at 09:14" (log lookup);
  `print_badge(a)` renders and spools in the background and emits
  `printed(PrintOutcome)` on the GUI thread (auto-print on check-in, reprint);
  `print_batch(attendees)` returns a started `BadgePrintJob` with
  `progress(done, total)` / `finished(BatchResult)` and `cancel()`.
* `BadgeSettings.load(QSettings)` / `.save(...)`: printer, stock, layout per desk.
* `printer_names()`, `default_printer_name()`, `print_pdf(pdf, printer)`.

A printer that is missing, paused or out of paper ends as a `SpoolResult` with
an error kind; nothing here raises into the check-in path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRunnable,
    QSettings,
    QSize,
    QSizeF,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from checkin.core.badges import cups, get_stock, load_layout
from checkin.core.badges.cups import SpoolError, SpoolResult
from checkin.core.badges.layout import Layout
from checkin.core.badges.render import render_badges
from checkin.core.badges.service import (
    PrintOutcome,
    event_from_store,
    last_printed,
    record_printed,
)
from checkin.core.badges.stock import Stock
from checkin.core.badges.text import register_badge_fonts
from checkin.core.io.export.files import atomic_output
from checkin.core.model import Attendee, LogEntry
from checkin.core.store.base import Store
from checkin.qt.messages import outcome_text, printed_note

#: Rendering resolution when Qt (not CUPS) drives the printer.
RASTER_DPI = 300
#: Value of BadgeSettings.printer meaning "no printer, export PDF only".
NO_PRINTER = ""


# -- printers ------------------------------------------------------------------------


def printer_names() -> list[str]:
    return sorted(QPrinterInfo.availablePrinterNames())


def default_printer_name() -> str:
    return QPrinterInfo.defaultPrinterName()


def print_pdf(
    pdf: bytes, printer_name: str, title: str = "badge", *, via: str = "auto"
) -> SpoolResult:
    """Print PDF bytes; `via` is "auto" (CUPS when it knows the queue), "cups" or "qt"."""
    if via in ("auto", "cups") and cups.cups_available():
        if via == "cups" or cups.printer_info(printer_name) is not None:
            return cups.spool(pdf, printer_name, title=title)
    info = QPrinterInfo.printerInfo(printer_name)
    if info.isNull():
        return SpoolResult(
            printer_name, error=SpoolError.NOT_FOUND, message=f"no printer named {printer_name!r}"
        )
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    return render_pdf_to_printer(pdf, printer, printer_name)


def render_pdf_to_printer(pdf: bytes, printer: QPrinter, name: str = "") -> SpoolResult:
    """Draw each PDF page (rasterised by QtPdf) onto a QPrinter at the page's real size."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() == 0:
        return SpoolResult(name, error=SpoolError.FAILED, message="the PDF could not be read")
    printer.setFullPage(True)
    painter = QPainter()
    try:
        for page in range(doc.pageCount()):
            points = doc.pagePointSize(page)
            size = QPageSize(
                QSizeF(points.width(), points.height()),
                QPageSize.Unit.Point,
                "",
                QPageSize.SizeMatchPolicy.ExactMatch,
            )
            printer.setPageLayout(
                QPageLayout(size, QPageLayout.Orientation.Portrait, printer.pageLayout().margins())
            )
            if page == 0:
                if not painter.begin(printer):
                    return SpoolResult(
                        name, error=SpoolError.FAILED, message="the printer refused the job"
                    )
            elif not printer.newPage():
                return SpoolResult(
                    name, error=SpoolError.FAILED, message="the printer stopped mid-job"
                )
            target = painter.viewport()
            pixels = QSize(
                round(points.width() / 72 * RASTER_DPI), round(points.height() / 72 * RASTER_DPI)
            )
            image = doc.render(page, pixels)
            painter.drawImage(target, image)
    finally:
        if painter.isActive():
            painter.end()
        doc.close()
    return SpoolResult(name, message="sent through Qt")


@dataclass(frozen=True, slots=True)
class QtPrinterSink:
    """A `PrinterSink` for the core print service, printing through `print_pdf`."""

    name: str

    def submit(self, pdf: bytes, title: str) -> SpoolResult:
        return print_pdf(pdf, self.name, title)


# -- per-desk settings -----------------------------------------------------------------


@dataclass(frozen=True)
class BadgeSettings:
    printer: str = NO_PRINTER
    stock: str = "a6"
    layout: str = "strategiekonferenz"
    #: For sheets: correct a printer's drift (mm, right/down).
    offset_x: float = 0.0
    offset_y: float = 0.0

    @classmethod
    def load(cls, qsettings: QSettings) -> BadgeSettings:
        d = cls()

        def number(key: str, default: float) -> float:
            try:
                return float(qsettings.value(key, default))  # type: ignore[arg-type]
            except (TypeError, ValueError):
                return default

        return cls(
            printer=str(qsettings.value("badges/printer", d.printer) or ""),
            stock=str(qsettings.value("badges/stock", d.stock) or d.stock),
            layout=str(qsettings.value("badges/layout", d.layout) or d.layout),
            offset_x=number("badges/offset_x", d.offset_x),
            offset_y=number("badges/offset_y", d.offset_y),
        )

    def save(self, qsettings: QSettings) -> None:
        qsettings.setValue("badges/printer", self.printer)
        qsettings.setValue("badges/stock", self.stock)
        qsettings.setValue("badges/layout", self.layout)
        qsettings.setValue("badges/offset_x", self.offset_x)
        qsettings.setValue("badges/offset_y", self.offset_y)

    def resolve(self) -> tuple[Layout, Stock]:
        """The layout and stock; raises LayoutError/StockError with a message to show."""
        return load_layout(self.layout), get_stock(self.stock)


# -- background jobs ---------------------------------------------------------------------


@dataclass
class BatchResult:
    #: Guests whose badges were rendered (and, with a printer, spooled).
    attendees: list[Attendee] = field(default_factory=list)
    spool: SpoolResult | None = None
    cancelled: bool = False
    pdf: bytes = b""
    #: Layout or stock error, or a renderer failure.
    error: str = ""
    #: The job that produced this result (to tell concurrent jobs apart).
    job: object = None

    @property
    def ok(self) -> bool:
        return not self.cancelled and not self.error and (self.spool is None or self.spool.ok)


class _JobSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)


class BadgePrintJob(QRunnable):
    """Render a batch (and send it to a printer) on a worker thread, with progress and cancel.

    Connect to `signals.progress(done, total)` and `signals.finished(BatchResult)`
    (delivered on the GUI thread); `cancel()` stops before the next badge.
    Writing the print log is left to the GUI thread (`DeskBadgePrinter`), so the
    store's listeners never run on this worker.
    """

    def __init__(
        self,
        attendees: Sequence[Attendee],
        settings: BadgeSettings,
        *,
        event: dict[str, str],
        start_at: int = 1,
        cut_marks: bool = False,
        output: Path | None = None,
        title: str = "Badges",
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _JobSignals()
        self.attendees = list(attendees)
        self.settings = settings
        self.event = event
        self.start_at = start_at
        self.cut_marks = cut_marks
        self.output = output
        self.title = title
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def is_cancelled(self) -> bool:
        return self._cancelled

    def run(self) -> None:
        result = BatchResult()
        try:
            result = self._run()
        except Exception as exc:  # noqa: BLE001 - report, never crash the worker thread
            result = BatchResult(error=f"{type(exc).__name__}: {exc}", job=self)
        self.signals.finished.emit(result)

    def _run(self) -> BatchResult:
        try:
            layout, stock = self.settings.resolve()
        except ValueError as exc:
            return BatchResult(error=str(exc), job=self)
        chosen = [a for a in self.attendees if layout.elements_for(a.category) is not None]
        drawn = 0

        def progress(done: int, total: int) -> None:
            nonlocal drawn
            drawn = done
            self.signals.progress.emit(done, total)

        pdf = render_badges(
            chosen,
            layout,
            stock,
            event=self.event,
            start_at=self.start_at,
            cut_marks=self.cut_marks,
            offset_mm=(self.settings.offset_x, self.settings.offset_y),
            title=self.title,
            progress=progress,
            cancelled=self.is_cancelled,
        )
        if self._cancelled:
            return BatchResult(chosen[:drawn], cancelled=True, job=self)
        if self.output is not None:
            with atomic_output(self.output) as fh:  # owner-only, like every export
                fh.write(pdf)
        spool = None
        if self.settings.printer:
            spool = print_pdf(pdf, self.settings.printer, self.title)
        return BatchResult(chosen, spool=spool, pdf=pdf, job=self)


_POOL: QThreadPool | None = None


def badge_pool() -> QThreadPool:
    """The one thread all badge jobs share: ReportLab's font subsetting is not thread-safe."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(1)
    return _POOL


class DeskBadgePrinter(QObject):
    """The desk's badge printer: one badge now (check-in, reprint) or a batch, never blocking.

    Rendering and spooling run on one background thread shared by every badge
    job (`badge_pool()`); the print log is written here on the GUI thread once
    the spooler accepted the job.
    """

    #: PrintOutcome of a single badge (ok, or why not: spool.error / no_badge).
    printed = Signal(object)

    def __init__(
        self,
        store: Store,
        settings: BadgeSettings,
        desk: str,
        operator: str,
        clock: Callable[[], datetime] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.desk = desk
        self.operator = operator
        self.clock = clock or (lambda: datetime.now().astimezone())
        self.pool = badge_pool()
        # Parse the font files now, so the first check-in's badge is as fast as the rest.
        self.pool.start(register_badge_fonts)
        self._jobs: set[BadgePrintJob] = set()
        self._pending: dict[BadgePrintJob, tuple[Attendee, LogEntry | None]] = {}

    def already_printed(self, attendee: Attendee) -> LogEntry | None:
        return last_printed(self.store, attendee)

    def print_badge(self, attendee: Attendee) -> BadgePrintJob:
        """Print one badge in the background; `printed(PrintOutcome)` follows."""
        previous = self.already_printed(attendee)
        job = BadgePrintJob(
            [attendee],
            self.settings,
            event=event_from_store(self.store),
            title=f"badge {attendee.code}",
        )
        self._pending[job] = (attendee, previous)
        job.signals.finished.connect(self._single_done)
        return self._start(job)

    def print_batch(
        self,
        attendees: Sequence[Attendee],
        *,
        start_at: int = 1,
        cut_marks: bool = False,
        output: Path | None = None,
    ) -> BadgePrintJob:
        """Start a batch; connect to job.signals before the event loop runs again."""
        job = BadgePrintJob(
            attendees,
            self.settings,
            event=event_from_store(self.store),
            start_at=start_at,
            cut_marks=cut_marks,
            output=output,
            title=f"badges ({len(attendees)})",
        )
        job.signals.finished.connect(self._batch_done)
        return self._start(job)

    def wait(self, msecs: int = -1) -> bool:
        """Block until queued jobs are done (for closing the window and for tests)."""
        return self.pool.waitForDone(msecs)

    def _start(self, job: BadgePrintJob) -> BadgePrintJob:
        self._jobs.add(job)
        self.pool.start(job)
        return job

    def _log(self, attendees: Sequence[Attendee], printer: str) -> None:
        for a in attendees:
            if a.id is not None:
                record_printed(self.store, a, printer, self.desk, self.operator, self.clock)

    @Slot(object)
    def _single_done(self, result: BatchResult) -> None:
        job = result.job
        assert isinstance(job, BadgePrintJob)
        self._jobs.discard(job)
        attendee, previous = self._pending.pop(job)
        printer = self.settings.printer
        if result.error:
            spool = SpoolResult(printer, error=SpoolError.FAILED, message=result.error)
        elif not result.attendees:
            self.printed.emit(PrintOutcome(attendee, SpoolResult(printer), previous, no_badge=True))
            return
        elif result.spool is None:
            spool = SpoolResult(
                printer, error=SpoolError.NOT_FOUND, message="no printer chosen for this desk"
            )
        else:
            spool = result.spool
        if spool.ok:
            self._log([attendee], printer)
        self.printed.emit(PrintOutcome(attendee, spool, previous))

    @Slot(object)
    def _batch_done(self, result: BatchResult) -> None:
        self._jobs.discard(result.job)  # type: ignore[arg-type]
        if result.spool is not None and result.spool.ok and not result.cancelled:
            self._log(result.attendees, self.settings.printer)


# -- the seam the desk window calls (checkin.qt.integrations.print_badge) ------------------


class _WindowPrinter(QObject):
    """The DeskBadgePrinter of one window, reporting outcomes in that window's status bar."""

    def __init__(self, parent: QObject, printer: DeskBadgePrinter) -> None:
        super().__init__(parent)
        self.setObjectName("checkin-badge-printer")
        self.printer = printer
        printer.setParent(self)
        printer.printed.connect(self._show)

    @Slot(object)
    def _show(self, outcome: PrintOutcome) -> None:
        status = getattr(self.parent(), "statusBar", None)
        if callable(status):
            status().showMessage(outcome_text(outcome), 8000)


def desk_printer_for(
    parent: QObject,
    store: Store,
    *,
    desk: str,
    operator: str,
    clock: Callable[[], datetime] | None = None,
    qsettings: QSettings | None = None,
) -> DeskBadgePrinter:
    """The window's DeskBadgePrinter, created once and kept up to date with the desk settings."""
    qsettings = qsettings or getattr(parent, "_qsettings", None) or QSettings()
    settings = BadgeSettings.load(qsettings)
    holder = parent.findChild(_WindowPrinter, "checkin-badge-printer")
    if holder is None or holder.printer.store is not store:
        if holder is not None:
            holder.deleteLater()
        holder = _WindowPrinter(parent, DeskBadgePrinter(store, settings, desk, operator, clock))
    p = holder.printer
    p.settings, p.desk, p.operator = settings, desk, operator
    if clock is not None:
        p.clock = clock
    return p


def print_badge_for(
    parent: QObject,
    store: Store,
    attendee: Attendee,
    *,
    desk: str,
    operator: str,
    clock: Callable[[], datetime] | None = None,
    qsettings: QSettings | None = None,
    automatic: bool = False,
) -> str:
    """Start printing one badge without blocking; returns the status-bar text for right now.

    The outcome ("Sent to ...", or why not) follows in the parent's status bar.
    With `automatic=True` (auto-print on check-in) a guest whose badge was
    already printed is not printed again; the text says when it was.
    """
    printer = desk_printer_for(
        parent, store, desk=desk, operator=operator, clock=clock, qsettings=qsettings
    )
    previous = printer.already_printed(attendee)
    if automatic and previous is not None:
        return printed_note(previous)
    if not printer.settings.printer:
        return QCoreApplication.translate(
            "badges", "No badge printer chosen for this desk (Badges > Printer settings)"
        )
    printer.print_badge(attendee)
    note = printed_note(previous)
    printing = QCoreApplication.translate("badges", "Printing badge for {name}…").format(
        name=attendee.display_name or attendee.code
    )
    return f"{note} – {printing}" if note else printing
