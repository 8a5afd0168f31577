"""Sites for the reader-side search benchmark: the same synthetic timeline built twice, once with Material's
search (the repository's mkdocs.yml as it is) and once with ours (Material's search plugin off, the search box
of builder/search_ui linked, the Pagefind index of builder/search_index.py written into site/pagefind/).

Phase 1 of issue 14 adds ours by editing a copy of mkdocs.yml and indexing after the build; once the plugin
does both, `SITE_BUILDS["pagefind"]` is the only thing to change (or pass another `SiteBuild`).

    python -m bench.search_site index PROJECT      # index PROJECT/timeline into PROJECT/site (a child process
                                                   # of the benchmark, so its time and memory are its own)
    python -m bench.search_site build PROJECT      # mkdocs build and index in one process, as a plugin would
"""
from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.synth import make_story, write_story
from builder.loader import load_timeline
from builder.model import Entry
from builder.render.context import timeline_pages
from builder.render.links import page_url
from builder.search_index import entry_records, write_search_index
from builder.search_ui import ASSETS, asset

ROOT = Path(__file__).resolve().parent.parent
#: A word no synthetic entry uses, planted in one entry's summary: the query of the benchmark.
PLANTED = "Quellmarsh"
PER_PAGE = 100              # the plugin's default, which the benchmark projects keep


@dataclass(frozen=True)
class Planted:
    """The entry that holds the planted word, and the page it is on (URL relative to the site root)."""

    word: str
    entry_id: str
    page: str


def entry_pages(entries: list[Entry], per_page: int = PER_PAGE) -> dict[str, str]:
    """entry id -> URL of its timeline page, relative to the site root (as the renderer places entries)."""
    ordered = sorted(entries, key=lambda e: e.sort_key)
    return {e.id: page_url(page) or "./" for page, group in timeline_pages(ordered, per_page).items() for e in group}


def write_project(n: int, folder: Path, word: str = PLANTED) -> Planted:
    """A project of n synthetic entries (mkdocs.yml, docs/, timeline/, seeds/) with `word` planted at the
    start of the summary of the middle entry in time."""
    shutil.rmtree(folder, ignore_errors=True)
    story = make_story(n)
    write_story(story, folder)
    shutil.copytree(ROOT / "docs", folder / "docs")
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    entry = sorted(story.entries, key=lambda e: e.sort_key)[n // 2]
    path = folder / "timeline" / f"{entry.id}.yml"
    text = path.read_text(encoding="utf-8")
    anchor = "\nsummary: >-\n  "
    if anchor not in text:
        raise ValueError(f"{anchor!r} not in {path}")
    path.write_text(text.replace(anchor, f"{anchor}{word} ", 1), encoding="utf-8")
    return Planted(word, entry.id, entry_pages(story.entries)[entry.id])


def without_material_search(config: str) -> str:
    """mkdocs.yml with Material's search plugin off and our search box's files linked."""
    if "\nplugins:\n  - search\n" not in config or "\nextra_css:\n" not in config:
        raise ValueError("mkdocs.yml no longer has 'plugins:\\n  - search' and 'extra_css:' as the benchmark "
                         "expects: update bench/search_site.py")
    config = config.replace("\nplugins:\n  - search\n", "\nplugins:\n", 1)
    config = config.replace("\nextra_css:\n", f"\nextra_css:\n  - {ASSETS['search.css']}\n", 1)
    return config + f"\nextra_javascript:\n  - {ASSETS['search.js']}\n"


def prepare_ours(project: Path) -> None:
    """Turn a copy of a project into the 'ours' variant: no Material search, our box in docs/assets/search/."""
    config = project / "mkdocs.yml"
    config.write_text(without_material_search(config.read_text(encoding="utf-8")), encoding="utf-8")
    for name, target in ASSETS.items():
        (project / "docs" / target).parent.mkdir(parents=True, exist_ok=True)
        (project / "docs" / target).write_text(asset(name), encoding="utf-8")


def index_project(project: Path) -> int:
    """Index project/timeline into project/site/pagefind/; the number of records."""
    entries = sorted(load_timeline(project / "timeline"), key=lambda e: e.sort_key)
    records = entry_records(entries, entry_pages(entries))
    index = write_search_index(records, project / "site")
    return sum(index.records)


def build_and_index(project: Path) -> int:
    """`mkdocs build` then the index, in this one process (what a plugin's on_post_build would cost)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    build(load_config(str(project / "mkdocs.yml")))
    return index_project(project)


@dataclass(frozen=True)
class SiteBuild:
    """How a variant's project is made from the plain one, and what runs after `mkdocs build`."""

    prepare: Callable[[Path], None] | None  # from the plain project to this variant's (None: as it is)
    index: bool                             # run `python -m bench.search_site index PROJECT` after the build


SITE_BUILDS = {
    "material": SiteBuild(None, False),
    "pagefind": SiteBuild(prepare_ours, True),
}


def main(argv: list[str]) -> int:
    what, project = argv[0], Path(argv[1]).resolve()
    count = {"index": index_project, "build": build_and_index}[what](project)
    print(f"{count} records indexed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
