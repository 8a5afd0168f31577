"""The search index: one Pagefind record per entry, from the loaded entries, written deterministically."""
from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest

from builder.loader import load_timeline
from builder.model import Entry, Quote
from builder.search_index import (MANIFEST, SEARCH_DIR, UNUSED, Record, SearchIndexError, entry_records, entry_text,
                                  write_search_index)

ROOT = Path(__file__).resolve().parents[2]
SEED_ENTRIES = sorted(load_timeline(ROOT / "timeline"), key=lambda e: e.sort_key)
PAGES = {e.id: "timeline/" for e in SEED_ENTRIES}


def entry(**fields) -> Entry:
    base = dict(id="2022-03-20-kyiv", date="2022-03-20", category="shelling", title="Shelling in Kyiv",
                summary="Four people were killed in Kyiv.")
    return Entry(**{**base, **fields})


def fragments(bundle: Path) -> list[dict]:
    """The records Pagefind stored in a bundle (each fragment is gzip of 'pagefind_dcd' + JSON)."""
    out = []
    for path in sorted((bundle / "fragment").iterdir()):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(b"pagefind_dcd")
        out.append(json.loads(data[len(b"pagefind_dcd"):]))
    return out


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_entry_text_holds_title_summary_quotes_speakers_and_names_once():
    text = entry_text(entry(quotes=(Quote("We will not surrender", "Iryna Vereshchuk", "Deputy Prime Minister"),),
                            people=("Iryna Vereshchuk",), places=("Kyiv", "Mariupol"), organisations=("UN",)))
    assert text == ("Shelling in Kyiv. Four people were killed in Kyiv. “We will not surrender” Iryna Vereshchuk, "
                    "Deputy Prime Minister. Iryna Vereshchuk, Kyiv, Mariupol, UN.")


def test_records_lead_to_the_entry_anchor_on_its_page():
    records = entry_records([entry()], {"2022-03-20-kyiv": "timeline/2022-03/"})
    assert records == [Record("timeline/2022-03/#2022-03-20-kyiv", entry_text(entry()),
                              {"title": "Shelling in Kyiv", "date": "2022-03-20", "category": "shelling"})]


@pytest.mark.parametrize("page", ["/timeline/", "https://evil.example/", "../outside/", "timeline/../../x/",
                                  "javascript:alert(1)//"])
def test_a_record_url_that_could_leave_the_site_is_refused(page):
    with pytest.raises(ValueError, match="relative to the site root"):
        entry_records([entry()], {"2022-03-20-kyiv": page})


def test_an_entry_without_a_page_address_is_an_error_not_a_dropped_record():
    with pytest.raises(KeyError, match="2022-03-20-kyiv"):
        entry_records([entry()], {})


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory):
    site = tmp_path_factory.mktemp("site")
    index = write_search_index(entry_records(SEED_ENTRIES, PAGES), site)
    return site, index


def test_each_entry_is_one_record_in_the_index_and_nothing_else(seed_index):
    site, index = seed_index
    assert index.bundles == ("0/",) and index.records == (len(SEED_ENTRIES),)
    stored = fragments(site / SEARCH_DIR / "0")
    assert sorted(f["url"] for f in stored) == sorted(f"timeline/#{e.id}" for e in SEED_ENTRIES)
    by_url = {f["url"]: f for f in stored}
    first = SEED_ENTRIES[0]
    assert by_url[f"timeline/#{first.id}"]["meta"]["title"] == first.title
    assert first.summary.split()[0] in by_url[f"timeline/#{first.id}"]["content"]


def test_the_bundle_holds_what_the_search_script_loads_and_not_pagefinds_own_interfaces(seed_index):
    site, _ = seed_index
    bundle = site / SEARCH_DIR / "0"
    assert json.loads((site / SEARCH_DIR / MANIFEST).read_text()) == {
        "bundles": ["0/"], "language": "en", "records": [len(SEED_ENTRIES)]}
    assert (bundle / "pagefind.js").is_file() and (bundle / "pagefind-entry.json").is_file()
    assert list(bundle.glob("*.pf_meta")) and list((bundle / "index").glob("*.pf_index"))
    assert not [name for name in UNUSED if (bundle / name).exists()]
    assert [p.name for p in site.iterdir()] == [SEARCH_DIR]           # no temporary folder left behind
    # Every file whole: Pagefind's own WriteFiles answered before its writes were done (an empty pagefind-worker.js)
    assert not [p for p in bundle.rglob("*") if p.is_file() and p.stat().st_size == 0]


def test_the_same_entries_give_byte_identical_files(seed_index, tmp_path):
    site, _ = seed_index
    write_search_index(entry_records(SEED_ENTRIES, PAGES), tmp_path)
    assert files(tmp_path / SEARCH_DIR) == files(site / SEARCH_DIR)


