"""The window's erase (DeskStore.erase) wipes every replica of the event in the desk's
folder, as `checkin erase` does: a desk that reached the server under another address
before (a host name, an IP, a proxy's port) has a second replica of the same event there,
with every guest's name and code. Real PostgreSQL; every byte of the folder read."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import DeskStore
from tests.conftest import FakeClock
from tests.store.conftest import seeded_event, until
from tests.store.pg_server import PgServer

pytestmark = pytest.mark.postgres


def test_the_windows_erase_wipes_every_replica_of_the_event_in_the_folder(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    url = seeded_event(pg_server, clock, 3)
    folder = tmp_path / "desk"
    other_address = url.replace("127.0.0.1", "localhost")
    assert other_address != url
    DeskStore.open(other_address, folder).close()  # yesterday, under the host's name
    desk = DeskStore.open(url, folder)
    assert len(list(folder.glob("replica-*.sqlite3"))) == 2
    try:
        desk.erase()
    finally:
        desk.close()
    for path in folder.iterdir():
        data = path.read_bytes()
        assert b"G0001" not in data and b"Nummer" not in data, path.name


def test_an_erase_at_another_desk_wipes_every_replica_of_the_event_here(
    pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> None:
    url = seeded_event(pg_server, clock, 3)
    folder = tmp_path / "desk"
    DeskStore.open(url.replace("127.0.0.1", "localhost"), folder).close()
    desk = DeskStore.open(url, folder)
    organiser = PostgresStore.open(url)
    try:
        organiser.erase()
        until(desk, lambda: desk.state().event == "erased")
    finally:
        organiser.close()
        desk.close()
    for path in folder.iterdir():
        data = path.read_bytes()
        assert b"G0001" not in data and b"Nummer" not in data, path.name
