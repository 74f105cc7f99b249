"""The dashboard shows the day's numbers and follows the store, even writes from other threads."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest

from checkin.qt.widgets.dashboard import DashboardWidget, nice_step

from .conftest import TZ


@pytest.fixture
def dashboard(qtbot, store, clock):
    widget = DashboardWidget(store, clock)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitUntil(lambda: widget.stats is not None)
    return widget


def cells(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_shows_the_numbers(dashboard) -> None:
    # conftest: 8 guests, one cancelled -> 7 expected; Anna checked in at 09:14 at Desk 2.
    assert dashboard.checked_in_label.text() == "1 / 7 (14 %)"
    assert dashboard.no_shows_label.text() == "6"
    assert dashboard.walk_ins_label.text() == "0"
    assert "9:30" in dashboard.clock_label.text()
    rows = {row[0]: row[1:] for row in cells(dashboard.categories)}
    assert rows["Teilnehmer"] == ["1", "1", "100 %"]
    assert rows["Presse"] == ["0", "1", "0 %"]
    assert cells(dashboard.desks) == [["Desk 2", "1", "1", "–", "–"]]
    # Anna came at 09:14 (the 09:00 slot); empty slots run up to now, 09:30.
    assert [dashboard.arrivals_axis.at(i) for i in range(dashboard.arrivals_axis.count())] == [
        "09:00",
        "09:15",
        "09:30",
    ]
    assert [dashboard.arrivals_set.at(i) for i in range(3)] == [1.0, 0.0, 0.0]


def test_follows_a_check_in_written_on_another_thread(qtbot, dashboard, store) -> None:
    berta = store.find_by_code("PLAIN007")[0]
    at = datetime(2026, 5, 22, 9, 20, tzinfo=TZ)
    worker = threading.Thread(target=store.check_in, args=(berta.id, at, "Desk 1", "Tom"))
    with qtbot.waitSignal(dashboard.updated, timeout=5000):
        worker.start()
    worker.join()
    assert dashboard.checked_in_label.text() == "2 / 7 (29 %)"
    assert dashboard.no_shows_label.text() == "5"
    assert {row[0] for row in cells(dashboard.desks)} == {"Desk 1", "Desk 2"}
    assert [dashboard.arrivals_set.at(i) for i in range(3)] == [1.0, 1.0, 0.0]


def test_the_clock_tick_refreshes_time_dependent_numbers(qtbot, store, clock) -> None:
    widget = DashboardWidget(store, clock, tick_ms=20)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.stats is not None)
    clock.now += timedelta(hours=1, minutes=15)  # 10:45: Anna's 09:14 is over an hour ago
    qtbot.waitUntil(lambda: "10:45" in widget.clock_label.text(), timeout=5000)
    assert cells(widget.desks)[0][2] == "0"
    assert widget.arrivals_axis.count() == 8  # 09:00 ... 10:45, the empty ones included
    clock.now += timedelta(hours=3)  # long after the last arrival: no endless empty tail
    qtbot.waitUntil(lambda: "13:45" in widget.clock_label.text(), timeout=5000)
    assert widget.arrivals_axis.count() == 1


def test_screenshot(qtbot, dashboard, tmp_path) -> None:
    path = tmp_path / "dashboard.png"  # look at it: docs/dashboard-preview.png is one
    assert dashboard.grab().save(str(path))
    assert path.stat().st_size > 1000


@pytest.mark.parametrize(
    ("maximum", "step"), [(1, 1), (6, 1), (7, 2), (13, 5), (44, 10), (61, 20), (3000, 500)]
)
def test_axis_steps_are_round(maximum: int, step: int) -> None:
    assert nice_step(maximum) == step
