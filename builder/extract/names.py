"""Find the names of people, places and organisations in a sentence, and the roles written around them."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from builder.extract.date_words import UNIT_WORD, WEEKDAY_PAPER
from builder.extract.lexicon import (AT_OR_IN_SOMEONE, DEMONYMS, ISSUER_DOCUMENTS, MODIFIER_ENDINGS, NOT_NAME_WORDS,
                                     ORG_WORDS, OUTLETS, PLACE_CUES, PLACE_PREFIXES, PLACE_WORDS, PORTFOLIO_WORDS,
                                     ROLE_NOUNS, SPEAKING_VENUES, SPEECH_VERBS, THING_ACRONYMS, THING_WORDS, TIES,
                                     TITLE_MODIFIERS, TITLE_WORDS, VENUE_PREFIXES, VENUE_WORDS, WEEKDAY_PAPERS)
from builder.extract.places import place_kind
from builder.extract.runs import (ACRONYM, CONNECTORS, PARTY_PLURALS, PERSON_PARTICLES, Token, candidate_runs,
                                   is_org_like, tokens)

# Words that start the name of an operation or a storm, never a person.
EVENT_NAME_WORDS = frozenset({"Operation", "Hurricane", "Storm", "Cyclone", "Typhoon", "Tropical", "Exercise",
                              "MT", "MV", "HMS", "USS", "SS", "RV", "INS", "MS",    # ...ships ("MT Coral Dawn")
                              "Space", "Shuttle"})                                   # ...and spacecraft
# Words no person's name holds, capitalised inside a run: a body's name ("Reporters Without Borders").
BODY_CONNECTORS = frozenset({"Without", "Against", "Sans", "Sin", "Sem", "Ohne"})
COMPASS = frozenset({"Central", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
                     "Upper", "Lower", "Greater", "Inner", "Outer"})
# Lowercase nouns after a capitalised word that say what it names: "al-Ikhbariya television", "Bakara market".
ORG_NOUNS_AFTER = frozenset({"television", "tv", "radio", "newspaper", "channel", "agency", "daily", "website",
                             "group", "militia", "party", "movement", "network", "company", "organisation",
                             "organization", "news"})
PLACE_NOUNS_AFTER = frozenset({"market", "square", "district", "province", "region", "airport", "camp", "village",
                               "town", "city", "island", "valley", "river", "neighbourhood", "neighborhood",
                               "suburb", "border", "crossing", "port", "base", "oblast", "county", "governorate",
                               "reservoir", "dam", "lake", "mine", "highway", "road", "bridge", "state", "mountains",
                               "hills", "forest", "prison", "hospital", "stadium", "mosque", "church", "estate"})
CALENDAR_WORDS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
                           "May June July August September October November December".split())
# Months that are surnames too: "Prime Minister Theresa May" (not "Heavy June rains", "Black September").
SURNAME_MONTHS = frozenset("March April May June August".split())
PLACE_PREPOSITIONS = frozenset({"in", "to", "from", "near", "outside", "across", "toward", "towards", "into"})
PLACE_ACRONYMS = frozenset({"US", "U.S.", "U.S", "UK", "U.K.", "USA", "UAE", "DRC", "CAR",
                            # "Washington, D.C.", "Albany, N.Y.": the dotted abbreviations of US states
                            "D.C.", "DC", "N.Y.", "N.J.", "N.C.", "S.C.", "N.H.", "N.M.", "N.D.", "S.D."})
APPOSITION = re.compile(r"\s*,\s+(?:(?:a|an|the)\s+)?(?P<role>[^,;:\"“”]{2,90}?)\s*(?:,|;|\.$|$|(?=\s+(?:said|says|"
                        r"told|wrote|added|reported|stated|confirmed|warned|explained)\b)|"
                        r"(?=\s+to\s+(?:the\s+)?(?:Reuters|AFP|AP|BBC|CNN|Bloomberg|Al Jazeera|Associated Press)\b))")


@dataclass(frozen=True)
class Name:
    """A name in a sentence: offsets relative to the sentence, the name as written, and what it names."""

    start: int
    end: int
    text: str
    kind: str                   # person | place | organisation | unknown
    role: str | None = None     # "Deputy Prime Minister", "an adviser to Mariupol's mayor"
    single: bool = False        # one word: a surname to resolve ("Mugabe") or a lone capitalised word


# Lowercase nouns right before a name that make it a body: "rights group Witness Bahrain", "the opposition Al Wefaq",
# 'the website "Insurgency Wiki"'.
ORG_NOUNS_BEFORE = frozenset({"group", "party", "movement", "organisation", "organization", "militia", "website",
                              "site", "blog", "forum", "newspaper", "magazine", "broadcaster", "company", "firm",
                              "network", "charity", "opposition", "coalition", "alliance", "faction", "outfit"})
# Roles after which "of X" names a body or a place, never a person: "the owner of Trace Canada", "head of X".
# (A spokesman or a lawyer for a person, a daughter of one, are not among them.)
HEAD_ROLES = frozenset({"owner", "head", "director", "chairman", "chairwoman", "chair", "president", "ceo", "founder",
                        "leader", "chief", "commander", "member", "members", "employee", "employees", "staff",
                        "manager", "headquarters"})


# ", India" after a name: the country the place named is in ("in Bodh Gaya, India"); not the country of a role
# ("according to Paul James, US ambassador to Poland", "..., Britain's Ambassador to Poland": the role in either
# case, the country's capital in its own).
COUNTRY_AFTER = re.compile(r",\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\b(?!(?:['’]s)?\s+(?:[\w-]+\s+)?(?i:"
                           + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True)) + r")\b)")


def _venue(run: list[Token], text: str) -> str | None:
    """'place' for a building or venue ("Taj Mahal Palace Hotel", "Nariman House"), 'organisation' for a body
    named after one ("Centre for Strategic Studies", "House of Representatives"), else None."""
    if len(run) < 2:
        return None
    if run[0].text in VENUE_PREFIXES and run[1].text not in VENUE_WORDS:
        return "place"                 # "Hotel Shamo", "Cafe Milano": a building named after its kind
    for i, tok in enumerate(run[:-1]):
        gap = text[tok.end:run[i + 1].start].split()
        if (tok.text in VENUE_WORDS and gap in (["of"], ["for"])) or gap == ["and"]:
            return "organisation" if run[-1].text in VENUE_WORDS or tok.text in VENUE_WORDS else None
    if run[-1].text not in VENUE_WORDS:
        return None
    acronym = SPELLED_OUT.match(text, run[-1].end)
    if acronym and acronym.group(1) == "".join(t.text[0] for t in run if t.text[:1].isupper()):
        return "organisation"          # "Pacific Tsunami Warning Center (PTWC)": a body spelled out, not a building
    if run[-1].text in SPEAKING_VENUES and (speaks(text, run[-1].end)
                                            or ISSUED_BY_BEFORE.search(text, max(0, run[0].start - 60), run[0].start)):
        return "organisation"          # "the National Cyber Security Centre said": the body, not its building;
                                       # "a warning by the Joint Australian Tsunami Warning Center": its issuer
    return "place"


# (past a place it is "of": "the National Cyber Security Centre of the UK said")
SPEECH_VERB_AFTER = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"
                               r"\s+(?:also\s+|later\s+|has\s+|had\s+)?([a-z]+)\b(?!\s+to\s+be\b)")


# A document's issuer named right after it: "a warning by the", "a statement issued by".
ISSUED_BY_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(ISSUER_DOCUMENTS, key=len, reverse=True))
                              + r")\s+(?:(?:issued|released|published|posted|sent)\s+)?(?:by|from)\s+(?:the\s+)?$",
                              re.I)


def speaks(text: str, end: int) -> bool:
    """Whether the name ending at `end` is the subject of a speech verb ("... Centre said"; not "the Opera House
    said to be haunted"): a place does not speak, the body named after it does."""
    verb = SPEECH_VERB_AFTER.match(text, end)
    return bool(verb) and verb.group(1) in SPEECH_VERBS


# An acronym in brackets right after a name: the name spelled out.
SPELLED_OUT = re.compile(r"\s*\(([A-Z]{2,})\)")


# Titles that end a run of capitalised words without a name after them: "New Democrat MP" is not a person.
TRAILING_TITLES = frozenset("MP MEP Minister President Secretary Spokesman Spokeswoman Spokesperson Governor Mayor "
                            "Senator Ambassador Chairman Chairwoman Director Commissioner Leader Officer Advisor "
                            "Adviser Undersecretary Envoy Coordinator Superintendent Correspondent".split())
# Words that end the names of things and of people too: after a title and a first name, a surname ("Public Safety
# Minister Stockwell Day"), else a thing ("Independence Day").
SURNAME_THINGS = frozenset("Day Law".split())
HONORIFICS = frozenset("Mr Mrs Ms Miss Dr Prof Sir Dame Mme".split())      # "Education Mr. Toccafondi": a name follows
POSTNOMINALS = frozenset("QC KC Jr Sr OBE MBE CBE KBE PhD".split())
ROMAN = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|X)$")


