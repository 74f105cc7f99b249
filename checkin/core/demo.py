"""The built-in demo event: the Strategiekonferenz 2017 with a fictional guest list."""

from __future__ import annotations

from pathlib import Path

from checkin.core.importing import import_list
from checkin.core.resources import resource
from checkin.core.store.sqlite import SQLiteStore

DEMO_LIST = "strategiekonferenz-2017.csv"

DEMO_EVENT = {
    "event_name": "Strategiekonferenz – Industrie der ZUKUNFT",
    "event_subtitle": "Auf dem Weg zu einer Strategie für Sachsens Industrie der Zukunft",
    "event_date": "2017-03-07",
    "event_venue": "Leipzig, Messen Z und Intec",
    "event_organiser": "Sächsisches Staatsministerium für Wirtschaft, Arbeit und Verkehr",
}


def demo_list_path() -> Path:
    return resource("demo", DEMO_LIST)


def create_demo_event(path: str | Path) -> SQLiteStore:
    """A fresh database holding the demo event, ready to scan."""
    store = SQLiteStore.open(path)
    for key, value in DEMO_EVENT.items():
        store.set_meta(key, value)
    if store.count_attendees() == 0:
        import_list(store, demo_list_path())
    return store
