"""Run `mkdocs build` in a child process and measure it: wall time, peak memory, output sizes."""
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


@dataclass(frozen=True)
class Build:
    """One `mkdocs build` of a project."""

    seconds: float          # wall clock of the whole command, start-up included (what a user waits for)
    peak_mb: float          # peak resident memory of the command (ru_maxrss, see peak.py)
    pages: int              # HTML pages written
    site_bytes: int         # everything under site/
    index_bytes: int        # search/search_index.json
    index_gz_bytes: int     # the same, gzipped (level 6, as a web server would send it)


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


def mkdocs_build(project: Path, log: Path, python: str = sys.executable) -> Build:
    """A clean `mkdocs build` of the project, measured (`python`: the interpreter whose MkDocs and plugin run)."""
    site = project / "site"
    shutil.rmtree(site, ignore_errors=True)
    seconds, peak = run([python, "-m", "mkdocs", "build", "--strict"], project, log)
    index = (site / "search" / "search_index.json").read_bytes()
    return Build(seconds, peak, sum(1 for _ in site.rglob("*.html")), folder_bytes(site), len(index),
                 len(gzip.compress(index, 6, mtime=0)))
