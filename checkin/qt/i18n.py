"""Translations: `.ts` sources ship in resources/translations, `.qm` are built on demand.

Compiled catalogues are never committed; the first start (or an install step)
runs `lrelease` from the PySide6 wheel into a per-user cache, and a later start
rebuilds only catalogues whose source changed.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from checkin.core.resources import resource

#: The language the source strings are written in.
SOURCE_LANGUAGE = "en"


def translations_dir() -> Path:
    return resource("translations")


def available_languages() -> list[str]:
    """Language codes with a shipped `.ts` source, e.g. ["de", "en"]."""
    return sorted(p.stem.removeprefix("checkin_") for p in translations_dir().glob("checkin_*.ts"))


def default_cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("checkin", appauthor=False)) / "translations"


def lrelease_executable() -> str:
    import PySide6

    bundled = Path(PySide6.__file__).parent / "lrelease"
    if bundled.exists():
        return str(bundled)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise FileNotFoundError("lrelease not found; reinstall PySide6")
    return found


def compiled_catalogue(language: str, cache_dir: Path | None = None) -> Path:
    """Path to the `.qm` compiled from `language`'s `.ts` as shipped, compiled when missing."""
    source = translations_dir() / f"checkin_{language}.ts"
    if not source.exists():
        raise FileNotFoundError(f"no translation source for {language!r}")
    target_dir = cache_dir or default_cache_dir()
    target_dir.mkdir(parents=True, exist_ok=True)
    # named by the source's content, not compared by time: two installs of different
    # versions share this cache, and an older .ts can be newer on disk than the .qm compiled
    # from another version's (the window then showed that version's strings, or English)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = target_dir / f"checkin_{language}.{digest}.qm"
    if not target.exists() or target.stat().st_size == 0:
        tmp = target.with_suffix(".qm.tmp")
        subprocess.run(
            [lrelease_executable(), "-silent", str(source), "-qm", str(tmp)],
            check=True,
            capture_output=True,
        )
        tmp.replace(target)  # atomic: a second desk starting at once never reads half a file
    return target


def system_language() -> str:
    """German when the system locale is German, else English (the source language)."""
    name = QLocale.system().name().split("_")[0]
    return name if name in available_languages() else SOURCE_LANGUAGE


class Translators:
    """The translators currently installed, so a language switch can remove them again."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def install(self, language: str, cache_dir: Path | None = None) -> bool:
        """Switch the application to `language`; returns False if its catalogue failed to load."""
        app = QCoreApplication.instance()
        assert app is not None, "create the QApplication first"
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        if language == SOURCE_LANGUAGE:
            return True
        ours = QTranslator(app)
        if not ours.load(str(compiled_catalogue(language, cache_dir))):
            return False
        qt_own = QTranslator(app)  # standard buttons (OK, Cancel) in the same language
        if qt_own.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt_own)
            self._installed.append(qt_own)
        app.installTranslator(ours)
        self._installed.append(ours)
        return True
