"""Who an article is talking about, sentence by sentence: the people and bodies a pronoun, a role or a document
may mean, and what the attributor remembers of them between quotes."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from builder.extract.cast import Cast, unaccented
from builder.extract.date_words import CALENDAR_WORDS
from builder.extract.clauses import (ADVERBIAL, AUXILIARIES, DETERMINERS, LEAD_INS, VERBISH, clause_start, finite_verb,
                                     unnamed_person)
from builder.extract.lexicon import OUTLETS as OUTLET_NAMES
from builder.extract.lexicon import (BODY_KINDS, BODY_MODIFIER_ENDINGS, DEMONYMS, FIGHTING_MODIFIERS, GENERIC_BODIES,
                                     CENTRE_SPELLINGS, DOCUMENT_WORDS, ISSUED_WORDS, PRONOUNS, TITLE_WORDS)
from builder.extract.names import Name
from builder.extract.places import place_kind
from builder.extract.speakers import ONE_OF_THEM, can_speak, document, governed, head_noun, trimmed

# How many sentences back "one of these" may find its group.
GROUP_REACH = 2
# Offices a country has one holder of at a time.
SOLE_OFFICES = frozenset("leader president premier king queen monarch emir sultan chancellor pope".split())
PASSIVE_BY = re.compile(r"\b(?:was|were|been|is|are)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn)\s+by\s+$")


@dataclass
class Context:
    """What the attributor remembers between quotes: who spoke last, who is salient, where it is."""

    cast: Cast
    salient: list[str]          # people in speaking or subject position, most recent last
    last_speaker: str | None = None
    last_speaker_paragraph: int = -1
    last_role: str | None = None
    last_via: str | None = None
    sentence: int = 0                # the sentence being attributed: a "spokesman" named later is not meant
    genders: dict[str, str] = field(default_factory=dict)    # person -> "m" / "f", where the article shows it
    bodies: set[str] = field(default_factory=set)           # organisations the article names
    # (paragraph, sentence, person) of the last sentence without quotes whose subject is a person: the
    # speaker of a bare quote right after it ('X gave his view. "..."')
    intro: tuple[int, int, str] | None = None
    last_body: str | None = None     # the latest body in subject position: who "it" is, and "they"
    last_named_body: str | None = None   # the latest body named anywhere: what "the association" means
    last_group: tuple[int, str] | None = None   # (sentence, the latest group of people named: "eight citizens"),
                                                # whom "one of these" means in the next sentences
    last_issuer: str | None = None   # the latest person or body in speaking position: whose "statement" it is
    last_document: str | None = None  # the latest document named ("the Climate Science Special Report", "a UNHCR
                                      # report"): what "the report" means
    documents: set[str] = field(default_factory=set)        # every document named so far: each may speak


# A document the article names: capitalised words before a document's word ("the Climate Science Special Report",
# "a UNHCR report", "the Rio Group declaration"); not "The report", "Friday's report". A document's word used as a verb
# names none ("Local Media report that three soldiers died"), nor one inside a longer name ("the Pacific Tsunami
# Warning Center"); a day may follow it ("issued the Climate Science Special Report Friday").
_PAPERS = "|".join(sorted({w for w in DOCUMENT_WORDS
                           if w.isalpha() and not (w.endswith("s") and w[:-1] in DOCUMENT_WORDS)} | {"study", "survey"}))
_DAYS = "|".join(sorted(w.capitalize() for w in CALENDAR_WORDS))
NAMED_DOCUMENT = re.compile(r"(?<![\w'’])((?:(?!(?:The|A|An|This|That|Its|Their|His|Her|Our)\s)[A-Z][\w.&-]*\s+){1,5})"
                            r"((?i:" + _PAPERS + r"))\b"
                            r"(?!\s+(?:that|\w+ing)\b|\s+(?!(?:" + _DAYS + r")\b)[A-Z])")
# A document brought in without a name ("its own report", "a new study", "Greenpeace's report"): "the report" after
# it is that one, not the last one named.
UNNAMED_DOCUMENT = re.compile(r"(?:\b(?:an?|its|their|his|her|our)|['’]s)\s+(?:[a-z][\w-]*\s+){0,2}?"
                              r"(?:" + _PAPERS + r")\b")


def note_document(ctx: Context, masked: str) -> None:
    """Remember the last document a sentence names: what "the report" of the next sentences means; one brought in
    without a name leaves "the report" unknown."""
    paper = named_document(masked)
    if paper:
        ctx.last_document = paper
        ctx.documents.add(paper)
    elif UNNAMED_DOCUMENT.search(masked):
        ctx.last_document = None


def named_document(masked: str) -> str | None:
    """The last document `masked` names, as written ('Climate Science Special Report', 'UNHCR report')."""
    found = None
    for m in NAMED_DOCUMENT.finditer(masked):
        if m.group(1).split()[0].lower() not in CALENDAR_WORDS:
            found = f"{m.group(1)}{m.group(2)}".strip()
    return found


class Referents:
    """The people and bodies an article has named so far, and who a pronoun, a role or a document stands for."""

    def __init__(self, cast: Cast):
        self.ctx = Context(cast=cast, salient=[])
        self._names: list[Name] = []             # the names of the sentence being read
        self._masked = ""                        # that sentence, quotes blanked
        self._quoted = ""                        # the words of the quote whose speaker is being found

    def person(self, name: Name) -> str:
        """Canonical form of a person: one-word names resolve to the full name."""
        if name.single:
            return self.ctx.cast.resolve(name.text, before=self.ctx.sentence) or (self.ctx.cast.resolve_first(name.text)
                                                         if name.kind != "place" else None) or name.text
        # A full name as written here ("Bacar" where others wrote "Bakar"), unless only its accents differ from
        # the first spelling ("Hugo Chavez" after "Hugo Chávez"): that is one spelling, written two ways.
        known = self.ctx.cast.variant_of(name.text)
        return known if known and unaccented(known) == unaccented(name.text) else name.text

    def role_of(self, person: str, name: Name | None) -> str | None:
        if name is not None and name.role:
            return name.role
        return self.ctx.cast.roles.get(person) or self.ctx.cast.roles.get(self.ctx.cast.variant_of(person) or "")

    def is_person(self, speaker: str) -> bool:
        """A person the article names, or one it describes ('a senior officer'), not a body or a group."""
        cast = self.ctx.cast
        return bool(cast.knows(speaker) or cast.variant_of(speaker) or unnamed_person(speaker))

    def nameable(self, speaker: str) -> bool:
        cast = self.ctx.cast
        return bool(cast.knows(speaker) or cast.variant_of(speaker) or speaker in self.ctx.bodies
                    or speaker in self.ctx.documents
                    or speaker in cast.acronyms.values() or can_speak(speaker))

    def subject_person(self, masked: str, names: list[Name]) -> Name | None:
        """The person the sentence is about: named in its subject, before its first verb, heading its phrase."""
        at = 0
        for chunk in re.split(r"([,;])", masked):
            text = LEAD_INS.sub("", chunk.strip())
            if text and chunk not in ",;" and not ADVERBIAL.match(text):
                break
            at += len(chunk)
        for name in names:
            if name.start < at or not (name.kind == "person" or (name.single and self.ctx.cast.resolve(name.text))):
                continue
            if masked[name.start:name.start + 1] in (" ", "\"") or re.match(r"['’]s?\b", masked[name.end:name.end + 2]):
                continue
            before = masked[max(at, masked.rfind(",", 0, name.start) + 1):name.start].split()
            if any(VERBISH.match(w.strip(",.;:")) and not w[:1].isupper() for w in before) or \
                    any(w.strip(",.;:").lower() in AUXILIARIES for w in masked[at:name.start].split()):
                return None                  # "X was greeted by the President and the First Lady, Y": not Y
            if not governed(masked, name.start) or self._after_a_body(masked, names, name):
                return name                                  # "The director of X, Y, ...": Y
        return None

    @staticmethod
    def _after_a_body(masked: str, names: list[Name], name: Name) -> bool:
        """Whether a body's name ends right before the person's: "director of operations for the Iraqi Armed Forces
        Hussein Rashid Mohammed", whose "for" governs the body, and the person is the one the title names."""
        return any(other.kind == "organisation" and other.end < name.start and not masked[other.end:name.start].strip()
                   for other in names)

    def passive_agent(self, masked: str, names: list[Name]) -> Name | None:
        """The person after 'by' in a passive clause whose subject is no person ('This move was criticised by
        X'): the one the sentence is about."""
        for name in names:                           # a bounded stretch before each name: linear in the sentence
            if (name.kind == "person" or (name.single and self.ctx.cast.resolve(name.text))) and PASSIVE_BY.search(
                    masked, max(0, name.start - 60), name.start):
                return name
        return None

    def subject_body(self, masked: str, names: list[Name]) -> str | None:
        """The organisation a sentence is about: named right before its first verb, heading its phrase."""
        start = clause_start(masked, 0, len(masked))
        verb = finite_verb(masked, start, len(masked))
        if verb is None:
            return None
        before = [n for n in names if start <= n.start and n.end <= verb.start()]
        name = before[-1] if before else None               # the name right before the verb, if any
        # (a name's acronym in brackets may stand between: "The Pacific Tsunami Warning Center (PTWC) advised")
        if name is not None and name.kind == "organisation" and not masked[name.end:verb.start()].strip(" ,)") \
                and not governed(masked, name.start) and name.text not in OUTLET_NAMES:
            return self.ctx.cast.expand(name.text)
        return None

    def from_description(self, described: str, indefinite: bool = False) -> tuple[str | None, str | None]:
        """Who a description names. An indefinite one ("a tribal leader", "one official") brings in someone new:
        never the holder of a like role named before ("Al-Qaeda leader Qassim al-Rimi")."""
        described = trimmed(described)
        pronoun = re.search(r"\b(?:for|of)\s+(them|it)$", described)
        if pronoun:                                   # "a spokesperson for them": for the body meant
            body = self.resolve_pronoun("it" if pronoun.group(1) == "it" else "they")
            described = described[:pronoun.start(1)] + body if body else described
        if described.lower() in PRONOUNS:
            return self.resolve_pronoun(described), None
        one_of = ONE_OF_THEM.match(described)
        if one_of:                  # "One of these told The Times": one of the group just named, else no one
            group = self.ctx.last_group
            if group is None or self.ctx.sentence - group[0] > GROUP_REACH:
                return None, None
            return f"{described.split()[0].capitalize()} of the {group[1]}", None
        paper = document(described)
        if paper is not None:
            text, issuer = paper
            if issuer:                                            # "a statement from X", "X's website": X
                issuer = DETERMINERS.sub("", issuer.strip(" ,"))
                return self.from_description(issuer) if issuer.lower() not in PRONOUNS else \
                    (self.resolve_pronoun(issuer), None)
            if text.lower() in ISSUED_WORDS:                      # '"...," the statement said': its author
                return self.ctx.last_issuer, None
            known = self.ctx.last_document
            if not indefinite and known and known.split()[-1].lower() == text.lower():
                return known, None                                # "the report calls ...": the report named
            return text, None                                     # "a leaked internal letter says"
        words = described.split()
        if len(words) == 1 and words[0] in self.ctx.cast.acronyms:
            return self.ctx.cast.expand(words[0]), None
        if len(words) == 1 and words[0][0].isupper():
            resolved = self.ctx.cast.resolve(words[0])
            if resolved:
                return resolved, self.ctx.cast.roles.get(resolved)
        head = head_noun(described)
        # A proper name is not a role: "Amuary" is not "the head of Amuary".
        holder = self.ctx.cast.by_role(head, before=self.ctx.sentence) \
            if not indefinite and (not head[:1].isupper() or head in TITLE_WORDS) else None
        if holder:
            return holder, self.ctx.cast.roles.get(holder)
        words = described.split()
        # (a description comes without its determiner, see clauses.describe: the words before the head modify it)
        if len(words) <= 4 and head.lower() in BODY_KINDS and all(
                w.endswith(BODY_MODIFIER_ENDINGS) or (head.lower() in GENERIC_BODIES and w.islower()
                                                      and w not in FIGHTING_MODIFIERS)
                for w in words[:-1]):
            # "In a release from Amnesty International, the organization said", "the Piraeus-based company said":
            # the body just named (not "the rebel group": a fighting group may be any other)
            # A kind written with a capital is the short form of a name that has it: "the Commission" is the Human
            # Rights Commission of Pakistan, never the Electoral Commission's neighbour "the Committee".
            def of_kind(text: str | None) -> bool:
                if not text:
                    return False
                if head.lower() in CENTRE_SPELLINGS:
                    return text.split()[-1].lower() in CENTRE_SPELLINGS
                return not head[:1].isupper() or head in text.split()
            named = [n for n in self._names if n.kind == "organisation" and n.text not in OUTLET_NAMES
                     and of_kind(n.text)]
            body = self.ctx.cast.expand(named[-1].text) if named else next(
                (b for b in (self.ctx.last_body, self.ctx.last_named_body) if of_kind(b)), None)
            if body:
                return body, None
        if head.lower() in SOLE_OFFICES and any(w in DEMONYMS or place_kind(w.rstrip("'’s")) == "country"
                                                for w in words[:-1]):
            # "the young North Korean leader", "the Russian president": a country has one, a person the reader
            # knows by name; when the article does not say who, no one rather than a label
            return None, None
        return described, None

    def resolve_pronoun(self, pronoun: str, at: int | None = None) -> str | None:
        """'he'/'she': the subject of the pronoun's own sentence, else the latest person in subject or speaking
        position, whose gender, where known, agrees; 'they' and 'it': a body named before it in the sentence,
        else the latest body in subject position ('they' also the last speaker when that was no one person)."""
        ctx = self.ctx
        if pronoun.lower() in ("they", "it"):
            before = [n for n in self._names if n.kind == "organisation" and (at is None or n.end <= at)
                      and n.text not in OUTLET_NAMES]
            if before:
                return ctx.cast.expand(before[-1].text)
            if ctx.last_body or pronoun.lower() == "it":
                return ctx.last_body                     # "Petra identified the officer. It says ..."
            last = ctx.last_speaker
            return last if last and not (ctx.cast.knows(last) or ctx.cast.variant_of(last)) else None
        want = "f" if pronoun.lower() in ("she", "her") else "m"
        if at is not None and 0 < at <= 600:              # bounded: a pronoun deep in a long sentence skips it
            # "X did not mention Y's movement, and he said ...": the subject of the pronoun's own sentence
            name = self.subject_person(self._masked[:at], [n for n in self._names if n.end <= at])
            if name is not None and ctx.genders.get(self.person(name), want) == want \
                    and not self._named_in_quote(self.person(name)):
                return self.person(name)
            # "Thomas' sister pleaded with him, but he replied ...": the person whose sister (or lawyer, son ...) the
            # subject is, when the subject is not the 'he'
            owner = next((n for n in self._names if n.end <= at and re.match(r"['’]s?\s+[a-z]", self._masked[n.end:])
                          and (n.kind == "person" or n.single)), None)
            person = self.person(owner) if owner is not None else None
            if person and ctx.cast.knows(person) and ctx.genders.get(person, want) == want \
                    and not self._named_in_quote(person):
                return person
        for person in reversed(ctx.salient[-8:]):
            if ctx.genders.get(person, want) == want and not self._named_in_quote(person):
                return person
        last = ctx.last_speaker
        return last if last and ctx.genders.get(last, want) == want and not self._named_in_quote(last) else None

    def _named_in_quote(self, person: str) -> bool:
        """'"I cannot accept Uribe's lies," he said': the person a quote speaks of by name is not its 'he'."""
        surname = person.split()[-1] if person.split() else ""
        return len(surname) > 2 and re.search(rf"\b{re.escape(surname)}\b", self._quoted) is not None
