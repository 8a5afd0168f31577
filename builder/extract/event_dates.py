"""The date an event's own words give it, or the one it takes from the events around it."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from builder.extract.date_math import anchor, count, last_day, offset
from builder.extract.date_words import CALENDAR_WORDS, COUNT_NOUNS, NUMBERS, alternation
from builder.extract.categories import CHARGE, COURT_RULING, TIME_REFERENCE
from builder.extract.dates import DateMention, parse_day, possessive
from builder.extract.event_units import Unit
from builder.extract.lexicon import FEELING_PARTICIPLES
from builder.extract.clauses import conceded
from builder.extract.relatives import embedded
from builder.extract.speech_acts import main_saying
from builder.extract.tense import FINITE_VERB, IRREGULAR_PAST, PAST_TENSE, PRESENT_TENSE
from builder.extract.writing import strip_openers

# The story's own days: an undated past-tense sentence may take a date this close to publication, an undated lede
# the day a later sentence gives its happening, and a lede joins a later event only when it is this recent.
INHERIT_WITHIN_DAYS = 7

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
    """Relative clauses and appositions, and what a clause happens ahead of ("security forces are on alert ahead of
    a court ruling expected on Wednesday": the ruling is an event of its own)."""
    return [(m.start(), m.end()) for m in embedded(text)] + [(m.start(), m.end()) for m in AHEAD_OF.finditer(text)]


AHEAD_OF = re.compile(r"\bahead\s+of\b[^,;]*", re.I)


# A possessive date after one of these says which thing the object is about ("the crisis over December's elections",
# "ahead of next year's vote", "arrested in connection to Thursday's explosion"), not when the clause's verb
# happened: "killed in Friday's attack" keeps its Friday.
ABOUT_A_THING = re.compile(r"\b(?:over|about|of|for|against|towards?|ahead\s+of|after|following|before|since|"
                           r"in\s+connection\s+(?:with|to)|"
                           r"in\s+relation\s+to|(?:related|linked)\s+to)\s*$", re.I)
# ... and a year's too after these: "after last year's UEFA Euro tournament" (not "as part of 2008's Operation
# Centurion", which was in 2008); after "for", "before" or "until" only a year still to come ("failed to qualify for
# next year's World Cup"): "the stadium was built for 2010's World Cup" was built by then.
AFTER_A_THING = re.compile(r"\b(?:ahead\s+of|after|following|since)\s*$", re.I)
FOR_A_THING = re.compile(r"\b(?:for|before|until)\s*$", re.I)


def _names_another_thing(unit: Unit, m: DateMention, published: dt.date) -> bool:
    """A possessive date in the object, after the verb: "signed an agreement aimed at ending the crisis over
    December's elections" happened now, not in December."""
    before = unit.text[:max(m.start - unit.offset, 0)]
    lead = re.match(r"\W*((?:[a-z]+\s+)*)", m.text).group(1)      # "of Saturday's": the preposition is the mention's
    # a year still bounds the clause ("arrested ... as part of 2008's Operation Centurion" was in 2008)
    abouts = [ABOUT_A_THING] if len(m.value) > 4 else \
        [AFTER_A_THING] + ([FOR_A_THING] if m.value[:4] > published.isoformat()[:4] else [])
    return possessive(unit.sentence.text, m) and bool(FINITE_VERB.search(before)) and any(
        about.search(before) or about.search(before + " " + lead) for about in abouts)   # not "last" of "last week's"


COUNTED_FROM_ANOTHER = re.compile(r"\b(?:earlier|later)\b", re.I)


def restated(m: DateMention, mentions: list[DateMention], published: dt.date) -> bool:
    """Whether a count back is restated exactly right after it: "28 years ago in 1990" happened in 1990 (the count,
    made from the day of publication, may be a year off). Not by a day nearer the publication than the count: "a year
    ago on Sunday", "five years ago in March" tell an anniversary or a month of the year counted back to."""
    counted = anchor(m.value) if m.approximate and m.role == "point" else None
    return counted is not None and any(
        not o.approximate and o.role == "point" and 0 <= o.start - m.end <= 2 and (told := anchor(o.value)) is not None
        and abs((told - counted).days) < abs((published - told).days) for o in mentions)


# A saying is news when it is said: a year or a month still to come in it is what it is about ("MacDonncha said
# next year's contest should be boycotted"). A day still to come is kept: "said a vaccination campaign would begin
# on Monday" is most often the plan the article reports, dated on its day.
SAYINGS = frozenset({"statement", "rejection", "warning"})


def choose_when(unit: Unit, published: dt.date) -> When | None:
    """The date a unit's own words give its event: a date in its main clause before one in a relative clause."""
    inside = embedded_spans(unit.text)
    text = unit.sentence.text

    def opens(m: DateMention) -> bool:              # "..., four days after an election": that clause is the election
        return not unit.text[:max(m.start - unit.offset, 0)].strip(" ,;-–—")

    finer = {m.value[:4] for m in unit.mentions if len(m.value) > 4}
    # A day the text names in full ranks before a time counted vaguely from another: "Just a few weeks earlier, on
    # January 25, 2006, Hans Blix recommended ..." happened on January 25.
    exact = any(len(m.value) == 10 and not m.approximate and m.role == "point" for m in unit.mentions)
    ranked = sorted(unit.mentions, key=lambda m: (any(a <= m.start - unit.offset < b for a, b in inside),
                                                  possessive(text, m), m.role == "offset",
                                                  len(m.value) == 4 and m.value in finer,
                                                  exact and m.approximate and bool(COUNTED_FROM_ANOTHER.search(m.text)),
                                                  restated(m, unit.mentions, published)))
    # Not "N days after" ("two days after the vote" dates the vote) unless it opens the clause, nor a date saying which
    # thing ("the January 27 order"): neither is when this clause's event happened.
    # Nor a date in a relative clause or apposition ("the sieges, which began on Wednesday, ended"): that dates
    # what the clause tells (an aside event of its own), not this event.
    given_up_to = conceded(unit.text) if unit.offset == 0 else 0   # "Despite X dismissed Tuesday, Y on Thursday"
    points = [m for m in ranked if (m.role in ("point", "since", "duration") or m.role == "offset" and
                                    (opens(m) or not re.search(r"\bafter\b", m.text, re.I)))
              and not any(a <= m.start - unit.offset < b for a, b in inside) and m.start - unit.offset >= given_up_to
              and not _names_another_thing(unit, m, published)]
    if unit.saying:             # "said the port had been neglected for decades": a span in what was said
        points = [m for m in points if m.role not in ("since", "duration")]
    recent = [m for m in points if m.role == "point" and _this_week(m.value, published)]
    if points and points[0].role == "point" and len(points[0].value) < 10 and recent:
        points.insert(0, recent[0])       # "... in June, an audio message broadcast late yesterday": the news
    until = [m for m in ranked if m.role == "until"]
    if unit.category == "deadline" and (until or future_mentions(points, published)):
        m = (until or future_mentions(points, published))[0]
        return When(m.value, m.approximate, m.time, None, m.text, True)
    for m in points:
        if unit.category in SAYINGS and len(m.value) < 10 and future_mentions([m], published):
            continue        # "said next year's contest should be boycotted": said now, about next year
        if not m.value:
            return When("", True, m.time, m.end_value, m.text, True)
        if m.role == "since" and unit.category == "casualties" and \
                counts_up(unit.text, (m.start - unit.offset, m.end - unit.offset)):
            return When("", True, m.time, m.end_value, m.text, True)     # a toll counted up to now
        end = m.end_value if m.role in ("duration", "since") else None
        return When(m.value, m.approximate, m.time, end, m.text, True, m.role)
    until = [m for m in until if not (unit.speech and m.approximate)]   # "said ... before the end of the year":
    if until and unit.category not in ("ultimatum",):                    # the news is the saying, not the vague end
        m = until[0]
        return When(m.value, True, m.time, None, m.text, True)
    return None


def _without_spans(text: str, spans: list[re.Match]) -> str:
    for m in reversed(spans):
        text = text[:m.start()] + " " + text[m.end():]
    return text


def _this_week(value: str, published: dt.date) -> bool:
    day = parse_day(value)
    return day is not None and 0 <= (published - day).days <= 7


def aside_mentions(unit: Unit, when: When) -> list[DateMention]:
    """Dates in a relative clause ('who took up the post last month') naming a day other than the event's:
    what the clause tells happened then, and is news of its own."""
    inside = embedded_spans(unit.text)
    found = [m for m in unit.mentions if m.role == "point" and m.value and m.value != when.value
             and any(a <= m.start - unit.offset < b for a, b in inside)]
    if len(found) > 1 and found[0].approximate and not found[1].approximate \
            and found[1].value[:7] == found[0].value[:7]:
        found = found[1:]       # "which will launch at the end of the month on April 29": the day says which
    # A second date of the clause tells a second happening only after an "and": "arrested in 2019 and handed
    # over that November", not "governed from 2011 to 2014".
    return found[:1] + [m for m in found[1:2] if " and " in unit.sentence.text[found[0].end:m.start]
                        and m.value != found[0].value]


def named_happenings(unit: Unit, when: When, named: dict[str, str]) -> list[DateMention]:
    """Dates that name a happening in passing, on another day than the clause's and not told before with that day:
    "after the February 27 earthquake", "compared the blasts to the Bangkok New Year's Eve bombings". (Only a day: a
    month or a year names what many sentences of a story recall, "December's disputed elections".)"""
    return [m for m in unit.mentions if len(m.value) == 10 and m.value != when.value and m.start >= unit.offset
            and (m.role == "attributive" or possessive(unit.sentence.text, m))
            and any(named.get(kind) != m.value for *_, kind in _happening_after(unit, m))][:1]


def recalled_in_passing(unit: Unit, when: When, named: dict[str, str], published: dt.date) -> list[tuple[str, str]]:
    """(day, clause) of a relative clause that tells, in the past, of a happening the article dated before, named
    as known: "Sarkozy, who gained power in that election" (his 2007 election)."""
    for clause in embedded(unit.text):
        text = clause.group()
        if not re.match(r"\W*(?:who|which)\b", text, re.I) or not PAST_TENSE.search(text) or any(
                clause.start() <= m.start - unit.offset < clause.end() for m in unit.mentions):
            continue
        for start, _, kind in definite_happenings(text):
            value = _named_day(named, kind, published)
            # pointed back to ("that election", "at the time of the incident"), not just named ("killed in the attack")
            pointed = re.match(r"(?:that|this)\b", text[start:], re.I) or DURING.search(text, max(0, start - 24), start)
            if value and value != when.value and pointed:
                return [(value, text)]
    return []


def in_the_named_year(unit: Unit, when: When | None, named: dict[str, str]) -> When | None:
    """A day without its year that names a happening told before with one ("the 2006 fire", then "The February 3
    fire killed 1,034"): that happening's year, not the one nearest publication."""
    if when is None or not when.text or len(when.value) != 10 or re.search(r"\d{4}", when.text):
        return when
    m = next((m for m in unit.mentions if m.text == when.text), None)
    years = {named[kind] for *_, kind in _happening_after(unit, m)
             if len(named.get(kind, "")) == 4} if m else set()
    if len(years) != 1 or when.value.startswith(next(iter(years))):
        return when
    try:
        value = dt.date(int(next(iter(years))), int(when.value[5:7]), int(when.value[8:])).isoformat()
    except ValueError:                      # 29 February of a year that has none
        return when
    return When(value, when.approximate, when.time, when.end, when.text, when.explicit, when.role)


def future_mentions(mentions: list[DateMention], published: dt.date) -> list[DateMention]:
    return [m for m in mentions if m.value and m.value[:10] > published.isoformat()[:len(m.value)]]


# Happenings a later sentence may name again with "the" ("the explosion", "the verdict"), in groups of the words
# that tell the same kind of happening: "a bomb exploded ..." is what "two days after the blast" counts from.
HAPPENING_GROUPS = {
    "blast": "explosion explosions blast blasts bomb bombs bombing bombings bomber exploded detonated",
    "attack": "attack attacks attacked assault raid raids raided shooting shot stormed massacre ambush ambushed",
    "airstrike": "airstrike airstrikes strikes",
    "quake": "earthquake quake tremor tsunami",
    "crash": "crash crashed",
    "death": "died death",
    "fire": "fire fires blaze",
    "flood": "flood floods flooding flooded",
    "storm": "storm storms tornado tornadoes hurricane cyclone typhoon",
    "verdict": "verdict verdicts ruling convicted acquitted acquittal sentenced sentencing guilty",
    "trial": "trial",
    "election": "election elections vote referendum",
    "ceasefire": "ceasefire truce",
    "coup": "coup",
    "sinking": "sinking sank capsized",
    "collapse": "collapse collapsed",
    "kidnapping": "kidnapping kidnapped abduction abducted",
    "arrest": "arrest arrested",
    "rescue": "rescue rescued",
    "protest": "protest protests protested rally riots uprising",
    "siege": "siege sieges",
    "invasion": "invasion invaded",
    "derailment": "derailment derailed",
    "eruption": "eruption erupted",
    "shootdown": "shootdown",
    "summit": "summit",
    "meeting": "meeting conference",
    "hearing": "hearing",
    "match": "match semifinal semifinals semi-final semi-finals quarterfinal quarterfinals quarter-final",
    # words for what the story is about: "two days after the disaster" counts from the first happening it dated
    "incident": "incident disaster tragedy",
}
# A kind of happening named after a more particular one was told: "the attack" after "January 17's airstrike".
BROADER_KIND = {"attack": ("airstrike", "blast", "shootdown"), "storm": ("flood",)}
HAPPENING_KIND = {word: kind for kind, words in HAPPENING_GROUPS.items() for word in words.split()}
# Words are looked up in the table one by one (a set test per word) rather than by one regular expression
# of every happening word, which would try all of them at each position of the text.
WORD = re.compile(r"[A-Za-z-]+")
DEFINITE = frozenset({"the", "that", "this"})


def happenings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each happening word in `text` (not "death toll": a count, not a death)."""
    return [(m.start(), m.end(), HAPPENING_KIND[m.group().lower()]) for m in WORD.finditer(text)
            if m.group().lower() in HAPPENING_KIND and not A_COUNT.match(text, m.end())]


A_COUNT = re.compile(r"\s+tolls?\b", re.I)

# A toll told with a 'since' runs up to the day of the report: deaths or injuries over a span ("one person has died
# since Saturday", "hundreds have been killed since January": each happened some time in it), or a count of the lost
# ("two soldiers have been missing since", "the death toll since"). A loss with neither is a state begun on that day,
# one event dated then: "Samudio has been missing since June 4th", "flight 370 has been missing since March".
HURT = re.compile(r"\b(?:kill(?:ed|ings?)|died|dead|deaths?|wounded|injur(?:ed|ies)|casualt(?:y|ies)|fatalities|"
                  r"tolls?)\b", re.I)
# Numbers that count in the plural: "dozens of civilians", "thousands have died".
PLURAL_COUNTS_OF = ("dozens", "scores", "hundreds", "thousands", "millions")
TOLL_BEFORE = re.compile(r"\b(?:\d[\d,.]*|" + alternation({k for k, v in NUMBERS.items() if v > 1 and " " not in k}
                                                          | set(PLURAL_COUNTS_OF)) + r")\b", re.I)
# A number that names, not counts: "Flight 370", "Boeing 737" (not "Almost 20,000", nor "In Gaza 2,000" or "In
# Gaza 200 people": a separator or a noun of people after it is a count's).
NAME_BEFORE = re.compile(r"(?:(?<=\w\s)[A-Z][\w'’.-]*|\b(?:[Ff]light|[Nn]umber|[Nn]o\.))\s+$")
AGED = re.compile(r"[-\s]+(?:years?|months?)[-\s]+old\b", re.I)       # "a 14-year-old girl"


def _counts(text: str, m: re.Match) -> bool:
    """Whether the number `m` counts the lost: not a name's ("Flight 370") nor an age ("a 25-year-old", "the
    two-year-old", "Reza Amini, 28, has been missing")."""
    if "," not in m.group() and not COUNT_NOUNS.match(text, m.end()) and NAME_BEFORE.search(text[:m.start()]):
        return False
    apposed = m.group().isdigit() and len(m.group()) <= 3 and text[:m.start()].endswith(", ") and \
        text.startswith(",", m.end())
    return not (apposed or AGED.match(text, m.end()))


def counts_up(clause: str, since: tuple[int, int]) -> bool:
    """Whether a casualty clause counts a toll, which runs up to the day of the report (`since`: the span of the
    'since ...' mention in `clause`): a count or deaths told before the 'since' or, where the 'since' opens the
    clause, after it ("Since Saturday, the death toll has climbed"); not in what follows the day ("missing since
    March 4, when gunmen killed his driver": another event)."""
    before = clause[:since[0]]
    text = before if before.strip(" ,") else clause[since[1]:]   # not the day's own number ("Since 2019, X has ...")
    return bool(HURT.search(text)) or any(_counts(text, m) for m in TOLL_BEFORE.finditer(text))


FIRST = ""      # the key, in `named`, of the day of the first happening the article dated: what it is about


def _name(named: dict[str, str], kind: str, value: str, told: bool = True) -> None:
    """Note the day of a happening of this kind; the first one `told` (as having happened, not warned of) is the one
    the article is about."""
    named[kind] = value
    if told:
        named.setdefault(FIRST, value)


def _named_day(named: dict[str, str], kind: str, published: dt.date) -> str | None:
    """The day of a happening of this kind told before; "the incident", of the first one the article dated (not of
    "another mortar attack on Monday" told since), or the first named since that is of the story's own days (not "the
    2004 tsunami" recalled before Monday's earthquake)."""
    if kind == "incident" and kind not in named:      # the first of the story's own days, FIRST if it is one
        return next((value for value in [named.get(FIRST, "")] + list(named.values())
                     if 0 <= _days_before(value, published) <= 2 * INHERIT_WITHIN_DAYS), None)
    return named.get(kind) or next((named[k] for k in BROADER_KIND.get(kind, ()) if named.get(k)), None)


def definite_happenings(text: str) -> list[tuple[int, int, str]]:
    """(start of its 'the', end, kind) of each happening named as known: 'the explosion', 'this deadly attack'."""
    words = list(WORD.finditer(text))
    found = []
    for i, m in enumerate(words):
        kind = HAPPENING_KIND.get(m.group().lower())
        if kind is None or (m.group()[:1].isupper() and m.start() > 0 and any(
                w.group()[:1].isupper() and w.group().lower() not in DEFINITE for w in words[max(0, i - 1):i + 2]
                if w is not m)):
            continue                 # "the Pacific Tsunami Warning Center", "the National Disaster Agency": a name
        article = next((w for w in words[max(0, i - 3):i][::-1] if w.group().lower() in DEFINITE), None)
        if article is not None:
            found.append((article.start(), m.end(), kind))
    return found
# "a few minutes before the storm hit": on the happening's own day (hours may cross midnight: "eleven hours after").
COUNTED_BEFORE = re.compile(r"(?:\b(?P<num>\d+|" + alternation(NUMBERS) + r")\s+(?P<unit>day|week|month|year)s?"
                            r"|\bthe\s+(?P<unit1>day|week|month|year)"
                            r"|(?:\b(?:\d+|" + alternation(NUMBERS) + r")\s+)?(?P<within_day>minute)s?)"
                            r"\s+(?P<rel>after|before)\s+$", re.I)


def _happening_after(unit: Unit, m: DateMention) -> list[tuple[int, int, str]]:
    """The happening a date modifies, in the three words after it: "the 1988 bombing", "Monday's attack"."""
    return happenings(" ".join(unit.sentence.text[m.end:m.end + 40].split()[:3]))[:1]


def _dates_what_is_told(unit: Unit, when: When) -> bool:
    """Whether a saying's date is in what it reports ("confirmed that he died on Wednesday") rather than on the
    saying itself ("confirmed on Saturday that it was a tornado that struck": the confirming)."""
    saying = main_saying(unit.narrative) if unit.saying else None
    if saying is None or not when.text:
        return True
    that = re.search(r"\bthat\b", saying[2])
    return when.text in (saying[2][that.start():] if that else saying[2])


def remember_happenings(unit: Unit, when: When | None, named: dict[str, str]) -> None:
    """Note the day of each happening a dated clause names ('an explosion in the Spice Bazaar in 1998', 'the
    1988 bombing'), so a later 'the explosion' or 'two days after the bombing' can be dated from it."""
    dated_here: Counter[str] = Counter()        # happening words a date of their own dates, by kind
    for m in unit.mentions:
        if m.role == "attributive" or m.value and possessive(unit.sentence.text, m):
            near = _happening_after(unit, m)        # "the 1988 bombing", "Friday's storm"
        elif m.role == "point" and m.value:         # "a bomb attack in 1998", "the explosion on Monday"
            near = happenings(" ".join(unit.sentence.text[max(0, m.start - 40):m.start].split()[-3:]))
        else:
            near = []
        for _, _, kind in near:        # "Forecasters warn of more storms on Sunday": no storm yet
            _name(named, kind, m.value, m.role == "attributive" or possessive(unit.sentence.text, m)
                  or tells_the_past(unit.narrative))
            dated_here[kind] += 1
    if when is not None and when.explicit and when.value and when.role in ("point", "offset") \
            and _dates_what_is_told(unit, when):
        told = CHARGE.sub(r"\g<verb> ", TIME_REFERENCE.sub(" ", unit.narrative)) \
            if happenings(unit.narrative) else ""              # not what she was cleared of
        # a word of a kind not dated by a date of its own is the clause's happening: "Ten years after the 2004
        # tsunami, an earthquake struck on Monday" has Monday's quake besides 2004's
        told_kinds = Counter(kind for _, _, kind in happenings(told))
        for kind, count in told_kinds.items():
            if count > dated_here[kind]:
                _name(named, kind, when.value)
    elif when is not None and when.role == "reference" and when.value:
        # dated from a happening named as known ("The tornado struck during the game", its day told further down), or
        # told in the first paragraph ("A pilot has died in a plane crash"): that happening has this day for the
        # clauses after it ("minutes before the storm hit"); not one a relative clause names in passing ("lawmakers
        # ousted in the coup")
        for _, _, kind in _lede_happenings(unit, _without_spans(unit.narrative, embedded(unit.narrative))):
            if kind not in named:
                _name(named, kind, when.value)


PRONOUN_BEFORE = re.compile(r"\b(?:he|she|they|it)\s+(?:\w+\s+)?$", re.I)     # "he died", "it later sank"


def days_told_later(units: list[Unit], whens: list[When | None]) -> dict[str, tuple[int, str]]:
    """The first day the article gives a happening it names as known, with the place of the unit giving it:
    "In Monday's bombing, ...", "confirmed that he died on Wednesday", "the crash happened on Tuesday". A lede that
    tells of it without a day ("A pilot has died in a plane crash") happened on that day, not on the publication
    day. A happening named anew ("a series of bombings the day before") is another one."""
    days: dict[str, tuple[int, str]] = {}
    for position, (unit, when) in enumerate(zip(units, whens)):
        for kind, value in _known_and_dated(unit, when):
            days.setdefault(kind, (position, value))
    return days


def _known_and_dated(unit: Unit, when: When | None) -> list[tuple[str, str]]:
    found = []
    for m in unit.mentions:
        if (m.role == "attributive" or possessive(unit.sentence.text, m)) and m.value:
            # "Monday's bombing", "the February 3 fire"
            found += [(kind, m.value) for _, _, kind in _happening_after(unit, m)]
    if when is not None and when.explicit and when.value and when.role in ("point", "offset") \
            and _dates_what_is_told(unit, when):
        known = definite_happenings(unit.narrative) + [
            h for h in happenings(unit.narrative) if PRONOUN_BEFORE.search(unit.narrative, 0, h[0])]
        found += [(kind, when.value) for _, _, kind in known]
    return found


def lede_when(unit: Unit, position: int, later: dict[str, tuple[int, str]], published: dt.date) -> When | None:
    """An undated lede telling the past of a happening a later sentence dates: that day. (Not a day the same
    sentence gives an aside: "ended the sieges, which began on Wednesday".) Past the first paragraph, only a
    happening named as known: "The tornado struck during the game" before "Friday's storm"."""
    if unit.quote_only or unit.speech or not (tells_the_past(unit.narrative) or PERFECT.search(unit.narrative)):
        return None
    for _, _, kind in _lede_happenings(unit, unit.narrative):
        where, value = later.get(kind, (-1, ""))
        if where > position and len(value) == 10 and 0 < _days_before(value, published) <= INHERIT_WITHIN_DAYS:
            return When(value, False, None, None, None, True, "reference")
    return None


# A lede tells its news in the present perfect: "A British pilot has died in a plane crash".
PERFECT = re.compile(r"\b(?:has|have)\s+(?:been\s+)?(?:\w+ed|\w+en|" + "|".join(IRREGULAR_PAST) + r")\b", re.I)


def _lede_happenings(unit: Unit, text: str) -> list[tuple[int, int, str]]:
    """The happenings a lede may tell: in the first paragraph any, past it only those named as known."""
    return happenings(text) if unit.sentence.paragraph == 0 else definite_happenings(text)


def recent_enough(value: str, published: dt.date, days: int = INHERIT_WITHIN_DAYS) -> bool:
    """Whether a day (or month, or year) is within the story's own days (`days` before publication). A coarse
    date counts by its last day ("2022-03" published on 2 April is recent)."""
    day = last_day(value)
    return day is not None and (published - day).days <= days


def _days_before(value: str, published: dt.date) -> int:
    day = parse_day(value)
    return (published - day).days if day else -1


# Someone's happening: "before Nassar's sentencing". Not a day's ("before Friday's sentencing"): the date rules count
# from that day itself.
POSSESSOR = re.compile(r"\b(?P<owner>[A-Z][\w-]*)['’]s\s+(?:[a-z-]+\s+)?$")
# (also "were killed when a bomb destroyed the aircraft", after "the 1988 bombing" the article is about: an undated
# clause's bomb is the one told; not after a bombing recalled in passing, see referenced_day)
BARE_DURING = re.compile(r"\b(?:when|while|upon)\s+(?:being\s+|an?\s+)?$", re.I)
INDEFINITE_BEFORE = re.compile(r"\ban?\s+$", re.I)
# "when the attack happened", "at the summit", "during the raid", "at the time of the incident"
DURING = re.compile(r"\b(?:when|while|during|at|at\s+the\s+time\s+of)\s+$", re.I)


def referenced_day(unit: Unit, named: dict[str, str], published: dt.date) -> When | None:
    """The day of a happening told before that this clause names as known ('the explosion'), moved by the
    time it counts from it ('two days after the explosion', 'the day after the bombing')."""
    # "wept in his lawyer's arms when convicted": a happening set after "when" needs no "the" to be the one told
    set_at = [h for h in happenings(unit.narrative) if BARE_DURING.search(unit.narrative, max(0, h[0] - 20), h[0])]
    # "two days before Nassar's sentencing": a named person's happening, counted from, is the one told
    owned = [(owner.start(), end, kind) for start, end, kind in happenings(unit.narrative)
             if (owner := POSSESSOR.search(unit.narrative, max(0, start - 40), start)) is not None
             and owner["owner"].lower() not in CALENDAR_WORDS]
    for ref_start, ref_end, kind in definite_happenings(unit.narrative) + set_at + owned:
        value = _named_day(named, kind, published)
        if not value:
            continue
        set_when = (ref_start, ref_end, kind) in set_at        # "when convicted", "when a bomb destroyed ..."
        if set_when and INDEFINITE_BEFORE.search(unit.narrative, 0, ref_start) and value != named.get(FIRST):
            continue            # "killed when a bomb exploded" after a bombing recalled in passing: another bomb
        counted = COUNTED_BEFORE.search(unit.narrative[max(0, ref_start - 60):ref_start])
        if (ref_start, ref_end, kind) in owned and not counted:
            continue
        # "when the attack happened", "at the summit", "during the raid": the clause's time is the happening's
        during = set_when or DURING.search(unit.narrative, max(0, ref_start - 24), ref_start)
        # Only a clause that tells of the happening itself: it is the subject ("The bombing killed ...") or the
        # agent ("damaged by the earthquake"), or the clause counts from it. "Police identified a man killed in
        # the bombing" or "X described the victims" is news of its own day. Who reports it does not matter ("The
        # shooting began at 10:39, according to police"; "According to the Pentagon, the raid killed ..."), unless
        # the clause is the saying ("X said the attack ...").
        subject = not strip_openers(unit.narrative[:ref_start]).strip(" ,")
        agent = re.search(r"\b\w+(?:ed|en)\s+by\s+$", unit.narrative[max(0, ref_start - 40):ref_start])
        # What a speaker says of the story's own happening (days old at most) is said when it happened: "a
        # spokesman said six militants were involved in the attack", "told the BBC after the verdict".
        reaction = unit.speech and _days_before(value, published) in range(0, 4)
        if not (counted or during or reaction or (not _told_as_saying(unit) and (subject or agent))):
            continue
        start = anchor(value)
        if counted and start is not None and not counted["within_day"]:
            unit_word = (counted["unit"] or counted["unit1"]).lower()
            n = count(counted["num"]) if counted["num"] else 1
            moved, _ = offset(start, n, unit_word, +1 if counted["rel"].lower() == "after" else -1)
            value = moved[:len(value)] if len(moved) > len(value) else moved
        return When(value, True, None, None, unit.narrative[ref_start:ref_end].strip(), True, "reference")
    return None


def _told_as_saying(unit: Unit) -> bool:
    """Whether a clause is someone's saying, not a happening whose source is named ("According to X, ...")."""
    if not unit.saying:
        return False
    saying = main_saying(unit.narrative)
    return saying is None or saying[1].lower() != "according"


@lru_cache(maxsize=256)
def tells_the_past(narrative: str) -> bool:
    """Whether a clause's main verb (the first outside relative clauses) is in the past: "X, who governed from
    2011, is accused" is not. (Cached: dates ask it twice of the same clause.)"""
    main = _without_spans(narrative, embedded(narrative))
    first_past, first_present = PAST_TENSE.search(main), PRESENT_TENSE.search(main)
    return bool(first_past) and not (first_present and first_present.start() < first_past.start())


def referenced_when(unit: Unit, named: dict[str, str], published: dt.date) -> When | None:
    """An undated past clause that names a happening told before: that happening's day (see referenced_day)."""
    # A sentence that is mostly a quote is dated by its words only when they name the happening: "X told the BBC
    # after the verdict: '...'" is said on the verdict's day.
    if not named or (unit.quote_only and not definite_happenings(unit.narrative)):
        return None
    past = tells_the_past(unit.narrative)
    at_the_time = SAID_AT_THE_TIME.search(unit.narrative)
    if at_the_time and named.get(FIRST):
        return When(named[FIRST], True, None, None, at_the_time.group(), True, "during")
    # a reaction ("ISIL has claimed the attack") may be told in the perfect: see referenced_day
    return referenced_day(unit, named, published) if past or unit.speech else None


# "The military said at the time a jet mistook refugees for rebels": said when the happening the article is about
# happened. (Not "said the finances were vetted at the time": that time is the vetting's.)
SAID_AT_THE_TIME = re.compile(r"\b(?:said|says|told\s+\w+|reported|announced|stated|claimed|confirmed)"
                              r"\s+at\s+the\s+time\b(?!\s+of\b)", re.I)


# "Officials said that the deaths had occurred when ...", "said that one soldier was killed in the clash", "According
# to officials, he was killed by a poison", "said about four dozen people were rescued": what is reported is a
# happening in the past perfect or the past passive, so the sentence is news of that happening. (A feeling is none:
# "said he was pleased with the price" is news of the saying.)
REPORTED_HAPPENING = re.compile(r"(?:\b(?:said|says|claimed|reported|confirmed|told\s+\w+(?:\s+\w+)?)\s+(?:that\s+)?|"
                                r"\baccording\s+to\s+[^,;]+,\s*)"
                                r"[^;:]*?\b(?:had\s+(?:been\s+)?\w+(?:ed|en)|(?:was|were)\s+(?!(?:"
                                + "|".join(sorted(FEELING_PARTICIPLES)) + r")\b)\w+ed|died)\b", re.I)


# A sporting occasion: what the report tells of the play happened that day, an injury or a foul too.
PLAY = (# "athletics concluded ... with the marathon" (not a bare "race" or "match": an arms race, a DNA match)
        r"\b(?:(?:semi|quarter)-?finals?|(?:cup|league|championship)\s+finals?|olympics|"
        # (not "marathon talks", "a marathon session": a long meeting)
        r"marathon(?!\s+(?:talks|sessions?|negotiations|meetings?|debates?|hearings?|sittings?))|"
        r"paralympics|grand\s+prix|super\s+bowl|world\s+cup|"
        # a race at a track: "won the 2016 Ford EcoBoost 400 at the Homestead-Miami Speedway"
        r"(?-i:(?!The\b)[A-Z])[\w-]*\s+(?:motor\s+)?(?:speedway|raceway|racecourse|velodrome))\b|"
        # a result against a named side, with its score: "On Monday, Brazil defeated Mexico 2–0" (not
        # "the senate defeated the bill 52-48", "won a 7-2 vote", "beat protesters aged 18-25")
        r"\b(?:defeated|beat|lost\s+to|drew\s+with)\s+(?:the\s+)?(?-i:[A-Z])[^.;]{0,60}?"
        r"\b\d{1,3}[–-]\d{1,3}\b|\bby\s+a\s+score\s+of\b")
SPORTING = re.compile(PLAY, re.I)
# Gatherings whose report tells mostly what was said at them.
GATHERING = re.compile(r"\b(?:summit|conference|meeting|session|hearing|congress|convention|assembly|debate|"
                       r"press\s+conference|talks|ceremony|rally|funeral|vigil|inauguration|commemoration|parade|"
                       r"celebration|verdict)\b|"
                       # a court's ruling: "In a ruling issued Tuesday a judge dismissed ...", then "In his ruling,
                       # Judge Bates stated ..." undated: what the judge wrote, he wrote that day
                       + COURT_RULING + r"|" + PLAY, re.I)


@dataclass(frozen=True)
class Gathering:
    """The gathering a report opens with: its day, and whether it is play (a match, a race)."""

    day: str
    play: bool


def gathering_day(lede: Unit, when: When | None, published: dt.date) -> Gathering | None:
    """The gathering a report opens with ("... at a Latin American summit Friday"), when it was a day or three
    before publication: what the report says was said, it says was said there."""
    if when is None or not when.explicit or len(when.value) != 10 or not GATHERING.search(lede.text):
        return None
    day = parse_day(when.value)
    return Gathering(when.value, bool(SPORTING.search(lede.text))) if day and 1 <= (published - day).days <= 3 \
        else None


def story_day(named: dict[str, str], published: dt.date) -> str | None:
    """The day of the first happening the article dated, when it is one of the story's own days."""
    value = named.get(FIRST, "")
    return value if 0 <= _days_before(value, published) <= INHERIT_WITHIN_DAYS else None


SINCE = re.compile(r"\bsince\b", re.I)
A_VICTIM_DESCRIBED = re.compile(r"\b(?!(?:was|were|been|being|is|are|be)\b)\w+\s+(?:killed|injured|wounded|hurt)\s+"
                                r"(?:in|by|during)\s+(?:the|this|that)\s", re.I)
# What an undated past clause tells that happened with the story's happening: its toll, its attacks, its rescues.
HAPPENING_NEWS = frozenset({"strike", "shelling", "casualties", "evacuation"})


# A clause set right after the gathering the report is of: "After the race, Hamlin had firewall plates ...
# confiscated", "After the summit, the ministers ...": of its day, whatever it tells.
AFTER_THE_GATHERING = re.compile(r"\W*(?:shortly\s+|soon\s+|just\s+|immediately\s+)?after\s+the\s+(?:\w+\s+)?"
                                 r"(?:race|match|game|final|bout|fight|summit|meeting|talks|session|hearing|"
                                 r"conference|ceremony|rally|debate|vote)\s*,", re.I)


def default_when(unit: Unit, published: dt.date, recent: list[tuple[int, str]], time: str | None,
                 gathering: Gathering | None = None, story: str | None = None) -> When:
    """An undated sentence: the day of the event just told, if it tells of the past, else the publication day; a
    saying or an act of those gathered ("He requested that the presidents shake hands", "also agreed to reinstate
    ties") told in the past in the report of a gathering, the gathering's day; a past attack, toll or rescue told
    further off, the day of the happening the story is about (`story`, see story_day)."""
    past = tells_the_past(unit.narrative)
    in_play = gathering is not None and gathering.play and unit.category in ("casualties", "strike")
    after_it = gathering is not None and AFTER_THE_GATHERING.match(unit.narrative)
    if gathering and (past or unit.quote_only) and (unit.saying or unit.speech or unit.quote_only or in_play or after_it
                                                    or unit.category not in HAPPENING_NEWS | {"legal", "humanitarian"}):
        return When(gathering.day, True, time)      # (in play, a hurt or a blow too: "Terry was seriously injured")
    reported = unit.saying and not unit.quote_only and REPORTED_HAPPENING.search(unit.narrative)
    if past and recent and not unit.quote_only and (reported or not unit.saying and unit.category != "statement"):
        paragraph, value = recent[-1]
        day = parse_day(value)
        # The lede's date carries into the paragraph that details it; elsewhere only within a paragraph.
        close = paragraph == unit.sentence.paragraph or (paragraph == 0 and unit.sentence.paragraph == 1)
        if close and day and 0 <= (published - day).days <= INHERIT_WITHIN_DAYS:
            return When(value, True, time)
    # Past the paragraphs that detail it, what happened with the story's happening is still of its day ("The South
    # retaliated by firing artillery", "said one soldier was killed in the clash"); not a count since ("more than
    # 1,100 people have died since then"), nor who a victim was ("identified the officer killed in the bombing").
    if past and story and not unit.quote_only and unit.category in HAPPENING_NEWS and (reported or not unit.saying) \
            and not SINCE.search(unit.narrative) and not A_VICTIM_DESCRIBED.search(unit.narrative):
        return When(story, True, time)
    return When(published.isoformat(), True, time)
