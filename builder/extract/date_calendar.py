"""Phrase rules for dates the calendar names: "March 3", "3 March 2021", "December 2013", "in June", "2001",
"the end of August". A day or month without a year is the nearest one in the direction the sentence looks.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from builder.extract import date_math as dm
from builder.extract.date_words import (CLOCK_TIME, COUNT_NOUNS, FIXED_HOLIDAYS, MON, MONTH_NAMES, MONTH_WORD, MONTHS,
                                       NUMBERED_THINGS, PREP, WD, WEEKDAYS, alternation)


@dm.rule(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b", r"\d{4}-")
def _iso(m, pub, ref, s):
    try:
        return dict(value=dm.day(dt.date(int(m["y"]), int(m["m"]), int(m["d"]))))
    except ValueError:
        return None


def _year_of_weekday(year: int, month: int, day: int, weekday: int, pub: dt.date) -> int:
    """The year, next to the one the sentence's direction gave, in which the day falls on the weekday written with it
    ("through at least Sunday, February 17" in a paper of 14 February 2008: 2008, where the 17th is a Sunday)."""
    for candidate in (year, pub.year, pub.year + 1, pub.year - 1):
        try:
            if dt.date(candidate, month, day).weekday() == weekday:
                return candidate
        except ValueError:
            continue
    return year


def _nearest_year(month: int, day: int, pub: dt.date, direction: str) -> int:
    """The year of the nearest such day in the direction the sentence looks: past events before publication,
    plans after."""
    if direction in ("future", "next") and (month, day) < (pub.month, pub.day):
        return pub.year + 1
    if direction in ("past", "last") and (month, day) > (pub.month, pub.day):
        return pub.year - 1
    return pub.year


@dm.rule(PREP + r"(?:" + WD + r",?\s+)?(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MON
         + r"(?:,?\s+(?P<y>\d{4}))?\b", MONTH_WORD)
@dm.rule(PREP + r"(?:" + WD + r",?\s+)?" + MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d|,\d)(?:,?\s+(?P<y>\d{4}))?\b", MONTH_WORD)
def _day_month(m, pub, ref, s):
    month, day = MONTHS[m["mon"].lower().rstrip(".")], int(m["d"])
    year = int(m["y"]) if m["y"] else _nearest_year(month, day, pub, dm.day_direction(m["prep"], s, m.start()))
    if not m["y"] and m["wd"]:
        year = _year_of_weekday(year, month, day, WEEKDAYS[m["wd"].lower()], pub)
    try:
        return dict(value=dm.day(dt.date(year, month, day)), role=dm.role(m["prep"]))
    except ValueError:
        return None


# An ordinal after "the" is a day of the month only where nothing it counts follows: "on the 19th." "on the 19th,
# when ...", not "the 19th century", "the 21st attempt".
DAY_ENDS = (r"(?!(?:,?\s+(?:and|or)|,)\s+\d{1,2}(?:st|nd|rd|th)\b)"    # not "the 2nd and 3rd floors"
            r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:and|or|but|when|while|after|before|at|in|with|as|until|following)\b)")


@dm.rule(r"\b(?P<prep>on|since|until|till|by)\s+(?:" + WD + r",?\s+)?the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b"
         + DAY_ENDS, r"\d(?:st|nd|rd|th)")
def _day_of_this_month(m, pub, ref, s):
    """"He died on the 19th": the 19th of the month the sentence looks to from the publication day (the month of
    publication, or the one before or after it), and the one on the weekday written with it ("on Monday the 19th")."""
    day = int(m["d"])
    way = dm.day_direction(m["prep"], s, m.start())
    months = [(pub.year - (pub.month == 1), (pub.month - 2) % 12 + 1), (pub.year, pub.month),
              (pub.year + (pub.month == 12), pub.month % 12 + 1)]
    days = []
    for year, month in months:
        try:
            days.append(dt.date(year, month, day))
        except ValueError:
            continue
    if m["wd"]:
        days = [d for d in days if d.weekday() == WEEKDAYS[m["wd"].lower()]]
    if way in ("past", "last"):
        days = [d for d in days if d <= pub]
    elif way in ("future", "next"):
        days = [d for d in days if d >= pub]
    if not days:
        return None
    return dict(value=dm.day(min(days, key=lambda d: abs((d - pub).days))), role=dm.role(m["prep"]))


@dm.rule(r"(?:(?P<rel>the\s+day\s+(?:before|after))\s+|" + PREP + r")(?P<holiday>"
         + alternation(sorted(FIXED_HOLIDAYS, key=len, reverse=True)) + r")(?:['’]s)?(?:,?\s+(?P<y>\d{4}))?\b",
         r"christmas|boxing day|new year|valentine|halloween")
def _holiday(m, pub, ref, s):
    """"on Christmas Day", "the day before Christmas", "New Year's Eve 2007": a holiday of a fixed date, the
    nearest one in the direction the sentence looks."""
    if m["holiday"][0].islower():
        return None                                  # "christmas" in lower case is no name of the day
    month, day = FIXED_HOLIDAYS[m["holiday"].lower()]
    prep = (m["prep"] or "").lower() if not m["rel"] else ""
    year = int(m["y"]) if m["y"] else _nearest_year(month, day, pub, dm.day_direction(prep or None, s, m.start()))
    found = dt.date(year, month, day)
    if m["rel"]:
        found += dt.timedelta(days=-1 if m["rel"].lower().endswith("before") else 1)
    return dict(value=dm.day(found), role=dm.role(prep))


@dm.rule(r"(?:(?P<prep>in|since|until|till|by|during|from|of|early|late|mid-?)\s+)?" + MON
         + r",?\s+(?:of\s+)?(?P<y>\d{4})\b", MONTH_WORD)
def _month_year_rule(m, pub, ref, s):
    prep = (m["prep"] or "").lower()
    return dict(value=dm.month(int(m["y"]), MONTHS[m["mon"].lower().rstrip(".")]), role=dm.role(prep),
                approximate=prep in ("early", "late", "mid", "mid-"))


@dm.rule(r"(?:(?P<prep>in|since|until|till|by|during|from|early|late|mid-?)\s+)?" + MON
         + r",?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b", MONTH_WORD)
def _month_of_a_year_near(m, pub, ref, s):
    """"In February last year", "in August of next year": that month of the year before or after publication."""
    if m["mon"][0].islower():
        return None
    prep = (m["prep"] or "").lower()
    year = pub.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return dict(value=dm.month(year, MONTHS[m["mon"].lower().rstrip(".")]), role=dm.role(prep),
                approximate=prep in ("early", "late", "mid", "mid-"))


@dm.rule(r"\b(?:(?P<prep>in|since|until|till|by|during|from|early|late|mid-?|last|next|this|the)\s+)" + MON + r"\b"
         r"|\b(?P<bare>" + alternation(n.capitalize() for n in MONTH_NAMES if n != "may") + r")\b", MONTH_WORD)
def _month_only(m, pub, ref, s):
    name = (m["mon"] or m["bare"]).lower().rstrip(".")
    if not m["mon"] and (len(name) <= 3 or not m["bare"][0].isupper()):
        return None                                   # "a planned march": a month only with its capital
    if m["mon"] and m["mon"][0].islower():
        return None                                   # "may", "march" as ordinary words
    if (m["bare"] or (m["prep"] or "").lower() == "the") and \
            (POSSESSED.search(s, 0, m.start()) or NAMED_MARCH.match(s, m.end())):
        return None                                   # "the Women's March", "the March on Washington": a march's name
    prep = (m["prep"] or "").lower()
    month = MONTHS[name]
    direction = {"last": "last", "next": "next"}.get(prep) or dm.direction(prep, s, m.start())
    return dict(value=dm.month(dm.month_year(pub, month, direction), month), role=dm.role(prep),
                approximate=prep in ("early", "late", "mid", "mid-"))


# A capitalised month word that names a thing: owned ("the Women's March", "Women’s March") or a march going somewhere
# ("the March on Washington", "the March for Our Lives").
POSSESSED = re.compile(r"\b(?!(?:year|years|month|week)['’])[A-Za-z]+['’]s?\s+$", re.I)
NAMED_MARCH = re.compile(r"\s+(?:on|for|against)\s+(?:the\s+)?[A-Z]")


# Words a number after which names a thing, not a year: "Flight 1907", "Resolution 1973", "Route 1960" (written with
# a capital but for a flight, resolution or route: "the bill 2019 reforms"); or a catalogue number in brackets before
# it: the asteroid "(29075) 1950 DA".
NUMBERED = re.compile(r"\b(?:(?i:flight|resolution|route)|" + "|".join(w.capitalize() for w in NUMBERED_THINGS)
                      + r")\s+(?:No\.?\s*)?$|\(\d{5,}\)\s+$")
# A year that sets a baseline to compare with dates nothing: "exceeded 10% of 2000 levels", "cut emissions to 1990
# levels".
BASELINE = re.compile(r"\s+(?:levels?|baselines?)\b", re.I)


@dm.rule(r"\b(?:(?P<prep>in|since|until|till|by|during|from|of|early|late|mid-?)\s+)?(?:the\s+)?"
         r"(?<![\d,.$£€])(?P<y>1[89]\d\d|20\d\d)(?P<s>s)?\b(?![%]|[.,]\d)", r"\d{4}")
def _year(m, pub, ref, s):
    if COUNT_NOUNS.match(s, m.end()) or CLOCK_TIME.match(s, m.start("y")) or BASELINE.match(s, m.end()):
        return None
    if NUMBERED.search(s, max(0, m.start("y") - 20), m.start("y")):
        return None                     # "Flight 1907", "Resolution 1973", "asteroid (29075) 1950 DA": names
    year = int(m["y"])
    if year > pub.year + 10:
        return None
    prep = (m["prep"] or "").lower()
    if m["s"]:
        # "the late 1990s": a year in the part of the decade named (the decade's first year when none is)
        part = {"early": 2, "mid": 5, "mid-": 5, "late": 8}.get(prep, 0) if year % 10 == 0 else 0
        return dict(value=str(year + part), approximate=True, role=dm.role(prep))
    return dict(value=str(year), role=dm.role(prep), approximate=prep in ("early", "late", "mid", "mid-"))


@dm.rule(r"\b(?:the\s+)?(?P<pos>end|beginning|start|middle)\s+of\s+" + MON + r"(?:,?\s+(?P<y>\d{4}))?\b", MONTH_WORD)
def _part_of_month(m, pub, ref, s):
    month = MONTHS[m["mon"].lower().rstrip(".")]
    year = int(m["y"]) if m["y"] else dm.month_year(pub, month, dm.direction(None, s, m.start()))
    day = {"end": calendar.monthrange(year, month)[1], "middle": 15}.get(m["pos"].lower(), 1)
    return dict(value=dm.day(dt.date(year, month, day)), approximate=True)
