"""The desk window on a shared server is a desk (DeskStore): it keeps admitting when the
link dies, says so by itself, and comes back by itself.

Real PostgreSQL (pg_server.py), a real TCP proxy that blackholes the link
(faultproxy.py), the real window (offscreen) driven with a scanner's keystrokes,
a real password login (scram-sha-256) answered in the real password dialog.
Nothing sleeps: every wait is for a signal or a condition.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from checkin.core.journal import doubles
from checkin.core.model import LogEntry, LogKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import Store
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import DeskStore
from checkin.qt.app import DeskApp, open_event
from checkin.qt.dialogs.questions import ServerPasswordPrompt
from checkin.qt.main_window import MainWindow
from checkin.qt.settings import DeskSettings
from tests.conftest import FakeClock
from tests.qt import scanner_sim
from tests.store.conftest import PASSWORD, guests
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer

pytestmark = pytest.mark.postgres

#: Long enough for the probe (every 1-2 s) on a loaded machine; the wait ends when it's so.
BY_ITSELF_MS = 20_000


def through(url: str, pg_server: PgServer, proxy: FaultProxy) -> str:
    return url.replace(f":{pg_server.port}/", f":{proxy.port}/")


def server_log(url: str, password: str | None = None) -> list:  # type: ignore[type-arg]
    store = PostgresStore.open(url, (lambda _a: password) if password else None)
    try:
        return list(store.iter_log())
    finally:
        store.close()


class Desk:
    """The app and its window on a store, in a language; closed by the fixture."""

    def __init__(self, qtbot, tmp_path: Path, clock: FakeClock) -> None:  # noqa: ANN001
        self.qtbot, self.tmp_path, self.clock = qtbot, tmp_path, clock
        self.apps: list[DeskApp] = []

    def window(self, store: Store, language: str = "en") -> MainWindow:
        qsettings = QSettings(
            str(self.tmp_path / f"desk-{len(self.apps)}.ini"), QSettings.Format.IniFormat
        )
        DeskSettings(desk="Tisch 1", operator="Anna", language=language, sound=False).save(
            qsettings
        )
        app = DeskApp(store, qsettings, self.clock, translation_cache=self.tmp_path / "qm")
        self.apps.append(app)
        window = app.build_window()  # closed by the app (which may replace it: an erase)
        with self.qtbot.waitSignal(window.listLoaded):
            window.show()
        self.qtbot.waitExposed(window)
        window.activateWindow()
        self.qtbot.waitUntil(window.scan_field.hasFocus)
        return window

    def close(self) -> None:
        for app in self.apps:
            app.close()
            app.translators.install("en")


@pytest.fixture
def desks(qtbot, tmp_path: Path, clock: FakeClock) -> Iterator[Desk]:  # noqa: ANN001
    desk = Desk(qtbot, tmp_path, clock)
    yield desk
    desk.close()


def scan(qtbot, window: MainWindow, code: str):  # noqa: ANN001, ANN201
    """A USB scanner's keystrokes; returns the verdict and how long it took to show."""
    scanner_sim._pause()
    started = time.monotonic()
    with qtbot.waitSignal(window.verdictShown, timeout=5000) as shown:
        scanner_sim.scan(code)
    return shown.args[0], time.monotonic() - started


