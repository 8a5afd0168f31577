"""Live preview: start a real `mkdocs serve`, edit one entry, and time until the served page shows the edit."""
from __future__ import annotations

import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.measure import ENV, measured, read_measure

BUILT = re.compile(r"Documentation built in ([\d.]+) seconds")
START_TIMEOUT = 900.0       # the first build of a big site
EDIT_TIMEOUT = 120.0
REPORT_GRACE = 3.0          # the report is logged just before the page is served; allow for a slow flush
POLL = 0.02


@dataclass(frozen=True)
class ServeRun:
    """Rebuilds after single edits under one `mkdocs serve`."""

    latencies: list[float]      # edit written -> edited page served, seconds (watcher polling included)
    builds: list[float]         # what MkDocs reports for each rebuild ("Documentation built in ...")
    peak_mb: float              # peak memory of the server process


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", errors="replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return None


def wait_for(condition: Callable[[], bool], timeout: float, what: str,
             child: subprocess.Popen | None = None) -> float:
    """Seconds until `condition()` holds; TimeoutError after `timeout`, RuntimeError if the server died."""
    start = time.perf_counter()
    while not condition():
        if time.perf_counter() - start > timeout:
            raise TimeoutError(f"gave up waiting for {what} after {timeout:.0f} s")
        if child is not None and child.poll() is not None:
            raise RuntimeError(f"the server stopped (exit {child.returncode}) while waiting for {what}")
        time.sleep(POLL)
    return time.perf_counter() - start


def serve_edits(project: Path, page_url: str, edit: Callable[[Path, str], None], edits: int, dirty: bool,
                log: Path, python: str = sys.executable) -> ServeRun:
    """Serve a copy of `project`; `edits` times, apply `edit(copy, marker)` and wait for `page_url` to show it.
    `python` runs MkDocs (another checkout's interpreter, for a side-by-side comparison: bench/ab.py)."""
    work = project.parent / f"{project.name}-serve"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(project, work, ignore=shutil.ignore_patterns("site"))
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    # --dirty logs a warning on every build, which `strict: true` in mkdocs.yml turns into an abort.
    command = [python, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"] + (
        ["--dirty", "--no-strict"] if dirty else [])
    latencies, builds = [], []
    with log.open("w", encoding="utf-8") as out:
        child = subprocess.Popen(measured(command, log), cwd=work, env=ENV, stdout=out, stderr=subprocess.STDOUT)
        try:
            wait_for(lambda: fetch(base + page_url) is not None, START_TIMEOUT, f"mkdocs serve on {base}",
                     child)
            for k in range(edits):
                time.sleep(1.5)                          # let the watcher settle between edits
                reported = len(BUILT.findall(log.read_text(encoding="utf-8")))
                marker = f"benchmarkedit{k}x{port}"
                edit(work, marker)
                latencies.append(wait_for(lambda: marker in (fetch(base + page_url) or ""), EDIT_TIMEOUT,
                                          f"{marker} on {page_url}", child))
                builds.append(reported_build(log, reported))
        finally:
            child.send_signal(signal.SIGINT)            # mkdocs serve cleans its temporary site on Ctrl-C
            child.wait()
    shutil.rmtree(work, ignore_errors=True)
    return ServeRun(latencies, builds, read_measure(log)[1])


def reported_build(log: Path, before: int) -> float:
    """The seconds MkDocs reports for the rebuild that just ended. MkDocs drops a log line that repeats the
    previous one word for word, so when no new report comes, this rebuild took what the last one took."""
    try:
        wait_for(lambda: len(BUILT.findall(log.read_text(encoding="utf-8"))) > before, REPORT_GRACE, "the report")
    except TimeoutError:
        pass
    return float(BUILT.findall(log.read_text(encoding="utf-8"))[-1])


def insert_after(path: Path, anchor: str, marker: str) -> None:
    """Put `marker ` just after the first `anchor` in a file (an edit to the text of one entry)."""
    text = path.read_text(encoding="utf-8")
    if anchor not in text:
        raise ValueError(f"{anchor!r} not in {path}")
    path.write_text(text.replace(anchor, anchor + marker + " ", 1), encoding="utf-8")
