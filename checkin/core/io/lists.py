"""Attendee list file -> parsed rows with per-row problems; no database here.

`checkin.core.importing` merges the result into the store. This module only
reads: it finds the columns, splits names and titles, reads status and
recorded check-ins, and reports what is wrong with which line, so that the
person importing can fix the list instead of guessing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path

from checkin.core.io.headers import (
    FIELDS,
    GENERIC,
    ExportFormat,
    detect_format,
    detect_mapping,
    fold_header,
    is_last_first,
)
from checkin.core.io.listmodel import (
    ListFileError,
    MappingError,
    ParseCancelled,
    ParsedList,
    ParsedRow,
    Problem,
    ProblemReason,
)
from checkin.core.io.tables import Source, open_source
from checkin.core.io.values import (
    clean_code,
    looks_like_mangled_number,
    parse_bool,
    parse_datetime,
    parse_status,
    split_full_name,
    split_title,
    status_says_checked_in,
)
from checkin.core.model import Attendee, Status

#: Rows between two progress reports / cancellation checks.
PROGRESS_EVERY = 2000


def _apply_overrides(
    headers: Sequence[str], detected: dict[str, str], overrides: Mapping[str, str] | None
) -> dict[str, str]:
    """Explicit `COLUMN=FIELD` pairs win; a field given explicitly loses its detected columns."""
    if not overrides:
        return dict(detected)
    by_fold = {fold_header(h): h for h in headers}
    resolved: dict[str, str] = {}
    for column, field in overrides.items():
        field = field.strip().casefold().replace("-", "_").replace(" ", "_") or "ignore"
        if field not in FIELDS:
            raise MappingError(
                f"Unknown field {field!r} in the mapping for column {column!r}. "
                f"Fields: {', '.join(FIELDS)}."
            )
        header = column if column in headers else by_fold.get(fold_header(column))
        if header is None:
            raise MappingError(
                f"The list has no column {column!r}. Its columns are: {', '.join(headers)}."
            )
        resolved[header] = field
    explicit_fields = set(resolved.values())
    mapping = {h: f for h, f in detected.items() if h not in resolved and f not in explicit_fields}
    mapping.update(resolved)
    return mapping


class _Columns:
    """Where each field's value comes from in a row, decided once per file."""

    def __init__(self, headers: Sequence[str], mapping: Mapping[str, str]) -> None:
        index = {h: i for i, h in enumerate(headers)}
        self.by_field: dict[str, tuple[int, ...]] = {}
        for header, field in mapping.items():
            if field != "ignore":
                self.by_field[field] = self.by_field.get(field, ()) + (index[header],)
        mapped = {index[h] for h in mapping}
        self.extra = tuple((i, h) for i, h in enumerate(headers) if i not in mapped)
        self.headers = list(headers)

    def header(self, field: str) -> str:
        columns = self.by_field.get(field, ())
        return self.headers[columns[0]] if columns else ""

    def getter(self, field: str) -> Callable[[list[str]], str]:
        columns = self.by_field.get(field, ())
        if not columns:
            return lambda cells: ""
        if len(columns) == 1:
            only = columns[0]
            return lambda cells: cells[only].strip()

        def first_filled(cells: list[str]) -> str:
            for c in columns:
                value = cells[c].strip()
                if value:
                    return value
            return ""

        return first_filled


def _require_names(columns: _Columns, headers: Sequence[str]) -> None:
    if not any(f in columns.by_field for f in ("first_name", "last_name", "name")):
        raise ListFileError(
            "No column with the guests' names was found (looked for Vorname/Nachname, "
            "First Name/Last Name, Name ...). The columns are: "
            f"{', '.join(headers)}. Say which column holds what, e.g. --map 'Gast=name'."
        )


