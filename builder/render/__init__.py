"""Entries -> Markdown pages and data files. Plain Python: nothing here imports MkDocs."""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain
from importlib import resources

from builder.errors import Problem
from builder.model import Entry, SourceArticle
from builder.render.articles import render_articles
from builder.render.categories import CategoryStyle, stylesheet
from builder.render.context import Options, build_site_map
from builder.render.feeds import json_feed, timeline_json
from builder.render.home import home_page
from builder.render.raw import GENERATED
from builder.render.indexes import render_indexes
from builder.render.permalinks import render_stubs
from builder.render.references import check_references
from builder.render.search import SEARCH_PAGE, search_page
from builder.render.sources import provenance
from builder.render.timeline import render_timeline
from builder.search_ui import ASSETS as SEARCH_ASSETS, asset as search_asset

__all__ = ["ASSETS", "CATEGORY_CSS", "SEARCH_ASSETS", "Options", "Rendered", "render_site"]

# Static files every site gets, and where they go in the built site.
ASSETS = {"timeline.css": "assets/timeline/timeline.css", "timeline.js": "assets/timeline/timeline.js"}
CATEGORY_CSS = "assets/timeline/categories.css"


@dataclass(frozen=True)
class Rendered:
    """Everything generated for one site."""

    pages: dict[str, str]                   # docs path -> Markdown
    files: dict[str, str]                   # other files by site path: feeds, stylesheets, script
    problems: list[Problem] = field(default_factory=list)   # references to fix (warnings)
    # The pages whose body (after the front matter) is raw HTML only, which Markdown passes through unchanged
    # (see raw.py), with their tables of contents: docs path -> tokens in Python-Markdown's toc_tokens shape.
    raw: dict[str, list[dict]] = field(default_factory=dict)
    # Where each entry is: entry id -> the docs path of its timeline page, in timeline order (the search index's
    # records lead there).
    entry_pages: dict[str, str] = field(default_factory=dict)
    # Each entry's stub, e/<id>/index.html (permalinks.py): a file of the site like `files`, kept apart because
    # there is one per entry (the plugin writes them itself rather than hand MkDocs 10,000 more files).
    stubs: dict[str, str] = field(default_factory=dict)


def asset(name: str) -> str:
    return resources.files("builder.render").joinpath("assets", name).read_text(encoding="utf-8")


def render_site(entries: list[Entry], articles: list[SourceArticle] | tuple = (),
                styles: dict[str, CategoryStyle] | None = None, options: Options | None = None,
                portable: bool = False) -> Rendered:
    """Every page and data file of the site, in a stable order, plus the reference problems found. `portable`
    writes the pages for any engine (Markdown headings, a generated marker); otherwise for the MkDocs plugin."""
    prov = provenance(entries, list(articles))
    site = build_site_map(entries, prov, styles, options)
    timeline, data = render_timeline(site)
    search = [(SEARCH_PAGE, search_page(site))] if site.options.search else []
    pages = {"index.md": home_page(site, marker=GENERATED if portable else None)}
    tocs = {}
    # Each page is written out as soon as it is made: a page's blocks weigh several times its text, and a big
    # timeline's pages, all held as blocks at once, were most of a 10,000-entry build's peak memory.
    for path, raw in chain(timeline, render_indexes(site), render_articles(site), search):
        pages[path] = raw.portable if portable else raw.markdown
        tocs[path] = raw.toc
    files = {"feed.json": json_feed(site), "timeline.json": timeline_json(site),
             CATEGORY_CSS: stylesheet(site.styles, site.options.icons), **data}
    files.update({target: asset(name) for name, target in ASSETS.items()})
    if site.options.search:
        files.update({target: search_asset(name) for name, target in SEARCH_ASSETS.items()})
    return Rendered(dict(sorted(pages.items())), dict(sorted(files.items())), check_references(site.entries, prov),
                    {} if portable else dict(sorted(tocs.items())),
                    {entry.id: site.entry_page[entry.id] for entry in site.entries}, render_stubs(site))

