"""Search at archive scale, side by side: Material's built-in search against ours on the same site.

    python -m bench.search_bench                                  # 1,000 and 10,000 entries, 5 readers each
    python -m bench.search_bench --sizes 1000 --runs 3
    python -m bench.search_bench --uis material,pagefind          # which searches (bench/reader.py UIS)

For each size: one synthetic timeline with a word planted in one entry (bench/search_site.py), built once per
search variant; what the build and the indexing cost (time, CPU, peak memory of the whole process tree);
then, interleaved run by run, a reader in a fresh headless Chromium (cache off) landing on timeline/ and
searching the word (bench/reader.py); and the weight of the heaviest page. Medians and ranges go to stdout and
bench/results/search-*.md/.json. No test asserts on these figures.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from bench.measure import ENV
from bench.reader import UIS, PageWeight, Reading, SiteServer, first_result, heaviest_page, page_weight
from bench.search_site import SITE_BUILDS, Planted, write_project

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
TREEPEAK = [sys.executable, "-m", "bench.treepeak"]


@dataclass(frozen=True)
class Cost:
    """One measured command: wall and CPU seconds, peak memory of its largest process and of its whole tree."""

    seconds: float
    cpu_seconds: float
    peak_mb: float
    tree_peak_mb: float


@dataclass
class Variant:
    ui: str
    build: Cost | None = None            # mkdocs build (ours: the search index included, written by the plugin)
    index: Cost | None = None            # the index alone, written again from the timeline (ours)
    readers: list[Reading] = field(default_factory=list)
    heaviest: PageWeight | None = None
    start: PageWeight | None = None


@dataclass
class SizeRun:
    entries: int
    planted: Planted
    variants: dict[str, Variant]


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def measured(command: list[str], cwd: Path, log: Path) -> Cost:
    """Run a command under bench/treepeak.py; its cost. Raises with the log's tail if it fails."""
    out = log.with_suffix(".json")
    with log.open("w", encoding="utf-8") as f:
        child = subprocess.run(TREEPEAK + [str(out), "--"] + command, cwd=cwd, env={**ENV, "PYTHONPATH": str(ROOT)},
                               stdout=f, stderr=subprocess.STDOUT)
    if child.returncode:
        raise RuntimeError(f"{' '.join(command)} failed ({child.returncode}):\n"
                           + log.read_text(encoding="utf-8", errors="replace")[-3000:])
    data = json.loads(out.read_text(encoding="utf-8"))
    return Cost(data["seconds"], data["cpu_seconds"], data["peak_mb"], data["tree_peak_mb"])


def build_variants(n: int, uis: list[str], work: Path, index_alone: bool) -> SizeRun:
    plain = work / f"n{n}" / "plain"
    planted = write_project(n, plain)
    variants = {}
    for name in uis:
        project = work / f"n{n}" / name
        shutil.rmtree(project, ignore_errors=True)
        shutil.copytree(plain, project)
        recipe = SITE_BUILDS[name]
        if recipe.prepare:
            recipe.prepare(project)
        variant = Variant(name)
        say(f"{n:,} entries, {name}: mkdocs build")
        variant.build = measured([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], project,
                                 work / f"n{n}-{name}-build.log")
        if (project / "site" / "pagefind").is_dir() and index_alone:
            say(f"{n:,} entries, {name}: the index alone")
            variant.index = measured([sys.executable, "-m", "bench.search_site", "index", str(project)], ROOT,
                                     work / f"n{n}-{name}-index.log")
        variants[name] = variant
    return SizeRun(n, planted, variants)


def read_variants(run: SizeRun, work: Path, runs: int) -> None:
    from playwright.sync_api import sync_playwright

    servers = {name: SiteServer(work / f"n{run.entries}" / name / "site") for name in run.variants}
    for server in servers.values():
        server.__enter__()
    try:
        with sync_playwright() as playwright:
            for name, variant in run.variants.items():           # warm-up: fills the servers' gzip caches
                first_result(playwright, servers[name], "timeline/", UIS[name], run.planted.word, run.planted.entry_id)
            for r in range(runs):                                # interleaved, so drift hits both alike
                for name, variant in run.variants.items():
                    say(f"{run.entries:,} entries: reader {r + 1}/{runs}, {name}")
                    variant.readers.append(first_result(playwright, servers[name], "timeline/", UIS[name],
                                                        run.planted.word, run.planted.entry_id))
            for name, variant in run.variants.items():
                site = work / f"n{run.entries}" / name / "site"
                variant.heaviest = page_weight(playwright, servers[name], site, heaviest_page(site))
                variant.start = page_weight(playwright, servers[name], site, "timeline/index.html")
    finally:
        for server in servers.values():
            server.__exit__(None, None, None)


