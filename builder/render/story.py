"""The story as the site shows it: each event once (an entry with `same_as` folded into the entry it names), every
name written the one way the editors' names file gives it, and when each article and each entry's first report came.

Entries stay as the YAML has them; the site renders this view of them. An entry with `same_as: OTHER` is not shown
on its own: OTHER is, with the alias's sources, figures, quotes and names too (none repeated), and the alias's id
still leads there (an anchor in OTHER's block; `Site.story.aliases`)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Protocol

from builder.model import Entry, Quote
from builder.render.sources import Provenance, SourceRef


class NameRules(Protocol):
    """The editors' names file as the site applies it (builder.story.names.Names: the same rules extraction uses)."""

    items: list            # the file's items, each with .name, .kind and .aliases (each with .name)

    def apply(self, people: tuple[str, ...], places: tuple[str, ...], organisations: tuple[str, ...],
              article: str | None) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]: ...

    def canonical(self, name: str, kind: str, article: str | None = None) -> str: ...


@dataclass(frozen=True)
class StoryView:
    """The entries the site shows, and the ids of the entries shown as another."""

    entries: list[Entry]
    aliases: dict[str, str] = field(default_factory=dict)      # id of a same_as entry -> id of the entry shown


@dataclass(frozen=True)
class StoryIndex:
    """What the story's pages look up about entries, worked out once for the site (Site.story)."""

    aliases: dict[str, str] = field(default_factory=dict)               # same_as entry id -> id of the entry shown
    revised_by: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # id -> ((kind, revising id),)
    first_day: dict[str, str] = field(default_factory=dict)             # id -> day its first article was published
    articles: dict[str, frozenset[str]] = field(default_factory=dict)   # id -> the articles that report it
    also_known: dict[str, tuple[str, ...]] = field(default_factory=dict)  # name -> its aliases in the names file
    by_id: dict[str, Entry] = field(default_factory=dict)               # the entries shown, by id
    aliases_of: dict[str, tuple[str, ...]] = field(default_factory=dict)  # id shown -> ids of its same_as entries


def target_of(entry_id: str, by_id: dict[str, Entry]) -> str:
    """Where a chain of same_as ends (the loader refuses circles and unknown ids; a stray one is left alone)."""
    seen = {entry_id}
    current = by_id.get(entry_id)
    while current is not None and current.same_as and current.same_as in by_id and current.same_as not in seen:
        seen.add(current.same_as)
        current = by_id[current.same_as]
    return current.id if current is not None else entry_id


def _unique(items: Iterable) -> tuple:
    return tuple(dict.fromkeys(items))


def fold_entry(target: Entry, aliases: list[Entry], resolve: dict[str, str]) -> Entry:
    """The entry shown for an event: `target` with what its aliases add (nothing repeated), references resolved."""
    merged = [target, *aliases]
    quotes: dict[tuple[str, str], Quote] = {}
    for entry in merged:
        for quote in entry.quotes:
            quotes.setdefault((" ".join(quote.text.split()), quote.speaker), quote)
    revises = _unique(replace(r, id=resolve.get(r.id, r.id)) for e in merged for r in e.revises)
    return replace(
        target, sources=_unique(s for e in merged for s in e.sources), figures=_unique(f for e in merged for f in e.figures),
        quotes=tuple(quotes.values()), people=_unique(n for e in merged for n in e.people),
        places=_unique(n for e in merged for n in e.places),
        organisations=_unique(n for e in merged for n in e.organisations),
        revises=tuple(r for r in revises if r.id != target.id),
        distinct_from=_unique(resolve.get(i, i) for e in merged for i in e.distinct_from))


def first_article(entry: Entry) -> str | None:
    return next((s.article for s in entry.sources if s.article), None)