# Initials written together before a surname: "J.D. Donohue", "A.S. Heagle" (not "U.S. Navy", "U.N. envoy").
INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")
DOTTED_BODIES = PLACE_ACRONYMS | frozenset({"U.N.", "E.U.", "U.A.E.", "U.S.A.", "U.S.S.R.", "L.A.", "S.W.", "N.W.",
                                            "S.E.", "N.E."})


def _initials(words: list[str]) -> int:
    """1 when a name of two or more words opens with initials written together, else 0."""
    return int(len(words) >= 2 and bool(INITIALS.match(words[0])) and words[0] not in DOTTED_BODIES)


def _surname_a_month(words: list[str]) -> bool:
    """A month ending a name a title opens: "Prime Minister Theresa May" (a later "May said" is hers)."""
    return len(words) >= 3 and words[-1] in SURNAME_MONTHS and words[-3] in TITLE_WORDS \
        and words[-2] not in TITLE_WORDS and not any(w in CALENDAR_WORDS for w in words[:-1])


def _not_in_a_person(word: str) -> bool:
    """Words no person's name holds: digits ("F-4"), acronyms ("FIRST", "NASA"), other than a roman numeral."""
    return any(c.isdigit() for c in word) or (bool(ACRONYM.match(word)) and not ROMAN.match(word))


