"""A short sound per verdict kind, so the desk hears the answer before reading it.

QtMultimedia needs system audio libraries and a device; a desk without either
(a server, a muted laptop, CI) simply stays silent instead of failing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl

from checkin.core.model import VerdictKind
from checkin.core.resources import resource


class VerdictSounds(QObject):
    def __init__(self, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self._effects: dict[VerdictKind, object] = {}
        self._loaded = False

    def _load(self) -> None:
        self._loaded = True
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:  # no libpulse / multimedia backend on this machine
            return
        for kind in VerdictKind:
            path = resource("sounds", f"{kind.value}.wav")
            if path.exists():
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                effect.setVolume(0.8)
                self._effects[kind] = effect

    def play(self, kind: VerdictKind) -> bool:
        """Start the sound for `kind`; returns False when muted or no audio is available."""
        if not self.enabled:
            return False
        if not self._loaded:
            self._load()  # lazily: start-up stays fast and silent desks never touch audio
        effect = self._effects.get(kind)
        if effect is None:
            return False
        try:
            effect.play()  # type: ignore[attr-defined]
        except RuntimeError:
            return False
        return True
