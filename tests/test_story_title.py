"""The story's title and description (mkdocs.yml's site_name and site_description): a warning, from `check` and the
strict build alike, when they still look like another story's."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from builder.cli import main
from builder.model import Entry, SourceArticle, SourceSentence
from builder.storytitle import foreign_title, names_in, significant

sys.path.insert(0, str(Path(__file__).parent / "site"))
from sitetools import build, page_dom, small_project  # noqa: E402
from test_small_builds import TWO  # noqa: E402

MUMBAI = [Entry("2008-11-26-attack", "2008-11-26", "strike", "Gunmen attack hotels in Mumbai",
                "Gunmen attacked the Taj hotel and a railway station in Mumbai.", places=("Mumbai",))]
RECORD = SourceArticle("mumbai-attacks", dt.date(2008, 11, 27),
                       (SourceSentence("s-1", 1, "The National Security Guard stormed Nariman House."),),
                       title="Siege ends in Mumbai")


@pytest.mark.parametrize("title, warned", [
    ("Mariupol refuses to surrender — an explainer timeline", True),      # another story's
    ("The Mumbai attacks", False),                                          # a word of the entries
    ("Gunman attacks: a timeline", False),                                  # 'attacks' found as 'attack'
    ("Nariman House", False),                                               # a word of an article record only
    ("Mumbai's night", False),                                              # a possessive
    ("Timeline", False),                                                    # names no story
    ("An explainer: what happened", False),
    ("Test timeline", True),                                                # 'test' is a word like any other
], ids=["template", "entry-word", "plural", "record-word", "possessive", "generic", "generic-words", "test"])
def test_a_title_is_another_storys_when_none_of_its_words_occur(title, warned):
    problems = foreign_title(title, "", MUMBAI, [RECORD], None)
    assert bool(problems) is warned
    if warned:
        assert problems[0].field == "site_name" and "another story's" in problems[0].message


@pytest.mark.parametrize("description, warned", [
    ("What happened, who said what, and where each claim comes from.", False),   # the template's: names nothing
    ("What happened in Mariupol and Kyiv.", True),
    ("How gunmen held Mumbai for three days.", False),
], ids=["generic", "other-places", "this-story"])
def test_a_description_is_another_storys_when_none_of_its_names_occur(description, warned):
    assert bool(foreign_title("Mumbai", description, MUMBAI, [RECORD], None)) is warned


def test_words_and_names_read_from_a_title_and_a_description():
    assert significant("Mariupol refuses to surrender — an explainer timeline") == ["mariupol", "refuses", "surrender"]
    assert names_in("What happened in Mariupol. Kyiv was shelled: Zelenskyy spoke.") == ["mariupol"]


def test_an_empty_timeline_warns_of_nothing():
    assert foreign_title("Mariupol refuses to surrender", "In Kyiv.", [], [], None) == []


def test_check_and_the_strict_build_both_warn_with_the_line_of_site_name(tmp_path, monkeypatch, capsys, caplog):
    from mkdocs.exceptions import Abort

    config = small_project(tmp_path, TWO)
    text = config.read_text(encoding="utf-8").replace("site_name: Timeline", "site_name: Floods in Valencia")
    config.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 1
    message = ("mkdocs.yml:1:12: site_name: expected this story's title, got 'Floods in Valencia', none of whose "
               "words (floods, valencia) occurs in any entry or article of the timeline (another story's?)")
    assert message in capsys.readouterr().err
    with pytest.raises(Abort):
        build(config)
    assert message in caplog.text
    config.write_text(text.replace("Floods in Valencia", "Mariupol under siege"), encoding="utf-8")
    assert main(["check"]) == 0
    home = page_dom(build(config), "")
    assert home.find("h1").text().startswith("Mariupol under siege")
