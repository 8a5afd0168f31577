"""Headlines from an event's own words: a complete clause of at most 90 characters, never cut mid-phrase.

A headline is the event's clause with its openers, dates, asides and attribution tail taken out. When it is
still too long it is cut where a phrase ends (before a preposition, a conjunction, a relative pronoun or a
participle, or at a comma), keeping the verb; a quote's headline is its speaker and the first sentence or
clause of what they said.
"""
from __future__ import annotations

import re

from builder.extract.clauses import conceded
from builder.extract.lexicon import ROLE_NOUNS, SPEAKER_NOUNS
from builder.extract.quotes import TAIL_ATTRIBUTION
from builder.extract.tense import FINITE_VERB, IRREGULAR_PAST, PRESENT_TENSE
from builder.extract.writing import DANGLING, capitalise, strip_openers

MAX_TITLE_CHARS = 90
MAX_TITLE_WORDS = 14
MIN_TITLE_WORDS = 3

# Headlines also drop a leading subordinate clause up to its comma ("Two days after the vote, police ..."),
# and the subordinator or participle that opens a clause cut out of a longer sentence ("after a fire ...").
# Only a time may come before "after"/"before" there ("Two days after", "Shortly before"): "He died before
# reaching the hospital" is a clause of its own.
_SOON = r"(?i:(?:[\w-]+\s+)?(?:days?|hours?|weeks?|months?|years?|minutes?|moments?)\s+|(?:shortly|just|soon|long|" \
        r"immediately|only|even)\s+)?"
HEADLINE_LEADING = re.compile(
    r"^(?:" + _SOON + r"(?i:after|before)|(?i:when|while|following))\s+[^,]{3,80},\s*"
    r"(?!\s|(?i:it|they|he|she|this|these|that|which|who|whom|whose)\b)"   # the clause may hold what they point to
    r"|^(?:" + _SOON + r"(?:after|before)|when|as|while|following)\s+(?=[a-z])"
    r"|^(?:warning|saying|adding|claiming|citing)\s+(?:that\s+)?")
# Asides that a headline drops: appositions, relative clauses and lists between commas, and brackets.
# A relative clause may hold a list ("who are demanding X, Y, and Z, filled the square"): it ends at the comma
# before the main clause's verb when there is one, else at its first comma.
ASIDE = re.compile(r",\s+(?:(?:who|whom|whose|which)\s+[^;]{1,160}?,(?=\s+(?:\w+ed|" + "|".join(IRREGULAR_PAST)
                   + r"|is|are|was|were|has|have|had|will|would|said|says|told)\b)"
                   r"|(?:(?:a|an|the)\s+[^,;]{1,80}|(?:who|whom|whose|which)\s+[^,;]{1,120}|\d+|"
                   r"(?:including|such\s+as|among\s+them)\s+[^,;]{1,80}),(?=\s+[a-z]))")
