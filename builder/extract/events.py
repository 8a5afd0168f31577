"""Group analysed sentences into events: one entry per distinct event, not per sentence.

A sentence starts a new event when it brings its own date, a new speaker, or news of another kind;
otherwise it continues the event before it (a quote after "X said", a follow-up detail, commentary).
A sentence that tells of happenings on different days is split into one event per clause, and an
ultimatum with a time limit yields a second, `deadline` event on the day it runs out.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from builder.extract.categories import classify
from builder.extract.clauses import describe
from builder.extract.event_clauses import pieces
from builder.extract.event_dates import (Gathering, When, aside_mentions, choose_when, days_told_later, default_when,
                                         story_day, future_mentions, gathering_day, lede_when, recent_enough,
                                         referenced_when, in_the_named_year, named_happenings, recalled_in_passing,
                                         remember_happenings)
from builder.extract.dates import DateMention
from builder.extract.relatives import embedded
from builder.extract.sentences import INTRODUCES_BLOCK
from builder.extract.speech_acts import main_saying
from builder.extract.event_units import Unit, without_dates
from builder.extract.lexicon import COMMENTATOR_ROLES, NOT_NAME_WORDS, ROLE_NOUNS, SPEAKER_NOUNS
from builder.extract.names import Name
from builder.extract.tense import ACTION, DECLARATIVE, MODAL, PAST_TENSE, PRESENT_TENSE

# What a speaker's words can be besides a statement: acts of their own.
SPEECH_ACTS = frozenset({"warning", "rejection", "ultimatum", "agreement", "diplomacy"})
PRONOUN_SUBJECT = re.compile(r"^\W*(?:(?:later|also|however|but|and)\W+)*(?:he|she|they|it)\s+(?:also\s+|further\s+)?\w+",
                             re.I)
# A sentence set against the one before: "However, ...", "But ...", "Meanwhile, ...".
CONTRAST = re.compile(r"\W*(?:however|but|meanwhile|in\s+contrast|by\s+contrast|on\s+the\s+other\s+hand)\b", re.I)
# Commentary by unnamed groups: "Analysts say ...", "Critics argue ...", "Scientists have long warned ...", "Some
# claim ...".
COMMENTARY = re.compile(r"^(?:(?:some|others)\s+(?:also\s+)?(?:claim|claimed|note|noted|say|said|believe|suggest|"
                        r"suggested|speculate|speculated)\b|"
                        r"(?:some\s+|many\s+|other\s+)?(?:analysts|critics|observers|experts|scientists|"
                        r"commentators|economists|historians|academics|campaigners|rights\s+groups|"
                        r"human\s+rights\s+groups|activists|diplomats)\s+(?:\w+\s+){0,2}?"
                        r"(?:say|said|argue|argued|believe|believed|warn|warned|note|noted|fear|feared|see|saw|"
                        r"describe|described|suggest|suggested)\b)", re.I)

# A count of the dead or hurt in the attacks just told, in a sentence of its own: "224 people were wounded in the
# bombings", "Over 500 were hurt in the attacks" (corpus README: the count is the news, so casualties).
TOLL_OF_THE_ATTACKS = re.compile(r"\b\d[\d,]*\b[^.;]{0,40}?\b(?:killed|wounded|injured|hurt|died|dead)\s+"
                                 r"(?:in|during|by)\s+(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:attacks|bombings|"
                                 r"blasts|explosions|"
                                 r"strikes|airstrikes|shelling|fighting|clashes|raids)\b", re.I)


@dataclass
class Draft:
    """An event being assembled from units."""

    units: list[Unit]
    when: When
    category: str
    focus: Unit
    kind: str = "event"             # event | deadline (of an ultimatum) | onset (of a 'since') | aside (a relative clause)
    speakers: set[str] = field(default_factory=set)
    voices: list[str] = field(default_factory=list)  # who reacts, when the reactions of several are one event

    @property
    def paragraph(self) -> int:
        return self.units[-1].sentence.paragraph


def build_drafts(units: list[Unit], published: dt.date) -> list[Draft]:
    """Walk the units in order, starting a draft or continuing the current one. Events told in passing
    (relative and 'since' clauses) are kept aside, so they never become the event that later sentences continue."""
    drafts: list[Draft] = []
    side: list[tuple[int, Draft]] = []          # (number of drafts before it, draft)
    recent: list[tuple[int, str]] = []          # (paragraph, day) of events dated by their own words
    named: dict[str, str] = {}                  # happening ("explosion") -> the day the text gave it
    flat = [piece for unit in units for piece in pieces(unit)]
    chosen = [choose_when(piece, published) for piece in flat]
    gathering = gathering_day(flat[0], chosen[0], published) if flat else None
    later = days_told_later(flat, chosen)      # a lede's happening dated further down
    for position, (piece, own) in enumerate(zip(flat, chosen)):
        own = in_the_named_year(piece, own, named) or referenced_when(piece, named, published) \
            or lede_when(piece, position, later, published)
        _place_event(piece, own, drafts, recent, published, gathering, story_day(named, published))
        passing = named_happenings(piece, own or drafts[-1].when, named)     # before this clause's are noted
        recalled = recalled_in_passing(piece, own or drafts[-1].when, named, published)
        remember_happenings(piece, own, named)
        side.extend((len(drafts), extra) for extra in _extra_drafts(piece, own or drafts[-1].when, passing, recalled))
    after: dict[int, list[Draft]] = {}
    for position, extra in side:
        after.setdefault(position, []).append(extra)
    ordered: list[Draft] = []
    for i, draft in enumerate(drafts, start=1):
        ordered.append(draft)
        ordered.extend(after.get(i, ()))
    return ordered


# Words every kind of news uses: a lede and a later event sharing only these may be two happenings (a stampede, and
# a hotel that collapsed last week, both "killed" "people").
NEWS_WORDS = frozenset("""killed people least according reported officials government police about after their
there would could which where while other since years weeks months today yesterday still""".split())


def _same_topic(lede: Draft, later: Draft) -> bool:
    """Whether a later event shares a telling word with the lede (not only the words all news uses), or names
    what it tells as known ("The ultimatum was read out ..." after "... has ordered the garrison to leave")."""
    def telling(draft: Draft) -> set[str]:
        return {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]{4,}", draft.units[0].sentence.text)} - NEWS_WORDS
    known = re.match(r"\W*(?:the|this|these)\s+\w+", later.units[0].sentence.text, re.I)
    return bool(known) or bool(telling(lede) & telling(later))


def _commentator(unit: Unit) -> bool:
    roles = " ".join(q.role or "" for q in unit.quotes).lower().split()
    return any(word in COMMENTATOR_ROLES for word in roles)


def _extra_drafts(unit: Unit, when: When, passing: list[DateMention] = (),
                  recalled: list[tuple[str, str]] = ()) -> list[Draft]:
    """Events a sentence tells in passing: in a relative clause ('who took up the post last month'), in a
    'since' clause ('since the Taliban returned to power in August 2021'), or named with their day ('after the
    February 27 earthquake': `passing`, see named_happenings)."""
    extras: list[Draft] = []
    for m in aside_mentions(unit, when):
        clause = next((c for c in embedded(unit.text) if c.start() <= m.start - unit.offset < c.end()), None)
        text = clause.group().strip(" ,") if clause else m.text
        told = without_dates(text, [m], unit.offset + (clause.start() if clause else 0))
        category, _ = classify(re.sub(r"^\W*(?:who|whom|whose|which|that)\s+", "", told, flags=re.I), "", False)
        extras.append(Draft([unit], When(m.value, m.approximate, m.time, None, m.text, True), category, unit,
                            kind="aside"))
    for m in passing:
        category, _ = classify(unit.sentence.text[m.end:m.end + 40], "", False)
        extras.append(Draft([unit], When(m.value, m.approximate, m.time, None, m.text, True), category, unit,
                            kind="aside"))
    for value, text in recalled:
        category, _ = classify(re.sub(r"^\W*(?:who|which)\s+", "", text, flags=re.I), "", False)
        extras.append(Draft([unit], When(value, True, None, None, None, True, "reference"), category, unit,
                            kind="aside"))
    since = [m for m in unit.mentions if m.role in ("since", "since-clause") and m.value]
    if since and (when.value == "" or when.role != "since") and since[0].value != when.value:
        m = since[0]
        extras.append(Draft([unit], When(m.value, m.approximate, m.time, None, m.text, True, "since"), "other", unit,
                            kind="onset"))
    return extras


def _place_event(unit: Unit, own: When | None, drafts: list[Draft], recent: list[tuple[int, str]],
                 published: dt.date, gathering: Gathering | None = None, story: str | None = None) -> None:
    """Add `unit` to the current event or start a new one (two, for an ultimatum with a time limit)."""
    current = drafts[-1] if drafts else None
    if current is not None and current.kind in ("deadline", "onset", "aside") and len(drafts) > 1 and \
            (unit.quote_only or unit.continuing or unit.background):
        current = drafts[-2]                    # a quote after an ultimatum belongs to the ultimatum
    if current is not None and _continues(unit, current, own, published):
        current.units.append(unit)
        if unit.speaker:
            current.speakers.add(unit.speaker)
        if current.category in ("other", "statement") and unit.score >= 3 and not unit.quote_only \
                and not unit.speech and not unit.background:
            current.category = unit.category
        return
    time = next((m.time for m in unit.mentions if m.time), None)
    category = unit.category
    if gathering is not None and gathering.play and category in ("strike", "casualties") \
            and not DEADLY.search(unit.narrative):
        category = "other"                      # in play, "struck back" and a player "seriously injured" are sport
    future = future_mentions([m for m in unit.mentions if m.role in ("until", "point")], published)
    # An order with a time limit sets a deadline too: "ordered them back to work by 7am on Thursday", "with orders to
    # complete the probe by the end of next week".
    ordered = any(m.role == "until" for m in future) and (ORDER.search(unit.narrative)
                                                          or PLEDGED.search(unit.narrative))
    if (category in ("ultimatum", "deadline") or ordered) and future and \
            not (own and own.explicit and own.value <= published.isoformat() and category == "deadline"):
        # An ultimatum names its time limit: one event when it is issued, one when it runs out.
        past = [m for m in unit.mentions if m.value and m not in future and m.role == "point"]
        issued = When(past[0].value, past[0].approximate, past[0].time, None, past[0].text, True) if past \
            else default_when(unit, published, recent, None)
        drafts.append(Draft([unit], issued, "ultimatum" if category in ("ultimatum", "deadline") else category, unit,
                            speakers={unit.speaker} if unit.speaker else set()))
        m = future[0]
        drafts.append(Draft([unit], When(m.value, m.approximate, m.time, None, m.text, True), "deadline", unit,
                            kind="deadline"))
        return
    when = own or default_when(unit, published, recent, time, gathering, story)
    if when.role == "since" and category == "casualties":
        # "Samudio has been missing since June 4th": no toll (see event_dates.counts_up) but one loss, told from
        # when it began; a person or a craft gone missing is no count of casualties
        category = "other"
    if when.explicit and len(when.value) == 10 and when.role == "point":
        recent.append((unit.sentence.paragraph, when.value))
    drafts.append(Draft([unit], when, category, unit, speakers={unit.speaker} if unit.speaker else set()))


# A goal announced with its time limit: "has announced that the country will become carbon-neutral within a decade",
# "committed to full transition of security by the end of 2014": a deadline when the time runs out, as an order's.
# (Not "plans" or "aims", nor "reach" or "end": "Forecasters announced that the storm will reach the coast by
# Thursday" sets no one's time limit.)
PLEDGED = re.compile(r"\b(?:announced|pledged|promised|vowed|committed|set\s+a\s+(?:target|goal))\b"
                     r"[^.;]{0,80}?\b(?:will|would|to)\s+(?:\w+\s+)?(?:become|be\s+completed|complete|finish|achieve|"
                     r"withdraw|hand\s+over|transition|pull\s+out)\b", re.I)


# Words of a deadly attack, which no report of play makes sport ("bombs exploded near the finish line").
# (Not "shot", "attack" or "gun": a match report's shots, attacks and Gunners.)
DEADLY = re.compile(r"\b(?:kill(?:ed|ing|s)?|dead|died|deaths?|bomb(?:s|ed|ing|er|ers)?|explosions?|exploded|shooting|"
                    r"gunm[ae]n|gunfire|gunshots?|stabb(?:ed|ing)|rockets?|missiles?|shell(?:s|ed|ing)|grenades?|"
                    r"air\s*strikes?|terror\w*)\b", re.I)


# Words that give an order, which a time limit makes a deadline (see _place_event); "in order to" says what for, and
# "orders" with no "to" after it are goods bought ("expects more orders for the jet by the end of the year").
ORDER = re.compile(r"\b(?:ordered|orders(?=\s+(?:[\w'’-]+\s+){0,3}?to\b)|(?<!\bin\s)order\s+to|instructed|"
                   r"told\s+\w+\s+to|gave\s+\w+\s+until|demanded)\b", re.I)


def _continues(unit: Unit, current: Draft, own: When | None, published: dt.date) -> bool:
    """Whether `unit` adds to the event being assembled rather than starting another."""
    if current.kind in ("deadline", "onset", "aside") and not (unit.quote_only or unit.continuing or unit.background):
        return False
    if unit.background:
        return True                              # "She is a researcher at ...": context for the event just told
    if CONTRAST.match(unit.narrative) and unit.speech and not unit.quote_only and any(
            n.kind == "person" and n.text not in current.speakers for n in unit.names):
        return False                             # "However, Representative X said ...": another voice, its own event
    same_paragraph = unit.sentence.paragraph == current.paragraph
    near = unit.sentence.paragraph - current.paragraph <= 1
    new_voice = (unit.speaker or unit.saying) and not current.speakers and not current.focus.speech \
        and not PRONOUN_SUBJECT.match(unit.narrative)
    if unit.continuing and near and not new_voice and not _another_sayer(unit, current.focus):
        # "he added that a year ago ...": still the same statement, unless the addition is an act of its own; not
        # "President Trump also told NBC ..." after a sentence nobody said: a statement of its own
        return not (unit.category in SPEECH_ACTS and unit.category != current.category)
    if unit.saying:
        same_speaker = (unit.speaker and unit.speaker in current.speakers) or \
            (PRONOUN_SUBJECT.match(unit.narrative) and current.focus.saying) or _same_sayer(unit, current.focus)
        if not (same_speaker and near and (own is None or own.value == current.when.value)
                and not (unit.category in SPEECH_ACTS and unit.category != current.category)):
            return False                         # "Leahy said the order was ...": a statement is an event
        return True                              # "He said ...": more of the statement just told
    if own is not None and own.explicit and own.value != current.when.value:
        return False
    if own is None and _present(unit) and _long_ago(current.when):
        return False                             # "He denies any wrongdoing" after his 2011 appointment: news of now
    if unit.quote_only:
        if unit.speaker and unit.speaker not in current.speakers and _long_ago(current.when) \
                and current.when.value[:4] < str(published.year) and not current.focus.speech:
            return False                         # a named voice now, after a happening of years ago
        if near and INTRODUCES_BLOCK.search(current.units[-1].sentence.text):
            return True                          # "In a statement Peters says:" and then what he says
        if unit.speaker is None or unit.speaker in current.speakers:
            return near
        if (_commentator(unit) or (_recounts(unit) and not _official_account(unit, current, same_paragraph))) \
                and near:
            return True                          # a witness telling what happened, not news of its own
        if same_paragraph and not current.speakers and _declares_after_an_earlier_day(unit, current, published):
            return False                         # "Sheppard said, 'Our other discovery is ...'": a statement
        return same_paragraph and not current.speakers
    if COMMENTARY.match(unit.narrative.strip()) and own is None:
        return True                              # "Analysts say ...": commentary on what was just told
    strong = unit.score >= 3 and unit.category != current.category and unit.category not in ("statement", "other")
    if strong and unit.category == "casualties" and current.category in ("strike", "shelling") and same_paragraph \
            and not TOLL_OF_THE_ATTACKS.search(unit.narrative):
        strong = False                           # the toll of the attack just told, unless its count is the news
    if same_paragraph:
        if current.focus.speech and not unit.speech and (unit.score >= 3 or current.category == "statement") \
                and ACTION.search(unit.narrative):
            return False                         # "X said ... . Police used tear gas": a happening of its own
        return not strong and not (unit.speech and own is not None)
    if unit.score >= 2 or (unit.speech and unit.category in ("statement", "other")):
        return False
    return not PAST_TENSE.search(unit.narrative) or unit.score == 0 and len(unit.narrative.split()) < 12


def _same_sayer(unit: Unit, focus: Unit) -> bool:
    """Two sayings by the same sayer, named or named as known: "The researchers, however, said ..." then "The
    researchers say ...", "Colville said ..." then "Colville said ..." (not "Officials said ... Officials said ...":
    any officials)."""
    mine = _known_sayer(unit.narrative)
    return bool(mine) and focus.saying and mine == _known_sayer(focus.narrative)


def _another_sayer(unit: Unit, focus: Unit) -> bool:
    """A saying whose sentence opens on the name of its sayer, another than the one the statement being told opened
    on ("John Kerry ... stated ..." then "Philip Hammond, UK Foreign Secretary, also said ..."): "also" adds a voice,
    not more words. The same sayer by another form of the name is none ("Felizeberto Nice ... said", "Nice added")."""
    if not unit.saying:
        return False
    mine, theirs = _opening_name(unit), _sayer_words(focus)
    return bool(mine) and bool(theirs) and not (mine <= theirs or theirs <= mine)


def _sayer_words(unit: Unit) -> frozenset[str]:
    """The words of the name of who says the clause: its quote's speaker when the clause names them, else the person
    or body the clause opens on (not the one a quote opening it is about: '"Putin is lying," John Kerry said')."""
    if unit.speaker and _names(unit.text, unit.speaker):
        return frozenset(unit.speaker.split())
    return _opening_name(unit)


def _names(text: str, speaker: str) -> bool:
    """Whether `text` names the speaker: their last name as a whole word ("..., said Sheppard", not "he said")."""
    return bool(re.search(rf"\b{re.escape(speaker.split()[-1])}\b", text))


def _opening_name(unit: Unit) -> frozenset[str]:
    """The words of the person or body named at the start of the clause, if one is."""
    lead = unit.offset + len(unit.text) - len(unit.text.lstrip(" \"“'‘"))    # names count from the sentence's start
    name = next((n for n in unit.names if n.start == lead and _named(n)), None)
    return frozenset(name.text.split()) if name is not None else frozenset()


def _known_sayer(narrative: str) -> str:
    saying = main_saying(narrative)
    sayer = describe(saying[0]) if saying else None
    if not sayer or (not DEFINITE.match(saying[0]) and sayer.lower() in SPEAKER_NOUNS | ROLE_NOUNS):
        return ""
    return sayer.lower()


DEFINITE = re.compile(r"\W*the\s", re.I)


def _present(unit: Unit) -> bool:
    return bool(PRESENT_TENSE.search(unit.narrative)) and not PAST_TENSE.search(unit.narrative)


def _long_ago(when: When) -> bool:
    """A background date the article names by month or year ('in 2011', 'in December 2013')."""
    return when.explicit and when.role not in ("since", "duration") and 0 < len(when.value) < 10


def _official_account(unit: Unit, current: Draft, same_paragraph: bool) -> bool:
    """A spokesman's or an official's account, in a paragraph of its own, of a happening told without a voice
    ("Major-General X, spokesman for the military, said, 'The operation was carried out by ...'"): their statement,
    not a witness adding to the happening."""
    official = any(q.role for q in unit.quotes) and not _commentator(unit)
    return official and not same_paragraph and not current.focus.speech


def _declares_after_an_earlier_day(unit: Unit, current: Draft, published: dt.date) -> bool:
    """A voice the sentence names ('..., said Sheppard', not 'he said' or 'one resident said') declaring something
    now, after a happening its text dates to an earlier day ("... newly announced on Tuesday"): a statement of the
    day of the report, not a detail of that day's happening. Not after a month ("Protesters marched in February"):
    the quote may well be of the march."""
    named = bool(unit.speaker) and unit.speaker.split()[-1][:1].isupper() and _names(unit.narrative, unit.speaker)
    day = current.when.value
    return named and not _recounts(unit) and current.when.explicit and len(day) == 10 and day < published.isoformat()


def _recounts(unit: Unit) -> bool:
    """A quote telling past happenings ('We heard shooting ...') rather than declaring a position."""
    said = " ".join(q.text for q in unit.quotes)
    return bool(said) and bool(PAST_TENSE.search(said)) and not MODAL.search(said) and \
        not DECLARATIVE.search(said) and unit.category == "statement"


def merge_drafts(drafts: list[Draft], published: dt.date) -> list[Draft]:
    """One deadline per day; an undated opening summary joins the later event it sums up (a recent one: the lede
    is the news, not the crash of 1990 the article recalls)."""
    merged: list[Draft] = []
    deadlines: dict[str, Draft] = {}        # the first deadline of each day, not a search of all drafts
    members: dict[int, set[int]] = {}       # id(deadline) -> ids of its units: not a search of its list
    for draft in drafts:
        twin = deadlines.get(draft.when.value) if draft.category == "deadline" else None
        if twin is not None:
            held = members.get(id(twin))
            if held is None:
                held = members[id(twin)] = {id(u) for u in twin.units}
            for unit in draft.units:
                if id(unit) not in held:
                    held.add(id(unit))
                    twin.units.append(unit)
            twin.kind = "event" if "event" in (twin.kind, draft.kind) else twin.kind
            continue
        merged.append(draft)
        if draft.category == "deadline":
            deadlines.setdefault(draft.when.value, draft)
    merged = _reactions(merged)
    merged = _details_folded(merged)
    merged = _same_voice_folded(merged)
    if len(merged) > 1:
        lede = merged[0]
        if not lede.when.explicit and lede.units[0].sentence.index == 0 and len(lede.units) == 1:
            later = next((d for d in merged[1:] if d.category == lede.category and d.kind == "event"
                          and recent_enough(d.when.value, published)), None) \
                if lede.category not in ("other", "statement") else None    # a weak category sums up nothing
            # what a lede sums up is of the last day or two, or it names the same thing: not "at least 76 people
            # were killed" in last week's hotel collapse after "345 pilgrims have been killed in a stampede"
            # nor one dated from the lede's own day ("The day before, a series of bombings ..."): another day's
            if later is not None and not COUNTED_BACK.search(later.when.text or "") and \
                    (_same_topic(lede, later) or recent_enough(later.when.value, published, days=2)):
                later.units[:0] = lede.units
                merged = merged[1:]
    return merged


def _named(name: Name) -> bool:
    """A person or body the clause names: a surname alone too ("Mogale"), not a capitalised first word ("The")."""
    return name.kind in ("person", "organisation") or (name.single and name.kind == "unknown" and name.start > 0
                                                         and name.text not in NOT_NAME_WORDS)


# How many events back an undated detail may find the one it tells more of.
DETAIL_REACH = 4


def _details_folded(drafts: list[Draft]) -> list[Draft]:
    """An undated one-sentence event that is no saying is a detail of an event of the same kind on the same day told
    just before it, or a few events before about the same people ("The court justified the double sentence",
    "Other reports put the number of injured as high as 70", "The Omni Hotel also sustained damage" after the tornado
    that hit the CNN Center): one event, each sentence a source of it."""
    out: list[Draft] = []
    for draft in drafts:
        unit = draft.units[0]
        host = None
        if draft.kind == "event" and not draft.when.explicit and len(draft.units) == 1 and not unit.speech \
                and not unit.quote_only and draft.category != "statement":
            people = {n.text.split()[-1] for n in unit.names if _named(n)}
            for back, other in enumerate(reversed(out[-DETAIL_REACH:])):
                if other.kind != "event" or other.category != draft.category or other.when.value != draft.when.value \
                        or other.focus.speech:
                    continue                 # (what someone said is no happening a detail tells more of)
                if back == 0 or people & {n.text.split()[-1] for u in other.units for n in u.names if _named(n)}:
                    host = other
                    break
        if host is not None:
            host.units.append(unit)
        else:
            out.append(draft)
    return out


def _same_voice_folded(drafts: list[Draft]) -> list[Draft]:
    """Quotes by the speaker of the last statement told, further down with no other voice between, are more of it
    ('"My only thought are with the passengers," said Fernandes.' ... '"I am touched by the support," said
    Fernandes.'); a draft that also tells a saying in narrative ("Osei-Adjei denied ...") stays an event of its own."""
    out: list[Draft] = []
    last: Draft | None = None
    for draft in drafts:
        if draft.speakers and draft.category == "statement" and draft.kind == "event":
            if last is not None and draft.speakers == last.speakers and len(draft.speakers) == 1 \
                    and all(u.quote_only for u in draft.units) and draft.when.value == last.when.value \
                    and not draft.when.explicit:
                last.units.extend(draft.units)
                continue
            last = draft
        elif draft.speakers or draft.category == "statement":
            last = None                      # another voice, or a saying we cannot place, came between
        out.append(draft)
    return out


# A day counted back from the one just told: what it dates happened before the lede's happening.
COUNTED_BACK = re.compile(r"\b(?:the\s+(?:day|night|week)\s+before|(?:previous|preceding)\s+(?:day|night|week)|"
                         r"\w+\s+(?:days?|weeks?)\s+(?:earlier|before))\b", re.I)


# Words of a reaction to news: condemnation, sympathy, condolences, an offer of help.
REACTION = re.compile(r"\b(?:condemn\w*|condolences?|sympath\w+|saddened|shocked|appalled|horrified|"
                      r"thoughts\s+(?:are|were)\s+with|pray\w*|mourn\w*|solidarity|stand\s+with|"
                      r"offer\w*\s+(?:\w+\s+){0,2}(?:help|assistance|support)|sickening|outrage\w*)\b", re.I)


def _reaction(draft: Draft) -> bool:
    said = " ".join([u.sentence.text for u in draft.units[:2]])
    return draft.kind == "event" and bool(REACTION.search(said))


def _voice(draft: Draft) -> str | None:
    """Who a reaction is by: its speaker, else the first name its sentence gives."""
    focus = draft.focus
    return focus.speaker or next((n.text for n in focus.names if n.kind in ("person", "organisation")), None)


def _reactions(drafts: list[Draft]) -> list[Draft]:
    """Reactions told one after another (leaders condemning an attack, offering help) are one event: the
    reaction to the news, with each voice a source and a quote of it."""
    kept: list[Draft] = []
    for draft in drafts:
        prev = kept[-1] if kept else None
        if prev is not None and draft.when.value == prev.when.value and _reaction(prev) and _reaction(draft):
            if not prev.voices:
                prev.voices = [v for v in [_voice(prev)] if v]
            voice = _voice(draft)
            if voice and voice not in prev.voices:
                prev.voices.append(voice)
            prev.units.extend(draft.units)
            prev.speakers |= draft.speakers
            continue
        kept.append(draft)
    return kept
