"""Every message a real export's import gives is one the German desk can say in German.

The import dialog shows the core's notes through `core_words.say`; a plain English
sentence there (no `Note` code, or a code without words) reaches the German UI as it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checkin.core.io import CheckinListNeeded, parse_list
from checkin.core.notes import Note
from checkin.qt.core_words import _templates

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"
FILES = sorted(
    p for p in REAL.rglob("*") if p.suffix in {".csv", ".xlsx", ".json"} and "truth" not in p.name
)


def _parsed(path: Path):
    try:
        return parse_list(path)
    except CheckinListNeeded as needed:  # an orders export: the organiser names the door
        return parse_list(path, checkin_list=needed.lists[-1])


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_note_of_a_real_export_has_german_words(path):
    if path.name in {"MANIFEST.json"} or path.name.startswith(("tickets-",)):
        pytest.skip("not a guest list")
    parsed = _parsed(path)
    said = [*parsed.warnings, *(p.detail for p in parsed.problems)]
    known = _templates()
    plain = [s for s in said if not isinstance(s, Note) or s.code not in known]
    assert not plain, plain


def test_the_real_exports_give_the_notes_this_test_is_about():
    """The files really say these things (else the test above proves nothing)."""
    codes = {
        s.code
        for p in FILES
        if p.name != "MANIFEST.json" and not p.name.startswith("tickets-")
        for s in _parsed(p).warnings
        if isinstance(s, Note)
    }
    assert {"door_list_others", "pretix_no_secrets", "indico_no_qr", "indico_json_states"} <= codes
