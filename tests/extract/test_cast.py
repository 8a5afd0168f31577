"""Who is who: short forms resolved to full names, descriptions to the person holding the role."""
from __future__ import annotations

import random

from builder.extract.cast import MAX_VARIANT_SCAN, Cast, build_cast
from builder.extract.names import find_names
from builder.extract.sentences import split_sentences


def cast_of(text: str) -> Cast:
    _, sentences = split_sentences(text)
    return build_cast([(s.text, find_names(s.text)) for s in sentences])


def test_a_surname_resolves_to_the_most_named_person_and_ties_to_the_first_named():
    cast = Cast()
    cast.add_person("Anna Petrova", None)
    cast.add_person("Ivan Petrova", None)
    assert cast.resolve("Petrova") == "Anna Petrova"          # a tie: the first named
    cast.add_person("Ivan Petrova", None)
    assert cast.resolve("Petrova") == "Ivan Petrova"          # now named more often
    assert cast.resolve("Smith") is None


def test_a_description_is_the_holder_named_most_recently_before_the_sentence():
    cast = cast_of("Olena Koval, a spokeswoman for the army, spoke first.\n"
                   "Then Ivan Lysenko, a spokesman for the police, arrived.\n"
                   "Olena Koval returned.")
    assert cast.by_role("the spokesperson", before=1) == "Ivan Lysenko"
    assert cast.by_role("the spokesperson", before=2) == "Olena Koval"
    assert cast.by_role("the spokesperson", before=0) == "Olena Koval"
    assert cast.by_role("the mayor") is None


def test_a_spelling_variant_joins_the_first_person_it_is_close_to():
    cast = Cast()
    assert cast.add_person("Mohamed Bacar", None) == "Mohamed Bacar"
    assert cast.add_person("Mohamed Bakar", None) == "Mohamed Bacar"
    assert cast.people == ["Mohamed Bacar"]


def test_variants_are_looked_for_among_the_first_people_of_a_shape_only():
    rnd = random.Random(1)
    cast = Cast()
    while len(cast.people) < MAX_VARIANT_SCAN:                  # distinct surnames, none close to another
        cast.add_person("Ahmed " + "".join(rnd.choice("bdfghjklmnprstvwz") for _ in range(12)).capitalize(), None)
    cast.add_person("Ahmed Bacarov", None)                      # past the limit: compared with nobody
    assert cast.people[-1] == "Ahmed Bacarov"
    assert cast.add_person("Ahmed Bakarov", None) == "Ahmed Bakarov"
