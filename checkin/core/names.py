"""People's names: where the family name starts, the one name order, short forms.

One module for what every layer needs to know about a name, so that the import's
split, the sort order of lists, exports and badge batches, and the badge's
abbreviations agree: "Karl-Theodor Freiherr von und zu Guttenberg" is the given
name Karl-Theodor and the family name "Freiherr von und zu Guttenberg"
everywhere, listed under G, and a badge may shorten Karl-Theodor but never a
word of the family name.
"""

from __future__ import annotations

import re

from checkin.core.model import Attendee
from checkin.core.search import fold

#: Lower-case name particles that belong to the family name ("Anna von Berg").
PARTICLES = frozenset({"von", "van", "de", "der", "den", "zu", "zum", "zur", "da", "di", "del",
                        "la", "le", "vom", "ter", "ten", "af", "av"})  # fmt: skip
#: German titles of nobility, part of the family name since 1919 ("Otto Graf Lambsdorff").
NOBILITY = frozenset({
    "freiherr", "freifrau", "freiin", "frhr.", "frfr.", "graf", "gräfin", "reichsgraf",
    "reichsgräfin", "fürst", "fürstin", "prinz", "prinzessin", "herzog", "herzogin",
    "erbprinz", "erbprinzessin", "markgraf", "markgräfin", "landgraf", "landgräfin",
    "burggraf", "burggräfin", "baron", "baronin", "edler", "edle", "ritter",
})  # fmt: skip
#: Joins two particles ("von und zu").
_AND = "und"

#: Bump whenever `sort_key` would order some names otherwise: stores recompute their keys.
NAME_ORDER_REVISION = 2
#: The key of a ticket without a name (pretix allows them): after every name, in
#: import order. The highest valid character, so it sorts last in Python, SQLite and
#: PostgreSQL's byte order alike.
NAMELESS_KEY = "\U0010fffd\x1f"


def _is_particle(words: list[str], i: int) -> bool:
    word = words[i].casefold()
    if word in PARTICLES or word in NOBILITY:
        return True
    # "von und zu": "und" only between particles, never a lone "und".
    return (
        word == _AND
        and 0 < i < len(words) - 1
        and words[i - 1].casefold() in PARTICLES
        and words[i + 1].casefold() in PARTICLES
    )


def family_start(words: list[str]) -> int:
    """Index of the first word of the family name in a whole name written given-first.

    The last word always belongs to the family name, and so do the particles and
    titles of nobility right before it, as long as a given name is left:
    ["Karl-Theodor", "Freiherr", "von", "und", "zu", "Guttenberg"] -> 1.
    """
    cut = len(words) - 1
    while cut > 1 and _is_particle(words, cut - 1):
        cut -= 1
    return cut


def split_given_family(first: str, last: str) -> tuple[str, str]:
    """(given names, family name), with particles a list left at the end of the first name.

    Lists (and events imported before the family name knew "und" and "Freiherr")
    sometimes hold "Karl-Theodor Freiherr von und" / "zu Guttenberg"; the
    particles belong to the family name, so they move there.
    """
    given = first.split()
    if not given or not last:
        return first.strip(), last.strip()
    words = [*given, *last.split()]
    start = min(family_start(words), len(given))
    return " ".join(words[:start]), " ".join(words[start:])


# -- name order ---------------------------------------------------------------------


def _leading_particles(words: list[str]) -> int:
    """How many leading words of a family name are particles or titles of nobility."""
    n = 0
    while n < len(words) - 1 and _is_particle(words, n):
        n += 1
    return n


def sort_key(last_name: str, first_name: str) -> str:
    """The one name order for every list of people, as a German reader expects it.

    DIN 5007: umlauts as their base letters (Ärger beside Arndt, not after Zuse),
    ß as ss, accents and case ignored, folded exactly as the name search folds
    (Müller = Mueller = Muller). A family name is filed under its main word:
    particles and titles of nobility move behind the given name, so "von Berg"
    stands under B ("Berg, Anna von"), as does "Freiherr von und zu Berg". A
    family name that is nothing but a particle ("Le") stays as it is.

    A plain string, so the stores can keep it in a byte-ordered index. Tickets without
    a name come after everyone (`NAMELESS_KEY`): at the top they looked like empty rows.
    """
    if not last_name.strip() and not first_name.strip():
        return NAMELESS_KEY
    if " " not in last_name:  # nearly every name (lists are cleaned): no particle to move
        return f"{fold(last_name)}\x1f{fold(first_name)}\x1f"
    words = last_name.split()
    n = _leading_particles(words)
    main = " ".join(words[n:])
    particles = " ".join(words[:n])
    return f"{fold(main)}\x1f{fold(first_name)}\x1f{fold(particles)}"


