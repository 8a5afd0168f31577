"""Split an article into paragraphs and sentences, keeping each sentence's offsets in the article."""
from __future__ import annotations

import re
from dataclasses import dataclass

from builder.extract.date_words import CALENDAR_WORDS
from builder.extract.lexicon import NOT_NAME_WORDS, SPEECH_VERBS, TITLE_WORDS
from builder.extract.quotemarks import Span, find_spans, single_spans, spans_overlapping, uses_double_marks
from builder.vocabulary import NUMBERED_ABBREVIATIONS, TITLES, WEAK_ABBREVIATIONS

SENTENCE_OPENERS = frozenset("""
The A An He She It They We I You This That These Those There Here In On At But And However Meanwhile
His Her Their Its Our My After Before When While Some Many Most Officials Police Witnesses Yesterday
Today Earlier Later Last Since If As So Still Also Then Now One Two Three No Another Both Several
""".split())
# A run of sentence-final punctuation, with any closing marks after it.
# Only from the start of a run of marks: trying from inside a long run ("??????") rescanned it each time.
BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=\s)")
DOTTED = re.compile(r"^(?:[A-Za-z]\.){1,}[A-Za-z]?$")       # U.S  a.m  e.g  (the final '.' is the boundary)
MAX_SENTENCE = 2000                                        # characters; news sentences stay under ~600
TOKEN_WINDOW = 64                                          # longest word looked at before a full stop
STARTS_SENTENCE = re.compile(r"\s+([\"'“‘«(\[]?)(\w+)")


@dataclass(frozen=True)
class Sentence:
    """A sentence with its place in the article."""

    index: int          # position among the article's sentences
    paragraph: int      # position of its paragraph
    start: int          # offsets in the article text
    end: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    text: str
    quotes: tuple[Span, ...]    # quoted spans, offsets relative to the paragraph


def paragraphs(text: str) -> list[Paragraph]:
    """Non-empty lines of the article: a paragraph per line break, blank lines ignored."""
    single = not uses_double_marks(text)
    found: list[Paragraph] = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        carried = bool(found and found[-1].quotes and not found[-1].quotes[-1].closed)
        spans = find_spans(stripped, single=single, carried=carried)
        if not single:
            spans = sorted(spans + single_spans(stripped, spans), key=lambda s: s.start)
        if not spans and found and _block_goes_on(found[-1], stripped):
            spans = [Span(0, len(stripped), False, opened=False)]     # the words of the speaker it introduced
        found.append(Paragraph(len(found), start, stripped, tuple(spans)))
    return found


# "In a statement Peters says:" closing a paragraph without quotation marks: the paragraphs after it, in the first
# person and without marks of their own, are the statement (a block quotation whose indent the plain text lost).
INTRODUCES_BLOCK = re.compile(r"\b(?:said|says|stated|states|wrote|writes|added|adds|told\s+\w+(?:\s+\w+)?)\s*:\s*$",
                              re.I)
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|my|me|we|our|us)\b")


def _block_goes_on(before: Paragraph, text: str) -> bool:
    introduced = not before.quotes and bool(INTRODUCES_BLOCK.search(before.text))
    going_on = len(before.quotes) == 1 and not before.quotes[0].opened and before.quotes[0].start == 0 \
        and before.quotes[0].end == len(before.text) and not before.quotes[0].closed
    return (introduced or going_on) and bool(FIRST_PERSON.search(text)) and not INTRODUCES_BLOCK.search(text)


# Words a clock time runs on into ("at 3 p.m. Monday", "4 a.m. EST", "9 p.m. Eastern Time"): after a.m. or p.m.
# any other capitalised word starts a sentence ("... around 3 p.m. National Weather Service meteorologist X said").
TIME_RUNS_ON = CALENDAR_WORDS | frozenset({
    "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "eet", "ist", "jst",
    "aest", "aedt", "wib", "eastern", "central", "mountain", "pacific", "atlantic", "greenwich", "local", "moscow",
    "beijing"})


