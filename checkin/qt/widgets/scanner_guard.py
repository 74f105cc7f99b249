"""Every scanner burst, whatever window has the focus, goes to the one scan path.

A keyboard-wedge scanner is a keyboard: its code is typed into whatever has the
focus (a walk-in's surname, the desk's name in the settings, the file name of the
import's file dialog) and its Enter presses the default button; one letter of it
can answer "Yes" in a question. So the guard sits in front of every window, as an
application event filter, and looks at keys as they arrive at a window (before Qt
hands them to the focus widget):

* A run of printed characters, each at most `GAP_MS` after the one before (by the
  key event's own timestamp: the X server's, or the one a test sets), becomes a
  scan at its `MIN_CHARS`-th character. Modifier keys (Shift for capitals, AltGr
  for "@" and "{" on a German layout) between them do not break the run. A busy
  computer delays a key now and then: a run survives one gap of up to `STALL_MS`
  (the first one included, while its first key is still held: a loaded X server
  or xdotool stamps the scanner's second key late), a recognised scan any number.
  The scan ends at Enter or Tab (swallowed with it), or at `SILENCE_MS` of quiet.
* Real codes can be shorter than `MIN_CHARS` (a pretix order code has 5 characters,
  a list's own codes "P03"). A run of `SHORT_MIN_CHARS` or more characters whose
  every key (modifiers included) and its Enter or Tab came at most `SHORT_GAP_MS`
  after the one before is a scan too: a person never types four keys in a row that
  fast (people need 60-200 ms per key, a rolled pair of keys 30 ms and more). Without
  a suffix, or with one longer gap, a short run is a person's.
* Until a run is known to be a scan, its keys are held back, never delivered. If
  the run turns out to be a person (a gap, another kind of key, `HOLD_MS` of
  quiet), the held keys are replayed, in order, to the widget they were typed at.
  A person's key thus shows up at most `HOLD_MS` late, never lost, never doubled
  (a rare pair of keys a person rolls within `GAP_MS` waits for `FAST_HOLD_MS`).
* The timers are wall-clock; the decision is the timestamps'. A timer that fires
  (a held key's `HOLD_MS`, a scan's `SILENCE_MS`) first pulls in what the window
  system has queued (`QGuiApplication.sync()`: an X round trip, so every key the
  server stamped before now is delivered) and decides only if no key came: under
  load the app often reads keys 5 ms apart by their stamps long after the timer
  of the first one was due, and replaying it then typed it into the field and
  judged the code without it.
* The desk's own scan field is the exception (`passes_through`): there the first
  key of a run goes in at once (the operator types searches without delay) and only
  the keys following it within `GAP_MS` are held (a key after a longer gap goes in
  at once too, while nothing is held). The scan path drops the field's text when a
  scan arrives, the keys that went in included; they are part of the code.

People type 60-200 ms per key; scanners 1-15 ms. `GAP_MS` lies between, with room
for a scanner that needs two key events (Shift + letter) per character.

Limits, on purpose: keys Qt is handed by a test straight to a widget (QTest with a
widget receiver) never pass a window and are not guarded; a held key is replayed
without the shortcut look-up (no action in the desk has a plain printable key as
its shortcut). A scanner whose own keys are more than `HOLD_MS` apart by their
stamps right after its first key (the sender itself stalled, not the app) cannot
be told from a person in time: outside the scan field, that first key is a
person's and is released to the field, as a person's key must be.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

#: Characters of one burst are at most this far apart (ms, by event timestamp).
GAP_MS = 45
#: One longer gap a fast run may have (a loaded machine), any number once it is a scan (ms).
STALL_MS = 120
#: A run becomes a scan at this many characters (codes are 6 to 200 characters).
MIN_CHARS = 6
#: A shorter run is a scan if every key and its suffix came this fast (ms, by timestamp).
SHORT_GAP_MS = 20
#: ... and it has at least this many characters (with its suffix: four keys in a row).
SHORT_MIN_CHARS = 3
#: A held key is released to its widget after this much quiet (ms, real time).
HOLD_MS = 60
#: ... and the keys of a fast run, which may be waiting out a stall (ms, real time).
FAST_HOLD_MS = STALL_MS + 20
#: A scan without suffix ends after this much quiet (ms, real time).
SILENCE_MS = 150
#: An Enter or Tab this soon after a burst's last character is its suffix (ms).
LATE_SUFFIX_MS = 250

_SUFFIXES = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab})
_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_Hyper_L,
        Qt.Key.Key_Hyper_R,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
        Qt.Key.Key_Mode_switch,
    }
)
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)
_CTRL = Qt.KeyboardModifier.ControlModifier
_ALT = Qt.KeyboardModifier.AltModifier
_META = Qt.KeyboardModifier.MetaModifier


@dataclass(frozen=True)
class _Key:
    """A key press taken out of the event stream, to be replayed as it came."""

    window: QWindow
    #: The widget that had the focus when the key came (it gets the key, even if a
    #: click moved the focus during the hold).
    target: QObject | None
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    scan_code: int
    virtual_key: int
    native_modifiers: int
    timestamp: int

    @classmethod
    def of(cls, window: QWindow, event: QKeyEvent, timestamp: int) -> _Key:
        return cls(
            window,
            window.focusObject(),
            event.key(),
            event.modifiers(),
            event.text(),
            event.nativeScanCode(),
            event.nativeVirtualKey(),
            event.nativeModifiers(),
            timestamp,
        )

    def events(self) -> tuple[QKeyEvent, QKeyEvent]:
        made = []
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(
                kind,
                self.key,
                self.modifiers,
                self.scan_code,
                self.virtual_key,
                self.native_modifiers,
                self.text,
            )
            event.setTimestamp(self.timestamp)
            made.append(event)
        return made[0], made[1]


def is_character(event: QKeyEvent) -> bool:
    """A key that prints a character (AltGr, seen as Ctrl+Alt on Windows, included)."""
    text = event.text()
    if not text or not text.isprintable() or event.isAutoRepeat():
        return False
    mods = event.modifiers()
    chorded = bool(mods & (_CTRL | _ALT | _META))
    altgr = bool(mods & _CTRL) and bool(mods & _ALT)
    return not chorded or altgr


#: Set on a question `cancel_questions` closed: `questions.ask_until_answered` asks it again.
CANCELLED_BY_SCAN = "checkinCancelledByScan"


def cancel_questions() -> int:
    """Close open questions (message boxes, PIN and text prompts) unanswered.

    A scan means the next guest is at the desk: a question asked before must not be
    answered by the scanner, nor wait on top of the verdict; asked through
    `questions.ask_until_answered`, it comes back once the verdict is shown.
    Returns how many closed.
    """
    closed = 0
    popup = QApplication.activePopupWidget()
    while popup is not None:  # an open menu would take a letter as its mnemonic
        popup.close()
        closed += 1
        nxt = QApplication.activePopupWidget()
        if nxt is popup:
            break
        popup = nxt
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, (QMessageBox, QInputDialog)) and widget.isVisible():
            widget.setProperty(CANCELLED_BY_SCAN, True)
            widget.reject()
            closed += 1
    return closed


class ScannerGuard(QObject):
    """Install with `install()`; every recognised burst is emitted as `scanned(code)`."""

    #: A scanner's code, typed into any window of the application.
    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        passes_through: Callable[[QObject | None], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        #: obj -> True for the widget that takes a run's first key at once (the scan field).
        self.passes_through = passes_through or (lambda _obj: False)
        self._held: list[_Key] = []
        self._run: list[str] = []
        self._last_ts: int | None = None
        self._burst = False
        self._stalled = False
        #: Every key of the run so far came within `SHORT_GAP_MS` (see `_short_scan`).
        self._quick = False
        self._last_press_ts: int | None = None
        self._burst_end_ts: int | None = None
        self._pass_first = False
        #: Keys whose press was taken (held or swallowed): their release is taken too.
        self._awaiting_release: list[tuple[int, int]] = []
        self._replaying = False
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.timeout.connect(self._hold_expired)
        self._silence = QTimer(self)
        self._silence.setSingleShot(True)
        self._silence.timeout.connect(self._silence_expired)
        #: Counts the keys the filter has decided on: a timer that pulled in queued
        #: events sees whether any came (they decided the run's end themselves).
        self._keys_seen = 0
        self._pulling = False

    def install(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def remove(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._hold.stop()
        self._silence.stop()

    @property
    def in_burst(self) -> bool:
        return self._burst

    # -- the filter -------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _KEY_EVENTS or self._replaying:
            return False
        if not isinstance(event, QKeyEvent):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            # A printed character (or anything inside a burst) is never a shortcut:
            # claim it, so the key itself comes on to this filter.
            if is_character(event) or self._burst:
                event.accept()
                return True
            return False
        if not isinstance(watched, QWindow):
            return False  # seen already at its window (or sent straight to a widget)
        if kind == QEvent.Type.KeyRelease:
            key = event.key()
            for i, (waiting, _stamp) in enumerate(self._awaiting_release):
                if waiting == key:
                    del self._awaiting_release[i]
                    return True
            return False
        return self._press(watched, event)

    def _timestamp(self, event: QKeyEvent) -> int:
        stamp = int(event.timestamp())
        return stamp if stamp > 0 else int(time.monotonic() * 1000)

    def _continues(self, stamp: int) -> bool:
        """Whether a character at `stamp` belongs to the run so far."""
        if self._last_ts is None:
            return False
        gap = stamp - self._last_ts
        if 0 <= gap <= GAP_MS:
            return True
        if not 0 <= gap <= STALL_MS:
            return False
        if self._burst:
            return True
        if not self._stalled and (len(self._run) >= 2 or self._held or self._pass_first):
            # Fast so far (or only its first key, still undecided): one hiccup allowed.
            self._stalled = True
            return True
        return False

    def _press(self, window: QWindow, event: QKeyEvent) -> bool:
        key = event.key()
        stamp = self._timestamp(event)
        self._note_press(stamp)
        if key in _MODIFIER_KEYS:
            return False
        self._keys_seen += 1
        if key in _SUFFIXES and not event.isAutoRepeat():
            return self._suffix(key, stamp)
        if not is_character(event):
            if self._burst and self._continues(stamp):
                self._last_ts = stamp  # scanner noise inside its own burst
                self._swallow(key, stamp)
                return True
            self._end_run()
            return False
        after_gap = self._last_ts is not None and stamp - self._last_ts > GAP_MS
        if self._run and not self._continues(stamp):
            self._end_run()
        if not self._run:
            self._pass_first = bool(self.passes_through(window.focusObject()))
            self._quick = True
        self._run.append(event.text())
        self._last_ts = stamp
        if self._burst:
            self._swallow(key, stamp)
            self._arm(self._silence, SILENCE_MS)
            return True
        if len(self._run) >= MIN_CHARS:
            self._burst = True  # held keys are the scanner's: they are never delivered
            self._held.clear()
            self._hold.stop()
            self._swallow(key, stamp)
            self._arm(self._silence, SILENCE_MS)
            return True
        if self._pass_first and not self._held and (len(self._run) == 1 or after_gap):
            return False  # the scan field: nothing of the run held yet, a person's key
        self._held.append(_Key.of(window, event, stamp))
        self._swallow(key, stamp)
        self._arm(self._hold, HOLD_MS if len(self._run) < 2 else FAST_HOLD_MS)
        return True

    def _note_press(self, stamp: int) -> None:
        """Any key of a run (Shift, AltGr, its suffix) more than `SHORT_GAP_MS` late
        makes it a person's if it stays short."""
        if self._run and (
            self._last_press_ts is None or not 0 <= stamp - self._last_press_ts <= SHORT_GAP_MS
        ):
            self._quick = False
        self._last_press_ts = stamp

    def _short_scan(self) -> bool:
        """A run too short for `MIN_CHARS`, ended by its suffix, all at scanner speed."""
        return not self._burst and self._quick and len(self._run) >= SHORT_MIN_CHARS

    def _suffix(self, key: int, stamp: int) -> bool:
        if self._short_scan():
            self._burst = True  # held keys are the scanner's: they are never delivered
            self._held.clear()
            self._submit()
            self._swallow(key, stamp)
            return True
        if (
            self._burst
            and self._last_ts is not None
            and 0 <= stamp - self._last_ts <= LATE_SUFFIX_MS
        ):
            self._submit()
            self._swallow(key, stamp)
            return True
        if (
            not self._run
            and self._burst_end_ts is not None
            and 0 <= stamp - self._burst_end_ts <= LATE_SUFFIX_MS
        ):
            self._burst_end_ts = None  # the suffix of a scan already ended by silence
            self._swallow(key, stamp)
            return True
        self._end_run()
        return False

    def _swallow(self, key: int, stamp: int) -> None:
        # Forget releases that never came (the focus went to another program meanwhile).
        self._awaiting_release = [
            (k, at) for k, at in self._awaiting_release if 0 <= stamp - at <= 5000
        ]
        self._awaiting_release.append((key, stamp))

    def _arm(self, timer: QTimer, ms: int) -> None:
        timer.start(ms)

    def _keys_were_queued(self, timer: QTimer) -> bool:
        """Deliver the keys the window system holds; whether any came (they decided).

        A timer runs on the wall clock: under load it fires while keys stamped a few
        ms after the last one are still in the X connection or Qt's queue. Those keys
        go through this filter now, by their own stamps, before anything is released.
        """
        if self._pulling:  # fired again inside the pull: decide once it is over
            timer.start(0)
            return True
        before = self._keys_seen
        self._pulling = True
        try:
            QGuiApplication.sync()
        finally:
            self._pulling = False
        return self._keys_seen != before

    # -- ends of a run ------------------------------------------------------------------
    def _hold_expired(self) -> None:
        if not self._keys_were_queued(self._hold) and (self._held or self._run):
            self._end_run()

    def _silence_expired(self) -> None:
        if not self._keys_were_queued(self._silence) and self._burst:
            self._end_run()

    def _end_run(self) -> None:
        if self._burst:
            self._submit()
            return
        held, self._held = self._held, []
        self._reset()
        self._replay(held)

    def _submit(self) -> None:
        code = "".join(self._run)
        self._burst_end_ts = self._last_ts
        self._reset()
        self.scanned.emit(code)

    def _reset(self) -> None:
        self._hold.stop()
        self._silence.stop()
        self._run = []
        self._held = []
        self._burst = False
        self._stalled = False
        self._quick = False
        self._last_ts = None

    def _replay(self, keys: list[_Key]) -> None:
        """A person's keys, held a moment, go on to the window they were typed at."""
        self._replaying = True
        try:
            for key in keys:
                receiver: QObject | None = key.target
                if receiver is None or not shiboken6.isValid(receiver):
                    receiver = key.window if shiboken6.isValid(key.window) else None
                if receiver is None:
                    continue  # typed into a window closed since: as if typed a moment later
                press, release = key.events()
                QCoreApplication.sendEvent(receiver, press)
                if shiboken6.isValid(receiver):
                    QCoreApplication.sendEvent(receiver, release)
        finally:
            self._replaying = False
