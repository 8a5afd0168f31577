"""Find date and time expressions in a sentence and resolve them against the publication date.

A small grammar of newsroom English: the words are tables (`date_words`), each phrase shape one regular
expression with its resolver (`date_calendar` for dates the calendar names, `date_relative` for dates counted
from the publication day), the arithmetic in `date_math`. This module runs them over a sentence and keeps the
longest of overlapping matches.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from builder.extract import date_calendar, date_math as dm  # noqa: F401 - date_calendar registers its rules
from builder.extract.date_relative import COUNTED_FROM_A_DAY
from builder.extract.date_words import COMPARISON


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a sentence, resolved."""

    start: int
    end: int
    text: str
    value: str                  # YYYY-MM-DD, YYYY-MM, YYYY, or "" when the text gives no date ("since the war began")
    approximate: bool = False
    time: str | None = None
    role: str = "point"         # point | since | until | duration | offset
    end_value: str | None = None


TIME_PATTERNS = [
    (re.compile(r"\b(?:in\s+)?the\s+early(?:\s+morning)?\s+hours\b|\bearly\s+morning\s+hours\b", re.I), "early hours"),
    (re.compile(r"\b(?:at|before|after|around)\s+(dawn|daybreak|dusk|sunrise|sunset|midnight|noon|midday)\b", re.I), None),
    (re.compile(r"\bovernight\b", re.I), "overnight"),
    (re.compile(r"\b(?P<h>\d{1,2})(?::(?P<min>\d{2}))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)", re.I), "clock"),
    (re.compile(r"\b(?:at\s+)?(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)\b"), "clock"),
    (re.compile(r"\bin\s+the\s+(morning|afternoon|evening)\b", re.I), None),
]


def find_time(text: str) -> str | None:
    """The first time of day in `text`: '05:00', 'early hours', 'dawn', 'afternoon'."""
    best: tuple[int, str] | None = None
    for pattern, kind in TIME_PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        if kind == "clock":
            hour = int(m["h"])
            ap = (m.groupdict().get("ap") or "").lower().replace(".", "")
            if ap == "pm" and hour < 12:
                hour += 12
            if ap == "am" and hour == 12:
                hour = 0
            if hour > 23:
                continue
            value = f"{hour:02d}:{int(m['min'] or 0):02d}"
        else:
            value = kind or m.group(1).lower()
        if best is None or m.start() < best[0]:
            best = (m.start(), value)
    return best[1] if best else None


def find_dates(text: str, published: dt.date, ref: dt.date | None = None,
               skip: list[tuple[int, int]] = ()) -> list[DateMention]:
    """Every date expression in `text`, resolved, in order; overlapping matches keep the longest.

    `skip` lists spans (direct quotes) whose dates belong to the speaker's words, not to the event.
    """
    found: list[tuple[DateMention, re.Match, callable]] = []
    lowered = text.lower()
    for pattern, fn, needs in dm.RULES:
        if not needs.search(lowered):
            continue
        for m in pattern.finditer(text):
            if not m.group().strip() or any(a <= m.start() < b for a, b in skip):
                continue
            result = _resolved(fn, m, published, ref, text)
            if result is None:
                continue
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            found.append((DateMention(start, m.end(), text[start:m.end()], **result), m, fn))
    found.sort(key=lambda f: (f[0].start, -(f[0].end - f[0].start)))
    kept: list[DateMention] = []
    covered = 0                     # the end of the last mention kept or dropped: what overlaps it is part of it
    for mention, m, fn in found:
        if mention.start < covered:
            continue
        covered = mention.end
        if mention.role == "since" and COMPARISON.search(text, max(0, mention.start - 80), mention.start):
            continue
        if fn in COUNTED_FROM_A_DAY and kept and kept[-1].role == "point" and kept[-1].value:
            # "in December 2013, two years after ...", "yesterday ordered ... within 72 hours": counted from
            # the day the sentence has just named, not from the publication day.
            anchor = _first_day(kept[-1].value)
            result = _resolved(fn, m, published, anchor, text) if anchor else None
            if result is not None:
                mention = DateMention(mention.start, mention.end, mention.text, **result)
        kept.append(mention)
    time = find_time(text)
    if time:
        kept = [replace(d, time=d.time or time) if d.value and len(d.value) == 10 else d for d in kept]
    return kept



def _first_day(value: str) -> dt.date | None:
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        return dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def _resolved(fn, m: re.Match, published: dt.date, ref: dt.date | None, text: str) -> dict | None:
    """A rule's result, or None when it cannot be a date an entry can carry (year 1 to 9999):
    "3000 years ago", "a million days ago", "tomorrow" on 9999-12-31 name no usable day."""
    try:
        result = fn(m, published, ref, text)
    except (ValueError, OverflowError):
        return None
    if result is None:
        return None
    value = result.get("value", "")
    if value and not (value[:4].isdigit() and len(value.split("-")[0]) == 4 and 1 <= int(value[:4]) <= 9999):
        return None
    return result


def parse_day(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value and len(value) == 10 else None
