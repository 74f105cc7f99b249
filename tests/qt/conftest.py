"""Qt tests run offscreen: no display, no audio, settings in a temp folder."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any QApplication exists
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")

import pytest  # noqa: E402


@pytest.fixture
def qsettings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)


# -- a real event database with one guest for every verdict ------------------------------
from datetime import datetime, timedelta, timezone  # noqa: E402

from checkin.core.model import Attendee, Status  # noqa: E402

TZ = timezone(timedelta(hours=2))
TYPO_BASE = "UFB2DBSC7G2M27"  # a valid generated code; its last character changed is a typo


class FakeClock:
    """Event-day time the test controls (tz-aware, like every timestamp in checkin)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 5, 22, 9, 30, tzinfo=TZ)

    def __call__(self) -> datetime:
        return self.now


GUESTS = [
    Attendee(
        code="VIP0001",
        title="Prof. Dr.",
        first_name="Eberhard",
        last_name="Westkämper",
        company="Fraunhofer IPA",
        category="Ehrengast",
        attention=True,
        attention_note="Begleitung durch das Protokoll",
    ),
    Attendee(code="ANNA0002", first_name="Anna", last_name="Nowak", category="Teilnehmer"),
    Attendee(code="GONE0003", first_name="Carl", last_name="Storno", status=Status.CANCELLED),
    Attendee(code="DUP0004", first_name="Jan", last_name="Dopplung", company="A GmbH"),
    Attendee(code="DUP0004", first_name="Jana", last_name="Dopplung", company="B AG"),
    Attendee(code="MUE0005", first_name="Jürgen", last_name="Müller", company="Müller & Söhne"),
    Attendee(code="MUE0006", first_name="Petra", last_name="Mueller", company="Stadtwerke"),
    Attendee(code="PLAIN007", first_name="Berta", last_name="Beispiel", category="Presse"),
]


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def store(tmp_path):
    from checkin.core.store.sqlite import SQLiteStore

    s = SQLiteStore.open(tmp_path / "event.sqlite3")
    s.set_meta("event_name", "Strategiekonferenz")
    for guest in GUESTS:
        s.add_attendee(guest)
    anna = s.find_by_code("ANNA0002")[0]
    s.check_in(anna.id, datetime(2026, 5, 22, 9, 14, tzinfo=TZ), "Desk 2", "Anna")
    yield s
    s.close()


@pytest.fixture
def desk(qtbot, store, qsettings, clock, tmp_path):
    """The desk window on the test database, English, silent."""
    from checkin.qt.app import DeskApp
    from checkin.qt.settings import DeskSettings

    DeskSettings(desk="Desk 1", operator="Tom", language="en", sound=False).save(qsettings)
    app = DeskApp(store, qsettings, clock, translation_cache=tmp_path / "qm")
    window = app.build_window()
    window.printer.pdf_folder = tmp_path / "badges"  # a desk without a printer saves here
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.listLoaded):
        window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.scan_field.hasFocus())
    yield window
    window.close()  # stops its timers before the store fixture closes the database


@pytest.fixture
def form(qtbot):
    """A dialog with a text field, an OK button on Enter (Enter answers the dialog), and a
    scanner guard recording its catch in `dialog.caught`: what a burst must never type
    into or answer."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    from checkin.qt.widgets.scanner_guard import ScannerGuard

    dialog = QDialog()
    dialog.field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(dialog.field)
    dialog.field.returnPressed.connect(dialog.accept)
    qtbot.addWidget(dialog)
    guard = ScannerGuard(dialog)
    dialog.caught = []
    guard.scanned.connect(dialog.caught.append)
    guard.install()
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    dialog.field.setFocus()
    yield dialog
    guard.remove()


@pytest.fixture(autouse=True)
def _times_shown_in_the_default_zone():
    """A window sets the zone its times are shown in (`qt/event_time`); the next test's
    widgets start from the default again, whatever event this test showed."""
    yield
    from checkin.core.model import DEFAULT_TIMEZONE
    from checkin.qt.event_time import show_times_in

    show_times_in(DEFAULT_TIMEZONE)
