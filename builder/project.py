"""One project: its settings (from mkdocs.yml's `timeline` plugin block), its timeline and its article records,
loaded and validated once, for the command line (`check`, `render`) and the MkDocs plugin alike, so that `check`
and a build can never disagree about what is valid."""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from builder.errors import Problem, TimelineError
from builder.icons import icon_folders, icon_svg
from builder.loader import EntryCache, load_timeline, parse_yaml
from builder.model import Entry, SourceArticle
from builder.records import RecordCache, load_records
from builder.render import Options, Rendered, render_site
from builder.render.categories import CategoryStyle, merge_styles
from builder.render.references import check_references
from builder.render.sources import provenance
from builder.textio import display_path, read_text

CONFIG_FILES = ("mkdocs.yml", "mkdocs.yaml")
PLUGIN = "timeline"


@dataclass(frozen=True)
class Option:
    """One setting of the `timeline` plugin block: its name, kind, default and what it means."""

    name: str
    kind: str          # folder | file | mapping | count
    default: Any
    doc: str
    least: int = 0     # for counts: the smallest value that makes sense


OPTIONS: tuple[Option, ...] = (
    Option("timeline_dir", "folder", "timeline", "Folder of entry files (and articles/), relative to mkdocs.yml."),
    Option("seeds_dir", "folder", "seeds", "Folder of seed articles `extract` reads, relative to mkdocs.yml."),
    Option("categories_file", "file", None, "A YAML file of category overrides {key: {label, icon, colour}}."),
    Option("categories", "mapping", None, "Category overrides or additions, applied after categories_file."),
    Option("per_page", "count", 100, "Most entries on the single timeline page; above it, one page per month.", 1),
    Option("feed_limit", "count", 50, "Number of newest entries in feed.json.", 0),
)
OPTION_NAMES = tuple(o.name for o in OPTIONS)


@dataclass(frozen=True)
class Settings:
    """What the project is made of and how it is shown: the plugin block's options, and the site's own."""

    root: Path                                   # the folder of mkdocs.yml: every path is relative to it
    config_file: Path | None = None
    timeline_dir: str = "timeline"
    seeds_dir: str = "seeds"
    categories_file: str | None = None
    categories: Mapping | None = None
    per_page: int = 100
    feed_limit: int = 50
    site_name: str = "Timeline"
    site_url: str | None = None
    directory_urls: bool = True

    @property
    def timeline(self) -> Path:
        return self.root / self.timeline_dir

    @property
    def seeds(self) -> Path:
        return self.root / self.seeds_dir

    @property
    def watched(self) -> list[Path]:
        """What `mkdocs serve` rebuilds on: the timeline folder (entries and records) and the categories file."""
        paths = [self.timeline] + ([self.root / self.categories_file] if self.categories_file else [])
        return [p for p in paths if p.exists()]


# --- mkdocs.yml, read without running anything -------------------------------------------------------

@dataclass(frozen=True)
class Tagged:
    """A value under a tag safe loading does not know (`!!python/name:...`, `!ENV`): kept, never executed, so the
    configuration can be written back for another engine exactly as it was."""

    tag: str
    value: Any


class ConfigLoader(yaml.SafeLoader):
    """Safe loading of mkdocs.yml: unknown tags become Tagged values instead of errors or code."""


