"""Extraction throughput: words per second on the corpus articles and on synthetic articles of 10 KB to 1 MB."""
from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.extract_scaling import news
from builder.article import Article, load_article
from builder.extract import extract_article

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"


@dataclass(frozen=True)
class Throughput:
    label: str
    words: int
    seconds: float          # median over runs, after one warm-up run

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds


def timed(article: Article, runs: int) -> float:
    extract_article(article)                 # warm-up: imports, compiled patterns, the gazetteer
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        extract_article(article)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def corpus(runs: int) -> Throughput:
    """Every article of tests/corpus, one after another (each a real news story of 200-600 words)."""
    articles = [load_article(p) for p in sorted(CORPUS.glob("*.txt"))]
    for article in articles:
        extract_article(article)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for article in articles:
            extract_article(article)
        times.append(time.perf_counter() - start)
    return Throughput(f"corpus ({len(articles)} articles)", sum(len(a.text.split()) for a in articles),
                      statistics.median(times))


def synthetic(size: int, runs: int) -> Throughput:
    """The seed article repeated (one copy per district) up to `size` characters."""
    text = news(size)
    article = Article(name="bench", path=Path("bench.txt"), text=text, published=load_article(
        ROOT / "seeds" / "mariupol-surrender-refused.txt").published)
    label = f"synthetic {size // 1000:,} KB" if size < 1_000_000 else f"synthetic {size // 1_000_000} MB"
    return Throughput(label, len(text.split()), timed(article, runs))


def measure_all(sizes: list[int], runs: int) -> list[Throughput]:
    return [corpus(runs)] + [synthetic(size, runs) for size in sizes]


def main(argv: list[str] | None = None) -> int:
    """Measure in a fresh interpreter (`python -m bench.extraction`), not in the benchmark's own process, whose
    heap (timelines of every size) would make the garbage collector part of what is timed; prints JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench.extraction")
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    found = measure_all([int(s) for s in args.sizes.split(",")], args.runs)
    print(json.dumps([dataclasses.asdict(t) for t in found]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
