"""Extraction quality on articles with hand-made gold timelines, scored by the client's own scorer.

Thresholds sit a little under today's figures, so a change that makes extraction worse fails here.
The `dev-*` and `held-*` articles were written by engineers who never saw the builder's code: they check
that the rules hold on text they were not first tuned on.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

from builder.article import load_article
from builder.dump import entry_data
from builder.extract import extract_article

CORPUS = Path(__file__).parent / "corpus"
_spec = importlib.util.spec_from_file_location("client_score", CORPUS / "score.py")
client_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(client_score)


def scored(article: Path) -> dict:
    entries = [entry_data(e) for e in extract_article(load_article(article))]
    gold = yaml.safe_load(article.with_name(article.stem + ".gold.yml").read_text(encoding="utf-8"))
    return client_score.score(entries, gold)


def mean_score(pattern: str) -> float:
    results = [scored(p) for p in sorted(CORPUS.glob(pattern))]
    return sum(r["score"] for r in results) / len(results)


def test_seed_article_scores_095_with_every_figure_at_least_090():
    result = scored(CORPUS / "mariupol-surrender-refused.txt")
    assert result["score"] >= 0.95, result["misses"]
    figures = ["event_f1", "date_accuracy", "category_accuracy", "quote_f1", "speaker_accuracy", "people_f1"]
    assert {k: result[k] for k in figures if result[k] < 0.90} == {}


# The seven articles the builder was first built around (the seed and six Wikinews articles).
FIRST_CLIENT_ARTICLES = ["mariupol-surrender-refused", "wn-2008-03-26-african-troops-invade-anjouan",
                         "wn-2008-03-27-iraqi-forces-battle-militants-basra", "wn-2008-06-14-mugabe-prepared-to-fight",
                         "wn-2009-10-22-mogadishu-shelling", "wn-2015-05-18-asylum-seekers-rescued-indonesia",
                         "wn-2015-09-12-mecca-crane-collapse"]
# Written for the purpose: easier than real copy, kept as regression tests, never as the estimate of quality.
WRITTEN_FOR_THE_PURPOSE = "[dfhb]*-*.txt"


def test_first_client_articles_mean_is_at_least_090():
    results = [scored(CORPUS / f"{name}.txt") for name in FIRST_CLIENT_ARTICLES]
    assert sum(r["score"] for r in results) / len(results) >= 0.90


def test_real_wikinews_articles_mean_is_at_least_080():
    """All 22 real Wikinews articles of the client's shared corpus (16 of them new to the builder: 0.806 when
    they arrived). The estimate of quality on real news."""
    assert mean_score("wn-*.txt") >= 0.80


def batch_figures(pattern: str) -> dict[str, float]:
    results = [scored(p) for p in sorted(CORPUS.glob(pattern))]
    return {k: sum(r[k] for r in results) / len(results) for k in ("score", "category_accuracy", "titles_ok")}


@pytest.mark.parametrize("pattern", ["wn-*.txt", "realdev-*.txt", "realdev2-*.txt"])
def test_real_wikinews_batches_reach_the_client_targets_for_score_categories_and_headlines(pattern):
    """The client's targets for its hidden real articles (issue 11), as gates on each real batch that reached them:
    mean score 0.85, category accuracy 0.70, headlines that read as headlines 0.97. (Date accuracy, target 0.85,
    is not reached on every batch and is not gated: 0.849 / 0.845 / 0.778 at the end of issue 11's work.)
    The 22 went 0.806 -> 0.890, categories 0.54 -> 0.772; realdev 0.758 -> 0.903; realdev2 0.779 -> 0.880,
    categories 0.551 -> 0.750. After the category round that followed (cats3): categories 0.783 / 0.800 / 0.771,
    scores 0.891 / 0.905 / 0.884."""
    figures = batch_figures(pattern)
    assert figures["score"] >= 0.85 and figures["category_accuracy"] >= 0.70 and figures["titles_ok"] >= 0.97, \
        figures


def test_first_held_out_batch_mean_is_at_least_085():
    assert mean_score("dev-*.txt") >= 0.85


def test_second_held_out_batch_mean_is_at_least_085():
    assert mean_score("held-*.txt") >= 0.85


def test_third_held_out_batch_mean_is_at_least_084():
    assert mean_score("final-*.txt") >= 0.84


def test_fourth_held_out_batch_mean_is_at_least_080():
    assert mean_score("batch4-*.txt") >= 0.80


@pytest.mark.parametrize("article", sorted(CORPUS.glob(WRITTEN_FOR_THE_PURPOSE))
                         + [CORPUS / f"{name}.txt" for name in FIRST_CLIENT_ARTICLES], ids=lambda p: p.stem)
def test_every_quote_in_gold_is_found_and_attributed(article):
    result = scored(article)
    assert result["quote_recall"] >= 0.8 and result["speaker_accuracy"] >= 0.75, result["misses"]


def speakers_and_people(pattern: str) -> dict[str, float]:
    """Mean speaker accuracy, speaker precision and people F1 over the articles matching `pattern`."""
    from bench.quality import scored as with_precision
    results = [with_precision(p) for p in sorted(CORPUS.glob(pattern))]
    return {k: sum(r[k] for r in results) / len(results) for k in ("speaker_accuracy", "speaker_precision",
                                                                   "people_f1")}


# The client's targets for its hidden real articles (issue 11): speaker accuracy and people F1 of 0.90 at least.
# Where a batch reached them they are its gates; speaker precision is gated at 0.95 (a name shown to a reader
# must nearly always be the right one).
TARGET = 0.90


@pytest.mark.parametrize("pattern", ["wn-*.txt", "realdev-*.txt", "realdev2-*.txt"])
def test_real_wikinews_speakers_and_people_reach_the_client_targets(pattern):
    """Speaker accuracy (right speakers among gold quotes), precision (right among the speakers the builder named,
    'unidentified speaker' aside) and people F1, per real batch. The 22: 0.878 / 0.899 / 0.806 before issue 11,
    0.944 / 0.982 / 0.952 after its first round, 0.960 / 1.000 / 0.968 after its second. realdev: 0.764 / 0.876 /
    0.885 after the first round, 0.945 / 1.000 / 0.966 after the second. realdev2 (first look 0.725 / 0.796 /
    0.892): 0.931 / 1.000 / 0.972."""
    figures = speakers_and_people(pattern)
    assert figures["speaker_accuracy"] >= TARGET and figures["people_f1"] >= TARGET, figures
    assert figures["speaker_precision"] >= 0.95, figures


def test_real_development_batch_mean_is_at_least_080():
    """The 16 real Wikinews articles of the realdev batch (issue 11): 0.758 on their first look (speakers 0.622),
    0.792 after the first round of attribution from sentence structure, 0.842 after the second."""
    assert mean_score("realdev-*.txt") >= 0.80


def test_second_real_development_batch_mean_is_at_least_080():
    """The 16 real Wikinews articles of the realdev2 batch (issue 11): 0.779 on their first look, scored once
    before any rule changed for them; 0.828 after the second round of attribution and name typing."""
    assert mean_score("realdev2-*.txt") >= 0.80


def test_held_out_real_batch_reaches_the_client_category_target():
    """The 12 real Wikinews articles of the realheld batch (issue 11), held out until its end: categories 0.564 on
    their first look and 0.606 after the first rules made for them; the category rules of issue 11's cats3 round
    (vocabulary, tie-breaks, reported speech vs the act reported, formal acts) brought them to 0.757. Gated at the
    client's target for its hidden real articles, 0.70; the mean score (0.847) is gated like the other real
    development batches."""
    figures = batch_figures("realheld-*.txt")
    assert figures["category_accuracy"] >= 0.70 and figures["titles_ok"] >= 0.97, figures
    assert mean_score("realheld-*.txt") >= 0.80


@pytest.mark.parametrize("pattern", ["realheld2-*.txt", "realheld3-*.txt", "realheld4-*.txt", "realheld5-*.txt",
                                     "realheld6-*.txt", "realheld7-*.txt", "realheld8-*.txt", "realheld9-*.txt",
                                     "realheld10-*.txt", "realheld11-*.txt", "realheld12-*.txt", "realheld13-*.txt",
                                     "realheld14-*.txt", "realheld15-*.txt", "realheld16-*.txt", "realheld17-*.txt"])
def test_later_held_out_real_batches_keep_the_development_floor_and_whole_headlines(pattern):
    """Sixteen more batches of real Wikinews articles, each held out and scored once before anything was changed for
    it (realheld2: 0.836; realheld3: 0.882; realheld4, news of other kinds than conflict: 0.763; realheld5: 0.816;
    realheld6: 0.869; realheld7: 0.853; realheld8: 0.852; realheld9: 0.824; realheld10: 0.784, raised to 0.819 by
    the fixes it showed; realheld11: 0.817; realheld12: 0.835; realheld13: 0.848; realheld14: 0.829; realheld15:
    0.806; realheld16: 0.804; realheld17: 0.789, raised to 0.823 by the fixes it showed),
    development data since. Gated like the other real development batches (mean 0.80) and at the client's headline target (0.97),
    not at today's figures."""
    figures = batch_figures(pattern)
    assert mean_score(pattern) >= 0.80 and figures["titles_ok"] >= 0.97, figures
