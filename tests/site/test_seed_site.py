"""The seed site, built for real: timeline, quote callouts, indexes, source pages and their links."""
from __future__ import annotations

import base64
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from builder.article import load_article
from builder.extract.sentences import split_sentences
from builder.loader import load_timeline
from builder.render.dates import readable_date
from dom import Node
from sitetools import ROOT, page_dom
from sitetools import seed_site as built_seed_site


@pytest.fixture(scope="module")
def seed_site():
    return built_seed_site()


ENTRIES = load_timeline(ROOT / "timeline")
ARTICLE = load_article(ROOT / "seeds" / "mariupol-surrender-refused.txt")
# Entries found by what they say, not by id: ids follow the extractor's wording and may change.
VERESHCHUK = next(e.id for e in ENTRIES if any(q.speaker == "Irina Vereshchuk" for q in e.quotes))
ZELENSKYY = next(e.id for e in ENTRIES if any(q.speaker == "Volodymr Zelenskyy" for q in e.quotes))
SIEGE = next(e for e in ENTRIES if e.end_date)


def resolve(site: Path, from_path: str, href: str) -> tuple[Node, str | None]:
    """Follow a relative link of a built page: the target page's DOM and the fragment."""
    url = urlsplit(urljoin("http://x/" + from_path, href))
    return page_dom(site, url.path.lstrip("/")), url.fragment or None


@pytest.fixture(scope="module")
def timeline(seed_site):
    return page_dom(seed_site, "timeline/")


def entry_item(timeline: Node, entry_id: str) -> Node:
    heading = timeline.by_id(entry_id)
    assert heading is not None and heading.tag == "h3", entry_id
    return next(a for a in heading.ancestors() if a.tag == "li")


def test_every_entry_is_an_item_of_an_ordered_list_with_a_time_element(timeline):
    for entry in ENTRIES:
        item = entry_item(timeline, entry.id)
        assert item.parent.tag == "ol"
        assert item.find("time", datetime=entry.date), entry.id
        assert entry.title.split()[0] in item.find("h3").text()


def test_days_are_readable_headings_in_chronological_order(timeline):
    days = [h.text().rstrip("¶").strip() for h in timeline.find_all("h2") if (h.attrs.get("id") or "").startswith("day-")]
    assert days == [readable_date(d) for d in sorted({e.date for e in ENTRIES})]
    assert {"March 2022", "Sunday 20 March 2022", "Monday 21 March 2022"} <= set(days)


def test_spans_and_approximate_dates_are_marked(timeline):
    siege = entry_item(timeline, SIEGE.id)
    assert siege.find("time", datetime=SIEGE.end_date)                # the end of the span
    assert siege.find("span", cls="tl-span") and siege.find("span", cls="tl-approx")
    assert SIEGE.when in siege.find("span", cls="tl-when").text()


def category_icons(site: Path) -> dict[str, str]:
    """{category: SVG of its icon} from the generated categories.css (badges draw it as a CSS mask)."""
    css = (site / "assets" / "timeline" / "categories.css").read_text(encoding="utf-8")
    return {key: base64.b64decode(data).decode("utf-8")
            for key, data in re.findall(r"\.tl-cat-([a-z-]+)\{[^}]*--tl-icon:url\(\"data:image/svg\+xml;base64,([^\"]+)", css)}


def test_each_entry_has_a_category_badge_with_an_icon_linking_to_its_page(timeline, seed_site):
    icons = category_icons(seed_site)
    for entry in ENTRIES:
        badge = entry_item(timeline, entry.id).find("a", cls="tl-badge")
        assert f"tl-cat-{entry.category}" in badge.classes and icons[entry.category].startswith("<svg")
        target, _ = resolve(seed_site, "timeline/", badge.attrs["href"])
        assert target.find("a", href=f"../../timeline/#{entry.id}")


def test_quotes_are_material_quote_callouts_with_speaker_role_channel_and_source(timeline, seed_site):
    item = entry_item(timeline, VERESHCHUK)
    callouts = item.find_all("div", cls="quote")
    assert len(callouts) == 2 and all("admonition" in c.classes for c in callouts)
    title = callouts[0].find("p", cls="admonition-title")
    assert title.text() == "Irina Vereshchuk, Deputy Prime Minister"
    person, _ = resolve(seed_site, "timeline/", title.find("a").attrs["href"])
    assert person.find("h1").text().startswith("Irina Vereshchuk")
    assert "told Ukrainian Pravda" in callouts[0].text()
    source = next(a for a in callouts[0].find_all("a") if a.text() == "Source sentence")
    article, fragment = resolve(seed_site, "timeline/", source.attrs["href"])
    assert "There can be no talk of any surrender" in article.by_id(fragment).text()


