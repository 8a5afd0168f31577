"""What a reader waits for and downloads, measured in Debian's headless Chromium driven by Playwright.

- `first_result`: from navigation start on a page, a reader types a word found in exactly one entry into a
  site's search box; the time until the link to that entry's anchor appears in the results (performance.now(),
  whose zero is navigation start, read by a MutationObserver installed before the page's own scripts), then a
  click on it and the time until the entry is in view. Bytes are counted by the server (what it sent, gzipped as
  a web host would send text), so requests made by workers count too; memory is the page's JS heap (CDP) and the
  resident memory (PSS) of the browser's renderer processes, which hold the page and its workers.
- `page_weight`: one page loaded on its own: bytes sent, elements in its DOM, load event.

Each measurement starts a fresh browser with the HTTP cache disabled. Which search box to drive is a `SearchUI`
(`MATERIAL`, `OURS`, or another one built the same way), so the same code measures any search.
"""
from __future__ import annotations

import functools
import gzip
import http.server
import json
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
VIEWPORT = {"width": 1280, "height": 900}
TIMEOUT_MS = 120_000
COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map")


@dataclass(frozen=True)
class SearchUI:
    """How a reader uses one site's search: what to open, where to type, and which link is the entry's result."""

    name: str
    open: Callable[[object], None]       # bring the box up on a loaded page (Playwright Page)
    input: str                           # selector of the box to type in
    result: Callable[[str], str]         # entry id -> selector of the result link leading to it


def _click(selector: str) -> Callable[[object], None]:
    return lambda page: page.click(selector)


MATERIAL = SearchUI("material", _click(".md-search__input"), ".md-search__input",
                    lambda entry_id: f'a.md-search-result__link[href$="#{entry_id}"]')
OURS = SearchUI("pagefind", _click("[data-tl-search-open]"), "dialog [data-tl-search-input]",
                lambda entry_id: f'a[data-tl-search-result][href$="#{entry_id}"]')
UIS = {ui.name: ui for ui in (MATERIAL, OURS)}


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Static files, text gzipped when the browser accepts it (as any web host does); every body counted."""

    sent: list[tuple[str, int]]
    cache: dict[str, bytes]
    lock: threading.Lock

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not self.path.split("?")[0].endswith("/"):
                return super().do_GET()                     # the redirect to the folder
            path = os.path.join(path, "index.html")
        if not os.path.isfile(path):
            self.send_error(404)
            self.sent.append((self.path, 0))
            return
        with open(path, "rb") as f:
            body = f.read()
        encoding = None
        if path.endswith(COMPRESSED) and "gzip" in self.headers.get("Accept-Encoding", ""):
            with self.lock:
                packed = self.cache.get(path)
            if packed is None:
                packed = gzip.compress(body, 6, mtime=0)
                with self.lock:
                    self.cache[path] = packed
            body, encoding = packed, "gzip"
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.end_headers()
        with self.lock:              # counted before it goes: a reader that has the body finds it counted
            self.sent.append((self.path, len(body)))
        self.wfile.write(body)


class SiteServer:
    """A built site served on a free local port; `sent` lists (path, body bytes) of every response."""

    def __init__(self, folder: Path) -> None:
        self.sent: list[tuple[str, int]] = []
        handler = type("Handler", (_Handler,), {"sent": self.sent, "cache": {}, "lock": threading.Lock()})
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                                      functools.partial(handler, directory=str(folder)))
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}/"

    def __enter__(self) -> SiteServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def take(self) -> list[tuple[str, int]]:
        """(path, bytes) of the responses sent since the last call."""
        taken = list(self.sent)
        del self.sent[:len(taken)]
        return taken


@dataclass(frozen=True)
class Reading:
    """One reader's search, from navigation start."""

    ui: str
    first_result_s: float       # navigation start -> the entry's result link is in the page
    typed_s: float              # navigation start -> the reader started typing (the page was ready for it)
    typing_done_s: float        # navigation start -> the last key was pressed (Playwright: ~15 ms a key)
    landed_s: float             # click on the result -> the entry is in view (page load included)
    bytes: int                  # sent by the server until the result showed (gzipped where text)
    requests: int
    js_heap_mb: float           # JS heap used by the page (main thread, CDP)
    renderer_mb: float          # PSS of the renderer processes (page + its workers) once the result showed


