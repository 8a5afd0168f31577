"""An entry made of its reports: the first report tells it, every report adds its sources, quotes, names and figures.

Reports are ordered by their article's publication day (then article, then place in it), so the entry reads as it
was first reported. Its date is the best stated one: a later article that retells background ("when it vanished on
December 28") gives the day an earlier report only implied, never the later article's own day.
"""
from __future__ import annotations

from dataclasses import replace

from builder.model import Entry, Figure, Revision
from builder.story.names import Names
from builder.story.reports import ArticleReport


def _stated(entry: Entry) -> bool:
    return bool(entry.when) and not entry.approximate


def _dated_by(reports: list[ArticleReport]) -> Entry:
    """The report whose date the entry takes: the first that states a full day, else the first that states any
    date more precise than the first report's, else the first report."""
    first = reports[0].entry
    stated = [r.entry for r in reports if _stated(r.entry)]
    if _stated(first) and len(first.date) == 10:
        return first
    for entry in stated:
        if len(entry.date) == 10:
            return entry
    precise = [e for e in stated if len(e.date) > len(first.date)]
    return precise[0] if precise else first


def compose(entry_id: str, reports: list[ArticleReport], names: Names, apart: tuple[str, ...] = (),
            existing: set[str] | None = None) -> Entry:
    """The entry `entry_id` as its reports tell it. `apart`: ids kept apart by a split; `existing`: the ids of the
    timeline (links to others are kept only to entries that exist)."""
    ordered = sorted((r for r in reports if r.entry is not None), key=lambda r: r.sort_key)
    first = ordered[0].entry
    dated = _dated_by(ordered)
    quotes, people, places, organisations, sources, figures, revises = [], [], [], [], [], [], []
    for report in ordered:
        e = report.entry
        for quote in e.quotes:
            if all(q.text != quote.text for q in quotes):
                quotes.append(quote)
        p, pl, o = names.apply(e.people, e.places, e.organisations, report.article)
        people += [n for n in p if n not in people]
        places += [n for n in pl if n not in places]
        organisations += [n for n in o if n not in organisations]
        sources += [s for s in e.sources if s not in sources]
        figures += [f for f in e.figures if f not in figures]
        revises += [r for r in e.revises if r.id != entry_id and all(r.id != x.id for x in revises)]
    if existing is not None:
        revises = [r for r in revises if r.id in existing]
        apart = tuple(a for a in apart if a in existing)
    places = [p for p in places if p not in people]
    return replace(
        first, id=entry_id, date=dated.date, time=dated.time or first.time, approximate=dated.approximate,
        end_date=dated.end_date, when=dated.when,
        quotes=tuple(quotes), people=tuple(people), places=tuple(places), organisations=tuple(organisations),
        sources=tuple(sources), figures=tuple(sorted(figures, key=_figure_order)),
        revises=tuple(sorted(revises, key=lambda r: r.id)), same_as=None,
        distinct_from=tuple(sorted(set(apart) - {entry_id})))


def _figure_order(f: Figure) -> tuple[str, str, str, int]:
    """Each measure's values by the day they were reported: the last one is the latest."""
    return (f.measure, f.date, f.article or f.url or "", f.value)


def revision(entry_id: str, kind: str) -> Revision:
    return Revision(id=entry_id, kind=kind)
