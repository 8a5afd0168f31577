"""Every report behind an entry: "Reported by N sources", grouped by article (oldest first), each sentence linked.

N is the number of distinct sources (article or web address) among the entry's `sources`: two sentences of one
article are one source. Days are the articles' publication days (their records), never the build's."""
from __future__ import annotations

from dataclasses import dataclass, field

from builder.model import Entry
from builder.render.context import Site
from builder.render.dates import short_date, time_element
from builder.render.escape import html_text
from builder.render.sources import article_page_path, article_title
from builder.vocabulary import plural


@dataclass
class Report:
    """One source of an entry: an article (its sentences) or a web address."""

    article: str | None = None
    url: str | None = None            # escaped, safe for an href
    shown_url: str = ""
    sentences: list[int] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)    # source text not found in the article


def published(site: Site, article: str) -> str | None:
    """The publication day of an article with a record, YYYY-MM-DD."""
    art = site.provenance.articles.get(article)
    return art.article.published.isoformat() if art else None


def reports(site: Site, entry_id: str) -> list[Report]:
    """The entry's sources, one per article or address: articles with a record oldest first, then the rest."""
    found: dict[tuple[str, str], Report] = {}
    for ref in site.provenance.refs.get(entry_id, ()):
        if ref.article:
            report = found.setdefault(("article", ref.article), Report(article=ref.article))
            if ref.sentences:
                report.sentences += [i for i in ref.sentences if i not in report.sentences]
            else:
                report.unmatched.append(ref.text)
        elif ref.raw_url:
            found.setdefault(("url", ref.raw_url), Report(url=ref.url, shown_url=ref.raw_url))
    dated = [r for r in found.values() if r.article and published(site, r.article)]
    dated.sort(key=lambda r: (published(site, r.article or ""), r.article))
    return dated + [r for r in found.values() if r not in dated]


def first_reported(site: Site, entry: Entry) -> str | None:
    """The day an entry was first reported: its oldest article's publication day (None without one)."""
    days = [published(site, r.article) for r in reports(site, entry.id) if r.article]
    return min((d for d in days if d), default=None)


def report_html(site: Site, page: str, report: Report) -> str:
    if report.article is None:
        return (f'<a href="{report.url}" rel="nofollow noopener">{html_text(report.shown_url)}</a>' if report.url
                else html_text(report.shown_url))
    art = site.provenance.articles.get(report.article)
    if art is None:
        return f"<cite>{html_text(report.article)}</cite> (not among the timeline's articles)"
    day = art.article.published.isoformat()
    links = [f'<a href="{site.href(page, article_page_path(report.article), art.anchor(i))}">sentence '
             f"{art.number(i)}</a>" for i in sorted(report.sentences)]
    links += [f'<span class="tl-unmatched">{html_text(text)}</span> (not found in the article)'
              for text in report.unmatched]
    return (f"<cite>{html_text(article_title(art))}</cite> ({time_element(day, shown=short_date(day))}): "
            + ", ".join(links))


def reported_by(site: Site, page: str, entry: Entry) -> str:
    """'Reported by 2 sources: <cite>A</cite> (date): sentence 3, sentence 5; <cite>B</cite> ...', or ''."""
    found = reports(site, entry.id)
    if not found:
        return ""
    return (f'<span class="tl-reported">Reported by {plural(len(found), "source")}</span>: '
            + "; ".join(report_html(site, page, r) for r in found))