def attendee_key(attendee: Attendee) -> str:
    """`sort_key` of an attendee: the key to pass to sorted() for a list of people."""
    return sort_key(attendee.last_name, attendee.first_name)


# -- short forms for badges -------------------------------------------------------------

_INITIAL = re.compile(r"^\w\.$")
#: Vietnamese family names that open a name in its own order; with them the given name
#: a person is called by is the last one ("Nguyễn Thị Thu Hương": Hương).
_VIETNAMESE_FAMILY = frozenset({
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui",
    "do", "ho", "ngo", "duong", "ly", "dinh", "truong", "luong",
})  # fmt: skip
#: Letters only Vietnamese writes (horn and stroke letters, tone marks below or as hooks).
_VIETNAMESE_LETTERS = re.compile("[ơưđƠƯĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


def initial(word: str) -> str:
    """ "Friedrich-Wilhelm" -> "F.-W.", "Maximilian" -> "M.", "M." stays "M.".

    The first letter of each hyphenated part; a part that is no word (a lone
    dash) is left as it is.
    """
    parts = word.split("-")
    out = []
    for part in parts:
        letter = next((ch for ch in part if ch.isalpha()), "")
        out.append(f"{letter}." if letter else part)
    return "-".join(out)


def is_initial(word: str) -> bool:
    return all(_INITIAL.match(p) for p in word.split("-"))


def called_name_index(given: list[str], family: str) -> int:
    """Which given name a person is called by: the first, or the last for Vietnamese names."""
    if len(given) > 1 and fold(family.split()[0] if family else "") in _VIETNAMESE_FAMILY:
        if _VIETNAMESE_LETTERS.search(" ".join([*given, family])):
            return len(given) - 1
    return 0


def abbreviated_given(given: str, family: str, *, keep_called: bool) -> str:
    """Given names as initials: all but the called name, or (keep_called=False) all.

    "Friedrich-Wilhelm Maximilian Konstantin" -> "Friedrich-Wilhelm M. K.", then
    "F.-W. M. K."; a Vietnamese "Thị Thu Hương" (family Nguyễn) keeps Hương longest.
    """
    words = given.split()
    if not words:
        return ""
    keep = called_name_index(words, family) if keep_called else -1
    return " ".join(w if i == keep else initial(w) for i, w in enumerate(words))


# -- shorter titles ----------------------------------------------------------------------

#: Words that only qualify a degree ("habil.", "rer. nat.", "(FH)"): the first to go.
_QUALIFIERS = frozenset({
    "habil.", "mult.", "rer.", "nat.", "med.", "pol.", "oec.", "phil.", "jur.", "theol.",
    "paed.", "dent.", "vet.", "techn.", "sc.", "hab.", "apl.", "em.", "(fh)", "(th)", "(tu)",
    "(ba)", "dipl.-ing.", "dipl.-kfm.", "dipl.-inform.", "dipl.-phys.", "m.sc.",
    "b.sc.", "m.a.", "b.a.", "m.eng.", "b.eng.", "ll.m.", "mba", "ing.", "mag.", "mgr",
    "mgr.", "inż.", "bc.",
})  # fmt: skip
#: Honours kept longest after the rank ("Dr. h.c."): the second to go.
_HONOURS = frozenset({"h.c.", "e.h.", "h. c.", "e. h."})
_SPACED_HONOUR = re.compile(r"\b([hHeE])\.\s+([cChH])\.")


def _rank(word: str) -> int:
    """2 for a professor, 1 for a doctor, 0 for any other title word."""
    folded = word.casefold()
    if "prof" in folded:
        return 2
    if folded.startswith("dr") or folded.endswith("dr."):
        return 1
    return 0


def shorter_titles(title: str) -> list[str]:
    """Ever shorter forms of an academic title, the rank kept to the last.

    "Prof. Dr.-Ing. habil." -> ["Prof. Dr.-Ing.", "Prof. Dr.", "Prof."]: qualifiers and
    lesser degrees go first, then doctorates become plain "Dr." and honours go,
    then only the highest rank is left. A title without rank words has none.
    """
    words = _SPACED_HONOUR.sub(r"\1.\2.", title).split()
    ranked = [w for w in words if _rank(w)]
    if not ranked:
        return []
    top = max(ranked, key=_rank)

    def plain(word: str) -> str:
        return {2: "Prof.", 1: "Dr."}.get(_rank(word), word)

    forms: list[str] = []
    # A degree's qualifiers only go where a rank word is left to carry the title.
    first = [w for w in words if _rank(w) or w.casefold() not in _QUALIFIERS]
    second = [plain(w) for w in first if w.casefold() not in _HONOURS]
    for form in (first, second, [plain(top)]):
        text = " ".join(form)
        shorter = len(text) < len(forms[-1] if forms else title)
        if text and shorter and text not in forms:
            forms.append(text)
    return forms
