"""Strings that reach `QCoreApplication.translate` through a helper lupdate cannot see.

`checkin/qt/badge_dialogs.py` translates its printer messages via `_tr(text)`;
listing them here with QT_TRANSLATE_NOOP puts them into the `.ts` catalogues so
the desk shows them in German too. Drop an entry once its call site uses a
literal `QCoreApplication.translate("badges", "...")`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

BADGE_MESSAGES = (
    QT_TRANSLATE_NOOP("badges", "Badge already printed at {time} ({desk})"),
    QT_TRANSLATE_NOOP("badges", "Sent to {printer}"),
    QT_TRANSLATE_NOOP("badges", "No print system found; export the badge as PDF instead."),
    QT_TRANSLATE_NOOP("badges", "Printer {printer} not found: is it switched on and connected?"),
    QT_TRANSLATE_NOOP("badges", "Printer {printer} is paused or has a problem (paper? ribbon?)."),
    QT_TRANSLATE_NOOP("badges", "Printer {printer} does not accept jobs right now."),
    QT_TRANSLATE_NOOP("badges", "Printing on {printer} failed."),
    QT_TRANSLATE_NOOP("badges", "The print system did not answer; try again."),
    QT_TRANSLATE_NOOP("badges", "(none)"),
    QT_TRANSLATE_NOOP("badges", "No badge for this category."),
)
