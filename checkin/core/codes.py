"""Scanner input -> attendee code, and the codes we generate when a list has none.

A scanner is a keyboard: what reaches us is whatever the host's keyboard layout
made of the scanner's key presses, framed by CR/LF/Tab and sometimes invisible
characters, and the QR code itself may hold a URL or a JSON ticket rather than
a bare code. `clean_scan` undoes all that without knowing the guest list: it
returns the most likely code plus ranked alternatives, and the rules
(`checkin.core.rules`) try the alternatives only when the primary is unknown,
so a repair can never shadow a code that exists verbatim.

This runs on every scan, so the common case (a short printable ASCII code) is a
handful of string methods; regexes, JSON and URL parsing run only when the input
looks like it needs them.
"""

from __future__ import annotations

import json
import re
import secrets
import unicodedata
from dataclasses import dataclass
from operator import mul
from random import Random
from urllib.parse import parse_qsl, unquote, urlsplit

#: Longer input is rejected before any other work, so a flood of text stays cheap.
MAX_INPUT = 4096
#: No real ticket code is longer; a longer candidate is not looked up at all.
MAX_CODE = 512


@dataclass(frozen=True, slots=True)
class CleanInput:
    """What a scan could mean: the primary code, or why it cannot be a code at all."""

    raw: str
    #: Primary candidate after cleanup ("" when invalid).
    code: str
    #: Non-empty reason when the input cannot be a code at all.
    invalid: str = ""
    #: Further candidates in priority order as (code, how); tried only when `code` is unknown.
    alternatives: tuple[tuple[str, str], ...] = ()
    #: How the primary was extracted: "", "url", "json", "keyboard_layout+url" ...
    how: str = ""


# -- generated codes -----------------------------------------------------------------

#: 31 symbols without 0/O, 1/I/L. 31 is prime, which makes the weighted check below
#: catch every single substitution and every adjacent transposition (see _check_value).
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_MOD = len(ALPHABET)
#: 13 random symbols = 64.4 bits (12 would give only 59.5), plus one check symbol.
RANDOM_LENGTH = 13
CODE_LENGTH = RANDOM_LENGTH + 1
_WEIGHTS = tuple(range(1, _MOD))
#: bytes.translate table: symbol byte -> its value (other bytes never reach it).
_BYTE_VALUES = bytes(_VALUE.get(chr(b), 0) for b in range(256))
_INVERSE = {w: pow(w, -1, _MOD) for w in _WEIGHTS}
#: Characters a person may type for a symbol the alphabet deliberately lacks.
_TYPO_SYMBOLS = ALPHABET + "0O1IL"
#: Separators people type or read aloud between groups; dropped by normalize_generated.
_GROUP_SEPARATORS = str.maketrans("", "", " -_.\u2010\u2011\u2012\u2013\u2014\u00a0")


def _check_value(body: str) -> int:
    """Check symbol value for `body` (alphabet symbols only).

    Position i (1-based) has weight i, the check symbol weight len(body)+1, and the
    weighted sum must vanish mod 31. All weights are distinct and non-zero mod the
    prime 31 (up to 30 positions), so a single substitution changes the sum by
    w*d != 0 and swapping neighbours a, b by (w1 - w2)*(a - b) != 0: both detected.
    """
    total = sum(map(mul, _WEIGHTS, body.encode("ascii").translate(_BYTE_VALUES)))
    # weight * check == -total (mod 31), solved with the precomputed inverse of the weight.
    return (-total * _INVERSE[len(body) + 1]) % _MOD


def generate_code(rng: Random | None = None) -> str:
    """A fresh, unguessable code: 13 random symbols and one check symbol, no separators.

    Pass `rng` only in tests (reproducible); the default draws from `secrets`.
    """
    if rng is None:
        body = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_LENGTH))
    else:
        body = "".join(rng.choice(ALPHABET) for _ in range(RANDOM_LENGTH))
    return body + ALPHABET[_check_value(body)]


def is_generated_format(s: str) -> bool:
    """True when `s` has exactly the canonical shape of a generated code."""
    return len(s) == CODE_LENGTH and not s.strip(ALPHABET)


def check_ok(s: str) -> bool:
    """True when `s` is a canonical generated code whose check symbol matches."""
    return is_generated_format(s) and _check_value(s[:-1]) == _VALUE[s[-1]]


