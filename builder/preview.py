"""What lets `make serve` show an edit within a second: MkDocs' live preview with three of its costs cut.

Measured at 1,000 entries (bench/RESULTS.md, "Preview"), an edit's time went to: MkDocs' watcher polling every
0.5 s (it noticed a change after 0.1-0.5 s) and then waiting 0.1 s for more changes; Jinja compiling Material's
templates again on every rebuild (each rebuild makes a new environment: ~25 % of a rebuild); listing and
filtering Material's ~14,000 theme files again on every rebuild (~13 %). Here:

- `watch_natively`: the operating system's file notifications (inotify, FSEvents, ...: watchdog's `Observer`)
  instead of polling, and a 0.05 s wait for more changes; TIMELINE_SERVE_POLLING=1 keeps MkDocs' polling (for a
  folder whose changes the system does not report, such as some network or container mounts).
- `TemplateCache`: the templates' compiled code, kept across rebuilds (Jinja's bytecode cache, checked against
  each template's source, so an edited override is compiled again).
- `ThemeListing`: the theme's file list, made once per server for the folders outside the project (installed
  themes do not change while serving); the project's own folders are listed every time.

The renderer's share (re-rendering only what an edit touches) is builder.project's business, not this module's.
These touch MkDocs' serve internals (pinned mkdocs>=1.6,<2): anything missing leaves MkDocs' own behaviour."""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import jinja2
from watchdog import events
from watchdog.observers import Observer

POLLING = "TIMELINE_SERVE_POLLING"
SETTLE = 0.05           # seconds without another change before rebuilding (MkDocs: 0.1)


#: What counts as a change. Native observers also report files being opened and read (watchdog 4+): a rebuild
#: reads docs/, so without this list every rebuild would set off the next one.
CHANGES = [events.FileCreatedEvent, events.FileModifiedEvent, events.FileDeletedEvent, events.FileMovedEvent,
           events.FileClosedEvent, events.FileAttribEvent]


class ChangeObserver(Observer):
    """The platform's native observer, told to report changes only (MkDocs' `watch` passes no filter)."""

    def schedule(self, event_handler, path, *, recursive=False, event_filter=None, follow_symlink=False):
        return super().schedule(event_handler, path, recursive=recursive, event_filter=event_filter or CHANGES,
                                follow_symlink=follow_symlink)


def watch_natively(server) -> bool:
    """Move MkDocs' LiveReloadServer from polling to native notifications, before it starts; whether it did."""
    if os.environ.get(POLLING, "").lower() not in ("", "0", "false", "no"):
        return False
    try:
        paths, refs = server._watched_paths, server._watch_refs
        if server.observer.is_alive():
            return False
    except (ImportError, AttributeError):
        return False
    watched = dict(paths)
    polling = server.observer
    server.observer = ChangeObserver()
    paths.clear()
    refs.clear()
    try:
        for path, count in watched.items():
            server.watch(path)
            paths[path] = count
    except OSError:                         # no notifications for one of them: keep polling for all
        server.observer, paths_now = polling, dict(watched)
        paths.clear()
        paths.update(paths_now)
        return False
    server.build_delay = min(server.build_delay, SETTLE)
    return True


class TemplateCache(jinja2.BytecodeCache):
    """Compiled templates in memory, for as long as the plugin lives (one `mkdocs serve`)."""

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self.code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)       # Jinja drops it if the template's source changed

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()

    def clear(self) -> None:
        self.code.clear()


class ThemeListing:
    """The file list of each theme folder outside `project`, made once; the project's folders listed each time."""

    def __init__(self, project: Path) -> None:
        self.project = project.resolve()
        self.listed: dict[str, list[str]] = {}

    def clear(self) -> None:
        self.listed.clear()

    def names(self, folder: str, filter_func: Callable[[str], bool] | None) -> list[str]:
        names = jinja2.FileSystemLoader([folder]).list_templates()
        return [n for n in names if filter_func is None or filter_func(n)]

    def list_templates(self, env: jinja2.Environment, folders: list[str]):
        """A replacement for env.list_templates (MkDocs calls it once a build, to find the theme's static files)."""
        def listing(extensions=None, filter_func=None) -> list[str]:
            if extensions is not None:
                return jinja2.Environment.list_templates(env, extensions, filter_func)
            found: set[str] = set()
            for folder in folders:
                if Path(folder).resolve().is_relative_to(self.project):
                    found.update(self.names(folder, filter_func))
                else:       # MkDocs' filter is the same every build until mkdocs.yml changes (then: clear())
                    if folder not in self.listed:
                        self.listed[folder] = self.names(folder, filter_func)
                    found.update(self.listed[folder])
            return sorted(found)
        return listing


def faster_rebuilds(config, templates: TemplateCache, listing: ThemeListing) -> None:
    """Give the theme's environments of this build (config.theme.get_env) the template cache and the listing."""
    theme = config.theme
    make_env = theme.get_env
    if getattr(make_env, "timeline_preview", False):
        return

    def get_env() -> jinja2.Environment:
        env = make_env()
        env.bytecode_cache = templates
        env.list_templates = listing.list_templates(env, list(theme.dirs))
        return env

    get_env.timeline_preview = True
    theme.get_env = get_env


class Rebuilds:
    """What `serve` keeps from one rebuild to the next: the compiled templates and the theme's listing, both dropped
    when mkdocs.yml changes (which can change every page around the same content)."""

    def __init__(self) -> None:
        self.stamp: int | None = None
        self.templates, self.listing = TemplateCache(), None

    def configure(self, config, root: Path, serving: bool) -> bool:
        """Prepare this build's theme; True when mkdocs.yml changed since the last build (or this is the first)."""
        stamp = os.stat(config.config_file_path).st_mtime_ns
        changed = stamp != self.stamp
        if changed:
            self.stamp, self.listing = stamp, None
            self.templates.clear()
        if serving:
            self.listing = self.listing or ThemeListing(root)
            faster_rebuilds(config, self.templates, self.listing)
        return changed
