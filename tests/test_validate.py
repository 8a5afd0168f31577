"""Validation messages: exact text with file, line, column and field, one row per mistake an editor makes."""
from __future__ import annotations

import pytest

from builder.errors import TimelineError
from builder.loader import load_timeline

VALID = """id: e
date: 2022-03-20
category: shelling
title: Kyiv shelled
summary: Four people were killed.
"""

CASES = [
    ("unknown field", VALID + "tags: [x]\n",
     ["e.yml:6:1: tags: unknown field; expected one of id, date, time, approximate, end_date, when, category, "
      "title, summary, quotes, people, places, organisations, sources"]),
    ("misspelt field", VALID.replace("summary", "sumary"),
     ["e.yml:1:1: summary: expected a value (One or two plain sentences, faithful to the source.), got nothing; "
      "add a line 'summary: ...'",
      "e.yml:5:1: sumary: unknown field; expected one of id, date, time, approximate, end_date, when, category, "
      "title, summary, quotes, people, places, organisations, sources (did you mean 'summary'?)"]),
    ("impossible date", VALID.replace("2022-03-20", "2022-02-30"),
     ["e.yml:2:7: date: expected a real calendar day, got '2022-02-30' (February 2022 has 28 days)"]),
    ("date in words", VALID.replace("2022-03-20", "20 March 2022"),
     ["e.yml:2:7: date: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got '20 March 2022'"]),
    ("month thirteen", VALID.replace("2022-03-20", "2022-13"),
     ["e.yml:2:7: date: expected a month from 01 to 12, got '2022-13'"]),
    ("unknown category", VALID.replace("shelling", "bombing"),
     ["e.yml:3:11: category: expected one of deadline, ultimatum, rejection, agreement, strike, shelling, "
      "casualties, humanitarian, evacuation, statement, diplomacy, legal, warning, other, got 'bombing'"]),
    ("id not the file name", VALID.replace("id: e", "id: other"),
     ["e.yml:1:5: id: expected 'e' (the file name), got 'other'; rename the file or change the id so they match"]),
    ("id with spaces", VALID.replace("id: e", "id: My Entry"),
     ["e.yml:1:5: id: expected lowercase letters, digits and single hyphens (like 2022-03-20-kyiv-shelled), "
      "got 'My Entry'"]),
    ("empty title", VALID.replace("title: Kyiv shelled", "title:"),
     ["e.yml:4:7: title: expected text, got nothing"]),
    ("approximate not a boolean", VALID + "approximate: maybe\n",
     ["e.yml:6:14: approximate: expected true or false, got 'maybe'"]),
    ("quote without speaker", VALID + "quotes:\n  - text: We will not leave.\n",
     ["e.yml:7:5: quotes[0].speaker: expected a value (Who said it, as a name (\"Irina Vereshchuk\") or a body "
      "(\"the MDC\").), got nothing; add a line 'speaker: ...'"]),
    ("people not a list", VALID + "people: Irina Vereshchuk\n",
     ["e.yml:6:9: people: expected a list (lines starting with '- '), got 'Irina Vereshchuk'"]),
    ("name listed twice", VALID + "people: [A B, A B]\n",
     ["e.yml:6:15: people[1]: expected each name once, got 'A B' again; delete one"]),
    ("source without article", VALID + "sources:\n  - text: Four people were killed.\n",
     ["e.yml:7:5: sources[0].article: expected the seed article's name (or a url), got nothing; "
      "add 'article: <name of the file in seeds/ without .txt>'"]),
    ("end before start", VALID + "end_date: 2022-03-01\n",
     ["e.yml:6:11: end_date: expected a date on or after date (2022-03-20), got '2022-03-01'; "
      "swap them or fix the typo"]),
    ("repeated field", VALID + "title: Again\n",
     ["e.yml:6:1: title: expected once, got it again (first at line 4); delete one of them"]),
    ("tab indentation", VALID + "quotes:\n\t- text: x\n",
     ["e.yml:7:1: invalid YAML: found a tab character; tab characters are not allowed in YAML; indent with "
      "spaces"]),
    ("unclosed quotation mark", VALID.replace("Kyiv shelled", "\"Kyiv shelled"),
     ["e.yml:6:1: invalid YAML: found unexpected end of stream; a quotation mark is not closed; close it or "
      "remove it"]),
    ("empty file", "",
     ["e.yml: expected a timeline entry, got an empty file; fill it in (see README, 'The entry format') or "
      "delete it"]),
    ("a list instead of a mapping", "- id: e\n",
     ["e.yml:1:1: expected a mapping of id, date, time, approximate, end_date, when, category, title, summary, "
      "quotes, people, places, organisations, sources, got a list"]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_entry_is_reported_with_line_column_and_field(in_tmp, text, expected):
    (in_tmp / "e.yml").write_text(text, encoding="utf-8")
    with pytest.raises(TimelineError) as err:
        load_timeline(in_tmp)
    assert [str(p).replace(f"{in_tmp}/", "") for p in err.value.problems] == expected


def test_every_problem_of_every_file_is_reported_at_once(in_tmp):
    (in_tmp / "a.yml").write_text(VALID.replace("id: e", "id: a").replace("2022-03-20", "2022-02-30"))
    (in_tmp / "b.yml").write_text(VALID.replace("id: e", "id: b").replace("shelling", "x") + "extra: 1\n")
    with pytest.raises(TimelineError) as err:
        load_timeline(in_tmp)
    assert [(p.path, p.line, p.field) for p in err.value.problems] == [
        ("a.yml", 2, "date"), ("b.yml", 3, "category"), ("b.yml", 6, "extra")]


def test_duplicate_ids_across_yml_and_yaml_files_are_both_reported(in_tmp):
    (in_tmp / "e.yml").write_text(VALID)
    (in_tmp / "e.yaml").write_text(VALID)
    with pytest.raises(TimelineError) as err:
        load_timeline(in_tmp)
    assert [str(p) for p in err.value.problems] == [
        "e.yaml:1: id: expected a unique id, got 'e' also used by e.yml; rename one of them",
        "e.yml:1: id: expected a unique id, got 'e' also used by e.yaml; rename one of them",
    ]


def test_valid_entries_load_in_chronological_order(in_tmp):
    (in_tmp / "late.yml").write_text(VALID.replace("id: e", "id: late").replace("2022-03-20", "2022-03-21"))
    (in_tmp / "early.yml").write_text(VALID.replace("id: e", "id: early").replace("2022-03-20", "2022-03"))
    (in_tmp / "e.yml").write_text(VALID)
    assert [e.id for e in load_timeline(in_tmp)] == ["early", "e", "late"]
