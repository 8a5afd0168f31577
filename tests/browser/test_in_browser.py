"""The seed site in a real headless Chromium: search, filters and shared URLs, accessibility, screenshots.

Needs Debian's Chromium (`apt-get install -y chromium chromium-driver`) and Playwright for Python (the
`test` extra). Without them these tests skip, except in CI (CI=1 or CI=true), where they fail instead."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "site"))     # sitetools: building real sites

from browsing import DESKTOP, PHONE, serious_violations, served  # noqa: E402
from browsing import browser, page  # noqa: F401, E402  (pytest fixtures: used as parameters)
from builder.loader import load_timeline  # noqa: E402
from sitetools import ROOT, seed_site  # noqa: E402

ARTIFACTS = ROOT / "tests" / "artifacts"
ENTRIES = load_timeline(ROOT / "timeline")
# Entries found by what they say, not by id: ids follow the extractor's wording and may change.
ZELENSKYY = next(e.id for e in ENTRIES if any(q.speaker == "Volodymr Zelenskyy" for q in e.quotes))
MIZINTSEV = next(e.id for e in ENTRIES if "Mikhail Mizintsev" in e.people)
KYIV_SHELLING = next(e.id for e in ENTRIES if "shopping centre" in e.summary)
KLITSCHKO = next(e for e in ENTRIES if "Vitaliy Klitschko" in e.people)
AXE_PAGES = ["", "timeline/", "people/", "people/irina-vereshchuk/", "sources/mariupol-surrender-refused/",
             "categories/strike/", "about/"]


@pytest.fixture(scope="module")
def base_url():
    """The built seed site served over HTTP on a free local port (search needs http://, not file://)."""
    with served(seed_site()) as url:
        yield url


def visible_entries(page) -> list[tuple[str, str]]:
    """(id, category) of every entry a reader can see."""
    return page.eval_on_selector_all(
        ".tl-entry", "els => els.filter(e => e.offsetParent !== null)"
                     ".map(e => [e.querySelector('h3').id, e.dataset.category])")


def in_viewport(page, element_id: str) -> bool:
    return page.evaluate("""id => { const r = document.getElementById(id).getBoundingClientRect();
                                    return r.top >= 0 && r.top < window.innerHeight; }""", element_id)


def search(page, words: str) -> None:
    """Open the site's search from anywhere (the "/" key) and type."""
    page.keyboard.press("/")
    page.keyboard.type(words)


def test_searching_a_speakers_name_lands_on_the_entry(page, base_url):
    page.goto(base_url)
    search(page, "Zelenskyy")
    result = page.locator(f'.tl-search-dialog a[data-tl-search-result][href$="#{ZELENSKYY}"]')
    result.wait_for()
    assert page.locator(".tl-search-dialog a[data-tl-search-result]").first.get_attribute("href").endswith(
        f"#{ZELENSKYY}")
    result.click()
    page.wait_for_url(f"**/timeline/**#{ZELENSKYY}")
    assert in_viewport(page, ZELENSKYY)


@pytest.mark.parametrize("query, entry_id", [
    ("Mizintsev", MIZINTSEV),
    ("Kyiv shopping", KYIV_SHELLING),
], ids=["person", "place-and-words"])
def test_search_finds_entries_by_person_place_and_words(page, base_url, query, entry_id):
    page.goto(base_url + "about/")
    search(page, query)
    page.locator(f'.tl-search-dialog a[data-tl-search-result][href$="#{entry_id}"]').wait_for()


def test_filtering_by_category_survives_a_reload_of_the_shared_url(page, browser, base_url):
    page.goto(base_url + "timeline/")
    page.select_option("select[name=category]", "strike")
    strikes = sorted(e.id for e in ENTRIES if e.category == "strike")
    shown = visible_entries(page)
    assert sorted(i for i, _ in shown) == strikes and {c for _, c in shown} == {"strike"}
    assert page.url.endswith("/timeline/?category=strike")
    assert f"Showing {len(strikes)} of {len(ENTRIES)} events." == page.inner_text(".tl-filter-status")
    toc = page.eval_on_selector_all(".md-nav--secondary a.md-nav__link",
                                    "els => els.filter(e => e.offsetParent !== null).map(e => e.hash.slice(1))")
    assert set(strikes) <= set(toc) and not set(toc) & {e.id for e in ENTRIES if e.category != "strike"}

    page.reload()
    assert page.input_value("select[name=category]") == "strike"
    assert sorted(i for i, _ in visible_entries(page)) == strikes

    shared = browser.new_context(viewport=PHONE).new_page()           # someone else opens the shared link
    shared.goto(base_url + "timeline/?category=strike")
    assert sorted(i for i, _ in visible_entries(shared)) == strikes
    shared.context.close()

    page.click("form.tl-filters button[type=reset]")
    page.wait_for_function("() => !location.search")
    assert len(visible_entries(page)) == len(ENTRIES)


def test_filters_combine_person_and_place(page, base_url):
    page.goto(base_url + "timeline/?person=vitaliy-klitschko&place=kyiv")
    assert [i for i, _ in visible_entries(page)] == [KLITSCHKO.id]
    for day in {e.date for e in ENTRIES} - {KLITSCHKO.date}:
        assert page.is_hidden(f"section[data-day='{day}']")             # days with nothing left are hidden


def test_without_javascript_every_entry_shows_and_the_filters_stay_hidden(browser, base_url):
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "timeline/?category=strike")
    assert len(visible_entries(page)) == len(ENTRIES)
    assert page.is_hidden("form.tl-filters")
    context.close()


