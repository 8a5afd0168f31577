"""One name per real person, place or organisation across the story, and the editors' file that corrects it."""
from __future__ import annotations

import shutil

import pytest

from builder.errors import TimelineError
from builder.story.names import Names, read_names_file
from builder.textio import display_path
from conftest import ROOT
from newsroom import Newsroom

FULL = "Governor Lena Ostrova said on Monday that the dam in Kessa would be repaired within a month.\n"
SHORT = "Governor Ostrova said on Friday that two pumping stations at Kessa were working again.\n"


def people(room: Newsroom, fragment: str) -> list[str]:
    return room.data(fragment).get("people") or []


def test_a_surname_alone_is_written_as_the_one_full_name_of_the_story(in_tmp, capsys):
    room = Newsroom(in_tmp, capsys)
    room.publish("dam", "2024-04-09", FULL)
    room.publish("pumps", "2024-04-13", SHORT)
    room.run("dam")
    room.run("pumps")
    assert people(room, "pumping stations") == ["Lena Ostrova"]


def test_an_earlier_surname_is_rewritten_when_a_later_article_gives_the_full_name(in_tmp, capsys):
    room = Newsroom(in_tmp, capsys)
    room.publish("pumps", "2024-04-09", SHORT)
    room.publish("dam", "2024-04-13", FULL)
    room.run("pumps")
    assert people(room, "pumping stations") == ["Ostrova"]
    out = room.run("dam")
    assert people(room, "pumping stations") == ["Lena Ostrova"]
    assert "1 updated" in out


def test_an_acronym_is_written_as_the_organisation_whose_initials_spell_it(in_tmp, capsys):
    room = Newsroom(in_tmp, capsys)
    room.publish("a", "2024-04-09", "Commandos of the National Security Guard landed on the roof on Thursday.\n")
    room.publish("b", "2024-04-12", "The NSG ended the siege on Saturday, officials said.\n")
    room.run("a", "b")
    assert room.data("ended the siege")["organisations"] == ["National Security Guard"]


def test_the_editors_file_merges_splits_and_retypes_names(in_tmp, capsys):
    room = Newsroom(in_tmp, capsys)
    room.publish("dam", "2024-04-09", FULL)
    room.publish("pumps", "2024-04-13", SHORT)
    room.timeline.mkdir()
    (room.timeline / "names.yml").write_text(
        "- name: Lena Ostrova\n"
        "  not: [Ostrova]             # the Ostrova of the pumps is someone else\n"
        "- name: Pavel Ostrova\n"
        "  aliases:\n"
        "  - {name: Ostrova, articles: [pumps]}\n"
        "- name: Kessa\n"
        "  kind: organisation         # the Kessa of these articles is the water company\n", encoding="utf-8")
    room.run("dam", "pumps")
    assert people(room, "pumping stations") == ["Pavel Ostrova"]
    assert people(room, "dam in Kessa") == ["Lena Ostrova"]
    dam = room.data("dam in Kessa")
    assert dam.get("organisations") == ["Kessa"] and "Kessa" not in dam.get("places", [])


def test_a_changed_names_file_rewrites_the_builders_entries(in_tmp, capsys):
    room = Newsroom(in_tmp, capsys)
    room.publish("dam", "2024-04-09", FULL)
    room.run("dam")
    (room.timeline / "names.yml").write_text("- name: Governor Ostrova\n  aliases: [Lena Ostrova]\n",
                                             encoding="utf-8")
    out = room.run("dam")
    assert people(room, "dam in Kessa") == ["Governor Ostrova"] and "1 updated" in out
    before = room.files()
    room.run("dam")
    assert room.files() == before


def test_kind_none_drops_a_word_taken_for_a_name(tmp_path):
    (tmp_path / "names.yml").write_text("- name: Pray\n  kind: none\n", encoding="utf-8")
    names = Names.load(tmp_path)
    assert names.apply(("Pray", "Tony Fernandes"), (), (), "a") == (("Tony Fernandes",), (), ())


@pytest.mark.parametrize("text,message", [
    ("- name: Obama\n  alias: [Barack Obama]\n",
     "names.yml:2:3: [0].alias: expected one of name, kind, aliases, not, got an unknown field; did you mean "
     "'aliases'?"),
    ("- name: Obama\n  kind: human\n",
     "names.yml:2:9: [0].kind: expected one of person, place, organisation, none, got 'human'; pick one"),
    ("- name: Barack Obama\n  aliases: [Obama]\n- name: Michelle Obama\n  aliases: [Obama]\n",
     "names.yml:3:3: [1]: expected each name in one item, got 'Obama' also in the item at line 1; keep it in one "
     "of them (limit it to some 'articles' to split it)"),
    ("name: Obama\n",
     "names.yml:1:1: expected a list of names (each item starting with '- name: ...'), got a mapping (key: value "
     "lines); see README, 'Names across the story'"),
    ("- kind: person\n", "names.yml:1:3: [0].name: expected the name to use everywhere, got nothing; add 'name: ...'"),
    ("- name: Barack Obama\n  aliases:\n  - {name: Obama, name: President Obama}\n",
     "names.yml:3:19: [0].aliases[0].name: expected once, got it again; delete one of them"),
])
def test_a_names_file_mistake_is_reported_with_its_line_and_field(in_tmp, text, message):
    (in_tmp / "names.yml").write_text(text, encoding="utf-8")
    with pytest.raises(TimelineError) as err:
        read_names_file(in_tmp / "names.yml")
    assert [str(p) for p in err.value.problems] == [message]


def test_a_names_file_mistake_stops_extract_before_anything_is_written(in_tmp, capsys):
    room = Newsroom(in_tmp, capsys)
    room.publish("dam", "2024-04-09", FULL)
    room.timeline.mkdir()
    (room.timeline / "names.yml").write_text("- name: Kessa\n  kind: town\n", encoding="utf-8")
    code, _, err = room.extract()
    assert code == 1 and err.startswith("timeline/names.yml:2:9: [0].kind: expected one of person, place")
    assert [p.name for p in room.timeline.iterdir()] == ["names.yml"]


def test_a_names_file_that_is_a_link_to_nothing_is_refused_not_skipped(in_tmp):
    (in_tmp / "names.yml").symlink_to(in_tmp / "elsewhere" / "names.yml")
    with pytest.raises(TimelineError) as err:
        read_names_file(in_tmp / "names.yml")
    assert [p.message for p in err.value.problems][0].startswith("expected a regular file, got a symbolic link")


def test_an_alias_limited_to_an_article_the_timeline_lacks_is_said_not_skipped(tmp_path):
    """An alias for some articles only applies nowhere when an article's name is misspelt: check (and a strict
    build) say where, instead of leaving the name unmerged without a word."""
    from builder.project import Project
    from builder.settings import settings_from

    shutil.copytree(ROOT / "timeline", tmp_path / "timeline")
    (tmp_path / "timeline" / "names.yml").write_text(
        "- name: Irina Vereshchuk\n  aliases:\n  - name: Vereshchuk\n"
        "    articles: [mariupol-surender-refused, mariupol-surrender-refused]\n", encoding="utf-8")
    loaded = Project(settings_from({}, tmp_path)).check()
    assert [str(p) for p in loaded.warnings if "names.yml" in p.path] == [
        f"{display_path(tmp_path / 'timeline' / 'names.yml')}:4: [0].aliases[0].articles: expected the name of an "
        "article of the timeline (timeline/articles/NAME.yml), got 'mariupol-surender-refused'; fix the name, or "
        "delete it"]
