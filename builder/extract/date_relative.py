"""Phrase rules for dates counted from the publication day (or from a day the sentence has just named):
"yesterday", "on Sunday", "last week", "two years ago", "within 48 hours", "for weeks", "since the war began",
"the third day of", "two days before".
"""
from __future__ import annotations

import datetime as dt
import re

from builder.extract import date_math as dm
from builder.extract.lexicon import SPEECH_VERBS
from builder.extract.tense import PAST_TENSE
from builder.extract.date_words import (APPROX, FUTURE_CUES, MON, MONTH, MONTHS, NUM, ORDINALS, PART, PLURAL_COUNTS,
                                        PREP, UNIT, UNIT_DAYS, UNIT_WORD, WD, WEEKDAY_PAPER, WEEKDAY_WORD, WEEKDAYS,
                                        alternation)


@dm.rule(r"\b(?:in\s+)?the\s+early\s+hours\s+of\s+(?:this\s+morning|today)\b"
         r"|\b(?:early|earlier|late|later)\s+(?:this\s+(?P<part>morning|afternoon|evening)|today)\b"
         r"|\bthis\s+(?P<part2>morning|afternoon|evening)\b|\b(?P<tonight>tonight)\b|\b(?P<today>today)\b", r"today|tonight|morning|afternoon|evening|early hours")
def _today(m, pub, ref, s):
    text = m.group().lower()
    time = "early hours" if "early hours" in text else (
        ("early " if text.startswith("early") else "") + (m["part"] or m["part2"] or "")).strip() or None
    if m["tonight"]:
        time = "night"
    return dict(value=dm.day(pub), time=time)


@dm.rule(r"\b(?P<dby>the\s+day\s+before\s+yesterday)\b|\b(?:(?:early|late)\s+)?yesterday" + PART + r"\b|\blast\s+night\b",
         r"yesterday|last night")
def _yesterday(m, pub, ref, s):
    days = 2 if m["dby"] else 1
    time = "night" if m.group().lower().startswith("last") else dm.time_of(m["part"])
    return dict(value=dm.day(pub - dt.timedelta(days=days)), time=time)


@dm.rule(r"\btomorrow" + PART + r"\b", r"tomorrow")
def _tomorrow(m, pub, ref, s):
    return dict(value=dm.day(pub + dt.timedelta(days=1)), time=dm.time_of(m["part"]))


@dm.rule(r"\b(?:(?P<prep>until|till|by|before|since|from|on)\s+)?(?:the\s+)?early\s+hours\s+of\s+(?:(?P<prep2>last|next|this)\s+)?" + WD + r"\b", r"early hours")
def _early_hours_of(m, pub, ref, s):
    prep = m["prep2"] or m["prep"]
    return dict(value=dm.day(dm.weekday(pub, WEEKDAYS[m["wd"].lower()], dm.direction(prep, s, m.start()))),
                time="early hours", role=dm.role(m["prep"]))


# "must leave by 6 p.m. (1500 GMT) on Sunday", "until noon on Wednesday": a deadline with its hour before the day.
# Not "before dawn on Tuesday" (narrative), "By midnight on Sunday, 20 had died" (a clause's opening), "rose by
# 12 on Sunday" (a number, not an hour), nor "the curfew lasted until 6 a.m. on Sunday" (a span that ended).
DEADLINE_HOUR = re.compile(r"[^,;:\s]\s+(?:by|until|till|no\s+later\s+than)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*"
                           r"[ap]\.?m\b\.?|\d{1,2}[:.]\d{2}|noon|midday|midnight)\s*(?:\([^()]{0,30}\)\s*)?$", re.I)
DURATIVE = re.compile(r"\b(?:lasted|continued|ran|remained|stayed|persisted|went\s+on|carried\s+on|kept)\b", re.I)


@dm.rule(PREP + WD + r"(?:['’]s)?" + PART + r"\b", WEEKDAY_WORD)
def _weekday_rule(m, pub, ref, s):
    if m["wd"][0].islower() or any(n.start() <= m.start("wd") < n.end() for n in WEEKDAY_PAPER.finditer(s)):
        return None                     # "the Sunday Times reported", "the Mail on Sunday said": no day
    prep = m["prep"]
    if (prep or "on").lower() == "on" and DEADLINE_HOUR.search(s, max(0, m.start() - 40), m.start()) \
            and not DURATIVE.search(dm.clause_before(s, m.start())):
        prep = "until"
    way = dm.direction(prep, s, m.start())
    if not prep and way == "past" and DAY_AS_SUBJECT.match(s, m.end()) and _opens_a_clause(s[:m.start()]):
        way = "future"                  # "said Monday will see cranes attempt to move debris": the day is to come
    return dict(value=dm.day(dm.weekday(pub, WEEKDAYS[m["wd"].lower()], way)),
                time=dm.time_of(m["part"]), role=dm.role(prep))


