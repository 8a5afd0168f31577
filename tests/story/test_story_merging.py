"""Same event, one entry: a later article's report joins the entry of the event it tells, with its reasons.

Articles written for the purpose (invented events): each test names what it pins.
"""
from __future__ import annotations

import json

import pytest

from newsroom import Newsroom

DAY_ONE = """An earthquake of magnitude 6.1 struck the city of Vann early on Thursday, killing at least 12 people.
Rescue teams pulled survivors from collapsed buildings in the old town.
Governor Lena Ostrova said on Thursday that the army would help with the search.
"""
DAY_THREE = """The death toll from the magnitude 6.1 earthquake that struck Vann on Thursday has risen to 31, officials said.
Aid agencies opened three camps on Saturday for families whose homes were destroyed.
Governor Lena Ostrova said on Saturday that schools would stay closed for a week.
"""


@pytest.fixture
def newsroom(in_tmp, capsys) -> Newsroom:
    room = Newsroom(in_tmp, capsys)
    room.publish("quake-day-one", "2024-05-10", DAY_ONE)
    room.publish("quake-day-three", "2024-05-12", DAY_THREE)
    return room


def test_a_later_report_of_an_event_becomes_another_source_of_its_entry(newsroom):
    newsroom.run("quake-day-one")
    entry = newsroom.citing("magnitude 6.1 struck the city of Vann")
    before = len(newsroom.entries())
    out = newsroom.run("quake-day-three")
    data = newsroom.data("magnitude 6.1 struck the city of Vann")
    assert newsroom.citing("death toll from the magnitude 6.1") == entry, "one entry for the earthquake"
    assert [s["article"] for s in data["sources"]] == ["quake-day-one", "quake-day-three"]
    assert str(data["date"]) == "2024-05-09", "the day it happened, not the later article's"
    assert len(newsroom.entries()) == before + 2, "the other two reports of day three are events of their own"
    merged = [line.strip() for line in out.splitlines() if line.strip().startswith("merged ")]
    # The sentence tells two events of this entry (the toll risen, and "the earthquake that struck Vann on
    # Thursday"): both reports join it, and its sources cite the sentence once.
    head = f'merged "The death toll from the magnitude 6.1 earthquake that struck Vann o..." (quake-day-three) into '
    assert merged == [f"{head}{entry.name}: a later count of the killed; "
                      "wording 0.48 (6.1, earthquake, magnitude, struck, vann)",
                      f"{head}{entry.name}: a later count of the killed; "
                      "wording 0.53 (6.1, earthquake, magnitude, struck, vann)"]


def test_a_toll_that_changes_is_one_entry_with_each_dated_sourced_value(newsroom):
    newsroom.run("quake-day-one")
    newsroom.run("quake-day-three")
    figures = newsroom.data("magnitude 6.1 struck the city of Vann")["figures"]
    assert [(f["measure"], f["value"], f.get("qualifier"), str(f["date"]), f["article"]) for f in figures] == [
        ("killed", 12, "at least", "2024-05-10", "quake-day-one"),
        ("killed", 31, None, "2024-05-12", "quake-day-three")]
    assert figures[0]["text"] == "killing at least 12 people"


def test_a_report_with_no_day_of_its_own_is_dated_by_the_event_it_retells(in_tmp, capsys):
    room = Newsroom(in_tmp, capsys)
    room.publish("first", "2024-05-10", "Protesters set fire to the customs office in Darra on Thursday night.\n")
    room.publish("later", "2024-06-02", "Prosecutors charged nine men.\nProtesters had set fire to the customs "
                                        "office in Darra, the court heard.\n")
    room.run("first")
    out = room.run("later")
    data = room.data("set fire to the customs office in Darra on Thursday")
    assert str(data["date"]) == "2024-05-09"
    assert len(data["sources"]) == 2 and data["sources"][1]["article"] == "later"
    assert "no day stated, placed on 2024-05-09" in out
    charged = room.data("Prosecutors charged nine men")
    assert [s["text"] for s in charged["sources"]] == ["Prosecutors charged nine men."], \
        "the sentence that retells the fire left the charges' entry"


def test_two_days_stated_in_both_reports_keep_them_apart(in_tmp, capsys):
    room = Newsroom(in_tmp, capsys)
    room.publish("monday", "2024-03-05", "Police detained opposition leader Amos Keita in Bora on Monday.\n")
    room.publish("friday", "2024-03-09", "Police detained opposition leader Amos Keita in Bora on Friday.\n")
    room.run("monday")
    room.run("friday")
    assert len(room.entries()) == 2, "the same words on two stated days are two events"


