"""Story quality on real multi-article news, scored by the client's scorer in story mode.

Each story's articles are extracted oldest first into one timeline, through the real command line, as the client's
`score.py story` does. The gate compares that with the same extraction and no story layer at all (each article
extracted into a folder of its own, the entries side by side): joining reports must never make a story worse on any
figure. It is a floor, not the target (the client's targets for a story, duplicate rate at most 0.10 among them, are
not met yet: most duplicates are two entries one article gives of one event).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import importlib.util
import io
from pathlib import Path

import pytest
import yaml

from builder.cli import main

STORIES = Path(__file__).parent / "stories"
_spec = importlib.util.spec_from_file_location("client_score", Path(__file__).parent / "corpus" / "score.py")
client_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(client_score)

STORY_NAMES = sorted(p.name for p in STORIES.iterdir() if p.is_dir())
FIGURES = ("event_recall", "entry_precision", "duplicate_rate", "merge_recall", "date_accuracy")
LOWER_IS_BETTER = {"duplicate_rate"}


def published(article: Path) -> str:
    value = yaml.safe_load(article.with_suffix(".yml").read_text(encoding="utf-8"))["published"]
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def articles_in_order(story: Path) -> list[Path]:
    return sorted(story.glob("*.txt"), key=lambda p: (published(p), p.name))


def extract(articles: list[Path], out: Path) -> list[dict]:
    for article in articles:
        with contextlib.redirect_stdout(io.StringIO()):
            assert main(["extract", str(article), "--out", str(out)]) == 0
    return client_score.load_entries(out)


def extract_story(story: Path, out: Path) -> list[dict]:
    return extract(articles_in_order(story), out)


def extract_side_by_side(story: Path, out: Path) -> list[dict]:
    """Every article into a timeline of its own: what the story's timeline would be with no story layer."""
    return [entry for article in articles_in_order(story) for entry in extract([article], out / article.stem)]


@pytest.fixture(scope="module")
def scored(tmp_path_factory) -> dict[str, tuple[dict, dict]]:
    """story -> (figures joined into one timeline, figures side by side)."""
    results = {}
    for name in STORY_NAMES:
        story = STORIES / name
        gold = yaml.safe_load((story / "story.gold.yml").read_text(encoding="utf-8"))
        joined = client_score.score_story(extract_story(story, tmp_path_factory.mktemp(name)), gold)
        apart = client_score.score_story(extract_side_by_side(story, tmp_path_factory.mktemp(name + "-apart")), gold)
        results[name] = (joined, apart)
    return results


# Known defects a held-out story showed, each pinned to the one figure it lowers (the test fails if another figure
# gets worse too, and when the defect is fixed, so that this table is emptied then). Hurricane Dean (held out until
# the end of issue 11/13's ninth round): the second article's "The storm has since been downgraded to Category 1
# status" (after Wednesday's second landfall) joins the first article's "Currently, the storm maintains category 1
# status" (Tuesday): the same label with the same number, a day apart, and the report states no day of its own. Apart,
# it keeps its own article's day: dates 0.75 joined against 0.83 apart. Alan Johnston (held out until the end of the
# twelfth round): the 25 June article's "The kidnappers released a new video showing Johnston ..." states no day and
# joins the 2 June article's video entry, whose day it takes; "a new video" is another recording, but matching reads
# no "new" (a stop word of builder/story/words.py). Dates 0.95 joined against 1.00 apart, merge recall 0.807 against
# 0.814 (joined, the duplicate rate is still lower: 0.57 against 0.71).
# Swine flu, 2009 (held out until the end of the thirteenth round): the 4 May article's "Currently, there have been 27
# casualties resulting from the disease, with 26 in Mexico ..." joins the 26 April entry "In New Zealand, 26 students
# and teachers might have been infected ...": a bare number the two share (26) with little else (wording 0.21); 26
# dead are not 26 students, but neither count is read with its measure (find_counts reads no "casualties" and no
# "infected"), and barring bare numbers under a thousand cost AirAsia, Alan Johnston and Sago merges that are right.
# The merge removes an entry without removing a duplicate: duplicate rate 0.69 joined against 0.67 apart.
KNOWN_WORSE = {"hurricane-dean-2007": {"date_accuracy"},
               "alan-johnston-kidnapping-2007": {"date_accuracy", "merge_recall"},
               "swine-flu-outbreak-2009": {"duplicate_rate"}}


