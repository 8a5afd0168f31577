"""Deterministic synthetic timelines: a running story of N entries, with the seed articles they cite.

Realistic in the ways that cost a build something: ~60-word summaries made of real news sentences (from
the test corpus, numbers varied, so the text compresses like news prose), 0-2 quotes, people, places and
organisations drawn from fixed pools with a long-tailed (Zipf) popularity, a few spans, approximate dates
and clock times, and sources quoting sentences of synthetic seed articles (one round-up article per month
of the story), so source pages and sentence links are exercised. Same `n` and `seed`, same bytes.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import random
import re
from dataclasses import dataclass
from pathlib import Path

from builder.article import load_article
from builder.cli import sentences_of
from builder.records import write_record
from builder.dump import dump_entry
from builder.extract.sentences import split_sentences
from builder.model import CATEGORIES, Entry, Quote, Source

START = dt.date(2022, 2, 24)
ENTRIES_PER_DAY = 10            # a busy running story: 1,000 entries span about 100 days
PEOPLE, PLACES, ORGANISATIONS = 200, 120, 60
ROOT = Path(__file__).resolve().parent.parent
PLACES_TSV = ROOT / "builder" / "extract" / "data" / "places.tsv"
CORPUS = ROOT / "tests" / "corpus"

FIRST = ("Olena Irina Mykola Andriy Oksana Serhiy Tetiana Vitaliy Yulia Dmytro Natalia Petro Kateryna Oleksiy "
         "Maria Ivan Anna Pavlo Sofia Taras Hanna Bohdan Larysa Roman Daria Yuriy Svitlana Maksym Alina Viktor "
         "James Sarah Ahmed Fatima Carlos Ana Kenji Amara Lukas Ingrid").split()
LAST = ("Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Oliynyk Shevchuk Polishchuk Lysenko Marchenko "
        "Rudenko Savchenko Petrenko Moroz Hrytsenko Melnyk Boyko Koval Tkachuk Karpenko Pavlenko Kuzmenko "
        "Levchenko Klymenko Vasylenko Harris Okafor Haddad Moreau Tanaka Lindqvist Costa Novak Brennan").split()
ROLES = ("Deputy Prime Minister", "the city's mayor", "regional governor", "Defence Ministry spokesperson",
         "head of the military administration", "Foreign Minister", "a senior adviser to the president",
         "the UN's humanitarian coordinator", "a Red Cross spokesperson", "an aid worker", "a local resident",
         "police chief", "prosecutor general", "the health minister", "an army commander")
ORG_FORMS = ("Ministry of {}", "{} Red Cross", "{} Rescue Service", "{} Council", "{} Press Agency",
             "{} Energy Company", "{} Human Rights Watch", "{} Relief Fund")
ORG_WORDS = ("Defence", "Health", "Foreign Affairs", "Energy", "Justice", "Interior", "Emergency Situations",
             "Infrastructure", "Social Policy", "Northern", "Southern", "Eastern", "Western", "National",
             "Regional", "International")
VIA = ("a Telegram post", "Reuters", "a televised address", "a Facebook post", "Ukrainska Pravda", "the BBC",
       "a press conference", "a video statement")
CATEGORY_WEIGHTS = (2, 1, 1, 1, 8, 8, 5, 5, 3, 7, 4, 2, 3, 2)   # same order as model.CATEGORIES

NUMBER = re.compile(r"\d+")
QUOTE_MARKS = str.maketrans("", "", '"“”‘’')


@dataclass(frozen=True)
class Pools:
    """Names the story draws on, and each person's role."""

    people: tuple[str, ...]
    places: tuple[str, ...]
    organisations: tuple[str, ...]
    roles: dict[str, str]


def zipf_weights(n: int) -> list[float]:
    """A long tail: the first names turn up often, the last rarely (as in any running story)."""
    return [1 / (rank + 1) for rank in range(n)]


def make_pools(rng: random.Random) -> Pools:
    people = sorted({f"{f} {l}" for f in FIRST for l in LAST})
    rng.shuffle(people)
    people = people[:PEOPLE]
    places = list(city_names()[:PLACES])
    orgs = sorted({form.format(word) for form in ORG_FORMS for word in ORG_WORDS})
    rng.shuffle(orgs)
    return Pools(tuple(people), tuple(places), tuple(orgs[:ORGANISATIONS]),
                 {p: rng.choice(ROLES) for p in people})


def city_names() -> tuple[str, ...]:
    """Real city names from the gazetteer, largest first; only cities with a single name (alternative
    spellings of one city share its population), so the pool reads like a news story's places."""
    rows = [line.split("\t") for line in PLACES_TSV.read_text(encoding="utf-8").splitlines()[1:]]
    cities = [(int(pop), name) for name, kind, pop in rows if kind == "city"]
    count: dict[int, int] = {}
    for pop, _ in cities:
        count[pop] = count.get(pop, 0) + 1
    return tuple(name for pop, name in sorted(cities, key=lambda c: (-c[0], c[1])) if count[pop] == 1)


def pick(rng: random.Random, pool: tuple[str, ...], k: int) -> tuple[str, ...]:
    """k distinct names, popular ones more often."""
    chosen: list[str] = []
    weights = zipf_weights(len(pool))
    while len(chosen) < k:
        name = rng.choices(pool, weights)[0]
        if name not in chosen:
            chosen.append(name)
    return tuple(chosen)


