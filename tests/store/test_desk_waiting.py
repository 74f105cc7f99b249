""" "N check-ins waiting" counts check-ins; the outbox's other records are said apart.

A desk offline keeps every event it decides for upload (the outbox): admissions, but
also refused scans, undos, corrections, overrides. The window's "3 check-ins waiting",
`DeskState.waiting` and `checkin status --json`'s "waiting" counted all of them. Now
they count the admissions (a scan's, a walk-in's, an "admit anyway"), and the other
records are `waiting_other`. Real PostgreSQL behind the fault proxy, a real replica;
and a replica written before the count (schema 8) migrated with its outbox in it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from checkin.core.model import Attendee, LogEntry, LogKind, Outcome, Status, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import ImportPlan
from checkin.core.store.migrations import MIGRATIONS, migrate
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import DeskStore, Replica
from checkin.core.store.sql import LOG_INSERT_COLUMNS
from tests.conftest import FakeClock
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer


def _waiting(desk: DeskStore) -> tuple[int, int]:
    state, status = desk.state(), desk.status()
    assert (state.waiting, state.waiting_other) == (status["waiting"], status["waiting_other"])
    return state.waiting, state.waiting_other


@pytest.mark.postgres
def test_offline_the_desk_counts_its_check_ins_apart_from_its_other_records(
    pg_server: PgServer, proxy: FaultProxy, tmp_path: Path, clock: FakeClock
) -> None:
    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(
        ImportPlan(
            inserts=(
                Attendee(code="G0000", first_name="Gast", last_name="Eins"),
                Attendee(code="G0001", first_name="Gast", last_name="Zwei"),
                Attendee(
                    code="U0000", first_name="Gast", last_name="Unbezahlt", status=Status.UNPAID
                ),
            )
        ),
        clock(),
    )
    seed.close()
    desk = DeskStore.open(
        url.replace(f":{pg_server.port}/", f":{proxy.port}/"), tmp_path / "desk", deadline_s=0.3
    )
    try:
        service = CheckInService(desk, clock)
        proxy.blackhole()
        assert service.scan("G0000", "Tisch 1", "Anna").offline  # the one deadline
        assert _waiting(desk) == (1, 0)
        clock.advance(minutes=1)
        assert service.scan("G0000", "Tisch 1", "Anna").kind is VerdictKind.ALREADY_CHECKED_IN
        assert service.scan("NIEMAND", "Tisch 1", "Anna").kind is VerdictKind.UNKNOWN
        assert _waiting(desk) == (1, 2)  # two refusals: records, no check-ins
        walk_in = service.walk_in(
            Attendee(code="", first_name="Erna", last_name="Neu"), "Tisch 1", "Anna"
        )
        assert walk_in.admits and walk_in.offline
        assert _waiting(desk) == (2, 2)
        unpaid = desk.find_by_code("U0000")[0]
        assert unpaid.id is not None
        assert service.scan("U0000", "Tisch 1", "Anna").kind is VerdictKind.NOT_PAID
        assert service.admit_anyway(unpaid.id, "Tisch 1", "Anna").admits
        assert _waiting(desk) == (3, 4)  # the refusal and the override beside the check-in
        guest = desk.find_by_code("G0001")[0]
        service.edit(replace(guest, company="Neue Firma"), "Tisch 1", "Anna")
        first = desk.find_by_code("G0000")[0]
        assert first.id is not None
        assert service.undo(first.id, "Tisch 1", "Anna") is not None
        assert _waiting(desk) == (3, 6)  # an edit and an undo: records too
        assert desk.replica.count_pending() == 9  # everything still goes up
        proxy.heal()
        desk.sync()
        assert _waiting(desk) == (0, 0)
        assert desk.replica.count_pending() == 0
    finally:
        proxy.heal()
        desk.close()
    server = PostgresStore.open(url)
    try:
        admitted = [
            e
            for e in server.iter_log()
            if e.kind is not LogKind.LIST_IMPORTED and e.result is Outcome.ADMITTED
        ]
        assert len(admitted) == 3  # every check-in counted as waiting reached the server
    finally:
        server.close()


def _entry(kind: LogKind, result: Outcome, event_id: str) -> tuple[object, ...]:
    entry = LogEntry(
        at=FakeClock()(),
        kind=kind,
        desk="Tisch 1",
        operator="Anna",
        result=result,
        attendee_id=1,
        code="G0000",
        event_id=event_id,
    )
    return (
        entry.at.isoformat(),
        str(entry.kind),
        entry.desk,
        entry.operator,
        "",
        str(entry.result),
        entry.attendee_id,
        entry.code,
        "",
        "",
        entry.event_id,
    )


def test_a_replica_from_before_the_count_tells_its_waiting_check_ins_apart(
    tmp_path: Path,
) -> None:
    """Schema 8's outbox held event ids only: the migration finds which are admissions."""
    path = tmp_path / "replica.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript("BEGIN;" + "".join(MIGRATIONS[:8]) + "PRAGMA user_version=8; COMMIT;")
    rows = [
        _entry(LogKind.CHECKIN, Outcome.ADMITTED, "e-1"),
        _entry(LogKind.WALKIN, Outcome.ADMITTED, "e-2"),
        _entry(LogKind.CHECKIN, Outcome.ALREADY_CHECKED_IN, "e-3"),
        _entry(LogKind.UNDO, Outcome.UNDONE, "e-4"),
        _entry(LogKind.CHECKIN, Outcome.ADMITTED, "e-5"),  # on the server already
    ]
    conn.executemany(f"INSERT INTO log ({LOG_INSERT_COLUMNS}) VALUES ({', '.join('?' * 11)})", rows)
    conn.executemany("INSERT INTO outbox (event_id) VALUES (?)", [(f"e-{i}",) for i in range(1, 5)])
    assert migrate(conn) == 8
    conn.close()
    replica = Replica.open(path)
    try:
        assert replica.count_waiting() == (2, 2)
        assert replica.count_pending() == 4
    finally:
        replica.close()
