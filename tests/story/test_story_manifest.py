"""The manifest of a story: one line per entry, reports read only when a run needs them, older versions read."""
from __future__ import annotations

import json

import pytest

from newsroom import Newsroom
from test_story_merging import BOMB_DAY_ONE, BOMB_DAY_TWO, DAY_ONE, DAY_THREE

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


def _edit_heads(room: Newsroom, edit) -> None:
    """Apply `edit` to the head (everything before the reports) of every entry's line of the manifest."""
    path = room.timeline / ".manifest.json"
    text = path.read_text(encoding="utf-8").split("\n")
    for number in range(1, len(text) - 2):
        key, _, value = text[number].removesuffix(",").partition(": ")
        cut = value.index(',"reports":[')
        head = json.loads(value[:cut] + "}")
        edit(head)
        text[number] = f"{key}: {json.dumps(head, separators=(',', ':'))[:-1]}{value[cut:]}" + (
            "," if text[number].endswith(",") else "")
    path.write_text("\n".join(text), encoding="utf-8")


def _second_run_after_edit(in_tmp, capsys, first: tuple[str, str, str], second: tuple[str, str, str], edit):
    """Two newsrooms run `first` then `second`; in the second one `edit` changes each entry's manifest head between
    the runs. The files each writes (the manifest aside), and the edited newsroom."""
    rooms = []
    for name, edited in (("intact", False), ("edited", True)):
        room = Newsroom(in_tmp / name, capsys)
        room.publish(*first)
        room.publish(*second)
        room.run(first[0])
        if edited:
            _edit_heads(room, edit)
        room.run(second[0])
        rooms.append(room)
    intact, edited = ({k: v for k, v in r.files().items() if k != ".manifest.json"} for r in rooms)
    return intact, edited, rooms[1]


@pytest.mark.parametrize("field,value", [("people", [1]), ("people", 5), ("organisations", [None]),
                                         ("short", [["a"]]), ("short", None), ("sentences", [[["kill", 4]]]),
                                         ("counts", "x"), ("date", 5)])
def test_what_matching_kept_of_an_entry_is_worked_out_again_when_it_is_not_of_its_shape(in_tmp, capsys, field,
                                                                                         value):
    """`match` is derived from the reports: a hand-edited or badly merged one is worked out again, never a traceback,
    and the run writes what it would have written with the manifest intact."""
    intact, damaged, _ = _second_run_after_edit(in_tmp, capsys, ("quake-day-one", "2024-05-10", DAY_ONE),
                                                ("quake-day-three", "2024-05-12", DAY_THREE),
                                                lambda head: head["match"].__setitem__(field, value))
    assert damaged == intact


@pytest.mark.parametrize("value", [[5], [["x"]], ["../../outside"]])
def test_entries_kept_apart_that_are_not_ids_stop_the_run_naming_the_line(in_tmp, capsys, value):
    room = Newsroom(in_tmp, capsys)
    room.publish("quake-day-one", "2024-05-10", DAY_ONE)
    room.run("quake-day-one")
    _edit_heads(room, lambda head: head.__setitem__("apart", value))
    before = room.files()
    room.rewrite("quake-day-one", "at least 12", "at least 13")
    code, _, err = room.extract()
    assert code == 1 and err.startswith("timeline/.manifest.json:2: entries: expected the builder's record of ")
    assert "Traceback" not in err and room.files() == before


@pytest.mark.parametrize("field,value", [("people", [1]), ("places", None), ("organisations", 5), ("date", 5),
                                         ("title", ["a"]), ("quotes", [{"text": 5, "speaker": "x"}]),
                                         ("figures", [{"measure": "killed", "value": "12", "date": "2024-05-10",
                                                       "text": "x"}])])
def test_a_report_whose_extraction_has_a_field_of_another_type_stops_the_run_naming_the_line(in_tmp, capsys, field,
                                                                                             value):
    room = Newsroom(in_tmp, capsys)
    room.publish("quake-day-one", "2024-05-10", DAY_ONE)
    room.run("quake-day-one")
    path = room.timeline / ".manifest.json"
    text = path.read_text(encoding="utf-8").split("\n")
    key, _, line = text[1].removesuffix(",").partition(": ")
    record = json.loads(line)
    record["reports"][0]["entry"][field] = value
    head = {k: v for k, v in record.items() if k != "reports"}
    text[1] = (f"{key}: {json.dumps(head, separators=(',', ':'))[:-1]},\"reports\":"
               f"{json.dumps(record['reports'], separators=(',', ':'))}}},")
    path.write_text("\n".join(text), encoding="utf-8")
    before = room.files()
    room.rewrite("quake-day-one", "at least 12", "at least 13")
    code, _, err = room.extract()
    assert code == 1 and err.startswith("timeline/.manifest.json:2: entries: expected the builder's record of ")
    assert room.files() == before


def test_words_an_older_builder_stemmed_otherwise_are_worked_out_again(in_tmp, capsys):
    """A manifest written before 'explosion' and 'exploded' shared a stem kept 'explosion': read as it is, the next
    article's 'exploded' would not find its event; the builder stems the kept reports again instead."""
    def as_before(head):
        head["match"]["sentences"] = [["explosion" if w == "explod" else w for w in words]
                                      for words in head["match"]["sentences"]]
        del head["match"]["stems"]

    current, older, room = _second_run_after_edit(in_tmp, capsys, ("bomb-first", "2008-05-23", BOMB_DAY_TWO),
                                                  ("bomb-second", "2008-05-24", BOMB_DAY_ONE), as_before)
    assert older == current
    assert room.citing("A home-made bomb exploded") == room.citing("The explosion in the Giraffe")