def test_the_window_keeps_admitting_offline_and_comes_back_by_itself(
    qtbot,  # noqa: ANN001
    desks: Desk,
    pg_server: PgServer,
    proxy: FaultProxy,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(guests(10, category="VIP"), clock())
    seed.close()
    store = open_event(through(url, pg_server, proxy), None, tmp_path / "desk")
    assert isinstance(store, DeskStore)
    window = desks.window(store)
    status = window.desk_status
    assert status is not None and status.text() == "Online"
    online, _ = scan(qtbot, window, "G0000")
    assert online.admits and not online.offline

    proxy.blackhole()
    verdict, took = scan(qtbot, window, "G0001")
    assert verdict.admits and verdict.offline
    # One deadline (bench_desks measures it), never the network's time: a blackholed link
    # answers nothing for minutes, so a desk that waited for it would not be done in 5 s.
    assert took < 5
    assert "offline" in window.banner.stamp.text()
    qtbot.waitUntil(lambda: status.text().startswith("Offline since"), timeout=BY_ITSELF_MS)
    assert status.text().endswith("1 check-in waiting")
    refused, _ = scan(qtbot, window, "X9999")  # a refusal waits too, but is no check-in
    assert not refused.admits and refused.offline
    qtbot.waitUntil(lambda: "1 other record" in status.toolTip())
    assert status.text().endswith("1 check-in waiting")
    again, took = scan(qtbot, window, "G0002")  # offline now: no deadline to wait for
    assert again.admits and again.offline and took < 5
    qtbot.waitUntil(lambda: status.text().endswith("2 check-ins waiting"))

    # Meanwhile another desk, still on the server, admits the same guest as this one did,
    # a moment later (the window stamps on the server's clock, `DeskStore.now`, as here).
    other = PostgresStore.open(url)
    try:
        assert CheckInService(other, store.now).scan("G0002", "Tisch 2", "Ben").admits
    finally:
        other.close()

    with qtbot.waitSignal(status.doublesReported, timeout=BY_ITSELF_MS):
        proxy.heal()
    qtbot.waitUntil(lambda: status.text() == "Online", timeout=BY_ITSELF_MS)
    assert store.state().waiting == 0
    notice = window.doubles_notice
    assert notice is not None and notice.isVisible()
    assert "Admitted twice: Gast Nummer 2" in notice.text()
    assert "first at Tisch 1" in notice.text() and "again at Tisch 2" in notice.text()
    log = server_log(url)
    checked_in = sorted(e.code for e in log if e.kind is LogKind.CHECKIN)
    assert checked_in == ["G0000", "G0001", "G0002", "G0002"]  # both admissions kept
    (double,) = doubles(log)
    assert double.code == "G0002"
    assert (double.first.desk, double.second.desk) == ("Tisch 1", "Tisch 2")

    window.tabs.setCurrentIndex(1)  # the dashboard counts it
    dashboard = window.dashboard
    assert dashboard is not None
    qtbot.waitUntil(lambda: dashboard.stats is not None and dashboard.stats.doubles == 1)
    assert dashboard.doubles_label.text() == "1"


def test_undo_works_offline_and_event_details_say_what_to_do_at_once(
    qtbot,  # noqa: ANN001
    desks: Desk,
    pg_server: PgServer,
    proxy: FaultProxy,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from checkin.core.event import Event, save_event
    from checkin.core.store.base import NeedsServer
    from checkin.qt.dialogs.questions import Confirm

    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(guests(3, category="VIP"), clock())
    seed.close()
    store = open_event(through(url, pg_server, proxy), None, tmp_path / "desk")
    window = desks.window(store)
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, parent, title, text: True))
    assert scan(qtbot, window, "G0000")[0].admits
    window.undo_last()  # online: the server undoes, within the window's bound
    assert window.banner.title.text() == "Check-in undone"
    save_event(store, Event(name="Tag 1"))
    assert store.get_meta("event_name") == "Tag 1"
    assert scan(qtbot, window, "G0001")[0].admits
    proxy.blackhole()  # stalled: nothing answers, nothing is closed
    # Decided at the desk after one deadline (bench_desks measures how long), uploaded
    # later; a desk that waited for the stalled server would hang here until the heal.
    window.undo_last()
    assert window.banner.title.text() == "Check-in undone"
    assert store.find_by_code("G0001")[0].checked_in is None
    qtbot.waitUntil(lambda: store.offline, timeout=BY_ITSELF_MS)
    assert store.state().waiting == 0  # an undo is no check-in
    assert store.state().waiting_other == 1
    asked: list[str] = []
    live_server = store._live_server

    def asking_the_server() -> PostgresStore:
        asked.append("server")
        return live_server()

    monkeypatch.setattr(store, "_live_server", asking_the_server)
    with pytest.raises(NeedsServer):
        save_event(store, Event(name="Neu"))  # only the server keeps the event's details
    app = desks.apps[-1]
    app.erase_event()  # the organiser confirmed: refused at once, the desk goes on
    assert asked == []  # offline: neither was even tried (no wait for the stalled link)
    monkeypatch.undo()
    assert app.window is not None and app.window is not window
    assert app.window.banner.title.text() == "Not possible offline: this needs the server"
    assert store.count_attendees() == 3
    proxy.heal()
    qtbot.waitUntil(lambda: store.online, timeout=BY_ITSELF_MS)


