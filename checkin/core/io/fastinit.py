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
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

T = TypeVar("T")


def fast_constructor(cls: type[T], sample: Mapping[str, Any]) -> Callable[..., T]:
    """A keyword-only constructor for the fields named in `sample` (others get their defaults).

    `sample` is one set of values by field name; the fast constructor is used only
    when it builds an object equal to what the class's own __init__ builds from it.
    """
    names = list(sample)

    def regular(**values: Any) -> T:
        return cls(**values)

    try:
        setters = [getattr(cls, n).__set__ for n in names]
        rest = [f for f in dataclasses.fields(cls) if f.name not in names]  # type: ignore[arg-type]
        if any(f.default is dataclasses.MISSING for f in rest):
            return regular
        defaults = [(getattr(cls, f.name).__set__, f.default) for f in rest]
    except (AttributeError, TypeError):
        return regular
    if not all(n.isidentifier() and not n.startswith("_") for n in names):
        return regular
    # Straight-line code, as dataclasses itself generates __init__: a loop would cost most
    # of what is saved. The text is built from the class's own field names only; its own
    # names start with "_", which no field name here does.
    scope: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    body = ["def fast(*, " + ", ".join(names) + "):", " _o = _new(_cls)"]
    for i, (name, setter) in enumerate(zip(names, setters, strict=True)):
        scope[f"_s{i}"] = setter
        body.append(f" _s{i}(_o, {name})")
    for j, (setter, value) in enumerate(defaults):
        scope[f"_d{j}"], scope[f"_dv{j}"] = setter, value
        body.append(f" _d{j}(_o, _dv{j})")
    body.append(" return _o")
    exec("\n".join(body), scope)
    fast: Callable[..., T] = scope["fast"]
    try:
        same = fast(**sample) == regular(**sample) and repr(fast(**sample)) == repr(
            regular(**sample)
        )
    except Exception:  # noqa: BLE001 - any surprise means: use the real constructor
        same = False
    return fast if same else regular
