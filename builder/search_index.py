"""Entries -> a Pagefind search index of one record per entry, written into a built site's folder.

What is indexed is what readers search, each entry once: its title, summary, quotes with their speakers and the
names it involves. No listing page, permalink or source page is read, and no HTML is parsed: records are made
from the loaded entries, so the index is the same whatever engine builds the pages (MkDocs, ProperDocs,
Zensical) and costs no HTML parse (bench/RESULTS.md, "Search at archive scale").

Three measured reasons shape the code (Pagefind 1.5.2):
- Pagefind's Python wrapper reads one reply of its service every 0.1 s (Pagefind issue #976): 10,000 records
  would take 1,000 s. `Service` below speaks the same protocol (`pagefind --service`: base64 JSON messages
  ending in ',', answered in order) without the wait.
- Pagefind holds about 60 KB per record while it builds an index (620-690 MB at 10,000 entries, whether fed
  records or HTML files). The records are therefore split into bundles of at most `PER_BUNDLE`, built one
  after the other in one service, and the reader's browser merges them (`mergeIndex`); peak memory is that of
  one bundle.
- Pagefind's filter indexes are written from an unordered map: with filters, two runs on the same records give
  different files. Without them the output is byte-identical (no time stamps, file names are content hashes),
  so no filters are written; a name or a category word is found by searching for it.
- Pagefind's `WriteFiles` answers before its writes are done (tokio writes from background tasks, never
  flushed): a file read right after, or after the service exits, can be empty (seen: `pagefind-worker.js`, 0
  bytes). The files are therefore asked for (`GetFiles`) and written here, whole and in a stable order.
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from builder.model import Entry

#: Folder of the site that holds the index: bundles 0/, 1/ ... and index.json listing them. Not "search/": that
#: is where a search page (and Material's own index) would go.
SEARCH_DIR = "pagefind"
MANIFEST = "index.json"
#: Records per Pagefind bundle. Pagefind needs ~15 MB + ~70 KB a record while it builds (88 MB at 1,000,
#: ~185 MB at 2,500), and a MkDocs build of 10,000 entries already holds ~310 MB when it could index: 1,500 keeps
#: the two under 500 MB together (bench/RESULTS.md).
PER_BUNDLE = 1500
#: Scheduling priority of Pagefind under `mkdocs serve` (the index is written while the reader looks at the page)
BACKGROUND_NICENESS = 10
#: Files Pagefind makes for its own ready-made interfaces and its worker, which the site does not use (~480 KB a
#: bundle): search.js runs Pagefind on the page (noWorker).
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
          "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js", "pagefind-worker.js")


class SearchIndexError(RuntimeError):
    """Pagefind is missing, failed, or refused a record."""


@dataclass(frozen=True)
class Record:
    """One search result: where it leads, the words it is found by, and what the result shows."""

    url: str                    # relative to the site root: "timeline/2022-03/#<entry id>"
    content: str                # the words searched
    meta: dict[str, str] = field(default_factory=dict)   # shown with the result: title, date, category


def entry_text(entry: Entry) -> str:
    """The words a reader may search an entry by, each part once: title, summary, quotes and who said them,
    the people, places and organisations it names."""
    parts = [entry.title.rstrip(".") + ".", entry.summary]
    for quote in entry.quotes:
        parts.append(f"“{quote.text}” {quote.speaker}" + (f", {quote.role}" if quote.role else "") + ".")
    names = [n for n in dict.fromkeys(entry.people + entry.places + entry.organisations) if n]
    if names:
        parts.append(", ".join(names) + ".")
    return " ".join(" ".join(parts).split())


def default_meta(entry: Entry) -> dict[str, str]:
    return {"title": entry.title, "date": entry.date, "category": entry.category}


def check_relative(url: str) -> str:
    """A record's URL must stay inside the site: relative, no scheme, no way up."""
    if not url or url.startswith(("/", "\\")) or ":" in url.split("#")[0].split("/")[0] or any(
            part == ".." for part in url.split("#")[0].split("/")):
        raise ValueError(f"search record URL must be relative to the site root, got {url!r}")
    return url


def entry_records(entries: Iterable[Entry], page_of: Mapping[str, str],
                  meta: Callable[[Entry], dict[str, str]] = default_meta) -> list[Record]:
    """One record per entry, in the order given, leading to `page_of[entry.id]` + '#' + entry.id.

    `page_of` maps each entry id to the URL of the page holding it, relative to the site root
    ('timeline/2022-03/', or 'timeline/2022-03.html' without directory URLs)."""
    records = []
    for entry in entries:
        page = page_of.get(entry.id)
        if page is None:
            raise KeyError(f"no page address for entry {entry.id!r}")
        records.append(Record(check_relative(f"{page}#{entry.id}"), entry_text(entry), meta(entry)))
    return records


