"""A seed article: its text and the metadata file beside it (title, publication date, source)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from slugify import slugify

from builder.errors import Problem, TimelineError
from builder.textio import display_path, read_text
from builder.validate import check_date

METADATA_FIELDS = ("title", "published", "source", "url", "license", "credit", "timezone", "language")


@dataclass(frozen=True)
class Article:
    """One news article and its metadata."""

    name: str                 # slug of the file name: what entries' sources[].article refer to
    path: Path
    text: str                 # paragraphs separated by line breaks, \n line ends, no BOM
    published: dt.date        # every relative date in the text is relative to this day
    title: str = ""
    meta: dict = field(default_factory=dict, compare=False)


def metadata_path(article_path: Path) -> Path:
    return article_path.with_suffix(".yml")


def read_metadata(path: Path) -> dict:
    shown = display_path(path)
    if not path.exists():
        raise TimelineError(Problem(shown, message="expected the article's metadata file, got nothing; create it "
                                    "with 'title: ...' and 'published: YYYY-MM-DD' (the day the article appeared)"))
    text = read_text(path)
    try:
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark
        raise TimelineError(Problem(shown, mark.line + 1 if mark else 0, mark.column + 1 if mark else 0, "",
                                    f"invalid YAML: {err.problem}")) from None
    if not isinstance(data, dict):
        raise TimelineError(Problem(shown, message="expected 'title:' and 'published: YYYY-MM-DD' lines, got "
                                    + ("an empty file" if data is None else "something else")))
    return data


def published_date(meta: dict, shown: str, text: str) -> dt.date:
    value = meta.get("published")
    line = next((i for i, ln in enumerate(text.splitlines(), 1) if ln.startswith("published")), 0)
    if value is None:
        raise TimelineError(Problem(shown, line, 0, "published", "expected the day the article appeared as "
                                    "YYYY-MM-DD, got nothing; add 'published: YYYY-MM-DD' (relative dates in "
                                    "the text, like 'yesterday', are resolved against it)"))
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raw = str(value).strip()
    why = check_date(raw)
    if why is None and len(raw) == 10:
        return dt.date.fromisoformat(raw)
    raise TimelineError(Problem(shown, line, 0, "published",
                                why or f"expected a full day as YYYY-MM-DD, got {raw!r}"))


def load_article(path: Path) -> Article:
    """Read ARTICLE.txt and ARTICLE.yml; TimelineError naming the file and field otherwise."""
    shown = display_path(path)
    text = read_text(path)
    if not text.strip():
        raise TimelineError(Problem(shown, message="expected the article's text, got an empty file"))
    meta_path = metadata_path(path)
    meta = read_metadata(meta_path)
    published = published_date(meta, display_path(meta_path), read_text(meta_path))
    name = slugify(path.stem) or "article"
    return Article(name=name, path=path, text=text, published=published,
                   title=str(meta.get("title") or "").strip(), meta=meta)
