"""A story told by two real articles, as a newsroom would have it: the Egypt protests of 2011 (tests/stories, English
Wikinews, CC BY 2.5) extracted oldest first with `python -m builder extract`, then edited as editors would: a later
entry marked as contradicting an earlier one, a duplicate marked `same_as`, and a names file that merges, retypes
and drops names. Entries are picked by what they are (the toll with a history, the article's lead), never by id,
so the fixture follows the extractor as it improves; `check_story_site` then reads a built site, whatever engine
built it, and says what is missing."""
from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import yaml

from builder.cli import main
from builder.render.links import slug_for
from dom import dom

ROOT = Path(__file__).resolve().parents[2]
STORY = ROOT / "tests" / "stories" / "egypt-protests-2011"
TITLE = "Egypt's protests: Mubarak, the army and the Internet shutdown"
DESCRIPTION = "How protests in Cairo and across Egypt grew from 28 January to 1 February 2011."
# Written by the editors: markup in a name stays a name.
NAMES = """\
- name: Hosni Mubarak
  kind: person
  aliases: [President Mubarak, Mubarak <b>the president</b>]
- name: Al Jazeera
  kind: organisation
- name: Downtown
  kind: none
"""


@dataclass(frozen=True)
class Story:
    """The project folder and the entries the checks look at (ids as the extractor wrote them)."""

    root: Path
    articles: tuple[str, str]          # oldest first
    toll: str                          # an entry whose figures have a history across the two articles
    reviser: str                       # the lead of the second article, marked as contradicting ...
    revised: str                       # ... the lead of the first
    alias: str                         # an entry marked same_as ...
    target: str                        # ... this one
    renamed: str                       # the entry whose names the editors wrote by hand


def _entries(timeline: Path) -> dict[str, dict]:
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(timeline.glob("*.yml"))
            if p.name != "names.yml"}


def _write(timeline: Path, data: dict) -> None:
    (timeline / f"{data['id']}.yml").write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True),
                                                 encoding="utf-8")


def _lead(entries: dict[str, dict], article: str, records: Path) -> str:
    """The entry built from the first sentence of `article` any entry cites (the event it leads with)."""
    sentences = [s["text"] for s in yaml.safe_load((records / f"{article}.yml").read_text(encoding="utf-8"))["sentences"]]
    def first(entry: dict) -> int:
        found = [i for s in entry.get("sources", []) if s.get("article") == article
                 for i, text in enumerate(sentences) if " ".join(s["text"].split()) in " ".join(text.split())]
        return min(found, default=len(sentences))
    return min(entries, key=lambda i: (first(entries[i]), i))


def make_story(folder: Path) -> Story:
    """The edited story project in `folder` (mkdocs.yml, docs/, seeds/, timeline/)."""
    (folder / "seeds").mkdir(parents=True)
    for path in sorted(STORY.glob("wn-*")):
        shutil.copy(path, folder / "seeds" / path.name)
    here = Path.cwd()
    os.chdir(folder)
    try:
        assert main(["extract", "--out", "timeline"]) == 0
    finally:
        os.chdir(here)
    timeline = folder / "timeline"
    articles = tuple(sorted(p.stem for p in (folder / "seeds").glob("*.txt")))
    entries = _entries(timeline)
    toll = next(i for i, e in entries.items()
                if len({f["article"] for f in e.get("figures", []) if f["measure"] == "killed"}) == 2)
    reviser, revised = _lead(entries, articles[1], timeline / "articles"), _lead(entries, articles[0], timeline / "articles")
    assert reviser != revised, "the second article's lead should be an event of its own"
    only_second = [i for i, e in entries.items() if {s["article"] for s in e["sources"]} == {articles[1]}
                   and i not in (reviser, toll)]
    alias, renamed = only_second[-1], only_second[0]
    entries[reviser]["revises"] = [{"id": revised, "kind": "contradicts"}]
    entries[alias]["same_as"] = toll
    entries[renamed]["people"] = ["President Mubarak", "Al Jazeera"]
    entries[renamed]["places"] = ["Downtown", "Cairo"]
    for entry_id in (reviser, alias, renamed):
        _write(timeline, entries[entry_id])
    (timeline / "names.yml").write_text(NAMES, encoding="utf-8")
    shutil.copytree(ROOT / "docs", folder / "docs")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"(?m)^site_name:.*$", lambda _: f"site_name: {json.dumps(TITLE)}", config)
    config = re.sub(r"(?m)^site_description:.*$", lambda _: f"site_description: {json.dumps(DESCRIPTION)}", config)
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")
    return Story(folder, articles, toll, reviser, revised, alias, toll, renamed)


