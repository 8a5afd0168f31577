"""Where every generated page lives, and relative links between them."""
from __future__ import annotations

import functools
import hashlib
import posixpath
import re
from collections import Counter
from collections.abc import Iterable

from slugify import slugify

from builder.model import Entry

KINDS = ("people", "places", "organisations")
RESERVED = frozenset({"index"})          # people/index.md is the listing, not a person
MAX_SLUG = 60                            # characters of a page's name: an address stays readable and legal
# A name written plainly: ASCII words joined by single spaces or hyphens, the first capitalised, the others
# capitalised or lowercase ("Irina Vereshchuk", "Ministry of Defence", "Bashar al-Assad"). Two such names slug
# alike only when they differ in a later word's capital or a space for a hyphen: then both take a hash.
PLAIN = re.compile(r"^[A-Z0-9][a-z0-9]*(?:[ -](?:[A-Z0-9][a-z0-9]*|[a-z0-9]+))*$")


def name_hash(name: str) -> str:
    return hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]


def slug_for(name: str) -> str:
    """A page name for a name, decided by that name alone, so it never moves when other names come and go: the
    slug of a plainly written name ('irina-vereshchuk'); for any other name ('BOB', 'Kyïv', a reserved or very
    long one) the slug cut to MAX_SLUG characters and a hash of the exact name ('bob-7f3a09c1')."""
    full = slugify(name)
    if full and len(full) <= MAX_SLUG and full not in RESERVED and PLAIN.match(name):
        return full
    return f"{slugify(name, max_length=MAX_SLUG, word_boundary=True) or 'n'}-{name_hash(name)}"


def unique_slugs(names: Iterable[str]) -> dict[str, str]:
    """{name: slug}. Unique: plain names that slug alike (differing only in a later word's capital) both take
    the hashed form, so neither can take over the other's page."""
    slugs = {name: slug_for(name) for name in sorted(set(names))}
    counts = Counter(slugs.values())
    return {name: slug if counts[slug] == 1 else f"{slug}-{name_hash(name)}" for name, slug in slugs.items()}


def names_of(entry: Entry, kind: str) -> tuple[str, ...]:
    """The names an entry involves, by kind; quote speakers count as people (their page gathers their words)."""
    if kind == "people":
        speakers = tuple(q.speaker for q in entry.quotes if q.speaker not in entry.people)
        return tuple(dict.fromkeys(entry.people + speakers))
    return getattr(entry, kind)


def rel(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """A relative link from one file of docs/ to another, as the source file names it: .md paths, from the folder
    the source file is in ('people/a.md' from 'timeline/2022-03.md' is '../people/a.md'; a folder keeps its
    slash). For Markdown links, which every engine checks and turns into URLs, and for raw HTML read by an
    engine that treats it the same way (Zensical); raw HTML that MkDocs leaves to the browser uses `href`."""
    if to_page == from_page and anchor:
        return f"#{anchor}"
    path = posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
    if to_page.endswith("/") and not path.endswith("/"):
        path += "/"
    return path + (f"#{anchor}" if anchor else "")


@functools.cache
def page_url(page: str, directory_urls: bool = True) -> str:
    """The URL MkDocs gives a page: 'people/x.md' -> 'people/x/' (or 'people/x.html'); other files keep their path."""
    if not page.endswith(".md"):
        return page
    stem = page[:-3]
    if not directory_urls:
        return stem + ".html"
    if stem == "index":
        return ""
    return (stem[:-len("/index")] if stem.endswith("/index") else stem) + "/"


@functools.cache
def _relative_url(to_url: str, from_folder: str) -> str:
    """MkDocs' own rule (utils.get_relative_url), cached: a site links the same pairs of pages many times."""
    way = posixpath.relpath("/" + to_url, "/" + from_folder)
    return way + "/" if to_url.endswith("/") else way


def href(from_page: str, to_page: str, anchor: str | None = None, directory_urls: bool = True) -> str:
    """The relative URL from one page to another, exactly as MkDocs writes it for a Markdown link; for raw
    HTML, whose links MkDocs leaves alone. 'people/a.md' from 'timeline/2022-03.md' is '../../people/a/'."""
    if to_page == from_page and anchor:
        return f"#{anchor}"
    to_url, from_url = page_url(to_page, directory_urls) or "./", page_url(from_page, directory_urls) or "./"
    from_folder = from_url if from_url.endswith("/") else posixpath.dirname(from_url)
    return _relative_url(to_url, from_folder) + (f"#{anchor}" if anchor else "")
