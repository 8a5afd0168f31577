"""The parts of a reporter's clause the attributor reads: its subject, its adverbials, a described speaker."""
from __future__ import annotations

import re

from builder.extract import caseless
from builder.extract.cast import Cast
from builder.extract.date_words import WEEKDAY_PAPER
from builder.extract.lexicon import (DEMONYMS, DOCUMENT_WORDS, LY_NOUNS, NOT_NAME_WORDS, NOT_VERBS, ROLE_NOUNS,
                                     SPEECH_VERBS)
from builder.extract.names import Name
from builder.extract.places import place_kind
from builder.extract.runs import ABBREVIATED_TITLES
from builder.extract.speakers import LOCATIVE_SPLIT, ONE_OF_THEM, PARTITIVE, document, governed, head_noun, trimmed

DETERMINERS = re.compile(r"^(?:the|a|an|this|that|its|his|her|their|some|one|two|three|several)\s+", re.I)
LEAD_INS = re.compile(r"^(?:and|but|after|when|while|as|because|though|although|however|meanwhile|rather|"
                      r"instead|also|then|so|yet|further|furthermore|moreover|additionally|likewise|similarly|"
                      r"finally|besides|nonetheless|nevertheless|subsequently|consequently|thus|hence|therefore|"
                      r"indeed|notably|separately|elsewhere|"
                      # sentence adverbs that are adjectives too: only with their comma ("Overall, the report
                      # calls ...", not "Overall unemployment rose")
                      r"(?:overall|altogether|again|otherwise)(?=\s*,))\b[\s,]*", re.I)


# A clause of time, cause or concession that opens a sentence, up to its comma: no part of the subject after it.
SUBORDINATE_OPENING = re.compile(r"(?:after|when|while|whilst|as|because|though|although|since|if|once|before|until|"
                                 r"whereas)\b[^,;]*,\s*", re.I)


def subject_text(masked: str, verb_start: int) -> str:
    """The words before the verb that may name who spoke: from the start of the sentence or its last ';'."""
    start = masked.rfind(";", 0, verb_start) + 1
    opening = BLANKED_OPENING.match(masked, start)
    if opening and opening.end() <= verb_start:
        start = opening.end()                 # '"...," she said, thanking ...': the quote is no part of the subject
    start = max(start, conceded(masked, start, verb_start))
    return masked[start:verb_start].strip(" ,:")


def conceded(text: str, start: int = 0, verb_start: int | None = None) -> int:
    """Where a clause conceded at the start ends ("Despite the assertion that X was dismissed Tuesday, Y told NBC
    on Thursday ...": at Y), else `start`: at the first comma after which no verb comes before `verb_start`, or,
    with no verb given, the first one a capital or an article follows."""
    if not CONCESSIVE.match(text[start:].lstrip()):
        return start
    end = len(text) if verb_start is None else verb_start
    for comma in re.finditer(r",\s*", text[start:end]):
        at = start + comma.end()
        verbless = not FINITE.search(text, at, end) if verb_start is not None else \
            re.match(r"(?:[A-Z]|the\b|a\b|an\b)", text[at:])
        if verbless:
            return at
    return start


BLANKED_OPENING = re.compile(r"\s*\"\s*\"[\s,]*")   # a quote that opens the clause, blanked by masked_sentence


def clause_after(masked: str, at: int) -> str:
    """The words after a verb up to the end of its clause: the next full stop, ';', '!', '?' or quote, where a
    full stop after a title or an initial does not count ('said Dr. Fouad al-Shamiri')."""
    for m in CLAUSE_END.finditer(masked, at):
        if m.group() == "." and ABBREVIATION_BEFORE.search(masked, max(at, m.start() - 6), m.start()):
            continue
        return masked[at:m.start()]
    return masked[at:]


CLAUSE_END = re.compile(r"[.;!?\"“]")
ABBREVIATION_BEFORE = re.compile(r"\b(?:[A-Z]|" + "|".join(sorted(ABBREVIATED_TITLES)) + r")$")


