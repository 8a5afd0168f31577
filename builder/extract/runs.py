"""Capitalised words grouped into candidate names: tokens (with particles, initials and possessives), runs of
adjacent ones joined by connectors, and the cuts a run needs before names.py says what each part names."""
from __future__ import annotations

import re
from dataclasses import dataclass

from builder.extract.lexicon import (DEMONYMS, NOT_NAME_WORDS, ORG_WORDS, PLACE_WORDS, THING_WORDS, TITLE_WORDS,
                                     VENUE_WORDS)
from builder.extract.places import place_kind

# A word that can be part of a name: Capitalised, ALLCAPS, hyphenated (Boutros-Ghali), with Arabic and
# European particles (al-Sadr, bin Salman) and initials (J.).
NAME_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|(?:(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|ben|bint)-)?[A-ZÀ-ÖØ-ÞČĆĐŁŃŐŚŞŠŢŰŹŻŽİĞ][\w’'.-]*\w|[A-Z]\.?")
# (capitals with accents too: "Íngrid Betancourt", "Łukasz", "Şahin")
CONNECTORS = frozenset({"of", "for", "and", "the", "de", "du", "da", "del", "della", "di", "van", "von", "der",
                        "bin", "ibn", "al", "el", "la", "le", "&", "dos", "das"})
PERSON_PARTICLES = frozenset({"bin", "ibn", "al", "el", "de", "da", "del", "di", "van", "von", "der", "dos", "das",
                              "du", "la", "le", "abu", "bint"})
ABBREVIATED_TITLES = frozenset("Dr Gen Col Lt Sgt Capt Cpl Maj Adm Brig Cmdr Gov Sen Rep Rev Prof Mr Mrs Ms St Insp "
                               "Supt Det Pte Fr".split())
ACRONYM = re.compile(r"^(?:[A-Z]{2,}(?:-[A-Z]{2,})?|(?:[A-Z]\.){2,})$")
# Capitalised compounds that are adjectives, not names: "Ottawa-born Khadr", "US-based rights group".
COMPOUND_ADJECTIVE = re.compile(r"-(?:born|based|led|backed|owned|run|funded|controlled|held|dominated|style|bound|"
                                r"linked|allied|affiliated|made|speaking|majority|era|inspired|sponsored)$", re.I)
# Plural party names before a list of people: "Republicans John McCain and Lindsey Graham".
PARTY_PLURALS = frozenset({"Republicans", "Democrats", "Socialists", "Conservatives", "Liberals", "Greens",
                           "Communists", "Senators"})
# Capitalised function words: inside a run they end it ("Regina Ip | In the ...", a heading run into the text).
FUNCTION_CAPITALS = frozenset("In On At By From With During After Before While When The But".split())


@dataclass(frozen=True)
class Token:
    """A capitalised word of a sentence: offsets, the word without a possessive, whether one followed."""

    start: int
    end: int
    text: str
    possessive: bool


def tokens(text: str) -> list[Token]:
    found = []
    for m in NAME_TOKEN.finditer(text):
        word = m.group()
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-’'"):
            continue
        if COMPOUND_ADJECTIVE.search(word):
            continue                                      # "Ottawa-born", "US-based", "Moor-dominated"
        possessive = bool(re.match(r"['’]s?\b", text[m.end():m.end() + 2])) or word.endswith(("'s", "’s"))
        word = re.sub(r"['’]s$", "", word).rstrip(".") if not ACRONYM.match(word) else word
        found.append(Token(m.start(), m.start() + len(word), word, possessive))
    return found


def candidate_runs(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Group adjacent capitalised words, joined by connectors such as 'of' or 'and', into candidate names."""
    runs: list[list[Token]] = []
    for tok in tokens:
        last = runs[-1][-1] if runs else None
        plural_possessive = last is not None and last.text.endswith("s") and \
            text[last.end:last.end + 2] in ("' ", "’ ") and tok.text in ORG_WORDS and tok.start == last.end + 2
        if plural_possessive:
            runs[-1].append(tok)                          # "Kurdistan Workers' Party"
            continue
        if runs and not runs[-1][-1].possessive:
            last = runs[-1][-1].text
            gap = text[runs[-1][-1].end:tok.start]
            words = gap.split()
            abbreviated = gap == ". " and (len(last) == 1 or last in ABBREVIATED_TITLES)   # "Dr. J. R. Okafor"
            if gap == " " or abbreviated or (gap.startswith(" ") and gap.endswith(" ") and 0 < len(words) <= 2
                              and all(w in CONNECTORS for w in words)):
                runs[-1].append(tok)
                continue
        runs.append([tok])
    return [part for run in runs for cut in _person_after_body(_party_first(run), text) for part in _split_run(text, cut)]


def _party_first(run: list[Token]) -> list[list[Token]]:
    """'Republicans | John McCain and Lindsey Graham': a plural party name before people stands apart; so does
    a capitalised function word inside a run ('Regina Ip | In the ...', where a heading ran into the text)."""
    cut = next((i for i, t in enumerate(run[1:], start=1) if t.text in FUNCTION_CAPITALS), None)
    if cut is not None:
        return _party_first(run[:cut]) + [run[cut:]]
    return [run[:1], run[1:]] if len(run) > 2 and run[0].text in PARTY_PLURALS else [run]


def _person_after_body(runs: list[list[Token]], text: str) -> list[list[Token]]:
    """'the Refugee Council | Enver Solomon': a body's name ends on its head word when two or three words that
    can only be a person's name follow it, with nothing between them but spaces."""
    out = []
    for run in runs:
        cut = next((i + 1 for i, t in enumerate(run[1:-2], start=1) if t.text in ORG_WORDS and
                    2 <= len(run) - i - 1 <= 3 and all(_name_like(u.text) for u in run[i + 1:])
                    and all(text[a.end:b.start] == " " for a, b in zip(run[i:], run[i + 1:]))), None)
        out.extend([run[:cut], run[cut:]] if cut else [run])
    return out


def _name_like(word: str) -> bool:
    """A word that may be part of a person's name and of nothing else on the lists."""
    return not (word in ORG_WORDS or word in PLACE_WORDS or word in THING_WORDS or word in TITLE_WORDS
                or word in DEMONYMS or word in NOT_NAME_WORDS or word in VENUE_WORDS or ACRONYM.match(word)
                or place_kind(word) or not word[:1].isupper())


def _split_run(text: str, run: list[Token]) -> list[list[Token]]:
    """Cut a run at connectors unless it names an organisation or a place: 'Aides of | Muqtada al-Sadr'."""
    parts: list[list[Token]] = [[run[0]]]
    for position, tok in enumerate(run[1:], start=1):
        gap = [w for w in text[parts[-1][-1].end:tok.start].split() if w != "."]
        keep = not gap or all(w in PERSON_PARTICLES for w in gap) or gap in (["'"], ["’"])   # "Workers' Party"
        if not keep:
            rest = run[position:]
            whole = parts[-1] + rest
            left_last = parts[-1][-1].text
            if "&" in gap:
                keep = is_org_like(whole)                    # "Armed Conflict Location & Event Data Project"
            elif "and" in gap:
                left = " ".join(t.text for t in parts[-1])
                right = " ".join(t.text for t in rest)
                keep = (is_org_like(whole) and left_last not in ORG_WORDS and left_last not in VENUE_WORDS
                        and not place_kind(right)
                        and not place_kind(left) and not ACRONYM.match(left)
                        and not all(t.text in DEMONYMS or t.text in NOT_NAME_WORDS for t in parts[-1])
                        # "Secretary of State Condoleezza Rice and Defense Secretary Robert Gates": two office holders
                        and not (_name_like(left_last) and any(t.text in TITLE_WORDS for t in parts[-1])
                                 and any(t.text in TITLE_WORDS for t in rest)))
            else:
                # "Ministry of Defence", "Secretary of State", "Gulf of Guinea" hold together; "Governor
                # Kolawole Adesina of the All Progressives Congress" is a person of an organisation.
                keep = (left_last in ORG_WORDS or left_last in TITLE_WORDS or left_last in PLACE_WORDS
                        or (left_last in VENUE_WORDS and gap in (["of"], ["for"]))
                        or bool(place_kind(text[parts[-1][0].start:rest[-1].end]))
                        or (rest[-1].text in PLACE_WORDS and gap == ["of"] and len(parts[-1]) == 1)
                        or place_kind(rest[-1].text) == "continent" and len(parts[-1]) == 1)
        if keep:
            parts[-1].append(tok)
        else:
            parts.append([tok])
    return parts


def is_org_like(run: list[Token]) -> bool:
    return any(t.text in ORG_WORDS or t.text in VENUE_WORDS for t in run)
