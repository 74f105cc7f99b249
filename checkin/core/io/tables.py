"""Any list file -> header row + rows of text cells, whatever its encoding or format.

The file's bytes decide, not its name: an .xlsx renamed to .csv opens as
Excel, an image renamed to .csv is refused with a clear message. Rows are
streamed so that a 200,000-row list never sits in memory twice.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import os
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from checkin.core.io.headers import score_header_row
from checkin.core.io.listmodel import ListFileError, Table

#: Rows examined to find the header row below title rows.
HEADER_SCAN_ROWS = 30
#: Larger workbooks are read in openpyxl's streaming mode (no merged-cell information).
XLSX_FULL_MODE_LIMIT = 3 * 1024 * 1024
_DELIMITERS = (";", ",", "\t", "|")

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"RIFF", "a media file"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

csv.field_size_limit(16 * 1024 * 1024)


@dataclass
class Source:
    """An open list: header row and a stream of data rows, plus what was learnt reading it."""

    headers: list[str]
    rows: Iterator[tuple[int, list[str]]]
    format: str
    header_line: int
    #: Estimated number of data rows (for progress).
    total: int
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    sheet_names: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: Physical lines decoded as Windows-1252 inside an otherwise UTF-8 file.
    fallback_lines: list[int] = field(default_factory=list)
    #: (line, column) of Excel numbers too long to be exact (codes stored as numbers).
    lossy_cells: set[tuple[int, int]] = field(default_factory=set)
    modified: datetime | None = None


# -- helpers shared by CSV and xlsx --------------------------------------------------


def _unique_headers(cells: list[str]) -> list[str]:
    headers: list[str] = []
    seen: set[str] = set()
    for index, cell in enumerate(cells, start=1):
        name = " ".join(cell.replace("\ufeff", "").split()) or f"Column {index}"
        candidate, n = name, 2
        while candidate.casefold() in seen:
            candidate, n = f"{name} ({n})", n + 1
        seen.add(candidate.casefold())
        headers.append(candidate)
    return headers


def _is_blank(cells: list[str]) -> bool:
    return not "".join(cells).strip()


def _split_header(
    rows: Iterator[tuple[int, list[str]]],
) -> tuple[int, list[str], Iterator[tuple[int, list[str]]]]:
    """Find the header row among the first rows (title rows above it are skipped)."""
    head = list(itertools.islice(rows, HEADER_SCAN_ROWS))
    candidates = [(line, cells) for line, cells in head if not _is_blank(cells)]
    if not candidates:
        raise ListFileError("The file holds no rows at all. Choose the file with the guest list.")
    # Most recognised fields wins; on a tie the fuller row (a title "Teilnehmer" above
    # a header "Teilnehmer;Firma;E-Mail" names one field too).
    best_score, best_index = (0, 0), 0
    for index, (_line, cells) in enumerate(candidates):
        score = (score_header_row(cells), sum(1 for c in cells if c.strip()))
        if score[0] and score > best_score:
            best_score, best_index = score, index
    header_line, header_cells = candidates[best_index]
    while header_cells and not header_cells[-1].strip():
        header_cells = header_cells[:-1]
    headers = _unique_headers(header_cells)
    width = len(headers)

    def data() -> Iterator[tuple[int, list[str]]]:
        for line, cells in itertools.chain(head, rows):
            if line <= header_line or _is_blank(cells):
                continue
            if len(cells) < width:
                cells = cells + [""] * (width - len(cells))
            elif len(cells) > width:
                cells = cells[:width]
            yield line, cells

    return header_line, headers, data()


def _file_modified(path: Path) -> datetime | None:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    except OSError:
        return None


# -- bytes -> text -----------------------------------------------------------------------


def _decode_legacy(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _looks_utf16(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / len(sample[0::2])
    odd = sample[1::2].count(0) / len(sample[1::2])
    if odd > 0.4 and even < 0.1:
        return "utf-16-le"
    if even > 0.4 and odd < 0.1:
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, str, list[int]]:
    """(text, encoding name, physical lines that needed the Windows-1252 fallback)."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode_utf8_with_fallback(data[3:], "utf-8-sig")
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[2:].decode(name, errors="replace"), "utf-16", []
    utf16 = _looks_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace"), "utf-16", []
    return _decode_utf8_with_fallback(data, "utf-8")


