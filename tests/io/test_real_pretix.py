"""Every real pretix export (tests/fixtures/real/pretix) through the CLI, against pretix's
own truth: every attendee field, status, check-ins at the right list, attention text; then
every ticket payload decoded from pretix's ticket PDFs, and every order code, replayed at
the door. No payload may be admitted that pretix would refuse."""

from __future__ import annotations

import json

import pytest

from checkin.cli import main
from checkin.core.io import CheckinListNeeded, ListFileError, parse_list
from checkin.core.io.lists import propose_list
from checkin.core.model import VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.sqlite import SQLiteStore
from tests.conftest import FakeClock
from tests.pretix_truth import (
    REAL,
    check_store,
    expected_verdicts,
    export,
    export_files,
    truth,
)

CASES = [
    pytest.param(export(e, f), door, id=f"{f}@{door}")
    for e, f in export_files()
    for door in export(e, f).doors()
]


def imported(tmp_path, ex, door, capsys):
    db = tmp_path / "event.db"
    argv = ["import", str(ex.path), "--db", str(db), "--json"]
    if ex.kind == "orders":
        argv += ["--checkin-list", door]
    assert main(argv) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    return db, lines[0]


@pytest.mark.parametrize(("ex", "door"), CASES)
def test_real_export_imports_as_pretix_holds_it(tmp_path, capsys, ex, door):
    db, summary = imported(tmp_path, ex, door, capsys)
    listed = ex.listed()
    assert summary["format"].startswith("pretix")
    assert summary["inserted"] == len(listed)
    assert summary["rejected"] == 0
    if ex.kind == "orders":
        assert summary["checkin_list"] == door
        assert set(summary["checkin_lists"]) <= set(ex.lists)
        assert any(door in note for note in summary["notes"])
    if ex.name.endswith("orders.xlsx"):  # the combined workbook: its positions sheet
        assert any("sheet" in note and "was read" in note for note in summary["notes"])
    store = SQLiteStore.open(db)
    try:
        check_store(ex, store, door)
    finally:
        store.close()


@pytest.mark.parametrize(("ex", "door"), CASES)
def test_every_payload_gets_pretix_verdict_at_the_door(tmp_path, capsys, ex, door):
    db, _summary = imported(tmp_path, ex, door, capsys)
    listed_codes = {p["order_code"] for p in ex.listed()}
    listed_secrets = {p["secret"] for p in ex.listed()}
    store = SQLiteStore.open(db)
    service = CheckInService(store, FakeClock())
    try:
        for payload in truth(ex.event)["payloads"]:
            listed = (
                payload["order_code"] in listed_codes
                if payload["kind"] == "order_code"
                else payload["payload"] in listed_secrets
            )
            owed = expected_verdicts(ex, payload, door, listed)
            verdict = service.scan(payload["payload"], "Haupteingang", "Test")
            assert verdict.kind in owed, (payload, door, verdict.kind, verdict.detail)
            # Never a false admission: admitted only where pretix says "ok".
            if verdict.admits:
                assert payload["pretix"][door]["status"] == "ok"
            if verdict.kind is VerdictKind.AMBIGUOUS:  # an order code: its tickets to pick
                assert verdict.order_code == payload["payload"]
                orders = {
                    c.extra.get("Order code") or c.extra.get("Bestellnummer")
                    for c in verdict.candidates
                }
                assert orders == {payload["payload"]}
            if verdict.kind is VerdictKind.NOT_PAID:
                assert verdict.attendee is not None and verdict.attendee.full_name
            if verdict.admits:
                position = next(p for p in ex.listed() if p["secret"] == payload["payload"])
                assert verdict.name_missing == (
                    not position["attendee_name"] and ex.kind == "orders"
                )
    finally:
        store.close()


def test_orders_export_naming_several_lists_is_refused_until_the_door_is_chosen():
    """No default among several lists: the most used one here is the evening reception."""
    path = REAL / "fachtagung-de-orders-positions-semicolon.csv"
    with pytest.raises(CheckinListNeeded) as refused:
        parse_list(path)
    assert refused.value.lists[0] == "Vorabendempfang"  # the most used: not this door
    assert set(refused.value.lists) == {"Haupteingang", "Vorabendempfang"}
    parsed = parse_list(path, checkin_list="haupteingang")  # case and spaces as typed
    assert parsed.checkin_list == "Haupteingang"
    assert any("history" in w and "Vorabendempfang" in w for w in parsed.warnings)