# --- reading the built site ----------------------------------------------------------------------------------

def html_file(site: Path, url: str) -> Path:
    return site / url / "index.html" if url.endswith("/") or not url else site / url


def resolve(site: Path, page_url: str, href: str) -> tuple[Path, str]:
    """The file and anchor a relative link on the page at `page_url` ('timeline/') leads to, as a browser resolves
    it on a site served at the root of its address."""
    url = urljoin(f"http://site/{page_url}", href)
    path, _, anchor = url.removeprefix("http://site/").partition("#")
    return html_file(site, path), anchor


def dead_links(site: Path, page_url: str, root) -> list[str]:
    """Links inside the page's article that lead to no page, or to no element with their anchor."""
    article = root.find("article") or root
    missing = []
    for link in article.find_all("a"):
        href = link.attrs.get("href") or ""
        if not href or href.startswith(("http:", "https:", "mailto:")) or link.attrs.get("class") == "headerlink":
            continue
        target, anchor = resolve(site, page_url, href)
        if not target.is_file():
            missing.append(f"/{page_url}: {href} leads to no page")
        elif anchor and dom(target.read_text(encoding="utf-8")).by_id(anchor) is None:
            missing.append(f"/{page_url}: {href} leads to no #{anchor}")
    return missing


def check_story_site(site: Path, story: Story) -> list[str]:
    """What a reader of the story's site would miss: empty when everything issue 13 promises is there."""
    timeline_yaml = _entries(story.root / "timeline")
    titles = {a: yaml.safe_load((story.root / "timeline" / "articles" / f"{a}.yml").read_text(encoding="utf-8"))["title"]
              for a in story.articles}
    missing: list[str] = []
    timeline = dom(html_file(site, "timeline/").read_text(encoding="utf-8"))
    shown = {li.find("h3").attrs["id"]: li for li in timeline.find_all("li", cls="tl-entry")}
    if set(shown) != set(timeline_yaml) - {story.alias}:
        missing.append(f"timeline/: shows {sorted(set(shown) ^ (set(timeline_yaml) - {story.alias}))} wrongly")
    # same_as: the alias is not shown, its id leads to the entry it names, which carries its sources too
    anchor = timeline.by_id(story.alias)
    if anchor is None or shown.get(story.target) not in anchor.ancestors():
        missing.append(f"timeline/#{story.alias}: not an anchor inside {story.target}")
    for entry_id, li in shown.items():
        sources = timeline_yaml[entry_id]["sources"] + (timeline_yaml[story.alias]["sources"]
                                                      if entry_id == story.target else [])
        articles = sorted({s["article"] for s in sources}, key=story.articles.index)
        reported = li.find("span", cls="tl-reported")
        expected = f"Reported by {len(articles)} source{'s' * (len(articles) != 1)}"
        if reported is None or reported.text() != expected:
            missing.append(f"{entry_id}: no '{expected}' (found {reported and reported.text()!r})")
        cited = [c.text() for c in li.find("p", cls="tl-sources").find_all("cite")]
        if cited != [titles[a] for a in articles]:
            missing.append(f"{entry_id}: sources {cited}, expected {[titles[a] for a in articles]} (oldest first)")
    missing += dead_links(site, "timeline/", timeline)
    # the toll's history: latest value first, dated, its words linked to the sentence; earlier values beneath
    figures = shown[story.toll].find("ul", cls="tl-figure-histories")
    killed = next((li for li in (figures.find_all("li", cls="tl-figure-history") if figures else [])
                   if li.text().startswith("Killed:")), None)
    if killed is None:
        missing.append(f"{story.toll}: no history of the killed")
    else:
        earlier = killed.find("ul", cls="tl-figure-earlier")
        latest = killed.text()[:len(killed.text()) - len(earlier.text()) if earlier else None]
        if "Killed: 100, reported 1 February 2011" not in latest:
            missing.append(f"{story.toll}: latest value shown as {latest!r}")
        if earlier is None or "at least 18, reported 28 January 2011" not in earlier.text():
            missing.append(f"{story.toll}: earlier value shown as {earlier and earlier.text()!r}")
        for link in killed.find_all("a"):
            target, sentence = resolve(site, "timeline/", link.attrs["href"])
            words = link.text().strip("“”")
            node = dom(target.read_text(encoding="utf-8")).by_id(sentence) if target.is_file() else None
            if node is None or words not in node.text():
                missing.append(f"{story.toll}: {link.attrs['href']} does not lead to the words {words!r}")
    # revisions, both ways
    for entry_id, other, words in ((story.reviser, story.revised, "Contradicts"),
                                   (story.revised, story.reviser, "Contradicted by")):
        line = shown[entry_id].find("p", cls="tl-revisions")
        if line is None or words not in line.text() or not any(
                a.attrs["href"].endswith(f"#{other}") for a in line.find_all("a")):
            missing.append(f"{entry_id}: no '{words}' link to {other}")
    # What changed: newest day first, the revision linked to both entries, the toll's change
    changes = dom(html_file(site, "changes/").read_text(encoding="utf-8"))
    days = [h.text().rstrip("¶") for h in changes.find_all("h2")]
    if days[:2] != ["Tuesday 1 February 2011"] + days[1:2] or len(days) != 1:
        missing.append(f"changes/: days {days}, expected ['Tuesday 1 February 2011']")
    items = [li for li in changes.find_all("li") if li.find("a") is not None and "md-nav__item" not in li.classes]
    revision = [li for li in items if {f"#{story.reviser}", f"#{story.revised}"}
                <= {"#" + a.attrs["href"].partition("#")[2] for a in li.find_all("a")}]
    if not revision or "contradicts" not in revision[0].text():
        missing.append("changes/: no line linking the contradiction to both entries")
    if not any(li.text().startswith("Killed now 100 (was at least 18 on 28 January 2011)") for li in items):
        missing.append("changes/: no line for the toll's change")
    missing += dead_links(site, "changes/", changes)
    # names: merged under one page that lists its aliases; an alias's own address leads there; retyped; dropped
    person = html_file(site, "people/hosni-mubarak/")
    page = dom(person.read_text(encoding="utf-8")) if person.is_file() else None
    aliases = page.find("p", cls="tl-aliases") if page else None
    if aliases is None or aliases.text() != "Also written as: President Mubarak, Mubarak <b>the president</b>":
        missing.append(f"people/hosni-mubarak/: aliases shown as {aliases and aliases.text()!r}")
    if page is not None and not any(a.attrs.get("href", "").endswith(f"#{story.renamed}") for a in page.find_all("a")):
        missing.append(f"people/hosni-mubarak/: no link to {story.renamed}, which names 'President Mubarak'")
    lead = html_file(site, "people/president-mubarak/")
    if not lead.is_file() or person not in {resolve(site, "people/president-mubarak/", a.attrs.get("href", ""))[0]
                                            for a in dom(lead.read_text(encoding="utf-8")).find("article").find_all("a")}:
        missing.append("people/president-mubarak/: no page leading to people/hosni-mubarak/")
    names = shown[story.renamed].find("p", cls="tl-names")
    targets = [resolve(site, "timeline/", a.attrs["href"])[0].relative_to(site).parent.as_posix()
               for a in (names.find_all("a") if names else [])]
    if "organisations/al-jazeera" not in targets or "people/hosni-mubarak" not in targets or any(
            "downtown" in t or "people/al-jazeera" in t for t in targets):
        missing.append(f"{story.renamed}: names link to {targets}")
    if html_file(site, "places/downtown/").exists() or html_file(site, "people/al-jazeera/").exists():
        missing.append("a page for a name the names file drops or retypes")
    # the home page: the story's title, key figures once per measure and dated, what the newest article added
    home = dom(html_file(site, "").read_text(encoding="utf-8"))
    if TITLE not in home.find("h1").text():
        missing.append(f"/: title {home.find('h1').text()!r}")
    figures = [p.find("strong").text() for p in home.find_all("p", cls="tl-figure")]
    measures = [f.split(" ", 1)[1] if not f.startswith(("at least", "more than")) else f.split(" ", 2)[2]
                for f in figures]
    if "100 killed" not in figures or len(measures) != len(set(measures)):
        missing.append(f"/: key figures {figures}")
    if not all(" as of " in p.text() for p in home.find_all("p", cls="tl-figure")):
        missing.append("/: a key figure without its day")
    since = home.by_id("new-since-28-january-2011")
    if since is None:
        missing.append("/: no 'New since 28 January 2011'")
    missing += dead_links(site, "", home)
    evil = f"people/{slug_for('Mubarak <b>the president</b>')}/"
    if not html_file(site, evil).is_file():
        missing.append(f"/{evil}: no page for the alias 'Mubarak <b>the president</b>'")
    for url in ("", "timeline/", "changes/", "people/hosni-mubarak/", "people/president-mubarak/", evil):
        root = dom(html_file(site, url).read_text(encoding="utf-8"))
        if root.find("b") is not None:
            missing.append(f"/{url}: markup from the YAML became an element")
    return missing
