"""Find date and time expressions in a sentence and resolve them against the publication date.

A small grammar of newsroom English: the words are tables (`date_words`), each phrase shape one regular
expression with its resolver (`date_calendar` for dates the calendar names, `date_relative` for dates counted
from the publication day), the arithmetic in `date_math`. This module runs them over a sentence and keeps the
longest of overlapping matches.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace

from builder.extract import date_calendar, date_math as dm  # noqa: F401 - date_calendar registers its rules
from builder.extract.date_relative import AFTER_A_HAPPENING, COUNTED_FROM_A_DAY, NEEDS_A_DAY, WEEKDAY_RULES
from builder.extract.date_words import COMPARISON, WEEKDAY_NAMES
from builder.extract.lexicon import ACCORD_HEADS


UNRESOLVED = dict(value="", role="unresolved")


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
               skip: list[tuple[int, int]] = (), weekday_back: bool = False) -> list[DateMention]:
    """Every date expression in `text`, resolved, in order; of overlapping matches the most precise is kept.

    `skip` lists spans (direct quotes) whose dates belong to the speaker's words, not to the event.
    `weekday_back`: the article tells of its publication day's weekday as a week before (see
    `weekday_is_last_week`), so a bare "on Saturday" in a Saturday article is the Saturday before.
    """
    found: list[tuple[DateMention, re.Match, Callable]] = []
    lowered = text.lower()
    for pattern, fn, needs in dm.RULES:
        if not needs.search(lowered):
            continue
        for m in pattern.finditer(text):
            if not m.group().strip() or any(a <= m.start() < b for a, b in skip):
                continue
            result = _resolved(fn, m, published, ref, text)
            if result is None and (dm.usable(ref) is not None or fn not in NEEDS_A_DAY):
                continue
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            # A count from a day with no day to count from yet ("five years later") waits for one in the sentence.
            found.append((DateMention(start, m.end(), text[start:m.end()], **(result or UNRESOLVED)), m, fn))
    kept: list[DateMention] = []
    chosen = _longest_first(found)
    for i, (mention, m, fn) in enumerate(chosen):
        if mention.role == "since" and COMPARISON.search(text, max(0, mention.start - 80), mention.start):
            continue
        named = NAME_AFTER.match(text, mention.end) is not None and (
            mention.role == "point" or mention.role in ("until", "since") and THE_YEAR.search(mention.text))
        if named or (mention.role == "point" and _attributive(text, mention)):
            # "the February 14 Youth Coalition", "by the 1998 Clean Water Act", "since the 2004 X Agreement": a name
            # (not "Since 2015 Islamic State fighters have held the town": a time, and then a name)
            mention = replace(mention, role="attributive")
        if fn is AFTER_A_HAPPENING and m["rel"].lower() == "after":
            counted = _after_a_dated_happening(mention, m, chosen[i + 1:], text)
            if counted is not None:
                kept.append(counted)
                continue
        if fn in COUNTED_FROM_A_DAY and kept and kept[-1].role == "point" and kept[-1].value:
            # "in December 2013, two years after ...", "yesterday ordered ... within 72 hours": counted from
            # the day the sentence has just named, not from the publication day; of a day and its year told right
            # after it ("on December 21 last year, ... three days later"), the day (not of a day and a year told
            # apart: "began on 24 February 2022 and a ceasefire in 2022 collapsed two weeks later" is of 2022).
            day = kept[-2] if len(kept) > 1 else None
            told_with_its_year = day is not None and day.role == "point" and len(day.value) > len(kept[-1].value) \
                and day.value.startswith(kept[-1].value) and text[day.end:kept[-1].start].strip(" ,") in ("", "of")
            base = day if told_with_its_year else kept[-1]
            anchor = dm.anchor(base.value)
            result = _resolved(fn, m, published, anchor, text) if anchor else None
            if result is not None:
                mention = DateMention(mention.start, mention.end, mention.text, **result)
        if mention.role == UNRESOLVED["role"]:
            continue
        if weekday_back and fn in WEEKDAY_RULES and mention.value == published.isoformat() \
                and not re.search(r"\b(?:this|next|today)\b", mention.text, re.I):
            mention = replace(mention, value=(published - dt.timedelta(days=7)).isoformat())
        kept.append(mention)
    time = find_time(text)
    if time:
        kept = [replace(d, time=d.time or time) if d.value and len(d.value) == 10 else d for d in kept]
    return kept



# A date between "the" and a noun says which thing the sentence means ("the January 27 executive order", "the
# 2006 fire"): it dates that thing, not what the sentence tells of it, unless the thing is the clause's subject
# ("The March 3 fire destroyed the market"). "in a 2001 coup" (indefinite) introduces the event itself.
NOT_A_NOUN = frozenset("""of in on at to for from by with and or but as than that which who when where while after before
since until during is are was were has have had will would could should can may might must be been being said says
told also not""".split())
ATTRIBUTIVE_NOUN = re.compile(r"\s+([a-z][\w-]*)")
THE_YEAR = re.compile(r"\bthe\s+\d{4}$", re.I)
# A date that begins a name: "the February 14 Youth Coalition", "the 6 April Movement".
NAME_AFTER = re.compile(r" (?:[A-Z][\w'’.-]* ){1,3}(?:Coalition|Movement|Alliance|Party|Front|Group|Brigade|Revolution|"
                        r"Memorial|Stadium|Square|Street|Bridge|Declaration|Charter|Act|" + "|".join(ACCORD_HEADS)
                        + r")\b")
# (and "today", "yesterday": adverbs, never a noun's modifier: "lost five percent of its share value today")
ADVERBIAL_START = re.compile(r"(?:in|on|at|since|until|till|by|before|after|from|during|of|last|next|this|early|late|"
                             r"earlier|later|mid|today|yesterday|tonight|tomorrow)\b", re.I)
# "the", or a possessive with up to two adjectives: "Mozambique's scheduled October 28 elections".
# Also an indefinite noun a clause answers ("are retaliatory, in response to a 2008 court case"): it says which thing,
# where "in a 2001 coup" tells the happening itself.
DETERMINED = re.compile(r"(?:\bthe|\b(?:its|their|his|her)|\w['’]s|\bin\s+(?:response|reply|retaliation|reaction)\s+"
                        r"(?:to|for)\s+an?)\s+(?:[a-z]+\s+){0,2}$", re.I)
DECADE = re.compile(r"\d0['’]?s$")
# ... when a noun and then its verb follow ("The 1950s jet was ..."), not a verb ("The 1990s saw a boom").
NOUN_THEN_VERB = re.compile(r"\s+[a-z][\w-]*\s+(?:is|are|was|were|has|have|had|will|would|[a-z]+ed)\b")
CLAUSE_START = re.compile(r"\W*(?:the\s+)?$", re.I)
AFTER_CLAUSE_MARK = re.compile(r"[,;:]\s*\W*(?:the\s+)?$", re.I)


def _attributive(text: str, mention: DateMention) -> bool:
    if not mention.value or mention.text.endswith(("'s", "’s")) or ADVERBIAL_START.match(mention.text):
        return False                  # "in March": a preposition makes the date an adverbial, not a modifier
    own_article = re.match(r"the\s+", mention.text, re.I)
    # only the words just before matter: patterns anchored at the end are tried on a short tail, not the sentence
    before = text[max(0, mention.start - 80):mention.start] + (own_article.group() if own_article else "")
    if not DETERMINED.search(before):
        return False
    noun = ATTRIBUTIVE_NOUN.match(text, mention.end)
    if not noun or noun.group(1) in NOT_A_NOUN:
        return False
    if DECADE.search(mention.text) and NOUN_THEN_VERB.match(text, mention.end):
        return True                   # "The 1950s jet was decommissioned in 1996": an era says what kind of thing
    whole_before = text[:mention.start] + (own_article.group() if own_article else "")
    subject = CLAUSE_START.match(whole_before) if mention.start <= 40 else None      # "The March 3 fire ..."
    return not (subject or AFTER_CLAUSE_MARK.search(before))


def _after_a_dated_happening(mention: DateMention, m: re.Match, later: list, text: str) -> DateMention | None:
    """"56 hours after the attacks began on Wednesday night": the day the count from the named day reaches."""
    start = next((f[0] for f in later if f[0].value and len(f[0].value) == 10 and f[0].start - mention.end < 60
                  and not re.search(r"[;,]", text[mention.end:f[0].start])), None)
    day = parse_day(start.value) if start else None
    if day is None:
        return None
    value = dm.after(day, start.time, dm.count(m["num"]), m["unit"].lower())
    return DateMention(mention.start, mention.end, mention.text, value, True, None, "point")


def _longest_first(found: list[tuple[DateMention, re.Match, Callable]]) -> list[tuple[DateMention, re.Match, Callable]]:
    """Of overlapping matches, the most precise, then the longest ("The February 3 fire" is a day, not "The
    February"), in text order. Ties go to the one that starts first, then to the rule tried first."""
    starts: list[int] = []          # the kept spans, sorted and disjoint, for bisection
    ends: list[int] = []
    chosen = []
    order = sorted(range(len(found)), key=lambda i: (-len(found[i][0].value), found[i][0].start - found[i][0].end,
                                                     found[i][0].start, i))
    for i in order:
        mention = found[i][0]
        at = bisect_left(starts, mention.start)
        if (at < len(starts) and starts[at] < mention.end) or (at > 0 and ends[at - 1] > mention.start):
            continue
        starts.insert(at, mention.start)
        ends.insert(at, mention.end)
        chosen.append(found[i])
    return sorted(chosen, key=lambda f: f[0].start)


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


def weekday_is_last_week(text: str, published: dt.date) -> bool:
    """Whether an article tells of its publication day's weekday as the week before: "Since Saturday, the toll
    has climbed ... On Monday ... by Tuesday" in a Saturday article puts other days of the week after that
    Saturday, so it is the one before. Without such a sign, the weekday is the publication day itself."""
    weekday = WEEKDAY_NAMES[published.weekday()].capitalize()
    others = "|".join(name.capitalize() for name in WEEKDAY_NAMES if name.capitalize() != weekday)
    for paragraph in text.split("\n"):
        start = re.search(rf"\b(?:[Ss]ince|[Aa]fter|[Ff]rom)\s+(?:last\s+)?{weekday}\b", paragraph)
        if start and re.search(rf"\b(?:{others})\b", paragraph[start.end():]):
            return True
    return False


def parse_day(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value and len(value) == 10 else None


def possessive(text: str, m: DateMention) -> bool:
    """A date in the possessive modifies the noun after it ("Friday's storm", "next year's elections"): it says
    which thing, not when the clause happened."""
    return m.text.endswith(("'s", "’s")) or text[m.end:m.end + 2] in ("'s", "’s")
