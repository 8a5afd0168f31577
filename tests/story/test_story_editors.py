"""Editors stay in charge across articles: every rule of README's "Editing the timeline" when an entry is fed by
several articles, and the fields editors merge and split entries with (same_as, distinct_from)."""
from __future__ import annotations

import json

import pytest
import yaml

from newsroom import Newsroom
from test_story_merging import DAY_ONE, DAY_THREE

QUAKE = "magnitude 6.1 struck the city of Vann"
TOLL = "The death toll from the magnitude 6.1 earthquake"


@pytest.fixture
def newsroom(in_tmp, capsys) -> Newsroom:
    room = Newsroom(in_tmp, capsys)
    room.publish("quake-day-one", "2024-05-10", DAY_ONE)
    room.publish("quake-day-three", "2024-05-12", DAY_THREE)
    room.run("quake-day-one")
    return room


def manifest(room: Newsroom) -> dict:
    return json.loads((room.timeline / ".manifest.json").read_text(encoding="utf-8"))["entries"]


def test_an_edited_entry_is_not_changed_by_a_new_report_which_is_recorded_and_named(newsroom):
    path = newsroom.citing(QUAKE)
    edited = path.read_text(encoding="utf-8").replace("category: ", "category: casualties\n# was: ", 1)
    path.write_text(edited, encoding="utf-8")
    out = newsroom.run("quake-day-three")
    assert path.read_text(encoding="utf-8") == edited
    assert f'kept {path.name}: edited by hand; "{TOLL} that struck Vann o..." (quake-day-three) reports it too, ' \
           "recorded (--show-conflicts shows what it adds)" in out
    # one sentence of day three tells two events of this entry (the quake, and its toll risen): both recorded
    assert sorted({r["article"] for r in manifest(newsroom)[path.stem]["reports"]}) == ["quake-day-one",
                                                                                         "quake-day-three"]
    assert not any(TOLL in s["text"] for e in newsroom.entries().values() if e["id"] != path.stem
                   for s in e.get("sources") or []), "no second entry for the event"
    code, out, _ = newsroom.extract("--show-conflicts")
    diff = out[out.index(f"--- timeline/{path.name} (edited by hand)"):]
    assert "+  article: quake-day-three\n" in diff and "+    The death toll from the magnitude 6.1" in diff
    assert path.read_text(encoding="utf-8") == edited


def test_a_deleted_entry_is_not_brought_back_by_a_new_report_of_it(newsroom):
    path = newsroom.citing(QUAKE)
    path.unlink()
    out = newsroom.run("quake-day-three")
    assert f'skipped {path.name}: deleted by hand; "{TOLL} that struck Vann o..." (quake-day-three) reports ' \
           "it too, not restored" in out
    for _ in range(2):
        out = newsroom.run("quake-day-one", "quake-day-three")
        assert f"skipped {path.name}: deleted by hand, not restored" in out
        assert not path.exists()
        assert not any(TOLL in s["text"] for e in newsroom.entries().values() for s in e.get("sources") or [])


def test_an_entry_added_by_hand_is_never_touched_nor_recorded_when_an_article_reports_it(in_tmp, capsys):
    room = Newsroom(in_tmp, capsys)
    room.publish("quake-day-three", "2024-05-12", DAY_THREE)
    room.timeline.mkdir()
    mine = room.timeline / "2024-05-09-quake.yml"
    mine.write_text("id: 2024-05-09-quake\ndate: 2024-05-09\ncategory: other\ntitle: Earthquake in Vann\n"
                    "summary: An earthquake of magnitude 6.1 struck Vann on Thursday.\n", encoding="utf-8")
    before = mine.read_bytes()
    for _ in range(2):
        out = room.run("quake-day-three")
        assert mine.read_bytes() == before
        assert "kept 2024-05-09-quake.yml: added by hand;" in out and "reports it too (not added)" in out
        assert mine.stem not in manifest(room)
        assert not any(TOLL in s["text"] for e in room.entries().values() for s in e.get("sources") or [])


def test_an_untouched_entry_follows_each_of_its_articles_when_one_changes(newsroom):
    newsroom.run("quake-day-three")
    path = newsroom.citing(QUAKE)
    newsroom.rewrite("quake-day-one", "killing at least 12 people", "killing at least 14 people")
    out = newsroom.run("quake-day-one", "quake-day-three")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [s["article"] for s in data["sources"]] == ["quake-day-one", "quake-day-three"]
    assert [f["value"] for f in data["figures"]] == [14, 31]
    assert "1 updated" in out


