"""Who works at this desk stays in the status bar: a menu's tip or a message covers it
for a while, then it is back (before, it was a message itself, and the first menu the
mouse passed over wiped it for the rest of the day)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from checkin.qt.main_window import MainWindow


def test_desk_and_operator_come_back_after_a_menu_tip(qtbot, desk: MainWindow) -> None:  # noqa: ANN001
    bar: QStatusBar = desk.statusBar()
    identity = desk.findChild(QLabel, "identity")
    assert identity is not None
    said = identity.text()
    assert " · " in said
    desk.show()
    qtbot.waitExposed(desk)
    bar.showMessage("Open a list of attendees")  # what a menu item's status tip does
    qtbot.waitUntil(lambda: not identity.isVisible())
    bar.clearMessage()  # the mouse left the menu
    qtbot.waitUntil(identity.isVisible)
    assert identity.text() == said


def test_the_start_up_time_gives_way_to_the_desk_and_operator(
    qtbot,
    desk: MainWindow,
    monkeypatch,  # noqa: ANN001
) -> None:
    """`checkin gui` says how fast it started, then who works at the desk is back (the
    message stayed for good and hid them all day, beginning with a stray '·')."""
    from checkin.qt import app

    monkeypatch.setattr(app, "READY_MESSAGE_MS", 50)
    bar: QStatusBar = desk.statusBar()
    identity = desk.findChild(QLabel, "identity")
    assert identity is not None
    desk.show()
    qtbot.waitExposed(desk)
    app.show_ready(desk, 0.4)
    assert bar.currentMessage() == "ready in 0.40 s"
    assert not identity.isVisible()  # the message covers it for now
    qtbot.waitUntil(identity.isVisible)
    assert bar.currentMessage() == "" and identity.text() == "Desk 1 · Tom"
