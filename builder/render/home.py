"""The generated home page: the story in a few lines, what the newest article added, key figures, the latest
events, the way in. Its title and description are the story's (mkdocs.yml's site_name and site_description).

How it is derived (no special cases for any article):
- *What happened* tells the whole story, not its first article: how it began (the event the oldest article leads
  with: news puts the main event first), the turning points (the events most reported, then revised, then of the
  weightiest categories, between the beginning and the latest), and the latest (the event the newest article leads
  with). Each is the first sentence of its summary, in time order. A timeline without article records falls back
  to the weightiest categories, one entry each.
- *New since <day>*: what the articles of the newest publication day added since the day before it: new events,
  events reported again, figures that changed.
- *Key figures*: each measure once, its latest reported value with its day (figures.py); never a sum or a mix.
- *Latest events*: the five newest entries.
A hand-written docs/index.md replaces this page entirely.
"""
from __future__ import annotations

import re

from builder.model import Entry
from builder.render.categories import badge
from builder.render.changes import CHANGES, words as revision_words
from builder.render.context import TIMELINE, Site
from builder.render.dates import short_date
from builder.render.escape import text
from builder.render.figures import amount, counted, key_figures, label, toll_changes
from builder.render.links import rel
from builder.render.reports import reports
from builder.render.sources import article_page_path, article_title
from builder.vocabulary import CATEGORY_TABLE, TITLES, WEAK_ABBREVIATIONS, plural

HEADLINE_WEIGHT = {c.key: c.newsworthy for c in CATEGORY_TABLE}
SUMMARY_LINES = 3
TURNING_POINTS = 2
LATEST = 5
NEW_LIMIT = 8            # items per list of "New since": the rest is on the timeline and "What changed"


# A full stop (or ! ?), closing marks, a space, and a capital or digit: a sentence may end there.
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9])")
DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?$")      # U.S, a.m: the last '.' is not an end


def first_sentence(value: str) -> str:
    """The summary's first sentence (summaries are plain sentences; titles like 'Mr.' do not end one)."""
    for match in SENTENCE_END.finditer(value):
        word = value[:match.start()].rsplit(None, 1)[-1].lstrip("\"'“‘(") if value[:match.start()].strip() else ""
        if word in TITLES or word in WEAK_ABBREVIATIONS or DOTTED.match(word) or (len(word) == 1 and word.isupper()):
            continue
        return value[:match.end()]
    return value


def headline_entries(entries: list[Entry]) -> list[Entry]:
    """The entries that tell what happened: top-weighted, one per category, then put in time order."""
    newest_first = sorted(entries, key=lambda e: e.sort_key, reverse=True)
    ranked = sorted(newest_first, key=lambda e: -HEADLINE_WEIGHT.get(e.category, 1))   # stable: newest wins ties
    chosen: list[Entry] = []
    for entry in ranked:
        if entry.category not in {c.category for c in chosen}:
            chosen.append(entry)
        if len(chosen) == SUMMARY_LINES:
            break
    return sorted(chosen, key=lambda e: e.sort_key)


def weight(entry: Entry) -> int:
    return HEADLINE_WEIGHT.get(entry.category, 1)


def lead_entries(site: Site) -> list[Entry]:
    """For each article, oldest first, the entry built from the first of its sentences any entry cites: the event
    the article leads with (of several, one the article reported first, then the weightiest)."""
    first_cited: dict[str, tuple[int, list[str]]] = {}
    for (article, index), ids in site.provenance.backrefs.items():
        if article not in first_cited or index < first_cited[article][0]:
            first_cited[article] = (index, ids)
    by_id = {e.id: e for e in site.entries}
    order = sorted(first_cited, key=lambda a: (site.provenance.articles[a].article.published, a))
    leads = []
    for article in order:
        day = site.provenance.articles[article].article.published.isoformat()
        candidates = [by_id[i] for i in first_cited[article][1] if i in by_id]
        if candidates:
            leads.append(min(candidates, key=lambda e: (site.story.first_day.get(e.id) != day, -weight(e), e.sort_key)))
    return leads


def story_arc(site: Site) -> list[tuple[str, Entry]]:
    """(role, entry) in time order: how it began, the turning points, the latest (see the module's docstring)."""
    leads = lead_entries(site)
    if not leads:
        return [("", e) for e in headline_entries(site.entries)]
    began = leads[0]
    # The newest article's lead, unless it tells of something before the beginning (background): then the newest event.
    latest = leads[-1] if leads[-1].sort_key > began.sort_key else max(site.entries, key=lambda e: e.sort_key)
    chosen = [began] + ([latest] if latest is not began else [])
    later = [e for e in site.entries if e not in chosen and began.sort_key < e.sort_key <= max(
        began.sort_key, latest.sort_key)]
    revised = {i for e in site.entries for r in e.revises for i in (e.id, r.id)}
    leading = {e.id for e in leads}
    ranked = sorted(later, key=lambda e: (-(e.id in leading), -len(site.story.articles.get(e.id, ())), -(e.id in revised),
                                          -weight(e), e.sort_key))
    turning: list[Entry] = []
    for entry in ranked:               # one per category first, so the turning points are not one kind of news
        if entry.category not in {t.category for t in turning}:
            turning.append(entry)
        if len(turning) == TURNING_POINTS:
            break
    roles = {**{e.id: "Then" for e in turning}, latest.id: "The latest", began.id: "How it began"}
    return [(roles[e.id], e) for e in sorted(chosen + turning, key=lambda e: e.sort_key)]


