"""Turn a typed Verdict into what the desk shows: a tone (colour), words and a note.

The core decides; this module only words the decision in the current language,
so the same verdict reads "Willkommen" at a German desk and "Welcome" elsewhere.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from checkin.core.model import Status, Verdict, VerdictKind
from checkin.qt.event_time import local


class Tone(enum.Enum):
    READY = "ready"
    GOOD = "good"
    WARN = "warn"
    STOP = "stop"


@dataclass(frozen=True)
class BannerContent:
    tone: Tone
    #: A glyph that carries the meaning without colour (✓, !, ✗).
    symbol: str
    title: str
    subtitle: str = ""
    attention: str = ""
    #: The code as it was read and the time of the scan: every scan reads differently,
    #: so staff see that the second of two unknown codes registered.
    stamp: str = ""


# The desk and operator an import records for a check-in the list itself carries.
IMPORTED_DESK, IMPORTED_OPERATOR = "list", "import"


def desk_label(desk: str) -> str:
    """A desk's name as the window shows it: the import's "list" in the desk's language."""
    if desk == IMPORTED_DESK:
        return QCoreApplication.translate("Verdict", "imported list")
    return desk


def ready_content() -> BannerContent:
    return BannerContent(
        Tone.READY,
        "▸",
        QCoreApplication.translate("Verdict", "Ready"),
        QCoreApplication.translate("Verdict", "Scan a code or type a name"),
    )


def format_time(at: datetime, now: datetime | None = None) -> str:
    """09:14 for today, 22.05. 09:14 for another day: the desk reads times aloud."""
    shown = local(at)
    if now is not None and shown.date() != local(now).date():
        return shown.strftime("%d.%m. %H:%M")
    return shown.strftime("%H:%M")


#: Longer inputs (a whole ticket URL) are shown shortened in the middle.
_STAMP_CHARS = 48


def shown_input(raw: str) -> str:
    """The scanner's input as a person can read it: one line, invisible characters shown."""
    text = "".join(c if c.isprintable() else "·" for c in raw.strip())
    if len(text) > _STAMP_CHARS:
        half = (_STAMP_CHARS - 1) // 2
        text = f"{text[:half]}…{text[-half:]}"
    return text


def stamp(verdict: Verdict, now: datetime | None = None) -> str:
    at = verdict.at or now
    when = local(at) if at is not None else None
    return QCoreApplication.translate("Verdict", "Read: {code} · {time}").format(
        code=shown_input(verdict.input) or "–",
        time=when.strftime("%H:%M:%S") if when is not None else "",
    )


def describe(verdict: Verdict, now: datetime | None = None) -> BannerContent:
    read = stamp(verdict, now)
    if verdict.offline:  # decided by this desk from its copy: the server learns it later
        read += "  ·  " + QCoreApplication.translate(
            "Verdict", "⚡ offline – sent once the server answers"
        )
    return replace(_describe(verdict, now), stamp=read)


