"""Article -> timeline entries. One orchestrator runs the stages in order; each stage is its own module."""
from __future__ import annotations

import re
from dataclasses import replace

from builder.article import Article
from builder.ids import Ids
from builder.extract.cast import Cast, build_cast
from builder.extract.dateline import Dateline, find_dateline
from builder.extract.date_math import anchor, carried
from builder.extract.dates import find_dates, weekday_is_last_week
from builder.extract.relatives import embedded
from builder.extract.runs import PERSON_PARTICLES
from builder.extract.event_units import Unit, analyse, is_credit, pronoun_speaker
from builder.extract.events import Draft, build_drafts, merge_drafts
from builder.extract.names import Name, find_names, places_retyped, products_retyped
from builder.extract.quotes import Quote as FoundQuote
from builder.extract.quotes import find_quotes, leading_noun_phrase
from builder.extract.sentences import INTRODUCES_BLOCK, Sentence, split_sentences
from builder.extract.tense import FINITE_VERB
from builder.extract.headlines import (HEADLINE_LEADING, MAX_TITLE_CHARS, antecedent, drop_asides, fit, quote_title,
                                      reactions_title, title_from, with_subject)
from builder.extract.writing import make_id, strip_openers, summary_from
from builder.model import Entry, Quote, Source

__all__ = ["extract_article"]


def extract_article(article: Article) -> list[Entry]:
    """The timeline entries of one article, in article order, with ids unique within it."""
    paragraphs, sentences = split_sentences(_single_spaced(article.text))
    sentences, dateline = _without_dateline(sentences)
    texts = [s.text for s in sentences]
    names = places_retyped(texts, products_retyped(texts, [find_names(text) for text in texts]))
    cast = build_cast([(s.text, n) for s, n in zip(sentences, names)])
    quotes = find_quotes(paragraphs, sentences, cast, names)
    cast.quoted = frozenset(q.speaker for q in quotes if q.speaker)
    units: list[Unit] = []
    ref = None
    weekday_back = weekday_is_last_week(article.text, article.published)
    for sentence in sentences:
        if is_credit(sentence, len(paragraphs)):
            continue
        if units and units[-1].sentence.paragraph != sentence.paragraph:
            # "the third day of fighting" counts from a day of this paragraph; only a count from the time just
            # named ("five hours later", "Days before,") reaches back
            ref = carried(ref)
        unit = analyse(sentence, paragraphs[sentence.paragraph], quotes, names[sentence.index],
                       article.published, ref, resolve=cast.resolve, weekday_back=weekday_back)
        unit.speaker = unit.speaker or pronoun_speaker(unit, units[-1] if units else None, cast.resolve)
        if dateline and sentence.index == dateline[0]:
            _date_from_dateline(unit, dateline[1], article)
        ref = next((anchor(m.value) for m in unit.mentions if m.role == "point" and anchor(m.value)), ref)
        units.append(unit)
    drafts = merge_drafts(build_drafts(units, article.published), article.published)
    taken = Ids()
    return [to_entry(d, article, cast, taken, dateline) for d in drafts]


# Runs of spaces or tabs within a line. Collapsed before anything else: patterns that begin with \s+ would
# rescan a long run from each position in it (95 s for a 64,000-space run), and a source sentence's spacing
# does not matter to a reader or to finding it in the article (the site compares texts whitespace-folded).
SPACE_RUN = re.compile(r"[^\S\n]{2,}")


def _single_spaced(text: str) -> str:
    return SPACE_RUN.sub(" ", text)


def _date_from_dateline(unit: Unit, dateline: Dateline, article: Article) -> None:
    """A lead that names no day of its own happened on the day in its dateline ("KYIV, Oct 14 (Reuters) -")."""
    filed = [m for m in find_dates(dateline.text, article.published) if m.value and m.role == "point"]
    if filed and not any(m.value and m.role == "point" for m in unit.mentions):
        unit.mentions.insert(0, replace(filed[0], start=0, end=0))   # before the clause: it begins the sentence


def _without_dateline(sentences: list[Sentence]) -> tuple[list[Sentence], tuple[int, Dateline] | None]:
    """The sentences with a wire dateline cut from the first story sentence ("KYIV, Oct 14 (Reuters) - "),
    and that sentence's index with the dateline. The first line may be a headline, so two are tried."""
    firsts = [s for s in sentences if s.index == 0 or s.paragraph != sentences[s.index - 1].paragraph][:2]
    for sentence in firsts:
        found = find_dateline(sentence.text)
        if found is not None:
            cut = replace(sentence, start=sentence.start + found.end, text=sentence.text[found.end:])
            return [cut if s is sentence else s for s in sentences], (sentence.index, found)
    return sentences, None


