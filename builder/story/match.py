"""Is this report an event the timeline already holds? Deterministic, explainable, and never every pair.

Every entry of the timeline is indexed by the stems of its content words (names and figures among them). A new
report looks up the entries that share its rarer words (a word in more than `COMMON_SHARE` of the entries opens
no candidates), keeps the `CANDIDATES` best by the weight of what they share, and scores only those:

* wording: the weighted overlap (Dice, each word weighted by how rare it is in the story) of the report's best
  sentence with the entry's most similar sentence;
* figures: a count both give (killed 162), or a number both name (36,000ft, 353knts);
* the day: two dates stated in both must agree (a day apart at most); a report that states no day of its own (a
  later article retelling background) is placed by its wording, not by its article's day;
* the kind of event and who speaks: a statement by one speaker is never another speaker's.

Each merge is given with its reasons, in one line.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import math
from dataclasses import dataclass, field

import re

from builder.extract.date_words import ORDINALS
from builder.extract.lexicon import SPEECH_VERBS
from builder.model import Entry
from builder.extract.dates import find_dates
from builder.story.figures import PART_OF_A_TOLL, find_counts, identifier_numbers
from builder.story.words import STEMS, content_words, fold, is_number, name_words
from builder.validate import date_bounds

COMMON_SHARE = 0.05          # a word in more than this share of entries (and more than COMMON_MIN) opens no candidates
COMMON_MIN = 20
CANDIDATES = 12              # entries scored in full for one report
RAREST_WORDS = 40            # the report's words looked up to find them
# Thresholds: how alike two reports must be to be one event. Within one article the bar is higher: extraction
# already grouped the article's sentences into events, so two of its events are one only when plainly retold.
SAME_WORDING = 0.4           # best sentence pair, weighted Dice
SAME_WORDING_IN_ARTICLE = 0.6
WITH_NUMBER = 0.2            # ... when they also share a number (a distance, a speed, an amount)
WITH_NUMBER_IN_ARTICLE = 0.3
WITH_FIGURE = 0.15           # ... when they also give the same count of the same measure
SAME_SPEAKER = 0.2           # ... when one speaker speaks in both, on the same day
TOPIC_SHARE = 0.35           # the part of what two sentences share that is not names (who, where) must weigh this much
RARE = 3                     # a number in at most this many entries is a figure worth matching on
# A later count of the dead (wounded, missing ...) is the same toll, told again: one entry, the count's history.
TOLLS = frozenset({"killed", "injured", "missing", "displaced", "held"})
TOLL_CATEGORIES = frozenset({"casualties", "strike", "shelling", "other", "humanitarian"})
STATEMENTS = frozenset({"statement", "warning", "rejection", "ultimatum", "diplomacy", "agreement"})


# Counts that tell which craft or group a report is about, not what happened to it.
IDENTIFYING_COUNTS = frozenset({"aboard"})


@dataclass
class Profile:
    """What matching knows of one entry (or one report): its sentences' words, date, kind, speakers, counts."""

    id: str
    date: str
    explicit: bool                     # the date was stated, not inherited from the article's day
    category: str
    sentences: list[frozenset[str]]
    texts: list[str]                   # a short hash of each sentence (whitespace folded): the same sentence?
    stated: list[str | None]           # the day each sentence states itself (None: it states none)
    names: list[frozenset[str]]        # each sentence's words written with a capital: names, not what happened
    counts: list[frozenset[tuple[str, int]]]
    origin: str                        # the article that first told it: within it, extraction already grouped
    origins: list[str]                 # each sentence's article
    speakers: frozenset[str]
    figures: frozenset[tuple[str, int]]
    latest: str = ""                   # the latest publication day among its articles
    tolls: list[frozenset[str]] = field(default_factory=list)   # measures each sentence counts as a toll so far
    partial: list[bool] = field(default_factory=list)   # a new report's sentences that count one place's dead only

    @property
    def words(self) -> frozenset[str]:
        return frozenset().union(*self.sentences) if self.sentences else frozenset()


