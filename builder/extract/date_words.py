"""The words of date expressions: weekdays, months, counts, units, each spelled once as data.

Every pattern that names a month or a weekday is built from these tables, so a spelling added here (a new
abbreviation, say) reaches every phrase shape at once.
"""
from __future__ import annotations

import re

from builder.extract.lexicon import WEEKDAY_PAPERS
from builder.extract.tense import PARTICIPLE

WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAYS = {name: i for i, name in enumerate(WEEKDAY_NAMES)}
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sept": 9, "sep": 9,
                       "oct": 10, "nov": 11, "dec": 12}
MONTHS = {name: i for i, name in enumerate(MONTH_NAMES, start=1)} | MONTH_ABBREVIATIONS
# Words that name a day or month by the calendar, never a person or a thing ("Friday's sentencing" is a date).
CALENDAR_WORDS = frozenset({*WEEKDAY_NAMES, *MONTH_NAMES, "today", "tomorrow", "yesterday", "tonight"})
# Month names that are also ordinary words: a month only when written with its capital ("may", "march").
MONTHS_ALSO_WORDS = frozenset({"may", "march"})
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a few": 3, "few": 3, "several": 3, "some": 3, "a couple of": 2, "couple of": 2, "many": 3,
    "a dozen": 12,
}
# Counts that can stand before a plural unit in "for N weeks" (not "for a week": a term, see date_relative).
PLURAL_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many",
                 "a few", "a couple of")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10}
UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365, "decade": 3650}
# "for weeks" with no number: how many units a reader takes it to mean.
VAGUE_COUNT = 2


