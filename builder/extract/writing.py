"""Write an event's title, summary and id from the article's own words."""
from __future__ import annotations

import re

from slugify import slugify

MAX_TITLE_WORDS = 12
MAX_SUMMARY_WORDS = 45
# Openers that carry no news: dates, connectives, scene-setting participles.
LEADING = re.compile(
    r"^(?:(?:on|in|at|by|since|early|late|last|this)\s+(?:the\s+)?(?:(?:early\s+hours\s+of\s+)?\w+day|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b[\w\s]*?|"
    r"\d{4}|morning|afternoon|evening|night|week|month|year)\s*,\s*"
    r"|(?:yesterday|today|tonight|meanwhile|however|moreover|separately|earlier|later|also|still|but|and|so|"
    r"nevertheless|instead|rather|then|now)\b\s*,?\s*"
    r"|(?:speaking|writing|asked|discussing|according)\b[^,]{0,80},\s*)", re.I)
CLAUSE_BREAK = re.compile(r";|,\s+(?:however|but|although|though|while|whereas|with|which|who|where|according to|"
                          r"after|before|as|when|because|despite|including)\b|\s+[–—-]\s+|:\s")
QUOTE_MARKS = re.compile(r"[\"“”„«»]")


def _strip_leading(text: str) -> str:
    previous = None
    while previous != text:
        previous = text
        text = LEADING.sub("", text).strip()
    return text


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _cut(text: str, limit: int) -> str:
    words = text.split()
    if len(words) <= limit:
        return text
    cut = " ".join(words[:limit])
    return re.sub(r"[\s,;:–—-]+\w*$", "", cut) if len(words[limit - 1]) < 4 else cut


def title_from(clause: str, speaker: str | None = None, quote: str | None = None) -> str:
    """A short headline from a clause: no date opener, first clause only, no trailing full stop."""
    if quote and (not clause or QUOTE_MARKS.sub("", clause).strip() == "") and speaker:
        words = quote.split()
        snippet = " ".join(words[:9]) + ("…" if len(words) > 9 else "")
        return f"{speaker}: “{snippet.rstrip('.,;:')}”"
    text = _strip_leading(clause.strip())
    m = CLAUSE_BREAK.search(text)
    if m and m.start() > 25:
        text = text[:m.start()]
    text = _cut(text, MAX_TITLE_WORDS)
    text = re.sub(r"[\s,;:.–—-]+$", "", text)
    if text.count("“") != text.count("”") or text.count('"') % 2:
        text = QUOTE_MARKS.sub("", text)
    return _capitalise(text.strip()) or "Untitled event"      # removing quote marks can leave only spaces


def summary_from(sentences: list[str]) -> str:
    """One or two of the source sentences, openers removed, at most MAX_SUMMARY_WORDS words."""
    picked: list[str] = []
    count = 0
    for sentence in sentences:
        words = len(sentence.split())
        if picked and count + words > MAX_SUMMARY_WORDS:
            break
        picked.append(sentence)
        count += words
        if len(picked) == 2:
            break
    text = " ".join(_capitalise(_strip_leading(s)) for s in picked).strip()
    if not text:                        # the sentence was all opener ("Then."): keep it rather than nothing
        text = " ".join(" ".join(picked).split())
    if len(text.split()) > MAX_SUMMARY_WORDS:
        text = _cut(text, MAX_SUMMARY_WORDS).rstrip(",;:") + "…"
    return text


def make_id(date: str, title: str, taken: set[str]) -> str:
    """'2022-03-20-kyiv-shelled', made unique with -2, -3 in the order entries are written."""
    base = slugify(f"{date} {title}", max_length=72, word_boundary=True, save_order=True) or date
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    taken.add(candidate)
    return candidate