# "The mine's operator, Minexpert SA, said ...": a name in apposition, dropped so the speech verb is found.
NAME_APPOSITION = re.compile(r",\s+(?:[A-Z][\w.'’&-]*\s+){0,3}[A-Z][\w.'’&-]*,(?=\s+(?:also\s+)?(?:said|says|told)\b)")
BRACKETED = re.compile(r"\s*\((?:[^()]{0,80}|\([^()]{0,20}\))\)")
# "X said (that) ...", "X told Reuters that ...": who spoke, and what they said. Other speech verbs ("warned",
# "announced") keep the whole clause: "X warned Turkey of ..." is already a headline.
# "Dean says that shows Americans ...": "that" followed by one of these is the subject of what was said, and stays.
THAT_AS_SUBJECT = r"(?:is|was|shows|showed|means|meant|proves|proved|suggests|suggested|indicates|indicated)\b"
ATTRIBUTED = re.compile(r"^(?P<who>(?:[A-Z][\w.'’-]*\s+|(?:the|a|an|its|his|her|their)\s+|"
                        r"(?!(?:was|were|is|are|had|have|has|been|be|not|and|but)\b|[a-z]+ed\b)[a-z]+\s+){0,14}?)"
                        r"(?:also\s+|further\s+)?(?P<verb>said|says|wrote|writes|told\s+(?:[\w-]+\s+){1,4}?(?=that\s))\s*"
                        r"(?:(?:in|on)\s+(?:a|an|the|his|her|its|their)\s+[\w\s-]{0,30}?"
                        r"(?:post|statement|interview|address|message|broadcast|briefing|letter)"
                        r"(?:\s+(?:broadcast|posted|published|released|aired|read\s+out))?,?\s+)?"
                        r"(?:that\s+(?!" + THAT_AS_SUBJECT + r")|on\s+\w+\s+that\s+)?(?P<what>\w.*)$")
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
# Statements whose news is who said it: the headline keeps the speaker.
HEADLINE_SPEAKER = frozenset({"statement", "warning", "rejection", "diplomacy", "agreement", "ultimatum"})
CLAUSE_BREAK = re.compile(r";|,\s+(?:however|but|although|though|while|whereas|with|which|who|where|according to|"
                          r"after|before|as|when|because|despite|including)\b|\s+[–—-]\s+|:\s")
QUOTE_MARKS = re.compile(r"[\"“”„«»]")
# A clause that ends where its speaker starts talking: "X said:", "X told Bloomberg via e-mail".
SAID_THEN_QUOTE = re.compile(r"\b(?:said|says|told|wrote|added)\b[^\w]*(?:[\w-]+\s*){0,4}:?\s*$")
# A clause that is only the way to a quote: "Betancourt said, "I cry with joy."", "He said that "..."", or what is
# left of "X said of the crime scene, "it was a real butchery"" once the saying is taken off.
LEADS_TO_QUOTE = re.compile(r"(?:[^\"“,;]{1,60}?\b(?:said|says)\s*(?:[,:]|\s+that)|that"
                            r"|(?:of|about|regarding|concerning|on)\s[^,\"“]*,)\s*[\"“]", re.I)

# Words a headline may be cut before: where a phrase ends.
BOUNDARY = frozenset("""in on at to for from by with without about after before since until into onto over under
between against during as than of through across near toward towards amid despite following including and or but
nor while whereas although though because so if when where whether who whom whose which that""".split())
# Words in -ing that are nouns, not participles opening a phrase.
ING_NOUNS = frozenset("""morning evening building meeting funding wedding ceiling nothing something anything everything
clothing housing spring string thing king ring hearing briefing training bombing shelling fighting shooting killing
looting rioting flooding warning offering opening ending beginning setting sitting landing crossing uprising
financing spending bailing ruling""".split())


# "arrested al-Balawi and later": a second verb phrase begun and cut.
OPEN_COORDINATION = re.compile(r"\b(?:and|but|or)\s+(?:later|then|subsequently|eventually|afterwards|again|also)\s*$",
                               re.I)


def _last_word(text: str) -> str:
    tail = re.findall(r"[\w'’]+", text[-60:])    # the tail only: this is asked of every candidate cut
    return tail[-1].lower().replace("’", "'") if tail else ""


def ends_well(text: str) -> bool:
    """Whether `text` can end a headline: its last word does not leave a phrase open."""
    last = _last_word(text)
    return bool(last) and last not in DANGLING and not last.endswith("'s") and \
        not text.rstrip().endswith((",", ":", ";", "-", "–", "—", "…", "...")) and not OPEN_COORDINATION.search(text)


def _fits(text: str, max_chars: int, max_words: int) -> bool:
    return len(text) <= max_chars and len(text.split()) <= max_words


