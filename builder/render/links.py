"""Where every generated page lives, and relative links between them."""
from __future__ import annotations

import hashlib
import posixpath
from collections.abc import Iterable

from slugify import slugify

from builder.model import Entry

KINDS = ("people", "places", "organisations")
RESERVED = frozenset({"index"})          # people/index.md is the listing, not a person


def slug_for(name: str) -> str:
    """A file-name-safe slug for any name, never empty (non-Latin names are transliterated)."""
    return slugify(name) or "n-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]


def unique_slugs(names: Iterable[str]) -> dict[str, str]:
    """{name: slug}, unique: names that slug alike get -2, -3 ... in sorted order, so the result is stable."""
    taken: set[str] = set(RESERVED)
    slugs: dict[str, str] = {}
    for name in sorted(set(names)):
        base = slug_for(name)
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        slugs[name] = slug
    return slugs


def names_of(entry: Entry, kind: str) -> tuple[str, ...]:
    """The names an entry involves, by kind; quote speakers count as people (their page gathers their words)."""
    if kind == "people":
        speakers = tuple(q.speaker for q in entry.quotes if q.speaker not in entry.people)
        return tuple(dict.fromkeys(entry.people + speakers))
    return getattr(entry, kind)


def rel(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """A relative link between two pages of docs/ (as .md paths, which MkDocs checks and rewrites)."""
    if to_page == from_page and anchor:
        return f"#{anchor}"
    path = posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
    return path + (f"#{anchor}" if anchor else "")


def page_url(page: str, directory_urls: bool = True) -> str:
    """The URL MkDocs gives a page: 'people/x.md' -> 'people/x/' (or 'people/x.html')."""
    stem = page[:-3] if page.endswith(".md") else page
    if not directory_urls:
        return stem + ".html"
    if stem == "index":
        return ""
    return (stem[:-len("/index")] if stem.endswith("/index") else stem) + "/"