def spread(values: list[float], unit: str = "s", digits: int = 2) -> str:
    if not values:
        return "–"
    med = statistics.median(values)
    return f"{med:.{digits}f} {unit} ({min(values):.{digits}f}–{max(values):.{digits}f})"


def report(runs: list[SizeRun], meta: dict) -> str:
    lines = [f"# Search at archive scale ({meta['started']}, {meta['runs']} readers per variant, interleaved)", "",
             "Medians, with the range over the runs in brackets. Reader: fresh headless Chromium, cache off, "
             "lands on timeline/, types the planted word as soon as the page's DOM is ready.", ""]
    for run in runs:
        names = list(run.variants)
        lines += [f"## {run.entries:,} entries (word '{run.planted.word}' in {run.planted.entry_id})", "",
                  "| | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]

        def row(label: str, cell) -> None:
            lines.append(f"| {label} | " + " | ".join(cell(run.variants[n]) for n in names) + " |")

        row("first result, from navigation start", lambda v: spread([r.first_result_s for r in v.readers]))
        row("typing started at", lambda v: spread([r.typed_s for r in v.readers]))
        row("last key pressed at", lambda v: spread([r.typing_done_s for r in v.readers]))
        row("click → entry in view", lambda v: spread([r.landed_s for r in v.readers]))
        row("downloaded until the result", lambda v: spread([r.bytes / 1024 for r in v.readers], "KB", 0))
        row("requests until the result", lambda v: spread([r.requests for r in v.readers], "", 0))
        row("JS heap (page)", lambda v: spread([r.js_heap_mb for r in v.readers], "MB", 1))
        row("renderer memory (page + workers, PSS)", lambda v: spread([r.renderer_mb for r in v.readers], "MB", 0))
        row("mkdocs build --strict (ours: with the index)", lambda v: f"{v.build.seconds:.1f} s, CPU "
            f"{v.build.cpu_seconds:.1f} s, {v.build.tree_peak_mb:.0f} MB (tree)" if v.build else "–")
        row("… of which the index, written alone", lambda v: f"{v.index.seconds:.1f} s, CPU {v.index.cpu_seconds:.1f} s, "
                                                            f"{v.index.tree_peak_mb:.0f} MB (tree)" if v.index else "–")
        row("heaviest page", lambda v: v.heaviest.path if v.heaviest else "–")
        row("… HTML on disk / sent", lambda v: f"{v.heaviest.html_bytes / 1024:.0f} / {v.heaviest.html_sent / 1024:.0f} KB"
            if v.heaviest else "–")
        row("… all sent in load + 1 s", lambda v: f"{v.heaviest.sent_bytes / 1024:.0f} KB" if v.heaviest else "–")
        row("… elements, load event", lambda v: f"{v.heaviest.elements:,}, {v.heaviest.load_s:.2f} s"
            if v.heaviest else "–")
        row("timeline/ all sent in load + 1 s", lambda v: f"{v.start.sent_bytes / 1024:.0f} KB" if v.start else "–")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search_bench", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--uis", default="material,pagefind", help=f"searches to compare: {', '.join(UIS)}")
    parser.add_argument("--no-index-alone", action="store_true", help="skip timing the index on its own")
    parser.add_argument("--work", type=Path, help="folder for the projects (default: a temporary one, removed)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    uis = args.uis.split(",")
    unknown = [u for u in uis if u not in UIS or u not in SITE_BUILDS]
    if unknown:
        parser.error(f"unknown search {unknown}; known: {', '.join(UIS)}")
    work = args.work or Path(tempfile.mkdtemp(prefix="search-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    started = dt.datetime.now().isoformat(timespec="seconds")
    runs = []
    try:
        for n in (int(s) for s in args.sizes.split(",")):
            run = build_variants(n, uis, work, not args.no_index_alone)
            read_variants(run, work, args.runs)
            runs.append(run)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    text = report(runs, {"started": started, "runs": args.runs})
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    (args.out / f"search-{stamp}.md").write_text(text + "\n", encoding="utf-8")
    (args.out / f"search-{stamp}.json").write_text(json.dumps([asdict(r) for r in runs], indent=1) + "\n",
                                                   encoding="utf-8")
    say(f"written to {args.out / f'search-{stamp}.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
