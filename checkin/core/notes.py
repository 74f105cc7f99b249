"""Messages from the core as typed codes with their values, not only English sentences.

A `Note` *is* the English sentence (a `str`, so the command line, logs and
existing callers print it unchanged) and also carries a `code` and the values
that went into it. A UI looks the code up in its own catalogue and says the same
thing in its language (`checkin.qt.core_words`); a code it does not know falls
back to the English text, so a new message is never lost, only untranslated.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class Note(str):
    code: str
    args: Mapping[str, Any]

    def __new__(cls, code: str, template: str, /, **args: Any) -> Note:
        note = super().__new__(cls, template.format(**args))
        note.code = code
        note.args = dict(args)
        note._template = template  # type: ignore[attr-defined]
        return note

    def __reduce__(self) -> tuple[Any, ...]:  # pickles across the import's worker processes
        return (_rebuild, (self.code, self._template, dict(self.args)))  # type: ignore[attr-defined]


def _rebuild(code: str, template: str, args: dict[str, Any]) -> Note:
    return Note(code, template, **args)