def fit(text: str, max_chars: int = MAX_TITLE_CHARS, max_words: int = MAX_TITLE_WORDS) -> str:
    """`text` if it fits; else its longest beginning that ends where a phrase ends, preferring one with a verb."""
    text = text.strip()
    if _fits(text, max_chars, max_words) and ends_well(text):
        return text
    words = list(re.finditer(r"\S+", text[:max_chars + 40]))
    # The longest cut that fits is the best: it keeps the verb if any cut does (a cut has the verb once it is
    # past it). So try them from the longest down and take the first that ends where a phrase ends.
    last = min(len(words), max_words)
    while last >= MIN_TITLE_WORDS and words[last - 1].end() > max_chars:
        last -= 1
    for i in range(last, MIN_TITLE_WORDS - 1, -1):
        if i < len(words) and not _boundary(words[i].group(), words[i - 1].group()):
            continue
        prefix = text[:words[i - 1].end()].rstrip(" ,;:—–-")
        if ends_well(prefix) and not SAID_THEN_QUOTE.search(prefix[-80:]):
            return prefix
    return _cut_words(text, max_chars, max_words)


def _boundary(word: str, previous: str) -> bool:
    bare = word.lower().strip("\"“”'‘’(),;:.")
    if previous.endswith((",", ";", ":")) or word in ("—", "–"):
        return True
    if bare in BOUNDARY:
        return True
    return bare.endswith("ing") and len(bare) > 5 and bare not in ING_NOUNS and word[:1].islower()


def _cut_words(text: str, max_chars: int, max_words: int) -> str:
    """The last resort: whole words up to the limits, without a word that leaves the phrase open."""
    words: list[str] = []
    for word in text.split()[:max_words]:
        if len(" ".join([*words, word])) > max_chars:
            break
        words.append(word)
    while len(words) > MIN_TITLE_WORDS and not ends_well(" ".join(words)):
        words.pop()
    return " ".join(words).rstrip(",;:–—-")


def _first_sentence(text: str) -> str:
    parts = re.split(r"(?<=[.!?])\s+(?=[\"“‘'(\[]?[A-Z0-9])", text.strip(), maxsplit=1)
    return parts[0]


def quote_title(speaker: str, quote: str) -> str:
    """'Speaker: “what they said”': the quote's first sentence, or its first complete phrase when that is long."""
    budget = max(MAX_TITLE_CHARS - len(speaker) - 4, 24)
    said = _first_sentence(quote).rstrip(" .,;:")
    if not _fits(said, budget, MAX_TITLE_WORDS):
        clause = re.split(r"[,;:]\s|\s[–—]\s", said)[0]
        long_enough = len(clause.split()) >= 4 and ends_well(clause) and _fits(clause, budget, MAX_TITLE_WORDS) \
            and FINITE_VERB.search(clause)
        said = clause if long_enough else fit(said, budget).rstrip(" .,;:")
    if not ends_well(said):
        said = fit(said, budget).rstrip(" .,;:")
    said = QUOTE_MARKS.sub("", said).strip()
    return capitalise(f"{speaker}: “{said}”")


def _balanced(text: str) -> str:
    if text.count("“") != text.count("”") or text.count('"') % 2:
        text = QUOTE_MARKS.sub("", text)
    return " ".join(text.split())


def _attribution(text: str, category: str, speaker: str | None) -> str:
    """'X said (that) Y' as 'X says Y' when the saying is the news, else Y."""
    said = ATTRIBUTED.match(text)
    if not said or len(said["what"].split()) < 3:
        return text
    who = said["who"].strip()
    if who.lower() in PRONOUNS or who.lower().split()[:1] == ["it"] or not who:
        return said["what"] if said["verb"].startswith(("said", "says")) else text
    if category not in HEADLINE_SPEAKER:
        return said["what"]
    if len(who) > 40:                                 # "University ... president Jane Roe said": "Jane Roe says"
        name = re.search(r"(?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w.'’-]+$", who)
        who = speaker if speaker and who.endswith(speaker) else name.group() if name else who
    return f"{who} {'say' if _plural(who) else 'says'} {said['what']}"


