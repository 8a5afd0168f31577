"""The raw HTML pages: the plugin hands their body to MkDocs as HTML, skipping Markdown; that must change nothing.

And the links in them, which MkDocs does not check in raw HTML, must all lead somewhere."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import markdown
import pytest

from builder.loader import load_timeline
from builder.records import load_records
from builder.render import Options, render_site
from dom import dom
from sitetools import ROOT, build, small_project
from test_small_builds import TWO

BLANK_LINES = re.compile(r"\n\s*\n")


def site_markdown() -> markdown.Markdown:
    """Python-Markdown with the site's own extensions (from mkdocs.yml), as MkDocs would run it."""
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    return markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)


@pytest.fixture(scope="module")
def rendered():
    entries = load_timeline(ROOT / "timeline")
    articles = list(load_records(ROOT / "timeline")[0].values())
    return render_site(entries, articles, options=Options(per_page=5))     # split by month: every kind of page


def test_markdown_passes_every_raw_page_through_unchanged(rendered):
    assert {"timeline.md", "timeline/2022-03.md", "people/index.md", "categories/strike.md",
            "sources/mariupol-surrender-refused.md"} <= set(rendered.raw)
    for path in rendered.raw:
        body = rendered.pages[path].split("\n---\n", 1)[1]
        converted = site_markdown().convert(body)
        assert BLANK_LINES.sub("\n", converted).strip() == BLANK_LINES.sub("\n", body).strip(), path


def test_raw_pages_give_their_table_of_contents(rendered):
    toc = rendered.raw["timeline/2022-03.md"]
    assert [t["level"] for t in toc] == [2] * len(toc) and all(t["id"].startswith("day-2022-03") for t in toc)
    assert all(child["level"] == 3 for t in toc for child in t["children"])
    assert [t["id"] for t in rendered.raw["people/irina-vereshchuk.md"]] == ["what-they-said", "events"]


def internal_links(site: Path):
    """(page, href) of every link to a page of the site itself."""
    for html_file in sorted(site.rglob("*.html")):
        page = html_file.relative_to(site).as_posix()
        for a in dom(html_file.read_text(encoding="utf-8")).find_all("a"):
            href = a.attrs.get("href") or ""
            if href and not urlsplit(href).scheme and not href.startswith(("//", "mailto:")):
                yield page, href


def test_every_link_in_a_split_site_leads_to_a_page_and_anchor(tmp_path):
    april = TWO["2022-03-20-kyiv-shelled.yml"].replace("2022-03-20", "2022-04-02")
    site = build(small_project(tmp_path, {**TWO, "2022-04-02-kyiv-shelled.yml": april}, seeds=True,
                               options="      per_page: 2\n"))
    ids: dict[Path, set[str]] = {}
    checked = 0
    for page, href in internal_links(site):
        url = urlsplit(urljoin("http://x/" + page, href))
        target = site / unquote(url.path).lstrip("/")
        target = target / "index.html" if url.path.endswith("/") else target
        assert target.is_file(), (page, href)
        if url.fragment:
            if target not in ids:
                ids[target] = {n.attrs["id"] for n in dom(target.read_text(encoding="utf-8")).iter() if "id" in n.attrs}
            assert url.fragment in ids[target], (page, href)
        checked += 1
    assert checked > 100