def _pretix_position_code(fmt: ExportFormat | None, columns: _Columns, headers: Sequence[str]):
    """pretix positions without a secret: "ORDER-1" names one ticket of a group order."""
    if fmt is None or not fmt.pretix_positions:
        return None
    if fold_header(columns.header("code")) != "ordercode":
        return None
    position = next((i for i, h in enumerate(headers) if fold_header(h) == "positionid"), None)
    order = columns.by_field["code"][0]
    if position is None:
        return None
    return lambda cells: f"{cells[order].strip()}-{cells[position].strip()}"


def parse_list(
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    mapping: Mapping[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ParsedList:
    """Read a CSV/TSV/xlsx guest list into rows; raises ListFileError if it cannot be read."""
    source = open_source(path, sheet)
    headers = source.headers
    fmt = detect_format(headers)
    used = _apply_overrides(headers, detect_mapping(headers), mapping)
    columns = _Columns(headers, used)
    _require_names(columns, headers)
    reader = _RowReader(source, columns, fmt, Path(path).name)
    rows: list[ParsedRow] = []
    done = 0
    for line, cells in source.rows:
        parsed = reader.read(line, cells)
        if parsed is not None:
            rows.append(parsed)
        done += 1
        if done % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                _close(source)
                raise ParseCancelled("The import was cancelled; nothing was imported.")
            if progress is not None:
                progress(done, max(done, source.total))
    if progress is not None:
        progress(done, done)
    problems = reader.finish()
    if not rows:
        errors = [p for p in problems if p.severity == "error"][:3]
        why = "; ".join(f"line {p.line}: {p.detail}" for p in errors) or "it has no data rows"
        raise ListFileError(f"No guest could be read from this list ({why}). Nothing was imported.")
    return ParsedList(
        rows=rows,
        problems=problems,
        mapping=used,
        source_format=fmt.name if fmt else GENERIC,
        format=source.format,
        encoding=source.encoding,
        delimiter=source.delimiter,
        sheet=source.sheet,
        headers=list(headers),
    )


def _close(source: Source) -> None:
    close = getattr(source.rows, "close", None)
    if close is not None:
        close()


class _RowReader:
    """Turns one row of cells into a ParsedRow, collecting problems as it goes."""

    def __init__(
        self, source: Source, columns: _Columns, fmt: ExportFormat | None, file_name: str
    ) -> None:
        self.source = source
        self.columns = columns
        self.file_name = file_name
        get = columns.getter
        self.code = _pretix_position_code(fmt, columns, source.headers) or get("code")
        self.code_column = columns.by_field.get("code", (0,))[0] + 1
        self.title = get("title")
        self.first = get("first_name")
        self.last = get("last_name")
        self.name = get("name")
        self.name_last_first = is_last_first(columns.header("name"))
        self.has_title_column = "title" in columns.by_field
        self.company = get("company")
        self.function = get("function")
        self.email = get("email")
        self.category = get("category")
        self.status = get("status")
        self.attention = get("attention")
        self.note = get("attention_note")
        self.checked_in = get("checked_in")
        self.checked_in_at = get("checked_in_at")
        self.has_code = "code" in columns.by_field
        self.problems: list[Problem] = [
            Problem(
                line,
                ProblemReason.ENCODING_FALLBACK,
                "This line is not UTF-8 and was read as Windows-1252; check its accents.",
            )
            for line in source.fallback_lines
        ]
        self.codes: dict[str, int] = {}
        self.people: dict[tuple[str, str, str], int] = {}
        self.unknown_status: dict[str, list[int]] = {}
        self.fallback_time = source.modified

    def _warn(self, line: int, reason: ProblemReason, detail: str, column: str = "") -> None:
        self.problems.append(Problem(line, reason, detail, "warning", column))

    def read(self, line: int, cells: list[str]) -> ParsedRow | None:
        first, last = self.first(cells), self.last(cells)
        if not first and not last:
            full = self.name(cells)
            if full:
                first, last = split_full_name(full, last_first=self.name_last_first)
        title = self.title(cells)
        if not title and first:
            title, first = split_title(first)
        if not first and not last:
            self.problems.append(
                Problem(line, ProblemReason.NO_NAME, "The row has no name; it was not imported.",
                        "error", self.columns.header("last_name") or self.columns.header("name"))
            )  # fmt: skip
            return None
        code = clean_code(self.code(cells)) if self.has_code else ""
        if code:
            self._check_code(line, code)
        raw_status = self.status(cells)
        status = parse_status(raw_status) if raw_status else Status.ACTIVE
        if status is None:
            self.unknown_status.setdefault(raw_status, []).append(line)
            status = Status.ACTIVE
        note = self.note(cells)
        attention_text = self.attention(cells)
        flag = parse_bool(attention_text) if attention_text else False
        if flag is None:  # a VIP column holding a word ("Protokoll") is a note
            flag, note = True, note or attention_text
        email = self.email(cells)
        extra = {h: v.strip() for i, h in self.columns.extra if (v := cells[i]) and v.strip()}
        attendee = Attendee(
            code=code,
            title=title,
            first_name=first,
            last_name=last,
            company=self.company(cells),
            function=self.function(cells),
            email=email,
            category=self.category(cells),
            status=status,
            attention=bool(flag or note),
            attention_note=note,
            extra=extra,
            source_file=self.file_name,
            source_line=line,
        )
        checked_at = self._checked_in_at(line, cells, raw_status)
        if email:
            key = (first.casefold(), last.casefold(), email.casefold())
            earlier = self.people.setdefault(key, line)
            if earlier != line:
                self._warn(
                    line,
                    ProblemReason.DUPLICATE_PERSON,
                    f"{first} {last} with the same e-mail is also on line {earlier}; "
                    "both rows were imported.",
                )
        return ParsedRow(line=line, attendee=attendee, checked_in_at=checked_at)

    def _check_code(self, line: int, code: str) -> None:
        column = self.columns.header("code")
        earlier = self.codes.setdefault(code, line)
        if earlier != line:
            self._warn(
                line,
                ProblemReason.DUPLICATE_CODE,
                f"Code {code} is also on line {earlier}; both rows were imported and the code "
                "will not admit anyone until a person decides.",
                column,
            )
        if (line, self.code_column) in self.source.lossy_cells or looks_like_mangled_number(code):
            self._warn(
                line,
                ProblemReason.UNREADABLE_VALUE,
                f"Code {code} was stored as a number and may have lost digits; "
                "format the code column as text and export the list again.",
                column,
            )

    def _checked_in_at(self, line: int, cells: list[str], raw_status: str) -> datetime | None:
        flag = status_says_checked_in(raw_status) if raw_status else False
        at: datetime | None = None
        text = self.checked_in(cells)
        if text:
            said = parse_bool(text)
            if said is None:
                at = parse_datetime(text)
                if at is None:
                    self._warn(
                        line,
                        ProblemReason.UNREADABLE_VALUE,
                        f"Check-in value {text!r} is not a date or yes/no; taken as checked in.",
                        self.columns.header("checked_in"),
                    )
                flag = True
            else:
                flag = flag or said
        stamp = self.checked_in_at(cells)
        if stamp:
            parsed = parse_datetime(stamp)
            if parsed is None:
                self._warn(
                    line,
                    ProblemReason.UNREADABLE_VALUE,
                    f"Check-in time {stamp!r} cannot be read as a date and time.",
                    self.columns.header("checked_in_at"),
                )
            else:
                at = at or parsed
                flag = True
        if at is None and flag:
            at = self.fallback_time or datetime.now().astimezone()
        return at

    def finish(self) -> list[Problem]:
        for value, lines in self.unknown_status.items():
            self.problems.append(
                Problem(
                    lines[0],
                    ProblemReason.UNREADABLE_VALUE,
                    f"Status {value!r} is not known; {len(lines)} row(s) with it were imported "
                    "as active.",
                    "warning",
                    self.columns.header("status"),
                )
            )
        self.problems.sort(key=lambda p: p.line)
        return self.problems
