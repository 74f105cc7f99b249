"""A badge layout is data: elements positioned in millimetres, loaded from JSON and validated.

Coordinates are measured from the top-left corner of the badge, y downwards, as
a designer measures on paper. A layout is drawn at its own size (`width` x
`height`) and scaled uniformly onto whatever label the stock provides.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checkin.core.resources import resource

#: Placeholders a template may use.
TEMPLATE_FIELDS = frozenset(
    {
        "title",
        "first_name",
        "last_name",
        "full_name",
        "display_name",
        "company",
        "function",
        "category",
        "code",
        "event_name",
        "event_date",
        "event_venue",
    }
)
FONTS = ("sans", "sans-bold", "condensed", "condensed-bold")
ALIGNS = ("left", "center", "right")
VALIGNS = ("top", "middle", "bottom")
#: A colour: "#rrggbb", or "category" for the colour of the attendee's category.
CATEGORY_COLOUR = "category"
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


class LayoutError(ValueError):
    """The layout file is unusable; the message names the file, the element and the field."""


@dataclass(frozen=True, slots=True, kw_only=True)
class TextElement:
    id: str
    x: float
    y: float
    width: float
    height: float
    template: str
    font: str = "sans"
    size: float = 12.0
    min_size: float = 12.0
    align: str = "center"
    valign: str = "middle"
    color: str = "#000000"
    max_lines: int = 1


@dataclass(frozen=True, slots=True, kw_only=True)
class QrElement:
    id: str
    x: float
    y: float
    size: float
    template: str = "{code}"
    color: str = "#000000"


@dataclass(frozen=True, slots=True, kw_only=True)
class RectElement:
    id: str
    x: float
    y: float
    width: float
    height: float
    color: str = CATEGORY_COLOUR


@dataclass(frozen=True, slots=True, kw_only=True)
class ImageElement:
    id: str
    x: float
    y: float
    width: float
    height: float
    path: str


Element = TextElement | QrElement | RectElement | ImageElement


@dataclass(frozen=True, slots=True, kw_only=True)
class Layout:
    name: str
    width: float
    height: float
    elements: tuple[Element, ...]
    category_colors: Mapping[str, str] = field(default_factory=dict)
    default_color: str = "#5d6d7e"
    #: category -> elements replacing the default ones; None means "no badge".
    categories: Mapping[str, tuple[Element, ...] | None] = field(default_factory=dict)
    #: Folder that relative image paths are resolved against.
    base_dir: str = ""
    #: The event this layout was made for (its name starts so), "" for any event;
    #: `layout_for_event` picks such a layout for that event only.
    for_event: str = ""

    def elements_for(self, category: str) -> tuple[Element, ...] | None:
        """The elements of this category's badge, or None when the category gets no badge."""
        if category in self.categories:
            return self.categories[category]
        return self.elements

    def colour_for(self, category: str) -> str:
        return self.category_colors.get(category, self.default_color)


# -- loading -------------------------------------------------------------------------


def layout_names() -> list[str]:
    """The bundled layouts, by file stem."""
    return sorted(p.stem for p in resource("badges").glob("*.json"))


#: The built-in layout: the event's own name and date, no event's logo.
BUILT_IN = "default"


def _event_key(text: str) -> str:
    from checkin.core.search import fold

    return " ".join(fold(text).split())


def layout_for_event(event_name: str, chosen: str | Path = "") -> Layout:
    """The layout a badge of this event is printed with.

    `chosen` (a desk's or the command line's choice, or the event's) wins; else
    the bundled layout made for this event (its `for_event` begins the event's
    name: the Strategiekonferenz layout with its logo for the Strategiekonferenz
    only); else the built-in layout.
    """
    if str(chosen):
        return load_layout(chosen)
    name = _event_key(event_name)
    if name:
        for candidate in layout_names():
            layout = load_layout(candidate)
            if layout.for_event and name.startswith(_event_key(layout.for_event)):
                return layout
    return load_layout(BUILT_IN)


def load_layout(name_or_path: str | Path = BUILT_IN) -> Layout:
    """A bundled layout by name ("strategiekonferenz"), or a JSON file by path."""
    path = Path(name_or_path)
    if not path.suffix:
        path = resource("badges", f"{name_or_path}.json")
        if not path.is_file():
            raise LayoutError(
                f"no layout named {str(name_or_path)!r}; bundled: {', '.join(layout_names())}"
            )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise LayoutError(f"{path}: cannot read layout ({exc.strerror or exc})") from exc
    except json.JSONDecodeError as exc:
        raise LayoutError(f"{path}: not valid JSON at line {exc.lineno}: {exc.msg}") from exc
    return parse_layout(data, source=str(path), base_dir=str(path.parent))


