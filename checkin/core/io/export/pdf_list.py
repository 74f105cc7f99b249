"""The printed attendance list ("Teilnehmerliste"), drawn row by row on a ReportLab canvas.

Platypus tables lay out every row before drawing and take minutes for 200,000
guests; rows of fixed height drawn straight onto the canvas go page by page and
need only the current page in Python memory. The total page count ("Seite 3
von 12") is unknown until the end, so every footer references a PDF form that
is filled in once the last page is done.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from functools import cache

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFStream
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from checkin.core.fonts import CONDENSED, CONDENSED_BOLD, SANS, SANS_BOLD, register_fonts
from checkin.core.io.export.columns import Column
from checkin.core.io.export.common import EventInfo
from checkin.core.model import Attendee

PAGE_W, PAGE_H = A4
MARGIN = 15 * mm
ROW_H = 11.5
ROW_SIZE = 8.5
_PAGE_COUNT_FORM = "checkin_page_count"
_NO_CATEGORY = "ohne Kategorie"


def new_canvas(target: object, title: str) -> Canvas:
    """A canvas that never falls back to Helvetica and is byte-stable (invariant)."""
    register_fonts()
    c = Canvas(
        target,  # type: ignore[arg-type]
        pagesize=A4,
        invariant=1,
        pageCompression=1,
        initialFontName=SANS,
        initialFontSize=ROW_SIZE,
    )
    c.setTitle(title)
    c.setCreator("checkin")
    return c


def draw_footer(c: Canvas, generated_at: datetime | None, tz: tzinfo | None) -> None:
    c.setFont(SANS, 7.5)
    c.setFillGray(0.35)
    if generated_at is not None:
        stamp = generated_at.astimezone(tz).strftime("%d.%m.%Y %H:%M")
        c.drawString(MARGIN, MARGIN - 10, f"Stand: {stamp}")
    label = f"Seite {c.getPageNumber()} von "
    # Room for up to five digits after "von"; the number itself is the shared form.
    x = PAGE_W - MARGIN - stringWidth("00000", SANS, 7.5) - stringWidth(label, SANS, 7.5)
    c.drawString(x, MARGIN - 10, label)
    c.saveState()
    c.translate(x + stringWidth(label, SANS, 7.5), MARGIN - 10)
    c.doForm(_PAGE_COUNT_FORM)
    c.restoreState()
    c.setFillGray(0)


def finish_page_count(c: Canvas) -> int:
    """Fill in the total every footer refers to; call after the last showPage()."""
    pages = c.getPageNumber() - 1
    c.beginForm(_PAGE_COUNT_FORM)
    c.setFont(SANS, 7.5)
    c.setFillGray(0.35)
    c.drawString(0, 0, str(pages))
    c.endForm()
    return pages


def de_int(n: int) -> str:
    """12345 -> "12.345", as a German reader expects, whatever the process locale."""
    return f"{n:,}".replace(",", ".")


class _AlreadyFlated:
    """A stream filter whose work was done when the page was finished."""

    pdfname = "FlateDecode"

    @staticmethod
    def encode(content: bytes) -> bytes:
        return content


def pack_finished_page(c: Canvas) -> None:
    """Compress the page just finished now instead of at save().

    ReportLab keeps every page's content as text until save(): about 16 KB per
    list page, 100 MB for 200,000 guests. Deflated right away it is a fifth of
    that. Relies on ReportLab's page objects (checked by the PDF tests); when
    they look different, the page is simply left for save() to compress.
    """
    try:
        page = c._doc.Pages.pages[-1]
        if page.Contents is not None or not isinstance(page.stream, str):
            return
        page.Contents = PDFStream(
            content=zlib.compress(page.stream.encode("utf-8")), filters=[_AlreadyFlated()]
        )
        page.Contents.__Comment__ = "page stream"
        page.stream = None
    except (AttributeError, IndexError):  # pragma: no cover - another ReportLab layout
        return


def fit(text: str, width: float, font: str, size: float) -> str:
    """Cut `text` to one line of `width` points, with an ellipsis when cut."""
    text = " ".join(text.split())  # line breaks in a name become spaces on paper
    # Most cells are short: skip measuring when even the widest ASCII glyph would fit.
    if (text.isascii() and len(text) * _widest_ascii(font) * size <= width) or stringWidth(
        text, font, size
    ) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[: max(len(text) - max(len(text) // 8, 1), 0)]
    return text.rstrip() + "…"


@cache
def _widest_ascii(font: str) -> float:
    """Advance of the widest printable ASCII glyph, per point of font size."""
    return max(stringWidth(chr(c), font, 1) for c in range(32, 127))


@dataclass
class ListTotals:
    rows: int = 0
    by_category: Counter[str] = field(default_factory=Counter)
    checked_in: Counter[str] = field(default_factory=Counter)


class AttendanceListPainter:
    """Draws header, rows and footer page by page; totals per category at the end."""

    def __init__(
        self,
        c: Canvas,
        columns: Sequence[Column],
        *,
        event: EventInfo,
        title: str = "Teilnehmerliste",
        tz: tzinfo | None = None,
        generated_at: datetime | None = None,
    ) -> None:
        self.c = c
        self.columns = tuple(columns)
        self.event = event
        self.title = title
        self.tz = tz
        self.generated_at = generated_at
        usable = PAGE_W - 2 * MARGIN
        total = sum(col.width for col in self.columns)
        self.widths = [usable * col.width / total for col in self.columns]
        self.xs = [MARGIN + sum(self.widths[:i]) for i in range(len(self.columns))]

    # -- page furniture -----------------------------------------------------------------
    def _start_page(self) -> float:
        c = self.c
        top = PAGE_H - MARGIN
        c.setFont(SANS_BOLD, 13)
        c.drawString(MARGIN, top - 12, self.event.name or self.title)
        c.setFont(SANS, 9)
        sub = " · ".join(p for p in (self.title, self.event.date, self.event.venue) if p)
        c.drawString(MARGIN, top - 25, sub)
        y = top - 42
        c.setFont(CONDENSED_BOLD, ROW_SIZE)
        for col, x, w in zip(self.columns, self.xs, self.widths, strict=True):
            c.drawString(x, y, fit(col.label, w - 4, CONDENSED_BOLD, ROW_SIZE))
        c.setLineWidth(0.6)
        c.line(MARGIN, y - 3.5, PAGE_W - MARGIN, y - 3.5)
        return y - ROW_H - 2

    def _end_page(self) -> None:
        draw_footer(self.c, self.generated_at, self.tz)
        self.c.showPage()
        pack_finished_page(self.c)

    # -- content ------------------------------------------------------------------------
    def _cell(self, col: Column, a: Attendee) -> str:
        value = col.get(a)
        if value is None:
            return ""
        if isinstance(value, datetime):
            return value.astimezone(self.tz).strftime("%d.%m. %H:%M")
        return value

    def draw(self, attendees: Iterable[Attendee]) -> ListTotals:
        """Draw every attendee (in the order given) and the totals; ends on a finished page."""
        c = self.c
        totals = ListTotals()
        bottom = MARGIN + 8
        y = self._start_page()
        text = c.beginText()
        text.setFont(CONDENSED, ROW_SIZE)
        plan = list(zip(self.columns, self.xs, self.widths, strict=True))
        for a in attendees:
            if y < bottom:
                c.drawText(text)
                self._end_page()
                y = self._start_page()
                text = c.beginText()
                text.setFont(CONDENSED, ROW_SIZE)
            for col, x, w in plan:
                cell = self._cell(col, a)
                if cell:
                    text.setTextOrigin(x, y)
                    text.textOut(fit(cell, w - 4, CONDENSED, ROW_SIZE))
            y -= ROW_H
            totals.rows += 1
            totals.by_category[a.category or _NO_CATEGORY] += 1
            if a.checked_in is not None:
                totals.checked_in[a.category or _NO_CATEGORY] += 1
        c.drawText(text)
        self._draw_totals(y, totals)
        self._end_page()
        return totals

    def _draw_totals(self, y: float, totals: ListTotals) -> None:
        c = self.c
        needed = (len(totals.by_category) + 4) * ROW_H
        if y - needed < MARGIN + 8:
            self._end_page()
            y = self._start_page()
        y -= 4
        c.setLineWidth(0.6)
        c.line(MARGIN, y + ROW_H - 3, PAGE_W - MARGIN, y + ROW_H - 3)
        c.setFont(SANS_BOLD, 9)
        c.drawString(MARGIN, y - 4, "Summen nach Kategorie")
        c.drawRightString(MARGIN + 80 * mm, y - 4, "Anzahl")
        c.drawRightString(MARGIN + 110 * mm, y - 4, "eingecheckt")
        y -= ROW_H + 6
        c.setFont(SANS, 9)
        for category, count in sorted(totals.by_category.items()):
            c.drawString(MARGIN, y, category)
            c.drawRightString(MARGIN + 80 * mm, y, de_int(count))
            c.drawRightString(MARGIN + 110 * mm, y, de_int(totals.checked_in[category]))
            y -= ROW_H
        c.setFont(SANS_BOLD, 9)
        c.drawString(MARGIN, y, "Gesamt")
        c.drawRightString(MARGIN + 80 * mm, y, de_int(totals.rows))
        c.drawRightString(MARGIN + 110 * mm, y, de_int(sum(totals.checked_in.values())))
