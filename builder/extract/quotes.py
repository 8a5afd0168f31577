"""Direct quotes and who said them: attribution verbs, speakers, roles, and the channel they spoke through."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from builder.extract import caseless
from builder.extract.cast import Cast
from builder.extract.lexicon import OUTLETS as OUTLET_NAMES
from builder.extract.lexicon import DEMONYMS, NOT_NAME_WORDS, PRONOUNS, ROLE_NOUNS, SPEECH_VERBS
from builder.extract.names import Name
from builder.extract.quotemarks import Span, span_starting_at, spans_overlapping
from builder.extract.sentences import Paragraph, Sentence
from builder.extract.speakers import can_speak, genders, governed, head_noun, trimmed

# Documents that "say" things on behalf of whoever issued them.
CHANNELS = frozenset({"statement", "communique", "communiqué", "letter", "message", "post", "video", "note",
                      "declaration", "press release", "release"})
MIN_WORDS = 3          # one- or two-word quotes are scare quotes ("bandits"), not speech
# Verbs that report speech in a sentence; "called for" and "demanding" carry quoted demands.
ATTRIBUTION = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) +
                         r"|called(?:\s+for)?|calling\s+for|demand(?:ed|ing|s)?|vowing|describ(?:ed|ing)|"
                         r"characteri[sz]ed|according\s+to)\b", re.I)
_ATTRIBUTION_LOWERCASE = caseless.for_lowercased(ATTRIBUTION.pattern)


@lru_cache(maxsize=8)
def attribution_verbs(text: str) -> tuple[re.Match, ...]:
    """ATTRIBUTION's matches in `text`, in order; once per sentence, however many stages ask."""
    return tuple(caseless.finditer(_ATTRIBUTION_LOWERCASE, ATTRIBUTION, text))


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
    sentence: int = 0                # the sentence being attributed: a "spokesman" named later is not meant
    genders: dict[str, str] = field(default_factory=dict)    # person -> "m" / "f", where the article shows it
    bodies: set[str] = field(default_factory=set)           # organisations the article names
    # (paragraph, sentence, person) of the last sentence without quotes whose subject is a person: the
    # speaker of a bare quote right after it ('X gave his view. "..."')
    intro: tuple[int, int, str] | None = None
    masked: str = ""                 # the sentence being attributed, quotes blanked


def quote_text(raw: str) -> str:
    """The words between the marks, without them and without the comma that hands over to 'he said'."""
    # str.strip, not an end-anchored regex: that was quadratic on long runs of marks or spaces.
    text = raw.strip().strip("\"“”„«»").strip()
    end = len(text)
    while end and (text[end - 1] in ",;:" or text[end - 1].isspace()):
        end -= 1
    return text[:end]


# Words before quotation marks that make what they hold a name or a label, not speech: 'Operation "Cast Lead"',
# 'the so-called "judge"', 'a film titled "The Long Night"'.
TITLE_CUES = re.compile(r"(?:\b(?:operation|dubbed|named|titled|entitled|called|known\s+as|film|book|song|album|"
                        r"novel|documentary|campaign|programme|program|plan|slogan|motto|banner|the|a|an)\s*[(]?)$",
                        re.I)
SMALL_WORDS = frozenset("a an the of and or for to in on at by with from as is are de la le del".split())
# Last words that make a name of a law, a plan or an operation (lexicon.THING_WORDS, lower case after the mark).
TITLE_AFTER = re.compile(r"^\s*(?:act|law|bill|plan|operation|campaign|programme|program|initiative|doctrine|"
                         r"movement|policy|strategy|report|film|song|book)\b", re.I)


