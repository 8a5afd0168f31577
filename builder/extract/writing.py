"""Write an event's summary and id from the article's own words (its headline: see headlines)."""
from __future__ import annotations

import re

from slugify import slugify

from builder.extract.date_words import MONTH_NAMES
from builder.ids import Ids

MAX_SUMMARY_WORDS = 45
# Openers that carry no news, each ending in its comma: dates, connectives, scene-setting phrases.
# Summaries lose only these, so they stay the article's own words.
LEADING = re.compile(
    r"^(?:(?:on|in|at|by|since|early|late|last|this)\s+(?:the\s+)?(?:(?:early\s+hours\s+of\s+)?\w+day|"
    r"(?:" + "|".join(MONTH_NAMES) + r")\b[\w\s]*?|"
    r"\d{4}|morning|afternoon|evening|night|week|month|year)\s*,\s*"
    r"|(?:yesterday|today|tonight|meanwhile|however|moreover|separately|earlier|later|also|still|but|and|so|"
    r"nevertheless|instead|rather|then|now)\s*,\s*"
    r"|(?:but|and)\s+(?=\w)"                   # "But the authorities stated ...": no headline opens on a conjunction
    r"|(?:speaking|writing|asked|discussing|according)\b[^,]{0,80},\s*"
    r"|(?:in|on|at|from|during|under|with|for)\s+[^,]{1,30}(?<!\d),\s+(?!\d))", re.I)


def strip_openers(text: str, also: re.Pattern | None = None) -> str:
    """`text` without the openers that carry no news (and without what `also` matches at its start)."""
    previous = None
    while previous != text:
        previous = text
        text = LEADING.sub("", text).strip()
        if also is not None:
            text = also.sub("", text).strip()
    return text


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


# Words a cut text must not end on: it would read as cut ("... killed in yesterday's", "... the city if they").
DANGLING = frozenset("""a an the and or but nor of in on at to for from by with without about after before since until
into onto over under between against during as than that which who whom whose whether if because while where when
his her its their our my your this these those is are was were be been being has have had do does did will would
can could should may might must shall not no very also such said says they he she it we any some around across
through toward towards near amid upon via per both either neither each every another other""".split())


def _cut(text: str, limit: int) -> str:
    words = text.split()
    if len(words) <= limit:
        return text
    words = words[:limit]
    while len(words) > 3 and (words[-1].lower().strip(",;:") in DANGLING or words[-1].endswith(",")):
        words.pop()
    return " ".join(words).rstrip(",;:–—-")


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
    text = " ".join(capitalise(strip_openers(s)) for s in picked).strip()
    if not text:                        # the sentence was all opener ("Then."): keep it rather than nothing
        text = " ".join(" ".join(picked).split())
    if len(text.split()) > MAX_SUMMARY_WORDS:
        text = _cut(text, MAX_SUMMARY_WORDS).rstrip(",;:") + "…"
    return text


def make_id(date: str, title: str, taken: Ids) -> str:
    """'2022-03-20-kyiv-shelled', made unique with -2, -3 in the order entries are written."""
    base = slugify(f"{date} {title}", max_length=72, word_boundary=True, save_order=True) or date
    return taken.claim(base)
