"""Entries -> Markdown pages and data files. Plain Python: nothing here imports MkDocs."""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources

from builder.errors import Problem
from builder.model import Entry, SourceArticle
from builder.render.articles import render_articles
from builder.render.categories import CategoryStyle, stylesheet
from builder.render.changes import CHANGES, changes_page
from builder.render.context import Options, build_site_map
from builder.render.entities import alias_pages
from builder.render.feeds import json_feed, timeline_json
from builder.render.home import home_page
from builder.render.raw import GENERATED
from builder.render.indexes import render_indexes
from builder.render.references import check_references
from builder.render.sources import provenance
from builder.render.story import NameRules, fold_provenance, story_index, story_view
from builder.render.timeline import render_timeline

__all__ = ["ASSETS", "CATEGORY_CSS", "Options", "Rendered", "render_site"]

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
    raw_pages = {**timeline, **render_indexes(site), **render_articles(site), CHANGES: changes_page(site)}
    pages = {"index.md": home_page(site, marker=GENERATED if portable else None),
             **alias_pages(site, set(raw_pages), marker=GENERATED if portable else None),
             **{path: raw.portable if portable else raw.markdown for path, raw in raw_pages.items()}}
    files = {"feed.json": json_feed(site), "timeline.json": timeline_json(site),
             CATEGORY_CSS: stylesheet(site.styles, site.options.icons), **data}
    files.update({target: asset(name) for name, target in ASSETS.items()})
    return Rendered(dict(sorted(pages.items())), dict(sorted(files.items())), problems,
                    {} if portable else {path: raw_pages[path].toc for path in sorted(raw_pages)})