def _decode_utf8_with_fallback(data: bytes, name: str) -> tuple[str, str, list[int]]:
    try:
        return data.decode("utf-8"), name, []
    except UnicodeDecodeError:
        pass
    separator = b"\n" if b"\n" in data else b"\r"
    lines = data.split(separator)
    decoded: list[str] = []
    fallback: list[int] = []
    utf8_lines = 0
    for number, raw in enumerate(lines, start=1):
        try:
            text = raw.decode("utf-8")
            if not raw.isascii():
                utf8_lines += 1
        except UnicodeDecodeError:
            text = _decode_legacy(raw)
            fallback.append(number)
        decoded.append(text)
    if utf8_lines == 0:
        # Nothing in the file is UTF-8 beyond ASCII: it is a Windows-1252/Latin-1 file.
        return _decode_legacy(data), "cp1252", []
    return separator.decode().join(decoded), name, fallback


def _binary_file() -> ListFileError:
    return ListFileError(
        "This file is not a text list (it contains binary data). "
        "Export the guest list as CSV or Excel (.xlsx) and import that file."
    )


def _check_not_binary(text: str) -> None:
    sample = text[:200_000]
    bad = sum(1 for ch in sample if (ch < " " and ch not in "\t\r\n") or ch == "\ufffd")
    if bad > 3 and bad > len(sample) // 200:
        raise _binary_file()


def _refuse_known_binary(data: bytes) -> None:
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ListFileError("The file is empty. Choose the file with the guest list.")
    if data.startswith(_OLE_MAGIC):
        raise ListFileError(
            "This is an old Excel (.xls) or Word file. Open it in Excel or LibreOffice, "
            "save it as .xlsx or CSV, and import that file."
        )
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ListFileError(
                f"This file is {what}, not a guest list. "
                "Export the list as CSV or Excel (.xlsx) and import that file."
            )
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        raise ListFileError(
            "This file is a web page, not a guest list. Download the list as CSV or Excel."
        )


# -- CSV -------------------------------------------------------------------------


def _decoded_lines(
    data: bytes, encoding: str, fallback: set[int], *, strip_nul: bool
) -> Iterator[str]:
    """Physical lines of `data` as text, each decoded like `decode` decided."""
    start = 3 if encoding == "utf-8-sig" else 0
    legacy = encoding == "cp1252"
    size = len(data)
    number = 0
    while start < size:
        end = data.find(b"\n", start)
        end = size if end < 0 else end + 1
        number += 1
        raw = data[start:end]
        line = _decode_legacy(raw) if legacy or number in fallback else raw.decode("utf-8")
        yield line.replace("\x00", "") if strip_nul else line
        start = end


def _sniff_delimiter(text: str) -> str:
    sample = "\n".join(itertools.islice((ln for ln in text[:200_000].splitlines() if ln), 60))
    best, best_score = ";", (False, 0.0, 0)
    for delimiter in _DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if r]
        except csv.Error:
            continue
        if not counts:
            continue
        mode = max(set(counts), key=lambda c: (counts.count(c), c))
        score = (mode > 1, round(counts.count(mode) / len(counts), 1), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_source(data: bytes, modified: datetime | None) -> Source:
    text, encoding, fallback = decode(data)
    nul_count = text.count("\x00")
    if nul_count:
        if nul_count > len(text) // 10:
            raise _binary_file()
        text = text.replace("\x00", "")
    _check_not_binary(text)
    if not text.strip():
        raise ListFileError("The file is empty. Choose the file with the guest list.")
    warnings_: list[str] = []
    if nul_count:
        warnings_.append(f"{nul_count} NUL characters were removed.")
    skip_first = False
    first_line = text[:20].splitlines()[0] if text[:20].splitlines() else ""
    if first_line.strip().casefold().startswith("sep=") and len(first_line.strip()) in (4, 5):
        delimiter = first_line.strip()[4:] or ","
        skip_first = True
    else:
        delimiter = _sniff_delimiter(text)
    total = max(text.count("\n"), text.count("\r")) or 1
    lines: Iterator[str] | io.StringIO
    if encoding in ("utf-8", "utf-8-sig", "cp1252") and b"\n" in data:
        # Decode line by line from the bytes, so the whole text is not kept alongside the rows.
        del text
        lines = _decoded_lines(data, encoding, set(fallback), strip_nul=bool(nul_count))
    else:
        lines = io.StringIO(text, newline="")
    reader = csv.reader(lines, delimiter=delimiter, strict=False)

    def rows() -> Iterator[tuple[int, list[str]]]:
        previous = 0
        try:
            for cells in reader:
                start = previous + 1
                previous = reader.line_num
                if skip_first and start == 1:
                    continue
                yield start, cells
        except csv.Error as error:
            raise ListFileError(
                f"Line {previous + 1} cannot be read as CSV ({error}). "
                "Check the file in a spreadsheet program and export it again."
            ) from error

    header_line, headers, data_rows = _split_header(rows())
    if fallback:
        warnings_.append(
            f"{len(fallback)} line(s) were not UTF-8 and were read as Windows-1252 "
            f"(first: line {fallback[0]})."
        )
    return Source(
        headers=headers,
        rows=data_rows,
        format="csv",
        header_line=header_line,
        total=total,
        encoding=encoding,
        delimiter=delimiter,
        warnings=warnings_,
        fallback_lines=fallback,
        modified=modified,
    )


# -- xlsx ------------------------------------------------------------------------


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
    ws, lossy: set[tuple[int, int]], read_only: bool
) -> Iterator[tuple[int, list[str]]]:
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
    for line, values in enumerate(ws.iter_rows(values_only=True), start=1):
        cells = [
            _cell_text(fill.get((line, col), v), line, col, lossy)
            for col, v in enumerate(values, start=1)
        ]
        yield line, cells