def test_an_entry_stays_while_another_article_still_reports_it(newsroom):
    newsroom.run("quake-day-three")
    path = newsroom.citing(QUAKE)
    newsroom.rewrite("quake-day-one", DAY_ONE.splitlines()[0] + "\n", "")
    newsroom.run("quake-day-one", "quake-day-three")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))            # same file, same id: links keep working
    assert [s["article"] for s in data["sources"]] == ["quake-day-three"]
    assert str(data["date"]) == "2024-05-09"
    newsroom.rewrite("quake-day-three", DAY_THREE.splitlines()[0] + "\n", "")
    out = newsroom.run("quake-day-one", "quake-day-three")
    assert not path.exists() and "1 removed" in out


def test_an_edited_entry_that_no_article_gives_any_more_is_the_editors(newsroom):
    newsroom.run("quake-day-three")
    path = newsroom.citing(QUAKE)
    path.write_text(path.read_text(encoding="utf-8").replace("category: ", "category: other\n# ", 1),
                    encoding="utf-8")
    newsroom.rewrite("quake-day-one", DAY_ONE.splitlines()[0] + "\n", "")
    newsroom.rewrite("quake-day-three", DAY_THREE.splitlines()[0] + "\n", "")
    out = newsroom.run("quake-day-one", "quake-day-three")
    assert path.exists() and path.stem not in manifest(newsroom)
    assert f"kept {path.name}: edited by hand; the article no longer gives this entry, so it is yours now" in out


def test_same_as_sends_an_entrys_reports_to_the_entry_named_and_keeps_doing_so(newsroom):
    newsroom.run("quake-day-three")
    first, second = newsroom.citing("army would help"), newsroom.citing("schools would stay closed")
    text = second.read_text(encoding="utf-8") + f"same_as: {first.stem}\n"
    second.write_text(text, encoding="utf-8")
    out = newsroom.run("quake-day-one", "quake-day-three")
    assert f"merged {second.name} into {first.name}: same_as, set by hand; {second.name} is yours now" in out
    merged = yaml.safe_load(first.read_text(encoding="utf-8"))
    assert [s["article"] for s in merged["sources"]] == ["quake-day-one", "quake-day-three"]
    assert second.read_text(encoding="utf-8") == text and second.stem not in manifest(newsroom)
    before = newsroom.files()
    newsroom.rewrite("quake-day-three", "for a week", "for ten days")           # the merged report changes
    newsroom.run("quake-day-one", "quake-day-three")
    assert "for ten days" in first.read_text(encoding="utf-8"), "the merged report still feeds the entry named"
    assert second.read_text(encoding="utf-8") == text
    assert set(newsroom.files()) == set(before), "and no entry appears for it again"


def test_a_source_taken_out_of_an_entry_by_hand_becomes_an_entry_kept_apart(newsroom):
    newsroom.run("quake-day-three")
    path = newsroom.citing(QUAKE)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["sources"] = [s for s in data["sources"] if s["article"] != "quake-day-three"]
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    edited = path.read_bytes()
    out = newsroom.run("quake-day-one", "quake-day-three")
    split = newsroom.citing(TOLL)
    assert split != path and path.read_bytes() == edited
    assert yaml.safe_load(split.read_text(encoding="utf-8"))["distinct_from"] == [path.stem]
    assert f"split {split.name} from {path.name}: its sentence was taken out of {path.name} by hand" in out
    before = newsroom.files()
    newsroom.run("quake-day-one", "quake-day-three")
    assert newsroom.files() == before, "kept apart on every later run"


def test_distinct_from_and_same_as_must_name_entries_of_the_timeline(newsroom):
    from builder.errors import TimelineError
    from builder.loader import load_timeline

    path = newsroom.citing(QUAKE)
    path.write_text(path.read_text(encoding="utf-8") + "same_as: no-such-entry\ndistinct_from:\n- nor-this\n",
                    encoding="utf-8")
    with pytest.raises(TimelineError) as err:
        load_timeline(newsroom.timeline)
    lines = [str(p).split(": ", 1)[1] for p in err.value.problems]
    assert lines == ["same_as: expected the id of an entry of this timeline, got 'no-such-entry' (no such file); "
                     "fix the id, or delete it",
                     "distinct_from: expected the id of an entry of this timeline, got 'nor-this' (no such file); "
                     "fix the id, or delete it"]


def test_a_split_report_reworded_past_recognition_does_not_slip_back_into_the_entry_it_was_split_from(newsroom):
    newsroom.run("quake-day-three")
    path = newsroom.citing(QUAKE)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["sources"] = [s for s in data["sources"] if s["article"] != "quake-day-three"]
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    newsroom.run("quake-day-one", "quake-day-three")
    assert newsroom.citing(TOLL) != path
    newsroom.rewrite("quake-day-three", DAY_THREE.splitlines()[0],
                     "An earthquake of magnitude 6.1 struck the city of Vann early on Thursday, officials in the capital "
                     "confirmed.")
    out = newsroom.run("quake-day-one", "quake-day-three")
    assert f"into {path.name}" not in out
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["sources"] == data["sources"]
    assert newsroom.citing("officials in the capital confirmed") != path, "an entry of its own"
