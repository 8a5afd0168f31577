"""Direct quotes of an article: found between quotation marks, told from titles and labels, and attributed
(attributor.py says who said each)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from builder.extract.attributor import Attributor
from builder.extract.cast import Cast
from builder.extract.clauses import leading_noun_phrase
from builder.extract.names import Name
from builder.extract.quotemarks import Span, spans_overlapping
from builder.extract.referents import note_document
from builder.extract.sentences import INTRODUCES_BLOCK, Paragraph, Sentence
from builder.extract.speakers import genders
from builder.extract.speech import ATTRIBUTION, TAIL_ATTRIBUTION, attribution_verbs, speech_verbs

# Re-exported: the events stage reads the same verbs and clauses.
__all__ = ["MIN_WORDS", "Quote", "TAIL_ATTRIBUTION", "attribution_verbs", "find_quotes", "is_title", "leading_noun_phrase",
           "quote_text"]

MIN_WORDS = 3          # one- or two-word quotes are scare quotes ("bandits"), not speech


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


def quote_text(raw: str) -> str:
    """The words between the marks, without them and without the comma that hands over to 'he said'."""
    # str.strip, not an end-anchored regex: that was quadratic on long runs of marks or spaces.
    text = raw.strip().strip("\"“”„«»").strip()
    end = len(text)
    while end and (text[end - 1] in ",;:" or text[end - 1].isspace()):
        end -= 1
    return text[:end]


# Works a title in quotation marks may name: 'On a new website, "The Internet Explorer 6 Countdown"', 'the "Mother
# Goose and Grimm" comic'.
_WORKS = (r"website|site|blog|page|magazine|column|comic|cartoon|strip|show|series|exhibition|event|project|report|"
          r"study")
# Words before quotation marks that make what they hold a name or a label, not speech: 'Operation "Cast Lead"',
# 'the so-called "judge"', 'a film titled "The Long Night"'.
TITLE_CUES = re.compile(r"(?:\b(?:operation|dubbed|named|titled|entitled|called|known\s+as|film|book|song|album|"
                        r"novel|documentary|campaign|programme|program|plan|slogan|motto|banner|the|a|an|"
                        # works performed: 'opened the show with "Viva la Vida"', 'a performance of "Uptown Funk"'
                        # (not any "with": 'ended her speech with "God Bless Our Country"' is speech)
                        r"(?:opened|closed|ended|began|started)\s+(?:the|their|his|her|its)\s+"
                        r"(?:show|set|concert|performance|programme|program)\s+with|"
                        r"(?:performance|rendition|medley|cover|version)s?\s+of|performed|performing|sang|singing|"
                        r"on|in|at|from)\s*[(]?|"        # 'says on "The IE6 Countdown"': a place to read, not speech
                        # 'On a new website, "The Internet Explorer 6 Countdown", ...': a work named in apposition
                        r"\b(?:" + _WORKS + r"|newspaper),\s*)$", re.I)
SMALL_WORDS = frozenset("a an the of and or for to in on at by with from as is are de la le del into onto over "
                        "under against upon via vs vs.".split())
# Last words that make a name of a law, a plan or an operation (lexicon.THING_WORDS, lower case after the mark), or
# of a work.
TITLE_AFTER = re.compile(r"^\s*(?:act|law|bill|plan|operation|campaign|programme|program|initiative|doctrine|"
                         r"movement|policy|strategy|film|song|book|game|album|" + _WORKS + r")\b", re.I)


def is_title(para_text: str, span: Span, text: str) -> bool:
    """Whether quotation marks hold a title or a label, not speech: 'so-called "..."', a short run of
    capitalised words after a cue ('Operation "Cast Lead"', 'the "Protect Our Coast" plan')."""
    before = para_text[max(0, span.start - 30):span.start]
    if re.search(r"so-called\s*$", before, re.I):
        return True
    words = text.split()
    # After a naming verb ('named "Protecting the Nation ...,"', 'named their robot "Robogee."') the comma or
    # full stop inside the marks is the copy's punctuation, and a name may run longer.
    named = NAMING_CUES.search(before.rstrip())
    if named:
        text = text.rstrip(".,;:")
        words = text.split()
    if not words or len(words) > (15 if named else 8) or text.rstrip().endswith((".", "!", "?", ",", ";", ":")):
        return False
    if TITLE_AFTER.match(para_text[span.end:span.end + 20]):
        return True                                # 'the "don't ask, don't tell" policy': its name, in any case
    if named and HEADING_CUES.search(before.rstrip()):
        return True                                # 'a story headlined "Congress threatens to leave DC ..."'
    if not all(w[:1].isupper() or not w[:1].isalpha() for w in words if w.lower() not in SMALL_WORDS):
        return False
    return bool(words[0] == "Operation" or named or TITLE_CUES.search(before.rstrip()) or
                TITLE_AFTER.match(para_text[span.end:span.end + 20]))


NAMING_CUES = re.compile(r"\b(?:dubbed|named|titled|entitled|headlined|known\s+as|called\s+(?:it|them))"
                         r"(?:\s+[a-z]+){0,3}\s*$")
# Of these, the ones that give a heading, written in sentence case as often as in title case.
HEADING_CUES = re.compile(r"\b(?:titled|entitled|headlined)\s*$")


def masked_sentence(sentence: Sentence, para: Paragraph) -> str:
    """The sentence with every quote blanked out, so verbs and names inside quotes are not read as narrative."""
    chars = list(sentence.text)
    offset = sentence.start - para.start
    for span in spans_overlapping(para.quotes, offset, offset + len(chars)):
        a, b = max(span.start - offset, 0), min(span.end - offset, len(chars))
        for i in range(a, b):
            chars[i] = " " if i not in (a, b - 1) else "\""
    return "".join(chars)


# A post typed in lower case opens on a lower-case "i" ("i've been saying this FOR YEARS!"): a whole quote, no fragment.
INFORMAL_I = re.compile(r"i(?:['’](?:m|ve|ll|d)\b|\s)")


def opens_as_fragment(words: str) -> bool:
    """Whether quoted words open in lower case, as a fragment woven into the reporter's sentence does."""
    return words[:1].islower() and not INFORMAL_I.match(words)


