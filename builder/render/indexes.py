"""Pages per person, place, organisation and category: each links to its entries instead of repeating them.

Raw HTML pages (see raw.py): on a big timeline these lists hold tens of thousands of links."""
from __future__ import annotations

from collections import defaultdict

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


def entry_item(site: Site, page: str, entry: Entry, with_badge: bool = True) -> str:
    """One line of a listing: date, linked title, and the category badge unless the page is that category's."""
    line = (f"{html_text(short_date(entry.date))}: "
            f'<a href="{site.entry_href(page, entry.id)}">{html_text(entry.title)}</a>')
    return line + (f" {badge(site.style(entry.category))}" if with_badge else "")


def filter_button(site: Site, page: str, param: str, value: str) -> list[str]:
    """A link to the timeline filtered to this page's subject (only while the timeline is one page)."""
    if not site.single_timeline:
        return []
    return [f'<p><a class="md-button" href="{site.href(page, TIMELINE)}?{param}={value}">Show on the timeline</a></p>']


def name_page(site: Site, kind: str, name: str, entries: list[Entry]) -> RawPage:
    page = site.name_page(kind, name)
    body = [heading(1, name), f"<p>{SINGULAR[kind]} · {plural(len(entries), 'event')}</p>", *aliases_line(site, name)]
    if kind in FILTER_PARAM:
        body += filter_button(site, page, FILTER_PARAM[kind], site.slugs[kind][name])
    said = [(e, q) for e in entries for q in e.quotes if q.speaker == name]
    if said:
        body += [section("What they said", "what-they-said"), html_list([f"{nested_quote(quote.text)} ({html_text(short_date(entry.date))}, "
                                   f'<a href="{site.entry_href(page, entry.id)}">{html_text(entry.title)}</a>)'
                                   for entry, quote in said])]
    body += [section("Events", "events"), html_list([entry_item(site, page, e) for e in entries])]
    return RawPage(name, body)


def kind_index(site: Site, kind: str) -> RawPage:
    """people/index.md and the like: every name with its number of events, alphabetically."""
    page = f"{kind}/index.md"
    names = site.by_name[kind]
    items = [f'<a href="{site.href(page, site.name_page(kind, n))}">{html_text(n)}</a> ({plural(len(es), "event")})'
             for n, es in names.items()]
    return RawPage(TITLES[kind], [heading(1, TITLES[kind]), html_list(items) if items else "<p>None yet.</p>"])


def category_pages(site: Site) -> dict[str, RawPage]:
    """categories/index.md and one page per category in use."""
    grouped: dict[str, list[Entry]] = defaultdict(list)
    for entry in site.entries:
        grouped[entry.category].append(entry)
    pages = {}
    index = []
    for key, style in site.styles.items():
        entries = grouped.get(key, [])
        if not entries:
            continue
        page = f"categories/{key}.md"
        index.append(f"{badge(style, site.href('categories/index.md', page))} {plural(len(entries), 'event')}")
        body = [heading(1, style.label), f"<p>{badge(style)} {plural(len(entries), 'event')}</p>"]
        body += filter_button(site, page, "category", key)
        body.append(html_list([entry_item(site, page, e, with_badge=False) for e in entries]))
        pages[page] = RawPage(style.label, body)
    pages["categories/index.md"] = RawPage("Categories", [heading(1, "Categories"), html_list(index)])
    return pages


def render_indexes(site: Site) -> dict[str, RawPage]:
    """Every index page: names by kind, and categories."""
    pages: dict[str, RawPage] = {}
    for kind in KINDS:
        pages[f"{kind}/index.md"] = kind_index(site, kind)
        for name, entries in site.by_name[kind].items():
            pages[site.name_page(kind, name)] = name_page(site, kind, name, entries)
    pages.update(category_pages(site))
    return pages
