"""The timeline pages: entries grouped by day in ordered lists, with badges, quotes, links and filters.

The entries are written as raw HTML, not Markdown: MkDocs passes raw HTML through untouched, where Markdown
markup would cost Python-Markdown's inline processing for every link, badge and date of every entry (most of a
big build's time; see bench/RESULTS.md). Links are therefore final URLs (`Site.href`). Days and entries are
blocks with headings (raw.py), so the same page can also be written as portable Markdown for other engines.
"""
from __future__ import annotations

import html
import json
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain, groupby

from builder.model import Entry
from builder.render.categories import badge
from builder.render.changes import revision_links
from builder.render.context import TIMELINE, Site, month_of, timeline_pages
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
FILTER_INDEX = "timeline/filter.json"     # per entry: its page, category, people, places (a split timeline's filter)
FILTERS = (("category", "Category", "All categories"), ("person", "Person", "Everyone"),
           ("place", "Place", "Everywhere"))
FILTER_KINDS = {"person": "people", "place": "places"}


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
    # The link shows the entry where it is; what it copies is its lasting address e/<id>/ (Site.permalink).
    footer.append(f'<a class="tl-permalink" href="#{entry.id}" data-tl-copy="{site.permalink(page, entry.id)}">'
                  "Link to this entry</a>")
    lines.append(f'<p class="tl-sources" data-search-exclude="">{" · ".join(footer)}</p>')
    return Box(f'<li class="tl-entry tl-cat-{style.key}" {data_attributes(site, entry)}>', lines, "</li>")


def filter_choices(site: Site, entries: list[Entry]) -> dict[str, list[tuple[str, str]]]:
    """(value, label) of every category, person and place of these entries, by filter, sorted by label."""
    return {
        "category": sorted({(e.category, site.style(e.category).label) for e in entries}, key=lambda c: c[1]),
        **{name: sorted({(site.slugs[kind][n], n) for e in entries for n in names_of(e, kind)}, key=lambda c: c[1])
           for name, kind in FILTER_KINDS.items()},
    }


def filter_form(site: Site, page: str, entries: list[Entry]) -> str:
    """The filter controls: hidden until the script runs, so without JavaScript every entry simply shows. On a
    split timeline the form also points to the filter index, so the script can count matches on other pages."""
    choices = filter_choices(site, entries)
    index = "" if site.single_timeline else f' data-tl-index="{site.url(page, FILTER_INDEX)}"'
    out = [f'<form class="tl-filters" data-tl-filters{index} data-search-exclude="" hidden '
           'aria-label="Filter the timeline">']
    for name, label, everyone in FILTERS:
        options = [f'<option value="">{html.escape(everyone)}</option>'] + [
            f'<option value="{html.escape(value)}">{html.escape(shown)}</option>' for value, shown in choices[name]]
        out.append(f'<label class="tl-filter">{label} <select name="{name}">{"".join(options)}</select></label>')
    out.append('<button type="reset" class="md-button">Show all</button>')
    out.append('<p class="tl-filter-status" role="status" aria-live="polite"></p>')
    if index:
        out.append('<p class="tl-filter-elsewhere" hidden></p>')
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


def timeline_page(site: Site, page: str, entries: list[Entry], title: str = "Timeline",
                  pager: list[Block] | None = None) -> RawPage:
    """One timeline page, oldest first. Search indexes its entries, not the intro and the filters' names."""
    intro = (f'<p class="tl-intro" data-search-exclude="" data-tl-stub="{stub_pattern(site, page)}">'
             f'{plural(len(entries), "event")}, oldest first. Each links to the sentence it comes from.</p>')
    return RawPage(title, [heading(1, title), intro, filter_form(site, page, entries)]
                   + day_sections(site, page, entries) + (pager or []) + [json_ld(site, page, entries)],
                   searchable=True)


def stub_pattern(site: Site, page: str) -> str:
    """The address of an entry's stub from this page, with ID for the id: timeline.js forwards an old link
    (timeline/#<id>, or a month page's before the month was split) through it."""
    return site.permalink(page, "ID")


@dataclass(frozen=True)
class TimelinePart:
    """One page of a split timeline: where it is, what it holds, and how it is named in lists."""

    page: str
    entries: list[Entry]
    month: str                 # the month (or year) it belongs to: '2022-03'
    span: str                  # the days it holds, for a month on several pages: '9–15'; '' for a whole month

    @property
    def title(self) -> str:
        month = readable_date(self.month)
        return f"{month} ({self.span})" if self.span else month


def day_span(entries: list[Entry]) -> str:
    """'9–15' (the first and last day of these entries), '9' for one day, 'undated' for month-only dates."""
    days = [int(e.date[8:10]) for e in entries if len(e.date) == 10]
    if not days:
        return "undated"
    return str(days[0]) if days[0] == days[-1] else f"{days[0]}–{days[-1]}"


