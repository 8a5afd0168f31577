"""Cut a sentence that tells of happenings on different days into one unit per clause."""
from __future__ import annotations

import re

from builder.extract.categories import classify
from builder.extract.date_words import MONTH_NAMES, WEEKDAY_NAMES
from builder.extract.event_units import Unit, classify_clause
from builder.extract.quotes import attribution_verbs
from builder.extract.speech_acts import main_saying
from builder.extract.tense import FINITE_VERB, IRREGULAR_PAST

# Where a sentence may be cut into clauses: before subordinators ("two days after", ", when"), participles
# that open a new happening (", killing"), attribution tails (", the military said") and semicolons.
SUBORDINATE = re.compile(
    r",\s+(?=(?:(?:\w+\s+){0,3}?(?:after|before)|when|while|as|following|since|until|who|which|where|"
    r"landing|leaving|killing|wounding|prompting|forcing|warning|saying|adding|citing|claiming)\b)"
    r"|,\s+(?=(?:the\s+)?(?:\w+\s+){0,5}?(?:said|says|told|added|announced|warned)\b)"
    r"|;\s+|,\s+and\s+(?=\w+\s+\w+ed\b)|\s+(?=(?:after|before)\s+(?:being|having)\b)", re.I)

# A verb that makes the words after an "and" a clause of their own: lower case ("May 6" is no modal, "United" no
# past tense).
CLAUSE_VERB = "(?-i:" + FINITE_VERB.pattern.replace(r"\w{2,}ed", r"[a-z]{2,}ed") + ")"

# Sayings whose "that" opens what was said: a future told with a day of its own ("would start on Monday").
SAID_THAT = ("said", "stated", "announced", "declared", "warned", "claimed", "confirmed")

# Within a sentence naming two different days, "evacuated today after the wall gave way yesterday" is two events
# even without a comma.
LOOSE_SUBORDINATE = re.compile(r"\s+(?=(?:after|before|when|while)[\s,])|"     # "... programme when, in August, he ..."
                               r"\s+(?=and\s+(?:also\s+)?(?:said|says|told|announced|added|warned)\b)|"
                               # "Yesterday, airlines had begun ..., and flights resume today"
                               r"(?<=,)\s+(?=and\s)|"
                               # "... after his response in 2012 to Hurricane Sandy, | but his popularity suffered
                               # following a 2016 scandal": a contrast told of another day
                               # (a subject after the "but": not "rose on Monday, but not by much, economists said")
                               r"(?<=,)\s+(?=but\s+(?:he|she|it|they|we|i|the|his|her|its|their|a|an|this|that|"
                               r"(?-i:[A-Z])\w*)\b)|"
                               # "... missing since March with 239 on board and in July Flight 17 was shot down"
                               r"\s+(?=and\s+(?:again\s+|then\s+|later\s+)?(?:in|on|during)\s+(?:early\s+|late\s+)?(?:" + "|".join(
                                   (*MONTH_NAMES, *WEEKDAY_NAMES)) + r"|\d{4})\b)|"
                               r"(?<=day)\s+(?=that\s)|"         # "said on Tuesday | that it had arrested ..."
                               # "On Sunday, Medvedev declared | that troops would start their pullout on Monday": a
                               # future foretold is an event of its own
                               r"(?:" + "|".join(f"(?<={verb})" for verb in SAID_THAT) + r")\s+"
                               r"(?=that\s[^,;.]{0,80}?\b(?:would|will)\b)|"
                               # "would be closed on Sunday | and a decision would be made on Monday": each half
                               # its own verb and day (a half with no verb joins the next, see clause_bounds)
                               # (not "in the 1970s and 1980s" nor "in Copenhagen and Aarhus on May 6": no verb)
                               r"\s+(?=and\s+(?![\d(])(?:[^,;.]{0,120}?" + CLAUSE_VERB + r"|(?:\w+\s+){0,2}"
                               r"(?:he|she|it|they|we)\s))|"
                               # "102 were executed in 2008 | and 158 were executed in 2007": a count as the subject
                               r"\s+(?=and\s+\d[\d,]*\s+(?:[a-z]+\s+){0,2}(?:were|was|are|have|had)\s)|"
                               # "cut ties in December 2020, | restoring them in May 2021": a participle with its own day
                               r",\s+(?=[a-z]+ing\s[^,;]*?\b(?:in|on)\s+(?:" + "|".join((*MONTH_NAMES, *WEEKDAY_NAMES))
                               + r"|\d{4}))|"
                               # "a gunman shot shoppers on Saturday, | with the toll rising to 22 on Monday"
                               r",\s+(?=with\s[^,;]*?\b(?:on|in|by|last|this|yesterday|today|tonight)\s)|"
                               # "completed the autopsy earlier this week | but announced Thursday ...": a second verb
                               r"\s+(?=(?:but|and)\s+(?:then\s+|also\s+|later\s+)?(?:\w+ed|" + "|".join(IRREGULAR_PAST)
                               + r")\b)", re.I)

