"""PDF bytes -> a real printer, and badge printing off the GUI thread.

* `DeskBadgePrinter(store, settings, desk, operator, operations=)` -- one per
  desk window (`MainWindow.printer`). `start_print(a, automatic=)` returns the
  status-bar text for now ("Printing badge for ...", or "Badge already printed
  at 09:14 (Desk 2)" and nothing printed when automatic) and emits
  `printed(PrintOutcome)` on the GUI thread later. A desk without a printer
  ("export PDF only") saves a badge printed by hand into `pdf_folder` instead; `print_batch(attendees)`
  returns a started `Operation` (progress, cancel, succeeded(BatchResult)).
  Rendering and spooling are operations (`checkin.qt.operations`), so a failure
  is worded by the one error policy.
* `BadgeSettings.load(QSettings)` / `.save(...)`: printer, stock, layout per desk,
  set with `checkin.qt.badge_dialogs.PrintSettingsDialog.ask(qsettings, window)`.
* `printer_names()`, `default_printer_name()`, `print_pdf(pdf, printer)`.

A printer that is missing, paused or out of paper ends as a `SpoolResult` with
an error kind; nothing here raises into the check-in path.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QSettings,
    QSize,
    QSizeF,
    QStandardPaths,
    Signal,
    Slot,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from checkin.core.badges import cups, get_stock
from checkin.core.badges.cups import SpoolError, SpoolResult
from checkin.core.badges.layout import Layout, layout_for_event
from checkin.core.badges.render import render_badges
from checkin.core.badges.service import (
    PrintOutcome,
    event_from_store,
    last_printed,
    record_printed,
)
from checkin.core.badges.stock import Stock
from checkin.core.clock import Clock, system_clock
from checkin.core.io.export.files import atomic_output
from checkin.core.model import Attendee, LogEntry
from checkin.core.store.base import Store
from checkin.qt.messages import printed_note
from checkin.qt.operations import Operation, OperationContext, Operations

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
    #: A layout name or file; "" picks the one made for the event, else the built-in one.
    layout: str = ""
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

    def resolve(self, event_name: str = "") -> tuple[Layout, Stock]:
        """The layout (for this event) and stock; raises LayoutError/StockError with a
        message to show."""
        return layout_for_event(event_name, self.layout), get_stock(self.stock)


# -- background work ---------------------------------------------------------------------

#: ReportLab's font registry and subsetting are not thread-safe: one render at a time,
#: whichever runner (the window's, a test's) started it.
_RENDER_LOCK = threading.Lock()


@dataclass
class BatchResult:
    #: Guests whose badges were rendered (and, with a printer, spooled).
    attendees: list[Attendee] = field(default_factory=list)
    spool: SpoolResult | None = None
    pdf: bytes = b""
    #: The printer the work was sent to ("" for a PDF only).
    printer: str = ""
    #: The PDF file the badges were saved to (None: not saved).
    output: Path | None = None

    @property
    def ok(self) -> bool:
        return self.spool is None or self.spool.ok


def render_and_spool(
    context: OperationContext,
    attendees: Sequence[Attendee],
    settings: BadgeSettings,
    *,
    event: dict[str, str],
    start_at: int = 1,
    cut_marks: bool = False,
    output: Path | None = None,
    title: str = "Badges",
) -> BatchResult:
    """The work of a badge operation: render (with progress and cancel), save, spool.

    A layout or stock that cannot be used raises (the error policy words it); a
    cancel raises OperationCancelled before anything is saved or printed. Writing
    the print log is left to the GUI thread (`DeskBadgePrinter`), so the store's
    listeners never run on a worker.
    """
    layout, stock = settings.resolve(event.get("name", ""))
    chosen = [a for a in attendees if layout.elements_for(a.category) is not None]
    with _RENDER_LOCK:
        pdf = render_badges(
            chosen,
            layout,
            stock,
            event=event,
            start_at=start_at,
            cut_marks=cut_marks,
            offset_mm=(settings.offset_x, settings.offset_y),
            title=title,
            progress=context.progress,
            cancelled=lambda: context.cancelled,
        )
    context.check_cancelled()
    if output is not None:
        with atomic_output(output) as fh:  # owner-only, like every export
            fh.write(pdf)
    spool = print_pdf(pdf, settings.printer, title) if settings.printer else None
    return BatchResult(chosen, spool=spool, pdf=pdf, printer=settings.printer, output=output)


def badge_pdf_folder() -> Path:
    """Where a desk without a printer saves a badge printed by hand."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "checkin badges"


def badge_pdf_name(attendee: Attendee) -> str:
    """badge-IZ17-T2WB.pdf: the ticket code (no name in a file name), safe on any disk."""
    code = "".join(c if c.isalnum() or c in "-_" else "_" for c in attendee.code)
    return f"badge-{code or attendee.id}.pdf"


