"""Text from articles and YAML files goes into Markdown as inert characters, never as markup."""
from __future__ import annotations

import html
import json
from urllib.parse import quote, urlsplit, urlunsplit

# Characters that Markdown, its extensions (attr_list, emoji, admonitions) or Jinja could read as syntax.
# Written as numeric character references, they display as themselves and mean nothing.
MARKUP = {c: f"&#{ord(c)};" for c in "\\`*_{}[]()#+-.!|~^:=$%@<>&\"'"}


def text(value: str) -> str:
    """Inline text, safe inside a paragraph, a heading, a list item or an admonition title."""
    flat = " ".join(str(value).split())              # no line breaks: nothing can start a block
    return "".join(MARKUP.get(c, c) for c in flat)


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


def chars(value: str) -> str:
    """Like text() but keeps spaces at the ends: for pieces of a string escaped one at a time."""
    return "".join(MARKUP.get(c, c) for c in str(value).replace("\n", " "))


def front_matter_title(value: str) -> str:
    """A page title for YAML front matter. Material prints `page.meta.title` into <title> unescaped, so the
    value is HTML-escaped here, then quoted as a JSON string (which YAML reads as a double-quoted string)."""
    return json.dumps(html.escape(" ".join(str(value).split()), quote=True), ensure_ascii=False)
