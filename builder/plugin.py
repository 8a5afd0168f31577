"""The MkDocs plugin: a thin adapter that loads timeline/ and seeds/ and hands the rendered site to MkDocs.

It also makes sure the Markdown extensions the home page uses are on (attr_list, md_in_html), adds the
timeline's stylesheet and script, hands MkDocs the raw HTML pages as HTML (with their tables of contents,
which Markdown cannot see in raw HTML), and, under `mkdocs serve`, keeps what it loaded and rendered so that
a rebuild after one edit reparses only that entry and, with `--dirty`, MkDocs rebuilds only the pages whose
content changed."""
from __future__ import annotations

import os
import re
from pathlib import Path

import yaml
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.toc import get_toc

from builder.article import load_article
from builder.errors import Problem, TimelineError
from builder.loader import EntryCache, load_timeline
from builder.render import ASSETS, CATEGORY_CSS, Options, render_site
from builder.render.categories import CategoryStyle, merge_styles

log = get_plugin_logger(__name__)

ANCHOR = re.compile(r' id="([^"]+)"')
NEEDED_EXTENSIONS = ("attr_list", "md_in_html")      # the other pages are raw HTML and need none


class TimelineConfig(base.Config):
    timeline_dir = c.Type(str, default="timeline")
    """Folder of entry files, relative to mkdocs.yml."""
    seeds_dir = c.Type(str, default="seeds")
    """Folder of seed articles, relative to mkdocs.yml."""
    categories = c.Optional(c.Type(dict))
    """Category overrides or additions: {key: {label, icon, colour}}; applied after categories_file."""
    categories_file = c.Optional(c.Type(str))
    """A YAML file of category overrides, relative to mkdocs.yml (same shape as `categories`)."""
    per_page = c.Type(int, default=100)
    """Most entries on the single timeline page; above it the timeline gets one page per month."""
    feed_limit = c.Type(int, default=50)
    """Number of newest entries in feed.json."""


def ensure_extensions(config) -> None:
    """Turn on the Markdown extensions the generated pages rely on, unless the site already configures them."""
    for name in NEEDED_EXTENSIONS:
        if name not in config.markdown_extensions:
            config.markdown_extensions.append(name)


def icon_svg(icon: str) -> str | None:
    """The SVG of the Material icon `material-bomb` (.icons/material/bomb.svg), or None if there is none."""
    import material

    icons = Path(material.__file__).parent / "templates" / ".icons"
    set_name, _, name = icon.partition("-")
    candidates = [icons / set_name / f"{name}.svg"] + [
        icons / set_name / sub / f"{name.removeprefix(sub + '-')}.svg"
        for sub in ("solid", "regular", "brands") if name.startswith(sub + "-")]
    found = next((path for path in candidates if path.is_file()), None)
    return found.read_text(encoding="utf-8").strip() if found else None


class GeneratedFile(File):
    """A generated page or data file that knows whether it is the same as in the previous build.

    MkDocs' `--dirty` rebuilds only files whose is_modified() is true, which for in-memory files is always;
    this lets an unchanged generated page be skipped like an unchanged file on disk."""

    same_as_before: bool = False

    def is_modified(self) -> bool:
        return not (self.same_as_before and os.path.isfile(self.abs_dest_path))