def _describe(verdict: Verdict, now: datetime | None = None) -> BannerContent:
    kind = verdict.kind
    person = verdict.attendee
    # The note itself (VIP, accessibility), in the banner; no note, no words.
    attention = person.attention_note.strip() if person is not None else ""
    if kind is VerdictKind.ADMITTED and person is not None and verdict.name_missing:
        return BannerContent(
            Tone.WARN,
            "✓",
            QCoreApplication.translate("Verdict", "Admitted – name missing"),
            QCoreApplication.translate(
                "Verdict", "Ask the guest's name and enter it before the badge prints"
            ),
            attention,
        )
    if kind is VerdictKind.NOT_PAID:
        name = (person.display_name if person is not None else "") or verdict.code
        return BannerContent(
            Tone.STOP,
            "✗",
            QCoreApplication.translate("Verdict", "Not paid"),
            QCoreApplication.translate(
                "Verdict", "{name}: the registration is not paid; a person may admit anyway"
            ).format(name=name),
            attention,
        )
    if kind is VerdictKind.NOT_APPROVED:
        name = (person.display_name if person is not None else "") or verdict.code
        return BannerContent(
            Tone.STOP,
            "✗",
            QCoreApplication.translate("Verdict", "Not approved"),
            QCoreApplication.translate(
                "Verdict",
                "{name}: the registration awaits the organiser's approval; a person may "
                "admit anyway",
            ).format(name=name),
            attention,
        )
    if kind is VerdictKind.ADMITTED and person is not None:
        details = " · ".join(p for p in (person.category, person.company) if p)
        return BannerContent(
            Tone.GOOD,
            "✓",
            QCoreApplication.translate("Verdict", "Welcome, {name}").format(
                name=person.display_name or person.code
            ),
            details,
            attention,
        )
    if kind is VerdictKind.ALREADY_CHECKED_IN:
        name = person.display_name if person is not None else verdict.code
        if verdict.previous is not None and (
            verdict.previous.desk,
            verdict.previous.operator,
        ) == (IMPORTED_DESK, IMPORTED_OPERATOR):
            title = QCoreApplication.translate(
                "Verdict", "Already checked in according to the imported list ({time})"
            ).format(time=format_time(verdict.previous.at, now))
        elif verdict.previous is not None:
            prev = verdict.previous
            title = (
                QCoreApplication.translate(
                    "Verdict", "Already checked in at {time}, {desk} ({operator})"
                )
                if prev.operator
                else QCoreApplication.translate("Verdict", "Already checked in at {time}, {desk}")
            ).format(time=format_time(prev.at, now), desk=prev.desk, operator=prev.operator)
        else:
            title = QCoreApplication.translate("Verdict", "Already checked in")
        return BannerContent(Tone.WARN, "!", title, name, attention)
    if kind is VerdictKind.CANCELLED:
        name = person.display_name if person is not None else verdict.code
        if person is not None and person.status is Status.REMOVED:
            return BannerContent(
                Tone.STOP,
                "✗",
                QCoreApplication.translate("Verdict", "Not on the list any more"),
                QCoreApplication.translate(
                    "Verdict", "{name} was removed from the attendee list: ask the organiser"
                ).format(name=name),
            )
        return BannerContent(
            Tone.STOP,
            "✗",
            QCoreApplication.translate("Verdict", "Cancelled"),
            QCoreApplication.translate("Verdict", "{name}: registration cancelled").format(
                name=name
            ),
        )
    if kind is VerdictKind.AMBIGUOUS and verdict.order_code:
        return BannerContent(
            Tone.STOP,
            "?",
            QCoreApplication.translate("Verdict", "Order {order}: {count} tickets").format(
                order=verdict.order_code, count=len(verdict.candidates)
            ),
            QCoreApplication.translate(
                "Verdict", "An order code is no ticket: choose the guest below and press Enter"
            ),
        )
    if kind is VerdictKind.AMBIGUOUS:
        return BannerContent(
            Tone.STOP,
            "?",
            QCoreApplication.translate("Verdict", "Code belongs to several people"),
            QCoreApplication.translate(
                "Verdict", "Choose the guest in the list below and press Enter"
            ),
        )
    if kind is VerdictKind.UNKNOWN:
        if verdict.typo_suspected:
            return BannerContent(
                Tone.STOP,
                "✗",
                QCoreApplication.translate("Verdict", "Typo? Check the code"),
                QCoreApplication.translate("Verdict", "Code {code}").format(
                    code=verdict.code or verdict.input
                ),
            )
        return BannerContent(
            Tone.STOP,
            "✗",
            QCoreApplication.translate("Verdict", "Unknown code"),
            QCoreApplication.translate("Verdict", "Search the guest by name (F2)"),
        )
    return BannerContent(
        Tone.STOP,
        "✗",
        QCoreApplication.translate("Verdict", "Invalid input"),
        QCoreApplication.translate("Verdict", "Scan again or search by name (F2)"),
    )