def hands_over(between: str) -> bool:
    """Whether the words between a quote and a later verb are just its speaker: '," he said', '," X said'."""
    # '," X, who coordinates a network of volunteers in Y, told': a relative clause on the speaker is no
    # part of the hand-over, however long
    words = RELATIVE_ASIDE.sub(" ", between).strip(" ,\"”’").split()
    return "\"" not in between.strip(" ,\"”’") and len(words) <= 9 and not (words and CONJUNCTIONS.match(words[0])) \
        and not (words and words[-1].lower() in ("and", "but", "or", "then"))   # '"..." on Monday and denied


RELATIVE_ASIDE = re.compile(r",\s+(?:who|whose)\s+[^,;\"“”]{1,150},")


# "...,  saying", "by saying": a speech verb in -ing hangs on a clause, and its speaker is that clause's subject,
# not the name nearest before it ("X criticized Y, saying ..." is X's).
def is_participle(verb: re.Match) -> bool:
    word = verb.group().lower().split()[0]           # "calling for": its verb
    return word.endswith("ing") and not word.startswith("according")


# "with one poster writing", "with a spokesperson for them saying": an absolute clause names its own speaker.
ABSOLUTE = re.compile(r"\bwith\s+(?P<np>[^,;:\"]{1,80}?)\s*$", re.I)
# Finite verbs in lower case: the regular past, auxiliaries and the common irregular ones.
FINITE = re.compile(r"\b(?:[a-z]+ed|is|are|was|were|has|have|had|did|does|will|would|could|can|may|might|must|"
                    r"should|shall|said|says|told|tells|wrote|writes|made|makes|gave|gives|took|takes|met|meets|"
                    r"held|holds|spoke|speaks|sent|went|came|began|led|won|lost|left|kept|saw|brought|became|"
                    r"stood|ran|sees|thinks|thought|believes)\b")
# Words after which an -ed word is an adjective or a subordinate verb, not the clause's finite verb ("the newly
# elected president", "when asked").
NOT_FINITE_AFTER = frozenset("""the a an his her its their our this that these those so-called newly recently
well when if as once unless though although hundred who which that whom whose""".split())


def clause_start(text: str, lo: int, hi: int) -> int:
    """Where the clause in text[lo:hi] begins after its leading adverbials ('In response to the allegations
    made, X ...': at X)."""
    at = lo
    chunks = text[lo:hi].split(",")
    last = max((i for i, c in enumerate(chunks) if c.strip()), default=0)
    for i, chunk in enumerate(chunks):
        words = LEAD_INS.sub("", chunk.strip())
        if i >= last or (words and not ADVERBIAL.match(words) and not CONCESSIVE.match(chunk.strip())):
            break                    # the last chunk holds the clause, whatever it starts with
        at += len(chunk) + 1
    return min(at, hi)


def finite_verb(text: str, lo: int, hi: int) -> re.Match | None:
    """The first finite verb of the clause in text[lo:hi], whose subject a participle after it shares."""
    for m in FINITE.finditer(text, lo, hi):
        before = text[max(lo, m.start() - 30):m.start()].lower().split()
        if m.group() in NOT_VERBS or (before and before[-1] in NOT_FINITE_AFTER) or (
                len(before) > 1 and before[-1].endswith("ly") and before[-2] in NOT_FINITE_AFTER):
            continue
        return m
    return None


AUXILIARIES = frozenset("is are was were be been being has have had will would".split())


def capitalised_word(masked: str, name: Name) -> bool:
    """Whether a one-word name may only be capitalised because it opens the sentence ("Officials said")."""
    return not masked[:name.start].strip() and name.text.lower() + "s" != name.text.lower() and (
        name.text.endswith("s") or name.text in NOT_NAME_WORDS or name.text in DEMONYMS)


PARTICIPIAL = re.compile(r",\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|led)\s+(?:by|as|with|from|in|to|for)\b[^,;]*$")


def in_participial_phrase(text: str, start: int, lo: int = 0) -> bool:
    """Whether the name at `start` stands in a participial phrase set off by a comma ('The mutineers, led by a
    captain identified as X, read ...'): it modifies the subject and is not it."""
    return bool(PARTICIPIAL.search(text, max(lo, start - 120), start))


