from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from checkin.core.model import Attendee, CheckInState, Verdict, VerdictKind
from checkin.qt.verdict_text import Tone, describe
from checkin.qt.widgets.verdict_banner import VerdictBanner

NOW = datetime(2026, 5, 22, 9, 30, tzinfo=timezone(timedelta(hours=2)))
GUEST = Attendee(
    code="K7QW",
    title="Prof. Dr.",
    first_name="Eberhard",
    last_name="Westkämper",
    category="Ehrengast",
    company="Fraunhofer",
    attention=True,
    attention_note="Begleitung durch Frau Weber",
    id=1,
)


@pytest.mark.parametrize(
    ("verdict", "tone", "words"),
    [
        (
            Verdict(VerdictKind.ADMITTED, "K7QW", "K7QW", GUEST),
            Tone.GOOD,
            "Welcome, Prof. Dr. Eberhard Westkämper",
        ),
        (
            Verdict(
                VerdictKind.ALREADY_CHECKED_IN,
                "K7QW",
                "K7QW",
                GUEST,
                previous=CheckInState(NOW.replace(hour=9, minute=14), "Desk 2", "Anna"),
            ),
            Tone.WARN,
            "Already checked in at 09:14, Desk 2 (Anna)",
        ),
        (Verdict(VerdictKind.UNKNOWN, "XX"), Tone.STOP, "Unknown code"),
        (
            Verdict(VerdictKind.UNKNOWN, "XX", typo_suspected=True),
            Tone.STOP,
            "Typo? Check the code",
        ),
        (Verdict(VerdictKind.CANCELLED, "K7QW", "K7QW", GUEST), Tone.STOP, "Cancelled"),
        (
            Verdict(VerdictKind.AMBIGUOUS, "K7QW", "K7QW"),
            Tone.STOP,
            "Code belongs to several people",
        ),
        (Verdict(VerdictKind.INVALID, "\x00"), Tone.STOP, "Invalid input"),
    ],
)
def test_every_verdict_has_words_colour_and_symbol(qtbot, verdict, tone, words):
    banner = VerdictBanner()
    qtbot.addWidget(banner)
    content = describe(verdict, NOW)
    banner.show_content(content)
    assert banner.tone is tone
    assert banner.title.text() == words
    assert banner.symbol.text()


def test_attention_note_is_shown(qtbot):
    banner = VerdictBanner()
    qtbot.addWidget(banner)
    banner.show()
    banner.show_content(describe(Verdict(VerdictKind.ADMITTED, "K7QW", "K7QW", GUEST), NOW))
    assert banner.attention.isVisible()
    assert "Frau Weber" in banner.attention.text()


def test_fades_back_to_ready(qtbot):
    banner = VerdictBanner(display_seconds=0.1)
    qtbot.addWidget(banner)
    banner.show_content(describe(Verdict(VerdictKind.UNKNOWN, "XX"), NOW))
    assert banner.tone is Tone.STOP
    with qtbot.waitSignal(banner.becameReady, timeout=3000):
        pass
    assert banner.tone is Tone.READY
