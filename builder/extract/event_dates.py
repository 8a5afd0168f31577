"""The date an event's own words give it, or the one it takes from the events around it."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from builder.extract.dates import DateMention, parse_day
from builder.extract.event_units import Unit
from builder.extract.tense import PAST_TENSE, PRESENT_TENSE

INHERIT_WITHIN_DAYS = 7      # an undated past-tense sentence may take a date this close to publication

# Relative clauses and appositions: dates there describe someone, not the event ("who took office last month").
EMBEDDED = re.compile(r"\b(?:who|whom|whose|which)\b[^,;]*|,\s+(?:a|an|the)\s+[^,;]*,", re.I)


@dataclass(frozen=True)
class When:
    """An event's date as the entry will carry it."""

    value: str
    approximate: bool = False
    time: str | None = None
    end: str | None = None
    text: str | None = None         # the article's words for it
    explicit: bool = False          # the sentence itself dated it
    role: str = "point"             # the role of the mention it came from (point, since, offset, ...)


def embedded_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in EMBEDDED.finditer(text)]


def choose_when(unit: Unit, published: dt.date) -> When | None:
    """The date a unit's own words give its event: a date in its main clause before one in a relative clause."""
    inside = embedded_spans(unit.text)
    text = unit.sentence.text

    def possessive(m: DateMention) -> bool:          # "next year's elections", "Sunday's vote": a modifier
        return m.text.endswith(("'s", "’s")) or text[m.end:m.end + 2] in ("'s", "’s")

    finer = {m.value[:4] for m in unit.mentions if len(m.value) > 4}
    ranked = sorted(unit.mentions, key=lambda m: (any(a <= m.start - unit.offset < b for a, b in inside),
                                                  possessive(m), m.role == "offset",
                                                  len(m.value) == 4 and m.value in finer))
    points = [m for m in ranked if m.role in ("point", "since", "offset", "duration")]
    until = [m for m in ranked if m.role == "until"]
    if unit.category == "deadline" and (until or future_mentions(points, published)):
        m = (until or future_mentions(points, published))[0]
        return When(m.value, m.approximate, m.time, None, m.text, True)
    for m in points:
        if not m.value:
            return When("", True, m.time, m.end_value, m.text, True)
        if m.role == "since" and unit.category == "casualties":
            return When("", True, m.time, m.end_value, m.text, True)     # a toll counted up to now
        end = m.end_value if m.role in ("duration", "since") else None
        return When(m.value, m.approximate, m.time, end, m.text, True, m.role)
    if until and unit.category not in ("ultimatum",):
        m = until[0]
        return When(m.value, True, m.time, None, m.text, True)
    return None


def aside_mentions(unit: Unit, when: When) -> list[DateMention]:
    """Dates in a relative clause ('who took up the post last month') naming a day other than the event's:
    what the clause tells happened then, and is news of its own."""
    inside = embedded_spans(unit.text)
    return [m for m in unit.mentions if m.role == "point" and m.value and m.value != when.value
            and any(a <= m.start - unit.offset < b for a, b in inside)][:1]


def future_mentions(mentions: list[DateMention], published: dt.date) -> list[DateMention]:
    return [m for m in mentions if m.value and m.value[:10] > published.isoformat()[:len(m.value)]]


def default_when(unit: Unit, published: dt.date, recent: list[tuple[int, str]], time: str | None) -> When:
    """An undated sentence: the day of the event just told, if it tells of the past, else the publication day."""
    past = PAST_TENSE.search(unit.narrative) and not PRESENT_TENSE.search(unit.narrative.split(",")[0])
    if past and recent and not unit.quote_only and unit.category != "statement":
        paragraph, value = recent[-1]
        day = parse_day(value)
        # The lede's date carries into the paragraph that details it; elsewhere only within a paragraph.
        close = paragraph == unit.sentence.paragraph or (paragraph == 0 and unit.sentence.paragraph == 1)
        if close and day and 0 <= (published - day).days <= INHERIT_WITHIN_DAYS:
            return When(value, True, time)
    return When(published.isoformat(), True, time)
