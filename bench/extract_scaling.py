"""How extraction time grows with the article: 10 KB, 100 KB and 1 MB of each kind of text.

Linear time shows as a steady time per MB down each row; catastrophic backtracking or a quadratic loop
shows as a time per MB that grows tenfold per step. Not part of `make test` (no test asserts on time):

    .venv/bin/python bench/extract_scaling.py [--sizes 10000,100000,1000000] [--kinds news,dots]
"""
from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builder.article import Article  # noqa: E402
from builder.extract import extract_article  # noqa: E402

SEED = (ROOT / "seeds" / "mariupol-surrender-refused.txt").read_text(encoding="utf-8")


def repeated(unit: str):
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def news(size: int) -> str:
    """The seed article over and over, each copy about another district, paragraphs intact."""
    lines = SEED.splitlines()[:-1]
    out, n = [], 0
    while sum(map(len, out)) < size:
        out += [f"In district {n}, {line}" for line in lines]
        n += 1
    return "\n".join(out)[:size]


def many_people(size: int) -> str:
    """A different two-word name in every sentence: the cast grows with the article."""
    syllables = ["ka", "lo", "mi", "ra", "ten", "vo", "shu", "bek", "dan", "zor", "pel", "gri", "nus", "tav"]
    out, n = [], 0
    for a, b, c, d in itertools.product(syllables, repeat=4):
        out.append(f"{(a + b).capitalize()} {(c + d).capitalize()} said the talks would resume on Monday.")
        n += len(out[-1]) + 1
        if n >= size:
            break
    return "\n".join(out)[:size]


def random_names(line: str):
    """Lines naming a new person each ({a} {b}: random eight-letter words), as long lists of people do."""
    def make(size: int) -> str:
        rnd = random.Random(1)
        word = lambda: "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8)).capitalize()  # noqa: E731
        out, n = [], 0
        while n < size:
            out.append(line.format(a=word(), b=word()))
            n += len(out[-1]) + 1
        return "\n".join(out)[:size]
    return make


KINDS = {
    "news": news,
    "one paragraph": repeated(SEED.replace("\n", " ")),
    "one sentence": repeated("word and more words "),
    "only punctuation": repeated(".!?\"'“”,;:"),
    "unbalanced quotes": repeated('"a “b ‘c '),
    "closed quotes": repeated('"A." '),
    "quote then said": repeated('"We will fight," he said. '),
    "one long space run": lambda size: "Officials said" + " " * max(size - 50, 0) + "four people were killed on Sunday.",
    "one long quote then said": lambda size: '"' + repeated("we will hold the line and ")(max(size - 25, 0))
    + '," the statement said.',
    "initials": repeated("A. "),
    "capitalised run": repeated("Alpha Beta Gamma Delta "),
    "many people": many_people,
    # article-level shapes that were quadratic until the cast kept indexes (see builder/extract/cast.py)
    "one first name many surnames": random_names("Ivan {b} arrived in the city."),
    "one surname then the surname": random_names("{a} Petrov arrived. Petrov said the talks would resume."),
    "role holders then the role": random_names("{a} {b}, a spokesman, arrived. The spokesman said it was over."),
    "deadlines on one day": repeated("They gave residents until Friday to leave the city.\n"),
    "single quote around doubles": lambda size: "‘Start " + repeated('x. "A b c." ')(max(size - 12, 0)) + " end’",
    "mixed scripts": repeated('Київ 北京 مرحبا "x\' ‘y” «z» \x01\x02 — '),
}


def timed(text: str) -> tuple[float, int]:
    article = Article(name="bench", path=Path("bench.txt"), text=text, published=dt.date(2022, 3, 21))
    start = time.perf_counter()
    entries = extract_article(article)
    return time.perf_counter() - start, len(entries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--kinds", default=",".join(KINDS))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'input':18}" + "".join(f"{s // 1000:>10} KB" for s in sizes) + "   s/MB at each size")
    for kind in args.kinds.split(","):
        times = [timed(KINDS[kind](size))[0] for size in sizes]
        per_mb = " ".join(f"{t / s * 1e6:6.1f}" for t, s in zip(times, sizes))
        print(f"{kind:18}" + "".join(f"{t:12.2f}s" for t in times) + f"   {per_mb}", flush=True)


if __name__ == "__main__":
    main()