def _many_holders(word: str) -> bool:
    """A plural role noun ends a group, not a name: "Conservative Members", "Political Agents"."""
    lowered = word.lower()
    return lowered.endswith("s") and lowered[:-1] in ROLE_NOUNS


def _can_end_a_person(token: Token, text: str) -> bool:
    """A name ends on a word, not on a lone letter ("Division A") or a numeral ("World War I"), unless the
    letter is an initial with its full stop or a numeral after a full name ("Henry VIII" is rare in news)."""
    if len(token.text) == 1:
        return text[token.end:token.end + 1] == "."
    if token.text.lower().endswith(MODIFIER_ENDINGS):
        return False
    return not ROMAN.match(token.text) and not any(c.isdigit() for c in token.text)


def _strip_leading(run: list[Token]) -> tuple[list[Token], list[Token]]:
    """Split a run into leading title/role words and the rest: 'Deputy Prime Minister' | 'Irina Vereshchuk'."""
    i = 0
    while i < len(run) - 1:
        word, after = run[i].text, run[i + 1].text
        if word in TITLE_WORDS or word in DEMONYMS or word in NOT_NAME_WORDS:
            i += 1
        elif (place_kind(word) in ("country", "continent") or ACRONYM.match(word)) and after in TITLE_WORDS:
            i += 1
        elif word.lower() in ROLE_NOUNS - TIES and word[:1].isupper() and len(run) - i >= 3:
            i += 1            # "Lawyer Scott Sheppard", "Activist Ana Costa": a role capitalised to open a sentence
        elif i == 0 and after in TITLE_WORDS and after not in TITLE_MODIFIERS and len(run) >= 3:
            i += 1            # "Tell Gov Christie", "Microsoft President Brad Smith": a word before a title is no name
        else:
            break
    return run[:i], run[i:]


# Words that open a phrase naming a source, no part of the role after them: "and according to the prosecutor,".
SOURCE_LEAD = re.compile(r"^(?:(?:and|but)\s+)?(?:according\s+to|in\s+the\s+words\s+of|quoting|citing)\s+", re.I)


# Where a role phrase set before a name in apposition starts, after the clause it stands in: "The reply came from |
# the governor of Virginia, Bob McDonnell", "It was signed by | the head of the commission, X".
ROLE_PHRASE_START = re.compile(r"^.*\b(?:from|by|with|came|was|were|is|are)\s+(?=(?:the|a|an)\s)", re.I)


