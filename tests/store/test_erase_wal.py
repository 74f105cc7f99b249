"""`erase` leaves no guest's e-mail or code in any byte of the desk's data folder.

A day of normal operation for real (an import, scans, an edit, an undo, a
re-import, offline check-ins in a replica's outbox), then `erase`, then every
byte of every file in the data folder is read: the event file, its -wal and
-shm, the replica of a shared event and its WAL. While the desk runs, the WAL
stays small: it is cut back after an import and at close.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from checkin.core.importing import import_list
from checkin.core.rules import CheckInService
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import DeskStore
from checkin.core.store.sqlite import JOURNAL_SIZE_LIMIT, SQLiteStore
from tests.conftest import FakeClock
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer

ROOT = Path(__file__).resolve().parents[2]
GUESTS = 300


def email(i: int, edited: bool = False) -> str:
    return f"zq{i:04d}{'neu' if edited else ''}@probe-erase.example"


def code(i: int) -> str:
    return f"EP{i:04d}XQ"


def secrets() -> list[bytes]:
    """What must be gone: every code and e-mail of the list (and the edited e-mail), and
    the folded words the search index keeps of them."""
    found = []
    for i in range(GUESTS):
        found += [code(i), email(i), f"zq{i:04d}"]
    found += [email(7, edited=True), "Sichtbar-Unverwechselbar"]
    return [s.encode() for s in found]


def write_list(path: Path, changed: bool = False) -> Path:
    rows = ["Code;Vorname;Nachname;Firma;E-Mail"]
    for i in range(GUESTS):
        company = "Probe GmbH" + (" (neu)" if changed and i % 3 == 0 else "")
        last = "Sichtbar-Unverwechselbar" if i == 3 else f"Name{i:04d}"
        rows.append(f"{code(i)};Vor{i};{last};{company};{email(i)}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def a_day_at_the_desk(store, listing: Path, clock: FakeClock) -> None:
    """Import, scans, an edit, an undo, a re-import with changes."""
    import_list(store, write_list(listing), clock=clock)
    service = CheckInService(store, clock)
    for i in range(0, GUESTS, 4):
        assert service.scan(code(i), "Tisch 1", "Anna").admits
        clock.advance(seconds=7)
    assert not service.scan(code(0), "Tisch 1", "Anna").admits  # already in: logged too
    service.scan("EP9999XQ", "Tisch 1", "Anna")  # unknown: logged with what was read
    guest = store.find_by_code(code(7))[0]
    store.update_attendee(replace(guest, email=email(7, edited=True)))
    store.undo_check_in(store.find_by_code(code(4))[0].id, clock(), "Tisch 1", "Anna")
    import_list(store, write_list(listing, changed=True), clock=clock)
    for i in range(1, GUESTS, 50):  # the door goes on after the re-import
        assert service.scan(code(i), "Tisch 2", "Ben").admits


def every_byte(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_nothing_left(folder: Path) -> None:
    files = every_byte(folder)
    for path, data in files.items():
        left = [s.decode() for s in secrets() if s in data]
        assert not left, f"{path.name} still holds {left[:5]} ({len(left)} in all)"


def wal_size(db: Path) -> int:
    wal = Path(f"{db}-wal")
    return wal.stat().st_size if wal.exists() else 0


def cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, PYTHONPATH=str(ROOT), **env)
    environment.pop("CHECKIN_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "checkin", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("how", ["window", "command line"])
def test_erase_leaves_no_email_or_code_in_the_event_files(
    tmp_path: Path, clock: FakeClock, how: str
) -> None:
    data = tmp_path / "data"
    db = data / "event.sqlite3"
    store = SQLiteStore.open(db)
    reader = SQLiteStore.open(db)  # the window's second connection (counters)
    kept: list = []  # type: ignore[type-arg]
    try:
        a_day_at_the_desk(store, tmp_path / "gaeste.csv", clock)
        assert reader.stats().checked_in == GUESTS // 4 - 1 + len(range(1, GUESTS, 50))
        # After the import the WAL was cut to nothing; scans since keep it under the limit.
        assert wal_size(db) <= JOURNAL_SIZE_LIMIT
        assert any(s in db.read_bytes() for s in secrets())  # the probe finds what is there
        if how == "window":
            reader.close()  # (the last but one connection: it cut the WAL as it closed)
            service = CheckInService(store, clock)
            for i in range(2, GUESTS, 40):
                assert service.scan(code(i), "Tisch 3", "Cem").admits
            # What the erased files leave on the disk: read through handles kept open,
            # which still reach the unlinked files' blocks.
            kept += [open(f, "rb") for f in (db, Path(f"{db}-wal"))]  # noqa: SIM115
            assert any(s in kept[1].read() for s in secrets())  # the WAL holds names now
            store.erase()
            assert store.count_attendees() == 0  # the desk goes on with an empty event
        else:
            reader.close()
            store.close()
            assert wal_size(db) == 0  # closed: the WAL was checkpointed and cut
            kept.append(open(db, "rb"))  # noqa: SIM115
            done = cli("erase", "--yes", "--db", str(db))
            assert done.returncode == 0, done.stderr
            assert not db.exists()
        assert_nothing_left(data)
        for handle in kept:
            handle.seek(0)
            left = handle.read()
            assert not [s for s in secrets() if s in left], handle.name
    finally:
        for handle in kept:
            handle.close()
        store.close()


@pytest.mark.postgres
def test_erase_reaches_the_server_and_leaves_nothing_in_the_replica(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    url = pg_server.create_database()
    data = tmp_path / "data"
    with FaultProxy(pg_server.port) as proxy:
        desk = DeskStore.open(url.replace(f":{pg_server.port}/", f":{proxy.port}/"), data)
        try:
            a_day_at_the_desk(desk, tmp_path / "gaeste.csv", clock)
            proxy.blackhole()  # offline: check-ins go to the replica's outbox
            service = CheckInService(desk, clock)
            for i in range(3, 40, 4):
                assert service.scan(code(i), "Tisch 1", "Anna").offline
            assert desk.status()["waiting"] >= 10
            proxy.heal()
            desk.sync()
            replica = Path(desk.replica.path)
            held = b"".join(every_byte(data).values())
            assert any(s in held for s in secrets())  # the probe finds what is there
        finally:
            desk.close()
    done = cli("erase", "--yes", "--json", "--db", url, CHECKIN_DATA_DIR=str(data))
    assert done.returncode == 0, done.stderr
    assert str(replica) in done.stdout
    assert_nothing_left(data)
    server = PostgresStore.open(url)
    try:
        assert server.count_attendees() == 0 and list(server.iter_log()) == []
    finally:
        server.close()
