"""Text from articles and YAML files goes into pages as inert characters, never as markup.

Two contexts: Markdown (`text`: the home page), where Markdown's own syntax must be defused too, and the raw HTML
blocks that carry most of the timeline (`html_text`, `attribute`), which Markdown leaves alone, so HTML
escaping is all they need."""
from __future__ import annotations

import html
import json
import re
from urllib.parse import quote, urlsplit, urlunsplit

# Characters that Markdown, its extensions (attr_list, emoji, admonitions, md_in_html) or raw HTML could read as
# syntax anywhere in a line. Written as numeric character references, they display as themselves and mean nothing.
# Prose punctuation ('.', '-', '(', "'", '!') is left alone: it only means something at the start of a line
# (handled by LEADING) or next to a bracket (escaped here). Fewer references keep Markdown fast on big timelines.
MARKUP = {c: f"&#{ord(c)};" for c in "\\`*_{}[]<>&\"#:|~^=$%@"}
TABLE = str.maketrans(MARKUP)
# What would open a block at the start of a line: a list item ('- ', '+ ', '1. ', '1) '), a heading, a quote.
LEADING = re.compile(r"^(\d+)([.)])|^([-+])")


def text(value: str) -> str:
    """Inline text, safe inside a paragraph, a heading, a list item or an admonition title."""
    flat = " ".join(str(value).split())              # no line breaks: nothing can start a block mid-text
    escaped = flat.translate(TABLE)
    return LEADING.sub(lambda m: (m.group(1) or "") + f"&#{ord(m.group(2) or m.group(3))};", escaped, count=1)


def html_text(value: str) -> str:
    """Text inside a raw HTML block: one line, with <, > and & escaped (quotes are harmless outside attributes)."""
    return html.escape(" ".join(str(value).split()), quote=False)


def attribute(value: str) -> str:
    """A value for an HTML attribute written by the renderer."""
    return html.escape(" ".join(str(value).split()), quote=True)


def web_url(value: str | None) -> str | None:
    """An http(s) address made safe for an href, or None when it is anything else (javascript:, data:, ...)."""
    if not value:
        return None
    try:
        parts = urlsplit(str(value).strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(c.isspace() for c in value.strip()):
        return None
    # Re-quote every part so no quote, bracket or angle bracket survives into the attribute.
    safe = "/:@!$&'()*+,;=%-._~"
    cleaned = urlunsplit((parts.scheme.lower(), quote(parts.netloc, safe=":@[].-_~%"), quote(parts.path, safe=safe),
                          quote(parts.query, safe=safe + "?"), quote(parts.fragment, safe=safe + "?")))
    return html.escape(cleaned, quote=True)


def json_for_script(data) -> str:
    """JSON that can sit inside a <script> element: no '<', '>' or '&' can close it or open a comment."""
    dumped = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return dumped.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def front_matter_title(value: str) -> str:
    """A page title for YAML front matter. Material prints `page.meta.title` into <title> unescaped, so the
    value is HTML-escaped here, then quoted as a JSON string (which YAML reads as a double-quoted string)."""
    return json.dumps(html.escape(" ".join(str(value).split()), quote=True), ensure_ascii=False)
