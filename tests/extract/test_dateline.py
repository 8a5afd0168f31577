"""Wire datelines: where a story was filed and by whom, cut from the first sentence's news."""
from __future__ import annotations

import datetime as dt

import pytest

from builder.article import Article
from builder.extract import extract_article
from builder.extract.dateline import find_dateline

ROWS = [
    ("city, region, agency", "GOMA, Democratic Republic of Congo (AP) — A militia freed 14 hostages.",
     ("Goma", "Democratic Republic of Congo", "AP", "A militia")),
    ("city, day, agency", "KHARTOUM, June 3 (Reuters) - Sudan's army gave the rebels 72 hours.",
     ("Khartoum", None, "Reuters", "Sudan's")),
    ("abbreviated month", "KYIV, Oct 14 (Meridian News) - Ukraine and Russia swapped prisoners.",
     ("Kyiv", None, "Meridian News", "Ukraine")),
    ("two-word city and country", "PORT SUDAN, Sudan — A drone strike knocked out the power station.",
     ("Port Sudan", "Sudan", None, "A drone")),
    ("known city alone", "DURBAN – The Labour Court on Tuesday declared the strike unprotected.",
     ("Durban", None, None, "The Labour")),
    ("day with year", "WASHINGTON, March 3, 2021 (AP) — The Senate voted.", ("Washington", None, "AP", "The Senate")),
    ("particles in ordinary case", "DAR ES SALAAM, Tanzania (Reuters) - Floods hit.",
     ("Dar es Salaam", "Tanzania", "Reuters", "Floods")),
    ("accented capitals", "SÃO PAULO (Reuters) - Police said.", ("São Paulo", None, "Reuters", "Police")),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_a_dateline_gives_place_region_agency_and_where_the_story_starts(text, expected):
    found = find_dateline(text)
    assert found is not None
    place, region, agency, opening = expected
    assert (found.place, found.region, found.agency) == (place, region, agency)
    assert text[found.end:].startswith(opening)


@pytest.mark.parametrize("text", [
    "NATO - the alliance - said it would send troops.",     # capitals that are not a known place
    "UN officials said - and others agreed.",
    "The Labour Court - the highest in the land - ruled.",
    "US-backed forces advanced on Sunday.",
    "ECOWAS, African Union – leaders met in Abuja on Saturday.",   # a region alone does not make a dateline
])
def test_text_that_only_looks_like_a_dateline_is_left_alone(text):
    assert find_dateline(text) is None


def test_a_run_of_hyphenated_capitals_is_not_a_dateline():
    # (a hyphen allowed both inside words and between them once made this take 50 s)
    assert find_dateline("AB-" * 2000) is None and find_dateline("ALL-OUT-WAR-" * 300) is None


def test_a_lead_without_a_day_of_its_own_happened_on_the_datelines_day():
    article = Article(name="t", path=None, published=dt.date(2023, 10, 16),
                      text="KYIV, Oct 14 (Reuters) - Ukraine and Russia exchanged prisoners, officials said.")
    assert [e.date for e in extract_article(article)] == ["2023-10-14"]


def test_the_dateline_is_a_place_and_an_agency_not_part_of_the_summary():
    text = ("Ukraine's war\n"
            "KYIV, Oct 14 (Meridian News) - Ukraine and Russia exchanged 96 prisoners of war each on Saturday, "
            "officials said.")
    article = Article(name="t", path=None, text=text, published=dt.date(2023, 10, 16))
    entry = next(e for e in extract_article(article) if e.date == "2023-10-14")
    assert entry.summary.startswith("Ukraine and Russia exchanged")
    assert entry.places == ("Ukraine", "Russia", "Kyiv") and "KYIV" not in entry.organisations
    assert "Meridian News" in entry.organisations
    assert any(s.text.startswith("Ukraine and Russia exchanged 96") for s in entry.sources)  # a verbatim part