def person_in(names: list[Name], lo: int, hi: int, text: str, cast: Cast | None = None,
               heads_only: bool = False) -> Name | None:
    """The first person named in [lo, hi), skipping names listed after 'including'; with `heads_only`, also
    names hanging on a preposition or participle ('a spokesman for X', 'a lawyer representing X')."""
    for name in names:
        if heads_only and (governed(text, name.start) or in_participial_phrase(text, name.start, lo)):
            continue
        if text[name.start:name.start + 1] in (" ", "\""):
            continue                                   # inside a blanked quote: named by the speaker, not the reporter
        if re.match(r"['’]s?\b", text[name.end:name.end + 2]):
            continue                                   # "Hargreaves's barrister": the barrister speaks
        if _modifies_a_role(text, name):
            continue                                   # "one Zanon worker": the worker speaks, not Luis Zanon
        known = name.single and cast is not None and (cast.resolve(name.text) or
                                                      (name.kind != "place" and cast.resolve_first(name.text)))
        if (name.kind == "person" or known) and lo <= name.start < hi:
            if re.search(r"\bincluding\b[^.]*$", text[lo:name.start]):
                continue
            return name
    return None


def _modifies_a_role(text: str, name: Name) -> bool:
    """Whether a name stands before a role noun as its modifier ("a Zanon worker", "Kirchner officials"): the one
    the role names is someone else."""
    after = re.match(r"\s+([a-z]+)\b", text[name.end:name.end + 40])
    return bool(after) and (after.group(1) in ROLE_NOUNS or after.group(1).rstrip("s") in ROLE_NOUNS)


# A clause conceded before the main one: "Despite the White House's assertion that X was dismissed Tuesday, Y told
# NBC ...": its subject and its day are not the sentence's.
CONCESSIVE = re.compile(r"(?:despite|although|though|even\s+though|whereas|notwithstanding)\b", re.I)
ADVERBIAL = re.compile(r"^(?:on|in|at|after|before|during|since|until|by|for|with|without|from|yesterday|today|"
                       r"late|early|outside|inside|sentencing|"
                       r"earlier|later|meanwhile|however|speaking|asked|discussing|according|including|"
                       r"separately|also|instead|rather|still|now|then|writing|responding|addressing)\b", re.I)
# Words that end the subject of a clause: verbs and auxiliaries.
# Nouns in -ing that head a subject ("the armed wing of X", "the morning briefing"): not verbs.
ING_NOUNS = "|".join("""wing king ring thing string spring building meeting evening morning wedding ceiling sibling
offspring funding hearing briefing bombing bombings shooting killing killings uprising opening beginning ending
setting training housing clothing painting crossing landing nothing something anything everything""".split())
VERBISH = re.compile(r"^(?:is|are|was|were|be|been|has|have|had|did|does|do|will|would|could|can|may|might|must|"
                     r"should|shall|\w+ed|(?!(?:" + ING_NOUNS + r")$)\w+ing|felt|thought|knew|saw|heard|" +
                     "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")$", re.I)
CONJUNCTIONS = re.compile(r"^(?:and|but|or|while|which|who|that|as|because|after|before|when|although|though|if|unless|"
                          r"whether|so|until|since|once|where|whose|even|then)\b", re.I)


def _adverb_before(word: str, participle: str) -> bool:
    """'newly' of "the newly inaugurated governor": an adverb in -ly before a participle (not "the family voted",
    "the assembly voted")."""
    return word.islower() and word.endswith("ly") and word not in LY_NOUNS and participle.endswith(("ed", "en"))


def leading_noun_phrase(chunk: str, limit: int = 12) -> str:
    """The words of a clause before its first verb: its subject ('Emergency services said ...')."""
    words: list[str] = []
    content = False
    determiners = ("a", "an", "the", "its", "his", "her", "their", "our")
    for word in chunk.split()[:limit]:
        if content and VERBISH.match(word.strip(",.;:")) and not word[:1].isupper() \
                and not (words and words[-1].lower() in determiners and word.endswith("ing")) \
                and not (len(words) > 1 and words[-2].lower() in determiners and _adverb_before(words[-1], word)):
            break                                # "a masked man said"; "for the ruling party": a word in -ing
        words.append(word)                       # after a determiner is an adjective, and so is one after a
                                                 # determiner and an adverb ("the newly inaugurated governor")
        content = content or word.lower() not in determiners
    return " ".join(words).strip(" ,")


