"""Quote callouts: Material `quote` admonitions written as raw HTML, nested quotation marks as nested <q>."""
from __future__ import annotations

import html
import re

from builder.model import Entry, Quote
from builder.render.context import Site
from builder.render.escape import html_text
from builder.render.sources import article_page_path
from builder.vocabulary import (CHANNEL_WORDS, DOUBLE_CLOSERS, DOUBLE_OPENERS, PLATFORMS, SINGLE_CLOSERS,
                                SINGLE_OPENERS, STRAIGHT_DOUBLE, STRAIGHT_SINGLE)

OPENS_AFTER = " \t([{—–-/"              # a straight mark after these (or at the start) opens a quote
CLOSES_BEFORE = " \t.,;:!?)]}—–-…"      # a straight mark before these (or at the end) closes one
STRAIGHT = STRAIGHT_DOUBLE + STRAIGHT_SINGLE
OPENERS, CLOSERS = DOUBLE_OPENERS + SINGLE_OPENERS, DOUBLE_CLOSERS + SINGLE_CLOSERS
KIND = {**dict.fromkeys(STRAIGHT_DOUBLE + DOUBLE_OPENERS + DOUBLE_CLOSERS, "d"),
        **dict.fromkeys(STRAIGHT_SINGLE + SINGLE_OPENERS + SINGLE_CLOSERS, "s")}


def via_phrase(via: str) -> str:
    """'Ukrainian Pravda' -> 'told Ukrainian Pravda'; 'a Facebook post' -> 'in a Facebook post'."""
    words = via.lower().split()
    if words and words[-1] in CHANNEL_WORDS:
        return f"in {via}"
    if words and words[-1] in PLATFORMS:
        return f"on {via}"
    return f"told {via}"


MARKS = re.compile("[" + re.escape("".join(KIND)) + "]")


def quote_pairs(value: str) -> tuple[set[int], set[int]]:
    """Offsets of opening and closing marks that pair up; apostrophes and stray marks are left alone."""
    opens: set[int] = set()
    closes: set[int] = set()
    stack: list[tuple[int, str]] = []
    for match in MARKS.finditer(value):             # only the marks: most characters of a quote are not one
        i, char = match.start(), match.group()
        kind = KIND[char]
        before = value[i - 1] if i else " "
        after = value[i + 1] if i + 1 < len(value) else " "
        if before.isalnum() and after.isalnum():
            continue                                    # an apostrophe: don't, Kyiv's
        can_close = char in CLOSERS or (char in STRAIGHT and after in CLOSES_BEFORE and not before.isspace())
        can_open = char in OPENERS or (char in STRAIGHT and before in OPENS_AFTER and not after.isspace())
        if can_close and stack and stack[-1][1] == kind:
            opens.add(stack.pop()[0])
            closes.add(i)
        elif can_open:
            stack.append((i, kind))
    return opens, closes


def nested_quote(value: str) -> str:
    """Escaped quote text in <q> (raw HTML): inner quotations become nested <q>, so the browser draws “…‘…’…”."""
    flat = " ".join(str(value).split())
    opens, closes = quote_pairs(flat)
    out, start = [], 0
    for i in sorted(opens | closes):
        out += [html.escape(flat[start:i], quote=False), "<q>" if i in opens else "</q>"]
        start = i + 1
    out.append(html.escape(flat[start:], quote=False))
    return "<q>" + "".join(out) + "</q>"


def quote_callout(site: Site, page: str, entry: Entry, quote: Quote) -> str:
    """A Material `quote` admonition, as the admonition extension would write it: speaker (linked) and role as
    its title; the words; channel and a link to the source sentence."""
    speaker = f'<a href="{site.href(page, site.name_page("people", quote.speaker))}">{html_text(quote.speaker)}</a>'
    title = speaker + (f", {html_text(quote.role)}" if quote.role else "")
    body = nested_quote(quote.text)
    if quote.partial:
        body = f'{body} <span class="tl-fragment">(fragment)</span>'
    footer = []
    if quote.via:
        footer.append(f'<span class="tl-via">{html_text(via_phrase(quote.via))}</span>')
    found = site.provenance.quote_sentence(entry, quote.text)
    if found:
        article, index = found
        anchor = site.provenance.articles[article].anchor(index)
        footer.append(f'<a href="{site.href(page, article_page_path(article), anchor)}">Source sentence</a>')
    lines = ['<div class="admonition quote">', f'<p class="admonition-title">{title}</p>', f"<p>{body}</p>"]
    if footer:
        lines.append('<p data-search-exclude=""><span class="tl-quote-footer">' + " · ".join(footer) + "</span></p>")
    return "\n".join(lines + ["</div>"])
