"""JSON-LD, the JSON Feed and TimelineJS's timeline.json of the seed site, parsed; and byte-identical rebuilds."""
from __future__ import annotations

import hashlib
import json

import pytest

from builder.loader import load_timeline
from dom import json_ld
from sitetools import ROOT, build, copy_seed_project, page_dom
from sitetools import seed_site as built_seed_site


@pytest.fixture(scope="module")
def seed_site():
    return built_seed_site()


ENTRIES = load_timeline(ROOT / "timeline")
QUOTES = sum(len(e.quotes) for e in ENTRIES)


def test_json_ld_has_an_event_per_entry_and_a_quotation_per_quote(seed_site):
    documents = json_ld(page_dom(seed_site, "timeline/"))
    assert len(documents) == 1 and documents[0]["@context"] == "https://schema.org"
    graph = documents[0]["@graph"]
    events = [n for n in graph if n["@type"] == "Event"]
    quotations = [n for n in graph if n["@type"] == "Quotation"]
    assert sorted(e["@id"] for e in events) == sorted(f"#{e.id}" for e in ENTRIES)
    assert len(quotations) == QUOTES
    for event in events:
        assert event["name"] and event["description"] and event["startDate"]
        assert event["isBasedOn"][0]["@type"] == "NewsArticle"
    event_ids = {e["@id"] for e in events}
    for quotation in quotations:
        assert quotation["spokenByCharacter"]["@type"] == "Person"
        assert quotation["creator"] == quotation["spokenByCharacter"]
        assert quotation["about"]["@id"] in event_ids and quotation["text"]
    zelenskyy = next(q for q in quotations if q["creator"]["name"] == "Volodymr Zelenskyy")
    assert zelenskyy["creator"]["jobTitle"] == "Ukraine President"


def test_json_feed_lists_the_newest_entries_first(seed_site):
    feed = json.loads((seed_site / "feed.json").read_text(encoding="utf-8"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1" and feed["title"]
    items = feed["items"]
    assert sorted(i["id"] for i in items) == sorted(e.id for e in ENTRIES)
    assert [i["date_published"][:10] for i in items] == sorted((i["date_published"][:10] for i in items), reverse=True)
    for item in items:
        assert item["title"] and item["content_text"] and item["date_published"].endswith("Z")
    zelenskyy = next(e.id for e in ENTRIES if any(q.speaker == "Volodymr Zelenskyy" for q in e.quotes))
    said = next(i for i in items if i["id"] == zelenskyy)
    assert said["authors"] == [{"name": "Volodymr Zelenskyy"}] and said["tags"] == ["Statement"]


def test_timeline_json_is_in_timelinejs_format(seed_site):
    data = json.loads((seed_site / "timeline.json").read_text(encoding="utf-8"))
    assert data["title"]["text"]["headline"]
    events = data["events"]
    assert [e["unique_id"] for e in events] == [e.id for e in ENTRIES]
    for event, entry in zip(events, ENTRIES):
        assert event["start_date"]["year"] == int(entry.date[:4])
        assert event["text"]["headline"] and event["text"]["text"].startswith("<p>")
        assert event["group"]
    span = next(e for e in ENTRIES if e.end_date)
    siege = next(e for e in events if e["unique_id"] == span.id)
    assert span.date == "2022-03" and span.end_date == "2022-03-21"
    assert siege["start_date"] == {"year": 2022, "month": 3} and siege["end_date"] == {"year": 2022, "month": 3, "day": 21}


def digest(site) -> dict[str, str]:
    return {str(p.relative_to(site)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def test_same_inputs_give_a_byte_identical_site(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1647820800")
    first = build(copy_seed_project(tmp_path / "a"))
    second = build(copy_seed_project(tmp_path / "b"))
    assert digest(first) == digest(second)
