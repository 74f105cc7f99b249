"""What a desk does between an import's planning and its write is never lost (issue 12).

A re-import is planned from the stored rows, then written in parts, seconds later.
Here a second connection (another desk, or the desk beside the import in the window)
corrects a guest, checks one in, undoes a check-in, exactly in that window: after the
planning, or between two parts of the write. Real SQLite files and a real PostgreSQL
server (pg_server.py), the import through `import_list`'s own path.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from checkin.core.import_parts import apply_in_parts
from checkin.core.importing import ImportReport, import_list
from checkin.core.model import Attendee, LogKind, Outcome, Status, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import ImportPlan, Store
from tests.conftest import FakeClock

GUESTS = 30


def _listing(path: Path, *, company: str = "", cancelled: frozenset[int] = frozenset()) -> Path:
    lines = ["Code;Vorname;Nachname;Firma;Status"]
    for i in range(GUESTS):
        status = "storniert" if i in cancelled else "bezahlt"
        lines.append(f"G{i:03d};Vor{i};Name{i:03d};Firma {i}{company};{status}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def event(
    store_target: str, open_target: Callable[[str], Store], tmp_path: Path, clock: FakeClock
) -> tuple[Store, Store]:
    """(the importing connection, a desk's own connection) on one event of GUESTS guests."""
    importer = open_target(store_target)
    import_list(importer, _listing(tmp_path / "first.csv"), clock=clock)
    return importer, open_target(store_target)


def _guest(store: Store, code: str) -> Attendee:
    (found,) = store.find_by_code(code)
    return found


def _reimport(
    importer: Store,
    listing: Path,
    clock: FakeClock,
    *,
    planned: Callable[[], object] = lambda: None,
    between_parts: Callable[[int], object] = lambda _n: None,
    keep_missing: bool = False,
) -> ImportReport:
    """Import `listing` in parts of 4 guests: `planned()` runs after the planning, before
    anything is written; `between_parts(n)` after the n-th part's commit."""
    written = [0]

    def part_written(_part: ImportPlan) -> None:
        written[0] += 1
        between_parts(written[0])

    def apply(plan: ImportPlan, at: datetime) -> None:
        planned()
        apply_in_parts(importer, plan, at, rows=4, pause_s=0, written=part_written)

    return import_list(
        importer,
        listing,
        clock=clock,
        apply=apply,
        keep_missing=keep_missing,
        allow_removals=True,
    )


def test_a_correction_made_after_the_planning_is_kept(event, tmp_path, clock) -> None:
    importer, desk = event
    service = CheckInService(desk, clock)
    early, late = _guest(desk, "G002"), _guest(desk, "G027")

    def correct(guest: Attendee, first_name: str) -> None:
        service.edit(Attendee(**{**_fields(guest), "first_name": first_name}), "Tisch 2", "Jo")

    report = _reimport(
        importer,
        _listing(tmp_path / "second.csv", company=" (neu)"),
        clock,
        planned=lambda: correct(early, "Wiebke"),
        # After the first part: G027's update is in a later part.
        between_parts=lambda n: correct(late, "Jürgen") if n == 1 else None,
    )
    # The desk's names stand; everything else the list changed reached the same guests.
    for code, name in (("G002", "Wiebke"), ("G027", "Jürgen")):
        now = _guest(desk, code)
        assert (now.first_name, now.company) == (name, f"Firma {int(code[1:])} (neu)")
    others = [a for a in desk.iter_attendees() if a.code not in ("G002", "G027")]
    assert {a.company.endswith("(neu)") for a in others} == {True}
    assert report.updated == GUESTS and report.changed_meanwhile == 2
    assert any(getattr(n, "code", "") == "changed_meanwhile" for n in report.notes)


def test_a_check_in_and_an_undo_after_the_planning_stand(event, tmp_path, clock) -> None:
    importer, desk = event
    service = CheckInService(desk, clock)
    came, left = _guest(desk, "G005"), _guest(desk, "G020")
    assert came.id is not None and left.id is not None
    assert service.scan("G020", "Tisch 1", "Jo").kind is VerdictKind.ADMITTED
    clock.advance(minutes=5)

    def desk_works() -> None:
        assert service.scan("G005", "Tisch 1", "Jo").kind is VerdictKind.ADMITTED
        assert left.id is not None and service.undo(left.id, "Tisch 1", "Jo") is not None

    report = _reimport(
        importer, _listing(tmp_path / "second.csv", company=" (neu)"), clock, planned=desk_works
    )
    now_came, now_left = _guest(desk, "G005"), _guest(desk, "G020")
    assert now_came.checked_in is not None and now_came.checked_in.desk == "Tisch 1"
    assert now_left.checked_in is None
    assert now_came.company == "Firma 5 (neu)" and now_left.company == "Firma 20 (neu)"
    assert report.changed_meanwhile == 2


def test_a_guest_who_came_meanwhile_is_not_taken_off_the_list(event, tmp_path, clock) -> None:
    """The list drops G010 and G011; G010 is checked in after the planning (the organiser
    was never asked about a guest who came): G010 stays, G011 is taken off."""
    importer, desk = event
    service = CheckInService(desk, clock)
    listing = _listing(tmp_path / "second.csv")
    lines = listing.read_text("utf-8").splitlines()
    listing.write_text(
        "\n".join(line for line in lines if not line.startswith(("G010", "G011"))) + "\n", "utf-8"
    )
    report = _reimport(
        importer,
        listing,
        clock,
        planned=lambda: service.scan("G010", "Tisch 1", "Jo"),
    )
    assert _guest(desk, "G010").status is Status.ACTIVE
    assert _guest(desk, "G010").checked_in is not None
    assert _guest(desk, "G011").status is Status.REMOVED
    assert report.changed_meanwhile == 1


def test_a_list_check_in_gives_way_to_the_desk_s_made_meanwhile(event, tmp_path, clock) -> None:
    """The list records G003 as checked in; the desk admits G003 after the planning: the
    desk's admission stands, once, and the list's is not journalled beside it."""
    importer, desk = event
    service = CheckInService(desk, clock)
    listing = tmp_path / "second.csv"
    lines = ["Code;Vorname;Nachname;Firma;Status;Eingecheckt"]
    lines += [f"G{i:03d};Vor{i};Name{i:03d};Firma {i};bezahlt;" for i in range(GUESTS)]
    lines[4] = "G003;Vor3;Name003;Firma 3;bezahlt;ja"
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    clock.advance(minutes=30)
    report = _reimport(
        importer, listing, clock, planned=lambda: service.scan("G003", "Tisch 1", "Jo")
    )
    now = _guest(desk, "G003")
    assert now.checked_in is not None and now.checked_in.desk == "Tisch 1"
    assert now.checked_in.at == clock()
    journalled = [
        e
        for e in desk.log_for(now.id or 0)
        if e.kind is LogKind.CHECKIN and e.result is Outcome.ADMITTED
    ]
    assert [e.desk for e in journalled] == ["Tisch 1"]
    assert report.recorded_checkins == 1 and report.changed_meanwhile == 1


def _fields(a: Attendee) -> dict[str, object]:
    return {f: getattr(a, f) for f in a.__dataclass_fields__}


def test_a_cancelled_ticket_racing_a_check_in(event, tmp_path, clock) -> None:
    """The list cancels every guest while the desk scans each of them once, from another
    thread, as fast as it can. Every scan is either refused (the cancel was written first)
    or admitted with its check-in in the row and the journal, at the time it happened;
    no admission is lost, none is shown that is not recorded."""
    importer, desk = event
    service = CheckInService(desk, clock)
    verdicts: dict[str, VerdictKind] = {}
    started = threading.Event()

    def scan_all() -> None:
        started.set()
        for i in range(GUESTS):
            code = f"G{i:03d}"
            verdicts[code] = service.scan(code, "Tisch 1", "Jo").kind

    scanner = threading.Thread(target=scan_all, daemon=True)

    def begin() -> None:
        scanner.start()
        assert started.wait(10)

    report = _reimport(
        importer,
        _listing(tmp_path / "second.csv", cancelled=frozenset(range(GUESTS))),
        clock,
        planned=begin,
    )
    scanner.join(30)
    assert not scanner.is_alive() and len(verdicts) == GUESTS
    admissions = {
        e.code: e
        for e in desk.iter_log()
        if e.kind is LogKind.CHECKIN and e.result is Outcome.ADMITTED
    }
    for code, kind in verdicts.items():
        row = _guest(desk, code)
        assert row.status is Status.CANCELLED  # the list's cancel reached every guest
        if kind is VerdictKind.ADMITTED:
            assert row.checked_in is not None and code in admissions
            assert row.checked_in.at == admissions[code].at == clock()
        else:
            assert kind is VerdictKind.CANCELLED, (code, kind)
            assert row.checked_in is None and code not in admissions
    admitted = sum(1 for k in verdicts.values() if k is VerdictKind.ADMITTED)
    assert report.changed_meanwhile <= admitted


@pytest.mark.postgres
def test_a_desk_s_import_keeps_another_desk_s_correction(pg_server, tmp_path, clock) -> None:
    """A desk on a server plans the import from its replica and writes it on the server;
    another desk corrects a guest on the server after the planning: the correction stands
    on the server and reaches the importing desk's replica."""
    from checkin.core.store.postgres import PostgresStore
    from checkin.core.store.replica import DeskStore

    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    try:
        import_list(seed, _listing(tmp_path / "first.csv"), clock=clock)
    finally:
        seed.close()
    desk = DeskStore.open(url, tmp_path / "data")
    other = PostgresStore.open(url)
    try:
        guest = _guest(other, "G004")
        service = CheckInService(other, clock)
        report = _reimport(
            desk,
            _listing(tmp_path / "second.csv", company=" (neu)"),
            clock,
            planned=lambda: service.edit(
                Attendee(**{**_fields(guest), "last_name": "Nowak"}), "T9", "Zoe"
            ),
        )
        on_server = _guest(other, "G004")
        assert (on_server.last_name, on_server.company) == ("Nowak", "Firma 4 (neu)")
        assert report.changed_meanwhile == 1
        desk.sync()
        assert _guest(desk, "G004").last_name == "Nowak"
    finally:
        other.close()
        desk.close()
