"""An import written in short transactions ends exactly as one written in one."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from checkin.core.import_parts import apply_in_parts, split_plan
from checkin.core.importing import import_list
from checkin.core.model import Attendee, LogKind, Status
from checkin.core.store.base import ImportPlan, RecordedCheckIn
from checkin.core.store.sqlite import SQLiteStore

TZ = timezone(timedelta(hours=2))
AT = datetime(2026, 5, 22, 8, 0, tzinfo=TZ)


def _guest(code: str, last: str) -> Attendee:
    return Attendee(code=code, first_name="A", last_name=last)


def test_every_write_lands_in_exactly_one_part() -> None:
    inserts = tuple(_guest(f"N{i}", last) for i, last in enumerate("EDCBA"))
    plan = ImportPlan(
        inserts=inserts,
        updates=tuple(Attendee(code=f"U{i}", last_name="U", id=10 + i) for i in range(3)),
        removals=(20, 21),
        recorded_checkins=(
            RecordedCheckIn.of_new(0, AT),
            RecordedCheckIn.of_new(3, AT),
            RecordedCheckIn.of_stored(10, AT),
        ),
        source_file="list.csv",
    )
    parts = list(split_plan(plan, rows=2))
    assert [
        (len(p.inserts), len(p.updates), len(p.removals), len(p.recorded_checkins)) for p in parts
    ] == [(2, 0, 0, 1), (2, 0, 0, 0), (1, 0, 0, 1), (0, 2, 0, 0), (0, 1, 0, 0), (0, 0, 2, 0),
          (0, 0, 0, 1), (0, 0, 0, 0)]  # fmt: skip
    # Only the last (empty) part records the import in the journal, with the whole counts.
    assert [p.whole for p in parts] == [()] * 7 + [(5, 3, 2, 3)]
    # New guests in name order across the parts (ids follow it), each exactly once.
    assert [a.last_name for p in parts for a in p.inserts] == list("ABCDE")
    # A list's own check-in still names the same guest, by its place in its part.
    admitted = [
        p.inserts[r.new].code for p in parts for r in p.recorded_checkins if r.new is not None
    ]
    assert sorted(admitted) == ["N0", "N3"]
    assert {p.source_file for p in parts} == {"list.csv"}
    with pytest.raises(ValueError):
        list(split_plan(plan, rows=0))


def _write_list(path: Path, rows: list[str]) -> Path:
    path.write_text("Code;Vorname;Nachname;Eingecheckt\n" + "\n".join(rows) + "\n", "utf-8")
    return path


def _state(store: SQLiteStore) -> list[tuple[object, ...]]:
    return [
        (a.code, a.first_name, a.last_name, a.status, a.checked_in is not None)
        for a in store.iter_attendees()
    ]


def test_parts_end_as_one_transaction_ends(tmp_path: Path) -> None:
    first = _write_list(
        tmp_path / "first.csv",
        [f"C{i:03};Vor{i};Name{(i * 7) % 23:02};{'ja' if i % 9 == 0 else ''}" for i in range(40)],
    )
    second = _write_list(  # renamed, removed, added, one more check-in from the list
        tmp_path / "second.csv",
        [
            f"C{i:03};Neu{i};Name{(i * 7) % 23:02};{'ja' if i % 5 == 0 else ''}"
            for i in range(10, 70)
        ],
    )
    whole = SQLiteStore.open(tmp_path / "whole.sqlite3")
    parted = SQLiteStore.open(tmp_path / "parted.sqlite3")
    written: list[ImportPlan] = []

    def in_parts(plan: ImportPlan, at: datetime) -> None:
        apply_in_parts(parted, plan, at, rows=7, pause_s=0, written=written.append)

    try:
        for path in (first, second):
            a = import_list(whole, path, allow_removals=True, clock=lambda: AT)
            b = import_list(parted, path, allow_removals=True, clock=lambda: AT, apply=in_parts)
            assert (a.inserted, a.updated, a.removed) == (b.inserted, b.updated, b.removed)
        assert _state(parted) == _state(whole)
        assert len(written) > 10  # it really was written in parts

        def imports(store: SQLiteStore) -> list[str]:
            return [e.detail for e in store.iter_log() if e.kind is LogKind.LIST_IMPORTED]

        # The journal records each import once, with the whole import's counts.
        assert imports(parted) == imports(whole) and len(imports(parted)) == 2
        removed = [a for a in parted.iter_attendees() if a.status is Status.REMOVED]
        assert len(removed) >= 10  # C000-C009 are no longer on the list
        # Ids in name order within the first import, as one transaction gives them.
        ids = [a.id for a in parted.iter_attendees() if a.code < "C010"]
        assert ids == sorted(ids)
        assert [a.code for a in parted.search("Name03")] == [a.code for a in whole.search("Name03")]
    finally:
        whole.close()
        parted.close()


def test_between_parts_the_lock_is_free_for_the_desk(tmp_path: Path) -> None:
    desk = SQLiteStore.open(tmp_path / "event.sqlite3")
    desk.add_attendee(_guest("DOOR1", "Door"))
    importer = desk.reopen()
    assert importer is not None
    desk._conn.execute("PRAGMA busy_timeout = 0")  # any wait for the lock would fail at once
    admitted: list[bool] = []
    guest = desk.find_by_code("DOOR1")[0]
    assert guest.id is not None
    guest_id = guest.id

    def scan_between(_part: ImportPlan) -> None:
        if not admitted:
            admitted.append(desk.check_in(guest_id, AT, "Desk 1", "Tom").admitted)

    try:
        plan = ImportPlan(inserts=tuple(_guest(f"L{i}", f"Late{i}") for i in range(30)))
        apply_in_parts(importer, plan, AT, rows=10, pause_s=0, written=scan_between)
        assert admitted == [True]
        assert desk.count_attendees() == 31
    finally:
        importer.close()
        desk.close()


def test_parts_pause_between_them_not_before_or_after(tmp_path: Path) -> None:
    store = SQLiteStore.open(tmp_path / "event.sqlite3")
    pauses: list[float] = []
    try:
        plan = ImportPlan(inserts=tuple(_guest(f"P{i}", f"P{i}") for i in range(25)))
        apply_in_parts(store, plan, AT, rows=10, pause_s=0.01, sleep=pauses.append)
    finally:
        store.close()
    assert pauses == [0.01, 0.01, 0.01]  # three parts and the journal's, three pauses


def test_the_desks_turn_is_held_for_each_part_and_free_between(tmp_path: Path) -> None:
    import threading

    store = SQLiteStore.open(tmp_path / "event.sqlite3")
    turn = threading.Lock()
    free_between: list[bool] = []

    def written(_part: ImportPlan) -> None:
        free_between.append(not turn.locked())

    class Watched:
        held = 0

        def __enter__(self) -> None:
            turn.acquire()
            Watched.held += 1

        def __exit__(self, *_exc: object) -> None:
            turn.release()

    try:
        plan = ImportPlan(inserts=tuple(_guest(f"T{i}", f"T{i}") for i in range(25)))
        apply_in_parts(store, plan, AT, rows=10, pause_s=0, written=written, turn=Watched())
    finally:
        store.close()
    assert Watched.held == 4 and free_between == [True] * 4


def test_parts_shrink_on_a_slow_machine_and_grow_on_a_fast_one(tmp_path: Path) -> None:
    from checkin.core import import_parts

    store = SQLiteStore.open(tmp_path / "event.sqlite3")
    sizes: list[int] = []
    now = [0.0]

    def written(part: ImportPlan) -> None:
        if part.inserts:  # not the journal's empty last part
            sizes.append(len(part.inserts))

    def slow_clock() -> float:  # every part seems to take 40 ms: four times the budget
        now[0] += 0.02
        return now[0]

    try:
        plan = ImportPlan(inserts=tuple(_guest(f"S{i}", f"S{i:04}") for i in range(600)))
        apply_in_parts(store, plan, AT, pause_s=0, written=written, clock=slow_clock)
        assert sizes[0] == import_parts.PART_ROWS and sizes[1] < sizes[0]
        assert min(sizes) >= import_parts.MIN_ROWS and sum(sizes) == 600
        sizes.clear()
        now[0] = 0.0

        def fast_clock() -> float:  # 1 ms a part
            now[0] += 0.0005
            return now[0]

        plan = ImportPlan(inserts=tuple(_guest(f"F{i}", f"F{i:04}") for i in range(1500)))
        apply_in_parts(store, plan, AT, pause_s=0, written=written, clock=fast_clock)
        assert sizes[1] > sizes[0] and sum(sizes) == 1500
        assert store.count_attendees() == 2100  # every part was really written
    finally:
        store.close()


def test_only_the_last_part_waits_for_the_disk(tmp_path: Path) -> None:
    """Parts before the last commit without waiting for the disk; the last part (the
    journal's LIST_IMPORTED) commits durably, which makes every part before it durable
    (one WAL, synced in order), and the connection is back to FULL for a check-in."""
    store = SQLiteStore.open(tmp_path / "event.sqlite3")
    seen: list[str] = []
    store._conn.set_trace_callback(seen.append)  # noqa: SLF001
    try:
        plan = ImportPlan(inserts=tuple(_guest(f"D{i}", f"D{i:03}") for i in range(30)))
        apply_in_parts(store, plan, AT, rows=10, pause_s=0)
        modes, mode = [], "FULL"
        for statement in seen:
            if statement.startswith("PRAGMA synchronous="):
                mode = statement.split("=")[1]
            elif statement == "COMMIT":
                modes.append(mode)
        assert modes == ["NORMAL"] * 3 + ["FULL"]
        assert store._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # noqa: SLF001
        assert store.count_attendees() == 30
    finally:
        store.close()
