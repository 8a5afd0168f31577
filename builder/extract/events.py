"""Group analysed sentences into events: one entry per distinct event, not per sentence.

A sentence starts a new event when it brings its own date, a new speaker, or news of another kind;
otherwise it continues the event before it (a quote after "X said", a follow-up detail, commentary).
Sentences holding two dated happenings are split into one event per clause, and an ultimatum with a
time limit yields a second, `deadline` event on the day it runs out.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from builder.extract.categories import classify
from builder.extract.dates import DateMention, find_dates, parse_day
from builder.extract.lexicon import COMMENTATOR_ROLES, CONTINUING_VERBS, CREDIT_PREFIXES
from builder.extract.names import Name
from builder.extract.quotemarks import spans_overlapping
from builder.extract.quotes import ATTRIBUTION, Quote
from builder.extract.sentences import Paragraph, Sentence

INHERIT_WITHIN_DAYS = 7      # an undated past-tense sentence may take a date this close to publication
PAST_TENSE = re.compile(r"\b(?:was|were|had|did)\b|\b\w{3,}ed\b|\b(?:said|told|shot|hit|fled|began|fought|"
                        r"struck|took|saw|met|gave|left|made|went|came|held|led|sent|found|brought)\b", re.I)
PRESENT_TENSE = re.compile(r"\b(?:is|are|has|have|says|say|remains|continues)\b", re.I)
SUBORDINATE = re.compile(r",\s+(?=(?:after|before|when|while|as|following|since|until|who|which|where|landing|"
                         r"leaving|killing|wounding|prompting|forcing)\b)|;\s+|,\s+and\s+(?=\w+\s+\w+ed\b)", re.I)


@dataclass(frozen=True)
class When:
    """An event's date as the entry will carry it."""

    value: str
    approximate: bool = False
    time: str | None = None
    end: str | None = None
    text: str | None = None         # the article's words for it
    explicit: bool = False          # the sentence itself dated it


@dataclass
class Unit:
    """One sentence (or one clause of it), analysed."""

    sentence: Sentence
    text: str                       # the clause this unit covers (the whole sentence by default)
    narrative: str                  # the clause with its quotes blanked
    quotes: list[Quote]
    names: list[Name]
    mentions: list[DateMention]
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
    kind: str = "event"             # event | deadline
    speakers: set[str] = field(default_factory=set)

    @property
    def paragraph(self) -> int:
        return self.units[-1].sentence.paragraph


def is_credit(sentence: Sentence, paragraphs: int) -> bool:
    """A closing credit line ('With reporting from IRN'), not news."""
    text = sentence.text.strip().lower()
    return sentence.paragraph >= paragraphs - 2 and len(text.split()) <= 12 and text.startswith(CREDIT_PREFIXES)


def _blank_quotes(sentence: Sentence, para: Paragraph, keep_partial: bool) -> tuple[str, str, list[tuple[int, int]]]:
    """Narrative text with quotes blanked, the quoted words, and the spans of full (non-fragment) quotes."""
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
        fragment = keep_partial and inner[1:2].islower()
        if not fragment:
            full_spans.append((a, b))
            for i in range(a, b):
                chars[i] = " "
    return "".join(chars), " ".join(quoted), full_spans


def analyse(sentence: Sentence, para: Paragraph, quotes: list[Quote], names: list[Name],
            published: dt.date, ref: dt.date | None) -> Unit:
    narrative, quoted, spans = _blank_quotes(sentence, para, keep_partial=True)
    mentions = find_dates(sentence.text, published, ref=ref, skip=spans)
    verbs = [m for m in ATTRIBUTION.finditer(narrative)]
    speech = bool(verbs)
    mine = [q for q in quotes if q.sentence == sentence.index]
    quote_chars = sum(b - a for a, b in spans)
    words_outside = len(re.findall(r"\w+", narrative))
    quote_only = bool(mine) and (quote_chars >= len(sentence.text) * 0.5 or words_outside <= 12) and \
        not any(m.role != "until" for m in mentions)
    if not mine and not narrative.strip(" \"“”.,"):
        quote_only = True                       # a paragraph that is a quote the scanner left unattributed
    category, score = classify(narrative, quoted, speech)
    continuing = any(v.group().lower() in CONTINUING_VERBS for v in verbs) or \
        bool(re.search(r"\b(?:further|also|later)\s+(?:said|told|added|wrote)\b", narrative))
    speaker = next((q.speaker for q in mine if q.speaker), None)
    return Unit(sentence, sentence.text, narrative, mine, names, mentions, category, score, speech, speaker,
                quote_only, continuing)


def _choose_when(mentions: list[DateMention], category: str) -> When | None:
    """The date a unit's own words give its event."""
    points = [m for m in mentions if m.role in ("point", "since", "offset", "duration")]
    until = [m for m in mentions if m.role == "until"]
    if category == "deadline" and until:
        m = until[0]
        return When(m.value, m.approximate, m.time, None, m.text, True)
    for m in points:
        if not m.value:
            return When("", True, m.time, m.end_value, m.text, True)
        if m.role == "since" and category == "casualties":
            return When("", True, m.time, m.end_value, m.text, True)
        end = m.end_value if m.role in ("duration", "since") else None
        return When(m.value, m.approximate, m.time, end, m.text, True)
    if until and category not in ("ultimatum",):
        m = until[0]
        return When(m.value, True, m.time, None, m.text, True)
    return None


def _default_when(unit: Unit, published: dt.date, recent: list[tuple[int, str]], time: str | None) -> When:
    """An undated sentence: a recent day named nearby if it tells of the past, else the publication day."""
    past = PAST_TENSE.search(unit.narrative) and not PRESENT_TENSE.search(unit.narrative.split(",")[0])
    if past:
        for paragraph, value in reversed(recent):
            day = parse_day(value)
            if unit.sentence.paragraph - paragraph <= 1 and day and 0 <= (published - day).days <= INHERIT_WITHIN_DAYS:
                return When(value, True, time)
    return When(published.isoformat(), True, time)


