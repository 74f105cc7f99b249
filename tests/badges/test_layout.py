from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from checkin.core.badges.layout import LayoutError, layout_names, load_layout, parse_layout

MINIMAL = {
    "width": 90,
    "height": 55,
    "elements": [
        {
            "type": "text",
            "id": "name",
            "x": 4,
            "y": 4,
            "width": 80,
            "height": 20,
            "template": "{first_name} {last_name}",
            "size": 20,
            "min_size": 10,
        },
        {"type": "qr", "id": "qr", "x": 60, "y": 28, "size": 24},
    ],
}


@pytest.mark.parametrize("name", ["default", "strategiekonferenz"])
def test_bundled_layouts_load(name: str) -> None:
    assert name in layout_names()
    layout = load_layout(name)
    assert any(e.id == "name" for e in layout.elements)
    assert any(e.id == "qr" for e in layout.elements)


def test_per_category_override_and_no_badge() -> None:
    data = copy.deepcopy(MINIMAL)
    data["categories"] = {
        "Organisation": "no badge",
        "Presse": {"elements": MINIMAL["elements"][:1]},
    }
    layout = parse_layout(data)
    assert layout.elements_for("Organisation") is None
    assert len(layout.elements_for("Presse") or ()) == 1
    assert len(layout.elements_for("Teilnehmer") or ()) == 2


def _broken(path: str, value: object) -> dict:
    data = copy.deepcopy(MINIMAL)
    target = data
    keys = path.split(".")
    for key in keys[:-1]:
        target = target[int(key)] if key.isdigit() else target[key]
    target[keys[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("elements.0.size", "big", r"elements\[0\] \(id 'name'\): field 'size' must be a number"),
        ("elements.0.min_size", 30, r"id 'name'.*'min_size' \(30\) is larger than 'size'"),
        ("elements.0.template", "{first_name} {nickname}", r"unknown placeholder \{nickname\}"),
        ("elements.0.align", "justify", r"field 'align' must be one of left, center, right"),
        ("elements.0.color", "red", r"field 'color' must be a colour"),
        ("elements.0.font", "Comic Sans", r"field 'font' must be one of"),
        ("elements.0.width", 200, r"id 'name'.*reaches beyond the badge"),
        ("elements.1.type", "barcode", r"elements\[1\] \(id 'qr'\): field 'type' must be one of"),
        ("elements.1.size", -5, r"id 'qr'.*field 'size' must be > 0"),
        ("elements.1.id", "name", r"duplicate id 'name'"),
        ("elements.0.fontsize", 12, r"unknown field 'fontsize'"),
        ("elements.0.max_lines", 0, r"'max_lines' must be a whole number"),
        ("width", None, r"field 'width' is missing"),
        ("elements", [], r"'elements' must be a non-empty list"),
        ("categories", {"Presse": 3}, r"categories\['Presse'\] must be"),
    ],
)
def test_validation_names_the_element_and_field(path: str, value: object, message: str) -> None:
    with pytest.raises(LayoutError, match=message):
        parse_layout(_broken(path, value), source="my.json")


def test_load_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"width": 90,,}', encoding="utf-8")
    with pytest.raises(LayoutError, match=r"bad.json: not valid JSON at line 1"):
        load_layout(bad)
    with pytest.raises(LayoutError, match=r"no layout named 'nope'; bundled: default"):
        load_layout("nope")
    good = tmp_path / "good.json"
    good.write_text(json.dumps(MINIMAL), encoding="utf-8")
    assert load_layout(good).name == "good"


# (rule, event name, chosen layout, layout picked)
CHOICES = [
    ("the Strategiekonferenz gets its own layout", "Strategiekonferenz – Industrie der ZUKUNFT", "", "Strategiekonferenz"),
    ("whatever the case and accents", "STRATEGIEKONFERENZ 2017", "", "Strategiekonferenz"),
    ("any other event the built-in one", "Jahrestagung der Gesellschaft für Informatik", "", "Default"),
    ("an event without a name too", "", "", "Default"),
    ("a name merely containing it is another event", "Nachlese zur Strategiekonferenz", "", "Default"),
    ("a chosen layout wins", "Jahrestagung", "strategiekonferenz", "Strategiekonferenz"),
    ("also for the Strategiekonferenz", "Strategiekonferenz", "default", "Default"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("rule", "event", "chosen", "picked"), CHOICES, ids=[c[0] for c in CHOICES]
)
def test_layout_for_event(rule: str, event: str, chosen: str, picked: str) -> None:
    from checkin.core.badges.layout import layout_for_event

    assert layout_for_event(event, chosen).name == picked


def test_the_built_in_badge_carries_the_event_and_no_other_events_logo() -> None:
    from checkin.core.badges import get_stock, render_badges
    from checkin.core.badges.layout import ImageElement, layout_for_event
    from checkin.core.model import Attendee

    from .helpers import pdf_text

    layout = layout_for_event("Jahrestagung der GI")
    assert not any(isinstance(e, ImageElement) for e in layout.elements)
    templates = {e.template for e in layout.elements if hasattr(e, "template")}
    assert {"{event_name}", "{event_date}"} <= templates
    event = {"name": "Jahrestagung der GI", "date": "24. September 2026 · Wiesbaden"}
    pdf = render_badges(
        [Attendee("GI-1", first_name="Ada", last_name="Lovelace")],
        layout,
        get_stock("a6"),
        event=event,
    )
    text = pdf_text(pdf)
    assert "Jahrestagung der GI" in text and "24. September 2026 · Wiesbaden" in text
    assert "Strategiekonferenz" not in text and b"/Subtype /Image" not in pdf


def test_the_command_line_picks_the_events_layout(tmp_path) -> None:  # noqa: ANN001
    from checkin.core.badges.service import event_layout
    from checkin.core.store.sqlite import SQLiteStore

    store = SQLiteStore.open(tmp_path / "e.db")
    try:
        assert event_layout(store).name == "Default"
        store.set_meta("event_name", "Strategiekonferenz – Industrie der ZUKUNFT")
        assert event_layout(store).name == "Strategiekonferenz"
        store.set_meta("badge_layout", "default")  # the event's own choice
        assert event_layout(store).name == "Default"
        assert event_layout(store, "strategiekonferenz").name == "Strategiekonferenz"
    finally:
        store.close()