# A weekday that is the subject of a future verb: "Monday will see ...", "Tuesday is expected to bring ...".
DAY_AS_SUBJECT = re.compile(r"\s+(?:will|is\s+(?:expected|set|due|going)\s+to)\b", re.I)
# Where a subject can stand: a clause's opening ("Thursday will begin ...", "..., and Friday will ...").
CLAUSE_OPENING = re.compile(r"(?:^|[,;:\"“(]|\b(?:and|but|that))\s*$", re.I)


def _opens_a_clause(before: str) -> bool:
    """A weekday after this opens its clause, or the content of a saying ("said Monday will see ..."); after anything
    else it dates what comes before it ("the election held Sunday will be counted": Sunday's election, not the
    count's day)."""
    words = before.split()
    return bool(CLAUSE_OPENING.search(before)) or bool(words) and words[-1].lower() in SPEECH_VERBS


@dm.rule(r"\b(?P<rel>last|past|this|next|coming|earlier\s+this|later\s+this|earlier\s+last)\s+(?P<unit>week|weekend|month|year)\b", r"week|month|year")
def _this_last_next(m, pub, ref, s):
    rel, unit = m["rel"].lower().split()[-1], m["unit"].lower()
    sign = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[rel]
    if unit == "year":
        return dict(value=str(pub.year + sign), approximate=sign == 0)
    if unit == "month":
        return dict(value=dm.month(*dm.shift_months(pub, sign).timetuple()[:2]), approximate=sign == 0)
    if unit == "weekend":
        saturday = dm.weekday(pub, 5, "last" if sign < 0 else "next" if sign > 0 else "past")
        return dict(value=dm.day(saturday), approximate=True)
    earlier_or_later = m["rel"].lower().split()[0]
    if sign == 0 and earlier_or_later == "earlier":   # between Monday and yesterday: the day between them
        # (in a Monday paper no day of the week has gone by: the copy was written in the week just ended)
        written = pub - dt.timedelta(days=1) if pub.weekday() == 0 else pub
        return dict(value=dm.day(written - dt.timedelta(days=1 + written.weekday() // 2)), approximate=True)
    if sign == 0 and earlier_or_later == "later":     # between tomorrow and Sunday
        return dict(value=dm.day(pub + dt.timedelta(days=1 + (6 - pub.weekday() - 1) // 2)), approximate=True)
    return dict(value=dm.day(pub + dt.timedelta(days=7 * sign)), approximate=True)


@dm.rule(r"\b(?:over|during|at|on|through)\s+the\s+weekend\b(?!\s+of\b)", r"the weekend")
def _the_weekend(m, pub, ref, s):
    """"criticized North Korea over the weekend": the weekend just past (its Saturday, give or take a day), or the
    one ahead when the clause looks forward ("will meet at the weekend"). "The weekend of March 5" is March 5's."""
    ahead = dm.direction(None, s, m.start()) != "past"
    saturday = dm.weekday(pub, 5, "future" if ahead else "past")
    return dict(value=dm.day(saturday), approximate=True)


@dm.rule(r"\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:few|couple\s+of|several)\s+(?P<unit>day|week)s\b",
         r"the past|the last")
def _past_few(m, pub, ref, s):
    """"In the past few days, more debris was found", "100 have been killed in the past several days": days that run
    up to publication, dated the day before it, give or take; "in the past few weeks", the month they mostly fall in."""
    if m["unit"].lower() == "day":
        return dict(value=dm.day(pub - dt.timedelta(days=1)), approximate=True)
    back = pub - dt.timedelta(days=dm.VAGUE_COUNT * UNIT_DAYS["week"])
    return dict(value=dm.month(back.year, back.month), approximate=True)


@dm.rule(APPROX + NUM + r"\s+" + UNIT + r"\s+ago\b", r"\bago\b")
def _ago(m, pub, ref, s):
    value, _ = dm.offset(pub, dm.count(m["num"]), m["unit"].lower(), -1)
    return dict(value=value, approximate=True)


# A limit of hours, days or weeks counted from a day this long before publication would have run out before the
# news: it counts from the publication day instead.
STALE_DAYS = 7


@dm.rule(r"\b(?P<within>within|in|after)\s+(?:the\s+next\s+)?(?:" + NUM + r"\s+)(?:(?P<working>working|business)\s+)?"
         + UNIT + r"\b"
         r"|\b(?P<give>giv(?:e|es|en|ing)|gave|granted|allowed)\s+(?:\w+\s+){0,3}?" + NUM.replace("num", "num2")
         + r"\s+" + UNIT.replace("unit", "unit2") + r"\b"
         r"|\b" + NUM.replace("num", "num3") + r"[- ]" + UNIT.replace("unit", "unit3") + r"\s+(?:ultimatum|deadline)\b"
         r"|\b(?:has|have)\s+(?:only\s+|just\s+)?(?!(?:an?|some|many|several|few|a\s+few)\s)"
         + NUM.replace("num", "num4") + r"\s+"
         + UNIT.replace("unit", "unit4") + r"(?=\s+(?:left\s+)?to\s+(?!date\b))", UNIT_WORD)
def _within(m, pub, ref, s):
    num = m["num"] or m["num2"] or m["num3"] or m["num4"]
    unit = (m["unit"] or m["unit2"] or m["unit3"] or m["unit4"]).lower()
    if m["within"] and m["within"].lower() in ("in", "after") and not FUTURE_CUES.search(dm.clause_before(s, m.start())):
        return None                                   # "in two days of fighting" is not a deadline
    n = dm.count(num)
    if m["working"] and unit == "day":
        n = n * 7 // 5                                # twenty working days are four weeks
    anchor = dm.usable(ref, unit) or pub
    if unit in ("hour", "day", "week") and (pub - anchor).days > STALE_DAYS:
        anchor = pub            # "The broadcasts began on August 10 ... would respond within 48 hours": from now
    value, _ = dm.offset(anchor, n, unit, +1)
    return dict(value=value, approximate=True, role="until")


@dm.rule(r"\b(?:(?P<prep>by|before|until|till|at|from|in|toward|towards)\s+)?(?:the\s+)?(?:(?:end|close)\s+of\s+"
         r"(?:the\s+|(?P<rel>this|next|last)\s+)?(?P<unit>year|month|week)|(?P<unit2>year|month)[- ]end)\b",
         r"\bend\b|\bclose of")
def _end_of_period(m, pub, ref, s):
    """"by year end", "by the end of the month", "at the end of last year": the period's last day."""
    unit = (m["unit"] or m["unit2"]).lower()
    sign = {"next": 1, "last": -1}.get((m["rel"] or "").lower(), 0)
    if unit == "year":
        last = dt.date(pub.year + sign, 12, 31)
    elif unit == "month":
        first = dm.shift_months(pub.replace(day=1), sign + 1)
        last = first - dt.timedelta(days=1)
    else:                                   # the working week's: news ends a week on its Friday
        last = pub + dt.timedelta(days=4 - pub.weekday() + 7 * sign)
        if sign == 0 and last < pub and dm.direction(m["prep"], s, m.start()) != "past":
            last += dt.timedelta(days=7)    # a weekend paper's week to come ends on the coming Friday
    until = (m["prep"] or "").lower() in ("by", "before", "until", "till")
    return dict(value=dm.day(last), approximate=True, role="until" if until else "point")


@dm.rule(r"\bfor\s+(?:the\s+(?:past|last)\s+)?" + r"(?:(?P<num>\d+|" + alternation(PLURAL_COUNTS, loose_spaces=True)
            + r")\s+)?" + r"(?P<unit>day|week|month|year|decade)s\b(?!\s+of\b)", r"\bfor\b")
def _for_duration(m, pub, ref, s):
    """"under siege for weeks", "has been detained for two years": a span up to now (not "a life sentence for years of
    smuggling": what the years were of)."""
    if m["num"] and not re.search(r"\b(?:has|have|had)\s+(?:\w+\s+)?been\b|\bfor\s+the\s+(?:past|last)\b",
                                  s[max(0, m.start() - 60):m.end()], re.I):
        return None                                   # "banned for 12 years" is a term, not a date
    value, _ = dm.offset(pub, dm.count(m["num"]), m["unit"].lower(), -1)
    unit = m["unit"].lower()
    if unit in ("week", "day") and not m["num"]:
        value = value[:7]                                 # "for weeks": sometime this month or last
    return dict(value=value, approximate=True, role="duration", end_value=dm.day(pub))


@dm.rule(r"\bsince\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:invasion|war|conflict|fighting|crisis|siege|offensive|"
         r"occupation|uprising|revolution|outbreak|start|beginning|pandemic|election|coup|attack|ceasefire|truce)"
         r"(?:\s+(?:began|started|broke out|erupted|of\s+the\s+\w+))?\b", r"\bsince\b")
def _since_event(m, pub, ref, s):
    inner = re.search(MON + r"|\b(?P<y>1[89]\d\d|20\d\d)\b", m.group(), re.I)
    if inner and inner["y"]:
        return dict(value=inner["y"], approximate=True, role="since", end_value=dm.day(pub))
    if inner and inner["mon"][0].isupper():
        month = MONTHS[inner["mon"].lower().rstrip(".")]
        return dict(value=dm.month(dm.month_year(pub, month, "past"), month), approximate=True, role="since",
                    end_value=dm.day(pub))
    return dict(value="", approximate=True, role="since", end_value=dm.day(pub))


@dm.rule(r"\b(?:recently|in\s+recent\s+(?:days|weeks|months)|lately|of\s+late)\b", r"recent|lately|of late")
def _recently(m, pub, ref, s):
    return dict(value=dm.month(pub.year, pub.month), approximate=True)


@dm.rule(r"\b(?:the\s+|its\s+|their\s+)?(?P<ord>" + alternation(ORDINALS) + r"|\d+(?:st|nd|rd|th))"
         r"\s+(?:straight\s+|consecutive\s+|successive\s+)?day(?:\s+of\b|(?=\s*[.,;]|\s+(?:and|as|since)\b))",
         r"\bday\b")
def _nth_day(m, pub, ref, s):
    word = m["ord"].lower()
    n = ORDINALS.get(word) or int(re.match(r"\d+", word).group())
    anchor = dm.usable(ref) or pub
    if re.search(r"\bfor\s+(?:a\s+)?$", s[max(0, m.start() - 8):m.start()], re.I):
        # "took to the streets for a fourth straight day": the clause's happening is on the day counted to, not
        # the first; "the offensive reached its fifth day" names the happening that began n - 1 days before.
        return dict(value=dm.day(anchor))
    return dict(value=dm.day(anchor - dt.timedelta(days=n - 1)), approximate=dm.usable(ref) is None, role="offset")


@dm.rule(APPROX + NUM + r"\s+" + UNIT + r"\s+(?P<rel>before|after|earlier|later)\b", r"before|after|earlier|later")
def _relative_offset(m, pub, ref, s):
    rel, unit = m["rel"].lower(), m["unit"].lower()
    if rel in ("later", "earlier"):               # "Five years later": counted from the time just named
        ref = dm.reachable(ref, unit)
        if ref is None:
            return None
        value = dm.counted(ref, dm.count(m["num"]), unit, +1 if rel == "later" else -1)
        return dict(value=value, approximate=True)   # "2007; two days later": 2007
    sign = +1 if rel == "before" else -1
    value, _ = dm.offset(dm.usable(ref, unit) or pub, dm.count(m["num"]), unit, sign)
    if value > pub.isoformat()[:len(value)] and re.search(r"\b\w+ed\b|\b(?:was|were|had)\b", dm.clause_before(s, m.start())):
        return None                                   # "attacked the base two days before the vote": not after today
    return dict(value=value, approximate=True, role="offset")


@dm.rule(r"\b(?P<unit>day|week|month|year)s\s+(?P<rel>before|earlier|later|after)(?=\s*,)", r"s before|s earlier|s later|s after")
def _vague_offset(m, pub, ref, s):
    """"Days before, a campaign had been launched", "Weeks later, ...": a few units from the time just named."""
    ref = dm.reachable(ref, m["unit"].lower())
    if ref is None:
        return None
    sign = +1 if m["rel"].lower() in ("later", "after") else -1
    return dict(value=dm.counted(ref, dm.VAGUE_COUNT, m["unit"].lower(), sign), approximate=True)


@dm.rule(r"\b(?P<rel>later|earlier)\s+that\s+(?P<unit>day|morning|afternoon|evening|night|week|month|year)\b"
         r"|\b(?:on\s+)?the\s+(?P<rel2>same|following|next)\s+(?P<unit2>day|morning|week|month|year)\b"
         r"|\bthat\s+(?:(?P<unit3>day|morning|afternoon|evening|night|week|month|year)|(?P<mon>" + MONTH + r"))\b"
         r"|\b(?:on\s+)?the\s+(?P<rel3>previous|preceding)\s+(?P<unit4>day|morning|evening|night|week|month|year)\b"
         # "The day before, bombings injured 13": before or after the day just named; not "the day before the vote"
         r"|\bthe\s+(?P<unit5>day|night)\s+(?P<rel4>before|after)(?=\s*(?:[,.;:]|$|(?:and|when|but)\b))",
         r"\bthat (?:day|morning|afternoon|evening|night|week|month|year|[a-z]+ber|jan|feb|mar|apr|may|jun|jul|aug)"
         r"|the (?:same|following|next|previous|preceding) |the (?:day|night) (?:before|after)")
def _that_time(m, pub, ref, s):
    """"later that year", "the next day", "that November", "the day before": the time of the day the text has
    just named, or a step from it."""
    unit = (m["unit"] or m["unit2"] or m["unit3"] or m["unit4"] or m["unit5"] or "year").lower()
    counted = "year" if m["mon"] else "day" if unit in ("morning", "afternoon", "evening", "night") else unit
    rel = (m["rel2"] or m["rel3"] or m["rel4"] or "").lower()
    # A paragraph that opens "The following day, ..." steps on from the day the one before told, however far back
    # it was named: counted from the publication day, it would be a day that has not come.
    ref = dm.usable(ref, counted) or (dm.usable(dm.carried(ref, far=False), counted) if rel not in ("", "same") else None)
    anchor = ref or pub
    if m["mon"]:
        if m["mon"][0].islower():
            return None
        month = MONTHS[m["mon"].lower()]
        year = anchor.year if ref else dm.month_year(pub, month, "past")
        return dict(value=dm.month(year, month), approximate=ref is None)
    step = 1 if rel in ("following", "next", "after") else -1 if rel in ("previous", "preceding", "before") else 0
    if unit in ("day", "morning", "afternoon", "evening", "night"):
        time = None if unit == "day" else unit
        if anchor + dt.timedelta(days=step) > pub and PAST_TENSE.search(s[m.end():m.end() + 80]):
            return None     # "The following day, Trump responded": told in the past, so not after the publication day
        return dict(value=dm.day(anchor + dt.timedelta(days=step)), time=time, approximate=ref is None)
    if unit == "week":
        return dict(value=dm.day(anchor + dt.timedelta(days=7 * step)), approximate=True)
    if unit == "month":
        return dict(value=dm.month(*dm.shift_months(anchor, step).timetuple()[:2]), approximate=ref is None)
    return dict(value=str(anchor.year + step), approximate=ref is None)


@dm.rule(r"\bin\s+the\s+(?:\d{1,3}(?:st|nd|rd|th)|opening|closing|final|last)[- ]minutes?\b"
         r"|\b\d{1,3}(?:st|nd|rd|th)-minute\b|\bin\s+the\s+(?:first|second)\s+half\b"
         r"|\b(?:at|after|before|just\s+before)\s+half[- ]time\b"
         r"|\bin\s+(?:extra|stoppage|injury|added)\s+time\b|\bat\s+the\s+(?:one-hour|hour|half-hour)\s+mark\b",
         r"minute|half|extra time|stoppage time|injury time|added time| mark")
def _game_clock(m, pub, ref, s):
    """"In the 51st minute", "in the second half", "at the one-hour mark": a time on the clock of the match the text
    has just dated, on that match's day (a paragraph before is near enough)."""
    anchor = dm.reachable(ref, "day")
    if anchor is None or getattr(anchor, "precision", 10) < 10:
        return None
    return dict(value=dm.day(anchor))


# Rules that name a weekday: the publication day's own weekday is that day, unless the article says otherwise.
WEEKDAY_RULES = (_early_hours_of, _weekday_rule)
# Rules that count from a day: when the sentence has just named one ("in December 2013, two years after ..."),
# they count from it rather than from the publication day.
COUNTED_FROM_A_DAY = (_within, _nth_day, _relative_offset, _vague_offset, _that_time, _game_clock)
# Rules that give no date without a day to count from ("five years later"): they wait for one in the sentence.
NEEDS_A_DAY = (_relative_offset, _vague_offset, _that_time, _game_clock)
# "two days after the vote": the day of the vote, counted back from the event; an event of its own.
AFTER_A_HAPPENING = _relative_offset
