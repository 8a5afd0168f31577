"""SVG icons for category badges, from the theme's icon set (Material for MkDocs, or Zensical's copy of it).

The packages are found, not imported: nothing of a theme runs, and the renderer stays free of any engine."""
from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

from builder.errors import TimelineError
from builder.textio import read_text

THEMES = (("material", "templates/.icons"), ("zensical", "templates/.icons"))


@functools.cache
def icon_folders() -> tuple[Path, ...]:
    """The .icons folders of the installed themes, Material's first."""
    found = []
    for package, sub in THEMES:
        spec = importlib.util.find_spec(package)
        origin = spec.origin if spec else None
        if origin and (Path(origin).parent / sub).is_dir():
            found.append(Path(origin).parent / sub)
    return tuple(found)


def icon_svg(icon: str) -> str | None:
    """The SVG of an icon shortcode (`material-bomb` is .icons/material/bomb.svg), or None if there is none."""
    set_name, _, name = icon.partition("-")
    for icons in icon_folders():
        candidates = [icons / set_name / f"{name}.svg"] + [
            icons / set_name / sub / f"{name.removeprefix(sub + '-')}.svg"
            for sub in ("solid", "regular", "brands") if name.startswith(sub + "-")]
        for path in candidates:
            if path.is_file():
                try:
                    return read_text(path).strip()
                except TimelineError:
                    return None
    return None
