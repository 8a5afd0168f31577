"""A tiny DOM for tests: parse built HTML into a tree and query it by tag, id, class and attribute."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "path", "circle", "rect", "line", "polygon", "polyline", "ellipse", "use"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str | None]
    children: list = field(default_factory=list)     # Node or str
    parent: Node | None = field(default=None, repr=False)

    @property
    def classes(self) -> list[str]:
        return (self.attrs.get("class") or "").split()

    def iter(self):
        for child in self.children:
            if isinstance(child, Node):
                yield child
                yield from child.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None, **attrs) -> list[Node]:
        """Descendants matching a tag, a class, and attribute values (True: present)."""
        def matches(node: Node) -> bool:
            return ((tag is None or node.tag == tag) and (cls is None or cls in node.classes) and
                    all((k.replace("_", "-") in node.attrs) if v is True else node.attrs.get(k.replace("_", "-")) == v
                        for k, v in attrs.items()))
        return [n for n in self.iter() if matches(n)]

    def find(self, tag: str | None = None, cls: str | None = None, **attrs) -> Node | None:
        found = self.find_all(tag, cls, **attrs)
        return found[0] if found else None

    def by_id(self, value: str) -> Node | None:
        return self.find(id=value)

    def raw_text(self) -> str:
        return "".join(c if isinstance(c, str) else c.raw_text() for c in self.children)

    def text(self) -> str:
        """Visible text, whitespace collapsed (scripts and styles left out)."""
        parts = [c if isinstance(c, str) else (c.text() if c.tag not in ("script", "style") else "")
                 for c in self.children]
        return " ".join("".join(parts).split())

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs), parent=self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Node(tag, dict(attrs), parent=self.stack[-1]))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):       # close up to the matching open element
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def dom(html: str) -> Node:
    builder = _Builder()
    builder.feed(html)
    builder.close()
    return builder.root


def json_ld(root: Node) -> list[dict]:
    """Every JSON-LD document on a page, parsed (json.loads raises if one is not valid JSON)."""
    return [json.loads(s.raw_text()) for s in root.find_all("script", type="application/ld+json")]
