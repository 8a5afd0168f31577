"""One run over a story's timeline: each article's reports joined to the entries of the events they tell.

For every article extracted, in order:

1. a report the article gave before (found by its key, its wanted id, or a reworded first sentence) continues
   the entry it fed; a report it no longer gives leaves that entry (which goes when no report is left);
2. a new report goes to the entry whose event it tells (builder/story/match.py says which, and why), or to a new
   entry; a sentence of it that tells an event an earlier article gave joins that event alone;
3. a report that denies, corrects or extends an entry gets an entry of its own that `revises` it.

Editors stay in charge: an entry edited by hand (or added, or deleted) is never written; a new report of it is
recorded and reported. `same_as` in an entry sends its reports, now and later, to the entry named; a sentence an
editor takes out of an entry's sources becomes an entry of its own, kept apart from it (`distinct_from`).
Every entry touched is composed again from all its reports (builder/story/compose.py).
"""
from __future__ import annotations

import difflib
import os
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from pathlib import Path

from builder.dump import dump_entry
from builder.extract.headlines import title_from
from builder.extract.writing import make_id, summary_from
from builder.ids import Ids
from builder.loader import entry_files, load_entry_file
from builder.model import Entry, Revision
from builder.story.compose import compose
from builder.story.figures import figures_of
from builder.story.match import (SAME_WORDING, Index, Match, Profile, profile, profile_from_json, profile_json,
                                 text_key)
from builder.story.names import Names
from builder.story.reports import SOURCE_CHARS, ArticleReport, Record, first_source, report_key, sha
from builder.story.revisions import RELATED, revision_kind

SIMILAR = 0.6               # a reworded sentence at least this similar is still the same report
MAX_COMPARISONS = 20_000    # beyond this many pairs, skip pairing reworded sentences (it is quadratic)
SHOWN = 70                  # characters of a sentence quoted in a merge line


def _read_path(path: str) -> str | None:
    """A file's text as read_text gives it (universal newlines), or None when it is gone."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except (FileNotFoundError, IsADirectoryError):
        return None
    return data.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except (FileNotFoundError, IsADirectoryError):
        return None


@dataclass
class Outcome:
    """What one article's reports did to the timeline, for the user."""

    article: str
    touched: list[str] = field(default_factory=list)         # entries holding its reports, or that it left
    merged: list[str] = field(default_factory=list)          # one line per report joined to an existing entry
    recorded: list[str] = field(default_factory=list)        # new reports of entries editors own
    revisions: list[str] = field(default_factory=list)
    renamed: dict[str, str] = field(default_factory=dict)    # id written -> id wanted but taken
    unpaired: int = 0


@dataclass
class Write:
    """The plan for one entry: its text as the builder would write it, and what to do with it."""

    id: str
    text: str | None                  # None: the entry has no report left
    action: str                       # write | keep-edited | keep-deleted | remove | release | drop
    current: str | None = None        # the file as it is (for an edited entry: what --show-conflicts diffs from)


