"""The baseline: the same content as our site, written out as plain Markdown pages for bare MkDocs + Material.

Same pages at the same paths (home, timeline overview and month pages, a page per person, place,
organisation, category and source article (long lists on several pages), "What changed", the about page; not our
search page: Material's search is the baseline's), same entries on each, same headings and
anchors, same links, same pages kept out of search (front matter `search: exclude`, which Material reads
itself) -- but plain Markdown (headings, paragraphs, blockquotes, links), no plugin, no badges, icons,
filters, callouts or JSON-LD. Its build time is the engine's floor; ours divided by it is our overhead.
The grouping is taken from the renderer's site map, so both sites split the timeline the same way.
"""
from __future__ import annotations

import shutil
from itertools import groupby
from pathlib import Path

from builder.model import SourceArticle
from builder.model import Entry
from builder.render.changes import CHANGES
from builder.render.context import TIMELINE, Options, Site, build_site_map, timeline_pages
from builder.render.figures import toll_changes
from builder.render.dates import readable_date, short_date
from builder.render.escape import text
from builder.render.feeds import json_feed, timeline_json
from builder.render.indexes import list_pages
from builder.render.links import KINDS, names_of, rel
from builder.render.sources import article_page_path, article_title, provenance

ROOT = Path(__file__).resolve().parent.parent
NO_SEARCH = "---\nsearch:\n  exclude: true\n---\n\n"
LABELS = {"people": "People", "places": "Places", "organisations": "Organisations"}

CONFIG = """site_name: Baseline timeline
docs_dir: docs
site_dir: site
nav:
  - Home: index.md
  - Timeline: timeline.md
  - People: people/index.md
  - Places: places/index.md
  - Organisations: organisations/index.md
  - Categories: categories/index.md
  - Sources: sources/index.md
  - About: about.md
not_in_nav: |
  /people/*
  /places/*
  /organisations/*
  /categories/*
  /sources/*
  /timeline/*
theme:
  name: material
  language: en
  font: false
  features:
    - search.highlight
    - navigation.tabs
    - content.tooltips
plugins:
  - search
markdown_extensions:
  - attr_list
  - toc:
      permalink: true
"""


def entry_markdown(site: Site, page: str, entry: Entry) -> str:
    """An entry as plain Markdown: heading with its anchor, date and category, summary, quotes, names, source."""
    when = readable_date(entry.date) + (f" – {readable_date(entry.end_date)}" if entry.end_date else "")
    when += f", {entry.time}" if entry.time else ""
    out = [f"### {text(entry.title)} {{ #{entry.id} }}", "",
           f"{text(when)} · [{site.style(entry.category).label}]({rel(page, f'categories/{entry.category}.md')})",
           "", text(entry.summary), ""]
    for quote in entry.quotes:
        speaker = f"[{text(quote.speaker)}]({rel(page, site.name_page('people', quote.speaker))})"
        out += [f"> “{text(quote.text)}”", ">", f"> — {speaker}" + (f", {text(quote.role)}" if quote.role else ""), ""]
    names = [f"{LABELS[kind]}: " + ", ".join(f"[{text(n)}]({rel(page, site.name_page(kind, n))})"
                                              for n in names_of(entry, kind))
             for kind in KINDS if names_of(entry, kind)]
    if names:
        out += [" · ".join(names), ""]
    links = [f"[sentence {art.number(i)}]({rel(page, article_page_path(r.article), art.anchor(i))})"
             for r in site.provenance.refs.get(entry.id, ()) if r.article
             for art in (site.provenance.articles[r.article],) for i in r.sentences]
    if links:
        out += ["Source: " + ", ".join(links), ""]
    return "\n".join(out)


def timeline_markdown(site: Site, page: str, title: str, entries: list[Entry]) -> str:
    out = [f"# {text(title)}", "", f"{len(entries)} events, oldest first.", ""]
    for day, group in groupby(entries, key=lambda e: e.date):
        out += [f"## {text(readable_date(day))} {{ #day-{day} }}", ""]
        out += [entry_markdown(site, page, e) for e in group]
    return "\n".join(out) + "\n"


def listing(site: Site, page: str, entries: list[Entry]) -> list[str]:
    return [f"- {text(short_date(e.date))}: [{text(e.title)}]({site.entry_link(page, e.id)})" for e in entries]