def parse_layout(data: Any, *, source: str = "<layout>", base_dir: str = "") -> Layout:
    """Validate plain data (as read from JSON) into a Layout, or raise LayoutError."""
    if not isinstance(data, dict):
        raise LayoutError(f"{source}: the layout must be a JSON object")
    _no_unknown(
        data,
        {
            "name",
            "width",
            "height",
            "elements",
            "category_colors",
            "default_color",
            "categories",
            "comment",
            "for_event",
        },
        source,
    )
    for_event = data.get("for_event", "")
    if not isinstance(for_event, str):
        raise LayoutError(f"{source}: 'for_event' must be the event's name (a string)")
    width = _number(data, "width", source)
    height = _number(data, "height", source)
    colours = data.get("category_colors", {})
    if not isinstance(colours, dict):
        raise LayoutError(f"{source}: 'category_colors' must be an object of category -> #rrggbb")
    for cat, colour in colours.items():
        _hex_colour(colour, f"{source}: category_colors[{cat!r}]")
    default_colour = data.get("default_color", "#5d6d7e")
    _hex_colour(default_colour, f"{source}: default_color")
    elements = _elements(data.get("elements"), "elements", source, width, height)
    categories: dict[str, tuple[Element, ...] | None] = {}
    raw_categories = data.get("categories", {})
    if not isinstance(raw_categories, dict):
        raise LayoutError(f"{source}: 'categories' must be an object of category -> override")
    for cat, override in raw_categories.items():
        where = f"categories[{cat!r}]"
        if override is None or override is False or override == "no badge":
            categories[cat] = None
        elif isinstance(override, dict):
            _no_unknown(override, {"elements"}, f"{source}: {where}")
            categories[cat] = _elements(
                override.get("elements"), f"{where}.elements", source, width, height
            )
        else:
            raise LayoutError(f'{source}: {where} must be {{"elements": [...]}} or "no badge"')
    return Layout(
        name=str(data.get("name") or Path(source).stem),
        width=width,
        height=height,
        elements=elements,
        category_colors=dict(colours),
        default_color=default_colour,
        categories=categories,
        base_dir=base_dir,
        for_event=for_event.strip(),
    )


def _elements(
    raw: Any, where: str, source: str, width: float, height: float
) -> tuple[Element, ...]:
    if not isinstance(raw, list) or not raw:
        raise LayoutError(f"{source}: '{where}' must be a non-empty list of elements")
    out: list[Element] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        label = f"{where}[{i}]"
        if isinstance(item, dict) and "id" in item:
            label += f" (id {item['id']!r})"
        ctx = f"{source}: {label}"
        if not isinstance(item, dict):
            raise LayoutError(f"{ctx}: an element must be an object")
        element = _element(item, ctx)
        if element.id in seen:
            raise LayoutError(f"{ctx}: duplicate id {element.id!r}")
        seen.add(element.id)
        _inside(element, ctx, width, height)
        out.append(element)
    return tuple(out)


_COMMON = {"type", "id", "x", "y", "comment"}


