"""Find date and time expressions in a sentence and resolve them against the publication date.

A small grammar of newsroom English, written as data tables and one regular expression per
phrase shape. Nothing here looks at today's date: every relative expression is anchored to the
article's publication day (or to a reference day the caller passes, for "the next day").
"""
from __future__ import annotations

import calendar
from collections.abc import Callable
import datetime as dt
import re
from dataclasses import dataclass, replace

from builder.extract import caseless

WEEKDAYS = {name: i for i, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
MONTHS = {name: i for i, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12})
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a few": 3, "few": 3, "several": 3, "some": 3, "a couple of": 2, "couple of": 2, "many": 3,
    "a dozen": 12, "dozen": 12,
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10}
UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365, "decade": 3650}
# "for weeks" with no number: how many units a reader takes it to mean.
VAGUE_COUNT = 2
# Words before a weekday or month that point forward in time.
FUTURE_CUES = re.compile(r"\b(?:will|would|shall|'ll|is due|are due|due to|scheduled|set to|plans? to|planned|"
                         r"expected to|slated|upcoming|is to|are to|is going to|are going to|hearing|set for|"
                         r"set \w+ (?:\w+ )?for)\b", re.I)
# A superlative just before "since ...": "the first flood warning in the county since 2007" compares with the
# past; it is not the start of a span. Not "at least 2,300 killed since", nor "His first wife has been in
# prison since 2019" (a verb between: the span is the prison term).
COMPARISON = re.compile(r"\b(?:first|worst|deadliest|bloodiest|highest|lowest|largest|biggest|heaviest|strongest|"
                        r"longest|(?:the|its|their)\s+most\s+\w+|the\s+fewest)"
                        r"(?:\s+(?!(?:is|are|was|were|has|have|had|been|be)\b)[\w'’-]+(?<!ed)){0,6}\s*$", re.I)
# Years this close to a following noun are counts, not years ("2000 people").
COUNT_NOUNS = re.compile(r"\s+(?:people|persons|men|women|children|troops|soldiers|civilians|refugees|"
                         r"migrants|families|homes|houses|households|dollars|euros|pounds|km|kilometres|"
                         r"kilometers|miles|metres|meters|tonnes|tons|votes|cases|deaths|dead|casualties|"
                         r"fighters|police|officers|workers|students|hectares|acres)\b", re.I)

WD = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
MON = (r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november|december|"
       r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?")
NUM = (r"(?P<num>\d+|a couple of|couple of|a few|a dozen|few|several|some|many|an?|one|two|three|four|five|"
       r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
       r"nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)")
UNIT = r"(?P<unit>hour|day|week|month|year|decade)s?"
APPROX = r"(?P<approx>more than|less than|fewer than|over|about|around|nearly|almost|roughly|some|just|only|at least|up to)?\s*"
PREP = r"(?:(?P<prep>on|in|since|until|till|by|before|after|from|during|of|last|next|this|early|late|mid-?)\s+)?"
PART = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"


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


# --- resolving helpers -------------------------------------------------------------------------

def _day(d: dt.date) -> str:
    return d.isoformat()


def _month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_months(d: dt.date, months: int) -> dt.date:
    total = d.year * 12 + (d.month - 1) + months
    year, month = divmod(total, 12)
    return dt.date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def _count(word: str | None) -> int:
    if not word:
        return VAGUE_COUNT
    word = word.lower()
    return int(word) if word.isdigit() else NUMBERS.get(word, VAGUE_COUNT)


def _weekday(pub: dt.date, wd: int, direction: str) -> dt.date:
    """The weekday nearest the publication day: the most recent one (today included) unless looking ahead."""
    if direction == "future":
        return pub + dt.timedelta(days=(wd - pub.weekday()) % 7)
    if direction == "next":
        return pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7)
    if direction == "last":
        return pub - dt.timedelta(days=(pub.weekday() - wd) % 7 or 7)
    return pub - dt.timedelta(days=(pub.weekday() - wd) % 7)


