"""What an import writes for guests a desk changed after the import was planned.

An import is planned from the stored rows (`ImportPlan.planned_from`) and written
seconds later, in parts. Meanwhile any desk may correct a guest's name or note,
check them in, undo a check-in. Each write reads the rows it is about to change in
its own transaction (on PostgreSQL locked against other desks until it commits) and
hands them to `replan`; nothing a desk did meanwhile is lost or reverted:

- an update is merged field by field: a field the desk changed since the planning
  keeps the desk's value, every other field gets the list's (a three-way merge of
  the planned-from row, the list's row and the row as it is now);
- a guest the plan takes off the list is left on it (the organiser would have been
  asked about a guest who came; importing the list again takes them off, asking);
- a check-in the list records for a stored guest is not taken over where the desk
  checked them in or undid a check-in meanwhile (newer than the list); only the
  check-in is compared there, as the import's own update of that guest may come
  in an earlier part;
- check-ins are never written by an update (`WRITE_FIELDS`), so a guest admitted
  meanwhile whom the list now cancels stays admitted, at the time it happened,
  exactly as if the import had been planned after that check-in.

Every such guest's id goes into `PlannedFrom.changed`; the import's report says how
many (`checkin.core.importing`). A row that is as planned is written as planned.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from checkin.core.model import LIST_FIELDS, Attendee
from checkin.core.store.base import ImportPlan

#: The fields an import's update writes that a desk may have changed too.
_MERGED = ("code", *LIST_FIELDS)


def ids_to_check(plan: ImportPlan) -> list[int]:
    """The stored guests whose rows this plan writes, as planned from (sorted: locks are
    taken in id order, as every other writer takes them)."""
    if plan.planned_from is None:
        return []
    known = plan.planned_from.rows
    wanted = {a.id for a in plan.updates if a.id is not None}
    wanted.update(plan.removals)
    wanted.update(r.attendee_id for r in plan.recorded_checkins if r.attendee_id is not None)
    return sorted(i for i in wanted if i in known)


def replan(plan: ImportPlan, current: Mapping[int, Attendee]) -> ImportPlan:
    """`plan` as it may be written now that the rows it touches are `current` (read in
    the write's transaction, for `ids_to_check(plan)`)."""
    planned = plan.planned_from
    if planned is None:
        return plan
    before = planned.rows
    changed: set[int] = set()

    def meanwhile(attendee_id: int, presence_only: bool = False) -> bool:
        base = before.get(attendee_id)
        if base is None:
            return False  # not planned from a stored row: written as planned
        now = current.get(attendee_id)
        if presence_only:
            differs = now is None or now.checked_in != base.checked_in
        else:
            differs = now != base
        if differs:
            changed.add(attendee_id)
        return differs

    updates: list[Attendee] = []
    for update in plan.updates:
        if update.id is None or not meanwhile(update.id):
            updates.append(update)
            continue
        now = current.get(update.id)
        if now is None:
            continue  # gone (the event erased meanwhile): nothing to update
        merged = _merged(before[update.id], update, now)
        if any(getattr(merged, f) != getattr(now, f) for f in _MERGED):
            updates.append(merged)
    removals = tuple(i for i in plan.removals if not meanwhile(i))
    # A list's check-in is about presence only, and is written in a part after the
    # guest's update (the import's own write, which never touches the check-in).
    recorded = tuple(
        r
        for r in plan.recorded_checkins
        if r.attendee_id is None or not meanwhile(r.attendee_id, presence_only=True)
    )
    planned.changed.update(changed)
    if not changed:
        return plan
    return replace(plan, updates=tuple(updates), removals=removals, recorded_checkins=recorded)


def _merged(base: Attendee, listed: Attendee, now: Attendee) -> Attendee:
    """The row as it is now, with the list's value in every field nobody changed since
    the planning."""
    return replace(now, **{f: getattr(listed, f) for f in _untouched(base, now)})


def _untouched(base: Attendee, now: Attendee) -> Iterable[str]:
    return (f for f in _MERGED if getattr(base, f) == getattr(now, f))