def _element(item: dict[str, Any], ctx: str) -> Element:
    kind = item.get("type")
    ident = str(item.get("id") or kind)
    x, y = _number(item, "x", ctx, zero_ok=True), _number(item, "y", ctx, zero_ok=True)
    if kind == "text":
        _no_unknown(
            item,
            _COMMON
            | {
                "width",
                "height",
                "template",
                "font",
                "size",
                "min_size",
                "align",
                "valign",
                "color",
                "max_lines",
            },
            ctx,
        )
        size = _number(item, "size", ctx)
        min_size = _number(item, "min_size", ctx, default=size)
        if min_size > size:
            raise LayoutError(
                f"{ctx}: field 'min_size' ({min_size:g}) is larger than 'size' ({size:g})"
            )
        max_lines = item.get("max_lines", 1)
        if not isinstance(max_lines, int) or isinstance(max_lines, bool) or not 1 <= max_lines <= 6:
            raise LayoutError(f"{ctx}: field 'max_lines' must be a whole number 1..6")
        element = TextElement(
            id=ident,
            x=x,
            y=y,
            width=_number(item, "width", ctx),
            height=_number(item, "height", ctx),
            template=_template(item, ctx),
            font=_choice(item, "font", FONTS, ctx, "sans"),
            size=size,
            min_size=min_size,
            align=_choice(item, "align", ALIGNS, ctx, "center"),
            valign=_choice(item, "valign", VALIGNS, ctx, "middle"),
            color=_colour(item, ctx, "#000000"),
            max_lines=max_lines,
        )
        # One line at the minimum size must fit into the box, or nothing ever could.
        if element.height < element.min_size * 25.4 / 72:
            raise LayoutError(
                f"{ctx}: box height {element.height} mm is lower than one line at "
                f"min_size {element.min_size} pt"
            )
        return element
    if kind == "qr":
        _no_unknown(item, _COMMON | {"size", "template", "color"}, ctx)
        return QrElement(
            id=ident,
            x=x,
            y=y,
            size=_number(item, "size", ctx),
            template=_template(item, ctx, "{code}"),
            color=_colour(item, ctx, "#000000"),
        )
    if kind == "rect":
        _no_unknown(item, _COMMON | {"width", "height", "color"}, ctx)
        return RectElement(
            id=ident,
            x=x,
            y=y,
            width=_number(item, "width", ctx),
            height=_number(item, "height", ctx),
            color=_colour(item, ctx, CATEGORY_COLOUR),
        )
    if kind == "image":
        _no_unknown(item, _COMMON | {"width", "height", "path"}, ctx)
        path = item.get("path")
        if not isinstance(path, str) or not path:
            raise LayoutError(f"{ctx}: field 'path' must name an image file")
        return ImageElement(
            id=ident,
            x=x,
            y=y,
            width=_number(item, "width", ctx),
            height=_number(item, "height", ctx),
            path=path,
        )
    raise LayoutError(f"{ctx}: field 'type' must be one of text, qr, rect, image (got {kind!r})")


def _inside(element: Element, ctx: str, width: float, height: float) -> None:
    w = element.size if isinstance(element, QrElement) else element.width
    h = element.size if isinstance(element, QrElement) else element.height
    if element.x + w > width + 0.01 or element.y + h > height + 0.01:
        raise LayoutError(
            f"{ctx}: reaches beyond the badge ({element.x}+{w} x {element.y}+{h} mm "
            f"on a {width} x {height} mm badge)"
        )


def _no_unknown(item: dict[str, Any], allowed: set[str], ctx: str) -> None:
    unknown = sorted(set(item) - allowed)
    if unknown:
        raise LayoutError(
            f"{ctx}: unknown field {unknown[0]!r} (allowed: {', '.join(sorted(allowed))})"
        )


def _number(
    item: dict[str, Any], key: str, ctx: str, *, zero_ok: bool = False, default: float | None = None
) -> float:
    value = item.get(key, default)
    if value is None:
        raise LayoutError(f"{ctx}: field {key!r} is missing")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise LayoutError(
            f"{ctx}: field {key!r} must be a number in millimetres/points, got {value!r}"
        )
    if value < 0 or (value == 0 and not zero_ok):
        raise LayoutError(
            f"{ctx}: field {key!r} must be {'>= 0' if zero_ok else '> 0'}, got {value}"
        )
    return float(value)


def _choice(
    item: dict[str, Any], key: str, choices: tuple[str, ...], ctx: str, default: str
) -> str:
    value = item.get(key, default)
    if value not in choices:
        raise LayoutError(
            f"{ctx}: field {key!r} must be one of {', '.join(choices)}, got {value!r}"
        )
    return str(value)


def _colour(item: dict[str, Any], ctx: str, default: str) -> str:
    value = item.get("color", default)
    if value == CATEGORY_COLOUR:
        return value
    return _hex_colour(value, f"{ctx}: field 'color'")


def _hex_colour(value: Any, ctx: str) -> str:
    if not isinstance(value, str) or not _HEX.match(value):
        raise LayoutError(f'{ctx} must be a colour like "#1a3c6e" (or "category"), got {value!r}')
    return value


def _template(item: dict[str, Any], ctx: str, default: str | None = None) -> str:
    value = item.get("template", default)
    if not isinstance(value, str) or not value:
        raise LayoutError(
            f"{ctx}: field 'template' must be a non-empty string like \"{{company}}\""
        )
    try:
        parsed = list(string.Formatter().parse(value))
    except ValueError as exc:
        raise LayoutError(f"{ctx}: field 'template' is malformed ({exc})") from exc
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in TEMPLATE_FIELDS or spec or conversion:
            raise LayoutError(
                f"{ctx}: field 'template' uses unknown placeholder {{{name}}}; "
                f"known: {', '.join(sorted(TEMPLATE_FIELDS))}"
            )
    return value
