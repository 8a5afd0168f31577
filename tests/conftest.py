"""Shared fixtures: the repository's paths and a helper that builds a real site in a temporary folder."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "mariupol-surrender-refused.txt"

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    """Run with the working folder in a fresh temporary folder (messages show paths relative to it)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def make_site(folder: Path, timeline: Path | None = None, seeds: Path | None = None) -> Path:
    """A minimal MkDocs project in `folder` using our plugin; returns its mkdocs.yml."""
    (folder / "docs").mkdir(parents=True, exist_ok=True)
    (folder / "docs" / "index.md").write_text("# Test site\n", encoding="utf-8")
    if timeline is not None and timeline != folder / "timeline":
        shutil.copytree(timeline, folder / "timeline", dirs_exist_ok=True)
    if seeds is not None and seeds != folder / "seeds":
        shutil.copytree(seeds, folder / "seeds", dirs_exist_ok=True)
    (folder / "timeline").mkdir(exist_ok=True)
    (folder / "seeds").mkdir(exist_ok=True)
    write_records(folder)
    config = folder / "mkdocs.yml"
    config.write_text(
        "site_name: Timeline\n"
        "nav:\n  - Home: index.md\n  - Timeline: timeline.md\n"
        "theme:\n  name: material\n"
        "plugins:\n  - timeline\n"
        "markdown_extensions:\n  - admonition\n  - attr_list\n  - md_in_html\n",
        encoding="utf-8")
    return config


def write_records(folder: Path) -> None:
    """The article records of folder/seeds/ in folder/timeline/articles/, as `extract` writes them (the site reads
    those, not seeds/)."""
    from builder.article import load_article
    from builder.cli import sentences_of
    from builder.records import write_record

    for path in sorted((folder / "seeds").glob("*.txt")):
        write_record(folder / "timeline", load_article(path), sentences_of)


def build_site(config: Path) -> Path:
    """Run a real `mkdocs build --strict`; returns the site folder."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    cfg = load_config(str(config), strict=True, site_dir=str(config.parent / "site"))
    try:
        build(cfg)
    finally:
        cfg.plugins.on_shutdown()
    return config.parent / "site"
