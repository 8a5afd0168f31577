"""Read built HTML with a real parser, as a browser would, instead of matching strings."""
from __future__ import annotations

from html.parser import HTMLParser


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector


def visible_text(html: str) -> str:
    """The text a reader sees (scripts and styles left out), whitespace collapsed."""
    return " ".join(" ".join(parse(html).text).split())


def elements(html: str, tag: str | None = None) -> list[tuple[str, dict]]:
    return [(t, a) for t, a in parse(html).elements if tag is None or t == tag]


def pagefind_records(site) -> list[dict]:
    """The records of a built site's search index (site/pagefind/, every bundle): url, content, meta ..."""
    import gzip
    import json
    from pathlib import Path

    folder = Path(site) / "pagefind"
    records = []
    for bundle in json.loads((folder / "index.json").read_text(encoding="utf-8"))["bundles"]:
        for fragment in sorted((folder / bundle / "fragment").glob("*.pf_fragment")):
            data = gzip.decompress(fragment.read_bytes())
            assert data.startswith(b"pagefind_dcd"), fragment
            records.append(json.loads(data[len(b"pagefind_dcd"):]))
    return sorted(records, key=lambda r: r["url"])
