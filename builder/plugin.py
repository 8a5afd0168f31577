"""The MkDocs plugin: hands the project's rendered pages to MkDocs (builder.project loads and checks, builder.render
writes) and writes the search index into the built site (builder.search_index). What stays here is MkDocs'
business: raw HTML pages go in as HTML with their tables of contents; `serve --dirty` skips unchanged pages; under
`serve` a broken entry is a banner over the last valid pages (a failed rebuild leaves the browser waiting for
ever), and the search index is written on a thread after the pages (search catches up a moment later)."""
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
from builder.preview import TemplateCache, ThemeListing, faster_rebuilds, watch_natively
from builder.project import Project
from builder.render import ASSETS, CATEGORY_CSS, SEARCH_ASSETS
from builder.render.raw import problems_banner, split_page
from builder.search_index import SEARCH_DIR, MANIFEST, IndexWorker
from builder.settings import OPTION_NAMES, plugin_settings

log, ANCHOR = get_plugin_logger(__name__), re.compile(r' id="([^"]+)"')
NEEDED_EXTENSIONS = ("attr_list", "md_in_html")      # the home page's; the other pages are raw HTML
THEME_SEARCH = ("search", "material/search")          # the theme's own search plugin, which ours replaces


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
        if getattr(self, "indexer", None) is not None:
            self.indexer.close(cancel=True)           # `serve` stopped: its site (a temporary folder) goes too
        self.serving, self.dirty, self.project, self.stamp, self.banner = False, False, None, None, ""
        self.previous: dict[str, str] = {}            # generated files of the last finished build (--dirty)
        self.pending, self.bodies, self.raw = {}, {}, {}   # this build's files, raw bodies and their contents
        self.stubs: dict[str, str] = {}               # this build's entry stubs, written after the build
        self.previous_stubs: dict[str, str] = {}      # the last build's (--dirty: only changed ones are written)
        self.records, self.indexed = [], None         # this build's search records; the last ones indexed (serve)
        self.indexer: IndexWorker | None = None
        self.templates, self.listing = TemplateCache(), None       # kept across serve's rebuilds (preview.py)

    def on_config(self, config):
        options = {name: self.config[name] for name in OPTION_NAMES if self.config[name] is not None}
        try:
            settings = plugin_settings(options, Path(config.config_file_path), config)
        except TimelineError as err:
            raise PluginError(f"invalid timeline settings:\n{err}") from None
        self.project = self.project.reconfigured(settings) if self.project else Project(settings, self.serving)
        stamp = os.stat(config.config_file_path).st_mtime_ns
        if stamp != self.stamp:           # a changed mkdocs.yml changes every page around the same content
            self.previous, self.stamp, self.listing = {}, stamp, None
            self.templates.clear()
        if self.serving:
            self.listing = self.listing or ThemeListing(settings.root)
            faster_rebuilds(config, self.templates, self.listing)
        config.markdown_extensions.extend(n for n in NEEDED_EXTENSIONS if n not in config.markdown_extensions)
        styles = [CATEGORY_CSS, ASSETS["timeline.css"]] + [SEARCH_ASSETS["search.css"]] * settings.search
        config.extra_css.extend(p for p in styles if p not in config.extra_css)
        for script in [ASSETS["timeline.js"]] + [SEARCH_ASSETS["search.js"]] * settings.search:
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
        self.records = rendered.search
        if self.project.settings.search and not self.serving:
            self.start_index(Path(config.site_dir))
        for problem in loaded.warnings + rendered.problems:
            log.warning(str(problem))                      # fails `mkdocs build --strict`
        ours = lambda uri: files.get_file_from_path(uri) is None        # a hand-written page at the same path wins
        pending = {uri: content for uri, content in {**rendered.pages, **rendered.files}.items() if ours(uri)}
        self.stubs = {uri: stub for uri, stub in rendered.stubs.items() if ours(uri)}
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
        self.write_stubs(Path(config.site_dir))
        if self.project.settings.search:
            self.write_index(Path(config.site_dir))

    def write_stubs(self, site_dir: Path) -> None:
        """The entries' stubs into site/e/ (under `--dirty`, only those that changed since the last build)."""
        for uri, stub in self.stubs.items():
            if self.previous_stubs.get(uri) != stub or not self.dirty:
                target = site_dir / uri
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(stub, encoding="utf-8")
        self.previous_stubs = self.stubs if self.dirty and not self.banner else {}
        self.stubs = {}

    def start_index(self, site_dir: Path) -> None:
        """A build: the index is written on a thread from now on, beside MkDocs writing the pages (site/ was
        cleaned before on_files; nothing of MkDocs' goes into site/pagefind/). on_post_build waits for it."""
        site_dir.mkdir(parents=True, exist_ok=True)
        self.index_errors: list[BaseException] = []
        self.indexer = IndexWorker(self.index_errors.append, background=False)
        self.indexer.submit(self.records, site_dir, self.project.settings.language)
        self.records = []

    def write_index(self, site_dir: Path) -> None:
        """The entries' search index into site/pagefind/: a build waits for what start_index began; under `serve`
        it is written on a thread after the pages, and only when the records changed (or a clean rebuild removed
        it)."""
        if not self.serving:
            self.indexer.wait()
            self.indexer.close()
            self.indexer = None
            for err in self.index_errors:
                raise PluginError(f"search index: {err}") from None
            return
        records, self.records = self.records, []
        if records == self.indexed and (site_dir / SEARCH_DIR / MANIFEST).is_file():
            return
        if self.indexer is None:
            self.indexer = IndexWorker(self.index_failed)
        self.indexer.submit(records, site_dir, self.project.settings.language)
        self.indexed = records

    def index_failed(self, err: BaseException) -> None:
        """Under `serve`: the index was not written, so the next rebuild writes it even if its records are the same."""
        self.indexed = None
        log.warning(f"search index not updated: {err}")

    def on_build_error(self, *, error) -> None:
        self.previous, self.previous_stubs = {}, {}   # a failed build may have written some: all again next time
        if self.indexer is not None and not self.serving:
            self.indexer.close(cancel=True)           # a failed build writes no index (nor waits for one)
            self.indexer = None

    def on_serve(self, server, *, config, builder):
        for path in self.project.settings.watched:
            server.watch(str(path))
        if not watch_natively(server):
            log.info("watching for changes by polling every 0.5 s (MkDocs' default)")
        return server

