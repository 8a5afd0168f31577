"""Real `mkdocs build --strict` runs of small sites: search index, errors with file and line, escaping."""
from __future__ import annotations

import base64
import json
import logging
import re
from pathlib import Path

import material

import pytest
from mkdocs.exceptions import Abort, PluginError

from dom import json_ld
from htmltools import pagefind_records
from sitetools import build, page, page_dom, small_project

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
places: [Mariupol]
"""
SECOND = """id: 2022-03-20-kyiv-shelled
date: 2022-03-20
category: shelling
title: Four killed by shelling in Kyiv
summary: Emergency services say four people were killed.
"""
TWO = {"2022-03-21-vereshchuk-rejects-surrender.yml": ENTRY, "2022-03-20-kyiv-shelled.yml": SECOND}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build(small_project(tmp_path_factory.mktemp("small"), TWO))


def test_timeline_page_shows_entries_in_order_with_anchors(site):
    html = page(site, "timeline/")
    assert html.index('id="2022-03-20-kyiv-shelled"') < html.index('id="2022-03-21-vereshchuk-rejects-surrender"')
    text = page_dom(site, "timeline/").text()
    assert "Sunday 20 March 2022" in text and "Monday 21 March 2022" in text


def test_search_indexes_each_entry_once_with_its_speaker_people_and_places(site):
    records = pagefind_records(site)
    assert [r["url"] for r in records] == ["timeline/#2022-03-20-kyiv-shelled",
                                           "timeline/#2022-03-21-vereshchuk-rejects-surrender"]
    entry = records[1]
    assert "Irina Vereshchuk" in entry["content"] and "Mariupol" in entry["content"]
    assert "Link to this entry" not in entry["content"]
    assert entry["meta"] == {"title": "Ukraine rejects the demand to surrender", "date": "2022-03-21",
                             "category": "rejection"}
    # nothing but the entries: no listing page, source page or stub
    assert not (site / "search" / "search_index.json").exists()


def test_invalid_entry_fails_the_build_with_file_and_line(tmp_path, caplog):
    bad = SECOND.replace("id: 2022-03-20-kyiv-shelled", "id: bad").replace("2022-03-20", "2022-02-30")
    config = small_project(tmp_path, {"bad.yml": bad})
    assert "timeline/bad.yml:2:7: date: expected a real calendar day, got '2022-02-30'" in failure(config, caplog)


def failure(config, caplog) -> str:
    """Build, expecting MkDocs to stop cleanly (no traceback); the messages it logged."""
    with caplog.at_level(logging.WARNING), pytest.raises((PluginError, Abort)):
        build(config)
    return caplog.text


def test_duplicate_ids_fail_the_build_naming_both_files(tmp_path, caplog):
    config = small_project(tmp_path, {"2022-03-20-kyiv-shelled.yml": SECOND, "2022-03-20-kyiv-shelled.yaml": SECOND})
    messages = failure(config, caplog)
    assert "timeline/2022-03-20-kyiv-shelled.yml:1: id: expected a unique id" in messages
    assert "also used by timeline/2022-03-20-kyiv-shelled.yaml" in messages


@pytest.mark.parametrize("source, expected", [
    ("- article: no-such-article\n  text: Four people were killed.",
     "timeline/2022-03-20-kyiv-shelled.yml:7:12: sources[0].article: expected one of the articles of the "
     "timeline (mariupol-surrender-refused), got 'no-such-article'"),
    ("- article: mariupol-surrender-refused\n  text: Words the article never had.",
     "timeline/2022-03-20-kyiv-shelled.yml:8:9: sources[0].text: expected words from the article "
     "'mariupol-surrender-refused', got 'Words the article never had.'"),
    ("- url: javascript:alert(1)\n  text: Four people were killed.",
     "timeline/2022-03-20-kyiv-shelled.yml:7:8: sources[0].url: expected a web address starting with http:// or "
     "https://, got 'javascript:alert(1)'"),
], ids=["dangling-article", "text-not-in-article", "unsafe-url"])
def test_bad_references_fail_a_strict_build_with_file_and_line(tmp_path, caplog, source, expected):
    config = small_project(tmp_path, {"2022-03-20-kyiv-shelled.yml": SECOND + "sources:\n" + source + "\n"},
                           seeds=True)
    assert expected in failure(config, caplog)


def test_source_text_matches_despite_straightened_quotes_and_line_breaks(tmp_path):
    source = ("- article: mariupol-surrender-refused\n  text: >-\n    the Russian Ministry of Defence has warned"
              "\n    the city's authorities they could face a military tribunal if they sided with what it called"
              ' "bandits"\n')
    site = build(small_project(tmp_path, {"2022-03-20-kyiv-shelled.yml": SECOND + "sources:\n" + source},
                               seeds=True))
    link = next(a for a in page_dom(site, "timeline/").find_all("a") if a.text() == "sentence 10")
    assert link.attrs["href"] == "../sources/mariupol-surrender-refused/#s-10"


def test_web_sources_link_out_safely(tmp_path):
    source = "- url: https://example.org/report?a=1&b=\"2\"\n  text: Four people were killed.\n"
    site = build(small_project(tmp_path, {"2022-03-20-kyiv-shelled.yml": SECOND + "sources:\n" + source}))
    link = page_dom(site, "timeline/").find("a", rel="nofollow noopener")
    assert link.attrs["href"] == "https://example.org/report?a=1&b=%222%22"


EVIL = '</title><b>t</b><script>alert(1)</script> **bold** [x](javascript:alert(1)) {: onclick="x"} :material-bomb: </script>'


def test_script_and_markup_from_yaml_show_as_text_everywhere(tmp_path):
    evil_entry = f"""id: 2022-03-20-kyiv-shelled
