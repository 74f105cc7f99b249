"""Attendees + layout + stock in, PDF bytes out: the pure badge renderer.

No database, no printer, no clock: the same input gives the same bytes
(ReportLab `invariant=1`), which is what makes golden-image tests possible.
Fonts are embedded as subsets once per document and QR codes are drawn as
vector paths, so 1,000 badges stay well under 2 MB.
"""

from __future__ import annotations

import io
import string
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from checkin.core.badges.layout import (
    CATEGORY_COLOUR,
    Element,
    ImageElement,
    Layout,
    QrElement,
    RectElement,
    TextElement,
)
from checkin.core.badges.shorten import fit_name, fits
from checkin.core.badges.stock import Stock, label_positions
from checkin.core.badges.text import LEADING, MM, FittedText, clean, fit_text, register_badge_fonts
from checkin.core.fonts import SANS
from checkin.core.model import Attendee

#: Baseline below the top of a line, as a multiple of the font size (DejaVu's ascent).
ASCENT = 0.93
#: White modules around a QR code, inside the element's size.
QR_QUIET = 2


def badge_values(attendee: Attendee, event: Mapping[str, str] | None = None) -> dict[str, str]:
    """Every template placeholder for one attendee, never None."""
    event = event or {}
    values = {
        "title": attendee.title,
        "first_name": attendee.first_name,
        "last_name": attendee.last_name,
        "full_name": attendee.full_name,
        "display_name": attendee.display_name,
        "company": attendee.company,
        "function": attendee.function,
        "category": attendee.category,
        "code": attendee.code,
        "event_name": event.get("name", ""),
        "event_date": event.get("date", ""),
        "event_venue": event.get("venue", ""),
    }
    return {k: clean(v) for k, v in values.items()}


def expand(template: str, values: Mapping[str, str]) -> str:
    out = []
    for literal, name, _, _ in string.Formatter().parse(template):
        out.append(literal)
        if name:
            out.append(values.get(name, ""))
    return clean("".join(out))


@lru_cache(maxsize=8192)
def _fit(element: TextElement, text: str) -> FittedText:
    return _fit_at(element, text, element.min_size, element.max_lines, element.size)


@lru_cache(maxsize=4096)
def _fit_at(
    element: TextElement, text: str, min_size: float, max_lines: int, size: float
) -> FittedText:
    return fit_text(
        text,
        element.font,
        width_mm=element.width,
        height_mm=element.height,
        size=size,
        min_size=min_size,
        max_lines=max_lines,
    )


@dataclass(frozen=True, slots=True)
class BadgePlan:
    """One badge, measured and ready to draw: each element with its fitted text or QR data."""

    attendee: Attendee
    colour: str
    items: tuple[tuple[Element, FittedText | str | None], ...]


def plan_badge(
    attendee: Attendee, layout: Layout, event: Mapping[str, str] | None = None
) -> BadgePlan | None:
    """Measure one badge; None when the attendee's category gets no badge."""
    elements = layout.elements_for(attendee.category)
    if elements is None:
        return None
    values = badge_values(attendee, event)
    items: list[tuple[Element, FittedText | str | None]] = []
    for element in elements:
        if isinstance(element, TextElement):
            text = expand(element.template, values)
            fitted = _fit(element, text) if text else None
            if fitted is not None and not fits(fitted):
                fitted = fit_name(element, values, fitted, expand, _fit_at)
            items.append((element, fitted))
        elif isinstance(element, QrElement):
            items.append((element, expand(element.template, values) or None))
        else:
            items.append((element, None))
    return BadgePlan(attendee, layout.colour_for(attendee.category), tuple(items))


