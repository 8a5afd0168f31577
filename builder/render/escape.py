"""Text from articles and YAML files goes into Markdown as inert characters, never as markup."""
from __future__ import annotations

import html

# Characters that Markdown, its extensions (attr_list, emoji, admonitions) or Jinja could read as syntax.
# Written as numeric character references, they display as themselves and mean nothing.
MARKUP = {c: f"&#{ord(c)};" for c in "\\`*_{}[]()#+-.!|~^:=$%@"}
# HTML's own characters, replaced in the same single pass: escaping them first and then the '#' of
# the references it made showed every apostrophe as "&#x27;".
MARKUP.update({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})


def text(value: str) -> str:
    """Inline text, safe inside a paragraph, a heading, a list item or an admonition title."""
    flat = " ".join(str(value).split())              # no line breaks: nothing can start a block
    return "".join(MARKUP.get(c, c) for c in flat)


def attribute(value: str) -> str:
    """A value for an HTML attribute written by the renderer."""
    return html.escape(" ".join(str(value).split()), quote=True)
