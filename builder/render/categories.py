"""Category labels, icons and colours: sensible defaults, overridable from mkdocs.yml or a YAML file."""
from __future__ import annotations

import re
from dataclasses import dataclass

from builder.model import CATEGORIES
from builder.render.escape import text

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


# Why these: each icon says the category at a glance; colours are distinct hues dark enough for white text.
DEFAULTS: dict[str, tuple[str, str]] = {
    "deadline": ("material-timer-sand", "#92400e"),
    "ultimatum": ("material-alert-octagon", "#c2410c"),
    "rejection": ("material-hand-back-left", "#b91c1c"),
    "agreement": ("material-handshake", "#15803d"),
    "strike": ("material-bomb", "#9f1239"),
    "shelling": ("material-crosshairs-gps", "#be123c"),
    "casualties": ("material-heart-broken", "#3f3f46"),
    "humanitarian": ("material-hand-heart", "#0369a1"),
    "evacuation": ("material-exit-run", "#0f766e"),
    "statement": ("material-comment-quote", "#4338ca"),
    "diplomacy": ("material-earth", "#6d28d9"),
    "legal": ("material-scale-balance", "#374151"),
    "warning": ("material-alert", "#a16207"),
    "other": ("material-circle-medium", "#475569"),
}


def default_styles() -> dict[str, CategoryStyle]:
    return {key: CategoryStyle(key, key.capitalize(), *DEFAULTS.get(key, ("material-tag", "#475569")))
            for key in CATEGORIES}


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
        if not isinstance(key, str) or not KEY.match(key):
            problems.append(f"{where}: expected a category name in lowercase words, got {key!r}")
            continue
        if not isinstance(fields, dict):
            problems.append(f"{where}: {key}: expected a mapping of label, icon, colour, got {fields!r}")
            continue
        base = styles.get(key) or CategoryStyle(key, key.capitalize(), "material-tag", "#475569")
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


def stylesheet(styles: dict[str, CategoryStyle]) -> str:
    """CSS giving each category's badge and entry marker its colour (keys and colours are validated)."""
    rules = [f".tl-cat-{s.key}{{--tl-cat:{s.colour};--tl-cat-text:{s.text_colour}}}"
             for s in sorted(styles.values(), key=lambda s: s.key)]
    return "/* Generated from the category styles. */\n" + "\n".join(rules) + "\n"


def badge(style: CategoryStyle, href: str | None = None) -> str:
    """A category badge with its icon; a link to the category page when href is given."""
    inner = f":{style.icon}: {text(style.label)}"
    if href:
        return f'[{inner}]({href}){{ .tl-badge .tl-cat-{style.key} }}'
    return f'<span class="tl-badge tl-cat-{style.key}">{inner}</span>'
