"""Check one parsed YAML entry against the field table; every problem carries its line and column."""
from __future__ import annotations

import calendar
import difflib
import re
from collections.abc import Callable
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from builder.errors import Problem
from builder.model import CATEGORIES, MEASURES, QUALIFIERS, REVISION_KINDS, Entry, Figure, Quote, Revision, Source
from builder.schema import (DATE, ENTRY_FIELDS, FIGURE_FIELDS, MAX_COUNT_DIGITS, QUOTE_FIELDS, REVISION_FIELDS, SLUG,
                            SOURCE_FIELDS, URL, FieldSpec)

NULL = "tag:yaml.org,2002:null"
BOOL = "tag:yaml.org,2002:bool"
MERGE = "tag:yaml.org,2002:merge"
TRUE_WORDS = {"yes", "true", "on", "y"}
FALSE_WORDS = {"no", "false", "off", "n"}
# Control characters (C0 but tab and line feed, DEL, C1): raw in a file YAML refuses them, but its escapes
# ("\0", "\x1b", "\x9b") write them into a value, and on a page they corrupt what surrounds them.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
ESCAPES_TOO = " (in double quotes, escapes such as \\0 or \\x1b are control characters too)"


def unprintable(value: str, hint: str = "") -> str | None:
    """The message for the first control character in `value`, or None when there is none."""
    found = CONTROL.search(value)
    return found and f"expected printable text, got the control character U+{ord(found.group()):04X}; delete it{hint}"
DATE_FORMATS = "a date as YYYY-MM-DD, YYYY-MM or YYYY"


class Checker:
    """Collects problems for one file while values are read from its nodes."""

    def __init__(self, path: str, categories: tuple[str, ...] = CATEGORIES):
        self.path = path
        self.categories = categories
        self.problems: list[Problem] = []

    def problem(self, node: Node | None, field: str, message: str) -> None:
        line, column = (node.start_mark.line + 1, node.start_mark.column + 1) if node is not None else (0, 0)
        self.problems.append(Problem(self.path, line, column, field, message))


def describe(node: Node) -> str:
    """How a value reads in a message: 'got ...'."""
    if isinstance(node, MappingNode):
        return "a mapping (key: value lines)"
    if isinstance(node, SequenceNode):
        return "a list"
    if node.tag == NULL:
        return "nothing"
    value = str(node.value)
    if len(value) > 60:
        value = value[:57] + "..."
    return repr(value)


