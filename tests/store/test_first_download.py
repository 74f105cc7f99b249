"""A new desk's first download: the server's event in one snapshot, written in one go.

Real PostgreSQL, a real SQLite replica, the link cut by the fault proxy at several points
of the download (its snapshot's statements, a page of its guests, its event details, the
pull right after it). A cut download leaves nothing a desk could judge from; opened again
with the server back, the replica holds exactly the server's guests and journal, and
follows the server from there (nothing missed, nothing twice).
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from checkin.core import journal
from checkin.core.model import Attendee, LogEntry, Status
from checkin.core.rules import CheckInService
from checkin.core.store import sqlite as sqlite_store
from checkin.core.store.base import ImportPlan, StoreError
from checkin.core.store.postgres import PostgresStore, display_url
from checkin.core.store.replica import DeskStore, Replica, replica_path
from checkin.core.store.rows import STORED_COLUMNS
from tests.conftest import FakeClock
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer

pytestmark = pytest.mark.postgres

GUESTS = 45
PAGE = 8  # rows per FETCH here: the guests come in six pages, the journal in several


class HostGoesDown(FaultProxy):
    """Once the marker was sent, the server's host is gone (every connection refused)."""

    def reset_all(self) -> None:
        if not self._stop.is_set():
            self._refuse.set()
        super().reset_all()


def _event(pg_server: PgServer, clock: FakeClock) -> str:
    """An event with a journal of every kind: an import, check-ins, an undo, a walk-in, an
    edit, a refused scan; guests with umlauts, an order code, a cancelled ticket."""
    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    try:
        inserts = [
            Attendee(
                code=f"F{i:03d}",
                first_name=("Jürgen", "Anna", "Zoë")[i % 3],
                last_name=f"Müller-Lüdenscheidt {i}" if i % 5 == 0 else f"Gast {i}",
                company=f"Firma {i % 4}",
                email=f"gast.{i}@example.org",
                extra={"Order code": f"ORD{i:03d}"} if i % 7 == 0 else {},
                status=Status.CANCELLED if i == 11 else Status.ACTIVE,
            )
            for i in range(GUESTS)
        ]
        seed.apply_import(ImportPlan(inserts=tuple(inserts), source_file="list.csv"), clock())
        desk = CheckInService(seed, clock)
        for i in range(0, 30, 3):
            clock.advance(seconds=7)
            desk.scan(f"F{i:03d}", "Tisch 2", "Zoe")
        desk.scan("F003", "Tisch 2", "Zoe")  # refused: in already
        desk.undo(seed.find_by_code("F006")[0].id or 0, "Tisch 2", "Zoe")
        desk.walk_in(Attendee(code="", first_name="Neu", last_name="Ankunft"), "Tisch 2", "Zoe")
        edited = seed.find_by_code("F010")[0]
        desk.edit(replace(edited, last_name="Korrigiert"), "Tisch 2", "Zoe")
        seed.set_meta("event_name", "Jahrestagung")
    finally:
        seed.close()
    return url


def _journal(entries: list[LogEntry]) -> list[tuple[object, ...]]:
    """Events as both sides hold them, without the store's own row id."""
    return sorted(
        (
            e.event_id,
            e.at,
            e.kind,
            e.desk,
            e.operator,
            e.raw_input,
            e.result,
            e.attendee_id,
            e.code,
            e.source,
            e.detail,
        )
        for e in entries
    )


def _same_as_server(desk: DeskStore, url: str) -> None:
    server = PostgresStore.open(url)
    try:
        theirs = {a.id: a for a in server.iter_attendees()}
        their_log = list(server.iter_log())
        event_name = server.get_meta("event_name")
    finally:
        server.close()
    ours = {a.id: a for a in desk.iter_attendees()}
    assert ours == theirs
    assert _journal(list(desk.iter_log())) == _journal(their_log)
    assert desk.get_meta("event_name") == event_name
    # The cached admissions are what the journal says, the search index and the order-code
    # index were built: every guest is found by e-mail and by surname, F007 by its order.
    assert {i: a.checked_in for i, a in ours.items() if a.checked_in} == journal.presence(
        desk.iter_log()
    )
    for guest in ours.values():
        if guest.email:
            assert guest in desk.search(guest.email)
        assert guest in desk.search(guest.last_name, limit=GUESTS + 5)
    assert [a.code for a in desk.find_by_order_code("ord007")] == ["F007"]
    assert [a.code for a in desk.find_by_code_casefold("f012")] == ["F012"]


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages and the bulk writer's index rebuild as a big event has them, on a small one."""
    monkeypatch.setattr(PostgresStore, "SNAPSHOT_PAGE", PAGE)
    monkeypatch.setattr(sqlite_store, "_BULK_INDEX_THRESHOLD", 10)