class Story:
    """The timeline folder as one run sees it: the builder's records, the files, the editors' directives."""

    def __init__(self, folder: Path, records: dict[str, Record] | None, names_digest: str = ""):
        self.folder = folder
        self.fresh = records is None                      # no manifest: only identical files can be the builder's
        self.records: dict[str, Record] = records or {}
        self.names = Names.load(folder)
        self.touched: dict[str, str] = {}                 # id -> first article of this run that touched it
        self.messages: list[str] = []                     # run-wide lines (same_as, splits)
        self.current: dict[str, str | None] = {}
        self.state: dict[str, str] = {}                   # recorded id -> ours | edited | deleted
        self.editors: dict[str, Entry] = {}               # edited or hand-added entries, as their files say
        self.foreign: set[str] = set()                    # files the manifest does not know: added by hand
        self.alias: dict[str, str] = {}                   # id -> the id of the entry it is the same as
        self.index = Index()
        self.kept_apart: set[str] = set()                 # entries this article's new reports may not join
        self._scan()
        self.taken = Ids({p.stem for p in folder.glob("*.y*ml")} | set(self.records)) if folder.is_dir() \
            else Ids(set(self.records))
        # Entries by the surnames and acronyms their reports name: when an article brings the full name that one
        # of them stands for, those entries are written again with it.
        self.short_names: dict[str, set[str]] = {}
        for record in self.records.values():
            known = record.match or {}
            if {"people", "organisations", "short"} <= set(known):      # kept by the run that wrote the entry
                self.names.learn(tuple(known["people"]), tuple(known["organisations"]))
                for key in known["short"]:
                    self.short_names.setdefault(key, set()).add(record.id)
                continue
            for report in record.reports:
                if report.entry is not None:
                    self.names.learn(report.entry.people, report.entry.organisations)
                    self._learn_short(record.id, report.entry)
        self.names.changed.clear()
        self._directives()
        for entry_id, record in self.records.items():
            if record.match is not None and self.state.get(entry_id) != "edited" and record.has_reports():
                try:
                    self.index.add(profile_from_json(entry_id, record.match))
                    continue
                except (KeyError, TypeError, ValueError):
                    record.match = None               # not of this version's shape: worked out again below
            self._index(entry_id)
        for entry_id in self.foreign:
            if entry_id in self.editors:
                self.index.add(profile(self.editors[entry_id]))
        if names_digest != self.names.digest:             # the editors' names changed: every entry is written again
            for entry_id, record in self.records.items():
                if record.has_reports():
                    self._touch(entry_id, "")

    # --- what is on disk -------------------------------------------------------------------------------------

    def _scan(self) -> None:
        """Each recorded entry's state, by the hash of its file; files the manifest does not know are the editors'.
        One pass over the folder with plain paths: at 10,000 entries this is most of what a run costs."""
        names = {e.name for e in os.scandir(self.folder) if e.is_file()} if self.folder.is_dir() else set()
        folder = str(self.folder)
        for entry_id, record in self.records.items():
            name = f"{entry_id}.yml"
            text = _read_path(os.path.join(folder, name)) if name in names else None
            state = "deleted" if text is None else "ours" if sha(text) in record.hashes else "edited"
            self.state[entry_id] = state
            if state == "edited":
                self.current[entry_id] = text
                self._parse(entry_id, self.folder / name)
        recorded = {f"{i}.yml" for i in self.records}
        for path in entry_files(self.folder)[0] if self.folder.is_dir() else ():
            if path.name not in recorded and path.stem not in self.records:
                self.foreign.add(path.stem)
                self._parse(path.stem, path)

    def _parse(self, entry_id: str, path: Path) -> None:
        entry, problems = load_entry_file(path)
        if entry is not None and not problems:
            self.editors[entry_id] = entry

    def _directives(self) -> None:
        """same_as and distinct_from written by editors, and the sentences they took out of an entry."""
        for entry_id, entry in sorted(self.editors.items()):
            for other in entry.distinct_from:
                self.index.keep_apart(entry_id, other)
            if entry.same_as:
                self.alias[entry_id] = entry.same_as
        for entry_id, record in self.records.items():
            for other in record.apart:
                self.index.keep_apart(entry_id, other)
        for entry_id in sorted(self.alias):
            target = self.resolve(entry_id)
            record = self.records.get(entry_id)
            if target == entry_id or record is None or not record.reports:
                continue
            if target not in self.records:
                self.messages.append(f"note {entry_id}.yml: same_as names {target}.yml, an entry added by hand; "
                                     "its reports stay with it")
                continue
            self.records[target].reports += record.reports
            record.reports = []
            self._touch(target, "")
            self._touch(entry_id, "")
            self.messages.append(f"merged {entry_id}.yml into {target}.yml: same_as, set by hand; "
                                 f"{entry_id}.yml is yours now")
        for entry_id in sorted(self.records):
            if self.state.get(entry_id) == "edited" and entry_id in self.editors and entry_id not in self.alias:
                self._split_off(entry_id)

    def _split_off(self, entry_id: str) -> None:
        """Reports whose sentences an editor took out of an entry's sources become entries of their own."""
        record = self.records[entry_id]
        if len(record.reports) < 2:
            return
        kept = [" ".join(s.text.split()) for s in self.editors[entry_id].sources]

        def cited(report: ArticleReport) -> bool:
            texts = [" ".join(s.text.split()) for s in report.entry.sources] if report.entry else [report.source]
            return any(t == k or difflib.SequenceMatcher(None, t, k).ratio() >= SIMILAR for t in texts for k in kept)

        # Only reports the builder wrote into the file can have been taken out of it.
        gone = [r for r in record.reports if not r.unwritten and not cited(r)]
        if not gone or len(gone) == len(record.reports):
            return
        record.reports = [r for r in record.reports if r not in gone]
        self._touch(entry_id, "")
        # One new entry per sentence taken out: the reports of one sentence (a sentence may tell two events
        # of the entry, "the toll from the quake that struck on Thursday has risen") stay together.
        by_sentence: dict[tuple[str, str], list[ArticleReport]] = {}
        for report in gone:
            if report.entry is not None:
                by_sentence.setdefault((report.article, first_source(report.entry)), []).append(report)
        for reports in by_sentence.values():
            new_id = self.taken.claim(reports[0].entry.id)
            self.records[new_id] = Record(new_id, reports, [], pending=True, apart=(entry_id,))
            self.state[new_id] = "new"
            self.index.keep_apart(new_id, entry_id)
            self._touch(new_id, reports[0].article)
            self.messages.append(f"split {new_id}.yml from {entry_id}.yml: its sentence was taken out of "
                                 f"{entry_id}.yml by hand; kept apart from it")

    def resolve(self, entry_id: str) -> str:
        """The entry `entry_id` stands for, following same_as (a circle stops where it closes)."""
        seen = {entry_id}
        while entry_id in self.alias and self.alias[entry_id] not in seen:
            entry_id = self.alias[entry_id]
            seen.add(entry_id)
        return entry_id

    # --- the index --------------------------------------------------------------------------------------------

    def _profile(self, entry_id: str) -> Profile | None:
        record = self.records[entry_id]
        if self.state.get(entry_id) == "edited" and entry_id in self.editors:
            return profile(self.editors[entry_id])
        reports = [r for r in record.reports if r.entry is not None]
        if not reports:
            return None
        entry = compose(entry_id, reports, self.names)
        return profile(entry, max(r.published for r in reports))

    def _index(self, entry_id: str) -> None:
        record = self.records.get(entry_id)
        found = self._profile(entry_id) if record is not None and record.has_reports() else None
        if found is None:
            self.index.remove(entry_id)
        else:
            self.index.add(found)

    def _touch(self, entry_id: str, article: str) -> None:
        self.touched.setdefault(entry_id, article)

    # --- one article ------------------------------------------------------------------------------------------

    def add_article(self, article: str, published: str, drafts: list[Entry]) -> Outcome:
        """Join one article's extracted events to the timeline."""
        outcome = Outcome(article)
        drafts = [replace(d, figures=figures_of(d, published)) for d in drafts]
        for draft in drafts:
            self.names.learn(draft.people, draft.organisations)
        previous = {r.key: (entry_id, r) for entry_id, rec in sorted(self.records.items()) if article in rec.articles
                    for r in rec.reports if r.article == article}
        pieces = self._pieces(article, drafts, previous)
        keys, count = [], {}
        begins: dict[str, list[int]] = {}          # first sentence -> the drafts (in order) that begin with it
        for number, draft in enumerate(drafts):
            begins.setdefault(first_source(draft), []).append(number)
        for entry, is_piece, number in pieces:
            if is_piece:
                n = count[first_source(entry)] = count.get(first_source(entry), 0) + 1
            else:
                # numbered among the events as extracted, before any piece was taken out again: a sentence split
                # into two events keys the second as the first run did, when both still began with it
                n = 1 + bisect_left(begins.get(first_source(entry), []), number)
            keys.append(report_key(article, first_source(entry), n, is_piece))
        matched = self._continue(keys, pieces, previous, outcome)
        continued = {k for _, k in matched.values()}
        self.kept_apart = set()
        for key, (entry_id, report) in previous.items():           # reports the article no longer gives
            if key not in continued:
                record = self.records[entry_id]
                record.reports = [r for r in record.reports if r is not report]
                self._touch(entry_id, article)
                outcome.touched.append(entry_id)
                # A report reworded past recognition is new to the builder: it must not slip into an entry that its
                # old entry is kept apart from.
                self.kept_apart |= self.index.apart.get(entry_id, set())
        for entry_id in {i for i, _ in previous.values()}:
            self._index(entry_id)
        for position, ((entry, is_piece, draft), key) in enumerate(zip(pieces, keys)):
            # Numbered by the draft it came from: a run that takes its pieces out again numbers them the same.
            report = ArticleReport(article, key, published, draft, entry, first_source(entry)[:SOURCE_CHARS],
                                   piece=is_piece)
            if position in matched:
                entry_id = matched[position][0]
                record = self.records[entry_id]
                old = next(r for r in record.reports if r.key == matched[position][1])
                if old.entry is not None and old.entry.revises and report.entry is not None:
                    # the link to the entry it revises was made when it was placed: a run again keeps it
                    report = replace(report, entry=replace(report.entry, revises=old.entry.revises))
                record.reports[record.reports.index(old)] = replace(report, unwritten=old.unwritten)
                self._learn_short(entry_id, entry)
                self._touch(entry_id, article)        # composed again: it may be unchanged, or edited, or gone
                outcome.touched.append(entry_id)
                self._index(entry_id)
            else:
                self._place(report, outcome)
        return outcome

    def _pieces(self, article: str, drafts: list[Entry], previous: dict) -> list[tuple[Entry, bool, int]]:
        """The drafts, with the sentences an earlier run sent to other articles' entries taken out again as pieces
        (each just before what is left of the event it came from)."""
        pieces: list[tuple[Entry, bool, int]] = []
        holders: dict[str, int] = {}
        for draft in drafts:
            for text in {s.text for s in draft.sources}:
                holders[text] = holders.get(text, 0) + 1
        for number, draft in enumerate(drafts):
            for source in draft.sources:
                found = previous.get(report_key(article, source.text, 1, piece=True))
                if found is None or not found[1].piece or source not in draft.sources:
                    continue
                if holders[source.text] > 1 and found[1].order != number:
                    continue            # a sentence split into two events: the piece came out of the other one
                texts = [s.text for s in found[1].entry.sources] if found[1].entry else [source.text]
                taken = [s.text for s in draft.sources if s.text in texts and s.text != source.text]
                piece, draft = _take_out(draft, [source.text, *taken])
                pieces.append((piece, True, number))
            if draft.sources:
                pieces.append((draft, False, number))
        return pieces

    def _continue(self, keys: list[str], pieces: list[tuple[Entry, bool, int]], previous: dict,
                  outcome: Outcome) -> dict[int, tuple[str, str]]:
        """Which previous report (entry id, key) each piece continues: same key, else the same wanted id, else a
        reworded first sentence."""
        matched: dict[int, tuple[str, str]] = {}
        for position, key in enumerate(keys):
            if key in previous:
                matched[position] = (previous[key][0], key)
        free = {k: v for k, v in previous.items() if k not in {m[1] for m in matched.values()}}
        by_id = {}
        for k, (entry_id, _) in sorted(free.items()):
            by_id.setdefault(entry_id, k)
        for position, (entry, _, _) in enumerate(pieces):
            if position not in matched and entry.id in by_id and by_id[entry.id] in free:
                k = by_id.pop(entry.id)
                matched[position] = (free.pop(k)[0], k)
        new = {p: first_source(e)[:SOURCE_CHARS] for p, (e, _, _) in enumerate(pieces) if p not in matched}
        old = {k: r.source for k, (_, r) in free.items() if r.source}
        if new and old and len(new) * len(old) > MAX_COMPARISONS:
            outcome.unpaired = len(new)
            return matched
        scored = []
        for position, text in new.items():
            for k, old_text in old.items():
                m = difflib.SequenceMatcher(None, text, old_text, autojunk=False)
                if m.real_quick_ratio() >= SIMILAR and m.quick_ratio() >= SIMILAR and (r := m.ratio()) >= SIMILAR:
                    scored.append((-r, position, k))
        used: set[str] = set()
        for _, position, k in sorted(scored):
            if position not in matched and k not in used:
                matched[position] = (free[k][0], k)
                used.add(k)
        return matched

    def _place(self, report: ArticleReport, outcome: Outcome) -> None:
        """A new report: to the entry whose event it tells, to a new entry, or a new entry revising another.

        Within its own article, an event joins another only whole (extraction grouped the article's sentences).
        Across articles, each sentence that retells an event the timeline holds joins it alone, with the sentences
        that continue it (a quote, "He added ..."); the rest stays an event of its own."""
        entry = report.entry
        while entry.sources:
            found = self.index.best(profile(entry, report.published, own_days=True),
                                    report.article, exclude=self.kept_apart)
            if found is None:
                break
            target = self.resolve(found.id)
            text = entry.sources[found.sentence].text
            if revision_kind(text, self.index.profiles[found.id].category) is not None:
                break                                   # it revises that entry: an entry of its own, linked
            if self.index.profiles[found.id].origin == report.article:
                if found.sentence == 0:
                    self._join(target, replace(report, entry=entry), found.reasons, outcome)
                    return
                break
            target = self._detail_apart(target, found, outcome)
            texts = self._telling(entry, found.sentence, target, report)
            if len(texts) == len(entry.sources):
                self._join(target, _rest_of(report, entry), found.reasons, outcome)
                return
            piece, entry = _take_out(entry, texts)
            # keyed by its first sentence, as a later run keys the piece it takes out again
            key = report_key(report.article, first_source(piece), 1, piece=True)
            self._join(target, replace(report, key=key, entry=piece, source=first_source(piece)[:SOURCE_CHARS],
                                       piece=True), found.reasons, outcome)
        if not entry.sources:
            return
        report = _rest_of(report, entry)
        related = self.index.related(profile(entry, report.published), RELATED) \
            if revision_kind(first_source(entry), "") or revision_kind(first_source(entry), "deadline") else None
        if related is not None:
            kind = revision_kind(first_source(entry), self.index.profiles[related].category)
            if kind is not None:
                target = self.resolve(related)
                entry = replace(entry, revises=(*entry.revises, Revision(target, kind)))
                report = replace(report, entry=entry)
                outcome.revisions.append(f"linked {_quoted(first_source(entry))} to {target}.yml: it {kind} it")
        self._new(report, outcome)

    def _telling(self, entry: Entry, index: int, target: str, report: ArticleReport) -> list[str]:
        """The sentences of `entry` that go to `target` with sentence `index`: those that continue it, and those
        that tell the target's event themselves."""
        texts = [entry.sources[index].text] + _continuing(entry, index)
        other = self.index.profiles[target]
        for i, source in enumerate(entry.sources):
            if source.text in texts:
                continue
            alone = replace(entry, sources=(source,), quotes=())
            if self.index.compare(profile(alone, report.published, own_days=True), other, report.article) is not None:
                texts += [source.text] + [t for t in _continuing(entry, i) if t not in texts]
        return texts

    def _detail_apart(self, target: str, found: Match, outcome: Outcome) -> str:
        """The entry a report from another article joins when its lead sentence retells, in much the same words, a
        detail told inside `target` (not the sentence that leads it): that detail taken out as an event of its own,
        so the two reports of it are one entry and `target` keeps its own event. Only in an entry the builder wrote
        and no editor changed."""
        if found.told_in == 0 or found.sentence != 0 or found.similarity < SAME_WORDING or found.id != target \
                or self.state.get(target) not in ("ours", "new"):
            return target               # only a detail retold as such: the report's lead, worded alike
        key = self.index.profiles[target].texts[found.told_in]         # the sentence's key, not its text
        record = self.records[target]
        for i, old in enumerate(record.reports):
            keys = [text_key(s.text) for s in old.entry.sources] if old.entry is not None else []
            if key not in keys[1:] or old.unwritten:
                continue
            at = keys.index(key)
            told = old.entry.sources[at].text
            taken = [told] + _continuing(old.entry, at)
            if len(taken) == len(keys):
                return target
            piece, rest = _take_out(old.entry, taken)
            record.reports[i] = replace(old, entry=rest)          # the piece keeps the number of its draft
            detail = ArticleReport(old.article, report_key(old.article, told, 1, piece=True), old.published,
                                   old.order, piece, told[:SOURCE_CHARS], piece=True)
            new_id = self.taken.claim(piece.id)
            self.records[new_id] = Record(new_id, [detail], [], pending=True)
            self.state[new_id] = "new"
            self._learn_short(new_id, piece)
            for entry_id in (target, new_id):
                self._touch(entry_id, old.article)
                outcome.touched.append(entry_id)
                self._index(entry_id)
            outcome.merged.append(f"split {new_id}.yml from {target}.yml: {_quoted(told)} ({old.article}) is "
                                  "reported on its own by another article")
            return new_id
        return target

    def _join(self, target: str, report: ArticleReport, reasons: list[str], outcome: Outcome) -> None:
        shown = f"{_quoted(first_source(report.entry))} ({report.article})"
        line = f"merged {shown} into {target}.yml: {'; '.join(reasons)}"
        record = self.records.get(target)
        if record is None:                                  # an entry added by hand: told, never written
            outcome.recorded.append(f"kept {target}.yml: added by hand; {shown} reports it too (not added)")
            outcome.merged.append(line)
            return
        state = self.state.get(target)
        record.reports.append(replace(report, unwritten=state in ("edited", "deleted")))
        self._learn_short(target, report.entry)
        self._touch(target, report.article)
        outcome.touched.append(target)
        outcome.merged.append(line)
        if state == "edited":
            outcome.recorded.append(f"kept {target}.yml: edited by hand; {shown} reports it too, recorded "
                                    "(--show-conflicts shows what it adds)")
        elif state == "deleted":
            outcome.recorded.append(f"skipped {target}.yml: deleted by hand; {shown} reports it too, not restored")
        self._index(target)

    def _learn_short(self, entry_id: str, entry: Entry | None) -> None:
        if entry is not None:
            for key in Names.keys(entry.people, entry.organisations):
                self.short_names.setdefault(key, set()).add(entry_id)

    def _new(self, report: ArticleReport, outcome: Outcome) -> None:
        entry = report.entry
        wanted = entry.id
        current = _read(self.folder / f"{wanted}.yml")
        # A file identical to what the builder would write is the builder's, whether there is no manifest or the
        # manifest lost its record (a bad merge of it): taking it back is better than writing a -2 copy.
        if wanted in self.foreign and current == dump_entry(entry):
            new_id = wanted
            self.foreign.discard(wanted)
            self.editors.pop(wanted, None)
            self.index.remove(wanted)
            self.state[new_id] = "ours"
            self.current[new_id] = current
            self.taken.add(new_id)
        else:
            new_id = self.taken.claim(wanted)
            self.state[new_id] = "new"
            if new_id != wanted:
                outcome.renamed[new_id] = wanted
        self.records[new_id] = Record(new_id, [report], [sha(current)] if self.state[new_id] == "ours" else [],
                                      pending=self.state[new_id] == "new")
        self._learn_short(new_id, entry)
        self._touch(new_id, report.article)
        outcome.touched.append(new_id)
        self._index(new_id)

    # --- the plan ---------------------------------------------------------------------------------------------

    def plan(self) -> list[Write]:
        """For every entry this run touched: what the builder would write, and whether it may."""
        for key in sorted(self.names.changed):
            for entry_id in sorted(self.short_names.get(key, ())):
                if entry_id in self.records and self.records[entry_id].has_reports():
                    self._touch(entry_id, "")
        existing = set(self.records) | self.foreign
        writes = []
        for entry_id in sorted(self.touched):
            record = self.records.get(entry_id)
            state = self.state.get(entry_id, "new")
            current = self.current[entry_id] if entry_id in self.current else _read(self.folder / f"{entry_id}.yml")
            if record is None:
                continue
            reports = [r for r in record.reports if r.entry is not None]
            if not record.reports or (not reports and state == "deleted"):
                action = {"ours": "remove", "edited": "release"}.get(state, "drop")
                writes.append(Write(entry_id, None, action, current))
                continue
            if not reports:                                 # a version-1 record whose article was not extracted
                continue
            composed = compose(entry_id, reports, self.names, record.apart, existing)
            text = dump_entry(composed)
            record.match = {**profile_json(profile(composed, max(r.published for r in reports))),
                            "people": list(composed.people), "organisations": list(composed.organisations),
                            "short": sorted(set().union(*(Names.keys(r.entry.people, r.entry.organisations)
                                                          for r in reports)))}
            if state == "edited" and current != text:
                writes.append(Write(entry_id, text, "keep-edited", current))
            elif state == "deleted" and not record.pending:
                writes.append(Write(entry_id, text, "keep-deleted", current))
            else:
                writes.append(Write(entry_id, text, "write", current))
                record.reports = [replace(r, unwritten=False) if r.unwritten else r for r in record.reports]
        return writes


