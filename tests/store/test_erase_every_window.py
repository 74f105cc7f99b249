"""An erase at one desk's window reaches every other desk's window (the two-window trial).

Two real windows (offscreen, German as in the trial) on one real PostgreSQL event, each a
desk with its own data folder. The organiser erases at desk A; desk B, online, hears of
it and erases its copy; its window says that no event is loaded because it was erased at
another desk, and a code scanned there is answered so (never "unknown ticket", never an
admission). Desk A says it erased the event, in German, without a "database problem".
Then a new list imported at A reaches B as a new event. Nothing sleeps.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checkin.core.model import LogKind
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import DeskStore
from checkin.qt.app import open_event
from checkin.qt.main_window import MainWindow
from tests.conftest import FakeClock
from tests.qt import scanner_sim
from tests.store.conftest import guests
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer
from tests.store.test_desk_window import BY_ITSELF_MS, Desk, desks, scan, through  # noqa: F401
from tests.store.test_erase_every_desk import left_in

pytestmark = pytest.mark.postgres


def secrets(n: int) -> list[bytes]:
    return [f"G{i:04d}".encode() for i in range(n)] + [f"Nummer {i}".encode() for i in range(n)]


def scanned_without_verdict(qtbot, window: MainWindow, code: str) -> None:  # noqa: ANN001
    """A scanner's keystrokes that must not end in a verdict: the banner answers."""
    verdicts: list[object] = []
    window.verdictShown.connect(verdicts.append)
    before = window.banner.shown
    scanner_sim._pause()
    scanner_sim.scan(code)
    qtbot.waitUntil(lambda: window.banner.shown != before, timeout=5000)
    assert verdicts == []
    assert code in window.banner.stamp.text()  # the code as read: the scan registered


