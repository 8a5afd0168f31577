"""Run `mkdocs build` in a child process and measure it: wall time, peak memory, output sizes."""
from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

# Same environment for every child: no MkDocs 2 banner, a fixed date in sitemap.xml (deterministic output).
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1647820800"}


@dataclass(frozen=True)
class Build:
    """One `mkdocs build` of a project."""

    seconds: float          # wall clock of the whole command, start-up included (what a user waits for)
    peak_mb: float          # peak resident memory of the child (ru_maxrss)
    pages: int              # HTML pages written
    site_bytes: int         # everything under site/
    index_bytes: int        # search/search_index.json
    index_gz_bytes: int     # the same, gzipped (level 6, as a web server would send it)


def run(command: list[str], cwd: Path, log: Path) -> tuple[float, float]:
    """Run a command to completion; (seconds, peak MB). Raises with the log's tail if it fails."""
    with log.open("w", encoding="utf-8") as out:
        start = time.perf_counter()
        child = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(child.pid, 0)       # this child's own rusage, not all children's
        seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        tail = log.read_text(encoding="utf-8", errors="replace")[-3000:]
        raise RuntimeError(f"{' '.join(command)} failed in {cwd} ({child.returncode}):\n{tail}")
    return seconds, usage.ru_maxrss / 1024


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def mkdocs_build(project: Path, log: Path) -> Build:
    """A clean `mkdocs build` of the project, measured."""
    site = project / "site"
    shutil.rmtree(site, ignore_errors=True)
    seconds, peak = run([sys.executable, "-m", "mkdocs", "build", "--strict"], project, log)
    index = (site / "search" / "search_index.json").read_bytes()
    return Build(seconds, peak, sum(1 for _ in site.rglob("*.html")), folder_bytes(site), len(index),
                 len(gzip.compress(index, 6, mtime=0)))
