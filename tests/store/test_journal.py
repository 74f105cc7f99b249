"""The journal is the truth: ids made at the desk, typed results, who is in rebuilt from it.

Each case runs on both backends (a real SQLite file, a real PostgreSQL server).
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkin.core.eventid import event_id_time, new_event_id
from checkin.core.journal import edited_before, presence
from checkin.core.model import Attendee, LogKind, Outcome, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import ImportPlan, RecordedCheckIn, Store, StoreError
from checkin.core.store.migrations import MIGRATIONS
from checkin.core.store.open import open_store
from checkin.core.store.sqlite import SQLiteStore
from tests.conftest import FakeClock, people
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer

# -- ids ------------------------------------------------------------------------------------


def test_event_ids_are_uuid7_unique_and_time_ordered() -> None:
    ids = [new_event_id() for _ in range(20_000)]
    assert len(set(ids)) == len(ids) and ids == sorted(ids)
    first = uuid.UUID(ids[0])
    assert first.version == 7 and first.variant == uuid.RFC_4122
    assert abs(event_id_time(ids[-1]) - event_id_time(ids[0])) < timedelta(seconds=5)


def test_every_verdict_kind_is_a_typed_outcome() -> None:
    assert {str(k) for k in VerdictKind} <= {str(o) for o in Outcome}


# -- the journal rebuilds who is in ---------------------------------------------------------


def journal_agrees(store: Store) -> None:
    cached = {a.id: a.checked_in for a in store.iter_attendees() if a.checked_in is not None}
    assert presence(store.iter_log()) == cached


OPS = st.lists(
    st.one_of(
        st.tuples(st.just("scan"), st.integers(0, 9)),
        st.tuples(st.just("undo"), st.integers(0, 9)),
        st.tuples(st.just("walk_in"), st.integers(0, 2)),
        st.tuples(st.just("recorded"), st.integers(0, 9)),
        st.tuples(st.just("edit"), st.integers(0, 9)),
    ),
    max_size=25,
)


@pytest.fixture
def fresh_target(store_target: str, tmp_path: Path, request: pytest.FixtureRequest):  # noqa: ANN201
    """A new, empty event per call, on the test's backend."""
    counter = itertools.count()

    def make() -> str:
        if store_target.startswith("postgresql://"):
            server: PgServer = request.getfixturevalue("pg_server")
            return server.create_database()
        return str(tmp_path / f"event-{next(counter)}.sqlite3")

    return make


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=OPS)
def test_who_is_in_rebuilds_from_the_journal(
    ops: list[tuple[str, int]], fresh_target: Callable[[], str]
) -> None:
    clock = FakeClock()
    store = open_store(fresh_target())
    try:
        store.apply_import(ImportPlan(inserts=tuple(people())), clock())
        ids = [a.id for a in store.iter_attendees()]
        service = CheckInService(store, clock)
        for op, n in ops:
            clock.advance(minutes=1)
            attendee_id = ids[n % len(ids)]
            assert attendee_id is not None
            if op == "scan":
                guest = store.get_attendee(attendee_id)
                assert guest is not None
                service.check_in(attendee_id, f"T{n % 3}", "Op")
            elif op == "undo":
                service.undo(attendee_id, "T1", "Op")
            elif op == "walk_in":
                service.walk_in(
                    Attendee(code="", first_name="Neu", last_name=f"Gast {n}"), "T2", ""
                )
            elif op == "recorded":
                store.apply_import(
                    ImportPlan(
                        recorded_checkins=(RecordedCheckIn.of_stored(attendee_id, clock()),)
                    ),
                    clock(),
                )
            else:
                guest = store.get_attendee(attendee_id)
                assert guest is not None
                service.edit(replace(guest, company=f"Firma {n}"), "T1", "Op")
        journal_agrees(store)
        events = list(store.iter_log())
        assert len({e.event_id for e in events}) == len(events)
        assert all(isinstance(e.result, Outcome) for e in events)
    finally:
        store.close()


def test_undo_names_the_admission_it_revokes(any_store: Store, clock: FakeClock) -> None:
    any_store.apply_import(ImportPlan(inserts=tuple(people())), clock())
    service = CheckInService(any_store, clock)
    admitted = service.scan("WESTK1", "Tisch 1", "Anna")
    assert admitted.attendee is not None and admitted.attendee.id is not None
    clock.advance(minutes=2)
    service.undo(admitted.attendee.id, "Tisch 2", "Ben")
    check_in, undo = [e for e in any_store.iter_log() if e.kind in (LogKind.CHECKIN, LogKind.UNDO)]
    assert undo.result is Outcome.UNDONE
    facts = json.loads(undo.detail)
    assert facts["revokes"] == check_in.event_id and facts["desk"] == "Tisch 1"
    journal_agrees(any_store)


def test_an_edit_keeps_the_values_before_as_typed_detail(
    any_store: Store, clock: FakeClock
) -> None:
    any_store.apply_import(ImportPlan(inserts=tuple(people())), clock())
    guest = any_store.find_by_code("WESTK1")[0]
    CheckInService(any_store, clock).edit(replace(guest, company="Uni Stuttgart"), "T1", "Eva")
    (edit,) = [e for e in any_store.iter_log() if e.kind is LogKind.EDIT]
    assert edit.result is Outcome.EDITED
    assert edited_before(edit) == {"company": "Fraunhofer IPA"}


# -- the same event id is the same check-in -------------------------------------------------