def _entities(units: list[Unit], cast: Cast, speakers: list[str]) -> tuple[list[str], list[str], list[str]]:
    people: list[str] = []
    places: list[str] = []
    organisations: list[str] = []
    seen_sentences: set[int] = set()
    for unit in units:
        if unit.sentence.index in seen_sentences:
            continue
        seen_sentences.add(unit.sentence.index)
        for name in unit.names:
            _place_name(name, cast, people, places, organisations)
    for speaker in speakers:
        if cast.knows(speaker) or cast.variant_of(speaker):
            people.append(cast.variant_of(speaker) or speaker)
    unique = lambda items: list(dict.fromkeys(items))  # noqa: E731 - keep first-seen order
    people = [p for p in unique(people) if not _common_words_only(p, cast) and not _names_a_thing(p, cast)]
    # "Black Lotus" in an article that names "Black Lotus Communications": the company, not a person
    organisations += [p for p in people if p in cast.body_short]
    people = [p for p in people if p not in cast.body_short]
    return people, [p for p in unique(places) if p not in people], unique(organisations)


def _common_words_only(name: str, cast: Cast) -> bool:
    """A name of several words each of which the article also writes in lower case ("the use of Cluster Munitions"
    in an article on "cluster munitions") names a thing, not a person: a person's name has a word of its own."""
    words = re.findall(r"[\w'’-]+", name)
    return len(words) > 1 and all(w.lower() in cast.lower_words for w in words)


def _names_a_thing(name: str, cast: Cast) -> bool:
    """A name of three words or more ending on a word the article also writes in lower case names a thing ("Eurovision
    Song Contest", "Key Reinstallation Attack", "Thales Alenia Space"), unless the article treats it as a person: its
    last word also a name of its own ("Cosby said"), a role written with it, or a quote it speaks. (Shorter names
    keep a common first or last word: "Bill Clinton" in an article on a bill, "Condoleezza Rice" on the rice harvest.)"""
    words = name.split()
    if len(words) < 3 or name in cast.quoted or name in cast.roles or words[-1] in cast.lone_words:
        return False
    last = words[-1].lower()
    return last in cast.lower_words and last not in PERSON_PARTICLES


def _place_name(name: Name, cast: Cast, people: list[str], places: list[str], organisations: list[str]) -> None:
    if name.single:
        resolved = cast.resolve(name.text)
        if resolved:
            people.append(resolved)
            return
    if name.kind == "person":
        people.append(cast.variant_of(name.text) or name.text)
    elif name.kind == "place":
        places.append(name.text)
    elif name.kind == "organisation":
        organisations.append(cast.expand(name.text) if name.text in cast.acronyms else name.text)


def _quote(q: FoundQuote) -> Quote:
    return Quote(text=q.text, speaker=q.speaker or "unidentified speaker", role=q.role, via=q.via, partial=q.partial)


def to_entry(draft: Draft, article: Article, cast: Cast, taken: Ids,
             dateline: tuple[int, Dateline] | None = None) -> Entry:
    when = draft.when
    date = when.value or when.end or article.published.isoformat()
    quotes = list(dict.fromkeys(q for u in draft.units for q in u.quotes)) if draft.kind == "event" else []
    focus = draft.focus
    focus_quote = focus.quotes[0] if focus.quotes else None
    title = _title(draft, focus, focus_quote)
    sentences = sorted({u.sentence.index: u.sentence for u in draft.units}.values(), key=lambda s: s.index)
    people, places, organisations = _entities(draft.units, cast, [q.speaker for q in quotes if q.speaker])
    if dateline and any(u.sentence.index == dateline[0] for u in draft.units):
        filed = dateline[1]         # where the story was filed, and by whom
        # after the names of the story itself: "KYIV (Reuters) - Missiles struck Lviv" is news about Lviv
        places = list(dict.fromkeys([*places, filed.place, *([filed.region] if filed.region else [])]))
        organisations = list(dict.fromkeys([*organisations, *([filed.agency] if filed.agency else [])]))
    # The whole sentence, not the clause a title was cut from: a summary keeps the article's own words.
    summary_sentences = [focus.sentence.text] + [s.text for s in sentences if s.index > focus.sentence.index]
    return Entry(
        id=make_id(date, title, taken),
        date=date,
        time=when.time,
        approximate=when.approximate,
        end_date=when.end if when.end and when.end != date else None,
        when=when.text,
        category=draft.category,
        title=title,
        summary=summary_from(summary_sentences),
        quotes=tuple(_quote(q) for q in quotes),
        people=tuple(people),
        places=tuple(places),
        organisations=tuple(organisations),
        sources=tuple(Source(text=s.text, article=article.name) for s in sentences),
    )


