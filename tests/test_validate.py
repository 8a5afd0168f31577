"""Loading a timeline folder: every problem at once, duplicates, order.

The exact message for each mistake an editor makes lives in the corpus, tests/robustness/bad_inputs/.
"""
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