def _role_before(text: str, start: int) -> str | None:
    """Title words and lowercase role nouns written just before a name: 'reporter', 'Kyiv's mayor'."""
    before = text[max(0, start - 80):start]
    words = before.split()
    role: list[str] = []
    if before.rstrip().endswith(","):
        chunk = re.split(r"[,;:(]|\b(?:said|told|says)\b", before.rstrip()[:-1])[-1].strip()
        clause = ROLE_PHRASE_START.match(chunk)      # "The reply came from the governor of Virginia, X": governor
        if clause and not any(w.lower().strip(".") in ROLE_NOUNS or w.strip(".") in TITLE_WORDS
                              for w in clause.group().split()):
            chunk = chunk[clause.end():]              # (not "An official from the UN agency, X": the official's)
        chunk_words = chunk.split()
        if chunk_words and any(w.lower().strip(".") in ROLE_NOUNS or w.strip(".") in TITLE_WORDS for w in chunk_words) \
                and len(chunk_words) <= 12:
            chunk = SOURCE_LEAD.sub("", chunk)      # "and according to the prosecutor, X": the prosecutor
            return re.sub(r"^(?:the|a|an|its|his|her|their)\s+", "", chunk, flags=re.I)  # "Its spokesman in Abuja, X"
    backwards = list(reversed(words))
    for i, word in enumerate(backwards):
        bare = re.sub(r"[,:;]$", "", word)
        if bare == "of" and role and i + 1 < len(backwards) and backwards[i + 1].rstrip(".") in TITLE_WORDS:
            role.insert(0, bare)                      # "Secretary of State", "Governor of Washington"
            continue
        if bare != word and not (i == 0 and word.endswith(",") and bare in TITLE_WORDS):
            break
        core = re.sub(r"['’]s$", "", bare).rstrip(".")
        if (bare.lower() in ROLE_NOUNS or core in TITLE_WORDS or core in DEMONYMS or place_kind(core)
                or bare.lower() in ("vice", "deputy", "former", "acting", "senior", "chief", "top", "news", "security",
                                    "government", "military", "political", "foreign", "defence", "defense",
                                    "interior", "prime", "opposition", "rebel", "army", "police", "state")
                or ACRONYM.match(core) or bare.endswith(("'s", "’s"))):
            role.insert(0, bare)
            continue
        break
    if not any(w.lower().rstrip(".") in ROLE_NOUNS or w.rstrip(".") in TITLE_WORDS for w in role):
        return None                                   # "Mogadishu Ali Yasin Gedi": a place, not a role
    return " ".join(role).strip() or None


def _role_after(text: str, end: int) -> str | None:
    m = APPOSITION.match(text, end)
    if not m:
        return None
    role = m["role"].strip()
    first = role.split()[0].lower() if role.split() else ""
    if first in ROLE_NOUNS or any(w.lower() in ROLE_NOUNS for w in role.split()[:4]) or role.split()[0] in TITLE_WORDS:
        return role
    return None


