"""The status bar's "N check-ins waiting" counts check-ins only; the other records the
desk keeps for the server (refused scans, undos, corrections) are said in its tip, in
German and English. The desk's link is given as the window gets it (`DeskLink`: a
state and a way to watch it); the real desk behind it is tests/store/test_desk_window.py's
and test_desk_waiting.py's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

import pytest

from checkin.core.model import DEFAULT_TIMEZONE
from checkin.core.store.base import DeskState, StateListener
from checkin.qt.i18n import Translators
from checkin.qt.widgets.desk_status import DeskStatus


class Link:
    """A desk's link as the status bar sees it (`DeskLink`): its state, told on change."""

    deadline_s = 0.3

    def __init__(self, state: DeskState) -> None:
        self._state = state
        self._listeners: list[StateListener] = []

    def state(self) -> DeskState:
        return self._state

    def watch_state(self, listener: StateListener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def change(self, state: DeskState) -> None:
        self._state = state
        for listener in list(self._listeners):
            listener(state)


@pytest.fixture
def german(qapp, tmp_path) -> Iterator[None]:  # noqa: ANN001
    translators = Translators()
    assert translators.install("de", tmp_path / "qm")
    yield
    translators.install("en")


#: 10:42 on the event's clock (an event that states no zone: Europe/Berlin's).
OFFLINE = DeskState(False, datetime(2026, 3, 14, 10, 42, tzinfo=DEFAULT_TIMEZONE), 2)


def test_refusals_waiting_are_no_check_ins_but_are_said(qtbot) -> None:  # noqa: ANN001
    link = Link(DeskState(True, None, 0))
    status = DeskStatus(link)
    qtbot.addWidget(status)
    assert status.text() == "Online"
    with qtbot.waitSignal(status.shown):
        link.change(DeskState(True, None, 0, waiting_other=1))
    assert status.text() == "Online"  # a refusal waiting is no check-in waiting
    assert "1 other record (a refused scan, an undo, a correction)" in status.toolTip()
    with qtbot.waitSignal(status.shown):
        link.change(DeskState(False, OFFLINE.offline_since, 2, waiting_other=5))
    assert status.text() == "Offline since 10:42 · 2 check-ins waiting"
    assert "5 other records" in status.toolTip()
    assert "does not answer" in status.toolTip()
    with qtbot.waitSignal(status.shown):
        link.change(DeskState(False, OFFLINE.offline_since, 2))
    assert "other record" not in status.toolTip()  # none left: not said


def test_in_german(qtbot, german) -> None:  # noqa: ANN001
    link = Link(DeskState(False, OFFLINE.offline_since, 1, waiting_other=1))
    status = DeskStatus(link)
    qtbot.addWidget(status)
    assert status.text() == "Offline seit 10:42 · 1 Check-in wartet auf Übertragung"
    assert "Dazu wartet 1 weiterer Eintrag" in status.toolTip()
    with qtbot.waitSignal(status.shown):
        link.change(DeskState(False, OFFLINE.offline_since, 3, waiting_other=4))
    assert status.text() == "Offline seit 10:42 · 3 Check-ins warten auf Übertragung"
    assert "Dazu warten 4 weitere Einträge" in status.toolTip()


def test_an_erased_event_is_said_in_german(qtbot, german) -> None:  # noqa: ANN001
    """No event is loaded at a desk whose event was erased: the bar says where, the banner
    what to do and how many offline check-ins were dropped (`desk_status.no_event_content`)."""
    from checkin.qt.widgets.desk_status import no_event_content

    link = Link(DeskState(True, None, 0))
    status = DeskStatus(link)
    qtbot.addWidget(status)
    erased = DeskState(True, None, 0, event="erased", dropped=3)
    with qtbot.waitSignal(status.shown):
        link.change(erased)
    assert status.text() == "Keine Veranstaltung: an einem anderen Tisch gelöscht"
    assert status.font().bold()
    banner = no_event_content(erased)
    assert banner.title == "Keine Veranstaltung geladen: Sie wurde an einem anderen Tisch gelöscht"
    assert "3 Check-ins, die hier offline gemacht wurden" in banner.subtitle
    with qtbot.waitSignal(status.shown):
        link.change(DeskState(True, None, 0, event="erased", erased_here=True))
    assert status.text() == "Keine Veranstaltung: an diesem Tisch gelöscht"
    assert "Veranstalter" not in no_event_content(link.state()).subtitle