# An aside set off by dashes inside the subject says who the subject is: "A Ministry of Defence — the British
# organisation responsible for the army — spokesman said" (the spokesman); at its start, once a date before it is gone,
# it tells when: "On Monday — hours after the attack — police said". (A run of spaces is entered only at its start
# and the aside opens and closes on a word: blanked quotes leave long runs, and trying each of their spaces as a start
# or an end made the search quadratic in the run.)
DASH_ASIDE = re.compile(r"(?:^|(?<!\s)\s+)[—–]\s+[^—–,;\s](?:[^—–,;]{0,118}?[^—–,;\s])?\s+[—–]\s+")


def subject_chunk(phrase: str, apposed: bool = False) -> str:
    """The clause part of `phrase` that holds the subject: adverbial chunks ('Speaking on Tuesday,') dropped.
    `apposed`: a comma stood between the phrase and its verb, closing an apposition ("Connolly, the buyer, said"),
    so a first chunk in -ly is the subject, not an adverb ("Eventually, the dog states")."""
    phrase = DASH_ASIDE.sub(" ", phrase.strip(" ,"))
    opening = SUBORDINATE_OPENING.match(phrase)
    if opening and phrase[opening.end():].strip():
        phrase = phrase[opening.end():]      # "After Gunn was fired, David Dastmalchian ...": the clause set before
    phrase = LEAD_INS.sub("", phrase).strip()
    chunks = [c.strip() for c in re.split(r",|;", phrase) if c.strip()]
    return next((c for i, c in enumerate(chunks) if not ADVERBIAL.match(c) and not _adjunct(c) and
                 not (i < len(chunks) - 1 and (_participial(c) or (_adverb(c) and not apposed)))), "")


def _adjunct(chunk: str) -> bool:
    """'Among the survivors, a farmer told ...': a phrase opened by a preposition, never who spoke (one with a verb
    of its own is an inverted clause, 'Among the passengers are two Belgians, one Swiss, and ...': see describe)."""
    return chunk.split()[0].lower() in ADJUNCT_OPENERS and not FINITE.search(chunk)


def _adverb(chunk: str) -> bool:
    """'Eventually, the dog states ...': one word in -ly set off by a comma tells how or when, not who."""
    return bool(re.fullmatch(r"[A-Za-z]{2,}ly", chunk)) and place_kind(chunk) is None


def _participial(chunk: str) -> bool:
    """'(After) approving the bill', 'Having won the vote': a participle's phrase, told before the subject. Its
    object or complement starts in lower case: a name in -ing stands alone or before capitals ('Beijing, which
    hosts the talks, said', 'Reading Football Club')."""
    first = re.match(r"(?:having\s+)?([a-z]+ing)\s+(?-i:[a-z])", chunk, re.I)
    return bool(first) and not re.fullmatch(ING_NOUNS, first.group(1).lower())


# No leading \s*: in a sentence whose quotes are blanked to spaces, it made every match attempt inside a run
# of spaces scan to its end (quadratic in the run); the space before a match is dropped in code instead.
DATE_WORDS = re.compile(r"\b(?:(?:late|early)\s+)?(?:on|in|last|this|next)\s+(?:\w+day|week|month|year|night|morning|"
                        r"january|february|march|april|may|june|july|august|september|october|november|december)\b"
                        r"|\b(?:yesterday|today|tonight)\b", re.I)
_DATE_WORDS_LOWERCASE = caseless.for_lowercased(DATE_WORDS.pattern)
FUNCTION_WORDS = frozenset("a an the it its what which who this that these those he she they we i you one some "
                           "late early there here".split())

# A phrase opened by one of these is an adjunct, never the subject that speaks: "Among the 155 passengers and
# seven crew ... are three Koreans and one person variously reported as ...", "Among the survivors, a farmer
# told ...". (Not in ADVERBIAL, which also finds the person a sentence is about: "Among the dead was Ali Hassan".)
ADJUNCT_OPENERS = frozenset("among amongst between beside besides despite like unlike within aboard".split())


def without_date_words(phrase: str) -> str:
    """DATE_WORDS taken out, with the spaces before each."""
    kept, at = [], 0
    outlets = [n.span() for n in WEEKDAY_PAPER.finditer(phrase)] if "day" in phrase else []
    for m in caseless.finditer(_DATE_WORDS_LOWERCASE, DATE_WORDS, phrase):
        if any(a <= m.start() < b for a, b in outlets):
            continue                                   # "the Sunday Telegraph claimed": a paper, no day
        kept.append(phrase[at:m.start()].rstrip())     # with the spaces before it
        at = m.end()
    return "".join(kept) + phrase[at:]


