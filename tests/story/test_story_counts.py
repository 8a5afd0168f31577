"""Counts read from a sentence are the numbers it writes, exactly, and only those an entry can hold: an article with
an absurd number (hostile or a typo) is extracted like any other, never a traceback nor an entry check refuses."""
from __future__ import annotations

import pytest

from builder.schema import MAX_COUNT_DIGITS
from builder.story.figures import find_counts, identifier_numbers, parse_number


@pytest.mark.parametrize("text,value", [
    ("12", 12), ("2,300", 2300), ("1.5 million", 1_500_000), ("twelve", 12), ("three hundred", 300),
    ("123,456,789,012,345", 123_456_789_012_345),
    ("9" * 400, None),                                           # float() made it infinite: OverflowError
    ("9" * 5000, None),
])
def test_a_number_is_read_exactly_or_not_at_all(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("sentence", [
    f"At least {'9' * 400} people were killed.",
    f"At least {'9' * (MAX_COUNT_DIGITS + 1)} people were killed.",
    "Officials said 12,345,678,901,234,567 people were killed.",
])
def test_a_number_no_entry_could_hold_is_no_count(sentence):
    assert find_counts(sentence) == []


def test_the_largest_count_an_entry_holds_is_still_a_count():
    assert [(c.measure, c.value) for c in find_counts(f"At least {'9' * MAX_COUNT_DIGITS} people were killed.")] \
        == [("killed", 10 ** MAX_COUNT_DIGITS - 1)]


@pytest.mark.parametrize("sentence, counts, names", [
    # a word a count opens with, capitalised at the sentence's start, names nothing
    ("Roughly 60 fishermen remain missing.", [("missing", 60)], []),
    ("Approximately 300 people died.", [("killed", 300)], []),
    ("Of 228 people on board, none survived.", [("aboard", 228)], []),
    ("Some 30 people died.", [("killed", 30)], []),
    # a number after another capitalised word names a thing, and is no count
    ("A Boeing 737 crashed.", [], ["737"]),
    ("Air France Flight 447 vanished with 228 people on board.", [("aboard", 228)], ["447"]),
])
def test_a_number_after_a_capitalised_word_names_something_unless_a_count_opens_with_it(sentence, counts, names):
    assert [(c.measure, c.value) for c in find_counts(sentence)] == counts
    assert sorted(identifier_numbers(sentence)) == names


@pytest.mark.parametrize("sentence, counted", [
    ("At least 10,000 people died in one town alone, Kelso in the south.", []),      # one place's dead
    ("The cyclone killed 22,000 people nationwide, 10,000 of them in Kelso alone.", [22000]),
    ("The victims were not alone, officials said, after 1,200 people died.", [1200]),
])
def test_one_places_dead_are_no_count_of_the_toll_but_the_toll_beside_them_is(sentence, counted):
    assert [c.value for c in find_counts(sentence)] == counted
