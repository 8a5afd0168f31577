"""Category labels, icons and colours: sensible defaults, overridable from mkdocs.yml or a YAML file."""
from __future__ import annotations

import base64
import re
from collections.abc import Mapping
from dataclasses import dataclass

from builder.vocabulary import CATEGORY_TABLE, NEW_CATEGORY_COLOUR, NEW_CATEGORY_ICON
from builder.render.escape import html_text
from builder.render.links import RESERVED

HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")
ICON = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")       # a Material icon shortcode: material-bomb
KEY = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
FIELDS = ("label", "icon", "colour")


@dataclass(frozen=True)
class CategoryStyle:
    """How one category looks on the site."""

    key: str
    label: str        # reader-facing name: "Shelling"
    icon: str         # Material icon shortcode without colons: "material-bomb"
    colour: str       # badge background, "#rrggbb"

    @property
    def text_colour(self) -> str:
        """Black or white, whichever reads better on the badge (always at least WCAG AA, 4.5:1)."""
        return "#ffffff" if contrast(self.colour, "#ffffff") >= contrast(self.colour, "#000000") else "#000000"


def default_styles() -> dict[str, CategoryStyle]:
    return {c.key: CategoryStyle(c.key, c.key.capitalize(), c.icon, c.colour) for c in CATEGORY_TABLE}


def luminance(colour: str) -> float:
    """WCAG relative luminance of a hex colour."""
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    channels = [int(digits[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two hex colours."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def merge_styles(overrides: dict | None, where: str = "categories",
                 base: dict[str, CategoryStyle] | None = None) -> tuple[dict[str, CategoryStyle], list[str]]:
    """`base` (the defaults) with `overrides` ({key: {label, icon, colour}}) applied; new keys add categories.

    Returns the styles and every problem found (as 'where: key.field: expected ..., got ...')."""
    styles = dict(base or default_styles())
    problems: list[str] = []
    if overrides is None:
        return styles, problems
    if not isinstance(overrides, dict):
        return styles, [f"{where}: expected a mapping of category: {{label, icon, colour}}, got {overrides!r}"]
    for key, fields in overrides.items():
        if not isinstance(key, str) or not KEY.match(key) or key in RESERVED:
            problems.append(f"{where}: expected a category name in lowercase words"
                            + (" other than 'index' (the categories' listing page)" if key in RESERVED else "")
                            + f", got {key!r}")
            continue
        if not isinstance(fields, dict):
            problems.append(f"{where}: {key}: expected a mapping of label, icon, colour, got {fields!r}")
            continue
        base = styles.get(key) or CategoryStyle(key, key.capitalize(), NEW_CATEGORY_ICON, NEW_CATEGORY_COLOUR)
        values = {"label": base.label, "icon": base.icon, "colour": base.colour}
        for name, value in fields.items():
            problem = _check_field(name, value)
            if problem:
                problems.append(f"{where}: {key}.{name}: {problem}")
            else:
                values[name] = str(value).strip()
        styles[key] = CategoryStyle(key, values["label"], values["icon"], values["colour"])
    return styles, problems


def _check_field(name: str, value) -> str | None:
    if name not in FIELDS:
        return f"unknown field; expected one of {', '.join(FIELDS)}"
    if not isinstance(value, str) or not value.strip():
        return f"expected text, got {value!r}"
    if name == "icon" and not ICON.match(value.strip()):
        return f"expected a Material icon name like material-bomb, got {value!r}"
    if name == "colour" and not HEX.match(value.strip()):
        return f"expected a hex colour like #9f1239, got {value!r}"
    return None


def icon_url(svg: str) -> str:
    """An SVG as a CSS url(): base64, so no character of the markup can end the string or the rule."""
    return 'url("data:image/svg+xml;base64,' + base64.b64encode(svg.encode("utf-8")).decode("ascii") + '")'


def stylesheet(styles: dict[str, CategoryStyle], icons: Mapping[str, str] | None = None) -> str:
    """CSS giving each category its colours and icon (keys and colours are validated).

    The icon is drawn by the badge's ::before as a mask, the way Material draws admonition icons: one copy of
    each SVG here instead of one in every badge (thousands on a big timeline, each parsed three times by a
    build: by MkDocs, by Markdown and by the search indexer)."""
    rules = []
    for s in sorted(styles.values(), key=lambda s: s.key):
        icon = (icons or {}).get(s.icon)
        rules.append(f".tl-cat-{s.key}{{--tl-cat:{s.colour};--tl-cat-text:{s.text_colour}"
                     + (f';--tl-icon:{icon_url(icon)};--tl-icon-content:""' if icon else "") + "}")
    return "/* Generated from the category styles. */\n" + "\n".join(rules) + "\n"


def badge(style: CategoryStyle, href: str | None = None) -> str:
    """A category badge (raw HTML; its icon comes from the stylesheet); a link to the category page when
    `href` (a URL) is given."""
    if href:
        return f'<a class="tl-badge tl-cat-{style.key}" href="{href}">{html_text(style.label)}</a>'
    return f'<span class="tl-badge tl-cat-{style.key}">{html_text(style.label)}</span>'
