"""What may stand as a quote's speaker, and who a pronoun can be: the checks the attributor makes on a candidate.

A speaker is a person the article names, a body it names, or a role it describes ("a government spokesman",
"residents"): never a fragment ("whilst also"), a place that cannot speak (a hotel), or a document ("the
Constitution says"). A pronoun is resolved to someone whose gender, where the article shows it, agrees.
"""
from __future__ import annotations

import re

from builder.extract.lexicon import (DOCUMENT_WORDS, FEMALE_WORDS, MALE_WORDS, NOT_NAME_WORDS, PLACE_WORDS, ROLE_NOUNS, SPEAKER_NOUNS,
                                     THING_WORDS, TITLE_WORDS, VENUE_WORDS)
from builder.extract.cast import PARTICLE
from builder.extract.date_words import CALENDAR_WORDS, MONTHS, WEEKDAYS
from builder.extract.names import Name
from builder.extract.places import place_kind

# Words after which a name is governed by something else in the phrase, not its head: "a spokesman for X",
# "a lawyer representing X", "freed by X", "X's" (handled by the caller).
GOVERNORS = frozenset("""for to of by with from at against under behind representing including on about toward
towards than like between among besides beside near during via alongside""".split())
# One or some of a group: "One of the children said", "some of the survivors"; or of the group just named: "Malta
# has had eight citizens turned back. One of these told The Times of Malta".
_SOME = r"one|some|many|several|two|three"
PARTITIVE = re.compile(r"^(?:" + _SOME + r"|most)\s+of\s+(?:the|his|her|their|its)\s+(?P<group>[a-z]+)$", re.I)
ONE_OF_THEM = re.compile(r"^(?:" + _SOME + r")\s+of\s+(?:these|those|them)$", re.I)
# Words that begin a phrase that cannot name a speaker: a conjunction or an adverb left over from a clause.
NOT_A_START = frozenset("""whilst while also and but or as because although though if when whereas since so then
yet still even just only not nor which that who whom whose where what how however meanwhile moreover""".split())
PRONOUN_GENDER = {"he": "m", "his": "m", "him": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
                  "herself": "f"}
PRONOUN_WORD = re.compile(r"\b(?:he|his|him|himself|she|her|hers|herself)\b", re.I)
PREPOSITION_SPLIT = re.compile(r"\s+(?:on|in|of|from|at|near|with|to|for|by|outside|inside|across)\s+", re.I)
LOCATIVE_SPLIT = re.compile(r"\s+(?:on|in|from|at|near|outside|inside|across)\s+", re.I)
CHANNEL_TAIL = re.compile(r"\s+(?:in|on|to|via|through)\s+(?:a|an|the|his|her|their|its)?\s*(?:\w+\s+){0,2}?"
                          r"(?:statement|post|interview|briefing|conference|letter|message|release|video|"
                          r"broadcast|speech|address)\b.*$|\s+to\s+(?:the\s+)?[A-Z].*$", re.I)


def governed(text: str, start: int) -> bool:
    """Whether the name at `start` hangs on a preposition or a participle: 'a spokesman for [X]'. Title words
    and other capitalised words right before it are part of its phrase ('for President [X]')."""
    words = text[max(0, start - 80):start].split()
    while words:
        if words[-1].lower() in WEEKDAYS:
            return False                             # "published on Friday [Trump] indicated": the day is governed
        if words[-1][:1].isupper() and not words[-1].endswith(","):
            words.pop()                              # "for President" -> "for"
        elif len(words) > 1 and words[-1] in ("the", "a", "an"):
            words.pop()                              # "of the [Red Hand]" -> "of"
        elif len(words) > 1 and words[-1] in ("of", "for") and words[-2].strip(".") in TITLE_WORDS:
            del words[-2:]                           # "Minister of [Education] X": a title, not a governor
        else:
            break
    return bool(words) and words[-1].lower().rstrip(",") in GOVERNORS and not words[-1].endswith(",")


def trimmed(described: str) -> str:
    """A described speaker without the channel or outlet after it and, when long, without the modifiers after
    its head: 'an unnamed official to the Island Times' -> 'unnamed official', 'residents on the small island
    of Kanu' -> 'residents'."""
    described = CHANNEL_TAIL.sub("", described).strip(" ,")
    if len(described.split()) > 5:
        head = LOCATIVE_SPLIT.split(described, maxsplit=1)[0]
        last = head.split()[-1].lower() if head.split() else ""
        if last in SPEAKER_NOUNS | ROLE_NOUNS and last not in DOCUMENT_WORDS:
            return head                              # not 'a statement on X's website': X issued it
    return described


def head_noun(described: str) -> str:
    """The word a description is about: the last word before its first preposition ('spokesman' of 'spokesman
    for the president')."""
    words = PREPOSITION_SPLIT.split(described, maxsplit=1)[0].split()
    return re.sub(r"['’]s$", "", words[-1]).strip(".,") if words else ""


