"""Calendar arithmetic against the publication day, and the registry the phrase rules go into.

Nothing here looks at today's date: every relative expression is anchored to the article's publication day
(or to a reference day the caller passes, for "the next day").
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from builder.extract import caseless
from builder.extract.date_words import FUTURE_CUES, NUMBERS, UNIT_DAYS, VAGUE_COUNT
from builder.extract.lexicon import NOT_VERBS
from builder.extract.tense import FINITE_VERB, IRREGULAR_PAST

# (full pattern, rule, cheap prefilter on the lowercased sentence), in the order the rules are tried.
RULES: list[tuple[re.Pattern, Callable[..., dict | None], re.Pattern]] = []


def rule(pattern: str, needs: str):
    """Register a phrase shape; `needs` is a cheap test a sentence must pass before the full pattern runs
    (most sentences name no date, and the full patterns are costly to try at every position)."""
    def register(fn):
        needed = caseless.for_lowercased(needs)      # tried on the lowercased sentence
        assert needed is not None, f"write {needs!r} in lowercase"
        RULES.append((re.compile(pattern, re.I), fn, needed))
        return fn
    return register


class Anchor(dt.date):
    """A day the text has named, with how much of it the text gave: 10 (a day), 7 (a month) or 4 (a year)."""

    precision: int = 10
    carried: bool = False       # named in a paragraph before: only counts from the time just named reach it
                                # ("five hours later", "two years earlier", "Days before,"), see `usable`


def carried(ref: Anchor | None, far: bool = True) -> Anchor | None:
    """`ref` as a day a paragraph before named (`far=False`: as if named just now, for the words that always go on
    from the day told before, "the following day")."""
    if ref is None:
        return None
    found = Anchor(ref.year, ref.month, ref.day)
    found.precision, found.carried = getattr(ref, "precision", 10), far
    return found


def anchor(value: str) -> Anchor | None:
    """The first day of a date value ('2002' -> 2002-01-01, precision 4), or None for no usable date."""
    parts = value.split("-") if value else []
    try:
        numbers = [int(p) for p in parts] + [1, 1]
        found = Anchor(numbers[0], numbers[1], numbers[2])
    except (ValueError, IndexError):
        return None
    found.precision = len(value)
    return found


def last_day(value: str) -> dt.date | None:
    """The last day of a date value ('2002' -> 2002-12-31, '2022-02' -> 2022-02-28), or None for no usable date."""
    first = anchor(value)
    if first is None:
        return None
    if first.precision == 4:
        return dt.date(first.year, 12, 31)
    if first.precision == 7:
        return shift_months(dt.date(first.year, first.month, 1), 1) - dt.timedelta(days=1)
    return dt.date(first.year, first.month, first.day)


# How precise an anchor must be to count a unit from it: days from a day, months from a month, years from a year.
UNIT_PRECISION = {"hour": 10, "day": 10, "week": 10, "month": 7, "year": 4, "decade": 4}


def usable(ref: dt.date | None, unit: str = "day") -> dt.date | None:
    """`ref` if it names time finely enough to count `unit`s from it."""
    if ref is None or getattr(ref, "carried", False):
        return None
    return ref if getattr(ref, "precision", 10) >= UNIT_PRECISION.get(unit, 10) else None


def day(d: dt.date) -> str:
    return d.isoformat()


def month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def shift_months(d: dt.date, months: int) -> dt.date:
    total = d.year * 12 + (d.month - 1) + months
    year, month = divmod(total, 12)
    return dt.date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def count(word: str | None) -> int:
    if not word:
        return VAGUE_COUNT
    word = word.lower()
    return int(word) if word.isdigit() else NUMBERS.get(word, VAGUE_COUNT)


def weekday(pub: dt.date, wd: int, direction: str) -> dt.date:
    """The weekday nearest the publication day: the most recent one (today included) unless looking ahead."""
    if direction == "future":
        return pub + dt.timedelta(days=(wd - pub.weekday()) % 7)
    if direction == "next":
        return pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7)
    if direction == "last":
        return pub - dt.timedelta(days=(pub.weekday() - wd) % 7 or 7)
    if direction == "nearest":                # from two days before publication to four after
        ahead = (wd - pub.weekday()) % 7
        return pub + dt.timedelta(days=ahead if ahead <= 4 else ahead - 7)
    return pub - dt.timedelta(days=(pub.weekday() - wd) % 7)


# A plan reported with "would" may be told after its month began or ended, as a weekday's may ("said talks would
# resume in March", in a paper of May): that many months back is the month meant, any further is the one ahead.
NEAREST_MONTHS_BACK = 2


def month_year(pub: dt.date, month: int, direction: str) -> int:
    """The year of the nearest such month in the direction the sentence looks."""
    if direction in ("future", "next"):
        return pub.year if month >= pub.month + (direction == "next") else pub.year + 1
    if direction == "last":
        return pub.year if month < pub.month else pub.year - 1
    if direction == "nearest":                # "said talks would resume in June": ahead, unless just gone
        back = (pub.month - month) % 12       # months back, across the new year (December is one back in January)
        return pub.year - (month > pub.month) if 0 < back <= NEAREST_MONTHS_BACK else pub.year + (month < pub.month)
    return pub.year if month <= pub.month else pub.year - 1


def reachable(ref: dt.date | None, unit: str) -> dt.date | None:
    """`ref` to count `unit`s from, unless a paragraph before named only its year and the unit is finer than a month
    ('in 2005.' and, a paragraph on, 'Just a few days earlier, ...' counts from no day of 2005)."""
    if ref is not None and getattr(ref, "carried", False) and getattr(ref, "precision", 10) <= 4 and \
            UNIT_PRECISION.get(unit, 10) > 7:
        return None                       # a month still bounds days counted from it ("in March. Days before, ...")
    return ref


def counted(ref: dt.date, n: int, unit: str, sign: int) -> str:
    """`ref` moved by n units, no finer than the text named it: days from a month ("in March; days before") stay in
    that month, days from a year in that year."""
    precision = getattr(ref, "precision", 10)
    if precision < UNIT_PRECISION.get(unit, 10):
        return ref.isoformat()[:precision]
    value, _ = offset(ref, n, unit, sign)
    return value[:precision]


def offset(ref: dt.date, n: int, unit: str, sign: int) -> tuple[str, bool]:
    """ref moved by n units, at the precision the unit warrants."""
    if unit == "year" or unit == "decade":
        years = n * (10 if unit == "decade" else 1)
        return str(ref.year + sign * years), False
    if unit == "month":
        return month(*shift_months(ref, sign * n).timetuple()[:2]), False
    days = n * UNIT_DAYS[unit]
    return day(ref + dt.timedelta(days=sign * days if unit != "hour" else sign * round(days))), True


# A past verb with no infinitive after it: "had been used ... by", "climbed by", not "ordered them to leave by".
PAST_STATE = re.compile(r"\b(?:was|were|had|[a-z]{3,}ed)\b(?![^,;]*\bto\s+[a-z]+\b)", re.I)
# Hours of the day a part of the day stands for, to count hours from it ("56 hours after ... Wednesday night").
PART_HOURS = {"early hours": 3, "morning": 9, "afternoon": 15, "evening": 19, "night": 22}


def after(start: dt.date, time: str | None, n: int, unit: str) -> str:
    """The day `n` units after a day (at the time of day given, noon if none): the day, month or year."""
    if unit == "hour":
        hour = PART_HOURS.get(time or "", int(time[:2]) if time and time[:2].isdigit() else 12)
        return day(start + dt.timedelta(days=(hour + n) // 24))
    value, _ = offset(start, n, unit, +1)
    return value


# A clause in the present that tells of a set day: "the orbiter's last flight which launches June 28", "the vote is on
# June 28", "participants can take part ... on September 19". A past verb wins, and "since" always looks back.
PRESENT_SCHEDULE = re.compile(r"\b(?:is|are|can|may|begins?|starts?|opens?|launch(?:es)?|runs?|takes?\s+place|"
                              r"ends?|closes?|meets?|convenes?|taking\s+place)\b", re.I)
# A past verb, not a participle after "is" ("is based"), a capitalised word ("United") nor a word in -ed that is no
# verb ("a hundred runners").
PAST_VERB = re.compile(r"\b(?:was|were|had|did)\b|(?<!\bis )(?<!\bare )(?<!\bbe )\b(?!(?:" + "|".join(sorted(NOT_VERBS))
                       + r")\b)(?-i:[a-z]{3,}ed)\b", re.I)


def day_direction(prep: str | None, sentence: str, start: int) -> str:
    """As `direction`, for a day or month without a year: a clause in the present tells of this year's day."""
    way = direction(prep, sentence, start)
    if way == "past" and (prep or "").lower() != "since":
        before = clause_before(sentence, start)
        if not FINITE_VERB.search(before):
            # a clause without a verb has its sentence's tense: "is based in the US, with participants climbing ...
            # during May 23"
            before = sentence[:start]
        if PRESENT_SCHEDULE.search(before) and not PAST_VERB.search(before):
            return "nearest"
    return way


