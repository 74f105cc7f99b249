"""From codes seen frame after frame to scans: a code held in view is one scan.

A camera decodes the same ticket 30 times a second; the desk must judge it once.
The same code counts again (a repeat scan, "already checked in") when it left the
view for a moment, or when it has been held up for `repeat_after` seconds. A frame
can miss a code that is still there (motion blur, a reflection): only an absence
longer than `gone_after` seconds counts as leaving. Times come from the caller (a
monotonic clock in seconds), so this is plain arithmetic and tested without Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

#: Absent this long (s), a code has left the view; shorter gaps are missed frames.
GONE_AFTER = 1.0
#: Held up this long (s), a code is judged again. Longer than the default 6-second
#: verdict, so a guest who keeps the phone up does not turn their own green banner
#: into "already checked in" while it still shows.
REPEAT_AFTER = 8.0


@dataclass(frozen=True, slots=True)
class Sighting:
    """What one decoded frame means for the desk."""

    #: Codes to judge now, in the frame's reading order.
    new: tuple[str, ...]
    #: Every distinct code in this frame (two or more: a person must choose).
    in_view: tuple[str, ...]

    @property
    def needs_choice(self) -> bool:
        """Something new is in view beside another code: never judged silently."""
        return bool(self.new) and len(self.in_view) > 1


class Sightings:
    def __init__(self, gone_after: float = GONE_AFTER, repeat_after: float = REPEAT_AFTER) -> None:
        self.gone_after = gone_after
        self.repeat_after = repeat_after
        #: code -> (when it was last judged, when it was last seen)
        self._held: dict[str, tuple[float, float]] = {}

    def see(self, texts: Iterable[str], now: float) -> Sighting:
        """One decoded frame's codes (empty: a frame without any)."""
        in_view = tuple(dict.fromkeys(texts))
        self._forget(now)
        new = []
        for text in in_view:
            held = self._held.get(text)
            if held is None or now - held[0] >= self.repeat_after:
                new.append(text)
                self._held[text] = (now, now)
            else:
                self._held[text] = (held[0], now)
        return Sighting(tuple(new), in_view)

    def hold(self, texts: Iterable[str], now: float) -> None:
        """Count `texts` as judged now (a person chose among them): not new while held up."""
        for text in texts:
            self._held[text] = (now, now)

    def release(self, texts: Iterable[str]) -> None:
        """Forget `texts` (they could not be judged now): new again when next seen."""
        for text in texts:
            self._held.pop(text, None)

    def clear(self) -> None:
        """The view was switched off: whatever shows next is new."""
        self._held.clear()

    def _forget(self, now: float) -> None:
        gone = [t for t, (_judged, seen) in self._held.items() if now - seen > self.gone_after]
        for text in gone:
            del self._held[text]