def test_nested_quotation_marks_become_nested_q_elements(timeline):
    item = entry_item(timeline, VERESHCHUK)
    outer = item.find_all("div", cls="quote")[1].find("q")
    inner = outer.find("q")
    assert inner is not None and inner.text() == "Instead of wasting time on eight pages of letters, just open the corridor"
    assert outer.text().startswith("I wrote:") and "'" not in outer.text()


def test_every_source_link_lands_on_the_sentence_it_was_built_from(timeline, seed_site):
    checked = 0
    for entry in ENTRIES:
        links = [a for a in entry_item(timeline, entry.id).find("p", cls="tl-sources").find_all("a")
                 if a.text().startswith("sentence")]
        assert links, f"{entry.id} has no source link"
        texts = []
        for link in links:
            article, fragment = resolve(seed_site, "timeline/", link.attrs["href"])
            sentence = article.by_id(fragment)
            assert sentence is not None and "tl-sentence" in sentence.classes
            texts.append(sentence.text())
            checked += 1
        joined = " ".join(texts)
        for source in entry.sources:
            words = re.findall(r"\w+", source.text)
            assert all(w in joined for w in words), (entry.id, source.text)
    assert checked >= len(ENTRIES)


def test_source_page_anchors_every_sentence_and_links_back_to_entries(seed_site):
    article = page_dom(seed_site, "sources/mariupol-surrender-refused/")
    sentences = article.find_all("span", cls="tl-sentence")
    assert len(sentences) == len(split_sentences(ARTICLE.text)[1])
    assert [s.attrs["id"] for s in sentences] == [f"s-{i}" for i in range(1, len(sentences) + 1)]
    timeline_ids = {e.id for e in ENTRIES}
    linked = set()
    for sentence in article.find_all("span", cls="tl-sourced"):
        ref = sentence.parent.children[sentence.parent.children.index(sentence) + 1]
        assert isinstance(ref, Node) and "tl-ref" in ref.classes
        for a in ref.find_all("a"):
            target, fragment = resolve(seed_site, "sources/mariupol-surrender-refused/", a.attrs["href"])
            assert target.by_id(fragment) is not None
            linked.add(fragment)
    assert linked == timeline_ids


def test_person_page_gathers_what_they_said_and_links_to_entries(seed_site):
    person = page_dom(seed_site, "people/irina-vereshchuk/")
    said = person.find("h2", id="what-they-said")
    assert said is not None
    assert len(person.find_all("q")) >= 2
    links = [a.attrs["href"] for a in person.find_all("a") if "timeline/#" in (a.attrs.get("href") or "")]
    assert f"../../timeline/#{VERESHCHUK}" in links


@pytest.mark.parametrize("kind, name", [("people", "volodymr-zelenskyy"), ("places", "kyiv"),
                                        ("organisations", "ukrainian-pravda"), ("categories", "strike")])
def test_index_pages_list_entries_without_repeating_them(seed_site, kind, name):
    listing = page_dom(seed_site, f"{kind}/")
    assert any(a.attrs.get("href") == f"{name}/" for a in listing.find_all("a"))
    detail = page_dom(seed_site, f"{kind}/{name}/")
    entry_links = [a for a in detail.find_all("a") if "timeline/#" in (a.attrs.get("href") or "")]
    assert entry_links
    assert not detail.find("li", cls="tl-entry")              # links, not full entries


def test_home_page_summarises_with_figures_latest_events_and_a_way_in(seed_site):
    home = page_dom(seed_site, "")
    summary = [li.text() for li in home.find("div", cls="tl-home-summary").find_all("li")]
    assert summary[0].startswith("How it began (20 March 2022)") and summary[-1].startswith("The latest (21 March")
    assert 3 <= len(summary) <= 4
    # Each measure once, dated: the Kyiv toll (4 killed) is not shown beside Mariupol's as another "killed".
    figures = [p.text() for p in home.find_all("p", cls="tl-figure")]
    assert len(figures) == 1 and figures[0].startswith("at least 2,300 killed as of 21 March 2022")
    latest = home.find("h2", id="latest-events")
    assert latest is not None
    assert any(a.text() == "Read the timeline" for a in home.find_all("a"))


def test_category_filter_controls_exist_but_are_hidden_without_script(timeline):
    form = timeline.find("form", cls="tl-filters")
    assert "hidden" in form.attrs
    assert {s.attrs["name"] for s in form.find_all("select")} == {"category", "person", "place"}
    values = {o.attrs["value"] for o in form.find("select", name="category").find_all("option")}
    assert values == {""} | {e.category for e in ENTRIES}
    item = entry_item(timeline, ZELENSKYY)
    assert item.attrs["data-category"] == "statement" and "volodymr-zelenskyy" in item.attrs["data-person"]
