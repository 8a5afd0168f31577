"""Text from articles and YAML never becomes markup in the built site.

Every injection string goes into every text field of an entry; one real `mkdocs build --strict` builds
them all; the HTML is read with a parser, as a browser would read it.
"""
from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from builder.dump import dump_entry
from builder.model import Entry, Quote, Source
from conftest import build_site, make_site, write_records
from htmltools import pagefind_records, visible_text

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    '"><script>alert(1)</script>',
    "' onmouseover='alert(1)",
    '<a href="javascript:alert(1)">link</a>',
    "[click](javascript:alert(1))",
    "![image](javascript:alert(1))",
    "<javascript:alert(1)>",
    "[ref][x]\n\n[x]: javascript:alert(1)",
    '{: onclick="alert(1)" }',
    "Title { #evil .cls onclick=alert(1) }",
    "# Heading one",
    "## Heading two ##",
    "**bold** __strong__ *em* _em_ `code` ~~strike~~",
    '!!! danger "Injected admonition"',
    "??? note",
    "{{ config.site_name }} {% if true %}jinja{% endif %} {# comment #}",
    "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#60;b&#62;",
    "<style>body{display:none}</style>",
    "<!-- hidden --> <iframe src=javascript:alert(1)></iframe>",
    '<div markdown="1">**inside html**</div>',
    "| a | b |\n|---|---|\n| c | d |",
    "> quoted\n- item\n1. item\n---",
    "\\*not emphasis\\* \\\\ backslashes",
    ":material-alert: :smile: $x$ ==mark== ^^ins^^ ++ctrl++",
    "it's \"quoted\" & <tagged> O'Neill's",
    "\u202eevil right-to-left override",
]


def entry_for(index: int, payload: str) -> Entry:
    """One entry whose every text field carries the payload."""
    return Entry(
        id=f"2022-03-{1 + index % 28:02d}-payload-{index}",
        date=f"2022-03-{1 + index % 28:02d}",
        category="statement",
        title=payload,
        summary=payload,
        time=payload,
        when=payload,
        quotes=(Quote(text=payload, speaker=payload, role=payload, via=payload),),
        people=(payload,),
        places=(payload,),
        organisations=(payload,),
        sources=(Source(text=payload, article="seed"),),
    )


class Collector(HTMLParser):
    """Every element with its attributes, and the text inside each <script>, <style> and <strong> element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[str] = []
        self.script_types: list[str] = []
        self.styles: list[str] = []
        self.strong: list[str] = []
        self._inside: str | None = None

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        if tag in ("script", "style", "strong"):
            self._inside = tag
            self._texts(tag).append("")
        if tag == "script":
            self.script_types.append(dict(attrs).get("type") or "text/javascript")

    def handle_endtag(self, tag):
        if tag == self._inside:
            self._inside = None

    def handle_data(self, data):
        if self._inside:
            self._texts(self._inside)[-1] += data

    def _texts(self, tag: str) -> list[str]:
        return {"script": self.scripts, "style": self.styles, "strong": self.strong}[tag]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("injection")
    config = make_site(folder)
    # The payloads are the seed article too, so its source page (every sentence anchored) is attacked as well.
    (folder / "seeds" / "seed.txt").write_text("\n\n".join(PAYLOADS) + "\n", encoding="utf-8")
    (folder / "seeds" / "seed.yml").write_text("title: Payloads\npublished: 2022-03-28\n", encoding="utf-8")
    write_records(folder)
    for index, payload in enumerate(PAYLOADS):
        entry = entry_for(index, payload)
        (folder / "timeline" / f"{entry.id}.yml").write_text(dump_entry(entry), encoding="utf-8")
    return build_site(config)


def pages(site: Path) -> dict[str, str]:
    return {str(p.relative_to(site)): p.read_text(encoding="utf-8") for p in sorted(site.rglob("*.html"))}


def parsed(html: str) -> Collector:
    collector = Collector()
    collector.feed(html)
    collector.close()
    return collector


DATA_SCRIPTS = ("application/ld+json", "application/json")


def test_no_script_comes_from_input(site):
    for name, html in pages(site).items():
        page = parsed(html)
        for script, kind in zip(page.scripts, page.script_types, strict=True):
            if kind in DATA_SCRIPTS:
                # JSON-LD carries the payloads as data: it must stay one JSON value the browser never runs.
                json.loads(script)
                assert "</" not in script and "<!--" not in script, name
            else:
                assert "alert" not in script, name
        for tag, attrs in parsed(html).elements:
            assert not (tag == "script" and "alert" in attrs.get("src", "")), name


def test_no_event_handler_attribute_comes_from_input(site):
    for name, html in pages(site).items():
        handlers = [(tag, key) for tag, attrs in parsed(html).elements for key in attrs if key.startswith("on")]
        assert handlers == [], f"{name}: {handlers}"


def test_no_javascript_url_anywhere(site):
    for name, html in pages(site).items():
        for tag, attrs in parsed(html).elements:
            for key in ("href", "src", "action", "formaction", "data", "xlink:href"):
                value = "".join(attrs.get(key, "").split()).lower()
                assert not value.startswith(("javascript:", "vbscript:", "data:text/html")), f"{name}: <{tag} {key}>"


def test_no_element_is_made_from_input(site):
    page = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    html = page[page.index("<article"):page.index("</article>")]          # the content, not the theme
    tags = [tag for tag, _ in parsed(html).elements]
    assert not any("display:none" in style for style in parsed(page).styles)
    assert set(parsed(html).strong) <= {"statement"}, "only the renderer's own bold category label"
    for forbidden in ("iframe", "em", "del", "code", "table", "blockquote", "hr", "mark"):   # the renderer makes none
        assert forbidden not in tags, forbidden
    assert tags.count("h1") == 1
    assert not any(tag == "img" for tag in tags)
    classes = [attrs.get("class", "") for _, attrs in parsed(html).elements]
    assert not any("danger" in c or "evil" in c or "cls" in c for c in classes)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_each_payload_reads_as_literal_text(site, payload):
    text = visible_text((site / "timeline" / "index.html").read_text(encoding="utf-8"))
    assert " ".join(payload.split()) in text


def test_the_search_index_holds_each_payload_as_the_text_it_is(site):
    """The index keeps what an entry says, verbatim, as plain text, and nothing else: the search box shows it with
    textContent and rebuilds Pagefind's excerpts from text and <mark> alone (tests/browser/test_search_box.py)."""
    records = {r["url"].split("#")[1]: r for r in pagefind_records(site)}
    assert len(records) == len(PAYLOADS)
    for index, payload in enumerate(PAYLOADS):
        entry = entry_for(index, payload)
        record = records[entry.id]
        flat = " ".join(payload.split())
        assert record["meta"]["title"] == entry.title and flat in record["content"]
        assert record["url"].startswith("timeline/") and set(record["meta"]) == {"title", "date", "category"}