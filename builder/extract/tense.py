"""Tense and mood cues: whether words tell a happening, a state, an opinion or an intention."""
from __future__ import annotations

import re

from builder.extract.lexicon import NOT_VERBS

# Past forms that tell something happened and that the -ed rule below misses: irregular ones, and regular ones
# too short for it ("died": the rule wants three letters before -ed, so that "need" and "feed" are not past).
IRREGULAR_PAST = ("shot", "hit", "fled", "began", "fought", "struck", "took", "gave", "left", "made", "went", "came",
                  "held", "led", "sent", "found", "brought", "broke", "fell", "rose", "won", "lost", "ran", "drove",
                  "seized", "stole", "died", "sank")
_IRREGULAR = "|".join(IRREGULAR_PAST)
# Words in -ed that are no verbs ("a hundred runners", "indeed"): the -ed rules skip them.
_NOT_ED = r"(?!(?:" + "|".join(sorted(w for w in NOT_VERBS if w.endswith("ed"))) + r")\b)"

PAST_TENSE = re.compile(r"\b(?:was|were|had|did)\b|\b" + _NOT_ED + r"\w{3,}ed\b|\b(?:said|told|saw|met|spoke|wrote|"
                        + _IRREGULAR + r")\b", re.I)

PRESENT_TENSE = re.compile(r"\b(?:is|are|has|have|says|say|remains|continues|denies|deny|insists|believes|"
                           r"remain|continue)\b", re.I)
# A clause needs a verb of its own; a bare subject ("Dr. J. R. Okafor, who ...") stays with what follows.
FINITE_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|did|does|do|will|would|could|can|may|might|"
                         r"must|should|said|says|told|" + _NOT_ED + r"\w{2,}ed|spoke|wrote|saw|met|heads|leads|remains|"
                         r"continues|lives|works|" + _IRREGULAR + r")\b", re.I)
# A happening told in the past, not a state: "imposed a curfew", not "was not hurt".
ACTION = re.compile(r"\b(?!(?:was|were|had|did|said|told)\b)" + _NOT_ED + r"\w{3,}ed\b|\b(?:set|put|cut|shut|imposed|"
                    + _IRREGULAR + r")\b", re.I)
# A quote that takes a position: present or future, not a story of what happened.
DECLARATIVE = re.compile(r"\b(?:is|are|am|isn't|aren't|'s|'re|do not|don't|does not|doesn't)\b", re.I)
# What a speaker's reported words are: an intention or opinion (a statement), or a report of a happening.
MODAL = re.compile(r"\b(?:would|will|could|should|must|may|might|can|cannot|won't|wouldn't|shall|need|needs|"
                   r"want|wants|hope|hopes|believe|believes|fear|fears|plan|plans|intend|intends|vow|vowed)\b", re.I)

# A main clause that describes a state rather than telling of a happening: a copula before a noun, adjective or
# place ("She is a researcher", "The dam is vital to ...", "The captain was amongst the dead"), not a passive
# ("was arrested", "were found"); a habit ("earthquakes often hit"); a happening denied ("was not hurt",
# "has not been confirmed").
PARTICIPLE = r"(?:\w+ed|\w+en|" + _IRREGULAR + r"|held|built|caught|seen|known|told|taken|given|thrown|hurt|led)"
_UN_ADJECTIVES = "(?:unidentified|unharmed|uninjured|unhurt|unscathed|unaccounted|unopposed|unarmed|unmarried)"
COPULA_STATE = re.compile(r"\b(?:is|are|was|were|remains?|remained|seems?|seemed|lies|lie)\s+"
                          r"(?:also\s+|still\s+|currently\s+|now\s+|only\s+|partially\s+|largely\s+)?"
                          # ("remain unidentified", "was unharmed": these participles negated by un- are adjectives)
                          r"(?!not\b|being\b|(?!" + _UN_ADJECTIVES + r"\b)" + PARTICIPLE + r"\b|(?:\w+ly\s+)" + PARTICIPLE
                          + r"\b)[\w'’-]+", re.I)
