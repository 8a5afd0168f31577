"""The seed site built by the other engines: ProperDocs through the plugin, Zensical and MkDocs from `render --out`.
Every build is served under a sub-path (linkcheck.BASE, named by site_url as a deployer names it) and every link
of every page must lead to a file of the site there.

The engines live in their own virtual environments (`make engines`, .engines/). Without them these tests skip,
except in CI (CI=1 or CI=true), where they fail instead: CI must prove every engine."""
from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from builder.cli import main
from builder.loader import load_timeline

sys.path.insert(0, str(Path(__file__).parent))
from linkcheck import BASE  # noqa: E402
from linkcheck import check as check_links  # noqa: E402
from sitecheck import check  # noqa: E402  - the checker CI also runs on its own

ROOT = Path(__file__).resolve().parents[2]
ENGINES = Path(os.environ.get("ENGINES_DIR", ROOT / ".engines"))
IN_CI = os.environ.get("CI", "").lower() not in ("", "0", "false", "no")
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}


def engine(name: str) -> Path:
    """The engine's command, or a skip (a failure in CI) saying how to get it."""
    command = ENGINES / name / "bin" / name
    if not command.is_file():
        why = f"{name} is not installed in {ENGINES}/{name} (run `make engines`)"
        if IN_CI:
            pytest.fail(f"engine tests must run in CI: {why}")
        pytest.skip(why)
    return command


def seed_project(folder: Path) -> Path:
    """The repository's project (mkdocs.yml, docs/, timeline/) in `folder`, served under BASE: no seeds/, the site
    needs none."""
    for name in ("docs", "timeline"):
        shutil.copytree(ROOT / name, folder / name)
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    return under_sub_path(folder)


