"""Everything the page renderers share: the entries, where each lives, names, categories and sources."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import groupby

from builder.model import Entry
from builder.render.categories import CategoryStyle, default_styles
from builder.render.links import KINDS, href, names_of, rel, unique_slugs
from builder.render.sources import Provenance
from builder.render.story import StoryIndex
from builder.vocabulary import NEW_CATEGORY_COLOUR, NEW_CATEGORY_ICON

TIMELINE = "timeline.md"
STUBS = "e"                 # e/<id>/: each entry's lasting address, a small page that sends the reader on


@dataclass(frozen=True)
class Options:
    """Site-wide settings the renderer needs (builder.project fills them from mkdocs.yml)."""

    site_name: str = "Timeline"        # the story's title (mkdocs.yml's site_name)
    site_description: str = ""         # its one-line description (mkdocs.yml's site_description)
    site_url: str | None = None        # absolute base URL, for the feed; None leaves URLs relative
    directory_urls: bool = True        # MkDocs' use_directory_urls
    per_page: int = 60                 # most entries on one timeline page: past it, months, and busy months by days
    language: str = "en"               # the site's language (theme.language): the entry stubs' and search's
    search: bool = True                # the site's search: search.md and the search box's files (search_ui)
    feed_limit: int = 50               # newest entries in the feed
    icons: Mapping[str, str] = field(default_factory=dict)   # SVG of each category icon by name (from the theme)
    # How the engine reads a relative href in a page's raw HTML: as the browser will, against the page's URL
    # ("url": MkDocs and ProperDocs leave raw HTML alone), or as a Markdown link, against the page's source file,
    # which it then rewrites for the page's URL ("source": Zensical). The two differ by a folder on every page not
    # named index.md ('people/a.md' is served at people/a/).
    raw_links: str = "url"


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
        """A link for an href in a page's raw HTML, from one page (or file) to another, written as the engine
        reads it (Options.raw_links)."""
        if self.options.raw_links == "source":
            return rel(from_page, to_page, anchor)
        return self.url(from_page, to_page, anchor)

    def url(self, from_page: str, to_page: str, anchor: str | None = None) -> str:
        """The URL of one page (or file) relative to another's URL, for what no engine rewrites and the browser
        resolves against the page's address: timeline.js's data attributes, data files, the entry stubs."""
        return href(from_page, to_page, anchor, self.options.directory_urls)

    def entry_href(self, from_page: str, entry_id: str) -> str:
        return self.href(from_page, self.entry_page[entry_id], entry_id)

    def stub_url(self, entry_id: str) -> str:
        """The entry's lasting address from the site root: e/<id>/, whatever page holds the entry now (the stub
        page there names the entry and sends the reader on; see permalinks.py)."""
        return f"{STUBS}/{entry_id}/" + ("" if self.options.directory_urls else "index.html")

    def permalink(self, from_page: str, entry_id: str) -> str:
        """The entry's lasting address, relative to `from_page`'s URL: what "Link to this entry" copies."""
        return self.url(from_page, self.stub_url(entry_id))

    def style(self, category: str) -> CategoryStyle:
        return self.styles.get(category) or CategoryStyle(category, category.capitalize(), NEW_CATEGORY_ICON,
                                                          NEW_CATEGORY_COLOUR)


def month_of(entry: Entry) -> str:
    """The page key of an entry when the timeline is split: its month, or its year when that is all we know."""
    return entry.date[:7]


def by_days(entries: list[Entry], per_page: int) -> list[list[Entry]]:
    """Entries (in order) cut into runs of at most per_page, between days: a day stays whole unless it alone is
    longer than a page."""
    runs: list[list[Entry]] = []
    for _, day in groupby(entries, key=lambda e: e.date):
        day = list(day)
        if runs and len(runs[-1]) + len(day) <= per_page:
            runs[-1] += day
            continue
        runs += [day[i:i + per_page] for i in range(0, len(day), per_page)]
    return runs


def timeline_pages(entries: list[Entry], per_page: int) -> dict[str, list[Entry]]:
    """{page: entries}, in order: one page while the timeline is small, else one page per month, and a month of
    more than per_page entries on several pages cut between days (a page stays light: ~3.5 KB of HTML an entry).
    A month's first page is timeline/<month>.md; each further one is named for its first day
    (timeline/2022-03-09.md), with -2, -3 ... when a day runs over two pages."""
    if len(entries) <= per_page:
        return {TIMELINE: list(entries)}
    months: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        months[month_of(entry)].append(entry)
    pages: dict[str, list[Entry]] = {}
    for month, group in months.items():
        for number, run in enumerate(by_days(group, per_page)):
            name, n = (month, 1) if number == 0 else (run[0].date, 1)
            while f"timeline/{name}.md" in pages:
                n += 1
                name = f"{run[0].date}-{n}"
            pages[f"timeline/{name}.md"] = run
    return pages


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
