"""Paper stock: a table of named presets and a pure function that places labels on pages.

Sheet geometries (margins, gaps) are taken from the manufacturers' published
sizes as far as we know them; check a new box of labels with the calibration
page, and correct the drift of a printer with the x/y offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

#: Millimetres per inch.
INCH = 25.4


class StockError(ValueError):
    """An unknown stock name or impossible geometry; the message names the preset."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Stock:
    """One kind of paper: a page holding `columns` x `rows` labels, all sizes in mm."""

    name: str
    description: str
    page_width: float
    page_height: float
    label_width: float
    label_height: float
    columns: int = 1
    rows: int = 1
    margin_left: float = 0.0
    margin_top: float = 0.0
    gap_x: float = 0.0
    gap_y: float = 0.0
    #: Round corners of die-cut labels, only used to draw the calibration outline.
    corner_radius: float = 0.0
    #: Continuous roll (each label is its own page, cut by the printer).
    roll: bool = False

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def is_sheet(self) -> bool:
        return self.per_page > 1

    def validate(self) -> None:
        if min(self.page_width, self.page_height, self.label_width, self.label_height) <= 0:
            raise StockError(f"stock {self.name!r}: sizes must be positive")
        if self.columns < 1 or self.rows < 1:
            raise StockError(f"stock {self.name!r}: needs at least one column and one row")
        right = self.margin_left + self.columns * self.label_width + (self.columns - 1) * self.gap_x
        bottom = self.margin_top + self.rows * self.label_height + (self.rows - 1) * self.gap_y
        if right > self.page_width + 0.01 or bottom > self.page_height + 0.01:
            raise StockError(
                f"stock {self.name!r}: {self.columns}x{self.rows} labels of "
                f"{self.label_width}x{self.label_height} mm do not fit on a "
                f"{self.page_width}x{self.page_height} mm page"
            )


@dataclass(frozen=True, slots=True)
class LabelPosition:
    """Where one label goes: page index and the label's top-left corner in mm from the page's."""

    page: int
    slot: int
    x: float
    y: float
    width: float
    height: float


def _single(name: str, description: str, w: float, h: float, roll: bool = False) -> Stock:
    return Stock(
        name=name,
        description=description,
        page_width=w,
        page_height=h,
        label_width=w,
        label_height=h,
        roll=roll,
    )


STOCKS: dict[str, Stock] = {
    s.name: s
    for s in (
        _single("a6", "A6 single sheet (105 x 148 mm)", 105, 148),
        _single("a7", "A7 single sheet (74 x 105 mm)", 74, 105),
        Stock(
            name="a4-4xa6",
            description="A4 sheet, 4 x A6 (105 x 148 mm)",
            page_width=210,
            page_height=297,
            label_width=105,
            label_height=148,
            columns=2,
            rows=2,
            margin_left=0,
            margin_top=0.5,
        ),
        Stock(
            name="a4-8xa7",
            description="A4 sheet, 8 x A7 landscape (105 x 74 mm)",
            page_width=210,
            page_height=297,
            label_width=105,
            label_height=74,
            columns=2,
            rows=4,
            margin_left=0,
            margin_top=0.5,
        ),
        Stock(
            name="herma-4412",
            description="HERMA 4412 name labels, A4, 10 x 80 x 50 mm",
            page_width=210,
            page_height=297,
            label_width=80,
            label_height=50,
            columns=2,
            rows=5,
            margin_left=17.5,
            margin_top=23.5,
            gap_x=15,
            gap_y=0,
            corner_radius=3,
        ),
        Stock(
            name="durable-1445",
            description="DURABLE 1445 badge inserts, A4, 10 x 90 x 54 mm",
            page_width=210,
            page_height=297,
            label_width=90,
            label_height=54,
            columns=2,
            rows=5,
            margin_left=15,
            margin_top=13.5,
            gap_x=0,
            gap_y=0,
        ),
        Stock(
            name="avery-l4785",
            description="Avery Zweckform L4785 name badge labels, A4, 10 x 80 x 50 mm",
            page_width=210,
            page_height=297,
            label_width=80,
            label_height=50,
            columns=2,
            rows=5,
            margin_left=17.5,
            margin_top=23.5,
            gap_x=15,
            gap_y=0,
            corner_radius=3,
        ),
        _single("brother-dk-11234", "Brother QL DK-11234 name badge, 60 x 86 mm", 60, 86, True),
        _single("brother-ql-62x100", "Brother QL 62 mm continuous, cut at 100 mm", 62, 100, True),
        _single("zebra-4x3", "Zebra 4 x 3 in direct thermal label", 4 * INCH, 3 * INCH, True),
        _single("dymo-41x89", "DYMO 11356 name badge, 41 x 89 mm (landscape)", 89, 41, True),
        _single(
            "dymo-4xl-104x159", "DYMO 4XL 1744907 shipping label, 104 x 159 mm", 104, 159, True
        ),
    )
}

_CUSTOM = re.compile(r"^custom:(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)$")
_ROLL = re.compile(r"^brother-ql-62x(\d+(?:\.\d+)?)$")


def get_stock(name: str) -> Stock:
    """A preset by name, or `custom:WxH` (mm, one label per page), or `brother-ql-62xL`."""
    key = name.strip().lower()
    if key in STOCKS:
        return STOCKS[key]
    if m := _CUSTOM.match(key):
        stock = _single(key, f"custom {m[1]} x {m[2]} mm", float(m[1]), float(m[2]))
    elif m := _ROLL.match(key):
        length = float(m[1])
        if not 20 <= length <= 1000:
            raise StockError(f"stock {name!r}: a 62 mm roll label must be 20 to 1000 mm long")
        stock = _single(key, f"Brother QL 62 mm continuous, cut at {m[1]} mm", 62, length, True)
    else:
        known = ", ".join(sorted(STOCKS))
        raise StockError(f"unknown stock {name!r}; known: {known}, custom:WxH, brother-ql-62xL")
    stock.validate()
    return stock


def label_position(stock: Stock, index: int) -> LabelPosition:
    """The `index`-th label (0-based, counting across pages), filled row by row."""
    page, slot = divmod(index, stock.per_page)
    row, col = divmod(slot, stock.columns)
    return LabelPosition(
        page=page,
        slot=slot,
        x=stock.margin_left + col * (stock.label_width + stock.gap_x),
        y=stock.margin_top + row * (stock.label_height + stock.gap_y),
        width=stock.label_width,
        height=stock.label_height,
    )


def label_positions(stock: Stock, count: int, start_at: int = 1) -> Iterator[LabelPosition]:
    """Positions for `count` badges, starting at label `start_at` (1-based) of a used sheet.

    Labels before `start_at` on the first sheet are skipped (already peeled off);
    later sheets are used from their first label.
    """
    if not 1 <= start_at <= stock.per_page:
        raise StockError(
            f"start label {start_at} is outside 1..{stock.per_page} for stock {stock.name!r}"
        )
    first = start_at - 1
    for i in range(count):
        yield label_position(stock, first + i)
