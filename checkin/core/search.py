"""German-aware folding and ranking for the name search at the desk.

The operator types what they hear ("Müller", "Mueller", "Muller", "Weiss") on
a German keyboard, often without the accents of Czech, Polish, Turkish or
Vietnamese names. Index and query are folded the same way, so each spelling
finds the others; the store keeps (term, field rank, attendee id) rows built
by `index_terms` and answers prefix queries on them.

Folding decision for ue/oe/ae: "ü" and "ue" both fold to "u" (likewise ö/oe -> o,
ä/ae -> a, and æ/œ through ae/oe). That is the only way to make Müller, Mueller
and Muller equal. The price is a few false friends: Muesli = Müsli = Musli,
Michael = Michal, Joel = Jol, Manuel = Manul. At a desk a slightly longer result
list is harmless, a guest not found is not; and because query and index fold
alike, prefix search keeps working while a word is typed (Mue -> mu, Muel -> mul).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from checkin.core.codes import clean_scan, is_generated_format, normalize_generated
from checkin.core.model import Attendee

#: Bump whenever fold(), words() or email_words() would return something else for some
#: text: SQLite's contentless search index is then rebuilt when an event is opened.
FOLD_REVISION = 1

FIELD_RANK = {"last_name": 0, "first_name": 1, "company": 2, "email": 3}
_LAST, _FIRST, _COMPANY_RANK, _EMAIL_RANK = (FIELD_RANK[f] for f in FIELD_RANK)

#: Letters NFKD leaves whole (no combining mark to strip), mapped explicitly.
#: Applied after casefold, so only lowercase forms are needed (ß is already "ss").
_SPECIAL = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ı": "i",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ħ": "h",
        "ŧ": "t",
        "ŋ": "n",
        "ſ": "s",
        "ĸ": "k",
        "ŀ": "l",
        "ʼ": "'",
        "’": "'",
        "‘": "'",
        "`": "'",
        "´": "'",
    }
)
#: Combining marks (U+0300-U+036F and the rarer blocks) removed after NFKD.
_MARKS = dict.fromkeys(
    [*range(0x300, 0x370), *range(0x1AB0, 0x1B00), *range(0x1DC0, 0x1E00), *range(0x20D0, 0x2100)]
)
#: After NFKD: anything but ASCII and the common combining marks needs the slow path.
#: Word separators in names, companies and e-mail addresses.
_SEPARATORS = re.compile("[-'.@_+/,;:()&\"\u2010\u2011\u2013\u2014]+")
#: Separators inside one name that people also leave out when typing (O'Brien -> obrien).
_JOINERS = frozenset("-'\u2010\u2011")


class _FoldTable(dict[int, str]):
    """Per-character folding, computed on first sight and then a plain table lookup.

    Folding a string character by character is what the whole-string pipeline
    (NFKD, casefold, drop marks, special letters, NFC) does, but `str.translate`
    runs it in C: an import folds 200,000 attendees' fields in well under a second.
    """

    def __missing__(self, code: int) -> str:
        # casefold again after NFKD: compatibility forms (𝐀, Ｍ) decompose to capitals.
        s = unicodedata.normalize("NFKD", chr(code).casefold()).casefold()
        s = s.translate(_SPECIAL).translate(_MARKS)
        if not s.isascii():
            # Turkish İ (i + combining dot) lost its dot above; what is left
            # (Cyrillic, CJK, Hangul ...) is recomposed and otherwise kept.
            s = unicodedata.normalize("NFC", s)
        self[code] = s
        return s


_FOLD_TABLE = _FoldTable()


@lru_cache(maxsize=131072)
def fold(text: str) -> str:
    """Casefold, strip accents, apply German folding (ü = ue = u, ß = ss)."""
    s = text.lower() if text.isascii() else text.casefold().translate(_FOLD_TABLE)
    if "e" in s:
        # Repeat until stable ("uee" -> "ue" -> "u"), so folding a folded text is a no-op.
        while "ue" in s or "oe" in s or "ae" in s:
            s = s.replace("ue", "u").replace("oe", "o").replace("ae", "a")
    return s


@lru_cache(maxsize=131072)
def _words(text: str, joined: bool = True) -> tuple[str, ...]:
    out: list[str] = []
    for token in fold(text).split():
        if token.isalnum():
            if token not in out:
                out.append(token)
            continue
        parts = [p for p in _SEPARATORS.split(token) if p]
        for part in parts:
            if part not in out:
                out.append(part)
        # Join only across hyphens/apostrophes (O'Brien -> obrien); e-mail and
        # dotted forms joined are noise.
        if joined and len(parts) > 1 and not _JOINERS.isdisjoint(token) and "@" not in token:
            whole = "".join(parts)
            if "." not in token and whole not in out:
                out.append(whole)
    return tuple(out)


def words(text: str) -> list[str]:
    """Folded words of one field; hyphenated names also as one word (Müller-Lüdenscheidt)."""
    if not text:
        return []
    return list(_words(text))


def email_words(email: str) -> str:
    """The folded words of an e-mail address, space-separated, for the search index.

    Addresses are unique, so caching them only evicts the names; an address
    is one token whose words are never joined, so splitting is all there is.
    """
    if not email:
        return ""
    if " " in email or not email.isascii():
        return " ".join(words(email))
    parts = dict.fromkeys(p for p in _SEPARATORS.split(_fold_ascii(email)) if p)
    return " ".join(parts)


def _fold_ascii(s: str) -> str:
    s = s.lower()
    if "e" in s:
        while "ue" in s or "oe" in s or "ae" in s:
            s = s.replace("ue", "u").replace("oe", "o").replace("ae", "a")
    return s


def index_terms(attendee: Attendee) -> list[tuple[str, int]]:
    """(term, field rank) rows for the search index, each term once with its best rank."""
    best: dict[str, int] = {}
    for text, field_rank in (
        (attendee.last_name, _LAST),
        (attendee.first_name, _FIRST),
        (attendee.company, _COMPANY_RANK),
        (attendee.email, _EMAIL_RANK),
    ):
        if text:
            for word in _words(text):
                best.setdefault(word, field_rank)
    return list(best.items())


def query_words(query: str) -> list[str]:
    """Folded words of what the operator typed, longest first (most selective for the store)."""
    # No joined forms: the parts of "Müller-Lü" already require both words.
    return sorted(_words(query.strip(), joined=False), key=len, reverse=True)


#: Levels of how well one query word matches an attendee (lower is better).
_EXACT_SURNAME, _SURNAME_PREFIX, _FIRST_EXACT, _FIRST_PREFIX, _COMPANY, _EMAIL, _NONE = range(7)


def _level(
    word: str,
    last: tuple[str, ...],
    first: tuple[str, ...],
    company: tuple[str, ...],
    email: tuple[str, ...],
) -> int:
    if word in last:
        return _EXACT_SURNAME
    if any(w.startswith(word) for w in last):
        return _SURNAME_PREFIX
    if word in first:
        return _FIRST_EXACT
    if any(w.startswith(word) for w in first):
        return _FIRST_PREFIX
    if any(w.startswith(word) for w in company):
        return _COMPANY
    if any(w.startswith(word) for w in email):
        return _EMAIL
    return _NONE


def rank(attendee: Attendee, words: list[str]) -> tuple[int, int, str, int]:
    """Sort key: exact surname, surname prefix, first name, company, e-mail; then by name
    (`names.sort_key`, the order of every list of people)."""
    from checkin.core.names import sort_key  # names folds with this module

    last = _words(attendee.last_name)
    first = _words(attendee.first_name)
    company = _words(attendee.company)
    email = _words(attendee.email)
    levels = [_level(w, last, first, company, email) for w in words] or [_NONE]
    return (
        min(levels),
        sum(levels),
        sort_key(attendee.last_name, attendee.first_name),
        attendee.id or 0,
    )


def looks_like_name_query(text: str) -> bool:
    """True when what was typed into the scan field is clearly a name, not a code.

    Names: words of letters (hyphen, apostrophe, dot allowed) with a space between,
    or one word with lowercase letters and no digits. Codes have digits, are
    uppercase generated codes, or are long letter runs (scanner secrets).
    """
    s = text.strip()
    if not s or len(s) > 80 or any(c.isdigit() for c in s):
        return False
    tokens = s.split()
    letters = [t.translate(_NAME_PUNCT) for t in tokens]
    # Each hyphen joins two letter runs (Müller-Lüdenscheidt); "--" is a mangled URL.
    if not all(part.isalpha() for t in letters for part in t.split("-")):
        return False
    if clean_scan(s).how:
        return False  # a URL or ticket payload
    if len(tokens) > 1:
        return True
    word = letters[0]
    if len(word) > 24 or is_generated_format(normalize_generated(s)):
        return False
    return any(c.islower() for c in word)


_NAME_PUNCT = str.maketrans("", "", "'.’")

#: The marks people type for the apostrophe of O'Brien or D’Angelo (folding makes them ').
APOSTROPHES = "'’‘`´ʼ"


def apostrophe_query(query: str) -> bool:
    """True when the operator typed only an apostrophe: they look for names that have one.

    Folding drops the apostrophe from every word, so such a query has no word to search
    for; the stores then list the names that contain one instead of nobody.
    """
    s = query.strip()
    return bool(s) and len(s) <= 3 and not s.strip(APOSTROPHES)