QUOTE_CLOSERS = "\"”’'»"
_SPEECH = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
HANDED_TO_NAME = re.compile(r"\s+(?:(?:[A-Z][\w'’.-]*\s+){1,4}(?:" + _SPEECH + r")|(?:" + _SPEECH +
                            r")\s+[A-Z][\w'’.-]*)\b(?=[^.!?\"“”]{0,80}[.!?])")


def _ends_sentence(text: str, cut: int, mark_start: int) -> bool:
    """Whether the punctuation ending at `cut` closes a sentence (not an abbreviation or an initial)."""
    after = STARTS_SENTENCE.match(text, cut)
    if not after:
        return False
    opener, word = after.groups()
    if not (word[0].isupper() or word[0].isdigit() or opener):
        return False
    if text[mark_start] != ".":
        # '"I am innocent!" Peter Dube shouted back.': a quote closing on ! or ? hands over to the name and the
        # speech verb after it, as one with a comma does
        return not (text[cut - 1:cut] in QUOTE_CLOSERS and HANDED_TO_NAME.match(text, cut))
    if text[mark_start:mark_start + 2] == ".." or text[mark_start] == "…":
        return True                                     # an ellipsis before a capital ends a sentence
    # Look back a bounded stretch: no abbreviation is longer, and scanning the whole paragraph
    # before every full stop made splitting quadratic on long paragraphs.
    token = re.search(r"[\w.'’-]*$", text[max(0, mark_start - TOKEN_WINDOW):mark_start]).group().lstrip("'’")
    if not token:
        return True
    if token in TITLES or (len(token) == 1 and token.isupper()):
        return False                                    # Gen. Smith, J. R. Okafor
    if token.lower() in ("a.m", "p.m"):
        return word.lower() not in TIME_RUNS_ON and not word[0].isdigit()
    if token in NUMBERED_ABBREVIATIONS and word[0].isdigit():
        return False
    if token == "No":
        return True                                     # "... the answer was no. The ..."
    if token in WEAK_ABBREVIATIONS or DOTTED.match(token):
        # "according to the U.N. More than" ends; "U.N. Security Council" does not.
        return word in SENTENCE_OPENERS or (word in NOT_NAME_WORDS and word not in TITLE_WORDS)
    return True


def split_paragraph(text: str, quotes: tuple[Span, ...] = ()) -> list[tuple[int, int]]:
    """Sentence offsets within one paragraph. A closed quote is never cut, so its attribution stays with it."""
    cuts = []
    guarded = tuple(q for q in quotes if q.closed and q.end - q.start < 1500)
    for match in BOUNDARY.finditer(text):
        cut = match.end()
        if any(q.contains(cut) for q in spans_overlapping(guarded, cut, cut + 1)):
            continue
        if _ends_sentence(text, cut, match.start()):
            cuts.append(cut)
    bounds, begin = [], 0
    for cut in cuts + [len(text)]:
        piece = text[begin:cut]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            bounds.extend(_bounded(text, begin + lead, begin + len(piece.rstrip())))
        begin = cut
    return bounds


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A 'sentence' longer than MAX_SENTENCE is not one a reporter wrote (a list, a table, a paste without full
    stops): it is cut at the last space before each limit. Every later stage looks at one sentence at a time,
    some of them at each position of it, so this keeps extraction linear in the article whatever it holds."""
    pieces = []
    while end - start > MAX_SENTENCE:
        space = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = space if space > start else start + MAX_SENTENCE
        pieces.append((start, cut))
        start = cut + (text[cut:cut + 1] == " ")
    return pieces + [(start, end)]


def split_sentences(text: str) -> tuple[list[Paragraph], list[Sentence]]:
    """The article's paragraphs and sentences, in order."""
    paras = paragraphs(text)
    sentences: list[Sentence] = []
    for para in paras:
        for start, end in split_paragraph(para.text, para.quotes):
            sentences.append(Sentence(len(sentences), para.index, para.start + start, para.start + end,
                                      para.text[start:end]))
    return paras, sentences
