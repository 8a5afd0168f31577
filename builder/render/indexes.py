"""Pages per person, place, organisation and category: each links to its entries instead of repeating them."""
from __future__ import annotations

from collections import defaultdict

from builder.model import Entry
from builder.render.categories import badge
from builder.render.context import TIMELINE, Site
from builder.render.dates import short_date
from builder.render.escape import front_matter_title, text
from builder.render.links import KINDS, rel
from builder.render.quotes import nested_quote

def heading(title: str, searchable: bool = False, meta_title: bool = True) -> str:
    """Front matter (page title, and search exclusion) and the h1 of a generated page.

    Listing pages repeat entry titles: keeping them out of the search index lets each entry be found once."""
    meta = (f"title: {front_matter_title(title)}\n" if meta_title else "") + (
        "" if searchable else "search:\n  exclude: true\n")
    return f"---\n{meta}---\n\n# {text(title)}"
TITLES = {"people": "People", "places": "Places", "organisations": "Organisations", "categories": "Categories"}
SINGULAR = {"people": "Person", "places": "Place", "organisations": "Organisation"}
FILTER_PARAM = {"people": "person", "places": "place"}


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else many or word + 's'}"


def entry_item(site: Site, page: str, entry: Entry, with_badge: bool = True) -> str:
    """One line of a listing: date, linked title, and the category badge unless the page is that category's."""
    line = f"- {text(short_date(entry.date))}: [{text(entry.title)}]({site.entry_link(page, entry.id)})"
    return line + (f" {badge(site.style(entry.category))}" if with_badge else "")


def filter_button(site: Site, page: str, param: str, value: str) -> list[str]:
    """A link to the timeline filtered to this page's subject (only while the timeline is one page)."""
    if not site.single_timeline:
        return []
    return [f"[Show on the timeline]({rel(page, TIMELINE)}?{param}={value}){{ .md-button }}", ""]


def name_page(site: Site, kind: str, name: str, entries: list[Entry]) -> str:
    page = site.name_page(kind, name)
    out = [heading(name), "", f"{SINGULAR[kind]} · {plural(len(entries), 'event')}", ""]
    if kind in FILTER_PARAM:
        out += filter_button(site, page, FILTER_PARAM[kind], site.slugs[kind][name])
    said = [(e, q) for e in entries for q in e.quotes if q.speaker == name]
    if said:
        out += ["## What they said", ""]
        for entry, quote in said:
            out.append(f"- {nested_quote(quote.text)} ({text(short_date(entry.date))}, "
                       f"[{text(entry.title)}]({site.entry_link(page, entry.id)}))")
        out.append("")
    out += ["## Events", ""] + [entry_item(site, page, e) for e in entries]
    return "\n".join(out) + "\n"


def kind_index(site: Site, kind: str) -> str:
    """people/index.md and the like: every name with its number of events, alphabetically."""
    page = f"{kind}/index.md"
    names = site.by_name[kind]
    out = [heading(TITLES[kind]), ""]
    if not names:
        return "\n".join(out + ["None yet."]) + "\n"
    out += [f"- [{text(n)}]({rel(page, site.name_page(kind, n))}) ({plural(len(es), 'event')})"
            for n, es in names.items()]
    return "\n".join(out) + "\n"


def category_pages(site: Site) -> dict[str, str]:
    """categories/index.md and one page per category in use."""
    grouped: dict[str, list[Entry]] = defaultdict(list)
    for entry in site.entries:
        grouped[entry.category].append(entry)
    pages = {}
    index = [heading("Categories"), ""]
    for key, style in site.styles.items():
        entries = grouped.get(key, [])
        if not entries:
            continue
        page = f"categories/{key}.md"
        index.append(f"- {badge(style, rel('categories/index.md', page))} {plural(len(entries), 'event')}")
        out = [heading(style.label), "", f"{badge(style)} {plural(len(entries), 'event')}", ""]
        out += filter_button(site, page, "category", key)
        out += [entry_item(site, page, e, with_badge=False) for e in entries]
        pages[page] = "\n".join(out) + "\n"
    pages["categories/index.md"] = "\n".join(index) + "\n"
    return pages


def render_indexes(site: Site) -> dict[str, str]:
    """Every index page: names by kind, and categories."""
    pages: dict[str, str] = {}
    for kind in KINDS:
        pages[f"{kind}/index.md"] = kind_index(site, kind)
        for name, entries in site.by_name[kind].items():
            pages[site.name_page(kind, name)] = name_page(site, kind, name, entries)
    pages.update(category_pages(site))
    return pages
