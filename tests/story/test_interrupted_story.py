"""A run over several articles that is interrupted at any write leaves every file old or new, and the next run ends
where an uninterrupted one does: reports joined to another article's entry, an entry removed, an edited entry that
receives a report, and one added by hand."""
from __future__ import annotations

import pathlib

import yaml

from builder.loader import load_timeline
from interrupts import stopped_at
from newsroom import Newsroom
from test_story_merging import DAY_ONE, DAY_THREE

HAND_MADE = ("id: 2024-05-01-my-own-entry\ndate: 2024-05-01\ncategory: other\ntitle: Mine\n"
             "summary: Written by an editor.\n")


def prepare(root: pathlib.Path, capsys) -> Newsroom:
    """Day one extracted; its governor entry edited, an entry added by hand; day one rewritten and day three
    arrived, both waiting for the next run."""
    room = Newsroom(root, capsys)
    room.publish("quake-day-one", "2024-05-10", DAY_ONE)
    room.run("quake-day-one")
    governor = room.citing("army would help")
    governor.write_text(governor.read_text(encoding="utf-8").replace("category: ", "category: statement\n# ", 1),
                        encoding="utf-8")
    (room.timeline / "2024-05-01-my-own-entry.yml").write_text(HAND_MADE, encoding="utf-8")
    room.rewrite("quake-day-one", "Rescue teams pulled survivors from collapsed buildings in the old town.\n", "")
    room.publish("quake-day-three", "2024-05-12", DAY_THREE.replace(
        "Governor Lena Ostrova said on Saturday that schools",
        "Governor Lena Ostrova said on Thursday that the army would help with the search, and on Saturday that "
        "schools"))
    return room


def test_a_multi_article_run_interrupted_at_any_write_leaves_old_or_new_files(in_tmp, capsys, monkeypatch):
    reference = prepare(in_tmp / "reference", capsys)
    before = reference.files()
    reference.run("quake-day-one", "quake-day-three")
    after = reference.files()
    assert len(yaml.safe_load(after[reference.citing("magnitude 6.1 struck").name])["sources"]) == 2
    assert set(before) - set(after), "the scenario removes an entry"
    step = 0
    while True:
        room = prepare(in_tmp / f"run-{step}", capsys)
        finished = stopped_at(step, lambda: room.extract("seeds/quake-day-one.txt", "seeds/quake-day-three.txt"),
                              monkeypatch)
        now = room.files()
        for name in set(before) | set(after) | set(now):
            if name == ".manifest.json" or (name.startswith(".") and name.endswith(".tmp")):
                continue
            assert now.get(name) in (before.get(name), after.get(name)), f"step {step}: {name} is neither old nor new"
        load_timeline(room.timeline)
        room.run("quake-day-one", "quake-day-three")
        assert room.files() == after, f"step {step}: the next run must end where an uninterrupted run ends"
        if finished:
            break
        step += 1
    assert step >= 4, "the scenario should touch the disk at several steps"
