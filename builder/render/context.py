"""Everything the page renderers share: the entries, where each lives, names, categories and sources."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from builder.model import Entry
from builder.render.categories import CategoryStyle, default_styles
from builder.render.links import KINDS, href, names_of, rel, unique_slugs
from builder.render.sources import Provenance
from builder.render.story import StoryIndex
from builder.vocabulary import NEW_CATEGORY_COLOUR, NEW_CATEGORY_ICON

TIMELINE = "timeline.md"


@dataclass(frozen=True)
class Options:
    """Site-wide settings the renderer needs (builder.project fills them from mkdocs.yml)."""

    site_name: str = "Timeline"        # the story's title (mkdocs.yml's site_name)
    site_description: str = ""         # its one-line description (mkdocs.yml's site_description)
    site_url: str | None = None        # absolute base URL, for the feed; None leaves URLs relative
    directory_urls: bool = True        # MkDocs' use_directory_urls
    per_page: int = 100                # above this many entries the timeline is split into one page per month
    feed_limit: int = 50               # newest entries in the feed
    icons: Mapping[str, str] = field(default_factory=dict)   # SVG of each category icon by name (from the theme)


@dataclass
class Site:
    """The rendered site's map: entries in order, their pages, names and categories."""

    entries: list[Entry]
    provenance: Provenance
    styles: dict[str, CategoryStyle] = field(default_factory=default_styles)
    options: Options = field(default_factory=Options)
    entry_page: dict[str, str] = field(default_factory=dict)       # entry id -> page holding it
    slugs: dict[str, dict[str, str]] = field(default_factory=dict)  # kind -> {name: slug}
    by_name: dict[str, dict[str, list[Entry]]] = field(default_factory=dict)  # kind -> {name: entries}
    story: StoryIndex = field(default_factory=StoryIndex)          # same_as aliases, revisions, first reports

    @property
    def single_timeline(self) -> bool:
        """Whether every entry is on timeline.md (so the filters there can show any subset)."""
        return not self.entries or self.entry_page.get(self.entries[-1].id) == TIMELINE

    def name_page(self, kind: str, name: str) -> str:
        return f"{kind}/{self.slugs[kind][name]}.md"

    def entry_link(self, from_page: str, entry_id: str) -> str:
        """A Markdown link target (an .md path MkDocs checks) to an entry."""
        return rel(from_page, self.entry_page[entry_id], entry_id)

    def href(self, from_page: str, to_page: str, anchor: str | None = None) -> str:
        """A URL for raw HTML, from one page to another (MkDocs does not rewrite links in raw HTML)."""
        return href(from_page, to_page, anchor, self.options.directory_urls)

    def entry_href(self, from_page: str, entry_id: str) -> str:
        return self.href(from_page, self.entry_page[entry_id], entry_id)

    def permalink(self, from_page: str, entry_id: str) -> str:
        """The entry's lasting address, timeline/#<id>, whatever page holds it now: when the timeline is split
        into months, the overview page sends the reader on to the right month (see timeline.js)."""
        return self.href(from_page, TIMELINE, entry_id)

    def style(self, category: str) -> CategoryStyle:
        return self.styles.get(category) or CategoryStyle(category, category.capitalize(), NEW_CATEGORY_ICON,
                                                          NEW_CATEGORY_COLOUR)


def month_of(entry: Entry) -> str:
    """The page key of an entry when the timeline is split: its month, or its year when that is all we know."""
    return entry.date[:7]


def timeline_pages(entries: list[Entry], per_page: int) -> dict[str, list[Entry]]:
    """{page: entries}: one page while the timeline is small, else one page per month (PERFORMANCE.md)."""
    if len(entries) <= per_page:
        return {TIMELINE: list(entries)}
    pages: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        pages[f"timeline/{month_of(entry)}.md"].append(entry)
    return dict(pages)


def build_site_map(entries: list[Entry], provenance: Provenance, styles: dict[str, CategoryStyle] | None = None,
                   options: Options | None = None, story: StoryIndex | None = None) -> Site:
    """Work out every page and name slug once, so all renderers link consistently. The ids of entries shown as
    another (same_as, `story.aliases`) lead to that entry's page."""
    ordered = sorted(entries, key=lambda e: e.sort_key)
    site = Site(ordered, provenance, styles or default_styles(), options or Options(), story=story or StoryIndex())
    for page, group in timeline_pages(ordered, site.options.per_page).items():
        for entry in group:
            site.entry_page[entry.id] = page
    for alias, target in site.story.aliases.items():
        site.entry_page[alias] = site.entry_page[target]
    for kind in KINDS:
        grouped: dict[str, list[Entry]] = defaultdict(list)
        for entry in ordered:
            for name in names_of(entry, kind):
                grouped[name].append(entry)
        site.by_name[kind] = dict(sorted(grouped.items()))
        site.slugs[kind] = unique_slugs(grouped)
    return site
