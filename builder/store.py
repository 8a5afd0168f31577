"""Write extracted entries into a timeline folder without ever losing an editor's work.

The folder keeps a manifest (`.manifest.json`) of the entries the builder wrote: for each id, the SHA-256 of the
file as written and its reports, one per article that told the event (the article, a key naming the report, its
first source sentence, so that a re-extraction finds "its" report even after the article's wording changed, and
the extraction itself, so that an entry several articles feed is rebuilt when one of them changes). On a re-run:

* an entry whose file still has the recorded hash is the builder's: it is updated or removed;
* an entry whose file changed was edited by hand: it is kept as it is and reported; new reports of it are recorded;
* an entry whose file is gone was deleted by hand: it is not brought back;
* a file the manifest does not know was added by hand: it is never touched, and its id is never reused.

Ids are stable: an entry the builder already wrote keeps its id (and so every link to it) even when
a re-extraction would title it differently.

Every write is atomic (temporary file, then rename). The manifest is written before the files, with
both the old and the new hash of each file accepted, and again after: a run interrupted at any point
leaves each file old or new and the next run still knows which files are its own. One run writes the manifest
twice however many articles it extracts.
"""
from __future__ import annotations

import difflib
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from builder.errors import Problem, TimelineError
from builder.model import Entry
from builder.schema import SLUG
from builder.story.match import well_formed_match
from builder.story.reports import Record, report_json, sha
from builder.story.timeline import Outcome, Story
from builder.textio import MAX_MANIFEST_BYTES, check_folder, display_path, printable, read_bytes, write_atomic

MANIFEST = ".manifest.json"
VERSION = 2
MAX_ID_CHARS = 200          # an id is a file name: file systems allow 255 bytes

__all__ = ["MANIFEST", "Report", "conflict_diff", "load_manifest", "sha", "write_article", "write_articles"]


@dataclass
class Report:
    """What a run did with one article's reports, for the user."""

    unpaired: int = 0                                          # reworded sentences left unpaired (too many)
    written: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept_edited: list[str] = field(default_factory=list)       # edited by hand: left alone
    kept_deleted: list[str] = field(default_factory=list)      # deleted by hand: not brought back
    released: list[str] = field(default_factory=list)          # edited, no longer extracted: now the editor's
    renamed: dict[str, str] = field(default_factory=dict)      # id written -> id wanted but taken
    conflicts: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (file now, builder's version)
    merged: list[str] = field(default_factory=list)            # one line per report joined to an existing entry
    recorded: list[str] = field(default_factory=list)          # new reports of entries editors own
    notes: list[str] = field(default_factory=list)             # same_as, splits, links between entries

    def lines(self, hint: bool = True) -> list[str]:
        """What to print; `hint` points to --show-conflicts when it was not given."""
        out = [f"{len(self.written)} new, {len(self.updated)} updated, {len(self.unchanged)} unchanged, "
               f"{len(self.removed)} removed"]
        out += [f"kept {i}.yml: edited by hand, not overwritten"
                + (" (--show-conflicts shows the builder's version)" if hint and i in self.conflicts else "")
                for i in self.kept_edited]
        if self.unpaired:
            out.append(f"{self.unpaired} reworded sentences were too many to pair with the entries they replace "
                       "(they may now have a second entry); check new entries against edited ones")
        out += [f"skipped {i}.yml: deleted by hand, not restored" for i in self.kept_deleted]
        out += [f"kept {i}.yml: edited by hand; the article no longer gives this entry, so it is yours now"
                for i in self.released]
        out += [f"wrote {new}.yml: {wanted}.yml is taken by another entry" for new, wanted in self.renamed.items()]
        return out

    def details(self) -> list[str]:
        """One line each: what was merged into what and why, new reports of editors' entries, links, splits."""
        return self.merged + self.recorded + self.notes


# --- the manifest -----------------------------------------------------------------------------------------------

def load_manifest(folder: Path) -> dict | None:
    """The manifest of `folder`; None when there is none; TimelineError when it is damaged.

    A manifest in the builder's own layout (one entry a line, its reports last) is read line by line, and each
    entry's reports are left as text until a run needs them; any other is read whole and checked whole."""
    path = folder / MANIFEST
    if not os.path.lexists(path):
        return None
    shown = display_path(path)
    how = ("restore it from version control (git checkout -- " + shown + "), or delete it to treat "
           "every entry as added by hand")
    try:
        text = read_bytes(path, shown, MAX_MANIFEST_BYTES).decode("utf-8")
    except TimelineError as err:
        raise TimelineError([replace(p, message=f"{p.message}; {how}") for p in err.problems]) from None
    except UnicodeDecodeError:
        raise TimelineError(Problem(shown, 0, 0, "", f"expected the builder's JSON record, got non-UTF-8 bytes; "
                                    f"{how}")) from None
    fast = _by_lines(text, shown, how)
    if fast is not None:
        return fast
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise TimelineError(Problem(shown, err.lineno, err.colno, "", f"expected the builder's JSON record, "
                                    f"got invalid JSON ({err.msg}); {how}")) from None
    except RecursionError:
        raise TimelineError(Problem(shown, 0, 0, "", "expected the builder's JSON record, got values nested too "
                                    f"deep to read; {how}")) from None
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, dict) or not all(_well_formed(r) for r in entries.values()):
        # A damaged manifest must not turn the builder's files into "hand edits" or the other way round.
        raise TimelineError(Problem(shown, 0, 0, "entries", "expected a mapping of entry ids to records, "
                                    f"got something else; {how}"))
    # Ids become file names: one like '../../x' would make the builder write or delete outside the folder.
    bad = next((i for i, r in sorted(entries.items()) if not _is_slug(i)
                or not all(_is_slug(a) for a in _record_articles(r))), None)
    if bad is not None:
        shown_bad = printable(bad if not _is_slug(bad) else next(a for a in _record_articles(entries[bad])
                                                                  if not _is_slug(a)))
        raise TimelineError(Problem(shown, 0, 0, "entries", "expected entry ids and article names made of "
                                    f"lowercase letters, digits and hyphens, got {shown_bad!r}; {how}"))
    try:
        data["records"] = {i: _record(i, r) for i, r in entries.items()}
    except (KeyError, TypeError, ValueError):
        raise TimelineError(Problem(shown, 0, 0, "entries", "expected a mapping of entry ids to records, "
                                    f"got a report of another shape; {how}")) from None
    data["lines"] = {}
    return data


