"""Direct quotes and who said them: attribution verbs, speakers, roles, and the channel they spoke through."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from builder.extract.cast import Cast
from builder.extract.lexicon import CONTINUING_VERBS, PRONOUNS, SPEECH_VERBS
from builder.extract.names import Name, find_names
from builder.extract.quotemarks import span_starting_at, spans_overlapping
from builder.extract.sentences import Paragraph, Sentence

MIN_WORDS = 3          # one- or two-word quotes are scare quotes ("bandits"), not speech
# Verbs that report speech in a sentence; "called for" and "demanding" carry quoted demands.
ATTRIBUTION = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) +
                         r"|called(?:\s+for)?|calling\s+for|demand(?:ed|ing|s)?|vowing|describ(?:ed|ing)|"
                         r"characteri[sz]ed|according\s+to)\b", re.I)
# How the words reached the reporter: "told Ukrainian Pravda", "in a Facebook post", "on Telegram".
VIA_PATTERNS = [
    re.compile(r"\btold\s+(?:the\s+)?(?:news\s+(?:outlet|agency|website)\s+|(?:broadcaster|newspaper|"
               r"daily|channel)\s+)?(?P<via>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the))*)"),
    re.compile(r"\b(?:in|on)\s+(?P<via>(?:a|an|his|her|their|its)\s+(?:\w+\s+){0,2}?(?:Facebook|Telegram|"
               r"Twitter|Instagram|X|YouTube|televised|television|video|radio|written|public|press|"
               r"telephone|phone)?\s*(?:post|statement|address|message|interview|briefing|conference|"
               r"broadcast|speech|letter|video))\b", re.I),
    re.compile(r"\bon\s+(?P<via>Telegram|Facebook|Twitter|Instagram|X|YouTube|television|state television|"
               r"(?:[A-Z][\w-]+\s+)?(?:television|radio|TV))\b"),
    re.compile(r"\b(?:in\s+remarks|speaking|an\s+interview)\s+(?:to|with)\s+(?P<via>[\w'’-]+(?:\s+[A-Z]?[\w'’-]+){0,2}?"
               r"(?:\s+(?:television|radio|TV|news\s+agency))?)(?=[,.;]|\s+(?:said|that))"),
    re.compile(r"\bto\s+(?P<via>(?:the\s+)?(?:Reuters|AFP|AP|BBC|CNN|Al Jazeera|Bloomberg|Associated Press|"
               r"[A-Z][\w-]+\s+news\s+agency))\b"),
    re.compile(r"\baccording\s+to\s+(?:news\s+agency\s+|the\s+)?(?P<via>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"),
    re.compile(r"\bvia\s+(?P<via>e-?mail|text message|Telegram|Facebook|Twitter)\b", re.I),
]
DETERMINERS = re.compile(r"^(?:the|a|an|this|that|its|his|her|their|some|one|two|three|several)\s+", re.I)
LEAD_INS = re.compile(r"^(?:and|but|after|when|while|as|because|though|although|however|meanwhile|rather|"
                      r"instead|also|then|so|yet)\b[\s,]*", re.I)


@dataclass(frozen=True)
class Quote:
    """A direct quote in the article, attributed."""

    text: str
    start: int                  # article offsets of the quoted span, marks included
    end: int
    sentence: int               # index of the sentence it starts in
    speaker: str | None
    role: str | None = None
    via: str | None = None
    partial: bool = False


@dataclass
class _Context:
    cast: Cast
    salient: list[str]          # people in speaking or subject position, most recent last
    last_speaker: str | None = None
    last_speaker_paragraph: int = -1
    last_role: str | None = None
    last_via: str | None = None


def quote_text(raw: str) -> str:
    """The words between the marks, without them and without the comma that hands over to 'he said'."""
    # str.strip, not an end-anchored regex: that was quadratic on long runs of marks or spaces.
    text = raw.strip().strip("\"“”„«»").strip()
    end = len(text)
    while end and (text[end - 1] in ",;:" or text[end - 1].isspace()):
        end -= 1
    return text[:end]


def _masked(sentence: Sentence, para: Paragraph) -> str:
    """The sentence with every quote blanked out, so verbs and names inside quotes are not read as narrative."""
    chars = list(sentence.text)
    offset = sentence.start - para.start
    for span in spans_overlapping(para.quotes, offset, offset + len(chars)):
        a, b = max(span.start - offset, 0), min(span.end - offset, len(chars))
        for i in range(a, b):
            chars[i] = " " if i not in (a, b - 1) else "\""
    return "".join(chars)


PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+$")


@lru_cache(maxsize=4)
def _speech_verbs(masked: str) -> tuple[re.Match, ...]:
    """Attribution verbs of a sentence, not passives ("was said"); once per sentence, not once per quote.

    Only a short stretch before each verb is searched: searching all the text before it was quadratic.
    """
    return tuple(m for m in ATTRIBUTION.finditer(masked)
                 if not PASSIVE_BEFORE.search(masked[max(0, m.start() - 40):m.start()]))


def _is_partial(para: Paragraph, span_start: int, text: str) -> bool:
    """A fragment woven into the reporter's sentence, not a quote standing on its own."""
    before = para.text[max(0, span_start - 200):span_start].rstrip()     # bounded: once per quote
    if not text[:1].isupper():
        return True
    if not before or before.endswith((":", ",", ".", "!", "?", "”", "\"")):
        return False
    return not ATTRIBUTION.search(before.split()[-1] if before.split() else "")


