"""Load every entry file of a timeline folder, collecting every problem before failing once."""
from __future__ import annotations

import os
from pathlib import Path

import yaml

from builder.errors import Problem, TimelineError
from builder.model import CATEGORIES, Entry
from builder.textio import MAX_FILE_BYTES, check_folder, display_path, printable, read_bytes, read_text
from builder.validate import read_entry

# libyaml is ten times faster on big timelines; its nodes carry the same marks for messages.
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

ENTRY_SUFFIXES = (".yml", ".yaml")
# Files of a timeline folder that are not entries: the editors' file of names (README, "Names across the story").
NAMES_FILE = "names.yml"
NOT_ENTRIES = frozenset({NAMES_FILE})
# Entries already read, for `mkdocs serve`: path -> ((file bytes, categories), (entry, problems)). A rebuild
# after one edit then parses one file, not all of them. Keyed on the bytes, not the modification time: reading
# 10,000 small files takes a tenth of a second, parsing them seconds, and an edit within a coarse file-system
# clock tick (FAT, some network shares) still counts.
EntryCache = dict[Path, tuple[tuple[bytes, tuple[str, ...]], tuple[Entry | None, list[Problem]]]]
# What YAML's error means for someone editing an entry, by a piece of its text (libyaml's and
# PyYAML's wording differ). `at_start` points at where the quote or bracket opened, not where the
# parser gave up, which is often the end of the file.
YAML_MESSAGES: tuple[tuple[tuple[str, ...], bool, str], ...] = (
    (("unexpected end of stream",), True,
     "expected a closing quotation mark for the quote that opens here, got the end of the file; close it, "
     "or remove it"),
    (("',' or ']'",), True,
     "expected ']' to close the list that opens here, got something else; close it, or write one item per "
     "line starting with '- '"),
    (("',' or '}'",), True, "expected '}' to close the mapping that opens here, got something else; close it"),
    (("cannot start any token",), False,
     "expected a value, got a character YAML keeps for itself (@ or `); put the whole value in quotes"),
    (("could not find expected ':'",), True,
     "expected 'field: value', got a line without ': '; add the colon, or indent the line to continue the "
     "value above it"),
    (("did not find expected key", "expected <block end>"), False,
     "expected this line to line up with the fields above it, got another indentation; indent it like "
     "the lines it belongs with"),
    (("expected '-' indicator",), False,
     "expected a list item ('- ...') at this indentation, got something else; line it up with the items "
     "above or start it with '- '"),
    (("mapping values are not allowed",), False,
     "expected one 'field: value' per line, got a second ': '; put the value in quotes if it holds ': ', "
     "or line this field up with the ones above"),
    (("another document",), False,
     "expected one entry per file, got a second one after '---'; move it to a file of its own"),
    (("unknown escape character",), False,
     "expected a known escape after '\\' in double quotes, got another character; write '\\\\' for a "
     "backslash, or use single quotes"),
    (("undefined alias",), False,
     "expected an anchor (&name) before this alias, got none; write the value itself"),
    (("nesting depth",), False,
     "expected lists and mappings nested a few levels deep, got too many levels; simplify the value"),
)
TAB = "expected spaces for indentation, got a tab character; indent with spaces"


def _yaml_message(err: yaml.MarkedYAMLError, text: str) -> tuple[str, yaml.Mark | None]:
    """The message for a YAML error, and the place it should point at."""
    problem = str(err.problem or err.context or "")
    mark = err.problem_mark or err.context_mark
    if "tab" in problem or (mark is not None and 0 <= mark.index < len(text) and text[mark.index] == "\t"):
        return TAB, mark
    for needles, at_start, message in YAML_MESSAGES:
        if any(needle in problem for needle in needles):
            return message, (err.context_mark if at_start and err.context_mark else mark)
    return f"{problem}; check this line and the one above for a missing quote, colon or space", mark


# An alias repeats its anchor's value wherever it is used: a small file can stand for a huge one (300 aliases of
# an anchor of 300 aliases ...). A file may expand to no more than a file may hold written out.
MAX_EXPANDED = MAX_FILE_BYTES