def pagefind_binary() -> Path:
    """The Pagefind executable shipped in the `pagefind-bin` wheel (PAGEFIND_BINARY_PATH overrides it)."""
    override = os.environ.get("PAGEFIND_BINARY_PATH")
    if override:
        return Path(override)
    try:
        from pagefind_bin import get_executable
    except ImportError:
        raise SearchIndexError("Pagefind is not installed; run: make .venv/.installed (it installs "
                               "pagefind[bin] from constraints.txt)") from None
    return Path(get_executable())


class Service:
    """`pagefind --service`, driven synchronously: requests go in on a thread while replies are read, so
    neither pipe can fill up and block the other."""

    def __init__(self, binary: Path | None = None, background: bool = False) -> None:
        self.binary = binary or pagefind_binary()
        self.next_id = 0
        self.errors = tempfile.TemporaryFile()
        try:
            self.child = subprocess.Popen([str(self.binary), "--service"], stdin=subprocess.PIPE,
                                          stdout=subprocess.PIPE, stderr=self.errors)
        except OSError as err:
            self.errors.close()
            raise SearchIndexError(f"cannot start Pagefind ({self.binary}): {err.strerror}") from None
        if background and hasattr(os, "setpriority"):
            try:            # under `mkdocs serve`: the next rebuild comes first, the index catches up after
                os.setpriority(os.PRIO_PROCESS, self.child.pid, BACKGROUND_NICENESS)
            except OSError:
                pass
        self.pending = b""

    def __enter__(self) -> Service:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.child.poll() is None:
            self.child.stdin.close()                 # the service exits at the end of its input
            try:
                self.child.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.child.kill()
                self.child.wait()
        self.child.stdout.close()
        self.errors.close()

    def _message(self, payload: dict) -> bytes:
        self.next_id += 1
        return base64.b64encode(json.dumps({"message_id": self.next_id, "payload": payload}).encode("utf-8")) + b","

    def _stderr(self) -> str:
        self.errors.seek(0)
        return self.errors.read()[-2000:].decode("utf-8", "replace")

    def send(self, payloads: list[dict]) -> list[dict]:
        """Send the requests in order; their replies in the same order. Raises on the first error reply."""
        messages = [self._message(p) for p in payloads]
        failure: list[BaseException] = []

        def write() -> None:
            try:
                for message in messages:
                    self.child.stdin.write(message)
                self.child.stdin.flush()
            except (BrokenPipeError, OSError) as err:       # the service died: the reader reports it
                failure.append(err)

        writer = threading.Thread(target=write, daemon=True)
        writer.start()
        replies: list[dict] = []
        pending = bytearray(self.pending)          # a reply may span many reads (GetFiles: megabytes)
        while len(replies) < len(messages):
            chunk = self.child.stdout.read1(1 << 16)
            if not chunk:
                raise SearchIndexError(f"pagefind --service stopped after {len(replies)} of {len(messages)} "
                                       f"replies: {self._stderr() or failure}")
            if b"," not in chunk:
                pending += chunk
                continue
            *done, rest = chunk.split(b",")
            done[0] = bytes(pending) + done[0]
            pending = bytearray(rest)
            replies += [json.loads(base64.b64decode(d)) for d in done]
        self.pending = bytes(pending)
        writer.join()
        for payload, reply in zip(payloads, replies):
            if reply.get("payload", {}).get("type") == "Error":
                what = payload.get("url") or payload["type"]
                raise SearchIndexError(f"pagefind refused {what}: {reply['payload'].get('message')}")
        return [reply["payload"] for reply in replies]


@dataclass(frozen=True)
class SearchIndex:
    """What was written: the bundle folders under site/pagefind/, and how many records each holds."""

    folder: Path
    bundles: tuple[str, ...]
    records: tuple[int, ...]


def bundle_files(service: Service, records: list[Record], language: str) -> dict[str, bytes]:
    """One Pagefind index of these records as {relative path: bytes}, then dropped from the service's memory."""
    (created,) = service.send([{"type": "NewIndex", "config": {"force_language": language}}])
    index = created["index_id"]
    replies = service.send([{"type": "AddRecord", "index_id": index, "url": r.url, "content": r.content,
                             "language": language, "meta": dict(sorted(r.meta.items())), "filters": None,
                             "sort": None} for r in records]
                           + [{"type": "GetFiles", "index_id": index}, {"type": "DeleteIndex", "index_id": index}])
    files = {}
    for item in replies[-2]["files"]:
        path = item["path"]
        parts = path.split("/")
        if path.startswith(("/", "\\")) or any(p in ("", ".", "..") for p in parts) or "\\" in path:
            raise SearchIndexError(f"pagefind returned a file outside its folder: {path!r}")
        if parts[-1] not in UNUSED:
            files[path] = base64.b64decode(item["content"])
    return dict(sorted(files.items()))


def build_bundle(service: Service, records: list[Record], out: Path, language: str) -> None:
    """One Pagefind index of these records, written to `out`."""
    for path, content in bundle_files(service, records, language).items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)


#: The working folders of write_search_index inside the site: hidden, so MkDocs' cleaning never removes them.
WORK_PREFIX = ".search-"


