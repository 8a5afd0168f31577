"""A seed article: its text and the metadata file beside it (title, publication date, source)."""
from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from slugify import slugify
from yaml.nodes import MappingNode, Node, ScalarNode

from builder.errors import Problem, TimelineError
from builder.loader import parse_yaml
from builder.textio import display_path, read_text
from builder.validate import CONTROL, check_date, describe, unprintable

# News articles are tens of kilobytes. Extraction is linear, about 10 s per MB: past this size a run
# would take minutes and yield thousands of entries, so the user is asked to split the file instead.
MAX_ARTICLE_BYTES = 2_000_000
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


FILL_IN = "write 'title: ...' and 'published: YYYY-MM-DD' (the day the article appeared), one per line"
# A YAML timestamp counts as its day: "2022-03-21", "2022-03-21T08:00:00Z", "2022-03-21 08:00:00+02:00".
FULL_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*"
                      r"(?:Z|[+-](\d{2})(?::?(\d{2}))?)?)?$")
# Most each part of a time of day may be (a leap second is 60; a time zone is at most 14 hours off).
TIME_LIMITS = (23, 59, 60, 14, 59)


def read_metadata(path: Path) -> tuple[dict[str, str], dict[str, Node], Node]:
    """The metadata fields as text, their YAML nodes (for line numbers) and the file's node."""
    shown = display_path(path)
    if not os.path.lexists(path):
        raise TimelineError(Problem(shown, message=f"expected the article's metadata file, got nothing; create it "
                                    f"and {FILL_IN}"))
    node = parse_yaml(read_text(path), shown)
    if node is None:
        raise TimelineError(Problem(shown, message=f"expected the article's metadata, got an empty file; {FILL_IN}"))
    if not isinstance(node, MappingNode):
        raise TimelineError(Problem(shown, node.start_mark.line + 1, node.start_mark.column + 1, "",
                                    f"expected 'field: value' lines, got {describe(node)}; {FILL_IN}"))
    values: dict[str, str] = {}
    nodes: dict[str, Node] = {}
    problems: list[Problem] = []
    keys = [str(k.value) if isinstance(k, ScalarNode) else describe(k) for k, _ in node.value]
    for key, (key_node, value_node) in zip(keys, node.value):
        at = (shown, key_node.start_mark.line + 1, key_node.start_mark.column + 1, key)
        if key not in METADATA_FIELDS:
            # Metadata comes from a newsroom's CMS, with fields of its own (author, section, subtitle, tags):
            # those are ignored. Only a misspelt `published`, the one field an article cannot do without, is
            # reported where it is written, rather than as a missing field.
            close = "published" not in keys and difflib.SequenceMatcher(None, key.lower(), "published").ratio() >= 0.8
            fix = "did you mean 'published'?" if close else ""
            if fix:
                problems.append(Problem(*at, f"expected one of {', '.join(METADATA_FIELDS)}, got an unknown "
                                        f"field; {fix}"))
        elif not isinstance(value_node, ScalarNode):
            problems.append(Problem(shown, value_node.start_mark.line + 1, value_node.start_mark.column + 1, key,
                                    f"expected text, got {describe(value_node)}; write it on the same line"))
        elif unprintable(str(value_node.value)):
            problems.append(Problem(shown, value_node.start_mark.line + 1, value_node.start_mark.column + 1, key,
                                    unprintable(str(value_node.value))))
        else:
            values[key], nodes[key] = str(value_node.value).strip(), value_node
    if problems:
        raise TimelineError(problems)
    return values, nodes, node


def published_date(values: dict[str, str], nodes: dict[str, Node], root: Node, shown: str) -> dt.date:
    """The publication day: every relative date in the article ('yesterday') is resolved against it."""
    raw = values.get("published")
    if not raw:
        mark = nodes["published"].start_mark if "published" in nodes else root.start_mark
        raise TimelineError(Problem(shown, mark.line + 1, mark.column + 1, "published",
                                    "expected the day the article appeared as YYYY-MM-DD, got nothing; add "
                                    "'published: YYYY-MM-DD' (relative dates in the text, like 'yesterday', are "
                                    "resolved against it)"))
    mark = nodes["published"].start_mark
    full = FULL_DAY.match(raw)
    if full and any(part and int(part) > most for part, most in zip(full.groups()[1:], TIME_LIMITS)):
        raise TimelineError(Problem(shown, mark.line + 1, mark.column + 1, "published",
                                    f"expected a real time of day after the date, got {raw!r}; write the day alone, "
                                    "like 2022-03-21"))
    why = check_date(full.group(1) if full else raw)
    if why is None and full:
        return dt.date.fromisoformat(full.group(1))
    if why is None:
        why = f"expected a full day as YYYY-MM-DD, got {raw!r}; give the day the article appeared, like 2022-03-21"
    raise TimelineError(Problem(shown, mark.line + 1, mark.column + 1, "published", why))


def unprintable_text(text: str, shown: str) -> list[Problem]:
    """A control character in an article (a terminal escape, a stray byte of a copy and paste) would reach the
    pages and the YAML: the first one is reported where it is."""
    control = CONTROL.search(text)
    if not control:
        return []
    line = text.count("\n", 0, control.start()) + 1
    column = control.start() - (text.rfind("\n", 0, control.start()) + 1) + 1
    return [Problem(shown, line, column, "", unprintable(control.group()))]


def load_article(path: Path) -> Article:
    """Read ARTICLE.txt and ARTICLE.yml; TimelineError naming every problem of both otherwise."""
    shown = display_path(path)
    if not os.path.lexists(path):           # then its metadata is surely missing too: one message is enough
        raise TimelineError(Problem(shown, message="expected an article (a .txt file), got nothing; check the name"))
    problems: list[Problem] = []
    text = ""
    try:
        text = read_text(path, shown, MAX_ARTICLE_BYTES, what="an article",
                         fix="split it into several articles, each NAME.txt with its NAME.yml")
        if not text.strip():
            problems.append(Problem(shown, message="expected the article's text, got "
                                    + ("an empty file" if not text else "only blank lines")
                                    + "; paste the article into it, one paragraph per line"))
        problems.extend(unprintable_text(text, shown))
    except TimelineError as err:
        problems.extend(err.problems)
    meta_path = metadata_path(path)
    try:
        values, nodes, root = read_metadata(meta_path)
        published = published_date(values, nodes, root, display_path(meta_path))
    except TimelineError as err:
        problems.extend(err.problems)
    if problems:
        raise TimelineError(problems)
    name = slugify(path.stem) or "article"
    return Article(name=name, path=path, text=text, published=published, title=values.get("title", ""),
                   meta=values)
