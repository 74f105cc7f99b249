"""The window fits small laptop screens, comes back where it was, and wheels change nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QToolButton

from checkin.qt.dialogs.import_dialog import ImportDialog
from checkin.qt.window_fit import MINIMUM, ROWS_SHOWN, initial_geometry


@pytest.mark.parametrize(
    ("available", "maximised"),
    [
        (QRect(0, 0, 1024, 576), True),  # 1024×600 netbook with a panel
        (QRect(0, 24, 1366, 744), True),
        (QRect(0, 0, 1920, 1050), False),
    ],
)
def test_a_new_window_opens_within_the_available_screen(available, maximised):
    rect, small = initial_geometry(available)
    assert small is maximised
    assert available.contains(rect)
    assert rect.width() <= available.width() and rect.height() < available.height()


def visible_in(window, widget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    inside = QRect(top_left, widget.size())
    return (
        widget.isVisible()
        and not widget.visibleRegion().isEmpty()
        and window.rect().contains(inside)
        and widget.visibleRegion().boundingRect().size() == widget.size()
    )


@pytest.mark.parametrize("size", [QSize(1366, 768 - 60), QSize(1024, 600 - 60)])
def test_small_screens_show_scan_field_banner_five_rows_and_buttons(qtbot, desk, size):
    """The client area of a maximised window under a panel and a title bar."""
    desk.resize(size)
    row = desk.table.verticalHeader().defaultSectionSize()
    qtbot.waitUntil(lambda: desk.table.viewport().height() >= ROWS_SHOWN * row)
    assert desk.size() == size
    assert visible_in(desk, desk.scan_field)
    assert visible_in(desk, desk.banner) and desk.banner.height() >= 100
    buttons = desk.details.findChildren(QToolButton)
    assert len(buttons) == 4 and all(visible_in(desk, b) for b in buttons)
    # The words of a verdict still fit the smaller banner.
    desk.scan("VIP0001")
    banner = desk.banner
    assert banner.title.geometry().bottom() <= banner.height()


def test_the_banner_takes_its_full_height_back_on_a_big_screen(qtbot, desk):
    desk.resize(1024, 540)
    qtbot.waitUntil(lambda: desk.banner.height() < 270)
    desk.resize(1600, 1000)
    # Its full height: 270 px, or down to the window's middle (the verdict is what counts).
    top = desk.banner.mapTo(desk, QPoint(0, 0)).y()
    qtbot.waitUntil(lambda: desk.banner.height() == max(270, 500 - top))


def test_the_window_remembers_its_geometry(qtbot, desk, qsettings, store, clock, tmp_path):
    from checkin.qt.app import DeskApp

    desk.showNormal()
    desk.setGeometry(40, 50, 770, 560)  # within the offscreen screen
    qtbot.waitUntil(lambda: desk.size() == QSize(770, 560))
    desk.close()
    again = DeskApp(store, qsettings, clock, translation_cache=tmp_path / "qm").build_window()
    qtbot.addWidget(again)
    assert again.size() == QSize(770, 560)
    assert again.minimumSize() == MINIMUM
    again.close()


def test_f11_toggles_full_screen(qtbot, desk):
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: desk.isFullScreen())
    assert desk.act_full_screen.isChecked()
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not desk.isFullScreen())
    assert desk.scan_field.hasFocus()


def wheel(widget, steps: int = -1) -> None:
    event = QWheelEvent(
        QPointF(5, 5),
        QPointF(widget.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_never_changes_an_unfocused_mapping_combo(qtbot, store, tmp_path, qapp):
    from checkin.qt.app import application

    application()  # the desk's application installs the guard
    path = tmp_path / "gaeste.csv"
    path.write_text("Nachname;Vorname;Kennung\nAbendroth;Ida;K-1\n", encoding="utf-8")
    dialog = ImportDialog(store, str(path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    combos = [
        w
        for row in range(dialog.mapping.rowCount())
        if isinstance(w := dialog.mapping.cellWidget(row, 1), QComboBox)
    ]
    assert combos
    before = dialog.chosen_mapping()
    dialog.import_button.setFocus()
    for combo in combos:
        wheel(combo, -1)
        wheel(combo, 1)
        wheel(combo, -1)
    assert dialog.chosen_mapping() == before
    # With the focus, the wheel is the person's choice.
    combos[0].setFocus()
    qtbot.waitUntil(combos[0].hasFocus)
    index = combos[0].currentIndex()
    wheel(combos[0], -1)
    assert combos[0].currentIndex() != index


def test_the_start_up_probe_reports_a_desk_ready_to_scan(store, tmp_path):
    """`checkin gui --ready-then-quit` (the benchmark's probe) opens the real window."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    path = store.path
    store.close()
    done = subprocess.run(
        [sys.executable, "-m", "checkin", "gui", "--db", path, "--ready-then-quit"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=root,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ready"
    # With a code: typed into the scan field with Enter and judged before it quits.
    for code, said in (("PLAIN007", "ready admitted"), ("PLAIN007", "ready already_checked_in")):
        done = subprocess.run(
            [sys.executable, "-m", "checkin", "gui", "--db", path, "--ready-then-quit", code],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=root,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == said
