"""Write extracted entries into a timeline folder without ever losing an editor's work.

The folder keeps a manifest (`.manifest.json`) of the entries the builder wrote: for each id, the
article, a key naming the event, the first source sentence (so a re-extraction finds "its" entry
even after the article's wording changed) and the SHA-256 of the file as written. On a re-run:

* an entry whose file still has the recorded hash is the builder's: it is updated or removed;
* an entry whose file changed was edited by hand: it is kept as it is and reported;
* an entry whose file is gone was deleted by hand: it is not brought back;
* a file the manifest does not know was added by hand: it is never touched, and its id is never reused.

Ids are stable: an entry the builder already wrote keeps its id (and so every link to it) even when
a re-extraction would title it differently.

Every write is atomic (temporary file, then rename). The manifest is written before the files, with
both the old and the new hash of each file accepted, and again after: a run interrupted at any point
leaves each file old or new and the next run still knows which files are its own.
"""
from __future__ import annotations

import difflib
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from builder.dump import dump_entry
from builder.errors import Problem, TimelineError
from builder.ids import Ids
from builder.model import Entry
from builder.schema import SLUG
from builder.textio import MAX_MANIFEST_BYTES, check_folder, display_path, printable, read_bytes, write_atomic

MANIFEST = ".manifest.json"
VERSION = 1
SOURCE_CHARS = 200          # how much of the first source sentence the manifest keeps, for matching
SIMILAR = 0.6               # a reworded sentence at least this similar is still the same event
MAX_COMPARISONS = 20_000    # beyond this many pairs, skip matching by similarity (it is quadratic)
MAX_ID_CHARS = 200          # an id is a file name: file systems allow 255 bytes


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def first_source(entry: Entry) -> str:
    return entry.sources[0].text if entry.sources else entry.title


def entry_key(article: str, entry: Entry, ordinal: int) -> str:
    """What event an entry stands for: its article, first source sentence and place among its siblings."""
    return sha(f"{article}\n{first_source(entry)}\n{ordinal}")[:16]


@dataclass
class Report:
    """What a run did, for the user."""

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


def load_manifest(folder: Path) -> dict | None:
    """The manifest of `folder`; None when there is none; TimelineError when it is damaged."""
    path = folder / MANIFEST
    if not os.path.lexists(path):
        return None
    shown = display_path(path)
    how = ("restore it from version control (git checkout -- " + shown + "), or delete it to treat "
           "every entry as added by hand")
    try:
        data = json.loads(read_bytes(path, shown, MAX_MANIFEST_BYTES))
    except TimelineError as err:
        raise TimelineError([replace(p, message=f"{p.message}; {how}") for p in err.problems]) from None
    except UnicodeDecodeError:
        raise TimelineError(Problem(shown, 0, 0, "", f"expected the builder's JSON record, got non-UTF-8 bytes; "
                                    f"{how}")) from None
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
    bad = next((i for i, r in sorted(entries.items()) if not _is_slug(i) or not _is_slug(r.get("article", "a"))),
               None)
    if bad is not None:
        shown_bad = printable(bad if not _is_slug(bad) else entries[bad].get("article", ""))
        raise TimelineError(Problem(shown, 0, 0, "entries", "expected entry ids and article names made of "
                                    f"lowercase letters, digits and hyphens, got {shown_bad!r}; {how}"))
    return data


def _is_slug(value: str) -> bool:
    return len(value) <= MAX_ID_CHARS and bool(SLUG.match(value))


def _well_formed(record) -> bool:
    """A record as the builder writes it: text fields and one hash or a list of them."""
    if not isinstance(record, dict):
        return False
    texts = all(isinstance(record.get(k, ""), str) for k in ("article", "key", "source"))
    digest = record.get("sha256", [])
    hashes = isinstance(digest, str) or (isinstance(digest, list) and all(isinstance(h, str) for h in digest))
    return texts and hashes