def _construct_tagged(loader: ConfigLoader, suffix: str, node: Node) -> Tagged:
    if isinstance(node, MappingNode):
        value: Any = loader.construct_mapping(node, deep=True)
    elif isinstance(node, SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_scalar(node)
    return Tagged(node.tag, value)


ConfigLoader.add_multi_constructor("", _construct_tagged)


def construct(node: Node | None) -> Any:
    """The data of a composed YAML document, with unknown tags kept as Tagged."""
    if node is None:
        return None
    loader = ConfigLoader("")
    try:
        return loader.construct_document(node)
    finally:
        loader.dispose()


def find_config(root: Path) -> Path | None:
    return next((root / name for name in CONFIG_FILES if (root / name).is_file()), None)


def read_config(path: Path) -> tuple[dict, Node | None]:
    """mkdocs.yml's data and its node tree (for line numbers); TimelineError with file:line:col otherwise."""
    shown = display_path(path)
    node = parse_yaml(read_text(path), shown)
    data = construct(node)
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        raise TimelineError(Problem(shown, node.start_mark.line + 1, node.start_mark.column + 1, "",
                                    "expected MkDocs settings ('name: value' lines), got something else"))
    return data, node


def plugin_options(data: dict) -> dict | None:
    """The `timeline` plugin's options from mkdocs.yml's data ({} when listed bare); None when it is not listed."""
    plugins = data.get("plugins")
    items = plugins.items() if isinstance(plugins, dict) else (
        (item, {}) if isinstance(item, str) else next(iter(item.items()), (None, None))
        for item in plugins if isinstance(item, (str, dict))) if isinstance(plugins, list) else ()
    for name, options in items:
        if name == PLUGIN:
            return options if isinstance(options, dict) else {}
    return None


def _option_node(root: Node | None, name: str) -> Node | None:
    """The node of one plugin option in mkdocs.yml, for its line and column (None when not found)."""
    def get(node, key):
        if isinstance(node, MappingNode):
            return next((v for k, v in node.value if isinstance(k, ScalarNode) and k.value == key), None)
        return None
    plugins = get(root, "plugins")
    block = get(plugins, PLUGIN)
    if isinstance(plugins, SequenceNode):
        block = next((get(item, PLUGIN) for item in plugins.value if get(item, PLUGIN) is not None), None)
    return get(block, name)


# --- the settings, validated once ------------------------------------------------------------------------

def _inside(root: Path, value: str) -> bool:
    """Whether a relative path stays inside the project folder (no absolute path, no way out with '..')."""
    if os.path.isabs(value):
        return False
    return os.path.normpath(os.path.join("x", value)).split(os.sep)[0] == "x"


def check_option(option: Option, value: Any, root: Path) -> str | None:
    """Why `value` is not a valid value for `option`, or None when it is."""
    if option.kind in ("folder", "file"):
        if not isinstance(value, str) or not value.strip():
            return f"expected a path relative to mkdocs.yml, got {value!r}"
        if not _inside(root, value.strip()):
            return f"expected a path inside the project folder, got {value!r}; give it relative to mkdocs.yml"
    elif option.kind == "mapping" and not isinstance(value, dict):
        return f"expected a mapping of category: {{label, icon, colour}}, got {value!r}"
    elif option.kind == "count" and (isinstance(value, bool) or not isinstance(value, int) or value < option.least):
        return (f"expected a whole number from {option.least}, got {value!r}; "
                f"write a number like {option.default}, or delete the line for {option.default}")
    return None


def settings_from(options: Mapping | None, root: Path, config_file: Path | None = None, site: Mapping | None = None,
                  node: Node | None = None) -> Settings:
    """Settings from the plugin block's options; TimelineError naming every bad option (unknown ones too)."""
    shown = display_path(config_file) if config_file else "mkdocs.yml"
    problems = []
    values: dict[str, Any] = {}
    known = {o.name: o for o in OPTIONS}
    for name, value in (options or {}).items():
        at = _option_node(node, str(name))
        line, column = (at.start_mark.line + 1, at.start_mark.column + 1) if at is not None else (0, 0)
        where = f"plugins.{PLUGIN}.{name}"
        if name not in known:
            problems.append(Problem(shown, line, column, where, f"expected one of {', '.join(OPTION_NAMES)}, "
                                    "got an unknown option; fix the name or delete the line"))
        elif value is not None:
            why = check_option(known[name], value, root)
            if why:
                problems.append(Problem(shown, line, column, where, why))
            else:
                values[name] = value.strip() if isinstance(value, str) else value
    if problems:
        raise TimelineError(problems)
    site = site or {}
    return Settings(root, config_file, **values, site_name=str(site.get("site_name") or "Timeline"),
                    site_url=str(site["site_url"]) if site.get("site_url") else None,
                    directory_urls=site.get("use_directory_urls", True) is not False)


def plugin_settings(options: Mapping, config_file: Path, site: Mapping) -> Settings:
    """The plugin's settings: its options as MkDocs read them, placed in mkdocs.yml for messages when it parses."""
    try:
        node = read_config(config_file)[1]
    except TimelineError:
        node = None                 # MkDocs read it (INHERIT, !ENV ...): messages then give no line
    return settings_from(options, config_file.parent, config_file, site, node)


def find_settings(root: Path) -> tuple[Settings, dict]:
    """The CLI's settings: from root/mkdocs.yml's `timeline` block when there is one, else the defaults; with
    mkdocs.yml's data ({} without one), for `render --out`."""
    config = find_config(root)
    if config is None:
        return Settings(root), {}
    data, node = read_config(config)
    return settings_from(plugin_options(data), root, config, data, node), data


# --- categories ---------------------------------------------------------------------------------------------

def load_styles(settings: Settings) -> tuple[dict[str, CategoryStyle], list[Problem]]:
    """Default categories, then the categories file, then inline `categories:`; every problem at once."""
    styles, _ = merge_styles(None)
    problems: list[Problem] = []
    config = display_path(settings.config_file) if settings.config_file else "mkdocs.yml"
    if settings.categories_file:
        path = settings.root / settings.categories_file
        shown = display_path(path)
        try:
            loaded = construct(parse_yaml(read_text(path), shown))
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


# --- the project -------------------------------------------------------------------------------------------

@dataclass
class Loaded:
    """A project's timeline as one build sees it: what to render, what stops a build, what fails a strict one."""

    entries: list[Entry]
    articles: dict[str, SourceArticle]
    styles: dict[str, CategoryStyle]
    icons: dict[str, str]
    errors: list[Problem] = field(default_factory=list)       # invalid input: nothing is built
    warnings: list[Problem] = field(default_factory=list)     # references and icons: `--strict` and `check` fail
    stale: bool = False       # under serve, with errors: the last valid timeline, to show while they are fixed

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
        loaded = Loaded(entries, articles, styles, {}, errors + found)
        for style in styles.values():
            svg = icon_svg(style.icon)
            if svg is not None:
                loaded.icons[style.icon] = svg
            elif icon_folders():            # an icon set is installed and this icon is not in it
                loaded.warnings.append(Problem(display_path(self.settings.config_file or Path("mkdocs.yml")),
                                               field=f"categories: {style.key}.icon",
                                               message=f"expected a Material icon, got {style.icon!r}"))
        if self.serving and not loaded.errors:
            self.last_good = loaded
        elif self.serving and self.last_good is not None:
            good = self.last_good
            return Loaded(good.entries, good.articles, good.styles, good.icons, loaded.errors, good.warnings, True)
        return loaded

    def check(self, timeline: Path | None = None) -> Loaded:
        """`load`, and the checks a build makes while rendering (sources naming missing articles, text not in
        its article): what `check` reports is what a strict build fails on."""
        loaded = self.load(timeline)
        if not loaded.errors:
            loaded.warnings += check_references(loaded.entries,
                                                provenance(loaded.entries, list(loaded.articles.values())))
        return loaded

    def options(self, icons: Mapping[str, str]) -> Options:
        s = self.settings
        return Options(site_name=s.site_name, site_url=s.site_url, directory_urls=s.directory_urls,
                       per_page=s.per_page, feed_limit=s.feed_limit, icons=dict(icons))

    def render(self, loaded: Loaded, portable: bool = False) -> Rendered:
        return render_site(loaded.entries, list(loaded.articles.values()), loaded.styles, self.options(loaded.icons),
                           portable=portable)
