"""Streaming CSV and XLSX writers for rows of text and times.

Both take an iterator and write as they go, so 200,000 rows never sit in
memory; both defuse formula-looking text (see `safety`).
"""

from __future__ import annotations

import csv
import errno
import io
import os
from collections.abc import Iterable, Sequence
from datetime import datetime, tzinfo
from typing import BinaryIO
from zipfile import ZIP_DEFLATED, ZipFile

from checkin.core.io.export.common import local_naive
from checkin.core.io.export.safety import (
    DANGEROUS_FIRST,
    MARKER,
    is_dangerous,
    neutralise,
    xml_safe,
)

Cell = str | datetime | None


def write_csv(
    fh: BinaryIO,
    header: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    delimiter: str = ";",
    tz: tzinfo | None = None,
) -> int:
    """UTF-8 with BOM (so Excel guesses the encoding right); `;` suits German Excel."""
    text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="", write_through=False)
    writer = csv.writer(text, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in header])
    count = 0
    write = writer.writerow
    danger, marker = DANGEROUS_FIRST, MARKER
    for row in rows:
        # Inlined `neutralise` for the common case: this loop runs once per cell.
        write(
            [
                (marker + v if v and (v[0] in danger or v[0] == marker) else v)
                if type(v) is str
                else _csv_cell(v, tz)
                for v in row
            ]
        )
        count += 1
    text.flush()
    text.detach()
    return count


def _csv_cell(value: Cell, tz: tzinfo | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return local_naive(value, tz).isoformat(sep=" ", timespec="seconds")
    return neutralise(value)


def write_xlsx(
    fh: BinaryIO,
    header: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    widths: Sequence[float],
    sheet_title: str = "Export",
    tz: tzinfo | None = None,
) -> int:
    """Write-only openpyxl: rows go to disk as they come; the header is bold and frozen."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.writer.excel import ExcelWriter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=sheet_title[:31] or "Export")
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for label in header:
        cell = WriteOnlyCell(ws, value=xml_safe(label))
        cell.data_type = "s"
        cell.font = bold
        header_cells.append(cell)
    ws.append(header_cells)

    def as_cell(value: Cell) -> object:
        if value is None:
            return None
        if isinstance(value, datetime):
            # Excel has no time zones: the wall-clock time at the event, as a real date.
            return local_naive(value, tz)
        value = xml_safe(value)
        if is_dangerous(value):
            cell = WriteOnlyCell(ws, value=value)
            cell.data_type = "s"  # an explicit string is never evaluated as a formula
            return cell
        return value

    count = 0
    append, danger = ws.append, DANGEROUS_FIRST
    try:
        for row in rows:
            # Plain printable text needs no care; everything else goes through as_cell.
            append(
                [
                    v
                    if type(v) is str and v.isprintable() and not (v and v[0] in danger)
                    else as_cell(v)
                    for v in row
                ]
            )
            count += 1
    except BaseException as exc:
        _discard(ws)
        spool = _spool_error(exc)
        if spool is not None:  # the sheet's spool file (in the temp folder) hit a full disk
            raise spool from exc
        raise
    last = get_column_letter(max(len(header), 1))
    ws.auto_filter.ref = f"A1:{last}{count + 1}"
    # openpyxl's save() leaves its ZipFile open when the disk fills up; own it instead.
    with ZipFile(fh, "w", ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).save()
    return count


def _spool_error(exc: BaseException) -> OSError | None:
    """lxml reports a failed write of openpyxl's spool file as SerialisationError('IO_EFBIG');
    as an OSError it reads as what it is (a full disk), not as an unexpected error."""
    name = str(exc.args[0]) if exc.args else ""
    if type(exc).__name__ != "SerialisationError" or not name.startswith("IO_"):
        return None
    code = getattr(errno, name.removeprefix("IO_"), None)
    if not isinstance(code, int):
        return None
    return OSError(code, os.strerror(code))


def _discard(ws: object) -> None:
    """Close an abandoned write-only sheet (cancel, failing source) and drop its spool file.

    Left alone, openpyxl's suspended row writer would fail noisily when collected.
    """
    try:
        ws.close()  # type: ignore[attr-defined]
        ws._writer.cleanup()  # type: ignore[attr-defined]
    except Exception:  # already broken: nothing more to save
        pass
