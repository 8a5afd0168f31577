"""The MkDocs plugin: a thin adapter that loads timeline/ and seeds/ and hands the rendered site to MkDocs.

It also makes sure the Markdown extensions the pages use are on (admonition, attr_list, md_in_html and
pymdownx.emoji with Material's icons), and adds the timeline's stylesheet and script."""
from __future__ import annotations

from pathlib import Path

import yaml
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files

from builder.article import load_article
from builder.errors import Problem, TimelineError
from builder.loader import load_timeline
from builder.render import ASSETS, CATEGORY_CSS, Options, render_site
from builder.render.categories import CategoryStyle, merge_styles

log = get_plugin_logger(__name__)

NEEDED_EXTENSIONS = ("admonition", "attr_list", "md_in_html", "pymdownx.emoji")


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
    from material.extensions.emoji import to_svg, twemoji

    for name in NEEDED_EXTENSIONS:
        if name not in config.markdown_extensions:
            config.markdown_extensions.append(name)
    config.mdx_configs.setdefault("pymdownx.emoji", {"emoji_index": twemoji, "emoji_generator": to_svg})


def icon_exists(icon: str) -> bool:
    """Whether Material ships the icon `material-bomb` (as .icons/material/bomb.svg)."""
    import material

    icons = Path(material.__file__).parent / "templates" / ".icons"
    set_name, _, name = icon.partition("-")
    return (icons / set_name / f"{name}.svg").is_file() or any(
        (icons / set_name / sub / f"{name.removeprefix(sub + '-')}.svg").is_file()
        for sub in ("solid", "regular", "brands") if name.startswith(sub + "-"))


class TimelinePlugin(BasePlugin[TimelineConfig]):
    """Adds the timeline pages, generated from timeline/*.yml and seeds/ at build time."""

    styles: dict[str, CategoryStyle]

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
        for style in styles.values():
            if not icon_exists(style.icon):
                log.warning(f"categories: {style.key}.icon: expected a Material icon, got {style.icon!r}")
        return styles

    def on_config(self, config):
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
            entries = load_timeline(self._folder(config, self.config.timeline_dir), tuple(self.styles))
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
                          feed_limit=self.config.feed_limit)
        rendered = render_site(entries, articles, self.styles, options)
        for problem in rendered.problems:
            log.warning(str(problem))                    # fails `mkdocs build --strict`
        for uri, content in {**rendered.pages, **rendered.files}.items():
            if files.get_file_from_path(uri) is not None:
                continue                                  # a hand-written page at the same path wins
            files.append(File.generated(config, uri, content=content))
        return files

    def on_serve(self, server, *, config, builder):
        watched = [self.config.timeline_dir, self.config.seeds_dir, self.config.categories_file]
        for name in filter(None, watched):
            path = self._folder(config, name)
            if path.exists():
                server.watch(str(path))
        return server