@functools.cache
def corpus_sentences() -> tuple[str, ...]:
    """Sentences of real news articles (tests/corpus and seeds/, ~670 of 8-40 words): the text of the
    synthetic entries, so that it compresses like prose (a phrase grammar gave a search index gzip shrank 7×,
    news prose shrinks 2.5-3×: the gzipped size per entry is only meaningful with real text)."""
    found = []
    for path in sorted(CORPUS.glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt")):
        found += [s.text for s in split_sentences(path.read_text(encoding="utf-8"))[1]]
    return tuple(dict.fromkeys(s for s in found if 8 <= len(s.split()) <= 40))


def news_sentence(rng: random.Random) -> str:
    """A corpus sentence with its numbers changed, so the same sentence rarely repeats byte for byte."""
    return NUMBER.sub(lambda m: str(rng.randint(2, 999)), rng.choice(corpus_sentences()))


def summary_text(rng: random.Random) -> tuple[str, str]:
    """(~60-word summary, its first sentence): news sentences until about 60 words."""
    sentences = [news_sentence(rng)]
    while sum(len(s.split()) for s in sentences) < 52 and len(sentences) < 4:
        sentences.append(news_sentence(rng))
    return " ".join(sentences), sentences[0]


@dataclass(frozen=True)
class Story:
    """A synthetic timeline and its seed articles."""

    entries: list[Entry]
    articles: dict[str, tuple[str, dt.date, str]]   # name -> (title, published, text)


def article_name(day: dt.date) -> str:
    return f"roundup-{day:%Y-%m}"


def make_entry(rng: random.Random, pools: Pools, index: int, day: dt.date) -> tuple[Entry, str]:
    """One entry, and the article sentence it is built from."""
    places = pick(rng, pools.places, rng.choice((0, 1, 1, 1, 2)))
    people = pick(rng, pools.people, rng.choice((0, 1, 1, 2, 2, 3)))
    orgs = pick(rng, pools.organisations, rng.choice((0, 0, 1, 1, 2)))
    category = rng.choices(CATEGORIES, CATEGORY_WEIGHTS)[0]
    summary, source = summary_text(rng)
    quotes = tuple(Quote(news_sentence(rng).translate(QUOTE_MARKS), speaker,
                         pools.roles[speaker] if rng.random() < .7 else None,
                         rng.choice(VIA) if rng.random() < .3 else None, rng.random() < .05)
                   for speaker in pick(rng, pools.people, rng.choice((0, 0, 0, 1, 1, 2))))
    words = source.split()[:9]
    title = " ".join(words).rstrip(",.")
    date, end, approximate, time, when = day.isoformat(), None, False, None, None
    roll = rng.random()
    if roll < .02:
        date, approximate, when = day.isoformat()[:7], True, "for weeks"
        end = day.isoformat()
    elif roll < .04:
        end = (day + dt.timedelta(days=rng.randint(1, 5))).isoformat()
    if rng.random() < .3:
        time = rng.choice(("05:00", "early hours", "afternoon", "22:30", "evening"))
    if rng.random() < .2:
        when = when or rng.choice(("on Sunday", "yesterday", "overnight", "this morning"))
    slug = "-".join(w.lower().strip(",.") for w in words[:7])
    slug = "".join(c if c.isalnum() and c.isascii() else "-" for c in slug).strip("-")
    slug = "-".join(filter(None, slug.split("-")))
    entry_id = f"{date}-{slug}-{index}"
    entry = Entry(id=entry_id, date=date, category=category, title=title, summary=summary, time=time,
                  approximate=approximate, end_date=end, when=when, quotes=quotes,
                  people=people, places=places, organisations=orgs,
                  sources=(Source(source, article=article_name(day)),))
    return entry, source


def make_story(n: int, seed: int = 6) -> Story:
    """`n` entries, about ENTRIES_PER_DAY a day from START, and one round-up article per month."""
    rng = random.Random(seed)
    pools = make_pools(rng)
    days = max(1, n // ENTRIES_PER_DAY)
    entries: list[Entry] = []
    sentences: dict[str, list[str]] = {}
    for i in range(n):
        day = START + dt.timedelta(days=rng.randrange(days))
        entry, source = make_entry(rng, pools, i, day)
        entries.append(entry)
        sentences.setdefault(article_name(day), []).append(source)
    articles = {}
    for name, lines in sorted(sentences.items()):
        year, month = (int(x) for x in name.removeprefix("roundup-").split("-"))
        published = dt.date(year, month, calendar.monthrange(year, month)[1])
        # Five cited sentences to a paragraph, and one that no entry cites, as a round-up reads.
        paragraphs = [" ".join(lines[i:i + 5] + [news_sentence(rng)]) for i in range(0, len(lines), 5)]
        articles[name] = (f"Round-up: {calendar.month_name[month]} {year}", published, "\n".join(paragraphs) + "\n")
    return Story(entries, articles)


def write_story(story: Story, folder: Path) -> None:
    """timeline/<id>.yml and seeds/<name>.txt + .yml under `folder` (which must be empty or new)."""
    (folder / "timeline").mkdir(parents=True, exist_ok=True)
    (folder / "seeds").mkdir(exist_ok=True)
    for entry in story.entries:
        (folder / "timeline" / f"{entry.id}.yml").write_text(dump_entry(entry), encoding="utf-8")
    for name, (title, published, text) in story.articles.items():
        (folder / "seeds" / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / "seeds" / f"{name}.yml").write_text(f"title: '{title}'\npublished: {published}\n", encoding="utf-8")
        # The site reads the article records extract writes, not seeds/: write them as extract would.
        write_record(folder / "timeline", load_article(folder / "seeds" / f"{name}.txt"), sentences_of)
