"""Corrections at a desk window on a shared server: a guest renamed elsewhere moves to
their place in the list (the selection with them), and a correction saved while the
server does not answer says where it is (German and English).

Real PostgreSQL, the fault proxy, the real window offscreen (tests/store/test_desk_window.py).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from checkin.core.rules import CheckInService
from checkin.core.store.postgres import PostgresStore
from checkin.qt.app import open_event
from checkin.qt.dialogs.attendee_dialog import AttendeeDialog
from tests.conftest import FakeClock
from tests.store.conftest import seeded_event
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer
from tests.store.test_desk_window import BY_ITSELF_MS, Desk, desks, scan, through  # noqa: F401

pytestmark = pytest.mark.postgres


def shown_order(window) -> list[int]:  # noqa: ANN001
    model = window.model
    return [model.attendee_at(r).id for r in range(model.rowCount())]


def test_a_guest_renamed_at_another_desk_moves_in_the_list_and_stays_selected(
    qtbot,  # noqa: ANN001
    desks: Desk,  # noqa: F811
    pg_server: PgServer,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    url = seeded_event(pg_server, clock, 6)  # Gast Nummer 0 … 5
    store = open_event(url, None, tmp_path / "desk")
    window = desks.window(store)
    assert scan(qtbot, window, "G0001")[0].admits  # the verdict selects the guest
    guest = store.find_by_code("G0001")[0]
    qtbot.waitUntil(lambda: window.selected_attendee() is not None)
    assert window.selected_attendee().id == guest.id
    assert window.model.row_of(guest.id) == 1

    other = PostgresStore.open(url)  # another desk corrects the family name
    try:
        stored = other.find_by_code("G0001")[0]
        CheckInService(other, clock).edit(replace(stored, last_name="Zwick"), "Tisch 2", "Ben")
    finally:
        other.close()
    qtbot.waitUntil(lambda: window.model.row_of(guest.id) == 5, timeout=BY_ITSELF_MS)
    assert shown_order(window) == store.attendee_ids()
    assert window.selected_attendee().last_name == "Zwick"  # the selection moved with them
    assert window.table.currentIndex().row() == 5
    qtbot.waitUntil(lambda: window.details.values["display_name"].text() == "Gast Zwick")


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "Correction saved at this desk: the server does not answer. It is sent once"),
        ("de", "Korrektur an diesem Tisch gespeichert: Der Server antwortet nicht."),
    ],
)
def test_a_correction_saved_offline_says_it_waits_at_this_desk(
    qtbot,  # noqa: ANN001
    desks: Desk,  # noqa: F811
    pg_server: PgServer,
    proxy: FaultProxy,
    clock: FakeClock,
    tmp_path: Path,
    language: str,
    said: str,
) -> None:
    url = seeded_event(pg_server, clock, 3)
    store = open_event(through(url, pg_server, proxy), None, tmp_path / "desk")
    window = desks.window(store, language)
    assert scan(qtbot, window, "G0002")[0].admits
    qtbot.waitUntil(lambda: window.selected_attendee() is not None)
    proxy.blackhole()
    qtbot.waitUntil(lambda: store.offline, timeout=BY_ITSELF_MS)
    window.statusBar().clearMessage()
    window.edit_selected()
    dialog = window.open_dialog
    assert isinstance(dialog, AttendeeDialog)
    dialog.first_name.setText("Gastine")
    dialog.accept()
    assert store.find_by_code("G0002")[0].first_name == "Gastine"  # kept at the desk
    assert window.statusBar().currentMessage().startswith(said)
    assert store.state().waiting_other == 1
    proxy.heal()
    qtbot.waitUntil(lambda: store.state().waiting_other == 0, timeout=BY_ITSELF_MS)
    server = PostgresStore.open(url)
    try:
        assert server.find_by_code("G0002")[0].first_name == "Gastine"
    finally:
        server.close()
