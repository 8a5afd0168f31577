"""`make bench`: our site against bare MkDocs + Material on the same content, at 100, 1,000 and 10,000 entries.

    python -m bench                          # everything: three sizes, 3 runs each, serve, extraction
    python -m bench --sizes 100,1000         # the small sizes only
    python -m bench --quick                  # one run of 100 and 1,000 entries, fewer serve edits
    python -m bench --no-search              # skip the reader-side search benchmark (bench/search_bench.py)

Prints tables of medians and ratios and writes them to bench/results/ (git-ignored). No test asserts on
time; this is the place where time is measured.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

from bench import extraction, inprocess, search_bench, serve, stories
from bench.measure import ENV, mkdocs_build
from bench.projects import make_pair
from bench.report import Results, SizeResult, render_report
from bench.synth import make_story
from builder.render.context import Options, timeline_pages
from builder.render.escape import text

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="entry counts, comma-separated")
    parser.add_argument("--runs", type=int, default=3, help="builds of each project per size (median)")
    parser.add_argument("--serve-size", type=int, default=1000, help="entries for the serve rebuild test")
    parser.add_argument("--edits", type=int, default=5, help="edits per serve run (median)")
    parser.add_argument("--quick", action="store_true", help="sizes 100,1000; one run; 2 edits; 100 KB extraction")
    parser.add_argument("--no-serve", action="store_true", help="skip the serve rebuild test")
    parser.add_argument("--no-extract", action="store_true", help="skip extraction throughput")
    parser.add_argument("--no-stories", action="store_true",
                        help="skip one new article into story timelines of 1,000 and 10,000 entries")
    parser.add_argument("--no-search", action="store_true",
                        help="skip search at archive scale (Material's search vs ours in Chromium, bench/search_bench.py)")
    parser.add_argument("--work", type=Path, help="folder for the generated projects (default: a temporary one)")
    parser.add_argument("--out", type=Path, default=RESULTS, help="folder for the results (default bench/results)")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.runs, args.edits = "100,1000", 1, 2
    args.sizes = [int(s) for s in args.sizes.split(",")]
    return args


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def measure_size(n: int, work: Path, runs: int) -> tuple[SizeResult, object]:
    say(f"{n:,} entries: generating both projects")
    pair = make_pair(n, work / f"n{n}")
    ours, bare = [], []
    for r in range(runs):                                # interleaved, so drift hits both alike
        say(f"{n:,} entries: build {r + 1}/{runs}")
        ours.append(mkdocs_build(pair.ours, work / f"n{n}-ours-{r}.log"))
        bare.append(mkdocs_build(pair.bare, work / f"n{n}-bare-{r}.log"))
    load_runs = max(1, min(runs, 3))
    result = SizeResult(
        entries=n, words=pair.words, ours=ours, bare=bare,
        load_c=inprocess.load_seconds(pair.ours, load_runs),
        load_pure=inprocess.load_seconds(pair.ours, 1, pure_python=True),
        render=inprocess.render_seconds(pair.ours, load_runs))
    return result, pair


def measure_serve(pair, edits: int, work: Path) -> dict[str, serve.ServeRun]:
    """Both projects under `mkdocs serve` and `mkdocs serve --dirty`: one entry's summary edited each time."""
    story = make_story(pair.entries)
    entry = sorted(story.entries, key=lambda e: e.sort_key)[len(story.entries) // 2]
    page = next(p for p, es in timeline_pages(sorted(story.entries, key=lambda e: e.sort_key), Options.per_page).items()
                if entry in es)
    url = page.removesuffix(".md") + "/"
    ours_edit = lambda root, marker: serve.insert_after(root / "timeline" / f"{entry.id}.yml", "\nsummary: >-\n  ",
                                                        marker)
    bare_edit = lambda root, marker: _bare_edit(root, page, entry, marker)
    runs = {}
    for name, project, edit in (("ours", pair.ours, ours_edit), ("bare", pair.bare, bare_edit)):
        for dirty in (False, True):
            label = f"{name} {'serve --dirty' if dirty else 'serve'}"
            say(f"{pair.entries:,} entries: {label}, {edits} edits")
            runs[label] = serve.serve_edits(project, url, edit, edits, dirty, work / f"{label.replace(' ', '-')}.log")
    return runs


def _bare_edit(root: Path, page: str, entry, marker: str) -> None:
    """The same edit in the baseline: the entry's summary paragraph on its month page gets the marker."""
    path = root / "docs" / page
    content = path.read_text(encoding="utf-8")
    summary = text(entry.summary)
    if summary not in content:
        raise ValueError(f"summary of {entry.id} not found in {path}")
    path.write_text(content.replace(summary, f"{marker} {summary}", 1), encoding="utf-8")


def measure_extraction(quick: bool) -> list[extraction.Throughput]:
    """Extraction throughput, measured in a child interpreter (see bench/extraction.py)."""
    sizes = "10000,100000" if quick else "10000,100000,1000000"
    found = subprocess.run([sys.executable, "-m", "bench.extraction", "--sizes", sizes, "--runs", "1" if quick else "5"],
                           cwd=ROOT, env=ENV, check=True, capture_output=True, text=True)
    return [extraction.Throughput(**t) for t in json.loads(found.stdout)]


def measure_stories(quick: bool, work: Path) -> list[stories.StoryResult]:
    """One new article into timelines made from many articles, measured from a child interpreter."""
    sizes, runs = ("1000", "1") if quick else ("1000,10000", "5")
    found = subprocess.run([sys.executable, "-m", "bench.stories", "--sizes", sizes, "--runs", runs,
                            "--work", str(work / "stories")], cwd=ROOT, env=ENV, check=True, capture_output=True,
                           text=True)
    return [stories.StoryResult(**r) for r in json.loads(found.stdout)]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="timeline-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results = Results(runs=args.runs, started=dt.datetime.now().isoformat(timespec="seconds"))
    pairs = {}
    try:
        for n in args.sizes:
            size, pairs[n] = measure_size(n, work, args.runs)
            results.sizes.append(size)
        if not args.no_serve:
            pair = pairs.get(args.serve_size) or make_pair(args.serve_size, work / f"n{args.serve_size}")
            results.serve, results.serve_entries = measure_serve(pair, args.edits, work), args.serve_size
        if not args.no_extract:
            say("extraction throughput")
            results.extraction = measure_extraction(args.quick)
        if not args.no_stories:
            say("stories: one new article into timelines of many articles (building them takes minutes)")
            results.stories = measure_stories(args.quick, work)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    report = render_report(results)
    print(report)
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for name in (f"bench-{stamp}", "latest"):
        (args.out / f"{name}.md").write_text(report, encoding="utf-8")
        (args.out / f"{name}.json").write_text(json.dumps(asdict(results), indent=1, default=str) + "\n",
                                               encoding="utf-8")
    say(f"written to {args.out / f'bench-{stamp}.md'}")
    if not args.no_search:
        say("search at archive scale (bench/search_bench.py)")
        search_sizes = ",".join(str(n) for n in args.sizes if n >= 1000) or "1000"
        search_bench.main(["--sizes", search_sizes, "--runs", "2" if args.quick else "5", "--out", str(args.out)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
