"""The seed site built by the other engines: ProperDocs through the plugin, Zensical and MkDocs from `render --out`.

The engines live in their own virtual environments (`make engines`, .engines/). Without them these tests skip,
except in CI (CI=1 or CI=true), where they fail instead: CI must prove every engine."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from builder.cli import main

sys.path.insert(0, str(Path(__file__).parent))
from sitecheck import check  # noqa: E402  - the checker CI also runs on its own

ROOT = Path(__file__).resolve().parents[2]
ENGINES = Path(os.environ.get("ENGINES_DIR", ROOT / ".engines"))
IN_CI = os.environ.get("CI", "").lower() not in ("", "0", "false", "no")
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}


def engine(name: str) -> Path:
    """The engine's command, or a skip (a failure in CI) saying how to get it."""
    command = ENGINES / name / "bin" / name
    if not command.is_file():
        why = f"{name} is not installed in {ENGINES}/{name} (run `make engines`)"
        if IN_CI:
            pytest.fail(f"engine tests must run in CI: {why}")
        pytest.skip(why)
    return command


def seed_project(folder: Path) -> Path:
    """The repository's project (mkdocs.yml, docs/, timeline/) in `folder`: no seeds/, the site needs none."""
    for name in ("docs", "timeline"):
        shutil.copytree(ROOT / name, folder / name)
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    return folder


def run(command: list, cwd: Path) -> str:
    done = subprocess.run([str(c) for c in command], cwd=cwd, env=ENV, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Path:
    """`python -m builder render --out out` in a copy of the seed project."""
    project = seed_project(tmp_path_factory.mktemp("render"))
    here = Path.cwd()
    os.chdir(project)
    try:
        assert main(["render", "--out", "out"]) == 0
    finally:
        os.chdir(here)
    return project / "out"


def assert_complete(site: Path) -> None:
    missing, counts = check(site, ROOT / "timeline")
    assert missing == []
    assert counts["entries"] == len(list((ROOT / "timeline").glob("*.yml"))) and counts["callouts"] >= 3


def test_zensical_builds_the_rendered_project_with_every_entry_callout_and_search(rendered, tmp_path):
    zensical = engine("zensical")
    out = tmp_path / "out"
    shutil.copytree(rendered, out)
    run([zensical, "build", "--strict"], out)
    assert_complete(out / "site")
    home = (out / "site" / "index.html").read_text(encoding="utf-8")
    assert "md-search__button" in home and "md-search__input" not in home   # Zensical's search, not our override


def test_mkdocs_builds_the_rendered_project_too(rendered, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(rendered, out)
    run([Path(sys.executable).with_name("mkdocs"), "build", "--strict"], out)
    assert_complete(out / "site")
    home = (out / "site" / "index.html").read_text(encoding="utf-8")
    assert 'class="md-search" data-md-component="search" role="dialog" aria-label="Search"' in home


def test_properdocs_builds_the_project_through_the_plugin_as_mkdocs_does(tmp_path):
    properdocs = engine("properdocs")
    project = seed_project(tmp_path / "project")
    run([properdocs, "build", "--strict", "-f", "mkdocs.yml", "-d", "by-properdocs"], project)
    run([Path(sys.executable).with_name("mkdocs"), "build", "--strict", "-d", "by-mkdocs"], project)
    assert_complete(project / "by-properdocs")
    ours = {p.relative_to(project / "by-properdocs") for p in (project / "by-properdocs").rglob("*") if p.is_file()}
    theirs = {p.relative_to(project / "by-mkdocs") for p in (project / "by-mkdocs").rglob("*") if p.is_file()}
    assert ours == theirs
    for name in ("timeline/index.html", "sources/mariupol-surrender-refused/index.html"):
        def article(site: str) -> str:
            html = (project / site / name).read_text(encoding="utf-8")
            return html[html.index("<article"):html.index("</article>")]
        assert article("by-properdocs") == article("by-mkdocs"), name


def test_the_checker_notices_a_missing_entry(rendered, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(rendered / "docs", site)         # not a built site: no HTML, so nothing is there
    missing, _ = check(site, ROOT / "timeline")
    assert len(missing) >= len(list((ROOT / "timeline").glob("*.yml")))