def normalize_generated(s: str) -> str:
    """What a hand-typed or read-aloud generated code most likely was.

    Uppercases and drops group separators. Look-alikes (0/O, 1/I/L) are *not*
    mapped: the alphabet has neither side of those pairs, so there is nothing
    correct to map them to; they stay and make the code a likely typo instead.
    """
    if s.isalnum():
        return s.upper()
    return s.translate(_GROUP_SEPARATORS).upper()


def looks_like_typo(s: str) -> bool:
    """Right shape for a generated code, but the check symbol fails (or a look-alike slipped in).

    The desk then says "typo?" instead of "unknown".
    """
    n = normalize_generated(s)
    if len(n) != CODE_LENGTH:
        return False
    if n.strip(_TYPO_SYMBOLS):
        return False
    return not check_ok(n)


def format_for_display(code: str) -> str:
    """Groups of four separated by hyphens, for reading aloud and printing.

    Only generated codes: their hyphens are dropped again when typed back, while a
    list's own code (an Eventbrite barcode, "A/123") must be shown exactly as it matches.
    """
    if not is_generated_format(code):
        return code
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


# -- keyboard layout -----------------------------------------------------------------

# A US-layout scanner on a German QWERTZ host sends the key positions of US
# characters; the host reads them with the German layout. Derived key by key
# (number row, QWERTY rows, shifted and unshifted): US char -> what DE produces.
# Three US keys are dead keys on DE and are handled separately: ` -> ^, = -> ´, + -> `.
_US_KEYS = "~@#^&*()-_yYzZ[]\\{}|;':\"/<>?"
_DE_KEYS = "°\"§&/()=ß?zZyYü+#Ü*'öäÖÄ-;:_"
_US_TO_DE = str.maketrans(_US_KEYS + "`=+", _DE_KEYS + "^´`")
_DE_TO_US = str.maketrans(_DE_KEYS + "^´`", _US_KEYS + "`=+")
#: The same for ASCII input, as a bytes table (several times faster than str.translate).
_DE_TO_US_ASCII = bytes(ord(chr(b).translate(_DE_TO_US)) for b in range(128)) + bytes(
    range(128, 256)
)
#: Characters whose presence hints that a layout repair may change something.
_DE_HINTS = frozenset(_DE_KEYS + "^´`")
#: A dead key followed by a letter composes: ´ + a -> á. Combining mark -> US key.
_DEAD_MARKS = {"\u0301": "=", "\u0300": "+", "\u0302": "`"}


def mangle_us_to_de(text: str) -> str:
    """What a US-layout scanner types on a German host (dead keys as plain accents).

    Used to test the repair and to repair the opposite setup (a German-layout
    scanner on a US host), which is exactly this mapping.
    """
    return text.translate(_US_TO_DE)


def repair_de_to_us(text: str) -> str:
    """Undo a US-layout scanner on a German host, including composed dead keys (á -> =a)."""
    if text.isascii():
        return text.encode("ascii").translate(_DE_TO_US_ASCII).decode("ascii")
    out = []
    for c in text:
        if c not in _DE_HINTS and not c.isascii():
            parts = unicodedata.normalize("NFD", c)
            if len(parts) == 2 and parts[1] in _DEAD_MARKS:
                out.append(_DEAD_MARKS[parts[1]] + parts[0].translate(_DE_TO_US))
                continue
        out.append(c.translate(_DE_TO_US))
    return "".join(out)


# -- cleaning ------------------------------------------------------------------------

#: Invisible characters a scanner, a PDF viewer or a copy-paste may smuggle in.
_INVISIBLE = str.maketrans(
    "",
    "",
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u00a0\u202f\u2007\u200e\u200f\u180e",
)
#: Query parameters and JSON keys that carry the code, most specific first.
#: Indico's ticket QR is JSON with the keys registrant_id, checkin_secret, event_id,
#: server_url and version (indico/modules/events/registration/util.py).
_CODE_KEYS = (
    "checkin_secret",
    "secret",
    "code",
    "ticket",
    "ticket_code",
    "ticket_secret",
    "ticket_uuid",
    "barcode",
    "token",
    "uuid",
    "c",
    "t",
)


