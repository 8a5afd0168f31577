"""The chronological timeline page: entries grouped by day, each with its quotes as callouts."""
from __future__ import annotations

import calendar
import datetime as dt
from itertools import groupby

from builder.model import Entry, Quote
from builder.render.escape import text


def readable_date(value: str) -> str:
    """'2022-03-20' -> 'Sunday 20 March 2022'; '2022-03' -> 'March 2022'; '2022' -> '2022'."""
    parts = value.split("-")
    if len(parts) == 3:
        day = dt.date.fromisoformat(value)
        return f"{calendar.day_name[day.weekday()]} {day.day} {calendar.month_name[day.month]} {day.year}"
    if len(parts) == 2:
        return f"{calendar.month_name[int(parts[1])]} {parts[0]}"
    return value


def attribution(quote: Quote) -> str:
    parts = [quote.speaker] + ([quote.role] if quote.role else [])
    line = ", ".join(parts)
    return f"{line} ({'via ' + quote.via})" if quote.via else line


def quote_block(quote: Quote) -> str:
    """A Material `quote` admonition naming the speaker."""
    body = text(quote.text)
    return f'!!! quote "{text(attribution(quote))}"\n\n    {body}\n'


def entry_block(entry: Entry) -> str:
    lines = [f"### {text(entry.title)} {{ #{entry.id} }}", ""]
    meta = [text(readable_date(entry.date))]
    if entry.time:
        meta.append(text(entry.time))
    if entry.approximate:
        meta.append("approximate date")
    meta.append(f"**{text(entry.category)}**")
    lines += [" · ".join(meta), "", text(entry.summary), ""]
    for quote in entry.quotes:
        lines += [quote_block(quote)]
    return "\n".join(lines)


def timeline_page(entries: list[Entry], title: str = "Timeline") -> str:
    """Markdown of the whole timeline, oldest first."""
    out = [f"# {text(title)}", ""]
    ordered = sorted(entries, key=lambda e: e.sort_key)
    for day, group in groupby(ordered, key=lambda e: e.date):
        out += [f"## {text(readable_date(day))}", ""]
        out += [entry_block(e) for e in group]
    return "\n".join(out).rstrip() + "\n"
