"""The seams to parts other engineers build (search heuristics, dashboard, badge printing).

Each is looked up when the window is built; a missing part degrades to a
disabled action with a tooltip instead of breaking the desk.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from checkin.core.model import Attendee
from checkin.core.store.base import Store

if TYPE_CHECKING:
    from checkin.qt.settings import DeskSettings


_FALLBACK_NAME = re.compile(r"^[^\W\d_]{2,}([ '\-.][^\W\d_]*)*$")


def looks_like_name_query(text: str) -> bool:
    """Letters that are clearly a name, not a code (the core's heuristic when present)."""
    try:
        from checkin.core.search import looks_like_name_query as core_rule
    except ImportError:
        return bool(_FALLBACK_NAME.match(text)) and not text.isupper()
    return core_rule(text)


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def dashboard_available() -> bool:
    return _module_exists("checkin.qt.widgets.dashboard")


def make_dashboard(
    store: Store, clock: Callable[[], datetime], parent: QWidget | None
) -> QWidget | None:
    """The exports engineer's dashboard, or None while it is missing or broken."""
    if not dashboard_available():
        return None
    try:
        from checkin.qt.widgets import dashboard as module
    except ImportError:
        return None
    factory = getattr(module, "Dashboard", None) or getattr(module, "DashboardWidget", None)
    if factory is None:
        return None
    widget: QWidget = factory(store, clock)
    if parent is not None:
        widget.setParent(parent)
    return widget


def printing_available() -> bool:
    return _module_exists("checkin.qt.printing") and _module_exists("checkin.core.badges.service")


def print_badge(
    parent: QWidget,
    store: Store,
    attendee: Attendee,
    settings: DeskSettings,
    clock: Callable[[], datetime],
    qsettings: QSettings | None = None,
    automatic: bool = False,
) -> str:
    """Start printing one badge; returns a message for the status bar ("" when nothing to say)."""
    if not printing_available():
        return QCoreApplication.translate("Integrations", "Badge printing is not installed yet")
    from checkin.qt import printing

    return printing.print_badge_for(
        parent,
        store,
        attendee,
        desk=settings.desk,
        operator=settings.operator,
        clock=clock,
        qsettings=qsettings,
        automatic=automatic,
    )


def open_batch_print(
    parent: QWidget,
    store: Store,
    settings: DeskSettings,
    clock: Callable[[], datetime],
    qsettings: QSettings | None = None,
) -> QWidget | None:
    if not printing_available():
        return None
    from checkin.qt.badge_dialogs import open_batch_print as open_dialog

    return open_dialog(
        parent,
        store,
        desk=settings.desk,
        operator=settings.operator,
        clock=clock,
        qsettings=qsettings,
    )


def ask_printer_settings(parent: QWidget, qsettings: QSettings) -> None:
    if printing_available():
        from checkin.qt.badge_dialogs import PrintSettingsDialog

        PrintSettingsDialog.ask(qsettings, parent)