# Adverbs between a subject and its verb ("the general also noted", "the minister later said"): no part of who
# spoke. Nouns in -ly are kept ("the family said", "an ally said").
TRAILING_ADVERBS = re.compile(r"(?:\s+(?:also|further|later|then|again|still|now|too|once|(?!(?:"
                              + "|".join(LY_NOUNS) + r")\b)[a-z]+ly))+$")


# A document and the participle that names its issuer: "a statement issued by X" says what "a statement from X"
# says, and the participle would otherwise end the noun phrase at "a statement".
ISSUED_BY_PARTICIPLE = re.compile(r"\b(?P<doc>" + "|".join(sorted(DOCUMENT_WORDS, key=len, reverse=True)) +
                                  r")\s+(?:issued|released|published|posted|sent|signed|written|distributed|"
                                  r"circulated)\s+by\s+", re.I)


def describe(phrase: str, apposed: bool = False) -> str | None:
    """A non-name speaker as a short noun phrase: 'Prosecutors', 'the MDC' -> 'MDC', '2006 US report'
    (`apposed`: see subject_chunk)."""
    chunk = ISSUED_BY_PARTICIPLE.sub(r"\g<doc> from ", subject_chunk(without_date_words(phrase), apposed))
    phrase = leading_noun_phrase(chunk)
    phrase = TRAILING_ADVERBS.sub("", phrase)                # "the general also" -> "the general"
    if not (PARTITIVE.match(phrase) or ONE_OF_THEM.match(phrase)):   # "One of the children": not "of the children"
        phrase = DETERMINERS.sub("", phrase)
    phrase = re.sub(r"\s+(?:who|which|that|whose)$", "", phrase.strip())   # "a man who"
    issued = False                                    # a document and the issuer it is from
    if len(phrase.split()) > 7:
        paper = document(phrase)
        if paper is not None and paper[1] and paper[1] in paper[0]:
            phrase = paper[0]                         # "PC World's recent analysis of its own statistics"
        elif paper is not None and paper[1]:
            # "Wednesday's official government statement from the Yemeni embassy in Washington": the document's
            # word and its issuer, without where the issuer sits
            issuer = LOCATIVE_SPLIT.split(paper[1], maxsplit=1)[0]
            phrase = f"{paper[0].split()[-1]} from {issuer}"
            issued = True
        phrase = trimmed(phrase)                      # "residents on the small island of X": residents
    if all(w.lower() in FUNCTION_WORDS for w in phrase.split()):
        return None
    if phrase.split()[0].lower() in ADJUNCT_OPENERS:
        return None                                   # "Among the 155 passengers and seven crew ... are ..."
    if "\"" in phrase:
        return None
    words = phrase.split()
    # a document's issuer counts as one word: "report from the United Nations High Commissioner for Refugees"
    if not words or len((PROPER_NAME.sub("N", phrase) if issued else phrase).split()) > 7:
        return None
    if _opens_a_clause(words) or (re.search(r"\d", words[0]) and len(words) < 2):
        return None                                   # a clause, not a noun phrase naming a speaker
    return phrase


# A run of capitalised words, with the small words names hold ("High Commissioner for Refugees").
PROPER_NAME = re.compile(r"[A-Z][\w'’.&-]*(?:\s+(?:(?:for|of|and|de|du|del|la)\s+)?[A-Z][\w'’.&-]*)+")
CLAUSE_WORDS = frozenset({"to", "if", "that", "as", "about", "when", "because"})


def _opens_a_clause(words: list[str]) -> bool:
    """Whether a word of a speaker's phrase makes it a clause; not "to" after a role ("an advisor to the team")."""
    return any(w.lower() in CLAUSE_WORDS and not (w.lower() == "to" and i and words[i - 1].lower() in ROLE_NOUNS)
               for i, w in enumerate(words))


def unnamed_person(described: str) -> bool:
    """'Qatari official', 'a senior army officer': one person described by a role, not named."""
    words = described.split()
    head = head_noun(described).lower()             # "spokesperson for NISA": a spokesperson
    return 1 < len(words) <= 5 and head in ROLE_NOUNS and not (head.endswith("s") and head[:-1] in ROLE_NOUNS)
