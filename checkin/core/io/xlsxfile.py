"""Excel workbook bytes -> Source, through openpyxl.

The sheet holding the list is chosen by its header row; values merged down
several rows are given to each row; numbers come back as their digits (never
"4711.0", and zero-padded where the cell's format pads them: "0000042"), and numbers too long to be exact are remembered so the caller can
warn about codes Excel has rounded.
"""

from __future__ import annotations

import io
import itertools
import warnings
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time

from checkin.core.io.headers import detect_format, score_header_row
from checkin.core.io.listmodel import ListFileError
from checkin.core.io.source import HEADER_SCAN_ROWS, Source, split_header
from checkin.core.notes import Note

#: Larger workbooks are read in openpyxl's streaming mode (no merged-cell information).
XLSX_FULL_MODE_LIMIT = 3 * 1024 * 1024


def _cell_text(value: object, line: int, column: int, lossy: set[tuple[int, int]]) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            if abs(value) >= 2**53:
                lossy.add((line, column))
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _open_workbook(data: bytes, read_only: bool):  # -> openpyxl Workbook
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(io.BytesIO(data), read_only=read_only, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, EOFError) as error:
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            names = []
        if "content.xml" in names:
            raise ListFileError(
                "This is an OpenDocument spreadsheet (.ods). Save it as .xlsx or CSV "
                "and import that file."
            ) from error
        raise ListFileError(
            "This file is a ZIP archive but not an Excel workbook (or a damaged one). "
            "Open it in Excel or LibreOffice, save it as .xlsx or CSV, and import that file."
        ) from error
    except Exception as error:  # openpyxl raises many kinds on malformed workbooks
        raise ListFileError(
            f"This Excel workbook cannot be read ({type(error).__name__}). "
            "Open it in Excel or LibreOffice, save it again as .xlsx or CSV, and import that file."
        ) from error


def _sheet_rows(
    ws, lossy: set[tuple[int, int]], read_only: bool, padding: bool = True
) -> Iterator[tuple[int, list[str]]]:
    """Each row's cells as text.

    Only with `padding` (the workbook has zero-padding number formats) are cells
    read with their formats, which is slower than reading their values alone.
    """
    fill: dict[tuple[int, int], object] = {}
    if not read_only:
        # A value merged down several rows (one company for three people) belongs to each row.
        for merged in list(ws.merged_cells.ranges):
            if merged.max_row > merged.min_row:
                value = ws.cell(merged.min_row, merged.min_col).value
                for r in range(merged.min_row, merged.max_row + 1):
                    for c in range(merged.min_col, merged.max_col + 1):
                        fill[(r, c)] = value
    else:
        ws.reset_dimensions()
    if not padding:
        for line, values in enumerate(ws.iter_rows(values_only=True), start=1):
            texts = [
                _cell_text(fill.get((line, col), v), line, col, lossy)
                for col, v in enumerate(values, start=1)
            ]
            yield line, texts
        return
    for line, row in enumerate(ws.iter_rows(), start=1):
        cells = []
        for col, cell in enumerate(row, start=1):
            value = fill.get((line, col), cell.value) if fill else cell.value
            text = _cell_text(value, line, col, lossy)
            if type(value) in (int, float):
                text = _zero_padded(text, cell.number_format)
            cells.append(text)
        yield line, cells


def _is_zero_padding(number_format: str) -> bool:
    section = number_format.split(";", 1)[0]
    return len(section) > 1 and section.count("0") == len(section)


def _has_zero_padding_format(wb) -> bool:
    """Whether any custom number format of the workbook pads with zeros ("00000").

    No built-in format does, so workbooks without such a format (most) are read
    as plain values, which is faster than reading each cell with its format.
    """
    formats = getattr(wb, "_number_formats", None)
    if formats is None:
        return True
    return any(isinstance(f, str) and _is_zero_padding(f) for f in formats)


def _zero_padded(digits: str, number_format: str | None) -> str:
    """A number as Excel shows it under a zero-padding format: 42 as "0000042" under "0000000".

    Codes and postcodes typed into a number column keep their leading zeros only
    through such a format, and the ticket shows what Excel shows. Other formats
    (decimals, thousands separators, dates) are left alone: their digits are the value.
    """
    if not number_format or number_format[0] != "0" or not digits.isdigit():
        return digits
    if _is_zero_padding(number_format):
        return digits.zfill(len(number_format.split(";", 1)[0]))
    return digits


def _hidden_columns(ws) -> list[int]:
    hidden: list[int] = []
    for dim in ws.column_dimensions.values():
        if dim.hidden and dim.min:
            hidden.extend(range(dim.min, (dim.max or dim.min) + 1))
    return hidden


