"""The journal: typed events (check-in, undo, rejected scan, walk-in, edit, badge printed,
list imported), each with an id made where it happened. It is the truth.

Who is in is derived from it (`presence`): the stores keep the current admission
on the attendee row as a cache for the scan path, and the tests rebuild it from
the journal and compare. The facts an event carries beside its typed `Outcome`
(an edit's values before, the printer, the undone admission, an import's counts)
are a JSON object in `LogEntry.detail`, read and written only here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from checkin.core.eventid import new_event_id
from checkin.core.model import CheckInState, LogEntry, LogKind, Outcome

__all__ = [
    "ADMITTING_KINDS",
    "Double",
    "admissions",
    "detail_of",
    "double_entry",
    "double_facts",
    "doubles",
    "edit_detail",
    "edited_after",
    "edited_before",
    "is_admission",
    "make_detail",
    "new_event_id",
    "presence",
    "printer_of",
    "time_order",
    "undo_detail",
]

#: Events that admit a guest when their outcome is ADMITTED.
ADMITTING_KINDS = frozenset({LogKind.CHECKIN, LogKind.WALKIN})


def is_admission(entry: LogEntry) -> bool:
    """Whether the event admits its guest (a check-in or a walk-in's; "admit anyway" is a
    check-in beside its OVERRIDE record)."""
    return entry.kind in ADMITTING_KINDS and entry.result is Outcome.ADMITTED


def make_detail(facts: Mapping[str, Any]) -> str:
    """A detail for LogEntry.detail: a JSON object, "" when there is nothing to say."""
    return json.dumps(dict(facts), ensure_ascii=False, sort_keys=True) if facts else ""


def detail_of(entry: LogEntry) -> dict[str, Any]:
    """The facts of an event (an empty dict for none, or for a detail no reader knows)."""
    if not entry.detail:
        return {}
    try:
        facts = json.loads(entry.detail)
    except ValueError:
        return {}
    return facts if isinstance(facts, dict) else {}


def undo_detail(undone: CheckInState, revokes: str) -> str:
    """What an undo revoked: the admission (time, desk, operator) and its event id."""
    return make_detail(
        {
            "at": undone.at.isoformat(),
            "desk": undone.desk,
            "operator": undone.operator,
            "revokes": revokes,
        }
    )


def printer_of(entry: LogEntry) -> str:
    """The printer a BADGE_PRINTED event went to."""
    return str(detail_of(entry).get("printer", ""))


#: The key of an EDIT's detail that holds the values after the correction (the rest of
#: the detail are the values before, as `importing.desk_edits` reads them).
EDIT_AFTER = "after"


def edit_detail(before: Mapping[str, Any], after: Mapping[str, Any]) -> str:
    """An EDIT's facts: each changed field's value before, and under "after" the new ones
    (a desk that edited offline uploads them; the latest edit of a field by time wins)."""
    return make_detail({**before, EDIT_AFTER: dict(after)} if after else before)


def edited_before(entry: LogEntry) -> dict[str, Any]:
    """An EDIT's fields as they were before the correction."""
    if entry.kind is not LogKind.EDIT:
        return {}
    facts = detail_of(entry)
    facts.pop(EDIT_AFTER, None)
    return facts


def edited_after(entry: LogEntry) -> dict[str, Any]:
    """An EDIT's fields as the correction set them ({} for an edit journalled without)."""
    if entry.kind is not LogKind.EDIT:
        return {}
    after = detail_of(entry).get(EDIT_AFTER)
    return dict(after) if isinstance(after, dict) else {}


@dataclass(frozen=True, slots=True)
class Double:
    """A ticket admitted while an earlier admission of it stood (two desks in a partition).

    `first` is the admission (the first by time, everywhere); `second` the later one,
    which the journal keeps as well: both events name the desk, operator and time.
    """

    attendee_id: int
    code: str
    first: LogEntry
    second: LogEntry


def time_order(entry: LogEntry) -> tuple[Any, str]:
    """The order events happened in, whatever order a store received them in."""
    return (entry.at, entry.event_id)


