"""Source article pages: the article's text with every sentence anchored and linked to its entries.

Raw HTML pages (see raw.py): on a big timeline they hold thousands of sentences and links."""
from __future__ import annotations

from collections.abc import Iterator

from itertools import groupby

from builder.render.context import Site
from builder.render.dates import short_date, time_element
from builder.render.escape import html_text, web_url
from builder.render.raw import RawPage, heading, html_list, section
from builder.render.sources import ArticleText, article_page_path, article_title
from builder.vocabulary import plural

META_LABELS = (("source", "Source"), ("credit", "Credit"), ("license", "Licence"))


def meta_line(art: ArticleText) -> str:
    """Published day, outlet, credit, licence and the original address (http(s) only)."""
    published = art.article.published.isoformat()
    parts = [f"Published {time_element(published, shown=short_date(published))}"]
    for key, label in META_LABELS:
        value = art.article.meta.get(key)
        if value:
            parts.append(f"{label}: {html_text(str(value))}")
    url = web_url(str(art.article.meta.get("url") or ""))
    if url:
        parts.append(f'<a href="{url}" rel="nofollow noopener">Original article</a>')
    return " · ".join(parts)


def entry_numbers(site: Site) -> dict[str, dict[str, int]]:
    """For each article, the entries citing it, numbered in timeline order (the numbers its sentences show).
    One pass over the entries for all articles (per article, it would be articles × entries)."""
    numbers: dict[str, dict[str, int]] = {name: {} for name in site.provenance.articles}
    for entry in site.entries:
        for name in dict.fromkeys(r.article for r in site.provenance.refs[entry.id] if r.article and r.sentences):
            if name in numbers:
                numbers[name][entry.id] = len(numbers[name]) + 1
    return numbers


def sentence_html(site: Site, page: str, art: ArticleText, index: int, numbers: dict[str, int]) -> str:
    sentence = art.sentences[index]
    ids = site.provenance.backrefs.get((art.article.name, index), [])
    classes = "tl-sentence tl-sourced" if ids else "tl-sentence"
    refs = "".join(f'<sup class="tl-ref"><a href="{site.entry_href(page, i)}"><span class="tl-sr">entry </span>'
                   f"{numbers[i]}</a></sup>" for i in ids)
    return f'<span class="{classes}" id="{art.anchor(index)}">{html_text(sentence.text)}</span>{refs}'


def article_page(site: Site, art: ArticleText, numbers: dict[str, int]) -> RawPage:
    name = art.article.name
    page = article_page_path(name)
    paragraphs = ["<p>" + " ".join(sentence_html(site, page, art, s.index, numbers) for s in group) + "</p>"
                  for _, group in groupby(art.sentences, key=lambda s: s.paragraph)]
    by_id = {e.id: e for e in site.entries}
    items = []
    for entry_id in numbers:
        cited = sorted({i for r in site.provenance.refs[entry_id] if r.article == name for i in r.sentences})
        targets = ", ".join(f'<a href="#{art.anchor(i)}">{art.number(i)}</a>' for i in cited)
        items.append(f'<a href="{site.entry_href(page, entry_id)}">{html_text(by_id[entry_id].title)}</a>: '
                     f"{'sentence' if len(cited) == 1 else 'sentences'} {targets}")
    return RawPage(article_title(art), [
        heading(1, article_title(art)), f'<p class="tl-article-meta">{meta_line(art)}</p>',
        "<p>Every sentence has its own anchor. Sentences with a dotted underline are the ones timeline entries "
        "were built from; the numbers after them link to those entries.</p>",
        '<div class="tl-article">\n' + "\n".join(paragraphs) + "\n</div>",
        section("Entries built from this article", "entries-built-from-this-article"),
        html_list(items, "ol") if items else "<p>None yet.</p>"])


def sources_index(site: Site, numbers: dict[str, dict[str, int]]) -> RawPage:
    items = [f'<a href="{site.href("sources/index.md", article_page_path(name))}">{html_text(article_title(art))}</a>, '
             f"{html_text(short_date(art.article.published.isoformat()))} "
             f"({plural(len(numbers[name]), 'entry', 'entries')})" for name, art in site.provenance.articles.items()]
    return RawPage("Sources", [heading(1, "Sources"),
                               "<p>The articles the timeline is built from, with every sentence anchored.</p>",
                               html_list(items) if items else "<p>None yet.</p>"])


def render_articles(site: Site) -> Iterator[tuple[str, RawPage]]:
    """(path, page) of each source article's page, then of the list of sources."""
    numbers = entry_numbers(site)
    for name, art in site.provenance.articles.items():
        yield article_page_path(name), article_page(site, art, numbers[name])
    yield "sources/index.md", sources_index(site, numbers)