def baseline_pages(site: Site) -> dict[str, str]:
    """{docs path: Markdown} for every page of the site, plain."""
    pages = {"index.md": NO_SEARCH + f"# {text(site.options.site_name)}\n\n"
             + "\n".join(listing(site, "index.md", site.entries[-5:])) + "\n\n"
             + f"[Read the timeline]({TIMELINE}) · [People](people/index.md) · [Sources](sources/index.md)\n"}
    split = timeline_pages(site.entries, site.options.per_page)
    if list(split) == [TIMELINE]:
        pages[TIMELINE] = timeline_markdown(site, TIMELINE, "Timeline", site.entries)
    else:
        pages[TIMELINE] = NO_SEARCH + "# Timeline\n\n" + "\n".join(
            f"- [{readable_date(es[0].date[:7])}]({rel(TIMELINE, p)}): {len(es)} events" for p, es in split.items()) + "\n"
        for page, entries in split.items():
            pages[page] = timeline_markdown(site, page, readable_date(entries[0].date[:7]), entries)
    for kind in KINDS:
        index = f"{kind}/index.md"
        pages[index] = NO_SEARCH + f"# {LABELS[kind]}\n\n" + "\n".join(
            f"- [{text(n)}]({rel(index, site.name_page(kind, n))}) ({len(es)} events)"
            for n, es in site.by_name[kind].items()) + "\n"
        for name, all_entries in site.by_name[kind].items():
            for page, entries in list_pages(site.name_page(kind, name), all_entries):
                said = [f"- “{text(q.text)}” ({text(short_date(e.date))}, [{text(e.title)}]({site.entry_link(page, e.id)}))"
                        for e in entries for q in e.quotes if q.speaker == name]
                pages[page] = NO_SEARCH + "\n".join([f"# {text(name)}", ""] + (["## What they said", ""] + said + [""]
                                                                                if said else [])
                                                     + ["## Events", ""] + listing(site, page, entries)) + "\n"
    by_category: dict[str, list[Entry]] = {}
    for entry in site.entries:
        by_category.setdefault(entry.category, []).append(entry)
    pages["categories/index.md"] = NO_SEARCH + "# Categories\n\n" + "\n".join(
        f"- [{site.style(k).label}]({k}.md) ({len(es)} events)" for k, es in sorted(by_category.items())) + "\n"
    for key, all_entries in by_category.items():
        for page, entries in list_pages(f"categories/{key}.md", all_entries):
            pages[page] = NO_SEARCH + f"# {site.style(key).label}\n\n" + "\n".join(listing(site, page, entries)) + "\n"
    pages["sources/index.md"] = NO_SEARCH + "# Sources\n\n" + "\n".join(
        f"- [{text(article_title(a))}]({rel('sources/index.md', article_page_path(n))})"
        for n, a in site.provenance.articles.items()) + "\n"
    for name, art in site.provenance.articles.items():
        page = article_page_path(name)
        out = [f"# {text(article_title(art))}", ""]
        for _, group in groupby(art.sentences, key=lambda s: s.paragraph):
            out += [" ".join(f'<span id="{s.anchor}">{text(s.text)}</span>' + "".join(
                f" [{n}]({site.entry_link(page, i)})"
                for n, i in enumerate(site.provenance.backrefs.get((name, s.index), []), 1)) for s in group), ""]
        pages[page] = NO_SEARCH + "\n".join(out) + "\n"
    # What changed: each revision and each toll change, linked to its entry.
    changed = [f"- [{text(e.title)}]({site.entry_link(CHANGES, e.id)}) {r.kind} "
               f"[{text(r.id)}]({site.entry_link(CHANGES, r.id)})" for e in site.entries for r in e.revises]
    changed += [f"- {c.measure} now {c.after.value} (was {c.before.value}): [{text(e.title)}]"
                f"({site.entry_link(CHANGES, e.id)})" for e in site.entries for c in toll_changes(e)]
    pages[CHANGES] = NO_SEARCH + "# What changed\n\n" + "\n".join(changed) + "\n"
    return pages


def write_baseline(entries: list[Entry], articles: list[SourceArticle], folder: Path,
                   per_page: int = Options.per_page) -> int:
    """Write mkdocs.yml and docs/ of the baseline project into `folder`; returns the number of pages."""
    site = build_site_map(entries, provenance(entries, articles), options=Options(per_page=per_page))
    docs = folder / "docs"
    for path, content in baseline_pages(site).items():
        target = docs / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    shutil.copy(ROOT / "docs" / "about.md", docs / "about.md")
    # The data files the about page links to: the same JSON, copied by MkDocs as static files.
    (docs / "feed.json").write_text(json_feed(site), encoding="utf-8")
    (docs / "timeline.json").write_text(timeline_json(site), encoding="utf-8")
    (folder / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    return len(list(docs.rglob("*.md")))
