"""Entries -> Markdown pages. Plain Python: nothing here imports MkDocs."""
from __future__ import annotations

from builder.model import Entry
from builder.render.timeline import timeline_page

__all__ = ["render_pages"]


def render_pages(entries: list[Entry]) -> dict[str, str]:
    """Every generated page, as {path inside docs/: Markdown}."""
    return {"timeline.md": timeline_page(entries)}
