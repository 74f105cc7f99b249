"""A scan at the window of a desk on a server never waits for an import beside it.

An import's part holds the desk's write turn while the server writes it (and while the
worker's replica takes it in). The window's scan used to wait for that turn for a whole
deadline before its own deadline began, so a scan during an import the server held up
took two deadlines. Here the part waits on the real server for a row another session
holds; the scan of another guest is the server's verdict within the deadline, with the
part still waiting.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from checkin.core.model import Verdict
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import WRITE_DEADLINE_S, DeskStore
from checkin.qt.main_window import MainWindow
from tests.conftest import FakeClock
from tests.qt import scanner_sim
from tests.store.conftest import seeded_event
from tests.store.pg_server import PgServer
from tests.store.test_desk_window import Desk

pytestmark = pytest.mark.postgres

#: Long enough that a stopwatch tells a scan that waited for it from one that did not,
#: on a loaded host (the server answers a free guest in milliseconds), and shorter than
#: the server's lock_timeout (3 s), so the held-up part is still waiting when the scan
#: that waited for its turn goes on.
DEADLINE_S = 2.0


@pytest.fixture
def desks(qtbot, tmp_path: Path, clock: FakeClock) -> Iterator[Desk]:  # noqa: ANN001
    desk = Desk(qtbot, tmp_path, clock)
    yield desk
    desk.close()


def _scan(qtbot, window: MainWindow, code: str) -> tuple[Verdict, float]:  # noqa: ANN001
    scanner_sim._pause()
    started = time.monotonic()
    with qtbot.waitSignal(window.verdictShown, timeout=30_000) as shown:
        scanner_sim.scan(code)
    return shown.args[0], time.monotonic() - started


def _waiting_for_a_lock(url: str) -> bool:
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND wait_event_type = 'Lock'"
        ).fetchone()
    return bool(row and row[0])


def test_a_scan_never_waits_for_an_import_part_the_server_holds_up(
    qtbot,  # noqa: ANN001
    desks: Desk,
    pg_server: PgServer,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    from checkin.qt.dialogs.import_dialog import ImportProgress, import_work

    url = seeded_event(pg_server, clock, 4)
    store = DeskStore.open(
        url, tmp_path / "desk", deadline_s=DEADLINE_S, write_deadline_s=WRITE_DEADLINE_S
    )
    window = desks.window(store)
    listing = tmp_path / "list.csv"
    listing.write_text(
        "Code,Vorname,Nachname\n"
        "G0000,Gast,Nummer 0\nG0001,Gast,Nummer 1\nG0002,Gast,Nummer 2\n"
        "G0003,Gast,Umbenannt\n",
        encoding="utf-8",
    )
    holder = psycopg.connect(url)  # another session holds the renamed guest's row
    try:
        holder.execute("SELECT 1 FROM attendees WHERE code = 'G0003' FOR UPDATE")
        turn = window.operations.write_turn
        work = import_work(str(listing), {}, None, False, frozenset(), ImportProgress(), turn=turn)
        operation = window.operations.run(work, lane="import")
        qtbot.waitUntil(lambda: turn.locked() and _waiting_for_a_lock(url), timeout=30_000)

        verdict, took = _scan(qtbot, window, "G0000")

        assert verdict.admits and not verdict.offline  # the server decided, at once
        assert took < DEADLINE_S, took  # it waited for the turn: at least the deadline
        assert turn.locked() and _waiting_for_a_lock(url)  # the part is still held up
    finally:
        holder.rollback()
        holder.close()
    qtbot.waitUntil(lambda: operation.done, timeout=30_000)
    server = PostgresStore.open(url)
    try:
        (admitted,) = server.find_by_code("G0000")
        assert admitted.checked_in is not None and admitted.checked_in.desk == "Tisch 1"
    finally:
        server.close()


def test_the_import_dialog_says_it_is_done_after_scans_during_the_import(
    qtbot,  # noqa: ANN001
    desks: Desk,
    pg_server: PgServer,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    """Found as a person (German window under Xvfb, a re-import of 30,000 guests): three
    scans while the dialog imported, and at its end the dialog stayed at "Importiere …"
    (a RuntimeError in its slot: PySide's wrapper of the focused Cancel button had gone
    invalid during a scanner's burst, the button itself still there)."""
    from checkin.qt.dialogs.import_dialog import ImportDialog

    n = 3000
    url = seeded_event(pg_server, clock, n)
    store = DeskStore.open(url, tmp_path / "desk", write_deadline_s=WRITE_DEADLINE_S)
    window = desks.window(store, language="de")
    listing = tmp_path / "list.csv"
    rows = "".join(f"G{i:04d},Gast,Nummer {i},{'Neu GmbH' if i % 2 else ''}\n" for i in range(n))
    listing.write_text("Code,Vorname,Nachname,Firma\n" + rows, encoding="utf-8")
    dialog = ImportDialog(store, str(listing), window, operations=window.operations)
    window.open_dialog_window(dialog)
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=30_000)
    for code in ("G0000", "G0002", "G0004"):
        verdict, _ = _scan(qtbot, window, code)
        assert verdict.admits
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert dialog.report is not None
    assert dialog.cancel_button.text() == "Schließen"
