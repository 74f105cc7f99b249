"""Attendee list file -> parsed rows with per-row problems; no database here.

`checkin.core.importing` merges the result into the store. This module only
reads: it finds the columns, splits names and titles, reads status and
recorded check-ins, and reports what is wrong with which line, so that the
person importing can fix the list instead of guessing.
"""

from __future__ import annotations

import itertools
import os
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
from operator import itemgetter
from pathlib import Path
from types import MappingProxyType

from checkin.core.bulk import collector_paused
from checkin.core.clock import Clock, system_clock
from checkin.core.io import indico, pretix
from checkin.core.io.fastinit import fast_constructor
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
    CheckinListNeeded,
    ListFileError,
    MappingError,
    ParseCancelled,
    ParsedList,
    ParsedRow,
    Problem,
    ProblemReason,
    Table,
)
from checkin.core.io.tables import Source, open_source
from checkin.core.io.values import (
    clean_code,
    looks_like_mangled_number,
    parse_bool,
    parse_datetime,
    parse_status,
    slash_date_parts,
    split_full_name,
    split_title,
    status_says_checked_in,
)
from checkin.core.model import DEFAULT_TIMEZONE, REGISTRATION_ID_KEY, Attendee, Status
from checkin.core.notes import Note

#: Rows between two progress reports / cancellation checks (the desk app's import gives
#: way to a scan there: a few milliseconds of parsing apart).
PROGRESS_EVERY = 500
#: Lines with cells beyond the header reported one by one (then one summary line).
_OVERFLOW_SHOWN = 20
_ACTIVE = (Status.ACTIVE, False)
_ROW_FIELDS = (
    "code", "title", "first_name", "last_name", "name", "company", "function", "email",
    "category", "status", "attention", "attention_note", "paid", "checkin_lists", "order_code",
)  # fmt: skip
#: Fields whose column stays in the guest's extra data too (shown as the list says it):
#: an order code names the order at the desk, other lists' check-ins are history.
_ALSO_EXTRA = frozenset({"checkin_lists", "order_code"})
_NO_EXTRA: Mapping[str, str] = MappingProxyType({})


#: Attendee(...) and ParsedRow(...) without the cost of frozen dataclass __init__ (see fastinit).
_make_attendee = fast_constructor(
    Attendee,
    {
        "code": "C", "first_name": "Anna", "last_name": "Nowak", "title": "Dr.",
        "company": "Firma", "function": "Chefin", "email": "a@b.example", "category": "Presse",
        "status": Status.CANCELLED, "attention": True, "attention_note": "VIP",
        "extra": MappingProxyType({"Anrede": "Frau"}), "source_file": "f.csv", "source_line": 7,
    },
)  # fmt: skip
_make_row = fast_constructor(
    ParsedRow,
    {"line": 7, "attendee": Attendee("C", first_name="A", last_name="N"), "checked_in_at": None},
)


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
        mapped = {index[h] for h, f in mapping.items() if f not in _ALSO_EXTRA}
        self.extra = tuple((i, h) for i, h in enumerate(headers) if i not in mapped)
        self.headers = list(headers)

    def header(self, field: str) -> str:
        columns = self.by_field.get(field, ())
        return self.headers[columns[0]] if columns else ""

    def picker(self, fields: Sequence[str]) -> Callable[[list[str]], list[str]]:
        """All `fields` of a row at once, stripped; the hot path of a 200,000-row import."""
        columns = [self.by_field.get(f, ()) for f in fields]
        fallbacks = [(k, c[1:]) for k, c in enumerate(columns) if len(c) > 1]
        # A missing field reads index -1: the "" appended to every row.
        get = itemgetter(*(c[0] if c else -1 for c in columns))

        strip = str.strip

        def pick(cells: list[str]) -> list[str]:
            cells.append("")
            values = [*map(strip, get(cells))]
            for k, more in fallbacks:
                if not values[k]:
                    values[k] = next((v for i in more if (v := cells[i].strip())), "")
            return values

        return pick

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
    if fmt is None or not fmt.pretix_positions or "code" in columns.by_field:
        return None
    if "order_code" not in columns.by_field:
        return None
    position_headers = {"positionid", "position"}
    position = next((i for i, h in enumerate(headers) if fold_header(h) in position_headers), None)
    order = columns.by_field["order_code"][0]
    if position is None:
        return None
    return lambda cells: f"{cells[order].strip()}-{cells[position].strip()}"