def _sweep(entries: Iterable[LogEntry]) -> tuple[dict[int, LogEntry], list[Double]]:
    """Admissions and undos of each guest in time order (order-free: any arrival order of
    the same events gives the same answer).

    An admitting event admits; while an earlier admission still stands it is also a
    double of it. An undo revokes the admission it names (`revokes`, the one its desk
    showed), and only that: an undo made offline of an admission made elsewhere revokes
    that admission, not a later one it could not know of, and an undo of a double
    leaves the first admission standing. An undo naming none (journals from before
    undos named theirs) revokes whatever stands. An undo that sorts before the admission
    it names (desk clocks apart) still revokes it.
    """
    events: dict[int, dict[str, LogEntry]] = {}
    for entry in entries:
        if entry.attendee_id is None:
            continue
        admits = is_admission(entry)
        undoes = entry.kind is LogKind.UNDO and entry.result is Outcome.UNDONE
        if admits or undoes:
            events.setdefault(entry.attendee_id, {})[entry.event_id] = entry
    holding: dict[int, LogEntry] = {}
    found: list[Double] = []
    for guest, by_id in events.items():
        standing: list[LogEntry] = []
        revoked: set[str] = set()
        for entry in sorted(by_id.values(), key=time_order):
            if entry.kind is LogKind.UNDO:
                target = str(detail_of(entry).get("revokes") or "")
                if not target:
                    standing = []
                    continue
                kept = [s for s in standing if s.event_id != target]
                if len(kept) == len(standing):
                    revoked.add(target)
                standing = kept
            elif entry.event_id not in revoked:
                if standing:
                    first = standing[0]
                    found.append(Double(guest, first.code or entry.code, first, entry))
                standing.append(entry)
        if standing:
            holding[guest] = standing[0]
    found.sort(key=lambda d: time_order(d.second))
    return holding, found


def admissions(entries: Iterable[LogEntry]) -> dict[int, LogEntry]:
    """Attendee id -> the admitting event that holds (the first by time still standing)."""
    return _sweep(entries)[0]


def presence(entries: Iterable[LogEntry]) -> dict[int, CheckInState]:
    """Who is in, from the journal alone: attendee id -> the admission that holds.

    An admitting event (check-in, walk-in, one a list recorded) admits; an undo revokes
    the admission it names (see `_sweep`). Refused scans, edits, prints and imports
    leave presence as it is. The first admission by time holds, whichever desk's
    upload reached a store first.
    """
    return {
        guest: CheckInState(e.at, e.desk, e.operator) for guest, e in admissions(entries).items()
    }


def doubles(entries: Iterable[LogEntry]) -> list[Double]:
    """Every double admission in the journal, in the order the second admissions happened."""
    return _sweep(entries)[1]


def double_entry(double: Double) -> LogEntry:
    """A double as a DOUBLE_ADMISSION notice (the window shows it); derived from the
    journal, never journalled itself (the two admissions are)."""
    facts = double_facts(double)
    return LogEntry(
        at=double.second.at,
        kind=LogKind.DOUBLE_ADMISSION,
        desk=double.second.desk,
        operator=double.second.operator,
        result=Outcome.ADMITTED,
        attendee_id=double.attendee_id,
        code=double.code,
        source=double.second.source,
        detail=make_detail(
            {"admission": facts["admission"], "double": facts["double"], "event_id": ""}
        ),
        event_id=double.second.event_id,
    )


def double_facts(double: Double) -> dict[str, Any]:
    """A double as plain facts (`checkin stats --json`, the report): who, which desks, when."""

    def side(entry: LogEntry) -> dict[str, Any]:
        return {
            "at": entry.at.isoformat(),
            "desk": entry.desk,
            "operator": entry.operator,
            "event_id": entry.event_id,
        }

    return {
        "attendee_id": double.attendee_id,
        "code": double.code,
        "admission": side(double.first),
        "double": side(double.second),
    }


def legacy_result(kind: str, result: str) -> tuple[str, str]:
    """(outcome, detail) for a log row written before results were typed (migrations).

    Undo kept "undid <time> <desk>", an edit its JSON, a badge print its printer; a
    result no Outcome names is kept in the detail rather than lost.
    """
    if kind == LogKind.UNDO and result.startswith("undid "):
        _, at, desk = (result.split(" ", 2) + ["", ""])[:3]
        return Outcome.UNDONE, make_detail({"at": at, "desk": desk})
    if kind == LogKind.EDIT:
        try:
            before = json.loads(result) if result else {}
        except ValueError:
            before = {"legacy_result": result}
        return Outcome.EDITED, make_detail(before if isinstance(before, dict) else {})
    if kind == LogKind.BADGE_PRINTED:
        return Outcome.PRINTED, make_detail({"printer": result})
    if result in Outcome._value2member_map_:
        return result, ""
    return Outcome.NONE, make_detail({"legacy_result": result})
