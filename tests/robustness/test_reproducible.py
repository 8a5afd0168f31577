"""The same inputs give byte-identical output: timeline/ from the builder, site/ from mkdocs.

Each run is a separate process with its own hash seed, so output that leans on set or dict order of
strings shows up as a difference.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SEED, make_site


def run(args: list[str], cwd: Path, seed: str, **env: str) -> None:
    environment = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT), **env}
    result = subprocess.run(args, cwd=cwd, env=environment, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def project(folder: Path) -> Path:
    (folder / "seeds").mkdir(parents=True)
    for suffix in (".txt", ".yml"):
        shutil.copy(SEED.with_suffix(suffix), folder / "seeds" / SEED.with_suffix(suffix).name)
    return folder


def test_extracting_twice_gives_a_byte_identical_timeline(tmp_path):
    first, second = project(tmp_path / "first"), project(tmp_path / "second")
    run([sys.executable, "-m", "builder", "extract"], first, seed="1")
    run([sys.executable, "-m", "builder", "extract"], second, seed="2")
    assert tree(first / "timeline") == tree(second / "timeline")
    assert len(tree(first / "timeline")) > 10


def test_building_twice_gives_a_byte_identical_site(tmp_path):
    sites = []
    for seed in ("1", "2"):
        folder = tmp_path / seed
        config = make_site(folder, timeline=ROOT / "timeline")
        run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config)], folder, seed=seed,
            SOURCE_DATE_EPOCH="1647820800", NO_MKDOCS_2_WARNING="1")
        sites.append(tree(folder / "site"))
    assert sites[0].keys() == sites[1].keys()
    differing = [name for name in sites[0] if sites[0][name] != sites[1][name]]
    assert differing == []
    assert "timeline/index.html" in sites[0] and "sitemap.xml.gz" in sites[0]   # gzip keeps a time: the epoch's
    # the search index and the entry stubs too (Pagefind's own writes were not whole: builder/search_index.py)
    assert "pagefind/index.json" in sites[0] and any(n.startswith("pagefind/0/index/") for n in sites[0])
    assert any(n.startswith("e/") for n in sites[0])


def test_a_story_builds_twice_byte_for_byte(tmp_path):
    """Two articles, names.yml, same_as, a revision and a figure history (the page goldens' timeline): folding,
    names and the story's pages lean on no set or dict order either."""
    sites = []
    for seed in ("3", "4"):
        folder = tmp_path / seed
        config = make_site(folder, timeline=ROOT / "tests" / "golden" / "pages" / "timeline")
        run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config)], folder, seed=seed,
            SOURCE_DATE_EPOCH="1647820800", NO_MKDOCS_2_WARNING="1")
        sites.append(tree(folder / "site"))
    assert sites[0] == sites[1]
    assert {"changes/index.html", "people/silva/index.html", "timeline/index.html"} <= set(sites[0])


def test_a_story_of_several_articles_extracts_byte_for_byte(tmp_path):
    """Joining reports across articles (matching, names learnt and applied, the manifest's match) leans on no set or
    dict order: four real articles of two stories, with a names file, one article per run, under two hash seeds."""
    stories = ROOT / "tests" / "stories"
    articles = sorted([*(stories / "egypt-protests-2011").glob("wn-*.txt"),
                       *(stories / "airasia-flight-8501").glob("wn-*.txt")], key=lambda p: p.name)
    timelines = []
    for seed in ("5", "6"):
        folder = tmp_path / seed
        (folder / "seeds").mkdir(parents=True)
        (folder / "timeline").mkdir()
        (folder / "timeline" / "names.yml").write_text("- name: Hosni Mubarak\n  aliases: [Mubarak]\n",
                                                        encoding="utf-8")
        for article in articles:
            for path in (article, article.with_suffix(".yml")):
                shutil.copy(path, folder / "seeds" / path.name)
            run([sys.executable, "-m", "builder", "extract", f"seeds/{article.name}"], folder, seed=seed)
        timelines.append(tree(folder / "timeline"))
    assert timelines[0] == timelines[1]
    assert len(timelines[0]) > 30 and ".manifest.json" in timelines[0]