def direction(prep: str | None, sentence: str, start: int) -> str:
    """Which way a date without a year looks from the publication day: past, future, next or last."""
    prep = (prep or "").lower()
    if prep == "since":
        return "past"                     # "has been in hospital since December": a span up to now, begun before
    if prep == "by" and PAST_STATE.search(clause_before(sentence, start)) \
            and not FUTURE_CUES.search(clause_before(sentence, start)):
        return "past"                     # "was used a million times by Thursday night": a past tally, not a deadline
    if prep in ("next", "until", "till", "by"):
        return "next" if prep == "next" else "future"
    if prep == "last":
        return "last"
    before = clause_before(sentence, start)
    if not FUTURE_CUES.search(before):
        # "Forecasters warn the storm could pick up strength as it crosses the bay and turn into an even more
        # destructive hurricane before making a second landfall on Wednesday": the modal stands further back than a
        # clause's reach, with nothing told in the past between
        whole = sentence[:start]
        cue = FUTURE_CUES.search(whole)
        if cue is None or PAST_BETWEEN.search(whole, cue.end()) or CLAUSE_MARK.search(whole, cue.end()):
            return "past"
        before = whole[cue.start():]
    # "Medvedev declared that troops would start their pullout on Monday": a future seen from a saying before the
    # article, so the day may be just before publication as well as just after ("would be closed on Sunday", in
    # Monday's paper, was yesterday).
    return "nearest" if REPORTED_FUTURE.search(before) and not OWN_FUTURE.search(before) else "future"


