"""Each entry's lasting address, e/<id>/: a small page (a stub) that names the entry and sends the reader on to
the page that holds it now. Month pages split and are renamed as the timeline grows; the stub's address depends
on the entry's id alone, so a shared link keeps working.

A stub holds what a link preview shows (title, date, summary as description and Open Graph tags), a meta
refresh and a plain link to the entry (so it works without JavaScript and in any engine: it is a static file),
and `noindex`, so search engines index the page holding the entry, not the stub. About 450 bytes gzipped
(bench/RESULTS.md: 10,000 of them cost MkDocs no measurable CPU)."""
from __future__ import annotations

import html

from builder.model import Entry
from builder.render.context import STUBS, Site
from builder.render.dates import readable_date

SUMMARY_CHARS = 300           # the description: what a link preview shows, not the whole entry


def stub_path(entry_id: str) -> str:
    """Where the stub is written in the site (and in docs/ for `render --out`): e/<id>/index.html."""
    return f"{STUBS}/{entry_id}/index.html"


def description(summary: str) -> str:
    flat = " ".join(summary.split())
    return flat if len(flat) <= SUMMARY_CHARS else flat[:SUMMARY_CHARS - 1].rsplit(" ", 1)[0] + "…"


def stub(site: Site, entry: Entry, entry_id: str | None = None) -> str:
    """The stub page of one entry (at `entry_id`'s address: an id shown as this entry, same_as, keeps its own
    stub, leading to its anchor in this entry's block). Everything from YAML is escaped (ids are validated slugs)."""
    entry_id = entry_id or entry.id
    here = stub_path(entry_id)
    target = html.escape(site.url(here, site.entry_page[entry_id], entry_id), quote=True)    # a file no engine reads
    title, summary = html.escape(" ".join(entry.title.split())), html.escape(description(entry.summary))
    name = html.escape(" ".join(site.options.site_name.split()))
    url = ""
    if site.options.site_url:
        absolute = site.options.site_url.rstrip("/") + "/" + site.stub_url(entry_id)
        url = f'<meta property="og:url" content="{html.escape(absolute)}">\n'
    return (f'<!doctype html>\n<html lang="{html.escape(site.options.language)}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{title} · {name}</title>\n"
            f'<meta name="description" content="{summary}">\n'
            f'<meta property="og:type" content="article">\n<meta property="og:site_name" content="{name}">\n'
            f'<meta property="og:title" content="{title}">\n<meta property="og:description" content="{summary}">\n'
            f'{url}<meta name="robots" content="noindex">\n'
            f'<meta http-equiv="refresh" content="0; url={target}">\n</head>\n<body>\n'
            f'<p><a href="{target}">{title}</a> ({html.escape(readable_date(entry.date))})</p>\n</body>\n</html>\n')


def render_stubs(site: Site) -> dict[str, str]:
    """{e/<id>/index.html: stub} for every entry, and for every id shown as another entry (same_as)."""
    stubs = {stub_path(entry.id): stub(site, entry) for entry in site.entries}
    shown = {entry.id: entry for entry in site.entries}
    for alias, target in site.story.aliases.items():
        stubs[stub_path(alias)] = stub(site, shown[target], alias)
    return dict(sorted(stubs.items()))
