"""Counts in a report's sentences: how many were killed, injured, freed ..., with the article's own words.

Read from the source sentences of extracted entries (after extraction, not inside it), so every count a story
tells is one dated, sourced value of one measure, and a toll that changes from report to report keeps its history.
Each table of words is spelled once, here, as data; no count of one measure is ever read as another.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from builder.model import Entry, Figure
from builder.schema import MAX_COUNT_DIGITS

# The words that say what was counted, by measure: participles and adjectives after the number ("twelve people
# have been killed", "155 dead"), and verbs before it ("killing 12", "freed 300 hostages").
AFTER: dict[str, tuple[str, ...]] = {
    "killed": ("killed", "dead", "died", "shot dead", "confirmed dead", "feared dead", "perished", "lost their lives",
               "were killed", "deaths", "fatalities", "bodies found"),
    "injured": ("injured", "wounded", "hurt", "hospitalised", "hospitalized"),
    "missing": ("missing", "unaccounted for", "remain lost", "still lost"),
    "aboard": ("on board", "aboard"),
    "displaced": ("displaced", "made homeless", "left homeless"),
    "evacuated": ("evacuated",),
    "rescued": ("rescued", "saved", "pulled alive"),
    "held": ("held hostage", "taken hostage", "kidnapped", "abducted", "held captive", "hostages"),
    "freed": ("freed", "released", "set free"),
    "arrested": ("arrested", "detained", "taken into custody"),
}
BEFORE: dict[str, tuple[str, ...]] = {
    "killed": ("killing", "killed", "kills", "shot dead", "shooting dead", "claimed the lives of", "death toll of",
               "toll of", "leaving dead"),
    "injured": ("injuring", "injured", "wounding", "wounded", "injuries to"),
    "aboard": ("carrying", "carried", "with", "which carried"),
    "evacuated": ("evacuating", "evacuated"),
    "rescued": ("rescuing", "rescued", "saving", "saved"),
    "freed": ("freeing", "freed", "releasing", "released"),
    "held": ("holding", "took", "taking", "seized"),
    "arrested": ("arresting", "arrested", "detaining", "detained"),
}
# "with 239 on board": `with` counts only when the number is followed by on board / aboard (checked below).
NEEDS_AFTER = {"with": ("on board", "aboard"), "took": ("hostage", "captive"), "taking": ("hostage", "captive"),
               "seized": ("hostage", "captive"), "holding": ("hostage", "captive")}
# "the death toll rose to 155", "the toll stands at 151": the number is the killed count.
TOLL = re.compile(r"\b(?:death\s+)?toll(?:\s+(?:from|in|of|after)\s+[^,;:]{1,80}?)?\s+(?:has\s+|had\s+)?(?:rose|risen|climbed|jumped|reached|rises|climbs|stands|"
                  r"stood|is|was|now\s+stands|went\s+up|increased)\s+(?:to\s+|at\s+)?", re.I)
QUALIFIER_WORDS: dict[str, tuple[str, ...]] = {
    "at least": ("at least", "a minimum of", "no fewer than", "no less than"),
    "more than": ("more than", "over", "upwards of", "in excess of"),
    "about": ("about", "around", "approximately", "some", "roughly", "an estimated", "estimated"),
    "nearly": ("nearly", "almost", "close to", "just under"),
    "up to": ("up to", "as many as", "at most"),
    "fewer than": ("fewer than", "less than", "under"),
}
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
NUMBER_WORDS.update({w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split())
                     if w != "_"})
SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000}
# Between a number and what it counts: a few words naming who ("people", "police officers", "of them"), never a
# verb, a preposition that starts a place or time, or a unit (then the number is no head count).
NOT_BETWEEN = frozenset("""was were is are be been being has have had do does did will would could should may might
in on at by from to into after before during since until when while where which who that than as but or if
the them those all
ft feet km kilometres kilometers miles metres meters m kg tonnes tons percent per cent % hours minutes days weeks
months years year hour minute day week month knots knts mph dollars euros pounds us$ $""".split())

_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
          "seventeen|eighteen|nineteen")
NUMBER = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:\s+(?:dozen|hundred|thousand|million))?"
          rf"|(?:(?:{_TENS})(?:[\s-](?:{_UNITS}))?|{_UNITS})(?:\s+(?:dozen|hundred|thousand|million))?")


def _alternatives(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


_QUALIFIER = rf"(?P<qual>{_alternatives(w for ws in QUALIFIER_WORDS.values() for w in ws)})\s+"
_STOP_WORDS = "|".join(re.escape(w) for w in sorted(NOT_BETWEEN, key=len, reverse=True) if w.isalpha())
# A word between a number and what it counts: not a verb or preposition, and not the "and" of a second number.
_WORD = rf"\s+(?!(?:{_STOP_WORDS})\b)(?!and\s+(?:{NUMBER})\b)[A-Za-z][\w'’-]*"
_AMOUNT = (rf"(?P<n1>{NUMBER})(?P<between1>(?:{_WORD}){{0,4}})"
           rf"(?:\s+and\s+(?P<n2>{NUMBER})(?P<between2>(?:{_WORD}){{0,3}}))?")
_AUX = r"(?:\s+(?:have|has|had|were|was|are|is|remain|remained|reportedly|reported|confirmed|(?:believed|known|thought|feared|said)\s+to\s+have|" \
       r"been|being|still|now|also|seriously|critically|badly|slightly|fatally|all|so\s+far))*"
AFTER_PATTERN = re.compile(
    rf"(?<![\w:.,/$£€-])(?:{_QUALIFIER})?{_AMOUNT}(?P<orMore>\s+or\s+more)?{_AUX}\s+"
    rf"(?P<cue>{_alternatives(w for ws in AFTER.values() for w in ws)})\b", re.I)
BEFORE_PATTERN = re.compile(
    rf"\b(?P<cue>{_alternatives(w for ws in BEFORE.values() for w in ws)})\s+(?:{_QUALIFIER})?"
    rf"(?<![\w:.,/$£€-]){_AMOUNT}(?P<orMore>\s+or\s+more)?(?P<tail>\s+(?:on\s+board|aboard|hostage|captive))?\b", re.I)
TOLL_PATTERN = re.compile(rf"{TOLL.pattern}(?:{_QUALIFIER})?(?P<n1>{NUMBER})(?P<between1>)\b", re.I)
# "Flight 370", "Boeing 777", "Resolution 1701": a number right after a capitalised word names something, unless the
# word is one a count opens with, written with a capital at a sentence's start ("Roughly 228 people were killed",
# "Some 30 died", "Killing 12"): the first words of the qualifiers and of the cues before a number, and a few more.
COUNT_OPENERS = frozenset({ws.split()[0].capitalize() for table in (QUALIFIER_WORDS, BEFORE)
                           for words in table.values() for ws in words}
                          | {"All", "The", "Only", "Another", "Of"})
IDENTIFIER_BEFORE = re.compile(r"(?:(?:^|[^.!?]\s)(?!(?:" + "|".join(sorted(COUNT_OPENERS)) + r")\b)[A-Z][\w-]*|"
                               r"\b(?:flight|route|highway|resolution|article|section|chapter|number|no\.|room|gate|"
                               r"terminal|platform|bus|train|block|sector|zone|ward|district|unit|brigade|division|"
                               r"battalion))\s+$")

NUMBER_WORD = re.compile(r"\b\d[\d,]*\b")


def identifier_numbers(sentence: str) -> frozenset[str]:
    """The numbers a sentence names something with ("Flight 447", "Super Bowl 50"), as matching words: they tell
    which thing, like a name, not how many."""
    return frozenset(m.group().replace(",", "") for m in NUMBER_WORD.finditer(sentence)
                     if IDENTIFIER_BEFORE.search(sentence[max(0, m.start() - 40):m.start()]))


# A count given as it stands so far: "have been killed", "has risen", "are now known to have died".
CUMULATIVE = re.compile(r"\b(?:have|has|now|so\s+far)\b", re.I)
_CUE_MEASURE = {**{(w, "after"): m for m, ws in AFTER.items() for w in ws},
                **{(w, "before"): m for m, ws in BEFORE.items() for w in ws}}
_QUALIFIER_OF = {w: q for q, ws in QUALIFIER_WORDS.items() for w in ws}


@dataclass(frozen=True)
class Count:
    """A count found in a sentence, before it is dated and sourced."""

    measure: str
    value: int
    qualifier: str | None
    start: int
    end: int
    cumulative: bool = False     # a toll as it stands ("the toll rose to 155", "100 have so far died"), not one event's


def parse_number(text: str) -> int | None:
    """12, 2,300, 1.5 million, twelve, twenty-five, three hundred: the value; None for anything else."""
    words = re.sub(r"[\s-]+", " ", text.lower().replace(",", "")).split()
    scale = 1
    if words and words[-1] in SCALES:
        scale = SCALES[words.pop()]
    if not words:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", words[0]) and len(words) == 1:
        if len(words[0]) > 2 * MAX_COUNT_DIGITS:      # no count: float() would make it infinite, int() refuse it
            return None
        return int((Decimal(words[0]) * scale).to_integral_value())       # exact, halves to even as round() did
    if all(w in NUMBER_WORDS for w in words) and len(words) <= 2:
        return sum(NUMBER_WORDS[w] for w in words) * scale
    return None


def _between_ok(between: str | None) -> bool:
    return not between or not any(w.lower().strip("’'") in NOT_BETWEEN for w in between.split())


def _identifier(sentence: str, start: int) -> bool:
    return bool(IDENTIFIER_BEFORE.search(sentence[max(0, start - 40):start]))


def _qualifier(match: re.Match) -> str | None:
    if match.group("qual"):
        return _QUALIFIER_OF.get(" ".join(match.group("qual").lower().split()))
    if match.groupdict().get("orMore"):
        return "at least"
    return None


# The largest count an entry holds (builder/schema.py): a bigger number in a sentence is no count of people.
LARGEST = 10 ** MAX_COUNT_DIGITS - 1


def _value(match: re.Match) -> int | None:
    first = parse_number(match.group("n1"))
    if first is None or not _between_ok(match.group("between1")):
        return None
    if match.groupdict().get("n2"):
        second = parse_number(match.group("n2"))
        if second is not None and _between_ok(match.group("between2")):
            first += second                     # "ten journalists and two police officers": twelve in all
    return first if first <= LARGEST else None


# A count of one place's dead, not the toll: "At least 10,000 people died in one town alone", "in Bogalay alone".
PART_OF_A_TOLL = re.compile(r"\b(?:in|at)\s+(?:one|a\s+single|the)\s+(?:town|village|city|district|province|region|"
                            r"hospital|camp|area)\s+alone\b|\b(?:in|at)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*"
                            r"\s+alone\b", re.I)


def _partial_clauses(sentence: str) -> list[tuple[int, int]]:
    """The clauses (between commas, semicolons or the sentence's ends) that count one place's dead."""
    breaks = [b.start() for b in CLAUSE_BREAK.finditer(sentence)]
    spans = []
    for m in PART_OF_A_TOLL.finditer(sentence):
        start = max((b + 1 for b in breaks if b < m.start()), default=0)
        spans.append((start, min((b for b in breaks if b >= m.end()), default=len(sentence))))
    return spans


CLAUSE_BREAK = re.compile(r"[,;](?!\d)")      # not the comma of "10,000"


def find_counts(sentence: str) -> list[Count]:
    """Every count of a measure in one sentence, in order; overlapping readings keep the first and longest. A
    count in a clause of one place's dead is none: its figure is no value of the story's toll ("22,000 people
    nationwide, 10,000 of them in Bogalay alone" counts 22,000)."""
    partial = _partial_clauses(sentence) if "alone" in sentence.lower() else []
    found: list[Count] = []
    for pattern, side in ((AFTER_PATTERN, "after"), (BEFORE_PATTERN, "before"), (TOLL_PATTERN, "toll")):
        for match in pattern.finditer(sentence):
            number_start = match.start("n1") - (len(match.group("qual")) + 1 if match.group("qual") else 0)
            if _identifier(sentence, match.start("n1")) and side != "before":
                continue
            if re.fullmatch(r"1[89]\d\d|20\d\d", match.group("n1")) and side != "toll":
                continue                          # a year, not a count
            value = _value(match)
            if value is None:
                continue
            if side == "toll":
                measure = "killed"
            else:
                cue = " ".join(match.group("cue").lower().split())
                measure = _CUE_MEASURE[(cue, side)]
                if side == "before" and cue in NEEDS_AFTER:
                    tail = f"{match.group('between1')} {match.group('tail') or ''}".lower()
                    if not any(t in tail for t in NEEDS_AFTER[cue]):
                        continue
                    measure = "aboard" if cue == "with" else "held"
                elif side == "before" and match.group("tail") and measure != "aboard":
                    measure = "held" if "hostage" in match.group("tail").lower() else measure
            start = number_start if side == "after" else match.start()
            if any(a <= start < b for a, b in partial):
                continue
            cumulative = side == "toll" or bool(side == "after" and CUMULATIVE.search(match.group()))
            found.append(Count(measure, value, _qualifier(match), start, match.end(), cumulative))
    found.sort(key=lambda c: (c.start, -c.end))
    kept: list[Count] = []
    for count in found:
        if not any(k.start < count.end and count.start < k.end for k in kept):
            kept.append(count)
    return sorted(kept, key=lambda c: c.start)


def figures_of(entry: Entry, published: str) -> tuple[Figure, ...]:
    """The counts an entry's source sentences give, each dated on the day its article reported it."""
    figures: list[Figure] = []
    for source in entry.sources:
        for count in find_counts(source.text):
            figure = Figure(measure=count.measure, value=count.value, date=published,
                            text=source.text[count.start:count.end].strip(), article=source.article,
                            url=source.url, qualifier=count.qualifier)
            if figure not in figures:
                figures.append(figure)
    return tuple(figures)