def is_title(para_text: str, span: Span, text: str) -> bool:
    """Whether quotation marks hold a title or a label, not speech: 'so-called "..."', a short run of
    capitalised words after a cue ('Operation "Cast Lead"', 'the "Protect Our Coast" plan')."""
    before = para_text[max(0, span.start - 30):span.start]
    if re.search(r"so-called\s*$", before, re.I):
        return True
    words = text.split()
    if not words or len(words) > 8 or text.rstrip().endswith((".", "!", "?", ",", ";", ":")):
        return False
    if not all(w[:1].isupper() or not w[:1].isalpha() for w in words if w.lower() not in SMALL_WORDS):
        return False
    return bool(words[0] == "Operation" or TITLE_CUES.search(before.rstrip()) or
                TITLE_AFTER.match(para_text[span.end:span.end + 20]))


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
    return tuple(m for m in attribution_verbs(masked)
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


def _via_near(masked: str, verb: re.Match) -> str | None:
    """The channel named around one attribution verb: each quote of a sentence gets its own, and the
    search stays bounded however long the sentence is."""
    return _via(masked[max(0, verb.start() - 150):verb.end() + 120])


def _subject_text(masked: str, verb_start: int) -> str:
    """The words before the verb that may name who spoke: from the start of the sentence or its last ';'."""
    start = masked.rfind(";", 0, verb_start) + 1
    return masked[start:verb_start].strip(" ,:")


# ", the military said this morning" or ", according to the U.N." closing a report: who told it, not news.
TAIL_ATTRIBUTION = re.compile(r",\s+[^,;]{0,90}?\b(?:said|says|told\s+\w+(?:\s+\w+)?|added|reported)"
                              r"(?:\s+[\w.]+){0,3}\W*$|,\s+according\s+to\s+[^,;]{1,90}\W*$", re.I)


def _hands_over(between: str) -> bool:
    """Whether the words between a quote and a later verb are just its speaker: '," he said', '," X said'."""
    words = between.strip(" ,\"”’").split()
    return "\"" not in between.strip(" ,\"”’") and len(words) <= 9 and not (words and CONJUNCTIONS.match(words[0]))


AUXILIARIES = frozenset("is are was were be been being has have had will would".split())


def _capitalised_word(masked: str, name: Name) -> bool:
    """Whether a one-word name may only be capitalised because it opens the sentence ("Officials said")."""
    return not masked[:name.start].strip() and name.text.lower() + "s" != name.text.lower() and (
        name.text.endswith("s") or name.text in NOT_NAME_WORDS or name.text in DEMONYMS)


def _person_in(names: list[Name], lo: int, hi: int, text: str, cast: Cast | None = None,
               heads_only: bool = False) -> Name | None:
    """The first person named in [lo, hi), skipping names listed after 'including'; with `heads_only`, also
    names hanging on a preposition or participle ('a spokesman for X', 'a lawyer representing X')."""
    for name in names:
        if heads_only and governed(text, name.start):
            continue
        if text[name.start:name.start + 1] in (" ", "\""):
            continue                                   # inside a blanked quote: named by the speaker, not the reporter
        if re.match(r"['’]s?\b", text[name.end:name.end + 2]):
            continue                                   # "Hargreaves's barrister": the barrister speaks
        known = name.single and cast is not None and cast.resolve(name.text)
        if (name.kind == "person" or known) and lo <= name.start < hi:
            if re.search(r"\bincluding\b[^.]*$", text[lo:name.start]):
                continue
            return name
    return None


ADVERBIAL = re.compile(r"^(?:on|in|at|after|before|during|since|until|by|for|with|without|from|yesterday|today|"
                       r"late|early|outside|inside|sentencing|"
                       r"earlier|later|meanwhile|however|speaking|asked|discussing|according|including|"
                       r"separately|also|instead|rather|still|now|then|writing|responding|addressing)\b", re.I)
# Words that end the subject of a clause: verbs and auxiliaries.
VERBISH = re.compile(r"^(?:is|are|was|were|be|been|has|have|had|did|does|do|will|would|could|can|may|might|must|"
                     r"should|shall|\w+ed|\w+ing|" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")$", re.I)
CONJUNCTIONS = re.compile(r"^(?:and|but|or|while|which|who|that|as|because|after|before|when|although|though|if|unless|"
                          r"whether|so|until|since|once|where|whose|even|then)\b", re.I)


def leading_noun_phrase(chunk: str, limit: int = 12) -> str:
    """The words of a clause before its first verb: its subject ('Emergency services said ...')."""
    words: list[str] = []
    content = False
    for word in chunk.split()[:limit]:
        if content and VERBISH.match(word.strip(",.;:")) and not word[:1].isupper():
            break                                # "a masked man said": "masked" after "a" is an adjective
        words.append(word)
        content = content or word.lower() not in ("a", "an", "the", "its", "his", "her", "their", "our")
    return " ".join(words).strip(" ,")


def subject_chunk(phrase: str) -> str:
    """The clause part of `phrase` that holds the subject: adverbial chunks ('Speaking on Tuesday,') dropped."""
    phrase = LEAD_INS.sub("", phrase.strip(" ,")).strip()
    chunks = [c.strip() for c in re.split(r",|;", phrase) if c.strip()]
    return next((c for c in chunks if not ADVERBIAL.match(c)), "")


# No leading \s*: in a sentence whose quotes are blanked to spaces, it made every match attempt inside a run
# of spaces scan to its end (quadratic in the run); the space before a match is dropped in code instead.
DATE_WORDS = re.compile(r"\b(?:(?:late|early)\s+)?(?:on|in|last|this|next)\s+(?:\w+day|week|month|year|night|morning|"
                        r"january|february|march|april|may|june|july|august|september|october|november|december)\b"
                        r"|\b(?:yesterday|today|tonight)\b", re.I)
_DATE_WORDS_LOWERCASE = caseless.for_lowercased(DATE_WORDS.pattern)
FUNCTION_WORDS = frozenset("a an the it its what which who this that these those he she they we i you one some "
                           "late early there here".split())


def _without_date_words(phrase: str) -> str:
    """DATE_WORDS taken out, with the spaces before each."""
    kept, at = [], 0
    for m in caseless.finditer(_DATE_WORDS_LOWERCASE, DATE_WORDS, phrase):
        kept.append(phrase[at:m.start()].rstrip())     # with the spaces before it
        at = m.end()
    return "".join(kept) + phrase[at:]


def _describe(phrase: str) -> str | None:
    """A non-name speaker as a short noun phrase: 'Prosecutors', 'the MDC' -> 'MDC', '2006 US report'."""
    phrase = leading_noun_phrase(subject_chunk(_without_date_words(phrase)))
    phrase = re.sub(r"\s+(?:who|which|that|whose)$", "", DETERMINERS.sub("", phrase).strip())   # "a man who"
    if all(w.lower() in FUNCTION_WORDS for w in phrase.split()):
        return None
    if "\"" in phrase:
        return None
    words = phrase.split()
    if not words or len(words) > 7:
        return None
    if any(w.lower() in ("to", "if", "that", "as", "about", "when", "because") for w in words) or \
            (re.search(r"\d", words[0]) and len(words) < 2):
        return None                                   # a clause, not a noun phrase naming a speaker
    return phrase


def _unnamed_person(described: str) -> bool:
    """'Qatari official', 'a senior army officer': one person described by a role, not named."""
    words = described.split()
    head = words[-1].lower() if words else ""
    return 1 < len(words) <= 5 and head in ROLE_NOUNS and not (head.endswith("s") and head[:-1] in ROLE_NOUNS)


class Attributor:
    """Attributes every quote of an article, sentence by sentence, remembering who spoke last."""

    def __init__(self, cast: Cast):
        self.ctx = _Context(cast=cast, salient=[])
        self._names: list[Name] = []             # the names of the sentence being read

    def person(self, name: Name) -> str:
        """Canonical form of a person: one-word names resolve to the full name."""
        if name.single:
            return self.ctx.cast.resolve(name.text) or name.text
        return name.text                         # a full name as written here ("Bacar" where others wrote "Bakar")

    def role_of(self, person: str, name: Name | None) -> str | None:
        if name is not None and name.role:
            return name.role
        return self.ctx.cast.roles.get(person) or self.ctx.cast.roles.get(self.ctx.cast.variant_of(person) or "")

    def note_subject(self, masked: str, names: list[Name], paragraph: int, index: int = -1,
                     quoted: bool = False) -> None:
        """A person in subject position is the likeliest referent of a later 'he' (a person named as an object,
        'met officers X and Y', is not); one who is reported speaking ('X said the government would ...') is
        the likeliest speaker of the quote after; one introduced in a sentence without quotes ('X gave his
        view.') is the speaker of a bare quote right after it."""
        self._names = names
        verbs = _speech_verbs(masked)
        name = self.subject_person(masked, names)
        if name is not None:
            self.ctx.salient.append(self.person(name))
        self.ctx.intro = (paragraph, index, self.person(name)) if name is not None and not quoted else None
        if verbs:
            verb = verbs[0]
            if verb.group().lower().startswith("according"):
                person, role = self.inverted(masked, verb, names)
            else:
                person, role = self.subject(_subject_text(masked, verb.start()), 0, verb, names, masked)
            unnamed = person is not None and _unnamed_person(person)
            if person and (person in self.ctx.cast.people or self.ctx.cast.variant_of(person) or unnamed):
                ctx = self.ctx
                ctx.last_speaker, ctx.last_role, ctx.last_via = person, role, _via_near(masked, verb)
                ctx.last_speaker_paragraph = paragraph
                # The one reported speaking is the likeliest "he" of the next quote, after the clause's subject
                # ("According to X, Y is a thorn. '...,' he said": X); so is an unnamed official ("A Qatari
                # official, who asked not to be named, said ... 'The door is not closed,' he said").
                if person not in ctx.salient[-1:]:
                    ctx.salient.append(person)

    def subject_person(self, masked: str, names: list[Name]) -> Name | None:
        """The person the sentence is about: named in its subject, before its first verb, heading its phrase."""
        at = 0
        for chunk in re.split(r"([,;])", masked):
            text = LEAD_INS.sub("", chunk.strip())
            if text and chunk not in ",;" and not ADVERBIAL.match(text):
                break
            at += len(chunk)
        for name in names:
            if name.start < at or not (name.kind == "person" or (name.single and self.ctx.cast.resolve(name.text))):
                continue
            if masked[name.start:name.start + 1] in (" ", "\"") or re.match(r"['’]s?\b", masked[name.end:name.end + 2]):
                continue
            before = masked[max(at, masked.rfind(",", 0, name.start) + 1):name.start].split()
            if any(VERBISH.match(w.strip(",.;:")) and not w[:1].isupper() for w in before) or \
                    any(w.strip(",.;:").lower() in AUXILIARIES for w in masked[at:name.start].split()):
                return None                  # "X was greeted by the President and the First Lady, Y": not Y
            if not governed(masked, name.start):             # "The director of X, Y, ...": Y
                return name
        return None

    def speaker_from(self, masked: str, verb: re.Match, names: list[Name],
                     quote_end: int) -> tuple[str | None, str | None]:
        """Who the verb at `verb` attributes the quote ending at `quote_end` to, and their role."""
        if verb.group().lower().startswith("according"):
            return self.inverted(masked, verb, names)             # 'according to X, "..."'
        if verb.start() >= quote_end:
            between = masked[quote_end:verb.start()]
            if not between.strip(" ,\"”’"):
                return self.inverted(masked, verb, names)          # '"...," said X'
            return self.subject(between, quote_end, verb, names, masked)  # '"...," X said'
        before = _subject_text(masked, verb.start())
        return self.subject(before, verb.start() - len(before), verb, names, masked)

    def inverted(self, masked: str, verb: re.Match, names: list[Name]) -> tuple[str | None, str | None]:
        """'said X, a ROLE' / 'said a spokesman for the presidency, Abdulkadir Mohamed Osman'."""
        rest = re.split(r"[.;!?\"“]", masked[verb.end():])[0]
        name = _person_in(names, verb.end(), verb.end() + len(rest), masked, self.ctx.cast)
        if name:
            person = self.person(name)
            return person, self.role_of(person, name)
        pronoun = re.match(r"\s*(he|she|they)\b", rest, re.I)
        if pronoun:
            person = self.resolve_pronoun(pronoun.group(1))
            return person, self.role_of(person, None) if person else None
        described = _describe(trimmed(rest))
        return self.from_description(described) if described else (None, None)

    def subject(self, phrase: str, lo: int, verb: re.Match, names: list[Name], masked: str) -> tuple[str | None, str | None]:
        """The speaker named in the words before the verb."""
        lo = max(masked.rfind(phrase.strip(), 0, verb.start()), 0) if phrase.strip() else verb.start()
        adjacent = re.search(r"(?:\b(?:also|further|later|then|again)\s+)?$", masked[:verb.start()].rstrip())
        pronoun = re.search(r"\b(he|she|they)$", masked[lo:adjacent.start()].rstrip(), re.I)
        if pronoun and lo + pronoun.start() > lo + len(subject_chunk(phrase)):
            # "X and her party left, protesting what they called ...": the pronoun right before the verb
            person = self.resolve_pronoun(pronoun.group(1), at=lo + pronoun.start())
            return person, self.role_of(person, None) if person else None
        for name in names:                                         # "after Brown called": nearest first
            gap = masked[name.end:adjacent.start() if adjacent else verb.start()].strip()
            if name.end <= verb.start() and gap in ("", ",") and not re.match(r"['’]s?\b", masked[name.end:name.end + 2]) \
                    and not governed(masked, name.start) and not self._in_apposition(masked, name, lo):
                if name.kind == "person" or (name.single and self.ctx.cast.resolve(name.text)):
                    person = self.person(name)
                    return person, self.role_of(person, name)
                if name.single and name.kind == "unknown" and can_speak(name.text) and not _capitalised_word(masked, name):
                    return name.text, None                         # "Koval said": a surname the article gave alone
        chunk = subject_chunk(phrase)
        pronoun = re.match(r"(he|she|they)\b", chunk, re.I)
        if pronoun:
            person = self.resolve_pronoun(pronoun.group(1))
            return person, self.role_of(person, None) if person else None
        name = _person_in(names, lo, verb.start(), masked, self.ctx.cast, heads_only=True)
        if name:
            person = self.person(name)
            return person, self.role_of(person, name)
        bodies = [n for n in names if n.kind == "organisation" and lo <= n.start < verb.start()
                  and n.text not in OUTLET_NAMES and not governed(masked, n.start)]
        # "The United Nations peacekeeping mission in Mali, MINUSMA, said": the name right before the verb.
        adjacent_body = next((n for n in reversed(bodies) if masked[n.end:verb.start()].strip() in ("", ",")), None)
        if adjacent_body is not None:
            return self.ctx.cast.expand(adjacent_body.text), None
        body = bodies[0] if bodies else None
        described = _describe(phrase)
        if body is not None and (described is None or body.text in described or len(described.split()) > 4):
            return self.ctx.cast.expand(body.text), None           # "Observers from the OSCE said"
        return self.from_description(described) if described else (None, None)

    def from_description(self, described: str) -> tuple[str | None, str | None]:
        described = trimmed(described)
        if described.lower() in PRONOUNS:
            return self.resolve_pronoun(described), None
        if described.lower() in CHANNELS and self.ctx.last_speaker:
            return self.ctx.last_speaker, self.ctx.last_role     # '"...," the statement said': its author
        words = described.split()
        if len(words) == 1 and words[0] in self.ctx.cast.acronyms:
            return self.ctx.cast.expand(words[0]), None
        if len(words) == 1 and words[0][0].isupper():
            resolved = self.ctx.cast.resolve(words[0])
            if resolved:
                return resolved, self.ctx.cast.roles.get(resolved)
        holder = self.ctx.cast.by_role(head_noun(described), before=self.ctx.sentence)
        if holder:
            return holder, self.ctx.cast.roles.get(holder)
        return described, None

    def resolve_pronoun(self, pronoun: str, at: int | None = None) -> str | None:
        """'he'/'she': the latest person in subject or speaking position whose gender, where known, agrees;
        'they': a body named before it in the sentence, or the last speaker when that was no one person."""
        ctx = self.ctx
        if pronoun.lower() == "they":
            before = [n for n in self._names if n.kind == "organisation" and (at is None or n.end <= at)
                      and n.text not in OUTLET_NAMES]
            if before:
                return ctx.cast.expand(before[-1].text)
            last = ctx.last_speaker
            return last if last and not (last in ctx.cast.people or ctx.cast.variant_of(last)) else None
        want = "f" if pronoun.lower() in ("she", "her") else "m"
        for person in reversed(ctx.salient[-8:]):
            if ctx.genders.get(person, want) == want:
                return person
        last = ctx.last_speaker
        return last if last and ctx.genders.get(last, want) == want else None

    def _in_apposition(self, masked: str, name: Name, lo: int) -> bool:
        """Whether `name` stands inside an apposition to an earlier name: 'X, a lawyer for Y,', 'X, the wife of
        the captain, Y, said' (X speaks)."""
        for head in self._names:
            if not (lo <= head.start and head.end < name.start and head.kind in ("person", "organisation")):
                continue
            between = masked[head.end:name.start]
            if re.match(r"\s*(?:,\s*\d+\s*)?,\s+(?:a|an|the|who|whose|which)\b", between) and not any(
                    VERBISH.match(w.strip(",.;:")) and not w[:1].isupper() for w in between.split()[2:]):
                return True
        return False

    def attribute(self, para: Paragraph, sentence: Sentence, span_start: int, names: list[Name],
                  masked: str, first_in_paragraph: bool,
                  partial: bool = False) -> tuple[str | None, str | None, str | None]:
        """Speaker, role and channel of the quote starting at paragraph offset `span_start`: a person or body
        the article names, or a role it describes; None rather than a fragment or a guess."""
        self._names = names
        speaker, role, via = self._attribute(para, sentence, span_start, names, masked, first_in_paragraph, partial)
        if speaker is None or self.nameable(speaker):
            return speaker, role, via
        return None, None, None

    def narrative_subject(self, before: str, names: list[Name]) -> tuple[str | None, str | None]:
        chunk = subject_chunk(_subject_text(before, len(before)))
        pronoun = re.match(r"(he|she)\b", chunk, re.I)
        if pronoun:
            return self.resolve_pronoun(pronoun.group(1)), None
        name = self.subject_person(before, [n for n in names if n.end <= len(before)])
        if name is None:
            return None, None
        person = self.person(name)
        return person, self.role_of(person, name)

    def nameable(self, speaker: str) -> bool:
        cast = self.ctx.cast
        return bool(speaker in cast.people or cast.variant_of(speaker) or speaker in self.ctx.bodies
                    or speaker in cast.acronyms.values() or can_speak(speaker))

    def _attribute(self, para: Paragraph, sentence: Sentence, span_start: int, names: list[Name],
                   masked: str, first_in_paragraph: bool, partial: bool) -> tuple[str | None, str | None, str | None]:
        offset = sentence.start - para.start
        q_start = span_start - offset
        span = span_starting_at(para.quotes, span_start)
        q_end = min(span.end - offset, len(masked))
        verbs = _speech_verbs(masked)
        # The first verb after the quote, when the words between are just its speaker ('," he said'), else
        # the last verb before it: found by bisection, as the verbs are in text order.
        first_after = bisect_left(verbs, q_end, key=lambda v: v.start())
        after = [verbs[first_after]] if first_after < len(verbs) and verbs[first_after].start() - q_end <= 150 \
            and _hands_over(masked[q_end:verbs[first_after].start()]) else []
        last_before = bisect_right(verbs, q_start, key=lambda v: v.end())
        before = verbs[last_before - 1:last_before] if last_before else ()
        verb = after[0] if after else (before[-1] if before else None)
        if verb is not None:
            speaker, role = self.speaker_from(masked, verb, names, q_end)
            if speaker:
                return speaker, role, _via_near(masked, verb)
        elif masked[:q_start].rstrip().endswith(":"):
            # 'X made the statement on Thursday: "..."': the subject of the clause the colon ends
            speaker, role = self.narrative_subject(masked[:q_start], names)
            if speaker:
                return speaker, role, None
        elif partial:
            # A phrase quoted in narrative with no speech verb: its clause's subject, if that is a person ("He
            # predicts some nations 'will be ...'"), else no one ("They were granted 'parole' status").
            return self.narrative_subject(masked[:q_start], names) + (None,)
        intro = self.ctx.intro
        if verb is None and intro and intro[:2] == (para.index, sentence.index - 1) and not masked[:q_start].strip():
            return intro[2], self.role_of(intro[2], None), None
        if self.ctx.last_speaker and (not first_in_paragraph or para.index - self.ctx.last_speaker_paragraph <= 1):
            return self.ctx.last_speaker, self.ctx.last_role, self.ctx.last_via
        return None, None, None


def find_quotes(paragraphs: list[Paragraph], sentences: list[Sentence], cast: Cast,
                names_by_sentence: list[list[Name]]) -> list[Quote]:
    """Every direct quote of three words or more, attributed, in article order."""
    attributor = Attributor(cast)
    ctx = attributor.ctx
    ctx.bodies = {cast.expand(n.text) for names in names_by_sentence for n in names if n.kind == "organisation"}
    ctx.genders = genders([(s.text, n) for s, n in zip(sentences, names_by_sentence)],
                          lambda name: attributor.person(name) if name.kind == "person" or cast.resolve(name.text)
                          else None)
    quotes: list[Quote] = []
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    carried: tuple[str | None, str | None, str | None] | None = None   # a quote left open at a paragraph's end
    for para in paragraphs:
        for sentence in by_paragraph.get(para.index, []):
            attributor.ctx.sentence = sentence.index
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
                if is_title(para.text, span, text):
                    continue                       # 'Operation "Cast Lead"', 'the so-called "judge"'

                first = span.start == 0
                partial = _is_partial(para, span.start, text)
                speaker, role, via = attributor.attribute(para, sentence, span.start, names, masked, first, partial)
                if first and carried and carried[0]:
                    # The paragraph goes on with the quote the last one left open: its speaker, whoever the
                    # narrative named in between.
                    speaker, role, via = carried
                quotes.append(Quote(text, para.start + span.start, para.start + span.end, sentence.index,
                                    speaker, role, via, partial))
                if speaker:
                    ctx.last_speaker, ctx.last_role, ctx.last_via = speaker, role, via
                    ctx.last_speaker_paragraph = para.index
                    if speaker not in ctx.salient[-1:]:
                        ctx.salient.append(speaker)
            quoted = bool(spans_overlapping(para.quotes, offset, offset + len(sentence.text)))
            attributor.note_subject(masked, names, para.index, sentence.index, quoted)
        last = para.quotes[-1] if para.quotes else None
        open_at_end = last is not None and not last.closed and quotes and quotes[-1].start == para.start + last.start
        carried = (quotes[-1].speaker, quotes[-1].role, quotes[-1].via) if open_at_end else None
    return quotes
