"""Headlines: a complete clause of at most 90 characters that never ends on a cut, one row per case.

Every row is checked by the client's own test of a headline (`title_ok` in the scorer) as well as for its text.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from builder.extract.headlines import (MAX_TITLE_CHARS, ends_well, fit, quote_title, reactions_title, title_from,
                                      with_subject)

_spec = importlib.util.spec_from_file_location("client_score", Path(__file__).parents[1] / "corpus" / "score.py")
client_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(client_score)

TITLES = [
    ("the date phrase goes, and the word it leaves dangling",
     ("Talks on the swap began in early September, officials said.",), {"dates": ["early September"]},
     "Talks on the swap began"),
    ("a date that is the subject stays", ("The past year has seen an escalation of violence.",),
     {"dates": ["past year"]}, "The past year has seen an escalation of violence"),
    ("'before' after a verb opens no leading clause", ("He died before reaching the hospital.",), {},
     "He died before reaching the hospital"),
    ("a time before 'before' does", ("Shortly before midnight, troops entered the town.",), {},
     "Troops entered the town"),
    ("a date taken out before a quote leaves the space", ('The chief said yesterday "there is much to learn".',),
     {"dates": ["yesterday"]}, 'The chief said "there is much to learn"'),
    ("an opening 'Since' goes with its date", ("Since early 2004, more than 2,200 people have been killed.",),
     {"dates": ["early 2004"]}, "More than 2,200 people have been killed"),
    ("no full stop", ("Shelling killed four people in Kyiv.",), {}, "Shelling killed four people in Kyiv"),
    ("a quote after 'X said:' is the news", ("Vereshchuk said:",),
     {"speaker": "Irina Vereshchuk", "quote": "There can be no talk of any surrender."},
     "Irina Vereshchuk: “There can be no talk of any surrender”"),
    ("a quote after 'X told an outlet by e-mail:' is the news",
     ("Mara Quill, a policy analyst at the Institute for Coastal Studies, told the Herald by e-mail:",),
     {"speaker": "Mara Quill", "quote": "The harbour levy is a tax on the poorest fishermen."},
     "Mara Quill: “The harbour levy is a tax on the poorest fishermen”"),
    ("a possessive date stays", ("Results from Sunday's vote were delayed.",), {"dates": ["Sunday's"]},
     "Results from Sunday's vote were delayed"),
    ("a date that says which thing stays", ("Three officials were charged over the 2019 dam collapse.",),
     {"dates": ["the 2019"]}, "Three officials were charged over the 2019 dam collapse"),
    ("a long clause is cut before a preposition, keeping its verb",
     ("The regional council unanimously adopted a resolution restricting fishing in the northern bay "
      "for the next three seasons after a long debate.",), {},
     "The regional council unanimously adopted a resolution restricting fishing"),
    ("a cut never ends on a possessive",
     ("Observers regard the long harbour blockade by striking dockers as a real test of the provincial "
      "government's resolve.",), {},
     "Observers regard the long harbour blockade by striking dockers as a real test"),
    ("a subject alone is not a headline: the list after it goes",
     ("On Friday, forty village elders, including two former mayors, signed a petition against the quarry.",),
     {"dates": ["On Friday"]}, "Forty village elders signed a petition against the quarry"),
    ("'X said that ...' keeps the speaker when the saying is the news",
     ("Port director Anna Bellweather said that the cranes would stay idle until March.",),
     {"category": "statement"}, "Port director Anna Bellweather says the cranes would stay idle until March"),
    ("unnamed sayers in the plural say", ("Officials said that the ship was carrying grain to the port.",),
     {"category": "statement"}, "Officials say the ship was carrying grain to the port"),
    ("police in the plural say", ("Police said that the suspect had fled across the border.",),
     {"category": "statement"}, "Police say the suspect had fled across the border"),
    ("a body whose name ends in a plural says", ("The Association of Port Terminal Operators said that the demands "
     "were impossible to meet.",), {"category": "statement"},
     "Port Terminal Operators says the demands were impossible to meet"),
    ("a word in -ss is no plural", ("Karayilan nevertheless said that he hoped the crisis could be resolved.",),
     {"category": "statement"}, "Karayilan nevertheless says he hoped the crisis could be resolved"),
    ("a news agency in one word says", ("Reuters said that the talks had collapsed late on Monday.",),
     {"category": "statement"}, "Reuters says the talks had collapsed late on Monday"),
    ("a long title for the speaker is shortened to the name",
     ("Riverside Technical College student union president Omar Feld said the turnout had surprised everyone.",),
     {"category": "statement"}, "Omar Feld says the turnout had surprised everyone"),
    ("another speech verb keeps the clause as it is",
     ("The rebel commander warned the garrison of the consequences of resisting.",), {"category": "warning"},
     "The rebel commander warned the garrison of the consequences of resisting"),
    ("a pronoun's 'told the court' clause stays whole",
     ("She told the court she had been threatened by the two guards.",), {},
     "She told the court she had been threatened by the two guards"),
    ("an attribution tail is dropped before a leading 'after'",
     ("after smugglers abandoned them near the coast, the navy said this morning.",), {},
     "Smugglers abandoned them near the coast"),
    ("brackets and language markers go",
     ("The minister said a \"wider review\" ((fr)) of the tax was needed.",), {"category": "statement"},
     "The minister says a \"wider review\" of the tax was needed"),
    ("what a speaker said of something is headlined by the quote, not by what it was said of",
     ('Union spokesman Rocco Contento said of the crime scene, "it was a real butchery".', "Rocco Contento",
      "it was a real butchery", "legal"), {}, "Rocco Contento: “it was a real butchery”"),
    ("a speaker's role between name and saying goes when it leaves the headline without a verb",
     ("Julian Paluku, governor of the North Kivu district, has said the recovery of bodies will continue.",), {},
     "Julian Paluku has said the recovery of bodies will continue"),
    ("a name between name and saying is who speaks and stays",
     ("A paramedic working for the Lifeline Africa and Nationlink Ambulance Services, Ali Muse Sheikh, reported that "
      "around sixty people were hurt.", "Ali Muse Sheikh", "around sixty people were hurt"), {},
     "Ali Muse Sheikh: “around sixty people were hurt”"),
    ("a scene-setting opening phrase goes when it leaves the headline without a verb",
     ("In a telephone conversation with French president Nicolas Sarkozy on Sunday, Russian president Dmitry "
      "Medvedev declared that troops would pull out.",), {"dates": ["on Sunday"]},
     "Russian president Dmitry Medvedev declared that troops would pull out"),
    ("an opening phrase before 'X said, \"...\"' leaves the quote as the news",
     ('Standing alongside the president at a military air base, Betancourt said, "I cry with joy."',
      "Íngrid Betancourt", "I cry with joy."), {}, "Íngrid Betancourt: “I cry with joy”"),
    ("'X said that \"...\"' is told by the quote, not by the 'that' left when the saying goes",
     ('He said that "the factories have been destroyed" along with the tunnels.', "Ehud Olmert",
      "the factories have been destroyed"), {}, "Ehud Olmert: “the factories have been destroyed”"),
    ("a subordinate clause opening the sentence goes, capitalised or not",
     ("While violence in the country has dropped substantially, the attacks were the worst in Baghdad this year.",),
     {}, "The attacks were the worst in Baghdad this year"),
    ("a participle's opening phrase goes before 'the president said'",
     ('After approving the bill, the president said the move would "open up an entire era of prosperity for its '
      'people".', "Mamnoon Hussain", "open up an entire era of prosperity for its people"), {"category": "statement"},
     "The president says the move would open up an entire era of prosperity"),
    ("a role and a name in apposition before 'wrote in a post that' lead to what was written",
     ("A local official, Ana Costa, wrote in a Facebook post that at least 11 civilians had been killed in the "
      "village, among them two children.", "Ana Costa"), {"category": "casualties"},
     "At least 11 civilians had been killed in the village, among them two children"),
    ("a role before the name in apposition goes when it leaves the headline without a verb",
     ("The union's general secretary, Sipho Mthembu, addressed several hundred members outside the court building "
      "on Monday.",), {"dates": ["on Monday"]},
     "Sipho Mthembu addressed several hundred members outside the court building"),
    ("the body after an unnamed speaker's role goes when it leaves the headline without a verb",
     ("A senior official with the regional transport administration also told reporters the regional government "
      "had promised swift repairs for the bridge.",), {"category": "statement"},
     "A senior official also told reporters the regional government had promised swift repairs"),
    ("... but not words with a verb in them",
     ("The police in the capital claim to have told the police in the north about the threat.",), {},
     "The police in the capital claim to have told the police in the north"),
    ("a clause after a comma that says something is no aside to drop",
     ("Afterwards, the government banned political rallies in support of the candidate, effectively ending his "
      "campaign.",), {}, "Afterwards, the government banned political rallies in support of the candidate"),
    ("... but an apposition with a describing participle is",
     ("Murat Karayilan, the leader of the armed wing of the party, warned Turkey of the consequences.",), {},
     "Murat Karayilan warned Turkey of the consequences"),
    ("a date range leaves no end of itself behind",
     ("This 10-day climb will take place September 11–24.",), {"dates": ["September 11"]},
     "This 10-day climb will take place"),
    ("'that' before a verb is the subject of what was said, and stays",
     ("Dean says that shows Americans do not want another term.", "Howard Dean"), {"category": "statement"},
     "Dean says that shows Americans do not want another term"),
    ("the opening clause stays when what follows points back into it",
     ("While China is being openly critical of North Korea, it has a veto right on the Security Council.",), {},
     "While China is being openly critical of North Korea, it has a veto right"),
]


@pytest.mark.parametrize("args,kwargs,expected", [r[1:] for r in TITLES], ids=[r[0] for r in TITLES])
def test_title(args, kwargs, expected):
    title = title_from(*args, **kwargs)
    assert title == expected
    assert client_score.title_ok(title)


QUOTES = [
    ("a short first sentence is the whole quote title", "Lena Ortiz",
     "We will rebuild the bridge. It will take two years.", "Lena Ortiz: “We will rebuild the bridge”"),
    ("a long first sentence gives its first clause", "Tomas Reyes",
     "The ferry company ignored every warning we sent, and now forty families have nobody left to bring home.",
     "Tomas Reyes: “The ferry company ignored every warning we sent”"),
    ("a clause without a verb is not enough: cut at a phrase end instead", "Jo Park",
     "The closure of the clinic, the school and the only pharmacy in the valley has left three thousand people "
     "without care.", "Jo Park: “The closure of the clinic, the school and the only pharmacy”"),
    ("a sentence ending on a word that leaves it open is trimmed", "a fisherman",
     "I have never seen the water rise so fast before.", "A fisherman: “I have never seen the water rise so fast”"),
]


@pytest.mark.parametrize("speaker,quote,expected", [r[1:] for r in QUOTES], ids=[r[0] for r in QUOTES])
def test_quote_title(speaker, quote, expected):
    title = quote_title(speaker, quote)
    assert title == expected
    assert client_score.title_ok(title) and "…" not in title


def test_a_title_that_fits_is_kept_whole():
    assert fit("Police arrested two men") == "Police arrested two men"


@pytest.mark.parametrize("text", [
    "The committee of regional governors in the north met representatives of the fishing cooperatives of the "
    "southern islands and the delegates of the harbour workers' union to discuss the closure of the port",
    "Ukraine's human rights commissioner said that Kyiv had handed the Russian side a list of more than 1,200 "
    "names of prisoners it wanted released in the exchange",
    "a" * 120,
])
def test_every_cut_is_at_most_90_characters_and_ends_where_a_phrase_can(text):
    title = title_from(text)
    assert len(title) <= 90 and client_score.title_ok(title)


def test_a_cut_never_ends_on_a_second_verb_phrase_just_begun():
    assert not ends_well("Authorities arrested the suspect and later")
    assert ends_well("Authorities arrested the suspect later")


@pytest.mark.parametrize("voices, expected", [
    (["Barack Obama", "David Cameron"], "Barack Obama and David Cameron react"),
    (["Barack Obama", "David Cameron", "Arab League"], "Barack Obama, David Cameron and Arab League react"),
    (["Prime Minister of the Republic of Somewhere Else " + str(i) for i in range(4)],
     "Prime Minister of the Republic of Somewhere Else 0 and others react"),
])
def test_several_reactions_told_as_one_are_headlined_by_who_reacts(voices, expected):
    title = reactions_title(voices)
    assert title == expected and len(title) <= MAX_TITLE_CHARS


def test_an_opening_phrase_that_holds_the_subject_is_not_dropped_to_leave_a_headline_without_one():
    title = title_from("In an address to the UN General Assembly in New York Hugo Chávez, President of Venezuela, "
                       "sharply criticized the US government and its policies.")
    assert "Hugo Chávez" in title and not title.startswith("President of Venezuela")


def test_an_event_told_in_a_relative_clause_is_headlined_with_the_noun_it_hangs_on():
    from builder.article import Article
    from builder.extract import extract_article
    import datetime as dt
    text = ("Yesterday, the military announced the wreckage of an airliner, which went missing on Sunday morning "
            "shortly before it was due to land, had been located on a mountain.")
    titles = [e.title for e in extract_article(Article(name="t", path=None, text=text, published=dt.date(2018, 2, 21)))]
    assert any(t.startswith("An airliner went missing") for t in titles), titles
    assert not any(t.lower().startswith(("which", "who")) for t in titles)


@pytest.mark.parametrize("sentence, clause, subject, expected", [
    # a clause with a subject of its own drops its "and"
    ("The mine flooded on Monday, and the search for the last missing man continued on Tuesday.",
     "and the search for the last missing man continued", "The mine", "the search for the last missing man continued"),
    # a clause opening on its verb takes the sentence's subject
    ("The Torkham crossing closed on Monday and remained shut on Tuesday.", "and remained shut",
     "The Torkham crossing", "The Torkham crossing remained shut"),
    # ... or, after a saying, the subject of what was said
    ("The survivors told officials they had left Zuwara on Wednesday and had run out of fuel on Thursday.",
     "and had run out of fuel", "The survivors", "they had run out of fuel"),
])
def test_a_clause_cut_after_and_or_but_stands_on_a_subject(sentence, clause, subject, expected):
    assert with_subject(sentence, sentence.index(clause), clause, subject) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("But the authorities stated there was no fear of a tsunami.", "The authorities stated there was no fear of a tsunami"),
    ("And the principal complainant has since disappeared.", "The principal complainant has since disappeared"),
])
def test_no_headline_opens_on_a_conjunction(sentence, expected):
    assert title_from(sentence) == expected
