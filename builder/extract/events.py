"""Group analysed sentences into events: one entry per distinct event, not per sentence.

A sentence starts a new event when it brings its own date, a new speaker, or news of another kind;
otherwise it continues the event before it (a quote after "X said", a follow-up detail, commentary).
A sentence that tells of happenings on different days is split into one event per clause, and an
ultimatum with a time limit yields a second, `deadline` event on the day it runs out.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from builder.extract.categories import classify
from builder.extract.dates import DateMention, find_dates, parse_day
from builder.extract.lexicon import COMMENTATOR_ROLES, CONTINUING_VERBS, CREDIT_PREFIXES
from builder.extract.names import Name
from builder.extract.quotemarks import spans_overlapping
from builder.extract.quotes import TAIL_ATTRIBUTION, Quote, attribution_verbs, leading_noun_phrase
from builder.extract.sentences import Paragraph, Sentence

INHERIT_WITHIN_DAYS = 7      # an undated past-tense sentence may take a date this close to publication
PAST_TENSE = re.compile(r"\b(?:was|were|had|did)\b|\b\w{3,}ed\b|\b(?:said|told|shot|hit|fled|began|fought|"
                        r"struck|took|saw|met|gave|left|made|went|came|held|led|sent|found|brought|broke|"
                        r"fell|rose|won|lost|ran|spoke|wrote|drove|seized|stole)\b", re.I)
PRESENT_TENSE = re.compile(r"\b(?:is|are|has|have|says|say|remains|continues|denies|deny|insists|believes|"
                           r"remain|continue)\b", re.I)
# Where a sentence may be cut into clauses: before subordinators ("two days after", ", when"), participles
# that open a new happening (", killing"), attribution tails (", the military said") and semicolons.
SUBORDINATE = re.compile(
    r",\s+(?=(?:(?:\w+\s+){0,3}?(?:after|before)|when|while|as|following|since|until|who|which|where|"
    r"landing|leaving|killing|wounding|prompting|forcing|warning|saying|adding|citing|claiming)\b)"
    r"|,\s+(?=(?:the\s+)?(?:\w+\s+){0,5}?(?:said|says|told|added|announced|warned)\b)"
    r"|;\s+|,\s+and\s+(?=\w+\s+\w+ed\b)|\s+(?=(?:after|before)\s+(?:being|having)\b)", re.I)
# Within a sentence naming two different days, "evacuated today after the wall gave way yesterday" is two events
# even without a comma.
LOOSE_SUBORDINATE = re.compile(r"\s+(?=(?:after|before|when|while)\s)|"
                               r"(?<=day)\s+(?=that\s)", re.I)     # "said on Tuesday | that it had arrested ..."
SUBORDINATOR = re.compile(r"(?:(?:\w+\s+){0,3}?(?:after|before)|when|while|as|following|since|until|warning|"
                          r"saying|adding|citing|claiming|who|which)\b", re.I)
# A clause needs a verb of its own; a bare subject ("Dr. J. R. Okafor, who ...") stays with what follows.
FINITE_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|did|does|do|will|would|could|can|may|might|"
                         r"must|should|said|says|told|\w{2,}ed|struck|hit|fled|began|fought|took|gave|left|"
                         r"made|went|came|held|led|sent|found|brought|broke|fell|rose|won|lost|ran|spoke|wrote|"
                         r"drove|seized|stole|shot|saw|met|heads|leads|remains|continues|lives|works)\b", re.I)
# ", the military said this morning": a clause that only says who said the rest.
ATTRIBUTION_TAIL = re.compile(r"^[,\s]*(?:(?:the|a|an)\s+)?(?:[\w.'’-]+\s+){0,6}?(?:said|says|told|added|"
                              r"announced|reported|stated)\b(?:\s+\w+){0,3}\W*$", re.I)
# Relative clauses and appositions: dates there describe someone, not the event ("who took office last month").
EMBEDDED = re.compile(r"\b(?:who|whom|whose|which)\b[^,;]*|,\s+(?:a|an|the)\s+[^,;]*,", re.I)
LEADING_ADVERBIAL = re.compile(r"^(?:[A-Z]?[a-z]+ly|yesterday|today|meanwhile|however|on \w+day|in \w+)\s*,\s*", re.I)
# "the arrest was linked to protests": a definite noun points back to news already told, it is not new news.
ANAPHORIC = re.compile(r"\b(?:the|this|that|these|those|its|their|his|her)\s+(?:\w+\s+)?"
                       r"(?:arrests?|attacks?|strikes?|shelling|bombings?|killings?|deaths?|investigation|raids?|"
                       r"detentions?|ceasefire|truce|deal|agreement|talks|evacuation|rescue|ultimatum|deadline)\b", re.I)
# A happening told in the past, not a state: "imposed a curfew", not "was not hurt".
ACTION = re.compile(r"\b(?!(?:was|were|had|did|said|told)\b)\w{3,}ed\b|\b(?:shot|hit|fled|began|fought|struck|took|"
                    r"gave|left|made|went|came|held|led|sent|found|brought|broke|fell|rose|won|lost|ran|drove|"
                    r"seized|stole|set|put|cut|shut|imposed)\b", re.I)
# Categories whose news is what someone said.
SPEAKER_NEWS = frozenset({"statement", "warning", "rejection", "diplomacy", "agreement", "ultimatum", "legal"})
SETTING = re.compile(r"^(?:in|on|at|outside|inside|after|before|during|speaking|writing|addressing|sentencing|"
                     r"responding|asked|according to)\b[^,;]{0,80},\s*", re.I)
# Commentary by unnamed groups: "Analysts say ...", "Critics argue ...", "Scientists have long warned ...".
COMMENTARY = re.compile(r"^(?:some\s+|many\s+|other\s+)?(?:analysts|critics|observers|experts|scientists|"
                        r"commentators|economists|historians|academics|campaigners|rights\s+groups|"
                        r"human\s+rights\s+groups|activists|diplomats)\s+(?:\w+\s+){0,2}?"
                        r"(?:say|said|argue|argued|believe|believed|warn|warned|note|noted|fear|feared|see|saw|"
                        r"describe|described|suggest|suggested)\b", re.I)
# A quote that takes a position: present or future, not a story of what happened.
DECLARATIVE = re.compile(r"\b(?:is|are|am|isn't|aren't|'s|'re|do not|don't|does not|doesn't)\b", re.I)
# What a speaker's reported words are: an intention or opinion (a statement), or a report of a happening.
MODAL = re.compile(r"\b(?:would|will|could|should|must|may|might|can|cannot|won't|wouldn't|shall|need|needs|"
                   r"want|wants|hope|hopes|believe|believes|fear|fears|plan|plans|intend|intends|vow|vowed)\b", re.I)


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


@dataclass
class Unit:
    """One sentence (or one clause of it), analysed."""

    sentence: Sentence
    text: str                       # the clause this unit covers (the whole sentence by default)
    offset: int                     # where that clause starts in the sentence
    narrative: str                  # the clause with its quotes blanked
    quotes: list[Quote]
    names: list[Name]
    mentions: list[DateMention]     # offsets relative to the sentence
    category: str
    score: int
    speech: bool
    speaker: str | None
    quote_only: bool
    continuing: bool                # "he added", "X further said"


@dataclass
class Draft:
    """An event being assembled from units."""

    units: list[Unit]
    when: When
    category: str
    focus: Unit
    kind: str = "event"             # event | deadline (of an ultimatum) | onset (of a 'since') | aside (a relative clause)
    speakers: set[str] = field(default_factory=set)

    @property
    def paragraph(self) -> int:
        return self.units[-1].sentence.paragraph


def is_credit(sentence: Sentence, paragraphs: int) -> bool:
    """A closing credit line ('With reporting from IRN'), not news."""
    text = sentence.text.strip().lower()
    return sentence.paragraph >= paragraphs - 2 and len(text.split()) <= 12 and text.startswith(CREDIT_PREFIXES)


def _blank_quotes(sentence: Sentence, para: Paragraph) -> tuple[str, str, list[tuple[int, int]]]:
    """Narrative text with full quotes blanked, the quoted words, and the spans of full (non-fragment) quotes."""
    chars = list(sentence.text)
    quoted: list[str] = []
    full_spans: list[tuple[int, int]] = []
    offset = sentence.start - para.start
    for span in spans_overlapping(para.quotes, offset, offset + len(chars)):
        a, b = max(span.start - offset, 0), min(span.end - offset, len(chars))
        if a >= b:
            continue
        inner = sentence.text[a:b]
        quoted.append(inner)
        if not inner[1:2].islower():                   # a fragment woven into the sentence stays narrative
            full_spans.append((a, b))
            for i in range(a, b):
                chars[i] = " "
    return "".join(chars), " ".join(quoted), full_spans


def _without_dates(text: str, mentions: list[DateMention], offset: int = 0) -> str:
    """Date phrases blanked, so 'since the truce' does not make a sentence about an agreement."""
    chars = list(text)
    for m in mentions:
        if m.role == "until":
            continue                              # "given until Monday to decide" is what makes a deadline
        for i in range(max(m.start - offset, 0), min(m.end - offset, len(chars))):
            chars[i] = " "
    return "".join(chars)


def _drop_setting(text: str) -> str:
    """Scene-setting openers ('Outside court,', 'In a statement after the hearing,') are not the news."""
    previous = None
    while previous != text:
        previous = text
        text = SETTING.sub("", text, count=1)
    return text


def _classify(narrative: str, quoted: str, mentions: list[DateMention], offset: int = 0) -> tuple[str, int]:
    speech = bool(attribution_verbs(narrative))
    text = _drop_setting(_without_dates(narrative, mentions, offset).strip())
    if speech:
        text = ANAPHORIC.sub(" ", text)
    # The sentence's subject weighs double: "A deadline ... passed; however, officials had rejected it".
    subject = leading_noun_phrase(LEADING_ADVERBIAL.sub("", text.strip()))
    category, score = classify(text + " " + subject, quoted, speech)
    if category == "statement":
        verb = next(iter(attribution_verbs(narrative)), None)
        tail = TAIL_ATTRIBUTION.search(narrative)
        reported = narrative[:tail.start()] if tail else (narrative[verb.end():] if verb else "")
        own_doing = re.match(r"\W*(?:that\s+)?(?:he|she|they|we|i|it)\b", reported, re.I)
        if reported.strip() and not MODAL.search(reported) and PAST_TENSE.search(reported) and not quoted.strip() \
                and not own_doing:
            category = "other"                      # "X said reinforcements had left": a report of a happening
    return category, score


def analyse(sentence: Sentence, para: Paragraph, quotes: list[Quote], names: list[Name],
            published: dt.date, ref: dt.date | None, resolve=lambda name: None) -> Unit:
    narrative, quoted, spans = _blank_quotes(sentence, para)
    mentions = [_in_since_clause(m, sentence.text) for m in find_dates(sentence.text, published, ref=ref, skip=spans)]
    verbs = list(attribution_verbs(narrative))
    # find_quotes lists quotes in article order: this sentence's are found by bisection, not by a pass
    # over every quote of the article for every sentence (quadratic on quote-heavy articles).
    first = bisect_left(quotes, sentence.index, key=lambda q: q.sentence)
    mine = quotes[first:bisect_right(quotes, sentence.index, lo=first, key=lambda q: q.sentence)]
    quote_chars = sum(b - a for a, b in spans)
    words_outside = len(re.findall(r"\w+", _drop_setting(narrative.strip())))
    quote_only = bool(mine) and (quote_chars >= len(sentence.text) * 0.5 or words_outside <= 12) and \
        not any(m.role != "until" for m in mentions)
    if not mine and not narrative.strip(" \"“”.,"):
        quote_only = True                       # a paragraph that is a quote the scanner left unattributed
    if quote_only:                              # what the quote says, not what the attribution mentions
        category, score = classify("", quoted, True)
    else:
        category, score = _classify(narrative, quoted, mentions)
    continuing = any(v.group().lower() in CONTINUING_VERBS for v in verbs) or \
        bool(re.search(r"\b(?:further|also|later)\s+(?:said|told|added|wrote)\b", narrative))
    speaker = next((q.speaker for q in mine if q.speaker), None)
    if speaker is None and verbs and category in SPEAKER_NEWS:   # "Dragomir said ...": who is speaking
        first = next((n for n in names if n.end <= verbs[0].start() and (n.kind == "person" or n.single)), None)
        speaker = (resolve(first.text) if first.single else first.text) if first else None
    return Unit(sentence, sentence.text, 0, narrative, mine, names, mentions, category, score, bool(verbs),
                speaker, quote_only, continuing)


def _in_since_clause(m: DateMention, text: str) -> DateMention:
    """'since the first patient was admitted last month': the date is when something began, not the event's."""
    if m.role == "point" and re.search(r"\bsince\b(?:\s+\w+)*\s+\w+(?:ed|en|ing)\b[^,;]*$", text[:m.start]):
        return DateMention(m.start, m.end, m.text, m.value, m.approximate, m.time, "since-clause", m.end_value)
    return m


