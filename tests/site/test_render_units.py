"""The renderer's small pieces, one row per phenomenon: dates, quotes, figures, slugs, URLs, colours, matching."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builder.article import Article
from builder.model import Entry, Quote, Source
from builder.cli import sentences_of
from builder.records import record_of
from builder.render import render_site
from builder.render.categories import contrast, default_styles, merge_styles
from builder.render.dates import readable_date, when_line
from builder.render.escape import front_matter_title, json_for_script, text, web_url
from builder.render.home import headline_entries
from builder.render.links import page_url, rel, unique_slugs
from builder.render.quotes import nested_quote, via_phrase
from builder.render.sources import article_text, locate, sentences_in


def entry(id="2022-03-20-x", date="2022-03-20", category="other", summary="Something happened.", **kw) -> Entry:
    return Entry(id=id, date=date, category=category, title=kw.pop("title", "Title"), summary=summary, **kw)


@pytest.mark.parametrize("value, expected", [
    ("2022-03-20", "Sunday 20 March 2022"),
    ("2022-03", "March 2022"),
    ("2022", "2022"),
])
def test_readable_date(value, expected):
    assert readable_date(value) == expected


@pytest.mark.parametrize("fields, expected", [
    ({}, '<time datetime="2022-03-20">Sunday 20 March 2022</time>'),
    ({"time": "05:00"}, '<time datetime="2022-03-20T05:00">05:00</time>'),
    ({"time": "<b>noon</b>"}, "&lt;b&gt;noon&lt;/b&gt;"),
    ({"time": "early hours"}, "early hours"),
    ({"approximate": True}, "approximate date"),
    ({"end_date": "2022-03-22"}, '– <time datetime="2022-03-22">Tuesday 22 March 2022</time>'),
    ({"when": "for weeks"}, "“for weeks”"),
], ids=["day", "clock-time", "markup-in-time", "time-in-words", "approximate", "span", "article-words"])
def test_when_line(fields, expected):
    assert expected in when_line(entry(**fields))


@pytest.mark.parametrize("quote, expected", [
    ("No surrender.", "<q>No surrender.</q>"),
    ("I wrote: 'Open the corridor'.", "<q>I wrote: <q>Open the corridor</q>.</q>"),
    ('He said "never" twice.', "<q>He said <q>never</q> twice.</q>"),
    ("We don't know.", "<q>We don't know.</q>"),
    ("the Russians' demand", "<q>the Russians' demand</q>"),
    ("an ‘unclosed mark", "<q>an ‘unclosed mark</q>"),
    ("<script>x</script>", "<q>&lt;script&gt;x&lt;/script&gt;</q>"),
], ids=["plain", "single-inside", "double-inside", "apostrophe", "possessive", "unbalanced", "markup"])
def test_nested_quote(quote, expected):
    assert nested_quote(quote) == expected


@pytest.mark.parametrize("via, expected", [
    ("Ukrainian Pravda", "told Ukrainian Pravda"),
    ("a Facebook post", "in a Facebook post"),
    ("a statement", "in a statement"),
    ("Telegram", "on Telegram"),
])
def test_via_phrase(via, expected):
    assert via_phrase(via) == expected


@pytest.mark.parametrize("value, expected", [
    ("https://example.org/a b", None),
    ("javascript:alert(1)", None),
    ("JaVaScRiPt:alert(1)", None),
    ("data:text/html,x", None),
    ("//example.org", None),
    ("https://example.org/a?q=\"x\"&b=<y>", "https://example.org/a?q=%22x%22&amp;b=%3Cy%3E"),
    ("HTTP://example.org/", "http://example.org/"),
])
def test_web_url(value, expected):
    assert web_url(value) == expected


def test_text_escapes_every_markup_character():
    escaped = text("<a href=\"x\">*b* _c_ `d` [e](f) ![g](h) {: #i} :j: &amp; \\ | ~ ^ = $ % @</a>")
    assert not set(escaped) & set("<>\"*_`[]{}:|~^=$%@\\") and "&amp;" not in escaped


@pytest.mark.parametrize("value, expected", [
    ("1. Not a list", "1&#46; Not a list"),
    ("2022) neither", "2022&#41; neither"),
    ("- nor this", "&#45; nor this"),
    ("+ nor this", "&#43; nor this"),
    ("# nor a heading", "&#35; nor a heading"),
    ("> nor a quote", "&#62; nor a quote"),
    ("In 1999. Fine - really (yes)!", "In 1999. Fine - really (yes)!"),
], ids=["ordered-list", "ordered-list-paren", "bullet", "plus-bullet", "heading", "blockquote", "prose"])
def test_text_defuses_what_opens_a_block_and_leaves_prose_alone(value, expected):
    assert text(value) == expected


def test_json_for_script_cannot_close_the_script():
    assert "</script>" not in json_for_script({"a": "</script><!--"})


def test_front_matter_title_is_escaped_and_quoted():
    assert front_matter_title('</title> "x"') == '"&lt;/title&gt; &quot;x&quot;"'


def test_unique_slugs_are_stable_and_never_clash():
    slugs = unique_slugs(["Kyiv", "kyiv", "Index", "Київ", "—"])
    assert slugs["Kyiv"] == "kyiv" and slugs["kyiv"].startswith("kyiv-")   # the plain spelling keeps the slug
    assert slugs["Index"].startswith("index-")          # people/index.md is the listing
    assert slugs["Київ"].startswith("kiiv-") and slugs["—"].startswith("n-")
    assert len(set(slugs.values())) == len(slugs)


def test_a_names_page_depends_on_that_name_alone():
    alone = unique_slugs(["Bob", "kyiv", "Київ", "The " + "Very Long Name " * 10])
    crowded = unique_slugs(["Bob", "BOB", "bob", "kyiv", "Kyiv", "Київ", "Kyїv", "The " + "Very Long Name " * 10])
    assert all(crowded[name] == slug for name, slug in alone.items())
    assert max(len(s) for s in crowded.values()) <= 69 and "index" not in crowded.values()


@pytest.mark.parametrize("source, target, anchor, expected", [
    ("timeline.md", "people/a.md", None, "people/a.md"),
    ("people/a.md", "timeline.md", "x", "../timeline.md#x"),
    ("timeline.md", "timeline.md", "x", "#x"),
    ("timeline/2022-03.md", "sources/s.md", "s-1", "../sources/s.md#s-1"),
    ("people/a.md", "e/x/", None, "../e/x/"),              # a folder (an entry's stub) keeps its slash
    ("index.md", "e/x/", None, "e/x/"),
])
def test_rel(source, target, anchor, expected):
    assert rel(source, target, anchor) == expected


@pytest.mark.parametrize("raw_links, expected", [("url", "../../timeline/#x"), ("source", "../timeline.md#x")])
def test_raw_html_links_are_written_as_the_engine_reads_them_and_script_addresses_as_the_browser_does(
        raw_links, expected):
    from builder.render.context import Options, build_site_map
    from builder.render.sources import Provenance

    site = build_site_map([], Provenance({}), options=Options(raw_links=raw_links))
    assert site.href("people/a.md", "timeline.md", "x") == expected
    assert site.url("people/a.md", "timeline.md", "x") == "../../timeline/#x"
    assert site.permalink("people/a.md", "x") == "../../e/x/"


@pytest.mark.parametrize("path, directory_urls, expected", [
    ("index.md", True, ""), ("timeline.md", True, "timeline/"), ("people/index.md", True, "people/"),
    ("timeline.md", False, "timeline.html"),
])
def test_page_url(path, directory_urls, expected):
    assert page_url(path, directory_urls) == expected


def test_badge_text_colour_always_meets_wcag_aa():
    for style in default_styles().values():
        assert contrast(style.colour, style.text_colour) >= 4.5, style.key


@pytest.mark.parametrize("overrides, problem", [
    ({"shelling": {"colour": "red"}}, "shelling.colour: expected a hex colour"),
    ({"shelling": {"icon": ":bomb:"}}, "shelling.icon: expected a Material icon name"),
    ({"Bad Key": {}}, "expected a category name in lowercase words"),
    (["shelling"], "expected a mapping of category"),
])
def test_merge_styles_reports_bad_settings(overrides, problem):
    assert any(problem in p for p in merge_styles(overrides)[1])


def test_merge_styles_can_add_a_category():
    styles, problems = merge_styles({"blockade": {"label": "Blockade", "colour": "#123456"}})
    assert not problems and styles["blockade"].label == "Blockade" and list(styles)[-1] == "blockade"


ARTICLE_TEXT = ("Russia said it would let people leave. Officials said: \"No surrender; never. We told them.\"\n"
                "The school was hit – 400 people sheltered there.\n")


@pytest.fixture
def article():
    return article_text(record_of(Article("a", Path("a.txt"), ARTICLE_TEXT, dt.date(2022, 3, 21), "A"), sentences_of))


@pytest.mark.parametrize("needle, sentences", [
    ("Russia said it would let people leave.", (0,)),
    ("let people leave", (0,)),
    ("Russia said it would let people leave. Officials said:", (0, 1)),
    ("Officials said: “No surrender; never.", (1,)),
    ("The school was hit - 400 people\n  sheltered there.", (2,)),
    ("Nothing like this", None),
], ids=["sentence", "part", "span", "curly-quotes", "dash-and-breaks", "absent"])
def test_locate_source_text(article, needle, sentences):
    found = locate(article, needle)
    assert (sentences_in(article, *found) if found else None) == sentences


def test_home_summary_picks_weighty_categories_once_each_in_time_order():
    entries = [entry("2022-03-19-a", "2022-03-19", "statement"), entry("2022-03-20-b", "2022-03-20", "rejection"),
               entry("2022-03-21-c", "2022-03-21", "rejection"), entry("2022-03-18-d", "2022-03-18", "casualties"),
               entry("2022-03-17-e", "2022-03-17", "strike")]
    assert [e.id for e in headline_entries(entries)] == ["2022-03-17-e", "2022-03-18-d", "2022-03-21-c"]


def test_partial_quotes_are_marked_as_fragments():
    rendered = render_site([entry(quotes=(Quote("bandits", "the Ministry", partial=True),))])
    assert "<q>bandits</q> <span class=\"tl-fragment\">(fragment)</span>" in rendered.pages["timeline.md"]


def test_categories_file_then_inline_settings_apply_in_order():
    from_file, _ = merge_styles({"shelling": {"label": "Artillery", "colour": "#111111"}})
    styles, problems = merge_styles({"shelling": {"colour": "#eeeeee"}}, base=from_file)
    assert not problems and (styles["shelling"].label, styles["shelling"].colour) == ("Artillery", "#eeeeee")


def test_render_site_is_pure_and_deterministic():
    entries = [entry(quotes=(Quote("Words.", "A Speaker"),), people=("B Person",), places=("Kyiv",),
                     sources=(Source("Words.", url="https://example.org/"),))]
    first, second = render_site(entries), render_site(list(entries))
    assert first == second
    assert {"index.md", "timeline.md", "people/a-speaker.md", "people/b-person.md", "places/kyiv.md",
            "categories/other.md", "sources/index.md"} <= set(first.pages)
    assert {"feed.json", "timeline.json", "assets/timeline/timeline.js"} <= set(first.files)
    assert not first.problems


def day_entries(counts: dict[str, int]) -> list[Entry]:
    """counts: {date: how many entries}, in order."""
    return [entry(id=f"{date}-e{n}", date=date) for date, count in counts.items() for n in range(count)]


@pytest.mark.parametrize("counts, per_page, expected", [
    ({"2022-03-01": 2}, 5, {"timeline.md": 2}),                                  # small: one page
    ({"2022-02-27": 3, "2022-03-01": 3}, 4, {"timeline/2022-02.md": 3, "timeline/2022-03.md": 3}),   # months
    ({"2022-03-01": 2, "2022-03-02": 2, "2022-03-09": 3}, 4,                    # a busy month, cut between days
     {"timeline/2022-03.md": 4, "timeline/2022-03-09.md": 3}),
    ({"2022-03-01": 1, "2022-03-02": 5}, 3,                                     # a day longer than a page
     {"timeline/2022-03.md": 1, "timeline/2022-03-02.md": 3, "timeline/2022-03-02-2.md": 2}),
    ({"2022-03": 3, "2022-03-05": 2}, 2,                                        # month-only dates come first
     {"timeline/2022-03.md": 2, "timeline/2022-03-2.md": 1, "timeline/2022-03-05.md": 2}),
], ids=["small", "by-month", "busy-month", "busy-day", "month-only-dates"])
def test_timeline_pages_never_pass_per_page_and_cut_between_days(counts, per_page, expected):
    from builder.render.context import timeline_pages

    pages = timeline_pages(day_entries(counts), per_page)
    assert {page: len(entries) for page, entries in pages.items()} == expected
    assert [e for group in pages.values() for e in group] == day_entries(counts)      # every entry, in order


def test_a_long_list_of_a_name_goes_on_to_further_pages(monkeypatch):
    from builder.render import indexes

    monkeypatch.setattr(indexes, "LIST_PAGE", 2)
    entries = [entry(id=f"2022-03-0{d}-x", date=f"2022-03-0{d}", people=("Ana Silva",)) for d in range(1, 6)]
    pages = render_site(entries).pages
    assert [p for p in pages if p.startswith("people/ana-silva")] == [
        "people/ana-silva.md", "people/ana-silva/2.md", "people/ana-silva/3.md"]
    second = pages["people/ana-silva/2.md"]
    assert 'title: "Ana Silva (2 of 3)"' in second and "2022-03-03-x" in second and "2022-03-01-x" not in second
    assert '<a href="../">1 March 2022 – 2 March 2022</a>' in second            # links to the other pages
    assert '<strong aria-current="page">3 March 2022 – 4 March 2022</strong>' in second
