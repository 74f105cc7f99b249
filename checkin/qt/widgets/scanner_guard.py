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
  The scan ends at Enter or Tab (swallowed with it), or at `SILENCE_MS` of quiet;
  a scanner that ended its last scan with Enter or Tab is waited for longer
  (`SUFFIX_WAIT_MS`: a stall inside its code, or before its Enter, splits nothing).
* Real codes can be shorter than `MIN_CHARS` (a pretix order code has 5 characters,
  a list's own codes "P03"). A run of `SHORT_MIN_CHARS` or more characters whose
  every key (modifiers included, a held key's auto-repeats not) and its Enter or Tab
  came at most `SHORT_GAP_MS` after the one before is a scan too: a person never types four keys in a row that
  fast (people need 60-200 ms per key, a rolled pair of keys 30 ms and more). Without
  a suffix, or with one longer gap, a short run is a person's.
* Until a run is known to be a scan, its keys are held back, never delivered. If
  the run turns out to be a person (a gap, another kind of key, `HOLD_MS` of
  quiet), the held keys are replayed, in order, to the widget they were typed at.
  A person's key thus shows up at most `HOLD_MS` late, never lost, never doubled
  (a rare pair of keys a person rolls within `GAP_MS` waits for `FAST_HOLD_MS`, a
  key at a button or a question `ANSWER_HOLD_MS`).
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
its shortcut).

A sender that stalls right after its first keys (a loaded machine stamps them more
than `STALL_MS` apart) looks like a person at first: those keys are released to
their field. When a burst follows within `JOIN_MS`, they are read again (`_Released`):
the burst is judged with them in front when the codes say so (exactly one of the
readings is a code the desk knows, `knows`), or, where the codes do not decide,
when they came within `REACTION_MS` (sooner than a person turns from the keyboard
to a scanner); the keys so joined are taken back out of their field, which shows
what it showed before them. Keys released to anything that cannot be taken back
(a button, a question's letter) wait `ANSWER_HOLD_MS`: a stalled scanner's "J"
never answers "Ja".
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QTextCursor, QWindow
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
)

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
#: A scanner that ended its last scan with Enter or Tab does so again: its scan ends
#: there, or after this much quiet (ms), and may stall this long between its keys.
SUFFIX_WAIT_MS = 1000
#: An Enter or Tab this soon after a burst's last character is its suffix (ms).
LATE_SUFFIX_MS = 250
#: A key released to a button or a question (it cannot be taken back) waits this long.
ANSWER_HOLD_MS = 400
#: Keys released as a person's this soon before a burst may be its first ones (ms, stamps).
JOIN_MS = 1000
#: ... and are, where the codes do not decide, when they came this soon (ms, stamps):
#: no person types a key and turns to a scanner faster.
REACTION_MS = 250
#: At most this many released runs are read again in front of a burst.
_JOIN_RUNS = 8

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


def _text_of(target: QObject | None) -> QLineEdit | QPlainTextEdit | QTextEdit | None:
    """The editable text a key at `target` types into, if it can be put back."""
    if isinstance(target, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return None if target.isReadOnly() else target
    if isinstance(target, (QAbstractSpinBox, QComboBox)):
        edit = target.findChild(QLineEdit)
        return edit if isinstance(edit, QLineEdit) and not edit.isReadOnly() else None
    return None


def _state_of(edit: QLineEdit | QPlainTextEdit | QTextEdit) -> tuple[str, int, int]:
    if isinstance(edit, QLineEdit):
        return edit.text(), edit.cursorPosition(), edit.selectionStart()
    cursor = edit.textCursor()
    return edit.toPlainText(), cursor.position(), cursor.anchor()


def _restore(edit: QLineEdit | QPlainTextEdit | QTextEdit, state: tuple[str, int, int]) -> None:
    text, position, anchor = state
    if isinstance(edit, QLineEdit):
        edit.setText(text)
        if anchor >= 0 and anchor != position:
            edit.setSelection(anchor, position - anchor)
        else:
            edit.setCursorPosition(position)
        return
    edit.setPlainText(text)
    cursor = edit.textCursor()
    cursor.setPosition(max(anchor, 0))
    cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


@dataclass
class _Released:
    """A run of keys given to a widget as a person's: it may turn out to be a scan's start."""

    text: str
    first_ts: int
    last_ts: int
    #: The text widget they went into and its state before and after them; None where
    #: the scan path drops the text itself (the scan field).
    edit: QLineEdit | QPlainTextEdit | QTextEdit | None = None
    before: tuple[str, int, int] | None = None
    after: tuple[str, int, int] | None = None

    def can_take_back(self) -> bool:
        if self.edit is None:
            return True
        return shiboken6.isValid(self.edit) and _state_of(self.edit) == self.after

    def take_back(self) -> None:
        if self.edit is not None and self.before is not None:
            _restore(self.edit, self.before)


def joined_runs(
    released: list[tuple[str, int, int]],
    burst: str,
    burst_ts: int,
    knows: Callable[[str], bool] | None,
) -> int:
    """How many of the runs released just before a burst (text, first and last stamp,
    oldest first) are its first keys: the reading the codes name, else the timing's.

    The readings are the burst with the last 0, 1, ... runs in front of it, as far as
    each came within `JOIN_MS` of the next. Exactly one of them a code the desk knows:
    that one. Otherwise (none known, several, or no `knows`): the runs that came within
    `REACTION_MS` of the next (a person is never that quick to turn to a scanner).
    """
    chain = 0
    timing = 0
    next_ts = burst_ts
    for _text, first_ts, last_ts in reversed(released[-_JOIN_RUNS:]):
        gap = next_ts - last_ts
        if not 0 <= gap <= JOIN_MS:
            break
        chain += 1
        if timing == chain - 1 and gap <= REACTION_MS:
            timing = chain
        next_ts = first_ts
    if chain and knows is not None:
        readings = ["".join(t for t, _f, _l in released[len(released) - k :]) + burst
                    for k in range(chain + 1)]  # fmt: skip
        known = [k for k, reading in enumerate(readings) if knows(reading)]
        if len(known) == 1:
            return known[0]
    return timing


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
        knows: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        #: obj -> True for the widget that takes a run's first key at once (the scan field).
        self.passes_through = passes_through or (lambda _obj: False)
        #: code -> True for a code the desk knows: decides whether keys released just
        #: before a burst were its first ones (`joined_runs`).
        self.knows = knows
        #: Runs released as a person's, oldest first, since the last other key.
        self._released: list[_Released] = []
        self._run_first_ts = 0
        self._expects_suffix = False
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
        if self._burst:
            return 0 <= gap <= (SUFFIX_WAIT_MS if self._expects_suffix else STALL_MS)
        answer = bool(self._held) and _text_of(self._held[0].target) is None
        if not 0 <= gap <= (ANSWER_HOLD_MS if answer else STALL_MS):
            return False
        if not self._stalled and (len(self._run) >= 2 or self._held or self._pass_first):
            # Fast so far (or only its first key, still undecided): one hiccup allowed.
            self._stalled = True
            return True
        return False

    def _press(self, window: QWindow, event: QKeyEvent) -> bool:
        key = event.key()
        stamp = self._timestamp(event)
        if not event.isAutoRepeat():  # a held key's repeats are no key a person pressed
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
            self._released.clear()  # another key came between: nothing before it joins
            return False
        after_gap = self._last_ts is not None and stamp - self._last_ts > GAP_MS
        if self._run and not self._continues(stamp):
            self._end_run()
        if not self._run:
            self._pass_first = bool(self.passes_through(window.focusObject()))
            self._quick = True
            self._run_first_ts = stamp
        self._run.append(event.text())
        self._last_ts = stamp
        if self._burst:
            self._swallow(key, stamp)
            self._arm(self._silence, self._silence_ms())
            return True
        if len(self._run) >= MIN_CHARS:
            self._burst = True  # held keys are the scanner's: they are never delivered
            self._held.clear()
            self._hold.stop()
            self._swallow(key, stamp)
            self._arm(self._silence, self._silence_ms())
            return True
        if self._pass_first and not self._held and (len(self._run) == 1 or after_gap):
            return False  # the scan field: nothing of the run held yet, a person's key
        self._held.append(_Key.of(window, event, stamp))
        self._swallow(key, stamp)
        if _text_of(self._held[0].target) is None and not self._pass_first:
            hold = ANSWER_HOLD_MS  # a button, a question: a key there cannot be taken back
        else:
            hold = HOLD_MS if len(self._run) < 2 else FAST_HOLD_MS
        self._arm(self._hold, hold)
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

    def _silence_ms(self) -> int:
        return SUFFIX_WAIT_MS if self._expects_suffix else SILENCE_MS

    def _suffix(self, key: int, stamp: int) -> bool:
        if self._short_scan():
            self._burst = True  # held keys are the scanner's: they are never delivered
            self._held.clear()
            self._expects_suffix = True
            self._submit()
            self._swallow(key, stamp)
            return True
        late = SUFFIX_WAIT_MS if self._expects_suffix else LATE_SUFFIX_MS
        if self._burst and self._last_ts is not None and 0 <= stamp - self._last_ts <= late:
            self._expects_suffix = True
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
        self._released.clear()
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
            self._expects_suffix = False  # this scanner ends its scans by silence
            self._end_run()

    def _end_run(self) -> None:
        if self._burst:
            self._submit()
            return
        if not self._run:
            self._reset()
            return
        held, self._held = self._held, []
        released = _Released("".join(self._run), self._run_first_ts, self._last_ts or 0)
        self._reset()
        self._replay(held, released)

    def _submit(self) -> None:
        code = "".join(self._run)
        self._burst_end_ts = self._last_ts
        first_ts = self._run_first_ts
        self._reset()
        self.scanned.emit(self._join_released(code, first_ts) + code)

    def _join_released(self, code: str, first_ts: int) -> str:
        """The keys released as a person's just before the burst that were its own first
        ones (`joined_runs`), taken back out of their field; "" when none were."""
        released, self._released = self._released, []
        while released and not all(r.can_take_back() for r in released):
            released.pop(0)  # changed since (clicked, edited): only what follows joins
        runs = [(r.text, r.first_ts, r.last_ts) for r in released]
        count = joined_runs(runs, code, first_ts, self.knows) if runs else 0
        if not count:
            return ""
        joined = released[len(released) - count :]
        for run in reversed(joined):
            run.take_back()
        return "".join(r.text for r in joined)

    def _reset(self) -> None:
        self._hold.stop()
        self._silence.stop()
        self._run = []
        self._held = []
        self._burst = False
        self._stalled = False
        self._quick = False
        self._last_ts = None

    def _replay(self, keys: list[_Key], released: _Released) -> None:
        """A person's keys, held a moment, go on to the window they were typed at.

        They are remembered (`released`) with what their text field showed before and
        after them: a burst following at once may show they were a scanner's first keys.
        """
        targets = {id(k.target) for k in keys}
        edit = _text_of(keys[0].target) if keys and len(targets) == 1 else None
        if keys and edit is None:
            self._released.clear()  # a button, a list: nothing there can be taken back
        elif edit is not None:
            released.edit, released.before = edit, _state_of(edit)
        self._replay_keys(keys)
        if edit is not None and shiboken6.isValid(edit):
            released.after = _state_of(edit)
        if not keys or edit is not None:  # the scan field's own keys: nothing to put back
            self._released = [
                r for r in self._released if 0 <= released.first_ts - r.last_ts <= JOIN_MS
            ]
            self._released.append(released)

    def _replay_keys(self, keys: list[_Key]) -> None:
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
