"""What lasting per-entry addresses cost, two designs side by side (issue 14; phase 2 builds the chosen one).

- **Entry stubs**: e/<id>/index.html, a page of a few hundred bytes per entry that names the entry (title,
  date, summary: what a link preview shows) and sends the reader on to the page that holds it now (meta
  refresh, and a plain link without it). The address never depends on how the timeline is split.
- **Redirect map** (today): timeline/#<id> lands on the overview, whose script fetches timeline/entries.json
  (every id -> its page) and moves on. One file for all entries, downloaded whole on every visit.

    python -m bench.permalinks PROJECT          # PROJECT built (site/) with per-month pages

prints the stubs' cost (time to write them, bytes, files) and the map's (bytes raw and gzipped), and writes the
stubs into PROJECT/docs/e/ when --into-docs is given, so that `mkdocs build` can be timed with them (MkDocs
copies them as static files; so does any engine given `render --out`).
"""
from __future__ import annotations

import argparse
import gzip
import html
import json
import posixpath
import sys
import time
from pathlib import Path

from bench.search_site import entry_pages
from builder.loader import load_timeline
from builder.model import Entry

FOLDER = "e"


def stub(entry: Entry, page: str) -> str:
    """The stub page of one entry; `page` is the URL of the page holding it, relative to the site root."""
    target = posixpath.relpath("/" + page, f"/{FOLDER}/{entry.id}/") + ("/" if page.endswith("/") else "")
    target = html.escape(f"{target}#{entry.id}", quote=True)
    title = html.escape(entry.title, quote=False)
    summary = html.escape(" ".join(entry.summary.split())[:300], quote=True)
    return (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8">\n<title>{title}</title>\n'
            f'<meta name="description" content="{summary}">\n<meta property="og:title" content="{html.escape(entry.title)}">\n'
            f'<meta http-equiv="refresh" content="0; url={target}">\n<link rel="canonical" href="{target}">\n'
            f'<meta name="robots" content="noindex">\n</head><body>\n<p><a href="{target}">{title}</a> '
            f'({html.escape(entry.date)})</p>\n</body></html>\n')


def write_stubs(entries: list[Entry], pages: dict[str, str], folder: Path) -> tuple[int, int]:
    """e/<id>/index.html for every entry under `folder`; (files, bytes)."""
    total = 0
    for entry in entries:
        text = stub(entry, pages[entry.id]).encode("utf-8")
        target = folder / FOLDER / entry.id / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text)
        total += len(text)
    return len(entries), total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.permalinks")
    parser.add_argument("project", type=Path)
    parser.add_argument("--into-docs", action="store_true", help="write the stubs into PROJECT/docs/e/")
    args = parser.parse_args(argv)
    entries = sorted(load_timeline(args.project / "timeline"), key=lambda e: e.sort_key)
    pages = entry_pages(entries)
    out = args.project / ("docs" if args.into_docs else "stubs")
    start = time.perf_counter()
    files, size = write_stubs(entries, pages, out)
    seconds = time.perf_counter() - start
    disk = sum(p.stat().st_blocks * 512 for p in (out / FOLDER).rglob("*"))
    mapping = args.project / "site" / "timeline" / "entries.json"
    result = {"stubs": files, "stub_bytes": size, "stub_disk_bytes": disk, "stub_seconds": round(seconds, 2),
              "stub_gz_bytes_each": len(gzip.compress(stub(entries[0], pages[entries[0].id]).encode(), 6))}
    if mapping.is_file():
        data = mapping.read_bytes()
        result |= {"map_bytes": len(data), "map_gz_bytes": len(gzip.compress(data, 6))}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