def choose_checkin_list(
    counts: Mapping[str, int], wanted: str | None, *, ask: bool = True
) -> tuple[str, tuple[str, ...]]:
    """This door's check-in list among those a file names, and all of them, most used first.

    `wanted` is the organiser's choice (a list nobody used yet is allowed only when the
    file names none). Without one, a file that names one list is taken as that list's;
    one that names several raises CheckinListNeeded (or, with `ask` false, gives "":
    not chosen yet): the most used list may be another door's, and no rule on names
    ("Haupteingang", "Einlass Halle B", "Main entrance") can tell which door this is.
    """
    seen = tuple(sorted(counts, key=lambda n: (-counts[n], n.casefold())))
    if wanted is None or not wanted.strip():
        if len(seen) > 1:
            if ask:
                raise CheckinListNeeded(seen)
            return "", seen
        return (seen[0] if seen else ""), seen
    folded = " ".join(wanted.split()).casefold()
    match = next((n for n in seen if n.casefold() == folded), None)
    if match is None:
        if not seen:
            return wanted.strip(), seen  # nobody used it yet: nobody is in
        raise ListFileError(
            f"No ticket in this list was used at a check-in list {wanted!r}; the lists "
            f"it names are: {', '.join(seen)}. Nothing was imported."
        )
    return match, seen


@dataclass(frozen=True, kw_only=True)
class ListProposal:
    """What an import of a file would do, before it runs: the one detection path that the
    CLI's import and the window's import dialog share (the dialog only shows it and lets a
    person change it)."""

    table: Table
    source_format: str
    #: Column header -> field, as `parse_list` detects it (unmapped columns are left out).
    mapping: dict[str, str]
    #: Check-in lists the file names, most used first, and the one taken as this door's
    #: ("" where it names several: the person must choose).
    checkin_lists: tuple[str, ...] = ()
    checkin_list: str = ""


def propose_list(
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    delimiter: str | None = None,
    preview_rows: int = 20,
) -> ListProposal:
    """The file's sheet, format, column mapping and check-in lists, with its first rows;
    raises ListFileError where `parse_list` would refuse the file before reading rows."""
    source = open_source(path, sheet, delimiter)
    headers = source.headers
    fmt = detect_format(headers)
    _refuse_per_order(fmt, source.sheet, source.sheet_names)
    mapping = detect_mapping(headers)
    rows = list(itertools.islice(source.rows, preview_rows))
    lists_columns = [headers.index(h) for h, f in mapping.items() if f == "checkin_lists"]
    counts: Counter[str] = Counter()
    if lists_columns:
        column = lists_columns[0]
        for _line, cells in itertools.chain(rows, source.rows):
            if column < len(cells) and cells[column].strip():
                counts.update(pretix.split_lists(cells[column]))
    _close(source)
    door, seen = choose_checkin_list(counts, None, ask=False)
    table = Table(
        headers=headers,
        rows=rows,
        format=source.format,
        encoding=source.encoding,
        delimiter=source.delimiter,
        sheet=source.sheet,
        sheet_names=source.sheet_names,
        header_line=source.header_line,
        warnings=source.warnings,
    )
    return ListProposal(
        table=table,
        source_format=fmt.name if fmt else GENERIC,
        mapping=mapping,
        checkin_lists=seen,
        checkin_list=door,
    )


def _refuse_per_order(fmt: ExportFormat | None, sheet: str, sheet_names: Sequence[str]) -> None:
    if fmt is None or not fmt.per_order:
        return
    others = [n for n in sheet_names if n != sheet]
    where = (
        f" Choose the sheet with one row per ticket ({', '.join(others)})."
        if others
        else (" Export pretix's order data as “Order positions” (one row per ticket) instead.")
    )
    raise ListFileError(
        f"This is {fmt.name}: it lists buyers, not the guests holding the tickets.{where} "
        "Nothing was imported."
    )