def _embedded(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in EMBEDDED.finditer(text)]


def _choose_when(unit: Unit, published: dt.date) -> When | None:
    """The date a unit's own words give its event: a date in its main clause before one in a relative clause."""
    inside = _embedded(unit.text)
    text = unit.sentence.text

    def possessive(m: DateMention) -> bool:          # "next year's elections", "Sunday's vote": a modifier
        return m.text.endswith(("'s", "’s")) or text[m.end:m.end + 2] in ("'s", "’s")

    finer = {m.value[:4] for m in unit.mentions if len(m.value) > 4}
    ranked = sorted(unit.mentions, key=lambda m: (any(a <= m.start - unit.offset < b for a, b in inside),
                                                  possessive(m), m.role == "offset",
                                                  len(m.value) == 4 and m.value in finer))
    points = [m for m in ranked if m.role in ("point", "since", "offset", "duration")]
    until = [m for m in ranked if m.role == "until"]
    if unit.category == "deadline" and (until or _future(points, published)):
        m = (until or _future(points, published))[0]
        return When(m.value, m.approximate, m.time, None, m.text, True)
    for m in points:
        if not m.value:
            return When("", True, m.time, m.end_value, m.text, True)
        if m.role == "since" and unit.category == "casualties":
            return When("", True, m.time, m.end_value, m.text, True)     # a toll counted up to now
        end = m.end_value if m.role in ("duration", "since") else None
        return When(m.value, m.approximate, m.time, end, m.text, True, m.role)
    if until and unit.category not in ("ultimatum",):
        m = until[0]
        return When(m.value, True, m.time, None, m.text, True)
    return None


