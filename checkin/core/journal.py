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
from typing import Any

from checkin.core.eventid import new_event_id
from checkin.core.model import CheckInState, LogEntry, LogKind, Outcome

__all__ = [
    "ADMITTING_KINDS",
    "detail_of",
    "edited_before",
    "make_detail",
    "new_event_id",
    "presence",
    "printer_of",
    "undo_detail",
]

#: Events that admit a guest when their outcome is ADMITTED.
ADMITTING_KINDS = frozenset({LogKind.CHECKIN, LogKind.WALKIN})


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


def edited_before(entry: LogEntry) -> dict[str, Any]:
    """An EDIT's fields as they were before the correction."""
    if entry.kind is not LogKind.EDIT:
        return {}
    return detail_of(entry)


def presence(entries: Iterable[LogEntry]) -> dict[int, CheckInState]:
    """Who is in, from the journal alone: attendee id -> the admission that holds.

    An admitting event (check-in, walk-in, one a list recorded) admits a guest who is
    not in; an undo makes them not in. Refused scans, edits, prints and imports leave
    presence as it is.
    """
    inside: dict[int, CheckInState] = {}
    for entry in entries:
        if entry.attendee_id is None:
            continue
        if entry.kind in ADMITTING_KINDS and entry.result is Outcome.ADMITTED:
            inside.setdefault(entry.attendee_id, CheckInState(entry.at, entry.desk, entry.operator))
        elif entry.kind is LogKind.UNDO and entry.result is Outcome.UNDONE:
            inside.pop(entry.attendee_id, None)
    return inside


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
