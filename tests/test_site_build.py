"""A real `mkdocs build` of a small site in a temporary folder, checked in its HTML and search index."""
from __future__ import annotations

import json
import logging

import pytest
from mkdocs.exceptions import Abort, PluginError

from conftest import build_site, make_site
from htmltools import elements, visible_text

ENTRY = """id: 2022-03-21-vereshchuk-rejects-surrender
date: 2022-03-21
category: rejection
title: Ukraine rejects the demand to surrender
summary: The deputy prime minister says there can be no talk of surrender.
quotes:
  - text: There can be no talk of any surrender.
    speaker: Irina Vereshchuk
    role: Deputy Prime Minister
    via: Ukrainian Pravda
people: [Irina Vereshchuk]
"""
SECOND = """id: 2022-03-20-kyiv-shelled
date: 2022-03-20
category: shelling
title: Four killed by shelling in Kyiv
summary: Emergency services say four people were killed.
"""


@pytest.fixture
def site(tmp_path):
    config = make_site(tmp_path)
    (tmp_path / "timeline" / "2022-03-21-vereshchuk-rejects-surrender.yml").write_text(ENTRY)
    (tmp_path / "timeline" / "2022-03-20-kyiv-shelled.yml").write_text(SECOND)
    return build_site(config)


def test_timeline_page_shows_entries_in_order_with_anchors(site):
    html = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    first = html.index('id="2022-03-20-kyiv-shelled"')
    second = html.index('id="2022-03-21-vereshchuk-rejects-surrender"')
    assert first < second
    assert "Sunday 20 March 2022" in html and "Monday 21 March 2022" in html


def test_quote_is_a_material_quote_callout_naming_the_speaker(site):
    html = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    callout = html[html.index('class="admonition quote"'):]
    callout = callout[:callout.index("</div>")]
    assert "Irina Vereshchuk, Deputy Prime Minister" in callout
    assert "There can be no talk of any surrender" in callout


def test_search_index_holds_every_entry(site):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"] for doc in index["docs"]}
    assert "timeline/#2022-03-21-vereshchuk-rejects-surrender" in locations
    assert "timeline/#2022-03-20-kyiv-shelled" in locations
    texts = " ".join(doc["text"] for doc in index["docs"])
    assert "Irina Vereshchuk" in texts


def test_invalid_entry_fails_the_build_with_file_and_line(tmp_path, caplog):
    config = make_site(tmp_path)
    (tmp_path / "timeline" / "bad.yml").write_text(SECOND.replace("id: 2022-03-20-kyiv-shelled", "id: bad")
                                                   .replace("2022-03-20", "2022-02-30"))
    with caplog.at_level(logging.ERROR), pytest.raises((PluginError, Abort)):
        build_site(config)
    assert "timeline/bad.yml:2:7: date: expected a real calendar day, got '2022-02-30'" in caplog.text


def test_script_in_a_summary_is_shown_as_text(tmp_path):
    config = make_site(tmp_path)
    evil = SECOND.replace("Emergency services say four people were killed.",
                          "'<script>alert(1)</script> **bold** [x](javascript:alert(1))'")
    (tmp_path / "timeline" / "2022-03-20-kyiv-shelled.yml").write_text(evil)
    html = (build_site(config) / "timeline" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script> **bold** [x](javascript:alert(1))" in visible_text(html)
    assert all("alert" not in (attrs.get("src") or "") for _, attrs in elements(html, "script"))
    assert "<strong>bold</strong>" not in html
    assert all(not (attrs.get("href") or "").startswith("javascript:") for _, attrs in elements(html, "a"))
