"""The `timeline` plugin block's settings: the table of options, and their validation, one for the command line
and the plugin alike."""
from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from yaml.nodes import Node

from builder.config import PLUGIN, option_node, find_config, plugin_options, read_config
from builder.errors import Problem, TimelineError
from builder.textio import display_path


@dataclass(frozen=True)
class Option:
    """One setting of the `timeline` plugin block: its name, kind, default and what it means."""

    name: str
    kind: str          # folder | file | mapping | count | flag
    default: Any
    doc: str
    least: int = 0     # for counts: the smallest value that makes sense


OPTIONS: tuple[Option, ...] = (
    Option("timeline_dir", "folder", "timeline", "Folder of entry files (and articles/), relative to mkdocs.yml."),
    Option("seeds_dir", "folder", "seeds", "Folder of seed articles `extract` reads, relative to mkdocs.yml."),
    Option("categories_file", "file", None, "A YAML file of category overrides {key: {label, icon, colour}}."),
    Option("categories", "mapping", None, "Category overrides or additions, applied after categories_file."),
    Option("per_page", "count", 60, "Most entries on one timeline page; above it, a page per month (a busy month on "
           "several pages, cut between days).", 1),
    Option("feed_limit", "count", 50, "Number of newest entries in feed.json.", 0),
    Option("search", "flag", True, "Search the entries (a Pagefind index in site/pagefind/, a search box and "
           "search page); false leaves search to the theme."),
)
OPTION_NAMES = tuple(o.name for o in OPTIONS)
LANGUAGE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")     # 'en', 'pt-BR': anything else is 'en'


@dataclass(frozen=True)
class Settings:
    """What the project is made of and how it is shown: the plugin block's options, and the site's own."""

    root: Path                                   # the folder of mkdocs.yml: every path is relative to it
    config_file: Path | None = None
    timeline_dir: str = "timeline"
    seeds_dir: str = "seeds"
    categories_file: str | None = None
    categories: Mapping | None = None
    per_page: int = 60
    feed_limit: int = 50
    search: bool = True
    site_name: str = "Timeline"                  # the story's title: mkdocs.yml's site_name
    site_description: str = ""                   # the story's one-line description: mkdocs.yml's site_description
    site_url: str | None = None
    directory_urls: bool = True
    language: str = "en"                         # theme.language: the search index's stemming, the stubs' lang

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
    elif option.kind == "flag" and not isinstance(value, bool):
        return f"expected true or false, got {value!r}"
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
        at = option_node(node, str(name))
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
    theme = site.get("theme")
    language = theme.get("language") if isinstance(theme, Mapping) else None
    return Settings(root, config_file, **values, site_name=str(site.get("site_name") or "Timeline"),
                    site_description=str(site.get("site_description") or ""),
                    site_url=str(site["site_url"]) if site.get("site_url") else None,
                    directory_urls=site.get("use_directory_urls", True) is not False,
                    language=language if isinstance(language, str) and LANGUAGE.match(language) else "en")


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
