"""A timeline split over many pages, in headless Chromium: a search lands on the entry wherever it is, the filter
reaches entries on the other pages, old links and entry stubs lead to the entry, and a phone can use it.

The site: a synthetic story of 300 entries over a month and a bit (bench/synth.py, a word planted in one entry),
built as `make site` builds it: a February page, and March on several pages cut between days. Not timed:
bench/search_bench.py measures."""
from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

from bench.search_site import write_project
from browsing import DESKTOP, PHONE, checked_page, serious_violations, served
from browsing import browser  # noqa: F401  (pytest fixtures: used as parameters)
from builder.loader import load_timeline
from builder.render.context import Options, timeline_pages
from builder.render.links import page_url, unique_slugs



@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """(site folder, the planted entry, the entries in order, entry id -> page URL)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    project = tmp_path_factory.mktemp("archive")
    planted = write_project(300, project)
    here = Path.cwd()
    os.chdir(project)
    try:
        config = load_config("mkdocs.yml", site_dir=str(project / "site"), strict=True)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    finally:
        os.chdir(here)
    entries = sorted(load_timeline(project / "timeline"), key=lambda e: e.sort_key)
    pages = {e.id: page_url(page) for page, group in timeline_pages(entries, Options.per_page).items() for e in group}
    return project / "site", planted, entries, pages


@pytest.fixture(scope="module")
def base_url(archive):
    with served(archive[0]) as url:
        yield url


@pytest.fixture
def page(browser):
    with checked_page(browser, timeout_ms=15_000) as tab:
        yield tab


def in_view(page, element_id: str) -> bool:
    return page.evaluate("""id => { const e = document.getElementById(id); if (!e) return false;
                                    const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }""",
                         element_id)


def visible_ids(page) -> list[str]:
    return page.eval_on_selector_all(".tl-entry", "els => els.filter(e => e.offsetParent !== null)"
                                                  ".map(e => e.querySelector('h3').id)")


def busiest_person(entries) -> tuple[str, str, list]:
    """(slug, name, entries) of the person in the most entries: found on several pages."""
    count = Counter(n for e in entries for n in dict.fromkeys(e.people + tuple(q.speaker for q in e.quotes)))
    name = count.most_common(1)[0][0]
    slug = unique_slugs(count)[name]
    return slug, name, [e for e in entries if name in e.people or any(q.speaker == name for q in e.quotes)]


def test_the_timeline_is_split_between_days_into_light_pages(archive):
    site, _, entries, pages = archive
    march = sorted({url for url in pages.values() if url.startswith("timeline/2022-03")})
    assert len(march) >= 4 and "timeline/2022-03/" in march              # March on several pages
    per_page = Counter(pages.values())
    assert max(per_page.values()) <= Options.per_page
    days = {}
    for entry in entries:                                                 # no day is cut in two
        days.setdefault(entry.date, set()).add(pages[entry.id])
    assert all(len(found) == 1 for found in days.values())
    heaviest = max((site / url / "index.html").stat().st_size for url in per_page)
    assert heaviest < 300_000, heaviest


def test_a_search_from_the_overview_lands_on_the_entry_on_its_page(page, base_url, archive):
    _, planted, _, pages = archive
    page.goto(base_url + "timeline/")
    page.keyboard.press("/")
    page.keyboard.type(planted.word)
    result = page.locator(f'.tl-search-dialog a[data-tl-search-result][href$="#{planted.entry_id}"]')
    result.wait_for()
    assert page.inner_text(".tl-search-dialog [role=status]") == "1 entry found."
    result.click()
    page.wait_for_url(f"**/{pages[planted.entry_id]}#{planted.entry_id}")
    page.wait_for_function("id => { const e = document.getElementById(id); const r = e.getBoundingClientRect();"
                           " return r.top >= 0 && r.top < innerHeight; }", arg=planted.entry_id)


def test_the_filter_on_the_overview_counts_every_page_and_links_there(page, base_url, archive):
    _, _, entries, pages = archive
    slug, _, theirs = busiest_person(entries)
    expected = Counter(pages[e.id] for e in theirs)
    assert len(expected) >= 3
    page.goto(base_url + f"timeline/?person={slug}")
    elsewhere = page.locator(".tl-filter-elsewhere")
    elsewhere.wait_for()
    links = page.eval_on_selector_all(".tl-filter-elsewhere a", "els => els.map(a => [a.pathname + a.search, "
                                                                "a.nextSibling.textContent])")
    assert {href: int(count.strip(" ()")) for href, count in links} == {
        f"/{url}?person={slug}": n for url, n in expected.items()}
    assert elsewhere.inner_text().startswith(f"{len(theirs)} matching events on {len(expected)} pages")
    # Following a page's link shows that page filtered the same way.
    target, count = max(expected.items(), key=lambda item: (item[1], item[0]))
    page.click(f'.tl-filter-elsewhere a[href="/{target}?person={slug}"]')
    page.wait_for_url(f"**/{target}?person={slug}")
    assert sorted(visible_ids(page)) == sorted(e.id for e in theirs if pages[e.id] == target)
    assert page.input_value("select[name=person]") == slug


def test_the_filter_on_a_month_page_names_the_matches_on_the_other_pages(page, base_url, archive):
    _, _, entries, pages = archive
    slug, _, theirs = busiest_person(entries)
    here = sorted({pages[e.id] for e in theirs})[1]
    page.goto(base_url + here)
    page.select_option("select[name=person]", slug)
    page.wait_for_function("() => !document.querySelector('.tl-filter-elsewhere').hidden")
    on_page = [e.id for e in theirs if pages[e.id] == here]
    assert sorted(visible_ids(page)) == sorted(on_page)
    assert page.inner_text(".tl-filter-status").startswith(f"Showing {len(on_page)} of ")
    others = page.eval_on_selector_all(".tl-filter-elsewhere a", "els => els.map(a => a.pathname)")
    assert f"/{here}" not in others and len(others) == len({pages[e.id] for e in theirs}) - 1
    assert page.url.endswith(f"{here}?person={slug}")


def test_an_old_link_to_an_entry_is_sent_on_to_the_page_that_holds_it(page, base_url, archive):
    _, _, entries, pages = archive
    entry = next(e for e in entries if pages[e.id].startswith("timeline/2022-03-"))   # not on a month's first page
    for old in ("timeline/", "timeline/2022-03/"):          # before the timeline split; before March did
        page.goto(base_url + f"{old}#{entry.id}")
        page.wait_for_url(f"**/{pages[entry.id]}#{entry.id}")
        page.wait_for_function("id => !!document.getElementById(id)", arg=entry.id)
    page.goto(base_url + "timeline/#2022-03-01-no-such-entry")            # an unknown id: the reader stays
    page.wait_for_timeout(300)
    assert page.url.endswith("timeline/#2022-03-01-no-such-entry")


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_an_entry_stub_sends_the_reader_to_the_entry(browser, base_url, archive, javascript):
    _, _, entries, pages = archive
    entry = entries[len(entries) // 3]
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=javascript)
    tab = context.new_page()
    tab.goto(base_url + f"e/{entry.id}/")
    tab.wait_for_url(f"**/{pages[entry.id]}#{entry.id}")
    assert tab.locator(f'[id="{entry.id}"]').count() == 1
    context.close()


def test_the_link_to_copy_is_the_entry_stub(browser, base_url, archive):
    _, _, entries, pages = archive
    entry = entries[-1]
    context = browser.new_context(viewport=DESKTOP)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    tab = context.new_page()
    tab.goto(base_url + pages[entry.id])
    tab.click(f'[id="{entry.id}"] ~ p a.tl-permalink')
    tab.wait_for_function("id => document.querySelector(`a.tl-permalink[href='#${id}']`).textContent === 'Link copied'",
                          arg=entry.id)
    assert tab.evaluate("navigator.clipboard.readText()") == f"{base_url}e/{entry.id}/"
    context.close()


@pytest.mark.parametrize("path", ["timeline/", "timeline/2022-03/"])
def test_on_a_phone_the_pages_fit_and_the_filter_works(browser, base_url, archive, path):
    _, _, entries, pages = archive
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    tab = context.new_page()
    tab.goto(base_url + path)
    assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways"
    select = tab.locator("select[name=category]")
    box = select.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] and box["height"] >= 20
    category = next(e.category for e in entries if pages[e.id] == path or path == "timeline/")
    select.select_option(category)
    if path == "timeline/":
        tab.locator(".tl-filter-elsewhere a").first.wait_for()
    else:
        assert set(visible_ids(tab)) == {e.id for e in entries if pages[e.id] == path and e.category == category}
    assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_problem_on_split_pages(browser, base_url, archive, scheme):
    _, _, entries, pages = archive
    slug = busiest_person(entries)[0]
    context = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
    tab = context.new_page()
    problems = []
    for path in (f"timeline/?person={slug}", f"{sorted(set(pages.values()))[2]}?person={slug}"):
        tab.goto(base_url + path)
        tab.locator(".tl-filter-elsewhere a").first.wait_for()          # the counts from the other pages shown
        problems += serious_violations(tab, f"/{path} [{scheme}]")
    context.close()
    assert not problems, "\n".join(problems)