def _classify(run: list[Token], text: str) -> tuple[str, list[Token], str | None]:
    """What a run names, the tokens that make the name, and the title words stripped off it."""
    if len(run) > 1 and place_kind(text[run[0].start:run[-1].end]):
        return "place", run, None                        # "New York", "New Delhi": a known place is not cut
    for lead in (0, 1):
        piece = text[run[lead].start:run[-1].end] if len(run) > lead else ""
        paper = WEEKDAY_PAPER.match(text, run[lead].start) if piece in WEEKDAY_PAPERS else None
        if piece in OUTLETS or paper is not None and paper.end() == run[-1].end:
            return "organisation", run[lead:], None      # "The New York Times": not "York Times"
    skip = 0                                             # an index, not run = run[1:]: that was quadratic
    while len(run) - skip > 1 and run[skip].text in NOT_NAME_WORDS and run[skip].text not in TITLE_WORDS:
        skip += 1                                        # "The Supreme Islamic Iraqi Council"
    while len(run) - skip > 2 and run[skip].text in PARTY_PLURALS:
        skip += 1                                        # "Republicans John McCain"
    run = run[skip:]
    words = [t.text for t in run]
    joined = " ".join(words)
    full = text[run[0].start:run[-1].end]
    if words[0] in EVENT_NAME_WORDS:
        return "unknown", run, None
    if len(run) == 1 and words[0] in THING_ACRONYMS:
        return "unknown", run, None                      # "a SIM card", "ID papers": things, not bodies
    venue = _venue(run, text)
    if venue:
        return venue, run, None
    if all(w in TITLE_WORDS or w.lower() in CONNECTORS for w in full.split()):
        return "unknown", run, None                      # "Secretary of State" alone is a title
    if full in OUTLETS or joined in OUTLETS:
        return "organisation", run, None
    if any(w in CALENDAR_WORDS for w in words) and not (_surname_a_month(words)
                                                        and not re.match(r"\s*\d", text[run[-1].end:])):
        return "unknown", run, None                      # "Ash Wednesday", "Black Saturday"
    titled = [i for i, w in enumerate(words) if w in TITLE_WORDS and w not in ("Former", "State", "National")]
    if titled and titled[-1] < len(run) - 1 and (len(run) - titled[-1] - 1 >= 2 or words[titled[-1]] in HONORIFICS):
        tail = run[titled[-1] + 1:]              # "Emergency Services Minister | Rachel Kosta", "New Democrat MP | X"
        while len(tail) > 2 and tail[0].text in PORTFOLIO_WORDS:
            tail = tail[1:]                      # "Minister of Education | Ana Costa"
        if text[run[titled[-1]].end:tail[0].start].split() in (["of"], ["for"], ["of", "the"]):
            size = next((k for k in (3, 2, 1) if len(tail) - k >= 2 and
                         place_kind(text[tail[0].start:tail[k - 1].end])), 0)
            holder = tail[size:]
            if size and not any(
                    t.text in ORG_WORDS or t.text in PLACE_WORDS or t.text in TITLE_WORDS for t in holder) and \
                    holder[-1].text not in THING_WORDS and not place_kind(text[holder[0].start:holder[-1].end]):
                # "Governor of Washington Chris Gregoire": the place ends the title, a full name follows
                return "person", holder, text[run[0].start:tail[size - 1].end]
            # "Vice President of Taxpayers United": a title's "of" governs a body or a place, not its holder
            return ("place" if place_kind(text[tail[0].start:tail[-1].end]) else "organisation"), tail, None
        if not any(t.text in ORG_WORDS or t.text in PLACE_WORDS for t in tail) and (
                tail[-1].text not in THING_WORDS or tail[-1].text in SURNAME_THINGS and len(tail) > 1):
            # "Minister of Education"; "Public Safety Minister | Stockwell Day": after a title, a surname
            return "person", tail, text[run[0].start:tail[0].start].strip()
    if len(run) == 1 and ACRONYM.match(words[0]):
        return ("place" if words[0] in PLACE_ACRONYMS else "organisation"), run, None
    if place_kind(full) or place_kind(joined):
        return "place", run, None
    if any(w in ORG_WORDS for w in words[1:]) or (len(run) > 1 and words[0] in ORG_WORDS and words[0] not in TITLE_WORDS):
        return "organisation", run, None
    if words[-1] in PLACE_WORDS and len(run) > 1:
        return "place", run, None
    if len(run) > 1 and words[-1] in ("North", "South", "East", "West", "Central") and not is_org_like(run):
        return "place", run, None                        # "Kowloon West": a constituency, a district
    if len(run) > 1 and words[0] in PLACE_PREFIXES and words[1] not in TITLE_WORDS:
        return "place", run, None                        # "Mount Sinjar", "Saint Catherine", "Lake Chad"
    if len(run) > 1 and (words[-1] in THING_WORDS or not _can_end_a_person(run[-1], text) or _many_holders(words[-1])):
        return "unknown", run, None                      # "Economic Stabilization Act", "World War I", "Division A"
    if len(run) > 1 and words[0] in PLACE_WORDS and text[run[0].end:run[0].end + 4] == " of ":
        return "place", run, None                        # "Gulf of Guinea", "Port of Spain"
    if len(run) > 1 and words[0] in COMPASS and place_kind(" ".join(words[1:])):
        return "place", run, None                        # "Central Mali"
    if len(run) == 2 and words[0] in COMPASS and words[1] not in TITLE_WORDS and words[1] not in DEMONYMS \
            and not is_org_like(run):
        return "place", run, None                        # "West Midlands", "Central Pichilemu": no first name
    lead, rest = _strip_leading(run)
    titles = " ".join(t.text for t in lead) or None
    if lead and rest and text[lead[-1].end:rest[0].start].split() in (["of"], ["for"], ["of", "the"]):
        # "Vice President of Taxpayers", "Secretary of Homeland Security": a title's "of" governs a body or a
        # place, never the person who holds it
        return ("place" if place_kind(text[rest[0].start:rest[-1].end]) else "organisation"), rest, None
    # A place at the start of a longer run is a place, not a first name ("Mogadishu Ali Yasin Gedi").
    skip = 0
    while len(rest) - skip > 2 and place_kind(rest[skip].text) and rest[skip].text not in TITLE_WORDS:
        skip += 1
    rest = rest[skip:]
    if len(rest) > 2 and rest[-1].text in POSTNOMINALS:
        rest = rest[:-1]                                 # "Jonathan Mills QC": the letters after a name
    rest_words = [t.text for t in rest]
    if not rest or all(w in NOT_NAME_WORDS or w in TITLE_WORDS or w in DEMONYMS for w in rest_words):
        return "unknown", rest, titles
    if len(rest) == 1:
        word = rest[0].text
        if place_kind(word):
            return "place", rest, titles
        if ACRONYM.match(word):
            return ("place" if word in PLACE_ACRONYMS else "organisation"), rest, titles
        if word in ORG_WORDS:
            return "unknown", rest, titles
        # "Minister Koval": a title names a person; "National Monuments", "National Students": an adjective does not
        return ("person" if lead and lead[-1].text in TITLE_WORDS and lead[-1].text not in TITLE_MODIFIERS
                else "unknown"), rest, titles
    if any(w in DEMONYMS or w in ORG_WORDS for w in rest_words):
        return "unknown", rest, titles
    if any(_not_in_a_person(w) for w in rest_words[_initials(rest_words):]) or rest_words[-1] in TRAILING_TITLES:
        return "unknown", rest, titles                   # "FIRST Global", "F-4 Phantom", "New Democrat MP"
    inner = text[rest[0].start:rest[-1].end].split()[1:-1]
    if any(w in BODY_CONNECTORS for w in inner):
        return "organisation", rest, titles              # "Reporters Without Borders", "Médecins Sans Frontières"
    if any(w.lower() in CONNECTORS - PERSON_PARTICLES for w in text[rest[0].start:rest[-1].end].split()):
        return "unknown", rest, titles
    return "person", rest, titles