class Sets(list):
    """Lists of words read from the manifest, made sets only when used: indexing 10,000 entries needs their words,
    comparing needs the sets of a dozen."""

    def __getitem__(self, index):
        item = super().__getitem__(index)
        if not isinstance(item, frozenset):
            item = frozenset(tuple(x) if isinstance(x, list) else x for x in item)
            super().__setitem__(index, item)
        return item

    def __iter__(self):
        return (self[i] for i in range(len(self)))


SPEECH = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")\b")


def speakers_of(entry: Entry) -> frozenset[str]:
    """Who speaks in an entry: its quotes' speakers, and the people named before the first verb of speech."""
    found = {fold(q.speaker) for q in entry.quotes if q.speaker != "unidentified speaker"}
    if entry.sources:
        first = entry.sources[0].text
        verb = SPEECH.search(first)
        if verb:
            before = fold(first[:verb.start()])
            named = sorted((before.find(fold(p.split()[-1])), fold(p)) for p in entry.people
                           if fold(p.split()[-1]) in before)
            found |= {named[0][1]} if named else set()        # the subject: the first person named
    return frozenset(found)


@functools.lru_cache(maxsize=1 << 16)
def _counts(text: str) -> frozenset[tuple[str, int]]:
    return frozenset((c.measure, c.value) for c in find_counts(text))


@functools.lru_cache(maxsize=1 << 16)
def _tolls(text: str) -> frozenset[str]:
    return frozenset(c.measure for c in find_counts(text) if c.cumulative)


def text_key(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:12]


def profile_json(p: Profile) -> dict:
    """A profile as the manifest keeps it, so that the next run indexes 10,000 entries without reading them."""
    return {"date": p.date, "explicit": p.explicit, "category": p.category, "origin": p.origin,
            "origins": p.origins, "texts": p.texts, "speakers": sorted(p.speakers),
            "figures": sorted([m, v] for m, v in p.figures), "latest": p.latest,
            "sentences": [sorted(w) for w in p.sentences], "names": [sorted(w) for w in p.names],
            "counts": [sorted([m, v] for m, v in c) for c in p.counts], "stems": STEMS}


def _strings(value) -> bool:
    return isinstance(value, list) and all(isinstance(x, str) for x in value)


def _counted(value) -> bool:
    return isinstance(value, list) and all(isinstance(c, list) and len(c) == 2 and isinstance(c[0], str)
                                           and isinstance(c[1], int) and not isinstance(c[1], bool) for c in value)


#: What each field of a profile kept in the manifest (profile_json, and the names a run keeps beside it) must be.
#: Checking 10,000 entries' costs about 0.07 s (a run into a 10,058-entry timeline: 1.39 s, bench/RESULTS.md).
MATCH_FIELDS = {"date": lambda v: isinstance(v, str), "explicit": lambda v: isinstance(v, bool),
                "category": lambda v: isinstance(v, str), "origin": lambda v: isinstance(v, str),
                "origins": _strings, "texts": _strings, "speakers": _strings, "figures": _counted,
                "sentences": lambda v: isinstance(v, list) and all(_strings(x) for x in v),
                "names": lambda v: isinstance(v, list) and all(_strings(x) for x in v),
                "counts": lambda v: isinstance(v, list) and all(_counted(x) for x in v),
                "stems": lambda v: v == STEMS and not isinstance(v, bool)}
OPTIONAL_MATCH_FIELDS = {"latest": lambda v: isinstance(v, str), "people": _strings, "organisations": _strings,
                         "short": _strings}


def well_formed_match(data) -> bool:
    """Whether a manifest's `match` is of profile_json's shape: anything else (a hand edit, a bad merge) is worked
    out again from the entry's reports, never read."""
    return isinstance(data, dict) and all(k in data and ok(data[k]) for k, ok in MATCH_FIELDS.items()) and all(
        ok(data[k]) for k, ok in OPTIONAL_MATCH_FIELDS.items() if k in data)


def profile_from_json(entry_id: str, data: dict) -> Profile:
    n = len(data["sentences"])
    found = Profile(id=entry_id, date=data["date"], explicit=data["explicit"], category=data["category"],
                    sentences=Sets(data["sentences"]), texts=data["texts"],
                    stated=[data["date"] if data["explicit"] else None] * n, names=Sets(data["names"]),
                    counts=Sets(data["counts"]), origin=data["origin"], origins=data["origins"],
                    speakers=frozenset(data["speakers"]), figures=frozenset((m, v) for m, v in data["figures"]),
                    latest=data.get("latest", ""))
    if not (len(found.texts) == len(found.origins) == n == len(found.names) == len(found.counts)):
        raise ValueError(entry_id)
    return found


