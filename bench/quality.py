"""Per-figure means of the client's scorer over a set of articles, with speaker precision beside accuracy.

    python -m bench.quality                      # the real Wikinews articles of tests/corpus (wn-*)
    python -m bench.quality 'dev-*' 'held-*'     # any globs under tests/corpus, one table row each
    python -m bench.quality --dir DIR -v         # every article with a gold file in DIR, with each miss

Speaker accuracy counts right speakers among all gold quotes; **speaker precision** counts right speakers
among the quotes found that the builder gave a name ("unidentified speaker" is not a name): how often a
name shown to a reader is the right one. Both use the client scorer's own matching (`covered`, `same_name`).
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from builder.article import load_article
from builder.dump import entry_data
from builder.extract import extract_article

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
UNNAMED = "unidentified speaker"
FIGURES = ["score", "event_f1", "event_recall", "entry_precision", "date_accuracy", "category_accuracy", "quote_recall", "quote_precision",
           "speaker_accuracy", "speaker_precision", "people_f1", "places_f1", "titles_ok"]

_spec = importlib.util.spec_from_file_location("client_score", CORPUS / "score.py")
client_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(client_score)


@dataclass(frozen=True)
class Attribution:
    """The speakers of one article's gold quotes that the builder found: named, and rightly named."""
    found: int
    named: int
    right: int
    wrong: tuple[str, ...]   # "given -> gold" for each named speaker that is not the gold one


def attribution(entries: list[dict], gold: dict) -> Attribution:
    """For each gold quote the builder found, its speaker: the first found quote holding it that has a name."""
    quotes = [q for e in entries for q in e.get("quotes") or [] if isinstance(q, dict)]
    found = named = right = 0
    wrong = []
    for g in gold.get("quotes", []):
        gold_words = client_score.words(g["text"])
        hits = [q for q in quotes if client_score.covered(gold_words, client_score.words(q.get("text", "")))
                >= client_score.QUOTE_COVER]
        if not hits:
            continue
        found += 1
        names = [str(q.get("speaker", "")) for q in hits if str(q.get("speaker", "")).strip().lower() != UNNAMED]
        if not names:
            continue
        named += 1
        if any(client_score.same_name(g["speaker"], n) for n in names):
            right += 1
        else:
            wrong.append(f"{names[0]} -> {g['speaker']}")
    return Attribution(found, named, right, tuple(wrong))


def scored(article: Path) -> dict:
    """The client's figures for one article, plus speaker precision and the named-but-wrong speakers."""
    entries = [entry_data(e) for e in extract_article(load_article(article))]
    gold = yaml.safe_load(article.with_name(article.stem + ".gold.yml").read_text(encoding="utf-8"))
    result = client_score.score(entries, gold)
    seen = attribution(entries, gold)
    result["speaker_precision"] = seen.right / seen.named if seen.named else 1.0
    result["named"], result["named_right"], result["wrong_speakers"] = seen.named, seen.right, seen.wrong
    return result


def articles(folder: Path, pattern: str) -> list[Path]:
    return [p for p in sorted(folder.glob(pattern + ".txt")) if p.with_name(p.stem + ".gold.yml").exists()]


def summary(results: dict[str, dict]) -> dict[str, float]:
    """Mean of each figure over the articles; speaker precision also pooled over all named quotes."""
    means = {k: sum(r[k] for r in results.values()) / len(results) for k in FIGURES}
    named = sum(r["named"] for r in results.values())
    means["speaker_precision_pooled"] = sum(r["named_right"] for r in results.values()) / named if named else 1.0
    return means


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.quality", description=__doc__.splitlines()[0])
    parser.add_argument("globs", nargs="*", default=["wn-*"], help="article name globs (default: wn-*)")
    parser.add_argument("--dir", type=Path, default=CORPUS, help="folder of articles with gold files")
    parser.add_argument("-v", "--verbose", action="store_true", help="each article's figures and misses")
    args = parser.parse_args(argv)
    for pattern in args.globs if args.dir == CORPUS else ["*"]:
        paths = articles(args.dir, pattern)
        if not paths:
            print(f"{pattern}: no articles with gold files in {args.dir}", file=sys.stderr)
            return 1
        results = {p.stem: scored(p) for p in paths}
        if args.verbose:
            for name, r in results.items():
                print(name + ": " + "  ".join(f"{k}={r[k]:.2f}" for k in FIGURES))
                for miss in r["misses"] + [f"wrong speaker: {w}" for w in r["wrong_speakers"]]:
                    print(f"    - {miss}")
        means = summary(results)
        print(f"{pattern} ({len(results)} articles): " + "  ".join(f"{k}={v:.3f}" for k, v in means.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
