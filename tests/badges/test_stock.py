from __future__ import annotations

import pytest

from checkin.core.badges.stock import STOCKS, StockError, get_stock, label_positions


@pytest.mark.parametrize("name", sorted(STOCKS))
def test_every_preset_places_its_labels_inside_the_page(name: str) -> None:
    stock = STOCKS[name]
    stock.validate()
    positions = list(label_positions(stock, stock.per_page * 2))
    assert [p.page for p in positions] == [0] * stock.per_page + [1] * stock.per_page
    for p in positions:
        assert 0 <= p.x and p.x + p.width <= stock.page_width + 1e-9
        assert 0 <= p.y and p.y + p.height <= stock.page_height + 1e-9
        assert (p.width, p.height) == (stock.label_width, stock.label_height)
    first = positions[: stock.per_page]
    # Geometry: distinct columns and rows spaced by label size plus gap.
    xs = sorted({p.x for p in first})
    ys = sorted({p.y for p in first})
    assert len(xs) == stock.columns and len(ys) == stock.rows
    assert xs[0] == stock.margin_left and ys[0] == stock.margin_top
    for a, b in zip(xs, xs[1:], strict=False):
        assert b - a == pytest.approx(stock.label_width + stock.gap_x)
    for a, b in zip(ys, ys[1:], strict=False):
        assert b - a == pytest.approx(stock.label_height + stock.gap_y)
    # No two labels overlap.
    for i, p in enumerate(first):
        for q in first[i + 1 :]:
            assert (
                p.x + p.width <= q.x + 1e-9
                or q.x + q.width <= p.x + 1e-9
                or (p.y + p.height <= q.y + 1e-9 or q.y + q.height <= p.y + 1e-9)
            )


def test_a4_4xa6_fills_row_by_row() -> None:
    stock = get_stock("a4-4xa6")
    got = [(p.page, p.x, p.y) for p in label_positions(stock, 5)]
    assert got == [(0, 0, 0.5), (0, 105, 0.5), (0, 0, 148.5), (0, 105, 148.5), (1, 0, 0.5)]


def test_start_at_skips_used_labels_on_the_first_sheet_only() -> None:
    stock = get_stock("herma-4412")
    got = list(label_positions(stock, 4, start_at=9))
    assert [(p.page, p.slot) for p in got] == [(0, 8), (0, 9), (1, 0), (1, 1)]


def test_start_at_outside_the_sheet_is_refused() -> None:
    with pytest.raises(StockError, match="start label 11"):
        list(label_positions(get_stock("herma-4412"), 1, start_at=11))


def test_custom_and_roll_sizes() -> None:
    custom = get_stock("custom:90x55")
    assert (custom.page_width, custom.page_height, custom.per_page) == (90, 55, 1)
    roll = get_stock("brother-ql-62x120")
    assert (roll.label_width, roll.label_height, roll.roll) == (62, 120, True)
    assert get_stock("A4-4xA6") is STOCKS["a4-4xa6"]


def test_unknown_stock_names_the_known_ones() -> None:
    with pytest.raises(StockError, match="unknown stock 'a5'.*a4-4xa6"):
        get_stock("a5")
