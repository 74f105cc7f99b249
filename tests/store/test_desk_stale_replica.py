"""A desk on a server must not judge from a replica that is not the event.

A replica whose first download was cut holds some guests or none (guests on the list
would read "unknown" offline); a replica whose pull of another desk's re-import or undo
has not come yet holds a cancelled ticket as active, an undone guest as in. Real PostgreSQL, the link cut by the fault proxy.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from checkin.core.model import Attendee, LogEntry, LogKind, Outcome, Status, VerdictKind
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
        proxy.reset_when_sent(b"FROM attendees ORDER BY id")  # its guests, after its journal
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


def _event(
    pg_server: PgServer, clock: FakeClock, guests: tuple[Attendee, ...]
) -> tuple[str, PostgresStore]:
    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(ImportPlan(inserts=guests), clock())
    return url, seed


def _reimported(seed: PostgresStore, clock: FakeClock, code: str, **changes: object) -> Attendee:
    """The organiser's desk re-imports the list with this guest changed."""
    guest = seed.find_by_code(code)[0]
    seed.apply_import(ImportPlan(updates=(replace(guest, **changes),)), clock())  # type: ignore[arg-type]
    return guest


def _admissions(seed: PostgresStore, attendee_id: int | None) -> list[LogEntry]:
    return [
        e
        for e in seed.log_for(attendee_id or 0)
        if e.kind in (LogKind.CHECKIN, LogKind.WALKIN) and e.result is Outcome.ADMITTED
    ]


ROWS = tuple(Attendee(code=f"R{i}", last_name=f"Gast {i}") for i in range(3))