REPORTS = ',"reports":['


def _by_lines(text: str, shown: str, how: str) -> dict | None:
    """A manifest in the builder's layout, read a line at a time; None when it is in another layout."""
    lines = text.split("\n")
    if not lines[0].startswith(f'{{"version": {VERSION},') or lines[-2:] != ["}}", ""]:
        return None
    try:
        header = json.loads(lines[0] + "}}")
    except json.JSONDecodeError:
        return None

    def damaged(line: int):
        return lambda entry_id: TimelineError(Problem(
            shown, line, 0, "entries", f"expected the builder's record of {entry_id}, got something else; {how}"))

    records: dict[str, Record] = {}
    found: dict[str, str] = {}
    for number, line in enumerate(lines[1:-2], start=2):
        body = line.removesuffix(",") if number < len(lines) - 2 else line
        key, sep, value = body.partition(": ")
        cut = value.find(REPORTS)
        if not sep or not key.startswith('"') or cut < 0 or not value.endswith("]}"):
            return None                                    # another layout (an older version's): read it whole
        entry_id, head = None, None
        try:
            entry_id, head = json.loads(key), json.loads(value[:cut] + "}")
        except json.JSONDecodeError:
            pass
        if not (isinstance(entry_id, str) and entry_id not in records and isinstance(head, dict)
                and _well_formed({**head, "reports": []}) and isinstance(head.get("articles"), list)
                and all(isinstance(a, str) for a in head["articles"])):
            raise damaged(number)(printable(entry_id) if isinstance(entry_id, str) else "an entry")
        # Ids become file names: one like '../../x' would make the builder write or delete outside the folder.
        bad = next((x for x in [entry_id, *head["articles"]] if not _is_slug(x)), None)
        if bad is not None:
            raise TimelineError(Problem(shown, number, 0, "entries", "expected entry ids and article names made of "
                                        f"lowercase letters, digits and hyphens, got {printable(bad)!r}; {how}"))
        match = head.get("match") if well_formed_match(head.get("match")) else None
        records[entry_id] = Record(entry_id, None, _hashes(head), bool(head.get("pending")),
                                   tuple(head.get("apart", ())), match, raw=value[cut + len(REPORTS) - 1:-1],
                                   articles=head["articles"], damaged=damaged(number))
        found[entry_id] = body
    return {"version": header.get("version"), "names": header.get("names", ""), "records": records, "lines": found}


def _is_slug(value) -> bool:
    return isinstance(value, str) and len(value) <= MAX_ID_CHARS and bool(SLUG.match(value))


def _record_articles(record: dict) -> list:
    """The article names a record gives (version 1: one; version 2: one per report)."""
    if "reports" in record:
        return [r.get("article") for r in record["reports"]] + list(record.get("articles", []))
    return [record.get("article", "a")]


