"""Re-running the builder never loses an editor's work: one test per rule of README's "Editing the timeline"."""
from __future__ import annotations

import json

import pytest

from timeline_helpers import SECOND, SECOND_META, Project

KYIV = "emergency services said four people"           # an entry of the seed article, by its source sentence
FOUR, FIVE = "four people were killed by shelling", "five people were killed by shelling"


@pytest.fixture
def project(in_tmp, capsys) -> Project:
    project = Project(in_tmp, capsys)
    project.add_seed()
    code, _, err = project.extract()
    assert code == 0, err
    project.count = len(list(project.timeline.glob("*.yml")))   # however many entries extraction gives today
    return project


def manifest(project: Project) -> dict:
    return json.loads((project.timeline / ".manifest.json").read_text(encoding="utf-8"))["entries"]


def articles(record: dict) -> set[str]:
    """The articles whose reports an entry is made of."""
    return {report["article"] for report in record["reports"]}


def test_a_second_run_on_the_same_article_changes_nothing(project):
    before = project.files()
    code, out, _ = project.extract()
    assert code == 0
    assert project.files() == before
    assert f"0 new, 0 updated, {project.count} unchanged, 0 removed" in out


def test_an_untouched_entry_follows_the_article_when_its_text_changes(project):
    path = project.entry(KYIV)
    project.edit_seed(FOUR, FIVE)
    code, out, _ = project.extract()
    assert code == 0
    assert f"0 new, 1 updated, {project.count - 1} unchanged, 0 removed" in out
    assert FIVE in path.read_text(encoding="utf-8")          # same file, same id: links to it keep working
    assert len(list(project.timeline.glob("*.yml"))) == project.count


def test_an_entry_edited_by_hand_is_never_changed_and_is_reported(project):
    path = project.entry(KYIV)
    edited = path.read_text(encoding="utf-8").replace("when: on Sunday", "when: on Sunday afternoon")
    path.write_text(edited, encoding="utf-8")
    code, out, _ = project.extract()
    assert code == 0
    assert f"kept {path.name}: edited by hand, not overwritten" in out
    assert path.read_text(encoding="utf-8") == edited


def test_an_edited_entry_survives_a_change_of_its_sentence_in_the_article(project):
    path = project.entry(KYIV)
    edited = path.read_text(encoding="utf-8").replace("category: shelling", "category: casualties")
    path.write_text(edited, encoding="utf-8")
    project.edit_seed(FOUR, FIVE)
    code, out, _ = project.extract()
    assert code == 0
    assert path.read_text(encoding="utf-8") == edited
    assert f"kept {path.name}: edited by hand, not overwritten (--show-conflicts shows the builder's version)" in out
    assert len(list(project.timeline.glob("*.yml"))) == project.count, "the reworded sentence must not become a second entry"


def test_show_conflicts_prints_a_diff_from_the_edited_file_to_the_extraction(project):
    path = project.entry(KYIV)
    path.write_text(path.read_text(encoding="utf-8").replace("category: shelling", "category: casualties"),
                    encoding="utf-8")
    project.edit_seed(FOUR, FIVE)
    code, out, _ = project.extract("--show-conflicts")
    assert code == 0
    diff = out[out.index(f"--- timeline/{path.name} (edited by hand)"):]
    assert f"+++ timeline/{path.name} (the builder's extraction)" in diff
    assert "\n-category: casualties\n" in diff and "\n+category: shelling\n" in diff
    assert "+  Emergency services said five people" in diff


def test_an_edit_that_matches_the_new_extraction_is_taken_back_by_the_builder(project):
    path = project.entry(KYIV)
    project.edit_seed(FOUR, FIVE)
    path.write_text(path.read_text(encoding="utf-8").replace("four people", "five people")
                    .replace("Four people", "Five people").replace("value: 4\n", "value: 5\n"), encoding="utf-8")
    code, out, _ = project.extract()
    assert "edited by hand" not in out
    project.edit_seed(FIVE, "six people were killed by shelling")
    project.extract()
    assert "six people" in path.read_text(encoding="utf-8")


def test_an_entry_deleted_by_hand_is_not_brought_back(project):
    path = project.entry(KYIV)
    path.unlink()
    for change in (None, (FOUR, FIVE)):
        if change:
            project.edit_seed(*change)
        code, out, _ = project.extract()
        assert code == 0
        assert f"skipped {path.name}: deleted by hand, not restored" in out
        assert not any(KYIV in p.read_text(encoding="utf-8").lower() or "five people" in p.read_text(encoding="utf-8")
                       for p in project.timeline.glob("*.yml"))


def test_an_entry_added_by_hand_is_never_touched_nor_recorded(project):
    mine = project.timeline / "2022-03-19-my-own-entry.yml"
    mine.write_text("id: 2022-03-19-my-own-entry\ndate: 2022-03-19\ncategory: other\ntitle: Mine\n"
                    "summary: Written by an editor.\n", encoding="utf-8")
    before = mine.read_bytes()
    project.edit_seed(FOUR, FIVE)
    assert project.extract()[0] == 0
    assert mine.read_bytes() == before
    assert mine.stem not in manifest(project)


