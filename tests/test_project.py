"""One project for the command line and the plugin; article records; `render --out`; names of pages."""
from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from builder.article import load_article
from builder.cli import main, sentences_of
from builder.records import edited, load_records, record_path, write_record
from conftest import ROOT, SEED

sys.path.insert(0, str(Path(__file__).parent / "site"))
from sitetools import build, page_dom, small_project  # noqa: E402
from test_small_builds import SECOND, TWO  # noqa: E402


def imported_modules(folder: Path) -> set[str]:
    names = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
    return names


def test_render_imports_neither_an_engine_nor_extraction():
    imported = imported_modules(ROOT / "builder" / "render")
    assert not {n for n in imported if n.split(".")[0] in ("mkdocs", "material", "zensical", "properdocs")}
    assert not {n for n in imported if n.startswith("builder.extract") or n in ("builder.cli", "builder.plugin")}
    # and at run time: rendering the seed loads no extraction module
    code = ("import sys; from builder.project import Project; from builder.settings import find_settings; from pathlib import Path; "
            "p = Project(find_settings(Path('.'))[0]); l = p.load(); p.render(l); "
            "print(sorted(m for m in sys.modules if m.startswith(('builder.extract', 'mkdocs', 'material'))))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_category_from_categories_file_passes_check_and_the_strict_build_alike(tmp_path, monkeypatch, capsys):
    entry = SECOND.replace("category: shelling", "category: blockade")
    config = small_project(tmp_path, {"2022-03-20-kyiv-shelled.yml": entry},
                           options="      categories_file: categories.yml\n")
    (tmp_path / "categories.yml").write_text("blockade: {label: Blockade, icon: material-boom-gate, colour: '#123456'}\n",
                                             encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 0, capsys.readouterr().err
    assert page_dom(build(config), "timeline/").find("a", cls="tl-cat-blockade").text() == "Blockade"


def test_check_and_build_refuse_the_same_bad_setting(tmp_path, monkeypatch, capsys, caplog):
    from mkdocs.exceptions import Abort, PluginError

    config = small_project(tmp_path, TWO, options="      per_page: 0\n")
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 1
    message = "mkdocs.yml:10:17: plugins.timeline.per_page: expected a whole number from 1, got 0"
    assert message in capsys.readouterr().err
    with pytest.raises((PluginError, Abort)):
        build(config)
    assert message in caplog.text


def seed_in(folder: Path) -> Path:
    (folder / "seeds").mkdir(parents=True)
    for suffix in (".txt", ".yml"):
        shutil.copy(SEED.with_suffix(suffix), folder / "seeds" / SEED.with_suffix(suffix).name)
    return folder / "seeds" / SEED.name


def test_the_record_keeps_its_sentences_and_anchors_when_the_splitter_changes(tmp_path):
    article = load_article(seed_in(tmp_path))
    write_record(tmp_path / "timeline", article, sentences_of)
    path = record_path(tmp_path / "timeline", article.name)
    before = path.read_text(encoding="utf-8")
    crude = lambda text: [(1, line) for line in text.splitlines() if line.strip()]     # a very different splitter
    assert write_record(tmp_path / "timeline", article, crude).outcome == "unchanged"
    assert path.read_text(encoding="utf-8") == before
    changed = load_article(article.path)
    article.path.write_text(article.text + "A new paragraph was added on Monday.\n", encoding="utf-8")
    changed = load_article(article.path)
    assert write_record(tmp_path / "timeline", changed, crude).outcome == "updated"     # the article changed
    assert len(load_records(tmp_path / "timeline")[0][article.name].sentences) == len(crude(changed.text))


def test_an_edited_record_is_kept_and_a_deleted_one_written_again(tmp_path):
    article = load_article(seed_in(tmp_path))
    write_record(tmp_path / "timeline", article, sentences_of)
    path = record_path(tmp_path / "timeline", article.name)
    text = path.read_text(encoding="utf-8").replace("Ukraine has refused", "Ukraine refused")
    path.write_text(text, encoding="utf-8")
    assert edited(text)
    article.path.write_text(article.text + "More news.\n", encoding="utf-8")
    written = write_record(tmp_path / "timeline", load_article(article.path), sentences_of)
    assert written.outcome == "kept" and path.read_text(encoding="utf-8") == text and written.conflict
    path.unlink()
    assert write_record(tmp_path / "timeline", load_article(article.path), sentences_of).outcome == "new"


def test_render_out_refuses_a_folder_of_other_files_and_rewrites_its_own(tmp_path, monkeypatch, capsys):
    project = tmp_path / "project"
    for name in ("docs", "timeline"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    monkeypatch.chdir(project)
    (project / "mine").mkdir()
    (project / "mine" / "notes.txt").write_text("mine\n", encoding="utf-8")
    assert main(["render", "--out", "mine"]) == 1
    assert "expected a new or empty folder" in capsys.readouterr().err
    assert [p.name for p in (project / "mine").iterdir()] == ["notes.txt"]
    assert main(["render", "--out", "out"]) == 0
    assert main(["render", "--out", "again"]) == 0                      # deterministic: byte-identical files
    files = lambda d: {p.relative_to(d): p.read_bytes() for p in d.rglob("*") if p.is_file()}
    assert files(project / "out") == files(project / "again")
    (project / "out" / "notes.txt").write_text("mine too\n", encoding="utf-8")
    assert main(["render", "--out", "out"]) == 0                        # an earlier output: rewritten
    assert (project / "out" / "notes.txt").read_text(encoding="utf-8") == "mine too\n"    # never ours to delete
    timeline = (project / "out" / "docs" / "timeline.md").read_text(encoding="utf-8")
    assert timeline.startswith("---\n# Generated by `python -m builder render`")
    assert "\n### " in timeline and '<li class="tl-entry' in timeline and 'markdown="block"' in timeline
    config = (project / "out" / "mkdocs.yml").read_text(encoding="utf-8")
    assert "timeline" not in config.split("plugins:")[1].split("markdown_extensions")[0]
    assert "!!python/name:material.extensions.emoji.twemoji" in config


def test_render_out_for_another_engine_differs_only_in_the_links_of_the_pages_raw_html(tmp_path, monkeypatch):
    """`--engine mkdocs` writes raw-HTML links against the page's URL, the default (Zensical) as .md paths against
    the source file; the pages' text, the data attributes timeline.js reads, the stubs and the search index are the
    same files."""
    import re

    project = tmp_path / "project"
    for name in ("docs", "timeline"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    monkeypatch.chdir(project)
    assert main(["render", "--out", "z"]) == 0 and main(["render", "--out", "m", "--engine", "mkdocs"]) == 0
    files = lambda d: {p.relative_to(d).as_posix(): p.read_text(encoding="utf-8", errors="replace")
                       for p in d.rglob("*") if p.is_file() and p.name != ".timeline-render.json"}
    zensical, mkdocs = files(project / "z"), files(project / "m")
    assert sorted(zensical) == sorted(mkdocs)
    hrefs = lambda text: re.sub(r' href="[^"#]*(#[^"]*)?"', r' href="\1"', text)     # the path, not the anchor
    changed = {path for path in zensical if zensical[path] != mkdocs[path]}
    assert changed and all(hrefs(zensical[p]) == hrefs(mkdocs[p]) for p in changed - {"mkdocs.yml"})
    assert 'href="people/irina-vereshchuk.md"' in zensical["docs/timeline.md"]
    assert 'href="../people/irina-vereshchuk/"' in mkdocs["docs/timeline.md"]
    assert "`zensical build`" in zensical["mkdocs.yml"] and "`mkdocs build`" in mkdocs["mkdocs.yml"]


def test_page_addresses_are_unique_bounded_and_stable_for_a_name(tmp_path):
    long_name = "The Extremely Long Name Of An Organisation " * 8
    bob = SECOND.replace("summary:", "people: [Bob]\norganisations: ['" + long_name.strip() + "']\nsummary:")
    first = build(small_project(tmp_path / "a", {"2022-03-20-kyiv-shelled.yml": bob}))
    both = bob.replace("people: [Bob]", "people: [Bob, BOB, Index]")
    second = build(small_project(tmp_path / "b", {"2022-03-20-kyiv-shelled.yml": both}))
    assert page_dom(first, "people/bob/").find("h1").text().startswith("Bob")
    assert page_dom(second, "people/bob/").find("h1").text().startswith("Bob")         # BOB did not move Bob
    pages = {p.parent.name for p in (second / "people").glob("*/index.html")}
    assert "bob" in pages and any(p.startswith("bob-") for p in pages) and any(p.startswith("index-") for p in pages)
    assert max(len(p.parent.name) for p in (second / "organisations").glob("*/index.html")) <= 60 + 9


def test_serve_shows_a_broken_entry_as_a_banner_over_the_last_valid_pages(tmp_path):
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    config = small_project(tmp_path, TWO)
    site = tmp_path / "site"
    cfg = load_config(str(config), site_dir=str(site))
    cfg.plugins.on_startup(command="serve", dirty=False)
    try:
        mkdocs_build(cfg)
        (tmp_path / "timeline" / "2022-03-20-kyiv-shelled.yml").write_text(SECOND.replace("2022-03-20\n", "2022-02-30\n"),
                                                                          encoding="utf-8")
        mkdocs_build(load_config(str(config), site_dir=str(site)))       # a rebuild does not fail...
    finally:
        cfg.plugins.on_shutdown()
    alert = page_dom(site, "timeline/").find("div", role="alert")        # ...it shows what is wrong
    assert alert is not None and "date: expected a real calendar day, got '2022-02-30'" in alert.text()
    assert page_dom(site, "timeline/").by_id("2022-03-20-kyiv-shelled") is not None      # the last valid entry
