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