def test_a_ranked_label_told_with_another_number_is_another_event(in_tmp, capsys):
    room = Newsroom(in_tmp, capsys)
    room.publish("tuesday", "2024-03-05", "Hurricane Ana made landfall on the coast this morning.\n\nThe "
                 "government ordered the deployment of troops.\n\nLater Tuesday afternoon, Ana was downgraded to a "
                 "category 2 storm.\n\nForecasters do not believe it presents a threat to the islands.\n")
    room.publish("wednesday", "2024-03-06", "Hurricane Ana hit the mainland today.\n\nOver 10,000 people were "
                 "evacuated.\n\nThe storm has since been downgraded to Category 1 status.\n")
    room.run("tuesday")
    room.run("wednesday")
    downgrades = [e for e in room.entries().values() if any("downgraded" in s["text"] for s in e["sources"])]
    assert len(downgrades) == 2, "a storm downgraded to Category 2 and one downgraded to Category 1 are two events"


def test_a_ranked_label_told_with_an_ordinal_word_is_another_event_at_another_rank(in_tmp, capsys):
    room = Newsroom(in_tmp, capsys)
    room.publish("may", "2024-05-04", "The agency has raised its pandemic alert level to the fifth level, which "
                 "signals that a pandemic is imminent.\n")
    room.publish("june", "2024-06-11", "The agency raised its pandemic alert level to the sixth level, which signals "
                 "that a pandemic is under way.\n")
    room.run("may")
    room.run("june")
    assert len(room.entries()) == 2, "the fifth level and the sixth level are two events"


def test_one_speakers_statement_is_never_merged_into_anothers(in_tmp, capsys):
    room = Newsroom(in_tmp, capsys)
    room.publish("a", "2024-03-05", 'Mayor Ana Ruiz said on Monday: "The bridge will reopen next week."\n')
    room.publish("b", "2024-03-06", 'Engineer Paul Otte said on Monday: "The bridge will reopen next week."\n')
    room.run("a")
    room.run("b")
    assert len(room.entries()) == 2


def test_within_one_article_distinct_events_are_not_merged(in_tmp, capsys):
    """Two clauses of one sentence on two days are two events: each cites the sentence, and they stay apart."""
    room = Newsroom(in_tmp, capsys)
    room.publish("court", "2024-02-10", "The party's secretary-general appeared in court today after being arrested "
                                        "on Thursday.\n")
    room.run("court")
    assert sorted(str(e["date"]) for e in room.entries().values()) == ["2024-02-08", "2024-02-10"]


def test_an_article_that_retells_its_own_lead_gives_one_entry(in_tmp, capsys):
    room = Newsroom(in_tmp, capsys)
    room.publish("ferry", "2024-07-02", "A ferry carrying 214 passengers sank off Kalo island on Monday.\n"
                                        "On Tuesday, divers recovered two bodies from the wreck.\n"
                                        "The ferry, carrying 214 passengers, sank off Kalo island on Monday, the "
                                        "coast guard said in a later statement.\n")
    out = room.run("ferry")
    sank = [e for e in room.entries().values() if any("sank off Kalo" in s["text"] for s in e["sources"])]
    assert len(sank) == 1 and len(sank[0]["sources"]) == 2, sank
    assert "same day 2024-07-01; wording 0.78" in out      # (the people aboard tell which ferry, not the event)


def test_a_denial_is_an_entry_of_its_own_that_revises_the_claim(in_tmp, capsys):
    room = Newsroom(in_tmp, capsys)
    room.publish("claim", "2024-04-01", "The rebels said on Sunday that they had captured the Tarsa airport.\n")
    room.publish("denial", "2024-04-02", "The army denied claims that the rebels had captured the Tarsa airport.\n")
    room.run("claim")
    out = room.run("denial")
    claim, denial = room.citing("they had captured"), room.data("The army denied")
    assert denial["revises"] == [{"id": claim.stem, "kind": "contradicts"}]
    assert f"to {claim.name}: it contradicts it" in out


def test_the_manifest_records_each_report_of_an_entry(newsroom):
    newsroom.run("quake-day-one")
    newsroom.run("quake-day-three")
    entry = newsroom.citing("magnitude 6.1 struck the city of Vann")
    record = json.loads((newsroom.timeline / ".manifest.json").read_text(encoding="utf-8"))["entries"][entry.stem]
    # day three's sentence tells two events of this entry (the toll, the quake it names): a report each
    assert [r["article"] for r in record["reports"]] == ["quake-day-one", "quake-day-three", "quake-day-three"]
    assert [r["published"] for r in record["reports"]] == ["2024-05-10", "2024-05-12", "2024-05-12"]
    assert all(r["entry"]["sources"] for r in record["reports"]), "each report keeps its extraction"


