"""Run `mkdocs build` in a child process and measure it: wall and CPU time, peak memory (of the whole process
tree: our build starts Pagefind), output sizes, the heaviest page."""
from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

# Same environment for every child: no MkDocs 2 banner, a fixed date in sitemap.xml (deterministic output),
# and Python's bytecode cache on, as on any install. (Some sandboxes set PYTHONDONTWRITEBYTECODE: then every
# run compiles our package from source again, 0.15 s a build that no user pays.)
ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
       "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1647820800"}


PEAK = Path(__file__).with_name("peak.py")
TREEPEAK = Path(__file__).with_name("treepeak.py")


@dataclass(frozen=True)
class Build:
    """One `mkdocs build` of a project."""

    seconds: float          # wall clock of the whole command, start-up included (what a user waits for)
    peak_mb: float          # peak resident memory of the command and its children together (treepeak.py)
    pages: int              # HTML pages written (ours: entry stubs not counted)
    site_bytes: int         # everything under site/
    index_bytes: int        # the search index: Material's search/search_index.json, or ours, site/pagefind/
    index_gz_bytes: int     # as sent: Material's gzipped (level 6, as a web server would); Pagefind's files are
    cpu_seconds: float = 0.0        # user + system time of the command and its children
    heaviest_bytes: int = 0         # the largest generated page (HTML) of the site
    heaviest_page: str = ""


def measured(command: list[str], log: Path) -> list[str]:
    """The command wrapped in bench/peak.py (run as a script: the child's folder is not the repository),
    which writes its time and peak memory to LOG.json."""
    return [sys.executable, str(PEAK), str(log.with_suffix(".json")), "--"] + command


def read_measure(log: Path) -> tuple[float, float]:
    data = json.loads(log.with_suffix(".json").read_text(encoding="utf-8"))
    return data["seconds"], data["peak_mb"]


def run(command: list[str], cwd: Path, log: Path) -> tuple[float, float]:
    """Run a command to completion; (seconds, peak MB). Raises with the log's tail if it fails."""
    with log.open("w", encoding="utf-8") as out:
        child = subprocess.run(measured(command, log), cwd=cwd, env=ENV, stdout=out, stderr=subprocess.STDOUT)
    if child.returncode:
        tail = log.read_text(encoding="utf-8", errors="replace")[-3000:]
        raise RuntimeError(f"{' '.join(command)} failed in {cwd} ({child.returncode}):\n{tail}")
    return read_measure(log)


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def tree_run(command: list[str], cwd: Path, log: Path) -> dict:
    """Run a command under bench/treepeak.py; its seconds, cpu_seconds, tree_peak_mb and peak_mb."""
    out = log.with_suffix(".json")
    with log.open("w", encoding="utf-8") as f:
        child = subprocess.run([sys.executable, str(TREEPEAK), str(out), "--"] + command, cwd=cwd, env=ENV,
                               stdout=f, stderr=subprocess.STDOUT)
    if child.returncode:
        tail = log.read_text(encoding="utf-8", errors="replace")[-3000:]
        raise RuntimeError(f"{' '.join(command)} failed in {cwd} ({child.returncode}):\n{tail}")
    return json.loads(out.read_text(encoding="utf-8"))


def heaviest(site: Path) -> tuple[int, str]:
    """(bytes, path) of the largest HTML page of a built site."""
    return max(((p.stat().st_size, p.relative_to(site).as_posix()) for p in site.rglob("*.html")), default=(0, ""))


def mkdocs_build(project: Path, log: Path, python: str = sys.executable) -> Build:
    """A clean `mkdocs build` of the project, measured (`python`: the interpreter whose MkDocs and plugin run)."""
    site = project / "site"
    shutil.rmtree(site, ignore_errors=True)
    measure = tree_run([python, "-m", "mkdocs", "build", "--strict"], project, log)
    if (site / "pagefind").is_dir():                    # ours: Pagefind's files are gzipped already
        index = gz = folder_bytes(site / "pagefind")
    elif (site / "search" / "search_index.json").is_file():
        data = (site / "search" / "search_index.json").read_bytes()
        index, gz = len(data), len(gzip.compress(data, 6, mtime=0))
    else:                                               # no search at all
        index = gz = 0
    pages = sum(1 for p in site.rglob("*.html") if not p.relative_to(site).as_posix().startswith("e/"))
    size, path = heaviest(site)
    return Build(measure["seconds"], measure["tree_peak_mb"], pages, folder_bytes(site), index, gz,
                 measure["cpu_seconds"], size, path)
