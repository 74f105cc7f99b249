"""The organiser's report: a one-page summary of the day, then the attendance list.

Built from `compute_stats` output and the attendees; the summary uses
ReportLab's own charts (no Qt, no matplotlib), and the list pages reuse the
attendance-list painter, so the whole document is numbered "Seite x von N".
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import datetime, tzinfo

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from checkin.core.fonts import SANS, SANS_BOLD
from checkin.core.io.export.columns import desk_label, resolve
from checkin.core.io.export.common import EventInfo
from checkin.core.io.export.pdf_list import (
    MARGIN,
    PAGE_H,
    PAGE_W,
    AttendanceListPainter,
    de_int,
    draw_footer,
    finish_page_count,
    fit,
    new_canvas,
)
from checkin.core.model import Attendee
from checkin.core.stats import DayStats

ACCENT = colors.HexColor("#2E6DA4")
WARNING = colors.HexColor("#B3261E")
MUTED = colors.HexColor("#9DB9D5")
MAX_TABLE_ROWS = 10
#: Room between two columns of a table.
GAP = 2 * mm
LIST_COLUMNS = ("last_name", "first_name", "company", "category", "checked_in_at", "desk")


def render_report(
    stats: DayStats,
    attendees: Iterable[Attendee],
    event: EventInfo,
    *,
    tz: tzinfo | None = None,
    columns: Sequence[str] | None = None,
    generated_at: datetime | None = None,
) -> bytes:
    """PDF bytes: the summary page, then every attendee sorted as given (by name).

    Times are shown in `tz`, by default the time zone of `stats.now`.
    """
    tz = tz or stats.now.tzinfo
    buf = io.BytesIO()
    c = new_canvas(buf, f"Bericht – {event.name}" if event.name else "Bericht")
    _summary_page(c, stats, event, tz, generated_at)
    if stats.double_admissions:
        _doubles_pages(c, stats, tz, generated_at)
    painter = AttendanceListPainter(
        c,
        resolve(columns or LIST_COLUMNS),
        event=event,
        title="Teilnehmerliste – Alle",
        tz=tz,
        generated_at=generated_at,
    )
    painter.draw(attendees)
    finish_page_count(c)
    c.save()
    return buf.getvalue()


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)} %" if whole else "–"


def _summary_page(
    c: Canvas, s: DayStats, event: EventInfo, tz: tzinfo | None, stamp: datetime | None
) -> None:
    top = PAGE_H - MARGIN
    c.setFont(SANS_BOLD, 18)
    c.drawString(MARGIN, top - 18, event.name or "Veranstaltung")
    c.setFont(SANS, 10)
    sub = " · ".join(p for p in ("Bericht für die Veranstalter", event.date, event.venue) if p)
    c.drawString(MARGIN, top - 34, sub)
    if s.double_admissions:
        c.setFillColor(WARNING)
        c.setFont(SANS_BOLD, 10)
        count = len(s.double_admissions)
        c.drawRightString(
            PAGE_W - MARGIN,
            top - 18,
            f"{de_int(count)} doppelte{'r' if count == 1 else ''} Einlass"
            f"{'' if count == 1 else 'e'} – siehe Seite 2",
        )
        c.setFillColor(colors.black)
    y = _key_figures(c, s, top - 52)
    y = _category_table(c, s, y - 14)
    y = _arrivals_chart(c, s, y - 12)
    _desk_table(c, s, y - 14, tz)
    draw_footer(c, stamp, tz)
    c.showPage()


def _key_figures(c: Canvas, s: DayStats, y: float) -> float:
    boxes = [
        (
            "Eingecheckt",
            de_int(s.checked_in),
            f"von {de_int(s.expected)} ({_percent(s.checked_in, s.expected)})",
        ),
        ("Nicht erschienen", de_int(s.no_shows), _percent(s.no_shows, s.expected)),
        ("Nachmeldungen", de_int(s.walk_ins), "vor Ort registriert"),
        ("Storniert", de_int(s.cancelled), "nicht erwartet"),
        ("Abgewiesene Scans", de_int(s.rejected_scans), f"{de_int(s.undos)} rückgängig"),
    ]
    gap = 3 * mm
    width = (PAGE_W - 2 * MARGIN - gap * (len(boxes) - 1)) / len(boxes)
    height = 20 * mm
    for i, (label, value, note) in enumerate(boxes):
        x = MARGIN + i * (width + gap)
        c.setFillColor(colors.HexColor("#EEF3F8"))
        c.roundRect(x, y - height, width, height, 2 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(SANS, 7.5)
        c.drawString(x + 2.5 * mm, y - 5 * mm, label)
        c.setFont(SANS_BOLD, 16)
        c.drawString(x + 2.5 * mm, y - 12 * mm, value)
        c.setFont(SANS, 7)
        c.setFillGray(0.35)
        c.drawString(x + 2.5 * mm, y - 17 * mm, note)
        c.setFillColor(colors.black)
    return y - height


def _heading(c: Canvas, y: float, text: str) -> float:
    c.setFont(SANS_BOLD, 11)
    c.drawString(MARGIN, y - 11, text)
    return y - 18


def _category_table(c: Canvas, s: DayStats, y: float) -> float:
    y = _heading(c, y, "Nach Kategorie")
    cats = sorted(s.categories, key=lambda k: -k.expected)
    shown, rest = cats[:MAX_TABLE_ROWS], cats[MAX_TABLE_ROWS:]
    rows = [(k.category or "ohne Kategorie", k.expected, k.checked_in) for k in shown]
    if rest:
        rows.append(
            (f"{len(rest)} weitere", sum(k.expected for k in rest), sum(k.checked_in for k in rest))
        )
    x_cat, x_exp, x_in, x_pct, x_bar = (
        MARGIN,
        MARGIN + 75 * mm,
        MARGIN + 100 * mm,
        MARGIN + 118 * mm,
        MARGIN + 122 * mm,
    )
    bar_w = PAGE_W - MARGIN - x_bar
    c.setFont(SANS_BOLD, 8.5)
    c.drawString(x_cat, y - 9, "Kategorie")
    c.drawRightString(x_exp, y - 9, "erwartet")
    c.drawRightString(x_in, y - 9, "eingecheckt")
    c.drawRightString(x_pct, y - 9, "Quote")
    y -= 13
    c.setFont(SANS, 8.5)
    for name, expected, arrived in rows:
        y -= 12
        c.drawString(x_cat, y, name[:48])
        c.drawRightString(x_exp, y, de_int(expected))
        c.drawRightString(x_in, y, de_int(arrived))
        c.drawRightString(x_pct, y, _percent(arrived, expected))
        c.setFillColor(MUTED)
        c.rect(x_bar, y - 1, bar_w, 7, stroke=0, fill=1)
        if expected:
            c.setFillColor(ACCENT)
            c.rect(x_bar, y - 1, bar_w * min(arrived / expected, 1.0), 7, stroke=0, fill=1)
        c.setFillColor(colors.black)
    return y - 4


def _arrivals_chart(c: Canvas, s: DayStats, y: float) -> float:
    y = _heading(c, y, "Ankünfte pro 15 Minuten")
    width, height = PAGE_W - 2 * MARGIN, 62 * mm
    drawing = Drawing(width, height, initialFontName=SANS, initialFontSize=8)
    if not s.arrivals:
        drawing.add(String(0, height / 2, "Noch keine Ankünfte.", fontName=SANS, fontSize=9))
    else:
        chart = VerticalBarChart()
        chart.x, chart.y = 28, 22
        chart.width, chart.height = width - 36, height - 30
        chart.data = [[n for _, n in s.arrivals]]
        every = max(1, len(s.arrivals) // 16 // 4 * 4 or 1)
        chart.categoryAxis.categoryNames = [
            at.strftime("%H:%M") if i % every == 0 else "" for i, (at, _) in enumerate(s.arrivals)
        ]
        chart.categoryAxis.labels.fontName = SANS
        chart.categoryAxis.labels.fontSize = 7
        chart.categoryAxis.labels.angle = 0
        chart.categoryAxis.labels.boxAnchor = "n"
        chart.categoryAxis.tickDown = 2
        chart.valueAxis.labels.fontName = SANS
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.valueMin = 0
        chart.valueAxis.forceZero = 1
        chart.valueAxis.visibleGrid = 1
        chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
        chart.bars[0].fillColor = ACCENT
        chart.bars[0].strokeColor = None
        chart.barSpacing = 1
        chart.groupSpacing = 2
        drawing.add(chart)
    renderPDF.draw(drawing, c, MARGIN, y - height)
    return y - height


def _desk_table(c: Canvas, s: DayStats, y: float, tz: tzinfo | None) -> float:
    y = _heading(c, y, "Tisch")
    headers = [
        "Tisch",
        "Gäste",
        "letzte Stunde",
        "Gäste/h",
        "Median-Abstand",
        "von – bis",
        "abgewiesen",
    ]
    xs = [
        MARGIN,
        MARGIN + 55 * mm,
        MARGIN + 80 * mm,
        MARGIN + 100 * mm,
        MARGIN + 132 * mm,
        MARGIN + 148 * mm,  # centre of "von – bis"
        PAGE_W - MARGIN,
    ]
    c.setFont(SANS_BOLD, 8.5)
    c.drawString(xs[0], y - 9, headers[0])
    for x, label in zip(xs[1:5], headers[1:5], strict=True):
        c.drawRightString(x, y - 9, label)
    c.drawCentredString(xs[5], y - 9, headers[5])
    c.drawRightString(xs[6], y - 9, headers[6])
    y -= 13
    c.setFont(SANS, 8.5)
    if not s.desks:
        c.drawString(MARGIN, y - 12, "Noch kein Tisch aktiv.")
        return y - 16
    for d in s.desks[: MAX_TABLE_ROWS * 2]:
        y -= 12
        span = ""
        if d.first and d.last:
            span = f"{d.first.astimezone(tz):%H:%M} – {d.last.astimezone(tz):%H:%M}"
        c.drawString(xs[0], y, desk_label(d.desk)[:28] or "–")
        c.drawRightString(xs[1], y, de_int(d.admitted))
        c.drawRightString(xs[2], y, de_int(d.last_hour))
        c.drawRightString(xs[3], y, f"{d.per_hour:.0f}" if d.per_hour is not None else "–")
        c.drawRightString(
            xs[4], y, f"{d.median_gap_s:.0f} s" if d.median_gap_s is not None else "–"
        )
        c.drawCentredString(xs[5], y, span)
        c.drawRightString(xs[6], y, de_int(d.rejected))
    return y - 4


def _doubles_pages(c: Canvas, s: DayStats, tz: tzinfo | None, stamp: datetime | None) -> None:
    """Every ticket admitted twice: who, at which desks, when (the first is the admission)."""
    top = PAGE_H - MARGIN
    xs = [MARGIN, MARGIN + 28 * mm, MARGIN + 78 * mm, MARGIN + 128 * mm]
    rows = list(s.double_admissions)
    while rows:
        c.setFont(SANS_BOLD, 14)
        c.drawString(MARGIN, top - 14, "Doppelte Einlässe")
        c.setFont(SANS, 8.5)
        for n, line in enumerate(
            (
                "Diese Tickets wurden an zwei Tischen eingelassen, während die Tische "
                "getrennt waren.",
                "Der erste Einlass gilt überall; der zweite ist hier verzeichnet.",
            )
        ):
            c.drawString(MARGIN, top - 28 - 11 * n, line)
        y = top - 56
        c.setFont(SANS_BOLD, 8.5)
        for x, label in zip(xs, ("Code", "Gast", "Einlass (gilt)", "zweiter Einlass"), strict=True):
            c.drawString(x, y, label)
        c.setFont(SANS, 8.5)
        while rows and y > MARGIN + 36:
            double = rows.pop(0)
            y -= 14
            # Each cell cut to its column (a pretix secret of 32 characters ran into the
            # guest's name).
            c.drawString(xs[0], y, fit(double.code, xs[1] - xs[0] - GAP, SANS, 8.5))
            c.drawString(xs[1], y, fit(double.name or "–", xs[2] - xs[1] - GAP, SANS, 8.5))
            for x, entry, colour in (
                (xs[2], double.first, colors.black),
                (xs[3], double.second, WARNING),
            ):
                width = xs[2] - xs[1] - GAP
                c.setFillColor(colour)
                c.setFont(SANS, 8.5)
                c.drawString(x, y, f"{entry.at.astimezone(tz):%d.%m. %H:%M:%S}")
                c.setFont(SANS, 7.5)
                c.drawString(x, y - 9, fit(desk_label(entry.desk) or "–", width, SANS, 7.5))
                c.drawString(x, y - 17, fit(entry.operator or "–", width, SANS, 7.5))
            c.setFillColor(colors.black)
            c.setFont(SANS, 8.5)
            y -= 20
        draw_footer(c, stamp, tz)
        c.showPage()
