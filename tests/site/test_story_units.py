"""The story's pieces of the site, one row per phenomenon: reports, figure histories, key figures, revisions, same_as,
names, the home page's arc and what is new."""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from builder.model import Entry, Figure, Quote, Revision, Source, SourceArticle, SourceSentence
from builder.project import Project
from builder.render import render_site
from builder.render.changes import changes
from builder.render.context import build_site_map
from builder.render.figures import histories, key_figures, toll_changes
from builder.render.home import new_since, story_arc
from builder.render.reports import reports
from builder.render.sources import provenance
from builder.render.story import fold_provenance, story_index, story_view
from builder.settings import Settings
from builder.story.names import Names

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "pages"
A = SourceArticle("first", dt.date(2024, 5, 1), (SourceSentence("s-1", 1, "A fire broke out; 12 people died."),
                                                   SourceSentence("s-2", 1, "Smith said it was arson.")), "First")
B = SourceArticle("second", dt.date(2024, 5, 3), (SourceSentence("s-1", 1, "The toll rose to 20 dead."),
                                                    SourceSentence("s-2", 1, "Smith denied it was arson."),
                                                    SourceSentence("s-3", 1, "Ten hostages were freed.")), "Second")


def entry(id: str, date: str = "2024-05-01", sources: tuple = (), **kw) -> Entry:
    return Entry(id=id, date=date, category=kw.pop("category", "other"), title=kw.pop("title", id),
                 summary=kw.pop("summary", f"{id}."), sources=sources, **kw)


def figure(measure: str, value: int, date: str, article: str, text: str, qualifier: str | None = None) -> Figure:
    return Figure(measure, value, date, text, article, qualifier=qualifier)


FIRE = entry("fire", sources=(Source("A fire broke out", "first"), Source("The toll rose to 20 dead.", "second")),
             figures=(figure("killed", 20, "2024-05-03", "second", "rose to 20 dead"),
                      figure("killed", 12, "2024-05-01", "first", "12 people died")))


def site_of(entries: list[Entry], articles=(A, B), names=None):
    prov = provenance(entries, list(articles))
    view = story_view(entries, names)
    prov = fold_provenance(prov, view.aliases)
    return build_site_map(view.entries, prov, story=story_index(view, prov, names))


# --- reports -----------------------------------------------------------------------------------------------

def test_reports_count_sources_not_sentences_and_put_the_oldest_article_first():
    listed_newest_first = entry("e", sources=(Source("The toll rose to 20 dead.", "second"),
                                              Source("A fire broke out", "first"), Source("12 people died", "first"),
                                              Source("Seen online.", url="https://example.org/a"),
                                              Source("Seen again.", url="https://example.org/a")))
    found = reports(site_of([listed_newest_first]), "e")
    assert [(r.article, r.shown_url) for r in found] == [("first", ""), ("second", ""), (None, "https://example.org/a")]
    assert found[0].sentences == [0]                   # two pieces of one sentence: one link


# --- figures -----------------------------------------------------------------------------------------------

def test_a_history_is_ordered_by_the_day_reported_whatever_the_file_order():
    assert [f.value for f in histories(FIRE)["killed"]] == [12, 20]


@pytest.mark.parametrize("values, changed", [
    ([("first", 12, None, "2024-05-01"), ("second", 20, None, "2024-05-03")], [(12, 20)]),
    ([("first", 12, None, "2024-05-01"), ("second", 12, None, "2024-05-03")], []),          # told again
    ([("first", 12, "at least", "2024-05-01"), ("first", 12, None, "2024-05-01")], []),    # one article's two words
    ([("first", 12, None, "2024-05-01"), ("second", 12, "more than", "2024-05-03")], [(12, 12)]),
], ids=["rose", "repeated", "same-article", "qualifier-changed"])
def test_a_toll_changes_when_a_later_report_gives_another_value(values, changed):
    toll = entry("t", figures=tuple(figure("killed", v, d, a, "x", q) for a, v, q, d in values))
    assert [(c.before.value, c.after.value) for c in toll_changes(toll)] == changed


def test_key_figures_take_each_measure_once_latest_first_never_mixing_measures():
    other = entry("other", figures=(figure("killed", 4, "2024-05-03", "second", "x"),
                                    figure("freed", 10, "2024-05-03", "second", "Ten hostages were freed"),
                                    figure("injured", 30, "2024-05-01", "first", "x")))
    found = key_figures([FIRE, other])
    assert [(k.measure, k.latest.value, k.latest.date) for k in found] == [
        ("killed", 20, "2024-05-03"), ("freed", 10, "2024-05-03"), ("injured", 30, "2024-05-01")]
    assert found[0].entry is FIRE and found[0].before.value == 12      # the larger toll of the latest day, and before it


def test_figure_words_link_to_their_sentence_and_markup_in_them_stays_text():
    evil = entry("e", sources=(Source("A fire broke out", "first"),),
                 figures=(figure("killed", 12, "2024-05-01", "first", "12 people died"),
                          figure("missing", 1, "2024-05-01", "first", "<script>alert(1)</script>")))
    page = render_site([evil], [A]).pages["timeline.md"]
    assert '<a href="../sources/first/#s-1">“12 people died”</a>' in page
    assert "“&lt;script&gt;alert(1)&lt;/script&gt;”" in page and "<script>alert" not in page


# --- revisions and What changed --------------------------------------------------------------------------

def test_what_changed_dates_a_revision_by_the_revising_entrys_first_article_and_lists_newest_first():
    denial = entry("denial", date="2024-05-01", sources=(Source("Smith denied it was arson.", "second"),),
                   revises=(Revision("claim", "contradicts"),))      # about the 1st, reported on the 3rd
    claim = entry("claim", sources=(Source("Smith said it was arson.", "first"),))
    site = site_of([claim, denial, FIRE])
    found = changes(site)
    assert [c.day for c in found] == ["2024-05-03", "2024-05-03"]
    assert "contradicts" in found[0].html or "contradicts" in found[1].html
    assert site.story.revised_by == {"claim": (("contradicts", "denial"),)}


