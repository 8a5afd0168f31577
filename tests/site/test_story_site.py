"""A story of two real articles built by MkDocs: every report behind each entry, figures with their history, the
revisions and "What changed", same_as, names across articles, and the home page of the story."""
from __future__ import annotations

import pytest

from sitetools import build
from storysite import check_story_site, make_story


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    return make_story(tmp_path_factory.mktemp("story"))


def test_a_story_of_two_articles_builds_with_everything_a_reader_is_promised(story):
    site = build(story.root / "mkdocs.yml")
    assert check_story_site(site, story) == []
