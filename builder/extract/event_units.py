"""One sentence (or clause) analysed: its narrative with quotes blanked, its dates, quotes, names, speaker and
category: the material events are grouped from."""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from builder.extract.categories import classify
from builder.extract.dates import DateMention, find_dates
from builder.extract.lexicon import CONTINUING_VERBS, CREDIT_PREFIXES, EDITORIAL_NOTES
from builder.extract.names import Name
from builder.extract.quotemarks import spans_overlapping
from builder.extract.quotes import TAIL_ATTRIBUTION, Quote, attribution_verbs, leading_noun_phrase, opens_as_fragment
from builder.extract.sentences import Paragraph, Sentence
from builder.extract.speech import PASSIVE_BEFORE
from builder.extract.speech_acts import classify_saying, main_saying
from builder.extract.relatives import embedded
from builder.extract.tense import (COPULA_STATE, DENIED, FINITE_VERB, HABIT, HABIT_WORDS, MODAL, NEGATED_STATE,
                                   NO_SUBJECT, PAST_TENSE, PERFECT, STATE_PHRASE, TREND_SPAN)

LEADING_ADVERBIAL = re.compile(r"^(?:[A-Z]?[a-z]+ly|yesterday|today|meanwhile|however|on \w+day|in \w+)\s*,\s*", re.I)

# "the arrest was linked to protests": a definite noun points back to news already told, it is not new news.
# ("the death toll has risen to 1,000" is a count, new news: a toll is no death told before.)
ANAPHORIC = re.compile(r"\b(?:the|this|that|these|those|its|their|his|her)\s+(?:\w+\s+)?"
                       r"(?:arrests?|attacks?|strikes?|shelling|bombings?|explosions?|blasts?|killings?|"
                       r"deaths?(?!\s+tolls?\b)|investigation|raids?|"
                       r"detentions?|ceasefire|truce|deal|agreement|talks|evacuation|rescue|ultimatum|deadline)\b", re.I)

# Categories whose news is what someone said.
SPEAKER_NEWS = frozenset({"statement", "warning", "rejection", "diplomacy", "agreement", "ultimatum", "legal"})

SETTING = re.compile(r"^(?:in|on|at|outside|inside|after|before|during|speaking|writing|addressing|sentencing|"
                     r"responding|asked|according to)\b[^,;]{0,80},\s*|"
                     # what the subject went through, told before its own doing: "Awakened by mortar explosions,
                     # residents hid inside their houses"
                     r"^(?:awakened|woken|alarmed|frightened|terrified|scared|startled)\s+by\b[^,;]{0,60},\s*", re.I)


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
    saying: bool = False            # the clause's main verb is a saying ("X said ...", "..., X said")
    background: bool = False        # describes a state, a habit or a happening denied: no event of its own


def is_credit(sentence: Sentence, paragraphs: int) -> bool:
    """A closing credit line ('With reporting from IRN') or an editor's note ('Correction: An earlier version of this
    story said ...'), not news."""
    text = sentence.text.strip().lower()
    return sentence.paragraph >= paragraphs - 2 and len(text.split()) <= 12 and text.startswith(CREDIT_PREFIXES) \
        or text.startswith(EDITORIAL_NOTES)


# Words that put a name on a thing: the quoted name is the speaker's word for it, not a happening the text tells.
LABELLED = re.compile(r"\b(?:calls|called|calling|dubbed|termed|branded|described\s+(?:it|this|them)?\s*as)\s*$", re.I)


def blank_quotes(sentence: Sentence, para: Paragraph) -> tuple[str, str, list[tuple[int, int]]]:
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
        fragment = opens_as_fragment(inner[1:])        # a fragment woven into the sentence stays narrative ...
        if not fragment or LABELLED.search(sentence.text, max(0, a - 30), a):
            if not fragment:                           # ... unless it is what someone calls a thing: "in what X
                full_spans.append((a, b))              # calls "an attack on national dignity"" tells no attack
            for i in range(a, b):
                chars[i] = " "
    return "".join(chars), " ".join(quoted), full_spans


