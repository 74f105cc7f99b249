"""Times are shown on the event's clock, never the machine's: an event that states no
zone is in Europe/Berlin (README, "Times"), so a desk whose system runs on New York time
shows, exports and reports Leipzig's times.

The `store` fixture's event states no zone; Anna was admitted at 09:14 on 22 May 2026
(+02:00, Leipzig's summer time), which is 03:14 in New York.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pypdf
import pytest

from checkin.cli import main
from checkin.core.event import Event, load_event
from checkin.core.model import DEFAULT_TIMEZONE
from checkin.qt.dialogs.export_dialog import REPORT
from checkin.qt.models.attendee_table import AttendeeTableModel
from tests.qt.test_dayend import open_export, read_csv, run


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This machine's zone is America/New_York (TZ, as a desk set up there has it)."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    assert time.strftime("%Z") in {"EST", "EDT"}
    yield
    monkeypatch.undo()
    time.tzset()


def test_an_event_without_a_zone_is_in_berlin() -> None:
    assert Event().zone() is DEFAULT_TIMEZONE
    assert str(DEFAULT_TIMEZONE) == "Europe/Berlin"


def test_the_window_shows_leipzigs_times_on_a_new_york_machine(new_york, qtbot, desk) -> None:
    assert load_event(desk.store).timezone == ""  # no zone stated
    model = desk.model
    anna = desk.store.find_by_code("ANNA0002")[0]
    row = model.row_of(anna.id)
    assert model.data(model.index(row, AttendeeTableModel.CHECKED_IN)) == "09:14 · Desk 2"
    desk.scan("ANNA0002")  # already in: the banner says since when
    assert "09:14" in desk.banner.title.text() + desk.banner.subtitle.text()
    assert desk.banner.stamp.text().endswith("09:30:00")  # the clock's 09:30 (+02:00)
    history = desk.details.history
    qtbot.waitUntil(lambda: history.count() > 0)
    assert "09:14" in history.item(0).text()


def test_an_export_and_the_report_write_leipzigs_times(new_york, qtbot, desk, tmp_path) -> None:
    dialog = open_export(qtbot, desk, "log")
    run(qtbot, dialog, tmp_path / "log.csv", "csv")
    log = read_csv(tmp_path / "log.csv")
    assert log[1][0].endswith("09:14:00") or "09:14" in log[1][0]
    assert "03:14" not in log[1][0]
    dialog.what.setCurrentIndex(dialog.what.findData(REPORT))
    run(qtbot, dialog, tmp_path / "report.pdf", "pdf")
    report = "".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "report.pdf").pages)
    assert "09:14" in report and "03:14" not in report
    dialog.reject()


def test_the_command_line_prints_leipzigs_times(new_york, store, capsys) -> None:
    """A check-in stamped on a server's clock in UTC (07:14Z) is 09:14 in Leipzig."""
    from datetime import UTC, datetime

    from checkin.core.model import Attendee

    guest = store.add_attendee(Attendee(code="UTC0010", first_name="Uta", last_name="Zulu"))
    store.check_in(guest.id, datetime(2026, 5, 22, 7, 14, tzinfo=UTC), "Desk 5", "Udo")
    path = store.path
    store.close()
    assert main(["--db", str(path), "list"]) == 0
    (uta,) = [line for line in capsys.readouterr().out.splitlines() if "UTC0010" in line]
    assert uta.endswith("09:14 Desk 5")
    assert main(["--db", str(path), "scan", "UTC0010"]) == 3
    assert "first at 2026-05-22 09:14:00, desk Desk 5" in capsys.readouterr().out


def test_an_event_in_another_zone_is_shown_on_its_clock(new_york, qtbot, desk) -> None:
    """Event ▸ details set to Tokyo: the list says Anna's 09:14 (+02:00) as 16:14."""
    from checkin.core.event import save_event
    from checkin.qt.operations import Changes

    save_event(desk.store, Event(name="Strategiekonferenz", timezone="Asia/Tokyo"))
    desk.apply_changes(Changes(event=True))
    anna = desk.store.find_by_code("ANNA0002")[0]
    model = desk.model
    shown = model.data(model.index(model.row_of(anna.id), AttendeeTableModel.CHECKED_IN))
    assert shown == "16:14 · Desk 2"