@pytest.mark.parametrize(
    ("marker", "nth"),
    [
        (b"REPEATABLE READ", 1),  # the snapshot's first statement
        (b"FROM log WHERE xid <", 1),  # the journal's cursor declared
        (b"FETCH", 2),  # a later page of the journal
        (b"FROM attendees ORDER BY id", 1),  # the guests' cursor declared
        (b"FETCH", 6),  # a page in the middle of the guests
        (b"SELECT key, value FROM meta", 1),  # all read, the event details not yet
        (b"(xid, id) >", 1),  # written; the pull right after the download
    ],
)
def test_a_first_download_cut_then_completed_is_exactly_the_server(
    pg_server: PgServer,
    tmp_path: Path,
    clock: FakeClock,
    small_pages: None,
    marker: bytes,
    nth: int,
) -> None:
    url = _event(pg_server, clock)
    folder = tmp_path / "data"
    with HostGoesDown(pg_server.port) as proxy:
        far = url.replace(f":{pg_server.port}/", f":{proxy.port}/")
        proxy.reset_when_sent(marker, nth)
        with pytest.raises(StoreError):
            DeskStore.open(far, folder)
        assert proxy._refuse.is_set(), "the cut did not come"
        path = replica_path(folder, display_url(far))
        cut = Replica.open(path)
        try:
            # Nothing of a cut download is written (one transaction), or all of it. The
            # server may answer the last read before the reset reaches the desk (the proxy
            # resets after forwarding it): then the download is whole and the cut falls on
            # the pull after it.
            committed = cut.count_attendees() == GUESTS + 1
            assert cut.count_attendees() in (0, GUESTS + 1)
            assert bool(list(cut.iter_log())) is committed
            if marker == b"(xid, id) >":
                assert committed
            elif marker != b"SELECT key, value FROM meta":
                assert not committed  # later reads were still to come
        finally:
            cut.close()
        if not committed:  # nothing to judge from: said at start
            with pytest.raises(StoreError):
                DeskStore.open(far, folder)
        proxy.heal()
        desk = DeskStore.open(far, folder)
        try:
            _same_as_server(desk, url)
            # From there it follows the server: what another desk does next arrives once.
            other = PostgresStore.open(url)
            try:
                clock.advance(seconds=60)
                CheckInService(other, clock).scan("F001", "Tisch 3", "Max")
            finally:
                other.close()
            desk.pull()
            assert desk.find_by_code("F001")[0].checked_in is not None
            _same_as_server(desk, url)
        finally:
            desk.close()


def test_an_event_without_a_journal_yet_is_followed_from_its_first_event(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    """No event to put the cursor after: it starts where the first one will be, and the
    next pull is not a whole download again."""
    url = pg_server.create_database()
    desk = DeskStore.open(url, tmp_path / "data")
    try:
        assert desk.count_attendees() == 0
        assert desk._cursor != (0, 0)
        other = PostgresStore.open(url)
        try:
            other.apply_import(
                ImportPlan(inserts=(Attendee(code="E1", last_name="Erste"),)), clock()
            )
            CheckInService(other, clock).scan("E1", "Tisch 2", "Zoe")
        finally:
            other.close()
        desk.pull()
        assert desk.find_by_code("E1")[0].checked_in is not None
        _same_as_server_log(desk, url)
    finally:
        desk.close()


def _same_as_server_log(desk: DeskStore, url: str) -> None:
    server = PostgresStore.open(url)
    try:
        assert _journal(list(desk.iter_log())) == _journal(list(server.iter_log()))
        assert {a.id: a for a in desk.iter_attendees()} == {
            a.id: a for a in server.iter_attendees()
        }
    finally:
        server.close()


def test_a_download_from_a_server_of_another_name_order_makes_the_keys_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sort keys the server made with other Unicode tables are made again by the desk."""
    monkeypatch.setattr(sqlite_store, "_BULK_INDEX_THRESHOLD", 2)
    replica = Replica.open(tmp_path / "replica.sqlite3")
    try:
        names = ("Zuse", "Ärger", "Arndt")
        rows = []
        for i, last in enumerate(names, start=1):
            row = dict.fromkeys(STORED_COLUMNS, "")
            row.update(
                id=i,
                code=f"K{i}",
                code_fold=f"k{i}",
                last_name=last,
                status="active",
                attention=False,
                walk_in=False,
                source_line=None,
                sort_key=f"stale {4 - i}",
                checked_in_at=None,
                checked_in_desk=None,
                checked_in_operator=None,
            )
            rows.append(tuple(row[c] for c in STORED_COLUMNS))
        replica.start_from([], (5, 0), rows, {}, sort_keys_current=False)
        assert [a.last_name for a in replica.iter_attendees()] == ["Ärger", "Arndt", "Zuse"]
        with sqlite3.connect(replica.path) as conn:
            keys = [r[0] for r in conn.execute("SELECT sort_key FROM attendees")]
        assert not any(k.startswith("stale") for k in keys)
    finally:
        replica.close()


def test_a_download_an_older_checkin_left_half_done_is_done_over(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock, small_pages: None
) -> None:
    """Before, a first download wrote page by page: a cut one left some guests (and a
    cursor). Still marked as not downloaded, it is downloaded over, not added to."""
    url = _event(pg_server, clock)
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    left = Replica.open(replica_path(folder, display_url(url)))
    try:
        server = PostgresStore.open(url)
        try:
            some = list(server.iter_attendees())[:10]
        finally:
            server.close()
        left.upsert([replace(a, last_name="Alt") for a in some])
        left.upsert([Attendee(code="GONE", last_name="Weg", id=9999)])
        left.set_meta("replica_pull_all", "first")
        left.set_meta("replica_cursor", "5:1")
    finally:
        left.close()
    desk = DeskStore.open(url, folder)
    try:
        _same_as_server(desk, url)
    finally:
        desk.close()