# --- same_as ---------------------------------------------------------------------------------------------

def test_same_as_chains_fold_into_the_entry_they_end_at_with_every_source_once():
    target = entry("c", sources=(Source("A fire broke out", "first"),), people=("Smith",))
    middle = entry("b", same_as="c", sources=(Source("A fire broke out", "first"),
                                              Source("The toll rose to 20 dead.", "second")))
    first = entry("a", same_as="b", quotes=(Quote("It was arson.", "Smith"),), places=("Port",),
                  figures=(figure("killed", 20, "2024-05-03", "second", "rose to 20 dead"),))
    revising = entry("r", revises=(Revision("a", "updates"),))
    view = story_view([first, middle, target, revising])
    assert view.aliases == {"a": "c", "b": "c"}
    shown = {e.id: e for e in view.entries}
    assert set(shown) == {"c", "r"}
    assert [s.text for s in shown["c"].sources] == ["A fire broke out", "The toll rose to 20 dead."]
    assert shown["c"].places == ("Port",) and shown["c"].quotes[0].text == "It was arson." and shown["c"].figures
    assert shown["r"].revises == (Revision("c", "updates"),)          # a revision of an alias revises its entry


def test_an_aliass_id_leads_to_the_page_of_the_entry_it_names():
    site = site_of([entry("c"), entry("a", same_as="c")])
    assert site.entry_page["a"] == site.entry_page["c"] and site.story.aliases_of == {"c": ("a",)}
    page = render_site([entry("c"), entry("a", same_as="c")]).pages["timeline.md"]
    assert page.count('class="tl-entry') == 1 and '<div class="tl-alias-anchor" id="a"></div>' in page


# --- names -----------------------------------------------------------------------------------------------

def names(folder: Path, text: str) -> Names:
    (folder / "names.yml").write_text(text, encoding="utf-8")
    return Names.load(folder)


def test_names_file_merges_retypes_drops_and_splits_by_article(tmp_path):
    rules = names(tmp_path, "- name: John Smith\n  aliases: [Smith]\n  not: [Jane Smith]\n"
                            "- name: Jane Smith\n  aliases:\n  - {name: Smith, articles: [second]}\n"
                            "- name: Port\n  kind: organisation\n- name: Town\n  kind: none\n")
    first = entry("a", people=("Smith", "Jane Smith"), places=("Port", "Town"), sources=(Source("x", "first"),),
                  quotes=(Quote("Arson.", "Smith"),))
    second = entry("b", people=("Smith",), sources=(Source("x", "second"),))
    shown = {e.id: e for e in story_view([first, second], rules).entries}
    assert shown["a"].people == ("John Smith", "Jane Smith") and shown["a"].places == ()
    assert shown["a"].organisations == ("Port",) and shown["a"].quotes[0].speaker == "John Smith"
    assert shown["b"].people == ("Jane Smith",)                   # in the second article, Smith is Jane
    site = site_of([first, second], names=rules)
    assert set(site.by_name["people"]) == {"John Smith", "Jane Smith"}
    assert site.story.also_known == {"John Smith": ("Smith",), "Jane Smith": ("Smith",)}
    pages = render_site([first, second], names=rules).pages
    assert "Jane Smith" in pages["people/smith.md"] and "John Smith" in pages["people/smith.md"]   # split: both


# --- the home page ---------------------------------------------------------------------------------------

def test_the_arc_begins_with_the_oldest_articles_lead_and_ends_with_the_newest_articles():
    background = entry("background", date="2023-01-01", category="casualties",
                       sources=(Source("The toll rose to 20 dead.", "second"),))
    denial = entry("denial", date="2024-05-03", sources=(Source("Smith denied it was arson.", "second"),))
    claim = entry("claim", date="2024-05-01", category="statement", sources=(Source("Smith said it was arson.", "first"),))
    arc = story_arc(site_of([background, FIRE, claim, denial]))
    assert arc[0] == ("How it began", FIRE) and arc[-1][0] == "The latest"
    assert "background" not in [e.id for _, e in arc]             # before the beginning: background, not a step


def test_without_article_records_the_arc_falls_back_to_the_weightiest_entries():
    arc = story_arc(site_of([entry("a", category="statement"), entry("b", category="casualties")], articles=()))
    assert [role for role, _ in arc] == ["", ""]


def test_new_since_lists_what_the_newest_day_added():
    denial = entry("denial", date="2024-05-03", sources=(Source("Smith denied it was arson.", "second"),))
    lines = "\n".join(new_since(site_of([FIRE, denial]), "index.md"))
    assert lines.startswith("## New since 1 May 2024")
    assert "[denial](timeline.md#denial)" in lines and "Killed: 20 (was 12 on 1 May 2024)" in lines
    assert "now reported by 2 sources" in lines
    assert new_since(site_of([FIRE], articles=(A,)), "index.md") == []    # one day: nothing is new since anything


# --- determinism -----------------------------------------------------------------------------------------

def test_the_story_renders_byte_for_byte_the_same_whatever_order_the_files_are_read_in():
    settings = Settings(GOLDEN, None, timeline_dir="timeline", site_name="Harbour fire", per_page=2)
    project = Project(settings)
    loaded = project.check()
    first = project.render(loaded)
    random.Random(13).shuffle(loaded.entries)
    assert project.render(loaded) == first


def test_a_story_of_one_event_only_begins():
    assert story_arc(site_of([FIRE])) == [("How it began", FIRE)]