#: The record that ends every ZIP file (its central directory's end), at most 64 KiB of
#: comment before the end of the file.
_END_OF_ZIP = b"PK\x05\x06"


def _refuse_cut_off(data: bytes) -> None:
    """A workbook whose end is missing (an interrupted download) has no table of contents."""
    end = data.rfind(_END_OF_ZIP, max(0, len(data) - 65_536 - 22))
    if end < 0 or len(data) - end < 22:  # missing, or itself cut short
        raise ListFileError(
            "This Excel file is cut off: it ends before its table of contents (the end "
            "of the file is missing, e.g. after an interrupted download or a full USB "
            "stick). Nothing was imported. Download or copy the file again."
        )


def xlsx_source(data: bytes, sheet: str | None, modified: datetime | None) -> Source:
    _refuse_cut_off(data)
    read_only = len(data) > XLSX_FULL_MODE_LIMIT
    wb = _open_workbook(data, read_only)
    names = list(wb.sheetnames)
    if not names:
        raise ListFileError("The workbook has no sheets.")
    if sheet is not None:
        chosen = _named_sheet(names, sheet)
    else:
        chosen = _choose_sheet(wb, names, read_only)
    ws = wb[chosen]
    if not hasattr(ws, "iter_rows"):
        raise ListFileError(f"Sheet {chosen!r} is a chart, not a table. Choose another sheet.")
    lossy: set[tuple[int, int]] = set()
    overflow: list[tuple[int, list[str]]] = []
    header_line, headers, rows = split_header(
        _sheet_rows(ws, lossy, read_only, _has_zero_padding_format(wb)), overflow
    )
    notes: list[str] = []
    if sheet is None and len(names) > 1:
        others = ", ".join(repr(n) for n in names if n != chosen)
        notes.append(
            Note(
                "sheet_chosen",
                "The sheet {sheet} was read; the workbook also has {others}.",
                sheet=repr(chosen),
                others=others,
            )
        )
    if not read_only:
        hidden = [c for c in _hidden_columns(ws) if c <= len(headers)]
        if hidden:
            hidden_names = ", ".join(headers[c - 1] for c in hidden)
            notes.append(
                Note(
                    "hidden_columns",
                    "Hidden columns were read too: {columns}",
                    columns=hidden_names,
                )
            )
    total = max((ws.max_row or 1) - header_line, 1)

    def closing() -> Iterator[tuple[int, list[str]]]:
        try:
            yield from rows
        finally:
            wb.close()

    return Source(
        headers=headers,
        rows=closing(),
        format="xlsx",
        header_line=header_line,
        total=total,
        sheet=chosen,
        sheet_names=names,
        warnings=notes,
        lossy_cells=lossy,
        overflow=overflow,
        modified=modified,
    )


def _named_sheet(names: list[str], wanted: str) -> str:
    """The sheet called `wanted`; "tag 2" finds "Tag 2" (Excel forbids names that differ
    only in case, so this cannot pick the wrong one)."""
    if wanted in names:
        return wanted
    folded = " ".join(wanted.split()).casefold()
    matches = [n for n in names if " ".join(n.split()).casefold() == folded]
    if len(matches) == 1:
        return matches[0]
    raise ListFileError(
        f"The workbook has no sheet {wanted!r}; its sheets are: {', '.join(names)}."
    )


def _choose_sheet(wb, names: list[str], read_only: bool) -> str:
    """The sheet that holds the list.

    A sheet whose header row names fields beats one without; then a known export with
    one row per ticket beats one with a row per order or fee (pretix's combined order
    data: the positions, not the orders, are the guests); then a visible sheet beats a
    hidden one (an old list is often hidden rather than deleted); then the header
    naming the most fields; then the sheet the workbook opens on.
    """
    try:
        active = wb.active.title if wb.active is not None else None
    except (AttributeError, IndexError):
        active = None
    best, best_key = names[0], (False, 0, False, 0, False)
    for name in names:
        ws = wb[name]
        if getattr(ws, "iter_rows", None) is None:  # a chart sheet
            continue
        if read_only:
            ws.reset_dimensions()
        score = 0
        kind = 1  # 2: a known per-ticket export, 0: a known per-order sheet
        for values in itertools.islice(ws.iter_rows(values_only=True), HEADER_SCAN_ROWS):
            cells = [v if isinstance(v, str) else "" for v in values]
            row_score = score_header_row(cells)
            if row_score > score:
                score = row_score
                fmt = detect_format(cells)
                kind = 1 if fmt is None else 0 if fmt.per_order else 2
        visible = getattr(ws, "sheet_state", "visible") == "visible"
        key = (score > 0, kind, visible, score, name == active)
        if key > best_key:
            best, best_key = name, key
    return best
