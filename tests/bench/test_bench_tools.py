"""The benchmark's own tools: synthetic timelines are valid and deterministic, the baseline has our pages.

No timing here: `make bench` measures; these only check that what it measures is what it claims."""
from __future__ import annotations

from builder.records import load_records
from builder.dump import dump_entry
from builder.loader import load_timeline
from builder.render import render_site

from bench.baseline import write_baseline
from bench.report import Results, SizeResult, render_report
from bench.measure import Build
from bench.serve import ServeRun
from bench.synth import make_story, write_story


def test_synthetic_story_is_deterministic():
    first, second = make_story(120), make_story(120)
    assert [dump_entry(e) for e in first.entries] == [dump_entry(e) for e in second.entries]
    assert first.articles == second.articles


def test_synthetic_story_is_valid_and_realistic(tmp_path):
    story = make_story(300)
    write_story(story, tmp_path)
    entries = load_timeline(tmp_path / "timeline")               # raises on any invalid entry
    articles = list(load_records(tmp_path / "timeline")[0].values())
    assert len(entries) == 300 and len(articles) == len(story.articles) > 1
    words = sum(len(e.summary.split()) for e in entries) / len(entries)
    assert 50 <= words <= 75                                     # ~60-word summaries
    assert {len(e.quotes) for e in entries} == {0, 1, 2}
    rendered = render_site(entries, articles)
    assert not rendered.problems                                 # every source sentence is found in its article


def test_baseline_has_the_same_pages_as_our_site(tmp_path):
    story = make_story(250)
    write_story(story, tmp_path / "ours")
    entries = load_timeline(tmp_path / "ours" / "timeline")
    articles = list(load_records(tmp_path / "ours" / "timeline")[0].values())
    write_baseline(entries, articles, tmp_path / "bare")
    ours = set(render_site(entries, articles).pages) - {"search.md"} | {"about.md"}   # the baseline's search: Material's
    bare = {str(p.relative_to(tmp_path / "bare" / "docs")) for p in (tmp_path / "bare" / "docs").rglob("*.md")}
    assert bare == ours
    assert any(p.startswith("timeline/") for p in bare)           # 250 entries: split by month in both


def test_report_renders_every_section_and_judges_the_goals():
    light = Build(seconds=2.0, peak_mb=100, pages=10, site_bytes=10**6, index_bytes=10**5, index_gz_bytes=10**4,
                  cpu_seconds=1.5, heaviest_bytes=250_000, heaviest_page="timeline/2022-03/index.html")
    heavy = Build(seconds=40.0, peak_mb=600, pages=10, site_bytes=10**6, index_bytes=10**5, index_gz_bytes=10**4,
                  cpu_seconds=30.0, heaviest_bytes=1_200_000, heaviest_page="timeline/2022-03/index.html")
    results = Results(runs=1, started="now", sizes=[SizeResult(10_000, 600_000, [light], [light], 1.0, 8.0, 0.5)],
                      serve={"ours serve --dirty": ServeRun([0.8, 0.9, 0.7], [0.5], 120)})
    report = render_report(results)
    assert "| 10,000 | 10 / 10 | 2.00 | 2.00 | 1.00× | 1.50 | 1.50 | 1.00× |" in report
    assert "| 10,000 entries build with search ≤ 30 s | 2.0 s (CPU 1.5 s) | met |" in report
    assert "| no generated page above ~300 KB at 10,000 | 250 KB | met |" in report
    assert "| `make serve`: one edit shown ≤ 1 s at 1,000 entries | 0.80 s (0.70–0.90) | met |" in report
    report = render_report(Results(runs=1, started="now", sizes=[SizeResult(10_000, 1, [heavy], [light], 1, 8, .5)]))
    assert "| no generated page above ~300 KB at 10,000 | 1200 KB | **missed** |" in report
    assert "| 10,000 entries peak memory ≤ 500 MB (highest run, whole tree) | 600 MB | **missed** |" in report


def test_story_bench_builds_a_timeline_from_many_articles_that_merge_and_counts_bounded_comparisons(tmp_path):
    """The story benchmark's timeline is made of many articles whose retold sentences join earlier entries, and a
    new article's reports are compared with a bounded number of entries (never every pair)."""
    import json

    from bench.stories import in_process, make_articles, build_timeline
    from builder.story.match import CANDIDATES

    articles = make_articles(60)
    assert make_articles(60) == articles
    used = build_timeline(300, tmp_path / "timeline", articles)
    records = json.loads((tmp_path / "timeline" / ".manifest.json").read_text(encoding="utf-8"))["entries"]
    assert used > 1 and len(records) >= 300
    assert any(len({r["article"] for r in rec["reports"]}) > 1 for rec in records.values()), "retold events merge"
    compared, reports, steps = in_process(tmp_path / "timeline", tmp_path, make_articles(61)[-1])
    assert reports > 0 and 0 < compared <= 3 * CANDIDATES
    assert set(steps) == {"extract the article", "read the manifest", "look at every file, index",
                          "match its reports", "compose what changed"}
