"""The counters write every number the same way: thousands apart by a narrow no-break
space, in the total and in each category (the category line said "1849/2000" under a
total of "1 849 / 2 000")."""

from __future__ import annotations

from checkin.core.store.base import Stats
from checkin.qt.widgets.counters import CountersBar


def test_categories_and_walk_ins_are_grouped_like_the_total(desk) -> None:  # noqa: ANN001
    counters: CountersBar = desk.counters
    big = Stats(
        expected=2000,
        checked_in=1849,
        cancelled=0,
        walk_ins=1200,
        by_category={"Presse": (2000, 1849)},
    )
    counters._show(big)
    assert "1\u202f849 / 2\u202f000" in counters.total.text()
    assert "Presse\u00a01\u202f849/2\u202f000" in counters.categories.text()
    assert "1\u202f200" in counters.categories.text()


def test_the_category_line_wraps_between_categories_only(desk) -> None:  # noqa: ANN001
    """At 1366 px with seven categories the line wrapped inside one: "Referent" ending a
    line, its "1/3 053" starting the next."""
    counters: CountersBar = desk.counters
    many = Stats(
        expected=96964,
        checked_in=5,
        cancelled=3048,
        walk_ins=2,
        by_category={
            "": (3, 0),
            "Aussteller": (7660, 0),
            "Ehrengast": (1886, 0),
            "Organisation": (2861, 0),
            "Presse und Medien": (3870, 0),
            "Referent": (3053, 1),
            "Teilnehmer": (77631, 4),
        },
    )
    counters._show(many)
    parts = counters.categories.text().split("   ·   ")
    assert len(parts) == 8
    assert all(" " not in part for part in parts), parts
    assert "Presse\u00a0und\u00a0Medien\u00a00/3\u202f870" in parts