def _via(text: str) -> str | None:
    for pattern in VIA_PATTERNS:
        m = pattern.search(text)
        if m:
            via = m.group("via").strip().rstrip(".,")
            return re.sub(r"^the\s+", "", via) if not via.lower().startswith("the ") or len(via.split()) > 2 else via
    return None


def _subject_text(masked: str, verb_start: int, quote_end: int | None) -> str:
    """The words before the verb that name who spoke, from the start of its clause."""
    start = 0
    for m in re.finditer(r"\"[^\"]*\"|;|\bthat\b", masked[:verb_start]):
        if m.group().startswith("\"") and m.end() <= verb_start:
            start = max(start, m.end())
        elif m.group() == ";":
            start = max(start, m.end())
    return masked[start:verb_start].strip(" ,:")


def _person_in(names: list[Name], lo: int, hi: int, text: str, cast: Cast | None = None) -> Name | None:
    """The first person named in [lo, hi), skipping names listed after 'including'."""
    for name in names:
        known = name.single and cast is not None and cast.resolve(name.text)
        if (name.kind == "person" or known) and lo <= name.start < hi:
            if re.search(r"\bincluding\b[^.]*$", text[lo:name.start]):
                continue
            return name
    return None


ADVERBIAL = re.compile(r"^(?:on|in|at|after|before|during|since|until|by|for|with|without|from|yesterday|today|"
                       r"earlier|later|meanwhile|however|speaking|asked|discussing|according|including|"
                       r"separately|also|instead|rather|still|now|then)\b", re.I)


def _describe(phrase: str) -> str | None:
    """A non-name speaker as a short noun phrase: 'Prosecutors', 'the MDC' -> 'MDC', '2006 US report'."""
    phrase = LEAD_INS.sub("", phrase.strip(" ,")).strip()
    chunks = [c.strip() for c in phrase.split(",") if c.strip()]
    phrase = next((c for c in chunks if not ADVERBIAL.match(c)), "")
    phrase = DETERMINERS.sub("", phrase).strip()
    if "\"" in phrase:
        return None
    words = phrase.split()
    if not words or len(words) > 8:
        return None
    return phrase