def what_happened(site: Site, page: str) -> list[str]:
    lines = []
    for role, entry in story_arc(site):
        lead = f"**{text(role)}** ({text(short_date(entry.date))}): " if role else ""
        lines.append(f"- {lead}{text(first_sentence(entry.summary))} [More]({site.entry_link(page, entry.id)})")
    return ['<div class="tl-home-summary" markdown="block">', "", "## What happened", "", *lines, "", "</div>", ""]


def capped(items: list[str], what: str) -> list[str]:
    extra = len(items) - NEW_LIMIT
    return items[:NEW_LIMIT] + ([f"- and {extra:,} more {what} (the timeline has them all)"] if extra > 0 else [])


def new_since(site: Site, page: str) -> list[str]:
    """What the articles of the newest publication day added since the day before it (nothing with one day)."""
    days = sorted({art.article.published.isoformat() for art in site.provenance.articles.values()})
    if len(days) < 2:
        return []
    newest, since = days[-1], days[-2]
    articles = [(name, art) for name, art in site.provenance.articles.items()
                if art.article.published.isoformat() == newest]
    names = {name for name, _ in articles}
    by = ", ".join(f"[{text(article_title(art))}]({rel(page, article_page_path(name))})" for name, art in articles)
    out = [f"## New since {text(short_date(since))}", "",
           f"Added by {'the article' if len(articles) == 1 else 'the articles'} of {text(short_date(newest))}: {by}.",
           ""]
    new = [e for e in site.entries if site.story.first_day.get(e.id) == newest]
    again = [e for e in site.entries if site.story.first_day.get(e.id, newest) < newest
             and not names.isdisjoint(site.story.articles.get(e.id, ()))]
    tolls = [c for e in site.entries for c in toll_changes(e) if c.after.date == newest]
    items = []
    for entry in new:
        revises = "".join(f" ({text(revision_words(r.kind)[0].lower())} [{text(site.story.by_id[r.id].title)}]"
                          f"({site.entry_link(page, r.id)}))" for r in entry.revises if r.id in site.story.by_id)
        items.append(f"- {text(short_date(entry.date))}: [{text(entry.title)}]({site.entry_link(page, entry.id)})"
                     f"{revises}")
    out += ["**New events**", "", *capped(items, "events"), ""] if items else ["No new events.", ""]
    if tolls:
        out += ["**Figures that changed**", "", *capped(
            [f"- {text(label(c.measure))}: {text(amount(c.after))} (was {text(amount(c.before))} on "
             f"{text(short_date(c.before.date))}), [{text(c.entry.title)}]({site.entry_link(page, c.entry.id)})"
             for c in tolls], "figures"), ""]
    if again:
        out += ["**Reported again**", "", *capped(
            [f"- [{text(e.title)}]({site.entry_link(page, e.id)}), now reported by "
             f"{plural(len(reports(site, e.id)), 'source')}" for e in again], "events"), ""]
    return out


def key_figures_section(site: Site, page: str) -> list[str]:
    """Each measure once, latest first, with its day, its entry and the value before it."""
    found = key_figures(site.entries)
    if not found:
        return []
    out = ["## Key figures", "", '<div class="tl-figures" markdown="block">', ""]
    for key in found:
        before = (f" (was {text(amount(key.before))} on {text(short_date(key.before.date))})" if key.before else "")
        out += [f'<p class="tl-figure" markdown="1"><strong>{text(amount(key.latest))} {text(counted(key.measure))}'
                f"</strong> as of {text(short_date(key.latest.date))}{before}: "
                f"[{text(key.entry.title)}]({site.entry_link(page, key.entry.id)})</p>", ""]
    return out + ["</div>", ""]


def home_page(site: Site, marker: str | None = None) -> str:
    """The home page, in Markdown; `marker` is a front-matter comment saying the file is generated."""
    page = "index.md"
    # Markdown, unlike the other generated pages: one page, whose links MkDocs checks. Not searched (it repeats
    # entries); its title is the site's name, which Material shows already.
    out = ["---\n" + (marker + "\n" if marker else "") + "search:\n  exclude: true\n---", "",
           f"# {text(site.options.site_name)}", ""]
    if site.options.site_description.strip():
        out += [f'<p class="tl-lede" markdown="1">{text(site.options.site_description)}</p>', ""]
    if not site.entries:
        return "\n".join(out + ["No events yet."]) + "\n"
    first, last = site.entries[0].date, site.entries[-1].date
    out += what_happened(site, page) + new_since(site, page) + key_figures_section(site, page)
    out += ["## Latest events", ""]
    out += [f"- {text(short_date(e.date))}: [{text(e.title)}]({site.entry_link(page, e.id)}) "
            f"{badge(site.style(e.category))}" for e in reversed(site.entries[-LATEST:])]
    span = short_date(first) if first == last else f"{short_date(first)} to {short_date(last)}"
    out += ["", f"{len(site.entries)} events from {text(span)}.", "",
            f"[Read the timeline]({rel(page, TIMELINE)}){{ .md-button .md-button--primary }} "
            f"[What changed]({rel(page, CHANGES)}){{ .md-button }} "
            f"[People]({rel(page, 'people/index.md')}){{ .md-button }} "
            f"[Places]({rel(page, 'places/index.md')}){{ .md-button }} "
            f"[Sources]({rel(page, 'sources/index.md')}){{ .md-button }}", "",
            f"Machine-readable: [JSON Feed]({rel(page, 'feed.json')}) · "
            f"[TimelineJS data]({rel(page, 'timeline.json')})"]
    return "\n".join(out) + "\n"
