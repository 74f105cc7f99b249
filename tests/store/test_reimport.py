"""A re-import writes only what changed, in parts short enough that the door never waits.

Real PostgreSQL (pg_server.py) and real SQLite files. While a list of a few
thousand changed guests is imported again, another desk checks in exactly those
guests with its wait bounded by the desk's deadline (300 ms): PostgreSQL's own
`lock_timeout`, SQLite's wait for the write lock. Not one of those scans may
fail, and every check-in made meanwhile must still be there afterwards (the
import never writes the check-in columns).
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterable
from pathlib import Path

import psycopg
import pytest

from checkin.core.importing import import_list
from checkin.core.store.base import StoreError
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.sqlite import SQLiteStore
from tests.conftest import FakeClock

DEADLINE_MS = 300
GUESTS = 4000
CHANGED = range(500, 3500)


def write_list(path: Path, guests: int, changed: Iterable[int] = (), new: int = 0) -> Path:
    changed = set(changed)
    lines = ["Code;Vorname;Nachname;Firma;E-Mail"]
    for i in range(guests + new):
        company = f"Firma {i % 97}" + (" (neu)" if i in changed else "")
        lines.append(f"C{i:05d};Vor{i};Name{(i * 7919) % guests:05d};{company};g{i}@example.org")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class Scanner(threading.Thread):
    """Another desk: checks in random guests of `ids` until told to stop."""

    def __init__(self, scan_one, ids: list[int]) -> None:
        super().__init__(daemon=True)
        self.scan_one, self.ids = scan_one, list(ids)
        self.stop = threading.Event()
        self.started_scanning = threading.Event()
        self.admitted: list[int] = []
        self.failures: list[str] = []

    def run(self) -> None:
        rng = random.Random(12)
        rng.shuffle(self.ids)
        for attendee_id in self.ids:
            if self.stop.is_set():
                return
            self.started_scanning.set()
            try:
                if self.scan_one(attendee_id):
                    self.admitted.append(attendee_id)
            except Exception as exc:  # every failure is the finding, not a crash
                self.failures.append(f"{type(exc).__name__}: {exc}")


def reimport_beside_a_scanner(store, scanner: Scanner, listing: Path) -> None:
    scanner.start()
    assert scanner.started_scanning.wait(10)
    try:
        report = import_list(store, listing)
    finally:
        scanner.stop.set()
        scanner.join(30)
    assert report.updated == len(CHANGED) and report.inserted == 200
    assert scanner.failures == []
    # The scans really ran beside the import (not all before or after it).
    assert len(scanner.admitted) >= 20


# -- PostgreSQL --------------------------------------------------------------------------


@pytest.mark.postgres
def test_a_scan_on_the_server_never_waits_past_the_deadline_behind_a_reimport(
    pg_url: str, tmp_path: Path, clock: FakeClock
) -> None:
    store = PostgresStore.open(pg_url)
    desk = psycopg.connect(pg_url, autocommit=True)
    try:
        import_list(store, write_list(tmp_path / "gaeste.csv", GUESTS), clock=clock)
        by_code = dict(desk.execute("SELECT code, id FROM attendees").fetchall())
        desk.execute(f"SET lock_timeout = '{DEADLINE_MS}ms'")

        def scan_one(attendee_id: int) -> bool:
            with desk.transaction():
                row = desk.execute(
                    "UPDATE attendees SET checked_in_at = now(), checked_in_desk = 'T2', "
                    "checked_in_operator = 'B' WHERE id = %s AND checked_in_at IS NULL "
                    "RETURNING id",
                    (attendee_id,),
                ).fetchone()
            return row is not None

        scanner = Scanner(scan_one, [by_code[f"C{i:05d}"] for i in CHANGED])
        listing = write_list(tmp_path / "gaeste.csv", GUESTS, CHANGED, new=200)
        reimport_beside_a_scanner(store, scanner, listing)
        in_now = {
            r[0] for r in desk.execute("SELECT id FROM attendees WHERE checked_in_at IS NOT NULL")
        }
        assert set(scanner.admitted) <= in_now  # nothing the other desk admitted was lost
        companies = dict(desk.execute("SELECT code, company FROM attendees").fetchall())
        assert all(companies[f"C{i:05d}"].endswith("(neu)") for i in CHANGED)
    finally:
        desk.close()
        store.close()


def _versions(conn: psycopg.Connection, table: str) -> set[tuple[str, str]]:
    """Every row version of `table` (its ctid and the transaction that wrote it)."""
    return {(str(c), str(x)) for c, x in conn.execute(f"SELECT ctid, xmin FROM {table}")}


@pytest.mark.postgres
def test_an_unchanged_reimport_writes_no_row_on_the_server(
    pg_url: str, tmp_path: Path, clock: FakeClock
) -> None:
    store = PostgresStore.open(pg_url)
    conn = psycopg.connect(pg_url, autocommit=True)
    try:
        listing = write_list(tmp_path / "gaeste.csv", 3000)
        import_list(store, listing, clock=clock)
        attendees, terms = _versions(conn, "attendees"), _versions(conn, "search_terms")
        report = import_list(store, listing, clock=clock)
        assert (report.inserted, report.updated, report.unchanged) == (0, 0, 3000)
        assert _versions(conn, "attendees") == attendees  # not one row version written
        assert _versions(conn, "search_terms") == terms
        # The same list saved under another name: only where the guests come from is
        # written, never their search words.
        renamed = listing.rename(tmp_path / "gaeste (2).csv")
        report = import_list(store, renamed, clock=clock)
        assert (report.updated, report.unchanged) == (0, 3000)
        assert _versions(conn, "search_terms") == terms
        assert {r[0] for r in conn.execute("SELECT DISTINCT source_file FROM attendees")} == {
            "gaeste (2).csv"
        }
    finally:
        conn.close()
        store.close()


# -- SQLite ------------------------------------------------------------------------------


def test_a_scan_on_sqlite_never_fails_busy_behind_a_reimport(
    tmp_path: Path, clock: FakeClock
) -> None:
    db = tmp_path / "event.sqlite3"
    importer = SQLiteStore.open(db)
    desk = SQLiteStore.open(db)  # another desk's (or the window's) own connection
    desk.write_wait_s = DEADLINE_MS / 1000  # busy for longer than the deadline: a failure
    try:
        import_list(importer, write_list(tmp_path / "gaeste.csv", GUESTS), clock=clock)
        by_code = {a.code: a.id for a in desk.iter_attendees()}

        def scan_one(attendee_id: int) -> bool:
            return desk.check_in(attendee_id, clock(), "T2", "B").admitted

        scanner = Scanner(scan_one, [by_code[f"C{i:05d}"] for i in CHANGED])
        listing = write_list(tmp_path / "gaeste.csv", GUESTS, CHANGED, new=200)
        reimport_beside_a_scanner(importer, scanner, listing)
        assert not any("busy" in f for f in scanner.failures)
        in_now = {a.id for a in importer.iter_attendees() if a.checked_in is not None}
        assert set(scanner.admitted) <= in_now
    finally:
        desk.close()
        importer.close()


def test_a_busy_sqlite_still_says_so_after_its_wait(tmp_path: Path, clock: FakeClock) -> None:
    """The short steps of waiting end: a writer that never lets go is reported, not waited for."""
    db = tmp_path / "event.sqlite3"
    holder = SQLiteStore.open(db)
    desk = SQLiteStore.open(db)
    desk.write_wait_s = 0.05
    try:
        holder._conn.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreError, match="busy"):
            desk.set_meta("name", "Tagung")
        holder._conn.execute("ROLLBACK")
        desk.set_meta("name", "Tagung")
        assert holder.get_meta("name") == "Tagung"
    finally:
        desk.close()
        holder.close()
