"""The search box's static files and where a site serves them: assets/search/search.js and search.css.

search.js finds the site root from its own address (two folders up), and the index in <root>/pagefind/
(builder/search_index.py); a page needs only the two files linked (MkDocs: extra_javascript, extra_css)."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

#: file -> its path in the built site (search.js relies on being two folders below the site root).
ASSETS = {"search.js": "assets/search/search.js", "search.css": "assets/search/search.css"}


def asset(name: str) -> str:
    """The text of one of the search box's files."""
    if name not in ASSETS:
        raise KeyError(f"no search asset {name!r}; expected one of {', '.join(ASSETS)}")
    return resources.files("builder.search_ui").joinpath(name).read_text(encoding="utf-8")


def write_assets(site_dir: Path) -> list[Path]:
    """Copy the files into a built site (or a docs/ folder that an engine copies as is)."""
    written = []
    for name, target in ASSETS.items():
        path = Path(site_dir) / target
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(asset(name), encoding="utf-8")
        written.append(path)
    return written
