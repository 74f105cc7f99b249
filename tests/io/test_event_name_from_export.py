"""An event without a name takes the one pretix's own export writes; an organiser's stays.

Of the real exports (tests/fixtures/real/pretix, made by pretix 2026.8's exporters),
the order data ("Order positions" CSV in three dialects, the XLSX's sheets) carries
the event's name on every row, in the export's language ("Event name" /
"Veranstaltungstitel"); the check-in list exports carry none. Indico's exports
(tests/fixtures/real/indico) carry none either.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checkin.core.event import Event, load_event, save_event
from checkin.core.importing import import_list
from checkin.core.io import parse_list
from checkin.core.store.sqlite import SQLiteStore
from tests.pretix_truth import export, export_files

#: The event names the organiser gave in pretix, as each language's export writes them.
NAMES = {
    ("summit", "en"): "Casting Summit",
    ("summit", "de"): "Gießgipfel",
    ("fachtagung", "en"): "Foundry Conference",
    ("fachtagung", "de"): "Fachtagung Gießereitechnik",
}
REAL = Path(__file__).parents[1] / "fixtures" / "real"
CASES = [pytest.param(export(e, f), id=f) for e, f in export_files()]


def _import(store, ex, path=None):
    return import_list(store, path or ex.path, checkin_list=ex.doors()[0])


@pytest.mark.parametrize("ex", CASES)
def test_a_nameless_event_takes_the_name_of_pretixs_order_export(tmp_path, ex):
    store = SQLiteStore.open(tmp_path / "event.db")
    try:
        report = _import(store, ex)
        named = NAMES[ex.event, ex.locale] if ex.kind == "orders" else ""
        assert load_event(store).name == named
        assert report.event_named == named
        said = [n for n in report.notes if getattr(n, "code", "") == "event_named_by_list"]
        assert [n.args["name"] for n in said] == ([named] if named else [])
        again = _import(store, ex)  # named now: a re-import says nothing of it
        assert again.event_named == "" and load_event(store).name == named
    finally:
        store.close()


@pytest.mark.parametrize(
    "name", ["summit-de-orders.xlsx", "fachtagung-en-orders-positions-semicolon.csv"]
)
def test_a_name_the_organiser_set_is_never_overwritten(tmp_path, name):
    ex = export(name.split("-")[0], name)
    store = SQLiteStore.open(tmp_path / "event.db")
    try:
        save_event(store, Event(name="Gießerei-Tag 2026", venue="Leipzig"))
        report = _import(store, ex)
        assert report.inserted and report.event_named == ""
        assert load_event(store) == Event(name="Gießerei-Tag 2026", venue="Leipzig")
        assert not [n for n in report.notes if getattr(n, "code", "") == "event_named_by_list"]
    finally:
        store.close()


def test_an_export_of_several_events_names_none(tmp_path):
    """pretix's organiser-wide order export lists several events: no one name is the event's."""
    source = REAL / "pretix" / "summit-en-orders-positions-default.csv"
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[-1] = lines[-1].replace('"summit","Casting Summit"', '"gala","Casting Gala"', 1)
    assert lines[-1] != source.read_text(encoding="utf-8").splitlines(keepends=True)[-1]
    mixed = tmp_path / "orders.csv"
    mixed.write_text("".join(lines), encoding="utf-8")
    assert parse_list(mixed, checkin_list="Main entrance").event_name == ""
    store = SQLiteStore.open(tmp_path / "event.db")
    try:
        assert import_list(store, mixed, checkin_list="Main entrance").event_named == ""
        assert load_event(store).name == ""
    finally:
        store.close()


def test_a_generic_list_with_an_event_column_names_nothing(tmp_path):
    """Only pretix's column is known to be the event's name; a list's own column is data."""
    listed = tmp_path / "list.csv"
    listed.write_text("Vorname,Nachname,Event name\nAnna,Nowak,Sommerfest\n", encoding="utf-8")
    assert parse_list(listed).event_name == ""


@pytest.mark.parametrize(
    "name", sorted(p.name for p in (REAL / "indico").iterdir() if p.suffix in (".csv", ".xlsx"))
)
def test_indicos_exports_carry_no_event_name(tmp_path, name):
    shutil.copy(REAL / "indico" / name, tmp_path / name)
    assert parse_list(tmp_path / name).event_name == ""