def _aside_mentions(unit: Unit, when: When) -> list[DateMention]:
    """Dates in a relative clause ('who took up the post last month') naming a day other than the event's:
    what the clause tells happened then, and is news of its own."""
    inside = _embedded(unit.text)
    return [m for m in unit.mentions if m.role == "point" and m.value and m.value != when.value
            and any(a <= m.start - unit.offset < b for a, b in inside)][:1]


def _future(mentions: list[DateMention], published: dt.date) -> list[DateMention]:
    return [m for m in mentions if m.value and m.value[:10] > published.isoformat()[:len(m.value)]]


def _default_when(unit: Unit, published: dt.date, recent: list[tuple[int, str]], time: str | None) -> When:
    """An undated sentence: the day of the event just told, if it tells of the past, else the publication day."""
    past = PAST_TENSE.search(unit.narrative) and not PRESENT_TENSE.search(unit.narrative.split(",")[0])
    if past and recent and not unit.quote_only and unit.category != "statement":
        paragraph, value = recent[-1]
        day = parse_day(value)
        # The lede's date carries into the paragraph that details it; elsewhere only within a paragraph.
        close = paragraph == unit.sentence.paragraph or (paragraph == 0 and unit.sentence.paragraph == 1)
        if close and day and 0 <= (published - day).days <= INHERIT_WITHIN_DAYS:
            return When(value, True, time)
    return When(published.isoformat(), True, time)