def _own_day(text: str, published: str) -> str | None:
    """The date a sentence states itself ("today", "on December 28"), resolved against its article's day."""
    try:
        day = dt.date.fromisoformat(published)
    except ValueError:
        return None
    found = [m for m in find_dates(text, day) if m.role == "point" and m.value and not m.approximate]
    return found[0].value if found else None


def profile(entry: Entry, published: str = "", own_days: bool = False) -> Profile:
    """What matching knows of an entry. `own_days`: read the date each sentence states (for a new report; an entry
    of the timeline has its date)."""
    texts = [s.text for s in entry.sources] or [entry.summary]
    counts = [_counts(t) for t in texts]
    figures = set().union(*counts) | {(f.measure, f.value) for f in entry.figures}
    explicit = bool(entry.when) and not entry.approximate
    return Profile(
        id=entry.id, date=entry.date, explicit=explicit, category=entry.category,
        sentences=[content_words(t) for t in texts], texts=[text_key(t) for t in texts],
        stated=[_own_day(t, published) for t in texts] if own_days else [entry.date if explicit else None] * len(texts),
        names=[name_words(t) | identifier_numbers(t) for t in texts], counts=counts,
        tolls=[_tolls(t) for t in texts] if own_days else [frozenset()] * len(texts),
        partial=[bool(PART_OF_A_TOLL.search(t)) and not c for t, c in zip(texts, counts)] if own_days else [],
        origin=entry.sources[0].article or "" if entry.sources else "",
        origins=[s.article or "" for s in entry.sources] or [""],
        speakers=speakers_of(entry),
        figures=frozenset(figures), latest=published)


@dataclass
class Match:
    """A report found to be an entry's event, and why."""

    id: str
    sentence: int                      # which of the report's sentences matched best
    similarity: float
    reasons: list[str]
    told_in: int = 0                   # which of the entry's sentences it matched (0: the one that leads it)


def _days_apart(a: str, b: str) -> int | None:
    """0 when the dates overlap (2014 holds 2014-12-28), else the days between them; None if unreadable."""
    try:
        (a0, a1), (b0, b1) = date_bounds(a), date_bounds(b)
        first, second = dt.date.fromisoformat(min(a1, b1)), dt.date.fromisoformat(max(a0, b0))
    except ValueError:
        return None
    return max(0, (second - first).days)


# Words a small number ranks: "Category 5", "Level 3", "Phase 2", "the sixth level".
LABEL_WORDS = frozenset({"category", "level", "phase", "stage", "grade", "round"})
LABEL_MAX = 20


def _ranks(words: frozenset[str]) -> set[int]:
    """The small numbers among the words, in figures or as ordinals ("5", "fifth"): not counts in words ("several",
    "few"), which rank nothing."""
    ranks: set[int] = set()
    for w in words:
        value = int(w) if w.isdigit() else ORDINALS.get(w)
        if value is not None and value <= LABEL_MAX:
            ranks.add(value)
    return ranks


