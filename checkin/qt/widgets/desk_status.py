"""What a desk on a server says about its link: online, or offline since when and how
many check-ins wait for the server; and the double admissions a sync reports.

The desk (`core.store.replica.DeskStore`) tells its state on the thread that changed
it (its probe in the background, or the scan); the state reaches these widgets
through a queued signal, so the GUI thread never waits on the network and never
asks the server anything here.
"""

from __future__ import annotations

import json
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from checkin.core.model import LogEntry
from checkin.core.store.base import DeskLink, DeskState, Store, StoreError
from checkin.qt.event_time import local
from checkin.qt.verdict_text import BannerContent, Tone, desk_label

#: A double admission stays in the status bar this long (ms), unless another comes.
NOTICE_MS = 180_000
OFFLINE_COLOURS = ("#ffb300", "#000000")
#: A desk whose clock is further off the server's than this says so (seconds). Its
#: events are stamped on the server's clock all the same (`DeskStore.now`).
CLOCK_WARN_S = 30.0
NOTICE_COLOURS = ("#fff176", "#000000")


def _coloured(label: QLabel, colours: tuple[str, str] | None) -> None:
    label.setAutoFillBackground(colours is not None)
    if colours is None:
        label.setPalette(QPalette())  # the application's again
        return
    pal = label.palette()
    pal.setColor(QPalette.ColorRole.Window, QColor(colours[0]))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(colours[1]))
    label.setPalette(pal)


def _hhmm(at: datetime) -> str:
    return local(at).strftime("%H:%M")


def _amount(seconds: float) -> str:
    """A clock's offset as people say it: "45 s", "10 min", "2 h 5 min"."""
    if seconds < 90:
        return f"{round(seconds)} s"
    minutes = round(seconds / 60)
    if minutes < 90:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60} min"


