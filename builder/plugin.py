"""The MkDocs plugin: hands the project's rendered pages to MkDocs (builder.project loads and checks, builder.render
writes). What stays here is MkDocs' business: raw HTML pages go in as HTML with their tables of contents;
`serve --dirty` skips unchanged pages; under `serve` a broken entry is a banner over the last valid pages (a
failed rebuild leaves the browser waiting for ever)."""
from __future__ import annotations

import os
import re
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.toc import get_toc

from builder.errors import TimelineError
from builder.project import Project
from builder.render import ASSETS, CATEGORY_CSS
from builder.render.raw import problems_banner
from builder.settings import OPTION_NAMES, plugin_settings

log, ANCHOR = get_plugin_logger(__name__), re.compile(r' id="([^"]+)"')
NEEDED_EXTENSIONS = ("attr_list", "md_in_html")      # the home page's; the other pages are raw HTML


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
        self.serving, self.dirty, self.project, self.stamp, self.banner = False, False, None, None, ""
        self.previous: dict[str, str] = {}            # generated files of the last finished build (--dirty)
        self.pending, self.bodies, self.raw = {}, {}, {}   # this build's files, raw bodies and their contents

    def on_config(self, config):
        options = {name: self.config[name] for name in OPTION_NAMES if self.config[name] is not None}
        try:
            settings = plugin_settings(options, Path(config.config_file_path), config)
        except TimelineError as err:
            raise PluginError(f"invalid timeline settings:\n{err}") from None
        self.project = self.project.reconfigured(settings) if self.project else Project(settings, self.serving)
        stamp = os.stat(config.config_file_path).st_mtime_ns
        if stamp != self.stamp:           # a changed mkdocs.yml changes every page around the same content
            self.previous, self.stamp = {}, stamp
        config.markdown_extensions.extend(n for n in NEEDED_EXTENSIONS if n not in config.markdown_extensions)
        config.extra_css.extend(p for p in (CATEGORY_CSS, ASSETS["timeline.css"]) if p not in config.extra_css)
        script = ASSETS["timeline.js"]
        config.extra_javascript += [script] * (script not in map(str, config.extra_javascript))
        return config

    def on_files(self, files: Files, *, config) -> Files:
        loaded = self.project.load()
        if loaded.errors and not loaded.stale:
            raise PluginError("invalid timeline:\n" + "\n".join(str(p) for p in sorted(loaded.errors)))
        for problem in loaded.errors:
            log.error(str(problem))
        self.banner, rendered = problems_banner(loaded.errors), self.project.render(loaded)
        for problem in loaded.warnings + rendered.problems:
            log.warning(str(problem))                      # fails `mkdocs build --strict`
        self.pending = {uri: content for uri, content in {**rendered.pages, **rendered.files}.items()
                        if files.get_file_from_path(uri) is None}     # a hand-written page at the same path wins
        self.raw, self.bodies = {uri: toc for uri, toc in rendered.raw.items() if uri in self.pending}, {}
        # A page added or removed can change every page around it (an automatic nav lists them all).
        same_pages = self.dirty and self.pending.keys() == self.previous.keys() and not self.banner
        for uri, content in self.pending.items():
            file = GeneratedFile.generated(config, uri, content=content)
            file.same_as_before = same_pages and self.previous.get(uri) == content
            files.append(file)
        return files

    def on_page_markdown(self, markdown, *, page, config, files):
        """A raw HTML page is its own HTML: Markdown gets nothing to do, on_page_content puts the body back."""
        if page.file.src_uri in self.raw:
            self.bodies[page.file.src_uri], markdown = markdown, ""
        return markdown

    def on_page_content(self, html, *, page, config, files):
        body = self.bodies.pop(page.file.src_uri, None)
        if body is not None:          # what MkDocs would have read from it: contents, anchors other pages link to
            page.toc = get_toc(self.raw[page.file.src_uri])
            page.present_anchor_ids = set(ANCHOR.findall(body))
            html = body
        return self.banner + html

    def on_post_build(self, *, config) -> None:
        self.previous = self.pending if self.dirty and not self.banner else {}

    def on_build_error(self, *, error) -> None:
        self.previous = {}            # a failed build may have written some pages: rebuild them all next time

    def on_serve(self, server, *, config, builder):
        for path in self.project.settings.watched:
            server.watch(str(path))
        return server