def find_names(text: str) -> list[Name]:
    """Every name in `text` with what it names; one-word names are kept for the caller to resolve."""
    names: list[Name] = []
    widened = 0                                  # where a name widened over later runs ends ("Mail on Sunday")
    for run in candidate_runs(text, tokens(text)):
        if run[0].start < widened:
            continue
        kind, rest, titles = _classify(run, text)
        if not rest:
            continue
        for tok in run[:run.index(rest[0])] if rest[0] in run else []:
            if place_kind(tok.text) and tok.text not in TITLE_WORDS:   # "Mogadishu" of "in Mogadishu Ali Yasin Gedi"
                names.append(Name(tok.start, tok.end, tok.text, "place", single=True))
        start, end = rest[0].start, rest[-1].end
        name = text[start:end]
        kind, end, name = _refine(text, kind, start, end, name, len(rest), titled=titles is not None)
        paper = WEEKDAY_PAPER.match(text, start)
        if paper and paper.end() > end:
            kind, end, name = "organisation", paper.end(), paper.group()   # "the Mail on Sunday": one paper
            widened = end
        if name in CALENDAR_WORDS:
            kind = "unknown"            # "put out Friday, the organization said": the day names no one
        role = None
        if kind == "person":
            role = _role_after(text, end) or (titles if titles and " of " in titles else None) or \
                _role_before(text, start)      # "Governor of New York": the title the run began with
        if kind == "person" and len(rest) > 1 and names and names[-1].kind == "person" and \
                re.fullmatch(r"\s+of\s+(?:the\s+)?", text[names[-1].end:start]):
            kind, role = "organisation", None            # "Cheng Chung-tai of Civic Passion": a person's body
        if kind == "unknown" and len(rest) == 1 and _lone_name(name) and \
                re.match(r",\s+(?:a|an|the|his|her|their)\s", text[end:end + 8]) and _role_after(text, end):
            kind, role = "person", _role_after(text, end)     # "Abdullah, the family's oldest son,"
        names.append(Name(start, end, name, kind, role, single=len(rest) == 1))
    # "Fatmah and Mohammad Elsamnah": a lone name joined to a person's is a person's
    for i, name in enumerate(names[:-1]):
        after = names[i + 1]
        if name.single and name.kind == "unknown" and _lone_name(name.text) and after.kind == "person" \
                and not after.single and text[name.end:after.start] == " and ":
            names[i] = Name(name.start, name.end, name.text, "person", None, single=True)
    return _listed_places(text, names)


