"""Relative clauses and appositions: the parts of a sentence that describe someone or something in passing.

Dates there date what the clause tells ("who took office last month"), not the sentence's event; verbs there
are not its main verb.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from builder.extract.tense import IRREGULAR_PAST

# Relative clauses and appositions: dates there describe someone, not the event ("who took office last month").
EMBEDDED = re.compile(r"\b(?:who|whom|whose|which)\b[^,;]*|,\s+(?:a|an|the)\s+[^,;]*,"
                      r"|(?<=[a-z] )that\s+(?=(?:has|have|had|was|were)\b|\w+ed\b|(?:" + "|".join(IRREGULAR_PAST)
                      + r")\b)[^,;]*", re.I)
# "Heavy rains that began last month": a relative "that" follows a noun; "said that ..." opens what was said.
SAYING = frozenset("""said says say told tell tells believe believes think thinks thought know knows knew hope hopes fear
fears claim claims argue argues insist insists warn warns add adds announce announces suggest suggests show shows
mean means so such now given ensure ensures note notes agree agrees deny denies admit admits confirm confirms state
states report reports indicate indicates found felt saw heard learned fact""".split())


# The main clause's verb group after a relative clause without commas: "the earthquake that struck Vann on
# Thursday | has risen to 31". An auxiliary after a word of the clause, once the clause has had a verb of its own.
AUXILIARY = re.compile(r"\s(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must)\b", re.I)
OWN_VERB = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|\w+ed|" + "|".join(IRREGULAR_PAST) + r")\b",
                      re.I)
NOT_A_CLAUSE_END = frozenset("and or but not also been who which that it he she they we i you there still".split())


# A verb with its object inside commas makes a clause, not an apposition: ", the raid killed an Al-Qaeda commander,".
CLAUSE_INSIDE = re.compile(r"\b(?:[a-z]+ed|" + "|".join(IRREGULAR_PAST) + r"|has|have|had|was|were|is|are)\s+"
                           r"(?:a|an|the|his|her|their|its|\d)\b")


@dataclass(frozen=True)
class Span:
    """A relative clause or apposition found in a text: the parts of re.Match its readers use."""

    text: str
    begin: int
    finish: int

    def group(self) -> str:
        return self.text[self.begin:self.finish]

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


def _relative_end(text: str, m: re.Match) -> int:
    """Where a relative clause ends: at the main clause's verb when no comma closes it first."""
    if m.group()[:1] == ",":
        return m.end()
    first = m.group().split(maxsplit=1)
    if len(first) < 2:
        return m.end()
    rest_at = m.start() + len(first[0]) + 1
    for aux in AUXILIARY.finditer(text, rest_at, m.end()):
        before = text[rest_at:aux.start()]
        previous = before.split()[-1:]
        if previous and previous[0].lower() not in NOT_A_CLAUSE_END and OWN_VERB.search(before):
            return aux.start()
    return m.end()


@lru_cache(maxsize=512)
def embedded(text: str) -> tuple[Span, ...]:
    """Relative clauses and appositions in `text` (not the "that" of reported speech). Cached: dates,
    descriptions and titles each ask of the same clause."""
    found = []
    for m in EMBEDDED.finditer(text):
        if m.group()[:1] == "," and CLAUSE_INSIDE.search(re.split(r"\b(?:who|whom|whose|which|that)\b", m.group())[0]):
            continue                     # "In another complication, the raid killed a commander, a government ally"
                                         # (not "X, a mother of five who fled her village, said": a relative's verb)
        if m.group()[:4].lower() == "that":
            before = text[:m.start()].split()[-1:]
            if not before or before[0].lower() in SAYING or before[0].lower().endswith("ed"):
                continue
        found.append(Span(text, m.start(), _relative_end(text, m)))
    return tuple(found)