def _clause_bounds(text: str, loose: bool = False) -> list[tuple[int, int]]:
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
        if not FINITE_VERB.search(text[a:b]) and b < len(text):
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


def _split_clauses(unit: Unit) -> list[tuple[int, int]]:
    """Clause bounds of a sentence that tells of happenings on different days ('disembarked on Monday,
    landing on Tuesday'), or of a dated subordinate happening after an undated main clause."""
    dated = [m for m in unit.mentions if m.role in ("point", "offset") and m.value]
    if not dated:
        return []
    if len({m.value for m in dated}) >= 2:
        clauses = _clause_bounds(unit.text, loose=True)
        owners = {i for i, (a, b) in enumerate(clauses) for m in dated if a <= m.start < b}
        return clauses if len(owners) >= 2 else []
    clauses = _clause_bounds(unit.text)
    if len(clauses) < 2:
        return []
    owners = {i for i, (a, b) in enumerate(clauses) for m in dated if a <= m.start < b}
    owner = clauses[min(owners)]
    if owner == clauses[0] or not SUBORDINATOR.match(unit.text, owner[0]):
        return []
    main = clauses[0]
    _, main_score = classify(unit.narrative[main[0]:main[1]], "", unit.speech)
    return [(main[0], owner[0]), (owner[0], len(unit.text))] if main_score >= 3 or unit.speech else []


