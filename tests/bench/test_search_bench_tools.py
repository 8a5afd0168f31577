"""The search benchmark's tools measure what they claim: the planted word is in exactly one entry, the 'material'
variant has our search off and Material's on, the server counts what it sends, gzipped like a host.

No timing here: `python -m bench.search_bench` measures."""
from __future__ import annotations

import gzip
import urllib.request
from pathlib import Path

import pytest
import yaml

from bench.reader import SiteServer, heaviest_page
from bench.search_site import PLANTED, entry_pages, with_material_search, write_project
from builder.config import ConfigLoader
from builder.loader import load_timeline
from builder.search_index import entry_text

ROOT = Path(__file__).resolve().parents[2]



def test_the_planted_word_is_in_exactly_one_entry_on_the_page_the_benchmark_expects(tmp_path):
    planted = write_project(300, tmp_path / "p")
    entries = load_timeline(tmp_path / "p" / "timeline")
    holding = [e.id for e in entries if PLANTED.lower() in entry_text(e).lower()]
    assert holding == [planted.entry_id]
    assert entry_pages(entries)[planted.entry_id] == planted.page and planted.page.startswith("timeline/20")


def test_the_material_variant_turns_our_search_off_and_materials_on():
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    material = yaml.load(with_material_search(config), Loader=ConfigLoader)
    assert material["plugins"][0] == "search"
    assert material["plugins"][1]["timeline"]["search"] is False
    ours = yaml.load(config, Loader=ConfigLoader)
    assert "search" not in ours["plugins"] and "search" not in ours["plugins"][0]["timeline"]


def test_a_changed_mkdocs_yml_stops_the_benchmark_rather_than_measuring_the_wrong_site():
    with pytest.raises(ValueError, match="update bench/search_site.py"):
        with_material_search("site_name: x\nplugins:\n  - timeline\n")


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


def test_the_tree_peak_counts_a_forked_child_that_has_not_exec_d_once(tmp_path):
    """A child before exec is its parent's memory (subprocess uses vfork): counted twice, a 300 MB build seemed
    600 MB. A child that has exec'd something else counts."""
    import json
    import subprocess
    import sys

    script = tmp_path / "tree.py"
    script.write_text("import os, subprocess, sys, time\n"
                      "block = bytearray(200 * 2**20)\n"                          # 200 MB, touched
                      "pid = os.fork()\n"
                      "if pid == 0:\n    time.sleep(1.0)\n    os._exit(0)\n"        # not exec'd: shares the 200 MB
                      "subprocess.run([sys.executable, '-c', 'import time; b = bytearray(50 * 2**20); time.sleep(1.0)'])\n"
                      "os.waitpid(pid, 0)\n", encoding="utf-8")
    out = tmp_path / "peak.json"
    subprocess.run([sys.executable, "-m", "bench.treepeak", str(out), "--", sys.executable, str(script)], check=True,
                   cwd=ROOT)
    peak = json.loads(out.read_text(encoding="utf-8"))["tree_peak_mb"]
    assert 240 < peak < 330, peak            # 200 + 50 + two interpreters, not 400 + 50
