"""How speech is reported: the verbs that attribute it, and the outlet or channel it went through."""
from __future__ import annotations

import re
from functools import lru_cache

from builder.extract import caseless
from builder.extract.lexicon import SPEECH_VERBS

# Verbs that report speech in a sentence; "called for" and "demanding" carry quoted demands.
# "He continued: ..." attributes; "airstrikes began and have continued to do so" or "continued fighting" does not.
_GOING_ON = frozenset({"continued", "continues"})
ATTRIBUTION = re.compile(r"\b(?:(?:continued|continues)(?!\s+(?:to|with|into|through|until|its|their|his|her|the|a|an)\b"
                         r"|\s+\w+ing\b)|" + "|".join(sorted(SPEECH_VERBS - _GOING_ON, key=len, reverse=True)) +
                         r"|called(?:\s+for)?|calls|calling\s+for|demand(?:ed|ing|s)?|vowing|describ(?:ed|ing)|"
                         r"characteri[sz]ed|according\s+to|in\s+the\s+words\s+of|"
                         # "Amnesty International refers to the imprisoned journalists as "prisoners of conscience""
                         r"refer(?:s|red|ring)(?=\s+to\s+[^.;\"“”]{1,80}?\bas\s+[\"“])|"
                         r"reads?)\b", re.I)
_ATTRIBUTION_LOWERCASE = caseless.for_lowercased(ATTRIBUTION.pattern)


SOURCE_PHRASE = re.compile(r"according|in\s+the\s+words", re.I)


def names_source(verb: re.Match) -> bool:
    """Whether an attribution is a phrase whose source follows it: 'according to X', 'in the words of X'."""
    return bool(SOURCE_PHRASE.match(verb.group()))


@lru_cache(maxsize=8)


def attribution_verbs(text: str) -> tuple[re.Match, ...]:
    """ATTRIBUTION's matches in `text`, in order; once per sentence, however many stages ask."""
    return tuple(m for m in caseless.finditer(_ATTRIBUTION_LOWERCASE, ATTRIBUTION, text)
                 if not (text[m.start()].isupper() and IN_A_NAME.search(text, max(0, m.start() - 40), m.start())))


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


PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+$")


@lru_cache(maxsize=4)


def speech_verbs(masked: str) -> tuple[re.Match, ...]:
    """Attribution verbs of a sentence, not passives ("was said"); once per sentence, not once per quote.

    Only a short stretch before each verb is searched: searching all the text before it was quadratic.
    """
    return tuple(m for m in attribution_verbs(masked)
                 if not PASSIVE_BEFORE.search(masked[max(0, m.start() - 40):m.start()]))


# A capitalised word right before a capitalised verb: the verb is a word of a name ("Tsunami Warning Center").
IN_A_NAME = re.compile(r"\b[A-Z][\w'’-]*\s+$")


def via(text: str) -> str | None:
    for pattern in VIA_PATTERNS:
        m = pattern.search(text)
        if m:
            via = m.group("via").strip().rstrip(".,")
            return re.sub(r"^the\s+", "", via) if not via.lower().startswith("the ") or len(via.split()) > 2 else via
    return None


def via_near(masked: str, verb: re.Match) -> str | None:
    """The channel named around one attribution verb: each quote of a sentence gets its own, and the
    search stays bounded however long the sentence is."""
    return via(masked[max(0, verb.start() - 150):verb.end() + 120])


# ", the military said this morning" or ", according to the U.N." closing a report: who told it, not news.
TAIL_ATTRIBUTION = re.compile(r",\s+[^,;]{0,90}?\b(?:said|says|told\s+\w+(?:\s+\w+)?|added|reported)"
                              r"(?:\s+[\w.]+){0,3}\W*$|,\s+according\s+to\s+[^,;]{1,90}\W*$", re.I)
