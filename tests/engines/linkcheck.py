"""Check that every internal link of a built site leads to a file of that site when the site is served under a
sub-path (https://example.org/explainer/), whatever engine built it: each href and src of every HTML page, resolved
against the page's own URL as a browser resolves it.

    python tests/engines/linkcheck.py SITE [--base https://example.org/explainer/]   # exit 1 and the broken links

Reads the HTML with html.parser, not with patterns. A link to another host, or to a scheme other than http(s),
is not the site's to check; a link that climbs above the sub-path is broken even when the file exists at the
site's root, since the server then answers from outside the site."""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

BASE = "https://example.org/explainer/"
LINKING = ("href", "src", "poster", "action", "data")   # the attributes that name a resource to fetch or go to
# The timeline's own addresses in data attributes, which timeline.js resolves against the page's URL: the filter
# index of a split timeline and the entry's lasting address that "Link to this entry" copies.
SCRIPTED = ("data-tl-index", "data-tl-copy")


@dataclass(frozen=True)
class Broken:
    """One link that leads nowhere: the page it is on (relative to the site), as written, and where it led."""

    page: str
    link: str
    resolved: str

    def __str__(self) -> str:
        return f"{self.page}: {self.link!r} -> {self.resolved}"


class Links(HTMLParser):
    """Every URL a page links to or loads, as written, in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.base: str | None = None

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if tag == "base" and name == "href":
                self.base = value
            elif name in LINKING or name in SCRIPTED:
                self.links.append(value)
            elif name == "srcset":
                self.links += [part.split()[0] for part in value.split(",") if part.split()]

    handle_startendtag = handle_starttag


def page_url(site: Path, path: Path, base: str) -> str:
    """The URL a server gives a built file: 'people/x/index.html' is served as BASE + 'people/x/'."""
    relative = path.relative_to(site).as_posix()
    if relative == "index.html":
        return base
    if relative.endswith("/index.html"):
        return base + relative[:-len("index.html")]
    return base + relative


def target(site: Path, url: str, base: str) -> Path | None:
    """The file a server under `base` answers `url` with, or None when there is none."""
    path = urlsplit(url).path
    root = urlsplit(base).path
    if not path.startswith(root):
        return None                                 # above the sub-path: outside the site
    relative = unquote(path[len(root):])
    if any(part in ("..", ".") for part in relative.split("/")):
        return None
    file = site / relative
    if relative == "" or relative.endswith("/"):
        file = file / "index.html"
    elif file.is_dir():                             # a server redirects 'x' to 'x/' when x/index.html is there
        file = file / "index.html"
    return file if file.is_file() else None


def internal(url: str, base: str) -> bool:
    """True for a link to this site's host (a relative link, or an absolute one to the same scheme and host)."""
    parts, home = urlsplit(url), urlsplit(base)
    return parts.scheme in ("http", "https") and parts.netloc == home.netloc


def check(site: Path, base: str = BASE) -> tuple[list[Broken], int]:
    """The broken internal links of every HTML page of `site` served under `base`, and how many links were checked."""
    if not base.endswith("/"):
        base += "/"
    broken: list[Broken] = []
    checked = 0
    for path in sorted(site.rglob("*.html")):
        parser = Links()
        parser.feed(path.read_text(encoding="utf-8"))
        parser.close()
        here = page_url(site, path, base)
        if parser.base is not None:
            here = urljoin(here, parser.base)
        for link in parser.links:
            link = link.strip()
            if not link or link.startswith("#"):
                continue                            # the page itself
            resolved = urljoin(here, link)
            if not internal(resolved, base):
                continue
            checked += 1
            if target(site, resolved, base) is None:
                broken.append(Broken(path.relative_to(site).as_posix(), link, resolved))
    return broken, checked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--base", default=BASE, help=f"the URL the site's root is served at (default {BASE})")
    parser.add_argument("--show", type=int, default=20, help="how many broken links to list (default 20)")
    args = parser.parse_args(argv)
    broken, checked = check(args.site, args.base)
    for link in broken[:args.show]:
        print(f"{args.site}/{link}", file=sys.stderr)
    pages = len({b.page for b in broken})
    print(f"{args.site}: {checked} internal links checked, {len(broken)} broken on {pages} pages")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