def _month_year(pub: dt.date, month: int, direction: str) -> int:
    if direction in ("future", "next"):
        return pub.year if month >= pub.month + (direction == "next") else pub.year + 1
    if direction == "last":
        return pub.year if month < pub.month else pub.year - 1
    return pub.year if month <= pub.month else pub.year - 1


def _offset(ref: dt.date, n: int, unit: str, sign: int) -> tuple[str, bool]:
    """ref moved by n units, at the precision the unit warrants."""
    if unit == "year" or unit == "decade":
        years = n * (10 if unit == "decade" else 1)
        return str(ref.year + sign * years), False
    if unit == "month":
        return _month(*_shift_months(ref, sign * n).timetuple()[:2]), False
    days = n * UNIT_DAYS[unit]
    return _day(ref + dt.timedelta(days=sign * days if unit != "hour" else sign * round(days))), True


def _direction(prep: str | None, sentence: str, start: int) -> str:
    prep = (prep or "").lower()
    if prep in ("next", "until", "till", "by"):
        return "next" if prep == "next" else "future"
    if prep == "last":
        return "last"
    return "future" if FUTURE_CUES.search(_clause_before(sentence, start)) else "past"


def _clause_before(sentence: str, start: int, reach: int = 80) -> str:
    """The words of the same clause before `start`: tense cues further away belong to another clause."""
    before = sentence[max(0, start - reach):start]
    cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
    return before[cut + 1:] if cut >= 0 else before


def _role(prep: str | None) -> str:
    prep = (prep or "").lower()
    if prep == "since":
        return "since"
    if prep in ("until", "till", "by"):
        return "until"
    return "point"


def _time_of(part: str | None) -> str | None:
    return part.lower() if part else None


# --- the grammar --------------------------------------------------------------------------------

RULES: list[tuple[re.Pattern, Callable[..., dict | None], re.Pattern]] = []


