"""The search box of builder/search_ui with the Pagefind index of builder/search_index.py, in headless Chromium.

Phase 1 of issue 14: the site is the seed project built with Material's search plugin off and the box's files
linked (bench/search_site.py does the same for the benchmark), the index written after the build, and a
search page holding the box inline. Not timed: bench/search_bench.py measures."""
from __future__ import annotations

import functools
import http.server
import os
import threading
from pathlib import Path

import pytest

from bench.search_site import index_project, prepare_ours
from builder.loader import load_timeline

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
IN_CI = os.environ.get("CI", "").lower() not in ("", "0", "false", "no")
DESKTOP = {"width": 1280, "height": 900}
ENTRIES = load_timeline(ROOT / "timeline")
ZELENSKYY = next(e.id for e in ENTRIES if any(q.speaker == "Volodymr Zelenskyy" for q in e.quotes))
HOSTILE_ID = "2022-03-21-hostile-title"
HOSTILE = f"""id: {HOSTILE_ID}
date: 2022-03-21
category: statement
title: <img src=x onerror="window.pwned=1"> Quellmarsh said <b>nothing</b>
summary: The Quellmarsh statement <script>window.pwned=2</script> was read out.
"""
SEARCH_PAGE = """# Search

<div data-tl-search>
<p class="tl-search-fallback">Searching needs JavaScript. Browse instead: <a href="../timeline/">the timeline</a>,
<a href="../people/">people</a>, <a href="../places/">places</a>, <a href="../categories/">categories</a>.</p>
</div>
"""


def missing() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} not found; install it with: apt-get install -y chromium chromium-driver"
    try:
        import axe_playwright_python  # noqa: F401
        import playwright.sync_api  # noqa: F401
    except ImportError as err:
        return f"{err.name} is not installed; run: make test (it installs the test extra into .venv)"
    return None


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The seed project, plus one entry whose text is markup and a search page, built with our search."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    project = tmp_path_factory.mktemp("search-site")
    for name in ("docs", "timeline", "seeds"):
        __import__("shutil").copytree(ROOT / name, project / name)
    (project / "mkdocs.yml").write_text((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), encoding="utf-8")
    (project / "timeline" / f"{HOSTILE_ID}.yml").write_text(HOSTILE, encoding="utf-8")
    (project / "docs" / "search.md").write_text(SEARCH_PAGE, encoding="utf-8")
    prepare_ours(project)
    here = Path.cwd()
    os.chdir(project)
    try:
        config = load_config("mkdocs.yml", site_dir=str(project / "site"), strict=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    finally:
        os.chdir(here)
    index_project(project)
    return project / "site"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def base_url(site):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    why = missing()
    if why:
        if IN_CI:
            pytest.fail(f"browser tests must run in CI: {why}")
        pytest.skip(why)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=DESKTOP)
    context.set_default_timeout(10_000)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda err: errors.append(str(err)))
    yield tab
    context.close()
    assert not errors, f"JavaScript errors: {errors}"


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
    from axe_playwright_python.sync_playwright import Axe

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
        for violation in Axe().run(page).response["violations"]:
            if violation["impact"] in ("serious", "critical"):
                problems.append(f"/{path} [{scheme}] {violation['id']}: {violation['help']} at "
                                f"{[n['target'] for n in violation['nodes']][:3]}")
    context.close()
    assert not problems, "\n".join(problems)