def _texts(record: dict, keys: tuple[str, ...]) -> bool:
    return all(isinstance(record.get(k, ""), str) for k in keys)


def _well_formed(record) -> bool:
    """A record as the builder writes it: hashes, and reports with text fields (version 1: one report, inline)."""
    if not isinstance(record, dict):
        return False
    digest = record.get("sha256", [])
    hashes = isinstance(digest, str) or (isinstance(digest, list) and all(isinstance(h, str) for h in digest))
    reports = record.get("reports")
    if reports is None:                                   # version 1
        return hashes and _texts(record, ("article", "key", "source"))
    return hashes and isinstance(reports, list) and all(
        isinstance(r, dict) and _texts(r, ("article", "key", "source", "published")) and
        isinstance(r.get("entry", {}), dict) for r in reports) and isinstance(record.get("apart", []), list) and all(
        _is_slug(a) for a in record.get("apart", []))          # ids of entries kept apart from this one


def _hashes(record: dict) -> list[str]:
    value = record.get("sha256", [])
    return [value] if isinstance(value, str) else list(value)


def _record(entry_id: str, data: dict) -> Record:
    if "reports" in data:
        raw = data["reports"]
        for report in raw:                                 # the shape of each report, checked now; read when needed
            if not isinstance(report.get("order", 0), int) or not isinstance(report.get("entry", {}), dict):
                raise ValueError(entry_id)
    else:                                                  # version 1: one article per entry, no extraction kept
        raw = [{"article": data["article"], "key": data["key"], "source": data.get("source", ""), "published": ""}]
    match = data.get("match") if well_formed_match(data.get("match")) else None
    return Record(entry_id, None, _hashes(data), bool(data.get("pending")), tuple(data.get("apart", ())), match, raw)


def _line(record: Record) -> str:
    """An entry's line: its hashes, what matching knows of it and its reports' articles, then the reports (last, so
    that the next run can leave them unread)."""
    reports = sorted(record.reports, key=lambda r: r.sort_key)
    head: dict = {"sha256": record.hashes[0] if len(record.hashes) == 1 else sorted(record.hashes),
                  "articles": sorted({r.article for r in reports})}
    if record.pending:
        head["pending"] = True
    if record.apart:
        head["apart"] = sorted(record.apart)
    if record.match is not None:
        head["match"] = record.match
    compact = {"sort_keys": True, "ensure_ascii": False, "separators": (",", ":")}
    return (f"{json.dumps(record.id, ensure_ascii=False)}: {json.dumps(head, **compact)[:-1]}"
            f"{REPORTS[:-1]}{json.dumps([report_json(r) for r in reports], **compact)}}}")


def _save_manifest(folder: Path, records: dict[str, Record], names: str, lines_read: dict[str, str] | None = None,
                   changed: set[str] | None = None) -> None:
    """One line per entry: a diff shows which entries a run changed. The lines of entries this run did not change
    are written back as they were read (`lines_read`, all but `changed`): 10,000 entries are not encoded again."""
    reuse = lines_read or {}
    changed = changed if changed is not None else set(records)
    lines = [reuse[i] if i in reuse and i not in changed else _line(records[i]) for i in sorted(records)]
    body = ",\n".join(lines)
    write_atomic(folder / MANIFEST, f'{{"version": {VERSION}, "names": {json.dumps(names)}, "entries": {{\n'
                                    f'{body}\n}}}}\n')


def _remove_leftovers(folder: Path) -> None:
    """Temporary files of a run that was killed before it could rename them."""
    for pattern in (".*.yml.*.tmp", f".{MANIFEST}.*.tmp"):       # write_atomic's names: .NAME.XXXX.tmp
        for path in folder.glob(pattern):
            path.unlink(missing_ok=True)


def _read(path: Path) -> str | None:
    """The text of an entry file, None when there is none (links and special files were refused up front)."""
    if not os.path.lexists(path):
        return None
    return read_bytes(path).decode("utf-8", errors="replace")


def refuse_special_files(folder: Path) -> None:
    """Before anything is written: an entry name that is a link, a folder, a pipe or a device is an error."""
    problems = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.suffix.lower() not in (".yml", ".yaml"):
            continue
        if os.path.islink(path) or not path.is_file():
            try:
                read_bytes(path)
            except TimelineError as err:
                problems += err.problems
    if problems:
        raise TimelineError(problems)


