"""Badges: layouts as data, stock presets, a pure PDF renderer, preflight and printing.

Entry points: `load_layout`, `get_stock`, `label_positions`, `render_badges`,
`render_calibration`, `preflight`; printing with the print log lives in
`checkin.core.badges.service`, CUPS spooling in `checkin.core.badges.cups`.
"""

from checkin.core.badges.layout import Layout, LayoutError, layout_names, load_layout, parse_layout
from checkin.core.badges.preflight import IssueKind, PreflightIssue, preflight
from checkin.core.badges.render import plan_badge, render_badges, render_calibration
from checkin.core.badges.stock import (
    STOCKS,
    LabelPosition,
    Stock,
    StockError,
    get_stock,
    label_positions,
)

__all__ = [
    "STOCKS",
    "IssueKind",
    "LabelPosition",
    "Layout",
    "LayoutError",
    "PreflightIssue",
    "Stock",
    "StockError",
    "get_stock",
    "label_positions",
    "layout_names",
    "load_layout",
    "parse_layout",
    "plan_badge",
    "preflight",
    "render_badges",
    "render_calibration",
]
