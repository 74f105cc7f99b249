"""An open list file: its header row and a stream of data rows, whatever the format.

CSV and xlsx readers both produce a `Source`; finding the header row below
title rows, naming columns uniquely and skipping blank rows happen here once.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from checkin.core.io.headers import score_header_row
from checkin.core.io.listmodel import CutOff, ListFileError

#: Rows examined to find the header row below title rows.
HEADER_SCAN_ROWS = 30


@dataclass(kw_only=True)
class Ending:
    """How a list file ends, learnt while its rows are read."""

    #: Where the file stops inside a record (None: it ends where a record ends).
    cut_off: CutOff | None = None
    #: The last line has no line end.
    last_line_open: bool = False


@dataclass(kw_only=True)
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
    #: (line, the non-empty cells beyond the header's width, which were not read).
    overflow: list[tuple[int, list[str]]] = field(default_factory=list)
    #: How the file ends; known once every row was read.
    ending: Ending = field(default_factory=lambda: Ending())


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


def split_header(
    rows: Iterator[tuple[int, list[str]]],
    overflow: list[tuple[int, list[str]]] | None = None,
) -> tuple[int, list[str], Iterator[tuple[int, list[str]]]]:
    """Find the header row among the first rows (title rows above it are skipped).

    Cells beyond the header's width are cut off; where they held something, the
    line and those cells go to `overflow`, so that the loss can be reported.
    """
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
            if line <= header_line or not "".join(cells).strip():  # (_is_blank, inlined)
                continue
            if len(cells) < width:
                cells = cells + [""] * (width - len(cells))
            elif len(cells) > width:
                extra = [c.strip() for c in cells[width:] if c.strip()]
                if extra and overflow is not None:
                    overflow.append((line, extra))
                cells = cells[:width]
            yield line, cells

    return header_line, headers, data()