def suggest(word: str, choices) -> str:
    close = difflib.get_close_matches(str(word).lower(), list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


# --- scalar kinds -----------------------------------------------------------------------------

def read_text(c: Checker, node: Node, field: str) -> str | None:
    if isinstance(node, ScalarNode) and node.tag == NULL:
        c.problem(node, field, "expected text, got nothing; write it after the colon, or delete the line")
        return None
    if not isinstance(node, ScalarNode):
        c.problem(node, field, f"expected text, got {describe(node)}; write it as plain text on the same line")
        return None
    value = str(node.value).strip()
    if not value:
        c.problem(node, field, "expected text, got an empty string; write it in, or delete the line")
        return None
    why = unprintable(value, ESCAPES_TOO)
    if why:
        c.problem(node, field, why)
        return None
    return value


def read_url(c: Checker, node: Node, field: str) -> str | None:
    value = read_text(c, node, field)
    if value is not None and not URL.match(value):
        c.problem(node, field, f"expected a web address starting with http:// or https://, got {describe(node)}; "
                  "write the page's full address (other kinds of link are never published)")
        return None
    return value


def read_slug(c: Checker, node: Node, field: str) -> str | None:
    value = read_text(c, node, field)
    if value is not None and not SLUG.match(value):
        c.problem(node, field, "expected lowercase letters, digits and single hyphens "
                  f"(like 2022-03-20-kyiv-shelled), got {value!r}; write it that way")
        return None
    return value


def check_date(value: str) -> str | None:
    """Why `value` is not a valid entry date, or None when it is."""
    m = DATE.match(value)
    if not m:
        return f"expected {DATE_FORMATS}, got {value!r}; write it like 2022-03-20"
    year, month, day = (int(g) if g else None for g in m.groups())
    if year < 1:
        return f"expected a year from 0001, got {value!r}; fix the year"
    if month is not None and not 1 <= month <= 12:
        return f"expected a month from 01 to 12, got {value!r}; fix the month"
    if day is not None:
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            return (f"expected a real calendar day, got {value!r} "
                    f"({calendar.month_name[month]} {year} has {last} days); fix the day")
    return None


def read_date(c: Checker, node: Node, field: str) -> str | None:
    if not isinstance(node, ScalarNode) or node.tag == NULL:
        c.problem(node, field, f"expected {DATE_FORMATS}, got {describe(node)}; write it like 2022-03-20")
        return None
    value = str(node.value).strip()
    why = check_date(value)
    if why:
        c.problem(node, field, why)
        return None
    return value


def read_bool(c: Checker, node: Node, field: str) -> bool | None:
    word = str(node.value).lower() if isinstance(node, ScalarNode) else ""
    if not isinstance(node, ScalarNode) or node.tag != BOOL or word not in TRUE_WORDS | FALSE_WORDS:
        c.problem(node, field, f"expected true or false, got {describe(node)}; write true or false, "
                  "or delete the line")
        return None
    return word in TRUE_WORDS


def read_day(c: Checker, node: Node, field: str) -> str | None:
    value = read_date(c, node, field)
    if value is not None and len(value) != 10:
        c.problem(node, field, f"expected a full day as YYYY-MM-DD, got {value!r}; give the day it was reported")
        return None
    return value


# YAML reads 0x1F, 0b101 and 1:30 (base 60) as whole numbers too; a count is written in decimal digits.
DECIMAL = re.compile(r"^\+?[0-9][0-9_]*$")


def read_count(c: Checker, node: Node, field: str) -> int | None:
    value = str(node.value) if isinstance(node, ScalarNode) else ""
    if node.tag != "tag:yaml.org,2002:int" or not DECIMAL.match(value):
        c.problem(node, field, f"expected a whole number like 12 or 2300, got {describe(node)}; write the digits "
                  "only (no commas, words or signs)")
        return None
    digits = value.lstrip("+").replace("_", "").lstrip("0") or "0"
    if len(digits) > MAX_COUNT_DIGITS:
        c.problem(node, field, f"expected a whole number of at most {MAX_COUNT_DIGITS} digits, got one of "
                  f"{len(digits)} digits; check the value")
        return None
    return int(digits)


def read_choice(vocabulary: tuple[str, ...], what: str) -> Callable[[Checker, Node, str], str | None]:
    """A reader for one word of a fixed vocabulary (measures, qualifiers, kinds of revision)."""
    def read(c: Checker, node: Node, field: str) -> str | None:
        value = read_text(c, node, field)
        if value is not None and value not in vocabulary:
            c.problem(node, field, f"expected {what}: one of {', '.join(vocabulary)}, got {value!r}; "
                      + (suggest(value, vocabulary).strip(" ()") or "pick the one that fits"))
            return None
        return value
    return read


def read_category(c: Checker, node: Node, field: str) -> str | None:
    value = read_text(c, node, field)
    if value is not None and value not in c.categories:
        c.problem(node, field, f"expected one of {', '.join(c.categories)}, got {value!r}; "
                  + (suggest(value, c.categories).strip(" ()") or "pick the closest one ('other' if none fits)"))
        return None
    return value


# --- compound kinds ---------------------------------------------------------------------------

def read_list(c: Checker, node: Node, field: str, item: Callable[[Checker, Node, str], Any]) -> tuple:
    if isinstance(node, ScalarNode) and node.tag == NULL:
        return ()
    if not isinstance(node, SequenceNode):
        c.problem(node, field, f"expected a list (lines starting with '- '), got {describe(node)}; "
                  "put each item on a line of its own starting with '- '")
        return ()
    values = [item(c, child, f"{field}[{i}]") for i, child in enumerate(node.value)]
    return tuple(v for v in values if v is not None)


def read_name(c: Checker, node: Node, field: str, seen: set[str]) -> str | None:
    name = read_text(c, node, field)
    if name is not None and name in seen:
        c.problem(node, field, f"expected each name once, got {name!r} again; delete one")
        return None
    if name is not None:
        seen.add(name)
    return name


def read_names(c: Checker, node: Node, field: str) -> tuple[str, ...]:
    seen: set[str] = set()
    return read_list(c, node, field, lambda c, n, f: read_name(c, n, f, seen))


def read_slugs(c: Checker, node: Node, field: str) -> tuple[str, ...]:
    seen: set[str] = set()

    def one(c: Checker, n: Node, f: str) -> str | None:
        slug = read_slug(c, n, f)
        if slug is not None and slug in seen:
            c.problem(n, f, f"expected each id once, got {slug!r} again; delete one")
            return None
        seen.add(slug or "")
        return slug
    return read_list(c, node, field, one)


def read_mapping(c: Checker, node: Node, field: str, fields: tuple[FieldSpec, ...]) -> dict | None:
    """Read a mapping's known fields; report unknown, repeated and missing ones."""
    if not isinstance(node, MappingNode):
        c.problem(node, field, f"expected a mapping of {', '.join(f.name for f in fields)}, got {describe(node)}; "
                  "write one 'field: value' per line (see README, 'The entry format')")
        return None
    specs = {f.name: f for f in fields}
    values: dict[str, Any] = {}
    first_line: dict[str, int] = {}
    merged = False
    for key_node, value_node in node.value:
        key = str(key_node.value) if isinstance(key_node, ScalarNode) else describe(key_node)
        name = f"{field}.{key}" if field else key
        if key_node.tag == MERGE:
            c.problem(key_node, name, "expected the fields written out, got a merge key ('<<: *name'), which "
                      "entries do not read; write the fields themselves")
            merged = True
            continue
        if key not in specs:
            c.problem(key_node, name, f"expected one of {', '.join(specs)}, got an unknown field; "
                      + (suggest(key, specs).strip(" ()") or "rename it or delete the line"))
            continue
        if key in first_line:
            c.problem(key_node, name, f"expected once, got it again (first at line {first_line[key]}); "
                      "delete one of them")
            continue
        first_line[key] = key_node.start_mark.line + 1
        value = READERS[specs[key].kind](c, value_node, name)
        if value is not None:
            values[key] = value
    for spec in fields if not merged else ():          # the missing fields are in the merged anchor
        if spec.required and spec.name not in first_line:
            name = f"{field}.{spec.name}" if field else spec.name
            c.problem(node, name, f"expected a value ({spec.doc}), got nothing; add a line '{spec.name}: ...'")
    return values


def read_quote(c: Checker, node: Node, field: str) -> Quote | None:
    values = read_mapping(c, node, field, QUOTE_FIELDS)
    if values is None or "text" not in values or "speaker" not in values:
        return None
    return Quote(**values)


def _with_article(c: Checker, node: Node, field: str, fields: tuple[FieldSpec, ...], what: str) -> dict | None:
    """A mapping that must name its seed article (or a url): its values when it does and has every required field."""
    values = read_mapping(c, node, field, fields)
    if values is None:
        return None
    if isinstance(node, MappingNode) and not any(str(k.value) in ("article", "url") for k, _ in node.value):
        c.problem(node, f"{field}.article", f"expected {what} (or a url), got nothing; "
                  "add 'article: <name of the file in seeds/ without .txt>'")
        return None
    return values if all(f.name in values for f in fields if f.required) else None


def read_source(c: Checker, node: Node, field: str) -> Source | None:
    values = _with_article(c, node, field, SOURCE_FIELDS, "the seed article's name")
    return Source(**values) if values is not None else None


def read_figure(c: Checker, node: Node, field: str) -> Figure | None:
    values = _with_article(c, node, field, FIGURE_FIELDS, "the seed article the figure comes from")
    return Figure(**values) if values is not None else None


def read_revision(c: Checker, node: Node, field: str) -> Revision | None:
    values = read_mapping(c, node, field, REVISION_FIELDS)
    if values is None or "id" not in values or "kind" not in values:
        return None
    return Revision(**values)


READERS: dict[str, Callable[[Checker, Node, str], Any]] = {
    "text": read_text,
    "slug": read_slug,
    "slugs": read_slugs,
    "url": read_url,
    "date": read_date,
    "day": read_day,
    "bool": read_bool,
    "count": read_count,
    "category": read_category,
    "measure": read_choice(MEASURES, "a measure"),
    "qualifier": read_choice(QUALIFIERS, "a qualifier"),
    "revision": read_choice(REVISION_KINDS, "a kind of revision"),
    "names": read_names,
    "quotes": lambda c, n, f: read_list(c, n, f, read_quote),
    "sources": lambda c, n, f: read_list(c, n, f, read_source),
    "figures": lambda c, n, f: read_list(c, n, f, read_figure),
    "revises": lambda c, n, f: read_list(c, n, f, read_revision),
}


def date_bounds(value: str) -> tuple[str, str]:
    """First and last day covered by a date of any precision, as YYYY-MM-DD."""
    parts = value.split("-")
    if len(parts) == 3:
        return value, value
    if len(parts) == 2:
        last = calendar.monthrange(int(parts[0]), int(parts[1]))[1]
        return f"{value}-01", f"{value}-{last:02d}"
    return f"{value}-01-01", f"{value}-12-31"


def read_entry(node: Node, path: str, categories: tuple[str, ...] = CATEGORIES) -> tuple[Entry | None, list[Problem]]:
    """Turn one entry's YAML node into an Entry, with every problem found in it."""
    c = Checker(path, categories)
    values = read_mapping(c, node, "", ENTRY_FIELDS)
    if values is None:
        return None, c.problems
    if "date" in values and "end_date" in values and date_bounds(values["end_date"])[1] < date_bounds(values["date"])[0]:
        end_node = next(v for k, v in node.value if str(k.value) == "end_date")
        c.problem(end_node, "end_date", f"expected a date on or after date ({values['date']}), "
                  f"got {values['end_date']!r}; swap them or fix the typo")
    for name in ("same_as", "distinct_from", "revises"):
        refs = values.get(name)
        ids = [refs] if isinstance(refs, str) else [getattr(r, "id", r) for r in refs or ()]
        if values.get("id") in ids:
            ref_node = next(v for k, v in node.value if str(k.value) == name)
            c.problem(ref_node, name, f"expected the id of another entry, got this entry's own id "
                      f"{values['id']!r}; name the other entry, or delete the line")
    required = [f.name for f in ENTRY_FIELDS if f.required]
    if c.problems or any(name not in values for name in required):
        return None, c.problems
    lines = tuple((str(k.value), k.start_mark.line + 1) for k, _ in node.value if isinstance(k, ScalarNode))
    entry = Entry(**values, path=path, line=node.start_mark.line + 1, lines=lines)
    return entry, c.problems
