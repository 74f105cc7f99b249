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
            Verdict(VerdictKind.ADMITTED, "K7QW", code="K7QW", attendee=GUEST),
            Tone.GOOD,
            "Welcome, Prof. Dr. Eberhard Westkämper",
        ),
        (
            Verdict(
                VerdictKind.ALREADY_CHECKED_IN,
                "K7QW",
                code="K7QW",
                attendee=GUEST,
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
        (
            Verdict(VerdictKind.CANCELLED, "K7QW", code="K7QW", attendee=GUEST),
            Tone.STOP,
            "Cancelled",
        ),
        (
            Verdict(VerdictKind.AMBIGUOUS, "K7QW", code="K7QW"),
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
    banner.show_content(
        describe(Verdict(VerdictKind.ADMITTED, "K7QW", code="K7QW", attendee=GUEST), NOW)
    )
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


@pytest.mark.parametrize("width", [1000, 760])
def test_a_long_name_and_note_shrink_to_fit_instead_of_being_cut(qtbot, width) -> None:
    banner = VerdictBanner()
    qtbot.addWidget(banner)
    banner.resize(width, banner.height())
    banner.show()
    guest = Attendee(
        code="K1",
        title="Prof. Dr.-Ing. habil.",
        first_name="Nguyễn Thị Minh",
        last_name="Khai-Hoàng",
        company="Sächsisches Staatsministerium für Wirtschaft, Arbeit und Verkehr",
        category="Ehrengast",
        attention=True,
        attention_note="Begleitung durch das Protokoll, bitte Frau Müller am Empfang "
        "informieren und Platz in Reihe 1 organisieren",
        id=1,
    )
    banner.show_content(
        describe(Verdict(VerdictKind.ADMITTED, "K1", code="K1", attendee=guest), NOW)
    )
    qtbot.waitExposed(banner)
    for label in (banner.title, banner.subtitle, banner.attention):
        # Each label is given at least the height its wrapped words need: nothing cut.
        assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert label.geometry().bottom() <= banner.height()
    short = Attendee(code="K2", first_name="Anna", last_name="Nowak", id=2)
    banner.show_content(
        describe(Verdict(VerdictKind.ADMITTED, "K2", code="K2", attendee=short), NOW)
    )
    assert banner.title.font().pointSize() == 30