def test_the_same_articles_give_the_same_bytes_in_any_folder(newsroom, tmp_path, capsys):
    newsroom.run("quake-day-one")
    newsroom.run("quake-day-three")
    again = Newsroom(tmp_path / "again", capsys)
    again.publish("quake-day-one", "2024-05-10", DAY_ONE)
    again.publish("quake-day-three", "2024-05-12", DAY_THREE)
    again.run("quake-day-one", "quake-day-three")           # one run, oldest first: the same timeline
    assert again.files() == newsroom.files()


def test_a_toll_counted_again_on_later_days_stays_one_entry_and_the_rest_of_the_report_its_own(in_tmp, capsys):
    room = Newsroom(in_tmp, capsys)
    room.publish("a", "2008-11-27", "Gunmen attacked a hotel and a railway station in Sarma on Wednesday night, "
                                    "killing at least 125 people.\nCommandos surrounded the hotel.\n")
    room.publish("b", "2008-11-28", "The death toll from the Sarma attacks rose to 155 on Thursday, officials said.\n"
                                    "The interior minister offered to resign.\n")
    room.publish("c", "2008-11-30", "More than 160 people are now known to have been killed in the Sarma attacks.\n")
    room.run("a")
    room.run("b")
    out = room.run("c")
    attack = room.data("Gunmen attacked a hotel")
    assert [(f["value"], f.get("qualifier"), str(f["date"])) for f in attack["figures"]] == [
        (125, "at least", "2008-11-27"), (155, None, "2008-11-28"), (160, "more than", "2008-11-30")]
    assert str(attack["date"]) == "2008-11-26"
    assert "a later count of the killed" in out
    assert [s["text"] for s in room.data("offered to resign")["sources"]] == ["The interior minister offered to resign."]


@pytest.mark.parametrize("local", ["At least 10,000 people died in one town alone, Kelso in the south of the country.",
                                   "At least 10,000 people died in Kelso alone."])
def test_one_places_dead_is_no_later_count_of_the_toll_whatever_its_number(in_tmp, capsys, local):
    room = Newsroom(in_tmp, capsys)
    room.publish("a", "2008-05-05", "351 people have been reported dead after a cyclone hit Ruritania.\n\n"
                                    "At least 10,000 people are dead and another 3,000 are missing after the cyclone "
                                    "hit the country, according to the foreign minister.\n")
    room.publish("b", "2008-05-08", "Aid has started to reach Ruritania after the cyclone killed tens of thousands.\n\n"
                                    f"{local}\n")
    room.run("a")
    out = room.run("b")
    assert "merged" not in out
    for entry in (room.data("351 people have been reported"), room.data("At least 10,000 people are dead")):
        assert local not in [s["text"] for s in entry["sources"]]
        assert 10000 not in [f["value"] for f in entry.get("figures") or [] if str(f["date"]) == "2008-05-08"]


BRIDGE_DAY_ONE = ("The suspension bridge over the Mahakam River in Tenggarong collapsed yesterday, killing four people. "
                  "Health Minister Endang Sedyaningsih visited survivors in the city hospital and promised the "
                  "government would pay their medical costs.\n")
BRIDGE_DAY_TWO = ("Rescuers recovered seven more bodies from the Mahakam River today.\n\n"
                  "Health Minister Endang Sedyaningsih yesterday visited survivors in the city hospital and promised "
                  "the government would pay their medical costs.\n")


def test_a_detail_told_inside_an_event_and_retold_on_its_own_by_a_later_article_becomes_an_entry_of_its_own(
        in_tmp, capsys):
    room = Newsroom(in_tmp, capsys)
    room.publish("a", "2011-11-27", BRIDGE_DAY_ONE)
    room.publish("b", "2011-11-28", BRIDGE_DAY_TWO)
    room.run("a")
    collapse = room.citing("bridge over the Mahakam River in Tenggarong collapsed")
    assert room.citing("Health Minister Endang") == collapse       # one event of the first article, as extracted
    out = room.run("b")
    visit = room.data("visited survivors in the city hospital")   # one entry cites both reports of the visit
    assert [s["article"] for s in visit["sources"]] == ["a", "b"]
    assert [s["text"][:27] for s in room.data("Tenggarong collapsed")["sources"]] == ["The suspension bridge over "]
    assert f"split {room.citing('visited survivors').name} from {collapse.name}: " in out
    before = room.files()
    room.run("a")                                                  # the first article again: the split holds
    assert room.files() == before


