"""A desk on a server must not judge from a replica that is not the event.

A replica whose first download was cut holds some guests or none (guests on the list
would read "unknown" offline); a replica whose pull of another desk's re-import or undo
has not come yet holds a cancelled ticket as active, an undone guest as in. Real PostgreSQL, the link cut by the fault proxy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checkin.core.model import Attendee, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import ImportPlan, StoreError
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import DeskStore
from tests.conftest import FakeClock
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer

pytestmark = pytest.mark.postgres


class HostGoesDown(FaultProxy):
    """Once the marker was sent, the server's host is gone (every connection refused)."""

    def reset_all(self) -> None:
        if not self._stop.is_set():
            self._refuse.set()
        super().reset_all()


def test_a_desk_whose_first_download_was_cut_does_not_start_offline_on_nothing(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(
        ImportPlan(inserts=tuple(Attendee(code=f"H{i}", last_name=f"Gast {i}") for i in range(5))),
        clock(),
    )
    seed.close()
    with HostGoesDown(pg_server.port) as proxy:
        far = url.replace(f":{pg_server.port}/", f":{proxy.port}/")
        proxy.reset_when_sent(b"WHERE (sort_key, id) >")  # its guests, after its journal
        with pytest.raises(StoreError):
            DeskStore.open(far, tmp_path / "data")
        try:
            desk = DeskStore.open(far, tmp_path / "data")  # the host is still down
        except StoreError:
            return  # nothing to decide from: said at start, as for a desk that never synced
        try:
            verdict = CheckInService(desk, clock).scan("H3", "Tisch 1", "Anna")
            assert verdict.kind is not VerdictKind.UNKNOWN, "a guest on the list read unknown"
        finally:
            desk.close()


@pytest.mark.xfail(
    strict=True,
    reason="the server's check-in does not look at the status the desk judged on: before "
    "the desk's pull of another desk's re-import arrives (held here; seconds on a real "
    "link), its replica holds the ticket active and the server admits it online",
)
def test_a_ticket_another_desk_cancelled_is_not_admitted_by_a_desk_online(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    """A re-import at the organiser's desk cancels a refunded ticket; the desk stays online."""
    from dataclasses import replace

    from checkin.core.model import Status

    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(
        ImportPlan(inserts=tuple(Attendee(code=f"R{i}", last_name=f"Gast {i}") for i in range(3))),
        clock(),
    )
    desk = DeskStore.open(url, tmp_path / "data")
    try:
        refunded = seed.find_by_code("R1")[0]
        with desk._lock:  # the desk's pull has not come yet (it takes this lock, scans do not)
            seed.apply_import(
                ImportPlan(updates=(replace(refunded, status=Status.CANCELLED),)), clock()
            )
            verdict = CheckInService(desk, clock).scan("R1", "Tisch 1", "Anna")
        assert desk.online
        assert verdict.kind is not VerdictKind.ADMITTED, "a cancelled ticket was admitted online"
    finally:
        desk.close()
        seed.close()


@pytest.mark.xfail(
    strict=True,
    reason="before the desk's pull of another desk's undo arrives (held here), the rules "
    "see the guest as in on the replica and refuse 'already checked in' without asking the "
    "server",
)
def test_a_guest_another_desk_undid_is_not_refused_by_a_desk_online(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    """Desk 2 admitted the wrong guest and undid it; the guest then comes to desk 1."""
    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(
        ImportPlan(inserts=tuple(Attendee(code=f"U{i}", last_name=f"Gast {i}") for i in range(3))),
        clock(),
    )
    other = CheckInService(seed, clock)
    other.scan("U1", "Tisch 2", "Zoe")
    desk = DeskStore.open(url, tmp_path / "data")
    try:
        with desk._lock:  # the desk's pull has not come yet (it takes this lock, scans do not)
            other.undo(seed.find_by_code("U1")[0].id or 0, "Tisch 2", "Zoe")
            verdict = CheckInService(desk, clock).scan("U1", "Tisch 1", "Anna")
        assert desk.online
        assert verdict.kind is VerdictKind.ADMITTED, "a guest who is out was refused"
    finally:
        desk.close()
        seed.close()
