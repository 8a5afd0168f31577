"""Provenance: which article sentences each entry was built from, and the article pages that show them."""
from __future__ import annotations

from dataclasses import dataclass, field

from builder.article import Article
from builder.extract.sentences import Sentence, split_sentences
from builder.model import Entry
from builder.render.escape import text, web_url

# Typographic variants an editor may have straightened (or curled) when copying a sentence.
FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
                      "–": "-", "—": "-", "\u00a0": " "})
TRIM = " \"'"


@dataclass(frozen=True)
class SourceRef:
    """Where one of an entry's sources points: sentences of a seed article, or a web address."""

    text: str
    article: str | None = None
    sentences: tuple[int, ...] = ()     # indices of the article's sentences; empty when not found
    url: str | None = None              # html-escaped http(s) address, None when absent or unsafe
    raw_url: str | None = None


@dataclass(frozen=True)
class ArticleText:
    """A seed article split into paragraphs and sentences, with a folded copy for matching."""

    article: Article
    sentences: tuple[Sentence, ...]
    folded: str
    positions: tuple[int, ...]          # folded index -> offset in the article text


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


def fold(value: str) -> tuple[str, tuple[int, ...]]:
    """Whitespace collapsed and quote marks/dashes unified, with each character's original offset."""
    out: list[str] = []
    positions: list[int] = []
    for i, char in enumerate(value):
        if char.isspace() or char == "\u00a0":
            if not out or out[-1] == " ":
                continue
            char = " "
        out.append(char.translate(FOLD))
        positions.append(i)
    return "".join(out), tuple(positions)


def article_text(article: Article) -> ArticleText:
    _, sentences = split_sentences(article.text)
    folded, positions = fold(article.text)
    return ArticleText(article, tuple(sentences), folded, positions)


def locate(art: ArticleText, needle: str) -> tuple[int, int] | None:
    """Offsets in the article of `needle` (a sentence, part of one, or several), or None."""
    folded = fold(needle)[0].strip()
    for candidate in (folded, folded.strip(TRIM)):
        if len(candidate) < 3:
            continue
        index = art.folded.find(candidate)
        if index >= 0:
            return art.positions[index], art.positions[index + len(candidate) - 1] + 1
    return None


def sentences_in(art: ArticleText, start: int, end: int) -> tuple[int, ...]:
    """Indices of the sentences overlapping [start, end)."""
    return tuple(s.index for s in art.sentences if s.start < end and s.end > start)


def provenance(entries: list[Entry], articles: list[Article]) -> Provenance:
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


def anchor(index: int) -> str:
    """The anchor of a sentence on its article page: the first sentence is #s-1."""
    return f"s-{index + 1}"


def article_page_path(name: str) -> str:
    return f"sources/{name}.md"


def article_title(art: ArticleText) -> str:
    return art.article.title or art.article.name
