"""Summaries and ids written from the article's own words (headlines: test_headlines)."""
from __future__ import annotations

from builder.extract.writing import make_id, summary_from
from builder.ids import Ids

def test_a_summary_keeps_the_article_words_and_at_most_two_sentences():
    summary = summary_from(["Shelling killed four people in Kyiv on Sunday.", "A shopping centre was hit.",
                            "Rescuers searched the rubble."])
    assert summary == "Shelling killed four people in Kyiv on Sunday. A shopping centre was hit."


def test_ids_are_slugs_of_date_and_title_made_unique_in_order():
    taken = Ids()
    assert make_id("2022-03-20", "Kyiv shelled", taken) == "2022-03-20-kyiv-shelled"
    assert make_id("2022-03-20", "Kyiv shelled", taken) == "2022-03-20-kyiv-shelled-2"