def _save_manifest(folder: Path, manifest: dict) -> None:
    entries = dict(sorted(manifest["entries"].items()))
    write_atomic(folder / MANIFEST, json.dumps({"version": VERSION, "entries": entries}, indent=1,
                                               sort_keys=True, ensure_ascii=False) + "\n")


def _hashes(record: dict) -> list[str]:
    value = record.get("sha256", [])
    return [value] if isinstance(value, str) else list(value)


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


def _state(folder: Path, entry_id: str, record: dict) -> str:
    """'ours' (as the builder wrote it), 'edited' or 'deleted'."""
    current = _read(folder / f"{entry_id}.yml")
    if current is None:
        return "deleted"
    return "ours" if sha(current) in _hashes(record) else "edited"


def _similar_pairs(new: dict[int, str], old: dict[str, str]) -> dict[int, str]:
    """Pair reworded sentences with the old ones they most resemble; greedy, best first, deterministic."""
    if not new or not old or len(new) * len(old) > MAX_COMPARISONS:
        return {}                                    # too many to compare: write_article reports it
    scored = []
    for index, text in new.items():
        for old_id, old_text in old.items():
            matcher = difflib.SequenceMatcher(None, text, old_text, autojunk=False)
            if matcher.real_quick_ratio() >= SIMILAR and matcher.quick_ratio() >= SIMILAR:
                ratio = matcher.ratio()
                if ratio >= SIMILAR:
                    scored.append((-ratio, index, old_id))
    pairs: dict[int, str] = {}
    used: set[str] = set()
    for _, index, old_id in sorted(scored):
        if index not in pairs and old_id not in used:
            pairs[index] = old_id
            used.add(old_id)
    return pairs


def match_entries(keys: list[str], entries: list[Entry], mine: dict[str, dict]) -> dict[int, str]:
    """Which old entry (by id) each new one continues: same key, else same id, else a reworded source."""
    by_key = {r.get("key"): i for i, r in sorted(mine.items())}
    matched: dict[int, str] = {}
    for index, key in enumerate(keys):
        if key in by_key:
            matched[index] = by_key[key]
    free = {i for i in mine if i not in matched.values()}
    for index, entry in enumerate(entries):
        if index not in matched and entry.id in free:
            matched[index] = entry.id
            free.discard(entry.id)
    new = {i: first_source(e)[:SOURCE_CHARS] for i, e in enumerate(entries) if i not in matched}
    old = {i: str(mine[i].get("source", "")) for i in sorted(free) if mine[i].get("source")}
    matched.update(_similar_pairs(new, old))
    return matched


def too_many_to_pair(keys: list[str], entries: list[Entry], mine: dict[str, dict], matched: dict[int, str]) -> int:
    """How many new entries went unpaired because comparing every reworded sentence would take too long."""
    new = sum(1 for i in range(len(entries)) if i not in matched)
    old = sum(1 for i in mine if i not in matched.values() and mine[i].get("source"))
    return new if new and old and new * old > MAX_COMPARISONS else 0


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


def _remove_leftovers(folder: Path) -> None:
    """Temporary files of a run that was killed before it could rename them."""
    for pattern in (".*.yml.*.tmp", f".{MANIFEST}.*.tmp"):       # write_atomic's names: .NAME.XXXX.tmp
        for path in folder.glob(pattern):
            path.unlink(missing_ok=True)


