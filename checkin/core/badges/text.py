"""Making a name fit its box: shrink, then wrap at a space or hyphen, then cut with an ellipsis.

Widths are measured from the TrueType metrics ReportLab uses when it draws, so
what fits here fits on paper. A character the main font lacks is drawn with the
fallback font (Droid Sans Fallback: Chinese, Japanese) instead of a black box;
both are found by looking the code point up in the font's cmap.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from checkin.core import fonts
from checkin.core.resources import resource

FALLBACK = "CheckinFallback"
ELLIPSIS = "\u2026"
#: Line height as a multiple of the font size.
LEADING = 1.15
MM = 72 / 25.4

_LAYOUT_FONTS = {
    "sans": fonts.SANS,
    "sans-bold": fonts.SANS_BOLD,
    "condensed": fonts.CONDENSED,
    "condensed-bold": fonts.CONDENSED_BOLD,
}


@dataclass(frozen=True, slots=True)
class _Metrics:
    name: str
    widths: dict[int, float]
    default: float


@cache
def _metrics(font_name: str) -> _Metrics:
    from reportlab.pdfbase import pdfmetrics

    font = pdfmetrics.getFont(font_name)
    face = font.face  # type: ignore[attr-defined]
    return _Metrics(font_name, dict(face.charWidths), float(face.defaultWidth))


@cache
def register_badge_fonts() -> None:
    """Register the bundled fonts plus the fallback font with ReportLab, once per process."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts.register_fonts()
    pdfmetrics.registerFont(TTFont(FALLBACK, str(resource("fonts", "DroidSansFallbackFull.ttf"))))


def font_name(layout_font: str) -> str:
    return _LAYOUT_FONTS[layout_font]


def clean(text: str | None) -> str:
    """NFC, no control characters, runs of whitespace collapsed; None becomes ""."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text))
    text = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text)
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Line:
    #: (text, ReportLab font name) runs, drawn one after the other.
    runs: tuple[tuple[str, str], ...]
    #: Width in points at the fitted size.
    width: float


@dataclass(frozen=True, slots=True, kw_only=True)
class FittedText:
    lines: tuple[Line, ...]
    size: float
    #: The text needed the minimum size (and maybe still wrapped or was cut).
    at_minimum: bool = False
    wrapped: bool = False
    cut: bool = False
    #: Characters drawn with the fallback font.
    fallback: str = ""
    #: Characters no bundled font has (drawn as the font's "missing" box).
    missing: str = ""
    #: A word was broken inside (no space or hyphen there) to fit the box's width.
    broken_word: bool = False
    #: How a name was shortened to fit (`Shortening` values, in the order applied).
    shortened: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join("".join(t for t, _ in line.runs) for line in self.lines)


class _Measured:
    """A string with each character's font and width at size 1, for cheap repeated fitting."""

    def __init__(self, text: str, primary: str) -> None:
        main = _metrics(primary)
        fallback = _metrics(FALLBACK)
        self.text = text
        self.fonts: list[str] = []
        widths: list[float] = []
        fallback_chars: list[str] = []
        missing: list[str] = []
        for ch in text:
            code = ord(ch)
            if code in main.widths:
                self.fonts.append(main.name)
                widths.append(main.widths[code] / 1000)
            elif code in fallback.widths:
                self.fonts.append(fallback.name)
                widths.append(fallback.widths[code] / 1000)
                fallback_chars.append(ch)
            else:
                self.fonts.append(main.name)
                widths.append(main.default / 1000)
                missing.append(ch)
        self.cumulative = [0.0, *accumulate(widths)]
        self.fallback = "".join(dict.fromkeys(fallback_chars))
        self.missing = "".join(dict.fromkeys(missing))
        self.ellipsis_width = main.widths.get(ord(ELLIPSIS), main.default) / 1000
        self.primary = main.name

    def width(self, start: int, end: int) -> float:
        while end > start and self.text[end - 1] == " ":
            end -= 1
        return self.cumulative[end] - self.cumulative[start]

    def runs(self, start: int, end: int, suffix: str = "") -> tuple[tuple[str, str], ...]:
        while end > start and self.text[end - 1] == " ":
            end -= 1
        out: list[tuple[str, str]] = []
        i = start
        while i < end:
            j = i
            while j < end and self.fonts[j] == self.fonts[i]:
                j += 1
            out.append((self.text[i:j], self.fonts[i]))
            i = j
        if suffix:
            if out and out[-1][1] == self.primary:
                out[-1] = (out[-1][0] + suffix, self.primary)
            else:
                out.append((suffix, self.primary))
        return tuple(out)