def test_permalink_copies_the_entry_address(browser, base_url):
    context = browser.new_context(viewport=DESKTOP)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(base_url + "timeline/")
    page.click(f'[id="{ZELENSKYY}"] ~ p a.tl-permalink')
    page.wait_for_function("id => document.querySelector(`a.tl-permalink[href='#${id}']`).textContent === 'Link copied'",
                           arg=ZELENSKYY)
    assert page.evaluate("navigator.clipboard.readText()") == f"{base_url}e/{ZELENSKYY}/"     # its lasting address
    assert in_viewport(page, ZELENSKYY)
    context.close()


def test_a_source_link_lands_on_its_highlighted_sentence(page, base_url):
    page.goto(base_url + "timeline/")
    link = page.locator(f'[id="{ZELENSKYY}"] ~ p.tl-sources a', has_text="sentence").first
    sentence = link.get_attribute("href").split("#")[1]
    link.click()
    page.wait_for_url(f"**/sources/mariupol-surrender-refused/#{sentence}")
    assert in_viewport(page, sentence)
    assert page.eval_on_selector(f"#{sentence}", "e => getComputedStyle(e).outlineStyle") == "solid"  # highlighted
    assert "They are under the rubble" in page.inner_text(f"#{sentence}")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_accessibility_violations(browser, base_url, scheme):
    context = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
    page = context.new_page()
    problems = []
    for path in AXE_PAGES:
        page.goto(base_url + path)
        problems += serious_violations(page, f"/{path} [{scheme}]")
    context.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name, viewport", [("desktop", DESKTOP), ("phone", PHONE)])
def test_timeline_screenshots_for_review_and_no_sideways_scrolling(browser, base_url, name, viewport):
    context = browser.new_context(viewport=viewport, is_mobile=name == "phone", has_touch=name == "phone")
    page = context.new_page()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for path, label in (("timeline/", "timeline"), ("", "home")):
        page.goto(base_url + path)
        target = ARTIFACTS / f"{label}-{name}.png"
        page.screenshot(path=str(target), full_page=True)
        assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), f"{label} scrolls sideways"
    context.close()


def test_print_stylesheet_prints_the_timeline_without_site_chrome(page, base_url):
    page.goto(base_url + "timeline/?category=strike")
    page.emulate_media(media="print")
    assert page.is_hidden(".md-header") and page.is_hidden("form.tl-filters") and page.is_hidden(".md-sidebar--primary")
    assert len(visible_entries(page)) == len(ENTRIES)                   # printing shows every entry
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.pdf(path=str(ARTIFACTS / "timeline-print.pdf"))
    assert (ARTIFACTS / "timeline-print.pdf").read_bytes()[:5] == b"%PDF-"
