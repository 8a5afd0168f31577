"""One name per real person, place or organisation across a story, and the editors' file that corrects it.

Articles name people differently ("Barack Obama", "Obama"; "National Security Guard", "NSG"). The builder writes
one name for each: a surname alone becomes the one full name of the story that ends with it, an acronym the one
organisation whose initials spell it. Editors correct this in `timeline/names.yml` (README, "Names across the
story"): merge names (`aliases`), split them (`not`, and aliases limited to some `articles`), retype one (`kind`,
or `kind: none` for words that are no name at all). Extraction of every later article respects the file.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from builder.errors import TimelineError
from builder.loader import NAMES_FILE, parse_yaml
from builder.story.reports import sha
from builder.story.words import fold
from builder.textio import display_path
from builder.textio import read_text as read_file
from builder.validate import Checker, describe, read_slug, read_text, suggest

KINDS = ("person", "place", "organisation", "none")
LISTS = {"person": "people", "place": "places", "organisation": "organisations"}
ITEM_FIELDS = ("name", "kind", "aliases", "not")
ALIAS_FIELDS = ("name", "articles")
# Words an acronym skips: "NSG" is the National Security Guard, "UNHCR" the UN High Commissioner for Refugees.
ACRONYM_SKIP = frozenset("of the and for on in de du des la le".split())
ACRONYM = re.compile(r"^[A-Z]{2,7}$")


@dataclass(frozen=True)
class Alias:
    name: str
    articles: tuple[str, ...] = ()       # only in these articles (empty: everywhere)
    line: int = field(default=0, compare=False)      # where the file gives it, for messages
    where: str = field(default="", compare=False)    # its place in the file: [0].aliases[1]


@dataclass(frozen=True)
class NameItem:
    """One real person, place or organisation, as the editors' file gives it."""

    name: str
    kind: str | None = None
    aliases: tuple[Alias, ...] = ()
    not_: tuple[str, ...] = ()
    line: int = 0


def _read_alias(c: Checker, node: Node, where: str) -> Alias | None:
    if isinstance(node, ScalarNode):
        name = read_text(c, node, where)
        return Alias(name) if name else None
    if not isinstance(node, MappingNode):
        c.problem(node, where, f"expected a name, or 'name:' with 'articles:', got {describe(node)}; write the name")
        return None
    values: dict = {}
    line = node.start_mark.line + 1
    for key, value in node.value:
        k = str(key.value)
        if k not in ALIAS_FIELDS:
            c.problem(key, f"{where}.{k}", f"expected one of {', '.join(ALIAS_FIELDS)}, got an unknown field; "
                      + (suggest(k, ALIAS_FIELDS).strip(" ()") or "rename it or delete the line"))
        elif k in values:
            c.problem(key, f"{where}.{k}", "expected once, got it again; delete one of them")
        elif k == "name":
            values["name"] = read_text(c, value, f"{where}.name")
        elif isinstance(value, SequenceNode):
            values["articles"] = tuple(a for i, n in enumerate(value.value)
                                       if (a := read_slug(c, n, f"{where}.articles[{i}]")))
            line = value.start_mark.line + 1
        else:
            c.problem(value, f"{where}.articles", f"expected a list of article names, got {describe(value)}; "
                      "write [name-of-article, ...]")
    if not values.get("name"):
        if "name" not in values:
            c.problem(node, f"{where}.name", "expected the alias, got nothing; add 'name: ...'")
        return None
    return Alias(values["name"], values.get("articles", ()), line, where)


def _read_item(c: Checker, node: Node, where: str) -> NameItem | None:
    if not isinstance(node, MappingNode):
        c.problem(node, where, f"expected a mapping with name, kind, aliases, not, got {describe(node)}; "
                  "start the item with '- name: ...'")
        return None
    values: dict = {}
    for key, value in node.value:
        k = str(key.value) if isinstance(key, ScalarNode) else describe(key)
        at = f"{where}.{k}"
        if k not in ITEM_FIELDS:
            c.problem(key, at, f"expected one of {', '.join(ITEM_FIELDS)}, got an unknown field; "
                      + (suggest(k, ITEM_FIELDS).strip(" ()") or "rename it or delete the line"))
        elif k in values:
            c.problem(key, at, "expected once, got it again; delete one of them")
        elif k in ("name", "kind"):
            values[k] = read_text(c, value, at)
            if k == "kind" and values[k] and values[k] not in KINDS:
                c.problem(value, at, f"expected one of {', '.join(KINDS)}, got {values[k]!r}; "
                          + (suggest(values[k], KINDS).strip(" ()") or "pick one"))
                values[k] = None
        elif not isinstance(value, SequenceNode):
            c.problem(value, at, f"expected a list (lines starting with '- '), got {describe(value)}; "
                      "put each name on a line of its own starting with '- '")
            values[k] = ()
        elif k == "aliases":
            values[k] = tuple(a for i, n in enumerate(value.value) if (a := _read_alias(c, n, f"{at}[{i}]")))
        else:
            values[k] = tuple(t for i, n in enumerate(value.value) if (t := read_text(c, n, f"{at}[{i}]")))
    if "name" not in values:
        c.problem(node, f"{where}.name", "expected the name to use everywhere, got nothing; add 'name: ...'")
    if not values.get("name"):
        return None
    return NameItem(values["name"], values.get("kind"), values.get("aliases", ()), values.get("not", ()),
                    node.start_mark.line + 1)


