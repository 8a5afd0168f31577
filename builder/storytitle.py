"""Whether the site's title and description are this story's, or still another's (a template's, the last story's).

The story's title and description are set in one place, mkdocs.yml's `site_name` and `site_description` (every page,
the home page, the feed and search engines' snippets take them from there). A title is another story's when none of
its significant words (not a function word, not a word any site title uses: "timeline", "explainer") occurs in any
entry or article record of the timeline; a description when none of the names it gives (words it capitalises inside
a sentence) does. "Mariupol refuses to surrender" over a timeline of Mumbai articles is another story's; "Timeline"
or "What happened, who said what" name no story and are left alone."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from yaml.nodes import MappingNode, ScalarNode

from builder.config import read_config
from builder.errors import Problem, TimelineError
from builder.model import Entry, SourceArticle
from builder.textio import display_path

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Words that name no story: function words, and the words of any explainer site's title or tagline.
STOP = frozenset("""a an the and or but nor of in on at to for from by with into onto over under after before
since until about against between during as than that this these those is are was were be been being has have had
do does did will would can could should may might must not no its it his her their our your my we you they he she
who what when where why how which each every all any some more most other new""".split())
GENERIC = frozenset("""timeline timelines explainer explainers explained story stories news live latest update
updates events event coverage special report reports reporting site page happened happening said says claim claims
comes came day days week weeks guide background overview key figures source sources""".split())


def words(value: str) -> list[str]:
    """The words of a text, lowercase, without a possessive 's ("Egypt's" is Egypt)."""
    return [w.lower().replace("’", "'").removesuffix("'s") for w in WORD.findall(value)]


def significant(value: str) -> list[str]:
    """The words of a title that could only be about a story (in order, once each)."""
    return list(dict.fromkeys(w for w in words(value) if len(w) >= 3 and w not in STOP and w not in GENERIC))


def names_in(value: str) -> list[str]:
    """The words a description capitalises inside a sentence: the names it gives ('What happened in Kyiv' -> kyiv)."""
    found = []
    for sentence in re.split(r"[.!?:;]\s+", value):
        tokens = WORD.findall(sentence)
        found += [w for t, w in zip(tokens[1:], words(" ".join(tokens[1:]))) if t[0].isupper() and w not in STOP | GENERIC]
    return list(dict.fromkeys(found))


def story_texts(entries: list[Entry], articles: Iterable[SourceArticle]) -> Iterator[str]:
    """Everything the timeline says, entries first (where a story's words are found soonest)."""
    for entry in entries:
        yield " ".join((entry.title, entry.summary, *entry.people, *entry.places, *entry.organisations))
    for entry in entries:
        yield " ".join([q.text for q in entry.quotes] + [s.text for s in entry.sources])
    for article in articles:
        yield article.title
        yield " ".join(s.text for s in article.sentences)


def word_pattern(wanted: list[str]) -> re.Pattern[str]:
    """Any of the words as a whole word, in any case, singular or plural ('attacks' finds 'attack', and the reverse)."""
    stems = sorted({w[:-1] if w.endswith("s") and len(w) > 3 else w for w in wanted}, key=len, reverse=True)
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, stems)) + r")(?:s|es)?(?![^\W\d_])", re.I)


def occurring(wanted: list[str], texts: Iterable[str]) -> bool:
    """Whether any of the wanted words occurs in the texts (stops at the first found; one pattern, no tokenising,
    so a title found nowhere costs one pass over the timeline's text)."""
    pattern = word_pattern(wanted)
    return any(pattern.search(value.replace("’", "'")) for value in texts)


def _position(config: Path | None, key: str) -> tuple[int, int]:
    try:
        node = read_config(config)[1] if config else None
    except TimelineError:
        return 0, 0
    if isinstance(node, MappingNode):
        for k, v in node.value:
            if isinstance(k, ScalarNode) and k.value == key:
                return v.start_mark.line + 1, v.start_mark.column + 1
    return 0, 0


def foreign_title(site_name: str, site_description: str, entries: list[Entry], articles: list[SourceArticle],
                  config: Path | None) -> list[Problem]:
    """A warning for a title or description that looks like another story's (none for an empty timeline)."""
    if not entries and not articles:
        return []
    shown = display_path(config) if config else "mkdocs.yml"
    problems = []
    for key, value, wanted, what in (("site_name", site_name, significant(site_name), "words"),
                                     ("site_description", site_description, names_in(site_description), "names")):
        if wanted and not occurring(wanted, story_texts(entries, articles)):
            line, column = _position(config, key)
            problems.append(Problem(shown, line, column, key, (
                f"expected this story's {'title' if key == 'site_name' else 'description'}, got {value!r}, none of "
                f"whose {what} ({', '.join(wanted)}) occurs in any entry or article of the timeline (another "
                f"story's?); write this story's in mkdocs.yml's {key}")))
    return problems
