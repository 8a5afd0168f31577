"""Steps of our build timed inside this process: loading the entry files, and rendering the pages."""
from __future__ import annotations

import statistics
import time
from pathlib import Path

import yaml

import builder.loader
from builder.loader import load_timeline
from builder.records import load_records
from builder.render import render_site


def best_of(runs: int, step) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def load_seconds(project: Path, runs: int, pure_python: bool = False) -> float:
    """Median time to load and validate every entry of project/timeline (C loader, or PyYAML's pure-Python one)."""
    saved = builder.loader.Loader
    if pure_python:
        builder.loader.Loader = yaml.SafeLoader      # the fallback when libyaml is missing
    try:
        return best_of(runs, lambda: load_timeline(project / "timeline"))
    finally:
        builder.loader.Loader = saved


def render_seconds(project: Path, runs: int) -> float:
    """Median time of render_site (entries -> every page's Markdown), entries already loaded."""
    entries = load_timeline(project / "timeline")
    articles = list(load_records(project / "timeline")[0].values())     # the article records, as the site reads them
    return best_of(runs, lambda: render_site(entries, articles))
