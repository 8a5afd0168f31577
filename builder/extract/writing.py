"""Write an event's title, summary and id from the article's own words."""
from __future__ import annotations

import re

from slugify import slugify

from builder.extract.date_words import MONTH_NAMES
from builder.extract.quotes import TAIL_ATTRIBUTION
from builder.ids import Ids

MAX_TITLE_WORDS = 12
MAX_SUMMARY_WORDS = 45
# Openers that carry no news, each ending in its comma: dates, connectives, scene-setting phrases.
# Summaries lose only these, so they stay the article's own words.
LEADING = re.compile(
    r"^(?:(?:on|in|at|by|since|early|late|last|this)\s+(?:the\s+)?(?:(?:early\s+hours\s+of\s+)?\w+day|"
    r"(?:" + "|".join(MONTH_NAMES) + r")\b[\w\s]*?|"
    r"\d{4}|morning|afternoon|evening|night|week|month|year)\s*,\s*"
    r"|(?:yesterday|today|tonight|meanwhile|however|moreover|separately|earlier|later|also|still|but|and|so|"
    r"nevertheless|instead|rather|then|now)\s*,\s*"
    r"|(?:speaking|writing|asked|discussing|according)\b[^,]{0,80},\s*"
    r"|(?:in|on|at|from|during|under|with|for)\s+[^,]{1,30}(?<!\d),\s+(?!\d))", re.I)
# Headlines also drop a leading subordinate clause up to its comma ("Two days after the vote, police ..."),
# and the subordinator or participle that opens a clause cut out of a longer sentence ("after a fire ...").
HEADLINE_LEADING = re.compile(
    r"^(?:(?:\w+\s+){0,3}?(?:after|before)|when|while|following)\s+[^,]{3,80},\s*"
    r"|^(?:(?:\w+\s+){0,3}?(?:after|before)|when|as|while|following)\s+(?=[a-z])"
    r"|^(?:warning|saying|adding|claiming|citing)\s+(?:that\s+)?")
# Asides that a headline drops: appositions and relative clauses between commas.
ASIDE = re.compile(r",\s+(?:(?:a|an|the)\s+[^,;]{1,80}|(?:who|whom|whose|which)\s+[^,;]{1,120}|\d+),(?=\s+[a-z])")
# "X said (that) ...": who spoke, and what they said.
ATTRIBUTED = re.compile(r"^(?P<who>(?:[A-Z][\w.'’-]*\s+|(?:the|a|an|its|his|her|their)\s+|"
                        r"(?!(?:was|were|is|are|had|have|has|been|be|not)\b)[a-z]+\s+){0,7}?)"
                        r"(?:also\s+|further\s+)?(?P<verb>said|says|told\s+[\w\s]{0,30}?|wrote|reported|announced|"
                        r"warned|claimed|confirmed|added)\s+(?:(?:in|on)\s+(?:a|an|the|his|her|its|their)\s+[\w\s-]{0,30}?"
                        r"(?:post|statement|interview|address|message|broadcast|briefing|letter)\s+)?"
                        r"(?:that\s+|on\s+\w+\s+that\s+)?(?P<what>\w.*)$")
# Statements whose news is who said it: the headline keeps the speaker.
HEADLINE_SPEAKER = frozenset({"statement", "warning", "rejection", "diplomacy", "agreement", "ultimatum"})
CLAUSE_BREAK = re.compile(r";|,\s+(?:however|but|although|though|while|whereas|with|which|who|where|according to|"
                          r"after|before|as|when|because|despite|including)\b|\s+[–—-]\s+|:\s")
QUOTE_MARKS = re.compile(r"[\"“”„«»]")


def _strip_leading(text: str, headline: bool = False) -> str:
    previous = None
    while previous != text:
        previous = text
        text = LEADING.sub("", text).strip()
        if headline:
            text = HEADLINE_LEADING.sub("", text).strip()
    return text


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


# Words a cut headline must not end on: "... sheltering around", "... the city if they".
DANGLING = frozenset("a an the of in on at to for from by with and or but if that which who whose as than "
                     "they he she it we its their his her around about into onto over under after before "
                     "while when where would will could should has have had is are was were be been being "
                     "not no any some this these those".split())


def _cut(text: str, limit: int) -> str:
    words = text.split()
    if len(words) <= limit:
        return text
    words = words[:limit]
    while len(words) > 3 and (words[-1].lower().strip(",;:") in DANGLING or words[-1].endswith(",")):
        words.pop()
    return " ".join(words).rstrip(",;:–—-")


DATE_PREPOSITION = re.compile(r"(?:in|on|at|by|during|from|since|until|till|of|before|after)\b", re.I)
DATE_PREPOSITION_END = re.compile(r"\s+(?:in|on|at|by|during|from|since|until|till)$", re.I)


def _without(text: str, phrases: list[str]) -> str:
    """`text` with date phrases taken out where a headline can lose them: the timeline shows the date already.
    A date that modifies a noun ("Sunday's vote", "this year's appeal") stays."""
    for phrase in sorted(phrases, key=len, reverse=True):
        at = text.find(phrase)
        end = at + len(phrase)
        if not phrase or at < 0 or text[end:end + 2] in ("'s", "’s") or phrase.endswith(("'s", "’s")):
            continue
        if (at and text[at - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
            continue                                  # part of a longer word
        head = text[:at].rstrip(" ,")
        if not DATE_PREPOSITION.match(phrase):        # "began in early September": the "in" goes with it
            head = DATE_PREPOSITION_END.sub("", head)
        tail = text[end:].lstrip(" ")
        if not head:
            text = tail.lstrip(" ,")                  # "On Sunday, police ..." -> "police ..."
        else:
            text = head + (" " if tail[:1].isalnum() else "") + tail
    return text.strip(" ,")


def title_from(clause: str, speaker: str | None = None, quote: str | None = None, category: str = "",
               dates: list[str] = ()) -> str:
    """A short headline from a clause: no date opener or date, no asides, first clause only, no full stop."""
    if quote and (not clause or QUOTE_MARKS.sub("", clause).strip() == "") and speaker:
        words = quote.split()
        snippet = " ".join(words[:9]) + ("…" if len(words) > 9 else "")
        return f"{speaker}: “{snippet.rstrip('.,;:')}”"
    text = _strip_leading(_without(clause.strip(), list(dates)), headline=True)
    text = ASIDE.sub("", text)
    text = TAIL_ATTRIBUTION.sub("", text) if len(text.split()) > 6 else text
    said = ATTRIBUTED.match(text)
    if said and len(said["what"].split()) >= 3:
        who = said["who"].strip()
        if category in HEADLINE_SPEAKER and who and not who.lower().startswith(("he ", "she ", "they ", "it ")) \
                and who.lower() not in ("he", "she", "they", "it"):
            plural = who.split()[-1][:1].islower() and who.split()[-1].endswith("s")
            text = f"{who} {'say' if plural else 'says'} {said['what']}"
        else:
            text = said["what"]
    m = CLAUSE_BREAK.search(text)
    if m and m.start() > 25:
        text = text[:m.start()]
    if quote and speaker and re.search(r"\b(?:said|says|told|wrote|added)\b[^\w]*(?:\w+\s*){0,4}$", text):
        return title_from("", speaker, quote)          # "X said:" and then the quote: the quote is the news
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


def make_id(date: str, title: str, taken: Ids) -> str:
    """'2022-03-20-kyiv-shelled', made unique with -2, -3 in the order entries are written."""
    base = slugify(f"{date} {title}", max_length=72, word_boundary=True, save_order=True) or date
    return taken.claim(base)