def _pieces(unit: Unit) -> list[Unit]:
    """The unit itself, or one unit per dated clause."""
    clauses = _split_clauses(unit)
    if not clauses:
        return [unit]
    pieces = []
    for a, b in clauses:
        narrative = unit.narrative[a:b]
        mentions = [m for m in unit.mentions if a <= m.start < b]
        category, score = _classify(narrative, "", mentions, a)
        pieces.append(Unit(unit.sentence, unit.text[a:b], a, narrative, unit.quotes if not pieces else [],
                           unit.names, mentions, category, score, bool(attribution_verbs(narrative)),
                           unit.speaker, False, False))
    return pieces


def build_drafts(units: list[Unit], published: dt.date) -> list[Draft]:
    """Walk the units in order, starting a draft or continuing the current one. Events told in passing
    (relative and 'since' clauses) are kept aside, so they never become the event that later sentences continue."""
    drafts: list[Draft] = []
    side: list[tuple[int, Draft]] = []          # (number of drafts before it, draft)
    recent: list[tuple[int, str]] = []          # (paragraph, day) of events dated by their own words
    for unit in units:
        for piece in _pieces(unit):
            own = _choose_when(piece, published)
            _place_event(piece, own, drafts, recent, published)
            side.extend((len(drafts), extra) for extra in _extra_drafts(piece, own or drafts[-1].when))
    after: dict[int, list[Draft]] = {}
    for position, extra in side:
        after.setdefault(position, []).append(extra)
    ordered: list[Draft] = []
    for i, draft in enumerate(drafts, start=1):
        ordered.append(draft)
        ordered.extend(after.get(i, ()))
    return ordered


def _commentator(unit: Unit) -> bool:
    roles = " ".join(q.role or "" for q in unit.quotes).lower().split()
    return any(word in COMMENTATOR_ROLES for word in roles)


def _extra_drafts(unit: Unit, when: When) -> list[Draft]:
    """Events a sentence tells in passing: in a relative clause ('who took up the post last month') or in a
    'since' clause ('since the Taliban returned to power in August 2021')."""
    extras: list[Draft] = []
    for m in _aside_mentions(unit, when):
        clause = next((c for c in EMBEDDED.finditer(unit.text) if c.start() <= m.start - unit.offset < c.end()), None)
        text = clause.group().strip(" ,") if clause else m.text
        category, _ = classify(_without_dates(text, [m], unit.offset + (clause.start() if clause else 0)), "", False)
        extras.append(Draft([unit], When(m.value, m.approximate, m.time, None, m.text, True), category, unit,
                            kind="aside"))
    since = [m for m in unit.mentions if m.role in ("since", "since-clause") and m.value]
    if since and (when.value == "" or when.role != "since") and since[0].value != when.value:
        m = since[0]
        extras.append(Draft([unit], When(m.value, m.approximate, m.time, None, m.text, True, "since"), "other", unit,
                            kind="onset"))
    return extras


def _place_event(unit: Unit, own: When | None, drafts: list[Draft], recent: list[tuple[int, str]],
                 published: dt.date) -> None:
    """Add `unit` to the current event or start a new one (two, for an ultimatum with a time limit)."""
    current = drafts[-1] if drafts else None
    if current is not None and current.kind in ("deadline", "onset", "aside") and len(drafts) > 1 and \
            (unit.quote_only or unit.continuing):
        current = drafts[-2]                    # a quote after an ultimatum belongs to the ultimatum
    if current is not None and _continues(unit, current, own):
        current.units.append(unit)
        if unit.speaker:
            current.speakers.add(unit.speaker)
        if current.category in ("other", "statement") and unit.score >= 3 and not unit.quote_only \
                and not unit.speech:
            current.category = unit.category
        return
    time = next((m.time for m in unit.mentions if m.time), None)
    category = unit.category
    future = _future([m for m in unit.mentions if m.role in ("until", "point")], published)
    if category in ("ultimatum", "deadline") and future and not (own and own.explicit and own.value <= published.isoformat()
                                                                 and category == "deadline"):
        # An ultimatum names its time limit: one event when it is issued, one when it runs out.
        past = [m for m in unit.mentions if m.value and m not in future and m.role == "point"]
        issued = When(past[0].value, past[0].approximate, past[0].time, None, past[0].text, True) if past \
            else _default_when(unit, published, recent, None)
        drafts.append(Draft([unit], issued, "ultimatum", unit, speakers={unit.speaker} if unit.speaker else set()))
        m = future[0]
        drafts.append(Draft([unit], When(m.value, m.approximate, m.time, None, m.text, True), "deadline", unit,
                            kind="deadline"))
        return
    when = own or _default_when(unit, published, recent, time)
    if when.explicit and len(when.value) == 10 and when.role == "point":
        recent.append((unit.sentence.paragraph, when.value))
    drafts.append(Draft([unit], when, category, unit, speakers={unit.speaker} if unit.speaker else set()))