@contextmanager
def locked(folder: Path, waiting: Callable[[], None] = lambda: None) -> Iterator[None]:
    """Hold the timeline folder for one run: a second `extract` on it waits (after calling `waiting`) until the
    first is done, so neither loses the other's manifest records or removes its temporary files. The lock is
    on the folder itself, so no lock file is left behind; the system drops it when the process ends."""
    folder.mkdir(parents=True, exist_ok=True)
    check_folder(folder)
    try:
        import fcntl
    except ImportError:                          # not on Windows: one run at a time is then the user's care
        yield
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            waiting()
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)                             # closing the descriptor releases the lock


# --- a run ------------------------------------------------------------------------------------------------------

def write_article(folder: Path, article: str, entries: list[Entry], published: str = "") -> Report:
    """Bring one article's reports in `folder` up to date with a new extraction."""
    return write_articles(folder, [(article, published, entries)])[0]


def write_articles(folder: Path, articles: list[tuple[str, str, list[Entry]]]) -> list[Report]:
    """Join each article's extracted entries (name, publication day, entries; in this order) to the timeline."""
    folder.mkdir(parents=True, exist_ok=True)
    check_folder(folder)
    refuse_special_files(folder)
    manifest = load_manifest(folder)
    _remove_leftovers(folder)
    story = Story(folder, manifest["records"] if manifest else None, manifest.get("names", "") if manifest else "")
    outcomes = [story.add_article(name, published or _published(entries), entries)
                for name, published, entries in articles]
    writes = story.plan()
    records = story.records
    # Step 1: record old and new hashes together, so an interruption leaves nothing unaccounted for.
    # "pending" marks files this run may create or remove: if one is missing next time, the
    # interruption did it, not an editor.
    for w in writes:
        record = records[w.id]
        if w.action == "write":
            record.hashes = sorted(set(record.hashes + [sha(w.text)]))
            if not (folder / f"{w.id}.yml").exists():
                record.pending = True
        elif w.action in ("remove", "release", "drop"):
            record.reports = record.original()
            record.pending = True
        elif w.action == "keep-edited":
            record.pending = False
    lines, changed = manifest.get("lines", {}) if manifest else {}, {w.id for w in writes} | set(story.touched)
    changed |= set(records) - set(lines)
    _save_manifest(folder, records, story.names.digest, lines, changed)
    # Step 2: the files.
    reports = {o.article: _report(o) for o in outcomes}
    first = outcomes[0].article if outcomes else ""
    for w in writes:
        report = reports.get(story.touched.get(w.id) or first, reports.get(first, Report()))
        path = folder / f"{w.id}.yml"
        if w.action == "write":
            current = _read(path)
            if current == w.text:
                report.unchanged.append(w.id)
            else:
                write_atomic(path, w.text)
                (report.updated if current is not None else report.written).append(w.id)
        elif w.action == "keep-edited":
            report.kept_edited.append(w.id)
            report.conflicts[w.id] = (w.current or "", w.text or "")
        elif w.action == "keep-deleted":
            report.kept_deleted.append(w.id)
        else:
            if w.action == "remove" and (current := _read(path)) is not None and sha(current) in records[w.id].hashes:
                path.unlink()
                report.removed.append(w.id)
            elif w.action in ("remove", "release") and path.exists():
                report.released.append(w.id)        # no longer the builder's: the editor's own entry now
            records.pop(w.id, None)
    # Step 3: only the new hashes.
    for w in writes:
        if w.action == "write" and w.id in records:
            records[w.id].hashes = [sha(w.text)]
            records[w.id].pending = False
    _save_manifest(folder, records, story.names.digest, lines, changed)
    for report in reports.values():
        for name in ("written", "updated", "unchanged", "removed", "kept_edited", "kept_deleted", "released"):
            setattr(report, name, sorted(set(getattr(report, name))))
    if story.messages and first in reports:
        reports[first].notes = story.messages + reports[first].notes
    return [reports[o.article] for o in outcomes]


def _published(entries: list[Entry]) -> str:
    return max((e.date for e in entries if len(e.date) == 10), default="")


def _report(outcome: Outcome) -> Report:
    report = Report(unpaired=outcome.unpaired, renamed=dict(outcome.renamed), merged=list(outcome.merged),
                    recorded=list(outcome.recorded), notes=list(outcome.revisions))
    return report


def conflict_diff(folder: Path, entry_id: str, current: str, proposed: str) -> str:
    """A unified diff from the edited file to what the builder would have written."""
    shown = display_path(folder / f"{entry_id}.yml")
    lines = difflib.unified_diff(current.splitlines(keepends=True), proposed.splitlines(keepends=True),
                                 f"{shown} (edited by hand)", f"{shown} (the builder's extraction)")
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)