class DeskBadgePrinter(QObject):
    """The desk's badge printer: one badge now (check-in, reprint) or a batch, never blocking.

    Rendering and spooling are operations on the window's runner, one after
    another on its "badges" lane; the print log is written here on the GUI thread
    once the spooler accepted the job. The window owns one (`MainWindow.printer`).
    """

    #: PrintOutcome of a single badge (ok, or why not: spool.error / no_badge).
    printed = Signal(object)
    #: A single badge could not be made at all (layout, paper, renderer): the attendee
    #: and the OperationError; after the window-wide error message, so the words name
    #: the guest.
    printFailed = Signal(object, object)

    def __init__(
        self,
        store: Store,
        settings: BadgeSettings,
        desk: str,
        operator: str,
        clock: Clock = system_clock,
        parent: QObject | None = None,
        operations: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.desk = desk
        self.operator = operator
        self.clock = clock
        self.operations = operations or Operations(store, self)
        self._single: dict[QObject, tuple[Attendee, LogEntry | None]] = {}
        #: Where badges go when the desk has no printer (tests set a temporary folder).
        self.pdf_folder: Path = badge_pdf_folder()
        # The fonts are parsed by the first badge's work, not when the window opens: a
        # worker busy with them would hold the interpreter while the first scans arrive.

    def already_printed(self, attendee: Attendee) -> LogEntry | None:
        return last_printed(self.store, attendee)

    def start_print(self, attendee: Attendee, *, automatic: bool = False) -> str:
        """Print one badge without blocking; returns the status-bar text for right now.

        The outcome follows as `printed(PrintOutcome)`. With `automatic=True`
        (auto-print on check-in) a guest whose badge was already printed is not
        printed again; the text says when it was.
        """
        previous = self.already_printed(attendee)
        if automatic and previous is not None:
            return printed_note(previous)
        name = attendee.display_name or attendee.code
        if not self.settings.printer:
            if automatic:
                return QCoreApplication.translate(
                    "badges", "No badge printer chosen for this desk (Badges > Printer settings)"
                )
            self.print_badge(attendee)
            return QCoreApplication.translate("badges", "Saving badge for {name} as PDF…").format(
                name=name
            )
        self.print_badge(attendee)
        note = printed_note(previous)
        printing = QCoreApplication.translate("badges", "Printing badge for {name}…").format(
            name=name
        )
        return f"{note} – {printing}" if note else printing

    def print_badge(self, attendee: Attendee) -> Operation[BatchResult]:
        """Print one badge in the background (no printer: save it as a PDF in
        `pdf_folder`); `printed(PrintOutcome)` follows."""
        previous = self.already_printed(attendee)
        settings, event = self.settings, event_from_store(self.store)
        output = None if settings.printer else self.pdf_folder / badge_pdf_name(attendee)

        def work(context: OperationContext) -> BatchResult:
            if output is not None:
                output.parent.mkdir(parents=True, exist_ok=True)
            return render_and_spool(
                context,
                [attendee],
                settings,
                event=event,
                output=output,
                title=f"badge {attendee.code}",
            )

        operation = self.operations.run(work, lane="badges", label="badge")
        self._single[operation] = (attendee, previous)
        # Bound methods, not lambdas: an operation's callbacks must not own this object.
        operation.succeeded.connect(self._single_done)
        operation.failed.connect(self._single_failed)  # after the runner's own `failed`
        operation.finished.connect(self._single_ended)
        return operation

    def print_batch(
        self,
        attendees: Sequence[Attendee],
        *,
        start_at: int = 1,
        cut_marks: bool = False,
        output: Path | None = None,
    ) -> Operation[BatchResult]:
        """Start a batch; connect to the operation's signals before the event loop runs again."""
        settings, event = self.settings, event_from_store(self.store)
        title = f"badges ({len(attendees)})"
        chosen = list(attendees)

        def work(context: OperationContext) -> BatchResult:
            return render_and_spool(
                context,
                chosen,
                settings,
                event=event,
                start_at=start_at,
                cut_marks=cut_marks,
                output=output,
                title=title,
            )

        operation = self.operations.run(work, lane="badges", label="badges")
        operation.succeeded.connect(self._batch_done)
        return operation

    def _log(self, attendees: Sequence[Attendee], printer: str) -> None:
        for a in attendees:
            if a.id is not None:
                record_printed(self.store, a, printer, self.desk, self.operator, self.clock)

    @Slot(object)
    def _single_done(self, result: BatchResult) -> None:
        attendee, previous = self._single.pop(self.sender(), (None, None))
        if attendee is None:
            return
        printer = result.printer
        if not result.attendees:
            self.printed.emit(PrintOutcome(attendee, SpoolResult(printer), previous, no_badge=True))
            return
        if result.spool is None and result.output is not None:
            saved = PrintOutcome(attendee, SpoolResult(""), previous, saved_to=str(result.output))
            self.printed.emit(saved)  # not logged as printed: nobody has the badge yet
            return
        if result.spool is None:
            spool = SpoolResult(
                printer, error=SpoolError.NOT_FOUND, message="no printer chosen for this desk"
            )
        else:
            spool = result.spool
        if spool.ok:
            self._log([attendee], printer)
        self.printed.emit(PrintOutcome(attendee, spool, previous))

    @Slot(object)
    def _single_failed(self, error: object) -> None:
        attendee, _previous = self._single.get(self.sender(), (None, None))
        if attendee is not None:
            self.printFailed.emit(attendee, error)

    @Slot()
    def _single_ended(self) -> None:
        self._single.pop(self.sender(), None)

    @Slot(object)
    def _batch_done(self, result: BatchResult) -> None:
        if result.spool is not None and result.spool.ok:
            self._log(result.attendees, result.printer)
