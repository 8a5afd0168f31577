"""The timeline pages: entries grouped by day in ordered lists, with badges, quotes, links and filters.

The entries are written as raw HTML, not Markdown: MkDocs passes raw HTML through untouched, where Markdown
markup would cost Python-Markdown's inline processing for every link, badge and date of every entry (most of a
big build's time; see bench/RESULTS.md). Links are therefore final URLs (`Site.href`). Days and entries are
blocks with headings (raw.py), so the same page can also be written as portable Markdown for other engines.
"""
from __future__ import annotations

import html
import json
from itertools import groupby

from builder.model import Entry
from builder.render.categories import badge
from builder.render.changes import revision_links
from builder.render.context import TIMELINE, Site, timeline_pages
from builder.render.dates import readable_date, when_line
from builder.render.escape import attribute, html_text, json_for_script
from builder.render.figures import figures_block
from builder.render.jsonld import entry_graph
from builder.render.links import KINDS, names_of
from builder.render.quotes import quote_callout
from builder.render.raw import Block, Box, RawPage, heading
from builder.render.reports import reported_by
from builder.render.story import alias_anchors
from builder.vocabulary import plural

KIND_LABELS = {"people": "People", "places": "Places", "organisations": "Organisations"}
ENTRY_PAGES = "timeline/entries.json"     # entry id -> its month page, when the timeline is split
FILTERS = (("category", "Category", "All categories"), ("person", "Person", "Everyone"),
           ("place", "Place", "Everywhere"))


def names_line(site: Site, page: str, entry: Entry) -> str:
    """'People: A, B · Places: C' with each name linked to its page."""
    parts = []
    for kind in KINDS:
        names = names_of(entry, kind)
        if names:
            links = ", ".join(f'<a href="{site.href(page, site.name_page(kind, n))}">{html_text(n)}</a>' for n in names)
            parts.append(f'<span data-search-exclude="">{KIND_LABELS[kind]}: </span>{links}')
    return " · ".join(parts)


def data_attributes(site: Site, entry: Entry) -> str:
    """What the filter script matches on: slugs only, so nothing from YAML reaches an attribute raw."""
    people = " ".join(site.slugs["people"][n] for n in names_of(entry, "people"))
    places = " ".join(site.slugs["places"][n] for n in names_of(entry, "places"))
    return f'data-category="{entry.category}" data-person="{people}" data-place="{places}"'


def entry_block(site: Site, page: str, entry: Entry) -> Box:
    """One entry as a list item: heading with its id as anchor, date line, badge, summary, quotes, links."""
    style = site.style(entry.category)
    lines: list[Block] = [
        *alias_anchors(site.story, entry.id),         # the ids of same_as entries shown as this one lead here
        heading(3, entry.title, entry.id),
        # Date and category stay out of the search index (the day heading holds the date; categories
        # have their own pages): the index is read by every reader's browser, so it keeps to the words.
        f'<p class="tl-meta" data-search-exclude="">{when_line(entry)} '
        f'{badge(style, site.href(page, f"categories/{style.key}.md"))}</p>',
        f"<p>{html_text(entry.summary)}</p>"]
    lines += [quote_callout(site, page, entry, quote) for quote in entry.quotes]
    lines += [b for b in (figures_block(site, page, entry), revision_links(site, page, entry)) if b]
    names = names_line(site, page, entry)
    if names:
        lines.append(f'<p class="tl-names">{names}</p>')
    footer = [s for s in (reported_by(site, page, entry),) if s]
    # The link shows the entry where it is; what it copies is its lasting address (Site.permalink).
    footer.append(f'<a class="tl-permalink" href="#{entry.id}" data-tl-copy="{site.permalink(page, entry.id)}">'
                  "Link to this entry</a>")
    lines.append(f'<p class="tl-sources" data-search-exclude="">{" · ".join(footer)}</p>')
    return Box(f'<li class="tl-entry tl-cat-{style.key}" {data_attributes(site, entry)}>', lines, "</li>")