def with_names(entry: Entry, rules: NameRules) -> Entry:
    """The entry's names (and quote speakers) written as the names file says: aliases to their name, a retyped name
    in the list of its kind, a `kind: none` name gone. Aliases limited to some articles follow the entry's first."""
    article = first_article(entry)
    people, places, organisations = rules.apply(entry.people, entry.places, entry.organisations, article)
    quotes = tuple(replace(q, speaker=rules.canonical(q.speaker, "person", article)) for q in entry.quotes)
    return replace(entry, people=people, places=places, organisations=organisations, quotes=quotes)


def story_view(entries: list[Entry], rules: NameRules | None = None) -> StoryView:
    """The entries to show (same_as folded, names applied) and the ids that lead to them."""
    by_id = {e.id: e for e in entries}
    aliases = {e.id: target_of(e.id, by_id) for e in entries if e.same_as}
    aliases = {alias: target for alias, target in aliases.items() if target != alias}
    folded: dict[str, list[Entry]] = {}
    for alias in sorted(aliases, key=lambda i: by_id[i].sort_key):
        folded.setdefault(aliases[alias], []).append(by_id[alias])
    shown = []
    for entry in entries:
        if entry.id in aliases:
            continue
        if entry.id in folded or any(r.id in aliases for r in entry.revises):
            entry = fold_entry(entry, folded.get(entry.id, []), aliases)
        shown.append(with_names(entry, rules) if rules is not None else entry)
    return StoryView(shown, aliases)


def fold_provenance(prov: Provenance, aliases: dict[str, str]) -> Provenance:
    """Provenance as the story view shows it: an alias's sources count for the entry it names, once each."""
    if not aliases:
        return prov
    refs: dict[str, tuple[SourceRef, ...]] = {}
    for entry_id, own in prov.refs.items():
        if entry_id not in aliases:
            refs[entry_id] = refs.get(entry_id, ()) + own
    for alias, target in sorted(aliases.items()):
        seen = {(r.article, r.sentences, r.url, r.text) for r in refs.get(target, ())}
        refs[target] = refs.get(target, ()) + tuple(
            r for r in prov.refs.get(alias, ()) if (r.article, r.sentences, r.url, r.text) not in seen)
    backrefs = {key: list(dict.fromkeys(aliases.get(i, i) for i in ids)) for key, ids in prov.backrefs.items()}
    return Provenance(prov.articles, refs, backrefs)


def story_index(view: StoryView, prov: Provenance, rules: NameRules | None = None) -> StoryIndex:
    """Revisions by the entry they revise, each entry's first report day, and the names file's aliases."""
    revised_by: dict[str, list[tuple[str, str]]] = {}
    for entry in sorted(view.entries, key=lambda e: e.sort_key):
        for revision in entry.revises:
            revised_by.setdefault(revision.id, []).append((revision.kind, entry.id))
    first_day, articles = {}, {}
    for entry in view.entries:
        articles[entry.id] = frozenset(r.article for r in prov.refs.get(entry.id, ()) if r.article)
        days = [prov.articles[a].article.published.isoformat() for a in articles[entry.id] if a in prov.articles]
        if days:
            first_day[entry.id] = min(days)
    also_known = {}
    for item in (rules.items if rules is not None else ()):
        aliases = tuple(dict.fromkeys(a.name for a in item.aliases if a.name != item.name))
        if aliases:
            also_known[item.name] = aliases
    aliases_of: dict[str, list[str]] = {}
    for alias, target in sorted(view.aliases.items()):
        aliases_of.setdefault(target, []).append(alias)
    return StoryIndex(view.aliases, {k: tuple(v) for k, v in revised_by.items()}, first_day, articles, also_known,
                      {e.id: e for e in view.entries}, {k: tuple(v) for k, v in aliases_of.items()})


def alias_anchors(index: StoryIndex, entry_id: str) -> list[str]:
    """An empty anchor for each same_as entry shown as this one: its old address (timeline/#alias) lands here."""
    return [f'<div class="tl-alias-anchor" id="{alias}"></div>' for alias in index.aliases_of.get(entry_id, ())]
