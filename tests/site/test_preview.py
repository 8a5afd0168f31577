"""`make serve`'s preview (builder/preview.py): native file notifications that report changes and nothing else,
templates compiled once per server, the theme's files listed once. Time is measured by `make bench`, not here."""
from __future__ import annotations

import threading
import time

import jinja2
import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.livereload import LiveReloadServer
from watchdog.observers.polling import PollingObserver

from builder.preview import POLLING, ChangeObserver, watch_natively
from sitetools import small_project
from test_small_builds import TWO


def server_watching(*paths) -> tuple[LiveReloadServer, list[int]]:
    """A LiveReloadServer as `mkdocs serve` sets it up (not yet serving), whose builder counts its calls."""
    calls: list[int] = []
    server = LiveReloadServer(builder=lambda: calls.append(1), host="127.0.0.1", port=0, root=str(paths[0]))
    for path in paths:
        server.watch(str(path))
    return server, calls


def test_the_server_is_moved_to_native_notifications_keeping_what_it_watches(tmp_path):
    (tmp_path / "timeline").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    server, _ = server_watching(tmp_path / "timeline", tmp_path / "mkdocs.yml")
    before = dict(server._watched_paths)
    assert isinstance(server.observer, PollingObserver)
    assert watch_natively(server)
    assert isinstance(server.observer, ChangeObserver) and dict(server._watched_paths) == before
    assert server.build_delay <= 0.05


def test_polling_stays_when_asked(tmp_path, monkeypatch):
    monkeypatch.setenv(POLLING, "1")
    server, _ = server_watching(tmp_path)
    assert not watch_natively(server) and isinstance(server.observer, PollingObserver)


def wait_for(condition, seconds: float = 10.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def test_a_change_rebuilds_once_and_reading_a_file_rebuilds_nothing(tmp_path):
    """A rebuild reads every watched file: if reading counted as a change, each rebuild would start the next."""
    timeline = tmp_path / "timeline"
    timeline.mkdir()
    entry = timeline / "entry.yml"
    entry.write_text("id: x\n", encoding="utf-8")
    server, calls = server_watching(timeline)
    assert watch_natively(server)
    serving = threading.Thread(target=server.serve, daemon=True)
    serving.start()
    try:
        assert wait_for(lambda: server.observer.is_alive())
        time.sleep(0.3)
        entry.read_text(encoding="utf-8")                   # opened, read, closed: not a change
        time.sleep(0.5)
        assert calls == []
        entry.write_text("id: y\n", encoding="utf-8")
        assert wait_for(lambda: len(calls) == 1)
        time.sleep(0.5)
        assert len(calls) == 1
    finally:
        server.shutdown()


def test_rebuilds_under_serve_compile_no_template_and_list_the_theme_once(tmp_path, monkeypatch):
    config = small_project(tmp_path, TWO)
    site = tmp_path / "site"
    cfg = load_config(str(config), site_dir=str(site))
    cfg.plugins.on_startup(command="serve", dirty=True)
    compiled, listed = [], []
    real_compile, real_list = jinja2.Environment.compile, jinja2.FileSystemLoader.list_templates
    monkeypatch.setattr(jinja2.Environment, "compile", lambda env, *a, **k: compiled.append(1) or
                        real_compile(env, *a, **k))
    monkeypatch.setattr(jinja2.FileSystemLoader, "list_templates", lambda loader: listed.append(1) or
                        real_list(loader))
    try:
        build(cfg, dirty=True)
        first = (len(compiled), len(listed))
        assert first[0] > 10 and first[1] >= 1
        (tmp_path / "timeline" / "2022-03-20-kyiv-shelled.yml").write_text(
            TWO["2022-03-20-kyiv-shelled.yml"].replace("four people", "five people"), encoding="utf-8")
        build(load_config(str(config), site_dir=str(site)), dirty=True)     # as the server rebuilds
        assert (len(compiled), len(listed)) == first                         # nothing compiled or listed again
        assert "five people" in (site / "timeline" / "index.html").read_text(encoding="utf-8")
    finally:
        cfg.plugins.on_shutdown()


@pytest.mark.parametrize("dirty", [True, False])
def test_a_build_outside_serve_uses_no_cache(tmp_path, dirty):
    config = small_project(tmp_path, TWO)
    cfg = load_config(str(config), site_dir=str(tmp_path / "site"))
    cfg.plugins.on_startup(command="build", dirty=dirty)
    try:
        build(cfg, dirty=dirty)
        assert not getattr(cfg.theme.get_env, "timeline_preview", False)
    finally:
        cfg.plugins.on_shutdown()
