"""The MkDocs plugin: a thin adapter that hands the project's rendered pages to MkDocs (builder.project loads and
checks everything, builder.render writes the pages; neither knows MkDocs).

What is MkDocs' own business stays here: the raw HTML pages go to MkDocs as HTML with their tables of contents
(Markdown would pass them through unchanged after parsing them twice); under `mkdocs serve --dirty`, unchanged
generated pages are marked so MkDocs skips them; under `serve`, a broken entry shows as a banner on the last
valid pages instead of a rebuild that fails, which MkDocs answers with a page that never loads."""
from __future__ import annotations

import html
import os
import re
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.toc import get_toc

from builder.errors import TimelineError
from builder.project import OPTION_NAMES, Project, plugin_settings
from builder.render import ASSETS, CATEGORY_CSS

log = get_plugin_logger(__name__)
ANCHOR = re.compile(r' id="([^"]+)"')
NEEDED_EXTENSIONS = ("attr_list", "md_in_html")      # the home page's; the other pages are raw HTML


class GeneratedFile(File):
    """A generated file that knows whether it is the same as in the previous build: MkDocs' `--dirty` rebuilds
    files whose is_modified() is true, which for in-memory files is always."""

    same_as_before: bool = False

    def is_modified(self) -> bool:
        return not (self.same_as_before and os.path.isfile(self.abs_dest_path))


class TimelinePlugin(BasePlugin):
    """Adds the timeline's pages, rendered from timeline/ (entries and article records) at build time."""

    # Every option is checked by builder.project, which the command line shares: MkDocs passes them on as given.
    config_scheme = tuple((name, c.Optional(c.Type(object))) for name in OPTION_NAMES)

    def __init__(self) -> None:
        super().__init__()
        self.on_shutdown()

    def on_startup(self, *, command, dirty) -> None:
        """Defining on_startup makes MkDocs keep this instance across `serve` rebuilds, and with it the project."""
        self.serving, self.dirty = command == "serve", dirty

    def on_shutdown(self) -> None:
        self.serving = self.dirty = False
        self.project: Project | None = None
        self.stamp: int | None = None                 # mkdocs.yml's modification time at the last build
        self.previous: dict[str, str] = {}            # generated files of the last finished build (--dirty)
        self.pending: dict[str, str] = {}
        self.raw: dict[str, list[dict]] = {}          # raw HTML pages of this build -> their tables of contents
        self.bodies: dict[str, str] = {}
        self.banner = ""                              # under serve: the problems of a broken timeline

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
        if ASSETS["timeline.js"] not in [str(s) for s in config.extra_javascript]:
            config.extra_javascript.append(ASSETS["timeline.js"])
        return config

    def on_files(self, files: Files, *, config) -> Files:
        loaded = self.project.load()
        if loaded.errors and not loaded.stale:
            raise PluginError("invalid timeline:\n" + "\n".join(str(p) for p in sorted(loaded.errors)))
        for problem in loaded.errors:
            log.error(str(problem))
        self.banner = banner(loaded.errors)
        rendered = self.project.render(loaded)
        for problem in loaded.warnings + rendered.problems:
            log.warning(str(problem))                      # fails `mkdocs build --strict`
        self.pending, self.raw, self.bodies = {}, {}, {}
        generated = {uri: content for uri, content in {**rendered.pages, **rendered.files}.items()
                     if files.get_file_from_path(uri) is None}     # a hand-written page at the same path wins
        # A page added or removed can change every page around it (an automatic nav lists them all).
        same_pages = self.dirty and generated.keys() == self.previous.keys() and not self.banner
        for uri, content in generated.items():
            file = GeneratedFile.generated(config, uri, content=content)
            file.same_as_before = same_pages and self.previous.get(uri) == content
            files.append(file)
            self.pending[uri] = content
            if uri in rendered.raw:
                self.raw[uri] = rendered.raw[uri]
        return files

    def on_page_markdown(self, markdown, *, page, config, files):
        """A raw HTML page is its own HTML: Markdown gets nothing to do, on_page_content puts the body back."""
        if page.file.src_uri not in self.raw:
            return markdown
        self.bodies[page.file.src_uri] = markdown
        return ""

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
        for path in filter(None, (self.project.settings.timeline, self.project.settings.categories_file
                                  and self.project.settings.root / self.project.settings.categories_file)):
            if path.exists():
                server.watch(str(path))
        return server


def banner(problems) -> str:
    """Under `mkdocs serve`: what is wrong, on top of every page (escaped), while the last valid pages show."""
    if not problems:
        return ""
    items = "".join(f"<li>{html.escape(str(p))}</li>" for p in sorted(problems))
    return (f'<div class="admonition failure" role="alert"><p class="admonition-title">The timeline has '
            f"{len(problems)} problem{'s' * (len(problems) != 1)}: these pages show its last valid version</p>"
            f"<ul>{items}</ul></div>\n")