def test_a_ticket_another_desk_cancelled_is_not_admitted_by_a_desk_online(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    """A re-import at the organiser's desk cancels a refunded ticket; the desk stays online."""
    url, seed = _event(pg_server, clock, ROWS)
    desk = DeskStore.open(url, tmp_path / "data")
    try:
        with desk._lock:  # the desk's pull has not come yet (it takes this lock, scans do not)
            refunded = _reimported(seed, clock, "R1", status=Status.CANCELLED)
            assert desk.find_by_code("R1")[0].status is Status.ACTIVE  # the replica is behind
            verdict = CheckInService(desk, clock).scan("R1", "Tisch 1", "Anna")
            assert desk.online
            assert verdict.kind is VerdictKind.CANCELLED, "a cancelled ticket was admitted online"
            assert not verdict.offline
            # The server's row came with the answer: the replica holds it before any pull.
            assert desk.find_by_code("R1")[0].status is Status.CANCELLED
        assert _admissions(seed, refunded.id) == []
        assert seed.find_by_code("R1")[0].checked_in is None
        desk.sync()
        refusals = [e for e in seed.log_for(refunded.id or 0) if e.kind is LogKind.REJECTED]
        assert [e.result for e in refusals] == [Outcome.CANCELLED]
    finally:
        desk.close()
        seed.close()


def test_a_ticket_unpaid_on_the_desk_but_paid_since_is_admitted_online(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    """The other way round: the person admits anyway a guest the replica holds unpaid, but
    the re-import says paid: the server's row is judged (admitted, no override needed)."""
    url, seed = _event(pg_server, clock, (Attendee(code="P1", status=Status.UNPAID),))
    desk = DeskStore.open(url, tmp_path / "data")
    try:
        service = CheckInService(desk, clock)
        guest = desk.find_by_code("P1")[0]
        assert guest.id is not None
        with desk._lock:
            _reimported(seed, clock, "P1", status=Status.ACTIVE)
            verdict = service.admit_anyway(guest.id, "Tisch 1", "Anna")
        assert verdict.kind is VerdictKind.ADMITTED and not verdict.offline
        assert len(_admissions(seed, guest.id)) == 1
        # Paid meanwhile: the admission needed no override, and none is journalled.
        assert desk.last_log_entry(LogKind.OVERRIDE) is None
    finally:
        desk.close()
        seed.close()


def test_admit_anyway_online_is_recorded_with_its_operator(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    """An override of 'not paid' on a server that still says 'not paid' admits (the
    status check does not drop it) and journals the override with who made it."""
    url, seed = _event(pg_server, clock, (Attendee(code="P1", status=Status.UNPAID),))
    desk = DeskStore.open(url, tmp_path / "data")
    try:
        service = CheckInService(desk, clock)
        assert service.scan("P1", "Tisch 1", "Anna").kind is VerdictKind.NOT_PAID
        guest = desk.find_by_code("P1")[0]
        assert guest.id is not None
        verdict = service.admit_anyway(guest.id, "Tisch 1", "Anna")
        assert verdict.kind is VerdictKind.ADMITTED and not verdict.offline
        assert [e.desk for e in _admissions(seed, guest.id)] == ["Tisch 1"]
        desk.sync()
        overrides = [e for e in seed.log_for(guest.id) if e.kind is LogKind.OVERRIDE]
        assert [(e.operator, e.result) for e in overrides] == [("Anna", Outcome.NOT_PAID)]
    finally:
        desk.close()
        seed.close()


def test_an_override_of_a_ticket_cancelled_since_is_refused_online(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    url, seed = _event(pg_server, clock, (Attendee(code="P1", status=Status.UNPAID),))
    desk = DeskStore.open(url, tmp_path / "data")
    try:
        guest = desk.find_by_code("P1")[0]
        assert guest.id is not None
        with desk._lock:
            _reimported(seed, clock, "P1", status=Status.CANCELLED)
            verdict = CheckInService(desk, clock).admit_anyway(guest.id, "Tisch 1", "Anna")
        assert verdict.kind is VerdictKind.CANCELLED
        assert _admissions(seed, guest.id) == []
        assert desk.last_log_entry(LogKind.OVERRIDE) is None
    finally:
        desk.close()
        seed.close()


def test_a_code_the_reimport_gave_to_another_guest_admits_that_guest(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    """The ticket R1 was re-issued: its old holder got R9, R1 now belongs to a new guest.
    A desk whose replica still has the old holder on R1 admits the new holder."""
    url, seed = _event(pg_server, clock, ROWS)
    desk = DeskStore.open(url, tmp_path / "data")
    try:
        with desk._lock:
            old = seed.find_by_code("R1")[0]
            seed.apply_import(
                ImportPlan(
                    inserts=(Attendee(code="R1", last_name="Neue Inhaberin"),),
                    updates=(replace(old, code="R9"),),
                ),
                clock(),
            )
            verdict = CheckInService(desk, clock).scan("R1", "Tisch 1", "Anna")
        assert verdict.kind is VerdictKind.ADMITTED and verdict.attendee is not None
        assert verdict.attendee.last_name == "Neue Inhaberin"
        assert _admissions(seed, old.id) == []
        assert seed.find_by_code("R1")[0].checked_in is not None
    finally:
        desk.close()
        seed.close()


def test_an_offline_admission_of_a_ticket_cancelled_meanwhile_is_still_uploaded(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    """What the desk showed offline happened: the upload records it, whatever the server's
    status says by then (the status check is for decisions the server makes)."""
    url, seed = _event(pg_server, clock, ROWS)
    with FaultProxy(pg_server.port) as proxy:
        desk = DeskStore.open(url.replace(f":{pg_server.port}/", f":{proxy.port}/"), tmp_path / "d")
        try:
            proxy.blackhole()
            verdict = CheckInService(desk, clock).scan("R1", "Tisch 1", "Anna")
            assert verdict.kind is VerdictKind.ADMITTED and verdict.offline
            refunded = _reimported(seed, clock, "R1", status=Status.CANCELLED)
            proxy.heal()
            desk.sync()
            assert [e.desk for e in _admissions(seed, refunded.id)] == ["Tisch 1"]
            assert seed.find_by_code("R1")[0].checked_in is not None
        finally:
            desk.close()
            seed.close()


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
        assert not verdict.offline
        held = seed.find_by_code("U1")[0].checked_in
        assert held is not None and held.desk == "Tisch 1"
    finally:
        desk.close()
        seed.close()


def test_a_guest_another_desk_undid_is_refused_offline_from_the_replica(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    """Offline the replica's knowledge stands: 'already checked in', marked offline."""
    url, seed = _event(pg_server, clock, ROWS)
    other = CheckInService(seed, clock)
    other.scan("R1", "Tisch 2", "Zoe")
    with FaultProxy(pg_server.port) as proxy:
        desk = DeskStore.open(url.replace(f":{pg_server.port}/", f":{proxy.port}/"), tmp_path / "d")
        try:
            proxy.blackhole()
            other.undo(seed.find_by_code("R1")[0].id or 0, "Tisch 2", "Zoe")
            verdict = CheckInService(desk, clock).scan("R1", "Tisch 1", "Anna")
            assert verdict.kind is VerdictKind.ALREADY_CHECKED_IN and verdict.offline
            assert verdict.previous is not None and verdict.previous.desk == "Tisch 2"
        finally:
            desk.close()
            seed.close()


def test_a_guest_in_on_the_server_is_refused_online_with_the_servers_admission(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    """Asked, the server says who admitted the guest; nothing is written twice."""
    url, seed = _event(pg_server, clock, ROWS)
    CheckInService(seed, clock).scan("R1", "Tisch 2", "Zoe")
    desk = DeskStore.open(url, tmp_path / "data")
    try:
        clock.advance(minutes=1)
        verdict = CheckInService(desk, clock).scan("R1", "Tisch 1", "Anna")
        assert verdict.kind is VerdictKind.ALREADY_CHECKED_IN and not verdict.offline
        assert verdict.previous is not None and verdict.previous.desk == "Tisch 2"
        guest = seed.find_by_code("R1")[0]
        assert [e.desk for e in _admissions(seed, guest.id)] == ["Tisch 2"]
    finally:
        desk.close()
        seed.close()


def test_a_cancelled_guest_shown_in_is_not_admitted_when_the_server_says_undone(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    """The replica shows a cancelled guest in (inside before the list dropped them): a free
    guest of that status would be refused, so the desk never asks the server to admit."""
    url, seed = _event(pg_server, clock, ROWS)
    other = CheckInService(seed, clock)
    other.scan("R1", "Tisch 2", "Zoe")
    _reimported(seed, clock, "R1", status=Status.CANCELLED)
    desk = DeskStore.open(url, tmp_path / "data")
    try:
        with desk._lock:
            other.undo(seed.find_by_code("R1")[0].id or 0, "Tisch 2", "Zoe")
            verdict = CheckInService(desk, clock).scan("R1", "Tisch 1", "Anna")
        assert not verdict.admits
        assert seed.find_by_code("R1")[0].checked_in is None
    finally:
        desk.close()
        seed.close()


def test_a_ticket_passed_on_is_admitted_online_under_its_new_holders_name(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    """Same code, same status, another person: the list re-imported at another desk, this
    desk's replica not pulled yet. The online verdict names the guest as the server has
    them, and the replica holds that row at once (found by the new name, before a pull)."""
    url, seed = _event(pg_server, clock, ROWS)
    desk = DeskStore.open(url, tmp_path / "a")
    other = DeskStore.open(url, tmp_path / "b")
    try:
        service = CheckInService(desk, clock)
        with desk._lock:  # the desk's pull has not come yet (it takes this lock, scans do not)
            for code, name in (("R1", "Inhaberin"), ("R2", "Nachfolger")):
                passed = replace(other.find_by_code(code)[0], first_name="Neu", last_name=name)
                other.apply_import(ImportPlan(updates=(passed,)), clock())
            assert desk.find_by_code("R1")[0].last_name == "Gast 1"  # the replica is behind
            CheckInService(other, clock).scan("R2", "Tisch 2", "Ben")  # in at the other desk
            verdict = service.scan("R1", "Tisch 1", "Anna")
            assert verdict.kind is VerdictKind.ADMITTED and not verdict.offline
            assert verdict.attendee is not None
            assert (verdict.attendee.first_name, verdict.attendee.last_name) == ("Neu", "Inhaberin")
            held = desk.find_by_code("R1")[0]
            assert held.last_name == "Inhaberin" and held.checked_in is not None
            assert [a.code for a in desk.search("Inhaberin")] == ["R1"]
            # In already, at the other desk: refused, under the name the server has.
            refused = service.scan("R2", "Tisch 1", "Anna")
            assert refused.kind is VerdictKind.ALREADY_CHECKED_IN and not refused.offline
            assert refused.attendee is not None and refused.attendee.last_name == "Nachfolger"
            assert refused.previous is not None and refused.previous.desk == "Tisch 2"
            assert desk.find_by_code("R2")[0].last_name == "Nachfolger"
            again = service.scan("R1", "Tisch 1", "Anna")
            assert again.kind is VerdictKind.ALREADY_CHECKED_IN
            assert again.attendee is not None and again.attendee.last_name == "Inhaberin"
        desk.sync()
        # Nothing of it is undone by the pull: the replica is the server's event.
        assert {a.code: a for a in desk.iter_attendees()} == {
            a.code: a for a in seed.iter_attendees()
        }
        assert len(_admissions(seed, held.id)) == 1
    finally:
        other.close()
        desk.close()
        seed.close()
