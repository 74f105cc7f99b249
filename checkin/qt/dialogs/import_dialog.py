"""Import an attendee list: preview, check the column mapping, import off the GUI thread.

The dialog is a view over the core's proposal (`checkin.core.io.lists.propose_list`,
the same detection the CLI's import uses): sheet, format, one drop-down per column and
the check-in list that is this door's, so a wrong guess is fixed before anything is
written; only what the person changed is passed on to the import. The import
itself is an operation (`import_work`) on a connection of its own, with a progress
bar and a cancel button; the desk keeps reading and scanning meanwhile, and every
rejected row is listed with its line.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin.core.clock import Clock, system_clock
from checkin.core.import_parts import apply_in_parts, written_rows
from checkin.core.importing import (
    FileCutOff,
    ImportQuestion,
    ImportReport,
    Question,
    StatesUnknown,
    WouldRemoveAdmitted,
    WouldRemoveMost,
    import_list,
)
from checkin.core.io.headers import FIELDS
from checkin.core.io.listmodel import ListFileError
from checkin.core.io.lists import ListProposal, propose_list
from checkin.core.model import MatchReason
from checkin.core.store.base import ImportPlan, Store
from checkin.qt.core_words import format_name, say
from checkin.qt.dialogs.questions import FilePrompt
from checkin.qt.messages import OperationError
from checkin.qt.operations import (
    Changes,
    Operation,
    OperationCancelled,
    OperationContext,
    Operations,
)

PREVIEW_ROWS = 20
#: The widest a preview column (and the mapping's column of headers) grows, in pixels.
PREVIEW_COLUMN_MAX = 320
MAPPING_COLUMN_MIN = 260


@dataclass
class ImportProgress:
    """How far the writing got (read by the GUI thread after a failure)."""

    rows: int = 0
    total: int = 0


def import_work(
    path: str,
    mapping: dict[str, str],
    sheet: str | None,
    keep_missing: bool,
    confirmed: frozenset[Question],
    written: ImportProgress,
    checkin_list: str | None = None,
    turn: AbstractContextManager[object] | None = None,
    clock: Clock = system_clock,
) -> Callable[[OperationContext], ImportReport | ImportQuestion]:
    """The import as an operation: on a connection of its own, written in short parts.

    Reading and planning never touch the desk's connection (SQLite in WAL mode lets
    the desk read meanwhile); the writes go in parts of a hundred guests, one short
    transaction each, holding the desk's `turn` only while a part is written, so a
    scan at the door waits milliseconds, not the whole import
    (`checkin.core.import_parts`). A first import into an empty event is one
    transaction: nobody can be admitted yet, and the bulk path is fastest. A
    question to the person (a cut-off file, most guests taken off the list) is a
    result: nothing was written.
    """

    def work(context: OperationContext) -> ImportReport | ImportQuestion:
        own = context.connection()
        first_import = own.count_attendees() == 0

        def apply(plan: ImportPlan, at: datetime) -> None:
            written.total = written_rows(plan)
            if first_import:
                own.apply_import(plan, at)
                context.changed(Changes(all_attendees=True, log=bool(plan.recorded_checkins)))
                return

            def part_written(part: ImportPlan) -> None:
                written.rows += written_rows(part)
                context.changed(Changes(all_attendees=True, log=bool(part.recorded_checkins)))
                context.progress(written.rows, written.total)

            apply_in_parts(own, plan, at, written=part_written, turn=turn)

        try:
            report = import_list(
                own,
                path,
                sheet=sheet,
                mapping=mapping,
                checkin_list=checkin_list,
                keep_missing=keep_missing,
                confirmed=confirmed,
                progress=context.progress,
                cancelled=lambda: context.cancelled,
                apply=apply,
                clock=clock,
            )
        except ImportQuestion as question:
            return question
        if context.cancelled and not (report.inserted or report.updated or report.removed):
            raise OperationCancelled()  # cancelled between reading and writing
        if report.event_named:
            context.changed(Changes(event=True))  # the heading says the event's new name
        return report

    return work


class ImportDialog(QDialog):
    #: Emitted after a successful import (with its report).
    imported = Signal(object)

    def __init__(
        self,
        store: Store,
        path: str | None = None,
        parent: QWidget | None = None,
        operations: Operations | None = None,
        clock: Clock = system_clock,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        #: The window's runner; on its own (a test) the dialog keeps one.
        self._own_operations = operations is None
        self._operations = operations or Operations(store, self)
        self._job: Operation[ImportReport | ImportQuestion] | None = None
        self._written = ImportProgress()
        #: What the running attempt had confirmed (for the next question).
        self._asked_with: frozenset[Question] = frozenset()
        #: What "Import anyway" confirms for the next attempt: the question just shown,
        #: and those the person confirmed before it in the same run of questions.
        self._confirmed: frozenset[Question] = frozenset()
        self.path = ""
        self.proposal: ListProposal | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import attendee list"))
        self.resize(960, 640)
        self.file_label = QLabel(self.tr("No file chosen"), self)
        choose = QPushButton(self.tr("&Choose file…"), self)
        choose.clicked.connect(self.choose_file)
        self.sheet = QComboBox(self)
        self.sheet.setAccessibleName(self.tr("Worksheet"))
        self.sheet.setVisible(False)
        self.sheet.activated.connect(lambda _i: self.load(self.path, self.sheet.currentText()))
        self.preview = QTableWidget(self)
        self.preview.setAccessibleName(self.tr("Preview of the first rows"))
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)  # a row is one line: wrapped, a cell lost its words
        self.mapping = QTableWidget(0, 2, self)
        self.mapping.setAccessibleName(self.tr("Column mapping"))
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Field")])
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.mapping.setColumnWidth(0, 260)
        self.mapping.verticalHeader().setVisible(False)
        # pretix's orders export names every check-in list a ticket was used at: only the
        # door's own list's check-ins are check-ins here, the others are history.
        self.door_label = QLabel(self.tr("Check-ins of this door are those at the list:"), self)
        self.door_list = QComboBox(self)
        self.door_list.setAccessibleName(self.tr("Check-in list of this door"))
        self.door_label.setBuddy(self.door_list)
        self.door_label.setVisible(False)
        self.door_list.setVisible(False)
        # With several lists there is no default: the most used may be another door's.
        self.door_list.setPlaceholderText(self.tr("Choose this door's list…"))
        self.door_list.currentIndexChanged.connect(self._door_chosen)
        # A file of late registrations holds only the new guests: without this, every
        # guest already stored would be marked "no longer on the list" and refused.
        self.keep_missing = QCheckBox(
            self.tr("Add to the current list (keep guests who are not in this file)"), self
        )
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setVisible(False)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems per row"))
        # A note is a sentence or three: wrapped to the list's width, not cut off at its
        # edge behind a sideways scrollbar.
        self.problems.setWordWrap(True)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setResizeMode(QListView.ResizeMode.Adjust)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start_import)
        cancel.clicked.connect(self._cancel_or_close)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.sheet)
        top.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("First rows:"), self))
        layout.addWidget(self.preview, 2)
        layout.addWidget(QLabel(self.tr("Which column holds what:"), self))
        layout.addWidget(self.mapping, 2)
        door = QHBoxLayout()
        door.addWidget(self.door_label)
        door.addWidget(self.door_list, 1)
        layout.addLayout(door)
        layout.addWidget(self.keep_missing)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        if path:
            self.load(path)

    @property
    def cancel_button(self) -> QPushButton:
        """Cancel, and Close once the import is done: looked up in the button box each time.
        A scanner's burst while it had the focus (the import running, Import disabled) left
        PySide's wrapper of it invalid, the button itself alive, and the import's end then
        failed on it: the dialog said "Importing…" for good."""
        button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert button is not None
        return button

    # -- choosing and previewing ---------------------------------------------------------
    def choose_file(self) -> None:
        path = FilePrompt.ask(self)
        if path:
            self.load(path)

    def load(self, path: str, sheet: str | None = None) -> bool:
        try:
            proposal = propose_list(path, sheet=sheet, preview_rows=PREVIEW_ROWS)
        except (ListFileError, OSError) as exc:
            self.summary.setText(self.tr("Cannot read this file: {reason}").format(reason=exc))
            self.import_button.setEnabled(False)
            return False
        table = proposal.table
        self.proposal = proposal
        self.path = path
        self.file_label.setText(Path(path).name)
        self.sheet.clear()
        self.sheet.addItems(table.sheet_names)
        self.sheet.setCurrentText(table.sheet)
        self.sheet.setVisible(len(table.sheet_names) > 1)  # Excel with several sheets
        self.preview.clear()
        self.preview.setColumnCount(len(table.headers))
        self.preview.setRowCount(len(table.rows))
        self.preview.setHorizontalHeaderLabels(table.headers)
        self.preview.setVerticalHeaderLabels([str(line) for line, _ in table.rows])
        for r, (_line, cells) in enumerate(table.rows):
            for c, cell in enumerate(cells[: len(table.headers)]):
                self.preview.setItem(r, c, QTableWidgetItem(cell))
        # Each column as wide as its header and values (a long one elides at its end),
        # not Qt's 100 px, which cut German headers ("Name Teilnehmer*in: Nachname") on both sides.
        self.preview.resizeColumnsToContents()
        for c in range(len(table.headers)):
            width = self.preview.columnWidth(c)
            self.preview.setColumnWidth(c, min(width, PREVIEW_COLUMN_MAX))
        detected = proposal.mapping
        self.door_list.blockSignals(True)
        self.door_list.clear()
        self.door_list.addItems(list(proposal.checkin_lists))
        self.door_list.setCurrentIndex(self.door_list.findText(proposal.checkin_list))
        self.door_list.blockSignals(False)
        self.door_label.setVisible(bool(proposal.checkin_lists))
        self.door_list.setVisible(bool(proposal.checkin_lists))
        self.mapping.setRowCount(len(table.headers))
        for r, header in enumerate(table.headers):
            self.mapping.setItem(r, 0, QTableWidgetItem(header))
            combo = QComboBox(self.mapping)
            combo.setAccessibleName(self.tr("Field for column {column}").format(column=header))
            for field in FIELDS:
                combo.addItem(self._field_label(field), field)
            combo.setCurrentIndex(max(0, combo.findData(detected.get(header, "ignore"))))
            self.mapping.setCellWidget(r, 1, combo)
        self.mapping.resizeColumnToContents(0)  # the file's longest header, within bounds
        self.mapping.setColumnWidth(
            0, max(MAPPING_COLUMN_MIN, min(self.mapping.columnWidth(0), PREVIEW_COLUMN_MAX))
        )
        said = [self.tr("Format: {format}").format(format=format_name(proposal.source_format))]
        if table.sheet and len(table.sheet_names) > 1:
            said.append(self.tr("Sheet read: {sheet}").format(sheet=table.sheet))
        if self._door_missing():
            said.append(
                self.tr(
                    "This list records check-ins at {count} check-in lists ({names}). Choose "
                    "which one is this door's: only its check-ins count as entered here, the "
                    "others are kept as history."
                ).format(count=len(proposal.checkin_lists), names=", ".join(proposal.checkin_lists))
            )
        self.summary.setText("\n".join([*said, *(say(w) for w in table.warnings)]))
        self.problems.clear()
        self._confirmed = frozenset()
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setEnabled(not self._door_missing())
        return True

    def _door_missing(self) -> bool:
        """The file names several check-in lists and the person has not chosen one yet."""
        return self.door_list.count() > 1 and self.door_list.currentIndex() < 0

    def _door_chosen(self, _index: int) -> None:
        if self._job is None and self.path:
            self.import_button.setEnabled(not self._door_missing())

    def _field_label(self, field: str) -> str:
        labels = {
            "code": self.tr("code"),
            "title": self.tr("title"),
            "first_name": self.tr("first name"),
            "last_name": self.tr("last name"),
            "name": self.tr("full name"),
            "company": self.tr("company"),
            "function": self.tr("function"),
            "email": self.tr("e-mail"),
            "category": self.tr("category"),
            "status": self.tr("status"),
            "attention": self.tr("attention"),
            "attention_note": self.tr("attention note"),
            "checked_in": self.tr("checked in (yes/no)"),
            "checked_in_at": self.tr("check-in time"),
            "paid": self.tr("paid (yes/no)"),
            "checkin_lists": self.tr("check-in lists used"),
            "order_code": self.tr("order code"),
            "ignore": self.tr("(ignore)"),
        }
        return labels.get(field, field)

    def set_field(self, header: str, field: str) -> None:
        """Change the mapping of one column, as a person would with the drop-down."""
        for r in range(self.mapping.rowCount()):
            if self._header(r) == header:
                combo = self.mapping.cellWidget(r, 1)
                assert isinstance(combo, QComboBox)
                combo.setCurrentIndex(combo.findData(field))
                return
        raise KeyError(header)

    def _header(self, row: int) -> str:
        item = self.mapping.item(row, 0)
        return item.text() if item is not None else ""

    def chosen_mapping(self) -> dict[str, str]:
        mapping = {}
        for r in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(r, 1)
            assert isinstance(combo, QComboBox)
            mapping[self._header(r)] = str(combo.currentData())
        return mapping

    def changed_mapping(self) -> dict[str, str]:
        """Only the columns the person changed: the rest stays the core's detection."""
        detected = self.proposal.mapping if self.proposal is not None else {}
        return {h: f for h, f in self.chosen_mapping().items() if detected.get(h, "ignore") != f}

    def set_checkin_list(self, name: str) -> None:
        """Choose this door's check-in list, as a person would with the drop-down."""
        index = self.door_list.findText(name)
        if index < 0:
            raise KeyError(name)
        self.door_list.setCurrentIndex(index)

    # -- importing -------------------------------------------------------------------------
    def start_import(self) -> None:
        if not self.path or self._job is not None or self._door_missing():
            return
        self.import_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.summary.setText(self.tr("Importing…"))
        sheet = self.sheet.currentText() if self.sheet.count() > 1 else None
        self._written = ImportProgress()
        self._asked_with = self._confirmed
        job = self._operations.run(
            import_work(
                self.path,
                self.changed_mapping(),
                sheet,
                self.keep_missing.isChecked(),
                self._confirmed,
                self._written,
                checkin_list=(
                    self.door_list.currentText() if self.door_list.currentIndex() >= 0 else None
                ),
                turn=self._operations.write_turn,
                clock=self._clock,
            ),
            label="import",
            lane="import",
        )
        self._job = job
        # "Import anyway" answers one question, for this one attempt.
        self._confirmed = frozenset()
        self.import_button.setText(self.tr("&Import"))
        job.progressed.connect(self._progressed)
        job.succeeded.connect(self._succeeded)
        job.cancelled.connect(self._cancelled)
        job.failed.connect(self._failed)

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _succeeded(self, outcome: ImportReport | ImportQuestion) -> None:
        if isinstance(outcome, ImportQuestion):
            self._questioned(outcome)
        else:
            self._finished(outcome)

    def _finished(self, report: ImportReport) -> None:
        self._job = None
        self.report = report
        self.progress.setVisible(False)
        self.summary.setText(
            self.tr(
                "Imported: {inserted} new, {updated} updated, {unchanged} unchanged, "
                "{removed} no longer on the list; {rejected} rows rejected. The list marks "
                "{cancelled} guests as cancelled."
            ).format(
                inserted=report.inserted,
                updated=report.updated,
                unchanged=report.unchanged,
                cancelled=report.cancelled,
                removed=report.removed,
                rejected=report.rejected,
            )
            + (
                " "
                + (
                    self.tr("1 registration is not paid: the door refuses it.")
                    if report.unpaid == 1
                    else self.tr(
                        "{unpaid} registrations are not paid: the door refuses them."
                    ).format(unpaid=report.unpaid)
                )
                if report.unpaid
                else ""
            )
            + (
                " "
                + (
                    self.tr("1 registration awaits approval: the door refuses it.")
                    if report.unapproved == 1
                    else self.tr(
                        "{unapproved} registrations await approval: the door refuses them."
                    ).format(unapproved=report.unapproved)
                )
                if report.unapproved
                else ""
            )
            + (
                " "
                + self.tr("Check-ins at the list {name} are this door's.").format(
                    name=report.checkin_list
                )
                if report.checkin_list
                else ""
            )
            + self._matched_by(report)
        )
        self.problems.clear()
        for note in report.notes:  # about the file as a whole (encoding repaired, ...)
            self.problems.addItem(self.tr("Note: {note}").format(note=say(note)))
        for p in report.problems:
            severity = self.tr("error") if p.severity == "error" else self.tr("warning")
            self.problems.addItem(
                self.tr("Line {line} ({severity}): {detail}").format(
                    line=p.line, severity=severity, detail=say(p.detail)
                )
            )
        self.cancel_button.setText(self.tr("Close"))
        self.imported.emit(report)

    def _matched_by(self, report: ImportReport) -> str:
        """How the rows found their stored guests, per rule (only for a re-import)."""
        if all(reason is MatchReason.NEW for reason, _ in report.matched_by):
            return ""
        parts = [self._reason(reason).format(n=n) for reason, n in report.matched_by]
        return " " + self.tr("Rows matched: {parts}.").format(parts=", ".join(parts))

    def _reason(self, reason: MatchReason) -> str:
        """One `MatchReason` in words, with {n} for the number of rows."""
        words = {
            MatchReason.NEW: self.tr("{n} new"),
            MatchReason.SAME_CODE: self.tr("{n} by the same code"),
            MatchReason.SHARED_CODE: self.tr("{n} by name within a shared code"),
            MatchReason.CODE_CASE: self.tr("{n} by the code in other case"),
            MatchReason.CODE_REISSUED: self.tr("{n} re-issued tickets (same person)"),
            MatchReason.CODE_MOVED: self.tr("{n} codes moved with their person"),
            MatchReason.TICKET_PASSED_ON: self.tr("{n} tickets passed on"),
            MatchReason.ADDED_BESIDE_HOLDER: self.tr(
                "{n} tickets passed on from a guest who came (added beside them)"
            ),
            MatchReason.EMAIL: self.tr("{n} without code by e-mail"),
            MatchReason.NAME: self.tr("{n} without code by name"),
            MatchReason.DESK_CORRECTED_NAME: self.tr("{n} by a name the desk corrected"),
            MatchReason.COMPANY_CHANGED: self.tr("{n} by name, company changed"),
            MatchReason.NAME_COLUMNS_SWAPPED: self.tr("{n} by name, name columns swapped"),
            MatchReason.FIRST_NAME_CORRECTED: self.tr("{n} by name, first name corrected"),
        }
        return words[reason]

    def _cancelled(self) -> None:
        self._job = None
        self.progress.setVisible(False)
        self.import_button.setEnabled(True)
        self.summary.setText(self.tr("Import cancelled; nothing was changed."))

    def _failed(self, error: OperationError) -> None:
        self._job = None
        self.progress.setVisible(False)
        self.import_button.setEnabled(True)
        if self._written.rows:
            # Parts already written stay (each is whole guests); the same file completes it.
            self.summary.setText(
                self.tr(
                    "Import stopped after {done} of {total} guests were written: {reason} "
                    "Import the same file again to complete it."
                ).format(done=self._written.rows, total=self._written.total, reason=error.message)
            )
        else:
            self.summary.setText(self.tr("Import failed: {reason}").format(reason=error.message))

    def _questioned(self, question: ImportQuestion) -> None:
        """Nothing was written: say what the import would do, then let the person decide."""
        asked_with = self._asked_with
        self._job = None
        self.progress.setVisible(False)
        self.summary.setText(self._question_text(question))
        self._confirmed = asked_with | {question.question}
        self.import_button.setText(self.tr("Import &anyway"))
        self.import_button.setEnabled(True)

    def _question_text(self, question: ImportQuestion) -> str:
        if isinstance(question, FileCutOff):
            return self.tr(
                "Nothing was imported yet: this file looks cut off at line {line} "
                "(“{excerpt}”). It ends inside a row, as an interrupted download or a full "
                "USB stick leaves a file, and the guests after the cut would be taken off "
                "the list. Get the complete file; if this file is complete after all, press "
                "“Import anyway”."
            ).format(line=question.cut_off.line, excerpt=question.cut_off.excerpt)
        if isinstance(question, StatesUnknown):
            return self.tr(
                "Nothing was imported yet: this file adds {count} registrations without "
                "saying whether they await approval or payment: {names}. At the door they "
                "would be admitted like complete ones. Import the registration list with "
                "its states (Indico's CSV or Excel export) first, then this file; if every "
                "registration is complete, press “Import anyway”."
            ).format(count=len(question.added), names=self._names(question.added))
        if isinstance(question, WouldRemoveAdmitted):
            return self.tr(
                "Nothing was imported yet: this list no longer names {count} guests who "
                "already came or have a badge: {names}. They would be refused at the door "
                "from now on. If the file only adds late registrations, tick “Add to the "
                "current list”. If these guests really are no longer invited, press "
                "“Import anyway”."
            ).format(count=len(question.admitted), names=self._names(question.admitted))
        assert isinstance(question, WouldRemoveMost)
        text = self.tr(
            "Nothing was imported yet: this list would mark {removed} of the {stored} "
            "guests already imported as no longer on the list. If the file only adds "
            "late registrations, tick “Add to the current list”. If it is the complete "
            "new list, press “Import anyway”."
        ).format(removed=question.removed, stored=question.stored)
        if question.passed_on:
            text += " " + self.tr(
                "It would also give the codes of {count} guests to other people."
            ).format(count=question.passed_on)
        if question.admitted:
            text += " " + self.tr(
                "Among them are guests who already came or have a badge: {names}."
            ).format(names=self._names(question.admitted))
        return text

    def _names(self, names: tuple[str, ...], shown: int = 10) -> str:
        listed = ", ".join(names[:shown])
        if len(names) > shown:
            listed += " " + self.tr("and {count} more").format(count=len(names) - shown)
        return listed

    def _cancel_or_close(self) -> None:
        if self._job is not None:
            self._job.cancel()
            return
        if self.report is not None:
            self.accept()
        else:
            self.reject()

    @property
    def busy(self) -> bool:
        return self._job is not None

    def done(self, result: int) -> None:
        # Closing the dialog does not stop an import that writes: it finishes, and the
        # window refreshes from what it reports. A dialog on its own runner waits for it.
        if self._own_operations:
            self._operations.shutdown()
        super().done(result)
