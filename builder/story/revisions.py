"""A later report that denies, corrects or extends an earlier one: linked to it, and both kept.

A report that says an earlier claim was denied, a figure corrected, a deadline extended is news of its own (the
day it was reported), so it is not merged into the entry it revises but linked to it with `revises`.
"""
from __future__ import annotations

import re

# How a report says it revises something, by kind; each pattern is looked for in the report's first sentence.
CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("contradicts", re.compile(r"\b(?:denied|denies|deny|denying|dismissed|rejected|refuted|disputed|contradicted|"
                               r"contradicting)\b[^.;]{0,60}\b(?:claims?|reports?|allegations?|accounts?|statements?|"
                               r"suggestions?|that)\b|\b(?:was|were|is|are)\s+(?:not\s+true|false|untrue|incorrect|"
                               r"wrong)\b|\bcontrary\s+to\s+(?:earlier\s+)?(?:reports?|claims?)\b", re.I)),
    ("corrects", re.compile(r"\b(?:corrected|revised|amended|clarified|retracted|lowered|raised)\b[^.;]{0,40}\b(?:"
                            r"figure|toll|number|count|estimate|statement|report|account|earlier)\b|\bhad\s+earlier\s+"
                            r"(?:said|reported|claimed|announced)\b", re.I)),
    ("extends", re.compile(r"\b(?:extended|extends|extending|postponed|postpones|pushed\s+back|delayed|deferred|"
                           r"moved\s+back)\b", re.I)),
)
# An extension revises a deadline or an ultimatum, not any event.
EXTENDS = frozenset({"deadline", "ultimatum", "agreement"})
RELATED = 0.25               # how alike (weighted wording) a revision and what it revises must at least be


def revision_kind(text: str, target_category: str) -> str | None:
    """The kind of revision a report's sentence makes of an entry of `target_category`, or None."""
    for kind, pattern in CUES:
        if pattern.search(text) and (kind != "extends" or target_category in EXTENDS):
            return kind
    return None