class TimelinePlugin(BasePlugin[TimelineConfig]):
    """Adds the timeline pages, generated from timeline/*.yml and seeds/ at build time."""

    styles: dict[str, CategoryStyle]

    def __init__(self) -> None:
        super().__init__()
        self._reset()

    def _reset(self) -> None:
        self.serving = False                    # under `mkdocs serve`: keep parsed entries between rebuilds
        self.dirty = False                      # `--dirty`: report unchanged generated files as unmodified
        self.entry_cache: EntryCache = {}
        self.previous: dict[str, str | bytes] = {}   # generated files of the last finished build
        self.pending: dict[str, str | bytes] = {}
        self.raw: dict[str, list[dict]] = {}         # raw HTML pages of this build -> their tables of contents
        self.bodies: dict[str, str] = {}             # their HTML, between on_page_markdown and on_page_content
        self.config_stamp: int | None = None         # mkdocs.yml's modification time at the last build
        self.icons: dict[str, str] = {}              # SVG of each category icon, for categories.css

    def on_startup(self, *, command, dirty) -> None:
        """Defining on_startup makes MkDocs keep this instance across `serve` rebuilds, and with it the caches."""
        self.serving, self.dirty = command == "serve", dirty

    def on_shutdown(self) -> None:
        """MkDocs keeps one instance per process once on_startup exists: leave nothing behind for the next site."""
        self._reset()

    def _folder(self, config, name: str) -> Path:
        return Path(config.config_file_path).parent / name

    def _load_styles(self, config) -> dict[str, CategoryStyle]:
        """Default categories, then the categories file, then inline `categories:`; every problem at once."""
        styles, problems = merge_styles(None)
        if self.config.categories_file:
            path = self._folder(config, self.config.categories_file)
            try:
                loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
            except (OSError, yaml.YAMLError) as err:
                raise PluginError(f"{self.config.categories_file}: cannot read categories: {err}") from None
            styles, problems = merge_styles(loaded, self.config.categories_file, styles)
        if self.config.categories:
            styles, more = merge_styles(self.config.categories, "plugins.timeline.categories", styles)
            problems += more
        if problems:
            raise PluginError("invalid category settings:\n" + "\n".join(problems))
        self.icons = {}
        for style in styles.values():
            svg = icon_svg(style.icon)
            if svg is None:
                log.warning(f"categories: {style.key}.icon: expected a Material icon, got {style.icon!r}")
            else:
                self.icons[style.icon] = svg
        return styles

    def on_config(self, config):
        # A changed mkdocs.yml (theme, nav, site name) changes every page around the same content: under
        # `serve --dirty`, rebuild every generated page once.
        stamp = os.stat(config.config_file_path).st_mtime_ns if config.config_file_path else None
        if stamp != self.config_stamp:
            self.previous, self.config_stamp = {}, stamp
        ensure_extensions(config)
        self.styles = self._load_styles(config)
        for path in (CATEGORY_CSS, ASSETS["timeline.css"]):
            if path not in config.extra_css:
                config.extra_css.append(path)
        if ASSETS["timeline.js"] not in [str(s) for s in config.extra_javascript]:
            config.extra_javascript.append(ASSETS["timeline.js"])
        return config

    def _load(self, config):
        problems: list[Problem] = []
        entries, articles = [], []
        try:
            entries = load_timeline(self._folder(config, self.config.timeline_dir), tuple(self.styles),
                                    self.entry_cache if self.serving else None)
        except TimelineError as err:
            problems += err.problems
        seeds = self._folder(config, self.config.seeds_dir)
        for path in sorted(seeds.glob("*.txt")) if seeds.is_dir() else []:
            try:
                articles.append(load_article(path))
            except TimelineError as err:
                problems += err.problems
        if problems:
            raise PluginError("invalid timeline entries:\n" + "\n".join(str(p) for p in sorted(problems)))
        return entries, articles

    def on_files(self, files: Files, *, config) -> Files:
        entries, articles = self._load(config)
        options = Options(site_name=config.site_name, site_url=config.site_url or None,
                          directory_urls=config.use_directory_urls, per_page=self.config.per_page,
                          feed_limit=self.config.feed_limit, icons=self.icons)
        rendered = render_site(entries, articles, self.styles, options)
        for problem in rendered.problems:
            log.warning(str(problem))                    # fails `mkdocs build --strict`
        self.pending, self.raw, self.bodies = {}, {}, {}
        generated = {uri: content for uri, content in {**rendered.pages, **rendered.files}.items()
                     if files.get_file_from_path(uri) is None}     # a hand-written page at the same path wins
        # A page added or removed can change every page around it (an automatic nav lists them all): under
        # `serve --dirty`, only a rebuild with the same set of generated pages may skip unchanged ones.
        same_pages = self.dirty and generated.keys() == self.previous.keys()
        for uri, content in generated.items():
            file = GeneratedFile.generated(config, uri, content=content)
            file.same_as_before = same_pages and self.previous.get(uri) == content
            files.append(file)
            self.pending[uri] = content
            if uri in rendered.raw:
                self.raw[uri] = rendered.raw[uri]
        return files

    def on_page_markdown(self, markdown, *, page, config, files):
        """A raw HTML page is its own HTML: Markdown would pass it through unchanged, after parsing it twice
        (Python-Markdown's block parser, MkDocs' anchor scan), the largest part of a big build. So Markdown
        gets nothing to do, and on_page_content hands MkDocs the body as the page's HTML."""
        if page.file.src_uri not in self.raw:
            return markdown
        self.bodies[page.file.src_uri] = markdown
        return ""

    def on_page_content(self, html, *, page, config, files):
        """Put a raw page's body back, with what MkDocs would have read from it: the table of contents, and the
        anchors other pages may link to (ids written by our renderer, always as id="...")."""
        body = self.bodies.pop(page.file.src_uri, None)
        if body is None:
            return html
        page.toc = get_toc(self.raw[page.file.src_uri])
        page.present_anchor_ids = set(ANCHOR.findall(body))
        return body

    def on_post_build(self, *, config) -> None:
        self.previous = self.pending if self.dirty else {}

    def on_build_error(self, *, error) -> None:
        """A failed build may have written some pages: compare the next one with nothing, so all are rebuilt."""
        self.previous = {}

    def on_serve(self, server, *, config, builder):
        watched = [self.config.timeline_dir, self.config.seeds_dir, self.config.categories_file]
        for name in filter(None, watched):
            path = self._folder(config, name)
            if path.exists():
                server.watch(str(path))
        return server
