"""A strict build of a timeline holding a link publishes nothing from outside the repository and says why."""
from __future__ import annotations

import os

import pytest
from mkdocs.exceptions import Abort, PluginError

from sitetools import build, small_project

SECRET = "password=hunter2"
OUTSIDE = f"""id: leak
date: 2022-03-20
category: other
title: {SECRET}
summary: A file outside the repository shaped like an entry.
"""


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_link_in_the_timeline_fails_the_build_without_quoting_its_target(tmp_path, caplog):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "leak.yml").write_text(OUTSIDE, encoding="utf-8")
    config = small_project(tmp_path / "project", {})
    os.symlink(outside / "leak.yml", config.parent / "timeline" / "leak.yml")
    with pytest.raises((Abort, PluginError)) as failed:
        build(config)
    said = str(failed.value) + caplog.text
    assert "timeline/leak.yml: expected a regular file, got a symbolic link" in said
    assert SECRET not in said
    assert not (config.parent / "site" / "timeline" / "index.html").exists() or \
        SECRET not in (config.parent / "site" / "timeline" / "index.html").read_text(encoding="utf-8")


TITLE = 'Kyiv </title><script>alert(1)</script> & "quoted"'
DESCRIPTION = 'What happened in Kyiv " onmouseover="alert(2)" <img src=x onerror=alert(3)>'


def test_the_sites_title_and_description_from_mkdocs_yml_are_text_in_the_themes_pages(tmp_path):
    """Material prints site_name into <title> and the header, and site_description into a meta tag, unescaped:
    mkdocs.yml is an input like any other, so markup in them must stay text on every page."""
    import json

    from test_small_builds import TWO
    from htmltools import elements, parse, visible_text

    config = small_project(tmp_path, TWO)
    text = config.read_text(encoding="utf-8").replace(
        "site_name: Timeline\n", f"site_name: {json.dumps(TITLE)}\nsite_description: {json.dumps(DESCRIPTION)}\n")
    config.write_text(text, encoding="utf-8")
    site = build(config)
    for page in (site / "index.html", site / "timeline" / "index.html", site / "404.html"):
        html = page.read_text(encoding="utf-8")
        found = parse(html)
        assert not [a for _, a in found.elements if any(k.startswith("on") for k in a)], page
        assert "<script>alert" not in html, page              # no script element opens with the title's text
        head = html[html.index("<title>") + len("<title>"):html.index("</title>")]
        assert TITLE.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;") in head
        assert TITLE in visible_text(html[html.index("<header"):html.index("</header>")]), page
    metas = [a for _, a in elements((site / "404.html").read_text(encoding="utf-8"), "meta")
             if a.get("name") == "description"]
    assert [m["content"] for m in metas] == [DESCRIPTION]
