"""Cross-file checks the loader cannot make: sources naming missing articles, text not in its article."""
from __future__ import annotations

from pathlib import Path

from yaml.nodes import MappingNode, SequenceNode

from builder.errors import Problem, TimelineError
from builder.loader import parse_yaml
from builder.model import Entry
from builder.render.sources import Provenance, locate
from builder.textio import read_text


def position(path: str | None, *keys: str | int) -> tuple[int, int]:
    """Line and column of a value inside an entry file (sources, 0, article), or (0, 0) if unreadable."""
    try:
        node = parse_yaml(read_text(Path(path or "")), path or "")
        for key in keys:
            if isinstance(key, int) and isinstance(node, SequenceNode):
                node = node.value[key]
            elif isinstance(node, MappingNode):
                node = next(v for k, v in node.value if k.value == key)
            else:
                raise LookupError(key)
    except (TimelineError, LookupError, StopIteration, IndexError, AttributeError):
        return 0, 0
    return node.start_mark.line + 1, node.start_mark.column + 1


def shorten(value: str, limit: int = 60) -> str:
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[:limit - 3] + "..."


def check_references(entries: list[Entry], prov: Provenance) -> list[Problem]:
    """Every dangling or unmatched source, as file:line:column problems."""
    known = ", ".join(prov.articles) or "none"
    problems = []
    for entry in entries:
        for i, (source, ref) in enumerate(zip(entry.sources, prov.refs.get(entry.id, ()))):
            field = f"sources[{i}]"
            if source.article and source.article not in prov.articles:
                line, col = position(entry.path, "sources", i, "article")
                problems.append(Problem(entry.path or "", line, col, f"{field}.article",
                                        f"expected one of the articles of the timeline ({known}), got "
                                        f"{source.article!r}; fix the name, or add the article to seeds/ and run "
                                        "'python -m builder extract'"))
            elif source.article and not ref.sentences:
                line, col = position(entry.path, "sources", i, "text")
                problems.append(Problem(entry.path or "", line, col, f"{field}.text",
                                        f"expected words from the article {source.article!r}, got "
                                        f"{shorten(source.text)!r}; copy the sentence exactly as the article has it"))
            if source.url and not ref.url:
                line, col = position(entry.path, "sources", i, "url")
                problems.append(Problem(entry.path or "", line, col, f"{field}.url",
                                        f"expected an http:// or https:// address, got {shorten(source.url)!r}"))
        problems += figure_problems(entry, prov, known)
    return sorted(problems)


def figure_problems(entry: Entry, prov: Provenance, known: str) -> list[Problem]:
    """A figure's words link to their sentence: its article must be one of the timeline's, its words in it."""
    problems = []
    for i, figure in enumerate(entry.figures):
        art = prov.articles.get(figure.article or "")
        if figure.article and art is None:
            line, col = position(entry.path, "figures", i, "article")
            problems.append(Problem(entry.path or "", line, col, f"figures[{i}].article",
                                    f"expected one of the articles of the timeline ({known}), got {figure.article!r}; "
                                    "fix the name, or add the article to seeds/ and run 'python -m builder extract'"))
        elif art is not None and not locate(art, figure.text):
            line, col = position(entry.path, "figures", i, "text")
            problems.append(Problem(entry.path or "", line, col, f"figures[{i}].text",
                                    f"expected words from the article {figure.article!r}, got "
                                    f"{shorten(figure.text)!r}; copy the words exactly as the article has them"))
    return problems
