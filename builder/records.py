"""Article records: `timeline/articles/<name>.yml`, the site's copy of each source article.

`extract` writes one per article: its title, publication day and other metadata, and its sentences, each with
the anchor it has on the article's page (#s-1 ...). The site reads these files, never seeds/ and never the
sentence splitter, so the YAML stays the build's only input and a change to the splitter moves no public anchor.

A record changes only when its article does: while the article's text hashes the same, the stored sentences
are kept as they are (even if the splitter would now cut them differently); only metadata is refreshed. A
record edited by hand is kept as the editor left it (a hash of what the builder wrote sits in its header); a
deleted one is written again on the next `extract`, since it is the article itself, not an editorial choice
(README, "Editing the timeline")."""
from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from builder.article import METADATA_FIELDS, Article
from builder.dump import EntryDumper, Prose
from builder.errors import Problem, TimelineError
from builder.loader import entry_files, parse_yaml
from builder.model import SourceArticle, SourceSentence
from builder.render.links import RESERVED
from builder.textio import check_folder, display_path, read_text, write_atomic
from builder.validate import Checker, check_date, describe, read_slug
from builder.validate import read_text as read_text_field

FOLDER = "articles"                       # inside the timeline folder
META_FIELDS = tuple(f for f in METADATA_FIELDS if f not in ("title", "published"))
FIELDS = ("article", "title", "published", *META_FIELDS, "text_sha256", "sentences")
REQUIRED = ("article", "published", "sentences")
SENTENCE_FIELDS = ("anchor", "paragraph", "text")
ANCHOR = re.compile(r"^s-[1-9][0-9]*$")
PARAGRAPH = re.compile(r"^[0-9]{1,9}$")
STAMP = "# builder-sha256: "
# A record holds its article's text and, per sentence, its anchor and paragraph: 1.3 times the article for sentences
# of news length, more for many short ones (a 1.9 MB article of 12-word sentences: 3.1 MB). It is read with a limit
# of its own, so that any article extract takes gives a record the site can read; past it extract refuses the record.
MAX_RECORD_BYTES = 16_000_000
RECORD_LIMIT = {"limit": MAX_RECORD_BYTES, "what": "an article record",
                "fix": "split its article into several articles and extract them again"}
HEADER = ("# The article {name!r} as the site shows it, written by `python -m builder extract` (not an entry):\n"
          "# its metadata, and its sentences with the anchor each has on the article's page (#s-1 ...).\n"
          "# Edit it and the builder keeps your version; delete it and the next extract writes it again.\n")

# A sentence splitter: the article's text -> (paragraph number from 1, sentence text) in order.
Splitter = Callable[[str], Iterable[tuple[int, str]]]


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record_path(folder: Path, name: str) -> Path:
    return folder / FOLDER / f"{name}.yml"


def meta_of(article: Article) -> dict:
    return {k: v for k, v in article.meta.items() if k in META_FIELDS and v}


def record_of(article: Article, split: Splitter) -> SourceArticle:
    """The record of an article, its sentences cut by `split`."""
    sentences = tuple(SourceSentence(f"s-{i}", paragraph, text)
                      for i, (paragraph, text) in enumerate(split(article.text), 1))
    return SourceArticle(article.name, article.published, sentences, article.title, meta_of(article),
                         sha(article.text))


def record_body(record: SourceArticle) -> str:
    """The YAML of a record, without its header: fixed key order, long text folded, byte-identical every run."""
    data: dict = {"article": record.name, "title": Prose(record.title) if record.title else None,
                  "published": record.published}
    data.update({k: record.meta[k] for k in META_FIELDS if record.meta.get(k)})
    data["text_sha256"] = record.text_sha256
    data["sentences"] = [{"anchor": s.anchor, "paragraph": s.paragraph, "text": Prose(s.text)}
                         for s in record.sentences]
    return yaml.dump({k: v for k, v in data.items() if v is not None}, Dumper=EntryDumper, sort_keys=False,
                     allow_unicode=True, width=96, default_flow_style=False)


def dump_record(record: SourceArticle) -> str:
    body = record_body(record)
    return HEADER.format(name=record.name) + STAMP + sha(body) + "\n" + body


def split_stamp(text: str) -> tuple[str | None, str]:
    """The hash in a record's header and the text after it (None and the whole text when there is none)."""
    at = text.find("\n" + STAMP)
    if at < 0:
        return None, text
    end = text.find("\n", at + 1)
    return text[at + 1 + len(STAMP):end].strip(), text[end + 1:] if end >= 0 else ""


def edited(text: str) -> bool:
    """Whether a record's file is no longer what the builder wrote."""
    stamp, body = split_stamp(text)
    return stamp != sha(body)


# --- reading -----------------------------------------------------------------------------------------

