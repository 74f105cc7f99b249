"""Row shapes both backends share: column lists, attendee/log conversion, the stats tally.

SQLite and PostgreSQL differ in parameter style, time types and bulk loading,
not in what an attendee row holds; keeping that here means a new field is
added once.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

from checkin.core import names
from checkin.core import search as folding
from checkin.core.model import (
    LIST_FIELDS,
    Attendee,
    CheckInState,
    LogEntry,
    LogKind,
    Outcome,
    ScanSource,
    Status,
)
from checkin.core.store.base import Stats

ATTENDEE_COLUMNS = (
    "id, code, title, first_name, last_name, company, function, email, category, status, "
    "attention, attention_note, extra, source_file, source_line, walk_in, "
    "checked_in_at, checked_in_desk, checked_in_operator"
)
#: The columns an insert or update writes, in the order of `attendee_values`.
WRITE_FIELDS = ("code", "code_fold", *LIST_FIELDS, "walk_in", "sort_key")
#: Every column of a stored attendee in the order a replica's first download writes them:
#: the id, WRITE_FIELDS, the cached admission (`PostgresStore.snapshot`).
STORED_COLUMNS = ("id", *WRITE_FIELDS, "checked_in_at", "checked_in_desk", "checked_in_operator")
LOG_COLUMNS = (
    "id, at, kind, desk, operator, raw_input, result, attendee_id, code, source, detail, event_id"
)
STATS_SQL = (
    "SELECT category, status, walk_in, checked_in_at IS NOT NULL, COUNT(*) "
    "FROM attendees GROUP BY 1, 2, 3, 4"
)

TimeReader = Callable[[Any], datetime]


#: How the stored sort keys were made (meta "name_order"): an event whose keys were made
#: otherwise (older checkin, other Unicode tables) gets them recomputed when opened.
NAME_ORDER_VERSION = (
    f"unicode {unicodedata.unidata_version}, fold {folding.FOLD_REVISION}, "
    f"order {names.NAME_ORDER_REVISION}"
)
SORT_KEYS_SQL = "SELECT id, last_name, first_name, sort_key FROM attendees"


def stale_sort_keys(stored: Iterable[Sequence[Any]]) -> list[tuple[str, int]]:
    """(new key, id) for the rows of SORT_KEYS_SQL whose stored key is not today's."""
    return [(key, row[0]) for row in stored if (key := names.sort_key(row[1], row[2])) != row[3]]


#: The stored name order is the one name order (`checkin.core.names`: Ärger beside Arndt).
sort_key = names.attendee_key


@lru_cache(maxsize=4096)
def _extra_json(items: tuple[tuple[str, str], ...]) -> str:
    """Lists repeat the same few extra columns (Anrede ...): encode each combination once."""
    return json.dumps(dict(items), ensure_ascii=False)


def attendee_values(a: Attendee, key: str | None = None) -> tuple[Any, ...]:
    """Values for WRITE_FIELDS; `key` is the sort key when the caller computed it already."""
    return (
        a.code,
        a.code.casefold(),
        a.title,
        a.first_name,
        a.last_name,
        a.company,
        a.function,
        a.email,
        a.category,
        str(a.status),
        bool(a.attention),
        a.attention_note,
        _extra_json(tuple(a.extra.items())) if a.extra else "",
        a.source_file,
        a.source_line,
        bool(a.walk_in),
        sort_key(a) if key is None else key,
    )


def attendee_from_row(row: Sequence[Any], read_time: TimeReader) -> Attendee:
    """An Attendee from a row selected with ATTENDEE_COLUMNS."""
    checked_in = None
    if row[16] is not None:
        checked_in = CheckInState(read_time(row[16]), row[17] or "", row[18] or "")
    return Attendee(
        id=row[0],
        code=row[1],
        title=row[2],
        first_name=row[3],
        last_name=row[4],
        company=row[5],
        function=row[6],
        email=row[7],
        category=row[8],
        status=Status(row[9]),
        attention=bool(row[10]),
        attention_note=row[11],
        extra=json.loads(row[12]) if row[12] else {},
        source_file=row[13],
        source_line=row[14],
        walk_in=bool(row[15]),
        checked_in=checked_in,
    )


#: Stored values -> members, for the rows a pull reads by the ten thousand (a dict
#: lookup instead of the enum's call; a value not listed still goes through the call).
_KINDS = {str(k): k for k in LogKind}
_OUTCOMES = {str(o): o for o in Outcome}
_SOURCES = {str(s): s for s in ScanSource}


def log_from_row(row: Sequence[Any], read_time: TimeReader) -> LogEntry:
    """A LogEntry from a row selected with LOG_COLUMNS."""
    return LogEntry(
        id=row[0],
        at=read_time(row[1]),
        kind=_KINDS[row[2]] if row[2] in _KINDS else LogKind(row[2]),
        desk=row[3],
        operator=row[4],
        raw_input=row[5],
        result=_OUTCOMES[row[6]] if row[6] in _OUTCOMES else Outcome(row[6]),
        attendee_id=row[7],
        code=row[8],
        source=_SOURCES[row[9]] if row[9] in _SOURCES else ScanSource(row[9]),
        detail=row[10],
        event_id=row[11],
    )


def tally_stats(groups: Iterable[Sequence[Any]]) -> Stats:
    """Stats from the rows of STATS_SQL (category, status, walk_in, checked in, count)."""
    expected = checked = cancelled = walk_ins = 0
    by_category: dict[str, list[int]] = {}
    for category, status, walk_in, is_in, count in groups:
        slot = by_category.setdefault(category, [0, 0])
        # Whoever came counts as expected, even if the list cancelled or dropped them
        # later: "checked in" never exceeds "expected".
        if status == Status.ACTIVE or is_in:
            expected += count
            slot[0] += count
        if status == Status.CANCELLED:
            cancelled += count
        if is_in:
            checked += count
            slot[1] += count
        if walk_in:
            walk_ins += count
    return Stats(
        expected=expected,
        checked_in=checked,
        cancelled=cancelled,
        walk_ins=walk_ins,
        by_category={k: (v[0], v[1]) for k, v in sorted(by_category.items())},
    )