def _strip_invisible(s: str) -> tuple[str, bool]:
    """Drop format/control characters; second value says whether binary junk was seen."""
    s = s.translate(_INVISIBLE)
    if s.isprintable():
        return s, False
    binary = False
    kept = []
    for c in s:
        if c.isprintable() or c == " ":
            kept.append(c)
            continue
        if c == "\x00" or "\ud800" <= c <= "\udfff":
            binary = True
        elif c in "\t\n\r\v\f\x85\u2028\u2029":
            kept.append(" ")
        # other Cc/Cf/Co/Cn characters are dropped
    return "".join(kept), binary


class _TwoCodes(ValueError):
    """A payload names two different codes (the same key twice): neither may be taken."""


def _reject_repeats(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object's keys, refusing a code key that appears twice with two values
    (json.loads would silently keep the last one)."""
    data: dict[str, object] = {}
    for key, value in pairs:
        if key in data and data[key] != value and key.lower() in _CODE_KEYS:
            raise _TwoCodes(key)
        data[key] = value
    return data


def _json_code(holder: dict[str, object], key: str) -> str:
    value = holder.get(key)
    if isinstance(value, str | int) and not isinstance(value, bool):
        return str(value).strip()
    return ""


def _from_json(s: str) -> str | None:
    """The code inside a JSON ticket; "" for a JSON object without one, None for no JSON
    object. Raises _TwoCodes where it names two different codes under one key (twice in
    one object, or in two of its nested objects)."""
    try:
        data = json.loads(s, object_pairs_hook=_reject_repeats)
    except _TwoCodes:
        raise
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    nested = [v for v in data.values() if isinstance(v, dict)]
    for key in _CODE_KEYS:
        text = _json_code(data, key)
        if text:
            return text
    for key in _CODE_KEYS:
        found = {text for holder in nested if (text := _json_code(holder, key))}
        if len(found) > 1:
            raise _TwoCodes(key)
        if found:
            return found.pop()
    return ""


#: A host name and a path without a scheme: "tickets.example/t/42?code=X", as a QR
#: code generator or a person copying from the address bar leaves it.
_SCHEMELESS_URL = re.compile(
    r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d{1,5})?/", re.IGNORECASE
)


def _looks_like_url(s: str) -> bool:
    return "://" in s[:12] or s[:4].lower() == "www." or bool(_SCHEMELESS_URL.match(s))


def _from_url(s: str) -> str | None:
    """The code in a URL's query (?code=X), fragment, or last path segment."""
    if "://" not in s[:12]:
        s = "https://" + s
    try:
        parts = urlsplit(s)
    except ValueError:
        return None
    pairs = [
        (k.lower(), v.strip())
        for source in (parts.query, parts.fragment)
        if "=" in source
        for k, v in parse_qsl(source, keep_blank_values=False)
    ]
    for key in _CODE_KEYS:
        values = {v for k, v in pairs if k == key and v}
        if len(values) > 1:  # "?code=A&code=B": parse_qs would keep the last, a guess
            raise _TwoCodes(key)
        if values:
            return values.pop()
    segments = [seg for seg in parts.path.split("/") if seg]
    if segments:
        return unquote(segments[-1]).strip() or None
    return None


def _extract(s: str) -> tuple[str, str] | None:
    """(code, how) for a structured payload (JSON, URL), None for a plain code; the code
    is "" where the payload holds none, or two ("how" then ends in "_two_codes")."""
    if s[0] == "{":
        try:
            code = _from_json(s)
        except _TwoCodes:
            return "", "json_two_codes"
        # Broken JSON stays a plain (unknown) candidate; a ticket without a code is invalid.
        return (code, "json") if code is not None else None
    if _looks_like_url(s):
        try:
            code = _from_url(s)
        except _TwoCodes:
            return "", "url_two_codes"
        return (code, "url") if code is not None else ("", "url")
    return None


def _extract_mangled(s: str) -> tuple[str, str] | None:
    """A URL or JSON ticket that only becomes one after undoing a keyboard layout."""
    head = s[:12]
    if not (head[:4].lower() == "http" or head[:1] in "Ü{"):
        return None
    repairs = (
        (repair_de_to_us(s), "keyboard_layout"),
        (mangle_us_to_de(s), "keyboard_layout_de_scanner"),
    )
    for repaired, how in repairs:
        if repaired == s or not repaired:
            continue
        found = _extract(repaired)
        if found is not None and (found[0] or found[1].endswith("_two_codes")):
            return found[0], f"{how}+{found[1]}"
    return None


def _invalid(raw: str, reason: str) -> CleanInput:
    return CleanInput(raw=raw, code="", invalid=reason)


def clean_scan(raw: str) -> CleanInput:
    """Turn whatever the scanner (or a person) typed into ranked code candidates.

    Never raises; injection text is left as a plain candidate because the store
    binds parameters, so it simply is unknown.
    """
    if len(raw) > MAX_INPUT:
        return _invalid(raw, "too_long")
    s = raw.strip()
    binary = False
    if not (s.isascii() and s.isprintable()):
        s, binary = _strip_invisible(s)
        s = s.strip()
        if binary:
            return _invalid(raw, "binary")
    if not s:
        return _invalid(raw, "empty" if not raw.strip() else "control_characters")
    if "\ufffd" in s:
        return _invalid(raw, "binary")

    how = ""
    extracted = (
        _extract(s)
        if (s[0] == "{" or ":" in s or s[:4].lower() == "www." or ("/" in s and "." in s))
        else None
    )
    if extracted is None and (not s.isascii() or s[:4].lower() == "http"):
        extracted = _extract_mangled(s)
    if extracted is not None:
        code, how = extracted
        if how.endswith("_two_codes"):  # a guess between two tickets is no reading
            return CleanInput(raw=raw, code="", invalid=how, how=how.removesuffix("_two_codes"))
        if not code:
            return CleanInput(raw=raw, code="", invalid=f"{how}_without_code", how=how)
    else:
        code = s
    if len(code) > MAX_CODE:
        return CleanInput(raw=raw, code="", invalid="too_long", how=how)

    # A payload repaired as a whole already yields the repaired code; no second repair.
    alternatives = _alternatives(code, layout=not how.startswith("keyboard_layout"))
    if how and s != code and len(s) <= MAX_CODE:
        # Some lists store the whole URL or payload as the code.
        alternatives = (*alternatives, (s, "as_scanned"))
    return CleanInput(raw=raw, code=code, alternatives=alternatives, how=how)


#: Groups of a code typed by hand with spaces ("iz17 t2wb dlyn"): letters and digits only.
_MIN_SPACED_GROUP = 2
_MIN_SPACED_CODE = 6


def _spaced_groups(code: str) -> list[str] | None:
    """The groups of a code a person typed with spaces for its hyphens, else None.

    Only letters and digits between single runs of spaces, each group two or more
    characters: a name ("Anna Nowak") or a sentence could be split the same way,
    but its joined forms are then simply unknown codes.
    """
    if " " not in code:
        return None
    groups = code.split()
    if len(groups) < 2 or not all(g.isascii() and g.isalnum() for g in groups):
        return None
    if min(map(len, groups)) < _MIN_SPACED_GROUP or sum(map(len, groups)) < _MIN_SPACED_CODE:
        return None
    return groups


def _alternatives(code: str, layout: bool = True) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    seen = {code}

    def add(candidate: str, how: str) -> None:
        if candidate and candidate not in seen:
            seen.add(candidate)
            found.append((candidate, how))

    if not code.isascii():  # "Dvořák" typed with a combining caron, or the list's was
        add(unicodedata.normalize("NFC", code), "unicode_normalized")
        add(unicodedata.normalize("NFD", code), "unicode_normalized")
    n = len(code)
    if CODE_LENGTH <= n <= CODE_LENGTH + 8:
        norm = normalize_generated(code)
        if check_ok(norm):
            add(norm, "generated_normalized")
    groups = _spaced_groups(code)
    if groups is not None:  # after the exact code: a list's own "IZ17 T2WB" still wins
        add("-".join(groups), "spaces_as_hyphens")
        add("".join(groups), "spaces_removed")
    hinted = layout and (not code.isascii() or not _DE_HINTS.isdisjoint(code))
    if hinted:
        repaired = repair_de_to_us(code)
        add(repaired, "keyboard_layout")
        if CODE_LENGTH <= n <= CODE_LENGTH + 8 and repaired != code:
            norm = normalize_generated(repaired)
            if check_ok(norm):
                add(norm, "keyboard_layout+generated_normalized")
        if not code.isalnum():
            # For letters and digits both layouts differ only by y/z, already covered.
            add(mangle_us_to_de(code), "keyboard_layout_de_scanner")
    upper = code.upper()
    add(upper, "case")
    add(code.lower(), "case")
    if hinted:
        add(repaired.upper(), "keyboard_layout+case")
    return tuple(found)