def parse_list(
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    mapping: Mapping[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    delimiter: str | None = None,
    checkin_list: str | None = None,
    timezone: tzinfo = DEFAULT_TIMEZONE,
    clock: Clock = system_clock,
) -> ParsedList:
    """Read a CSV/TSV/xlsx guest list into rows; raises ListFileError if it cannot be read.

    `delimiter` overrides the sniffed separator of a CSV (a list whose unquoted cells
    hold the separator itself). `checkin_list` names the check-in list that is this
    door's, where the list records check-ins at several (pretix's orders export);
    without it such a file raises CheckinListNeeded with their names (one list named is
    taken, and the notes say so). Times without a zone are `timezone`'s; a check-in the
    file records without a time is dated by its modification time, else `clock`.
    """
    source = open_source(path, sheet, delimiter)
    headers = source.headers
    fmt = detect_format(headers)
    _refuse_per_order(fmt, source.sheet, source.sheet_names)
    used = _apply_overrides(headers, detect_mapping(headers), mapping)
    columns = _Columns(headers, used)
    _require_names(columns, headers)
    reader = _RowReader(source, columns, fmt, Path(path).name, timezone, clock)
    rows: list[ParsedRow] = []
    done = 0
    name_at = _event_name_column(fmt, headers)
    event_names: set[str] = set()
    last_name: str | None = None
    with collector_paused():
        for line, cells in source.rows:
            if name_at is not None and (named := cells[name_at]) != last_name:
                event_names.add(named.strip())
                last_name = named
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
    door, lists_seen = reader.door_list(checkin_list)
    problems = reader.finish()
    redated = reader.dates_read_day_first()
    entered = reader.entered_at(door)
    if redated or entered:
        rows = [
            replace(r, checked_in_at=redated.get(r.line) or entered.get(r.line))
            if r.line in redated or r.line in entered
            else r
            for r in rows
        ]
    if fmt is not None and fmt.system == "indico" and not fmt.states_unknown:
        rows = _keep_registration_ids(rows)
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
        rejected_codes=frozenset(reader.rejected_codes),
        warnings=[
            *source.warnings,
            *reader.notes(door, lists_seen),
            *([fmt.note] if fmt is not None and fmt.note else []),
        ],
        cut_off=source.ending.cut_off,
        last_line_open=source.ending.last_line_open,
        checkin_lists=lists_seen,
        checkin_list=door,
        states_unknown=fmt is not None and fmt.states_unknown,
        event_name=_one_event_name(event_names, source.format),
    )


def _event_name_column(fmt: ExportFormat | None, headers: Sequence[str]) -> int | None:
    """Where a pretix order export names the event (see `pretix.EVENT_NAME_HEADERS`)."""
    if fmt is None or fmt.system != "pretix":
        return None
    wanted = {fold_header(h) for h in pretix.EVENT_NAME_HEADERS}
    return next((i for i, h in enumerate(headers) if fold_header(h) in wanted), None)


def _one_event_name(seen: set[str], file_format: str) -> str:
    names = {pretix.undefuse(n) if file_format == "csv" else n for n in seen} - {""}
    return next(iter(names)) if len(names) == 1 else ""


def _keep_registration_ids(rows: list[ParsedRow]) -> list[ParsedRow]:
    """Indico's list: its per-event ID is the code and is also kept as the registration
    ID, which staff can still type once the registrants JSON made the secret the code."""
    return [
        replace(
            r,
            attendee=replace(
                r.attendee,
                extra=MappingProxyType({**r.attendee.extra, REGISTRATION_ID_KEY: r.attendee.code}),
            ),
        )
        if r.attendee.code
        else r
        for r in rows
    ]


def _close(source: Source) -> None:
    close = getattr(source.rows, "close", None)
    if close is not None:
        close()


