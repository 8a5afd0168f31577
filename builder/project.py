"""One project: its settings (from mkdocs.yml's `timeline` plugin block), its timeline and its article records,
loaded and validated once, for the command line (`check`, `render`) and the MkDocs plugin alike, so that `check`
and a build can never disagree about what is valid."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from builder.config import PLUGIN, construct
from builder.errors import Problem, TimelineError
from builder.icons import icon_folders, icon_svg
from builder.loader import EntryCache, load_timeline, parse_yaml
from builder.model import Entry, SourceArticle
from builder.records import RecordCache, load_records
from builder.render import Options, Rendered, render_site
from builder.render.categories import CategoryStyle, merge_styles
from builder.render.references import check_references
from builder.render.sources import provenance
from builder.settings import Settings
from builder.story.names import Names, names_path
from builder.storytitle import foreign_title
from builder.textio import display_path, read_text


def load_styles(settings: Settings) -> tuple[dict[str, CategoryStyle], list[Problem]]:
    """Default categories, then the categories file, then inline `categories:`; every problem at once."""
    styles, _ = merge_styles(None)
    problems: list[Problem] = []
    config = display_path(settings.config_file) if settings.config_file else "mkdocs.yml"
    if settings.categories_file:
        path = settings.root / settings.categories_file
        shown = display_path(path)
        try:
            loaded = construct(parse_yaml(read_text(path), shown), shown)
        except TimelineError as err:
            problems += err.problems
        else:
            styles, found = merge_styles(loaded, "", styles)
            problems += [Problem(shown, message=m.removeprefix(": ")) for m in found]
    if settings.categories:
        styles, found = merge_styles(dict(settings.categories), "", styles)
        problems += [Problem(config, field=f"plugins.{PLUGIN}.categories", message=m.removeprefix(": "))
                     for m in found]
    return styles, problems


def unknown_articles(names: Names, articles: set[str], shown: str) -> list[Problem]:
    """An alias limited to an article the timeline does not have would apply nowhere: said, not skipped."""
    return [Problem(shown, alias.line, 0, f"{alias.where}.articles", f"expected the name of an article of the "
                    f"timeline (timeline/articles/NAME.yml), got {article!r}; fix the name, or delete it")
            for item in names.items for alias in item.aliases for article in alias.articles if article not in articles]


# --- the project -------------------------------------------------------------------------------------------

@dataclass
class Loaded:
    """A project's timeline as one build sees it: what to render, what stops a build, what fails a strict one."""

    entries: list[Entry]
    articles: dict[str, SourceArticle]
    styles: dict[str, CategoryStyle]
    icons: dict[str, str]
    errors: list[Problem] = field(default_factory=list)       # invalid input: nothing is built
    warnings: list[Problem] = field(default_factory=list)     # references, icons, another story's title: `--strict`
    stale: bool = False       # under serve, with errors: the last valid timeline, to show while they are fixed
    names: Names | None = None                                # the editors' names file (names.yml), as read

    @property
    def problems(self) -> list[Problem]:
        return sorted(self.errors + self.warnings)


@dataclass
class Project:
    """The settings; under `mkdocs serve`, what lets a rebuild re-read only the files an edit changed, and the
    last valid timeline (shown, with the problems, while an edit is broken)."""

    settings: Settings
    serving: bool = False
    entry_cache: EntryCache | None = None
    record_cache: RecordCache | None = None
    last_good: Loaded | None = None

    def __post_init__(self) -> None:
        if self.serving and self.entry_cache is None:
            self.entry_cache, self.record_cache = {}, {}

    def reconfigured(self, settings: Settings) -> Project:
        """The same project under new settings (mkdocs.yml changed), keeping what was parsed."""
        return replace(self, settings=settings)

    def load(self, timeline: Path | None = None) -> Loaded:
        """Every entry and article record, validated, with the category styles; nothing raised: `Loaded` says
        what is wrong."""
        folder = timeline or self.settings.timeline
        styles, errors = load_styles(self.settings)
        entries: list[Entry] = []
        try:
            entries = load_timeline(folder, tuple(styles), self.entry_cache)
        except TimelineError as err:
            errors += err.problems
        articles, found = load_records(folder, self.record_cache) if folder.is_dir() else ({}, [])
        names = None
        try:
            names = Names.load(folder)
        except TimelineError as err:
            found += err.problems
        loaded = Loaded(entries, articles, styles, {}, errors + found, names=names)
        if names is not None and folder.is_dir():
            loaded.warnings += unknown_articles(names, set(articles), display_path(names_path(folder)))
        for style in styles.values():
            svg = icon_svg(style.icon)
            if svg is not None:
                loaded.icons[style.icon] = svg
            elif icon_folders():            # an icon set is installed and this icon is not in it
                loaded.warnings.append(Problem(display_path(self.settings.config_file or Path("mkdocs.yml")),
                                               field=f"categories: {style.key}.icon",
                                               message=f"expected a Material icon, got {style.icon!r}"))
        if not loaded.errors:
            loaded.warnings += foreign_title(self.settings.site_name, self.settings.site_description, entries,
                                             list(articles.values()), self.settings.config_file)
        if self.serving and not loaded.errors:
            self.last_good = loaded
        elif self.serving and self.last_good is not None:
            good = self.last_good
            return Loaded(good.entries, good.articles, good.styles, good.icons, loaded.errors, good.warnings, True,
                          good.names)
        return loaded

    def check(self, timeline: Path | None = None) -> Loaded:
        """`load`, and the checks a build makes while rendering (sources naming missing articles, text not in
        its article): what `check` reports is what a strict build fails on."""
        loaded = self.load(timeline)
        if not loaded.errors:
            loaded.warnings += check_references(loaded.entries,
                                                provenance(loaded.entries, list(loaded.articles.values())))
        return loaded

    def options(self, icons: Mapping[str, str], raw_links: str = "url") -> Options:
        s = self.settings
        return Options(site_name=s.site_name, site_description=s.site_description, site_url=s.site_url,
                       directory_urls=s.directory_urls, per_page=s.per_page, feed_limit=s.feed_limit,
                       icons=dict(icons), language=s.language, search=s.search, raw_links=raw_links)

    def render(self, loaded: Loaded, portable: bool = False, raw_links: str = "url") -> Rendered:
        """The site; `raw_links` as the engine that builds it reads links in raw HTML (Options.raw_links)."""
        return render_site(loaded.entries, list(loaded.articles.values()), loaded.styles,
                           self.options(loaded.icons, raw_links), portable=portable,
                           names=loaded.names if loaded.names and loaded.names.items else None)
