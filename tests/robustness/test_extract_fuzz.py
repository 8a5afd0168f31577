"""Extraction never raises, and what it writes always passes validation, whatever the article says.

Hypothesis draws articles from a newsroom-flavoured alphabet (quotes of every kind, dates, titles,
punctuation, other scripts, control characters); a fixed list of adversarial texts covers the shapes
that break rule-based parsers. Examples are bounded so `make test` stays quick (a longer fuzz run:
FUZZ_EXAMPLES=20000 pytest tests/robustness/test_extract_fuzz.py); the timing of large inputs is
measured by bench/extract_scaling.py, not here.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder.article import Article, unprintable_text
from builder.dump import dump_entry
from builder.errors import TimelineError
from builder.extract import extract_article
from builder.loader import parse_yaml
from builder.textio import decode
from builder.validate import read_entry

WORDS = ["said", "told", "Reuters", "Kyiv", "Mariupol", "Irina", "Vereshchuk", "Mr.", "Gen.", "U.S.", "the",
         "on", "Sunday", "yesterday", "21", "March", "2022", "2022-03-20", "at", "05:00", "p.m.", "early",
         "hours", "for", "weeks", "deadline", "until", "Monday", "surrender", "killed", "(MoD)", "Ministry",
         "of", "Defence", "he", "she", "they", "added", "according", "to", "via", "Telegram", "St.", "No."]
MARKS = list("\"'“”‘’„«»‹›.,;:!?…—–-()[]{}*#_`|<>&%$@/\\\n\t ") + ["\u00a0", "\u200b", "\u202e", "\x00", "\x07",
                                                                   "\x1b", "\ufeff", "\r"]
SCRIPTS = ["Київ", "Маріуполь", "北京", "東京", "مرحبا", "שלום", "नमस्ते", "Ελλάδα", "😀", "e\u0301", "ﬁ"]
TOKENS = st.sampled_from(WORDS + MARKS + SCRIPTS) | st.text(max_size=6)
ARTICLES = st.lists(TOKENS, max_size=120).map(lambda parts: " ".join(parts))
PUBLISHED = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)) | st.sampled_from(
    [dt.date(1, 1, 1), dt.date(9999, 12, 31)])                  # the ends of the calendar an entry can carry


def article(text: str, published: dt.date = dt.date(2022, 3, 21)) -> Article:
    """The article as the command line hands it over: decoded and line ends made \\n, as textio does, and
    refused when it holds a control character, as load_article does."""
    decoded = decode(text.encode("utf-8"), "fuzz.txt")
    if unprintable_text(decoded, "fuzz.txt"):
        raise TimelineError(unprintable_text(decoded, "fuzz.txt"))
    return Article(name="fuzz", path=Path("fuzz.txt"), text=decoded, published=published)


def words(text: str) -> str:
    return " ".join(text.split())


def assert_valid(text: str, published: dt.date = dt.date(2022, 3, 21)) -> None:
    """Extract, write every entry as the builder would, read it back: no exception, no problem."""
    try:
        source = article(text, published)
    except TimelineError as err:                  # a NUL byte or a control character: the user is told
        assert "expected a text file, got binary data" in str(err) or "got the control character" in str(err)
        return
    entries = extract_article(source)
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids)), "ids must be unique within an article"
    for entry in entries:
        written = dump_entry(entry)
        node = parse_yaml(written, f"{entry.id}.yml")
        loaded, problems = read_entry(node, f"{entry.id}.yml")
        assert problems == [], "\n".join(str(p) for p in problems) + "\n" + written
        # The same entry comes back; validation strips the ends of text (a title "Said " reads as "Said").
        assert (loaded.id, loaded.date, loaded.category, len(loaded.quotes), len(loaded.sources)) == (
            entry.id, entry.date, entry.category, len(entry.quotes), len(entry.sources))
        assert [words(loaded.title), words(loaded.summary)] == [words(entry.title), words(entry.summary)]


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLES, PUBLISHED)
def test_any_article_extracts_without_error_into_valid_entries(text, published):
    assert_valid(text, published)


ADVERSARIAL = {
    "unbalanced double quote": 'Officials said: "We will never surrender. The city stands.\nIt was over.',
    "unbalanced curly quotes": "“Open ‘the corridor,” he said. ”Now“ she said «never",
    "only quotes": '"' * 500 + "“”" * 200 + "'" * 300,
    "only punctuation": ".!?…;:,—" * 400,
    "only full stops": "." * 5000,
    "one 100,000-character sentence": "word and more words " * 5000,
    "one 100,000-character word": "a" * 100_000,
    # quotes are blanked to spaces while attributing: a pattern scanning a run of spaces from every position
    # in it once made this take minutes (51 s at 32,000 characters)
    # each of these once took over a minute at 64,000 characters (found by a hunt for super-linear inputs):
    "a run of 100,000 question marks": "?" * 100_000,
    "a word, 100,000 full stops, a word": "a" + "." * 100_000 + "b",
    "one sentence of 100,000 characters of numbers": ", ".join(str(n) for n in range(20_000)),
    "one sentence of dates": "Since 2001, in March 2003, on Sunday, 12 years ago, 3 days before the vote, " * 1200,
    "a 100,000-space run inside a sentence": "Officials said" + " " * 100_000 + "four people were killed on Sunday.",
    "a 100,000-tab run before a comma": "Kyiv" + "\t" * 100_000 + ", a city (UN) said.",
    "a 100,000-character quote, then its speaker": '"' + "we will hold the line and " * 4000 + '," the statement said.',
    "many initials": "A. " * 3000,
    "many abbreviations": "Mr. Gen. St. No. U.S. " * 500,
    "quotes inside quotes": '"He said \'she said "they said \'we said\'"\'" ' * 200,
    "control characters": "\x00\x01\x02\x07\x1b\x7f Kyiv said \x0b\x0c on Sunday \x85\u2028\u2029",
    "mixed scripts": "Київ said on Sunday: «北京 مرحبا שלום» — नमस्ते said Ελλάδα 😀 yesterday.",
    "right-to-left override": "\u202eSunday on killed were people four, said officials\u202c.",
    "dates everywhere": "On 31 February 2022, on 2022-13-45, on Sunday, yesterday, for weeks, at 25:99. " * 50,
    "huge numbers": "At least 99999999999999999999999 people were killed on 99999999 March 99999.",
    "blank lines only": "\n\n   \n\t\n",
    "a single letter": "a",
    "said with no speaker": "said. said, said: “said.” " * 200,
    "acronyms without end": "The Big Red Ministry Of Things And Stuff " * 300 + "(BRMOTAS)",
    "caps run": "Alpha Beta Gamma Delta " * 2000,
    "windows line ends": "Officials said on Sunday that four people were killed.\r\n\r\nKyiv said it was shelled.\r\n",
    "emoji and combining marks": "👩‍👩‍👧 e\u0301\u0301\u0301 said “🙂” on Monday. " * 100,
}


@pytest.mark.parametrize("text", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
def test_adversarial_article_extracts_without_error_into_valid_entries(text):
    assert_valid(text)


EXTREME_DATES = "The city was founded 3000 years ago. It fell 1000000 days ago. In March 0000 it began within two days. " \
                "Yesterday it was over; tomorrow it starts; next year it ends; at the end of March 0000 it stops."


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(2022, 3, 21), dt.date(9999, 12, 31)])
def test_dates_beyond_the_calendar_give_valid_entries_at_its_ends(published):
    assert_valid(EXTREME_DATES, published)
