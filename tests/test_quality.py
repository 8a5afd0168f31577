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


def test_real_wikinews_speakers_are_right_and_a_name_given_is_rarely_wrong():
    """Speaker accuracy (right speakers among gold quotes) and precision (right among the speakers the builder
    named, 'unidentified speaker' aside) over the 22 real articles: 0.878 / 0.899 before attribution followed
    sentence structure (issue 11), 0.944 / 0.982 after; gated at round figures below."""
    from bench.quality import scored as with_precision
    results = [with_precision(p) for p in sorted(CORPUS.glob("wn-*.txt"))]
    assert sum(r["speaker_accuracy"] for r in results) / len(results) >= 0.90
    assert sum(r["speaker_precision"] for r in results) / len(results) >= 0.95


def test_real_wikinews_people_f1_is_at_least_090():
    """People F1 over the 22 real articles: 0.806 before buildings, laws, events and acronyms stopped being
    typed as people (issue 11), 0.952 after."""
    results = [scored(p) for p in sorted(CORPUS.glob("wn-*.txt"))]
    assert sum(r["people_f1"] for r in results) / len(results) >= 0.90


def test_real_development_batch_mean_is_at_least_077():
    """The 16 real Wikinews articles of the realdev batch (issue 11): 0.758 on their first look (speakers 0.622),
    0.792 after attribution from sentence structure (speakers 0.764, speaker precision 0.876)."""
    assert mean_score("realdev-*.txt") >= 0.77