def is_partial(para: Paragraph, span_start: int, text: str) -> bool:
    """A fragment woven into the reporter's sentence, not a quote standing on its own."""
    before = para.text[max(0, span_start - 200):span_start].rstrip()     # bounded: once per quote
    if not text[:1].isupper() and not INFORMAL_I.match(text):     # a fragment, or words in brackets, a number ...
        return True
    if not before or before.endswith((":", ",", ".", "!", "?", "”", "\"")):
        return False
    return not ATTRIBUTION.search(before.split()[-1] if before.split() else "")


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
            masked = masked_sentence(sentence, para)
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
                # words as written: 'the "anti-democratic"' and '"so-called judge"' are two, scare quotes
                if len(text.split()) < MIN_WORDS and not (standalone or handed_over):
                    continue
                if is_title(para.text, span, text):
                    continue                       # 'Operation "Cast Lead"', 'the so-called "judge"'

                first = span.start == 0
                partial = is_partial(para, span.start, text)
                speaker, role, via = attributor.attribute(para, sentence, span.start, names, masked, first, partial)
                if first and carried and carried[0]:
                    # The paragraph goes on with the quote the last one left open: its speaker, whoever the
                    # narrative named in between.
                    speaker, role, via = carried
                quotes.append(Quote(text, para.start + span.start, para.start + span.end, sentence.index,
                                    speaker, role, via, partial))
                if speaker:
                    ctx.last_speaker, ctx.last_role, ctx.last_via = speaker, role, via
                    ctx.last_issuer = speaker
                    if not attributor.is_person(speaker):
                        ctx.last_body = speaker            # '"...," stated Save the Children. They added ...'
                    ctx.last_speaker_paragraph = para.index
                    if speaker not in ctx.salient[-1:]:
                        ctx.salient.append(speaker)
            quoted = bool(spans_overlapping(para.quotes, offset, offset + len(sentence.text)))
            note_document(ctx, masked)
            attributor.note_subject(masked, names, para.index, sentence.index, quoted)
        last = para.quotes[-1] if para.quotes else None
        open_at_end = last is not None and not last.closed and quotes and quotes[-1].start == para.start + last.start
        carried = (quotes[-1].speaker, quotes[-1].role, quotes[-1].via) if open_at_end else None
        if not para.quotes and INTRODUCES_BLOCK.search(para.text) and by_paragraph.get(para.index):
            carried = _introducer(attributor, by_paragraph[para.index][-1], para, names_by_sentence)
    return quotes


def _introducer(attributor: Attributor, sentence: Sentence, para: Paragraph,
                names_by_sentence: list[list[Name]]) -> tuple[str | None, str | None, str | None] | None:
    """Who "In a statement Peters says:" hands the next paragraphs to (a block quotation without marks)."""
    masked = masked_sentence(sentence, para)
    verbs = speech_verbs(masked)
    if not verbs:
        return None
    speaker, role = attributor.verb_subject(masked, verbs[-1], names_by_sentence[sentence.index])
    return (speaker, role, None) if speaker else None
