"""Find the spans between quotation marks in a paragraph, tolerating unbalanced and mixed marks."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from builder.vocabulary import DOUBLE_CLOSERS as CLOSERS
from builder.vocabulary import DOUBLE_OPENERS as OPENERS
from builder.vocabulary import SINGLE_CLOSERS, SINGLE_OPENERS
from builder.vocabulary import STRAIGHT_DOUBLE as STRAIGHT

# Characters after which a straight mark opens a quote, and before which one closes it.
BEFORE_OPEN = "([{—–-/:;,"
AFTER_CLOSE = ".,;:!?)]}—–-…"


@dataclass(frozen=True)
class Span:
    """Text between quotation marks: [start, end) includes the marks; `closed` is False at a paragraph end."""

    start: int
    end: int
    closed: bool
    opened: bool = True         # False when the copy dropped the opening mark: the span starts on a word

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + self.opened, self.end - 1 if self.closed else self.end

    def contains(self, pos: int) -> bool:
        """True when a cut at `pos` would fall inside the quote (a cut just after its closing mark does not)."""
        return self.start < pos < self.end


def _straight_role(text: str, i: int, is_open: bool, apostrophe: bool = False) -> str:
    """'open', 'close' or 'skip' for a straight mark, from the characters around it."""
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if apostrophe and prev.isalnum() and nxt.isalnum():
        return "skip"                                   # don't, O'Neill
    can_open = (not prev or prev.isspace() or prev in BEFORE_OPEN) and bool(nxt) and not nxt.isspace()
    can_close = bool(prev) and not prev.isspace() and (not nxt or nxt.isspace() or nxt in AFTER_CLOSE
                                                       or (not apostrophe and nxt in "\"'”’"))
    if apostrophe and can_close and not is_open:
        return "skip"                                   # Sadrists' strength
    if can_open and can_close:
        return "close" if is_open else "open"
    if can_open:
        return "open"
    if can_close:
        return "close"
    if apostrophe:
        return "skip"
    return "close" if is_open else "open"


def _opens_the_wrong_way(text: str, i: int) -> bool:
    """A closing mark at a word's start, after a space or the paragraph's start: it opens a quote."""
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    return (not prev or prev.isspace() or prev in BEFORE_OPEN) and nxt.isalnum()


def _closes_the_wrong_way(text: str, i: int) -> bool:
    """An opening mark right after a quote's last punctuation, before a space or the paragraph's end: it closes."""
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    return prev in ".,!?…" and (not nxt or nxt.isspace())


def _closes_without_opener(text: str, i: int) -> bool:
    """The first mark of a paragraph closes a quote that never opened: it follows a quote's last punctuation
    ('... died," he said') and at least three words stand before it, from a paragraph that starts on a capital."""
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    return prev in ".,!?" and (not nxt or nxt.isspace()) and text[:1].isupper() and len(text[:i].split()) >= 3


def find_spans(text: str, single: bool = False, carried: bool = False) -> list[Span]:
    """Quoted spans of `text`, in order. `single` scans single marks (for articles that use only those);
    `carried` says the paragraph before left a quote open, which this one may go on with and close without
    opening it again ('... in the first half.\n We could have scored early." After the match, X said, "...')."""
    openers, closers, straight = (SINGLE_OPENERS, SINGLE_CLOSERS, "'") if single else (OPENERS, CLOSERS, STRAIGHT)
    spans: list[Span] = []
    open_at: int | None = None
    # Double marks left after the one being read: an even count after a mark that looks like a closer but has
    # nothing to close means it pairs with a later one (',"For example ... exercise".'), an odd count that one
    # is missing (a dropped opener).
    left = 0 if single else sum(text.count(ch) for ch in OPENERS + CLOSERS + STRAIGHT)
    for i, ch in enumerate(text):
        if not single and (ch in OPENERS or ch in CLOSERS or ch == STRAIGHT):
            left -= 1
        if ch in openers:
            role = "open"
            if open_at is not None and _closes_the_wrong_way(text, i):
                role = "close"                           # '... decision.“ However, ...': an opener that closes
        elif ch in closers:
            role = "close"
            if single and i + 1 < len(text) and text[i + 1].isalnum() and i > 0 and text[i - 1].isalnum():
                continue                                 # a curly apostrophe inside a word
            if open_at is None and not single and _opens_the_wrong_way(text, i):
                role = "open"                            # ”tens of thousands ...”: a closer used as an opener
        elif ch == straight:
            role = _straight_role(text, i, open_at is not None, apostrophe=single)
            if role == "skip":
                continue
            if role == "close" and carried and not spans and open_at is None and not single:
                spans.append(Span(0, i + 1, True, opened=False))     # the quote the last paragraph left open
                continue
            if role == "close" and open_at is None and not single and left % 2 == 1 and \
                    i + 1 < len(text) and text[i + 1].isspace():
                role = "open"                            # 'communities," For example ... exercise".'

        else:
            continue
        if role == "open":
            if open_at is None:
                open_at = i
            elif ch == straight:                         # a second straight mark closes the first
                spans.append(Span(open_at, i + 1, True))
                open_at = None
            else:                                        # a new opener: the last quote was never closed
                spans.append(Span(open_at, i, False))
                open_at = i
        elif open_at is not None:
            spans.append(Span(open_at, i + 1, True))
            open_at = None
        elif not spans and not single and left % 2 == 0 and _closes_without_opener(text, i):
            spans.append(Span(0, i + 1, True, opened=False))     # the opening mark was dropped: from the start
    if open_at is not None:
        spans.append(Span(open_at, len(text), False))
    return spans


# A paragraph's spans split into layers of spans that do not overlap one another (double-mark quotes in one,
# single-mark quotes that enclose them in another), each sorted by start and so also by end: a lookup
# bisects each layer. (One list with a running maximum of ends was not enough: a single-mark quote around
# the whole paragraph held the lower bound at its start, and every sentence scanned every span.) Keyed by
# id() with the tuple itself kept alive in the value, so an id is never reused while it is cached.
_LAYERS: dict[int, tuple[tuple[Span, ...], list[tuple[list[int], list[int], list[int]]]]] = {}


def _layers(spans: tuple[Span, ...]) -> list[tuple[list[int], list[int], list[int]]]:
    """Per layer: the spans' positions in `spans`, their starts, their ends."""
    hit = _LAYERS.get(id(spans))
    if hit is None or hit[0] is not spans:
        if len(_LAYERS) > 64:
            _LAYERS.clear()
        layers: list[tuple[list[int], list[int], list[int]]] = []
        for i, span in enumerate(spans):
            for positions, starts, ends in layers:
                if ends[-1] <= span.start:
                    positions.append(i), starts.append(span.start), ends.append(span.end)
                    break
            else:
                layers.append(([i], [span.start], [span.end]))
        hit = _LAYERS[id(spans)] = (spans, layers)
    return hit[1]