def expanded_size(root) -> tuple[int, yaml.Node | None]:
    """How many characters `root` stands for with every alias expanded, and the first node used twice (an
    anchor an alias repeats), or None. Linear in the nodes: each node's size is worked out once."""
    sizes: dict[int, int] = {}
    seen: set[int] = set()
    shared = None
    stack = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            children = node.value if isinstance(node, yaml.SequenceNode) else \
                [n for pair in node.value for n in pair] if isinstance(node, yaml.MappingNode) else []
            sizes[key] = 1 + (len(node.value) if isinstance(node, yaml.ScalarNode) else 0) + \
                sum(sizes.get(id(child), 0) for child in children)     # 0: a recursive alias to an ancestor
            continue
        if key in seen:
            shared = shared or node
            continue
        seen.add(key)
        stack.append((node, True))
        if isinstance(node, yaml.SequenceNode):
            stack.extend((child, False) for child in reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            stack.extend((child, False) for pair in reversed(node.value) for child in reversed(pair))
    return sizes.get(id(root), 0), shared


def parse_yaml(text: str, shown: str, max_expanded: int = MAX_EXPANDED):
    """The single YAML document of a file, as nodes; a TimelineError with line and column otherwise (one that stands
    for more than `max_expanded` characters once its aliases are expanded among them)."""
    try:
        node = yaml.compose(text, Loader=Loader)
    except yaml.MarkedYAMLError as err:
        message, mark = _yaml_message(err, text)
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        raise TimelineError(Problem(shown, line, column, "", f"invalid YAML: {message}")) from None
    except yaml.reader.ReaderError as err:      # a control character: YAML refuses the whole file
        line = text.count("\n", 0, err.position) + 1
        column = err.position - (text.rfind("\n", 0, err.position) + 1) + 1
        raise TimelineError(Problem(shown, line, column, "", f"invalid YAML: expected printable text, got the "
                                    f"control character U+{err.character:04X}; delete it")) from None
    except RecursionError:                      # the pure-Python parser on absurdly deep nesting
        raise TimelineError(Problem(shown, 0, 0, "", "invalid YAML: " + YAML_MESSAGES[-1][2])) from None
    except yaml.YAMLError as err:
        raise TimelineError(Problem(shown, message=f"invalid YAML: {err}")) from None
    if node is not None:
        size, shared = expanded_size(node)
        if size > max_expanded:
            mark = shared.start_mark if shared is not None else node.start_mark
            raise TimelineError(Problem(shown, mark.line + 1, mark.column + 1, "",
                                        f"invalid YAML: expected at most {max_expanded / 10**6:g} million characters "
                                        f"once aliases (*name) are expanded, got {size / 10**6:.0f} million; write "
                                        "the values out instead of repeating this anchor"))
    return node


def load_entry_file(path: Path, categories: tuple[str, ...] = CATEGORIES,
                    shown: str | None = None) -> tuple[Entry | None, list[Problem]]:
    """One entry file: the entry (None if invalid) and every problem found. `shown` is the path as messages
    give it (worked out once per folder by load_timeline: relpath per file was a tenth of loading 10,000)."""
    shown = shown or display_path(path)
    try:
        node = parse_yaml(read_text(path, shown), shown)
    except TimelineError as err:
        return None, err.problems
    if node is None:
        return None, [Problem(shown, message="expected a timeline entry, got an empty file; "
                              "fill it in (see README, 'The entry format') or delete it")]
    entry, problems = read_entry(node, shown, categories)
    if entry is not None and entry.id != path.stem:
        id_node = next(v for k, v in node.value if k.value == "id")
        problems.append(Problem(shown, id_node.start_mark.line + 1, id_node.start_mark.column + 1, "id",
                                f"expected {path.stem!r} (the file name), got {entry.id!r}; "
                                "rename the file or change the id so they match"))
        entry = None
    return entry, problems


def entry_files(folder: Path) -> tuple[list[Path], list[Problem]]:
    """Entry files of a folder in a stable order, and a problem for each name that looks like an entry but
    cannot be read as one (ID.YML, a folder named ID.yml). Hidden files (the manifest) and the editors' names file
    are not entries; links are listed, so that reading them says why they are refused."""
    files, problems = [], []
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        suffix = path.suffix.lower()
        if suffix not in ENTRY_SUFFIXES or path.name.startswith(".") or path.name in NOT_ENTRIES:
            continue
        shown = os.path.join(display_path(folder), printable(path.name))
        if path.suffix != suffix:
            problems.append(Problem(shown, message=f"expected an entry file ending in {suffix}, got "
                                    f"{printable(path.suffix)!r}, which is not read; rename it to "
                                    f"{printable(path.stem + suffix)}"))
        elif path.is_dir() and not os.path.islink(path):
            problems.append(Problem(shown, message="expected an entry file, got a folder; rename it, or move "
                                    "it out of the timeline folder"))
        else:
            files.append(path)
    return files, problems


def load_timeline(folder: Path, categories: tuple[str, ...] = CATEGORIES,
                  cache: EntryCache | None = None) -> list[Entry]:
    """Every entry of `folder` in chronological order; TimelineError listing every problem otherwise.

    With a cache, a file whose bytes and category list are unchanged is not parsed again."""
    if not folder.is_dir():
        found = "a file" if folder.exists() else "nothing there"
        raise TimelineError(Problem(display_path(folder), message=f"expected a folder of timeline entries, "
                                    f"got {found}; run 'python -m builder extract' or name the right folder"))
    check_folder(folder)
    entries: list[Entry] = []
    paths, problems = entry_files(folder)
    shown_folder = display_path(folder)
    if cache is not None:
        for gone in set(cache) - set(paths):
            del cache[gone]
    for path in paths:
        shown = os.path.normpath(os.path.join(shown_folder, printable(path.name)))
        try:
            key = (read_bytes(path, shown), categories) if cache is not None else None
        except TimelineError:
            key = None                           # unreadable: load_entry_file says why
        if key is None:
            entry, found = load_entry_file(path, categories, shown)
        else:
            if path not in cache or cache[path][0] != key:
                cache[path] = (key, load_entry_file(path, categories, shown))
            entry, found = cache[path][1]
        problems.extend(found)
        if entry is not None:
            entries.append(entry)
    problems.extend(duplicate_ids(entries))
    problems.extend(dangling_references(entries))
    if problems:
        raise TimelineError(problems)
    return sorted(entries, key=lambda e: e.sort_key)


def duplicate_ids(entries: list[Entry]) -> list[Problem]:
    """Two files claiming one id (x.yml and x.yaml, say): each is reported, naming the other."""
    by_id: dict[str, list[Entry]] = {}
    for entry in entries:
        by_id.setdefault(entry.id, []).append(entry)
    return [Problem(e.path or "", e.line, 0, "id",
                    f"expected a unique id, got {e.id!r} also used by "
                    + ", ".join(o.path or "" for o in group if o is not e) + "; rename one of them")
            for group in by_id.values() if len(group) > 1 for e in group]


def dangling_references(entries: list[Entry]) -> list[Problem]:
    """same_as, distinct_from and revises must name entries of the timeline; same_as must not go round in a circle."""
    ids = {e.id: e for e in entries}
    problems = []
    for entry in entries:
        refs = [("same_as", entry.same_as)] if entry.same_as else []
        refs += [("distinct_from", i) for i in entry.distinct_from] + [("revises", r.id) for r in entry.revises]
        for field_name, ref in refs:
            if ref not in ids:
                problems.append(Problem(entry.path or "", dict(entry.lines).get(field_name, entry.line), 0, field_name,
                                        f"expected the id of an entry of this timeline, got {ref!r} (no such file); "
                                        "fix the id, or delete it"))
        seen, current = {entry.id}, entry
        while current.same_as in ids:
            current = ids[current.same_as]
            if current.id in seen:
                problems.append(Problem(entry.path or "", dict(entry.lines).get("same_as", entry.line), 0, "same_as",
                                        f"expected a chain of same_as that ends, got a circle through {current.id!r}; "
                                        "keep same_as on the duplicates only, not on the entry they point to"))
                break
            seen.add(current.id)
    return problems
