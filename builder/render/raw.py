"""Pages whose body is raw HTML: front matter, then HTML blocks only.

Markdown passes raw HTML blocks through unchanged, so such a page is valid Markdown for any site builder, and
the MkDocs plugin can hand its body to MkDocs as the page's HTML without running Markdown over it at all: on a
big timeline, three HTML parsers (Python-Markdown's, MkDocs' anchor scan, the search indexer) each read every
page, and skipping the first two is most of what keeps the build close to bare MkDocs (bench/RESULTS.md).
Markdown cannot see headings in raw HTML, so each page also carries its table of contents."""
from __future__ import annotations

import html
from dataclasses import dataclass, field

from builder.render.escape import front_matter_title, html_text


@dataclass(frozen=True)
class RawPage:
    """A generated page: front matter, a body of raw HTML blocks, and the body's table of contents."""

    title: str
    body: list[str]                       # HTML blocks, each complete (no block spans two items)
    toc: list[dict] = field(default_factory=list)   # Python-Markdown's toc_tokens shape: {level, id, name, children}
    searchable: bool = False              # listing pages repeat entry titles: search skips them (each entry once)

    @property
    def markdown(self) -> str:
        meta = f"title: {front_matter_title(self.title)}\n" + ("" if self.searchable else "search:\n  exclude: true\n")
        return f"---\n{meta}---\n\n" + "\n\n".join(self.body) + "\n"


def heading(level: int, title: str, anchor: str | None = None) -> str:
    """A heading as the toc extension writes it: with its id and a ¶ permalink (none for an h1 without id)."""
    if anchor is None:
        return f"<h{level}>{html_text(title)}</h{level}>"
    return (f'<h{level} id="{anchor}">{html_text(title)}<a class="headerlink" href="#{anchor}" '
            f'title="Permanent link">&para;</a></h{level}>')


def toc_token(level: int, anchor: str, title: str, children: list[dict] | None = None) -> dict:
    return {"level": level, "id": anchor, "name": html.escape(" ".join(title.split())), "children": children or []}


def section(title: str, anchor: str) -> tuple[str, dict]:
    """An <h2> and its table-of-contents token."""
    return heading(2, title, anchor), toc_token(2, anchor, title)


def html_list(items: list[str], tag: str = "ul") -> str:
    """A raw HTML list (one block, one item per line)."""
    return f"<{tag}>\n" + "\n".join(f"<li>{item}</li>" for item in items) + f"\n</{tag}>"
