"""Build frozen dataclass instances without their __init__, for 200,000-row lists.

A frozen dataclass __init__ sets each field through object.__setattr__, which
costs microseconds per object on a slow desk laptop; a large import spends
seconds in it. Filling the slots directly gives an equal object. The factory
proves that on a sample and falls back to the real constructor whenever it
cannot (no slots, a new field without a default, validation in __post_init__
that changes the outcome).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")


def fast_constructor(cls: type[T], names: Sequence[str], sample: Sequence[Any]) -> Callable[..., T]:
    """A positional constructor for `names` (other fields get their defaults)."""

    def regular(*values: Any) -> T:
        return cls(**dict(zip(names, values, strict=True)))

    try:
        setters = [getattr(cls, n).__set__ for n in names]
        rest = [f for f in dataclasses.fields(cls) if f.name not in names]  # type: ignore[arg-type]
        if any(f.default is dataclasses.MISSING for f in rest):
            return regular
        defaults = [(getattr(cls, f.name).__set__, f.default) for f in rest]
    except (AttributeError, TypeError):
        return regular
    # Straight-line code, as dataclasses itself generates __init__: a loop would cost most
    # of what is saved. The text is built from the class's own field names only.
    scope: dict[str, Any] = {"new": object.__new__, "cls": cls}
    body = ["def fast(" + ", ".join(f"v{i}" for i in range(len(names))) + "):", " o = new(cls)"]
    for i, setter in enumerate(setters):
        scope[f"s{i}"] = setter
        body.append(f" s{i}(o, v{i})")
    for j, (setter, value) in enumerate(defaults):
        scope[f"d{j}"], scope[f"dv{j}"] = setter, value
        body.append(f" d{j}(o, dv{j})")
    body.append(" return o")
    exec("\n".join(body), scope)
    fast: Callable[..., T] = scope["fast"]
    try:
        same = fast(*sample) == regular(*sample) and repr(fast(*sample)) == repr(regular(*sample))
    except Exception:  # noqa: BLE001 - any surprise means: use the real constructor
        same = False
    return fast if same else regular