def can_speak(described: str) -> bool:
    """Whether a speaker that is not a known person or body can still be one: a role or a group described
    ('a senior officer', 'residents', 'the ministry'), or a one-word name ('Koval'). Never a fragment, a
    building or venue, or a document."""
    words = described.split()
    if not words or words[0].lower() in NOT_A_START or not any(w[:1].isalpha() for w in words):
        return False
    if words[0].islower() and words[0].endswith("ing") and len(words) > 1:
        return False                                 # "waving banners": a clause, not who spoke
    partitive = PARTITIVE.match(described)
    head = partitive.group("group") if partitive else head_noun(described)     # "One of the children": children
    if head in VENUE_WORDS or head in THING_WORDS:
        return False                                 # "the Grand Hotel said", "the Constitution says"
    if len(words) > 1 and all(w[:1].isupper() for w in words if w not in ("of", "the", "for", "and")):
        # a proper name the name finder did not type ("Save the Children"), if it names no place
        return head not in PLACE_WORDS and not place_kind(described) and not place_kind(head)
    lower = head.lower()
    if lower in ROLE_NOUNS or lower in SPEAKER_NOUNS or lower.rstrip("s") in ROLE_NOUNS | SPEAKER_NOUNS \
            or lower in DOCUMENT_WORDS:
        return True
    bare = PARTICLE.sub("", head)                    # "al-Shabab": a name after its particle
    return len(words) == 1 and bare[:1].isupper() and not bare.isupper() and len(bare) > 2 \
        and head not in NOT_NAME_WORDS                                                      # "Koval said"


def genders(sentences: list[tuple[str, list[Name]]], canonical) -> dict[str, str]:
    """Each person's gender where the article shows it: a gendered title or role ('Mrs', 'spokeswoman') or
    the first he/she/his/her after the name in its sentence, before any other person is named. `canonical`
    maps a person name to the cast's form of it."""
    votes: dict[str, list[int]] = {}
    for text, names in sentences:
        people = [n for n in names if n.kind == "person" or n.single]
        for i, name in enumerate(people):
            person = canonical(name)
            if person is None:
                continue
            tally = votes.setdefault(person, [0, 0])
            role_words = set(re.findall(r"[a-z]+", (name.role or "").lower()))
            role_words |= set(re.findall(r"[A-Za-z]+", text[max(0, name.start - 12):name.start]))
            tally[0] += bool(role_words & MALE_WORDS)
            tally[1] += bool(role_words & FEMALE_WORDS)
            stop = people[i + 1].start if i + 1 < len(people) else len(text)
            m = PRONOUN_WORD.search(text, name.end, stop)
            if m:
                tally[PRONOUN_GENDER[m.group().lower()] == "f"] += 1
    return {p: ("m" if m > f else "f") for p, (m, f) in votes.items() if m != f}


POSSESSIVE = re.compile(r"['’]s?$")


# The words that join a document to its issuer or its place: "a statement from the ministry", "a ruling by the court",
# "a post on his website". Before any other word, one in -ing is no document: "the ruling party".
ISSUER_LINKS = ("from", "by", "of", "on", "in", "at")


# Periods that own a document only as its time, as a day does ("Wednesday's statement"): "last week's report".
PERIOD_WORDS = frozenset({"week", "weekend", "month", "year"})


def _a_time(word: str) -> bool:
    """Whether a possessive's word is a time ("Wednesday's", "March's" with its capital; not "the march's"), not an
    issuer."""
    lower = word.lower()
    if lower in MONTHS:
        return word[:1].isupper()
    return lower in CALENDAR_WORDS or lower in PERIOD_WORDS


def document(described: str) -> tuple[str, str | None] | None:
    """(the document, its issuer) when a described speaker is a document: 'statement from the ministry' ->
    ('statement', 'the ministry'), "embassy's website" -> ("embassy's website", 'embassy'), 'Home Office
    letter' -> ('Home Office letter', 'Home Office'), 'leaked internal letter' -> ('leaked internal letter',
    None); None when it is not one."""
    words = described.split()
    for i, word in enumerate(words[:6]):
        if word.lower().strip(",.") not in DOCUMENT_WORDS:
            continue
        before, after = words[:i], words[i + 1:]
        if word[:1].isupper() and after and after[0][:1].isupper():
            continue                                                # "Tsunami Warning Center": a word of a name
        if word.endswith("ing") and after and after[0].islower() and after[0] not in ISSUER_LINKS:
            continue                                                # "the ruling party": a word in -ing before its noun
        text = " ".join(words[:i + 1])
        if any(w.endswith("ing") and w.islower() for w in before):
            return None                                             # "waving banners": not a description
        owner = next((j for j in range(len(before) - 1, -1, -1) if POSSESSIVE.search(before[j])
                      and not _a_time(POSSESSIVE.sub("", before[j]))), None)
        if owner is not None and all(w.islower() for w in before[owner + 1:]):
            # "the embassy's website", "PC World's recent analysis": the owner, past the adjectives
            return text, POSSESSIVE.sub("", " ".join(before[:owner + 1]))
        if len(after) > 1 and after[0].lower() in ("from", "by", "of"):
            return text, " ".join(after[1:])                       # "a statement from the ministry"
        if len(after) > 1 and after[0].lower() in ("on", "in", "at"):
            inner = document(" ".join(after[1:]))                   # "a statement on Amuary's website"
            if inner is not None and inner[1]:
                return text, inner[1]
        if before and all(w[:1].isupper() for w in before):
            return text, " ".join(before)                           # "Home Office letter"
        return text, None
    return None