def test_big_timelines_are_split_into_bundles_listed_in_the_manifest(tmp_path):
    index = write_search_index(entry_records(SEED_ENTRIES, PAGES), tmp_path, per_bundle=10)
    sizes = [10] * (len(SEED_ENTRIES) // 10) + ([len(SEED_ENTRIES) % 10] if len(SEED_ENTRIES) % 10 else [])
    assert index.records == tuple(sizes)
    manifest = json.loads((tmp_path / SEARCH_DIR / MANIFEST).read_text())
    assert manifest["bundles"] == [f"{n}/" for n in range(len(sizes))] and manifest["records"] == sizes
    urls = [f["url"] for b in manifest["bundles"] for f in fragments(tmp_path / SEARCH_DIR / b)]
    assert sorted(urls) == sorted(f"timeline/#{e.id}" for e in SEED_ENTRIES)     # every entry, once


def test_a_new_index_replaces_the_old_one_entirely(tmp_path):
    write_search_index(entry_records(SEED_ENTRIES, PAGES), tmp_path, per_bundle=10)
    write_search_index(entry_records(SEED_ENTRIES[:3], PAGES), tmp_path)
    assert sorted(p.name for p in (tmp_path / SEARCH_DIR).iterdir()) == ["0", MANIFEST]
    assert len(fragments(tmp_path / SEARCH_DIR / "0")) == 3


def test_a_link_in_place_of_the_search_folder_is_refused_and_left_alone(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("mine")
    site = tmp_path / "site"
    site.mkdir()
    (site / SEARCH_DIR).symlink_to(elsewhere)
    with pytest.raises(SearchIndexError, match="link"):
        write_search_index(entry_records(SEED_ENTRIES[:2], PAGES), site)
    assert (elsewhere / "keep.txt").read_text() == "mine" and [p.name for p in elsewhere.iterdir()] == ["keep.txt"]


def test_a_failing_indexer_is_reported_and_the_old_index_kept(tmp_path, monkeypatch):
    write_search_index(entry_records(SEED_ENTRIES[:2], PAGES), tmp_path)
    before = files(tmp_path / SEARCH_DIR)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", "/bin/false")
    with pytest.raises(SearchIndexError, match="stopped"):
        write_search_index(entry_records(SEED_ENTRIES, PAGES), tmp_path)
    assert files(tmp_path / SEARCH_DIR) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [SEARCH_DIR]


def test_a_missing_indexer_is_named_in_the_error(tmp_path, monkeypatch):
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "no-such-pagefind"))
    with pytest.raises(SearchIndexError, match="cannot start Pagefind .*no-such-pagefind"):
        write_search_index(entry_records(SEED_ENTRIES[:1], PAGES), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_the_indexer_is_the_binary_of_the_pinned_wheel():
    import subprocess

    from builder.search_index import pagefind_binary

    version = subprocess.run([str(pagefind_binary()), "--version"], capture_output=True, text=True, check=True)
    constraints = (ROOT / "constraints.txt").read_text()
    assert f"pagefind-bin=={version.stdout.split()[-1]}" in constraints.splitlines()


def test_the_worker_writes_the_newest_index_and_reports_a_failure(tmp_path, monkeypatch):
    """Under `mkdocs serve` the index is written on a thread: the newest records win, a failure is reported."""
    from builder.search_index import IndexWorker

    failures: list[BaseException] = []
    worker = IndexWorker(failures.append)
    try:
        worker.submit(entry_records(SEED_ENTRIES[:3], PAGES), tmp_path)
        worker.submit(entry_records(SEED_ENTRIES, PAGES), tmp_path)
        assert worker.wait(60) and failures == []
        manifest = json.loads((tmp_path / SEARCH_DIR / MANIFEST).read_text(encoding="utf-8"))
        assert manifest["records"] == [len(SEED_ENTRIES)]               # the newest, whatever ran before it
        monkeypatch.setenv("PAGEFIND_BINARY_PATH", "/bin/false")
        worker.submit(entry_records(SEED_ENTRIES, PAGES), tmp_path)
        assert worker.wait(60)
        assert len(failures) == 1 and isinstance(failures[0], SearchIndexError)
        assert json.loads((tmp_path / SEARCH_DIR / MANIFEST).read_text(encoding="utf-8")) == manifest   # kept
    finally:
        worker.close()


def test_working_folders_a_killed_run_left_in_the_site_are_removed(tmp_path):
    """MkDocs' clean keeps hidden files, so a run killed while indexing would leave .search-* in every later site."""
    (tmp_path / ".search-k1ll3d" / "0").mkdir(parents=True)
    (tmp_path / ".search-k1ll3d" / "0" / "pagefind.js").write_text("half")
    (tmp_path / ".search-old-x").mkdir()
    (tmp_path / ".nojekyll").write_text("")                      # anything else hidden is the site's own
    write_search_index(entry_records(SEED_ENTRIES[:2], PAGES), tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".nojekyll", SEARCH_DIR]


def hanging_pagefind(folder: Path) -> Path:
    """A Pagefind that starts and never answers (a huge index, a stuck process)."""
    script = folder / "hanging-pagefind"
    script.write_text("#!/bin/sh\nexec sleep 300\n")
    script.chmod(0o755)
    return script


def test_a_cancelled_worker_stops_pagefind_and_leaves_no_index_nor_working_folder(tmp_path, monkeypatch):
    from builder.search_index import IndexWorker

    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(hanging_pagefind(tmp_path)))
    site = tmp_path / "site"
    site.mkdir()
    failures: list[BaseException] = []
    worker = IndexWorker(failures.append, background=False)
    worker.submit(entry_records(SEED_ENTRIES, PAGES), site)
    for _ in range(1000):                                     # until Pagefind has started
        if worker.service is not None:
            break
        time.sleep(0.01)
    worker.close(timeout=20, cancel=True)
    assert not worker.thread.is_alive(), "close(cancel=True) waited for Pagefind instead of stopping it"
    assert worker.service.child.poll() is not None
    assert list(site.iterdir()) == []
    assert failures == [], "a cancelled index is no failure to report (serve's Ctrl-C would warn)"