def without_dates(text: str, mentions: list[DateMention], offset: int = 0) -> str:
    """Date phrases blanked, so 'since the truce' does not make a sentence about an agreement."""
    chars = list(text)
    for m in mentions:
        if m.role in ("until", "offset"):
            continue                              # "given until Monday to decide" is what makes a deadline;
                                                  # "two days after the explosion" says when (categories drop it)
        for i in range(max(m.start - offset, 0), min(m.end - offset, len(chars))):
            chars[i] = " "
    return "".join(chars)


# A clause set in something said or written: what it tells is that saying ("In a statement, X sent ...").
IN_A_STATEMENT = re.compile(r"\W*in\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:statement|speech|address|"
                            r"interview|letter|tweet|post|message)\s*,", re.I)


def drop_setting(text: str) -> str:
    """Scene-setting openers ('Outside court,', 'In a statement after the hearing,') are not the news."""
    previous = None
    while previous != text:
        previous = text
        text = SETTING.sub("", text, count=1)
    return text


# "is reported to have", "reported to be from": hearsay about a happening, not a saying.
HEARSAY = re.compile(r"\b(?:(?:is|are|was|were|been)\s+)?(?:reported|said|believed|thought)\s+to\s+(?:have|be)\b", re.I)


# A subordinating word with no comma between it and a verb: the verb is in a clause that hangs on another.
SUBORDINATE_BEFORE = re.compile(r"\b(?:with|after|before|until|because|while|once)\s[^,;:\"“”]*$", re.I)

# "The talks ... continued Wednesday": a happening going on, not a speaker continuing (that takes a comma or a quote).
CONTINUED_HAPPENING = re.compile(r"(?:continued|continues)\b(?!\s*[,:\"“”])", re.I)


def classify_clause(narrative: str, quoted: str, mentions: list[DateMention], offset: int = 0) -> tuple[str, int]:
    verbs = [v for v in attribution_verbs(narrative)
             if not HEARSAY.match(narrative, v.start()) and not CONTINUED_HAPPENING.match(narrative, v.start())]
    speech = bool(verbs)
    # A saying verb in the passive tells a happening, not someone's saying: "84 cases were reported to the
    # watchdog", "the decrees have been suggested as the origin" are no statements (what they tell of is known, as
    # in any report: "no injuries were reported in the attacks"). An accusation is a claim whoever makes it: "the
    # minister is accused of directing a corrupt scheme" stays a saying.
    # Nor is a saying in a clause that hangs on the main one: "Rallies continued ..., with 1000 people demanding
    # the journalists' freedom", "The fraud was uncovered after he told his girlfriend of the scheme".
    says = any((v.group().lower() == "accused" or not PASSIVE_BEFORE.search(narrative, max(0, v.start() - 40),
                                                                            v.start()))
               and not SUBORDINATE_BEFORE.search(narrative, max(0, v.start() - 80), v.start()) for v in verbs)
    undated = without_dates(narrative, mentions, offset)
    saying = main_saying(narrative)              # (cached: grouping asks the same of the same clause)
    if saying is not None:                       # "X said ...": a statement unless the saying is an act
        speaker, verb, content = saying
        # the content without its dates: blanking keeps every character's place
        content = undated[len(narrative) - len(content):] if narrative.endswith(content) else undated[:len(content)]
        return classify_saying(speaker, verb, content, quoted, known=ANAPHORIC)
    undated = undated.strip()
    text = drop_setting(undated)
    if speech:
        text = ANAPHORIC.sub(" ", text)
    # The sentence's subject weighs double: "A deadline ... passed; however, officials had rejected it".
    subject = leading_noun_phrase(LEADING_ADVERBIAL.sub("", text.strip()))
    category, score = classify(text + " " + subject, quoted, says)
    if category == "other" and score == 0 and IN_A_STATEMENT.match(undated):
        category = "statement"      # 'In a statement, the Prime Minister sent "his heartfelt condolences ..."'
    if category == "statement" and score == 0:     # a saying no cue named ("claimed responsibility" is one)
        verb = next(iter(attribution_verbs(narrative)), None)
        tail = TAIL_ATTRIBUTION.search(narrative)
        reported = narrative[:tail.start()] if tail else (narrative[verb.end():] if verb else "")
        own_doing = re.match(r"\W*(?:that\s+)?(?:he|she|they|we|i|it)\b", reported, re.I)
        alleged = verb is not None and verb.group().lower() == "accused"   # what is alleged is no happening told
        if reported.strip() and not MODAL.search(reported) and PAST_TENSE.search(reported) and not quoted.strip() \
                and not own_doing and not alleged:
            category = "other"                      # "X said reinforcements had left": a report of a happening
    return category, score


