"""Machine-readable exports: a JSON Feed of the newest entries and TimelineJS's JSON format."""
from __future__ import annotations

import html
import json

from builder.model import Entry
from builder.render.context import Site
from builder.render.dates import clock, iso_start, readable_date
from builder.render.jsonld import entry_url

JSON_FEED = "https://jsonfeed.org/version/1.1"


def dumps(data) -> str:
    """Stable JSON: sorted keys, fixed indentation, trailing newline."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def published(entry: Entry) -> str:
    """RFC 3339 for the entry's date (its first day, at its clock time when known); never the build time."""
    return f"{iso_start(entry.date)}T{clock(entry.time) or '00:00'}:00Z"


def feed_item(site: Site, entry: Entry) -> dict:
    item = {"id": entry.id, "title": entry.title, "content_text": entry.summary,
            "date_published": published(entry), "tags": [site.style(entry.category).label]}
    if site.options.site_url:
        item["url"] = entry_url(site, entry)
    authors = sorted({q.speaker for q in entry.quotes})
    if authors:
        item["authors"] = [{"name": a} for a in authors]
    return item


def json_feed(site: Site) -> str:
    """JSON Feed 1.1 of the newest entries, newest first."""
    newest = sorted(site.entries, key=lambda e: e.sort_key, reverse=True)[:site.options.feed_limit]
    feed = {"version": JSON_FEED, "title": site.options.site_name,
            "items": [feed_item(site, e) for e in newest]}
    if site.options.site_url:
        base = site.options.site_url.rstrip("/") + "/"
        feed["home_page_url"] = base
        feed["feed_url"] = base + "feed.json"
    return dumps(feed)


def timelinejs_date(value: str, time: str | None = None) -> dict:
    """TimelineJS date object: year, and month, day, hour, minute when known."""
    parts = [int(p) for p in value.split("-")]
    data = dict(zip(("year", "month", "day"), parts))
    hhmm = clock(time)
    if hhmm and len(parts) == 3:
        data["hour"], data["minute"] = (int(x) for x in hhmm.split(":"))
    return data


def timelinejs_event(site: Site, entry: Entry) -> dict:
    """One TimelineJS slide; its text fields are HTML, so every value is escaped."""
    event = {"unique_id": entry.id, "start_date": timelinejs_date(entry.date, entry.time),
             "group": site.style(entry.category).label,
             "display_date": html.escape(readable_date(entry.date) + (f", {entry.time}" if entry.time else "")),
             "text": {"headline": html.escape(entry.title), "text": f"<p>{html.escape(entry.summary)}</p>"}}
    if entry.end_date:
        event["end_date"] = timelinejs_date(entry.end_date)
    return event


def timeline_json(site: Site) -> str:
    """The whole timeline in TimelineJS's JSON format, oldest first."""
    data = {"title": {"text": {"headline": html.escape(site.options.site_name),
                               "text": f"<p>{len(site.entries)} events</p>"}},
            "events": [timelinejs_event(site, e) for e in site.entries]}
    return dumps(data)
