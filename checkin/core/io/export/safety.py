"""Spreadsheet-formula neutralisation (OWASP "CSV injection").

Excel and LibreOffice treat a cell whose first character is = + - @ (or their
full-width forms, which Excel folds to ASCII), Tab or CR as a formula or strip
the whitespace and evaluate what follows. A guest list is attacker-controlled
text (anyone can register as "=HYPERLINK(...)"), so every such cell is defused.

OWASP suggests a leading apostrophe, but Excel only hides that apostrophe when
it is typed: opening a CSV shows it ("'@home GmbH"). We prefix a ZERO WIDTH
SPACE instead: neither program treats the cell as a formula any more, and the
visible text stays exactly what the guest wrote, so the harmless company
"@home" and the phone number "+49 30 ..." still read correctly. `restore`
removes the marker again for round-trips.

XLSX cells do not need the marker: they are written as explicit strings
(`t="inlineStr"`), which are never formulas, even when they start with "=".
"""

from __future__ import annotations

import re

MARKER = "\u200b"
DANGEROUS_FIRST = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")

#: Characters XML 1.0 (hence XLSX) cannot hold; Tab, LF and CR are fine.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def is_dangerous(text: str) -> bool:
    return bool(text) and text[0] in DANGEROUS_FIRST


def neutralise(text: str) -> str:
    """The cell text Excel/LibreOffice will show verbatim and never evaluate."""
    if text and (text[0] in DANGEROUS_FIRST or text[0] == MARKER):
        return MARKER + text
    return text


def restore(cell: str) -> str:
    """Undo `neutralise` (for re-importing our own exports).

    A text that itself began with the marker got a second one, so this is exact.
    """
    return cell[1:] if cell.startswith(MARKER) else cell


def xml_safe(text: str) -> str:
    """Drop control characters an XLSX file cannot store (a pasted form feed, a NUL)."""
    return text if text.isprintable() else _XML_ILLEGAL.sub("", text)