# A condition no one is reported stating tells what may happen, not what did: "If the court continues to uphold the
# death penalty, the only other option is ...", "If the judge grants the request on Friday, X would be held ...".
HYPOTHESIS = re.compile(r"\W*(?:if|unless)\s", re.I)


def _sets_terms(category: str, score: int, mentions: list[DateMention]) -> bool:
    """Whether a condition is the news itself: an ultimatum's terms or time limit ("If they do not lay down their
    arms by Thursday, the army will attack"), or a threat ("If Iran does not halt enrichment, it could face
    sanctions": the corpus README's warning)."""
    return category in ("ultimatum", "deadline") or (category == "warning" and score >= 3) or \
        any(m.role == "until" for m in mentions)


def analyse(sentence: Sentence, para: Paragraph, quotes: list[Quote], names: list[Name],
            published: dt.date, ref: dt.date | None, resolve=lambda name: None, weekday_back: bool = False) -> Unit:
    narrative, quoted, spans = blank_quotes(sentence, para)
    mentions = [in_since_clause(m, sentence.text)
                for m in find_dates(sentence.text, published, ref=ref, skip=spans, weekday_back=weekday_back)]
    verbs = [v for v in attribution_verbs(narrative) if not _goes_on(v, narrative, quoted)]
    # find_quotes lists quotes in article order: this sentence's are found by bisection, not by a pass
    # over every quote of the article for every sentence (quadratic on quote-heavy articles).
    first = bisect_left(quotes, sentence.index, key=lambda q: q.sentence)
    mine = quotes[first:bisect_right(quotes, sentence.index, lo=first, key=lambda q: q.sentence)]
    quote_chars = sum(b - a for a, b in spans)
    words_outside = len(re.findall(r"\w+", drop_setting(narrative.strip())))
    quote_only = bool(mine) and (quote_chars >= len(sentence.text) * 0.5 or words_outside <= 12) and \
        not any(m.role != "until" for m in mentions)
    if not mine and not narrative.strip(" \"“”.,"):
        quote_only = True                       # a paragraph that is a quote the scanner left unattributed
    if quote_only:                              # what the quote says, not what the attribution mentions
        category, score = classify("", quoted, True)
    else:
        category, score = classify_clause(narrative, quoted, mentions)
    continuing = any(v.group().lower() in CONTINUING_VERBS for v in verbs) or \
        bool(re.search(r"\b(?:further|also|later)\s+(?:said|told|added|wrote)\b", narrative))
    speaker = next((q.speaker for q in mine if q.speaker), None)
    if speaker is None and verbs and category in SPEAKER_NEWS:   # "Dragomir said ...": who is speaking
        first = next((n for n in names if n.end <= verbs[0].start() and (n.kind == "person" or n.single)), None)
        speaker = (resolve(first.text) if first.single else first.text) if first else None
    saying = not quote_only and main_saying(narrative) is not None
    hypothesis = HYPOTHESIS.match(narrative) is not None and not verbs and not _sets_terms(category, score, mentions)
    background = not quote_only and not saying and (describes(narrative, category, mentions) or hypothesis)
    return Unit(sentence, sentence.text, 0, narrative, mine, names, mentions, category, score, bool(verbs),
                speaker, quote_only, continuing, saying, background)