def under_sub_path(project: Path) -> Path:
    """The project with site_url naming BASE, as a site served there has it. Pages link relatively and need no
    site_url; 404.html, served at whatever address was not found, can only link from site_url's path."""
    config = project / "mkdocs.yml"
    config.write_text(f"site_url: {BASE}\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    return project


def assert_links_work(site: Path) -> None:
    """Every href and src of every page leads to a file of the site when it is served under BASE."""
    broken, checked = check_links(site)
    assert [str(b) for b in broken] == []
    assert checked > len(list(site.rglob("*.html")))          # the checker read the pages' links


def run(command: list, cwd: Path) -> str:
    done = subprocess.run([str(c) for c in command], cwd=cwd, env=ENV, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def render(project: Path, *options: str) -> Path:
    """`python -m builder render --out out [options]` in `project`; the folder written."""
    here = Path.cwd()
    os.chdir(project)
    try:
        assert main(["render", "--out", "out", *options]) == 0
    finally:
        os.chdir(here)
    return project / "out"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Path:
    """`python -m builder render --out out` (for Zensical) in a copy of the seed project."""
    return render(seed_project(tmp_path_factory.mktemp("render")))


def assert_complete(site: Path) -> None:
    missing, counts = check(site, ROOT / "timeline")
    assert missing == []
    assert counts["entries"] == len(list((ROOT / "timeline").glob("*.yml"))) and counts["callouts"] >= 3


def test_zensical_builds_the_rendered_project_with_every_entry_callout_and_search(rendered, tmp_path):
    zensical = engine("zensical")
    out = tmp_path / "out"
    shutil.copytree(rendered, out)
    run([zensical, "build", "--strict"], out)
    assert_complete(out / "site")
    assert_our_search_only(out / "site")
    assert_links_work(out / "site")
    assert searches_in_a_browser(out / "site")
    assert reads_through_under_a_sub_path_in_a_browser(out / "site", tmp_path / "mount")


def assert_our_search_only(site: Path) -> None:
    """The timeline's search box and index, entry stubs, and not the engine's own search."""
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "assets/search/search.js" in home and "md-search" not in home
    assert (site / "pagefind" / "index.json").is_file() and (site / "search" / "index.html").is_file()
    entries = load_timeline(ROOT / "timeline")
    assert all((site / "e" / entry.id / "index.html").is_file() for entry in entries)


def searches_in_a_browser(site: Path) -> bool:
    """A speaker's name typed into the search box of the built site leads to the entry (headless Chromium); True
    when it did, a skip without a browser (a failure in CI)."""
    sys.path.insert(0, str(ROOT / "tests" / "browser"))
    from browsing import checked_page, chromium, served
    from test_search_box import ZELENSKYY

    with chromium() as browser, served(site) as base_url, checked_page(browser, timeout_ms=15_000) as page:
        page.goto(base_url + "about/")
        page.keyboard.press("/")
        page.keyboard.type("Zelenskyy")
        page.locator(f'.tl-search-dialog a[data-tl-search-result][href$="#{ZELENSKYY}"]').click()
        page.wait_for_url(f"**/timeline/#{ZELENSKYY}")
        return page.locator(f'[id="{ZELENSKYY}"]').count() == 1


def reads_through_under_a_sub_path_in_a_browser(site: Path, mount: Path) -> bool:
    """A reader of the site served under /explainer/ goes from a person's page to one of their events on the
    timeline, then to the sentence it was reported in, clicking the links (headless Chromium); True when each click
    lands on the element it names, a skip without a browser (a failure in CI)."""
    sys.path.insert(0, str(ROOT / "tests" / "browser"))
    from browsing import checked_page, chromium, served

    mount.mkdir()
    (mount / "explainer").symlink_to(site, target_is_directory=True)
    with chromium() as browser, served(mount) as base_url, checked_page(browser, timeout_ms=15_000) as page:
        here = base_url + "explainer/"
        page.goto(here + "people/irina-vereshchuk/")
        page.locator('article a[href*="timeline/#"]').first.click()
        page.wait_for_url(here + "timeline/#*")
        entry = page.url.partition("#")[2]
        if page.locator(f'[id="{entry}"]').count() != 1:
            return False
        page.locator(f'[id="{entry}"]').locator("xpath=ancestor::li[contains(@class, 'tl-entry')]").locator(
            '.tl-sources a[href*="sources/"]').first.click()
        page.wait_for_url(here + "sources/*/#*")
        return page.locator(f'[id="{page.url.partition("#")[2]}"]').count() == 1


def test_mkdocs_builds_the_project_rendered_for_it_too(tmp_path):
    out = render(seed_project(tmp_path / "project"), "--engine", "mkdocs")
    run([Path(sys.executable).with_name("mkdocs"), "build", "--strict"], out)
    assert_complete(out / "site")
    assert_our_search_only(out / "site")
    assert_links_work(out / "site")


def test_a_project_rendered_for_one_engine_and_built_by_the_other_has_links_a_folder_off(rendered, tmp_path):
    """What the link check is for: raw HTML links written for MkDocs (read against the page's URL) and built by
    Zensical (which reads them against the page's source file) climb one folder too high, and the reverse stays
    .md paths; served at the root both would mostly get by, under a sub-path neither does."""
    zensical = engine("zensical")
    out = render(seed_project(tmp_path / "project"), "--engine", "mkdocs")
    run([zensical, "build"], out)
    broken, _ = check_links(out / "site")
    assert "people/irina-vereshchuk/index.html" in {b.page for b in broken}
    assert all(b.link.startswith("../") and not b.resolved.startswith(BASE) for b in broken)
    mkdocs_of_zensicals = tmp_path / "other"
    shutil.copytree(rendered, mkdocs_of_zensicals)
    run([Path(sys.executable).with_name("mkdocs"), "build"], mkdocs_of_zensicals)
    broken, _ = check_links(mkdocs_of_zensicals / "site")
    assert any(".md" in b.link for b in broken)


def test_properdocs_builds_the_project_through_the_plugin_as_mkdocs_does(tmp_path):
    properdocs = engine("properdocs")
    project = seed_project(tmp_path / "project")
    run([properdocs, "build", "--strict", "-f", "mkdocs.yml", "-d", "by-properdocs"], project)
    run([Path(sys.executable).with_name("mkdocs"), "build", "--strict", "-d", "by-mkdocs"], project)
    assert_complete(project / "by-properdocs")
    assert_our_search_only(project / "by-properdocs")
    assert_links_work(project / "by-properdocs")
    assert_links_work(project / "by-mkdocs")
    assert searches_in_a_browser(project / "by-properdocs")
    ours = {p.relative_to(project / "by-properdocs") for p in (project / "by-properdocs").rglob("*") if p.is_file()}
    theirs = {p.relative_to(project / "by-mkdocs") for p in (project / "by-mkdocs").rglob("*") if p.is_file()}
    assert ours == theirs
    pages = sorted(p.as_posix() for p in ours if p.suffix == ".html")
    assert len(pages) > 20

    def article(site: str, name: str) -> str:
        html = (project / site / name).read_text(encoding="utf-8")
        if name.startswith("e/"):          # an entry stub: a file of ours, not a page of the theme
            return html
        return html[html.index("<article"):html.index("</article>")]
    for name in pages:                     # every page's content is the same; only the generator line differs
        assert article("by-properdocs", name) == article("by-mkdocs", name), name


def test_the_checker_notices_a_missing_entry(rendered, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(rendered / "docs", site)         # not a built site: no HTML, so nothing is there
    missing, _ = check(site, ROOT / "timeline")
    assert len(missing) >= len(list((ROOT / "timeline").glob("*.yml")))


def test_markup_from_yaml_stays_text_in_the_zensical_build_too(tmp_path, monkeypatch):
    """The escaping promise holds for pages written as portable Markdown and built by another engine."""
    import re

    sys.path.insert(0, str(ROOT / "tests" / "site"))
    from dom import dom
    from sitetools import small_project
    from test_small_builds import EVIL, SECOND

    zensical = engine("zensical")
    evil = (SECOND.replace("title: Four killed by shelling in Kyiv", f"title: '{EVIL}'")
            .replace("summary: Emergency services say four people were killed.", f"summary: '{EVIL}'")
            + f"quotes:\n  - text: '{EVIL}'\n    speaker: '<img src=x onerror=alert(1)>'\n"
            + "people: ['<script>alert(2)</script>']\norganisations: ['](javascript:alert(4))']\n")
    small_project(tmp_path, {"2022-03-20-kyiv-shelled.yml": evil})
    monkeypatch.chdir(tmp_path)
    assert main(["render", "--out", "out"]) == 0
    run([zensical, "build"], tmp_path / "out")
    pages = sorted((tmp_path / "out" / "site").rglob("*.html"))
    assert len(pages) > 5
    for path in pages:
        html = path.read_text(encoding="utf-8")
        title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
        assert "<" not in title and ">" not in title, (path, title)
        root = dom(html)
        assert not root.find("img", src="x") and not root.find("b"), path
        for node in root.iter():
            assert not any(k.startswith("on") for k in node.attrs), (path, node.tag, node.attrs)
            assert not (node.attrs.get("href") or "").lower().startswith("javascript:"), path
            if node.tag == "script" and not node.attrs.get("src"):
                assert node.attrs.get("type") in ("application/ld+json", "application/json") or "alert" not in str(
                    node.children), path
    assert "<img src=x onerror=alert(1)>" in dom((tmp_path / "out" / "site" / "timeline" / "index.html")
                                               .read_text(encoding="utf-8")).text()


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    """The story of two articles (tests/site/storysite.py), served under BASE; each test builds a copy."""
    sys.path.insert(0, str(ROOT / "tests" / "site"))
    from storysite import make_story

    made = make_story(tmp_path_factory.mktemp("story") / "story")
    under_sub_path(made.root)
    return made


def story_copy(story, folder: Path):
    shutil.copytree(story.root, folder)
    return dataclasses.replace(story, root=folder)


def test_a_story_of_two_articles_shows_the_same_in_a_zensical_build_of_render_out(story, tmp_path):
    """Reports, figure histories, revisions, What changed, same_as and names: in the pages `render --out` writes,
    built by Zensical, exactly as the plugin shows them (tests/site/test_story_site.py), every link working."""
    from storysite import check_story_site

    zensical = engine("zensical")
    story = story_copy(story, tmp_path / "story")
    run([zensical, "build", "--strict"], render(story.root))
    site = story.root / "out" / "site"
    assert check_story_site(site, story) == []
    missing, counts = check(site, story.root / "timeline")     # and what CI checks of any site
    assert missing == [] and counts["entries"] == len(list((story.root / "timeline").glob("*.yml"))) - 2
    assert_links_work(site)


def test_every_link_of_the_story_works_under_a_sub_path_built_by_properdocs_and_mkdocs_through_the_plugin(
        story, tmp_path):
    properdocs = engine("properdocs")
    story = story_copy(story, tmp_path / "story")
    run([properdocs, "build", "--strict", "-f", "mkdocs.yml", "-d", "by-properdocs"], story.root)
    run([Path(sys.executable).with_name("mkdocs"), "build", "--strict", "-d", "by-mkdocs"], story.root)
    for site in ("by-properdocs", "by-mkdocs"):
        assert_links_work(story.root / site)
