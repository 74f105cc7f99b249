"""A keyboard-wedge scanner (and a person at the keyboard) for pytest-qt.

It sends what the X server sends for a USB scanner on a German layout: for each
character a key press and release, Shift pressed and released around capitals
and shifted symbols, AltGr around @ { } [ ] \\ ~ | €, then the suffix (Enter,
Tab or nothing). Every event carries a timestamp `ms_per_key` after the previous
character, so the guard's timing is under the test's control without sleeping.

Events go where a keyboard's go: to the focus window (a `QWindow`), which hands
them on to its focus widget, after the ShortcutOverride the platform sends first.
(Qt's shortcut map itself is not consulted: no desk action is a plain key.)
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow

#: Characters the German layout types with Shift (the rest of the shifted row keys).
_DE_SHIFTED = set("!\"§$%&/()=?*'_;:>°")
#: Characters the German layout types with AltGr.
_DE_ALTGR = set("@{}[]\\~|€²³µ")

#: One clock for every simulated key in the session: timestamps only ever go forwards.
_now = [1_000_000.0]


def _advance(ms: float) -> int:
    _now[0] += ms
    return int(_now[0])


def _pause(ms: float = 2000) -> None:
    """Time passes between two scans (or a scan and a person)."""
    _now[0] += ms


@dataclass(frozen=True)
class Kind:
    """One way a scanner is configured."""

    name: str
    suffix: str = "enter"  # "enter", "tab" or "none"
    ms_per_key: float = 5.0

    def __str__(self) -> str:
        return self.name


#: The scanner configurations every window is tested with.
KINDS = (
    Kind("enter-5ms", "enter", 5),
    Kind("tab-1ms", "tab", 1),
    Kind("none-15ms", "none", 15),
    Kind("enter-15ms", "enter", 15),
    Kind("none-1ms", "none", 1),
)

_SUFFIX_KEYS = {"enter": Qt.Key.Key_Return, "tab": Qt.Key.Key_Tab}
_SUFFIX_TEXT = {"enter": "\r", "tab": "\t"}


def key_of(char: str) -> int:
    """Qt's key code for a printed character (Latin-1 letters: their capital's code)."""
    upper = char.upper()
    return ord(upper) if len(upper) == 1 else ord(char)


def modifier_of(char: str) -> str:
    """ "shift", "altgr" or "" : which modifier key the German layout needs for `char`."""
    if char in _DE_ALTGR:
        return "altgr"
    if char in _DE_SHIFTED or (char.isalpha() and char.isupper()):
        return "shift"
    return ""


#: While set (`queued()`), keys are posted, not sent: the window system has them, the
#: app has not read them yet (a loaded machine), so a timer due meanwhile fires first.
_post = [False]


def _deliver(window: QWindow, event: QKeyEvent) -> None:
    if _post[0]:
        QCoreApplication.postEvent(window, event)
    else:
        QCoreApplication.sendEvent(window, event)


class queued:  # noqa: N801 - used as `with sim.queued():`
    """Keys typed inside wait in the app's queue until the event loop reads them."""

    def __enter__(self) -> None:
        _post[0] = True

    def __exit__(self, *exc: object) -> None:
        _post[0] = False


def _send(kind: QEvent.Type, key: int, mods: Qt.KeyboardModifier, text: str, stamp: int) -> None:
    window: QWindow | None = QGuiApplication.focusWindow()
    if window is None:
        return  # no window of ours has the focus (a question just closed): X sends it elsewhere
    if kind == QEvent.Type.KeyPress:
        override = QKeyEvent(QEvent.Type.ShortcutOverride, key, mods, text)
        override.setTimestamp(stamp)
        override.ignore()
        _deliver(window, override)
    event = QKeyEvent(kind, key, mods, text)
    event.setTimestamp(stamp)
    _deliver(window, event)


_SHIFT = Qt.KeyboardModifier.ShiftModifier
_ALTGR = Qt.KeyboardModifier.GroupSwitchModifier  # what Qt's xcb backend reports for AltGr
_NONE = Qt.KeyboardModifier.NoModifier
_PRESS, _RELEASE = QEvent.Type.KeyPress, QEvent.Type.KeyRelease


def type_keys(
    text: str, ms_per_key: float, suffix: str = "none", gaps: dict[int, float] | None = None
) -> None:
    """Type `text` key by key into the focus window, `ms_per_key` apart, then the suffix.

    `gaps` gives single characters (by index) a longer wait before them: a busy machine.
    """
    for i, char in enumerate(text):
        stamp = _advance((gaps or {}).get(i, ms_per_key))
        modifier = modifier_of(char)
        key = key_of(char)
        if modifier == "shift":
            _send(_PRESS, Qt.Key.Key_Shift, _SHIFT, "", stamp)
            _send(_PRESS, key, _SHIFT, char, stamp)
            _send(_RELEASE, key, _SHIFT, char, stamp)
            _send(_RELEASE, Qt.Key.Key_Shift, _NONE, "", stamp)
        elif modifier == "altgr":
            _send(_PRESS, Qt.Key.Key_AltGr, _ALTGR, "", stamp)
            _send(_PRESS, key, _ALTGR, char, stamp)
            _send(_RELEASE, key, _ALTGR, char, stamp)
            _send(_RELEASE, Qt.Key.Key_AltGr, _NONE, "", stamp)
        else:
            _send(_PRESS, key, _NONE, char, stamp)
            _send(_RELEASE, key, _NONE, char, stamp)
    if suffix != "none":
        stamp = _advance(ms_per_key)
        key, text_ = _SUFFIX_KEYS[suffix], _SUFFIX_TEXT[suffix]
        _send(_PRESS, key, _NONE, text_, stamp)
        _send(_RELEASE, key, _NONE, text_, stamp)


def scan(code: str, kind: Kind = KINDS[0]) -> None:
    """One scan, after the quiet that separates it from what came before."""
    _pause()
    type_keys(code, kind.ms_per_key, kind.suffix)


def person_types(text: str, ms_per_key: float = 150) -> None:
    """A person at the keyboard: the same key events, 60-200 ms apart."""
    _pause()
    type_keys(text, ms_per_key)


def person_presses(key: Qt.Key, text: str = "", ms_after: float = 150) -> None:
    """One non-printing key (Enter, Escape ...) pressed by a person."""
    stamp = _advance(ms_after)
    _send(_PRESS, key, _NONE, text, stamp)
    _send(_RELEASE, key, _NONE, text, stamp)
