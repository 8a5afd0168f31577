"""The words two reports of one event share: content words reduced to a stem, numbers without their commas.

Matching compares what sentences say, not how: function words, reporting verbs and calendar words carry no
evidence that two sentences tell the same event, so they are left out here, once, as data.
"""
from __future__ import annotations

import functools
import re
import unicodedata

# Words that say nothing about which event a sentence tells.
STOP = frozenset("""a an the and or but nor of in on at to for from by with without about after before since until
into onto over under between against during as than that which who whom whose whether if because while where when his
her its their our my your this these those is are was were be been being has have had do does did will would can could
should may might must not no very also such said says say saying told tell tells added adding stated according it he
she they we i you them him us there here what all any some more most other another new one two three four five six
seven eight nine ten year years day days today yesterday tomorrow tonight monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september october november december last first
next time times just so up out including people reported reports report reportedly earlier later now then still
both each many much well even only yet however meanwhile mr mrs ms dr per cent percent around almost nearly least""".split())
TOKEN = re.compile(r"[a-z0-9]+(?:[’'.,-][a-z0-9]+)*")
SUFFIXES = ("ings", "ing", "ed", "es", "s")
#: Which stemming the words a manifest keeps were made with: matching data of another is worked out again, so a
#: report is never compared with stems an older builder made ("explosion" kept against "explod" now). 3: a number
#: that names ("Flight 447") is kept with the names. 4: not one after a word a count opens with ("Roughly 40").
STEMS = 4


def fold(text: str) -> str:
    """Lowercase, accents and typographic apostrophes folded, so "Keïta" and "Keita" are one word."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().replace("’", "'")


def stem(word: str) -> str:
    """A crude stem: enough to pair attacked/attacks/attacking and explosion/exploded, never a dictionary lookup."""
    if word[0].isdigit():
        return word.replace(",", "")
    word = word.removesuffix("'s").replace("'", "")
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    if word.endswith("sion") and len(word) >= 8:
        return word[:-4] + "d"                 # explosion/exploded, invasion/invaded, collision/collided
    return word


@functools.lru_cache(maxsize=1 << 16)
def content_words(text: str) -> frozenset[str]:
    """The stems of a text's content words (and its numbers: 36,000ft -> 36000ft)."""
    out = set()
    for word in TOKEN.findall(fold(text)):
        word = word.rstrip(".,")
        if word in STOP or (len(word) < 3 and not word[0].isdigit()):
            continue
        out.add(stem(word))
    return frozenset(out)


def is_number(word: str) -> bool:
    """A count or a measure worth matching on: digits, at least two of them, and not a year."""
    digits = re.match(r"\d+", word)
    if not digits or len(digits.group()) < 2:
        return False
    return not (len(word) == 4 and word.isdigit() and 1800 <= int(word) <= 2100)


CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’.-]*")


@functools.lru_cache(maxsize=1 << 16)
def name_words(text: str) -> frozenset[str]:
    """The stems of words written with a capital inside a sentence (not its first word): names of people, places,
    bodies. Two sentences that share only these tell of the same people, not yet of the same event."""
    out = set()
    for match in CAPITALISED.finditer(text.strip()):
        words = content_words(match.group())
        out |= words
    return frozenset(out)
