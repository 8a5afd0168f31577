"""A strict build of a timeline holding a link publishes nothing from outside the repository and says why."""
from __future__ import annotations

import os

import pytest
from mkdocs.exceptions import Abort, PluginError

from sitetools import build, small_project

SECRET = "password=hunter2"
OUTSIDE = f"""id: leak
date: 2022-03-20
category: other
title: {SECRET}
summary: A file outside the repository shaped like an entry.
"""


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_link_in_the_timeline_fails_the_build_without_quoting_its_target(tmp_path, caplog):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "leak.yml").write_text(OUTSIDE, encoding="utf-8")
    config = small_project(tmp_path / "project", {})
    os.symlink(outside / "leak.yml", config.parent / "timeline" / "leak.yml")
    with pytest.raises((Abort, PluginError)) as failed:
        build(config)
    said = str(failed.value) + caplog.text
    assert "timeline/leak.yml: expected a regular file, got a symbolic link" in said
    assert SECRET not in said
    assert not (config.parent / "site" / "timeline" / "index.html").exists() or \
        SECRET not in (config.parent / "site" / "timeline" / "index.html").read_text(encoding="utf-8")
