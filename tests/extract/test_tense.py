"""Tense cues: which words tell a happening in the past and which a clause's own verb."""
from __future__ import annotations

import pytest

from builder.extract.tense import FINITE_VERB, PAST_TENSE


@pytest.mark.parametrize("text,past", [
    ("Rebels walked into the town.", True),
    ("Several hundred business leaders are meeting today.", False),
    ("The shrine is sacred to the villagers.", False),
    ("It is indeed a good price.", False),
])
def test_a_word_in_ed_is_past_unless_it_is_no_verb(text, past):
    assert bool(PAST_TENSE.search(text)) is past


def test_a_number_in_ed_is_no_verb_of_a_clause():
    assert FINITE_VERB.search("A hundred runners") is None
    assert FINITE_VERB.search("A hundred runners finished").group() == "finished"
