"""Where the bundled resources (fonts, layouts, demo data, sounds, translations) live.

Installed, they are the package `checkin.resources`; in a source checkout they are
the top-level `resources/` folder.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if checkout.is_dir():
        return checkout
    import checkin.resources as installed  # type: ignore[import-not-found]

    return Path(installed.__path__[0])


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
