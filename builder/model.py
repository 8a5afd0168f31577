"""The timeline entry: the contract between the builder, editors and the site."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from builder.vocabulary import CATEGORIES  # noqa: F401 - the category vocabulary, spelled in vocabulary.py
from builder.vocabulary import MEASURES, QUALIFIERS, REVISION_KINDS  # noqa: F401 - the stories' vocabularies



@dataclass(frozen=True)
class Quote:
    """Words someone said, verbatim, with who said them and where."""

    text: str
    speaker: str
    role: str | None = None      # "Deputy Prime Minister" when the article gives one
    via: str | None = None       # the outlet or channel: "Ukrainian Pravda", "a Facebook post"
    partial: bool = False        # a fragment quoted inside reported speech


@dataclass(frozen=True)
class Source:
    """Where an entry's claims come from: verbatim text of a seed article (or a page on the web)."""

    text: str
    article: str | None = None   # seed name, e.g. "mariupol-surrender-refused"
    url: str | None = None


@dataclass(frozen=True)
class Figure:
    """A count as one report gave it: the value of `measure` as it stood on `date`, with the words that say so."""

    measure: str                 # one of MEASURES
    value: int
    date: str                    # the day the value was reported: the publication day of its article
    text: str                    # the article's own words for it, verbatim ("At least twelve people have been killed")
    article: str | None = None   # the seed the words come from (as in sources)
    url: str | None = None
    qualifier: str | None = None  # one of QUALIFIERS


@dataclass(frozen=True)
class Revision:
    """A link from a later report to the entry it contradicts, corrects, extends or updates."""

    id: str                      # the earlier entry
    kind: str                    # one of REVISION_KINDS


@dataclass(frozen=True)
class Entry:
    """One event on the timeline; one YAML file `timeline/<id>.yml`."""

    id: str
    date: str                    # "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    category: str
    title: str
    summary: str
    time: str | None = None      # "05:00", "early hours", "afternoon"
    approximate: bool = False
    end_date: str | None = None  # last day of a span
    when: str | None = None      # the article's own words for the date: "for weeks", "yesterday"
    quotes: tuple[Quote, ...] = ()
    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    figures: tuple[Figure, ...] = ()
    revises: tuple[Revision, ...] = ()
    same_as: str | None = None           # editors: this entry is the same event as that one
    distinct_from: tuple[str, ...] = ()  # editors (or a split): never merged with these entries
    path: str | None = field(default=None, compare=False)  # file it was loaded from, for messages
    line: int = field(default=0, compare=False)
    lines: tuple[tuple[str, int], ...] = field(default=(), compare=False)  # (field, line) of fields, for messages

    @property
    def sort_key(self) -> tuple[str, str, str]:
        """Chronological order: date (a month or year sorts before its days), then time, then id."""
        return (self.date, self.time or "", self.id)


@dataclass(frozen=True)
class SourceSentence:
    """One sentence of a source article, with the anchor of its place on the article's page."""

    anchor: str                  # "s-1": the address #s-1 on the article's page; never changes for this text
    paragraph: int               # 1-based paragraph number
    text: str


@dataclass(frozen=True)
class SourceArticle:
    """A seed article as the site shows it: one YAML file `timeline/articles/<name>.yml`, written by extract."""

    name: str                    # what entries' sources[].article refer to
    published: dt.date
    sentences: tuple[SourceSentence, ...]
    title: str = ""
    meta: dict = field(default_factory=dict, compare=False)   # source, url, license, credit, timezone, language
    text_sha256: str = ""        # of the article's text when it was split: the record changes only when it does
    path: str | None = field(default=None, compare=False)
