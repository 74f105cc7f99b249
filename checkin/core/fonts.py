"""The TrueType fonts every PDF embeds (badges, attendance lists, reports).

DejaVu Sans covers German, Polish, Czech, Turkish, Vietnamese, Cyrillic and
Greek; it ships in resources/fonts with its licence, so PDFs look the same on
every machine and never depend on system fonts.
"""

from __future__ import annotations

from functools import cache

from checkin.core.resources import resource

SANS = "CheckinSans"
SANS_BOLD = "CheckinSans-Bold"
CONDENSED = "CheckinSansCondensed"
CONDENSED_BOLD = "CheckinSansCondensed-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}


@cache
def register_fonts() -> tuple[str, ...]:
    """Register the bundled fonts with ReportLab once per process; returns their names."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, SANS_BOLD)
    return tuple(_FILES)


def font_path(name: str) -> str:
    return str(resource("fonts", _FILES[name]))
