"""Write an Entry as YAML an editor can read: fixed key order, folded long text, byte-identical every run."""
from __future__ import annotations

import datetime as dt

import yaml

from builder.model import Entry, Figure, Quote, Revision, Source
from builder.schema import SCHEMA_FILE

FOLD_AT = 72   # text longer than this is written as a folded block an editor can re-wrap
WIDTH = 96
HEADER = f"# yaml-language-server: $schema=../builder/{SCHEMA_FILE}\n"


class EntryDumper(yaml.SafeDumper):
    """SafeDumper that folds long prose and never emits aliases."""

    def ignore_aliases(self, data) -> bool:
        return True


class Prose(str):
    """Running text (summaries, quotes, source sentences): folded over several lines when long.
    Ids, names and dates are never folded, so a search for them in the file finds them on one line."""


def _represent_prose(dumper: yaml.SafeDumper, value: str):
    foldable = (len(value) > FOLD_AT and "\n" not in value and value == value.strip()
                and "  " not in value and value.isprintable())
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style=">" if foldable else None)


EntryDumper.add_representer(Prose, _represent_prose)


def _date(value: str):
    """Full dates as YAML dates (unquoted, as editors write them); months and years as text."""
    return dt.date.fromisoformat(value) if len(value) == 10 else value


def _quote(q: Quote) -> dict:
    data = {"text": Prose(q.text), "speaker": q.speaker, "role": q.role, "via": q.via, "partial": q.partial or None}
    return {k: v for k, v in data.items() if v is not None}


def _source(s: Source) -> dict:
    data = {"article": s.article, "url": s.url, "text": Prose(s.text)}
    return {k: v for k, v in data.items() if v is not None}


def _figure(f: Figure) -> dict:
    data = {"measure": f.measure, "value": f.value, "qualifier": f.qualifier, "date": _date(f.date),
            "article": f.article, "url": f.url, "text": Prose(f.text)}
    return {k: v for k, v in data.items() if v is not None}


def _revision(r: Revision) -> dict:
    return {"id": r.id, "kind": r.kind}


def entry_data(entry: Entry) -> dict:
    """The entry as plain data in the documented key order, empty fields left out."""
    data = {
        "id": entry.id,
        "date": _date(entry.date),
        "time": entry.time,
        "approximate": entry.approximate or None,
        "end_date": _date(entry.end_date) if entry.end_date else None,
        "when": entry.when,
        "category": entry.category,
        "title": Prose(entry.title),
        "summary": Prose(entry.summary),
        "quotes": [_quote(q) for q in entry.quotes] or None,
        "people": list(entry.people) or None,
        "places": list(entry.places) or None,
        "organisations": list(entry.organisations) or None,
        "figures": [_figure(f) for f in entry.figures] or None,
        "revises": [_revision(r) for r in entry.revises] or None,
        "same_as": entry.same_as,
        "distinct_from": list(entry.distinct_from) or None,
        "sources": [_source(s) for s in entry.sources] or None,
    }
    return {k: v for k, v in data.items() if v is not None}


def dump_entry(entry: Entry) -> str:
    body = yaml.dump(entry_data(entry), Dumper=EntryDumper, sort_keys=False, allow_unicode=True,
                     width=WIDTH, default_flow_style=False)
    return HEADER + body
