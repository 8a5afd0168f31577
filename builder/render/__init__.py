"""Entries -> Markdown pages and data files. Plain Python: nothing here imports MkDocs."""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain
from importlib import resources

from builder.errors import Problem
from builder.model import Entry, SourceArticle
from builder.render.articles import render_articles
from builder.render.categories import CategoryStyle, stylesheet
from builder.render.changes import CHANGES, changes_page
from builder.render.context import Options, Site, build_site_map
from builder.render.entities import alias_pages
from builder.render.feeds import json_feed, timeline_json
from builder.render.home import home_page
from builder.render.raw import GENERATED
from builder.render.indexes import render_indexes
from builder.render.links import page_url
from builder.render.permalinks import render_stubs
from builder.render.references import check_references
from builder.render.search import SEARCH_PAGE, search_page
from builder.render.sources import provenance
from builder.render.story import NameRules, fold_provenance, story_index, story_view
from builder.render.timeline import render_timeline
from builder.search_index import Record, entry_records
from builder.search_ui import ASSETS as SEARCH_ASSETS, asset as search_asset

__all__ = ["ASSETS", "CATEGORY_CSS", "EXTENSIONS", "SEARCH_ASSETS", "THEME_SEARCH", "Options", "Rendered",
           "render_site", "scripts", "stylesheets"]

# Static files every site gets, and where they go in the built site.
ASSETS = {"timeline.css": "assets/timeline/timeline.css", "timeline.js": "assets/timeline/timeline.js"}
CATEGORY_CSS = "assets/timeline/categories.css"
EXTENSIONS = ("admonition", "attr_list", "md_in_html")      # the Markdown extensions the pages are written for
THEME_SEARCH = ("search", "material/search")                # the theme's own search, which the timeline's replaces


def stylesheets(search: bool) -> list[str]:
    """The site's stylesheets, as the engine's `extra_css` lists them."""
    return [CATEGORY_CSS, ASSETS["timeline.css"]] + [SEARCH_ASSETS["search.css"]] * search


def scripts(search: bool) -> list[str]:
    """The site's scripts, as the engine's `extra_javascript` lists them."""
    return [ASSETS["timeline.js"]] + [SEARCH_ASSETS["search.js"]] * search


@dataclass(frozen=True)
class Rendered:
    """Everything generated for one site."""

    pages: dict[str, str]                   # docs path -> Markdown
    files: dict[str, str]                   # other files by site path: feeds, stylesheets, script
    problems: list[Problem] = field(default_factory=list)   # references to fix (warnings)
    # The pages whose body (after the front matter) is raw HTML only, which Markdown passes through unchanged
    # (see raw.py), with their tables of contents: docs path -> tokens in Python-Markdown's toc_tokens shape.
    raw: dict[str, list[dict]] = field(default_factory=dict)
    # One search record per entry shown, in timeline order, leading to it on its page (builder/search_index.py);
    # none when the site's search is off.
    search: list[Record] = field(default_factory=list)
    # Each entry's stub, e/<id>/index.html (permalinks.py): a file of the site like `files`, kept apart because
    # there is one per entry (the plugin writes them itself rather than hand MkDocs 10,000 more files).
    stubs: dict[str, str] = field(default_factory=dict)


def asset(name: str) -> str:
    return resources.files("builder.render").joinpath("assets", name).read_text(encoding="utf-8")


def render_site(entries: list[Entry], articles: list[SourceArticle] | tuple = (),
                styles: dict[str, CategoryStyle] | None = None, options: Options | None = None,
                portable: bool = False, names: NameRules | None = None) -> Rendered:
    """Every page and data file of the site, in a stable order, plus the reference problems found. `portable`
    writes the pages for any engine (Markdown headings, a generated marker); otherwise for the MkDocs plugin.
    `names` are the editors' names file's rules (builder.story.names.Names), applied to every entry shown."""
    prov = provenance(entries, list(articles))
    problems = check_references(entries, prov)          # every source as written, the same_as entries' too
    view = story_view(entries, names)
    prov = fold_provenance(prov, view.aliases)
    site = build_site_map(view.entries, prov, styles, options, story_index(view, prov, names))
    timeline, data = render_timeline(site)
    search = [(SEARCH_PAGE, search_page(site))] if site.options.search else []
    pages = {"index.md": home_page(site, marker=GENERATED if portable else None)}
    tocs = {}
    # Each page is written out as soon as it is made: a page's blocks weigh several times its text, and a big
    # timeline's pages, all held as blocks at once, were most of a 10,000-entry build's peak memory.
    for path, raw in chain(timeline, render_indexes(site), render_articles(site), [(CHANGES, changes_page(site))],
                           search):
        pages[path] = raw.portable if portable else raw.markdown
        tocs[path] = raw.toc
    pages.update(alias_pages(site, set(tocs), marker=GENERATED if portable else None))
    files = {"feed.json": json_feed(site), "timeline.json": timeline_json(site),
             CATEGORY_CSS: stylesheet(site.styles, site.options.icons), **data}
    files.update({target: asset(name) for name, target in ASSETS.items()})
    if site.options.search:
        files.update({target: search_asset(name) for name, target in SEARCH_ASSETS.items()})
    return Rendered(dict(sorted(pages.items())), dict(sorted(files.items())), problems,
                    {} if portable else dict(sorted(tocs.items())), search_records(site) if site.options.search else [],
                    render_stubs(site))


def search_records(site: Site) -> list[Record]:
    """One record per entry shown (names as the names file writes them), leading to it on its page."""
    return entry_records(site.entries, {e.id: page_url(site.entry_page[e.id], site.options.directory_urls) or "./"
                                        for e in site.entries})

