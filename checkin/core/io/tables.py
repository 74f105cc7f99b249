"""Any list file -> header row + rows of text cells, whatever its encoding or format.

The file's bytes decide, not its name: an .xlsx renamed to .csv opens as
Excel, an image renamed to .csv is refused with a clear message. Rows are
streamed (see `source`, `csvfile`, `xlsxfile`) so that a 200,000-row list
never sits in memory twice.
"""

from __future__ import annotations

import itertools
import os
from datetime import UTC, datetime
from pathlib import Path

from checkin.core.io.csvfile import csv_source
from checkin.core.io.jsonfile import json_source, looks_like_json
from checkin.core.io.listmodel import ListFileError, Table
from checkin.core.io.source import Source
from checkin.core.io.xlsxfile import xlsx_source

__all__ = ["Source", "open_source", "read_table"]

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
    (b"MZ\x90\x00", "a Windows program"),
)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _file_modified(path: Path) -> datetime | None:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError:
        return None


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


def open_source(
    path: str | os.PathLike[str], sheet: str | None = None, delimiter: str | None = None
) -> Source:
    """The list in a file; `delimiter` overrides the sniffed separator of a CSV."""
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
        return xlsx_source(data, sheet, modified)
    if looks_like_json(data):
        return json_source(data, modified)
    return csv_source(data, modified, delimiter)


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