def answer_password_dialog(password: str, asked: list[str]) -> None:
    """Type the password into the real dialog once it is open (checked, not waited for)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(10, look)
            return
        assert dialog.textEchoMode() is QLineEdit.EchoMode.Password
        asked.append(dialog.labelText())
        dialog.setTextValue(password)
        dialog.accept()

    QTimer.singleShot(0, look)


def test_a_password_typed_at_start_serves_every_reconnect(
    qtbot,  # noqa: ANN001
    desks: Desk,
    pg_password_db: str,
    pg_server: PgServer,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    seed = PostgresStore.open(pg_password_db, lambda _address: PASSWORD)
    seed.apply_import(guests(5, category="VIP"), clock())
    seed.close()
    folder = tmp_path / "desk"
    with FaultProxy(pg_server.port) as proxy:
        url = through(pg_password_db, pg_server, proxy)
        asked: list[str] = []
        answer_password_dialog(PASSWORD, asked)
        store = open_event(url, ServerPasswordPrompt.ask, folder)
        assert len(asked) == 1 and PASSWORD not in asked[0] and "desk_login@" in asked[0]
        window = desks.window(store)
        qtbot.waitUntil(lambda: window.counters.stats is not None)
        assert "0 / 5" in window.counters.total.text()

        proxy.blackhole()
        assert scan(qtbot, window, "G0003")[0].offline
        status = window.desk_status
        assert status is not None
        qtbot.waitUntil(lambda: status.text().startswith("Offline"), timeout=BY_ITSELF_MS)
        proxy.heal()
        qtbot.waitUntil(lambda: status.text() == "Online", timeout=BY_ITSELF_MS)
        assert len(asked) == 1  # reconnected with the password kept in memory
        qtbot.waitUntil(lambda: "1 / 5" in window.counters.total.text())
        assert [e.code for e in server_log(pg_password_db, PASSWORD) if e.kind is LogKind.CHECKIN]
        assert ["G0003"] == [
            e.code for e in server_log(pg_password_db, PASSWORD) if e.kind is LogKind.CHECKIN
        ]
        window.close()

        # Started again while the server does not answer: asked at start all the same,
        # so the desk reconnects by itself once the server is back.
        proxy.blackhole()
        answer_password_dialog(PASSWORD, asked)
        offline_store = open_event(url, ServerPasswordPrompt.ask, folder)
        assert len(asked) == 2 and offline_store.offline
        window = desks.window(offline_store)
        assert scan(qtbot, window, "G0004")[0].offline
        proxy.heal()
        status = window.desk_status
        assert status is not None
        qtbot.waitUntil(lambda: status.text() == "Online", timeout=BY_ITSELF_MS)
        assert len(asked) == 2
        codes = [e.code for e in server_log(pg_password_db, PASSWORD) if e.kind is LogKind.CHECKIN]
        assert sorted(codes) == ["G0003", "G0004"]
    for path in folder.iterdir():  # never on disk at the desk
        assert PASSWORD.encode() not in path.read_bytes()
    for ini in tmp_path.glob("*.ini"):
        assert PASSWORD not in ini.read_text()


def test_the_german_window_says_offline_in_german(
    qtbot,  # noqa: ANN001
    desks: Desk,
    pg_server: PgServer,
    proxy: FaultProxy,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    from tests.qt.test_german_everywhere import German

    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(guests(3, category="VIP"), clock())
    seed.close()
    store = open_event(through(url, pg_server, proxy), None, tmp_path / "desk")
    window = desks.window(store, "de")
    checker = German(["Gast Nummer 1", "Gast", "Tisch 1", "Tisch 2", "Anna", "VIP", "G0001"])
    status = window.desk_status
    assert status is not None and status.text() == "Online"
    proxy.blackhole()
    assert scan(qtbot, window, "G0001")[0].offline
    qtbot.waitUntil(lambda: status.text().startswith("Offline seit"), timeout=BY_ITSELF_MS)
    assert status.text().endswith("1 Check-in wartet auf Übertragung")
    assert "wird übertragen, sobald der Server antwortet" in window.banner.stamp.text()
    checker.check("desk offline", window)
    checker.check_text("status tooltip", status.toolTip())
    double = LogEntry(
        at=clock(),
        kind=LogKind.DOUBLE_ADMISSION,
        desk="Tisch 1",
        operator="Anna",
        attendee_id=store.find_by_code("G0001")[0].id,
        code="G0001",
        detail=json.dumps(
            {
                "admission": {"at": clock().isoformat(), "desk": "Tisch 1", "operator": "Anna"},
                "double": {"at": clock().isoformat(), "desk": "Tisch 2", "operator": "Ben"},
            }
        ),
    )
    notice = window.doubles_notice
    assert notice is not None
    notice.show_doubles((double, double))
    assert notice.text().startswith("⚠ Zweimal eingelassen: Gast Nummer 1 – zuerst an Tisch 1")
    checker.check_text("doubles", notice.text())
    checker.check_text("doubles", notice.toolTip())
    window.show_needs_server()
    checker.check("needs the server", window.banner)
    checker.check_text("status bar", window.statusBar().currentMessage())
    assert checker.found == []
    proxy.heal()
    qtbot.waitUntil(lambda: status.text() == "Online", timeout=BY_ITSELF_MS)


def test_an_import_at_the_window_goes_to_the_server_and_the_replica(
    qtbot,  # noqa: ANN001
    desks: Desk,
    pg_server: PgServer,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    """The import's own connection (reopen) is a desk too: it writes to the server."""
    from checkin.qt.dialogs.import_dialog import ImportProgress, import_work

    url = pg_server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(guests(2, category="VIP"), clock())
    seed.close()
    window = desks.window(open_event(url, None, tmp_path / "desk"))
    listing = tmp_path / "list.csv"
    listing.write_text(
        "Code,Vorname,Nachname\nG0000,Gast,Nummer 0\nG0001,Gast,Nummer 1\nNEU1,Neue,Person\n",
        encoding="utf-8",
    )
    work = import_work(
        str(listing),
        {},
        None,
        False,
        frozenset(),
        ImportProgress(),
        turn=window.operations.write_turn,
    )
    operation = window.operations.run(work, lane="import")
    with qtbot.waitSignal(operation.succeeded, timeout=30_000):
        pass
    server = PostgresStore.open(url)
    try:
        assert [a.last_name for a in server.find_by_code("NEU1")] == ["Person"]
    finally:
        server.close()
    qtbot.waitUntil(lambda: bool(window.store.find_by_code("NEU1")))
    verdict, _ = scan(qtbot, window, "NEU1")
    assert verdict.admits and not verdict.offline
