"""Reading single cell values the way registration systems write them.

Lists come from pretix, Eventbrite, Indico, Hi.Events, XING or someone's Excel
sheet; each spells "cancelled", "yes" and a date its own way, in English or
German. These helpers turn such text into the few things the desk needs, and
say `None` when they cannot tell, so the caller can report the row.
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

from checkin.core.model import DEFAULT_TIMEZONE, Status
from checkin.core.names import PARTICLES as PARTICLES  # re-exported: the import uses it
from checkin.core.names import family_start

# -- status ------------------------------------------------------------------------

#: A waiting-list place is not a ticket: the desk says so, and a person decides. A guest
#: moved up ("Warteliste (nachgerückt)", "Waiting list, confirmed") is not refused: such a
#: status is unknown (imported as active, with a warning), see `_MOVED_UP`.
_WAITING = frozenset(
    {
        "waiting list", "waitlist", "wait list", "waitlisted", "wait listed",
        "on waiting list", "on the waiting list", "on waitlist", "on the waitlist",
        "warteliste", "auf warteliste", "auf der warteliste",
    }
)  # fmt: skip
#: Whole-value words meaning the ticket is no longer valid (compared casefolded, "_" as " ").
_CANCELLED = frozenset(
    {
        "cancelled", "canceled", "cancelled by attendee", "canceled by attendee", "refunded",
        "partially refunded", "not attending", "deleted", "transferred", "withdrawn",
        "rejected", "expired", "void", "voided", "declined",
        "storniert", "storno", "abgesagt", "erstattet", "zurückerstattet", "rückerstattet",
        "nicht teilnehmend", "nimmt nicht teil", "gelöscht", "übertragen", "zurückgezogen",
        "abgelehnt", "abgelaufen", "ungültig", "annulliert",
        "withdrew", "zurückgetreten", "zurueckgetreten", "rücktritt", "zurueckgezogen",
        "abgemeldet",
    }
    | _WAITING
)  # fmt: skip
_MOVED_UP = re.compile(
    r"nachger(ü|ue)ckt|best(ä|ae)tigt|zugelassen|angenommen|freigegeben|bezahlt|"
    r"confirmed|accepted|approved|promoted|moved up|paid|registered|angemeldet"
)
#: Words meaning the person may come (paid, pending payment, attending, checked in ...).
_ACTIVE = frozenset(
    {
        "", "active", "aktiv", "paid", "bezahlt", "pending", "ausstehend", "attending",
        "checked in", "eingecheckt", "completed", "complete", "confirmed", "bestätigt",
        "registered", "angemeldet", "offen", "open", "valid",
        "gültig", "yes", "ja", "true", "1", "teilnehmend", "nimmt teil", "zugesagt",
        "placed", "approved", "genehmigt", "free", "kostenlos",
    }
)  # fmt: skip
#: Words meaning the registration is not paid (yet): refused as not paid, a person may admit.
_UNPAID = frozenset(
    {
        "unpaid", "not paid", "awaiting payment", "awaiting offline payment", "payment pending",
        "pending payment", "unbezahlt", "nicht bezahlt", "warten auf zahlung",
        "zahlung ausstehend",
    }
)  # fmt: skip
#: Words that by themselves say "checked in" inside a status column (Eventbrite).
_STATUS_CHECKED_IN = frozenset({"checked in", "eingecheckt", "checked-in"})


def _fold(text: str) -> str:
    return " ".join(text.replace("_", " ").replace("-", " ").casefold().split())


def parse_status(text: str) -> Status | None:
    """ACTIVE / CANCELLED / UNPAID for a status cell, None when the word is unknown."""
    folded = _fold(text)
    if folded in _UNPAID:
        return Status.UNPAID
    if folded in _ACTIVE or text.strip().casefold() in _STATUS_CHECKED_IN:
        return Status.ACTIVE
    if folded in _CANCELLED:
        return Status.CANCELLED
    # Longer phrases such as "Storniert (Erstattung)" or "Refunded - Fraud".
    head = folded.split(" (")[0].split(" - ")[0].split(",")[0].strip()
    if head in _WAITING:
        return None if _MOVED_UP.search(folded) else Status.CANCELLED
    if head in _CANCELLED:
        return Status.CANCELLED
    if head in _UNPAID:
        return Status.UNPAID
    if head in _ACTIVE:
        return Status.ACTIVE
    return None


def status_says_checked_in(text: str) -> bool:
    return _fold(text) in {"checked in", "eingecheckt"}


# -- yes / no ----------------------------------------------------------------------

_TRUE = frozenset({"yes", "ja", "true", "wahr", "1", "x", "y", "j", "✓", "✔", "checked in",
                   "eingecheckt", "anwesend", "present", "da"})  # fmt: skip
_FALSE = frozenset({"", "no", "nein", "false", "falsch", "0", "n", "-", "–", "✗", "✘",
                    "not checked in", "nicht eingecheckt", "abwesend", "absent"})  # fmt: skip


def parse_bool(text: str) -> bool | None:
    folded = _fold(text)
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    return None


# -- dates -------------------------------------------------------------------------

_DATETIME_RE = re.compile(
    r"^\s*(?:(?P<y1>\d{4})-(?P<m1>\d{1,2})-(?P<d1>\d{1,2})"
    r"|(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{2,4})"
    r"|(?P<a3>\d{1,2})/(?P<b3>\d{1,2})/(?P<y3>\d{2,4})"
    r"|(?P<d4>\d{1,2})\.?\s+(?P<mon4>[^\W\d_]{3,9})\.?\s+(?P<y4>\d{4})"
    r"|(?P<mon5>[^\W\d_]{3,9})\.?\s+(?P<d5>\d{1,2}),?\s+(?P<y5>\d{4}))"
    r"(?:[T,\s]+(?:um\s+)?(?P<H>\d{1,2})[:.](?P<M>\d{2})(?::(?P<S>\d{2})(?:\.(?P<f>\d{1,6})\d*)?)?"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?)?\s*(?:uhr)?\s*"
    r"(?P<tz>Z|UTC|[+-]\d{2}:?\d{2})?)?\s*$",
    re.IGNORECASE,
)


#: Month names as English and German dates write them, by their first three letters.
_MONTHS = {
    "jan": 1, "jän": 1, "feb": 2, "mar": 3, "mär": 3, "mrz": 3, "apr": 4, "may": 5,
    "mai": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "okt": 10, "nov": 11,
    "dec": 12, "dez": 12,
}  # fmt: skip


def slash_date_parts(text: str) -> tuple[int, int] | None:
    """The first two numbers of a slash date ("07/03/2025 09:01" -> (7, 3)), else None:
    which is the day, only the whole column can tell (see `parse_datetime`'s day_first)."""
    match = _DATETIME_RE.match(text)
    if match is None or not match["a3"]:
        return None
    return int(match["a3"]), int(match["b3"])


def parse_datetime(
    text: str, day_first: bool = False, tz: tzinfo = DEFAULT_TIMEZONE
) -> datetime | None:
    """A timezone-aware datetime from ISO, German (07.03.2017 09:15), US/UK slash dates, or
    dates with a month name (5 Mar 2026, Mar 5, 2026).

    Times without a zone are `tz`'s (the event's: registration systems write them in the
    event's time zone; never the machine's, which is UTC on a server). Slash dates
    are read month-first (the English exports of pretix, Eventbrite) unless the
    first number cannot be a month, or `day_first` says the list writes them so.
    """
    match = _DATETIME_RE.match(text)
    if match is None:
        return None
    g = match.groupdict()
    try:
        if g["y1"]:
            year, month, day = int(g["y1"]), int(g["m1"]), int(g["d1"])
        elif g["y2"]:
            year, month, day = int(g["y2"]), int(g["m2"]), int(g["d2"])
        elif g["y4"] or g["y5"]:
            # "5 Mar 2026, 08:47" (Indico's en_GB), "Mar 5, 2026, 8:47 AM" (en_US)
            month = _MONTHS.get((g["mon4"] or g["mon5"])[:3].casefold(), 0)
            year, day = int(g["y4"] or g["y5"]), int(g["d4"] or g["d5"])
        else:
            a, b, year = int(g["a3"]), int(g["b3"]), int(g["y3"])
            month, day = (b, a) if a > 12 or day_first else (a, b)
        if year < 100:
            year += 2000
        hour = int(g["H"] or 0)
        minute = int(g["M"] or 0)
        second = int(g["S"] or 0)
        micro = int((g["f"] or "0").ljust(6, "0"))
        if g["ampm"]:
            pm = g["ampm"].lower().startswith("p")
            if hour == 12:
                hour = 0
            if pm:
                hour += 12
        offset = g["tz"]
        if offset:
            iso = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
            offset = "+00:00" if offset.upper() in ("Z", "UTC") else offset
            if ":" not in offset:
                offset = offset[:3] + ":" + offset[3:]
            return datetime.fromisoformat(iso + offset).replace(microsecond=micro)
        naive = datetime(year, month, day, hour, minute, second, micro)
        return naive.replace(tzinfo=tz)
    except (ValueError, OverflowError):
        return None


# -- names -------------------------------------------------------------------------

#: Academic and professional titles written before a name (German, Polish, Czech, English).
_TITLE_WORDS = frozenset(
    {
        "prof.", "prof", "dr.", "dr", "dr.-ing.", "dr.-ing", "dr.ing.", "habil.", "h.c.",
        "e.h.", "mult.", "med.", "rer.", "nat.", "pol.", "oec.", "phil.", "jur.", "theol.",
        "paed.", "dent.", "vet.", "techn.", "sc.", "dipl.-ing.", "dipl.-ing", "(fh)", "(th)",
        "(tu)", "(ba)", "ing.", "mag.", "pd", "apl.", "em.", "priv.-doz.", "doz.", "doc.",
        "m.sc.", "b.sc.", "m.a.", "b.a.", "m.eng.", "b.eng.", "ll.m.", "mba", "mgr", "mgr.",
        "inż.", "hab.", "bc.", "phdr.", "rndr.", "mudr.", "judr.", "ph.d.", "phd", "mr.", "mrs.",
        "ms.", "sir", "herr", "frau",
    }
)  # fmt: skip
_TITLE_PREFIXES = ("dipl.", "dr.", "prof.", "dr-", "priv.", "univ.")
#: Two-part honours written with a space after a title ("Dr. h. c.", "Dr.-Ing. E. h."),
#: joined first; initials at the start ("H. C. Bert") stay a name.
_SPACED_HONOURS = re.compile(r"(?<=\.)(\s+)(h|e)\.\s+(c|h)\.(?!\S)", re.IGNORECASE)

#: Family names that open a Vietnamese name written in its own order (family name first).
_VIETNAMESE_FAMILY = frozenset(
    {
        "nguyễn", "nguyen", "trần", "tran", "lê", "le", "phạm", "pham", "hoàng", "hoang",
        "huỳnh", "huynh", "phan", "vũ", "vu", "võ", "vo", "đặng", "dang", "bùi", "bui", "đỗ",
        "do", "hồ", "ho", "ngô", "ngo", "dương", "duong", "lý", "ly", "đinh", "dinh", "trương",
        "truong", "lương", "luong",
    }
)  # fmt: skip


#: Degrees and titles written after a name ("Jan Novák, Ph.D."), casefolded, final dot
#: dropped. "h.c." is no such title: it follows "Dr." before the name.
_POST_NOMINALS = frozenset(
    {
        "ph.d", "phd", "csc", "drsc", "dis", "mba", "m.b.a", "m.a", "ma", "m.sc", "msc",
        "b.a", "ba", "b.sc", "bsc", "m.eng", "meng", "b.eng", "beng", "ll.m", "llm", "ll.b",
        "llb", "mph", "m.p.h", "m.d", "md", "ms", "mas", "dipl", "dipl.-ing", "jr", "sr",
    }
)  # fmt: skip
#: Two letters that are also names ("Nguyen, Ba", "Li, Ma"): a degree only in capitals.
_SHORT_POST_NOMINALS = frozenset({"ma", "ba", "md", "ms"})


def _is_post_nominal(part: str) -> bool:
    """True for "Ph.D.", "MBA", "CSc." or "PhD MBA": every word a degree after a name."""
    words = part.split()
    for word in words:
        folded = word.casefold().rstrip(".")
        if folded not in _POST_NOMINALS:
            return False
        if folded in _SHORT_POST_NOMINALS and not word.endswith(".") and not word.isupper():
            return False
    return bool(words)


def _is_title_word(word: str) -> bool:
    folded = word.casefold()
    return folded in _TITLE_WORDS or (folded.endswith(".") and folded.startswith(_TITLE_PREFIXES))


def split_title(name: str) -> tuple[str, str]:
    """("Prof. Dr.-Ing. habil.", "Eberhard") from "Prof. Dr.-Ing. habil. Eberhard".

    Only leading title words are taken, and never the last word: a guest
    called "Dr." by mistake keeps a name.
    """
    words = _SPACED_HONOURS.sub(r"\1\2.\3.", name).split()
    taken = 0
    while taken < len(words) - 1 and _is_title_word(words[taken]):
        taken += 1
    if not taken:
        return "", name.strip()
    return " ".join(words[:taken]), " ".join(words[taken:])


def _whole_name(parts: list[str]) -> bool:
    return len(parts) > 1 or len(parts[0].split()) > 1


def split_full_name(text: str, *, last_first: bool = False) -> tuple[str, str]:
    """(first, last) from a combined name column.

    "Müller, Anna" is always last-first; degrees after a comma stay with the
    family name ("Ing. Jan Novák, Ph.D." -> "Ing. Jan", "Novák, Ph.D.", as Czech
    and Austrian guests write it); "Anna von Berg" keeps the particle with the
    family name; a Vietnamese name in its own order ("Nguyễn Thị Thu
    Hương") has the family name first.
    """
    text = " ".join(text.split())
    parts = text.split(",")
    degrees: list[str] = []
    # Only where a whole name is left before them: "NGUYEN, BA" and "Smith, Jr" stay
    # last-first, as a one-word rest cannot be first and last name at once.
    while len(parts) > 1 and _is_post_nominal(parts[-1]) and _whole_name(parts[:-1]):
        degrees.insert(0, parts.pop().strip())
    rest = ",".join(parts)
    trailing: list[str] = []
    if "," not in rest:
        # "Jan Novák PhD" without a comma: a degree word that cannot be a name (never
        # a two-letter one without dots: "NGUYEN VAN BA"), with first and last name before it.
        words = rest.split(" ")
        shouting = rest.isupper()  # "ANNA MARIA MAS": capitals say nothing there
        while len(words) > 2 and _is_trailing_degree(words[-1], shouting):
            trailing.insert(0, words.pop())
        rest = " ".join(words)
    first, last = _split_name(rest, last_first)
    if trailing:
        last = " ".join([last, *trailing])
    if degrees:
        # Degrees stay after the family name, as the guest writes them: "Novák, Ph.D."
        last = ", ".join([last, *degrees]) if last else ", ".join(degrees)
    return first, last


def _is_trailing_degree(word: str, shouting: bool) -> bool:
    """A degree written after a name without a comma: "Ph.D.", "PhD", "MBA", "MSc".

    Dotted, or with a capital inside the word; a plain "Mas" or "Dis" is a surname.
    """
    folded = word.casefold().rstrip(".")
    if folded not in _POST_NOMINALS or folded in ("jr", "sr", "dipl"):
        return False
    if "." in word:
        return True
    if shouting or len(folded) <= 2:
        return False
    if word.isupper():  # "Anna Maria MAS": a surname in capitals, unless no one is called so
        return folded in _CAPITAL_DEGREES
    return sum(ch.isupper() for ch in word) >= 2  # "PhD", "MSc", "DrSc"


#: Degrees written in capitals that are nobody's surname.
_CAPITAL_DEGREES = frozenset({"mba", "phd", "llm", "mph", "msc", "bsc", "llb"})


def _split_name(text: str, last_first: bool) -> tuple[str, str]:
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    words = text.split(" ")
    if len(words) == 1:
        return "", words[0]
    if last_first:
        return " ".join(words[1:]), words[0]
    if len(words) >= 3 and words[0].casefold() in _VIETNAMESE_FAMILY:
        return " ".join(words[1:]), words[0]
    cut = family_start(words)
    return " ".join(words[:cut]), " ".join(words[cut:])


def clean_code(text: str) -> str:
    """The code as typed on the ticket: Excel's `="0042"` text guard removed."""
    code = text.strip()
    if code.startswith('="') and code.endswith('"'):
        code = code[2:-1]
    return code


def looks_like_mangled_number(code: str) -> bool:
    """True for codes Excel turned into a rounded number ("1.23457E+20")."""
    if "e+" not in code.casefold():
        return False
    mantissa, _, exponent = code.casefold().replace(",", ".").partition("e+")
    return exponent.isdigit() and mantissa.replace(".", "", 1).isdigit()
