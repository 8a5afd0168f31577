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
# The city in capitals (two letters at least, a few words), then optionally a region in ordinary case, a
# day and an agency in brackets, then a dash. Each part is bounded, so a long first line costs nothing.
DATELINE = re.compile(
    r"(?P<city>[A-Z][A-Z'’.\-]+(?:[ \-][A-Z][A-Z'’.\-]+){0,3})"
    r"(?:,\s+(?P<region>[A-Z][A-Za-z'’.\-]+(?: (?:of |the |and )?[A-Z][A-Za-z'’.\-]+){0,4}))?"
    r"(?:,?\s+(?P<month>" + MONTH + r")\s+\d{1,2}(?:,\s+\d{4})?)?"
    r"(?:\s+\((?P<agency>[^()\n]{1,40})\))?"
    r"\s*[-–—]{1,2}\s+(?=\S)")


@dataclass(frozen=True)
class Dateline:
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
    if not (m["region"] or m["agency"] or m["month"]) and place_kind(place) is None:
        return None             # "NATO - the alliance - said": a bare word in capitals must be a known place
    return Dateline(end=m.end(), place=place, region=m["region"], agency=(m["agency"] or "").strip() or None)


def _ordinary_case(name: str) -> str:
    """'PORT SUDAN' -> 'Port Sudan', 'N'DJAMENA' -> 'N'Djamena'."""
    return re.sub(r"[A-Za-z]+", lambda w: w.group()[0] + w.group()[1:].lower(), name)
