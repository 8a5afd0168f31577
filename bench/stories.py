"""One new article extracted into a running story's timeline of 1,000 and 10,000 entries made from many articles.

The timeline is built the way a newsroom builds it: synthetic articles (real news sentences from the test corpus,
numbers varied, some sentences dated "on Monday", "yesterday"; three a day), each retelling two sentences of
earlier articles as background, extracted oldest first into one folder, in batches of 25 (one `extract` run
each). Then one more article, the same every time, is extracted into a copy of the folder with the real command
line in a fresh interpreter (`python -m builder extract NEW.txt --out timeline`), several times; its baseline is
the same command into an empty folder (extraction alone). The difference is what the timeline costs a new
article: reading the manifest, looking at every file, indexing the entries, matching, writing.

Matching must not compare every pair: the number of entries compared in full per report is counted in process.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.measure import run
from bench.synth import NUMBER, corpus_sentences
from builder.article import Article
from builder.extract import extract_article
from builder.store import write_articles

START = dt.date(2022, 2, 24)
PER_DAY = 3
BATCH = 25
SENTENCES = 18
RETOLD = 2
OPENERS = ("On Monday, ", "On Tuesday, ", "Yesterday, ", "Earlier today, ", "On Friday, ", "Overnight, ", "", "",
           "", "", "", "")


@dataclass(frozen=True)
class SyntheticArticle:
    name: str
    published: dt.date
    text: str

    def article(self, folder: Path) -> Article:
        return Article(self.name, folder / f"{self.name}.txt", self.text, self.published, self.name)

    def write(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{self.name}.yml").write_text(f"title: {self.name}\npublished: {self.published}\n", encoding="utf-8")
        path = folder / f"{self.name}.txt"
        path.write_text(self.text, encoding="utf-8")
        return path


def make_articles(count: int, seed: int = 13) -> list[SyntheticArticle]:
    """`count` articles, oldest first; each retells RETOLD sentences of the ones before it."""
    rng = random.Random(seed)
    pool = corpus_sentences()
    told: list[str] = []
    articles = []
    for k in range(count):
        lines = []
        for _ in range(SENTENCES):
            sentence = NUMBER.sub(lambda m: str(rng.randint(2, 999)), rng.choice(pool))
            opener = rng.choice(OPENERS)
            lines.append(opener + sentence[0].lower() + sentence[1:] if opener else sentence)
        told += lines
        if k:
            for _ in range(RETOLD):
                lines.insert(rng.randrange(len(lines)), rng.choice(told[:-SENTENCES]))
        paragraphs = [" ".join(lines[i:i + 3]) for i in range(0, len(lines), 3)]
        articles.append(SyntheticArticle(f"story-{k:05d}", START + dt.timedelta(days=k // PER_DAY),
                                         "\n".join(paragraphs) + "\n"))
    return articles


def build_timeline(entries: int, folder: Path, articles: list[SyntheticArticle]) -> int:
    """Extract articles oldest first into `folder` until it holds at least `entries` entries (a folder built before
    is taken as it is); how many articles it is made from."""
    used = len({a for r in _records(folder).values() for a in {x["article"] for x in r["reports"]}})
    while len(list(folder.glob("*.yml"))) < entries:
        batch = articles[used:used + BATCH]
        if not batch:
            raise ValueError(f"not enough articles for {entries:,} entries")
        write_articles(folder, [(a.name, a.published.isoformat(), extract_article(a.article(folder))) for a in batch])
        used += len(batch)
    return used


def _records(folder: Path) -> dict:
    path = folder / ".manifest.json"
    return json.loads(path.read_text(encoding="utf-8"))["entries"] if path.exists() else {}


@dataclass
class StoryResult:
    """One new article into a timeline of `entries` entries."""

    entries: int
    articles: int              # articles the timeline was made from
    manifest_mb: float
    seconds: list[float]       # `extract NEW.txt` into a copy of the timeline, one per run
    empty: list[float]         # the same command into an empty folder
    peak_mb: float
    compared: float            # entries compared in full per report of the new article (in process)
    reports: int
    steps: dict[str, float]    # in process: where the time goes


def measure(entries: int, work: Path, runs: int, articles: list[SyntheticArticle],
            new: SyntheticArticle) -> StoryResult:
    timeline = work / f"timeline-{entries}"
    used = build_timeline(entries, timeline, articles)
    seeds = work / "seeds"
    path = new.write(seeds)
    seconds, empty, peaks = [], [], []
    for r in range(runs):                                   # interleaved, so drift hits both alike
        for target, times in ((timeline, seconds), (None, empty)):
            copy = work / "run" / "timeline"
            shutil.rmtree(copy.parent, ignore_errors=True)
            if target is not None:
                shutil.copytree(target, copy)
            t, peak = run([sys.executable, "-m", "builder", "extract", str(path), "--out", str(copy)],
                          Path(__file__).resolve().parent.parent, work / f"story-{entries}-{r}.log")
            times.append(t)
            if target is not None:
                peaks.append(peak)
    compared, reports, steps = in_process(timeline, work, new)
    size = (timeline / ".manifest.json").stat().st_size / 2**20
    return StoryResult(len(list(timeline.glob("*.yml"))), used, size, seconds, empty, max(peaks), compared,
                       reports, steps)


def in_process(timeline: Path, work: Path, new: SyntheticArticle) -> tuple[float, int, dict[str, float]]:
    """Entries compared per report, and the time of each step, for the new article into a copy of the timeline."""
    from builder.store import load_manifest
    from builder.story.match import Index
    from builder.story.timeline import Story

    copy = work / "inproc"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(timeline, copy)
    steps: dict[str, float] = {}
    t0 = time.perf_counter()
    drafts = extract_article(new.article(copy))
    t1 = time.perf_counter()
    manifest = load_manifest(copy)
    t2 = time.perf_counter()
    story = Story(copy, manifest["records"], manifest.get("names", ""))
    t3 = time.perf_counter()
    calls = 0
    real = Index.compare

    def counting(self, *args):
        nonlocal calls
        calls += 1
        return real(self, *args)

    Index.compare = counting
    try:
        story.add_article(new.name, new.published.isoformat(), drafts)
    finally:
        Index.compare = real
    t4 = time.perf_counter()
    story.plan()
    t5 = time.perf_counter()
    steps = {"extract the article": t1 - t0, "read the manifest": t2 - t1, "look at every file, index": t3 - t2,
             "match its reports": t4 - t3, "compose what changed": t5 - t4}
    return calls / max(1, len(drafts)), len(drafts), steps


def report(results: list[StoryResult]) -> list[str]:
    if not results:
        return []
    rows = []
    for r in results:
        t, e = statistics.median(r.seconds), statistics.median(r.empty)
        rows.append([f"{r.entries:,}", f"{r.articles:,}", f"{r.manifest_mb:.1f}", f"{t:.2f}", f"{e:.2f}",
                     f"{t - e:.2f}", f"{r.peak_mb:.0f}", f"{r.compared:.1f}"])
    out = ["## Stories: one new article into a timeline made from many articles (median of "
           f"{len(results[0].seconds)})", "",
           "`python -m builder extract NEW.txt --out timeline` in a fresh interpreter, into a copy of the timeline; "
           "'empty' is the same article into an empty folder (extraction alone). 'compared' is the number of "
           "entries compared in full per report of the new article: bounded, whatever the size.", ""]
    out += _table(["entries", "from articles", "manifest MB", "into the timeline s", "into empty s",
                   "cost of the timeline s", "peak MB", "compared per report"], rows)
    out += ["", "Where the time goes, in process (seconds):", ""]
    names = list(results[0].steps)
    out += _table(["step"] + [f"{r.entries:,} entries" for r in results],
                  [[n] + [f"{r.steps[n]:.3f}" for r in results] for n in names])
    return out + [""]


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    right = ["---:" if i else "---" for i in range(len(header))]
    return ["| " + " | ".join(header) + " |", "| " + " | ".join(right) + " |"] + [
        "| " + " | ".join(row) + " |" for row in rows]


def measure_all(sizes: list[int], runs: int, work: Path) -> list[StoryResult]:
    articles = make_articles(2000)
    new = make_articles(2001, seed=13)[-1]                    # one more article of the same story
    return [measure(n, work, runs, articles, new) for n in sizes]


def main(argv: list[str] | None = None) -> int:
    """`python -m bench.stories [--sizes 1000,10000] [--runs 5]`: prints the results as JSON (a fresh interpreter:
    the benchmark's own heap would make the garbage collector part of what is timed)."""
    parser = argparse.ArgumentParser(prog="python -m bench.stories")
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", type=Path)
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="story-bench-"))
    try:
        results = measure_all([int(s) for s in args.sizes.split(",")], args.runs, work)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps([asdict(r) for r in results]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
