"""Who is who in one article: full names, the short forms that refer to them, their roles, acronyms."""
from __future__ import annotations

import difflib
import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from dataclasses import dataclass, field

from builder.extract.lexicon import ROLE_NOUNS
from builder.extract.names import Name

# "Movement for Democratic Change (MDC)": an acronym defined in brackets after its name.
ACRONYM_IN_BRACKETS = re.compile(r"\s+\(([A-Z]{2,})\)")

# Written forms of titles, as the word a later description uses ("Gen." -> "the general").
ABBREVIATIONS = {"gen": "general", "col": "colonel", "lt": "lieutenant", "sgt": "sergeant", "capt": "captain",
                 "maj": "major", "gov": "governor", "sen": "senator", "rep": "representative", "dr": "doctor",
                 "prof": "professor", "adm": "admiral", "cmdr": "commander", "insp": "inspector",
                 "spokeswoman": "spokesperson", "spokesman": "spokesperson", "spokesperson": "spokesperson", "justice": "judge", "qc": "barrister",
                 "kc": "barrister"}
MAX_VARIANT_SCAN = 200
PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu)-", re.I)


@lru_cache(maxsize=4096)
def _role_words(role: str) -> frozenset[str]:
    """The head of a role, the last word before its first preposition, written out ('Gen.' -> 'general'), and
    every role word in it ('Deputy Prime Minister', 'police spokesman Chief Inspector'): a spokesman
    for the president is no president, an army spokesman is no army, the head of a company is not the company."""
    words = [ABBREVIATIONS.get(w, w) for w in re.findall(r"[a-z-]+", ROLE_TAIL.split(role.lower(), maxsplit=1)[0])]
    return frozenset(words[-1:]) | frozenset(w for w in words if w in ROLE_NOUNS)


ROLE_TAIL = re.compile(r"\s(?:for|of|to|at|in|with|from|on|representing|under)\s")


@lru_cache(maxsize=4096)
def _key(word: str) -> str:
    """'al-Sadr' and 'Sadr' refer to the same person; so do 'Chávez' and 'Chavez'."""
    return unaccented(PARTICLE.sub("", word).lower())


