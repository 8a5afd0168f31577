"""Rebuilds under `mkdocs serve --dirty`: after one edit, only the pages whose content changed are rebuilt,
and the search index, written on a thread after the pages, still holds every entry. (Time is measured by `make bench`, not here.)"""
from __future__ import annotations

import json
import os
import time
from contextlib import contextmanager

from mkdocs.commands.build import build
from mkdocs.config import load_config

from htmltools import pagefind_records
from sitetools import small_project
from test_small_builds import SECOND, TWO

OLD = 1_000_000_000        # a modification time long past: files MkDocs rewrites get a new one


class Served:
    """A site as `mkdocs serve [--dirty]` builds it: `rebuild()` as the server does after a change (the same plugin
    instance, kept since on_startup); `index_written()` waits for the search index, written on a thread."""

    def __init__(self, config, site, dirty: bool) -> None:
        self.config, self.site, self.dirty = config, site, dirty
        self.cfg = load_config(str(config), site_dir=str(site))
        self.cfg.plugins.on_startup(command="serve", dirty=dirty)
        self.plugin = self.cfg.plugins["timeline"]

    def rebuild(self) -> None:
        build(load_config(str(self.config), site_dir=str(self.site)), dirty=self.dirty)

    def index_written(self) -> bool:
        indexer = self.plugin.extras.indexer if self.plugin.extras is not None else None
        return indexer is not None and indexer.wait(60)


@contextmanager
def served(config, site, dirty: bool):
    """A first build as `mkdocs serve [--dirty]` makes it, with every file it wrote aged (the search index
    too, once written); yields the server's `Served`."""
    server = Served(config, site, dirty)
    try:
        build(server.cfg, dirty=dirty)
        assert server.index_written()
        for path in site.rglob("*"):
            os.utime(path, (OLD, OLD))
        yield server
    finally:
        server.cfg.plugins.on_shutdown()


def rewritten(site) -> set[str]:
    return {str(p.relative_to(site)) for p in site.rglob("*") if p.is_file() and p.stat().st_mtime > OLD + 1}


def test_a_dirty_rebuild_rewrites_only_the_edited_entrys_pages(tmp_path):
    april = SECOND.replace("2022-03-20", "2022-04-02")
    entry = tmp_path / "timeline" / "2022-04-02-kyiv-shelled.yml"
    config = small_project(tmp_path, {**TWO, entry.name: april}, options="      per_page: 2\n")
    site = tmp_path / "site"
    with served(config, site, dirty=True) as server:
        entry.write_text(april.replace("four people were killed", "five people were killed"), encoding="utf-8")
        server.rebuild()
        assert server.index_written()                  # after the pages, on a thread (make serve shows the edit first)
        changed = rewritten(site)
        assert "timeline/2022-04/index.html" in changed and "feed.json" in changed
        assert "timeline/2022-03/index.html" not in changed              # the other month is as it was
        assert not any(p.startswith(("people/", "places/", "categories/")) for p in changed)
        assert "five people" in (site / "timeline" / "2022-04" / "index.html").read_text(encoding="utf-8")
        records = pagefind_records(site)
        assert {r["url"] for r in records} == {"timeline/2022-03/#2022-03-20-kyiv-shelled",
                                               "timeline/2022-03/#2022-03-21-vereshchuk-rejects-surrender",
                                               "timeline/2022-04/#2022-04-02-kyiv-shelled"}
        assert sum("five people" in r["content"] for r in records) == 1


def test_a_dirty_rebuild_that_adds_a_page_rewrites_every_generated_page(tmp_path):
    site = tmp_path / "site"
    with served(small_project(tmp_path, TWO), site, dirty=True) as server:
        added = SECOND.replace("2022-03-20-kyiv-shelled", "2022-03-22-lviv-shelled").replace("2022-03-20", "2022-03-22")
        (tmp_path / "timeline" / "2022-03-22-lviv-shelled.yml").write_text(
            added + "people: [Maksym Kozytskyi]\n", encoding="utf-8")
        server.rebuild()
        changed = rewritten(site)
        # the new person's page is new; a page whose own content did not change is rewritten all the same
        assert {"people/maksym-kozytskyi/index.html", "people/irina-vereshchuk/index.html"} <= changed


def test_without_dirty_every_page_is_rebuilt(tmp_path):
    site = tmp_path / "site"
    with served(small_project(tmp_path, TWO), site, dirty=False) as server:
        server.rebuild()
        assert {"timeline/index.html", "people/irina-vereshchuk/index.html"} <= rewritten(site)


def test_the_entry_cache_parses_only_changed_files(tmp_path, monkeypatch):
    import builder.loader as loader

    small_project(tmp_path, TWO)
    cache: loader.EntryCache = {}
    first = loader.load_timeline(tmp_path / "timeline", cache=cache)
    parsed = []
    real = loader.load_entry_file
    monkeypatch.setattr(loader, "load_entry_file", lambda path, *a: parsed.append(path.name) or real(path, *a))
    assert loader.load_timeline(tmp_path / "timeline", cache=cache) == first and parsed == []
    edited = tmp_path / "timeline" / "2022-03-20-kyiv-shelled.yml"
    edited.write_text(SECOND.replace("four", "five"), encoding="utf-8")     # same size: still noticed
    second = loader.load_timeline(tmp_path / "timeline", cache=cache)
    assert parsed == [edited.name] and "five" in second[0].summary
    edited.unlink()
    assert [e.id for e in loader.load_timeline(tmp_path / "timeline", cache=cache)] == [second[1].id]
    assert len(cache) == 1


def test_an_index_that_failed_is_written_again_on_the_next_rebuild_even_with_the_same_records(tmp_path, monkeypatch):
    """A rebuild skips the index when its records are those last indexed; one whose writing failed (Pagefind
    crashed) was not indexed, so search must not stay on the older index until an entry changes again."""
    entry = tmp_path / "timeline" / "2022-03-20-kyiv-shelled.yml"
    config = small_project(tmp_path, TWO)
    site = tmp_path / "site"
    with served(config, site, dirty=True) as server:
        entry.write_text(SECOND.replace("four people were killed", "five people were killed"), encoding="utf-8")
        monkeypatch.setenv("PAGEFIND_BINARY_PATH", "/bin/false")
        server.rebuild()
        assert server.index_written()
        assert not any("five people" in r["content"] for r in pagefind_records(site))   # the old index, kept
        monkeypatch.delenv("PAGEFIND_BINARY_PATH")
        (tmp_path / "docs" / "about.md").write_text("# About\n", encoding="utf-8")       # any other edit
        server.rebuild()
        assert server.index_written()
        assert sum("five people" in r["content"] for r in pagefind_records(site)) == 1


def test_stopping_the_server_stops_an_index_being_written(tmp_path, monkeypatch):
    """Ctrl-C on `mkdocs serve` while Pagefind writes (here, one that never answers): the server's site is a
    temporary folder about to go, so Pagefind is stopped, not waited for."""
    script = tmp_path / "hanging-pagefind"
    script.write_text("#!/bin/sh\nexec sleep 300\n")
    script.chmod(0o755)
    site = tmp_path / "site"
    server = Served(small_project(tmp_path, TWO), site, dirty=True)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(script))
    build(server.cfg, dirty=True)
    worker = server.plugin.extras.indexer
    for _ in range(1000):                                     # until Pagefind has started
        if worker.service is not None:
            break
        time.sleep(0.01)
    server.cfg.plugins.on_shutdown()
    assert not worker.thread.is_alive(), "the server's shutdown waited for Pagefind"
    assert worker.service.child.poll() is not None and not list(site.glob(".search-*"))