REPORTED_FUTURE = re.compile(r"\bwould\b", re.I)
# A verb told in the past between a future cue and a day: the day may be that verb's ("will appear in court, after he
# was arrested on Friday").
PAST_BETWEEN = re.compile(r"\b(?:was|were|had|did|[a-z]{3,}ed|" + "|".join(IRREGULAR_PAST) + r")\b", re.I)
OWN_FUTURE = re.compile(r"\b(?:will|shall|'ll|is\s+due|are\s+due|is\s+to|are\s+to|is\s+going\s+to|"
                        r"are\s+going\s+to)\b", re.I)
CLAUSE_MARK = re.compile(r"[;:]|,(?!\d)")          # not the comma of "20,000"


def clause_before(sentence: str, start: int, reach: int = 80) -> str:
    """The words of the same clause before `start`: tense cues further away belong to another clause."""
    before = sentence[max(0, start - reach):start]
    cut = max((m.end() for m in CLAUSE_MARK.finditer(before)), default=0)
    return before[cut:]


def role(prep: str | None) -> str:
    """What a preposition makes of a date: the start of a span, its end, or a point."""
    prep = (prep or "").lower()
    if prep == "since":
        return "since"
    if prep in ("until", "till", "by"):
        return "until"
    return "point"


def time_of(part: str | None) -> str | None:
    return part.lower() if part else None
