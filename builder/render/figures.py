"""Figures with a history: each measure's latest value with its date and source, the earlier ones beneath; the
story's key figures, each measure once; and the changes of a toll, for "What changed".

A figure's `date` is the day it was reported (its article's publication day); its words (`text`) link to the
sentence they are in. Measures are never compared or added: freed is not killed."""
from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from builder.model import Entry, Figure
from builder.render.context import Site
from builder.render.dates import short_date, time_element
from builder.render.escape import html_text, web_url
from builder.render.sources import article_page_path, locate, sentences_in
from builder.vocabulary import MEASURES

# How the site names each measure: as a label ("Killed: 100") and after a number ("100 killed").
MEASURE_WORDS: dict[str, tuple[str, str]] = {
    "killed": ("Killed", "killed"), "injured": ("Injured", "injured"), "missing": ("Missing", "missing"),
    "aboard": ("On board", "on board"), "displaced": ("Displaced", "displaced"),
    "evacuated": ("Evacuated", "evacuated"), "rescued": ("Rescued", "rescued"), "held": ("Held", "held"),
    "freed": ("Freed", "freed"), "arrested": ("Arrested", "arrested"),
}


def label(measure: str) -> str:
    return MEASURE_WORDS.get(measure, (measure.capitalize(), measure))[0]


def counted(measure: str) -> str:
    return MEASURE_WORDS.get(measure, (measure, measure))[1]


def amount(figure: Figure) -> str:
    """'at least 2,300'."""
    return (f"{figure.qualifier} " if figure.qualifier else "") + f"{figure.value:,}"


def histories(entry: Entry) -> dict[str, list[Figure]]:
    """{measure: its values, oldest first} (by reported day; values reported the same day keep the file's order),
    measures in the vocabulary's order."""
    if not entry.figures:
        return {}
    order = {m: i for i, m in enumerate(MEASURES)}
    found: dict[str, list[Figure]] = {}
    for figure in entry.figures:
        found.setdefault(figure.measure, []).append(figure)
    return {m: sorted(found[m], key=lambda f: f.date) for m in sorted(found, key=lambda m: (order.get(m, len(order)), m))}


def same_value(a: Figure, b: Figure) -> bool:
    return (a.value, a.qualifier) == (b.value, b.qualifier)


def figure_href(site: Site, page: str, figure: Figure) -> str | None:
    """Where a figure's words are: its sentence on the article's page, or its web address."""
    if figure.article:
        art = site.provenance.articles.get(figure.article)
        found = locate(art, figure.text) if art else None
        indices = sentences_in(art, *found) if found else ()
        return site.href(page, article_page_path(figure.article), art.anchor(indices[0])) if indices else None
    return web_url(figure.url)


def words_link(site: Site, page: str, figure: Figure) -> str:
    """The figure's own words, quoted, linked to where they are."""
    href = figure_href(site, page, figure)
    words = f"“{html_text(figure.text)}”"
    return f'<a href="{href}">{words}</a>' if href else words


def reported(site: Site, page: str, group: list[Figure]) -> str:
    """'at least 18, reported <time>28 January 2011</time>: “words”; “words”' for values reported alike the same day."""
    first = group[0]
    return (f"<strong>{html_text(amount(first))}</strong>, reported "
            f"{time_element(first.date, shown=short_date(first.date))}: "
            + "; ".join(words_link(site, page, f) for f in group))


def runs(values: list[Figure]) -> list[list[Figure]]:
    """Values grouped where one report repeats the last (same value, same day): shown once, with every source."""
    return [list(group) for _, group in groupby(values, key=lambda f: (f.value, f.qualifier, f.date))]


def figures_block(site: Site, page: str, entry: Entry) -> str:
    """The entry's figures: each measure's latest value with its day and words, the earlier ones beneath."""
    items = []
    for measure, values in histories(entry).items():
        grouped = runs(values)
        latest, earlier = grouped[-1], grouped[:-1]
        item = f'<span class="tl-figure-measure">{html_text(label(measure))}:</span> {reported(site, page, latest)}'
        if earlier:
            item += ('\n<ul class="tl-figure-earlier" aria-label="Earlier figures">\n'
                     + "\n".join(f"<li>earlier: {reported(site, page, g)}</li>" for g in reversed(earlier))
                     + "\n</ul>")
        items.append(f'<li class="tl-figure-history">{item}</li>')
    if not items:
        return ""
    # Out of the search index (the words are the sources', the entry is found by its own), by a wrapper of another
    # tag: Material's search tells elements apart by tag only, so an excluded <ul> ends at its first inner </ul>.
    return ('<div class="tl-figures-of-entry" data-search-exclude="">\n<ul class="tl-figure-histories" '
            'aria-label="Figures">\n' + "\n".join(items) + "\n</ul>\n</div>")


@dataclass(frozen=True)
class KeyFigure:
    """A measure's latest value across the story, with the entry it is in and that entry's value before it."""

    measure: str
    latest: Figure
    entry: Entry
    before: Figure | None = None


def key_figures(entries: list[Entry]) -> list[KeyFigure]:
    """Each measure once: its most recently reported value (the larger of one day's), latest first."""
    best: dict[str, KeyFigure] = {}
    for entry in entries:
        for measure, values in histories(entry).items():
            latest = values[-1]
            same_day = [f for f in values if f.date == latest.date]
            latest = max(same_day, key=lambda f: f.value)
            before = next((f for f in reversed(values) if f.date < latest.date and not same_value(f, latest)), None)
            known = best.get(measure)
            if known is None or (latest.date, latest.value) > (known.latest.date, known.latest.value):
                best[measure] = KeyFigure(measure, latest, entry, before)
    order = {m: i for i, m in enumerate(MEASURES)}
    by_day = sorted(best.values(), key=lambda k: order.get(k.measure, len(order)))
    return sorted(by_day, key=lambda k: k.latest.date, reverse=True)


@dataclass(frozen=True)
class TollChange:
    """A measure's value revised in an entry's history: reported on `after.date`."""

    entry: Entry
    measure: str
    before: Figure
    after: Figure


def toll_changes(entry: Entry) -> list[TollChange]:
    """Every change of value in the entry's figure histories (a value told again unchanged is no change)."""
    changes = []
    for measure, values in histories(entry).items():
        for before, after in zip(values, values[1:]):
            # Values one article gives are not revisions of each other ("at least 12" ... "12" in one report).
            if not same_value(before, after) and (before.article, before.url) != (after.article, after.url):
                changes.append(TollChange(entry, measure, before, after))
    return changes
