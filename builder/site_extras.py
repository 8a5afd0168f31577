"""What a build writes into the site beside the engine's pages: the entries' stubs (site/e/<id>/, lasting
addresses) and the search index (site/pagefind/). No engine here: the plugin calls `begin` once the pages are
rendered, `finish` after the engine has written them, `failed` when the build failed.

A build starts the index at once, on a thread, so that Pagefind (one core) runs beside the engine writing the
pages (another), and waits for it at the end; a failure fails the build. Under `serve` the index is written after
the pages, only when the records changed, at a low priority: the edited page shows without waiting for search,
which catches up a moment later, and a failure is a warning."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from builder.search_index import MANIFEST, SEARCH_DIR, IndexWorker, Record, SearchIndexError


class SiteExtras:
    """The stubs and the index of one build, or of one `serve` session's rebuilds (`dirty`: only what changed)."""

    def __init__(self, serving: bool, warn: Callable[[str], None]) -> None:
        self.serving, self.warn = serving, warn
        self.stubs: dict[str, str] = {}              # this build's stubs, written in finish()
        self.previous_stubs: dict[str, str] = {}     # the last build's (--dirty: only changed ones are written)
        self.records: list[Record] = []              # this build's search records (serve: written in finish())
        self.indexed: list[Record] | None = None     # the records last indexed (serve)
        self.errors: list[BaseException] = []
        self.indexer: IndexWorker | None = None

    def begin(self, stubs: dict[str, str], records: list[Record] | None, site_dir: Path, language: str) -> None:
        """This build's stubs, and its search records (None: no search)."""
        self.stubs, self.records, self.language = stubs, records or [], language
        if records is not None and not self.serving:
            Path(site_dir).mkdir(parents=True, exist_ok=True)  # cleaned before the pages; nothing else writes pagefind/
            self.errors = []
            self.indexer = IndexWorker(self.errors.append, background=False)
            self.indexer.submit(self.records, Path(site_dir), language)
            self.records = []

    def finish(self, site_dir: Path, dirty: bool, search: bool) -> None:
        """After the pages: the stubs written (under --dirty only those that changed), the index finished (a build)
        or written if the records changed (serve). Raises SearchIndexError when a build's index failed."""
        for uri, stub in self.stubs.items():
            if self.previous_stubs.get(uri) != stub or not dirty:
                target = Path(site_dir) / uri
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(stub, encoding="utf-8")
        self.previous_stubs, self.stubs = (self.stubs if dirty else {}), {}
        if not search:
            return
        if not self.serving:
            self._stop(wait=True)
            if self.errors:
                raise SearchIndexError(str(self.errors[0]))
            return
        records, self.records = self.records, []
        if records == self.indexed and (Path(site_dir) / SEARCH_DIR / MANIFEST).is_file():
            return
        if self.indexer is None:
            self.indexer = IndexWorker(self._serve_index_failed)
        self.indexer.submit(records, Path(site_dir), self.language)
        self.indexed = records

    def failed(self) -> None:
        """A failed build may have written some stubs: all of them next time. A build's index is cancelled (Pagefind
        stopped, its working folder removed): a failed build writes no index, nor waits for one."""
        self.previous_stubs = {}
        if not self.serving:
            self._stop(wait=False, cancel=True)

    def close(self) -> None:
        """`serve` stopped: its site (a temporary folder) goes too, so an index being written is cancelled."""
        self._stop(wait=False, cancel=True)

    def _serve_index_failed(self, err: BaseException) -> None:
        """Under `serve`: the index was not written, so the next rebuild writes it even if its records are the same."""
        self.indexed = None
        self.warn(f"search index not updated: {err}")

    def _stop(self, wait: bool, cancel: bool = False) -> None:
        if self.indexer is not None:
            if wait:
                self.indexer.wait()
            self.indexer.close(cancel=cancel)
            self.indexer = None
