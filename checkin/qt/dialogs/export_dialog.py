"""The day's end: attendance lists, the check-in log and the organisers' report, to a file.

The choices become a core `ExportRequest`; the writing runs as an operation (off
the GUI thread, with progress and cancel) on a connection of its own, so the
desk keeps scanning while 200,000 rows are written. A file problem (full disk,
no permission) is said once, in words, in the dialog.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.core.io.export import COLUMNS, DEFAULT_COLUMNS
from checkin.core.io.export.job import REPORT, ExportRequest, run_export, write_report
from checkin.core.store.base import Store, StoreError
from checkin.qt.event_time import local
from checkin.qt.messages import OperationError
from checkin.qt.operations import OperationContext, Operations

#: Guests sampled for the list's own extra columns (the first rows show which exist).
EXTRA_SAMPLE = 500


@dataclass(frozen=True, slots=True)
class ExportOutcome:
    """A finished export: `written` rows (guests expected, for the report) at `path`."""

    path: Path
    written: int


class SavePrompt:
    """Where to save; replaceable in tests (they never block on a file dialog)."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, start: str, filters: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
        return path or None


class FolderOpener:
    """Shows a folder in the system's file manager; replaceable in tests."""

    @classmethod
    def open(cls, folder: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def default_folder() -> str:
    """The folder an export proposes: Documents where it exists (a fresh account or a
    desk laptop may have none: the export would then refuse its own proposal), else home."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found if found and Path(found).is_dir() else str(Path.home())


class ExportDialog(QDialog):
    """Choose what, format, columns and file; export with progress, cancel, "open folder"."""

    #: The export ended (an ExportOutcome), for the window's status bar.
    exported = Signal(object)

    def __init__(
        self,
        store: Store,
        operations: Operations,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
        *,
        what: str = "attended",
        folder: str = "",
    ) -> None:
        super().__init__(parent)
        self.store, self._operations, self._clock = store, operations, clock
        self._operation: Any = None
        self.outcome: ExportOutcome | None = None
        self.setWindowTitle(self.tr("Export"))
        self.what = QComboBox(self)
        for key, label in self._whats().items():
            self.what.addItem(label, key)
        self.fmt = QComboBox(self)
        for key, label in (
            ("csv", self.tr("CSV (Excel, LibreOffice)")),
            ("xlsx", self.tr("Excel workbook (XLSX)")),
            ("pdf", self.tr("PDF to print")),
        ):
            self.fmt.addItem(label, key)
        self.columns = QListWidget(self)
        self.columns.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.columns.setToolTip(self.tr("Tick the columns to export; drag them into order"))
        self._fill_columns()
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("File"))
        self.choose = QPushButton(self.tr("&Choose…"), self)
        self.choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.start = QPushButton(self.tr("&Export"), self)
        self.start.setDefault(True)
        self.start.clicked.connect(self.start_export)
        self.open_folder = QPushButton(self.tr("Open &folder"), self)
        self.open_folder.clicked.connect(self._open_folder)
        self.open_folder.hide()
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self._cancel_or_close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)
        buttons.addWidget(self.start)
        buttons.addWidget(self.close_button)

        form = QFormLayout()
        self._columns_label = QLabel(self.tr("C&olumns"), self)
        self._columns_label.setBuddy(self.columns)
        for label, widget in (
            (self.tr("&What"), self.what),
            (self.tr("F&ormat"), self.fmt),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        form.addRow(self._columns_label, self.columns)
        file_label = QLabel(self.tr("&File"), self)
        file_label.setBuddy(self.path)  # a row holding a layout gets no buddy of its own
        form.addRow(file_label, file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self._folder = folder or default_folder()
        self.what.currentIndexChanged.connect(self._choice_changed)
        self.fmt.currentIndexChanged.connect(self._choice_changed)
        self.what.setCurrentIndex(max(0, self.what.findData(what)))
        self._choice_changed()
        self.resize(520, 560)

    # -- choices ------------------------------------------------------------------------
    def _whats(self) -> dict[str, str]:
        return {
            "attended": self.tr("Guests who came"),
            "noshow": self.tr("No-shows"),
            "walkin": self.tr("Walk-ins"),
            "cancelled": self.tr("Cancelled guests"),
            "all": self.tr("All guests"),
            "log": self.tr("Check-in log (every scan, undo and edit)"),
            REPORT: self.tr("Report for the organisers (PDF)"),
        }

    def _column_labels(self) -> dict[str, str]:
        return {
            "code": self.tr("Code"),
            "title": self.tr("Title"),
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "name": self.tr("Full name"),
            "company": self.tr("Company"),
            "function": self.tr("Position"),
            "email": self.tr("E-mail"),
            "category": self.tr("Category"),
            "status": self.tr("Status"),
            "walk_in": self.tr("Walk-in"),
            "checked_in_at": self.tr("Checked in at"),
            "desk": self.tr("Desk"),
            "operator": self.tr("Operator"),
        }

    def _fill_columns(self) -> None:
        labels = self._column_labels()
        keys = [*DEFAULT_COLUMNS, *(k for k in COLUMNS if k not in DEFAULT_COLUMNS)]
        try:  # fields the imported list carried beyond ours ("Table", "Diet")
            sample = itertools.islice(self.store.iter_attendees(), EXTRA_SAMPLE)
            extras = sorted({name for a in sample for name in a.extra})
        except StoreError:
            extras = []
        for key in [*keys, *(f"extra.{name}" for name in extras)]:
            item = QListWidgetItem(labels.get(key, key.removeprefix("extra.")), self.columns)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            item.setCheckState(
                Qt.CheckState.Checked if key in DEFAULT_COLUMNS else Qt.CheckState.Unchecked
            )

    def chosen_columns(self) -> list[str]:
        items = (self.columns.item(row) for row in range(self.columns.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def set_columns(self, keys: list[str]) -> None:
        """Tick exactly `keys`, in that order, at the top (for tests and remembered choices)."""
        for position, key in enumerate(keys):
            for row in range(self.columns.count()):
                item = self.columns.item(row)
                if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
                    self.columns.insertItem(position, self.columns.takeItem(row))
                    break
        for row in range(self.columns.count()):
            item = self.columns.item(row)
            if item is not None:
                wanted = item.data(Qt.ItemDataRole.UserRole) in keys
                item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    @property
    def chosen_what(self) -> str:
        return str(self.what.currentData())

    @property
    def chosen_format(self) -> str:
        return str(self.fmt.currentData())

    def _choice_changed(self) -> None:
        what = self.chosen_what
        model = self.fmt.model()
        for row in range(self.fmt.count()):
            key = self.fmt.itemData(row)
            allowed = (key == "pdf") if what == REPORT else not (what == "log" and key == "pdf")
            item = model.item(row) if hasattr(model, "item") else None  # QStandardItemModel
            if item is not None:
                item.setEnabled(allowed)
        if what == REPORT:
            self.fmt.setCurrentIndex(self.fmt.findData("pdf"))
        elif what == "log" and self.chosen_format == "pdf":
            self.fmt.setCurrentIndex(self.fmt.findData("csv"))
        lists_guests = what not in ("log", REPORT)
        self.columns.setVisible(lists_guests)
        self._columns_label.setVisible(lists_guests)
        self.path.setText(str(Path(self._folder) / self._file_name()))

    def _file_name(self) -> str:
        names = {
            "attended": self.tr("attended"),
            "noshow": self.tr("no-shows"),
            "walkin": self.tr("walk-ins"),
            "cancelled": self.tr("cancelled"),
            "all": self.tr("guests"),
            "log": self.tr("check-in-log"),
            REPORT: self.tr("report"),
        }
        day = local(self._clock()).date().isoformat()
        return f"{names[self.chosen_what]}-{day}.{self.chosen_format}"

    def choose_file(self) -> None:
        filters = {
            "csv": self.tr("CSV files (*.csv)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "pdf": self.tr("PDF files (*.pdf)"),
        }[self.chosen_format]
        chosen = SavePrompt.ask(self, self.tr("Export to"), self.path.text(), filters)
        if chosen:
            suffix = f".{self.chosen_format}"
            if not chosen.lower().endswith(suffix):
                chosen += suffix
            self.path.setText(chosen)
            self._folder = str(Path(chosen).parent)

    # -- running ------------------------------------------------------------------------
    def start_export(self) -> None:
        if self.busy:
            return
        text = self.path.text().strip()
        if not text:
            self._say(self.tr("Choose a file to export to."), problem=True)
            return
        path = Path(os.path.expanduser(text))
        what, fmt = self.chosen_what, self.chosen_format
        columns = self.chosen_columns()
        if what not in ("log", REPORT) and not columns:
            self._say(self.tr("Tick at least one column."), problem=True)
            return
        now = self._clock()
        request = ExportRequest(what=what, fmt=fmt, path=path, columns=columns)

        def work(context: OperationContext) -> ExportOutcome:
            store = context.connection()
            total = max(1, store.count_attendees())

            def progress(done: int) -> None:
                context.progress(min(done, total), total)

            def cancelled() -> bool:
                return context.cancelled

            # A file problem (full disk, no permission) or a cancel raises ExportError: the
            # operations' one error policy words it.
            if what == REPORT:
                report = write_report(store, path, now, None, progress, cancelled)
                return ExportOutcome(report.path, report.stats.expected)
            result = run_export(store, request, now, progress, cancelled)
            return ExportOutcome(result.path, result.rows)

        self._set_running(True)
        self._say(self.tr("Exporting…"))
        self._operation = self._operations.run(
            work,
            label="export",
            lane="export",
            on_success=self._ended,
            on_failure=self._failed,
            on_cancel=self._cancelled,
            on_progress=self._progressed,
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _ended(self, outcome: ExportOutcome) -> None:
        self._operation = None
        self._set_running(False)
        self.outcome = outcome
        self.progress.setValue(self.progress.maximum())
        self.open_folder.show()
        self._say(self._success_words(outcome))
        self.exported.emit(outcome)

    def _cancelled(self) -> None:
        self._operation = None
        self._set_running(False)
        self.progress.setValue(0)
        self._say(self.tr("Export cancelled; nothing was written."))

    def _failed(self, error: OperationError) -> None:
        """The file or the database failed: said once, in the one error policy's words."""
        self._operation = None
        self._set_running(False)
        self.progress.setValue(0)
        self._say(error.message, problem=True)

    def _success_words(self, outcome: ExportOutcome) -> str:
        if self.chosen_what == REPORT:
            return self.tr("The report is saved as {path}.").format(path=outcome.path)
        return self.tr("Written to {path}; rows: {rows}.").format(
            path=outcome.path, rows=outcome.written
        )

    def _set_running(self, running: bool) -> None:
        for widget in (self.what, self.fmt, self.columns, self.path, self.choose, self.start):
            widget.setEnabled(not running)
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        if running:
            self.open_folder.hide()
            self.progress.setRange(0, 0)  # busy until the first count arrives

    def _say(self, text: str, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020" if problem else "")

    def _open_folder(self) -> None:
        if self.outcome is not None:
            FolderOpener.open(self.outcome.path.parent)

    @property
    def busy(self) -> bool:
        return self._operation is not None

    def _cancel_or_close(self) -> None:
        if self._operation is not None:
            self._operation.cancel()
            self._say(self.tr("Stopping…"))
        else:
            self.reject()

    def reject(self) -> None:
        if self._operation is not None:  # Esc while writing: stop first, close after
            self._cancel_or_close()
            return
        super().reject()
