"""What the entries' lasting addresses cost: the stubs e/<id>/index.html (builder/render/permalinks.py), against
the redirect map they replaced (timeline/entries.json: every id -> its page, downloaded whole by every reader
following a shared link).

    python -m bench.permalinks PROJECT

prints the stubs' cost (time to make and write them, bytes raw and gzipped each, disk) and what the map of the
same entries would weigh (raw and gzipped).
"""
from __future__ import annotations

import argparse
import gzip
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from builder.project import Project
from builder.render.context import build_site_map
from builder.render.links import page_url
from builder.render.permalinks import render_stubs
from builder.render.sources import provenance
from builder.settings import find_settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.permalinks")
    parser.add_argument("project", type=Path)
    args = parser.parse_args(argv)
    settings, _ = find_settings(args.project)
    project = Project(settings)
    loaded = project.load()
    site = build_site_map(loaded.entries, provenance(loaded.entries, list(loaded.articles.values())), loaded.styles,
                          project.options(loaded.icons))
    out = Path(tempfile.mkdtemp(prefix="stubs-"))
    try:
        start = time.perf_counter()
        stubs = render_stubs(site)
        for path, text in stubs.items():
            (out / path).parent.mkdir(parents=True, exist_ok=True)
            (out / path).write_text(text, encoding="utf-8")
        seconds = time.perf_counter() - start
        disk = sum(p.stat().st_blocks * 512 for p in out.rglob("*"))
    finally:
        shutil.rmtree(out, ignore_errors=True)
    sizes = sorted(len(text.encode("utf-8")) for text in stubs.values())
    packed = sorted(len(gzip.compress(text.encode("utf-8"), 6, mtime=0)) for text in stubs.values())
    mapping = json.dumps({e.id: page_url(site.entry_page[e.id]) for e in site.entries}, separators=(",", ":"))
    print(json.dumps({"stubs": len(stubs), "stub_seconds": round(seconds, 2), "stub_bytes": sum(sizes),
                      "stub_bytes_median": sizes[len(sizes) // 2], "stub_gz_bytes_median": packed[len(packed) // 2],
                      "stub_disk_bytes": disk, "map_bytes": len(mapping),
                      "map_gz_bytes": len(gzip.compress(mapping.encode(), 6, mtime=0))}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
