"""Write extracted entries into a timeline folder without ever losing an editor's work.

The folder keeps a manifest (`.manifest.json`) of the entries the builder wrote: for each id, the
article, a key naming the event (so a re-extraction finds "its" entry even when the title changed)
and the SHA-256 of the file as written. On a re-run:

* an entry whose file still has the recorded hash is the builder's: it is updated or removed;
* an entry whose file changed was edited by hand: it is kept as it is and reported;
* an entry whose file is gone was deleted by hand: it is not brought back;
* a file the manifest does not know was added by hand: it is never touched, and its id is never reused.

Every write is atomic (temporary file, then rename). The manifest is written before the files, with
both the old and the new hash of each file accepted, and again after: a run interrupted at any point
leaves each file old or new and the next run still knows which files are its own.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from builder.dump import dump_entry
from builder.model import Entry
from builder.textio import write_atomic

MANIFEST = ".manifest.json"
VERSION = 1


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def entry_key(article: str, entry: Entry, ordinal: int) -> str:
    """What event an entry stands for: its article, first source sentence and place among its siblings."""
    first = entry.sources[0].text if entry.sources else entry.title
    return sha(f"{article}\n{first}\n{ordinal}")[:16]


@dataclass
class Report:
    """What a run did, for the user."""

    written: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept_edited: list[str] = field(default_factory=list)       # edited by hand: left alone
    kept_deleted: list[str] = field(default_factory=list)      # deleted by hand: not brought back
    conflicts: dict[str, str] = field(default_factory=dict)    # id -> what the builder would have written

    def lines(self) -> list[str]:
        out = [f"{len(self.written)} new, {len(self.updated)} updated, {len(self.unchanged)} unchanged, "
               f"{len(self.removed)} removed"]
        out += [f"kept {i}.yml: edited by hand, not overwritten" for i in self.kept_edited]
        out += [f"skipped {i}: deleted by hand, not restored" for i in self.kept_deleted]
        return out


def load_manifest(folder: Path) -> dict:
    path = folder / MANIFEST
    if not path.exists():
        return {"version": VERSION, "entries": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        data = None
    if not isinstance(data, dict) or not isinstance(data.get("entries"), dict):
        # A damaged manifest must not turn the builder's own files into "hand edits" or vice versa:
        # with no trustworthy record, every existing file is treated as hand-made and left alone.
        return {"version": VERSION, "entries": {}}
    return data


def _save_manifest(folder: Path, manifest: dict) -> None:
    entries = dict(sorted(manifest["entries"].items()))
    write_atomic(folder / MANIFEST, json.dumps({"version": VERSION, "entries": entries}, indent=1,
                                               sort_keys=True) + "\n")


def _hashes(record: dict) -> list[str]:
    value = record.get("sha256", [])
    return [value] if isinstance(value, str) else list(value)


def _state(folder: Path, entry_id: str, record: dict) -> str:
    """'ours' (as the builder wrote it), 'edited' or 'deleted'."""
    path = folder / f"{entry_id}.yml"
    if not path.exists():
        return "deleted"
    return "ours" if sha(path.read_text(encoding="utf-8", errors="replace")) in _hashes(record) else "edited"


def write_article(folder: Path, article: str, entries: list[Entry]) -> Report:
    """Bring the entries of one article in `folder` up to date with a new extraction."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest = load_manifest(folder)
    records: dict[str, dict] = manifest["entries"]
    mine = {i: r for i, r in records.items() if r.get("article") == article}
    by_key = {r.get("key"): i for i, r in mine.items()}
    report = Report()
    existing = {p.stem for p in folder.glob("*.y*ml")}
    taken = existing | set(records)

    ordinal: dict[str, int] = {}
    plan: list[tuple[str, str, str, str | None]] = []   # (id, key, text, replaced id)
    seen_keys: set[str] = set()
    for entry in entries:
        first = entry.sources[0].text if entry.sources else entry.title
        n = ordinal[first] = ordinal.get(first, 0) + 1
        key = entry_key(article, entry, n)
        seen_keys.add(key)
        old_id = by_key.get(key)
        if old_id is not None:
            state = _state(folder, old_id, records[old_id])
            if state == "edited":
                report.kept_edited.append(old_id)
                report.conflicts[old_id] = dump_entry(_with_id(entry, old_id))
                continue
            if state == "deleted" and not records[old_id].get("pending"):
                report.kept_deleted.append(old_id)
                continue
            new_id = entry.id if (entry.id == old_id or entry.id not in taken) else old_id
        else:
            new_id = _free_id(entry.id, taken)
        taken.add(new_id)
        plan.append((new_id, key, dump_entry(_with_id(entry, new_id)), old_id))

    stale = [i for i, r in mine.items() if r.get("key") not in seen_keys]
    # Step 1: record old and new hashes together, so an interruption leaves nothing unaccounted for.
    for new_id, key, text, old_id in plan:
        before = _hashes(records.get(old_id, {})) if old_id else []
        records[new_id] = {"article": article, "key": key, "sha256": sorted(set(before + [sha(text)])), "pending": True}
        if old_id and old_id != new_id:
            records[old_id]["pending"] = True
    for stale_id in stale:
        records[stale_id]["pending"] = True
    _save_manifest(folder, manifest)
    # Step 2: the files.
    for new_id, key, text, old_id in plan:
        path = folder / f"{new_id}.yml"
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            report.unchanged.append(new_id)
        else:
            write_atomic(path, text)
            (report.updated if current is not None or (old_id and old_id != new_id) else report.written).append(new_id)
        if old_id and old_id != new_id and _state(folder, old_id, records[old_id]) == "ours":
            (folder / f"{old_id}.yml").unlink()
            records.pop(old_id, None)
    for stale_id in stale:
        state = _state(folder, stale_id, records[stale_id])
        if state == "ours":
            (folder / f"{stale_id}.yml").unlink()
            report.removed.append(stale_id)
        records.pop(stale_id, None)                     # edited ones become the editor's own entries
    # Step 3: only the new hashes.
    for new_id, key, text, _ in plan:
        records[new_id] = {"article": article, "key": key, "sha256": sha(text)}
    _save_manifest(folder, manifest)
    return report


def _free_id(wanted: str, taken: set[str]) -> str:
    candidate, n = wanted, 2
    while candidate in taken:
        candidate = f"{wanted}-{n}"
        n += 1
    return candidate


def _with_id(entry: Entry, new_id: str) -> Entry:
    return replace(entry, id=new_id)