def _plural(who: str) -> bool:
    """Whether a sayer takes 'say': "the researchers", "Officials" opening the sentence, "Police"; not "Reuters"."""
    last = who.split()[-1]
    lower = last.lower()
    if lower in PLURAL_BODIES:
        return True
    # a capitalised noun is common only opening the sentence alone ("Officials"), not ending a name ("Association of
    # Port Terminal Operators")
    common = last[:1].islower() or (who == last and (lower in SPEAKER_NOUNS or lower.rstrip("s") in ROLE_NOUNS))
    return common and lower.endswith("s") and not lower.endswith(("ss", "'s", "’s"))


PLURAL_BODIES = frozenset({"police", "people"})


def title_from(clause: str, speaker: str | None = None, quote: str | None = None, category: str = "",
               dates: list[str] = (), retry: bool = True) -> str:
    """A headline from a clause: no date opener or date, no asides, first clause only, no full stop. With `retry`,
    a headline left with no verb ("Julian Paluku, governor") is tried again without the speaker's role or the
    opening phrases that cost it its verb, else told by the quote."""
    if quote and (not clause or QUOTE_MARKS.sub("", clause).strip() == "") and speaker:
        return quote_title(speaker, quote)
    title = _title_from(clause, speaker, quote, category, dates)
    if not retry or has_verb(title):
        return title
    undated = _without(clause.strip(), list(dates))
    for shorter in (_without_role(undated), _without_opening_phrases(undated), _name_for_role(undated),
                    _without_body(undated)):
        if shorter != undated:
            again = _title_from(shorter, speaker, quote, category, dates)
            if has_verb(again):
                return again
    return quote_title(speaker, quote) if quote and speaker else title


# ", director general of the technical secretariat of the commission, said": a speaker's role between the name
# and the verb of saying. Not a name ("X, Ali Muse Sheikh, reported": the name is who speaks), not a clause.
ROLE_BEFORE_SAYING = re.compile(r",\s+([^,;:\"“”]{2,140}?),?(?=\s+(?:also\s+|has\s+)?(?:said|says|told|reported|"
                                r"added|stated|explained|warned|called|thinks|believes)\b)")
NAME_ONLY = re.compile(r"(?:[A-Z][\w.'’-]*\s*)+")
# A phrase that sets the scene before the subject: "Standing alongside X, ...", "In a telephone call with Y, ...".
OPENING_PHRASE = re.compile(r"(?:[A-Z][a-z]+ing|In|At|On|During|After|Before|Amid|Amidst|Apart|Via|Despite|Following|"
                            r"Under|Through|Throughout|Since|Among|Quoting|Citing)\b")
SUBJECT_START = re.compile(r"(?:[A-Z0-9]|(?:the|a|an|his|her|its|their|some|many|one|two|three)\b)")


def _without_role(clause: str) -> str:
    role = ROLE_BEFORE_SAYING.search(clause)
    if role is None or role.start() > 80 or FINITE_VERB.search(role.group(1)) or NAME_ONLY.fullmatch(role.group(1)) \
            or re.search(r"n['’]t\b|\bnot\b", role.group(1)):
        return clause
    return clause[:role.start()] + clause[role.end():]


def _without_opening_phrases(clause: str) -> str:
    """'Standing alongside the president at an air base, Betancourt said ...' without its opening phrase, and
    an apposition after it ('In Baghdad's Sadr City, a Shiite stronghold, officials said ...')."""
    rest, dropped = clause, 0
    while dropped < 3:
        head, comma, after = rest.partition(", ")
        opening = OPENING_PHRASE.match(head) if not dropped else not FINITE_VERB.search(head)
        if not (comma and opening and not FINITE_VERB.search(head) and SUBJECT_START.match(after)):
            break
        rest, dropped = after, dropped + 1
        if has_verb(rest.partition(", ")[0]):
            break
    # the subject must be left: not "President of Venezuela, sharply criticized ..." when the name was in the opening
    return rest if has_verb(rest.partition(", ")[0]) else clause


