"""A pull settles its guests' cached admissions off the journal in SQL where the journal
holds one admission or undo of a guest (`Replica._settle_pulled`): for any journal and any
cached row, the rows end as the general settle (`SQLStore._settle`, `journal.admissions`)
makes them. No server needed: the replica's own SQLite, written as a pull writes it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from checkin.core import journal
from checkin.core.model import Attendee, CheckInState, LogEntry, LogKind, Outcome
from checkin.core.store.base import ImportPlan
from checkin.core.store.replica import Replica
from tests.conftest import FakeClock

GUESTS = 4
DESKS = ("Tisch A", "Tisch B")
START = FakeClock()()

#: One guest's journal: admissions (minute, desk) and undos naming one of them (or none),
#: and a cached admission (minute, desk) or nobody, as a server answer may have left it.
_event = st.one_of(
    st.tuples(st.just("admit"), st.integers(0, 5), st.sampled_from(DESKS)),
    st.tuples(st.just("undo"), st.integers(0, 5), st.integers(-1, 3)),
    st.tuples(st.just("refused"), st.integers(0, 5), st.sampled_from(DESKS)),
)
_guest = st.tuples(
    st.lists(_event, max_size=4),
    st.none() | st.tuples(st.integers(0, 5), st.sampled_from(DESKS)),
)


def _replica(journals: list[tuple[list[Any], Any]]) -> tuple[Replica, list[int]]:
    replica = Replica.open(":memory:")
    replica.apply_import(
        ImportPlan(
            inserts=tuple(
                Attendee(code=f"G{i}", first_name="Gast", last_name=f"{i}") for i in range(GUESTS)
            )
        ),
        START,
    )
    ids = sorted(replica.attendee_ids())
    entries: list[LogEntry] = []
    rows: list[tuple[Any, ...]] = []
    for guest, (events, cached) in zip(ids, journals, strict=True):
        admissions: list[LogEntry] = []
        for n, (what, minute, arg) in enumerate(events):
            at = START + timedelta(minutes=minute, microseconds=n)
            if what == "undo":
                named = admissions[arg].event_id if 0 <= arg < len(admissions) else ""
                undone = CheckInState(at, "Tisch A", "Anna")
                entry = LogEntry(
                    at=at,
                    kind=LogKind.UNDO,
                    desk="Tisch A",
                    operator="Anna",
                    result=Outcome.UNDONE,
                    attendee_id=guest,
                    detail=journal.undo_detail(undone, named) if arg >= 0 else "",
                )
            else:
                entry = LogEntry(
                    at=at,
                    kind=LogKind.CHECKIN,
                    desk=arg,
                    operator="Anna",
                    result=Outcome.ADMITTED if what == "admit" else Outcome.ALREADY_CHECKED_IN,
                    attendee_id=guest,
                )
                if what == "admit":
                    admissions.append(entry)
            entries.append(entry)
        if cached is not None:
            at = START + timedelta(minutes=cached[0])
            rows.append((at.isoformat(), cached[1], "Anna", guest))
    replica._write(lambda cur: (replica._journal_many(cur, entries), None))
    replica._write(lambda cur: (replica._set_admissions(cur, rows), None))
    return replica, ids


def _settled(replica: Replica, ids: list[int], pulled: bool) -> dict[int, Any]:
    def work(cur: Any) -> tuple[set[int], None]:
        if pulled:
            return replica._settle_pulled(cur, ids, []), None
        return replica._settle(cur, ids), None

    changed = replica._write(work)
    rows = {i: a.checked_in for i, a in replica.get_attendees(ids).items()}
    return {"rows": rows, "changed": changed}


@settings(max_examples=300, deadline=None)
@given(st.lists(_guest, min_size=GUESTS, max_size=GUESTS))
def test_a_pulls_settle_makes_the_rows_the_general_settle_makes(
    journals: list[tuple[list[Any], Any]],
) -> None:
    general, ids = _replica(journals)
    pulled, same_ids = _replica(journals)
    try:
        assert ids == same_ids
        expected = _settled(general, ids, pulled=False)
        found = _settled(pulled, ids, pulled=True)
        assert found["rows"] == expected["rows"]
        # Told as changed: at least the rows that changed (a cached time written in another
        # spelling of the same instant may be told too).
        assert expected["changed"] <= found["changed"]
    finally:
        general.close()
        pulled.close()


def test_an_admission_alone_is_the_cached_one_and_an_undo_alone_is_nobody() -> None:
    one_admission = ([("admit", 1, "Tisch B")], None)
    undo_alone = ([("undo", 2, -1)], (1, "Tisch A"))
    nothing = ([], (3, "Tisch B"))
    refused_only = ([("refused", 1, "Tisch A")], None)
    replica, ids = _replica([one_admission, undo_alone, nothing, refused_only])
    try:
        settled = _settled(replica, ids, pulled=True)["rows"]
        first = settled[ids[0]]
        assert first is not None and first.desk == "Tisch B"
        assert first.at == START + timedelta(minutes=1)
        assert settled[ids[1]] is None
        assert settled[ids[2]] is None  # a cached admission the journal does not hold
        assert settled[ids[3]] is None
    finally:
        replica.close()
