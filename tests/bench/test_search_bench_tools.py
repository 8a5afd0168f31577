"""The search benchmark's tools measure what they claim: the planted word is in exactly one entry, the 'ours'
variant has Material's search off and our box linked, the server counts what it sends, gzipped like a host.

No timing here: `python -m bench.search_bench` measures."""
from __future__ import annotations

import gzip
import urllib.request
from pathlib import Path

import pytest

from bench.reader import SiteServer, heaviest_page
from bench.search_site import PLANTED, entry_pages, without_material_search, write_project
from builder.loader import load_timeline
from builder.search_index import entry_text
from builder.search_ui import ASSETS

ROOT = Path(__file__).resolve().parents[2]



def test_the_planted_word_is_in_exactly_one_entry_on_the_page_the_benchmark_expects(tmp_path):
    planted = write_project(300, tmp_path / "p")
    entries = load_timeline(tmp_path / "p" / "timeline")
    holding = [e.id for e in entries if PLANTED.lower() in entry_text(e).lower()]
    assert holding == [planted.entry_id]
    assert entry_pages(entries)[planted.entry_id] == planted.page and planted.page.startswith("timeline/20")


def test_our_variant_turns_materials_search_off_and_links_the_box():
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    ours = without_material_search(config)
    assert "\n  - search\n" not in ours and "\n  - timeline:" in ours
    assert f"  - {ASSETS['search.css']}\n" in ours and ours.rstrip().endswith(f"- {ASSETS['search.js']}")


def test_a_changed_mkdocs_yml_stops_the_benchmark_rather_than_measuring_the_wrong_site():
    with pytest.raises(ValueError, match="update bench/search_site.py"):
        without_material_search("site_name: x\nplugins:\n  - timeline\n")


def test_the_server_sends_text_gzipped_and_counts_every_body(tmp_path):
    (tmp_path / "index.html").write_text("<p>" + "words " * 2000 + "</p>")
    (tmp_path / "big").mkdir()
    (tmp_path / "big" / "index.html").write_text("x" * 50_000)
    (tmp_path / "data.pf_meta").write_bytes(b"\x1f\x8b already packed")
    with SiteServer(tmp_path) as server:
        request = urllib.request.Request(server.url, headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request) as response:
            body = response.read()
            assert response.headers["Content-Encoding"] == "gzip"
        assert gzip.decompress(body).decode().startswith("<p>words")
        with urllib.request.urlopen(server.url + "data.pf_meta") as response:
            assert response.headers["Content-Encoding"] is None and response.read().startswith(b"\x1f\x8b")
        sent = server.take()
    assert sent == [("/", len(body)), ("/data.pf_meta", len(b"\x1f\x8b already packed"))]
    assert heaviest_page(tmp_path) == "big/index.html"
