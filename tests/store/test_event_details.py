"""The event's name, day, place and time zone: stored with the event, on both backends."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from checkin.cli import main
from checkin.core.event import Event, EventError, EventProblem, load_event, save_event
from checkin.core.io.export.job import ExportRequest, run_export
from checkin.core.store.base import Store
from checkin.core.store.sqlite import SQLiteStore


def test_event_details_survive_reopening(
    any_store: Store, store_target: str, open_target: Callable[[str], Store]
) -> None:
    assert load_event(any_store) == Event()
    stored = save_event(
        any_store, Event(" Tagung 2026 ", "2026-05-22", "Leipzig, Messe", "Europe/Berlin")
    )
    assert stored == Event("Tagung 2026", "2026-05-22", "Leipzig, Messe", "Europe/Berlin")
    any_store.close()
    again = open_target(store_target)
    assert load_event(again) == stored
    assert str(load_event(again).zone()) == "Europe/Berlin"
    # The older keys stay what badges and printed lists have always read.
    assert again.get_meta("event_name") == "Tagung 2026"
    assert again.get_meta("event_venue") == "Leipzig, Messe"


@pytest.mark.parametrize(
    ("event", "problem"),
    [
        (Event(date="22.05.2026"), EventProblem.BAD_DATE),
        (Event(date="2026-02-30"), EventProblem.BAD_DATE),
        (Event(timezone="Europe/Leipzig"), EventProblem.UNKNOWN_ZONE),
        (Event(timezone="../etc/passwd"), EventProblem.UNKNOWN_ZONE),
    ],
)
def test_bad_details_are_refused_and_nothing_is_written(
    any_store: Store, event: Event, problem: EventProblem
) -> None:
    save_event(any_store, Event(name="Vorher", date="2026-05-22"))
    with pytest.raises(EventError) as caught:
        save_event(any_store, event)
    assert caught.value.problem is problem
    assert load_event(any_store) == Event(name="Vorher", date="2026-05-22")


def test_exports_write_times_in_the_event_zone(tmp_path: Path) -> None:
    store = SQLiteStore.open(tmp_path / "event.sqlite3")
    try:
        from checkin.core.model import Attendee

        guest = store.add_attendee(Attendee(code="A1", first_name="Anna", last_name="Nowak"))
        assert guest.id is not None
        store.check_in(guest.id, datetime(2026, 5, 22, 7, 5, tzinfo=UTC), "T1", "Tom")
        save_event(store, Event(name="Tagung", timezone="Asia/Tokyo"))
        out = tmp_path / "in.csv"
        run_export(
            store,
            ExportRequest(what="attended", fmt="csv", path=out, columns=["name", "checked_in_at"]),
            datetime(2026, 5, 22, 18, 0, tzinfo=UTC),
        )
        with out.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh, delimiter=";"))
        assert rows[1] == ["Anna Nowak", "2026-05-22 16:05:00"]  # Tokyo is UTC+9
    finally:
        store.close()


def test_cli_event_sets_and_checks_the_time_zone(tmp_path: Path, capsys) -> None:
    db = tmp_path / "event.sqlite3"
    SQLiteStore.open(db).close()
    assert main(["event", "--db", str(db), "--timezone", "Mars/Olympus"]) == 2
    assert "unknown time zone" in capsys.readouterr().err
    assert main(["event", "--db", str(db), "--timezone", "Europe/Vienna", "--name", "T"]) == 0
    out = capsys.readouterr().out
    assert "timezone: Europe/Vienna" in out and "name: T" in out


def test_gui_on_a_path_without_an_event_says_so_and_creates_nothing(tmp_path: Path, capsys):
    typo = tmp_path / "evnet.sqlite3"
    assert main(["gui", "--db", str(typo)]) == 1
    assert "There is no event at" in capsys.readouterr().err
    assert not typo.exists()


def test_an_import_reads_zone_less_times_in_the_event_zone(tmp_path: Path) -> None:
    from checkin.core.importing import import_list

    store = SQLiteStore.open(tmp_path / "event.sqlite3")
    try:
        save_event(store, Event(name="Tagung", timezone="Asia/Tokyo"))
        listed = tmp_path / "liste.csv"
        listed.write_text("Nachname;Vorname;Eingecheckt am\nNowak;Anna;22.05.2026 09:05\n")
        import_list(store, listed)
        (anna,) = store.iter_attendees()
        assert anna.checked_in is not None
        assert anna.checked_in.at.astimezone(UTC) == datetime(2026, 5, 22, 0, 5, tzinfo=UTC)
    finally:
        store.close()