def test_a_wanted_id_taken_by_a_hand_made_file_gets_a_numbered_suffix(in_tmp, capsys):
    (in_tmp / "scratch").mkdir()
    (in_tmp / "real").mkdir()
    scratch = Project(in_tmp / "scratch", capsys)
    scratch.add_seed()
    scratch.extract()
    wanted = scratch.entry(KYIV).stem                           # the id the builder will want for the Kyiv entry
    project = Project(in_tmp / "real", capsys)
    project.add_seed()
    project.timeline.mkdir()
    taken = project.timeline / f"{wanted}.yml"
    taken.write_text(f"id: {wanted}\ndate: 2022-03-20\ncategory: other\ntitle: Hand made\nsummary: Mine.\n",
                     encoding="utf-8")
    before = taken.read_bytes()
    code, out, _ = project.extract()
    assert code == 0
    assert taken.read_bytes() == before
    suffixed = taken.with_name(taken.stem + "-2.yml")
    assert f"wrote {suffixed.stem}.yml: {taken.stem}.yml is taken by another entry" in out
    assert f"id: {suffixed.stem}\n" in suffixed.read_text(encoding="utf-8")
    assert project.extract()[0] == 0 and taken.read_bytes() == before   # and stays so on the next run


def test_a_new_article_adds_its_entries_without_touching_the_others(project):
    edited = project.entry(KYIV)
    edited.write_text(edited.read_text(encoding="utf-8") + "people:\n- Someone\n", encoding="utf-8")
    before = project.files()
    second = project.add_seed("kharkiv-schools", SECOND, SECOND_META)
    code, out, _ = project.extract(str(second))
    assert code == 0
    after = project.files()
    new = sorted(set(after) - set(before))
    assert new and all(after[name] == before[name] for name in before if name != ".manifest.json")
    records = manifest(project)
    assert set.union(*(articles(records[name[:-4]]) for name in new)) == {"kharkiv-schools"}
    assert sum(articles(r) == {"mariupol-surrender-refused"} for r in records.values()) == project.count


def test_a_second_article_telling_the_same_events_adds_its_reports_to_their_entries_the_same_way_every_time(
        project, tmp_path):
    project.add_seed("copy-of-the-seed")                      # the same text, another article: every event again
    code, out, _ = project.extract()
    assert code == 0
    assert len(list(project.timeline.glob("*.yml"))) == project.count, "no event may get a second entry"
    records = manifest(project)
    assert all(articles(r) == {"mariupol-surrender-refused", "copy-of-the-seed"} for r in records.values())
    assert out.count("merged ") == project.count, "one line for each event merged"
    again = Project(tmp_path / "again", project.capsys)
    again.root.mkdir()
    for name in ("mariupol-surrender-refused", "copy-of-the-seed"):      # the same history, in a new folder
        again.extract(str(again.add_seed(name)))
    assert again.files() == project.files()


def test_a_rewritten_article_updates_adds_and_removes_only_the_builders_own_entries(project):
    art_school = project.entry("art school")
    art_school.write_text(art_school.read_text(encoding="utf-8").replace("category: strike", "category: casualties"),
                          encoding="utf-8")
    klitschko = project.entry("klitschko")
    aid = project.entry("aid groups")
    project.edit_seed("The latest air strike hit an art school that was sheltering around 400 people.\n", "")
    project.edit_seed("Kyiv's mayor Vitaliy Klitschko said Ukrainian forces shot down a Russian missile in the "
                      "city's northwest.\n", "")
    project.edit_seed("Aid groups have said food, water, and electricity are running low",
                      "Aid groups said on Monday that food and water are running low")
    project.edit_seed("With reporting from IRN", "Officials in Odesa said on Sunday that a port warehouse "
                      "was hit by a missile.\nWith reporting from IRN")
    code, out, _ = project.extract()
    assert code == 0
    assert not klitschko.exists(), "an untouched entry the article no longer gives is removed"
    assert art_school.exists() and "category: casualties" in art_school.read_text(encoding="utf-8")
    assert f"kept {art_school.name}: edited by hand; the article no longer gives this entry, so it is yours now" in out
    assert art_school.stem not in manifest(project)
    assert "food and water are running low" in aid.read_text(encoding="utf-8")
    assert project.entry("odesa")
    assert f"1 new, 1 updated, {project.count - 3} unchanged, 1 removed" in out


def test_a_damaged_manifest_stops_the_run_before_anything_is_written(project):
    (project.timeline / ".manifest.json").write_text('{"entries": {', encoding="utf-8")
    before = project.files()
    project.edit_seed(FOUR, FIVE)
    code, _, err = project.extract()
    assert code == 1
    assert err.splitlines()[0] == (
        "timeline/.manifest.json:1:14: expected the builder's JSON record, got invalid JSON (Expecting property "
        "name enclosed in double quotes); restore it from version control (git checkout -- "
        "timeline/.manifest.json), or delete it to treat every entry as added by hand")
    assert project.files() == before


def test_without_a_manifest_files_identical_to_the_extraction_are_taken_as_the_builders(project):
    (project.timeline / ".manifest.json").unlink()
    edited = project.entry(KYIV)
    edited.write_text(edited.read_text(encoding="utf-8").replace("on Sunday", "on Sunday night", 1),
                      encoding="utf-8")
    code, out, _ = project.extract()
    assert code == 0
    assert f"1 new, 0 updated, {project.count - 1} unchanged, 0 removed" in out      # only the edited one is written anew, as -2
    assert len(manifest(project)) == project.count and edited.stem not in manifest(project)


@pytest.mark.parametrize("field,value", [("sha256", 5), ("key", []), ("article", {"a": 1}), ("sha256", ["ok", 3])])
def test_a_manifest_record_of_the_wrong_shape_stops_the_run_cleanly(project, field, value):
    path = project.timeline / ".manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    first = sorted(data["entries"])[0]
    record = data["entries"][first]
    (record if field == "sha256" else record["reports"][0])[field] = value
    path.write_text(json.dumps(data), encoding="utf-8")
    before = project.files()
    code, _, err = project.extract()
    assert code == 1
    assert err.splitlines()[0].startswith(
        "timeline/.manifest.json: entries: expected a mapping of entry ids to records, got something else; "
        "restore it from version control")
    assert project.files() == before