def write_article(folder: Path, article: str, entries: list[Entry]) -> Report:
    """Bring the entries of one article in `folder` up to date with a new extraction."""
    folder.mkdir(parents=True, exist_ok=True)
    check_folder(folder)
    refuse_special_files(folder)
    manifest = load_manifest(folder)
    _remove_leftovers(folder)
    manifest = manifest or {"version": VERSION, "entries": {}}
    records: dict[str, dict] = manifest["entries"]
    mine = {i: r for i, r in records.items() if r.get("article") == article}
    report = Report()
    taken = Ids({p.stem for p in folder.glob("*.y*ml")} | set(records))

    ordinal: dict[str, int] = {}
    keys = []
    for entry in entries:
        n = ordinal[first_source(entry)] = ordinal.get(first_source(entry), 0) + 1
        keys.append(entry_key(article, entry, n))
    matched = match_entries(keys, entries, mine)
    report.unpaired = too_many_to_pair(keys, entries, mine, matched)
    # Ids the matched entries keep, so that no unmatched entry takes one of them first.
    taken.used |= set(matched.values())

    plan: list[tuple[str, str, str, Entry]] = []   # (id, key, text, entry)
    for index, (entry, key) in enumerate(zip(entries, keys)):
        old_id = matched.get(index)
        if old_id is not None:
            record = records[old_id]
            record.update(key=key, source=first_source(entry)[:SOURCE_CHARS])
            text = dump_entry(replace(entry, id=old_id))
            state = _state(folder, old_id, record)
            current = _read(folder / f"{old_id}.yml")
            if state == "edited" and current != text:
                record.pop("pending", None)
                report.kept_edited.append(old_id)
                report.conflicts[old_id] = (current or "", text)
                continue
            if state == "deleted" and not record.get("pending"):
                report.kept_deleted.append(old_id)
                continue
            new_id = old_id
        else:
            new_id = entry.id
            current = _read(folder / f"{entry.id}.yml")
            # A file identical to what the builder would write is the builder's, whether there is no manifest or
            # the manifest lost its record (a bad merge of it): taking it back is better than writing a -2 copy.
            adoptable = current is not None and entry.id not in records and current == dump_entry(entry)
            if not adoptable:
                new_id = taken.free(entry.id)
                if new_id != entry.id:
                    report.renamed[new_id] = entry.id
            text = dump_entry(replace(entry, id=new_id))
        taken.add(new_id)
        plan.append((new_id, key, text, entry))

    stale = sorted(i for i in mine if i not in matched.values())
    # Step 1: record old and new hashes together, so an interruption leaves nothing unaccounted for.
    # "pending" marks files this run may create or remove: if one is missing next time, the
    # interruption did it, not an editor.
    for new_id, key, text, entry in plan:
        before = _hashes(records.get(new_id, {}))
        records[new_id] = {"article": article, "key": key, "source": first_source(entry)[:SOURCE_CHARS],
                           "sha256": sorted(set(before + [sha(text)]))}
        if not (folder / f"{new_id}.yml").exists():
            records[new_id]["pending"] = True
    for stale_id in stale:
        records[stale_id]["pending"] = True
    _save_manifest(folder, manifest)
    # Step 2: the files.
    for new_id, key, text, entry in plan:
        path = folder / f"{new_id}.yml"
        current = _read(path)
        if current == text:
            report.unchanged.append(new_id)
        else:
            write_atomic(path, text)
            (report.updated if current is not None else report.written).append(new_id)
    for stale_id in stale:
        state = _state(folder, stale_id, records[stale_id])
        if state == "ours":
            (folder / f"{stale_id}.yml").unlink()
            report.removed.append(stale_id)
        elif state == "edited":
            report.released.append(stale_id)        # no longer the builder's: the editor's own entry now
        records.pop(stale_id, None)
    # Step 3: only the new hashes.
    for new_id, key, text, entry in plan:
        records[new_id] = {"article": article, "key": key, "source": first_source(entry)[:SOURCE_CHARS],
                           "sha256": sha(text)}
    _save_manifest(folder, manifest)
    return report


def conflict_diff(folder: Path, entry_id: str, current: str, proposed: str) -> str:
    """A unified diff from the edited file to what the builder would have written."""
    shown = display_path(folder / f"{entry_id}.yml")
    lines = difflib.unified_diff(current.splitlines(keepends=True), proposed.splitlines(keepends=True),
                                 f"{shown} (edited by hand)", f"{shown} (the builder's extraction)")
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)
