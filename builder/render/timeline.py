"""The timeline pages: entries grouped by day in ordered lists, with badges, quotes, links and filters."""
from __future__ import annotations

import html
from itertools import groupby

from builder.model import Entry
from builder.render.categories import badge
from builder.render.context import TIMELINE, Site, timeline_pages
from builder.render.dates import readable_date, when_line
from builder.render.escape import json_for_script, text
from builder.render.indexes import heading
from builder.render.jsonld import entry_graph
from builder.render.links import KINDS, names_of, rel
from builder.render.quotes import quote_callout
from builder.render.sources import anchor, article_page_path, article_title

KIND_LABELS = {"people": "People", "places": "Places", "organisations": "Organisations"}
FILTERS = (("category", "Category", "All categories"), ("person", "Person", "Everyone"),
           ("place", "Place", "Everywhere"))


def names_line(site: Site, page: str, entry: Entry) -> str:
    """'People: A, B · Places: C' with each name linked to its page."""
    parts = []
    for kind in KINDS:
        names = names_of(entry, kind)
        if names:
            links = ", ".join(f"[{text(n)}]({rel(page, site.name_page(kind, n))})" for n in names)
            parts.append(f"{KIND_LABELS[kind]}: {links}")
    return " · ".join(parts)


def sources_line(site: Site, page: str, entry: Entry) -> str:
    """Links to the sentences the entry was built from, grouped by article (and to its web sources)."""
    by_article: dict[str, list[int]] = {}
    others = []
    for ref in site.provenance.refs.get(entry.id, ()):
        if ref.article in site.provenance.articles and ref.sentences:
            by_article.setdefault(ref.article, []).extend(i for i in ref.sentences
                                                          if i not in by_article.get(ref.article, []))
        elif ref.url:
            others.append(f'<a href="{ref.url}" rel="nofollow noopener">{text(ref.raw_url or "")}</a>')
        else:
            others.append(f'<span class="tl-unmatched">{text(ref.text)}</span> (not found in the article)')
    groups = []
    for name, indices in by_article.items():
        art = site.provenance.articles[name]
        links = ", ".join(f"[sentence {i + 1}]({rel(page, article_page_path(name), anchor(i))})"
                          for i in sorted(indices))
        groups.append(f"<cite>{text(article_title(art))}</cite>, {links}")
    groups += others
    if not groups:
        return ""
    return ("Source: " if len(groups) == 1 else "Sources: ") + "; ".join(groups)


def data_attributes(site: Site, entry: Entry) -> str:
    """What the filter script matches on: slugs only, so nothing from YAML reaches an attribute raw."""
    people = " ".join(site.slugs["people"][n] for n in names_of(entry, "people"))
    places = " ".join(site.slugs["places"][n] for n in names_of(entry, "places"))
    return f'data-category="{entry.category}" data-person="{people}" data-place="{places}"'


def entry_block(site: Site, page: str, entry: Entry) -> str:
    """One entry as a list item: heading with its id as anchor, date line, badge, summary, quotes, links."""
    style = site.style(entry.category)
    cat_link = rel(page, f"categories/{style.key}.md")
    lines = [f'<li class="tl-entry tl-cat-{style.key}" {data_attributes(site, entry)} markdown="block">', "",
             f"### {text(entry.title)} {{ #{entry.id} }}", "",
             f'<p class="tl-meta" markdown="1">{when_line(entry)} {badge(style, cat_link)}</p>', "",
             text(entry.summary), ""]
    for quote in entry.quotes:
        lines += [quote_callout(site, page, entry, quote)]
    names = names_line(site, page, entry)
    if names:
        lines += [f'<p class="tl-names" markdown="1">{names}</p>', ""]
    footer = [s for s in (sources_line(site, page, entry),) if s]
    footer.append(f'<a class="tl-permalink" href="#{entry.id}" data-tl-copy>Link to this entry</a>')
    lines += [f'<p class="tl-sources" data-search-exclude="" markdown="1">{" · ".join(footer)}</p>', "", "</li>"]
    return "\n".join(lines)


def filter_form(site: Site, entries: list[Entry]) -> str:
    """The filter controls: hidden until the script runs, so without JavaScript every entry simply shows."""
    choices = {
        "category": sorted({(e.category, site.style(e.category).label) for e in entries}, key=lambda c: c[1]),
        "person": sorted({(site.slugs["people"][n], n) for e in entries for n in names_of(e, "people")},
                         key=lambda c: c[1]),
        "place": sorted({(site.slugs["places"][n], n) for e in entries for n in names_of(e, "places")},
                        key=lambda c: c[1]),
    }
    out = ['<form class="tl-filters" data-tl-filters hidden aria-label="Filter the timeline">']
    for name, label, everyone in FILTERS:
        options = [f'<option value="">{html.escape(everyone)}</option>'] + [
            f'<option value="{html.escape(value)}">{html.escape(shown)}</option>' for value, shown in choices[name]]
        out.append(f'<label class="tl-filter">{label} <select name="{name}">{"".join(options)}</select></label>')
    out.append('<button type="reset" class="md-button">Show all</button>')
    out.append('<p class="tl-filter-status" role="status" aria-live="polite"></p>')
    out.append('<p class="tl-filter-hint">The address keeps your choice: share it to share this view.</p>')
    out.append("</form>")
    return "\n".join(out)


def day_sections(site: Site, page: str, entries: list[Entry]) -> list[str]:
    out = []
    for day, group in groupby(entries, key=lambda e: e.date):
        out += [f'<section class="tl-day" data-day="{day}" markdown="block">', "",
                f"## {text(readable_date(day))} {{ #day-{day} }}", "",
                '<ol class="tl-entries" markdown="block">', ""]
        out += [entry_block(site, page, e) + "\n" for e in group]
        out += ["</ol>", "", "</section>", ""]
    return out


def json_ld(site: Site, page: str, entries: list[Entry]) -> str:
    """schema.org JSON-LD for the page's entries (Event, Quotation), one script, one object per entry."""
    return f'<script type="application/ld+json">{json_for_script(entry_graph(site, page, entries))}</script>'


def timeline_page(site: Site, page: str, entries: list[Entry], title: str = "Timeline") -> str:
    """Markdown of one timeline page, oldest first."""
    out = [heading(title, searchable=True), "",
           f'<p class="tl-intro" markdown="1">{len(entries)} events, oldest first. Each links to the sentence '
           f"it comes from.</p>", "",
           filter_form(site, entries), ""]
    out += day_sections(site, page, entries)
    out += [json_ld(site, page, entries), ""]
    return "\n".join(out)


def overview_page(site: Site, pages: dict[str, list[Entry]]) -> str:
    """timeline.md when the timeline is split by month: a list of the month pages."""
    out = [heading("Timeline"), "", f"{len(site.entries)} events, one page per month.", ""]
    for page, entries in pages.items():
        out.append(f"- [{text(readable_date(entries[0].date[:7]))}]({rel(TIMELINE, page)}): {len(entries)} events")
    return "\n".join(out) + "\n"


def render_timeline(site: Site) -> dict[str, str]:
    """{page: Markdown} for the timeline: one page, or an overview and one page per month."""
    pages = timeline_pages(site.entries, site.options.per_page)
    if list(pages) == [TIMELINE]:
        return {TIMELINE: timeline_page(site, TIMELINE, pages[TIMELINE])}
    rendered = {page: timeline_page(site, page, entries, readable_date(entries[0].date[:7]))
                for page, entries in pages.items()}
    rendered[TIMELINE] = overview_page(site, pages)
    return rendered
