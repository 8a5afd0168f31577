"""A story of two real articles in a real headless Chromium: the home page a reader lands on (the story's title, key
figures dated and never mixed, what the newest article added), an old address of a merged entry, accessibility."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "site"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from browsing import DESKTOP, checked_page, serious_violations, served  # noqa: E402
from browsing import browser  # noqa: F401, E402  (pytest fixtures: used as parameters)
from sitetools import build  # noqa: E402
from storysite import TITLE, make_story  # noqa: E402

STORY_PAGES = ["", "timeline/", "changes/", "people/hosni-mubarak/", "people/president-mubarak/"]


@pytest.fixture(scope="module")
def story_site(tmp_path_factory):
    story = make_story(tmp_path_factory.mktemp("story"))
    with served(build(story.root / "mkdocs.yml")) as url:
        yield story, url


@pytest.fixture
def tab(browser):
    with checked_page(browser) as page:
        yield page


def test_the_home_page_tells_the_story_with_dated_key_figures_and_what_is_new(tab, story_site):
    _, url = story_site
    tab.goto(url)
    assert tab.title().startswith(TITLE)
    figures = tab.locator("p.tl-figure")
    shown = [" ".join(figures.nth(i).inner_text().split()) for i in range(figures.count())]
    assert shown and all(figures.nth(i).is_visible() for i in range(len(shown)))
    assert shown[0].startswith("100 killed") and "as of 1 February 2011" in shown[0]
    assert "was at least 18 on 28 January 2011" in shown[0]
    measures = [f.split(" as of ")[0].split()[-1] for f in shown]
    assert len(measures) == len(set(measures)), shown                 # each measure once: nothing mixed or summed
    assert all(" as of " in f for f in shown)
    new = tab.locator("#new-since-28-january-2011")
    assert new.is_visible()
    assert "Added by the article of 1 February 2011" in tab.locator("article").inner_text()
    steps = tab.locator(".tl-home-summary li").all_inner_texts()
    assert steps[0].startswith("How it began (28 January 2011)") and steps[-1].startswith("The latest (1 February")


def test_the_old_address_of_a_merged_entry_lands_on_the_entry_it_names(tab, story_site):
    story, url = story_site
    tab.goto(f"{url}timeline/#{story.alias}")
    target = tab.locator(f"li.tl-entry:has(> h3[id='{story.target}'])")
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < DESKTOP["height"]
    assert tab.eval_on_selector(f"li.tl-entry:has(> h3[id='{story.target}'])",
                                "e => getComputedStyle(e).outlineStyle") == "solid"      # highlighted as the target


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violations_on_the_storys_pages(browser, story_site, scheme):
    _, url = story_site
    context = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
    page = context.new_page()
    problems = []
    for path in STORY_PAGES:
        page.goto(url + path)
        problems += serious_violations(page, f"/{path} [{scheme}]")
    context.close()
    assert not problems, "\n".join(problems)
