"""A wire story's dateline: "KHARTOUM, June 3 (Reuters) - ", "GOMA, Democratic Republic of Congo (AP) — ".

The dateline names where the story was filed and the agency that filed it. It is not part of the first
sentence's news: a summary or title should not start with it, and "KYIV" in capitals is a place, not an
acronym of an organisation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from builder.extract.places import place_kind

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
         r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
UPPER = "A-ZÀ-ÖØ-Þ"                         # capitals of Latin-1: "BOGOTÁ", "SÃO PAULO"
# The city in capitals (a few words, apart by spaces or hyphens), then optionally a region in ordinary case,
# a day and an agency in brackets, then a dash. A hyphen only ever separates words and every part is
# bounded, so a long first line cannot make the match backtrack much.
DATELINE = re.compile(
    r"(?P<city>[" + UPPER + r"][" + UPPER + r"'’.]++(?:[ \-][" + UPPER + r"][" + UPPER + r"'’.]*+){0,3})"
    r"(?:,\s+(?P<region>[A-Z][^\W\d_]*(?: (?:of |the |and )?[A-Z][^\W\d_]*){0,4}))?"
    r"(?:,?\s+(?P<month>" + MONTH + r")\s+\d{1,2}(?:,\s+\d{4})?)?"
    r"(?:\s+\((?P<agency>[^()\n]{1,40})\))?"
    r"\s*[-–—]{1,2}\s+(?=\S)")
PARTICLES = frozenset("es de del della di da das do dos du des al el la le los las van von der of the and".split())


@dataclass(frozen=True)
class Dateline:
    text: str                   # the dateline as written: "KHARTOUM, June 3 (Reuters) - "
    end: int                    # where the story's first sentence begins
    place: str                  # the city, in ordinary case: "Port Sudan"
    region: str | None          # "Democratic Republic of Congo"
    agency: str | None          # "Reuters", "AP"


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the very start of `text`, or None."""
    m = DATELINE.match(text)
    if m is None or len(m["city"].replace(" ", "")) < 3:
        return None
    place = _ordinary_case(m["city"])
    if not (m["agency"] or m["month"]) and place_kind(place) is None:
        return None             # "NATO - the alliance - said", "ECOWAS, African Union - ...": not a known place
    return Dateline(text=m.group(), end=m.end(), place=place, region=m["region"], agency=(m["agency"] or "").strip() or None)


def _ordinary_case(name: str) -> str:
    """'PORT SUDAN' -> 'Port Sudan', 'DAR ES SALAAM' -> 'Dar es Salaam', 'BOGOTÁ' -> 'Bogotá'."""
    words = re.findall(r"[^\W\d_]+|[\W\d_]+", name)
    return "".join(w.lower() if i and w.lower() in PARTICLES else w[0] + w[1:].lower() if w[0].isalpha() else w
                   for i, w in enumerate(words))