@pytest.mark.parametrize(
    "name",
    [n for _e, n in export_files() if "-orders" in n],
)
def test_cli_refuses_an_orders_export_without_the_door_and_names_the_lists(tmp_path, capsys, name):
    db = tmp_path / "event.db"
    assert main(["import", str(REAL / name), "--db", str(db)]) == 1
    said = capsys.readouterr().err
    ex = export(next(e for e, n in export_files() if n == name), name)
    used = {lst for p in ex.listed() for lst in p["checkins"]}
    assert len(used) > 1
    assert all(repr(lst) in said for lst in used), said
    assert "--checkin-list" in said and "Nothing was imported" in said
    assert not db.exists() and not list(tmp_path.iterdir())  # no event, no staged file


def test_unknown_door_list_is_refused_with_the_lists_the_file_names():
    with pytest.raises(ListFileError, match="Haupteingang"):
        parse_list(REAL / "fachtagung-en-orders-positions-default.csv", checkin_list="Bar")


def test_orders_sheet_alone_is_refused_not_read_as_guests(tmp_path):
    with pytest.raises(ListFileError, match="Bestellzeilen"):
        parse_list(REAL / "fachtagung-de-orders.xlsx", sheet="Bestellungen")


def test_check_in_list_without_secrets_says_what_to_export_instead():
    parsed = parse_list(REAL / "summit-en-checkin-main-nosecret.csv")
    assert any("Include QR-code secret" in w for w in parsed.warnings)


def test_proposal_and_import_share_one_mapping():
    """The dialog shows `propose_list`; the import uses the same detection."""
    for _event, name in export_files():
        path = REAL / name
        proposal = propose_list(path)
        several = len(proposal.checkin_lists) > 1
        assert several == ("-orders" in name), name
        # Several lists: the dialog proposes none, the person chooses (here the last).
        assert proposal.checkin_list == ("" if several else proposal.checkin_list), name
        door = proposal.checkin_lists[-1] if several else proposal.checkin_list or None
        parsed = parse_list(path, checkin_list=door)
        assert proposal.mapping == parsed.mapping, name
        assert proposal.source_format == parsed.source_format, name
        assert parsed.checkin_list == (door or ""), name
        assert proposal.table.sheet == parsed.sheet, name
        # pretix's secret is the code; the order code never is.
        codes = [h for h, f in proposal.mapping.items() if f == "code"]
        assert codes in (["Secret"], ["Ticket secret"], ["Ticket-Code"], []), name
        assert "order_code" in proposal.mapping.values(), name


def test_zone_less_times_are_read_in_the_events_time_zone(tmp_path):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from checkin.core.event import Event, save_event
    from checkin.core.importing import import_list

    path = REAL / "summit-en-checkin-main-secret.csv"  # "2026-12-04 09:12", no zone
    (kim,) = [p for p in truth("summit")["positions"] if p["attendee_name"] == "Kim Park"]
    for zone, expected in (
        ("", datetime(2026, 12, 4, 9, 12, tzinfo=ZoneInfo("Europe/Berlin"))),  # the default
        ("Europe/Berlin", datetime(2026, 12, 4, 9, 12, tzinfo=ZoneInfo("Europe/Berlin"))),
        ("America/New_York", datetime(2026, 12, 4, 9, 12, tzinfo=ZoneInfo("America/New_York"))),
    ):
        store = SQLiteStore.open(tmp_path / f"{zone.replace('/', '-') or 'default'}.db")
        try:
            if zone:
                save_event(store, Event(name="Casting Summit", timezone=zone))
            import_list(store, path)
            (a,) = store.find_by_code(kim["secret"])
            assert a.checked_in is not None and a.checked_in.at == expected, zone
        finally:
            store.close()
    # pretix's truth: the check-in happened at 09:12 in Leipzig.
    assert datetime.fromisoformat(kim["checkins"]["Main entrance"][0]) == datetime(
        2026, 12, 4, 9, 12, tzinfo=ZoneInfo("Europe/Berlin")
    )
