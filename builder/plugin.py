"""The MkDocs plugin: a thin adapter that loads timeline/ and hands the rendered pages to MkDocs."""
from __future__ import annotations

from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files

from builder.errors import TimelineError
from builder.loader import load_timeline
from builder.render import render_pages

log = get_plugin_logger(__name__)


class TimelineConfig(base.Config):
    timeline_dir = c.Type(str, default="timeline")
    """Folder of entry files, relative to mkdocs.yml."""
    seeds_dir = c.Type(str, default="seeds")
    """Folder of seed articles, relative to mkdocs.yml."""


class TimelinePlugin(BasePlugin[TimelineConfig]):
    """Adds the timeline pages, generated from timeline/*.yml at build time."""

    def _folder(self, config, name: str) -> Path:
        return Path(config.config_file_path).parent / name

    def on_files(self, files: Files, *, config) -> Files:
        try:
            entries = load_timeline(self._folder(config, self.config.timeline_dir))
        except TimelineError as err:
            raise PluginError("invalid timeline entries:\n" + str(err)) from None
        for uri, markdown in render_pages(entries).items():
            if files.get_file_from_path(uri) is not None:
                continue                                  # a hand-written page at the same path wins
            files.append(File.generated(config, uri, content=markdown))
        return files

    def on_serve(self, server, *, config, builder):
        for name in (self.config.timeline_dir, self.config.seeds_dir):
            folder = self._folder(config, name)
            if folder.is_dir():
                server.watch(str(folder))
        return server
