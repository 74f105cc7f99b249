"""Indico's registrants JSON (its registrants API) -> Source, like any other list.

Indico's ticket QR code holds JSON naming the registration's check-in secret (the
ticket uuid) and its internal id; its CSV and Excel exports carry neither, only the
per-event ID. The registrants API (`GET /api/events/<id>/registrants`, what Indico's
check-in app loads) carries the secret, so a list read from it admits Indico tickets.
Each registrant becomes a row with named columns, so the header detection, the mapping
and the import treat it like any list.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from checkin.core.io.listmodel import ListFileError
from checkin.core.io.source import Source

#: Column -> how to read it from one registrant of the API (personal_data keys).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("Check-in secret", "checkin_secret"),
    ("Registrant ID", "registrant_id"),
    ("Title", "title"),
    ("First Name", "firstName"),
    ("Last Name", "surname"),
    ("Email Address", "email"),
    ("Affiliation", "affiliation"),
    ("Position", "position"),
    ("Phone", "phone"),
    ("Country", "country"),
    ("Checked in", "checked_in"),
    ("Tags", "tags"),
)
HEADERS = [header for header, _ in COLUMNS]


def looks_like_json(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"


def _cell(registrant: dict[str, Any], key: str) -> str:
    personal = registrant.get("personal_data")
    value = registrant.get(key)
    if value is None and isinstance(personal, dict):
        value = personal.get(key)
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _ends_inside(text: str) -> bool:
    """Whether the text stops inside a string or before its brackets close: cut off."""
    depth, in_string, escaped = 0, False, False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
    return in_string or depth > 0


def json_source(data: bytes, modified: datetime | None) -> Source:
    """Indico's `{"registrants": [...]}`; any other JSON is refused with what to do."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise ListFileError("This JSON file is not UTF-8 text; download it again.") from error
    except json.JSONDecodeError as error:
        if _ends_inside(data.decode("utf-8-sig", errors="replace")):
            raise ListFileError(
                "This JSON file is cut off: it ends before its last registrant is complete "
                "(an interrupted download or a full USB stick). Nothing was imported. "
                "Download it again."
            ) from error
        raise ListFileError(
            f"This JSON file cannot be read (line {error.lineno}: {error.msg}). Download it again."
        ) from error
    registrants = document.get("registrants") if isinstance(document, dict) else None
    if not isinstance(registrants, list) or not all(isinstance(r, dict) for r in registrants):
        raise ListFileError(
            'This JSON file is not Indico\'s list of registrants ({"registrants": [...]}). '
            "Export the guest list as CSV or Excel, or Indico's registrants API, and import "
            "that file."
        )
    if not registrants:
        raise ListFileError("The file lists no registrants. Nothing was imported.")

    def rows() -> Iterator[tuple[int, list[str]]]:
        for number, registrant in enumerate(registrants, start=1):
            yield number, [_cell(registrant, key) for _, key in COLUMNS]

    return Source(
        headers=list(HEADERS),
        rows=rows(),
        format="json",
        header_line=0,
        total=len(registrants),
        encoding="utf-8",
        modified=modified,
    )