MONTH_WORD = (r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
WEEKDAY_WORD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
UNIT_WORD = r"(?:hour|day|week|month|year|decade)"


def rule(pattern: str, needs: str):
    """Register a phrase shape; `needs` is a cheap test a sentence must pass before the full pattern runs
    (most sentences name no date, and the full patterns are costly to try at every position)."""
    def register(fn):
        needed = caseless.for_lowercased(needs)      # tried on the lowercased sentence
        assert needed is not None, f"write {needs!r} in lowercase"
        RULES.append((re.compile(pattern, re.I), fn, needed))
        return fn
    return register


@rule(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b", r"\d{4}-")
def _iso(m, pub, ref, s):
    try:
        return dict(value=_day(dt.date(int(m["y"]), int(m["m"]), int(m["d"]))))
    except ValueError:
        return None


@rule(PREP + r"(?:" + WD + r",?\s+)?(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MON
      + r"(?:,?\s+(?P<y>\d{4}))?\b", MONTH_WORD)
@rule(PREP + r"(?:" + WD + r",?\s+)?" + MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d|,\d)(?:,?\s+(?P<y>\d{4}))?\b", MONTH_WORD)
def _day_month(m, pub, ref, s):
    month, day = MONTHS[m["mon"].lower().rstrip(".")], int(m["d"])
    if m["y"]:
        year = int(m["y"])
    else:
        # The nearest such day in the direction the sentence looks: past events before publication, plans after.
        direction = _direction(m["prep"], s, m.start())
        year = pub.year
        if direction in ("future", "next") and (month, day) < (pub.month, pub.day):
            year += 1
        elif direction in ("past", "last") and (month, day) > (pub.month, pub.day):
            year -= 1
    try:
        return dict(value=_day(dt.date(year, month, day)), role=_role(m["prep"]))
    except ValueError:
        return None


@rule(r"(?:(?P<prep>in|since|until|till|by|during|from|of|early|late|mid-?)\s+)?" + MON
      + r",?\s+(?:of\s+)?(?P<y>\d{4})\b", MONTH_WORD)
def _month_year_rule(m, pub, ref, s):
    prep = (m["prep"] or "").lower()
    return dict(value=_month(int(m["y"]), MONTHS[m["mon"].lower().rstrip(".")]), role=_role(prep),
                approximate=prep in ("early", "late", "mid", "mid-"))


@rule(r"\b(?:(?P<prep>in|since|until|till|by|during|from|early|late|mid-?|last|next|this|the)\s+)" + MON + r"\b"
      r"|\b(?P<bare>January|February|March|April|June|July|August|September|October|November|December)\b", MONTH_WORD)
def _month_only(m, pub, ref, s):
    name = (m["mon"] or m["bare"]).lower().rstrip(".")
    if len(name) <= 3 and not m["mon"]:
        return None
    if m["mon"] and m["mon"][0].islower():
        return None                                   # "may", "march" as ordinary words
    prep = (m["prep"] or "").lower()
    month = MONTHS[name]
    direction = {"last": "last", "next": "next"}.get(prep) or _direction(prep, s, m.start())
    return dict(value=_month(_month_year(pub, month, direction), month), role=_role(prep),
                approximate=prep in ("early", "late", "mid", "mid-"))


@rule(r"\b(?:(?P<prep>in|since|until|till|by|during|from|of|early|late|mid-?)\s+)?(?:the\s+)?"
      r"(?<![\d,.$£€])(?P<y>1[89]\d\d|20\d\d)(?P<s>s)?\b(?![%]|[.,]\d)", r"\d{4}")
def _year(m, pub, ref, s):
    if COUNT_NOUNS.match(s, m.end()):
        return None
    year = int(m["y"])
    if year > pub.year + 10:
        return None
    prep = (m["prep"] or "").lower()
    if m["s"]:
        return dict(value=str(year), approximate=True, role=_role(prep))
    return dict(value=str(year), role=_role(prep), approximate=prep in ("early", "late", "mid", "mid-"))


@rule(r"\b(?:in\s+)?the\s+early\s+hours\s+of\s+(?:this\s+morning|today)\b"
      r"|\b(?:early|earlier|late|later)\s+(?:this\s+(?P<part>morning|afternoon|evening)|today)\b"
      r"|\bthis\s+(?P<part2>morning|afternoon|evening)\b|\b(?P<tonight>tonight)\b|\b(?P<today>today)\b", r"today|tonight|morning|afternoon|evening|early hours")
def _today(m, pub, ref, s):
    text = m.group().lower()
    time = "early hours" if "early hours" in text else (
        ("early " if text.startswith("early") else "") + (m["part"] or m["part2"] or "")).strip() or None
    if m["tonight"]:
        time = "night"
    return dict(value=_day(pub), time=time)


@rule(r"\b(?P<dby>the\s+day\s+before\s+yesterday)\b|\byesterday" + PART + r"\b|\blast\s+night\b", r"yesterday|last night")
def _yesterday(m, pub, ref, s):
    days = 2 if m["dby"] else 1
    time = "night" if m.group().lower().startswith("last") else _time_of(m["part"])
    return dict(value=_day(pub - dt.timedelta(days=days)), time=time)


@rule(r"\btomorrow" + PART + r"\b", r"tomorrow")
def _tomorrow(m, pub, ref, s):
    return dict(value=_day(pub + dt.timedelta(days=1)), time=_time_of(m["part"]))


@rule(r"\b(?:(?P<prep>until|till|by|before|since|from|on)\s+)?(?:the\s+)?early\s+hours\s+of\s+(?:(?P<prep2>last|next|this)\s+)?" + WD + r"\b", r"early hours")
def _early_hours_of(m, pub, ref, s):
    prep = m["prep2"] or m["prep"]
    return dict(value=_day(_weekday(pub, WEEKDAYS[m["wd"].lower()], _direction(prep, s, m.start()))),
                time="early hours", role=_role(m["prep"]))


@rule(r"\b(?:the\s+)?(?P<pos>end|beginning|start|middle)\s+of\s+" + MON + r"(?:,?\s+(?P<y>\d{4}))?\b", MONTH_WORD)
def _part_of_month(m, pub, ref, s):
    month = MONTHS[m["mon"].lower().rstrip(".")]
    year = int(m["y"]) if m["y"] else _month_year(pub, month, _direction(None, s, m.start()))
    day = {"end": calendar.monthrange(year, month)[1], "middle": 15}.get(m["pos"].lower(), 1)
    return dict(value=_day(dt.date(year, month, day)), approximate=True)


# "must leave by 6 p.m. (1500 GMT) on Sunday", "until noon on Wednesday": a deadline with its hour before the day.
# Not "before dawn on Tuesday" (narrative), "By midnight on Sunday, 20 had died" (a clause's opening), "rose by
# 12 on Sunday" (a number, not an hour), nor "the curfew lasted until 6 a.m. on Sunday" (a span that ended).
DEADLINE_HOUR = re.compile(r"[^,;:\s]\s+(?:by|until|till|no\s+later\s+than)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*"
                           r"[ap]\.?m\b\.?|\d{1,2}[:.]\d{2}|noon|midday|midnight)\s*(?:\([^()]{0,30}\)\s*)?$", re.I)
DURATIVE = re.compile(r"\b(?:lasted|continued|ran|remained|stayed|persisted|went\s+on|carried\s+on|kept)\b", re.I)


@rule(PREP + WD + r"(?:['’]s)?" + PART + r"\b", WEEKDAY_WORD)
def _weekday_rule(m, pub, ref, s):
    if m["wd"][0].islower():
        return None
    prep = m["prep"]
    if (prep or "on").lower() == "on" and DEADLINE_HOUR.search(s, max(0, m.start() - 40), m.start()) \
            and not DURATIVE.search(_clause_before(s, m.start())):
        prep = "until"
    return dict(value=_day(_weekday(pub, WEEKDAYS[m["wd"].lower()], _direction(prep, s, m.start()))),
                time=_time_of(m["part"]), role=_role(prep))


@rule(r"\b(?P<rel>last|past|this|next|coming|earlier\s+this|later\s+this|earlier\s+last)\s+(?P<unit>week|weekend|month|year)\b", r"week|month|year")
def _this_last_next(m, pub, ref, s):
    rel, unit = m["rel"].lower().split()[-1], m["unit"].lower()
    sign = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[rel]
    if unit == "year":
        return dict(value=str(pub.year + sign), approximate=sign == 0)
    if unit == "month":
        return dict(value=_month(*_shift_months(pub, sign).timetuple()[:2]), approximate=sign == 0)
    if unit == "weekend":
        saturday = _weekday(pub, 5, "last" if sign < 0 else "next" if sign > 0 else "past")
        return dict(value=_day(saturday), approximate=True)
    return dict(value=_day(pub + dt.timedelta(days=7 * sign)), approximate=True)


@rule(APPROX + NUM + r"\s+" + UNIT + r"\s+ago\b", r"\bago\b")
def _ago(m, pub, ref, s):
    value, _ = _offset(pub, _count(m["num"]), m["unit"].lower(), -1)
    return dict(value=value, approximate=True)


@rule(r"\b(?P<within>within|in|after)\s+(?:the\s+next\s+)?(?:" + NUM + r"\s+)" + UNIT + r"\b"
      r"|\b(?P<give>giv(?:e|es|en|ing)|gave|granted|allowed)\s+(?:\w+\s+){0,3}?" + NUM.replace("num", "num2")
      + r"\s+" + UNIT.replace("unit", "unit2") + r"\b"
      r"|\b" + NUM.replace("num", "num3") + r"[- ]" + UNIT.replace("unit", "unit3") + r"\s+(?:ultimatum|deadline)\b"
      r"|\b(?:has|have)\s+(?:only\s+|just\s+)?(?!(?:an?|some|many|several|few|a\s+few)\s)"
      + NUM.replace("num", "num4") + r"\s+"
      + UNIT.replace("unit", "unit4") + r"(?=\s+(?:left\s+)?to\s+(?!date\b))", UNIT_WORD)
def _within(m, pub, ref, s):
    num = m["num"] or m["num2"] or m["num3"] or m["num4"]
    unit = (m["unit"] or m["unit2"] or m["unit3"] or m["unit4"]).lower()
    if m["within"] and m["within"].lower() in ("in", "after") and not FUTURE_CUES.search(_clause_before(s, m.start())):
        return None                                   # "in two days of fighting" is not a deadline
    n = _count(num)
    anchor = ref or pub
    value, _ = _offset(anchor, n, unit, +1)
    return dict(value=value, approximate=True, role="until")


@rule(r"\bfor\s+(?:the\s+(?:past|last)\s+)?" + r"(?:(?P<num>\d+|two|three|four|five|six|seven|eight|nine|ten|"
      r"several|many|a\s+few|a\s+couple\s+of)\s+)?" + r"(?P<unit>day|week|month|year|decade)s\b", r"\bfor\b")
def _for_duration(m, pub, ref, s):
    if m["num"] and not re.search(r"\b(?:has|have|had)\s+(?:\w+\s+)?been\b|\bfor\s+the\s+(?:past|last)\b",
                                  s[max(0, m.start() - 60):m.end()], re.I):
        return None                                   # "banned for 12 years" is a term, not a date
    value, _ = _offset(pub, _count(m["num"]), m["unit"].lower(), -1)
    unit = m["unit"].lower()
    if unit in ("week", "day") and not m["num"]:
        value = value[:7]                                 # "for weeks": sometime this month or last
    return dict(value=value, approximate=True, role="duration", end_value=_day(pub))


@rule(r"\bsince\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:invasion|war|conflict|fighting|crisis|siege|offensive|"
      r"occupation|uprising|revolution|outbreak|start|beginning|pandemic|election|coup|attack|ceasefire|truce)"
      r"(?:\s+(?:began|started|broke out|erupted|of\s+the\s+\w+))?\b", r"\bsince\b")
def _since_event(m, pub, ref, s):
    inner = re.search(MON + r"|\b(?P<y>1[89]\d\d|20\d\d)\b", m.group(), re.I)
    if inner and inner["y"]:
        return dict(value=inner["y"], approximate=True, role="since", end_value=_day(pub))
    if inner and inner["mon"][0].isupper():
        month = MONTHS[inner["mon"].lower().rstrip(".")]
        return dict(value=_month(_month_year(pub, month, "past"), month), approximate=True, role="since",
                    end_value=_day(pub))
    return dict(value="", approximate=True, role="since", end_value=_day(pub))


@rule(r"\b(?:recently|in\s+recent\s+(?:days|weeks|months)|lately|of\s+late)\b", r"recent|lately|of late")
def _recently(m, pub, ref, s):
    return dict(value=_month(pub.year, pub.month), approximate=True)


@rule(r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
      r"\s+(?:straight\s+|consecutive\s+|successive\s+)?day\s+of\b", r"\bday\s+of\b")
def _nth_day(m, pub, ref, s):
    word = m["ord"].lower()
    n = ORDINALS.get(word) or int(re.match(r"\d+", word).group())
    anchor = ref or pub
    return dict(value=_day(anchor - dt.timedelta(days=n - 1)), approximate=ref is None, role="offset")


@rule(APPROX + NUM + r"\s+" + UNIT + r"\s+(?P<rel>before|after|earlier|later)\b", r"before|after|earlier|later")
def _relative_offset(m, pub, ref, s):
    rel = m["rel"].lower()
    sign = +1 if rel in ("before",) else -1 if rel == "after" else 0
    if sign == 0:
        return None
    value, _ = _offset(ref or pub, _count(m["num"]), m["unit"].lower(), sign)
    if value > pub.isoformat()[:len(value)] and re.search(r"\b\w+ed\b|\b(?:was|were|had)\b", _clause_before(s, m.start())):
        return None                                   # "attacked the base two days before the vote": not after today
    return dict(value=value, approximate=True, role="offset")


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
    for pattern, fn, needs in RULES:
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
        if fn in RELATIVE and kept and kept[-1].role == "point" and kept[-1].value:
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


RELATIVE = (_within, _nth_day, _relative_offset)


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
