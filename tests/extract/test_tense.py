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


def test_a_number_in_ed_is_no_verb_of_a_clause_nor_an_action():
    from builder.extract.tense import ACTION
    assert ACTION.search("Several hundred people live in the camp") is None
    assert FINITE_VERB.search("A hundred runners") is None
    assert FINITE_VERB.search("A hundred runners finished").group() == "finished"


@pytest.mark.parametrize("text,background", [
    ("Libya and Switzerland have been in a diplomatic row for many months.", True),
    ("The man was unharmed.", True),
    ("The acting leader has also not been seen in public.", True),
    ("The fraud was uncovered after he told a friend.", False),
    ("The city has been under siege for weeks.", False),     # the news of a siege, not a description
    ("The hostages were released.", False),
    ("She is survived by a son and a granddaughter.", True),           # an obituary's family
    ("He was survived by his wife.", True),
    ("No doubt Ruritania has invaded the island.", False),            # "no doubt" denies nothing
    ("So far no group has claimed responsibility for the blast.", True),  # a doer denied
    ("No group has yet claimed the attack.", True),
    ("A group has claimed responsibility for the blast.", False),
])
def test_a_state_long_held_or_a_happening_denied_describes_rather_than_tells(text, background):
    from builder.extract.event_units import describes
    assert describes(text, "other", []) is background