def spans_overlapping(spans: tuple[Span, ...], start: int, end: int) -> list[Span]:
    """The spans (sorted by start; single-mark spans may enclose double-mark ones) overlapping [start, end),
    in order. Found by bisection: scanning every span of a paragraph for every sentence was quadratic."""
    found: list[int] = []
    for positions, starts, ends in _layers(spans):
        first = bisect_right(ends, start)
        found.extend(positions[first:bisect_left(starts, end, lo=first)])
    return [spans[i] for i in sorted(found)]


def span_starting_at(spans: tuple[Span, ...], start: int) -> Span | None:
    i = bisect_left(spans, start, key=lambda s: s.start)
    return spans[i] if i < len(spans) and spans[i].start == start else None


def single_spans(text: str, taken: list[Span]) -> list[Span]:
    """Quotes in curly single marks (‘...’) standing outside any double-quoted span: some copy mixes both.

    An opener must follow a space or the paragraph start; the closer is the first ’ not followed by a letter
    (so "that’s" and "O’Neill" inside are skipped). Unclosed openers are left alone: they may be apostrophes.
    """
    spans: list[Span] = []
    # Closers and the taken spans are looked up by bisection: scanning for them from every opener was
    # quadratic on copy with many unclosed ‘ marks.
    closers = [m.start() for m in re.finditer("’", text) if m.end() >= len(text) or not text[m.end()].isalpha()]
    taken = sorted(taken, key=lambda s: s.start)
    i = 0
    while True:
        i = text.find("‘", i)
        if i < 0:
            return spans
        before = bisect_right(taken, i, key=lambda s: s.start) - 1     # the last taken span starting at or before i
        if (i == 0 or text[i - 1] in " ([—–-") and not (before >= 0 and i < taken[before].end):
            k = bisect_left(closers, i + 1)
            j = closers[k] if k < len(closers) else -1
            if j > i + 1:
                spans.append(Span(i, j + 1, True))
                i = j + 1
                continue
        i += 1


SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–-]))['‘](?=[A-Za-z0-9])", re.M)


def uses_double_marks(text: str) -> bool:
    """Whether an article quotes with double marks (most copy) or single ones (British style, with any
    double marks nested inside): whichever opens more quotes wins."""
    # closers count too: copy may open with the wrong mark or drop the opener, never the closer
    doubles = max(sum(text.count(ch) for ch in OPENERS + STRAIGHT), sum(text.count(ch) for ch in CLOSERS))
    singles = len(SINGLE_OPENING.findall(text))
    return doubles > 0 and doubles * 2 >= singles
