"""Sites for the reader-side search benchmark: the same synthetic timeline built twice, once with ours (the
repository's mkdocs.yml as it is: the plugin writes the Pagefind index of builder/search_index.py into
site/pagefind/ and links the search box of builder/search_ui) and once with Material's search instead (the
timeline's `search: false`, Material's `search` plugin back).

    python -m bench.search_site index PROJECT      # index PROJECT/timeline into PROJECT/site on its own (a child
                                                   # process of the benchmark, so its time and memory are its own)
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
from builder.render.context import Options, timeline_pages
from builder.render.links import page_url
from builder.search_index import entry_records, write_search_index

ROOT = Path(__file__).resolve().parent.parent
#: A word no synthetic entry uses, planted in one entry's summary: the query of the benchmark.
PLANTED = "Quellmarsh"
PER_PAGE = Options.per_page    # the plugin's default, which the benchmark projects keep


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


def with_material_search(config: str) -> str:
    """mkdocs.yml with the timeline's search off and Material's search plugin on (what the site had before)."""
    if "\nplugins:\n  - timeline:\n" not in config:
        raise ValueError("mkdocs.yml no longer has 'plugins:\\n  - timeline:' as the benchmark expects: update "
                         "bench/search_site.py")
    return config.replace("\nplugins:\n  - timeline:\n", "\nplugins:\n  - search\n  - timeline:\n      search: false\n", 1)


def prepare_material(project: Path) -> None:
    """Turn a copy of a project into the 'material' variant: Material's search, not ours."""
    config = project / "mkdocs.yml"
    config.write_text(with_material_search(config.read_text(encoding="utf-8")), encoding="utf-8")


def index_project(project: Path) -> int:
    """Index project/timeline into project/site/pagefind/ (as the plugin does after a build); the records."""
    entries = sorted(load_timeline(project / "timeline"), key=lambda e: e.sort_key)
    records = entry_records(entries, entry_pages(entries))
    index = write_search_index(records, project / "site")
    return sum(index.records)


@dataclass(frozen=True)
class SiteBuild:
    """How a variant's project is made from the plain one (None: as it is)."""

    prepare: Callable[[Path], None] | None


SITE_BUILDS = {
    "material": SiteBuild(prepare_material),
    "pagefind": SiteBuild(None),
}


def main(argv: list[str]) -> int:
    what, project = argv[0], Path(argv[1]).resolve()
    count = {"index": index_project}[what](project)
    print(f"{count} records indexed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
