"""The site's search (the box of builder/search_ui, the Pagefind index the plugin writes into site/pagefind/, the
generated search page) in headless Chromium: the seed project as `make site` builds it, plus one entry whose text
is markup. Not timed: bench/search_bench.py measures."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from browsing import DESKTOP, serious_violations, served
from browsing import browser, page  # noqa: F401  (pytest fixtures: used as parameters)
from builder.loader import load_timeline

ROOT = Path(__file__).resolve().parents[2]
ENTRIES = load_timeline(ROOT / "timeline")
ZELENSKYY = next(e.id for e in ENTRIES if any(q.speaker == "Volodymr Zelenskyy" for q in e.quotes))
HOSTILE_ID = "2022-03-21-hostile-title"
HOSTILE = f"""id: {HOSTILE_ID}
date: 2022-03-21
category: statement
title: <img src=x onerror="window.pwned=1"> Quellmarsh said <b>nothing</b>
summary: The Quellmarsh statement <script>window.pwned=2</script> was read out.
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The seed project, plus one entry whose text is markup, built as `make site` builds it."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    project = tmp_path_factory.mktemp("search-site")
    for name in ("docs", "timeline"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    (project / "timeline" / f"{HOSTILE_ID}.yml").write_text(HOSTILE, encoding="utf-8")
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
    return project / "site"


@pytest.fixture(scope="module")
def base_url(site):
    with served(site) as url:
        yield url


def result(entry_id: str) -> str:
    return f'.tl-search-dialog a[data-tl-search-result][href$="#{entry_id}"]'


def test_slash_opens_the_search_and_a_speakers_name_leads_to_the_entry(page, base_url):
    page.goto(base_url + "about/")
    page.keyboard.press("/")
    assert page.evaluate("document.querySelector('.tl-search-dialog').open")
    assert page.evaluate("document.activeElement.matches('.tl-search-dialog [data-tl-search-input]')")
    page.keyboard.type("Zelenskyy")
    page.locator(result(ZELENSKYY)).wait_for()
    assert "found" in page.inner_text(".tl-search-dialog [role=status]")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.matches('a[data-tl-search-result]')")
    page.locator(result(ZELENSKYY)).focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/timeline/#{ZELENSKYY}")
    assert page.evaluate("""id => { const r = document.getElementById(id).getBoundingClientRect();
                                    return r.top >= 0 && r.top < innerHeight; }""", ZELENSKYY)


def test_the_header_button_opens_it_and_escape_closes_it_giving_focus_back(page, base_url):
    page.goto(base_url + "timeline/")
    button = page.locator(".md-header__inner [data-tl-search-open]")
    assert button.get_attribute("aria-label") == "Search"
    button.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.querySelector('.tl-search-dialog').open")
    page.keyboard.press("Escape")
    assert not page.evaluate("document.querySelector('.tl-search-dialog').open")
    assert page.evaluate("document.activeElement.hasAttribute('data-tl-search-open')")


def test_a_word_nobody_wrote_says_so(page, base_url):
    page.goto(base_url + "timeline/")
    page.keyboard.press("s")
    page.keyboard.type("xylophonist")
    page.wait_for_function("document.querySelector('.tl-search-dialog [role=status]').textContent.startsWith('No entry')")
    assert page.locator(".tl-search-dialog a[data-tl-search-result]").count() == 0


def test_text_from_entries_is_shown_as_text_never_run(page, base_url):
    page.goto(base_url + "timeline/")
    page.keyboard.press("/")
    page.keyboard.type("Quellmarsh")
    link = page.locator(result(HOSTILE_ID))
    link.wait_for()
    assert '<img src=x onerror="window.pwned=1">' in link.inner_text()
    assert page.locator(".tl-search-dialog .tl-search__results img, .tl-search-dialog .tl-search__results b, "
                        ".tl-search-dialog .tl-search__results script").count() == 0
    assert page.locator(".tl-search-dialog .tl-search__results mark").count() >= 1     # the match is marked
    assert page.evaluate("window.pwned") is None


def test_the_search_page_searches_what_its_address_asks(page, base_url):
    page.goto(base_url + "search/?q=Zelenskyy")
    page.locator(f'[data-tl-search] a[data-tl-search-result][href$="#{ZELENSKYY}"]').wait_for()
    assert page.locator("[data-tl-search] .tl-search-fallback").is_visible()        # browse links stay below


def test_without_javascript_the_search_page_offers_the_browse_links(browser, base_url):
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "search/")
    assert "Browse instead" in page.inner_text("[data-tl-search]")
    assert page.locator("[data-tl-search] a[href='../timeline/']").count() == 1
    assert page.locator("[data-tl-search-open], .tl-search-dialog").count() == 0
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_problem_in_the_open_search(browser, base_url, scheme):
    context = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
    page = context.new_page()
    problems = []
    for path in ("timeline/", "search/?q=Zelenskyy"):
        page.goto(base_url + path)
        if path == "timeline/":
            page.keyboard.press("/")
            page.keyboard.type("Zelenskyy")
            page.locator(result(ZELENSKYY)).wait_for()
        else:
            page.locator("[data-tl-search] a[data-tl-search-result]").first.wait_for()
        problems += serious_violations(page, f"/{path} [{scheme}]")
    context.close()
    assert not problems, "\n".join(problems)
