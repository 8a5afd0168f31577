"""The MkDocs plugin: hands the project's rendered pages to MkDocs (builder.project loads and checks, builder.render
writes, builder.site_extras adds the stubs and the search index). What stays here is MkDocs' business: raw HTML
pages go in as HTML with their tables of contents; `serve --dirty` skips unchanged pages; under `serve` a broken
entry is a banner over the last valid pages (a failed rebuild leaves the browser waiting for ever)."""
from __future__ import annotations

import html
import os
import re
from pathlib import Path

from markupsafe import Markup
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.toc import get_toc

from builder.errors import TimelineError
from builder.preview import Rebuilds, watch_natively
from builder.project import Project
from builder.render import EXTENSIONS, THEME_SEARCH, scripts, stylesheets
from builder.render.raw import problems_banner, split_page
from builder.search_index import SearchIndexError
from builder.settings import OPTION_NAMES, plugin_settings
from builder.site_extras import SiteExtras

log, ANCHOR = get_plugin_logger(__name__), re.compile(r' id="([^"]+)"')


class GeneratedFile(File):
    """`--dirty` rebuilds files whose is_modified() is true: for in-memory files, always, unless told."""

    same_as_before: bool = False

    def is_modified(self) -> bool:
        return not (self.same_as_before and os.path.isfile(self.abs_dest_path))


class TimelinePlugin(BasePlugin):
    """Adds the timeline's pages, rendered from timeline/ (entries and article records) at build time."""

    # Every option is checked by builder.settings, as for the command line: MkDocs passes them on as given.
    config_scheme = tuple((name, c.Optional(c.Type(object))) for name in OPTION_NAMES)

    def __init__(self) -> None:
        super().__init__()
        self.on_shutdown()

    def on_startup(self, *, command, dirty) -> None:
        """Defining on_startup makes MkDocs keep this instance across `serve` rebuilds, and with it the project."""
        self.serving, self.dirty = command == "serve", dirty

    def on_shutdown(self) -> None:
        if getattr(self, "extras", None) is not None:
            self.extras.close()
        self.serving, self.dirty, self.project, self.banner = False, False, None, ""
        self.previous: dict[str, str] = {}            # generated files of the last finished build (--dirty)
        self.pending, self.bodies, self.raw = {}, {}, {}   # this build's files, raw bodies and their contents
        self.extras: SiteExtras | None = None         # stubs and search index, kept across serve's rebuilds
        self.rebuilds = Rebuilds()                    # templates and theme listing kept across serve's rebuilds

    def on_config(self, config):
        options = {name: self.config[name] for name in OPTION_NAMES if self.config[name] is not None}
        try:
            settings = plugin_settings(options, Path(config.config_file_path), config)
        except TimelineError as err:
            raise PluginError(f"invalid timeline settings:\n{err}") from None
        self.project = self.project.reconfigured(settings) if self.project else Project(settings, self.serving)
        if self.rebuilds.configure(config, settings.root, self.serving):
            self.previous = {}            # a changed mkdocs.yml changes every page around the same content
        config.markdown_extensions.extend(n for n in EXTENSIONS if n not in config.markdown_extensions)
        config.extra_css.extend(p for p in stylesheets(settings.search) if p not in config.extra_css)
        for script in scripts(settings.search):
            config.extra_javascript += [script] * (script not in map(str, config.extra_javascript))
        # Themes print the title and description into HTML unescaped (Material: <title>, the header, the description
        # meta), so `</title><script>` in mkdocs.yml would run; as Markup they are text, and `| e` leaves them alone.
        for key in ("site_name", "site_description"):
            if isinstance(config[key], str) and not isinstance(config[key], Markup):
                config[key] = Markup(html.escape(config[key], quote=True))
        if settings.search and any(name in config.plugins for name in THEME_SEARCH):
            log.warning("the theme's search plugin is on as well as the timeline's search: remove '- search' from "
                        "plugins in mkdocs.yml (or set the timeline's 'search: false' to keep the theme's)")
        return config

    def on_files(self, files: Files, *, config) -> Files:
        loaded = self.project.load()
        if loaded.errors and not loaded.stale:
            raise PluginError("invalid timeline:\n" + "\n".join(str(p) for p in sorted(loaded.errors)))
        for problem in loaded.errors:
            log.error(str(problem))
        self.banner, rendered = problems_banner(loaded.errors), self.project.render(loaded)
        settings, ours = self.project.settings, lambda uri: files.get_file_from_path(uri) is None  # hand-written wins
        self.extras = self.extras or SiteExtras(self.serving, log.warning)
        self.extras.begin({uri: stub for uri, stub in rendered.stubs.items() if ours(uri)},
                          rendered.search if settings.search else None, Path(config.site_dir), settings.language)
        for problem in loaded.warnings + rendered.problems:
            log.warning(str(problem))                      # fails `mkdocs build --strict`
        pending = {uri: content for uri, content in {**rendered.pages, **rendered.files}.items() if ours(uri)}
        self.raw, self.bodies = {uri: toc for uri, toc in rendered.raw.items() if uri in pending}, {}
        del rendered          # from here each page is held once (a 10,000-entry timeline: ~100 MB of pages)
        # A page added or removed can change every page around it (an automatic nav lists them all).
        same_pages = self.dirty and pending.keys() == self.previous.keys() and not self.banner
        for uri in list(pending):
            content = pending[uri] if self.dirty else pending.pop(uri)     # only `--dirty` compares them later
            file_content = content
            if uri in self.raw:       # MkDocs reads the front matter; the HTML waits here for on_page_content
                file_content, self.bodies[uri] = split_page(content)
            file = GeneratedFile.generated(config, uri, content=file_content)
            file.same_as_before = same_pages and self.previous.get(uri) == content
            files.append(file)
        self.pending = pending
        return files

    def on_page_content(self, html, *, page, config, files):
        body = self.bodies.pop(page.file.src_uri, None)
        if body is not None:          # what MkDocs would have read from it: contents, anchors other pages link to
            page.toc = get_toc(self.raw[page.file.src_uri])
            page.present_anchor_ids = set(ANCHOR.findall(body))
            html = body
        return self.banner + html

    def on_post_build(self, *, config) -> None:
        self.previous = self.pending if self.dirty and not self.banner else {}
        self.pending, self.bodies = {}, {}
        try:
            self.extras.finish(Path(config.site_dir), self.dirty and not self.banner, self.project.settings.search)
        except SearchIndexError as err:
            raise PluginError(f"search index: {err}") from None

    def on_build_error(self, *, error) -> None:
        self.previous = {}                            # a failed build may have written some: all again next time
        if self.extras is not None:
            self.extras.failed()

    def on_serve(self, server, *, config, builder):
        for path in self.project.settings.watched:
            server.watch(str(path))
        if not watch_natively(server):
            log.info("watching for changes by polling every 0.5 s (MkDocs' default)")
        return server