def alternation(words, loose_spaces: bool = False) -> str:
    """A regular-expression alternation of `words`, longest first (so "sept" is tried before "sep"); with
    `loose_spaces`, a space in a word matches any run of whitespace."""
    escaped = (re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return "|".join(e.replace(r"\ ", r"\s+") if loose_spaces else e for e in escaped)


WEEKDAY = alternation(WEEKDAY_NAMES)
MONTH = alternation(MONTHS)
WD = rf"(?P<wd>{WEEKDAY})"
MON = rf"(?P<mon>{MONTH})\.?"
NUM = rf"(?P<num>\d+|{alternation(NUMBERS)})"
UNIT = rf"(?P<unit>{alternation(UNIT_DAYS)})s?"
APPROX = r"(?P<approx>more than|less than|fewer than|over|about|around|nearly|almost|roughly|some|just|only|at least|up to)?\s*"
PREP = r"(?:(?P<prep>on|in|since|until|till|by|before|after|from|during|of|last|next|this|early|late|mid-?)\s+)?"
PART = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"

# Cheap tests a sentence must pass before a phrase shape's full pattern is tried (see date_math.rule).
MONTH_WORD = r"\b(?:" + alternation({name[:3] for name in MONTH_NAMES}) + ")"
WEEKDAY_WORD = rf"(?:{WEEKDAY})"
UNIT_WORD = rf"(?:{alternation(UNIT_DAYS)})"

# Words before a weekday or month that point forward in time. Not "hearing": "told of the hearing until he
# phoned Wednesday evening" is past; "a hearing scheduled for Monday" has its cue in "scheduled".
FUTURE_CUES = re.compile(r"\b(?:will|shall|'ll|is due|are due|due to|scheduled|set to|plans? to|"
                         # "said talks would resume in June", "would have to leave by March", not "would have collapsed
                         # in February without the loan": a past that did not happen, as "could have died" is
                         r"would(?!\s+have\s+" + PARTICIPLE + r"\b)|"
                         # "the storm could make a second landfall on Wednesday" (not "could not attend on Monday",
                         # "could have died on Friday": a past that did not happen)
                         r"(?:could|may|might)(?!\s+(?:have|not|be)\b)(?=\s+[a-z]+)|"
                         # not "the rally had been planned on Friday": the planning, told in the past perfect
                         r"(?<!had been )(?<!has been )(?<!had )planned|"
                         # "a ruling expected on Wednesday": the clause before the date ends on "expected"
                         r"expected to|expected(?=\s*(?:on\s*)?$)|slated|upcoming|is to|are to|is going to|"
                         r"are going to|set for|"
                         # "released on bail, pending a court hearing on March 4": awaiting it
                         r"set \w+ (?:\w+ )?for|pending|"
                         # "has sent Rice to visit the country on Monday": sent now, to go later
                         r"(?:has|have) (?:sent|dispatched|invited|asked) (?:[\w.'’-]+ ){1,8}?to [a-z]+|"
                         # an intention stated: "pledged to remove all troops by the end of August", "agreed to meet
                         # again in February"
                         r"(?:agreed|agrees|pledged|pledges|promised|promises|vowed|vows|intends|aims|hopes|"
                         r"undertook) to [a-z]+)\b", re.I)
# A superlative just before "since ...": "the first flood warning in the county since 2007" compares with the
# past; it is not the start of a span. Not "at least 2,300 killed since", nor "His first wife has been in
# prison since 2019" (a verb between: the span is the prison term).
COMPARISON = re.compile(r"\b(?:first|worst|deadliest|bloodiest|highest|lowest|largest|biggest|heaviest|strongest|"
                        r"longest|(?:the|its|their)\s+most\s+\w+|the\s+fewest)"
                        r"(?:\s+(?!(?:is|are|was|were|has|have|had|been|be)\b)[\w'’-]+(?<!ed)){0,6}\s*$", re.I)
# Things numbered: a number after one is its name, never a year ("Flight 1907", "Resolution 1973").
NUMBERED_THINGS = ("flight", "route", "highway", "interstate", "resolution", "room", "bus", "train", "platform",
                   "gate", "apollo", "soyuz", "mission", "ward", "block", "bill", "proposition", "exit", "channel",
                   "item", "lot", "unit", "model", "version", "number")
# Years this close to a following noun are counts, not years ("2000 people").
COUNT_NOUNS = re.compile(r"\s+(?:people|persons|men|women|children|troops|soldiers|civilians|refugees|"
                         r"migrants|families|homes|houses|households|dollars|euros|pounds|km|kilometres|"
                         r"kilometers|miles|metres|meters|tonnes|tons|votes|cases|deaths|dead|casualties|"
                         r"fighters|police|officers|workers|students|hectares|acres)\b", re.I)

# Time zones news copy writes after a 24-hour time ("1900 GMT"). Named one by one: capitals ending in T are as
# often acronyms after a year ("2010 IT spending", "the 2012 ACT election").
TIME_ZONES = """UTC GMT BST IST CET CEST EET EEST WET WEST MSK EST EDT CST CDT MST MDT PST PDT AKST AKDT HST AEST AEDT
ACST ACDT AWST NZST NZDT JST KST HKT SGT PKT WIB""".split()
# A four-digit number that is a time of day: a time a clock can show (hours to 23, minutes to 59) with the clock or
# zone named after it: "until about 1900 Local Time", "at 1850 BST", "at 0600 hours". Matched from the number, so
# "1999 PST rates" (no clock shows 19:99) keeps its year.
CLOCK_TIME = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d\s*(?:(?i:local\s+time|hours|hrs)\b|(?:"
                        + "|".join(TIME_ZONES) + r")\b)")

# Holidays on the same day every year, by the words news copy names them with: (month, day). New Year's is also
# written without its apostrophe or with it after the s ("New Years' Day 2007").
_NEW_YEARS = {f"new year{mark} {day}": date for mark in ("'s", "’s", "s", "s'", "s’")
              for day, date in (("eve", (12, 31)), ("day", (1, 1)))}
FIXED_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
                  "boxing day": (12, 26), **_NEW_YEARS, "valentine's day": (2, 14),
                  "valentine’s day": (2, 14), "halloween": (10, 31)}


# A newspaper whose name holds a weekday: no day ("the Sunday Times reported", "the British newspaper Sunday
# Telegraph", "the Mail on Sunday said"); not after a word that makes the weekday a day ("On Sunday World leaders met",
# "voters in Scotland on Sunday", "by Sunday Independent candidates").
WEEKDAY_PAPER = re.compile("".join(rf"(?<!\b{w}\s)" for w in ("on", "On", "in", "In", "by", "By", "since", "Since",
                                                              "until", "Until", "last", "next", "this", "from", "of"))
                           + r"\b(?:" + "|".join(re.escape(name) for name in
                                                 sorted(WEEKDAY_PAPERS, key=len, reverse=True)) + r")\b")