class _RowReader:
    """Turns one row of cells into a ParsedRow, collecting problems as it goes."""

    def __init__(
        self,
        source: Source,
        columns: _Columns,
        fmt: ExportFormat | None,
        file_name: str,
        timezone: tzinfo = DEFAULT_TIMEZONE,
        clock: Clock = system_clock,
    ) -> None:
        self.source = source
        self.fmt = fmt
        self.timezone = timezone
        self.clock = clock
        system = fmt.system if fmt else ""
        # pretix's CSV writer put an apostrophe before formula-like cells; its XLSX did not.
        self.undefuse = system == "pretix" and source.format == "csv"
        self.system_status = {"pretix": pretix.parse_status, "indico": indico.parse_status}.get(
            system
        )
        self.variation_joiner = fmt.variation_joiner if fmt else ""
        category_header = columns.header("category")
        self.variation_key = (
            "Variante" if fold_header(category_header) == "produkt" else "Variation"
        )
        #: A ticket without an attendee name is a guest still (pretix: a colleague's ticket).
        self.nameless_tickets = system == "pretix" and "code" in columns.by_field
        self.nameless: list[int] = []
        self.lists_by_line: dict[int, tuple[str, ...]] = {}
        self.no_secrets = (
            system == "pretix"
            and "code" not in columns.by_field
            and "order_code" in columns.by_field
        )
        self.columns = columns
        self.file_name = file_name
        get = columns.getter
        self.pick = columns.picker(_ROW_FIELDS)
        self.position_code = _pretix_position_code(fmt, columns, source.headers)
        self.code_column = columns.by_field.get("code", (0,))[0] + 1
        self.name_last_first = is_last_first(columns.header("name"))
        self.checked_in = get("checked_in")
        self.checked_in_at = get("checked_in_at")
        self.extra_get = itemgetter(*(i for i, _ in columns.extra)) if columns.extra else None
        self.problems: list[Problem] = [
            Problem(
                line,
                ProblemReason.ENCODING_FALLBACK,
                Note(
                    "line_not_utf8",
                    "This line is not UTF-8 and was read as Windows-1252; check its accents.",
                ),
            )
            for line in source.fallback_lines
        ]
        self.codes: dict[str, int] = {}
        self.rejected_codes: set[str] = set()
        self.day_first = self.month_first = False
        self.ambiguous_dates: list[tuple[int, str]] = []
        self.people: dict[str, int] = {}
        self.unknown_status: dict[str, list[int]] = {}
        self.status_cache: dict[str, tuple[Status, bool]] = {}
        self.extra_cache: dict[tuple[str, ...], Mapping[str, str]] = {}
        # One string object per distinct name, company, category ... instead of one per
        # row: less memory, and SQLite encodes each non-ASCII name to UTF-8 only once.
        self.intern: Callable[[str, str], str] = dict[str, str]().setdefault
        self.has_checkin = "checked_in" in columns.by_field or "checked_in_at" in columns.by_field
        self.fallback_time = source.modified

    def _warn(self, line: int, reason: ProblemReason, detail: str, column: str = "") -> None:
        self.problems.append(Problem(line, reason, detail, "warning", column))

    def _status(self, raw: str, line: int) -> tuple[Status, bool]:
        known = self.status_cache.get(raw)
        if known is None:
            status = self.system_status(raw) if self.system_status is not None else None
            status = status or parse_status(raw)
            if status is None:
                self.unknown_status.setdefault(raw, [])
                status = Status.ACTIVE
            known = self.status_cache[raw] = (status, status_says_checked_in(raw))
        if raw in self.unknown_status:
            self.unknown_status[raw].append(line)
        return known

    def _extra(self, cells: list[str]) -> Mapping[str, str]:
        assert self.extra_get is not None
        got = self.extra_get(cells)
        values = tuple(v.strip() for v in got) if len(self.columns.extra) > 1 else (got.strip(),)
        shared = self.extra_cache.get(values)
        if shared is None:
            shared = MappingProxyType(
                {h: v for (_, h), v in zip(self.columns.extra, values, strict=True) if v}
            )
            if len(self.extra_cache) < 10_000:  # repeated small extras (Anrede) share one map
                self.extra_cache[values] = shared
        return shared

    def read(self, line: int, cells: list[str]) -> ParsedRow | None:
        if self.undefuse:
            cells = [pretix.undefuse(c) if c[:1] == "'" else c for c in cells]
        (code, title, first, last, full, company, function, email, category, raw_status,
         attention_text, note, paid, used_lists, order_code) = self.pick(cells)  # fmt: skip
        if not first and not last and full:
            if self._looks_like_note(line, cells, full):
                return None
            first, last = split_full_name(full, last_first=self.name_last_first)
            if not title and " " in last:  # "Dr. Kretzschmar, Ralf"
                title, last = split_title(last)
        if not title and " " in first:
            title, first = split_title(first)
        if not first and not last and self.nameless_tickets and code:
            self.nameless.append(line)
        elif not first and not last:
            listed = self.position_code(cells) if self.position_code is not None else code
            if listed:  # an unreadable row still says its guest is on the list
                self.rejected_codes.add(listed)
            self.problems.append(
                Problem(line, ProblemReason.NO_NAME,
                        Note("no_name", "The row has no name; it was not imported."),
                        "error", self.columns.header("last_name") or self.columns.header("name"))
            )  # fmt: skip
            return None
        if self.position_code is not None:
            code = self.position_code(cells)
        if code:
            if code[0] == "=":
                code = clean_code(code)
            if self.codes.setdefault(code, line) != line or "+" in code or self.source.lossy_cells:
                self._check_code(line, code)
        status, status_checked_in = self._status(raw_status, line) if raw_status else _ACTIVE
        if paid and status is Status.ACTIVE and parse_bool(paid) is False:
            status = Status.UNPAID
        variation = ""
        if self.variation_joiner and category:
            category, variation = pretix.split_product(category, self.variation_joiner)
        if used_lists:
            self.lists_by_line[line] = pretix.split_lists(used_lists)
        flag: bool | None = False
        if attention_text:
            flag = parse_bool(attention_text)
            if flag is None:  # a VIP column holding a word ("Protokoll") is a note
                flag, note = True, note or attention_text
        intern = self.intern
        attendee = _make_attendee(
            code=code,
            first_name=intern(first, first),
            last_name=intern(last, last),
            title=intern(title, title),
            company=intern(company, company),
            function=intern(function, function),
            email=email,
            category=intern(category, category),
            status=status,
            attention=bool(flag or note),
            attention_note=intern(note, note),
            extra=(self._extra(cells) if self.columns.extra else _NO_EXTRA)
            if not variation
            else self._with_variation(cells, variation),
            source_file=self.file_name,
            source_line=line,
        )
        checked_at = None
        if self.has_checkin or status_checked_in:
            checked_at = self._checked_in_at(line, cells, status_checked_in)
        # The same person twice: same name and e-mail, or (no e-mail) same name and company.
        key = f"{first}\x00{last}\x00{email or chr(1) + company}".casefold()
        earlier = self.people.setdefault(key, line) if first or last else line
        if earlier != line:
            self._warn(
                line,
                ProblemReason.DUPLICATE_PERSON,
                Note(
                    "same_person_email" if email else "same_person_company",
                    "{name} with the same "
                    + ("e-mail" if email else "company")
                    + " is also on line {earlier}; both rows were imported.",
                    name=f"{first} {last}",
                    earlier=earlier,
                ),
            )
        return _make_row(line=line, attendee=attendee, checked_in_at=checked_at)

    def _with_variation(self, cells: list[str], variation: str) -> Mapping[str, str]:
        extra = self._extra(cells) if self.columns.extra else _NO_EXTRA
        if not variation:
            return extra
        return MappingProxyType({**extra, self.variation_key: variation})

    def door_list(self, wanted: str | None) -> tuple[str, tuple[str, ...]]:
        counts = Counter(name for names in self.lists_by_line.values() for name in names)
        return choose_checkin_list(counts, wanted)

    def entered_at(self, door: str) -> dict[int, datetime]:
        """Lines whose ticket was used at this door's list (the export says only that)."""
        if not door:
            return {}
        at = self.fallback_time or self.clock()
        return {line: at for line, names in self.lists_by_line.items() if door in names}

    def notes(self, door: str, seen: tuple[str, ...]) -> list[str]:
        said: list[str] = []
        if seen:
            others = [n for n in seen if n != door]
            said.append(
                Note("door_list_others", "Check-ins at the list {door} were taken as this "
                     "door's; those at {others} are kept as history only (choose another list "
                     "with --checkin-list or in the import dialog).",
                     door=repr(door), others=", ".join(repr(n) for n in others))
                if others else
                Note("door_list", "Check-ins at the list {door} were taken as this door's "
                     "(choose another list with --checkin-list or in the import dialog).",
                     door=repr(door))
            )  # fmt: skip
        if self.nameless:
            said.append(
                Note("nameless_tickets", "{count} ticket(s) have no attendee name (lines "
                     "{lines}): they are admitted as “name missing”, and the desk asks for the "
                     "name before a badge prints.",
                     count=len(self.nameless), lines=", ".join(map(str, self.nameless[:10])))
            )  # fmt: skip
        if self.no_secrets:
            said.append(
                Note("pretix_no_secrets", "This pretix check-in list has no ticket secrets: "
                     "ticket QR codes will read “unknown”, and the tickets of one order share "
                     "its order code. Export it again with “Include QR-code secret”, or export "
                     "the order data's “Order positions”.")
            )  # fmt: skip
        return said

    def _looks_like_note(self, line: int, cells: list[str], text: str) -> bool:
        """A lone "Summe: 4 Anmeldungen" below the list is not a guest called "Summe"."""
        if sum(1 for c in cells if c.strip()) != 1 or not any(ch.isdigit() for ch in text):
            return False
        self.problems.append(
            Problem(line, ProblemReason.NO_NAME,
                    Note("note_not_guest", "{text} looks like a note or total, not a guest; it "
                         "was not imported.", text=repr(text)),
                    "error", self.columns.header("name"))
        )  # fmt: skip
        return True

    def _check_code(self, line: int, code: str) -> None:
        """Reports a code used before or damaged by Excel (rare: only called on suspicion)."""
        column = self.columns.header("code")
        earlier = self.codes[code]
        if earlier != line:
            self._warn(
                line,
                ProblemReason.DUPLICATE_CODE,
                Note(
                    "duplicate_code",
                    "Code {code} is also on line {earlier}; both rows were imported and the code "
                    "will not admit anyone until a person decides.",
                    code=code,
                    earlier=earlier,
                ),
                column,
            )
        lossy = self.source.lossy_cells
        if (lossy and (line, self.code_column) in lossy) or (
            "+" in code and looks_like_mangled_number(code)
        ):
            self._warn(
                line,
                ProblemReason.UNREADABLE_VALUE,
                Note(
                    "code_as_number",
                    "Code {code} was stored as a number and may have lost digits; "
                    "format the code column as text and export the list again.",
                    code=code,
                ),
                column,
            )

    def _date(self, line: int, text: str) -> datetime | None:
        parts = slash_date_parts(text)
        if parts is not None:  # which order the list uses is decided at the end
            first, second = parts
            self.day_first = self.day_first or first > 12
            self.month_first = self.month_first or second > 12
            if first <= 12 and second <= 12:
                self.ambiguous_dates.append((line, text))
        return parse_datetime(text, tz=self.timezone)

    def dates_read_day_first(self) -> dict[int, datetime]:
        """Lines whose slash date, read month-first, must be read day-first after all:
        the column holds a date like 13/03/2025 elsewhere, and none like 03/13/2025."""
        if not self.day_first or self.month_first:
            return {}
        swapped = (
            (line, parse_datetime(text, day_first=True, tz=self.timezone))
            for line, text in self.ambiguous_dates
        )
        return {line: at for line, at in swapped if at is not None}

    def _checked_in_at(self, line: int, cells: list[str], flag: bool) -> datetime | None:
        at: datetime | None = None
        text = self.checked_in(cells)
        if text:
            said = parse_bool(text)
            if said is None:
                at = self._date(line, text)
                if at is None:
                    self._warn(
                        line,
                        ProblemReason.UNREADABLE_VALUE,
                        Note(
                            "checkin_value_unknown",
                            "Check-in value {value} is not a date or yes/no; taken as checked in.",
                            value=repr(text),
                        ),
                        self.columns.header("checked_in"),
                    )
                flag = True
            else:
                flag = flag or said
        stamp = self.checked_in_at(cells)
        if stamp:
            parsed = self._date(line, stamp)
            if parsed is None:
                self._warn(
                    line,
                    ProblemReason.UNREADABLE_VALUE,
                    Note(
                        "checkin_time_unreadable",
                        "Check-in time {value} cannot be read as a date and time.",
                        value=repr(stamp),
                    ),
                    self.columns.header("checked_in_at"),
                )
            else:
                at = at or parsed
                flag = True
        if at is None and flag:
            at = self.fallback_time or self.clock()
        return at

    def finish(self) -> list[Problem]:
        overflow = self.source.overflow
        for line, cells in overflow[:_OVERFLOW_SHOWN]:
            dropped = "; ".join(cells)
            self._warn(
                line,
                ProblemReason.UNREADABLE_VALUE,
                Note(
                    "cells_beyond_header",
                    "The line has more cells than the header; {cells} was not imported. "
                    "Check the column separator, or give those cells a column header.",
                    cells=repr(dropped[:60]),
                ),
            )
        if len(overflow) > _OVERFLOW_SHOWN:
            self._warn(
                overflow[_OVERFLOW_SHOWN][0],
                ProblemReason.UNREADABLE_VALUE,
                Note(
                    "more_cells_beyond_header",
                    "{count} more lines have cells beyond the header that were not imported.",
                    count=len(overflow) - _OVERFLOW_SHOWN,
                ),
            )
        for value, lines in self.unknown_status.items():
            if not lines:
                continue
            self.problems.append(
                Problem(
                    lines[0],
                    ProblemReason.UNREADABLE_VALUE,
                    Note(
                        "status_unknown",
                        "Status {value} is not known; {count} row(s) with it were imported "
                        "as active.",
                        value=repr(value),
                        count=len(lines),
                    ),
                    "warning",
                    self.columns.header("status"),
                )
            )
        self.problems.sort(key=lambda p: p.line)
        return self.problems