# "A local official, Fernando Muianga, wrote ...": a role, then the name in apposition, then the verb.
ROLE_THEN_NAME = re.compile(r"^(?i:an?|the)\s+[^,;:\"“”]{2,60}?,\s+(?P<name>(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*),\s+")
# "A senior official with the Trump administration also told ...": the body after an unnamed speaker's role.
ROLE_OF_BODY = re.compile(r"^(?P<role>(?i:an?|the)\s+(?:[\w-]+\s+){0,2}?[a-z]+)\s+(?:with|of|from|at|in|for)\s+"
                          r"[^,;:\"“”]{2,60}?\s+(?=(?:also\s+|later\s+)?(?:said|says|told|wrote|added|stated)\b)")


def _name_for_role(clause: str) -> str:
    """'A local official, Fernando Muianga, wrote ...' as 'Fernando Muianga wrote ...'."""
    m = ROLE_THEN_NAME.match(clause)
    return m["name"] + " " + clause[m.end():] if m else clause


def _without_body(clause: str) -> str:
    """'A senior official with the Trump administration also told ...' as 'A senior official also told ...'."""
    m = ROLE_OF_BODY.match(clause)
    if m is None or FINITE_VERB.search(clause[m.end("role"):m.end()]) or " to " in clause[m.end("role"):m.end()]:
        return clause                    # not "The police in Delhi claim to have told ...": a verb is no body's name
    return m["role"] + " " + clause[m.end():]


# A clause after a comma that begins like an apposition but says something: ", the dog states that ...,", ", the
# government banned political rallies,": no aside to drop. Not an -ed word that describes: after an article ("the
# affected villages", "the armed wing") or before a preposition ("the man accused of the murder"); not an attribution
# (", the U.N. mission said last month,").
SAYS_SOMETHING = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would)\b|"
                            r"\b(?:says|states|said|stated|told\s+\w+)\s+that\b|"
                            r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )"
                            r"\b[a-z]{3,}ed\s+(?!(?:of|by|in|as|with|for|to|on|at|from|under|after)\b)[a-z]")
APPOSITION_START = re.compile(r",\s+(?:a|an|the)\s", re.I)


def drop_asides(text: str) -> str:
    """`text` without the asides a headline drops (ASIDE), but not a clause that only looks like one."""
    return ASIDE.sub(lambda m: m.group() if APPOSITION_START.match(m.group()) and SAYS_SOMETHING.search(m.group())
                     else "", text)


def has_verb(text: str) -> bool:
    """Whether a headline holds a verb: a clause, not a name or a phrase."""
    return bool(FINITE_VERB.search(text) or PRESENT_TENSE.search(text))


def _title_from(clause: str, speaker: str | None, quote: str | None, category: str, dates: list[str]) -> str:
    text = _without(clause.strip(), list(dates))
    main = conceded(text)
    if main and has_verb(text[main:]):
        text = text[main:]             # "Despite the assertion that X was dismissed, Y told NBC ...": Y's clause
    text = TAIL_ATTRIBUTION.sub("", text) if len(text.split()) > 6 else text
    text = strip_openers(text, also=HEADLINE_LEADING)
    text = NAME_APPOSITION.sub("", drop_asides(BRACKETED.sub("", text)))
    text = _attribution(text, category, speaker)
    if quote and speaker and SAID_THEN_QUOTE.search(text.split(": ")[0]):
        return quote_title(speaker, quote)            # "X said:" and then the quote: the quote is the news
    if quote and speaker and LEADS_TO_QUOTE.match(text):
        return quote_title(speaker, quote)            # "X said of the scene, '...'": what was said of it is the news
    for m in CLAUSE_BREAK.finditer(text):
        head = text[:m.start()]
        if m.start() > 25 and FINITE_VERB.search(head) and ends_well(head):
            text = head
            break
    text = re.sub(r"[\s,;:.–—-]+$", "", fit(_balanced(text)))
    return capitalise(_balanced(text).strip()) or "Untitled event"   # removing marks can leave only spaces


