"""Bulk work on many small objects: parsing a list, planning an import, loading rows."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hundreds of thousands of new objects and no cycles among them: left on, the cyclic
    collector rescans every row already made again and again (a third of a list's parse,
    0.8 s of a 200,000-row import's planning and writing)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
