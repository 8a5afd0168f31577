"""schema.org JSON-LD: an Event per entry and a Quotation per quote, for search engines and other tools."""
from __future__ import annotations

from builder.model import Entry, Quote
from builder.render.context import Site


def entry_url(site: Site, entry: Entry) -> str:
    """The entry's address: its lasting address (e/<id>/, permalinks.py), absolute, when site_url is set; else a
    fragment relative to its own page."""
    if site.options.site_url:
        return site.options.site_url.rstrip("/") + "/" + site.stub_url(entry.id)
    return "#" + entry.id


def person(name: str, role: str | None = None) -> dict:
    data = {"@type": "Person", "name": name}
    if role:
        data["jobTitle"] = role
    return data


def quotation(quote: Quote, event_id: str, n: int) -> dict:
    """A Quotation spoken by (and credited to) its speaker, about the event."""
    speaker = person(quote.speaker, quote.role)
    own = f"{event_id}-quote-{n}" if event_id.startswith("#") else f"{event_id}#quote-{n}"
    data = {"@type": "Quotation", "@id": own, "text": quote.text,
            "spokenByCharacter": speaker, "creator": speaker, "about": {"@id": event_id}}
    if quote.via:
        data["citation"] = quote.via
    return data


def event(site: Site, entry: Entry) -> dict:
    """An Event: name, description, dates, places, people and organisations, and its source articles."""
    event_id = entry_url(site, entry)
    data: dict = {"@type": "Event", "@id": event_id, "url": event_id, "name": entry.title,
                  "description": entry.summary, "startDate": entry.date,
                  "keywords": site.style(entry.category).label}
    if entry.end_date:
        data["endDate"] = entry.end_date
    if entry.places:
        data["location"] = [{"@type": "Place", "name": p} for p in entry.places]
    about = [person(p) for p in entry.people] + [{"@type": "Organization", "name": o} for o in entry.organisations]
    if about:
        data["about"] = about
    articles = []
    for ref in site.provenance.refs.get(entry.id, ()):
        art = site.provenance.articles.get(ref.article or "")
        if art and not any(a.get("headline") == art.article.title for a in articles):
            articles.append({"@type": "NewsArticle", "headline": art.article.title or art.article.name,
                             "datePublished": art.article.published.isoformat()})
        elif ref.raw_url and ref.url:
            articles.append({"@type": "CreativeWork", "url": ref.raw_url})
    if articles:
        data["isBasedOn"] = articles
    return data


def entry_graph(site: Site, page: str, entries: list[Entry]) -> dict:
    """One JSON-LD document for a page: every entry's Event followed by its Quotations."""
    graph = []
    for entry in entries:
        graph.append(event(site, entry))
        graph += [quotation(q, entry_url(site, entry), n) for n, q in enumerate(entry.quotes, 1)]
    return {"@context": "https://schema.org", "@graph": graph}
