"""Per-desk preferences, remembered with QSettings between shifts."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QSettings


@dataclass(frozen=True)
class DeskSettings:
    desk: str = "Desk 1"
    operator: str = ""
    #: "" = follow the system locale.
    language: str = ""
    sound: bool = True
    verdict_seconds: int = 6
    #: Every verdict also fills the whole screen (a guest reads it from 3 m away).
    verdict_fullscreen: bool = False
    auto_print: bool = False
    #: "salt$sha256" of the organiser PIN; "" = organiser actions are not locked.
    pin_hash: str = ""
    #: The camera for the camera view (its device id); "" = the system's default camera.
    camera_id: str = ""
    #: "1280x720"; "" = the camera view's default.
    camera_resolution: str = ""

    @property
    def locked(self) -> bool:
        return bool(self.pin_hash)

    def with_pin(self, pin: str) -> DeskSettings:
        """A copy with `pin` as the organiser PIN ("" removes the lock); only a hash is kept."""
        if not pin:
            return replace(self, pin_hash="")
        salt = os.urandom(8).hex()
        return replace(self, pin_hash=f"{salt}${_digest(salt, pin)}")

    def pin_matches(self, pin: str) -> bool:
        if not self.pin_hash:
            return True
        salt, _, digest = self.pin_hash.partition("$")
        return hmac.compare_digest(digest, _digest(salt, pin))

    @classmethod
    def load(cls, qsettings: QSettings) -> DeskSettings:
        d = cls()

        def text(key: str, default: str) -> str:
            value = qsettings.value(key, default)
            return default if value is None else str(value)

        def flag(key: str, default: bool) -> bool:
            value = qsettings.value(key, default)
            return value in (True, "true", "1", 1) if not isinstance(value, bool) else value

        try:
            seconds = int(str(qsettings.value("desk/verdict_seconds", d.verdict_seconds)))
        except (TypeError, ValueError):
            seconds = d.verdict_seconds
        return cls(
            # Not chosen yet: "Desk 1" in the desk's language (load after the translator).
            desk=text("desk/name", QCoreApplication.translate("DeskSettings", "Desk 1")),
            operator=text("desk/operator", ""),
            language=text("desk/language", ""),
            sound=flag("desk/sound", d.sound),
            verdict_seconds=max(1, min(seconds, 120)),
            verdict_fullscreen=flag("desk/verdict_fullscreen", d.verdict_fullscreen),
            auto_print=flag("desk/auto_print", d.auto_print),
            pin_hash=text("desk/pin_hash", ""),
            camera_id=text("camera/id", ""),
            camera_resolution=text("camera/resolution", ""),
        )

    def save(self, qsettings: QSettings) -> None:
        qsettings.setValue("desk/name", self.desk)
        qsettings.setValue("desk/operator", self.operator)
        qsettings.setValue("desk/language", self.language)
        qsettings.setValue("desk/sound", self.sound)
        qsettings.setValue("desk/verdict_seconds", self.verdict_seconds)
        qsettings.setValue("desk/verdict_fullscreen", self.verdict_fullscreen)
        qsettings.setValue("desk/auto_print", self.auto_print)
        qsettings.setValue("desk/pin_hash", self.pin_hash)
        qsettings.setValue("camera/id", self.camera_id)
        qsettings.setValue("camera/resolution", self.camera_resolution)
        qsettings.sync()


def _digest(salt: str, pin: str) -> str:
    return hashlib.sha256(f"{salt}:{pin}".encode()).hexdigest()
