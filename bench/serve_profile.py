"""Where one edit's preview time goes under `mkdocs serve --dirty --no-strict` (= `make serve`).

    python -m bench.serve_profile PROJECT [--edits 5] [--profile OUT.prof]

Runs MkDocs' own `serve` in this process (a thread), edits one entry's summary `--edits` times, and stamps each
step of the way with MkDocs' log lines: the edit written; the watcher noticed it ("Detected file changes":
MkDocs polls every 0.5 s, the plugin moves it to the system's notifications, builder/preview.py); the wait for
more changes (MkDocs 0.1 s, ours 0.05 s); mkdocs.yml loaded again; the build, profiled with cProfile (so its
seconds are inflated: read the shares); the page served with the edit. Prints one line per edit and the
medians, and the build's top functions by cumulative time.
"""
from __future__ import annotations

import argparse
import cProfile
import logging
import os
import pstats
import statistics
import sys
import threading
import time
import urllib.request
from pathlib import Path

from bench.search_site import entry_pages
from bench.serve import free_port, insert_after
from builder.loader import load_timeline


class Stamps(logging.Handler):
    """The monotonic time of each MkDocs log message that marks a step."""

    MARKS = ("Detected file changes", "Building documentation", "Documentation built", "Reloading browsers")

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.seen: list[tuple[str, float]] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        for mark in self.MARKS:
            if mark in message:                      # livereload prefixes "[HH:MM:SS] "
                self.seen.append((mark, time.monotonic()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.serve_profile")
    parser.add_argument("project", type=Path)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--profile", type=Path, help="write the rebuilds' cProfile stats here")
    args = parser.parse_args(argv)
    import mkdocs.commands.serve as serve_module
    from mkdocs.livereload import LiveReloadServer

    project = args.project.resolve()
    stamps = Stamps()
    logging.getLogger("mkdocs").addHandler(stamps)
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    profile = cProfile.Profile()
    timings: list[dict[str, float]] = []
    builds = [0]
    real_build, real_load = serve_module.build, serve_module.load_config

    def build(*a, **k):
        builds[0] += 1
        if builds[0] == 1:
            return real_build(*a, **k)
        start = time.monotonic()
        profile.enable()
        try:
            return real_build(*a, **k)
        finally:
            profile.disable()
            timings.append({"build": time.monotonic() - start})

    def load_config(*a, **k):
        start = time.monotonic()
        try:
            return real_load(*a, **k)
        finally:
            if builds[0] >= 1:
                stamps.seen.append(("config loaded", time.monotonic()))
                stamps.seen.append((f"config took {time.monotonic() - start:.3f}", time.monotonic()))

    servers: list[LiveReloadServer] = []
    real_serve = LiveReloadServer.serve

    def keep(self, *a, **k):
        servers.append(self)
        return real_serve(self, *a, **k)

    serve_module.build, serve_module.load_config, LiveReloadServer.serve = build, load_config, keep
    port = free_port()
    thread = threading.Thread(target=serve_module.serve, daemon=True, kwargs=dict(
        config_file=str(project / "mkdocs.yml"), build_type="dirty", strict=False, dev_addr=f"127.0.0.1:{port}"))
    os.chdir(project)
    thread.start()
    entries = sorted(load_timeline(project / "timeline"), key=lambda e: e.sort_key)
    middle = entries[len(entries) // 2]
    entry = project / "timeline" / f"{middle.id}.yml"
    url = f"http://127.0.0.1:{port}/{entry_pages(entries)[middle.id]}"
    while not servers or not builds[0]:
        time.sleep(0.05)
    time.sleep(2)
    rows = []
    for k in range(args.edits):
        time.sleep(1.5)
        marker = f"serveprofile{k}x{port}"
        stamps.seen.clear()
        written = time.monotonic()
        insert_after(entry, "\nsummary: >-\n  ", marker)
        shown = None
        deadline = written + 60
        while time.monotonic() < deadline:
            if shows(url, marker):
                shown = time.monotonic()
                break
            time.sleep(0.01)
        marks = dict(stamps.seen)
        config_took = next((float(m.split()[-1]) for m, _ in stamps.seen if m.startswith("config took")), 0.0)
        row = {"noticed": marks["Detected file changes"] - written,
               "settle": marks["Building documentation"] - marks["Detected file changes"],
               "config": config_took,
               "build": timings[-1]["build"] - config_took if timings else float("nan"),
               "served": (shown or float("nan")) - written}
        rows.append(row)
        print(" ".join(f"{key} {value:.3f}s" for key, value in row.items()), flush=True)
    print("medians: " + " ".join(f"{key} {statistics.median(r[key] for r in rows):.3f}s" for key in rows[0]))
    servers[0].shutdown()
    if args.profile:
        profile.dump_stats(str(args.profile))
    stats = pstats.Stats(profile, stream=sys.stdout)
    stats.sort_stats("cumulative").print_stats(35)
    return 0


def shows(url: str, marker: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return marker in response.read().decode("utf-8", "replace")
    except OSError:
        return False


if __name__ == "__main__":
    sys.exit(main())
