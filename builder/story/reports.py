"""A report: what one article says about one event, as extracted. An entry is made of one or more reports.

The manifest keeps every report of every entry the builder wrote (its article, the key that finds it again on the
next run, and the extraction itself), so that when one article changes, an entry it shares with other articles is
rebuilt from their reports without extracting them again.
"""
from __future__ import annotations

import hashlib
import json
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, fields, replace

from builder.model import Entry, Figure, Quote, Revision, Source
from builder.schema import SLUG

SOURCE_CHARS = 200          # how much of the first source sentence the manifest keeps, for matching


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def first_source(entry: Entry) -> str:
    return entry.sources[0].text if entry.sources else entry.title


def report_key(article: str, text: str, ordinal: int, piece: bool = False) -> str:
    """What names a report across runs: its article, first source sentence and place among its namesakes.
    A sentence taken out of its extracted event to join another entry (a piece) has keys of its own."""
    return sha(f"{article}\n{text}\n{ordinal}" + ("\nsentence" if piece else ""))[:16]


@dataclass
class ArticleReport:
    """One article's report of one event."""

    article: str
    key: str
    published: str               # the article's publication day, YYYY-MM-DD
    order: int                   # place among the article's reports, for a stable order of sources
    entry: Entry | None          # the extraction (None in a version-1 manifest until the article is extracted again)
    source: str = ""             # first source sentence, cut to SOURCE_CHARS: finds a reworded report again
    piece: bool = False          # one sentence taken out of the article's event to join another article's
    unwritten: bool = False      # recorded while the entry was an editor's: never in its file

    @property
    def sort_key(self) -> tuple[str, str, int]:
        return (self.published, self.article, self.order)


_NESTED = {"quotes": Quote, "sources": Source, "figures": Figure, "revises": Revision}
_SKIP = {"path", "line", "lines"}


def entry_json(entry: Entry) -> dict:
    """An Entry as JSON-ready data (empty fields left out)."""
    data = {}
    for f in fields(Entry):
        if f.name in _SKIP:
            continue
        value = getattr(entry, f.name)
        if f.name in _NESTED:
            value = [{k: v for k, v in vars(item).items() if v not in (None, False)} for item in value]
        elif isinstance(value, tuple):
            value = list(value)
        if value not in (None, False, [], ""):
            data[f.name] = value
    return data


def _typed(hint, value):
    """`value` (JSON data) as the type `hint` of a model's field says; TypeError when it is of another type. The
    manifest is a file anyone can edit: a name that is a number must not reach the code that reads names."""
    options = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
    if value is None and type(None) in options:
        return None
    kind = next(o for o in options if o is not type(None))
    if typing.get_origin(kind) is tuple and isinstance(value, list):
        return tuple(_typed(typing.get_args(kind)[0], item) for item in value)
    if kind in _MODELS and isinstance(value, dict):
        hints = _MODELS[kind]
        if not set(value) <= set(hints):
            raise TypeError(f"unknown fields {sorted(set(value) - set(hints))}")
        return kind(**{k: _typed(hints[k], v) for k, v in value.items()})
    if kind in (str, bool) and isinstance(value, kind) or kind is int and type(value) is int:
        return value
    raise TypeError(f"expected {kind}, got {type(value).__name__}")


_MODELS = {model: typing.get_type_hints(model) for model in (Quote, Source, Figure, Revision)}
_ENTRY_HINTS = typing.get_type_hints(Entry)


def entry_from_json(data: dict) -> Entry:
    """The Entry of entry_json's data; ValueError or TypeError when the data is not of that shape (each field of
    the type the model gives it)."""
    return Entry(**{f.name: _typed(_ENTRY_HINTS[f.name], data[f.name]) for f in fields(Entry)
                    if f.name not in _SKIP and f.name in data})


def report_json(report: ArticleReport) -> dict:
    data = {"article": report.article, "key": report.key, "published": report.published, "order": report.order,
            "source": report.source}
    if report.piece:
        data["piece"] = True
    if report.unwritten:
        data["unwritten"] = True
    if report.entry is not None:
        data["entry"] = entry_json(report.entry)
    return data


def report_from_json(data: dict) -> ArticleReport:
    """A report from the manifest's data; ValueError when it is not of the builder's shape."""
    if not all(isinstance(data.get(k, ""), str) for k in ("article", "key", "source", "published")) \
            or not isinstance(data.get("order", 0), int) or not isinstance(data.get("entry", {}), dict) \
            or "article" not in data or "key" not in data or not SLUG.match(data["article"]):
        raise ValueError("not a report")
    entry = entry_from_json(data["entry"]) if isinstance(data.get("entry"), dict) else None
    return ArticleReport(article=data["article"], key=data["key"], published=str(data.get("published", "")),
                  order=int(data.get("order", 0)), entry=entry, source=str(data.get("source", "")),
                         piece=data.get("piece") is True, unwritten=data.get("unwritten") is True)


def with_id(entry: Entry, entry_id: str) -> Entry:
    return replace(entry, id=entry_id)


class Record:
    """What the manifest knows of one entry the builder wrote: its reports, and the hashes of the file as written.

    Reports are read from the manifest only when a run needs them: a run that extracts one article into a timeline
    of 10,000 entries reads the reports of the few entries it touches (the rest stay the manifest's text)."""

    def __init__(self, entry_id: str, reports: list[ArticleReport] | None, hashes: list[str], pending: bool = False,
                 apart: tuple[str, ...] = (), match: dict | None = None, raw: list[dict] | str | None = None,
                 articles: list[str] | None = None, damaged: Callable[[str], Exception] | None = None):
        self.id = entry_id
        self.hashes = hashes
        self.pending = pending                # this run may create or remove the file
        self.apart = apart                    # entries kept apart from this one (a report an editor split off)
        self.match = match                    # what matching knows of the entry as written (match.profile_json)
        self._raw = raw                       # the reports as the manifest gave them: data, or its JSON text
        self._articles = articles             # their articles, as the manifest's line lists them
        self._damaged = damaged               # the error for reports that are not of the builder's shape
        self._reports = reports

    def _raw_list(self) -> list[dict]:
        if isinstance(self._raw, str):
            try:
                value = json.loads(self._raw)
                if not isinstance(value, list) or not all(isinstance(r, dict) for r in value):
                    raise ValueError(self.id)
            except ValueError:
                raise self._damage() from None
            self._raw = value
        return self._raw or []

    def _damage(self) -> Exception:
        return self._damaged(self.id) if self._damaged else ValueError(self.id)

    @property
    def reports(self) -> list[ArticleReport]:
        if self._reports is None:
            self._reports = self.original()
        return self._reports

    @reports.setter
    def reports(self, value: list[ArticleReport]) -> None:
        self._reports = value

    def original(self) -> list[ArticleReport]:
        """The reports as the manifest had them when the run began."""
        if self._raw is None:
            return list(self._reports or ())
        try:
            return [report_from_json(r) for r in self._raw_list()]
        except (KeyError, TypeError, ValueError):
            raise self._damage() from None

    @property
    def articles(self) -> list[str]:
        if self._reports is None and self._articles is not None:
            return sorted(set(self._articles))
        return sorted({r.article for r in self.reports})

    def has_reports(self) -> bool:
        if self._reports is None and self._articles is not None:
            return bool(self._articles)
        return bool(self.reports)