# A saying whose subject is a pronoun that opens the sentence: "He tells VOA reporter Peter Clottey that ...",
# "He also announced ...". Its saying's subject must be the pronoun: in "He was summoned on Monday, officials said"
# the officials speak.
PRONOUN_SAYER = re.compile(r"\W*(?:(?:later|also|however|but|and)\W+)*(?:he|she)\b", re.I)
PRONOUN_ONLY = re.compile(r"\W*(?:(?:later|also|however|but|and)\W+)*(?:he|she)(?:\W+(?:also|later|then|again))*\W*",
                          re.I)


def pronoun_speaker(unit: Unit, before: Unit | None, resolve=lambda name: None) -> str | None:
    """Who "he" or "she" is when a saying's subject is a pronoun and the sentence before named one person only
    ("Akwasi Osei-Adjei is Ghana's foreign minister. He tells VOA ..."): that person, so the quotes that follow in
    his name are the same statement. None when the sentence before named no one or several."""
    if before is None or unit.speaker or not unit.saying or not PRONOUN_SAYER.match(unit.narrative):
        return None
    saying = main_saying(unit.narrative)
    if saying is None or not PRONOUN_ONLY.fullmatch(saying[0]):
        return None
    named = {n.text for n in before.names if n.kind == "person"}
    if len(named) != 1:
        return None
    name = named.pop()
    return resolve(name) or name


# News that a state can be: a toll ("40 people are dead"), a threat, a refusal, a deadline.
NEWS_IN_A_STATE = frozenset({"casualties", "warning", "rejection", "ultimatum", "deadline", "agreement", "evacuation"})


def describes(narrative: str, category: str, mentions: list[DateMention]) -> bool:
    """Whether an undated clause describes rather than tells: a state, a habit, a happening denied."""
    dated = any(m.role in ("point", "until") and m.value and not _modifies_a_noun(narrative, m) for m in mentions)
    if category in NEWS_IN_A_STATE or dated:
        return False
    main = drop_setting(narrative.strip())
    for m in reversed(embedded(main)):
        main = main[:m.start()] + " " + main[m.end():]
    verb = FINITE_VERB.search(main)                # the main verb: the first one outside relative clauses
    state = (COPULA_STATE.match(main, verb.start()) or NEGATED_STATE.match(main, verb.start())) if verb else None
    lowered = main.lower()
    habit = any(word in lowered for word in HABIT_WORDS) and HABIT.search(main)
    denied = (" not " in lowered or " never " in lowered) and DENIED.search(main) or NO_SUBJECT.match(main)
    # (a trend's span often opens the clause, where drop_setting cut it: "In recent years, several attacks ...")
    trend = PERFECT.search(main) and (TREND_SPAN.search(main) or TREND_SPAN.search(narrative.partition(",")[0]))
    return bool(state or habit or denied or STATE_PHRASE.search(main) or trend)


def _goes_on(verb: re.Match, narrative: str, quoted: str) -> bool:
    """"The talks continued Wednesday": a happening that went on, not a speaker who went on speaking ('"...," he
    continued', 'she continued that ...')."""
    return verb.group().lower() in ("continued", "continues") and not quoted.strip() and \
        not re.match(r"\s*(?:[,:]|that\b|by\s+saying\b)", narrative[verb.end():], re.I)


def _modifies_a_noun(narrative: str, m: DateMention) -> bool:
    """A date that is no time of the clause: "This year's theme was ...", "As of 2018, it was present in ..."."""
    opener = narrative[:m.start] + (m.text[:3] if m.text.lower().startswith("of ") else "")   # "As " + "of 2018"
    return bool(re.match(r"\s*['’]s\b", narrative[m.end:]) or re.search(r"(?:^|[,;])\s*as\s+of\s+$", opener, re.I))


def in_since_clause(m: DateMention, text: str) -> DateMention:
    """'since the first patient was admitted last month': the date is when something began, not the event's."""
    if m.role == "point" and re.search(r"\bsince\b(?:\s+\w+)*\s+\w+(?:ed|en|ing)\b[^,;]*$", text[:m.start]):
        return DateMention(m.start, m.end, m.text, m.value, m.approximate, m.time, "since-clause", m.end_value)
    return m
