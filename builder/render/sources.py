"""Provenance: which article sentences each entry was built from, and the article pages that show them."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from builder.model import Entry, SourceArticle
from builder.render.escape import web_url

# Typographic variants an editor may have straightened (or curled) when copying a sentence.
FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "–": "-", "—": "-",
                      **{chr(c): " " for c in range(0x3001) if chr(c).isspace()}})
TRIM = " \"'"
# Whitespace that changes length when folded: runs of two or more, and any at the start. (\s is str.isspace():
# no-break spaces included.) Every whitespace character also folds to a plain space, one for one (FOLD).
SHIFTING_WHITESPACE = re.compile(r"^\s+|\s\s+")


@dataclass(frozen=True)
class SourceRef:
    """Where one of an entry's sources points: sentences of a seed article, or a web address."""

    text: str
    article: str | None = None
    sentences: tuple[int, ...] = ()     # indices of the article's sentences; empty when not found
    url: str | None = None              # html-escaped http(s) address, None when absent or unsafe
    raw_url: str | None = None


@dataclass(frozen=True)
class Placed:
    """A sentence of an article record, placed in the text rebuilt from the record (for matching sources)."""

    index: int          # position among the article's sentences
    paragraph: int
    start: int
    end: int
    text: str
    anchor: str         # "s-12", as the record gives it


@dataclass(frozen=True)
class ArticleText:
    """An article record's sentences in a text rebuilt from them, with a folded copy for matching."""

    article: SourceArticle
    sentences: tuple[Placed, ...]
    folded: str
    # Where the folded copy's pieces start, in it and in the article: a piece is a run of text copied one for
    # one, or the single space a run of whitespace became. (Kept per piece, not per character: an int per
    # character of every article cost more memory than the rest of a 10,000-entry build.)
    starts: tuple[int, ...]
    offsets: tuple[int, ...]
    ends: tuple[int, ...]               # sentence end offsets, in order, for bisecting

    def anchor(self, index: int) -> str:
        """The anchor of a sentence on the article's page: its record's, stable while the article is unchanged."""
        return self.sentences[index].anchor

    def number(self, index: int) -> int:
        """The sentence's number as readers see it ('sentence 12'), from its anchor."""
        return int(self.sentences[index].anchor[2:])

    def original(self, index: int) -> int:
        """The article offset of a character of the folded copy."""
        piece = bisect.bisect_right(self.starts, index) - 1
        return self.offsets[piece] + index - self.starts[piece]


@dataclass
class Provenance:
    """Sources of every entry and, for each article sentence, the entries built from it."""

    articles: dict[str, ArticleText]
    refs: dict[str, tuple[SourceRef, ...]] = field(default_factory=dict)
    backrefs: dict[tuple[str, int], list[str]] = field(default_factory=dict)

    def quote_sentence(self, entry: Entry, quote_text: str) -> tuple[str, int] | None:
        """The article sentence where a quote's words appear, looked up in the articles the entry cites."""
        for ref in self.refs.get(entry.id, ()):
            art = self.articles.get(ref.article or "")
            found = art and locate(art, quote_text)
            if found:
                return art.article.name, sentences_in(art, *found)[0]
        return None


def fold(value: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """Whitespace collapsed (none at the start) and quote marks and dashes unified; with the folded index and
    article offset where each piece of it starts (see ArticleText).

    A lone whitespace character becomes one space in place, so only longer runs (and leading whitespace)
    shift offsets: the pieces start there, a few per article rather than one per word."""
    pieces: list[str] = []
    starts: list[int] = [0]
    offsets: list[int] = [0]
    length, position = 0, 0
    for match in SHIFTING_WHITESPACE.finditer(value):
        kept = value[position:match.start()] + (" " if match.start() else "")
        pieces.append(kept)
        length += len(kept)
        position = match.end()
        starts.append(length)
        offsets.append(position)
    pieces.append(value[position:])
    return "".join(pieces).translate(FOLD), tuple(starts), tuple(offsets)


def fold_needle(value: str) -> str:
    """What fold gives for a piece of text to look for (its offsets are not needed)."""
    return " ".join(value.split()).translate(FOLD)


def article_text(article: SourceArticle) -> ArticleText:
    """The record's sentences placed in a text of their own: a space between sentences, a line break between
    paragraphs (matching folds whitespace, so a source copied from the article is found as before)."""
    sentences: list[Placed] = []
    pieces: list[str] = []
    position = 0
    for i, sentence in enumerate(article.sentences):
        if i:
            pieces.append("\n" if sentence.paragraph != article.sentences[i - 1].paragraph else " ")
            position += 1
        sentences.append(Placed(i, sentence.paragraph, position, position + len(sentence.text), sentence.text,
                                sentence.anchor))
        pieces.append(sentence.text)
        position += len(sentence.text)
    text = "".join(pieces)
    folded, starts, offsets = fold(text)
    return ArticleText(article, tuple(sentences), folded, starts, offsets, tuple(s.end for s in sentences))


def locate(art: ArticleText, needle: str) -> tuple[int, int] | None:
    """Offsets in the article of `needle` (a sentence, part of one, or several), or None."""
    folded = fold_needle(needle)
    for candidate in (folded, folded.strip(TRIM)):
        if len(candidate) < 3:
            continue
        index = art.folded.find(candidate)
        if index >= 0:
            return art.original(index), art.original(index + len(candidate) - 1) + 1
    return None


def sentences_in(art: ArticleText, start: int, end: int) -> tuple[int, ...]:
    """Indices of the sentences overlapping [start, end) (sentences are in order: bisect, then walk)."""
    found = []
    for i in range(bisect.bisect_right(art.ends, start), len(art.sentences)):
        if art.sentences[i].start >= end:
            break
        found.append(art.sentences[i].index)
    return tuple(found)


def provenance(entries: list[Entry], articles: list[SourceArticle]) -> Provenance:
    """Match every entry's sources to article sentences (by text containment, tolerant of typography)."""
    prov = Provenance({a.name: article_text(a) for a in sorted(articles, key=lambda a: a.name)})
    for entry in entries:
        refs = []
        for source in entry.sources:
            art = prov.articles.get(source.article or "")
            found = locate(art, source.text) if art else None
            indices = sentences_in(art, *found) if found else ()
            refs.append(SourceRef(source.text, source.article, indices, web_url(source.url), source.url))
            for index in indices:
                ids = prov.backrefs.setdefault((source.article, index), [])
                if entry.id not in ids:
                    ids.append(entry.id)
        prov.refs[entry.id] = tuple(refs)
    return prov


def article_page_path(name: str) -> str:
    return f"sources/{name}.md"


def article_title(art: ArticleText) -> str:
    return art.article.title or art.article.name
