"""The command line's words at the door, in the system's language (German or English).

`checkin scan`, `status`, `sync` and `erase` speak through the window's catalogue
(resources/translations, context "cli") with Qt's own tools: the project's lupdate command
finds the words here (it reads checkin/qt; `QT_TRANSLATE_NOOP` marks them), lrelease
compiles them (`i18n.compiled_catalogue`, the window's cache), and a `QTranslator` looks
them up. A translator needs no QCoreApplication and no display: only QtCore is imported,
and only once a word is said in another language than English, so the command line
stays usable on a server without X and an English one never loads Qt. Where the
catalogue cannot be made (lrelease missing), the words stay English. `--json` output is
never translated.
"""

from __future__ import annotations

import subprocess
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Qt's marker as lupdate reads it (context "cli"); the English text itself."""
    return text


#: Each key names one sentence the CLI says; the value is its English source text.
TEXTS: dict[str, str] = {
    # scan: the verdict, first on its line (a person reads it; scripts read the exit code)
    "admitted": QT_TRANSLATE_NOOP("cli", "ADMITTED"),
    "already_checked_in": QT_TRANSLATE_NOOP("cli", "ALREADY CHECKED IN"),
    "unknown": QT_TRANSLATE_NOOP("cli", "UNKNOWN"),
    "cancelled": QT_TRANSLATE_NOOP("cli", "CANCELLED"),
    "ambiguous": QT_TRANSLATE_NOOP("cli", "AMBIGUOUS"),
    "invalid": QT_TRANSLATE_NOOP("cli", "INVALID"),
    "not_paid": QT_TRANSLATE_NOOP("cli", "NOT PAID"),
    "not_approved": QT_TRANSLATE_NOOP("cli", "NOT APPROVED"),
    "name_missing": QT_TRANSLATE_NOOP(
        "cli", " (NAME MISSING: ask the guest's name before a badge prints)"
    ),
    "first_at": QT_TRANSLATE_NOOP("cli", "  first at {time}, desk {desk}"),
    "order_tickets": QT_TRANSLATE_NOOP("cli", "  tickets of order {order}: "),
    "holders": QT_TRANSLATE_NOOP("cli", "  holders: "),
    "typo": QT_TRANSLATE_NOOP("cli", "  (typo? check the code)"),
    "offline": QT_TRANSLATE_NOOP(
        "cli", "  (offline: decided by this desk, uploaded when the server answers)"
    ),
    "error": QT_TRANSLATE_NOOP("cli", "ERROR  {error}"),
    "no_code_in_picture": QT_TRANSLATE_NOOP("cli", "{name}: no code found in the picture"),
    "one_code_in_picture": QT_TRANSLATE_NOOP("cli", "{name}: 1 code in the picture"),
    "codes_in_picture": QT_TRANSLATE_NOOP("cli", "{name}: {count} codes in the picture"),
    # status and sync
    "single_desk": QT_TRANSLATE_NOOP("cli", "a single-desk event file: nothing to sync"),
    "online": QT_TRANSLATE_NOOP("cli", "online ({server}); {waiting}"),
    "offline_since": QT_TRANSLATE_NOOP(
        "cli", "offline since {time} ({server}); {waiting} for the server"
    ),
    "one_waiting": QT_TRANSLATE_NOOP("cli", "1 check-in waiting"),
    "waiting": QT_TRANSLATE_NOOP("cli", "{count} check-ins waiting"),
    "one_other": QT_TRANSLATE_NOOP("cli", " (and 1 other record)"),
    "others": QT_TRANSLATE_NOOP("cli", " (and {count} other records)"),
    "synced": QT_TRANSLATE_NOOP(
        "cli",
        "uploaded {uploaded} events ({doubles} double admissions reported), pulled {pulled}; "
        "{waiting}",
    ),
    # status: what became of the desk's event (erased or replaced at a desk)
    "erased_elsewhere": QT_TRANSLATE_NOOP(
        "cli",
        "no event here: it was erased at another desk ({server}); import a list to begin a new one",
    ),
    "erased_here": QT_TRANSLATE_NOOP(
        "cli",
        "no event here: it was erased at this desk ({server}); import a list to begin a new one",
    ),
    "replacing": QT_TRANSLATE_NOOP(
        "cli", "the event was replaced by a new list ({server}); this desk is downloading it"
    ),
    "replaced": QT_TRANSLATE_NOOP(
        "cli", "online ({server}): the event was replaced by a new list, which this desk loaded"
    ),
    "dropped": QT_TRANSLATE_NOOP(
        "cli",
        "; {count} check-ins and {others} other records of the erased event made here offline "
        "were dropped with it",
    ),
    # erase
    "erase_question": QT_TRANSLATE_NOOP(
        "cli", "Erase every attendee and check-in in {target}? Type '{word}': "
    ),
    "erase_word": QT_TRANSLATE_NOOP("cli", "erase"),
    "not_erased": QT_TRANSLATE_NOOP("cli", "not erased"),
    "erased": QT_TRANSLATE_NOOP("cli", "erased {count} file(s): {files}"),
    "erased_none": QT_TRANSLATE_NOOP("cli", "none"),
}

_UNSET = object()
_translator: Any = _UNSET


def _catalogue() -> QTranslator | None:
    """The system language's catalogue, loaded once; None: English."""
    from PySide6.QtCore import QTranslator

    from checkin.qt import i18n

    global _translator
    if _translator is _UNSET:
        _translator = None
        language = i18n.system_language()
        if language != i18n.SOURCE_LANGUAGE:
            try:
                path = i18n.compiled_catalogue(language)
            except (OSError, subprocess.CalledProcessError):
                path = None  # no lrelease, a read-only cache: the words stay English
            translator = QTranslator()
            if path is not None and translator.load(str(path)):
                _translator = translator
    return _translator if isinstance(_translator, QTranslator) else None


def english(key: str, **values: object) -> str:
    """The sentence `key` as written here (no catalogue, no Qt)."""
    return TEXTS[key].format(**values)


def say(key: str, **values: object) -> str:
    """The sentence `key` in the system's language, its {placeholders} filled in."""
    text = TEXTS[key]
    catalogue = _catalogue()
    translated = catalogue.translate("cli", text) if catalogue is not None else ""
    return (translated or text).format(**values)


def reset() -> None:
    """Read the system language again at the next word (tests switch LANG)."""
    global _translator
    _translator = _UNSET