def read_names_file(path: Path) -> tuple[list[NameItem], str]:
    """The items of a names file and its hash ([] and '' when there is none); TimelineError listing every problem."""
    if not os.path.lexists(path):      # a link, even to nothing, is read (and refused) like any file
        return [], ""
    shown = display_path(path)
    text = read_file(path, shown)
    node = parse_yaml(text, shown)
    if node is None:
        return [], sha(text)
    c = Checker(shown)
    if not isinstance(node, SequenceNode):
        c.problem(node, "", f"expected a list of names (each item starting with '- name: ...'), got {describe(node)}; "
                  "see README, 'Names across the story'")
        raise TimelineError(c.problems)
    read = [(i, n, _read_item(c, n, f"[{i}]")) for i, n in enumerate(node.value)]
    items = [item for _, _, item in read if item]
    claimed: dict[str, int] = {}
    for i, n, item in read:
        for alias in (Alias(item.name), *item.aliases) if item else ():
            if alias.articles:
                continue
            key = fold(alias.name)
            if key in claimed and claimed[key] != item.line:
                c.problem(n, f"[{i}]", f"expected each name in one item, got {alias.name!r} also in the item at "
                          f"line {claimed[key]}; keep it in one of them (limit it to some 'articles' to split it)")
            claimed.setdefault(key, item.line)
    if c.problems:
        raise TimelineError(c.problems)
    return items, sha(text)


def names_path(folder: Path) -> Path:
    return folder / NAMES_FILE


@dataclass
class Names:
    """How every name of the story is written: the editors' items first, then what the builder learnt."""

    items: list[NameItem] = field(default_factory=list)
    digest: str = ""
    _alias: dict[str, str] = field(default_factory=dict)                     # folded alias -> name
    _scoped: dict[tuple[str, str], str] = field(default_factory=dict)        # (article, folded alias) -> name
    _kind: dict[str, str] = field(default_factory=dict)                      # folded name -> kind
    _not: dict[str, set[str]] = field(default_factory=dict)                  # folded name -> folded names it is not
    _full: dict[str, set[str]] = field(default_factory=dict)                 # folded surname -> full person names
    _initials: dict[str, set[str]] = field(default_factory=dict)             # acronym -> organisation names
    changed: set[str] = field(default_factory=set)    # surnames and acronyms that now resolve otherwise

    @classmethod
    def load(cls, folder: Path) -> Names:
        items, digest = read_names_file(names_path(folder))
        names = cls(items, digest)
        for item in items:
            names._kind[fold(item.name)] = item.kind or ""
            for alias in item.aliases:
                if alias.articles:
                    for article in alias.articles:
                        names._scoped[(article, fold(alias.name))] = item.name
                else:
                    names._alias[fold(alias.name)] = item.name
                    names._kind.setdefault(fold(alias.name), item.kind or "")
            for other in item.not_:
                names._not.setdefault(fold(item.name), set()).add(fold(other))
                names._not.setdefault(fold(other), set()).add(fold(item.name))
        return names

    def learn(self, people: tuple[str, ...], organisations: tuple[str, ...]) -> None:
        """Names found in a report: full names of people and organisations, to resolve surnames and acronyms."""
        for person in people:
            words = person.split()
            if len(words) >= 2 and not self._alias.get(fold(person)):
                known = self._full.setdefault(fold(words[-1]), set())
                if person not in known:
                    known.add(person)
                    self.changed.add(fold(words[-1]))
        for org in organisations:
            words = [w for w in re.findall(r"[\w'’-]+", org) if w.lower() not in ACRONYM_SKIP]
            if len(words) >= 2 and all(w[0].isupper() for w in words):
                known = self._initials.setdefault("".join(w[0] for w in words), set())
                if org not in known:
                    known.add(org)
                    self.changed.add(fold("".join(w[0] for w in words)))

    @staticmethod
    def keys(people: tuple[str, ...], organisations: tuple[str, ...]) -> set[str]:
        """The surnames and acronyms among a report's names: what learning a new full name may resolve."""
        return {fold(p) for p in people if len(p.split()) == 1} | {fold(o) for o in organisations if ACRONYM.match(o)}

    def _blocked(self, name: str, target: str) -> bool:
        return fold(target) in self._not.get(fold(name), ())

    def canonical(self, name: str, kind: str, article: str | None = None) -> str:
        """The one name the story uses for `name`, found as a `kind` (person, place, organisation) in `article`."""
        key = fold(name)
        if article and (article, key) in self._scoped:
            return self._scoped[(article, key)]
        if key in self._alias:
            return self._alias[key]
        if kind == "person" and len(name.split()) == 1:
            full = sorted(self._full.get(key, ()))
            if len(full) == 1 and not self._blocked(name, full[0]):
                return self._alias.get(fold(full[0]), full[0])
        if kind == "organisation" and ACRONYM.match(name):
            expansions = sorted(self._initials.get(name, ()))
            if len(expansions) == 1 and not self._blocked(name, expansions[0]):
                return self._alias.get(fold(expansions[0]), expansions[0])
        return name

    def kind_of(self, name: str) -> str | None:
        return self._kind.get(fold(name)) or None

    def apply(self, people: tuple[str, ...], places: tuple[str, ...], organisations: tuple[str, ...],
              article: str | None) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        """The three lists with every name written the story's way and moved to the list of its kind."""
        out: dict[str, list[str]] = {"person": [], "place": [], "organisation": []}
        for kind, names in (("person", people), ("place", places), ("organisation", organisations)):
            for name in names:
                written = self.canonical(name, kind, article)
                retyped = self.kind_of(written) or kind
                if retyped == "none":
                    continue
                if written not in out[retyped]:
                    out[retyped].append(written)
        return tuple(out["person"]), tuple(p for p in out["place"] if p not in out["person"]), tuple(out["organisation"])
