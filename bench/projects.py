"""Benchmark projects on disk: our site and the bare-MkDocs baseline, for one synthetic timeline."""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from bench.baseline import write_baseline
from bench.synth import make_story, write_story
from builder.records import load_records
from builder.loader import load_timeline

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Pair:
    """Two MkDocs projects holding the same content: ours (plugin + timeline/) and the plain-Markdown baseline."""

    entries: int
    ours: Path          # folder with mkdocs.yml, docs/, timeline/, seeds/
    bare: Path          # folder with mkdocs.yml, docs/
    words: int          # words in the entries' summaries and quotes (what a reader reads)


def make_pair(n: int, folder: Path) -> Pair:
    """Write both projects for an n-entry story under `folder` (replacing what was there)."""
    shutil.rmtree(folder, ignore_errors=True)
    ours, bare = folder / "ours", folder / "bare"
    story = make_story(n)
    write_story(story, ours)
    shutil.copytree(ROOT / "docs", ours / "docs")
    shutil.copy(ROOT / "mkdocs.yml", ours / "mkdocs.yml")
    # The baseline is written from the entries as loaded from disk, exactly what our plugin sees.
    entries = load_timeline(ours / "timeline")
    articles = list(load_records(ours / "timeline")[0].values())
    bare.mkdir(parents=True)
    write_baseline(entries, articles, bare)
    words = sum(len(e.summary.split()) + sum(len(q.text.split()) for q in e.quotes) for e in entries)
    return Pair(n, ours, bare, words)