def _hidden_columns(ws) -> list[int]:
    hidden: list[int] = []
    for dim in ws.column_dimensions.values():
        if dim.hidden and dim.min:
            hidden.extend(range(dim.min, (dim.max or dim.min) + 1))
    return hidden


def _xlsx_source(data: bytes, sheet: str | None, modified: datetime | None) -> Source:
    read_only = len(data) > XLSX_FULL_MODE_LIMIT
    wb = _open_workbook(data, read_only)
    names = list(wb.sheetnames)
    if not names:
        raise ListFileError("The workbook has no sheets.")
    if sheet is not None:
        if sheet not in names:
            raise ListFileError(
                f"The workbook has no sheet {sheet!r}; its sheets are: {', '.join(names)}."
            )
        chosen = sheet
    else:
        chosen = _choose_sheet(wb, names, read_only)
    ws = wb[chosen]
    if not hasattr(ws, "iter_rows"):
        raise ListFileError(f"Sheet {chosen!r} is a chart, not a table. Choose another sheet.")
    lossy: set[tuple[int, int]] = set()
    header_line, headers, rows = _split_header(_sheet_rows(ws, lossy, read_only))
    notes: list[str] = []
    if not read_only:
        hidden = [c for c in _hidden_columns(ws) if c <= len(headers)]
        if hidden:
            hidden_names = ", ".join(headers[c - 1] for c in hidden)
            notes.append(f"Hidden columns were read too: {hidden_names}")
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
        modified=modified,
    )


def _choose_sheet(wb, names: list[str], read_only: bool) -> str:
    """The sheet that holds the list: the one whose header row names the most fields."""
    best, best_score = names[0], 0
    for name in names:
        ws = wb[name]
        if getattr(ws, "iter_rows", None) is None:  # a chart sheet
            continue
        if read_only:
            ws.reset_dimensions()
        score = 0
        for values in itertools.islice(ws.iter_rows(values_only=True), HEADER_SCAN_ROWS):
            cells = [v if isinstance(v, str) else "" for v in values]
            score = max(score, score_header_row(cells))
        if score > best_score:
            best, best_score = name, score
    return best


# -- entry points ------------------------------------------------------------------------


def open_source(path: str | os.PathLike[str], sheet: str | None = None) -> Source:
    path = Path(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError as error:
        raise ListFileError(f"{path.name} is a folder, not a list file.") from error
    except FileNotFoundError as error:
        raise ListFileError(f"{path} does not exist.") from error
    except OSError as error:
        raise ListFileError(f"{path.name} cannot be opened: {error.strerror or error}.") from error
    _refuse_known_binary(data)
    modified = _file_modified(path)
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _xlsx_source(data, sheet, modified)
    return _csv_source(data, modified)


def read_table(
    path: str | os.PathLike[str],
    sheet: str | None = None,
    *,
    max_rows: int | None = None,
) -> Table:
    """The list's cells as text (all rows, or the first `max_rows` for a preview)."""
    source = open_source(path, sheet)
    rows = list(itertools.islice(source.rows, max_rows) if max_rows is not None else source.rows)
    if max_rows is not None:
        close = getattr(source.rows, "close", None)
        if close is not None:
            close()
    return Table(
        headers=source.headers,
        rows=rows,
        format=source.format,
        encoding=source.encoding,
        delimiter=source.delimiter,
        sheet=source.sheet,
        sheet_names=source.sheet_names,
        header_line=source.header_line,
        warnings=source.warnings,
    )