def filter_form(site: Site, entries: list[Entry]) -> str:
    """The filter controls: hidden until the script runs, so without JavaScript every entry simply shows."""
    choices = {
        "category": sorted({(e.category, site.style(e.category).label) for e in entries}, key=lambda c: c[1]),
        "person": sorted({(site.slugs["people"][n], n) for e in entries for n in names_of(e, "people")},
                         key=lambda c: c[1]),
        "place": sorted({(site.slugs["places"][n], n) for e in entries for n in names_of(e, "places")},
                        key=lambda c: c[1]),
    }
    out = ['<form class="tl-filters" data-tl-filters data-search-exclude="" hidden aria-label="Filter the timeline">']
    for name, label, everyone in FILTERS:
        options = [f'<option value="">{html.escape(everyone)}</option>'] + [
            f'<option value="{html.escape(value)}">{html.escape(shown)}</option>' for value, shown in choices[name]]
        out.append(f'<label class="tl-filter">{label} <select name="{name}">{"".join(options)}</select></label>')
    out.append('<button type="reset" class="md-button">Show all</button>')
    out.append('<p class="tl-filter-status" role="status" aria-live="polite"></p>')
    out.append('<p class="tl-filter-hint">The address keeps your choice: share it to share this view.</p>')
    out.append("</form>")
    return "\n".join(out)


def day_sections(site: Site, page: str, entries: list[Entry]) -> list[Block]:
    """One block per day: its heading and the ordered list of its entries."""
    return [Box(f'<section class="tl-day" data-day="{attribute(day)}">',
                [heading(2, readable_date(day), f"day-{day}"),
                 Box('<ol class="tl-entries">', [entry_block(site, page, e) for e in group], "</ol>")], "</section>")
            for day, group in groupby(entries, key=lambda e: e.date)]


def json_ld(site: Site, page: str, entries: list[Entry]) -> str:
    """schema.org JSON-LD for the page's entries (Event, Quotation), one script, one object per entry."""
    return f'<script type="application/ld+json">{json_for_script(entry_graph(site, page, entries))}</script>'


def timeline_page(site: Site, page: str, entries: list[Entry], title: str = "Timeline") -> RawPage:
    """One timeline page, oldest first. Search indexes its entries, not the intro and the filters' names."""
    intro = (f'<p class="tl-intro" data-search-exclude="">{plural(len(entries), "event")}, oldest first. '
             "Each links to the sentence it comes from.</p>")
    return RawPage(title, [heading(1, title), intro, filter_form(site, entries)] + day_sections(site, page, entries)
                   + [json_ld(site, page, entries)], searchable=True)


def overview_page(site: Site, pages: dict[str, list[Entry]]) -> RawPage:
    """timeline.md when the timeline is split by month: the months, year by year. It also resolves an entry's
    lasting address (timeline/#<id>) to its month page, with the help of entries.json and timeline.js."""
    years = []
    for year, months in groupby(pages.items(), key=lambda item: item[1][0].date[:4]):
        links = ", ".join(f'<a href="{site.href(TIMELINE, page)}">{html_text(readable_date(entries[0].date[:7]))}</a> '
                          f"({len(entries):,})" for page, entries in months)
        years.append(f"<p><strong>{html_text(year)}</strong>: {links}</p>")
    return RawPage("Timeline", [heading(1, "Timeline"),
                                f"<p>{plural(len(site.entries), 'event')}, one page per month.</p>",
                                f'<div class="tl-months" data-tl-pages="{site.href(TIMELINE, ENTRY_PAGES)}">\n'
                                + "\n".join(years) + "\n</div>"])


def entry_pages(site: Site) -> str:
    """entries.json: each entry's page, relative to the timeline overview, for timeline.js's redirect."""
    return json.dumps({i: site.href(TIMELINE, site.entry_page[i]) for i in [e.id for e in site.entries]
                       + list(site.story.aliases)},
                      separators=(",", ":"), sort_keys=True) + "\n"


def render_timeline(site: Site) -> tuple[dict[str, RawPage], dict[str, str]]:
    """The timeline's pages and data files {path: text}: one page, or an overview and one page per month."""
    pages = timeline_pages(site.entries, site.options.per_page)
    if list(pages) == [TIMELINE]:
        return {TIMELINE: timeline_page(site, TIMELINE, pages[TIMELINE])}, {}
    rendered = {page: timeline_page(site, page, entries, readable_date(entries[0].date[:7]))
                for page, entries in pages.items()}
    rendered[TIMELINE] = overview_page(site, pages)
    return rendered, {ENTRY_PAGES: entry_pages(site)}
