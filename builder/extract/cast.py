"""Who is who in one article: full names, the short forms that refer to them, their roles, acronyms."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from builder.extract.names import Name

# Written forms of titles, as the word a later description uses ("Gen." -> "the general").
ABBREVIATIONS = {"gen": "general", "col": "colonel", "lt": "lieutenant", "sgt": "sergeant", "capt": "captain",
                 "maj": "major", "gov": "governor", "sen": "senator", "rep": "representative", "dr": "doctor",
                 "prof": "professor", "adm": "admiral", "cmdr": "commander", "insp": "inspector",
                 "spokeswoman": "spokesperson", "spokesman": "spokesman", "justice": "judge", "qc": "barrister",
                 "kc": "barrister"}
PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu)-", re.I)


def _key(word: str) -> str:
    """'al-Sadr' and 'Sadr' refer to the same person."""
    return PARTICLE.sub("", word).lower()


@dataclass
class Cast:
    """The people and organisations of an article, in order of first mention."""

    people: list[str] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)        # person -> first role written with the name
    mentions: dict[str, int] = field(default_factory=dict)     # person -> times named in full
    acronyms: dict[str, str] = field(default_factory=dict)     # "MDC" -> "Movement for Democratic Change"
    last_seen: dict[str, int] = field(default_factory=dict)    # person -> index of the last sentence naming them

    def add_person(self, name: str, role: str | None) -> str:
        """Record a full name; a spelling variant of a known name ('Bakar'/'Bacar') joins it."""
        same = self.variant_of(name)
        canonical = same or name
        if not same:
            self.people.append(name)
        self.mentions[canonical] = self.mentions.get(canonical, 0) + 1
        if role and canonical not in self.roles:
            self.roles[canonical] = role
        return canonical

    def variant_of(self, name: str) -> str | None:
        words = name.split()
        for known in self.people:
            other = known.split()
            if known == name:
                return known
            if len(other) == len(words) and other[:-1] == words[:-1] and \
                    difflib.SequenceMatcher(None, _key(other[-1]), _key(words[-1])).ratio() >= 0.75:
                return known
        return None

    def resolve(self, word: str) -> str | None:
        """The full name a surname or first name stands for, preferring the most-named person."""
        key = _key(word)
        found = [p for p in self.people if _key(p.split()[-1]) == key]
        if not found:
            found = [p for p in self.people if any(_key(w) == key for w in p.split()[1:])]
        if not found:
            return None
        return max(found, key=lambda p: (self.mentions.get(p, 0), -self.people.index(p)))

    def by_role(self, description: str) -> str | None:
        """The person a description refers to: 'the government spokesman' -> the named spokesman."""
        head = description.lower().split()[-1] if description.split() else ""
        if not head:
            return None
        holders = [p for p, role in self.roles.items()
                   if head in {ABBREVIATIONS.get(w, w) for w in re.findall(r"[a-z-]+", role.lower())}]
        if not holders:
            return None
        return max(holders, key=lambda p: self.last_seen.get(p, 0))

    def expand(self, acronym: str) -> str:
        return self.acronyms.get(acronym, acronym)


def build_cast(sentences_names: list[tuple[str, list[Name]]]) -> Cast:
    """Collect full names (two words or more) first, so short forms anywhere can be resolved."""
    cast = Cast()
    for index, (text, names) in enumerate(sentences_names):
        for name in names:
            if name.kind == "person" and not name.single:
                cast.last_seen[cast.add_person(name.text, name.role)] = index
        for m in ACRONYM.finditer(text):
            # The name is looked for in a bounded stretch before "(ABC)": matching from every capital
            # of the sentence was quadratic on long runs of capitalised words.
            expansion = EXPANSION.search(text[max(0, m.start() - 200):m.start()])
            if expansion:
                cast.acronyms.setdefault(m.group(1), expansion.group(1))
    return cast


ACRONYM = re.compile(r"\s+\(([A-Z]{2,})\)")
EXPANSION = re.compile(r"((?:[A-Z][\w-]+\s+)(?:(?:of|for|and|the)\s+|[A-Z][\w-]+\s+)*[A-Z][\w-]+)$")