def _fields(c: Checker, node: Node, field: str, allowed: tuple[str, ...], required: tuple[str, ...]) -> dict[str, Node]:
    """The value nodes of a mapping by key; unknown, repeated and missing keys reported."""
    if not isinstance(node, MappingNode):
        c.problem(node, field, f"expected a mapping of {', '.join(allowed)}, got {describe(node)}")
        return {}
    found: dict[str, Node] = {}
    for key_node, value_node in node.value:
        key = str(key_node.value) if isinstance(key_node, ScalarNode) else describe(key_node)
        name = f"{field}.{key}" if field else key
        if key not in allowed:
            c.problem(key_node, name, f"expected one of {', '.join(allowed)}, got an unknown field; delete the line")
        elif key in found:
            c.problem(key_node, name, "expected once, got it again; delete one of them")
        else:
            found[key] = value_node
    for key in required:
        if key not in found:
            c.problem(node, f"{field}.{key}" if field else key, f"expected a value, got nothing; add a line '{key}: ...'")
    return found


def _sentence(c: Checker, node: Node, field: str, seen: set[str]) -> SourceSentence | None:
    nodes = _fields(c, node, field, SENTENCE_FIELDS, SENTENCE_FIELDS)
    if len(nodes) < len(SENTENCE_FIELDS):
        return None
    anchor = read_text_field(c, nodes["anchor"], f"{field}.anchor")
    if anchor is not None and (not ANCHOR.match(anchor) or anchor in seen):
        why = "used by another sentence" if anchor in seen else "not of the form s-N"
        c.problem(nodes["anchor"], f"{field}.anchor", f"expected an anchor of its own like s-12, got {anchor!r} "
                  f"({why}); keep the anchor the builder wrote")
        anchor = None
    paragraph = nodes["paragraph"]
    # Digits only: YAML also reads 0x1F and 1:30 as whole numbers, which int() refuses.
    if not (isinstance(paragraph, ScalarNode) and paragraph.tag.endswith(":int") and PARAGRAPH.match(paragraph.value)
            and int(paragraph.value) >= 1):
        c.problem(paragraph, f"{field}.paragraph", f"expected a paragraph number from 1, got {describe(paragraph)}")
        return None
    text = read_text_field(c, nodes["text"], f"{field}.text")
    if anchor is None or text is None:
        return None
    seen.add(anchor)
    return SourceSentence(anchor, int(paragraph.value), text)


def read_record(node: Node | None, shown: str, stem: str) -> tuple[SourceArticle | None, list[Problem]]:
    """One record's YAML node -> the record (None if invalid), with every problem found in it."""
    c = Checker(shown)
    if node is None:
        c.problem(None, "", "expected an article record, got an empty file; delete it and run "
                  "'python -m builder extract' to write it again")
        return None, c.problems
    nodes = _fields(c, node, "", FIELDS, REQUIRED)
    values = {k: read_text_field(c, n, k) for k, n in nodes.items() if k not in ("article", "sentences")}
    name = read_slug(c, nodes["article"], "article") if "article" in nodes else None
    if name is not None and name in RESERVED:
        c.problem(nodes["article"], "article", f"expected a name other than {name!r} (sources/{name} is the list of "
                  "sources), got it; rename the article's files and extract it again")
    elif name is not None and name != stem:
        c.problem(nodes["article"], "article", f"expected {stem!r} (the file name), got {name!r}; "
                  "rename the file or change the name so they match")
    published = values.get("published")
    why = check_date(published) if published else None
    if published and (why or len(published) != 10):
        c.problem(nodes["published"], "published", why or f"expected a full day as YYYY-MM-DD, got {published!r}")
    sentences: list[SourceSentence] = []
    listed = nodes.get("sentences")
    if listed is not None and not isinstance(listed, SequenceNode):
        c.problem(listed, "sentences", f"expected a list of sentences, got {describe(listed)}")
    elif listed is not None:
        seen: set[str] = set()
        found = [_sentence(c, item, f"sentences[{i}]", seen) for i, item in enumerate(listed.value)]
        sentences = [s for s in found if s is not None]
    if c.problems:
        return None, c.problems
    meta = {k: values[k] for k in META_FIELDS if values.get(k)}
    return SourceArticle(stem, dt.date.fromisoformat(published), tuple(sentences), values.get("title") or "", meta,
                         values.get("text_sha256") or "", shown), []


def record_files(folder: Path) -> tuple[list[Path], list[Problem]]:
    """The record files of a timeline folder, and a problem for each name that looks like one but cannot be
    read (a link, ID.YML, a folder named ID.yml): the same rules as for entry files."""
    records = folder / FOLDER
    if not os.path.lexists(records):
        return [], []
    try:
        check_folder(records)                    # a link here would publish an outside folder's "articles"
    except TimelineError as err:
        return [], err.problems
    if not records.is_dir():
        return [], [Problem(display_path(records), message="expected a folder of article records, got a file; "
                            "move it away (extract writes the records)")]
    return entry_files(records)