DEADLINE_RUNS_OUT = "Deadline runs out: "
AUXILIARY = re.compile(r"^(?:was|were|has\s+been|have\s+been|had\s+been)\s+", re.I)


def _own_part(clause: str, date_text: str) -> str:
    """Of 'was arrested in 2019 and handed over that November', the part the date is in, with its auxiliary."""
    parts = re.split(r"\s+and\s+", clause)
    if len(parts) < 2 or not date_text:
        return clause
    own = next((i for i, part in enumerate(parts) if date_text in part), 0)
    auxiliary = AUXILIARY.match(parts[0])
    if own and auxiliary and re.match(r"[a-z]+ed\b", parts[own]):
        return auxiliary.group() + parts[own]
    return parts[own]


def _title(draft: Draft, focus: Unit, focus_quote: FoundQuote | None) -> str:
    """The entry's headline, written for the kind of event the draft is."""
    when = draft.when
    dates = [m.text for m in focus.mentions if m.role not in ("until", "offset")]
    if draft.kind == "deadline":
        title = title_from(focus.text, dates=dates)
        if len(title.split()) < 5 or title.split()[0].lower() in ("it", "he", "she", "they", "this"):
            title = f"Deadline runs out ({when.text})" if when.text else "Deadline runs out"
        elif not title.lower().startswith("deadline"):
            title = f"{DEADLINE_RUNS_OUT}{title[0].lower()}{title[1:]}"
            title = DEADLINE_RUNS_OUT + fit(title[len(DEADLINE_RUNS_OUT):], MAX_TITLE_CHARS - len(DEADLINE_RUNS_OUT))
    elif draft.kind == "aside":
        whole = focus.sentence.text          # the noun the clause hangs on may be outside a clause cut from it
        clause = next((m for m in embedded(whole) if when.text and when.text in m.group()), None)
        subject, body = _told_of(whole, clause) if clause else ("", "")
        title = title_from(f"{subject} {_own_part(body, when.text or '')}" if subject and body else focus.text,
                           dates=dates)
    elif len(draft.voices) > 1:
        title = reactions_title(draft.voices)
    elif draft.kind == "onset":
        since = re.search(r"\bsince\s+(.+?)(?:[,;.]|$)", focus.text)
        title = title_from(since.group(1) if since else focus.text, dates=dates)
        if since and not FINITE_VERB.search(since.group(1)):
            title = _span_title(focus, since.start())    # "since 2017" is a date: what has gone on since then
    else:
        narrative_only = focus.quote_only and focus_quote is not None
        clause = focus.text
        if focus.offset > 0:                # a clause cut out of its sentence: give it the subject it lacks
            clause = with_subject(focus.sentence.text, focus.offset, clause, _subject(focus.sentence.text))
        speaker = focus_quote.speaker if focus_quote else focus.speaker
        title = title_from("" if narrative_only else clause, speaker, focus_quote.text if focus_quote else None,
                           draft.category, dates, retry=focus.offset == 0)     # a clause falls back to its sentence
        if focus.offset > 0 and not FINITE_VERB.search(title):     # "before the end of June": not a clause
            title = title_from(focus.sentence.text, speaker, None, draft.category, dates)
        told = next((q for u in draft.units for q in u.quotes if q.speaker), None)
        if focus_quote is None and told is not None and INTRODUCES_BLOCK.search(focus.sentence.text):
            title = quote_title(told.speaker, told.text)     # "In a statement Peters says:" and then his words
    return title


def _span_title(focus: Unit, since: int) -> str:
    """The clause a 'since' date ends, with its subject, the date kept: 'Meles Zenawi has been Prime Minister of
    Ethiopia since 1991' (of '..., who has been Prime Minister of Ethiopia since 1991'), 'Almost 20,000 Somali
    civilians have died since 2007'."""
    whole = focus.sentence.text
    at = focus.offset + since
    clause = next((m for m in embedded(whole) if m.start() <= at < m.end()), None)
    if clause is not None:
        subject, body = _told_of(whole, clause)
        if subject and body != clause.group().strip(" ,"):
            return title_from(f"{subject} {body}")
    return title_from(focus.text)


RELATIVE_PRONOUN = re.compile(r"^\W*(?:who|which|whose|that)\s+")


def _told_of(whole: str, clause: re.Match) -> tuple[str, str]:
    """The noun a relative clause hangs on, and what the clause tells of it without its pronoun."""
    return antecedent(whole[:clause.start()]), RELATIVE_PRONOUN.sub("", clause.group().strip(" ,"))


def _subject(sentence: str) -> str:
    """The subject of a sentence's main clause, without openers or asides."""
    main = drop_asides(strip_openers(sentence, also=HEADLINE_LEADING))
    return leading_noun_phrase(main).strip(" ,")