def remove_leftovers(site_dir: Path) -> None:
    """Working folders a killed run left in the site (MkDocs' clean keeps hidden files: they would be published)."""
    for leftover in site_dir.glob(WORK_PREFIX + "*"):
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)


def write_search_index(records: list[Record], site_dir: Path, *, language: str = "en",
                       per_bundle: int = PER_BUNDLE, binary: Path | None = None,
                       background: bool = False, started: Callable[[Service], None] = lambda service: None
                       ) -> SearchIndex:
    """Write the records' index into site_dir/pagefind/ (replacing what was there), in bundles of at most
    `per_bundle` records, and pagefind/index.json listing them for the search script. Deterministic: the same
    records give byte-identical files. `started` is told of each Pagefind service as it starts (to stop it)."""
    if per_bundle < 1:
        raise ValueError("per_bundle must be at least 1")
    site_dir = Path(site_dir)
    if site_dir.is_symlink() or not site_dir.is_dir():
        raise SearchIndexError(f"{site_dir}: expected the built site's folder (not a link)")
    target = site_dir / SEARCH_DIR
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise SearchIndexError(f"{target}: expected a folder the index may replace, got a link or a file")
    groups = [records[i:i + per_bundle] for i in range(0, len(records), per_bundle)] or [[]]
    remove_leftovers(site_dir)
    work = Path(tempfile.mkdtemp(prefix=WORK_PREFIX, dir=site_dir))
    try:
        for number, group in enumerate(groups):
            # A service per bundle: a service that built one bundle keeps its memory for the next (345 MB
            # peak for four bundles of 2,500 in one service, 173 MB in four).
            with Service(binary, background) as service:
                started(service)
                build_bundle(service, group, work / str(number), language)
        bundles = tuple(f"{n}/" for n in range(len(groups)))
        manifest = {"bundles": list(bundles), "records": [len(g) for g in groups], "language": language}
        (work / MANIFEST).write_text(json.dumps(manifest, sort_keys=True) + "\n", encoding="utf-8")
        os.chmod(work, 0o755)
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=WORK_PREFIX + "old-", dir=site_dir))
            target.rename(old / SEARCH_DIR)
            work.rename(target)
            shutil.rmtree(old)
        else:
            work.rename(target)
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)
    return SearchIndex(target, bundles, tuple(len(g) for g in groups))


class IndexWorker:
    """Writes the index on a thread of its own, the newest request first and the older ones dropped. A build starts
    it as soon as the records are known, so that Pagefind (one core) runs beside MkDocs writing the pages (another);
    under `mkdocs serve` it runs after the pages, at a low priority (`background`): the edited page shows without
    waiting for search, which catches up a moment later."""

    def __init__(self, on_error: Callable[[BaseException], None], background: bool = True) -> None:
        self.on_error, self.background = on_error, background
        self.wake = threading.Condition()
        self.job: tuple[list[Record], Path, str] | None = None
        self.busy = False
        self.closed = False
        self.cancelled = False
        self.service: Service | None = None        # the Pagefind service writing now
        self.thread: threading.Thread | None = None

    def submit(self, records: list[Record], site_dir: Path, language: str = "en") -> None:
        with self.wake:
            self.job = (records, Path(site_dir), language)
            self.wake.notify_all()
            if self.thread is None:
                self.thread = threading.Thread(target=self._run, name="timeline-search-index", daemon=True)
                self.thread.start()

    def _run(self) -> None:
        while True:
            with self.wake:
                while self.job is None and not self.closed:
                    self.wake.wait()
                if self.closed:
                    return
                (records, site_dir, language), self.job, self.busy = self.job, None, True
            try:
                write_search_index(records, site_dir, language=language, background=self.background,
                                   started=self._started)
            except Exception as err:             # a rebuild cleaning the site under it, or Pagefind failing
                with self.wake:
                    newer, cancelled = self.job is not None, self.cancelled
                if not newer and not cancelled:  # a newer request will write the index again: say nothing yet;
                    self.on_error(err)           # a cancelled one failed because it was stopped
            finally:
                with self.wake:
                    self.busy = False
                    self.wake.notify_all()

    def _started(self, service: Service) -> None:
        with self.wake:
            self.service = service
            if self.cancelled:
                service.child.kill()

    def wait(self, timeout: float | None = None) -> bool:
        """Until nothing is pending or being written (True), or the timeout (False)."""
        with self.wake:
            return self.wake.wait_for(lambda: self.job is None and not self.busy, timeout)

    def close(self, timeout: float = 30, cancel: bool = False) -> None:
        """Stop taking requests and wait for the one being written; with `cancel` (a failed build), stop Pagefind
        instead: the index is not written, and its working folder is removed."""
        with self.wake:
            self.closed = True
            if cancel:
                self.cancelled = True
                if self.service is not None and self.service.child.poll() is None:
                    self.service.child.kill()
            self.wake.notify_all()
        if self.thread is not None:
            self.thread.join(timeout)
