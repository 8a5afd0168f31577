"""Check a built site against the timeline it was built from, whatever engine built it (MkDocs, ProperDocs,
Zensical): every entry's anchor on a timeline page, its quote callouts with their speakers, a page for every
person, place and organisation, every sentence anchor of every source page, and every entry in the search index.

    python tests/engines/sitecheck.py SITE [--timeline timeline]      # exit 1 and a list of what is missing

Reads the HTML with html.parser, as a browser would, not with patterns."""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from builder.loader import load_timeline  # noqa: E402
from builder.records import load_records  # noqa: E402
from builder.render.links import KINDS, names_of, unique_slugs  # noqa: E402
from builder.render.story import story_view  # noqa: E402
from builder.story.names import Names  # noqa: E402


class Page(HTMLParser):
    """The elements of a page with an id, and for each entry (an element with class tl-entry) its heading's id,
    its quote callouts' titles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: dict[str, str] = {}                       # id -> tag
        self.quotes: dict[str, list[str]] = {}              # entry id -> callout titles
        self._stack: list[tuple[str, set[str]]] = []
        self._entry: str | None = None
        self._title: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = set((attributes.get("class") or "").split())
        if tag not in ("br", "img", "input", "meta", "link", "hr", "source", "wbr"):
            self._stack.append((tag, classes))
        if attributes.get("id"):
            self.ids[attributes["id"]] = tag
            if tag == "h3" and any("tl-entry" in c for _, c in self._stack):
                self._entry = attributes["id"]
                self.quotes.setdefault(self._entry, [])
        if "admonition-title" in classes and self._entry and any({"admonition", "quote"} <= c for _, c in self._stack):
            self._title = []

    def handle_endtag(self, tag):
        while self._stack:
            top, classes = self._stack.pop()
            if top == tag and "admonition-title" in classes and self._title is not None and self._entry:
                self.quotes[self._entry].append(" ".join("".join(self._title).split()))
                self._title = None
            if top == tag and "tl-entry" in classes:
                self._entry = None
            if top == tag:
                break

    def handle_data(self, data):
        if self._title is not None:
            self._title.append(data)


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def search_locations(site: Path) -> set[str]:
    """The locations in the site's search index: the timeline's Pagefind index (pagefind/, every bundle's
    fragments), else the theme's (MkDocs' search/search_index.json or Zensical's search.json)."""
    manifest = site / "pagefind" / "index.json"
    if manifest.is_file():
        found = set()
        for bundle in json.loads(manifest.read_text(encoding="utf-8"))["bundles"]:
            for fragment in sorted((site / "pagefind" / bundle / "fragment").glob("*.pf_fragment")):
                data = gzip.decompress(fragment.read_bytes())
                found.add(json.loads(data[len(b"pagefind_dcd"):])["url"])
        return found
    for name, key in (("search/search_index.json", "docs"), ("search.json", "items")):
        if (site / name).is_file():
            return {item["location"] for item in json.loads((site / name).read_text(encoding="utf-8"))[key]}
    return set()


def check(site: Path, timeline: Path) -> tuple[list[str], dict[str, int]]:
    """What is missing from the built site (empty when nothing is), and what was found: the entries as the site shows
    them (same_as folded into the entry it names, names as names.yml writes them)."""
    names = Names.load(timeline)
    view = story_view(load_timeline(timeline), names if names.items else None)
    entries = view.entries
    articles, problems = load_records(timeline)
    missing = [str(p) for p in problems]
    pages = sorted((site / "timeline").rglob("index.html")) if (site / "timeline").is_dir() else []
    found: dict[str, tuple[str, Page]] = {}
    for path in pages:
        page = parse(path)
        url = path.parent.relative_to(site).as_posix() + "/"
        for entry_id in page.quotes:
            found[entry_id] = (url, page)
    index = search_locations(site)
    counts = {"entries": 0, "callouts": 0, "names": 0, "sentences": 0, "searchable": 0}
    for entry in entries:
        if entry.id not in found:
            missing.append(f"{entry.id}: no <h3 id> in a .tl-entry on any timeline page")
            continue
        url, page = found[entry.id]
        counts["entries"] += 1
        titles = page.quotes[entry.id]
        for quote in entry.quotes:
            if not any(t.startswith(" ".join(quote.speaker.split())) for t in titles):
                missing.append(f"{entry.id}: no quote callout titled {quote.speaker!r} (found {titles})")
        counts["callouts"] += len(titles)
        if f"{url}#{entry.id}" in index:
            counts["searchable"] += 1
        else:
            missing.append(f"{entry.id}: not in the search index as {url}#{entry.id}")
    for alias, target in view.aliases.items():
        if found.get(target, ("", None))[1] is None or alias not in found[target][1].ids:
            missing.append(f"{alias}: no anchor on the page of {target}, the entry it is the same as")
    for kind in KINDS:
        for name, slug in unique_slugs({n for e in entries for n in names_of(e, kind)}).items():
            if (site / kind / slug / "index.html").is_file():
                counts["names"] += 1
            else:
                missing.append(f"{kind}/{slug}/: no page for {name!r}")
    for name, article in articles.items():
        path = site / "sources" / name / "index.html"
        ids = parse(path).ids if path.is_file() else {}
        for sentence in article.sentences:
            if sentence.anchor in ids:
                counts["sentences"] += 1
            else:
                missing.append(f"sources/{name}/: no anchor #{sentence.anchor}")
    return missing, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--timeline", type=Path, default=ROOT / "timeline")
    args = parser.parse_args(argv)
    missing, counts = check(args.site, args.timeline)
    for line in missing:
        print(f"{args.site}: {line}", file=sys.stderr)
    summary = ", ".join(f"{n} {k}" for k, n in counts.items())
    print(f"{args.site}: {summary}" + (f"; {len(missing)} missing" if missing else "; all there"))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
