"""Entries -> pages, pinned file by file: a small timeline in tests/golden/pages/timeline (three entries, one
article record), every page rendered both ways out: `portable/` as `render --out` writes them (for Zensical, with
the data files), `plugin/` as the MkDocs plugin hands them over (raw HTML). Regenerate with UPDATE_GOLDEN=1 and review
the diff like the extraction goldens."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from builder.export import DEFAULT_ENGINE, ENGINES
from builder.project import Project
from builder.settings import Settings

GOLDEN = Path(__file__).parent / "golden" / "pages"
ASSETS = ("assets/timeline/timeline.css", "assets/timeline/timeline.js",     # copied as they are: not pinned here
          "assets/search/search.css", "assets/search/search.js")


def rendered(portable: bool) -> dict[str, str]:
    settings = Settings(GOLDEN, None, timeline_dir="timeline", site_name="Harbour fire", per_page=2)
    project = Project(settings)
    loaded = project.check()
    assert loaded.problems == []
    result = project.render(loaded, portable=portable, raw_links=ENGINES[DEFAULT_ENGINE] if portable else "url")
    # the data files (feeds, stylesheet) are the same in both forms: pinned once, with the portable pages
    files = {**result.pages, **result.files, **result.stubs} if portable else result.pages
    return {path: text for path, text in files.items() if path not in ASSETS}


@pytest.mark.parametrize("form", ["portable", "plugin"])
def test_pages_match_the_reviewed_golden_files(form):
    produced = rendered(form == "portable")
    folder = GOLDEN / form
    if os.environ.get("UPDATE_GOLDEN"):
        for old in folder.rglob("*"):
            if old.is_file():
                old.unlink()
        for path, text in produced.items():
            (folder / path).parent.mkdir(parents=True, exist_ok=True)
            (folder / path).write_text(text, encoding="utf-8")
    expected = {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
                for p in sorted(folder.rglob("*")) if p.is_file()}
    assert sorted(produced) == sorted(expected)
    for path, text in produced.items():
        assert text == expected[path], f"{form}/{path} differs from tests/golden/pages (UPDATE_GOLDEN=1 to accept)"
