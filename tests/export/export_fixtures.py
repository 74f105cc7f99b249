"""Hand-built guests covering the awkward cases a real list brings."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pypdf
import pytest

from checkin.core.model import Attendee, Category, CheckInState, LogEntry, LogKind, Status
from checkin.core.names import attendee_key

BERLIN = ZoneInfo("Europe/Berlin")
UTC = ZoneInfo("UTC")


def at(hour: int, minute: int, second: int = 0) -> datetime:
    """A time on the event day, stored in UTC as a store might hand it back."""
    return datetime(2026, 5, 14, hour, minute, second, tzinfo=BERLIN).astimezone(UTC)


@pytest.fixture
def guests() -> list[Attendee]:
    return sorted(
        [
            Attendee(
                "A1",
                first_name="Anna",
                last_name="Nowak",
                title="Dr.",
                company="@home GmbH",
                category=Category.SPEAKER,
                email="anna@example.org",
                id=1,
                checked_in=CheckInState(at(8, 5), "D1", "maria"),
            ),
            Attendee(
                "A2",
                first_name="Jürgen",
                last_name="Müller; Sohn",
                company='Firma "Zukunft"\nzweite Zeile',
                category=Category.PARTICIPANT,
                id=2,
                checked_in=CheckInState(at(8, 20, 30), "D2", "tom"),
            ),
            Attendee(
                "A3",
                first_name="Zoë",
                last_name="Öztürk",
                company="=1+2",
                category=Category.PRESS,
                id=3,
            ),
            Attendee(
                "A4",
                first_name="Paul",
                last_name="Abel",
                company="+49 30 1234",
                category=Category.PARTICIPANT,
                status=Status.CANCELLED,
                id=4,
            ),
            Attendee(
                "A5",
                first_name="Iwona",
                last_name="Kühn",
                company="-minus",
                category=Category.PARTICIPANT,
                walk_in=True,
                id=5,
                checked_in=CheckInState(at(9, 1), "D1", "maria"),
            ),
        ],
        key=attendee_key,
    )


@pytest.fixture
def log_entries() -> list[LogEntry]:
    return [
        LogEntry(
            at(8, 5),
            LogKind.CHECKIN,
            "D1",
            "maria",
            raw_input="A1",
            result="admitted",
            attendee_id=1,
            code="A1",
        ),
        LogEntry(
            at(8, 6),
            LogKind.REJECTED,
            "D1",
            "maria",
            raw_input="=cmd|' /C calc'!A0",
            result="unknown",
        ),
        LogEntry(
            at(8, 20, 30),
            LogKind.CHECKIN,
            "D2",
            "tom",
            raw_input="A2",
            result="admitted",
            attendee_id=2,
            code="A2",
        ),
        LogEntry(
            at(8, 21), LogKind.UNDO, "D2", "tom", raw_input="", result="", attendee_id=2, code="A2"
        ),
        LogEntry(
            at(8, 22),
            LogKind.CHECKIN,
            "D2",
            "tom",
            raw_input="A2",
            result="admitted",
            attendee_id=2,
            code="A2",
        ),
        LogEntry(
            at(9, 1),
            LogKind.WALKIN,
            "D1",
            "maria",
            raw_input="",
            result="admitted",
            attendee_id=5,
            code="A5",
        ),
        LogEntry(
            at(9, 2),
            LogKind.BADGE_PRINTED,
            "D1",
            "maria",
            raw_input="",
            result="",
            attendee_id=5,
            code="A5",
        ),
    ]


def embedded_fonts(path: Path) -> set[str]:
    """Base names of every font a page uses, asserting each carries its font file."""
    names = set()
    for page in pypdf.PdfReader(path).pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
            names.add(str(font["/BaseFont"]).split("+", 1)[-1])
    return names