# Places named in the plural before a list of them: "the West Darfur villages of ...".
PLACES_LISTED = re.compile(r"\b(?:" + "|".join(sorted(w for w in PLACE_CUES if w.endswith("s"))) + r")\s+of\s+$")


def _listed_places(text: str, names: list[Name]) -> list[Name]:
    """"the villages of Saraf Jidad, Sirba, Silea and Abu Suruj": the names a plural place word lists, up to the
    one after "and", are places, unless one is someone (a role or a title says so). Only after such a word: "In
    Washington, Obama, Clinton and Biden met" lists people after a place."""
    out = list(names)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and text[out[j].end:out[j + 1].start] in (", ", " and ", ", and "):
            j += 1
            if text[out[j - 1].end:out[j].start] != ", ":
                break
        members = out[i:j + 1]
        closed = j > i + 1 and text[out[j - 1].end:out[j].start] in (" and ", ", and ")   # three or more
        if closed and PLACES_LISTED.search(text, 0, members[0].start) \
                and all(m.kind != "organisation" and not m.role for m in members):
            out[i:j + 1] = [replace(m, kind="place") for m in members]
        i = j + 1
    return out


def _lone_name(word: str) -> bool:
    """Whether one capitalised word may be a person's name on its own: not a common word, a nationality, a
    place, a title or an acronym."""
    return bool(word[:1].isupper()) and not word.endswith("ing") and not (word in NOT_NAME_WORDS or word in DEMONYMS or word in TITLE_WORDS
                                             or word in ORG_WORDS or word in THING_WORDS or ACRONYM.match(word)
                                             or place_kind(word) or word in CALENDAR_WORDS)