RecordCache = dict[Path, tuple[bytes, tuple[SourceArticle | None, list[Problem]]]]


def load_records(folder: Path, cache: RecordCache | None = None) -> tuple[dict[str, SourceArticle], list[Problem]]:
    """Every article record of a timeline folder by name, and every problem found in them.

    With a cache (under `mkdocs serve`), a file whose bytes are unchanged is not parsed again."""
    records: dict[str, SourceArticle] = {}
    paths, problems = record_files(folder)
    for path in paths:
        shown = display_path(path)
        try:
            text = read_text(path, **RECORD_LIMIT)
        except TimelineError as err:
            problems += err.problems
            continue
        key = text.encode("utf-8")
        if cache is None or path not in cache or cache[path][0] != key:
            try:
                result = read_record(parse_yaml(text, shown, MAX_RECORD_BYTES), shown, path.stem)
            except TimelineError as err:
                result = (None, err.problems)
            if cache is not None:
                cache[path] = (key, result)
        else:
            result = cache[path][1]
        record, found = result
        problems += found
        if record is not None and record.name in records:
            problems.append(Problem(shown, 0, 0, "article", f"expected one record per article, got a second one "
                                    f"for {record.name!r} (also {records[record.name].path}); delete one"))
        elif record is not None:
            records[record.name] = record
    return records, problems


# --- writing (extract) ---------------------------------------------------------------------------------

def check_records(folder: Path, names: Iterable[str]) -> None:
    """Before a run writes anything: the records it will replace must be files it can read (not a link, a pipe,
    a folder, nor past the limit), or TimelineError naming every one that is not."""
    problems: list[Problem] = []
    for name in names:
        path = record_path(folder, name)
        if os.path.lexists(path):
            try:
                read_text(path, **RECORD_LIMIT)
            except TimelineError as err:
                problems += err.problems
    if problems:
        raise TimelineError(problems)


@dataclass(frozen=True)
class Written:
    """What `write_record` did: 'new', 'updated', 'unchanged' or 'kept' (edited by hand), and the diff then."""

    outcome: str
    path: Path
    conflict: tuple[str, str] | None = None


def write_record(folder: Path, article: Article, split: Splitter) -> Written:
    """Bring an article's record in `folder` up to date; an edited record is never overwritten."""
    path = record_path(folder, article.name)
    if os.path.lexists(path.parent):
        check_folder(path.parent)                # never write through a link to another folder
    current = read_text(path, **RECORD_LIMIT) if os.path.lexists(path) else None
    stored = _parsed(current, path)[0] if current is not None and not edited(current) else None
    if stored is not None and stored.text_sha256 == sha(article.text):
        # The article's text is unchanged: keep its sentences (and anchors) as they were cut then.
        fresh = SourceArticle(stored.name, article.published, stored.sentences, article.title, meta_of(article),
                              stored.text_sha256)
    else:
        fresh = record_of(article, split)
    text = dump_record(fresh)
    size = len(text.encode("utf-8"))
    if size > MAX_RECORD_BYTES:
        raise TimelineError(Problem(display_path(article.path), message=f"expected an article whose record (its "
                                    f"{len(fresh.sentences)} sentences, each with its anchor) fits in "
                                    f"{MAX_RECORD_BYTES / 10**6:g} MB, got {size / 10**6:.1f} MB; split the article"))
    if current is not None and edited(current) and split_stamp(current)[1] != record_body(fresh):
        return Written("kept", path, (current, text))
    if current == text:
        return Written("unchanged", path)
    write_atomic(path, text)
    return Written("new" if current is None else "updated", path)


def _parsed(text: str, path: Path) -> tuple[SourceArticle | None, list[Problem]]:
    try:
        return read_record(parse_yaml(text, display_path(path), MAX_RECORD_BYTES), display_path(path), path.stem)
    except TimelineError as err:
        return None, err.problems


def report_line(written: Written, hint: bool = True) -> str | None:
    """What extract says about a record (None when unchanged)."""
    shown = f"{FOLDER}/{written.path.name}"
    if written.outcome == "new":
        return f"wrote {shown}"
    if written.outcome == "updated":
        return f"updated {shown}"
    if written.outcome == "kept":
        return (f"kept {shown}: edited by hand, not overwritten"
                + (" (--show-conflicts shows the builder's version)" if hint else ""))
    return None


def conflict_diff(written: Written) -> str:
    current, proposed = written.conflict or ("", "")
    shown = display_path(written.path)
    lines = difflib.unified_diff(current.splitlines(keepends=True), proposed.splitlines(keepends=True),
                                 f"{shown} (edited by hand)", f"{shown} (the builder's extraction)")
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)
