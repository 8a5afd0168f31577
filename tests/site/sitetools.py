"""Build real MkDocs sites in temporary folders: the seed site, or a small one made of given entries."""
from __future__ import annotations

import atexit
import functools
import os
import tempfile
import shutil
from pathlib import Path

from dom import Node, dom

ROOT = Path(__file__).resolve().parents[2]

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

SMALL_CONFIG = """site_name: Timeline
nav:
  - Home: index.md
  - Timeline: timeline.md
  - People: people/index.md
theme:
  name: material
plugins:
  - timeline{options}
"""


def copy_seed_project(folder: Path) -> Path:
    """The repository's own site (mkdocs.yml, docs/, timeline/, seeds/) copied into `folder`."""
    for name in ("docs", "timeline", "seeds"):
        shutil.copytree(ROOT / name, folder / name, dirs_exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    return folder / "mkdocs.yml"


def small_project(folder: Path, entries: dict[str, str], *, seeds: bool = False, options: str = "",
                  docs: dict[str, str] | None = None) -> Path:
    """A minimal site using the plugin: entries as {file name: YAML}, optionally the seed articles."""
    (folder / "docs").mkdir(parents=True, exist_ok=True)
    (folder / "timeline").mkdir(exist_ok=True)
    (folder / "seeds").mkdir(exist_ok=True)
    for name, text in (docs or {}).items():
        (folder / "docs" / name).write_text(text, encoding="utf-8")
    for name, text in entries.items():
        (folder / "timeline" / name).write_text(text, encoding="utf-8")
    if seeds:                                   # the seed articles, as extract leaves them for the site
        shutil.copytree(ROOT / "seeds", folder / "seeds", dirs_exist_ok=True)
        shutil.copytree(ROOT / "timeline" / "articles", folder / "timeline" / "articles", dirs_exist_ok=True)
    config = folder / "mkdocs.yml"
    config.write_text(SMALL_CONFIG.format(options=(":\n" + options) if options else ""), encoding="utf-8")
    return config


def build(config: Path, site_dir: Path | None = None) -> Path:
    """Run a real `mkdocs build --strict` from the project folder; returns the site folder."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    site = site_dir or config.parent / "site"
    here = Path.cwd()
    os.chdir(config.parent)                      # messages name files relative to the project, as `make site` does
    try:
        cfg = load_config(str(config), strict=True, site_dir=str(site))
        try:
            mkdocs_build(cfg)
        finally:
            cfg.plugins.on_shutdown()
    finally:
        os.chdir(here)
    return site


def page(site: Path, path: str) -> str:
    """The HTML of a built page: 'timeline/' -> site/timeline/index.html."""
    target = site / path
    return (target / "index.html" if path.endswith("/") or not path else target).read_text(encoding="utf-8")


def page_dom(site: Path, path: str) -> Node:
    return dom(page(site, path))


@functools.cache
def seed_site() -> Path:
    """The repository's own site (its mkdocs.yml, docs/, timeline/ and seeds/) built with --strict, once per run.

    A cached function rather than a conftest fixture: a second conftest.py would shadow tests/conftest.py."""
    folder = Path(tempfile.mkdtemp(prefix="seed-site-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return build(copy_seed_project(folder))