def _split_clauses(unit: Unit) -> list[tuple[int, int]]:
    """Clause bounds of a sentence that tells of happenings on different days ('disembarked on Monday,
    landing on Tuesday'), or a subordinate clause with its own date after an undated main clause."""
    dated = [m for m in unit.mentions if m.role in ("point", "offset") and m.value]
    if not dated:
        return []
    text = unit.text
    cuts = [m.end() for m in SUBORDINATE.finditer(text)]
    bounds = [0] + [c for c in cuts if 0 < c < len(text)] + [len(text)]
    clauses = [(a, b) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]
    if len(clauses) < 2:
        return []
    days = {m.value for m in dated}
    if len(days) >= 2:
        owners = {i for i, (a, b) in enumerate(clauses) for m in dated if a <= m.start < b}
        return clauses if len(owners) >= 2 else []
    # One date in a later subordinate clause ("..., after Brown called ... on Friday"): the main clause is
    # another event when it carries news of its own.
    m = dated[0]
    first = clauses[0]
    if first[0] <= m.start < first[1]:
        return []
    main_category, main_score = classify(unit.narrative[first[0]:first[1]], "", unit.speech)
    return clauses if main_score >= 3 or unit.speech else []


def build_drafts(units: list[Unit], published: dt.date) -> list[Draft]:
    """Walk the units in order, starting a draft or continuing the current one."""
    drafts: list[Draft] = []
    recent: list[tuple[int, str]] = []          # (paragraph, day) of explicit dates seen so far
    for unit in units:
        for piece in _pieces(unit):
            _place(piece, drafts, recent, published)
    return drafts


def _pieces(unit: Unit) -> list[Unit]:
    """The unit itself, or one unit per dated clause."""
    clauses = _split_clauses(unit)
    if not clauses:
        return [unit]
    pieces = []
    for a, b in clauses:
        narrative = unit.narrative[a:b]
        mentions = [m for m in unit.mentions if a <= m.start < b]
        category, score = classify(narrative, "", unit.speech)
        pieces.append(Unit(unit.sentence, unit.text[a:b], narrative, unit.quotes if not pieces else [],
                           unit.names, mentions, category, score, bool(ATTRIBUTION.search(narrative)),
                           unit.speaker, False, False))
    return pieces


def _commentator(unit: Unit) -> bool:
    roles = " ".join(q.role or "" for q in unit.quotes).lower().split()
    return any(word in COMMENTATOR_ROLES for word in roles)


def _place(unit: Unit, drafts: list[Draft], recent: list[tuple[int, str]], published: dt.date) -> None:
    own = _choose_when(unit.mentions, unit.category)
    for m in unit.mentions:
        if m.value and len(m.value) == 10 and m.role == "point":
            recent.append((unit.sentence.paragraph, m.value))
    current = drafts[-1] if drafts else None
    if current is not None and _continues(unit, current, own):
        current.units.append(unit)
        if unit.speaker:
            current.speakers.add(unit.speaker)
        if current.category in ("other", "statement") and unit.score >= 3 and not unit.quote_only:
            current.category = unit.category
        return
    time = next((m.time for m in unit.mentions if m.time), None)
    when = own or _default_when(unit, published, recent, time)
    category = unit.category
    if unit.quote_only and category == "other":
        category = "statement"
    draft = Draft([unit], when, category, unit, speakers={unit.speaker} if unit.speaker else set())
    drafts.append(draft)
    until = [m for m in unit.mentions if m.role == "until" and m.value]
    if unit.category == "ultimatum" and until:
        m = until[0]
        drafts.append(Draft([unit], When(m.value, m.approximate, m.time, None, m.text, True), "deadline", unit,
                            kind="deadline"))


def _continues(unit: Unit, current: Draft, own: When | None) -> bool:
    """Whether `unit` adds to the event being assembled rather than starting another."""
    if current.kind == "deadline":
        return False
    if own is not None and own.explicit and own.value != current.when.value:
        return False
    same_paragraph = unit.sentence.paragraph == current.paragraph
    near = unit.sentence.paragraph - current.paragraph <= 1
    if unit.quote_only or unit.continuing:
        if unit.speaker is None or unit.speaker in current.speakers or unit.continuing:
            return near or unit.continuing
        if _commentator(unit) and near:
            return True
        return same_paragraph and not current.speakers
    strong = unit.score >= 3 and unit.category != current.category and unit.category not in ("statement", "other")
    if same_paragraph:
        return not strong and not (unit.speech and own is not None)
    if unit.score >= 2 or (unit.speech and unit.category in ("statement", "other")):
        return False
    return not PAST_TENSE.search(unit.narrative) or unit.score == 0 and len(unit.narrative.split()) < 12


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    """One deadline per day; an undated opening summary joins the later event it sums up."""
    merged: list[Draft] = []
    for draft in drafts:
        twin = next((d for d in merged if d.category == "deadline" == draft.category and d.when.value == draft.when.value), None)
        if twin is not None:
            twin.units.extend(u for u in draft.units if u not in twin.units)
            twin.kind = "event" if "event" in (twin.kind, draft.kind) else twin.kind
            continue
        merged.append(draft)
    if len(merged) > 1:
        lede = merged[0]
        if not lede.when.explicit and lede.units[0].sentence.index == 0 and len(lede.units) == 1:
            later = next((d for d in merged[1:] if d.category == lede.category), None)
            if later is not None:
                later.units[:0] = lede.units
                merged = merged[1:]
    return merged