# A state or habit told in the present, or a state lasting years: "Extremists tend to view the race as a target",
# "200 monks live at the monastery", "The bid is fiercely opposed by Moscow", "Kim has lived abroad for many years".
STATE_PHRASE = re.compile(r"\b(?:tends?\s+to|lives?\s+(?:in|at|on|with|outside|abroad)|consists?\s+of|belongs?\s+to|"
                          r"(?:is|are)\s+(?:\w+ly\s+)?(?:considered|regarded|opposed|located|situated)|"
                          r"(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:seen|viewed|regarded)\s+as|"
                          r"(?:has|have)\s+(?:\w+ly\s+)?(?:lived|been\s+\w+ing|worked|served|maintained)\b[^.;]*?"
                          r"\bfor\s+(?:many|several|some|\w+)\s+(?:weeks|months|years|decades)|"
                          r"(?:has|have)\s+(?:been\s+\w+ing\s+)[^.;]*?\bfor\s+(?:weeks|months|years|decades)|"
                          # "have been in a diplomatic row for many months": where a thing has stood for long
                          r"(?:has|have)\s+been\s+in\s+[^.;]*?\bfor\s+(?:many\s+|several\s+|some\s+)?"
                          r"(?:weeks|months|years|decades)|"
                          # "could be heard throughout the island", "can be seen from the road": what was perceptible
                          r"(?:could|can)\s+be\s+(?:heard|seen|felt|smelled)|"
                          # "AirAsia has a good record", "the engines were built by CFM": what a thing is, not news
                          r"(?:has|have|had)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:record|history|reputation)\b|"
                          # "She is survived by her two children": an obituary's family, not news
                          r"(?:is|are|was|were)\s+survived\s+by|"
                          r"(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:built|manufactured|made|designed|powered|owned|"
                          r"operated)\s+by\b|"
                          # "Photos of the scene showed bodies": what a picture shows is the scene, not a happening
                          r"^(?:the\s+)?(?:photos|photographs|pictures|images|footage|video|videos)\b[^,;]*?\s"
                          r"(?:showed|show|shows|depicted|appeared\s+to\s+show))\b", re.I)
# Words of a habit ("earthquakes often hit", "use their vetoes consistently"): spelled once, read by HABIT and by
# event_units.describes.
# "is not one of the nations covered", "The new law is not retroactive": a state denied (read at the main verb).
NEGATED_STATE = re.compile(r"\b(?:is|are)\s+not\s+(?!" + PARTICIPLE + r"\b)[\w'’-]+", re.I)
HABIT_WORDS = ("often", "usually", "regularly", "frequently", "routinely", "traditionally", "consistently",
               "typically", "generally", "normally", "commonly")
HABIT = re.compile(r"\b(?:" + "|".join(HABIT_WORDS) + r")\s+\w+", re.I)
# A span of recent years or months a clause in the perfect sums up: "Somali pirates have hijacked dozens of ships over
# the last two years", "In recent years, several attacks on rescue organisations have taken place": a trend, not a
# happening. (Not "the army closed the border for the first time in the past decade": a happening, in the past.)
TREND_SPAN = re.compile(r"\b(?:over|in|during|within)\s+the\s+(?:last|past)\s+(?:(?:few|several|\d+|[a-z]+)\s+)?"
                        r"(?:years|months|decades)\b|\bin\s+recent\s+(?:years|months|decades)\b", re.I)
PERFECT = re.compile(r"\b(?:has|have)\s+(?:not\s+|also\s+|only\s+)?(?:been\s+)?" + PARTICIPLE + r"\b", re.I)
DENIED = re.compile(r"\b(?:was|were|has|have|had|is|are)\s+(?:also\s+|still\s+)?(?:not|never)\s+"
                    r"(?:yet\s+|immediately\s+|been\s+)*" + PARTICIPLE + r"\b", re.I)
# "No classes were being held that morning": a subject denied is a happening denied.
# "So far no party has claimed responsibility": nor has a subject denied done anything yet.
NO_SUBJECT = re.compile(r"^\W*(?:(?:however|so\s+far|as\s+yet|to\s+date),?\s+)?no\s+(?!(?:wonder|doubt|matter)\b)"
                        r"(?:[\w-]+\s+){1,2}"
                        r"(?:was|were|had\s+been|has\s+been|have\s+been|has|have)\s+(?:yet\s+)?"
                        r"(?:being\s+)?" + PARTICIPLE + r"\b", re.I)