def test_a_check_in_sent_twice_under_one_event_id_is_written_once(
    any_store: Store, clock: FakeClock
) -> None:
    any_store.apply_import(ImportPlan(inserts=tuple(people())), clock())
    guest = any_store.find_by_code("DULIG1")[0]
    assert guest.id is not None
    event_id = new_event_id()
    first = any_store.check_in(guest.id, clock(), "Tisch 1", "Anna", event_id=event_id)
    again = any_store.check_in(
        guest.id, clock.advance(minutes=1), "Tisch 1", "Anna", event_id=event_id
    )
    assert first.admitted and again.admitted and again.state == first.state
    other = any_store.check_in(guest.id, clock(), "Tisch 2", "Ben", event_id=new_event_id())
    assert not other.admitted and other.state.desk == "Tisch 1"
    check_ins = [e for e in any_store.iter_log() if e.kind is LogKind.CHECKIN]
    assert [e.event_id for e in check_ins] == [event_id]


@pytest.mark.postgres
def test_a_commit_cut_mid_way_is_never_answered_as_a_refusal(
    pg_server: PgServer, clock: FakeClock
) -> None:
    """The link dies right after the check-in went out (on PostgreSQL one statement, its
    own commit): the desk cannot know whether it landed. The guest's next scan resends
    the same event id: admitted either way, stored once."""
    url = pg_server.create_database()
    seed = open_store(url)
    seed.apply_import(ImportPlan(inserts=tuple(people())), clock())
    seed.close()
    with FaultProxy(pg_server.port) as proxy:
        store = open_store(url.replace(str(pg_server.port), str(proxy.port)))
        try:
            service = CheckInService(store, clock)
            outcomes = []
            for code in ("WESTK1", "DULIG1", "NGUYEN"):
                proxy.reset_when_sent(b"INSERT INTO log")
                with pytest.raises(StoreError):
                    service.scan(code, "Tisch 1", "Anna")
                clock.advance(seconds=5)
                again = service.scan(code, "Tisch 1", "Anna")
                assert again.kind is VerdictKind.ADMITTED, again
                outcomes.append(again)
            check_ins = [e for e in store.iter_log() if e.kind is LogKind.CHECKIN]
            assert sorted(e.code for e in check_ins) == ["DULIG1", "NGUYEN", "WESTK1"]
            journal_agrees(store)
        finally:
            store.close()


# -- an event file from before the journal --------------------------------------------------


@pytest.fixture
def schema_4_event(tmp_path: Path) -> Iterator[Path]:
    """An event as schema 4 wrote it: free-text results for undo, edit and badge print."""
    path = tmp_path / "v4.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript("BEGIN;" + "".join(MIGRATIONS[:4]) + "PRAGMA user_version=4; COMMIT;")
    conn.executescript(
        """
        INSERT INTO attendees (id, code, code_fold, first_name, last_name, sort_key,
                               checked_in_at, checked_in_desk, checked_in_operator)
        VALUES (1, 'A1', 'a1', 'Anna', 'Berg', 'berg', '2017-03-07T09:00:00+01:00', 'T2', 'Ben'),
               (2, 'B2', 'b2', 'Karl', 'Rost', 'rost', NULL, NULL, NULL);
        INSERT INTO log (at, kind, desk, operator, result, attendee_id, code) VALUES
          ('2017-03-07T08:30:00+01:00', 'checkin', 'T1', 'Eva', 'admitted', 1, 'A1'),
          ('2017-03-07T08:40:00+01:00', 'undo', 'T1', 'Eva',
           'undid 2017-03-07T08:30:00+01:00 T1', 1, 'A1'),
          ('2017-03-07T08:50:00+01:00', 'edit', 'T1', 'Eva', '{"company": "Alt GmbH"}', 1, 'A1'),
          ('2017-03-07T08:55:00+01:00', 'badge_printed', 'T1', 'Eva', 'Kyocera 2F', 1, 'A1'),
          ('2017-03-07T08:56:00+01:00', 'rejected', 'T1', 'Eva', 'unknown', NULL, 'XX'),
          ('2017-03-07T09:00:00+01:00', 'checkin', 'T2', 'Ben', 'admitted', 1, 'A1');
        """
    )
    conn.close()
    yield path


def test_a_schema_4_event_gets_event_ids_and_typed_results(schema_4_event: Path) -> None:
    store = SQLiteStore.open(schema_4_event)
    try:
        log = list(store.iter_log())
        assert [e.result for e in log] == [
            Outcome.ADMITTED,
            Outcome.UNDONE,
            Outcome.EDITED,
            Outcome.PRINTED,
            Outcome.UNKNOWN,
            Outcome.ADMITTED,
        ]
        ids = [e.event_id for e in log]
        assert len(set(ids)) == 6 and ids == sorted(ids)  # in the order they happened
        assert all(uuid.UUID(i).version == 7 for i in ids)
        assert event_id_time(ids[0]) == log[0].at
        assert json.loads(log[1].detail) == {"at": "2017-03-07T08:30:00+01:00", "desk": "T1"}
        assert edited_before(log[2]) == {"company": "Alt GmbH"}
        assert json.loads(log[3].detail) == {"printer": "Kyocera 2F"}
        journal_agrees(store)
        assert store.get_attendee(2) is not None
    finally:
        store.close()
    conn = sqlite3.connect(schema_4_event)
    try:
        with pytest.raises(sqlite3.IntegrityError):  # one event, one id
            conn.execute(
                "INSERT INTO log (at, kind, event_id) VALUES ('2017-03-07T10:00:00', 'x', ?)",
                (ids[0],),
            )
    finally:
        conn.close()
