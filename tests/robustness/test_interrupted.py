"""An interrupted run leaves every file old or new, never half-written, and the next run finishes the job.

The scenario has every kind of file at once: entries the builder will update, add and remove, an entry
edited by hand, one deleted by hand and one added by hand. The run is stopped at every step where it
touches the disk (an exception, as from a full disk, and a real SIGKILL of a child process).
"""
from __future__ import annotations

import json
import os
import pathlib
import signal
import subprocess
import sys
import time

import pytest

from builder.loader import load_timeline
from builder.store import _hashes, sha
from interrupts import stopped_at
from timeline_helpers import ROOT, Project

HAND_MADE = ("id: 2022-03-19-my-own-entry\ndate: 2022-03-19\ncategory: other\ntitle: Mine\n"
             "summary: Written by an editor.\n")


def prepare(root: pathlib.Path, capsys) -> Project:
    """Article v1 extracted and edited by hand; the article then rewritten, waiting for the next run."""
    project = Project(root, capsys)
    root.mkdir(exist_ok=True)
    project.add_seed()
    assert project.extract()[0] == 0
    edited = project.entry("emergency services")
    edited.write_text(edited.read_text(encoding="utf-8").replace("category: shelling", "category: casualties"),
                      encoding="utf-8")
    project.entry("klitschko").unlink()
    (project.timeline / "2022-03-19-my-own-entry.yml").write_text(HAND_MADE, encoding="utf-8")
    project.edit_seed("four people were killed", "five people were killed")
    project.edit_seed("Aid groups have said food, water, and electricity", "Aid groups said food and water")
    project.edit_seed("The latest air strike hit an art school that was sheltering around 400 people.\n", "")
    project.edit_seed("With reporting from IRN", "Officials in Odesa said on Sunday that a port warehouse "
                      "was hit by a missile.\nWith reporting from IRN")
    return project


@pytest.fixture
def states(in_tmp, capsys) -> tuple[dict, dict]:
    """The timeline before the run and after an uninterrupted run."""
    project = prepare(in_tmp / "reference", capsys)
    before = project.files()
    assert project.extract()[0] == 0
    return before, project.files()


def check_consistent(project: Project, before: dict, after: dict) -> None:
    """Each entry file is as before or as after; the folder loads; the manifest still knows its own files."""
    now = project.files()
    for name in set(before) | set(after) | set(now):
        if name == ".manifest.json" or (name.startswith(".") and name.endswith(".tmp")):
            continue                                  # a killed run's temporary file: hidden, removed next run
        assert now.get(name) in (before.get(name), after.get(name)), f"{name} is neither old nor new"
    load_timeline(project.timeline)
    records = json.loads(now[".manifest.json"])["entries"]
    final = json.loads(after[".manifest.json"])["entries"]
    for entry_id, record in final.items():
        text = now.get(f"{entry_id}.yml")
        builders = text is not None and sha(text.decode("utf-8")) in _hashes(record)   # not the edited one
        if builders and text == after.get(f"{entry_id}.yml"):
            assert sha(text.decode("utf-8")) in _hashes(records[entry_id]), f"{entry_id} would look edited"
    edited = project.entry("emergency services")
    assert sha(edited.read_text(encoding="utf-8")) not in _hashes(records[edited.stem]), "the edit would be lost"


def finish_and_compare(project: Project, after: dict) -> None:
    code, out, err = project.extract()
    assert code == 0, err
    assert project.files() == after, "the next run must end exactly where an uninterrupted run ends"


def test_a_run_that_fails_at_any_write_or_removal_leaves_old_or_new_files(in_tmp, capsys, monkeypatch, states):
    before, after = states
    step = 0
    while True:
        project = prepare(in_tmp / f"run-{step}", capsys)
        assert project.files() == before
        finished = stopped_at(step, project.extract, monkeypatch)
        check_consistent(project, before, after)
        finish_and_compare(project, after)
        if finished:
            break
        step += 1
    assert step >= 5, "the scenario should touch the disk at several steps"


KILLER = """
import os, signal, sys
sys.path.insert(0, {root!r})
step, calls = int(sys.argv[1]), 0
real_fsync = os.fsync

def fsync_then_die(fd):
    # The temporary file is complete on disk but not yet renamed: the worst moment to die.
    global calls
    real_fsync(fd)
    calls += 1
    if calls > step:
        os.kill(os.getpid(), signal.SIGKILL)

os.fsync = fsync_then_die
from builder.cli import main
sys.exit(main(["extract", "--out", "timeline"]))
"""


@pytest.mark.parametrize("step", [0, 1, 2, 3])
def test_a_killed_process_leaves_old_or_new_files(in_tmp, capsys, states, step):
    before, after = states
    project = prepare(in_tmp / "killed", capsys)
    result = subprocess.run([sys.executable, "-c", KILLER.format(root=str(ROOT)), str(step)],
                            cwd=project.root, capture_output=True, text=True, timeout=120)
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert any(p.name.endswith(".tmp") for p in project.timeline.iterdir()), "it should die mid-write"
    check_consistent(project, before, after)
    finish_and_compare(project, after)
    assert not any(p.name.endswith(".tmp") for p in project.timeline.iterdir())


def test_a_process_killed_at_an_arbitrary_moment_leaves_old_or_new_files(in_tmp, capsys):
    """A bigger article, killed once the run has written 0, 10 and 40 of its files: the invariants hold."""
    seed = (ROOT / "seeds" / "mariupol-surrender-refused.txt").read_text(encoding="utf-8")
    big = "\n".join(f"In district {i}, {line}" for i in range(6) for line in seed.splitlines()[:-1])
    reference = Project(in_tmp / "reference", capsys)
    reference.root.mkdir()
    reference.add_seed("big", big)
    assert reference.extract()[0] == 0
    after = reference.files()
    for written in (0, 10, 40):
        project = Project(in_tmp / f"killed-{written}", capsys)
        project.root.mkdir()
        project.add_seed("big", big)
        child = subprocess.Popen([sys.executable, "-m", "builder", "extract", "--out", "timeline"],
                                 cwd=project.root, env={**os.environ, "PYTHONPATH": str(ROOT)},
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        manifest = project.timeline / ".manifest.json"
        deadline = time.monotonic() + 60
        while child.poll() is None and time.monotonic() < deadline and not (
                manifest.exists() and len(list(project.timeline.glob("*.yml"))) >= written):
            time.sleep(0.002)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        now = project.files()
        assert all(now[n] == after[n] for n in now if n.endswith(".yml")), "a file is half-written"
        finish_and_compare(project, after)
