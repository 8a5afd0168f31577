"""Load every entry file of a timeline folder, collecting every problem before failing once."""
from __future__ import annotations

from pathlib import Path

import yaml

from builder.errors import Problem, TimelineError
from builder.model import CATEGORIES, Entry
from builder.textio import display_path, read_text
from builder.validate import read_entry

# libyaml is ten times faster on big timelines; its nodes carry the same marks for messages.
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

ENTRY_SUFFIXES = (".yml", ".yaml")
YAML_HINTS = {
    "found character '\\t' that cannot start any token":
        "tab characters are not allowed in YAML; indent with spaces",
    "found a tab character that violates indentation":
        "tab characters are not allowed in YAML; indent with spaces",
    "expected <block end>, but found '<block mapping start>'":
        "this line is indented more than the one before; line it up with its siblings",
    "found unexpected end of stream":
        "a quotation mark is not closed; close it or remove it",
    "mapping values are not allowed here":
        "a ':' followed by a space inside a value; put the whole value in quotes",
}


def parse_yaml(text: str, shown: str):
    """The single YAML document of a file, as nodes; a TimelineError with line and column otherwise."""
    try:
        return yaml.compose(text, Loader=Loader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        problem = str(err.problem or err.context or "invalid YAML")
        hint = next((h for key, h in YAML_HINTS.items() if problem.startswith(key)), None)
        if mark is not None and 0 <= mark.index < len(text) and text[mark.index] == "\t":
            problem, hint = "found a tab character", "tab characters are not allowed in YAML; indent with spaces"
        if problem.startswith("expected a single document"):
            hint = "only one entry per file; remove the '---' line and move the second entry to its own file"
        message = f"invalid YAML: {problem}" + (f"; {hint}" if hint else "")
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        raise TimelineError(Problem(shown, line, column, "", message)) from None
    except yaml.YAMLError as err:  # reader errors: control characters and the like
        raise TimelineError(Problem(shown, message=f"invalid YAML: {err}")) from None


def load_entry_file(path: Path, categories: tuple[str, ...] = CATEGORIES) -> tuple[Entry | None, list[Problem]]:
    shown = display_path(path)
    try:
        text = read_text(path)
        node = parse_yaml(text, shown)
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


def entry_files(folder: Path) -> list[Path]:
    """Entry files of a folder in a stable order; hidden files (the manifest) are not entries."""
    return sorted(p for p in folder.iterdir()
                  if p.suffix in ENTRY_SUFFIXES and not p.name.startswith(".") and p.is_file())


def load_timeline(folder: Path, categories: tuple[str, ...] = CATEGORIES) -> list[Entry]:
    """Every entry of `folder` in chronological order; TimelineError listing every problem otherwise."""
    if not folder.is_dir():
        raise TimelineError(Problem(display_path(folder), message="expected a folder of timeline entries, "
                                    "got nothing there; run 'python -m builder extract' or create it"))
    entries: list[Entry] = []
    problems: list[Problem] = []
    for path in entry_files(folder):
        entry, found = load_entry_file(path, categories)
        problems.extend(found)
        if entry is not None:
            entries.append(entry)
    problems.extend(duplicate_ids(entries))
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
