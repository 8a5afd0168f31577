"""Two `extract` runs at once on one timeline folder lose nothing: real processes, several rounds.

Before the folder was locked, 3 runs in 10 lost one article's manifest records (the next run then wrote a
duplicate -2 copy of each entry) and 2 in 10 crashed when one run removed the other's temporary file.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from builder.store import locked
from conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"
# Two real articles of 15-18 entries each: long enough for the runs' writes to overlap (without the lock, 8 of
# 10 rounds of this pair lost records).
ARTICLES = [CORPUS / "wn-2008-03-27-iraqi-forces-battle-militants-basra.txt",
            CORPUS / "wn-2015-08-02-italy-religious-schools-taxes.txt"]
NAMES = {"wn-2008-03-27-iraqi-forces-battle-militants-basra", "wn-2015-08-02-italy-religious-schools-taxes"}
ROUNDS = 4


def extract(folder: Path, article: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "builder", "extract", str(article), "--out", str(folder)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.mark.skipif(sys.platform == "win32", reason="the lock is POSIX flock")
def test_two_runs_at_once_on_one_folder_keep_every_record(tmp_path):
    for round_ in range(ROUNDS):
        folder = tmp_path / f"timeline-{round_}"
        runs = [extract(folder, article) for article in ARTICLES]
        outputs = [run.communicate(timeout=120) for run in runs]
        assert [run.returncode for run in runs] == [0, 0], outputs
        records = json.loads((folder / ".manifest.json").read_text(encoding="utf-8"))["entries"]
        files = sorted(p.stem for p in folder.glob("*.yml"))
        assert sorted(records) == files, f"round {round_}: records and files differ"
        assert {a for r in records.values() for a in r["articles"]} == NAMES
        assert not list(folder.glob(".*.tmp")), "a temporary file was left behind"
        again = [extract(folder, article) for article in ARTICLES]
        outputs = [run.communicate(timeout=120)[0] for run in again]
        assert all(" 0 new, 0 updated," in out and " 0 removed" in out for out in outputs), outputs
        assert sorted(p.stem for p in folder.glob("*.yml")) == files, "a second round wrote copies"


@pytest.mark.skipif(sys.platform == "win32", reason="the lock is POSIX flock")
def test_a_run_waits_while_another_holds_the_folder_and_says_so(tmp_path):
    folder = tmp_path / "timeline"
    with locked(folder):
        run = extract(folder, ARTICLES[0])
        with pytest.raises(subprocess.TimeoutExpired):
            run.wait(timeout=5)                           # nothing is written while the folder is held
        assert not (folder / ".manifest.json").exists()
    out, err = run.communicate(timeout=120)
    assert run.returncode == 0, err
    assert err.startswith(f"waiting for another run to finish writing {folder}/")
    assert " new, 0 updated," in out
