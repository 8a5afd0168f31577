"""Relative clauses and appositions: the parts of a sentence that describe someone or something in passing.

Dates there date what the clause tells ("who took office last month"), not the sentence's event; verbs there
are not its main verb.
"""
from __future__ import annotations

import re
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


@lru_cache(maxsize=512)
def embedded(text: str) -> tuple[re.Match, ...]:
    """Relative clauses and appositions in `text` (not the "that" of reported speech). Cached: dates,
    descriptions and titles each ask of the same clause."""
    found = []
    for m in EMBEDDED.finditer(text):
        if m.group()[:4].lower() == "that":
            before = text[:m.start()].split()[-1:]
            if not before or before[0].lower() in SAYING or before[0].lower().endswith("ed"):
                continue
        found.append(m)
    return tuple(found)