class Attributor:
    """Attributes every quote of an article, sentence by sentence, remembering who spoke last."""

    def __init__(self, cast: Cast):
        self.ctx = _Context(cast=cast, salient=[])

    def person(self, name: Name) -> str:
        """Canonical form of a person: one-word names resolve to the full name."""
        if name.single:
            return self.ctx.cast.resolve(name.text) or name.text
        return self.ctx.cast.variant_of(name.text) and name.text or name.text

    def role_of(self, person: str, name: Name | None) -> str | None:
        if name is not None and name.role:
            return name.role
        return self.ctx.cast.roles.get(person) or self.ctx.cast.roles.get(self.ctx.cast.variant_of(person) or "")

    def note_subject(self, masked: str, names: list[Name]) -> None:
        """The first person named outside quotes is the likeliest referent of a later 'he'."""
        name = _person_in(names, 0, len(masked), masked, self.ctx.cast)
        while name is not None and masked[name.start:name.start + 1] in (" ", "\""):
            name = _person_in(names, name.end, len(masked), masked, self.ctx.cast)
        if name is not None:
            self.ctx.salient.append(self.person(name))

    def speaker_from(self, masked: str, verb: re.Match, names: list[Name], quote_end: int | None) -> tuple[str | None, str | None]:
        """Who the verb at `verb` attributes to, and their role."""
        after = masked[verb.end():]
        before = _subject_text(masked, verb.start(), quote_end)
        pronoun = re.search(r"\b(he|she|they)\s*$", before, re.I)
        inverted = not before or before.endswith("\"") or re.fullmatch(r"[\s\"”,]*", before)
        if pronoun and not _person_in(names, verb.start() - len(before), verb.start(), masked):
            person = self.resolve_pronoun(pronoun.group(1))
            return person, self.role_of(person, None) if person else None
        if not inverted:
            lo = verb.start() - len(before) if before else verb.start()
            lo = masked.rfind(before, 0, verb.start()) if before else verb.start()
            name = _person_in(names, lo, verb.start(), masked, self.ctx.cast)
            if name:
                person = self.person(name)
                return person, self.role_of(person, name)
            described = _describe(before)
            if described:
                return self.from_description(described)
        name = _person_in(names, verb.end(), len(masked), masked, self.ctx.cast)
        if name:
            person = self.person(name)
            return person, self.role_of(person, name)
        described = _describe(re.split(r"[.;]", after)[0])
        if described:
            return self.from_description(described)
        return None, None

    def from_description(self, described: str) -> tuple[str | None, str | None]:
        if described.lower() in PRONOUNS:
            return self.resolve_pronoun(described), None
        words = described.split()
        if len(words) == 1 and words[0] in self.ctx.cast.acronyms:
            return self.ctx.cast.expand(words[0]), None
        if len(words) == 1 and words[0][0].isupper():
            resolved = self.ctx.cast.resolve(words[0])
            if resolved:
                return resolved, self.ctx.cast.roles.get(resolved)
        holder = self.ctx.cast.by_role(described)
        if holder:
            return holder, self.ctx.cast.roles.get(holder)
        return described, None

    def resolve_pronoun(self, pronoun: str) -> str | None:
        if pronoun.lower() == "they":
            return self.ctx.last_speaker
        return self.ctx.salient[-1] if self.ctx.salient else self.ctx.last_speaker

    def attribute(self, para: Paragraph, sentence: Sentence, span_start: int, names: list[Name],
                  masked: str, first_in_paragraph: bool) -> tuple[str | None, str | None, str | None]:
        """Speaker, role and channel of the quote starting at paragraph offset `span_start`."""
        offset = sentence.start - para.start
        q_start = span_start - offset
        span = span_starting_at(para.quotes, span_start)
        q_end = min(span.end - offset, len(masked))
        verbs = _speech_verbs(masked)
        # The first verb after the quote with no other quote between, and the last verb before it:
        # found by bisection, as the verbs are in text order.
        next_mark = masked.find("\"", q_end)
        first_after = bisect_left(verbs, q_end, key=lambda v: v.start())
        after = [verbs[first_after]] if first_after < len(verbs) and (
            next_mark < 0 or next_mark >= verbs[first_after].start()) else []
        last_before = bisect_right(verbs, q_start, key=lambda v: v.end())
        before = verbs[last_before - 1:last_before] if last_before else ()
        verb = after[0] if after and (not before or after[0].start() - q_end <= 60) else (before[-1] if before else None)
        if verb is not None:
            speaker, role = self.speaker_from(masked, verb, names, q_end)
            if speaker:
                if verb.group().lower() in CONTINUING_VERBS and speaker in PRONOUNS:
                    speaker = self.ctx.last_speaker
                return speaker, role, _via(masked)
        if self.ctx.last_speaker and (not first_in_paragraph or para.index - self.ctx.last_speaker_paragraph <= 1):
            return self.ctx.last_speaker, self.ctx.last_role, self.ctx.last_via
        return None, None, None


def find_quotes(paragraphs: list[Paragraph], sentences: list[Sentence], cast: Cast,
                names_by_sentence: list[list[Name]]) -> list[Quote]:
    """Every direct quote of three words or more, attributed, in article order."""
    attributor = Attributor(cast)
    quotes: list[Quote] = []
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    for para in paragraphs:
        for sentence in by_paragraph.get(para.index, []):
            masked = _masked(sentence, para)
            names = names_by_sentence[sentence.index]
            offset = sentence.start - para.start
            for span in spans_overlapping(para.quotes, offset, offset + len(sentence.text)):
                if not offset <= span.start < offset + len(sentence.text):
                    continue
                lo, hi = span.inner
                text = quote_text(para.text[lo:hi])
                standalone = text[:1].isupper() and text.endswith((".", "!", "?")) and span.closed
                handed_over = para.text[lo:hi].rstrip().endswith(",") and bool(
                    ATTRIBUTION.match(re.sub(r"^\W*(?:\w+\s+){0,3}?", "", para.text[span.end:span.end + 40])))
                if len(re.findall(r"\w+", text)) < MIN_WORDS and not (standalone or handed_over):
                    continue
                first = span.start == 0
                speaker, role, via = attributor.attribute(para, sentence, span.start, names, masked, first)
                partial = _is_partial(para, span.start, text)
                quotes.append(Quote(text, para.start + span.start, para.start + span.end, sentence.index,
                                    speaker, role, via, partial))
                if speaker:
                    ctx = attributor.ctx
                    ctx.last_speaker, ctx.last_role, ctx.last_via = speaker, role, via
                    ctx.last_speaker_paragraph = para.index
                    if speaker not in ctx.salient[-1:]:
                        ctx.salient.append(speaker)
            attributor.note_subject(masked, names)
    return quotes
