"""A full disk: the scan says so clearly, nothing half-written, no check-in already made lost.

SQLite reports a full disk and a database at its page limit with the same
error (SQLITE_FULL); capping `max_page_count` on the desk's own connection
makes the real failure happen without filling the machine's disk.
"""

from __future__ import annotations

import pytest

from checkin.core.model import Attendee, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import ImportPlan, StoreError
from checkin.core.store.sqlite import SQLiteStore


def test_scan_on_a_full_disk_fails_clearly_and_loses_nothing(
    store: SQLiteStore, db_file, clock
) -> None:
    store.apply_import(
        ImportPlan(
            inserts=tuple(Attendee(code=f"G{i:04d}", last_name=f"Gast {i}") for i in range(400))
        ),
        clock(),
    )
    service = CheckInService(store, clock)
    assert service.scan("G0001", "T1", "Anna").admits
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count={pages}")
    big_note = "x" * 50_000  # a walk-in with a long note needs new pages: the disk is "full"
    with pytest.raises(StoreError, match="full"):
        service.walk_in(Attendee(code="", last_name="Nowak", attention_note=big_note), "T1", "Anna")
    # The desk keeps working for what fits, and what was written before is intact.
    assert service.scan("G0001", "T1", "Anna").kind is VerdictKind.ALREADY_CHECKED_IN
    store._conn.execute("PRAGMA max_page_count=1073741823")
    assert service.scan("G0002", "T1", "Anna").admits
    store.close()
    again = SQLiteStore.open(db_file)
    try:
        checked = {a.code for a in again.iter_attendees() if a.checked_in}
        assert checked == {"G0001", "G0002"}
        assert not again.search("nowak")
    finally:
        again.close()