def timeline_parts(pages: dict[str, list[Entry]]) -> list[TimelinePart]:
    """The pages of a split timeline in order, each with its month and, for a month on several pages, its days."""
    per_month: dict[str, int] = {}
    for entries in pages.values():
        per_month[month_of(entries[0])] = per_month.get(month_of(entries[0]), 0) + 1
    return [TimelinePart(page, entries, month_of(entries[0]),
                         day_span(entries) if per_month[month_of(entries[0])] > 1 else "")
            for page, entries in pages.items()]


def pager(site: Site, parts: list[TimelinePart], at: int) -> list[Block]:
    """Links to the pages before and after this one, and to the overview: moving on needs no long list."""
    page = parts[at].page
    links = []
    if at > 0:
        links.append(f'<a href="{site.href(page, parts[at - 1].page)}" rel="prev">← '
                     f"{html_text(parts[at - 1].title)}</a>")
    links.append(f'<a href="{site.href(page, TIMELINE)}">All months</a>')
    if at + 1 < len(parts):
        links.append(f'<a href="{site.href(page, parts[at + 1].page)}" rel="next">'
                     f"{html_text(parts[at + 1].title)} →</a>")
    return [f'<nav class="tl-pager" aria-label="Timeline pages" data-search-exclude="">{" · ".join(links)}</nav>']


def overview_page(site: Site, parts: list[TimelinePart]) -> RawPage:
    """timeline.md when the timeline is split: the months year by year (a busy month by its pages), and the
    filter, which counts the matching events on every page from the filter index and links there."""
    years = []
    for year, in_year in groupby(parts, key=lambda part: part.month[:4]):
        months = []
        for month, in_month in groupby(in_year, key=lambda part: part.month):
            in_month = list(in_month)
            count = sum(len(part.entries) for part in in_month)
            first = f'<a href="{site.href(TIMELINE, in_month[0].page)}">{html_text(readable_date(month))}</a>'
            if len(in_month) == 1:
                months.append(f"{first} ({count:,})")
            else:
                days = ", ".join(f'<a href="{site.href(TIMELINE, part.page)}">{html_text(part.span)}</a>'
                                 for part in in_month)
                months.append(f"{first} ({count:,}: {days})")
        years.append(f"<p><strong>{html_text(year)}</strong>: {'; '.join(months)}</p>")
    intro = (f'<p class="tl-intro" data-tl-stub="{stub_pattern(site, TIMELINE)}">{plural(len(site.entries), "event")}, '
             "one page per month (a busy month on several pages).</p>")
    return RawPage("Timeline", [heading(1, "Timeline"), intro, filter_form(site, TIMELINE, site.entries),
                                '<div class="tl-months">\n' + "\n".join(years) + "\n</div>"])


def filter_index(site: Site, parts: list[TimelinePart]) -> str:
    """filter.json: the pages (address from filter.json itself, title, number of entries) and, for every entry in page
    order, [category, [people], [places]] as numbers into the lists of values (slugs: nothing from YAML but
    validated keys and slugs). About 15 bytes an entry: the filter can count matches on every page."""
    values = {name: [value for value, _ in choices] for name, choices in filter_choices(site, site.entries).items()}
    number = {name: {value: n for n, value in enumerate(found)} for name, found in values.items()}
    rows = []
    for part in parts:
        for entry in part.entries:
            row: list = [number["category"][entry.category]]
            names = [[number[name][site.slugs[kind][n]] for n in names_of(entry, kind)]
                     for name, kind in FILTER_KINDS.items()]
            while names and not names[-1]:
                names.pop()
            rows.append(row + names)
    pages = [[site.url(FILTER_INDEX, part.page), part.title, len(part.entries)] for part in parts]
    data = {"pages": pages, **values, "entries": rows}
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n"


def render_timeline(site: Site) -> tuple[Iterator[tuple[str, RawPage]], dict[str, str]]:
    """The timeline's pages, made one at a time as they are asked for (a big timeline's pages are most of the
    site), and its data files {path: text}: one page, or an overview and the month pages."""
    pages = timeline_pages(site.entries, site.options.per_page)
    if list(pages) == [TIMELINE]:
        return iter([(TIMELINE, timeline_page(site, TIMELINE, pages[TIMELINE]))]), {}
    parts = timeline_parts(pages)
    rendered = ((part.page, timeline_page(site, part.page, part.entries, part.title, pager(site, parts, at)))
                for at, part in enumerate(parts))
    return chain(rendered, [(TIMELINE, overview_page(site, parts))]), {FILTER_INDEX: filter_index(site, parts)}
