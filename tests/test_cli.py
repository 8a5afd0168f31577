"""The command line, driven through main([...]) as a user would type it."""
from __future__ import annotations

import shutil

import pytest

from builder.cli import main
from conftest import SEED


def copy_seed(folder):
    folder.mkdir(parents=True, exist_ok=True)
    for suffix in (".txt", ".yml"):
        shutil.copy(SEED.with_suffix(suffix), folder / SEED.with_suffix(suffix).name)
    return folder / SEED.name


def test_extract_writes_valid_entries_and_check_accepts_them(in_tmp, capsys):
    article = copy_seed(in_tmp / "seeds")
    assert main(["extract", str(article), "--out", "out"]) == 0
    files = sorted((in_tmp / "out").glob("*.yml"))
    assert len(files) >= 8
    assert "entries -> out/" in capsys.readouterr().out
    assert main(["check", "out"]) == 0
    assert f"out: {len(files)} entries and 1 article, all valid" in capsys.readouterr().out


def test_extract_without_arguments_reads_seeds_into_timeline(in_tmp):
    copy_seed(in_tmp / "seeds")
    assert main(["extract"]) == 0
    assert any((in_tmp / "timeline").glob("*.yml"))


def test_extract_twice_gives_byte_identical_files(in_tmp):
    article = copy_seed(in_tmp / "seeds")
    main(["extract", str(article), "--out", "a"])
    main(["extract", str(article), "--out", "b"])
    a = {p.relative_to(in_tmp / "a"): p.read_bytes() for p in (in_tmp / "a").rglob("*") if p.is_file()}
    b = {p.relative_to(in_tmp / "b"): p.read_bytes() for p in (in_tmp / "b").rglob("*") if p.is_file()}
    assert a == b


def test_article_without_metadata_fails_with_the_file_named(in_tmp, capsys):
    (in_tmp / "story.txt").write_text("Something happened yesterday.\n", encoding="utf-8")
    assert main(["extract", "story.txt", "--out", "out"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("story.yml: expected the article's metadata file, got nothing; create it")
    assert not (in_tmp / "out").exists()


def test_metadata_fields_of_a_newsroom_cms_are_ignored(in_tmp):
    (in_tmp / "story.txt").write_text("Shelling hit the city yesterday, officials said.\n", encoding="utf-8")
    (in_tmp / "story.yml").write_text("published: 2022-03-21\nauthor: A. Writer\nstyle: wire\nsubtitle: Day 26\n"
                                      "created: 2022-03-21\nsources: [wires]\ntags: [war, shelling]\n",
                                      encoding="utf-8")
    assert main(["extract", "story.txt", "--out", "out"]) == 0
    assert any((in_tmp / "out").glob("2022-03-20-*.yml"))


def test_a_misspelt_missing_metadata_field_is_still_an_error(in_tmp, capsys):
    (in_tmp / "story.txt").write_text("Shelling hit the city yesterday.\n", encoding="utf-8")
    (in_tmp / "story.yml").write_text("title: Shelling\npublised: 2022-03-21\n", encoding="utf-8")
    assert main(["extract", "story.txt", "--out", "out"]) == 1
    assert "story.yml:2:1: publised: expected one of" in capsys.readouterr().err


def test_check_reports_every_problem_with_line_and_exits_1(in_tmp, capsys):
    folder = in_tmp / "timeline"
    folder.mkdir()
    (folder / "a.yml").write_text("id: a\ndate: 2022-02-30\ncategory: shelling\ntitle: T\nsummary: S\n")
    (folder / "b.yml").write_text("id: b\ndate: 2022-03-01\ncategory: shellings\nsummary: S\n")
    assert main(["check"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "timeline/a.yml:2:7: date: expected a real calendar day, got '2022-02-30' (February 2022 has 28 days); "
        "fix the day",
        "timeline/b.yml:1:1: title: expected a value (Short headline, newsroom style, no trailing full stop.), "
        "got nothing; add a line 'title: ...'",
        "timeline/b.yml:3:11: category: expected one of deadline, ultimatum, rejection, agreement, strike, "
        "shelling, casualties, humanitarian, evacuation, statement, diplomacy, legal, warning, other, "
        "got 'shellings'; did you mean 'shelling'?",
        "3 problems in 2 files",
    ]


def test_wrong_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "--no-such-flag"])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        main([])
    assert exit_info.value.code == 2


def test_schema_command_prints_the_committed_schema(capsys):
    from pathlib import Path

    import builder

    assert main(["schema"]) == 0
    committed = (Path(builder.__file__).parent / "entry.schema.json").read_text(encoding="utf-8")
    assert capsys.readouterr().out == committed, "run `python -m builder schema --write` and commit the result"


def test_a_disk_error_while_writing_is_one_line_and_exit_1(in_tmp, capsys, monkeypatch):
    import errno

    import builder.store

    def full_disk(path, text):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    article = copy_seed(in_tmp / "seeds")
    monkeypatch.setattr(builder.store, "write_atomic", full_disk)
    assert main(["extract", str(article), "--out", "out"]) == 1
    assert capsys.readouterr().err == ("out/.manifest.json: expected a place the builder can write to, got an error "
                                       "(No space left on device); check the path and its permissions\n")


def test_naming_the_metadata_file_instead_of_the_article_is_refused(in_tmp, capsys):
    article = copy_seed(in_tmp / "seeds")
    assert main(["extract", str(article.with_suffix(".yml")), "--out", "out"]) == 1
    assert capsys.readouterr().err.startswith(
        "seeds/mariupol-surrender-refused.yml: expected an article NAME.txt, got a .yml file; name the .txt file")
    assert not (in_tmp / "out").exists()


def test_entries_of_an_article_removed_from_seeds_are_reported(in_tmp, capsys):
    copy_seed(in_tmp / "seeds")
    other = in_tmp / "seeds" / "kyiv-report.txt"
    other.write_text("Shelling hit Kyiv on Sunday, killing four people.\n", encoding="utf-8")
    other.with_suffix(".yml").write_text("title: Kyiv\npublished: 2022-03-21\n", encoding="utf-8")
    assert main(["extract"]) == 0
    other.unlink()
    other.with_suffix(".yml").unlink()
    capsys.readouterr()
    assert main(["extract"]) == 0
    assert ("note: timeline/ holds entries from 'kyiv-report', which is no longer in seeds/; restore the "
            "article, or delete its entries") in capsys.readouterr().out


def test_written_files_get_the_usual_permissions_not_private_ones(in_tmp):
    import os
    article = copy_seed(in_tmp / "seeds")
    old = os.umask(0o022)
    try:
        assert main(["extract", str(article), "--out", "out"]) == 0
    finally:
        os.umask(old)
    modes = {p.stat().st_mode & 0o777 for p in (in_tmp / "out").rglob("*") if p.is_file()}
    assert modes == {0o644}
