"""Side by side with another checkout: the same synthetic projects built and served by this checkout's plugin and
by another's, interleaved, so that a busy machine slows both alike (the ratio is the figure; seconds drift).

    python -m bench.ab --baseline ../main/.venv/bin/python             # 1,000 and 10,000 entries, 3 builds each
    python -m bench.ab --baseline PY --sizes 1000 --runs 5 --edits 7

The baseline is an interpreter whose environment has the other checkout installed (`make .venv/.installed` there):
its `python -m mkdocs` runs that checkout's plugin on a copy of the same folder. The project has seeds/ and the
article records both, so a checkout from before records (which read seeds/) builds it too. The baseline's copy has
Material's search plugin on (`- search`, as mkdocs.yml had it before the timeline's own search): each side builds
the search it ships."""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

import shutil

from bench import serve
from bench.measure import mkdocs_build
from bench.projects import make_pair
from bench.synth import make_story
from builder.render.context import Options, timeline_pages


def ratio(ours: list[float], theirs: list[float]) -> str:
    a, b = statistics.median(ours), statistics.median(theirs)
    return f"{a:.2f} s | {b:.2f} s | {a / b:.2f}×"


def baseline_copy(project: Path) -> Path:
    """The project as the baseline builds it: the same files, Material's search plugin on."""
    copy = project.parent / f"{project.name}-base"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(project, copy, ignore=shutil.ignore_patterns("site"))
    config = copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    if "\nplugins:\n  - timeline" not in text:
        raise ValueError("mkdocs.yml has no 'plugins:\\n  - timeline' for the baseline's search: update bench/ab.py")
    config.write_text(text.replace("\nplugins:\n  - timeline", "\nplugins:\n  - search\n  - timeline", 1), encoding="utf-8")
    return copy


def builds(project: Path, baseline: str, runs: int, work: Path) -> tuple[list[float], list[float], float, float]:
    ours, theirs, peak_ours, peak_theirs = [], [], 0.0, 0.0
    projects = {"ours": project, "base": baseline_copy(project)}
    for r in range(runs):                       # interleaved, and the order swapped each run
        pair = [("ours", sys.executable), ("base", baseline)][:: 1 if r % 2 == 0 else -1]
        for name, python in pair:
            b = mkdocs_build(projects[name], work / f"{name}-{r}.log", python)
            (ours if name == "ours" else theirs).append(b.seconds)
            if name == "ours":
                peak_ours = max(peak_ours, b.peak_mb)
            else:
                peak_theirs = max(peak_theirs, b.peak_mb)
    return ours, theirs, peak_ours, peak_theirs


def serving(project: Path, n: int, baseline: str, edits: int, rounds: int, work: Path, dirty: bool):
    """Latency of one entry's edit until the served page shows it, ours and the baseline's, in alternating rounds."""
    story = make_story(n)
    entry = sorted(story.entries, key=lambda e: e.sort_key)[len(story.entries) // 2]
    page = next(p for p, es in timeline_pages(sorted(story.entries, key=lambda e: e.sort_key), Options.per_page).items()
                if entry in es)
    # A checkout from before issue 14 puts the entry on its month's page (whole months, 100 entries a page)
    urls = {"ours": page.removesuffix(".md") + "/", "base": f"timeline/{entry.date[:7]}/" if n > 100 else "timeline/"}
    edit = lambda root, marker: serve.insert_after(root / "timeline" / f"{entry.id}.yml", "\nsummary: >-\n  ", marker)
    ours, theirs = [], []
    projects = {"ours": project, "base": baseline_copy(project)}
    for r in range(rounds):
        for name, python in [("ours", sys.executable), ("base", baseline)][:: 1 if r % 2 == 0 else -1]:
            run = serve.serve_edits(projects[name], urls[name], edit, edits, dirty,
                                    work / f"serve-{name}-{r}.log", python)
            (ours if name == "ours" else theirs).extend(run.latencies)
    return ours, theirs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ab", description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", required=True, help="python of the other checkout's environment")
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--serve-size", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=5, help="edits per serve session")
    parser.add_argument("--rounds", type=int, default=2, help="serve sessions of each, alternating")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="timeline-ab-"))
    lines = ["| measure | ours | baseline | ratio |", "| --- | ---: | ---: | ---: |"]
    for n in [int(s) for s in args.sizes.split(",")]:
        print(f"{n:,} entries: builds", file=sys.stderr, flush=True)
        pair = make_pair(n, work / f"n{n}")
        ours, theirs, peak_ours, peak_theirs = builds(pair.ours, args.baseline, args.runs, work)
        lines.append(f"| build, {n:,} entries (median of {args.runs}) | {ratio(ours, theirs)} |")
        lines.append(f"| peak memory, {n:,} entries | {peak_ours:.0f} MB | {peak_theirs:.0f} MB | "
                     f"{peak_ours / peak_theirs:.2f}× |")
        if n == args.serve_size:
            for dirty in (True, False):
                print(f"{n:,} entries: serve{' --dirty' if dirty else ''}", file=sys.stderr, flush=True)
                ours_s, theirs_s = serving(pair.ours, n, args.baseline, args.edits, args.rounds, work, dirty)
                lines.append(f"| `mkdocs serve{' --dirty' if dirty else ''}`, one edit shown, {n:,} entries "
                             f"(median of {len(ours_s)}) | {ratio(ours_s, theirs_s)} |")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
