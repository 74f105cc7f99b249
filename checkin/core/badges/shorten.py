"""A name that does not fit its box is shortened, never its family name cut.

The order is the one a person at the desk would choose: the middle names
become initials, then a long first name too (Friedrich-Wilhelm Maximilian
Konstantin -> F.-W. M. K.), then the title gets shorter (Prof. Dr.-Ing.
habil. -> Prof. Dr.-Ing. -> Prof. Dr. -> Prof.), then the text may take more
lines at a somewhat smaller size, then a short first name becomes an initial
too; only then are the title, degrees after the name and the given names left
out, and the family name alone shrinks until it fits whole. "Freiherr von und
zu Guttenberg" is a family name in all of it.

Each step is recorded (`FittedText.shortened`), so preflight can say what
was done to whose badge.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace

from checkin.core import names
from checkin.core.badges.layout import TextElement
from checkin.core.badges.text import LEADING, MM, FittedText

#: Placeholders that carry a person's name or title.
NAME_FIELDS = frozenset({"first_name", "last_name", "full_name", "display_name", "title"})
#: A name may take more lines at this share of the layout's minimum size before
#: anything is left out ...
SMALLER = 0.75
#: ... and the family name alone shrinks in these steps down to this size (pt).
STEP = 0.5
FLOOR = 2.0


class Shortening(enum.StrEnum):
    MIDDLE_NAMES = "middle_names_abbreviated"
    GIVEN_NAMES = "given_names_abbreviated"
    TITLE = "title_shortened"
    MORE_LINES = "more_lines_smaller"
    TITLE_LEFT_OUT = "title_left_out"
    DEGREES_LEFT_OUT = "degrees_left_out"
    GIVEN_LEFT_OUT = "given_names_left_out"
    BELOW_FLOOR = "family_name_only_tiny"


#: Shortenings that change what the badge says, beyond initials and title forms.
LEFT_OUT = frozenset(
    {Shortening.TITLE_LEFT_OUT, Shortening.DEGREES_LEFT_OUT, Shortening.GIVEN_LEFT_OUT}
)

#: fit(element, text, min_size, max_lines, size): `fit_text` for the element's box.
Fit = Callable[[TextElement, str, float, int, float], FittedText]


def fits(fitted: FittedText) -> bool:
    """Whole and readable: nothing cut, no word broken inside to fit the width."""
    return not fitted.cut and not fitted.broken_word


def _values(
    base: Mapping[str, str], title: str, given: str, family: str, degrees: str
) -> dict[str, str]:
    last = f"{family}, {degrees}" if degrees else family
    out = dict(base)
    out["title"] = title
    out["first_name"] = given
    out["last_name"] = last
    out["full_name"] = " ".join(p for p in (given, last) if p)
    out["display_name"] = " ".join(p for p in (title, given, last) if p)
    return out


def _steps(
    values: Mapping[str, str], uses_title: bool
) -> Iterator[tuple[Shortening, dict[str, str]]]:
    """Each shortening in turn, cumulative, with the placeholder values it gives."""
    given, last = names.split_given_family(values["first_name"], values["last_name"])
    if not last:  # a single name, kept in the first-name column: the name to keep whole
        given, last = "", given
    family, _, degrees = last.partition(", ")
    title = values["title"]
    middle = names.abbreviated_given(given, family, keep_called=True)
    if middle != given:
        yield Shortening.MIDDLE_NAMES, _values(values, title, middle, family, degrees)
    given = middle
    initials = names.abbreviated_given(given, family, keep_called=False)
    if initials != given and _long_called_name(given, family):
        yield Shortening.GIVEN_NAMES, _values(values, title, initials, family, degrees)
        given = initials
    if uses_title:
        for shorter in names.shorter_titles(title):
            yield Shortening.TITLE, _values(values, shorter, given, family, degrees)
            title = shorter
    yield Shortening.MORE_LINES, _values(values, title, given, family, degrees)
    if initials != given:  # a short first name ("Anna") is the last thing made an initial
        given = initials
        yield Shortening.GIVEN_NAMES, _values(values, title, given, family, degrees)
    if uses_title and title:
        title = ""
        yield Shortening.TITLE_LEFT_OUT, _values(values, title, given, family, degrees)
    if degrees:
        degrees = ""
        yield Shortening.DEGREES_LEFT_OUT, _values(values, title, given, family, degrees)
    if given:
        yield Shortening.GIVEN_LEFT_OUT, _values(values, title, "", family, degrees)


#: A called name this long, or hyphenated, is abbreviated before the title is shortened.
LONG_NAME = 10


def _long_called_name(given: str, family: str) -> bool:
    words = given.split()
    called = words[names.called_name_index(words, family)] if words else ""
    return "-" in called or len(called) >= LONG_NAME


def max_lines_at(element: TextElement, size: float) -> int:
    return max(1, min(6, int(element.height * MM / (size * LEADING) + 1e-6)))


def fit_name(
    element: TextElement,
    values: Mapping[str, str],
    fitted: FittedText,
    expand: Callable[[str, Mapping[str, str]], str],
    fit: Fit,
) -> FittedText:
    """`fitted` (the text as it is) when it fits, else the first shortening that does."""
    if fits(fitted):
        return fitted
    used = {n for n in NAME_FIELDS if "{" + n + "}" in element.template}
    if not used:
        return fitted
    smaller = max(FLOOR, min(element.min_size, round(element.min_size * SMALLER * 2) / 2))
    done: list[str] = []
    last_text = expand(element.template, values)
    for step, variant in _steps(values, "title" in used or "display_name" in used):
        text = expand(element.template, variant)
        if text == last_text and step is not Shortening.MORE_LINES:
            continue  # a part this template does not show
        if step not in done:
            done.append(step)
        last_text = text
        if step in (Shortening.MIDDLE_NAMES, Shortening.GIVEN_NAMES, Shortening.TITLE) and (
            Shortening.MORE_LINES not in done
        ):
            attempt = fit(element, text, element.min_size, element.max_lines, element.size)
        else:
            attempt = fit(element, text, smaller, max_lines_at(element, smaller), element.size)
        if fits(attempt):
            return replace(attempt, shortened=tuple(done))
    # The family name alone (and what the template adds around it): smaller until whole,
    # the largest such size found by bisection (a smaller size never fits worse).
    sizes = [round(smaller - STEP * (i + 1), 2) for i in range(int((smaller - FLOOR) / STEP))]

    def at(size: float) -> FittedText:
        return fit(element, last_text, size, max_lines_at(element, size), size)

    for accept in (fits, lambda f: not f.cut):  # whole and unbroken, else whole
        lo, hi = 0, len(sizes)
        while lo < hi:
            mid = (lo + hi) // 2
            if accept(at(sizes[mid])):
                hi = mid
            else:
                lo = mid + 1
        if lo < len(sizes):
            return replace(at(sizes[lo]), shortened=(*done, Shortening.BELOW_FLOOR))
    return replace(at(FLOOR), shortened=(*done, Shortening.BELOW_FLOOR))