def _refine(text: str, kind: str, start: int, end: int, name: str, size: int,
            titled: bool = False) -> tuple[str, int, str]:
    """Use the words around a name to tell what it names: 'Bakara market', 'al-Ikhbariya television'."""
    after = re.match(r"\s+([a-z]+)", text[end:end + 20])
    before = [w.strip(",;:\"“”'‘") for w in text[max(0, start - 30):start].lower().split()]
    before = [w for w in before if w]
    if kind == "person" and size > 1 and not titled:
        # the words right before it, within its clause
        cue = re.search(r"(?:\b([a-z]+)\s+)?(?:\b([a-z]+)\s+)?\b([a-z]+)\s+[\"“]?$", text[max(0, start - 40):start].lower())
        cue = [w for w in cue.groups() if w] if cue else []
        if cue and cue[-1] in ORG_NOUNS_BEFORE:
            return "organisation", end, name              # "rights group Witness Bahrain"
        if len(cue) >= 2 and cue[-1] in ("of", "for") and cue[-2] in HEAD_ROLES or \
                len(cue) >= 3 and cue[-2:] == ["of", "the"] and cue[-3] in HEAD_ROLES:
            return "organisation", end, name              # "the owner of Trace Canada"
        if cue and cue[-1] in ("the", "a", "an") and text[start - 1:start] == " " and not (
                after and after.group(1) in PLACE_NOUNS_AFTER):
            return "organisation", end, name              # "the Sea Org", "a Homeland Security travel ban"
        if len(before) >= 2 and before[-1] == "of" and before[-2] in PLACE_CUES:
            return "place", end, name                     # "the neighbouring province of Khyber Pakhtunkhwa"
        if before and before[-1] in ("in", "at") and not re.match(r"['’]s?\b", text[end:end + 2]) \
                and not (len(before) > 1 and before[-2] in AT_OR_IN_SOMEONE):
            # "in Sharm el-Sheikh", "at Abu Ghraib": no one is in a person, unless trusted ("faith in X") or aimed
            # at ("laughed at X")
            return "place", end, name
        country = before and before[-1] in PLACE_PREPOSITIONS and COUNTRY_AFTER.match(text[end:end + 60])
        if country and place_kind(country.group(1)) == "country":
            return "place", end, name                     # "in Bodh Gaya, India"; not "to Paul James, US ambassador"
    if size == 1 and kind in ("unknown", "place") and text[end:end + 1] == "," and before and \
            before[-1] in ROLE_NOUNS and text[:start].rstrip().endswith(","):
        return "person", end, name                        # "Ms Rahman's daughter, Sana, said"
    if size == 1 and kind == "unknown" and text[end:end + 1] == "," and before and before[-1] in ORG_NOUNS_AFTER \
            and text[:start].rstrip().endswith(","):
        return "organisation", end, name                  # "the state news agency, Petra, said"
    if size == 1 and kind == "unknown" and before and before[-1] in ROLE_NOUNS and name not in NOT_NAME_WORDS \
            and name not in DEMONYMS and not ACRONYM.match(name) and text[start - 2:start] != ", ":
        return "person", end, name                        # "staff member Zabiullah told": a one-word name
    if kind == "person" and text[start - 1:start] == "(" and text[end:end + 1] == ")":
        return "unknown", end, name                       # "(Knights Charge)": a gloss, not a person
    if kind == "person" and after and after.group(1) in PLACE_NOUNS_AFTER:
        return "place", end + after.end(), text[start:end + after.end()]
    if kind == "person" and after and after.group(1) in ORG_NOUNS_AFTER:
        return "organisation", end, name                  # "the Green Future party", "Al Hayat newspaper"
    if kind not in ("unknown",) and not (kind == "person" and size == 1):
        return kind, end, name
    if after and after.group(1) in PLACE_NOUNS_AFTER and name not in NOT_NAME_WORDS:
        return "place", end + after.end(), text[start:end + after.end()]
    if after and after.group(1) in ORG_NOUNS_AFTER and name not in DEMONYMS and name not in THING_ACRONYMS \
            and name not in NOT_NAME_WORDS:           # not "The" of "The newspaper also claims"
        return "organisation", end, name                  # not "Indian" of "Indian television"
    appos = re.match(r",\s+(?:a|an|the)\s+(?:\w+\s+)?(group|militia|movement|party|network|organi[sz]ation)\b", text[end:end + 40])
    if appos:
        return "organisation", end, name
    if len(before) >= 2 and before[-1] == "of" and before[-2] in PLACE_CUES:
        return "place", end, name
    if before and (before[-1] in PLACE_CUES or (before[-1] in PLACE_PREPOSITIONS and kind == "unknown"
                                                 and name not in NOT_NAME_WORDS and name not in DEMONYMS
                                                 and size == 1)):
        return "place", end, name
    return kind, end, name


# A name with a version number after it is a product: "Internet Explorer 6", "Windows 7"; not a score ("beat Roger
# Federer 6–4") nor a span of time ("met Ana Costa 20 years ago").
VERSIONED = re.compile(r"\s+\d+(?:\.\d+)?\b(?![,.]?\d)(?!\s*[-–—:/]\s*\d)(?!\s+" + UNIT_WORD + r"s?\b)")


def places_retyped(texts: list[str], names: list[list[Name]]) -> list[list[Name]]:
    """One name, one kind: a name the article sets as a place somewhere ("In Silea, ...", "the village of Abu
    Suruj") is that place wherever else it stands ("the Silea attack", "similar to that of Abu Suruj"), unless a
    role there says it is someone or it speaks there ("Hamas said")."""
    in_people = {w for ns in names for n in ns if n.kind == "person" and not n.single for w in n.text.split()}
    places = {n.text for ns in names for n in ns if n.kind == "place"} - in_people   # not "to Kim" of Kim Jong Nam
    return [[replace(n, kind="place") if n.text in places and n.kind != "place" and not n.role
             and not speaks(text, n.end) else n for n in ns]
            for text, ns in zip(texts, names)]


def products_retyped(texts: list[str], names: list[list[Name]]) -> list[list[Name]]:
    """The names of an article's sentences, with the 'people' the article writes with a version number
    ("Internet Explorer 6", the ferry "al-Salam Boccaccio 98") made things, wherever they stand."""
    products = {n.text for text, ns in zip(texts, names) for n in ns
                if n.kind == "person" and not n.single and VERSIONED.match(text, n.end)}
    return [[replace(n, kind="unknown", role=None) if n.kind == "person" and n.text in products else n for n in ns]
            for ns in names]
