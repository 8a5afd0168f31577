"""Pages per person, place, organisation and category: each links to its entries instead of repeating them.

Raw HTML pages (see raw.py): on a big timeline these lists hold tens of thousands of links."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from builder.model import Entry
from builder.render.categories import badge
from builder.render.context import TIMELINE, Site
from builder.render.dates import short_date
from builder.render.entities import aliases_line
from builder.render.escape import html_text
from builder.render.links import KINDS
from builder.render.quotes import nested_quote
from builder.render.raw import RawPage, heading, html_list, section
from builder.vocabulary import plural


TITLES = {"people": "People", "places": "Places", "organisations": "Organisations", "categories": "Categories"}
SINGULAR = {"people": "Person", "places": "Place", "organisations": "Organisation"}
FILTER_PARAM = {"people": "person", "places": "place"}
#: Most entries one person, place, organisation or category page lists; a longer list goes on to pages 2, 3 ...
#: (people/<slug>/2.md), so that no page passes ~300 KB (an item is ~250 bytes, a quote with it ~500).
LIST_PAGE = 400


def entry_item(site: Site, page: str, entry: Entry, with_badge: bool = True) -> str:
    """One line of a listing: date, linked title, and the category badge unless the page is that category's."""
    line = (f"{html_text(short_date(entry.date))}: "
            f'<a href="{site.entry_href(page, entry.id)}">{html_text(entry.title)}</a>')
    return line + (f" {badge(site.style(entry.category))}" if with_badge else "")


def filter_button(site: Site, page: str, param: str, value: str) -> list[str]:
    """A link to the timeline filtered to this page's subject (split by month, the overview counts the matches on
    every page and links to them)."""
    return [f'<p><a class="md-button" href="{site.href(page, TIMELINE)}?{param}={value}">Show on the timeline</a></p>']


def list_pages(first: str, entries: list[Entry]) -> list[tuple[str, list[Entry]]]:
    """(page, entries) of a listing: `first` (people/x.md), then people/x/2.md ... LIST_PAGE entries each."""
    runs = [entries[i:i + LIST_PAGE] for i in range(0, len(entries), LIST_PAGE)] or [[]]
    return [(first if n == 0 else f"{first.removesuffix('.md')}/{n + 1}.md", run) for n, run in enumerate(runs)]


def list_pager(site: Site, parts: list[tuple[str, list[Entry]]], at: int) -> list[str]:
    """'Events by date: 24 February – 12 March 2022 · 13 March – ...' linking a long list's pages (none for one)."""
    if len(parts) < 2:
        return []
    page = parts[at][0]
    links = []
    for n, (target, run) in enumerate(parts):
        span = html_text(f"{short_date(run[0].date)} – {short_date(run[-1].date)}")
        links.append(f'<strong aria-current="page">{span}</strong>' if n == at
                     else f'<a href="{site.href(page, target)}">{span}</a>')
    return [f'<nav class="tl-pager" aria-label="Pages of this list">Events by date: {" · ".join(links)}</nav>']


def paged_title(title: str, parts: list, at: int) -> str:
    return title if at == 0 else f"{title} ({at + 1} of {len(parts)})"


def name_pages(site: Site, kind: str, name: str, entries: list[Entry]) -> Iterator[tuple[str, RawPage]]:
    """A name's page (and its further pages when it has more than LIST_PAGE events): what they said and events."""
    parts = list_pages(site.name_page(kind, name), entries)
    for at, (page, run) in enumerate(parts):
        body = [heading(1, paged_title(name, parts, at)), f"<p>{SINGULAR[kind]} · {plural(len(entries), 'event')}</p>",
                *aliases_line(site, name)]
        if kind in FILTER_PARAM:
            body += filter_button(site, page, FILTER_PARAM[kind], site.slugs[kind][name])
        body += list_pager(site, parts, at)
        said = [(e, q) for e in run for q in e.quotes if q.speaker == name]
        if said:
            body += [section("What they said", "what-they-said"),
                     html_list([f"{nested_quote(quote.text)} ({html_text(short_date(entry.date))}, "
                                f'<a href="{site.entry_href(page, entry.id)}">{html_text(entry.title)}</a>)'
                                for entry, quote in said])]
        body += [section("Events", "events"), html_list([entry_item(site, page, e) for e in run])]
        body += list_pager(site, parts, at)
        yield page, RawPage(paged_title(name, parts, at), body)


def kind_index(site: Site, kind: str) -> RawPage:
    """people/index.md and the like: every name with its number of events, alphabetically."""
    page = f"{kind}/index.md"
    names = site.by_name[kind]
    items = [f'<a href="{site.href(page, site.name_page(kind, n))}">{html_text(n)}</a> ({plural(len(es), "event")})'
             for n, es in names.items()]
    return RawPage(TITLES[kind], [heading(1, TITLES[kind]), html_list(items) if items else "<p>None yet.</p>"])


def category_pages(site: Site) -> Iterator[tuple[str, RawPage]]:
    """One page per category in use (more for a long one), then categories/index.md."""
    grouped: dict[str, list[Entry]] = defaultdict(list)
    for entry in site.entries:
        grouped[entry.category].append(entry)
    index = []
    for key, style in site.styles.items():
        entries = grouped.get(key, [])
        if not entries:
            continue
        parts = list_pages(f"categories/{key}.md", entries)
        index.append(f"{badge(style, site.href('categories/index.md', parts[0][0]))} {plural(len(entries), 'event')}")
        for at, (page, run) in enumerate(parts):
            body = [heading(1, paged_title(style.label, parts, at)),
                    f"<p>{badge(style)} {plural(len(entries), 'event')}</p>"]
            body += filter_button(site, page, "category", key) + list_pager(site, parts, at)
            body.append(html_list([entry_item(site, page, e, with_badge=False) for e in run]))
            body += list_pager(site, parts, at)
            yield page, RawPage(paged_title(style.label, parts, at), body)
    yield "categories/index.md", RawPage("Categories", [heading(1, "Categories"), html_list(index)])


def render_indexes(site: Site) -> Iterator[tuple[str, RawPage]]:
    """(path, page) of every index page, one at a time: names by kind, and categories."""
    for kind in KINDS:
        yield f"{kind}/index.md", kind_index(site, kind)
        for name, entries in site.by_name[kind].items():
            yield from name_pages(site, kind, name, entries)
    yield from category_pages(site)