def test_a_detail_inside_an_entry_edited_by_hand_is_never_split_out(in_tmp, capsys):
    room = Newsroom(in_tmp, capsys)
    room.publish("a", "2011-11-27", BRIDGE_DAY_ONE)
    room.publish("b", "2011-11-28", BRIDGE_DAY_TWO)
    room.run("a")
    edited = room.citing("Tenggarong collapsed")
    data = edited.read_text(encoding="utf-8")
    edited.write_text(data.replace("\ntitle: ", "\ntitle: Bridge collapse: ", 1), encoding="utf-8")   # an editor's
    text = edited.read_bytes()
    out = room.run("b")
    assert edited.read_bytes() == text and "split " not in out


BOMB_DAY_ONE = """A home-made bomb exploded in the Giraffe restaurant in Exeter at lunchtime.
The suspected bomber was the only person injured.
"""
BOMB_DAY_TWO = """The explosion in the Giraffe restaurant was caused by a home-made device packed with nails.
"""


def test_an_explosion_reported_later_is_the_bomb_that_exploded(in_tmp, capsys):
    """'A home-made bomb exploded in the Giraffe restaurant' and, the next day, 'The explosion in the Giraffe
    restaurant': one happening in other words (the noun in -sion and the verb share a stem)."""
    room = Newsroom(in_tmp, capsys)
    room.publish("bomb-day-one", "2008-05-22", BOMB_DAY_ONE)
    room.publish("bomb-day-two", "2008-05-23", BOMB_DAY_TWO)
    room.run("bomb-day-one")
    room.run("bomb-day-two")
    exploded = room.citing("A home-made bomb exploded")
    assert room.citing("The explosion in the Giraffe restaurant") == exploded


def test_a_sentence_split_into_two_events_is_keyed_the_same_on_every_run(in_tmp, capsys):
    """'Police have arrested two men in connection to Thursday's bomb explosion ...' is the Saturday's arrest and,
    named with its day, Thursday's explosion, which the first article told: running both articles again writes no
    byte anew, the manifest included."""
    room = Newsroom(in_tmp, capsys)
    room.publish("bomb-day-two", "2008-05-23", "Police in the United Kingdom are investigating after a bomb "
                 "exploded in an Exeter restaurant at about 1250 BST. One person was injured.\n")
    room.publish("bomb-day-three", "2008-05-24", "Police have arrested two men in connection to Thursday's bomb "
                 "explosion in a cafe in Exeter, United Kingdom. The man suspected of being the bomber remains in "
                 "hospital in a stable condition.\n")
    room.run("bomb-day-two")
    room.run("bomb-day-three")
    before = room.files()
    room.run("bomb-day-two")
    room.run("bomb-day-three")
    assert room.files() == before



@pytest.mark.parametrize("first, later", [
    # AF447, 2 and 6 June: the flight's number tells which flight, not which event
    ("Wreckage from an airplane in the Atlantic Ocean 650 kilometres from the coast has been confirmed by the "
     "government to be from Air France Flight 447.",
     "The air force has located bodies and wreckage of Air France Flight 447 in the Atlantic Ocean."),
    # ... nor do the people aboard
    ("The defence minister said it may be hard to find the recorders of the airliner, which vanished with 228 people "
     "on board, due to the depth of the ocean.",
     "The 228 people on board the aircraft are presumed dead."),
], ids=["flight number", "people aboard"])
def test_what_names_the_craft_is_no_figure_two_reports_share(in_tmp, capsys, first, later):
    room = Newsroom(in_tmp, capsys)
    room.publish("first", "2024-06-02", first + "\n")
    room.publish("later", "2024-06-06", later + "\n")
    room.run("first")
    out = room.run("later")
    assert len(room.entries()) == 2, out


def test_counts_in_words_rank_nothing_and_ordinals_do():
    from builder.story.match import _labels_differ, _ranks
    assert _ranks(frozenset({"several", "few", "category"})) == set()
    assert _ranks(frozenset({"sixth", "level", "5"})) == {5, 6}
    # Category 4 and Category 5 stay two labels when both sentences say "several"
    assert _labels_differ(frozenset({"category", "4", "several"}), frozenset({"category", "5", "several"}))
