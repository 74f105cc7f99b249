"""Translated words for outcomes the core reports as kinds: failures and print results.

`describe_error` is the desk's one error policy: whatever an operation raised
(the store failing, a full disk, a file that cannot be read, a printer that
refused) becomes one `OperationError` with a translated sentence to show once,
never a traceback. Only an exception nobody expected is logged, as its type and
frames (not its message, which may hold a guest's name).

Every string is a literal `QCoreApplication.translate(context, "...")`, so
lupdate finds it.
"""

from __future__ import annotations

import enum
import errno
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from checkin.core.badges.cups import SpoolError, SpoolResult
from checkin.core.badges.layout import LayoutError
from checkin.core.badges.service import PrintOutcome
from checkin.core.badges.stock import StockError
from checkin.core.io.export.common import ExportError, ExportProblem
from checkin.core.io.listmodel import ListFileError, ParseCancelled
from checkin.core.model import Attendee, LogEntry
from checkin.core.store.base import NeedsServer, StoreError
from checkin.qt.event_time import local


class ErrorKind(enum.Enum):
    DISK_FULL = "disk_full"
    NO_PERMISSION = "no_permission"
    STORE_BUSY = "store_busy"
    NEEDS_SERVER = "needs_server"
    STORE = "store"
    FILE = "file"
    BADGE_SETUP = "badge_setup"
    PRINTER = "printer"
    UNEXPECTED = "unexpected"


@dataclass(frozen=True, slots=True)
class OperationError:
    """A failed operation, said once in the desk's language."""

    kind: ErrorKind
    # Translated, ready to show.
    message: str
    # The core's own words (English: for the log and the command line), no personal data.
    detail: str = ""

    @property
    def unexpected(self) -> bool:
        return self.kind is ErrorKind.UNEXPECTED


class PrintFailed(Exception):
    """Raised by work that printed, when the spooler refused: the policy words it."""

    def __init__(self, spool: SpoolResult) -> None:
        super().__init__(spool.message or str(spool.error))
        self.spool = spool


_SQLITE_FULL = getattr(sqlite3, "SQLITE_FULL", 13)
_SQLITE_READONLY = getattr(sqlite3, "SQLITE_READONLY", 8)
_SQLITE_BUSY = (getattr(sqlite3, "SQLITE_BUSY", 5), getattr(sqlite3, "SQLITE_LOCKED", 6))
_PG_DISK_FULL = "53100"


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _kind(exc: BaseException) -> ErrorKind:
    if isinstance(exc, ExportError):
        return {
            ExportProblem.DISK_FULL: ErrorKind.DISK_FULL,
            ExportProblem.NOT_ALLOWED: ErrorKind.NO_PERMISSION,
        }.get(exc.problem, ErrorKind.FILE)
    for link in _chain(exc):
        if isinstance(link, PrintFailed):
            return ErrorKind.PRINTER
        if isinstance(link, OSError) and link.errno in (errno.ENOSPC, errno.EDQUOT):
            return ErrorKind.DISK_FULL
        code = getattr(link, "sqlite_errorcode", None)
        if isinstance(code, int):
            if code & 0xFF == _SQLITE_FULL:
                return ErrorKind.DISK_FULL
            if code & 0xFF == _SQLITE_READONLY:
                return ErrorKind.NO_PERMISSION
            if code & 0xFF in _SQLITE_BUSY:
                return ErrorKind.STORE_BUSY
        if getattr(link, "sqlstate", None) == _PG_DISK_FULL:
            return ErrorKind.DISK_FULL
        if isinstance(link, OSError) and link.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return ErrorKind.NO_PERMISSION
    if isinstance(exc, NeedsServer):
        return ErrorKind.NEEDS_SERVER
    if isinstance(exc, StoreError):
        text = str(exc).lower()
        if " is full" in text:  # the backend said so without a code (e.g. after a retry)
            return ErrorKind.DISK_FULL
        if "read-only" in text:
            return ErrorKind.NO_PERMISSION
        return ErrorKind.STORE
    if isinstance(exc, LayoutError | StockError):
        return ErrorKind.BADGE_SETUP
    if isinstance(exc, ListFileError | ExportError | OSError):
        return ErrorKind.FILE
    return ErrorKind.UNEXPECTED


def is_cancellation(exc: BaseException) -> bool:
    """The core's own "stopped because asked" exceptions: a cancel, not a failure."""
    if isinstance(exc, ExportError):
        return exc.problem is ExportProblem.CANCELLED
    return isinstance(exc, ParseCancelled)