DATE_PREPOSITION = re.compile(r"(?:in|on|at|by|during|from|since|until|till|of|before|after)\b", re.I)
DATE_PREPOSITION_END = re.compile(r"(?:^|\s+)(?:in|on|at|by|during|from|since|until|till)$", re.I)


RANGE_END = re.compile(r"^\s*[–—-]\s*\d{1,2}\b(?:\s*,?\s*\d{4}\b)?")


def _without(text: str, phrases: list[str]) -> str:
    """`text` with date phrases taken out where a headline can lose them: the timeline shows the date already.
    A date that modifies a noun ("Sunday's vote", "this year's appeal", "the 2006 fire") stays."""
    for phrase in sorted(phrases, key=len, reverse=True):
        at = text.find(phrase)
        end = at + len(phrase)
        if not phrase or at < 0 or text[end:end + 2] in ("'s", "’s") or phrase.endswith(("'s", "’s")):
            continue
        if (at and text[at - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
            continue                                  # part of a longer word
        noun = re.match(r" ([a-z]+)\b", text[end:end + 30])
        if re.match(r"(?:the|a|an)\s", phrase, re.I) and noun and noun.group(1) not in BOUNDARY:
            continue                                  # "the 2006 fire": the date says which fire
        head = text[:at].rstrip(" ,")
        if re.search(r"(?:^|\s)(?:the|a|an)$", head, re.I):
            continue                                  # "The past year has seen ...": the date is the subject
        if not DATE_PREPOSITION.match(phrase):        # "began in early September": the "in" goes with it
            head = DATE_PREPOSITION_END.sub("", head)
        tail = RANGE_END.sub("", text[end:]).lstrip(" ")     # "September 15–24": the range goes with its start
        if not head:
            text = tail.lstrip(" ,")                  # "On Sunday, police ..." -> "police ..."
        else:
            text = head + ("" if not tail or tail[0] in ",.;:!?)]}’" else " ") + tail   # '"there' keeps its space
    return text.strip(" ,")


# Participles that open a clause cut out of a sentence (", killing three"), as the past tense a headline needs.
IRREGULAR_PAST = {"leaving": "left", "saying": "said", "taking": "took", "making": "made", "giving": "gave",
                  "bringing": "brought", "sending": "sent", "holding": "held", "leading": "led", "hitting": "hit",
                  "setting": "set", "putting": "put", "cutting": "cut", "running": "ran", "coming": "came",
                  "going": "went", "telling": "told", "seeing": "saw", "finding": "found", "losing": "lost"}
RELATIVE_OPENING = re.compile(r"^(?:who|which|that)\s+(?=\S)", re.I)
PREPOSITION_RELATIVE = re.compile(r"^(?:in|on|at|during|after|under|by|with|from)\s+(?:which|whom)\s+", re.I)
PARTICIPLE_OPENING = re.compile(r"^(?P<verb>[a-z]{3,}ing)\s+(?=\S)")
PASSIVE_OPENING = re.compile(r"^(?:(?:after|before|while|since)\s+)?(?P<aux>being|having)\s+", re.I)
SPEECH_OPENING = re.compile(r"^(?:also\s+)?(?:said|says|told|announced|added|stated|reported|warned)\b", re.I)
SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|announced|added|stated|reported)\b(?:\s+[\w-]+){0,5}\s*$", re.I)


def _past(participle: str) -> str:
    if participle in IRREGULAR_PAST:
        return IRREGULAR_PAST[participle]
    stem = participle[:-3]
    return stem + ("d" if stem.endswith("e") else "ed")


def antecedent(before: str) -> str:
    """The noun phrase a relative clause hangs on: the last words before it, from its determiner or name."""
    words = before.rstrip(" ,").split()[-6:]
    start = max((i + 1 for i, w in enumerate(words) if w.lower().strip(",") in BOUNDARY or FINITE_VERB.fullmatch(w)),
                default=0)
    words = words[start:]
    while len(words) > 1 and not (words[0][:1].isupper() or words[0].lower() in DETERMINERS):
        words = words[1:]                     # "help the economy": the noun phrase starts at "the"
    return " ".join(words).strip(" ,\"“”")


# The subject of what a saying reports: "told officials they had left ...", "said that the boat ...".
SAID_BEFORE = re.compile(r"\b(?:said|says|told)\b", re.I)
REPORTED_SUBJECT = re.compile(r"\b(?:said|says|told(?:\s+[\w-]+){1,2}?)\s+(?:that\s+)?"
                              r"(?P<subject>he|she|they|we|it|(?:the|its|his|her|their)\s+[\w-]+)\s+[^,;]*$", re.I)


# A clause that opens on its verb, lower case: "had run out of fuel", "remained shut", "is now scheduled".
OWN_VERB_OPENING = re.compile(r"(?:(?:also|then|later|now|still)\s+)?(?-i:" + FINITE_VERB.pattern + r")", re.I)


def with_subject(sentence: str, offset: int, clause: str, subject: str) -> str:
    """A clause cut out of a sentence, made to stand alone as a headline: 'which went missing on Sunday' ->
    'an airplane went missing on Sunday'; ', landing in the capital' -> 'Troops landed in the capital';
    'after being arrested' -> 'Biti was arrested'; '(said) that he was talking' -> 'Mutambara says he was talking'."""
    text = re.sub(r"^(?:and|but)\s+", "", clause.strip(" ,;"))
    before = sentence[:offset]
    if PREPOSITION_RELATIVE.match(text):
        return PREPOSITION_RELATIVE.sub("", text)
    if RELATIVE_OPENING.match(text) and re.search(r",\s*$", before) is not None:
        noun = antecedent(before)
        if noun:
            return f"{noun} {RELATIVE_OPENING.sub('', text)}"
    if text.lower().startswith("that ") and SPEECH_BEFORE.search(before[-80:]) and subject:
        return f"{subject} says {text[5:]}"
    if SPEECH_OPENING.match(text) and subject:         # "The group, which ..., | said in a message that ..."
        return f"{subject} {text}"
    passive = PASSIVE_OPENING.match(text)
    if passive and subject:
        return f"{subject} {'was' if passive['aux'].lower() == 'being' else 'had'} {text[passive.end():]}"
    participle = PARTICIPLE_OPENING.match(text)
    if participle and subject and participle["verb"] not in ING_NOUNS:
        return f"{subject} {_past(participle['verb'])} {text[participle.end():]}"
    if text != clause.strip(" ,;"):             # an "and"/"but" cut off: the clause stands on its own subject ...
        # ... or on the sentence's, when it opens on its verb ("and had run out of fuel", "but fought to keep ...")
        # (after a saying, the subject of what was said: "The survivors told officials they had left Zuwara and |
        # had run out of fuel": they had, not the survivors as speakers)
        if not OWN_VERB_OPENING.match(text):
            return text
        reported = REPORTED_SUBJECT.search(before)
        if reported:
            return f"{reported['subject']} {text}"
        return f"{subject} {text}" if subject and not SAID_BEFORE.search(before) else text
    return clause


def reactions_title(voices: list[str]) -> str:
    """"Barack Obama, David Cameron and the Arab League react": the headline of several reactions told as one."""
    for shown in range(len(voices), 1, -1):
        names = voices[:shown] if shown == len(voices) else [*voices[:shown], "others"]
        title = ", ".join(names[:-1]) + " and " + names[-1] + " react"
        if len(title) <= MAX_TITLE_CHARS:
            return title
    return f"{voices[0]} and others react"
