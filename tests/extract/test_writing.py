"""Titles, summaries and ids written from the article's own words, one row per case."""
from __future__ import annotations

import pytest

from builder.extract.writing import make_id, summary_from, title_from
from builder.ids import Ids

TITLES = [
    ("the date phrase goes, and the word it leaves dangling",
     ("Talks on the swap began in early September, officials said.",), {"dates": ["early September"]},
     "Talks on the swap began"),
    ("no full stop", ("Shelling killed four people in Kyiv.",), {}, "Shelling killed four people in Kyiv"),
    ("a quote after 'X said:' is the news", ("Vereshchuk said:",),
     {"speaker": "Irina Vereshchuk", "quote": "There can be no talk of any surrender."},
     "Irina Vereshchuk: “There can be no talk of any surrender”"),
    ("a possessive date stays", ("Results from Sunday's vote were delayed.",), {"dates": ["Sunday's"]},
     "Results from Sunday's vote were delayed"),
]


@pytest.mark.parametrize("args,kwargs,expected", [r[1:] for r in TITLES], ids=[r[0] for r in TITLES])
def test_title(args, kwargs, expected):
    assert title_from(*args, **kwargs) == expected


def test_a_long_title_is_cut_at_a_word_that_can_end_it():
    title = title_from("Ukraine's human rights commissioner, Oksana Melnyk, said that Kyiv had handed the "
                       "Russian side a list of more than 1,200 names of prisoners it wanted released")
    assert title.split()[-1].lower() not in ("the", "a", "of", "had", "that")
    assert len(title.split()) <= 14


def test_a_summary_keeps_the_article_words_and_at_most_two_sentences():
    summary = summary_from(["Shelling killed four people in Kyiv on Sunday.", "A shopping centre was hit.",
                            "Rescuers searched the rubble."])
    assert summary == "Shelling killed four people in Kyiv on Sunday. A shopping centre was hit."


def test_ids_are_slugs_of_date_and_title_made_unique_in_order():
    taken = Ids()
    assert make_id("2022-03-20", "Kyiv shelled", taken) == "2022-03-20-kyiv-shelled"
    assert make_id("2022-03-20", "Kyiv shelled", taken) == "2022-03-20-kyiv-shelled-2"
