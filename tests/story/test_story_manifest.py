"""The manifest of a story: one line per entry, reports read only when a run needs them, older versions read."""
from __future__ import annotations

import json

from newsroom import Newsroom
from test_story_merging import DAY_ONE, DAY_THREE

V1 = {"version": 1, "entries": {}}


def lines(room: Newsroom) -> list[str]:
    return (room.timeline / ".manifest.json").read_text(encoding="utf-8").split("\n")


def test_each_entry_is_one_line_with_its_reports_last(in_tmp, capsys):
    room = Newsroom(in_tmp, capsys)
    room.publish("quake-day-one", "2024-05-10", DAY_ONE)
    room.run("quake-day-one")
    text = lines(room)
    assert text[0] == '{"version": 2, "names": "", "entries": {' and text[-2:] == ["}}", ""]
    assert len(text) == len(room.entries()) + 3
    assert all(',"reports":[{"article":"quake-day-one"' in line for line in text[1:-2])
    assert json.loads("\n".join(text))["version"] == 2


def test_a_run_writes_back_the_lines_of_entries_it_did_not_change(in_tmp, capsys):
    room = Newsroom(in_tmp, capsys)
    room.publish("quake-day-one", "2024-05-10", DAY_ONE)
    room.publish("quake-day-three", "2024-05-12", DAY_THREE)
    room.run("quake-day-one")
    before = lines(room)
    room.run("quake-day-three")
    after = lines(room)
    quake = room.citing("magnitude 6.1 struck").stem
    unchanged = [line for line in before[1:-2] if not line.startswith(f'"{quake}"')]
    assert all(line.removesuffix(",") in [a.removesuffix(",") for a in after] for line in unchanged)


def test_damaged_reports_stop_the_run_that_needs_them_before_anything_is_written(in_tmp, capsys):
    room = Newsroom(in_tmp, capsys)
    room.publish("quake-day-one", "2024-05-10", DAY_ONE)
    room.run("quake-day-one")
    path = room.timeline / ".manifest.json"
    text = path.read_text(encoding="utf-8").split("\n")
    text[1] = text[1].replace('"article":"quake-day-one"', '"article":7', 1)
    path.write_text("\n".join(text), encoding="utf-8")
    before = room.files()
    room.rewrite("quake-day-one", "at least 12", "at least 13")
    code, _, err = room.extract()
    assert code == 1 and err.startswith(
        "timeline/.manifest.json:2: entries: expected the builder's record of ")
    assert "restore it from version control" in err
    assert room.files() == before


def test_a_version_1_manifest_is_read_and_its_entries_stay_the_builders(in_tmp, capsys):
    """Before stories the manifest kept one article per entry and no extraction: such a timeline is taken over,
    with no entry seen as edited and none written twice."""
    room = Newsroom(in_tmp, capsys)
    room.publish("quake-day-one", "2024-05-10", DAY_ONE)
    room.run("quake-day-one")
    path = room.timeline / ".manifest.json"
    records = json.loads(path.read_text(encoding="utf-8"))["entries"]
    old = {"version": 1, "entries": {i: {"article": "quake-day-one", "key": r["reports"][0]["key"],
                                         "source": r["reports"][0]["source"], "sha256": r["sha256"]}
                                     for i, r in records.items()}}
    path.write_text(json.dumps(old, indent=1), encoding="utf-8")
    entries = room.files()
    out = room.run("quake-day-one")
    assert "0 new, 0 updated, 3 unchanged, 0 removed" in out and "edited" not in out
    assert {n: b for n, b in room.files().items() if n != ".manifest.json"} == \
        {n: b for n, b in entries.items() if n != ".manifest.json"}
    assert lines(room)[0].startswith('{"version": 2,')
    room.publish("quake-day-three", "2024-05-12", DAY_THREE)
    out = room.run("quake-day-three")
    assert "merged" in out and len(room.data("magnitude 6.1 struck")["sources"]) == 2
