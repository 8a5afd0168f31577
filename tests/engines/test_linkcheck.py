"""The link checker the engine builds are held to (linkcheck.py), on a small site written by hand: it needs no engine."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from linkcheck import check, main  # noqa: E402


def site(folder: Path, pages: dict[str, str]) -> Path:
    for path, body in pages.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(f"<!doctype html><html><body>{body}</body></html>", encoding="utf-8")
    return folder


def test_links_that_lead_to_a_file_of_the_site_under_its_sub_path_pass(tmp_path):
    root = site(tmp_path, {
        "index.html": '<a href="people/a/">A</a> <a href="./people/a/index.html#x">A</a> <a href="#top">top</a>'
                      ' <img src="assets/logo.png"> <a href="https://example.com/elsewhere/">out</a>'
                      ' <a href="mailto:desk@example.org">mail</a> <a href="people">folder</a>',
        "people/a/index.html": '<a href="../../">home</a> <a href="../../timeline/?person=a#e1">on the timeline</a>'
                               ' <form data-tl-index="../../timeline/filter.json"></form>',
        "timeline/index.html": '<link rel="stylesheet" href="../assets/site.css">',
        "people/index.html": "",
    })
    (root / "assets").mkdir()
    for name in ("logo.png", "site.css"):
        (root / "assets" / name).write_text("x", encoding="utf-8")
    (root / "timeline" / "filter.json").write_text("{}", encoding="utf-8")
    broken, checked = check(root)
    assert broken == [] and checked == 8


def test_a_link_one_folder_too_high_is_broken_under_a_sub_path_though_a_server_at_the_root_forgives_it(tmp_path):
    root = site(tmp_path, {
        "index.html": "",
        "people/index.html": "",
        "e/e1/index.html": "",
        "people/a/index.html": '<a href="../../../people/">people</a>',          # what Zensical made of ours
        "timeline/index.html": '<a href="../people/b/">missing</a> <a href="/people/">rooted</a>'
                               ' <a class="tl-permalink" href="#e1" data-tl-copy="../../e/e1/">link</a>',
    })
    broken, checked = check(root)
    assert checked == 4
    assert [(b.page, b.link, b.resolved) for b in broken] == [
        ("people/a/index.html", "../../../people/", "https://example.org/people/"),
        ("timeline/index.html", "../people/b/", "https://example.org/explainer/people/b/"),
        ("timeline/index.html", "/people/", "https://example.org/people/"),
        ("timeline/index.html", "../../e/e1/", "https://example.org/e/e1/"),
    ]
    assert check(root, base="https://example.org/")[0][0].link == "../people/b/"   # at the root only the missing page
    assert len(check(root, base="https://example.org/")[0]) == 1
    assert main([str(root)]) == 1 and main([str(root), "--base", "https://example.org/deep/er/"]) == 1
