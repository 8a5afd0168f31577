"""Updates and corrections: the links between a revising entry and the one it revises (both stay on the timeline),
and the "What changed" page, which lists every revision by the day it was reported, newest first.

A revision (`revises: [{id, kind}]`) was reported on the day its entry was first reported: the publication day of
the revising entry's oldest article (its own date when it cites none). A toll that changes within an entry's
figure history is a change too, reported on the day of the new value (figures.py)."""
from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from builder.model import Entry
from builder.render.context import Site
from builder.render.dates import readable_date, short_date
from builder.render.escape import html_text
from builder.render.figures import amount, label, toll_changes, words_link
from builder.render.raw import RawPage, heading, html_list
from builder.vocabulary import plural

CHANGES = "changes.md"
CHANGES_TITLE = "What changed"
# How each kind of revision reads from the revising entry, and from the entry it revises.
REVISION_WORDS: dict[str, tuple[str, str]] = {
    "contradicts": ("Contradicts", "Contradicted by"),
    "corrects": ("Corrects", "Corrected by"),
    "extends": ("Extends", "Extended by"),
    "updates": ("Updates", "Updated by"),
}


def words(kind: str) -> tuple[str, str]:
    return REVISION_WORDS.get(kind, (kind.capitalize(), f"{kind.capitalize()} by"))


def entry_link(site: Site, page: str, entry_id: str, by_id: dict[str, Entry]) -> str:
    entry = by_id[entry_id]
    return (f'<a href="{site.entry_href(page, entry_id)}">{html_text(entry.title)}</a> '
            f"({html_text(short_date(entry.date))})")


def revision_links(site: Site, page: str, entry: Entry) -> str:
    """'Contradicts: <a>earlier</a> · Updated by: <a>later</a>' for an entry, or '' when nothing revises it."""
    by_id = site.story.by_id
    parts = [f"{words(r.kind)[0]}: {entry_link(site, page, r.id, by_id)}" for r in entry.revises if r.id in by_id]
    parts += [f"{words(kind)[1]}: {entry_link(site, page, other, by_id)}"
              for kind, other in site.story.revised_by.get(entry.id, ()) if other in by_id]
    if not parts:
        return ""
    # Out of the search index: the titles of other entries are theirs to be found by.
    return '<p class="tl-revisions" data-search-exclude="">' + " · ".join(parts) + "</p>"


@dataclass(frozen=True)
class Change:
    """One line of "What changed": the day it was reported and what it says (HTML)."""

    day: str
    order: tuple
    html: str


def revision_day(site: Site, entry: Entry) -> str:
    return site.story.first_day.get(entry.id, entry.date)


def changes(site: Site, page: str = CHANGES) -> list[Change]:
    """Every revision and every toll change of the story, newest day first (in timeline order within a day)."""
    by_id = site.story.by_id
    found = []
    for entry in site.entries:
        for revision in entry.revises:
            if revision.id in by_id:
                found.append(Change(revision_day(site, entry), (entry.sort_key, 0, revision.id),
                                    f"{entry_link(site, page, entry.id, by_id)} "
                                    f"<strong>{html_text(words(revision.kind)[0].lower())}</strong> "
                                    f"{entry_link(site, page, revision.id, by_id)}"))
        for n, change in enumerate(toll_changes(entry)):
            found.append(Change(change.after.date, (entry.sort_key, 1, n),
                                f"<strong>{html_text(label(change.measure))}</strong> now "
                                f"{html_text(amount(change.after))} (was {html_text(amount(change.before))} on "
                                f"{html_text(short_date(change.before.date))}): {words_link(site, page, change.after)}"
                                f", in {entry_link(site, page, entry.id, by_id)}"))
    return sorted(sorted(found, key=lambda c: c.order), key=lambda c: c.day, reverse=True)


def changes_page(site: Site) -> RawPage:
    """The "What changed" page: one section per day a revision was reported, newest first."""
    found = changes(site)
    body = [heading(1, CHANGES_TITLE),
            "<p>Reports that contradicted, corrected, extended or updated earlier ones, and figures that changed, by "
            "the day they were reported, newest first. Both the earlier and the later report stay on the "
            "timeline.</p>"]
    if not found:
        return RawPage(CHANGES_TITLE, body + ["<p>Nothing has been revised yet.</p>"])
    body.append(f"<p>{plural(len(found), 'change')}.</p>")
    for day, group in groupby(found, key=lambda c: c.day):
        body += [heading(2, readable_date(day), f"changed-{day}"), html_list([c.html for c in group])]
    return RawPage(CHANGES_TITLE, body)