def _rest_of(report: ArticleReport, entry: Entry) -> ArticleReport:
    """The report of what is left of an event once pieces went to other entries, keyed by its first sentence as a
    later run of the article keys it (that run takes the pieces out before it keys the rest)."""
    if entry is report.entry:
        return report
    return replace(report, key=report_key(report.article, first_source(entry), 1), entry=entry,
                   source=first_source(entry)[:SOURCE_CHARS])


def _quoted(text: str) -> str:
    text = " ".join(text.split())
    return '"' + (text if len(text) <= SHOWN else text[: SHOWN - 3].rstrip() + "...") + '"'


# A sentence that goes on with the one before: a quote, or a pronoun for its subject ("He added ...").
CONTINUES = re.compile(r"^(?:[\"“‘'«]|(?:He|She|They|It|His|Her|Their|Its)\s)")


def _continuing(entry: Entry, index: int) -> list[str]:
    """The texts of the sentences right after sentence `index` that continue it."""
    out = []
    for source in entry.sources[index + 1:]:
        if not CONTINUES.match(source.text.strip()):
            break
        out.append(source.text)
    return out


def _take_out(entry: Entry, texts: list[str]) -> tuple[Entry, Entry]:
    """Some sentences of an extracted event as an event of their own (a piece), and the event without them."""
    taken = tuple(s for s in entry.sources if s.text in texts)
    rest = tuple(s for s in entry.sources if s.text not in texts)
    inside = [q for q in entry.quotes if any(" ".join(q.text.split())[:40] in " ".join(t.split()) for t in texts)]

    def named(name: str, within: list[str]) -> bool:
        return any(w in t for w in name.split() if len(w) > 2 for t in within)

    def part(sources: tuple, quotes: list, title: str | None) -> Entry:
        within = [s.text for s in sources]
        first = within[0]
        stated = bool(entry.when) and any(entry.when in t for t in within)
        retitled = title is None
        return replace(
            entry, id=make_id(entry.date, title_from(first), Ids()) if retitled else entry.id,
            title=title_from(first) if retitled else title,
            # written again when it told any sentence taken out, whichever order they were taken out in
            summary=summary_from(within) if retitled or any(t[:40] in entry.summary for t in texts) else entry.summary,
            when=entry.when if stated else None, time=entry.time if stated else None,
            quotes=tuple(quotes), sources=sources,
            people=tuple(p for p in entry.people if named(p, within) or any(q.speaker == p for q in quotes)),
            places=tuple(p for p in entry.places if named(p, within)),
            organisations=tuple(o for o in entry.organisations if named(o, within)),
            figures=tuple(f for f in entry.figures if any(f.text in t for t in within)),
            revises=entry.revises if not retitled else ())

    keeps_title = bool(rest) and rest[0] is entry.sources[0]
    piece = part(taken, inside, None)
    left = part(rest, [q for q in entry.quotes if q not in inside], entry.title if keeps_title else None) \
        if rest else replace(entry, sources=())
    return piece, left


__all__ = ["Outcome", "Story", "Write"]