@pytest.mark.parametrize("story", STORY_NAMES)
def test_joining_reports_makes_no_story_worse_on_any_figure(scored, story):
    joined, apart = scored[story]
    worse = {k: (round(joined[k], 2), round(apart[k], 2)) for k in FIGURES
             if (joined[k] > apart[k] if k in LOWER_IS_BETTER else joined[k] < apart[k])}
    assert set(worse) == KNOWN_WORSE.get(story, set()), (worse, joined["misses"])


def test_a_toll_revised_between_two_real_articles_is_one_entry_with_both_values(tmp_path):
    """Egypt, 28 January: 'At least eighteen people died'; 1 February: 'It is thought 100 people have so far died'."""
    entries = extract_story(STORIES / "egypt-protests-2011", tmp_path)
    tolls = [e for e in entries if any(f["measure"] == "killed" for f in e.get("figures") or [])]
    assert len(tolls) == 1
    assert [(f["value"], str(f["date"])) for f in tolls[0]["figures"]] == [(18, "2011-01-28"), (100, "2011-02-01")]
    assert str(tolls[0]["date"]) == "2011-01-28"


def test_a_sentence_of_a_real_event_dated_after_an_entrys_articles_is_not_that_entrys(tmp_path):
    """Hurricane Felix: Monday's 'Felix has now been raised to a Category 5 hurricane' and, in Tuesday's landfall,
    'It reached shore as a Category 5 hurricane': alike in words, but an event of the Tuesday, after Monday's article
    came out, is not one it told."""
    entries = extract_story(STORIES / "hurricane-felix-2007", tmp_path)
    citing = lambda text: [e["id"] for e in entries if any(text in s["text"] for s in e["sources"])]  # noqa: E731
    assert citing("It reached shore as a Category 5") == citing("made landfall in Nicaragua on Tuesday")


def test_background_retold_by_a_later_real_article_keeps_the_day_it_happened(tmp_path):
    """AirAsia, a year later: 'The flight ascended without permission through 36,000ft' joins the entry of the
    night of 28 December 2014 (from the first article's radar screenshot), not 2 December 2015."""
    entries = extract_story(STORIES / "airasia-flight-8501", tmp_path)
    climb = [e for e in entries if any("ascended without permission" in s["text"] for s in e["sources"])]
    assert len(climb) == 1 and str(climb[0]["date"]) == "2014-12-28"
    assert {s["article"] for s in climb[0]["sources"]} == {"wn-2014-12-28-airasia-jet-vanishes",
                                                          "wn-2015-12-02-airasia-crash-pilot-error"}


@pytest.mark.parametrize("story", STORY_NAMES)
def test_running_a_real_storys_articles_again_changes_no_byte_manifest_included(story, tmp_path):
    """Pieces of one article's events that joined another article's entries are taken out again, numbered and
    keyed as the first run did: a second run of the same articles writes nothing new."""
    articles = articles_in_order(STORIES / story)
    extract(articles, tmp_path)
    before = {p.relative_to(tmp_path): p.read_bytes() for p in sorted(tmp_path.rglob("*")) if p.is_file()}
    extract(articles, tmp_path)
    after = {p.relative_to(tmp_path): p.read_bytes() for p in sorted(tmp_path.rglob("*")) if p.is_file()}
    assert [str(p) for p in before if before[p] != after.get(p)] == [] and before.keys() == after.keys()