# -- drawing ------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def qr_runs(data: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR matrix as (size, (row, first column, length) of each dark run).

    A fixed mask pattern is as valid as the "best" one and ten times faster to
    compute; every mask decodes, the search only tunes the look.
    """
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=4)
    qr.add_data(data)
    qr.make(fit=True)
    matrix = qr.get_matrix()
    runs = []
    for r, row in enumerate(matrix):
        c = 0
        n = len(row)
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                runs.append((r, start, c - start))
            else:
                c += 1
    return len(matrix), tuple(runs)


class _Painter:
    def __init__(self, canvas, layout: Layout) -> None:  # noqa: ANN001 (reportlab canvas)
        from reportlab.lib.colors import HexColor

        self.c = canvas
        self.layout = layout
        self.h = layout.height * MM
        self._hex = HexColor
        self._colours: dict[str, object] = {}

    def colour(self, value: str, category_colour: str):  # noqa: ANN201
        key = category_colour if value == CATEGORY_COLOUR else value
        if key not in self._colours:
            self._colours[key] = self._hex(key)
        return self._colours[key]

    def badge(self, plan: BadgePlan) -> None:
        for element, payload in plan.items:
            if isinstance(element, RectElement):
                self.c.setFillColor(self.colour(element.color, plan.colour))
                self.c.rect(
                    element.x * MM,
                    self.h - (element.y + element.height) * MM,
                    element.width * MM,
                    element.height * MM,
                    stroke=0,
                    fill=1,
                )
            elif isinstance(element, TextElement) and isinstance(payload, FittedText):
                self.text(element, payload, plan.colour)
            elif isinstance(element, QrElement) and isinstance(payload, str):
                self.qr(element, payload, plan.colour)
            elif isinstance(element, ImageElement):
                self.image(element)

    def text(self, element: TextElement, fitted: FittedText, category_colour: str) -> None:
        c = self.c
        size = fitted.size
        block = len(fitted.lines) * size * LEADING
        top = self.h - element.y * MM
        box_h = element.height * MM
        if element.valign == "middle":
            top -= (box_h - block) / 2
        elif element.valign == "bottom":
            top -= box_h - block
        c.setFillColor(self.colour(element.color, category_colour))
        left = element.x * MM
        box_w = element.width * MM
        for i, line in enumerate(fitted.lines):
            baseline = top - (i * LEADING + ASCENT + (LEADING - 1) / 2) * size
            if element.align == "center":
                x = left + (box_w - line.width) / 2
            elif element.align == "right":
                x = left + box_w - line.width
            else:
                x = left
            t = c.beginText(x, baseline)
            for chunk, font in line.runs:
                t.setFont(font, size)
                t.textOut(chunk)
            c.drawText(t)

    def qr(self, element: QrElement, data: str, category_colour: str) -> None:
        n, runs = qr_runs(data)
        module = element.size * MM / (n + 2 * QR_QUIET)
        c = self.c
        c.saveState()
        x0 = element.x * MM + QR_QUIET * module
        y0 = self.h - (element.y + element.size) * MM + QR_QUIET * module
        c.translate(x0, y0)
        c.scale(module, module)
        c.setFillColor(self.colour(element.color, category_colour))
        path = c.beginPath()
        for row, col, length in runs:
            path.rect(col, n - row - 1, length, 1)
        c.drawPath(path, stroke=0, fill=1)
        c.restoreState()

    def image(self, element: ImageElement) -> None:
        path = Path(element.path)
        if not path.is_absolute():
            path = Path(self.layout.base_dir) / path
        self.c.drawImage(
            str(path),
            element.x * MM,
            self.h - (element.y + element.height) * MM,
            element.width * MM,
            element.height * MM,
            mask="auto",
            preserveAspectRatio=True,
            anchor="c",
        )


def _new_canvas(buffer: io.BytesIO, stock: Stock, title: str):  # noqa: ANN202
    from reportlab.pdfgen.canvas import Canvas

    register_badge_fonts()
    c = Canvas(
        buffer,
        pagesize=(stock.page_width * MM, stock.page_height * MM),
        invariant=1,
        pageCompression=1,
        # Without this ReportLab names Helvetica in every page (a Type 1 font, not embedded).
        initialFontName=SANS,
    )
    c.setTitle(title)
    c.setCreator("checkin")
    return c


def render_badges(
    attendees: Iterable[Attendee],
    layout: Layout,
    stock: Stock,
    *,
    event: Mapping[str, str] | None = None,
    start_at: int = 1,
    cut_marks: bool = False,
    offset_mm: tuple[float, float] = (0.0, 0.0),
    title: str = "Badges",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """One PDF with a badge per attendee (categories with "no badge" are skipped).

    `offset_mm` moves everything right/down to correct a printer's drift;
    `start_at` is the first free label on a partly used sheet. A background job
    passes `progress(done, total)` and `cancelled()`; when that turns true the
    PDF ends after the badges drawn so far.
    """
    plans = [p for p in (plan_badge(a, layout, event) for a in attendees) if p is not None]
    buffer = io.BytesIO()
    c = _new_canvas(buffer, stock, title)
    painter = _Painter(c, layout)
    page_h = stock.page_height * MM
    scale = min(stock.label_width / layout.width, stock.label_height / layout.height)
    dx = (stock.label_width - layout.width * scale) / 2 * MM
    dy = (stock.label_height - layout.height * scale) / 2 * MM
    ox, oy = offset_mm[0] * MM, offset_mm[1] * MM
    page = 0
    total = len(plans)
    drawn = 0
    for done, (plan, pos) in enumerate(
        zip(plans, label_positions(stock, total, start_at), strict=True)
    ):
        if cancelled is not None and cancelled():
            break
        if progress is not None and done % 10 == 0:
            progress(done, total)
        if pos.page != page:
            if cut_marks:
                draw_cut_marks(c, stock, offset_mm)
            c.showPage()
            page = pos.page
        c.saveState()
        c.translate(pos.x * MM + ox, page_h - (pos.y + pos.height) * MM - oy)
        clip = c.beginPath()
        clip.rect(0, 0, pos.width * MM, pos.height * MM)
        c.clipPath(clip, stroke=0, fill=0)
        c.translate(dx, dy)
        c.scale(scale, scale)
        painter.badge(plan)
        c.restoreState()
        drawn += 1
    if cut_marks:
        draw_cut_marks(c, stock, offset_mm)
    c.showPage()
    c.save()
    if progress is not None:
        progress(drawn, total)
    return buffer.getvalue()


def draw_cut_marks(c, stock: Stock, offset_mm: tuple[float, float]) -> None:  # noqa: ANN001
    """Hairline ticks in the page margins at every label edge, or corner crosses without margins."""
    from reportlab.lib.colors import black

    if not stock.is_sheet:
        return
    page_h = stock.page_height * MM
    ox, oy = offset_mm
    xs = sorted(
        {
            stock.margin_left + col * (stock.label_width + stock.gap_x) + d
            for col in range(stock.columns)
            for d in (0, stock.label_width)
        }
    )
    ys = sorted(
        {
            stock.margin_top + row * (stock.label_height + stock.gap_y) + d
            for row in range(stock.rows)
            for d in (0, stock.label_height)
        }
    )
    c.saveState()
    c.setStrokeColor(black)
    c.setLineWidth(0.25)
    top, bottom = ys[0], stock.page_height - ys[-1]
    left, right = xs[0], stock.page_width - xs[-1]
    if min(top, bottom, left, right) >= 2:
        for x in xs:
            for y0, y1 in ((0, top - 1), (ys[-1] + 1, stock.page_height)):
                c.line(
                    (x + ox) * MM, page_h - (y0 + oy) * MM, (x + ox) * MM, page_h - (y1 + oy) * MM
                )
        for y in ys:
            for x0, x1 in ((0, left - 1), (xs[-1] + 1, stock.page_width)):
                c.line(
                    (x0 + ox) * MM, page_h - (y + oy) * MM, (x1 + ox) * MM, page_h - (y + oy) * MM
                )
    else:
        arm = 1.5
        for x in xs:
            for y in ys:
                cx, cy = (x + ox) * MM, page_h - (y + oy) * MM
                c.line(cx - arm * MM, cy, cx + arm * MM, cy)
                c.line(cx, cy - arm * MM, cx, cy + arm * MM)
    c.restoreState()


def render_calibration(stock: Stock, offset_mm: tuple[float, float] = (0.0, 0.0)) -> bytes:
    """A test page: every label's outline, centre cross and a millimetre scale.

    Print it on the real stock; if the outlines sit off the die-cut labels,
    measure by how much and pass that as the x/y offset (right/down positive).
    """
    from reportlab.lib.colors import HexColor, black

    buffer = io.BytesIO()
    c = _new_canvas(buffer, stock, f"Calibration {stock.name}")
    page_h = stock.page_height * MM
    ox, oy = offset_mm
    for pos in label_positions(stock, stock.per_page):
        x, y = (pos.x + ox) * MM, page_h - (pos.y + oy + pos.height) * MM
        w, h = pos.width * MM, pos.height * MM
        c.setStrokeColor(HexColor("#1a3c6e"))
        c.setLineWidth(0.5)
        c.roundRect(x, y, w, h, stock.corner_radius * MM, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setLineWidth(0.25)
        cx, cy = x + w / 2, y + h / 2
        c.line(cx - 5 * MM, cy, cx + 5 * MM, cy)
        c.line(cx, cy - 5 * MM, cx, cy + 5 * MM)
        for mm_tick in range(0, int(min(pos.width, 30)) + 1):
            length = 3 if mm_tick % 10 == 0 else (2 if mm_tick % 5 == 0 else 1)
            c.line(x + mm_tick * MM, y + h, x + mm_tick * MM, y + h - length * MM)
        for mm_tick in range(0, int(min(pos.height, 30)) + 1):
            length = 3 if mm_tick % 10 == 0 else (2 if mm_tick % 5 == 0 else 1)
            c.line(x, y + h - mm_tick * MM, x + length * MM, y + h - mm_tick * MM)
        c.setFillColor(black)
        c.setFont("CheckinSans", 7)
        c.drawCentredString(cx, cy - 9 * MM, f"{pos.slot + 1}")
    c.setFont("CheckinSans", 7)
    c.drawString(
        4 * MM,
        2 * MM,
        f"{stock.name}  {stock.label_width:g} x {stock.label_height:g} mm  "
        f"offset x {ox:+.1f} mm, y {oy:+.1f} mm",
    )
    c.showPage()
    c.save()
    return buffer.getvalue()