_BREAKS = re.compile(r"[^\s\-\u2010]*[\-\u2010]|[^\s\-\u2010]+ ?| ")


def _wrap(m: _Measured, limit: float) -> list[tuple[int, int]]:
    """Greedy line breaks at spaces and after hyphens; a word wider than a line is split."""
    lines: list[tuple[int, int]] = []
    start = end = 0
    for token in _BREAKS.finditer(m.text):
        t0, t1 = token.span()
        if m.width(start, t1) <= limit:
            end = t1
            continue
        if end > start:
            lines.append((start, end))
            start = end = t0
        if m.width(t0, t1) <= limit:
            end = t1
            continue
        # A single word wider than the box: break it where it overflows.
        pos = t0
        while m.width(pos, t1) > limit:
            cut = bisect_right(m.cumulative, m.cumulative[pos] + limit) - 1
            cut = max(cut, pos + 1)
            lines.append((pos, cut))
            pos = cut
        start, end = pos, t1
    if end > start:
        lines.append((start, end))
    return lines


def _broken(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a line ends inside a word rather than at a space or after a hyphen."""
    return any(text[b - 1] not in " -\u2010" and text[b] != " " for _, b in spans[:-1])


def fit_text(
    text: str,
    layout_font: str,
    *,
    width_mm: float,
    height_mm: float,
    size: float,
    min_size: float,
    max_lines: int = 1,
) -> FittedText:
    """Fit `text` into a box: the largest size on one line, else wrapped, else cut.

    Never returns more than `max_lines` lines nor a size below `min_size`, so a
    name can never spill out of its box or onto the next badge.
    """
    register_badge_fonts()
    text = clean(text)
    m = _Measured(text, font_name(layout_font))
    box_w = width_mm * MM
    box_h = height_mm * MM
    if not text:
        return FittedText(lines=(), size=size)

    def lines_fit(n: int, s: float) -> bool:
        return n * s * LEADING <= box_h + 1e-6 or n == 1

    # 1. Shrink: the largest size at which the whole text fits on one line.
    natural = m.width(0, len(text))
    single = min(size, box_w / natural if natural else size, box_h / LEADING)
    single = max(min_size, int(single * 10) / 10)
    if natural * single <= box_w + 1e-6:
        line = Line(m.runs(0, len(text)), natural * single)
        return FittedText(
            lines=(line,),
            size=single,
            at_minimum=single <= min_size < size,
            fallback=m.fallback,
            missing=m.missing,
        )

    # 2. Wrap: the largest size at which the text fits on at most max_lines lines.
    s = min(size, box_h / LEADING)
    while max_lines > 1 and s >= min_size:
        spans = _wrap(m, box_w / s)
        if len(spans) <= max_lines and lines_fit(len(spans), s):
            lines = tuple(Line(m.runs(a, b), m.width(a, b) * s) for a, b in spans)
            return FittedText(
                lines=lines,
                size=s,
                at_minimum=s - 0.5 < min_size,
                wrapped=True,
                fallback=m.fallback,
                missing=m.missing,
                broken_word=_broken(text, spans),
            )
        s = round(s - 0.5, 2)

    # 3. Cut: at the minimum size, as many lines as fit, the last one ending in "…".
    s = min_size
    n = max(1, min(max_lines, int(box_h / (s * LEADING) + 1e-6)))
    spans = _wrap(m, box_w / s)[:n]
    last_start = spans[-1][0]
    limit = box_w / s - m.ellipsis_width
    stop = bisect_right(m.cumulative, m.cumulative[last_start] + limit) - 1
    stop = max(last_start, min(stop, len(text)))
    while stop > last_start and text[stop - 1] == " ":
        stop -= 1
    last = Line(
        m.runs(last_start, stop, ELLIPSIS), (m.width(last_start, stop) + m.ellipsis_width) * s
    )
    lines = tuple(Line(m.runs(a, b), m.width(a, b) * s) for a, b in spans[:-1]) + (last,)
    return FittedText(
        lines=lines,
        size=s,
        at_minimum=True,
        wrapped=len(lines) > 1,
        cut=True,
        fallback=m.fallback,
        missing=m.missing,
        broken_word=_broken(text, spans),
    )
