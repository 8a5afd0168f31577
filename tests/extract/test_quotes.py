"""Quotes and their speakers, one row per attribution pattern."""
from __future__ import annotations

import pytest

from builder.extract.cast import build_cast
from builder.extract.names import find_names
from builder.extract.quotes import find_quotes
from builder.extract.sentences import split_sentences


def quotes_of(text: str):
    paragraphs, sentences = split_sentences(text)
    names = [find_names(s.text) for s in sentences]
    cast = build_cast([(s.text, n) for s, n in zip(sentences, names)])
    return [(q.text, q.speaker) for q in find_quotes(paragraphs, sentences, cast, names)]


def attributions(text: str):
    paragraphs, sentences = split_sentences(text)
    names = [find_names(s.text) for s in sentences]
    cast = build_cast([(s.text, n) for s, n in zip(sentences, names)])
    return [(q.speaker, q.role, q.via) for q in find_quotes(paragraphs, sentences, cast, names)]


@pytest.mark.parametrize("text,expected", [
    ('Deputy Prime Minister Irina Vereshchuk told news outlet Ukrainian Pravda: "There can be no talk of surrender."',
     ("Irina Vereshchuk", "Deputy Prime Minister", "Ukrainian Pravda")),
    ('Speaking early this morning, Ukraine President Volodymr Zelenskyy said: “They are under the rubble.”',
     ("Volodymr Zelenskyy", "Ukraine President", None)),
    ('Piotr Andryushchenko, an adviser to the mayor, wrote in a Facebook post: "We will not wait for morning."',
     ("Piotr Andryushchenko", "adviser to the mayor", "a Facebook post")),
    ('"It takes us back to force," South African president Thabo Mbeki said in a televised statement.',
     ("Thabo Mbeki", "South African president", "a televised statement")),
    ('“We have kept every promise,” the ministry said in a statement.', ("ministry", None, "a statement")),
], ids=["told an outlet", "speaking early this morning", "facebook post", "televised statement", "a body"])
def test_speaker_role_and_channel(text, expected):
    assert attributions(text) == [expected]