@lru_cache(maxsize=4096)
def unaccented(text: str) -> str:
    """`text` without its accents: copy spells one name both ways ('Hugo Chávez', 'Hugo Chavez')."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass
class Cast:
    """The people and organisations of an article, in order of first mention."""

    people: list[str] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)        # person -> first role written with the name
    mentions: dict[str, int] = field(default_factory=dict)     # person -> times named in full
    acronyms: dict[str, str] = field(default_factory=dict)     # "MDC" -> "Movement for Democratic Change"
    seen_at: dict[str, list[int]] = field(default_factory=dict)  # person -> sentences naming them, in order
    # Indexes over `people`, kept by add_person (its only writer), so that looking a name up does not
    # walk every person of the article: that made articles naming many people quadratic.
    _order: dict[str, int] = field(default_factory=dict, repr=False)
    _by_shape: dict[tuple, list[str]] = field(default_factory=dict, repr=False)   # (words, all but last) -> people
    _by_last: dict[str, list[str]] = field(default_factory=dict, repr=False)      # key of the last word -> people
    _by_later: dict[str, list[str]] = field(default_factory=dict, repr=False)     # key of any word but the first
    _by_first: dict[str, list[str]] = field(default_factory=dict, repr=False)     # key of the first word
    _variants: dict[str, str | None] = field(default_factory=dict, repr=False)   # variant_of's answers so far
    _best: dict[tuple[str, str], str] = field(default_factory=dict, repr=False)  # ("last"/"later", key) -> the
    # most-named person with that key, kept by add_person (mentions change nowhere else): resolve() took a
    # max over everyone sharing a surname for every one-word name
    _role_index: dict[str, tuple] = field(default_factory=dict, repr=False)      # by_role's, per head word
    _seen_index: dict[tuple[str, str], tuple] = field(default_factory=dict, repr=False)  # _named_last's, per key
    lower_words: frozenset[str] = frozenset()     # words the article writes in lower case somewhere
    lone_words: frozenset[str] = frozenset()      # one-word names the article writes ("Cosby said", "Wood's films")
    quoted: frozenset[str] = frozenset()          # the speakers of the article's quotes
    body_short: frozenset[str] = frozenset()      # "Black Lotus" of "Black Lotus Communications": a body's short form

    def add_person(self, name: str, role: str | None) -> str:
        """Record a full name; a spelling variant of a known name ('Bakar'/'Bacar') joins it."""
        same = self.variant_of(name)
        canonical = same or name
        if not same:
            self.people.append(name)
            self._index(name)
            self._variants.clear()              # answers given before this person joined may change
        self.mentions[canonical] = self.mentions.get(canonical, 0) + 1
        self._rank(canonical)
        if role and canonical not in self.roles:
            self.roles[canonical] = role
        self._role_index.clear()
        self._seen_index.clear()
        return canonical

    def note_seen(self, person: str, sentence: int) -> None:
        """`person` is named in sentence `sentence` (in order)."""
        self.seen_at.setdefault(person, []).append(sentence)
        self._role_index.clear()
        self._seen_index.clear()

    def _rank(self, person: str) -> None:
        """Only `person`'s count has grown: it alone may now be the most-named for its keys."""
        words = person.split()
        score = lambda p: (self.mentions.get(p, 0), -self._order[p])      # noqa: E731
        keys = [("last", _key(words[-1]))] if words else []
        keys += [("later", key) for key in dict.fromkeys(_key(w) for w in words[1:])]
        for key in keys:
            best = self._best.get(key)
            if best is None or score(person) > score(best):
                self._best[key] = person

    def _index(self, name: str) -> None:
        words = name.split()
        self._order[name] = len(self._order)
        self._by_shape.setdefault((len(words), tuple(unaccented(w) for w in words[:-1])), []).append(name)
        if words:
            self._by_last.setdefault(_key(words[-1]), []).append(name)
            if len(words) > 1:
                self._by_first.setdefault(_key(words[0]), []).append(name)
        for key in dict.fromkeys(_key(w) for w in words[1:]):
            self._by_later.setdefault(key, []).append(name)

    def variant_of(self, name: str) -> str | None:
        # A known name is returned as itself: no earlier person can be its variant, or it would not
        # have been added. Otherwise the first person of the same shape whose last word is close.
        if name in self._order:
            return name
        if name not in self._variants:
            words = name.split()
            matcher = difflib.SequenceMatcher(None, "", _key(words[-1]) if words else "")   # the name's side once
            self._variants[name] = None
            # Only the first MAX_VARIANT_SCAN people of the same shape are compared: a list of hundreds of
            # "Ahmed X" made each new name a scan of all the others (quadratic); no news story has that many.
            for known in self._by_shape.get((len(words), tuple(unaccented(w) for w in words[:-1])),
                                             [])[:MAX_VARIANT_SCAN]:
                matcher.set_seq1(_key(known.split()[-1]))
                if matcher.real_quick_ratio() >= 0.75 and matcher.quick_ratio() >= 0.75 and matcher.ratio() >= 0.75:
                    self._variants[name] = known
                    break
        return self._variants[name]

    def knows(self, person: str) -> bool:
        """Whether `person` is a full name the article gives (a lookup, not a scan of `people`)."""
        return person in self._order

    def resolve(self, word: str, before: int | None = None) -> str | None:
        """The full name a surname or first name stands for, preferring the most-named person; with `before` (a
        sentence index), of two people sharing it the one named most recently up to that sentence ("police chief
        Ibrahim Sahin ... Justice Minister Mehmet Ali Şahin asserted ... said Şahin")."""
        key = _key(word)
        for kind, index in (("last", self._by_last), ("later", self._by_later)):
            people = index.get(key)
            if not people:
                continue
            if before is not None and len(people) > 1:
                recent = self._named_last(kind, key, people, before)
                if recent is not None:
                    return recent
            return self._best[(kind, key)]
        return None

    def _named_last(self, kind: str, key: str, people: list[str], before: int) -> str | None:
        """Of `people` (who share a name key), the one named in full most recently up to sentence `before`."""
        if (kind, key) not in self._seen_index:
            self._seen_index[(kind, key)] = self._mentions(people, self._order.__getitem__)
        sentences, who = self._seen_index[(kind, key)]
        last = bisect_right(sentences, before)
        return who[last - 1] if last else None

    def resolve_first(self, word: str) -> str | None:
        """The person a lone first word stands for ('Kim' for Kim Jong Nam, family name first; 'Roger' for a
        man named in full before): the most-named person whose name begins with it."""
        best = None
        for person in self._by_first.get(_key(word), ()):
            if best is None or (self.mentions.get(person, 0), -self._order[person]) > \
                    (self.mentions.get(best, 0), -self._order[best]):
                best = person
        return best

    def by_role(self, description: str, before: int | None = None) -> str | None:
        """The person a description refers to: 'the government spokesman' -> the named spokesman.
        With `before` (a sentence index), the one named most recently before that sentence."""
        head = description.lower().split()[-1] if description.split() else ""
        head = ABBREVIATIONS.get(head, head)
        if not head:
            return None
        if head not in self._role_index:
            holders = [p for p, role in self.roles.items() if head in _role_words(role)]
            rank = {p: r for r, p in enumerate(holders)}
            self._role_index[head] = (holders, *self._mentions(holders, rank.__getitem__))
        holders, sentences, who = self._role_index[head]
        if not holders:
            return None
        last = len(who) if before is None else bisect_right(sentences, before)
        return who[last - 1] if last else holders[0]

    def _mentions(self, people: list[str], rank) -> tuple[list[int], list[str]]:
        """Every full-name mention of `people` in sentence order (within a sentence the first-ranked last): "the one
        named most recently up to sentence n" is then a bisection, where a scan of everyone's mentions for every
        lookup was quadratic."""
        seen = sorted((i, -rank(p), p) for p in people for i in self.seen_at.get(p, ()))
        return [i for i, _, _ in seen], [p for _, _, p in seen]

    def expand(self, acronym: str) -> str:
        return self.acronyms.get(acronym, acronym)


