"""Before Ctrl+P prints one badge: would a name be cut or a character go missing?

The same preflight the batch dialog runs, for the one guest at the desk (a few
milliseconds); a serious problem asks before the badge is printed, so the person
can correct the name (Ctrl+E) instead of handing out a badge that reads "Prof. Dr.
Hans-Joachim Müller-Lüden…".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from checkin.core.badges import IssueKind, preflight
from checkin.core.badges.layout import LayoutError
from checkin.core.badges.preflight import PreflightIssue
from checkin.core.badges.service import event_from_store
from checkin.core.badges.stock import StockError
from checkin.core.model import Attendee
from checkin.core.store.base import Store, StoreError
from checkin.qt.dialogs.questions import Confirm


def serious_issues(store: Store, attendee: Attendee, qsettings: QSettings) -> list[PreflightIssue]:
    """What would go wrong on this guest's badge; [] when the layout itself cannot load
    (printing then says why) or the store cannot be read."""
    from checkin.qt.printing import BadgeSettings

    try:
        event = event_from_store(store)
        layout, stock = BadgeSettings.load(qsettings).resolve(event["name"])
        issues = preflight([attendee], layout, stock, event=event)
    except (LayoutError, StockError, StoreError):
        return []
    return [issue for issue in issues if issue.serious]


def issue_words(issue: PreflightIssue) -> str:
    if issue.kind is IssueKind.CUT:
        return QCoreApplication.translate("PrintCheck", "“{text}” would be cut off").format(
            text=issue.detail
        )
    if issue.kind is IssueKind.LEFT_OUT:
        return QCoreApplication.translate(
            "PrintCheck", "only “{text}” fits, the rest is left out"
        ).format(text=issue.detail)
    if issue.kind is IssueKind.MISSING_GLYPH:
        return QCoreApplication.translate("PrintCheck", "“{chars}” cannot be printed").format(
            chars=issue.detail
        )
    return QCoreApplication.translate(
        "PrintCheck", "the text would be too small to read ({size} pt)"
    ).format(size=issue.size)


def badge_fits_or_confirmed(
    parent: QWidget, store: Store, attendee: Attendee, qsettings: QSettings
) -> bool:
    """True when the badge prints well, or the person chose to print it anyway."""
    issues = serious_issues(store, attendee, qsettings)
    if not issues:
        return True
    problems = "\n".join(f"• {issue_words(issue)}" for issue in issues)
    return Confirm.ask(
        parent,
        QCoreApplication.translate("PrintCheck", "Check the badge"),
        QCoreApplication.translate(
            "PrintCheck",
            "On the badge of {name}:\n{problems}\n\nPrint it anyway? "
            "(Edit guest, Ctrl+E, corrects the name.)",
        ).format(name=attendee.display_name or attendee.code, problems=problems),
    )