date: 2022-03-20
time: '<b>noon</b>'
when: '{EVIL}'
category: shelling
title: '{EVIL}'
summary: '{EVIL}'
quotes:
  - text: '{EVIL}'
    speaker: '<img src=x onerror=alert(1)>'
    role: '{EVIL}'
    via: '{EVIL}'
people: ['<script>alert(2)</script>']
places: ['" onmouseover="alert(3)']
organisations: ['](javascript:alert(4))']
"""
    site = build(small_project(tmp_path, {"2022-03-20-kyiv-shelled.yml": evil_entry}))
    # <title> is raw text to a browser but not to Python's parser: check it by hand, then parse the rest
    for html_file in site.rglob("*.html"):
        title = re.search(r"<title>(.*?)</title>", html_file.read_text(encoding="utf-8"), re.S).group(1)
        assert "<" not in title and ">" not in title, (html_file, title)
    pages = ["", "timeline/", "people/", "categories/shelling/"] + [
        f"{p.parent.relative_to(site)}/" for p in (site / "people").glob("*/index.html")]
    for path in pages:
        root = page_dom(site, path)
        scripts = root.find_all("script")
        assert all(s.attrs.get("src") or s.attrs.get("type") in ("application/ld+json", "application/json")
                   or "alert" not in s.raw_text() for s in scripts), path
        assert not root.find("img", src="x") and not root.find("b"), path
        for node in root.iter():
            assert not any(k.startswith("on") for k in node.attrs), (path, node.tag, node.attrs)
            assert not (node.attrs.get("href") or "").lower().startswith("javascript:"), path
    timeline = page_dom(site, "timeline/")
    assert "</title><b>t</b><script>alert(1)</script> **bold** [x](javascript:alert(1))" in timeline.text()
    assert "<img src=x onerror=alert(1)>" in timeline.text()
    assert not timeline.find("img", src="x")
    assert [json_ld(timeline)[0]["@graph"][0]["name"]] == [EVIL]           # the JSON-LD script stayed closed


def test_hand_written_home_page_wins(tmp_path):
    site = build(small_project(tmp_path, TWO, docs={"index.md": "# Our own home\n"}))
    assert page_dom(site, "").find("h1").text().startswith("Our own home")


def test_generated_home_page_when_none_is_written(site):
    home = page_dom(site, "")
    assert home.find("h2", id="what-happened") and home.find("h2", id="latest-events")


def test_large_timelines_are_split_into_month_pages(tmp_path):
    april = SECOND.replace("2022-03-20", "2022-04-02")
    site = build(small_project(tmp_path, {**TWO, "2022-04-02-kyiv-shelled.yml": april},
                               options="      per_page: 2\n"))
    overview = page_dom(site, "timeline/")
    assert [a.attrs["href"] for a in overview.find_all("a") if a.text().startswith(("March", "April"))] == [
        "2022-03/", "2022-04/"]
    assert page_dom(site, "timeline/2022-04/").by_id("2022-04-02-kyiv-shelled") is not None
    person = page_dom(site, "people/irina-vereshchuk/")
    assert person.find("a", href="../../timeline/2022-03/#2022-03-21-vereshchuk-rejects-surrender")


def test_categories_are_configurable_from_a_yaml_file(tmp_path):
    config = small_project(tmp_path, TWO, options="      categories_file: categories.yml\n")
    (tmp_path / "categories.yml").write_text("shelling:\n  label: Artillery\n  icon: material-target\n"
                                             "  colour: '#ffcc00'\n", encoding="utf-8")
    site = build(config)
    badge = page_dom(site, "timeline/").find("a", cls="tl-cat-shelling")
    assert badge.text() == "Artillery"
    css = (site / "assets" / "timeline" / "categories.css").read_text(encoding="utf-8")
    rule = next(line for line in css.splitlines() if line.startswith(".tl-cat-shelling{"))
    assert rule.startswith(".tl-cat-shelling{--tl-cat:#ffcc00;--tl-cat-text:#000000;--tl-icon:url(")
    target = Path(material.__file__).parent / "templates" / ".icons" / "material" / "target.svg"
    icon = base64.b64decode(rule.split("base64,")[1].split('"')[0]).decode("utf-8")
    assert icon == target.read_text(encoding="utf-8").strip()      # the configured icon, drawn as a mask


@pytest.mark.parametrize("options, expected", [
    ("      categories:\n        shelling: {colour: 'red;}body{x'}\n",
     "plugins.timeline.categories: shelling.colour: expected a hex colour like #9f1239"),
    ("      categories:\n        shelling: {shade: dark}\n",
     "plugins.timeline.categories: shelling.shade: unknown field; expected one of label, icon, colour"),
])
def test_invalid_category_settings_fail_with_a_clear_message(tmp_path, caplog, options, expected):
    assert expected in failure(small_project(tmp_path, TWO, options=options), caplog)


def test_serve_watches_the_timeline_and_category_file(tmp_path):
    from mkdocs.config import load_config

    config = small_project(tmp_path, TWO, options="      categories_file: categories.yml\n")
    (tmp_path / "categories.yml").write_text("{}\n", encoding="utf-8")
    cfg = load_config(str(config))
    cfg = cfg.plugins.on_config(cfg)             # as `mkdocs serve` runs it, before the first build

    class Server:
        watched: list[str] = []

        def watch(self, path):
            self.watched.append(path)

    server = cfg.plugins["timeline"].on_serve(Server(), config=cfg, builder=None)
    # not seeds/: the site reads the article records extract writes into the timeline
    assert sorted(server.watched) == sorted(str(tmp_path / n) for n in ("timeline", "categories.yml"))


@pytest.mark.parametrize("summary, tag", [("'1. Not a list'", "ol"), ("'- Not a list'", "ul"), ("'# Not a heading'", "h1"),
                                          ("'> Not a quote'", "blockquote"), ("'    Not code'", "pre")])
def test_summaries_that_look_like_markdown_blocks_stay_plain_text(tmp_path, summary, tag):
    entry = SECOND.replace("Emergency services say four people were killed.", summary)
    site = build(small_project(tmp_path, {"2022-03-20-kyiv-shelled.yml": entry}))
    item = page_dom(site, "timeline/").by_id("2022-03-20-kyiv-shelled").parent
    assert not item.find(tag) and summary.strip("' ") in item.text()


def test_search_false_leaves_search_to_the_theme(tmp_path):
    config = small_project(tmp_path, TWO, options="      search: false\n")
    config.write_text(config.read_text(encoding="utf-8").replace("plugins:\n", "plugins:\n  - search\n"),
                      encoding="utf-8")
    site = build(config)
    assert not (site / "pagefind").exists() and not (site / "search" / "index.html").exists()
    assert (site / "search" / "search_index.json").is_file()                     # Material's own
    assert "assets/search/search.js" not in page(site, "timeline/")
    assert (site / "e" / "2022-03-20-kyiv-shelled" / "index.html").is_file()     # lasting links all the same


def test_the_themes_search_beside_ours_fails_a_strict_build_saying_what_to_do(tmp_path, caplog):
    config = small_project(tmp_path, TWO)
    config.write_text(config.read_text(encoding="utf-8").replace("plugins:\n", "plugins:\n  - search\n"),
                      encoding="utf-8")
    assert "remove '- search' from plugins in mkdocs.yml" in failure(config, caplog)


def test_a_failing_indexer_fails_the_build_naming_it(tmp_path, caplog, monkeypatch):
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "no-such-pagefind"))
    assert "search index: cannot start Pagefind" in failure(small_project(tmp_path, TWO), caplog)


def test_a_build_failing_mid_way_stops_its_indexer_and_leaves_no_working_folder(tmp_path, caplog, monkeypatch):
    """The index starts beside the pages: a page that fails to render must not wait for Pagefind (here, one that
    never answers) nor leave its hidden working folder in site/, which MkDocs' clean would keep for ever."""
    import threading

    import jinja2

    script = tmp_path / "hanging-pagefind"
    script.write_text("#!/bin/sh\nexec sleep 300\n")
    script.chmod(0o755)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(script))
    config = small_project(tmp_path, TWO)
    (tmp_path / "overrides").mkdir()
    (tmp_path / "overrides" / "main.html").write_text(
        '{% extends "base.html" %}\n{% block content %}{{ page.no_such_thing.call() }}{% endblock %}\n')
    config.write_text(config.read_text(encoding="utf-8").replace("  name: material\n",
                                                                 "  name: material\n  custom_dir: overrides\n"))
    with pytest.raises(jinja2.UndefinedError):
        build(config)
    assert not [t for t in threading.enumerate() if t.name == "timeline-search-index" and t.is_alive()]
    site = tmp_path / "site"
    assert not (site / "pagefind").exists() and not list(site.glob(".search-*"))