# "The broadcasts began on August 10 | and South Korea says the broadcasts will continue": a saying of now after a
# dated happening.
AND_NOW_SAYS = re.compile(r"\s+(?=and\s+(?:[\w'’-]+\s+){1,4}(?:says|say|insists|insist|maintains|maintain)\b)",
                          re.I)

SUBORDINATOR = re.compile(r"(?:(?:\w+\s+){0,3}?(?:after|before)|when|while|as|following|since|until|warning|"
                          r"saying|adding|citing|claiming|who|which|killing|wounding|injuring|leaving)\b", re.I)

# "A reported 50,000 campaigners, who ...", "an estimated 300": a participle after an article describes a noun; it
# is no verb of the clause.
ATTRIBUTIVE_PARTICIPLE = re.compile(r"\b(?:a|an|the)\s+\w+ed\b", re.I)

# ", the military said this morning": a clause that only says who said the rest.
ATTRIBUTION_TAIL = re.compile(r"^[,\s]*(?:(?:the|a|an)\s+)?(?:[\w.'’-]+\s+){0,6}?(?:said|says|told|added|"
                              r"announced|reported|stated)\b(?:\s+\w+){0,3}\W*$", re.I)


def clause_bounds(text: str, loose: bool = False) -> list[tuple[int, int]]:
    """Clauses of a sentence: verbless pieces join the next, attribution tails join the one before."""
    cuts = [m.end() for m in SUBORDINATE.finditer(text)]
    if loose:
        cuts = sorted(set(cuts) | {m.end() for m in LOOSE_SUBORDINATE.finditer(text)})
    bounds = [0] + [c for c in cuts if 0 < c < len(text)] + [len(text)]
    clauses: list[tuple[int, int]] = []
    pending = None
    for a, b in zip(bounds, bounds[1:]):
        if not text[a:b].strip():
            continue
        start = pending if pending is not None else a
        if not FINITE_VERB.search(ATTRIBUTIVE_PARTICIPLE.sub("", text[a:b])) and b < len(text):
            pending = start
            continue
        pending = None
        if clauses and ATTRIBUTION_TAIL.match(text[start:b]):
            clauses[-1] = (clauses[-1][0], b)
            continue
        clauses.append((start, b))
    if pending is not None and clauses:
        clauses[-1] = (clauses[-1][0], len(text))
    return clauses


# A year in brackets right after a name, with at most a participle before it: "France (signed 1992)", "the Soviet
# Union (1968; obligations assumed by Russia)". Not "(the army said on Saturday)", "(on Saturday)": clauses.
GLOSS = re.compile(r"[A-Z][\w'’.-]*\s*\((?:[a-z]+\s+)?\d{4}\b[^()]*\)")


def _glossing(text: str, at: int) -> bool:
    """Whether the date at `at` is a year in brackets glossing the name before it: no clause of its own."""
    return any(m.start() < at < m.end() for m in GLOSS.finditer(text, max(0, at - 60), at + 80))


def split_clauses(unit: Unit) -> list[tuple[int, int]]:
    """Clause bounds of a sentence that tells of happenings on different days ('disembarked on Monday,
    landing on Tuesday'), or of a dated subordinate happening after an undated main clause."""
    dated = [m for m in unit.mentions if m.role in ("point", "offset") and m.value
             and not _glossing(unit.text, m.start)]
    if not dated:
        return []
    if len({m.value for m in dated}) >= 2:
        clauses = clause_bounds(unit.text, loose=True)
        owners = {i for i, (a, b) in enumerate(clauses) for m in dated if a <= m.start < b}
        return clauses if len(owners) >= 2 else []
    now = AND_NOW_SAYS.search(unit.text)
    if now and all(m.start < now.start() for m in dated):
        return [(0, now.end()), (now.end(), len(unit.text))]
    clauses = clause_bounds(unit.text)
    if len(clauses) < 2:
        return []
    owners = {i for i, (a, b) in enumerate(clauses) for m in dated if a <= m.start < b}
    owner = clauses[min(owners)]
    if owner == clauses[0] or not SUBORDINATOR.match(unit.text, owner[0]):
        return []
    main = clauses[0]
    _, main_score = classify(unit.narrative[main[0]:main[1]], "", unit.speech)
    return [(main[0], owner[0]), (owner[0], len(unit.text))] if main_score >= 3 or unit.speech else []


def pieces(unit: Unit) -> list[Unit]:
    """The unit itself, or one unit per dated clause."""
    clauses = split_clauses(unit)
    if not clauses:
        return [unit]
    pieces = []
    for a, b in clauses:
        narrative = unit.narrative[a:b]
        mentions = [m for m in unit.mentions if a <= m.start < b]
        category, score = classify_clause(narrative, "", mentions, a)
        pieces.append(Unit(unit.sentence, unit.text[a:b], a, narrative, unit.quotes if not pieces else [],
                           unit.names, mentions, category, score, bool(attribution_verbs(narrative)),
                           unit.speaker, False, False, main_saying(narrative) is not None))
    return pieces
