"""Attendance and audit-log exports: CSV, XLSX and the printed PDF list.

Every exporter is a pure function over iterables (the store's `iter_attendees()`
and `iter_log()` stream straight in), writes through a temporary file that is
renamed only when complete, and never changes any data.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime, tzinfo
from pathlib import Path

from checkin.core.io.export.columns import COLUMNS, DEFAULT_COLUMNS, Column, resolve
from checkin.core.io.export.common import (
    EventInfo,
    ExportError,
    ExportProblem,
    ExportResult,
    Format,
    What,
    select,
    watched,
)
from checkin.core.io.export.files import atomic_output
from checkin.core.io.export.safety import neutralise, restore
from checkin.core.io.export.tabular import Cell, write_csv, write_xlsx
from checkin.core.journal import detail_of, printer_of
from checkin.core.model import Attendee, LogEntry, LogKind, Outcome, ScanSource

__all__ = [
    "COLUMNS",
    "DEFAULT_COLUMNS",
    "EventInfo",
    "ExportError",
    "ExportProblem",
    "ExportResult",
    "Format",
    "LOG_HEADER",
    "What",
    "export_attendance",
    "export_log",
    "neutralise",
    "restore",
]

WHAT_TITLES = {
    What.ATTENDED: "Anwesende",
    What.NOSHOW: "Nicht erschienen",
    What.WALKIN: "Nachmeldungen",
    What.CANCELLED: "Storniert",
    What.ALL: "Alle",
}


def export_attendance(
    attendees: Iterable[Attendee],
    path: str | os.PathLike[str],
    *,
    what: What | str = What.ALL,
    columns: Sequence[str] | None = None,
    fmt: Format | str = Format.CSV,
    delimiter: str = ";",
    event: EventInfo | None = None,
    tz: tzinfo | None = None,
    generated_at: datetime | None = None,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write the chosen attendees with the chosen columns (default `DEFAULT_COLUMNS`).

    `attendees` should come sorted by name, as `Store.iter_attendees()` yields
    them; times are written as wall-clock time in `tz` (None: this machine's; `job.event_zone` hands in the event's).
    Raises ValueError for an unknown column or format, ExportError when the file
    cannot be written or `cancelled()` returned True (checked every few hundred rows,
    when `progress(rows_so_far)` is called too; both run on the exporting thread).
    """
    what, fmt = What(what), Format(fmt)
    cols = resolve(columns)
    if delimiter not in (";", ",", "\t"):
        raise ValueError(f"unsupported delimiter {delimiter!r}; use ';' or ','")
    target = Path(path)
    chosen = watched(select(attendees, what), target, progress, cancelled)
    with atomic_output(target) as fh:
        if fmt is Format.PDF:
            from checkin.core.io.export.pdf_list import (
                AttendanceListPainter,
                finish_page_count,
                new_canvas,
            )

            c = new_canvas(fh, f"Teilnehmerliste – {WHAT_TITLES[what]}")
            painter = AttendanceListPainter(
                c,
                cols,
                event=event or EventInfo(),
                title=f"Teilnehmerliste – {WHAT_TITLES[what]}",
                tz=tz,
                generated_at=generated_at,
            )
            rows = painter.draw(chosen).rows
            finish_page_count(c)
            c.save()
        else:
            rows = _write_table(fh, fmt, cols, _attendee_rows(chosen, cols), delimiter, tz)
    return ExportResult(rows, target)


def _attendee_rows(attendees: Iterable[Attendee], cols: Sequence[Column]) -> Iterator[list[Cell]]:
    getters = [c.get for c in cols]
    for a in attendees:
        yield [get(a) for get in getters]


def _write_table(
    fh: object,
    fmt: Format,
    cols: Sequence[Column],
    rows: Iterable[Sequence[Cell]],
    delimiter: str,
    tz: tzinfo | None,
    sheet: str = "Teilnehmer",
) -> int:
    header = [c.label for c in cols]
    if fmt is Format.CSV:
        return write_csv(fh, header, rows, delimiter=delimiter, tz=tz)  # type: ignore[arg-type]
    return write_xlsx(
        fh,  # type: ignore[arg-type]
        header,
        rows,
        widths=[c.width for c in cols],
        sheet_title=sheet,
        tz=tz,
    )


# -- the audit log ---------------------------------------------------------------------

KIND_LABELS = {
    LogKind.CHECKIN: "Check-in",
    LogKind.UNDO: "Rückgängig",
    LogKind.REJECTED: "Abgewiesen",
    LogKind.WALKIN: "Nachmeldung",
    LogKind.EDIT: "Bearbeitet",
    LogKind.BADGE_PRINTED: "Badge gedruckt",
    LogKind.OVERRIDE: "Trotzdem eingelassen",
    LogKind.LIST_IMPORTED: "Liste importiert",
}
#: Where a scan came from, in the organiser's words (ScanSource.NONE stays empty).
SOURCE_LABELS = {
    ScanSource.SCANNER: "Scanner",
    ScanSource.CAMERA: "Kamera",
    ScanSource.PICTURE: "Bild",
    ScanSource.COMMAND_LINE: "Kommandozeile",
    ScanSource.MANUAL: "Von Hand",
}

_LOG_COLUMNS = (
    Column("at", "Zeit", lambda a: None, width=19),
    Column("kind", "Vorgang", lambda a: None, width=15),
    Column("desk", "Tisch", lambda a: None, width=10),
    Column("operator", "Bearbeiter", lambda a: None, width=12),
    Column("raw_input", "Eingabe", lambda a: None, width=24),
    Column("result", "Ergebnis", lambda a: None, width=18),
    Column("code", "Code", lambda a: None, width=12),
    Column("name", "Name", lambda a: None, width=28),
    Column("source", "Quelle", lambda a: None, width=14),
)
LOG_HEADER = tuple(c.label for c in _LOG_COLUMNS)


def _result_cell(entry: LogEntry) -> str:
    """The typed result; a print names its printer, an import its file."""
    if entry.result is Outcome.PRINTED and printer_of(entry):
        return f"{entry.result} ({printer_of(entry)})"
    if entry.result is Outcome.IMPORTED:
        file = str(detail_of(entry).get("file", ""))
        return f"{entry.result} ({file})" if file else str(entry.result)
    return str(entry.result)


def export_log(
    entries: Iterable[LogEntry],
    attendees_by_id: Mapping[int, Attendee],
    path: str | os.PathLike[str],
    fmt: Format | str = Format.CSV,
    *,
    delimiter: str = ";",
    tz: tzinfo | None = None,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Every scan (rejected ones included), undo, walk-in, edit and reprint, oldest first.

    `attendees_by_id` supplies the names; an id it lacks leaves the name empty.
    """
    fmt = Format(fmt)
    if fmt is Format.PDF:
        raise ValueError("the check-in log exports as csv or xlsx")

    target = Path(path)

    def rows() -> Iterator[list[Cell]]:
        for e in watched(entries, target, progress, cancelled):
            person = attendees_by_id.get(e.attendee_id) if e.attendee_id is not None else None
            yield [
                e.at,
                KIND_LABELS.get(e.kind, str(e.kind)),
                e.desk,
                e.operator,
                e.raw_input,
                _result_cell(e),
                e.code or (person.code if person else ""),
                person.display_name if person else "",
                SOURCE_LABELS.get(e.source, ""),
            ]

    with atomic_output(target) as fh:
        count = _write_table(fh, fmt, _LOG_COLUMNS, rows(), delimiter, tz, sheet="Protokoll")
    return ExportResult(count, target)