ROWS = [
    ("straight and curly marks mixed", '"We left," said Ana Costa. “We had no food,” she added.',
     [("We left", "Ana Costa"), ("We had no food", "Ana Costa")]),
    ("quote over two sentences", '"The road is cut. Nobody can leave," said Pedro Alves.',
     [("The road is cut. Nobody can leave", "Pedro Alves")]),
    ("X said colon", 'Mayor Ana Costa said: "We will not leave the city."', [("We will not leave the city.", "Ana Costa")]),
    ("said X", '"The road is open again," said Pedro Alves.', [("The road is open again", "Pedro Alves")]),
    ("X said after", '"The road is open again," Pedro Alves said.', [("The road is open again", "Pedro Alves")]),
    ("told outlet", 'Deputy Prime Minister Irina Vereshchuk told news outlet Ukrainian Pravda: "There can be no talk '
     'of any surrender."', [("There can be no talk of any surrender.", "Irina Vereshchuk")]),
    ("pronoun resolved to last named person",
     'President Thabo Mbeki denounced the operation. "It takes us back to force," he said.',
     [("It takes us back to force", "Thabo Mbeki")]),
    ("surname resolved to full name",
     'Robert Mugabe spoke at a funeral.\n"We shall never accept it," Mugabe said.',
     [("We shall never accept it", "Robert Mugabe")]),
    ("role resolved to the named holder",
     '"All is calm," said Abdourahim Said Bakar, a government spokesman.\n'
     '"We hope to finish by night," the government spokesman said.',
     [("All is calm", "Abdourahim Said Bakar"), ("We hope to finish by night", "Abdourahim Said Bakar")]),
    ("unattributed follow-up keeps the speaker", '"We left," said Ana Costa. "We had no food."',
     [("We left", "Ana Costa"), ("We had no food.", "Ana Costa")]),
    ("quote continued into the next paragraph",
     'Ana Costa said: "We will stay as long as we can.\n"I wrote: \'just open the corridor\'."',
     [("We will stay as long as we can.", "Ana Costa"), ("I wrote: 'just open the corridor'.", "Ana Costa")]),
    ("scare quotes are not quotes", 'He sided with what it called “bandits”.', []),
    ("fragment of three words in reported speech", 'Mugabe vowed to "go to war" if he lost.',
     [("go to war", "Mugabe")]),
    ("body as speaker", '"It is impossible," the MDC said.', [("It is impossible", "MDC")]),
    ("apostrophes are not quote marks", "Officials said the Sadrists' strength was O'Neill's worry.", []),
    ("unbalanced mark degrades gracefully", 'He said "we will stay and never leave', [("we will stay and never leave", None)]),
    ("he after an unnamed official reported speaking is that official",
     '"We are concerned," spokeswoman Noura Mansour said.\n'
     'A Qatari official, who asked not to be named, said talks would resume. "The door is not closed," he said.',
     [("We are concerned", "Noura Mansour"), ("The door is not closed", "Qatari official")]),
    ("the name of an operation is not a quote", 'The army launched "Operation Iron Gate" on Monday.', []),
    ("a name after the word operation is not a quote", 'The army launched Operation "Iron Gate Rising" at dawn.',
     []),
    ("a lower-case name of a policy is not a quote",
     'He was asked about the army\'s controversial "stay quiet, stay safe" policy on Sunday.', []),
    ("a so-called label is not a quote", 'He attacked the so-called "people\'s court of appeal" again.', []),
    ("the title of a law is not a quote", 'Parliament passed the "Protect Our Coast Act" on Friday.', []),
    ("a film title is not a quote", 'She wrote a film titled "The Long Night Ahead" in 2010.', []),
    ("a website named in apposition is not a quote",
     'On a new website, "The Browser Six Countdown", the company has launched a campaign.', []),
    ("a title read on or in something is not a quote", 'The company says so on "The Browser Six Countdown".', []),
    ("a comic's title is not a quote", 'They do not find a recent "Mother Goose and Grimm" comic funny.', []),
    ("songs performed are not quotes", 'The band opened the show with "Viva la Vida", followed by a performance '
     'of "Uptown Funk Tonight".', []),
    ("title-case words said with something are still a quote",
     'President Ana Costa ended her speech on Monday with "God Bless Our Country".',
     [("God Bless Our Country", "Ana Costa")]),
    ("a sentence in capitals at its start is still a quote",
     'Ana Costa said: "We Will Win This War."', [("We Will Win This War.", "Ana Costa")]),
    ("a quote opened with a closing mark", 'Ana Costa said ”tens of thousands of people have fled” since Monday.',
     [("tens of thousands of people have fled", "Ana Costa")]),
    ("a quote closed with an opening mark", 'Ana Costa added, "We are deeply disappointed with the decision.“ '
     'However, the centre will keep its seats.', [("We are deeply disappointed with the decision.", "Ana Costa")]),
    ("a quote that lost its opening mark", 'Tens of thousands of people have fled the city,” Ana Costa said.',
     [("Tens of thousands of people have fled the city", "Ana Costa")]),
    ("a straight quote that lost its opening mark", 'We need water and medicine now," said Ana Costa.',
     [("We need water and medicine now", "Ana Costa")]),
    ("officials in the plural are not he",
     'Minister Ali Hassan spoke first.\nOfficials said talks would resume. "The door is not closed," he said.',
     [("The door is not closed", "Ali Hassan")]),
    ("a mark after a comma opens a quote when the marks after it pair",
     'Ana Costa said kits would go to schools," For example, schools can run their own votes". Ana Costa '
     'called it "a strong case".', [("For example, schools can run their own votes", "Ana Costa"),
                                    ("a strong case", "Ana Costa")]),
    ("a dropped opening mark is found when the marks do not pair",
     'Ana Costa spoke.\nThe dam held through the night," she said, "and nobody was hurt."',
     [("The dam held through the night", "Ana Costa"), ("and nobody was hurt.", "Ana Costa")]),
    ("a paragraph going on with an open quote closes it without opening it again",
     'Harry Kane said, "In the first half it felt good out there.\nWe could have scored two or three goals '
     'early." After the match, the coach Nabil Maaloul said, "We were playing a very skilled team.\n"A draw '
     'would have been an excellent result for us."',
     [("In the first half it felt good out there.", "Harry Kane"),
      ("We could have scored two or three goals early.", "Harry Kane"),
      ("We were playing a very skilled team.", "Nabil Maaloul"),
      ("A draw would have been an excellent result for us.", "Nabil Maaloul")]),
    ("two words as written are a scare quote, hyphens or not",
     'He criticised the "the anti-democratic" veto and the "so-called judge" again.', []),
    ("a name after a naming verb, with the copy's comma inside the marks, is not a quote",
     'The order, named "Protecting the Nation from Foreign Terrorist Entry into the United States," was signed.',
     []),
    ("a name a few words after a naming verb is not a quote", 'They named their robot "Robogee." on Monday.', []),
    ("a headline in sentence case after 'headlined' is not a quote",
     'The paper ran a story headlined "Congress threatens to leave the city unless a new capitol is built".', []),
    ("what someone called something, in capitals, is its name, not a quote",
     'The commentators called it "Friday Night Footy" all week.', []),
    ("what someone called something in plain words is still a quote",
     'Ana Costa called the verdict "a disgrace to the whole nation".', [("a disgrace to the whole nation", "Ana Costa")]),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_quotes(text, expected):
    assert quotes_of(text) == expected
