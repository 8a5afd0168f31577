"""Sentence splitting, one row per phenomenon of news copy."""
from __future__ import annotations

import pytest

from builder.extract.sentences import split_sentences

ROWS = [
    ("plain", "It rained. Then it stopped.", ["It rained.", "Then it stopped."]),
    ("a case's name", "He cited Citizens United v. Federal Election Commission in the speech. It rained.",
     ["He cited Citizens United v. Federal Election Commission in the speech.", "It rained."]),
    ("title abbreviation", "Gen. Smith arrived. He spoke.", ["Gen. Smith arrived.", "He spoke."]),
    ("initials", "J. R. Okafor said so. Others agreed.", ["J. R. Okafor said so.", "Others agreed."]),
    ("dotted acronym mid-sentence", "The U.S. Army left. It rained.", ["The U.S. Army left.", "It rained."]),
    ("dotted acronym ends sentence", "Aid came from the U.N. The rest waited.",
     ["Aid came from the U.N.", "The rest waited."]),
    ("number with comma and decimal", "At least 2,300 died and 1.5 million fled. Aid is low.",
     ["At least 2,300 died and 1.5 million fled.", "Aid is low."]),
    ("quote holding full stops stays whole", '"We left. We had to," she said. Then she wept.',
     ['"We left. We had to," she said.', "Then she wept."]),
    ("quote then new sentence", '“No surrender.” The deadline passed.', ["“No surrender.”", "The deadline passed."]),
    ("a quote closing on ! or ? stays with the name and speech verb after it",
     '"I am innocent!" Peter Dube shouted. "Is it over?" asked Ana Costa. "Why?" The crowd fell silent.',
     ['"I am innocent!" Peter Dube shouted.', '"Is it over?" asked Ana Costa.', '"Why?"', "The crowd fell silent."]),
    ("an abbreviation a number follows ends no sentence",
     "He directed Guardians of the Galaxy Vol. 2, released in 2017, and signed Art. 50 at No. 10. The rest waited.",
     ["He directed Guardians of the Galaxy Vol. 2, released in 2017, and signed Art. 50 at No. 10.",
      "The rest waited."]),
    ("the word no ends a sentence", "The answer was No. Then he left.", ["The answer was No.", "Then he left."]),
    ("rupees and pages before a number end no sentence",
     "The state set aside Rs. 500 crore, as p. 12 of the budget shows. It was enough.",
     ["The state set aside Rs. 500 crore, as p. 12 of the budget shows.", "It was enough."]),
    ("ellipsis before lowercase", "It shall never happen... as long as we live. Next.",
     ["It shall never happen... as long as we live.", "Next."]),
    ("a.m. mid-sentence", "It began at 5 a.m. on Monday. Then calm.", ["It began at 5 a.m. on Monday.", "Then calm."]),
    ("p.m. before a weekday or a time zone", "It hit at 3 p.m. Monday and at 4 a.m. EST on Tuesday. Calm.",
     ["It hit at 3 p.m. Monday and at 4 a.m. EST on Tuesday.", "Calm."]),
    ("p.m. before any other capital ends a sentence",
     "It may arrive around 3 p.m. National Weather Service staff said so.",
     ["It may arrive around 3 p.m.", "National Weather Service staff said so."]),
    ("headline without full stop", "Ukraine refuses to surrender\nThe city held out.",
     ["Ukraine refuses to surrender", "The city held out."]),
    ("unclosed quote does not swallow the paragraph's other sentences",
     'He said: "We will stay. We have food. Then we will see.', ['He said: "We will stay.', "We have food.",
                                                                 "Then we will see."]),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_sentences(text, expected):
    _, sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected


def test_offsets_point_back_into_the_article():
    text = "First line here.\n\nSecond paragraph. Its second sentence."
    paragraphs, sentences = split_sentences(text)
    assert [s.paragraph for s in sentences] == [0, 1, 1]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_a_sentence_past_the_length_limit_is_cut_at_spaces_and_keeps_its_offsets():
    from builder.extract.sentences import MAX_SENTENCE
    text = "Officials listed " + ", ".join(f"item {n}" for n in range(2000)) + " on Sunday."
    _, sentences = split_sentences(text)
    assert len(sentences) > 1 and all(len(s.text) <= MAX_SENTENCE for s in sentences)
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert " ".join(s.text for s in sentences) == text          # nothing lost but the spaces cut at


def test_a_run_of_marks_is_one_boundary():
    _, sentences = split_sentences("Really?!?! Yes… … It was over.")
    assert [s.text for s in sentences] == ["Really?!?!", "Yes… …", "It was over."]
