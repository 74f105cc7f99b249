"""The upload after a partition: batches of offline events merged on the server.

Real PostgreSQL, real SQLite replicas, a fault proxy per desk. The uploads are cut into
small batches here (UPLOAD_MIN/UPLOAD_MAX) so that a few events make several server
transactions: a reset in the middle of one, two desks whose batches settle the same
guests at once. Nothing sleeps: threads meet at a barrier, and results are checked
once every sync has returned.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack

import psycopg
import pytest

from checkin.core.eventid import event_id_at
from checkin.core.model import LogEntry, LogKind, Outcome
from checkin.core.store.postgres import PostgresStore
from tests.conftest import FakeClock
from tests.store.conftest import guests
from tests.store.pg_server import PgServer

pytestmark = pytest.mark.postgres


@pytest.fixture
def stack() -> Iterator[ExitStack]:
    with ExitStack() as s:
        yield s


def event_of(pg_server: PgServer, clock: FakeClock, n: int) -> str:
    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(guests(n), clock())
    seed.close()
    return url


def test_the_pull_keeps_commit_order_across_a_transaction_id_with_one_digit_more(
    own_pg_server: PgServer, clock: FakeClock
) -> None:
    """Transaction ids 999 and 1000 (or 9999 and 10000): sorted as text, "1000" came
    first, a page cut after it moved the cursor past the events of 999 for good."""
    url = event_of(own_pg_server, clock, 3)
    store = PostgresStore.open(url)
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("SET synchronous_commit = off")
            conn.execute(
                "CREATE PROCEDURE burn(n integer) LANGUAGE plpgsql AS $$ BEGIN "
                "FOR i IN 1..n LOOP PERFORM pg_current_xact_id(); COMMIT; END LOOP; END $$"
            )

            def burn_until(below: int) -> None:
                """Transaction ids handed out until the next one is `below` or a bit less."""
                row = conn.execute("SELECT pg_current_xact_id()::text").fetchone()
                assert row is not None
                if below - int(row[0]) > 2:
                    conn.execute("CALL burn(%s)", (below - int(row[0]) - 2,))

            row = conn.execute("SELECT pg_current_xact_id()::text").fetchone()
            assert row is not None
            boundary = 10 ** len(str(int(row[0]) + 10))
            burn_until(boundary - 1)
            before = admission(store, "G0001", clock)
            burn_until(boundary + 1)
            after = admission(store, "G0002", clock)
            xids = dict(conn.execute("SELECT event_id, xid::text FROM log").fetchall())
        assert int(xids[before]) < boundary <= int(xids[after])

        pulled: list[str] = []
        cursor = (0, 0)
        for _ in range(10):
            page, cursor = store.log_after(cursor, 1)  # a cut after every event
            if not page:
                break
            pulled += [e.event_id for e in page]
        assert pulled == [e.event_id for e in sorted(store.iter_log(), key=lambda e: e.id or 0)]
        assert pulled[-2:] == [before, after]
    finally:
        store.close()


def admission(store: PostgresStore, code: str, clock: FakeClock) -> str:
    """An offline admission of `code` merged on its own (one transaction); its event id."""
    (guest,) = store.find_by_code(code)
    clock.advance(seconds=1)
    entry = LogEntry(
        at=clock(),
        kind=LogKind.CHECKIN,
        desk="A",
        operator="Anna",
        result=Outcome.ADMITTED,
        attendee_id=guest.id,
        code=code,
        event_id=event_id_at(clock()),
    )
    store.merge([entry])
    return entry.event_id
