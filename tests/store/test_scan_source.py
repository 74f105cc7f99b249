"""The log says where every scan came from (scanner, camera, picture, command line), typed."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from checkin.core.model import LogKind, ScanSource, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import Store
from checkin.core.store.migrations import MIGRATIONS
from checkin.core.store.sqlite import SQLiteStore
from tests.conftest import FakeClock


def test_each_scan_is_logged_with_its_source(
    filled_any: Store, store_target: str, open_target: Callable[[str], Store], clock: FakeClock
) -> None:
    service = CheckInService(filled_any, clock)
    admitted = service.scan("WESTK1", "Desk 1", "Eva", ScanSource.CAMERA)
    assert admitted.kind is VerdictKind.ADMITTED
    service.scan("WESTK1", "Desk 1", "Eva", ScanSource.PICTURE)  # already checked in
    service.scan("NO-SUCH-CODE", "Desk 1", "Eva")  # the scan field's default
    service.scan("\x00", "Desk 1", "Eva", ScanSource.COMMAND_LINE)  # invalid
    assert admitted.attendee is not None and admitted.attendee.id is not None
    service.undo(admitted.attendee.id, "Desk 1", "Eva")
    picked = service.check_in(admitted.attendee.id, "Desk 1", "Eva")
    assert picked.kind is VerdictKind.ADMITTED
    filled_any.close()
    log = list(open_target(store_target).iter_log())[-6:]
    assert [(e.kind, e.source) for e in log] == [
        (LogKind.CHECKIN, ScanSource.CAMERA),
        (LogKind.REJECTED, ScanSource.PICTURE),
        (LogKind.REJECTED, ScanSource.SCANNER),
        (LogKind.REJECTED, ScanSource.COMMAND_LINE),
        (LogKind.UNDO, ScanSource.NONE),
        (LogKind.CHECKIN, ScanSource.MANUAL),
    ]
    assert all(type(e.source) is ScanSource for e in log)


def test_log_entries_from_before_sources_were_kept_have_none(tmp_path: Path) -> None:
    path = tmp_path / "v3.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript("BEGIN;" + "".join(MIGRATIONS[:3]) + "PRAGMA user_version=3; COMMIT;")
    conn.execute(
        "INSERT INTO log (at, kind, desk, raw_input, result) "
        "VALUES ('2026-05-14T08:00:00+02:00', 'rejected', 'D1', 'X', 'unknown')"
    )
    conn.close()
    store = SQLiteStore.open(path)
    try:
        (entry,) = store.iter_log()
        assert entry.source is ScanSource.NONE and entry.raw_input == "X"
    finally:
        store.close()
