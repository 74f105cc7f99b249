"""Real registration systems' exports (fixtures shaped after their exporter source)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from checkin.core.io import parse_list
from checkin.core.model import DEFAULT_TIMEZONE, Category, Status

FIXTURES = Path(__file__).parent / "fixtures"


def by_last_name(path: Path):
    parsed = parse_list(path)
    return parsed, {r.attendee.last_name: r for r in parsed.rows}


def test_pretix_orders_export():
    parsed, rows = by_last_name(FIXTURES / "pretix_orders.csv")
    assert parsed.source_format == "pretix orders"
    assert len(parsed.rows) == 5
    assert parsed.problems == []
    anja = rows["Böhme"].attendee
    assert (anja.title, anja.first_name, anja.company) == ("Dr.", "Anja", "Elbtal Robotik GmbH")
    # Without a ticket secret, order code + position names the ticket of a group order.
    assert anja.code == "Q7MNA-1"
    assert rows["Krüger"].attendee.code == "Q7MNA-2"
    # The attendee's own e-mail first, the order's e-mail where the attendee gave none.
    assert anja.email == "a.boehme@elbtal-robotik.example"
    assert rows["Krüger"].attendee.email == "einkauf@elbtal-robotik.example"
    assert rows["Wiśniewski"].attendee.title == "mgr inż."
    assert rows["Wiśniewski"].attendee.category == "Aussteller"
    assert rows["Wiśniewski"].attendee.status is Status.UNPAID  # pretix refuses it: not paid
    assert rows["Öztürk"].attendee.status is Status.CANCELLED
    assert rows["Dvořák"].attendee.status is Status.CANCELLED  # expired
    # A quoted comment with a line break: the next record starts two lines further down.
    assert rows["Öztürk"].line == 5
    assert rows["Dvořák"].line == 7
    assert rows["Öztürk"].attendee.extra["Order comment"] == "Bitte Rechnung an\nBuchhaltung"
    assert rows["Böhme"].attendee.extra["Pseudonymization ID"] == "XK3PDL"


def test_pretix_checkin_list_keeps_recorded_checkins():
    parsed, rows = by_last_name(FIXTURES / "pretix_checkin.csv")
    assert parsed.source_format == "pretix check-in list"
    assert len(parsed.rows) == 4
    anja = rows["Böhme"]
    assert anja.attendee.code == "u8zqe3nxgxk4n2c7cbwt5vfk8kpa6hfr"  # the secret, not the order
    assert anja.checked_in_at is not None
    local = anja.checked_in_at
    assert (local.year, local.month, local.day, local.hour, local.minute) == (2017, 3, 7, 9, 12)
    assert local.tzinfo is not None
    assert rows["Wiśniewski"].checked_in_at.hour == 12  # "12:47 p.m."
    assert rows["Krüger"].checked_in_at is None
    assert rows["Wiśniewski"].attendee.attention is True
    assert rows["Dulig"].attendee.attention is True
    assert rows["Dulig"].attendee.category == Category.VIP
    assert rows["Böhme"].attendee.attention is False


def test_eventbrite_attendee_report_english():
    parsed, rows = by_last_name(FIXTURES / "eventbrite_attendees.csv")
    assert parsed.source_format == "Eventbrite attendee report"
    assert len(parsed.rows) == 5
    huong = rows["Nguyễn"].attendee
    assert (huong.first_name, huong.code) == ("Thị Thu Hương", "589201347712456001001")
    assert huong.function == "Vorsitzende"
    assert huong.category == "Teilnehmer"
    assert rows["Trần"].checked_in_at is not None  # Attendee Status "Checked In"
    assert rows["Trần"].attendee.status is Status.ACTIVE
    assert rows["Hähnel"].attendee.status is Status.CANCELLED  # Not Attending
    assert rows["Kieselstein"].attendee.status is Status.CANCELLED  # Refunded
    assert rows["Kieselstein"].attendee.company == "Kieselstein International GmbH, Chemnitz"
    # The order number is shared by a group: it is kept, but never as anyone's code.
    assert "Order #" not in parsed.mapping
    assert huong.extra["Order #"] == "589201347"
    assert parsed.mapping.get("Group") is None


def test_eventbrite_attendee_report_german():
    parsed, rows = by_last_name(FIXTURES / "eventbrite_attendees_de.csv")
    assert parsed.source_format == "Eventbrite attendee report (German)"
    assert rows["Pfützner"].attendee.code == "601122334720001001001"
    assert rows["Pfützner"].attendee.function == "Technischer Leiter"
    assert rows["Pfützner"].attendee.company == "Chemnitzer Werkzeugmaschinen KG"
    assert rows["Procházková"].checked_in_at is not None  # "Eingecheckt"
    assert rows["Lötzsch"].attendee.status is Status.CANCELLED  # "Erstattet"
    assert rows["Pfützner"].attendee.extra["Gesamtbetrag"] == "0,00"


def test_xing_events_windows_1252():
    parsed, rows = by_last_name(FIXTURES / "xing_events.csv")
    assert parsed.source_format == "XING Events"
    assert parsed.encoding == "cp1252"
    assert parsed.delimiter == ";"
    assert parsed.problems == []
    assert rows["Weiß"].attendee.first_name == "Jördis"
    assert rows["Weiß"].checked_in_at is not None
    assert (rows["Weiß"].checked_in_at.hour, rows["Weiß"].checked_in_at.minute) == (8, 47)
    assert rows["Straßburger"].checked_in_at is None
    assert rows["Rößler"].attendee.title == "Prof. Dr.-Ing. habil."
    assert rows["Fröhlich"].attendee.status is Status.CANCELLED
    assert rows["Weiß"].attendee.code == "XE-4471-0001"
    assert rows["Weiß"].attendee.extra["Anrede"] == "Frau"


def test_indico_registrations():
    parsed, rows = by_last_name(FIXTURES / "indico_registrations.csv")
    assert parsed.source_format == "Indico registrations"
    assert rows["Zielińska"].attendee.code == "17"
    assert rows["Zielińska"].attendee.company == "Forschungszentrum Leichtbau Freiberg"
    assert rows["Zielińska"].checked_in_at == datetime(
        2017, 3, 7, 9, 2, 44, tzinfo=DEFAULT_TIMEZONE
    )
    assert rows["Horák"].checked_in_at is None
    assert rows["Çelik"].attendee.status is Status.CANCELLED  # withdrawn
    assert rows["Pawłowska"].attendee.status is Status.CANCELLED  # rejected
    assert rows["Große-Wächter"].attendee.status is Status.UNAPPROVED  # pending: not approved
    assert rows["Große-Wächter"].attendee.title == "Prof."


def test_hi_events_xlsx_export():
    parsed, rows = by_last_name(FIXTURES / "hievents_attendees.xlsx")
    assert parsed.source_format == "Hi.Events attendees"
    assert parsed.format == "xlsx"
    assert rows["Kaya"].attendee.code == "A-KX8Q2MZT"
    assert rows["Kaya"].checked_in_at == datetime(2017, 3, 7, 8, 55, 12, tzinfo=DEFAULT_TIMEZONE)
    assert rows["Kaya"].attendee.extra["Dietary requirements"] == "vegetarisch"
    assert "ID" not in parsed.mapping  # the database id is not the ticket's code
    assert rows["Růžička"].attendee.status is Status.CANCELLED
    assert rows["Vũ"].attendee.status is Status.UNPAID  # awaiting payment
    assert rows["Vũ"].attendee.attention_note == "Rollstuhl"


@pytest.mark.parametrize(
    "name",
    ["pretix_orders.csv", "pretix_checkin.csv", "eventbrite_attendees.csv", "xing_events.csv"],
)
def test_every_row_knows_its_source(name):
    parsed = parse_list(FIXTURES / name)
    for row in parsed.rows:
        assert row.attendee.source_file == name
        assert row.attendee.source_line == row.line
        assert row.attendee.id is None