WATCH = """(() => {
  const selector = %s;
  const seen = () => { if (window.__benchFound === undefined && document.querySelector(selector))
                         window.__benchFound = performance.now(); };
  new MutationObserver(seen).observe(document, {childList: true, subtree: true, attributes: true});
})();"""


def renderer_pss_mb() -> float:
    """Proportional memory of this process tree's Chromium renderers (the page and its workers live there)."""
    tree: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                stat = Path(f"/proc/{name}/stat").read_bytes()
            except OSError:
                continue
            tree.setdefault(int(stat[stat.rindex(b")") + 2:].split()[1]), []).append(int(name))
    total, todo = 0, list(tree.get(os.getpid(), []))
    while todo:
        pid = todo.pop()
        todo += tree.get(pid, [])
        try:
            if b"--type=renderer" not in Path(f"/proc/{pid}/cmdline").read_bytes():
                continue
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def _cold_page(playwright, browser_args: list[str]):
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=browser_args)
    context = browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    cdp.send("Performance.enable")
    return browser, page, cdp


def in_view(page, entry_id: str) -> bool:
    return page.evaluate("""id => { const e = document.getElementById(id); if (!e) return false;
                                    const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }""",
                         entry_id)


def first_result(playwright, server: SiteServer, start: str, ui: SearchUI, word: str, entry_id: str) -> Reading:
    """A fresh browser opens `start` (a path of the site), searches `word`, and follows the result to the entry."""
    browser, page, cdp = _cold_page(playwright, CHROMIUM_ARGS)
    try:
        page.add_init_script(WATCH % json.dumps(ui.result(entry_id)))
        server.take()
        page.goto(server.url + start, wait_until="domcontentloaded")
        ui.open(page)
        typed = page.evaluate("performance.now()")
        page.locator(ui.input).press_sequentially(word)
        typing_done = page.evaluate("performance.now()")
        page.wait_for_function("window.__benchFound !== undefined", timeout=TIMEOUT_MS, polling=10)
        found = page.evaluate("window.__benchFound")
        sent = server.take()
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
        renderer = renderer_pss_mb()
        clicked = time.perf_counter()
        page.locator(ui.result(entry_id)).first.click()
        page.wait_for_function(f"location.hash === {json.dumps('#' + entry_id)}", timeout=TIMEOUT_MS)
        page.wait_for_load_state("load")
        deadline = time.perf_counter() + 30
        while not in_view(page, entry_id):
            if time.perf_counter() > deadline:
                raise AssertionError(f"{ui.name}: the result for {word!r} did not bring entry {entry_id} into view")
            time.sleep(0.01)
        landed = time.perf_counter() - clicked
    finally:
        browser.close()
    return Reading(ui.name, found / 1000, typed / 1000, typing_done / 1000, landed, sum(b for _, b in sent), len(sent),
                   metrics.get("JSHeapUsedSize", 0) / 2**20, renderer)


@dataclass(frozen=True)
class PageWeight:
    """One page loaded on its own in a fresh browser."""

    path: str
    html_bytes: int             # on disk
    html_sent: int              # the HTML document as sent (gzipped)
    sent_bytes: int             # everything loaded until 1 s after the load event (a search index counts)
    elements: int               # document.getElementsByTagName('*').length
    load_s: float               # navigation start -> load event end
    js_heap_mb: float


def heaviest_page(site: Path) -> str:
    """The path (from the site root) of the largest HTML page of a built site."""
    page = max(site.rglob("*.html"), key=lambda p: (p.stat().st_size, str(p)))
    return page.relative_to(site).as_posix()


def page_weight(playwright, server: SiteServer, site: Path, path: str) -> PageWeight:
    browser, page, cdp = _cold_page(playwright, CHROMIUM_ARGS)
    try:
        server.take()
        url_path = path.removesuffix("index.html")
        page.goto(server.url + url_path, wait_until="load")
        page.wait_for_timeout(1000)                         # late requests (a search index) count too
        elements = page.evaluate("document.getElementsByTagName('*').length")
        load = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
        sent = server.take()
    finally:
        browser.close()
    html = sum(b for p, b in sent if p.split("?")[0] == "/" + url_path)
    return PageWeight(path, (site / path).stat().st_size, html, sum(b for _, b in sent), elements, load / 1000,
                      metrics.get("JSHeapUsedSize", 0) / 2**20)
