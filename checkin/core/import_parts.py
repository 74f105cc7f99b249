"""Writing an import in short transactions, so the door never waits behind it.

`store.apply_import` writes a whole plan in one transaction. Beside a desk that
scans, that transaction holds the database's write lock for seconds (100,000
new guests): every check-in meanwhile waits (SQLite: one writer at a time; on
PostgreSQL, a check-in of a guest the import touches waits for its row).
`split_plan` cuts the same writes into parts of a bounded size, and
`apply_in_parts` writes them one transaction each, pausing between parts so a
waiting check-in gets its turn.

What is traded: a failure in the middle (a full disk) leaves the parts already
written. They are consistent by themselves (a part is a set of whole guests),
and importing the same file again completes the import, because a re-import
plans only what still differs. New guests get their ids in name order across
all parts, as in one transaction (the search index relies on it).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import replace
from datetime import datetime

from checkin.core.store.base import ImportPlan, RecordedCheckIn, Store
from checkin.core.store.open import is_server_url
from checkin.core.store.rows import sort_key

#: Guests in the first part; later parts are sized to take about PART_BUDGET_S each.
PART_ROWS = 100
#: How long one part may hold the desk's turn (s): a scan waits for one part at most.
PART_BUDGET_S = 0.01
#: The same on a server, where every part pays round trips and the server's commit: a
#: scan at another desk that needs a row of the part waits for one part at most, a
#: sixth of the desk's deadline (300 ms). Smaller parts would not wait less, only be
#: more (their fixed cost is most of a 10 ms part there).
SERVER_PART_BUDGET_S = 0.05
#: Bounds of the adaptive part size (guests).
MIN_ROWS, MAX_ROWS = 10, 2000
#: Pause between parts (s): a scan waiting for the desk's turn takes it meanwhile.
PAUSE_S = 0.002


def split_plan(plan: ImportPlan, rows: int | Callable[[], int] = PART_ROWS) -> Iterator[ImportPlan]:
    """The plan's writes in parts of at most `rows` guests each (inserts in name order).

    `rows` may be a function, asked before each part (an adaptive size). A last
    part without rows records the import in the journal, once, with the whole
    import's counts (`ImportPlan.whole`).
    """
    whole = (
        len(plan.inserts),
        len(plan.updates),
        len(plan.removals),
        len(plan.recorded_checkins),
    )
    for part in _parts(plan, rows):
        yield replace(part, whole=())
    # Last, a part with no rows: the import's one LIST_IMPORTED event, once all is written.
    yield ImportPlan(source_file=plan.source_file, whole=whole)


def _parts(plan: ImportPlan, rows: int | Callable[[], int]) -> Iterator[ImportPlan]:
    size = rows if callable(rows) else (lambda: rows)
    if size() <= 0:
        raise ValueError("rows must be positive")
    order = sorted(range(len(plan.inserts)), key=lambda i: sort_key(plan.inserts[i]))
    recorded_for: dict[int, list[datetime]] = {}
    recorded_ids: list[RecordedCheckIn] = []
    for recorded in plan.recorded_checkins:
        if recorded.new is not None:
            recorded_for.setdefault(recorded.new, []).append(recorded.at)
        else:
            recorded_ids.append(recorded)
    start = 0
    while start < len(order):
        chosen = order[start : start + size()]
        start += len(chosen)
        yield ImportPlan(
            inserts=tuple(plan.inserts[i] for i in chosen),
            recorded_checkins=tuple(
                RecordedCheckIn.of_new(local, when)
                for local, i in enumerate(chosen)
                for when in recorded_for.get(i, ())
            ),
            source_file=plan.source_file,
            planned_from=plan.planned_from,
        )
    start = 0
    while start < len(plan.updates):
        updates = plan.updates[start : start + size()]
        start += len(updates)
        yield ImportPlan(
            updates=updates, source_file=plan.source_file, planned_from=plan.planned_from
        )
    start = 0
    while start < len(plan.moved):
        moved = plan.moved[start : start + size()]
        start += len(moved)
        yield ImportPlan(moved=moved, source_file=plan.source_file, planned_from=plan.planned_from)
    start = 0
    while start < len(plan.removals):
        removals = plan.removals[start : start + size()]
        start += len(removals)
        yield ImportPlan(
            removals=removals, source_file=plan.source_file, planned_from=plan.planned_from
        )
    start = 0
    while start < len(recorded_ids):
        checkins = tuple(recorded_ids[start : start + size()])
        start += len(checkins)
        yield ImportPlan(
            recorded_checkins=checkins, source_file=plan.source_file, planned_from=plan.planned_from
        )


def part_budget(store: Store) -> float:
    """How long one part of an import into `store` may take (s)."""
    return SERVER_PART_BUDGET_S if is_server_url(store.path) else PART_BUDGET_S


def written_rows(plan: ImportPlan) -> int:
    """How many guests' rows `plan` writes (new, changed, moved to another file, removed)."""
    return len(plan.inserts) + len(plan.updates) + len(plan.moved) + len(plan.removals)


def apply_in_parts(
    store: Store,
    plan: ImportPlan,
    at: datetime,
    *,
    rows: int | None = None,
    pause_s: float | None = None,
    written: Callable[[ImportPlan], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    turn: AbstractContextManager[object] | None = None,
    clock: Callable[[], float] = time.perf_counter,
    budget_s: float | None = None,
) -> None:
    """Write `plan` part by part, each in its own transaction; `written(part)` after each.

    `turn` (a lock the desk takes around a scan, in the same process) is held for
    each part: a scan waiting for it goes on the moment the part is committed,
    instead of polling for the database's lock. Without `rows`, parts are sized
    to take about `budget_s` on this machine now (a loaded machine gets smaller
    parts; default `part_budget(store)`); `pause_s` defaults to PAUSE_S.
    """
    pause_s = PAUSE_S if pause_s is None else pause_s
    budget_s = part_budget(store) if budget_s is None else budget_s
    size = [PART_ROWS if rows is None else rows]

    def next_size() -> int:
        return size[0]

    first = True
    for part in split_plan(plan, next_size):
        if not first and pause_s > 0:
            sleep(pause_s)
        first = False
        started = clock()
        with turn if turn is not None else nullcontext():
            store.apply_import(part, at)
        took = clock() - started
        if rows is None:
            count = written_rows(part) + len(part.recorded_checkins)
            if took > 0 and count:
                # Halfway to the size that would have met the budget: steady, not jumpy.
                wanted = count * budget_s / took
                size[0] = max(MIN_ROWS, min(MAX_ROWS, round((size[0] + wanted) / 2)))
        if written is not None:
            written(part)
