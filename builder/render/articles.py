"""Source article pages: the article's text with every sentence anchored and linked to its entries."""
from __future__ import annotations

from itertools import groupby

from builder.render.context import Site
from builder.render.dates import short_date, time_element
from builder.render.escape import text, web_url
from builder.render.indexes import heading, plural
from builder.render.links import rel
from builder.render.sources import ArticleText, anchor, article_page_path, article_title

META_LABELS = (("source", "Source"), ("credit", "Credit"), ("license", "Licence"))


def meta_line(art: ArticleText) -> str:
    """Published day, outlet, credit, licence and the original address (http(s) only)."""
    published = art.article.published.isoformat()
    parts = [f"Published {time_element(published, shown=short_date(published))}"]
    for key, label in META_LABELS:
        value = art.article.meta.get(key)
        if value:
            parts.append(f"{label}: {text(str(value))}")
    url = web_url(str(art.article.meta.get("url") or ""))
    if url:
        parts.append(f'<a href="{url}" rel="nofollow noopener">Original article</a>')
    return " · ".join(parts)


def entry_numbers(site: Site, name: str) -> dict[str, int]:
    """Entries citing this article, numbered in timeline order (the numbers the sentences show)."""
    cited = [e.id for e in site.entries if any(r.article == name and r.sentences for r in site.provenance.refs[e.id])]
    return {entry_id: n for n, entry_id in enumerate(cited, 1)}


def sentence_html(site: Site, page: str, art: ArticleText, index: int, numbers: dict[str, int]) -> str:
    sentence = art.sentences[index]
    ids = site.provenance.backrefs.get((art.article.name, index), [])
    classes = "tl-sentence tl-sourced" if ids else "tl-sentence"
    refs = "".join(f'<sup class="tl-ref">[<span class="tl-sr">entry </span>{numbers[i]}]'
                   f"({site.entry_link(page, i)})</sup>" for i in ids)
    return f'<span class="{classes}" id="{anchor(index)}">{text(sentence.text)}</span>{refs}'


def article_page(site: Site, art: ArticleText) -> str:
    name = art.article.name
    page = article_page_path(name)
    numbers = entry_numbers(site, name)
    out = [heading(article_title(art)), "",
           f'<p class="tl-article-meta" markdown="1">{meta_line(art)}</p>', "",
           "Every sentence has its own anchor. Sentences with a dotted underline are the ones timeline entries were built "
           "from; the numbers after them link to those entries.", "",
           '<div class="tl-article" markdown="block">', ""]
    for _, group in groupby(art.sentences, key=lambda s: s.paragraph):
        out += [" ".join(sentence_html(site, page, art, s.index, numbers) for s in group), ""]
    out += ["</div>", "", "## Entries built from this article", ""]
    by_id = {e.id: e for e in site.entries}
    for entry_id, n in numbers.items():
        entry = by_id[entry_id]
        cited = sorted({i for r in site.provenance.refs[entry_id] if r.article == name for i in r.sentences})
        targets = ", ".join(f"[{i + 1}](#{anchor(i)})" for i in cited)
        out.append(f"{n}. [{text(entry.title)}]({site.entry_link(page, entry_id)}): "
                   f"{'sentence' if len(cited) == 1 else 'sentences'} {targets}")
    if not numbers:
        out.append("None yet.")
    return "\n".join(out) + "\n"


def sources_index(site: Site) -> str:
    out = [heading("Sources"), "", "The articles the timeline is built from, with every sentence anchored.", ""]
    for name, art in site.provenance.articles.items():
        count = len(entry_numbers(site, name))
        out.append(f"- [{text(article_title(art))}]({rel('sources/index.md', article_page_path(name))}), "
                   f"{text(short_date(art.article.published.isoformat()))} ({plural(count, 'entry', 'entries')})")
    if not site.provenance.articles:
        out.append("None yet.")
    return "\n".join(out) + "\n"


def render_articles(site: Site) -> dict[str, str]:
    pages = {article_page_path(name): article_page(site, art) for name, art in site.provenance.articles.items()}
    pages["sources/index.md"] = sources_index(site)
    return pages