class DeskStatus(QLabel):
    """ "Online" / "Offline since 10:42 · 3 check-ins waiting", kept up to date by the desk."""

    #: From any thread (the desk's listener); delivered queued on the GUI thread.
    _stateArrived = Signal(object)
    #: On the GUI thread: double admissions a sync has just reported (LogEntry tuple).
    doublesReported = Signal(object)
    #: On the GUI thread, after the shown state changed (for tests).
    shown = Signal(object)

    def __init__(self, desk: DeskLink, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Connection to the server"))
        self.setContentsMargins(8, 0, 8, 0)
        self.state: DeskState | None = None
        self._stateArrived.connect(self._arrived, Qt.ConnectionType.QueuedConnection)
        self._unwatch = desk.watch_state(self._stateArrived.emit)
        self.destroyed.connect(self._unwatch)
        try:
            self._arrived(desk.state())
        except StoreError:
            pass

    def unwatch(self) -> None:
        """Stop listening (the window closes before the desk does)."""
        self._unwatch()

    def _arrived(self, state: DeskState) -> None:
        if state.doubles:
            self.doublesReported.emit(state.doubles)
        if self.state is not None and self._shown(state) == self._shown(self.state):
            return
        self.state = state
        self.setText(self.describe(state))
        if state.event == "erased":
            tip = no_event_content(state).subtitle
        elif state.online:
            tip = self.tr("Scans are decided by the server.")
        elif state.password_refused:
            tip = self.tr(
                "The server refused the password typed at start. This desk goes on "
                "deciding from its own copy of the list and keeps every check-in; start "
                "the desk again and type the right password to send them."
            )
        else:
            tip = self.tr(
                "The server does not answer: this desk decides from its own copy of the "
                "list and sends its check-ins once the server answers again."
            )
        others = self.describe_others(state)
        self.setToolTip(f"{tip}\n{others}" if others else tip)
        if self.clock_warning(state):
            self.setToolTip(
                self.toolTip()
                + "\n"
                + self.tr(
                    "Check-ins are stamped with the server's time, so the desks agree who "
                    "came first; set this computer's clock right when you can."
                )
            )
        warn = not state.online or bool(self.clock_warning(state)) or state.event == "erased"
        _coloured(self, OFFLINE_COLOURS if warn else None)
        font = self.font()
        font.setBold(warn)
        self.setFont(font)
        self.shown.emit(state)

    def _shown(self, state: DeskState) -> tuple[object, ...]:
        """What of a state the label shows (a state that differs in nothing else is not
        shown again)."""
        return (
            state.online,
            state.offline_since,
            state.waiting,
            state.password_refused,
            state.waiting_other,
            self.clock_warning(state),
            state.event,
            state.erased_here,
            state.event_changed_at,
        )

    def describe_others(self, state: DeskState) -> str:
        """The outbox's other records (refused scans, undos, corrections), which the count
        of check-ins in the text leaves out; "" for none."""
        count = state.waiting_other
        if not count:
            return ""
        text = (
            self.tr("1 other record (a refused scan, an undo, a correction) waits for the server.")
            if count == 1
            else self.tr(
                "{count} other records (refused scans, undos, corrections) wait for the server."
            )
        )
        return text.format(count=count)

    def describe(self, state: DeskState) -> str:
        link, clock = self._link(state), self.clock_warning(state)
        return f"{link} · {clock}" if clock else link

    def clock_warning(self, state: DeskState) -> str:
        """What the status bar says of a clock far off the server's ("" when it is not)."""
        offset = state.clock_offset_s
        if offset is None or abs(offset) <= CLOCK_WARN_S:
            return ""
        if offset > 0:  # the server's clock is ahead of this one
            return self.tr("⚠ this computer's clock is {amount} slow").format(
                amount=_amount(offset)
            )
        return self.tr("⚠ this computer's clock is {amount} fast").format(amount=_amount(-offset))

    def _link(self, state: DeskState) -> str:
        """The check-ins waiting (admissions, walk-ins included): what the door cares for."""
        count, one = state.waiting, state.waiting == 1
        if state.event == "erased":
            if state.erased_here:
                return self.tr("No event: erased at this desk")
            return self.tr("No event: erased at another desk")
        if state.online and not count:
            return self.tr("Online")
        if state.online:
            text = (
                self.tr("Online · 1 check-in waiting")
                if one
                else self.tr("Online · {count} check-ins waiting")
            )
            return text.format(count=count)
        if state.password_refused:
            text = (
                self.tr("Offline: the server refused the password · 1 check-in waiting")
                if one
                else self.tr("Offline: the server refused the password · {count} check-ins waiting")
            )
            return text.format(count=count)
        since = _hhmm(state.offline_since) if state.offline_since is not None else "–"
        text = (
            self.tr("Offline since {time} · 1 check-in waiting")
            if one
            else self.tr("Offline since {time} · {count} check-ins waiting")
        )
        return text.format(time=since, count=count)


class DoublesNotice(QLabel):
    """The latest double admissions: who, at which desks, when (first by time first)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = store
        self.setAccessibleName(self.tr("Double admissions"))
        self.setContentsMargins(8, 0, 8, 0)
        _coloured(self, NOTICE_COLOURS)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTICE_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_doubles(self, doubles: tuple[LogEntry, ...]) -> None:
        lines = [self.describe(entry) for entry in doubles]
        if not lines:
            return
        self.setText(lines[-1] if len(lines) == 1 else self._more(lines[-1], len(lines) - 1))
        self.setToolTip("\n".join(lines))
        self.show()
        self._timer.start()

    def _more(self, last: str, others: int) -> str:
        return self.tr("{notice} (and {count} more)").format(notice=last, count=others)

    def describe(self, entry: LogEntry) -> str:
        name = entry.code
        if entry.attendee_id is not None:
            try:
                guest = self._desk.get_attendee(entry.attendee_id)  # the replica: local
            except StoreError:
                guest = None
            if guest is not None:
                name = guest.display_name or guest.code
        try:
            facts = json.loads(entry.detail or "{}")
            first, second = facts["admission"], facts["double"]
            first_at = _hhmm(datetime.fromisoformat(first["at"]))
            second_at = _hhmm(datetime.fromisoformat(second["at"]))
        except (ValueError, KeyError, TypeError):
            return self.tr("⚠ Admitted twice: {name}").format(name=name)
        return self.tr(
            "⚠ Admitted twice: {name} – first at {first_desk} {first_time}, "
            "again at {second_desk} {second_time}"
        ).format(
            name=name,
            first_desk=desk_label(first.get("desk", "")),
            first_time=first_at,
            second_desk=desk_label(second.get("desk", "")),
            second_time=second_at,
        )


def dropped_text(state: DeskState) -> str:
    """What of the erased event this desk had decided offline and not uploaded ("" for
    nothing): dropped with it, never sent into another event."""
    count = state.dropped
    if not count:
        return ""
    if count == 1:
        text = QCoreApplication.translate(
            "DeskStatus",
            "1 check-in made here offline belonged to the erased event: it was not sent "
            "and is dropped with the event.",
        )
    else:
        text = QCoreApplication.translate(
            "DeskStatus",
            "{count} check-ins made here offline belonged to the erased event: they were "
            "not sent and are dropped with the event.",
        )
    return text.format(count=count)


def no_event_content(state: DeskState | None, here: bool = False) -> BannerContent:
    """The banner of a desk whose event was erased: no event is loaded, nothing is
    decided (never "unknown ticket", as if the guest were not invited)."""
    here = state.erased_here if state is not None else here
    if here:
        title = QCoreApplication.translate(
            "DeskStatus", "Event erased: no event is loaded at this desk"
        )
        what = QCoreApplication.translate(
            "DeskStatus",
            "Its guests, check-ins and log are erased here and on the server. To begin "
            "again, import the attendee list (Event ▸ Import attendee list).",
        )
    else:
        title = QCoreApplication.translate(
            "DeskStatus", "No event loaded: it was erased at another desk"
        )
        what = QCoreApplication.translate(
            "DeskStatus",
            "Its guests are erased from this computer too, and no code can be checked "
            "here. Ask the organiser, or import the attendee list again (Event ▸ Import "
            "attendee list).",
        )
    dropped = dropped_text(state) if state is not None else ""
    return BannerContent(Tone.STOP, "✗", title, f"{what} {dropped}".strip())


def replaced_content(state: DeskState) -> BannerContent:
    """The banner of a desk whose event was replaced by a new list (and downloaded)."""
    what = QCoreApplication.translate(
        "DeskStatus",
        "The event was erased at another desk and a new attendee list imported; this desk "
        "has loaded the new list. Scanning goes on with it.",
    )
    dropped = dropped_text(state)
    return BannerContent(
        Tone.WARN,
        "!",
        QCoreApplication.translate("DeskStatus", "A new attendee list was loaded"),
        f"{what} {dropped}".strip(),
    )


def changing_content() -> BannerContent:
    """A scan the server said belongs to no event it holds (erased or replaced just now,
    before this desk caught up): not decided, never "unknown"."""
    return BannerContent(
        Tone.STOP,
        "✗",
        QCoreApplication.translate("DeskStatus", "Not checked: the event changed on the server"),
        QCoreApplication.translate(
            "DeskStatus",
            "It was erased or replaced at another desk a moment ago; this desk is loading "
            "what the server holds now. Scan again in a moment.",
        ),
    )
