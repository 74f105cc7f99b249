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
    assert "Presse 1\u202f849/2\u202f000" in counters.categories.text()
    assert "1\u202f200" in counters.categories.text()