def _continues(unit: Unit, current: Draft, own: When | None) -> bool:
    """Whether `unit` adds to the event being assembled rather than starting another."""
    if current.kind in ("deadline", "onset", "aside") and not (unit.quote_only or unit.continuing):
        return False
    same_paragraph = unit.sentence.paragraph == current.paragraph
    near = unit.sentence.paragraph - current.paragraph <= 1
    if unit.continuing and near:
        return True                              # "he added that a year ago ...": still the same statement
    if own is not None and own.explicit and own.value != current.when.value:
        return False
    if own is None and _present(unit) and _long_ago(current.when):
        return False                             # "He denies any wrongdoing" after his 2011 appointment: news of now
    if unit.quote_only:
        if unit.speaker is None or unit.speaker in current.speakers:
            return near
        if (_commentator(unit) or _recounts(unit)) and near:
            return True                          # a witness telling what happened, not news of its own
        return same_paragraph and not current.speakers
    if COMMENTARY.match(unit.narrative.strip()) and own is None:
        return True                              # "Analysts say ...": commentary on what was just told
    strong = unit.score >= 3 and unit.category != current.category and unit.category not in ("statement", "other")
    if strong and unit.category == "casualties" and current.category in ("strike", "shelling") and same_paragraph:
        strong = False                           # the toll of the attack just told
    if same_paragraph:
        if current.focus.speech and not unit.speech and (unit.score >= 3 or current.category == "statement") \
                and ACTION.search(unit.narrative):
            return False                         # "X said ... . Police used tear gas": a happening of its own
        return not strong and not (unit.speech and own is not None)
    if unit.score >= 2 or (unit.speech and unit.category in ("statement", "other")):
        return False
    return not PAST_TENSE.search(unit.narrative) or unit.score == 0 and len(unit.narrative.split()) < 12


def _present(unit: Unit) -> bool:
    return bool(PRESENT_TENSE.search(unit.narrative)) and not PAST_TENSE.search(unit.narrative)


def _long_ago(when: When) -> bool:
    """A background date the article names by month or year ('in 2011', 'in December 2013')."""
    return when.explicit and when.role not in ("since", "duration") and 0 < len(when.value) < 10


def _recounts(unit: Unit) -> bool:
    """A quote telling past happenings ('We heard shooting ...') rather than declaring a position."""
    said = " ".join(q.text for q in unit.quotes)
    return bool(said) and bool(PAST_TENSE.search(said)) and not MODAL.search(said) and \
        not DECLARATIVE.search(said) and unit.category == "statement"


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    """One deadline per day; an undated opening summary joins the later event it sums up."""
    merged: list[Draft] = []
    deadlines: dict[str, Draft] = {}        # the first deadline of each day, not a search of all drafts
    members: dict[int, set[int]] = {}       # id(deadline) -> ids of its units: not a search of its list
    for draft in drafts:
        twin = deadlines.get(draft.when.value) if draft.category == "deadline" else None
        if twin is not None:
            held = members.get(id(twin))
            if held is None:
                held = members[id(twin)] = {id(u) for u in twin.units}
            for unit in draft.units:
                if id(unit) not in held:
                    held.add(id(unit))
                    twin.units.append(unit)
            twin.kind = "event" if "event" in (twin.kind, draft.kind) else twin.kind
            continue
        merged.append(draft)
        if draft.category == "deadline":
            deadlines.setdefault(draft.when.value, draft)
    if len(merged) > 1:
        lede = merged[0]
        if not lede.when.explicit and lede.units[0].sentence.index == 0 and len(lede.units) == 1:
            later = next((d for d in merged[1:] if d.category == lede.category), None)
            if later is not None:
                later.units[:0] = lede.units
                merged = merged[1:]
    return merged
