"""mkdocs.yml, read without running anything: safe loading, with the tags it cannot know (`!!python/name:`,
`!ENV`) kept as inert values, and the `timeline` plugin's block found in it."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from builder.errors import Problem, TimelineError
from builder.loader import parse_yaml
from builder.textio import display_path, read_text

CONFIG_FILES = ("mkdocs.yml", "mkdocs.yaml")
PLUGIN = "timeline"


@dataclass(frozen=True)
class Tagged:
    """A value under a tag safe loading does not know (`!!python/name:...`, `!ENV`): kept, never executed, so the
    configuration can be written back for another engine exactly as it was."""

    tag: str
    value: Any


class ConfigLoader(yaml.SafeLoader):
    """Safe loading of mkdocs.yml: unknown tags become Tagged values instead of errors or code."""


def _construct_env(loader: ConfigLoader, node: Node) -> Any:
    """`!ENV VAR` or `!ENV [VAR, OTHER, default]`, resolved as MkDocs resolves it (pyyaml_env_tag), so the command
    line sees what a build sees."""
    names = [loader.construct_scalar(node)] if isinstance(node, ScalarNode) else loader.construct_sequence(node)
    default = names.pop() if len(names) > 1 else None
    value = next((os.environ[n] for n in names if isinstance(n, str) and n in os.environ), None)
    return yaml.safe_load(value) if value is not None else default


def _construct_tagged(loader: ConfigLoader, suffix: str, node: Node) -> Tagged:
    if isinstance(node, MappingNode):
        value: Any = loader.construct_mapping(node, deep=True)
    elif isinstance(node, SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_scalar(node)
    return Tagged(node.tag, value)


ConfigLoader.add_constructor("!ENV", _construct_env)
ConfigLoader.add_multi_constructor("", _construct_tagged)


def construct(node: Node | None, shown: str = "") -> Any:
    """The data of a composed YAML document, with unknown tags kept as Tagged; TimelineError naming the value
    YAML cannot turn into data (a whole number past int()'s 4,300 digits, a date like 2022-13-45, bad base64)."""
    if node is None:
        return None
    loader = ConfigLoader("")
    try:
        return loader.construct_document(node)
    except (ValueError, OverflowError, yaml.YAMLError) as err:
        mark = getattr(err, "problem_mark", None) or _unreadable(node)
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        why = str(getattr(err, "problem", None) or err).split(";")[0][:120]
        raise TimelineError(Problem(shown, line, column, "", f"expected a value YAML can read, got one it cannot "
                                    f"({why}); put it in quotes, or fix it")) from None
    finally:
        loader.dispose()


def _unreadable(root: Node):
    """The mark of the first scalar safe loading cannot construct (none: None)."""
    stack, seen = [root], set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, ScalarNode):
            loader = ConfigLoader("")
            try:
                loader.construct_object(node)
            except (ValueError, OverflowError, yaml.YAMLError):
                return node.start_mark
            finally:
                loader.dispose()
        elif isinstance(node, SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, MappingNode):
            stack.extend(n for pair in reversed(node.value) for n in reversed(pair))
    return None


def find_config(root: Path) -> Path | None:
    return next((root / name for name in CONFIG_FILES if (root / name).is_file()), None)


def read_config(path: Path) -> tuple[dict, Node | None]:
    """mkdocs.yml's data and its node tree (for line numbers); TimelineError with file:line:col otherwise."""
    shown = display_path(path)
    node = parse_yaml(read_text(path), shown)
    data = construct(node, shown)
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        raise TimelineError(Problem(shown, node.start_mark.line + 1, node.start_mark.column + 1, "",
                                    "expected MkDocs settings ('name: value' lines), got something else"))
    return data, node


def plugin_options(data: dict) -> dict | None:
    """The `timeline` plugin's options from mkdocs.yml's data ({} when listed bare); None when it is not listed."""
    plugins = data.get("plugins")
    items = plugins.items() if isinstance(plugins, dict) else (
        (item, {}) if isinstance(item, str) else next(iter(item.items()), (None, None))
        for item in plugins if isinstance(item, (str, dict))) if isinstance(plugins, list) else ()
    for name, options in items:
        if name == PLUGIN:
            return options if isinstance(options, dict) else {}
    return None


def option_node(root: Node | None, name: str) -> Node | None:
    """The node of one plugin option in mkdocs.yml, for its line and column (None when not found)."""
    def get(node, key):
        if isinstance(node, MappingNode):
            return next((v for k, v in node.value if isinstance(k, ScalarNode) and k.value == key), None)
        return None
    plugins = get(root, "plugins")
    block = get(plugins, PLUGIN)
    if isinstance(plugins, SequenceNode):
        block = next((get(item, PLUGIN) for item in plugins.value if get(item, PLUGIN) is not None), None)
    return get(block, name)