def describe_error(exc: BaseException) -> OperationError:
    """The one error policy: what to tell the person about `exc`, translated."""
    kind = _kind(exc)
    detail = str(exc) if kind is not ErrorKind.UNEXPECTED else type(exc).__name__
    if kind is ErrorKind.DISK_FULL:
        message = QCoreApplication.translate(
            "Operations",
            "The disk is full. Free some space and try again; nothing already saved is lost.",
        )
    elif kind is ErrorKind.NO_PERMISSION:
        message = QCoreApplication.translate(
            "Operations",
            "The file or folder may not be written (read-only or no permission). "
            "Choose another place or check the permissions.",
        )
    elif kind is ErrorKind.STORE_BUSY:
        message = QCoreApplication.translate(
            "Operations", "The event database is busy (another program is writing). Try again."
        )
    elif kind is ErrorKind.NEEDS_SERVER:
        message = QCoreApplication.translate(
            "Operations",
            "This needs the server, which does not answer: nothing was changed. Scanning "
            "goes on; try again once the status bar says “Online”.",
        )
    elif kind is ErrorKind.STORE:
        message = QCoreApplication.translate(
            "Operations",
            "The event database failed; what was not yet saved was not changed. "
            "Call the organiser if it happens again.",
        )
    elif kind is ErrorKind.PRINTER:
        spool = next(link.spool for link in _chain(exc) if isinstance(link, PrintFailed))
        message = spool_text(spool)
    elif isinstance(exc, ExportError) and exc.problem is ExportProblem.MISSING_FOLDER:
        message = QCoreApplication.translate(
            "Operations", "The folder {folder} does not exist; choose an existing folder."
        ).format(folder=exc.path.parent)
    elif kind is ErrorKind.BADGE_SETUP:
        message = QCoreApplication.translate(
            "Operations", "The badge layout or paper cannot be used: {reason}"
        ).format(reason=exc)
    elif kind is ErrorKind.FILE:
        message = QCoreApplication.translate(
            "Operations", "The file could not be used: {reason}"
        ).format(reason=exc)
    else:
        message = QCoreApplication.translate(
            "Operations",
            "Something went wrong ({error}); nothing more was changed. The details are in the log.",
        ).format(error=type(exc).__name__)
    return OperationError(kind, message, detail)


# -- badge printing ------------------------------------------------------------------


def printed_note(entry: LogEntry | None) -> str:
    """ "Badge already printed at 09:14 (Desk 2)", or "" when never printed."""
    if entry is None:
        return ""
    return QCoreApplication.translate("badges", "Badge already printed at {time} ({desk})").format(
        time=local(entry.at).strftime("%H:%M"), desk=entry.desk
    )


def spool_text(result: SpoolResult) -> str:
    if result.ok:
        return QCoreApplication.translate("badges", "Sent to {printer}").format(
            printer=result.printer
        )
    texts = {
        SpoolError.NO_CUPS: QCoreApplication.translate(
            "badges", "No print system found; export the badge as PDF instead."
        ),
        SpoolError.NOT_FOUND: QCoreApplication.translate(
            "badges", "Printer {printer} not found: is it switched on and connected?"
        ),
        SpoolError.DISABLED: QCoreApplication.translate(
            "badges", "Printer {printer} is paused or has a problem (paper? ribbon?)."
        ),
        SpoolError.NOT_ACCEPTING: QCoreApplication.translate(
            "badges", "Printer {printer} does not accept jobs right now."
        ),
        SpoolError.FAILED: QCoreApplication.translate("badges", "Printing on {printer} failed."),
        SpoolError.TIMEOUT: QCoreApplication.translate(
            "badges", "The print system did not answer; try again."
        ),
    }
    assert result.error is not None
    return texts[result.error].format(
        printer=result.printer or QCoreApplication.translate("badges", "(none)")
    )


def outcome_text(outcome: PrintOutcome) -> str:
    """What the desk shows after a badge print, one distinct sentence per outcome
    (printed to a queue, saved as a PDF, failed and why); never blocks the check-in."""
    name = outcome.attendee.display_name or outcome.attendee.code
    if outcome.no_badge:
        return QCoreApplication.translate("badges", "No badge for this category.")
    if outcome.saved_to:
        return QCoreApplication.translate("badges", "Badge for {name} saved as PDF: {path}").format(
            name=name, path=outcome.saved_to
        )
    if outcome.spool.ok:
        return QCoreApplication.translate("badges", "Badge for {name} printed to {printer}").format(
            name=name, printer=outcome.spool.printer
        )
    return print_failed_text(outcome.attendee, spool_text(outcome.spool))


def print_failed_text(attendee: Attendee, why: str) -> str:
    """ "Badge for Anna Müller failed: why" (the spooler refused, or no badge could be made)."""
    return QCoreApplication.translate("badges", "Badge for {name} failed: {why}").format(
        name=attendee.display_name or attendee.code, why=why
    )