def _labels_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sentences share a label word (category ...) but no small number that could rank it."""
    if not a & b & LABEL_WORDS:
        return False
    ranks_a, ranks_b = _ranks(a), _ranks(b)
    return bool(ranks_a) and bool(ranks_b) and not ranks_a & ranks_b


@dataclass
class Index:
    """Entries by the words they contain, for finding the few that may hold a report's event."""

    profiles: dict[str, Profile] = field(default_factory=dict)
    postings: dict[str, set[str]] = field(default_factory=dict)
    apart: dict[str, set[str]] = field(default_factory=dict)      # id -> ids it must never be merged with
    _idf: dict[str, float] = field(default_factory=dict)          # weights as of the index's present state

    def add(self, p: Profile) -> None:
        self.remove(p.id)
        self._idf.clear()
        self.profiles[p.id] = p
        postings = self.postings
        for word in set().union(*list.__iter__(p.sentences)) if p.sentences else ():
            if word in postings:
                postings[word].add(p.id)
            else:
                postings[word] = {p.id}

    def remove(self, entry_id: str) -> None:
        old = self.profiles.pop(entry_id, None)
        if old is None:
            return
        self._idf.clear()
        for word in set().union(*list.__iter__(old.sentences)) if old.sentences else ():
            ids = self.postings.get(word)
            if ids is not None:
                ids.discard(entry_id)
                if not ids:
                    del self.postings[word]

    def keep_apart(self, a: str, b: str) -> None:
        self.apart.setdefault(a, set()).add(b)
        self.apart.setdefault(b, set()).add(a)

    def idf(self, word: str) -> float:
        """How rare a word is among the entries (a word no entry has weighs most)."""
        found = self._idf.get(word)
        if found is None:
            found = self._idf[word] = math.log((len(self.profiles) + 1) / (len(self.postings.get(word, ())) + 1)) + 1
        return found

    def _weight(self, words: frozenset[str]) -> float:
        return sum(self.idf(w) for w in words)

    def candidates(self, report: Profile) -> list[str]:
        """The entries sharing the report's rarer words, best first (by the weight of what they share). Only the
        report's RAREST_WORDS rarest words are looked up: the cost stays that of a few short lists."""
        common = max(COMMON_MIN, int(COMMON_SHARE * len(self.profiles)))
        weight: dict[str, float] = {}
        looked = sorted((len(self.postings[w]), w) for w in report.words if w in self.postings)
        for size, word in looked[:RAREST_WORDS]:
            if size > common:
                break
            ids = self.postings[word]
            w = self.idf(word)
            for entry_id in ids:
                weight[entry_id] = weight.get(entry_id, 0.0) + w
        return sorted(weight, key=lambda i: (-weight[i], i))[:CANDIDATES]

    def similarity(self, a: frozenset[str], b: frozenset[str]) -> tuple[float, frozenset[str]]:
        shared = a & b
        if not shared:
            return 0.0, shared
        total = self._weight(a) + self._weight(b)
        return (2 * self._weight(shared) / total if total else 0.0), shared

    def best(self, report: Profile, article: str, exclude: set[str] = frozenset()) -> Match | None:
        """The entry this report is an event of, if any, with the reasons; None when it is a new event."""
        found: list[tuple[float, str, Match]] = []
        for entry_id in self.candidates(report):
            if entry_id in exclude:
                continue
            match = self.compare(report, self.profiles[entry_id], article)
            if match is not None:
                found.append((-match.similarity, entry_id, match))
        return min(found)[2] if found else None

    def related(self, report: Profile, least: float) -> str | None:
        """The entry whose wording is nearest the report's first sentence, if at least `least` alike (for links)."""
        if not report.sentences:
            return None
        found = []
        for entry_id in self.candidates(report):
            sim = max((self.similarity(report.sentences[0], words)[0] for words in self.profiles[entry_id].sentences),
                      default=0.0)
            if sim >= least:
                found.append((-sim, entry_id))
        return min(found)[1] if found else None

    def compare(self, report: Profile, entry: Profile, article: str) -> Match | None:
        """Whether `report` tells `entry`'s event, and why; None when it does not. Sentence pairs are tried from
        the most alike down; the first pair that passes every test decides."""
        same_article = article == entry.origin
        pairs = []
        for a, words in enumerate(report.sentences):
            for b, others in enumerate(entry.sentences):
                if report.texts[a] == entry.texts[b] and entry.origins[b] == article:
                    continue                 # one sentence the article itself split into two events
                sim, shared = self.similarity(words, others)
                if shared:
                    pairs.append((-sim, a, b, shared))
        for negative, a, b, shared in sorted(pairs, key=lambda p: p[:3]):
            reasons = self._same_event(report, entry, a, b, -negative, shared, same_article)
            if reasons is not None:
                return Match(entry.id, a, round(-negative, 3), reasons, b)
        return None

    def _same_event(self, report: Profile, entry: Profile, a: int, b: int, sim: float, shared: frozenset[str],
                    same_article: bool) -> list[str] | None:
        """The reasons sentence `a` of the report tells the event of `entry` (its sentence `b` most alike), or None."""
        reasons: list[str] = []
        stated = report.stated[a]
        rare = sorted(shared, key=lambda w: (-self.idf(w), w))[:5]
        wording = f"wording {sim:.2f} ({', '.join(rare)})"
        # A later count of the same toll (the dead, the missing ...) is that toll told again, on any later day.
        told = {m for m, _ in report.counts[a]} if report.category == "casualties" else set(report.tolls[a])
        tolls = sorted(told & {m for m, _ in entry.figures} & TOLLS)
        if tolls and not same_article and entry.category in TOLL_CATEGORIES \
                and report.latest >= entry.date and (stated or report.latest) >= entry.date and sim >= WITH_FIGURE:
            return [f"a later count of the {', '.join(tolls)}", wording]
        # The day: dates both state must agree; a sentence that states none is placed by what it says. A day after
        # every report of the entry came out is not one they told ("It reached shore as a Category 5 hurricane", of
        # a landfall on Tuesday, is not Monday's "Felix has now been raised to a Category 5").
        day = stated or (report.date if report.explicit else None)
        if day and len(day) == 10 and not entry.explicit and entry.latest and entry.date <= entry.latest < day:
            return None
        if stated and entry.explicit:
            apart = _days_apart(stated, entry.date)
            if apart is None or apart > 1:
                return None
            reasons.append(f"same day {entry.date}" if apart == 0 else f"a day apart ({stated}, {entry.date})")
        elif not stated:
            reasons.append(f"no day stated, placed on {entry.date}")
        # A storm of Category 2 is not one of Category 1, nor Phase 3 Phase 2: a ranked label told with different
        # numbers is another event, however alike the words ("Dean was downgraded to a Category 2 storm" on Tuesday,
        # "The storm has since been downgraded to Category 1 status" the next day).
        if _labels_differ(report.sentences[a], entry.sentences[b]):
            return None
        # Who speaks: one speaker's statement is not another's.
        if report.category in STATEMENTS and entry.category in STATEMENTS and report.speakers and entry.speakers \
                and not report.speakers & entry.speakers:
            return None
        topic = shared - report.names[a] - entry.names[b]       # what is shared besides who and where
        topical = self._weight(topic) >= TOPIC_SHARE * self._weight(shared)
        # (not a number that names: "Flight 447" in both tells the same flight, not the same event)
        # (not the people aboard: "228 people on board" tells which flight, as its number does, not which event)
        identifying = {(m, v) for m, v in report.counts[a] if m in IDENTIFYING_COUNTS}
        told_counts = report.counts[a] - identifying
        aboard = {str(v) for _, v in identifying}
        # (nor one place's dead: "10,000 died in one town alone" is no report of a toll of 10,000)
        numbers = [] if report.partial and report.partial[a] else \
            sorted(w for w in report.sentences[a] & entry.words - report.names[a] - entry.names[b]
                   if is_number(w) and self._rare(w) and w not in aboard)
        figures = sorted(told_counts & entry.figures)
        people = sorted({v for _, v in told_counts} & {v for m, v in entry.figures if v >= 10
                                                       and m not in IDENTIFYING_COUNTS})
        speaker = sorted(report.speakers & entry.speakers)
        rules = (
            (speaker and not same_article and report.date == entry.date and len(entry.date) == 10
             and sim >= SAME_SPEAKER and topical and (report.category in STATEMENTS or entry.category in STATEMENTS),
             f"same speaker ({speaker[0] if speaker else ''}) that day"),
            (figures and sim >= (WITH_NUMBER_IN_ARTICLE if same_article else WITH_FIGURE),
             "same counts " + ", ".join(f"{m} {v}" for m, v in figures)),
            (people and sim >= (WITH_NUMBER_IN_ARTICLE if same_article else WITH_FIGURE),
             "same number of people " + ", ".join(map(str, people))),
            (numbers and sim >= (WITH_NUMBER_IN_ARTICLE if same_article else WITH_NUMBER),
             "same figures " + ", ".join(numbers)),
            (sim >= (SAME_WORDING_IN_ARTICLE if same_article else SAME_WORDING) and topical, ""),
        )
        for passed, why in rules:
            if passed:
                return reasons + ([why] if why else []) + [wording]
        return None

    def _rare(self, word: str) -> bool:
        return len(self.postings.get(word, ())) <= RARE