def test_an_erase_at_one_window_reaches_the_other_window(
    qtbot,  # noqa: ANN001
    desks: Desk,  # noqa: F811
    pg_server: PgServer,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(guests(12), clock())
    seed.close()
    store_a = open_event(url, None, tmp_path / "a")
    store_b = open_event(url, None, tmp_path / "b")
    assert isinstance(store_a, DeskStore) and isinstance(store_b, DeskStore)
    desks.window(store_a, language="de")
    window_b = desks.window(store_b, language="de")
    app_a, app_b = desks.apps
    assert scan(qtbot, window_b, "G0001")[0].admits
    assert left_in(tmp_path / "b", secrets(12))  # the probe finds what is there

    app_a.erase_event()  # the organiser confirmed (PIN and question are the window's)
    window_a = app_a.window
    assert window_a is not None
    status_a = window_a.desk_status
    assert status_a is not None
    assert window_a.banner.title.text() == (
        "Veranstaltung gelöscht: An diesem Tisch ist keine Veranstaltung geladen"
    )
    assert status_a.text() == "Keine Veranstaltung: an diesem Tisch gelöscht"
    message = window_a.statusBar().currentMessage()
    assert "Datenbank" not in message and "/" not in message, message
    assert window_a.pages.currentWidget() is window_a.tabs

    # Desk B hears of it by itself and builds its window again on the erased copy.
    qtbot.waitUntil(
        lambda: (
            app_b.window is not window_b
            and app_b.window is not None
            and app_b.window.desk_status is not None
            and app_b.window.desk_status.text()
            == "Keine Veranstaltung: an einem anderen Tisch gelöscht"
        ),
        timeout=BY_ITSELF_MS,
    )
    window_b = app_b.window
    assert window_b is not None and window_b.isVisible()
    assert window_b.banner.title.text() == (
        "Keine Veranstaltung geladen: Sie wurde an einem anderen Tisch gelöscht"
    )
    assert "Veranstalter" in window_b.banner.subtitle.text()
    assert store_b.status()["event"] == "erased"
    assert left_in(tmp_path / "b", secrets(12)) == {}
    assert window_b.model.rowCount() == 0
    window_b.activateWindow()
    qtbot.waitUntil(window_b.scan_field.hasFocus)
    scanned_without_verdict(qtbot, window_b, "G0002")
    assert window_b.banner.title.text() == (
        "Keine Veranstaltung geladen: Sie wurde an einem anderen Tisch gelöscht"
    )
    with qtbot.waitSignal(window_b.banner.becameReady, timeout=BY_ITSELF_MS):
        pass  # after the verdict's time the banner goes back to what the desk is: no event
    assert window_b.banner.title.text() == (
        "Keine Veranstaltung geladen: Sie wurde an einem anderen Tisch gelöscht"
    )
    message = window_b.statusBar().currentMessage()
    assert "Datenbank" not in message and "/" not in message, message

    # A new list at desk A (its own window session): a new event everywhere.
    worker = store_a.reopen()  # as the import dialog's work does, on its own connection
    try:
        worker.apply_import(guests(5, category="Neu"), clock())
    finally:
        worker.close()
    qtbot.waitUntil(
        lambda: (
            app_b.window is not None
            and app_b.window.desk_status is not None
            and app_b.window.desk_status.text() == "Online"
            and store_b.count_attendees() == 5
        ),
        timeout=BY_ITSELF_MS,
    )
    window_b = app_b.window
    assert window_b is not None
    assert {g.category for g in store_b.iter_attendees()} == {"Neu"}
    # The desk again, not the first-day page (a scan there would show no verdict at all).
    qtbot.waitUntil(lambda: window_b.pages.currentWidget() is window_b.tabs)
    assert window_b.banner.title.text() == "Bereit"
    assert window_b.heading.text().startswith("Veranstaltung ohne Namen")  # not "no list yet"
    verdict, _ = scan(qtbot, window_b, "G0003")
    assert verdict.admits
    store_b.sync()  # (decided offline if the server was slow to answer: uploaded now)
    server = PostgresStore.open(url)
    try:
        assert [e.code for e in server.iter_log() if e.kind is LogKind.CHECKIN] == ["G0003"]
    finally:
        server.close()


def test_a_window_offline_during_erase_and_import_loads_the_new_list(
    qtbot,  # noqa: ANN001
    desks: Desk,  # noqa: F811
    pg_server: PgServer,
    proxy: FaultProxy,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    """Off the network while the organiser erased and imported a new list: back online,
    the desk drops its offline check-in of the old event (and says so) and shows the new
    list, not the old guests."""
    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(guests(12), clock())
    seed.close()
    store = open_event(through(url, pg_server, proxy), None, tmp_path / "b")
    assert isinstance(store, DeskStore)
    window = desks.window(store, language="de")
    app = desks.apps[0]
    proxy.blackhole()
    verdict, _ = scan(qtbot, window, "G0007")
    assert verdict.admits and verdict.offline
    organiser = PostgresStore.open(url)
    try:
        organiser.erase()
        organiser.apply_import(guests(4, category="Neu"), clock())
    finally:
        organiser.close()
    proxy.heal()
    qtbot.waitUntil(
        lambda: (
            app.window is not None
            and app.window.banner.title.text() == "Eine neue Teilnehmerliste wurde geladen"
        ),
        timeout=BY_ITSELF_MS,
    )
    window = app.window
    assert window is not None
    assert "1 Check-in, der hier offline gemacht wurde" in window.banner.subtitle.text()
    assert window.pages.currentWidget() is window.tabs
    assert {g.category for g in store.iter_attendees()} == {"Neu"} and store.count_attendees() == 4
    assert left_in(tmp_path / "b", [f"Nummer {i}".encode() for i in range(4, 12)]) == {}
    qtbot.waitUntil(lambda: window.model.rowCount() == 4)
    server = PostgresStore.open(url)
    try:  # the old event's offline check-in never reached the new event
        assert [e for e in server.iter_log() if e.kind is LogKind.CHECKIN] == []
    finally:
        server.close()