def build_cast(sentences_names: list[tuple[str, list[Name]]]) -> Cast:
    """Collect full names (two words or more) first, so short forms anywhere can be resolved."""
    cast = Cast()
    for index, (text, names) in enumerate(sentences_names):
        for name in names:
            if name.kind == "person" and not name.single:
                cast.note_seen(cast.add_person(name.text, name.role), index)
        for m in ACRONYM_IN_BRACKETS.finditer(text):
            # The name is looked for in a bounded stretch before "(ABC)": matching from every capital
            # of the sentence was quadratic on long runs of capitalised words.
            expansion = EXPANSION.search(text[max(0, m.start() - 200):m.start()])
            if expansion:
                # "The Economic Community of ... (ECOWAS)" opening a sentence: the article is no part of the name
                cast.acronyms.setdefault(m.group(1), re.sub(r"^(?:The|A|An)\s+", "", expansion.group(1)))
    cast.lower_words = frozenset(w for text, _ in sentences_names for w in LOWER_WORD.findall(text))
    cast.lone_words = frozenset(n.text for _, names in sentences_names for n in names if n.single)
    cast.body_short = frozenset(name.text.rsplit(" ", 1)[0] for _, names in sentences_names for name in names
                                if name.kind == "organisation" and len(name.text.split()) > 2)
    return cast


LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
EXPANSION = re.compile(r"((?:[A-Z][\w-]+\s+)(?:(?:of|for|and|the)\s+|[A-Z][\w-]+\s+)*[A-Z][\w-]+)$")
