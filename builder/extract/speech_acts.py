"""The category of reported speech (corpus README: 'statement: what someone said ... when the saying is the event').

A clause whose main verb is a saying ('X said ...', '..., X said', 'According to X, ...') is a statement,
whatever its content is about, unless
- the saying is itself an act: a warning, a refusal, an agreement ('X warned ...', 'X rejected ...');
- what is said is an act of the kinds a saying performs or a fact the speaker gives: a warning, refusal,
  agreement, ultimatum or deadline in the content, a toll or a rescue ('police said 41 people were rescued');
- the verb announces or reports what happened ('announced fresh sanctions', 'AFP reported that two soldiers
  were killed'): then the content is the event and is classified as such (with no cue, a state or intention
  announced is still a statement);
- the verb denies ('denied that ...', 'dismissed the allegations'): what is denied is no act, so a statement;
- the speaker is a court, judge, prosecutor or police: what they say of a case is a legal act; so is a legal step
  anyone tells as taken or coming ('NBC says authorities arrested him', 'would seek to extradite him');
- what is said tells aid given ('has provided some assistance to the displaced'): humanitarian;
- what is said tells a formal act ('... and passed a resolution', 'has been placed on high alert'): other.
"""
from __future__ import annotations

import re
from functools import lru_cache

from builder.extract.categories import AID_GIVEN, RELATIVE_CLAUSE, THRESHOLD, classify, cue_scores
from builder.extract.lexicon import NOT_NAME_WORDS, ROLE_NOUNS, SPEAKER_NOUNS, THING_ACRONYMS, THING_WORDS
from builder.extract.tense import FINITE_VERB, MODAL

# Verbs whose clause is a statement: the saying is the news. ("states" is left out: in news copy it is mostly the
# noun, as in "member states" or "Gulf states".)
STATEMENT_VERBS = """said says say told tells stated claimed claims believes believe thought thinks described
describes commented criticized criticised condemned condemns denounced called urged urges appealed insisted insists
admitted admits theorized theorised defended defends expressed declined added adds explained explains noted notes
argued argues wrote writes indicated asserted acknowledged stressed welcomed praised accused accuses denied denies
maintained maintains replied responded suggested suggests hopes hoped calling calls call compared compares likened
likens vowed vows dismissed dismisses asked asks affirmed affirms affirm reaffirmed reaffirms requested requests tweeted
referred advocated advocates voiced predicted predicts countered answered answers commended commends
raised""".split()
# Verbs that deny: what is denied did not happen, so the content's cues never make the clause an act
# (corpus README: "Denying an accusation ... [is] statement").
DENIAL_VERBS = frozenset("denied denies dismissed dismisses".split())
# "dismissed" is a saying only of words: "dismissed the allegations", not "dismissed the minister" or "the case".
DISMISSED_WORDS = re.compile(r"\s+(?:the\s+|all\s+|these\s+|those\s+|any\s+|such\s+)?(?:[\w-]+\s+)?(?:claims?|"
                             r"accusations?|allegations?|reports?|criticism|suggestions?|speculation|rumou?rs?|"
                             r"concerns?|fears?|involvement|wrongdoing|responsibility)\b", re.I)
DENIED_CLAIM = re.compile(r"\W*that\b|" + DISMISSED_WORDS.pattern, re.I)
# What befell the one who denied, told in a second verb phrase: "denied wrongdoing but were convicted of fraud".
COURT_OUTCOME = re.compile(r"\b(?:but|and|yet)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:later\s+|still\s+|"
                           r"nonetheless\s+|subsequently\s+)?(?:arrested|detained|charged|indicted|jailed|sentenced|"
                           r"convicted|found\s+guilty|extradited)\b", re.I)
# Verbs that are acts of their own.
ACT_VERBS = {"warned": "warning", "warns": "warning", "warn": "warning", "threatened": "warning",
             "threatens": "warning", "threaten": "warning", "cautioned": "warning", "rejected": "rejection",
             "rejects": "rejection", "reject": "rejection", "refused": "rejection", "refuses": "rejection",
             "refuse": "rejection", "agreed": "agreement", "agrees": "agreement", "agree": "agreement"}
# Verbs that announce or report a happening: the content is the event.
CONTENT_VERBS = """announced announces declared declares reported reports confirmed confirms revealed""".split()
PRESENT_STATE = re.compile(r"(?:is|are|has|have|remains|remain)$", re.I)
PARTICIPLE = re.compile(r"\s+(?:(?:not|now|also|already|since|just|been)\s+)*(?:\w+ed|\w+en|put|set|cut|made|found|"
                        r"left|lost|held|kept|got|won|begun|fled|shot|hit|paid|sent|built|brought)\b", re.I)
# A report tells a happening: "Rudaw reported that the parties have put aside their differences".
REPORTING_VERBS = frozenset({"reported", "reports"})
SAYING_WORDS = frozenset(STATEMENT_VERBS + list(ACT_VERBS) + CONTENT_VERBS)
WORD = re.compile(r"[A-Za-z]+")


def _first_saying(text: str) -> re.Match | None:
    """The first saying verb in `text` (a set test per word: cheaper than one pattern of every verb)."""
    return next((m for m in WORD.finditer(text) if m.group().lower() in SAYING_WORDS and
                 not m.group()[0].isupper()), None)       # "United States", "Said Mohammed": names


# Capitalised words in a subject are names ("United Nations", "Said Mohammed"), not its verbs: the first word
# only when another capitalised word follows it (a sentence's first word is capitalised anyway).
NAME_WORD = re.compile(r"(?<=\S\s)[A-Z][\w'’]*|^\W*[A-Z][\w'’]*(?=\s+[A-Z])")


# "the newly elected president", "a wounded soldier": a participle after a determiner or an adverb describes.
DESCRIBING_PARTICIPLE = re.compile(r"\b(?:the|a|an|newly|recently|democratically|popularly)\s+\w+ed\b(?=\s+\w)", re.I)


def _names_masked(subject: str) -> str:
    """The subject without the words that only look like verbs: names and describing participles."""
    return DESCRIBING_PARTICIPLE.sub(" ", NAME_WORD.sub(" ", subject))
# A name given to what was just told: "called it a \"regrettable operational mistake\"".
CALLED_IT = re.compile(r"\s+(?:it|this|that|him|her|them)\s+(?:a|an)\s", re.I)
REFERRED_AS = re.compile(r"\s+to\s+[^,;.]{1,60}?\s+as\b", re.I)


def _too_long(subject: str) -> bool:
    """Whether words before a saying are too many to be its subject; names count less than other words ("Senator Jack
    Reed of Rhode Island and fellow Democrat Adam Schiff of the House Intelligence Committee both raised ...")."""
    words = subject.split()
    return len(words) > 24 or len([w for w in words if not w[:1].isupper()]) > 12


# Who can raise concerns by saying so: a person named, a role or a body, or a pronoun for one.
VOICE_PRONOUNS = frozenset("he she they we i".split())


def _voices(subject: str) -> bool:
    """Whether a subject names someone who speaks, not a thing ("The explosion", "which")."""
    words = re.findall(r"[A-Za-z][\w'’-]*", subject)
    return any(_named(w, i, len(words)) or w.lower() in VOICE_PRONOUNS
               or w.lower() in ROLE_NOUNS or w.lower().rstrip("s") in ROLE_NOUNS or w.lower() in SPEAKER_NOUNS
               for i, w in enumerate(words))


def _named(word: str, at: int, count: int) -> bool:
    """Whether the `at`-th of `count` words of a subject is a name. A capital opens every sentence, so the first word
    counts only when it is the whole subject and no common word ("Obama raised concerns", not "Fighting raised
    fears"); an acronym only as the subject's last word ("The UN", "NATO"; not "The US election", nor single
    letters: "the 2016 U.S. presidential election")."""
    if word.isupper():
        return len(word) > 1 and at == count - 1 and word not in THING_ACRONYMS
    if not word[0].isupper():
        return False
    return at > 0 or (count == 1 and word not in NOT_NAME_WORDS and word not in THING_WORDS and
                      not word.endswith(("ing", "s")))


# What is raised by saying it: "both raised concerns about Trump's mindfulness". (Not "raised the alarm": in news of
# a disaster it is mostly an alert given, "a passing driver raised the alarm": an act, not words reported.)
RAISED_CONCERN = re.compile(r"\s+(?:(?:their|his|her|its|the|serious|grave|new|further)\s+)?(?:concerns?|questions?|"
                            r"doubts?|fears?|objections?)\b", re.I)
ACCORDING = re.compile(r"^\W*according\s+to\s+[^,;]{1,80},\s*", re.I)
TAIL = re.compile(r",\s+(?P<who>[^,;]{0,90}?)\b(?P<verb>said|says|told|added|stated|claimed|wrote)\b"
                  r"(?:\s+[\w.'’-]+){0,4}\W*$", re.I)
# "..., claimed the press secretary for the governor, Ozcan Yalcin.": the speaker after the verb.
# ("..., claim residents.", "..., say officials.": a plural speaker after a verb in the present.)
INVERTED_TAIL = re.compile(r",\s+(?P<verb>said|says|told|added|stated|claimed|commented|explained|noted|wrote|"
                           r"(?:say|claim)(?=\s+[a-z]+s\W*$))\s+"
                           r"(?P<who>(?:the\s+|a\s+|an\s+|[A-Z]|[a-z]+s(?=\W*$))[^;]{0,120}?)\W*$")
# "This move was criticized by a member of parliament": a judgement is a saying in the passive too.
JUDGING_VERBS = frozenset("criticized criticised condemned denounced welcomed praised".split())
JUDGED_BY = re.compile(r"\s+by\s+(?P<who>[^,;.]{1,80})")
# ", which it claimed was a coup": a relative clause, not a tail attribution.
RELATIVE_PRONOUN = re.compile(r"(?:which|who|whom|whose|that)\b", re.I)
# Openers before the subject: "In a statement,", "Later, in an updated statement,", "On Monday,".
OPENER = re.compile(r"^\W*(?:(?:later|earlier|meanwhile|however|also|separately|again|yesterday|today|"
                    r"in\s+(?:a|an|his|her|their|its)\s+[^,]{0,60}|on\s+\w+|at\s+[^,]{0,60}|during\s+[^,]{0,60}|"
                    r"in\s+response|in\s+reply|writing\s+[^,]{0,60}|speaking\s+[^,]{0,60})\s*,\s*)+", re.I)
AUXILIARY_BEFORE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|did|does|do|continues\s+to|continue\s+to|"
                              r"continued\s+to|"
                              # "were quick to say", "went on to say": the saying is the clause's verb
                              r"(?:is|are|was|were)\s+(?:quick|swift|keen|eager)\s+to|(?:went|goes|go)\s+on\s+to)\s+"
                              r"(?:(?:now|also|still|"
                              r"again|not|repeatedly|publicly|already)\s+)*$", re.I)
# Asides inside the subject: "X, a spokesman for Y, said", "X, who ..., said".
SUBJECT_ASIDE = re.compile(r",[^,]{0,120},")
# What a saying may be in its content: acts a statement performs, facts a speaker gives, a formal diplomatic act.
# (`other` is scored only for a formal act: "expressed solidarity ... and passed a resolution" is the resolution.)
CONTENT_KINDS = ("warning", "rejection", "agreement", "ultimatum", "deadline", "casualties", "evacuation", "diplomacy",
                 "other")
# Ties in what was said go to the act told: a rescue before the hospital it ended in.
SAYING_PRIORITY = ("deadline", "ultimatum", "warning", "rejection", "agreement", "evacuation", "casualties", "shelling",
                   "strike", "diplomacy", "legal", "humanitarian", "other")
# An attack the speaker tells as done ("forces shot down a missile", "they have captured the island"), not a
# weapon named in passing ("sighted by a drone", "tried to stop the bomber").
# (Not a word of a compound: "submarine-launched missiles" names a weapon, not an attack made.)
VIOLENT_ACT = re.compile(r"(?<!-)\b(?:captured|seized|shot|fired|attacked|bombed|shelled|struck|stormed|killed|killing|"
                         r"raided|invaded|ambushed|retook|retaken|overran|overrun|destroyed|burnt|burned|landed|"
                         r"exploded|detonated)\b|"
                         # "the aircraft circled twice, dropping multiple bombs"
                         r"\bdropp(?:ed|ing)\s+(?:[\w-]+\s+){0,2}?(?:bombs?|munitions|explosives|barrel\s+bombs)\b|"
                         r"\b(?:shelling|fighting|bombing|attacks?|clashes|bombardment)\s+(?:began|started|erupted|"
                         r"resumed|continued|broke\s+out)\b|"
                         # "warplanes carried out at least a dozen air strikes", "gunfire was heard around State House"
                         r"(?<!-)\b(?:carried\s+out|launched|conducted|staged|mounted)\b|"
                         r"\b(?:gunfire|shots|shooting|explosions?|blasts?|shelling|fighting)\s+(?:was|were)\s+heard\b",
                         re.I)
# A toll is a count: "at least 12 people were killed", not "letters of complaint or injury".
COUNT = re.compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                   r"fifty|hundred|hundreds|thousands|dozens|scores|dozen)\b|"
                   # one person counts too: "a 73-year-old man drowned", "a volunteer firefighter was taken to hospital"
                   r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|child|baby|person|soldier|officer|policeman|"
                   r"firefighter|civilian|driver|passenger|worker|resident|student|pilot|guard)\b", re.I)
# The speaker's own legal step, coming or just taken: "they would appeal", "we will sue", "they arrested".
OWN_LEGAL_STEP = re.compile(r"^\W*(?:that\s+)?(?:he|she|they|we|i|it)\s+(?:(?:would|will|intends?\s+to|plans?\s+to|"
                            r"is\s+going\s+to)\s+(?:\w+\s+)?(?:appeal|sue|file|challenge|press\s+charges)\b|"
                            # ... or one just taken: "authorities said they arrested a taxi driver"
                            r"(?:had\s+|have\s+|has\s+)?(?:also\s+)?(?:arrested|detained|charged|indicted|jailed|raided|"
                            r"convicted|sentenced)\b)", re.I)
# A legal step told as taken, whoever tells it: "NBC says Jordanian authorities arrested him", "police were
# investigating whether ...", "the driver was charged with manslaughter" (corpus README: legal is arrests, charges,
# investigations by police or courts).
LEGAL_STEP_TOLD = re.compile(r"(?:^\W*|[,;]\s*|\bthat\s+)(?:[\w'’.-]+\s+){0,3}?(?:police|authorities|investigators|"
                             r"detectives|prosecutors|officers|agents|FBI)\s+(?:had\s+|have\s+|has\s+|were\s+|was\s+|are\s+|is\s+)?"
                             r"(?:also\s+|later\s+|now\s+|still\s+|already\s+)?(?:arrested|detained|charged|indicted|"
                             r"investigating|investigated|questioned|questioning|raided|searched|seized|confiscated)\b|"
                             r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:arrested|detained|charged|"
                             r"indicted|jailed|sentenced|convicted|extradited)\b|"
                             # a suspect giving himself up: "walked into the station and turned himself in"
                             r"\bturned\s+(?:himself|herself|themselves)\s+in\b|"
                             r"\bsurrendered\s+(?:himself|herself|themselves|to\s+(?:the\s+)?(?:police|authorities))\b|"
                             # a state's coming legal step: "would consider charging the gunman", "would seek to
                             # extradite him"
                             r"\b(?:would|will)\s+(?:open|launch|order|begin|start)\s+(?:an?\s+)?(?:[\w-]+\s+)?"
                             r"(?:investigation|inquiry|probe)\b|"
                             r"\b(?:would|will)\s+(?:consider\s+|seek\s+to\s+|try\s+to\s+)?(?:charg(?:e|ing)|prosecut(?:e|ing)|"
                             r"extradit(?:e|ing)|indict(?:ing)?)\b", re.I)
AID_TOLD = re.compile(AID_GIVEN, re.I)
# Aid only offered is no aid given: "troops were ready to provide assistance if Georgia made a request".
AID_OFFERED = re.compile(r"\b(?:ready|willing|prepared|offer(?:ed|s)?|would|will|could|may|might)\s+(?:to\s+)?$", re.I)


def _aid_given(content: str) -> bool:
    """Whether what was said tells aid given or asked for, not only offered."""
    m = AID_TOLD.search(content)
    return m is not None and not AID_OFFERED.search(content[:m.start()])


# Words said to an envoy go through a formal diplomatic channel (corpus README: urging is a statement unless
# it goes through one): "told Romania's ambassador that ...", "urged his French counterpart to ...".
ADDRESSING_VERBS = frozenset("told tells urged urges asked asks".split())
# ("urged both governments to exercise restraint": states addressed, not one's own government.)
ENVOY_ADDRESSED = re.compile(r"\W*(?:[\w'’.-]+\s+){0,3}?(?:ambassadors?|envoys?|counterparts?|foreign\s+ministers?|"
                             r"governments)\b",
                             re.I)
# Sayings that demand: the cues of a demand with a time limit need their verb ("told ... to ... by Friday").
DEMANDING_VERBS = frozenset("told tells asked asks urged urges".split())
# Who heard the words, not what they say: "his barrister told the court on Thursday that his client was broken".
COURT_ADDRESSED = re.compile(r"^\W*(?:the\s+)?(?:court|jury|judges?|tribunal|hearing|inquest|magistrates?)\b", re.I)
# Reports as the speaker: what they tell is the event ("reports stated several more pieces were found").
REPORTS = re.compile(r"^\W*(?:the\s+)?(?:(?:news|media|local|press|initial|latest)\s+)?reports?\s*$", re.I)
# Speakers whose words on supplies and the displaced are humanitarian news, as a court's on a case are legal: "The Red
# Cross say they have five weeks' worth of food".
AID_SPEAKER = re.compile(r"\b(?:Red\s+Cross|Red\s+Crescent|UNHCR|UNICEF|MSF|M[ée]decins\s+Sans\s+Fronti[èe]res|"
                         r"World\s+Food\s+Programme|WFP|OCHA|aid\s+(?:agenc(?:y|ies)|groups?|workers?|"
                         r"organi[sz]ations?)|charit(?:y|ies)|refugee\s+agency|relief\s+(?:agenc(?:y|ies)|groups?|"
                         r"organi[sz]ations?))\b", re.I)
# Speakers whose words on a case are legal acts.
LEGAL_SPEAKER = re.compile(r"\b(?:courts?|judges?|justice|tribunal|prosecutors?|ruling|verdict|police|lawyers?|"
                           r"attorneys?|solicitors?|barristers?|counsel)\b", re.I)


# An intention announced as a noun: "announced his intention to take part in marches". (Plans announced are left
# out: "announced plans of socializing the energy resources" is a policy, news of its own.)
INTENTION = re.compile(r"^\W*(?:his|her|their|its|the|an?)\s+(?:[\w-]+\s+)?(?:intention|intentions|wish|desire|hope|"
                       r"willingness|readiness)\s+(?:to|of)\b", re.I)


def _tells_a_stance(content: str) -> bool:
    """Whether what was announced is a clause whose first verb tells a state or an intention, not a happening, or
    an intention named as such."""
    if INTENTION.match(content):
        return True
    content = _names_masked(content)
    verb = FINITE_VERB.search(content)
    if verb is None:
        return False
    if MODAL.match(verb.group()):
        return True
    rest = content[verb.end():]
    return bool(PRESENT_STATE.match(verb.group())) and not PARTICIPLE.match(rest)


@lru_cache(maxsize=512)
def main_saying(narrative: str) -> tuple[str, str, str] | None:
    """(speaker, verb, content) when the clause's main verb is a saying, else None. (Cached: a clause is
    asked about when it is classified and again when it is grouped.)"""
    according = ACCORDING.match(narrative)
    if according:
        return according.group(), "according", narrative[according.end():]
    tail = TAIL.search(narrative)
    if tail and not FINITE_VERB.search(tail["who"]) and not RELATIVE_PRONOUN.match(tail["who"]):
        return tail["who"], tail["verb"], narrative[:tail.start()]
    inverted = INVERTED_TAIL.search(narrative)
    if inverted and not FINITE_VERB.search(_names_masked(inverted["who"])):
        return inverted["who"], inverted["verb"].lower(), narrative[:inverted.start()]
    body = OPENER.sub("", narrative)
    verb = _first_saying(body)
    if verb is None or verb.start() == 0:
        return None
    word = verb.group().lower()
    before = body[max(0, verb.start() - 20):verb.start()]
    judged = JUDGED_BY.match(body, verb.end())
    if judged and word in JUDGING_VERBS and re.search(r"\b(?:was|were|is|are|been|be)\s+$", before):
        return judged["who"], word, body[:verb.start()]     # "This move was criticized by X": X's saying
    declined_comment = word == "declined" and re.match(r"\s+to\s+comment\b", body[verb.end():])
    # "referred to this as 'Muslim ban 2.0'": a saying that names something; "referred to a committee" is none
    named_as = word == "referred" and REFERRED_AS.match(body, verb.end())
    if word == "referred" and not named_as:
        return None
    if word in ("requested", "requests") and not re.match(r"\s+that\b", body[verb.end():]):
        return None                       # "requested more troops": a request made, not words reported
    if (re.match(r"\s+(?:to|of|by)\s", body[verb.end():]) and not declined_comment and not named_as) or \
            (word.endswith(("ed", "told", "said")) and re.search(r"\b(?:was|were|is|are|been|be)\s+$", before)):
        return None                       # "reported to be", "was reported by", "defendants accused of": not a saying
    # its own auxiliary is not another verb: "MSF and WHO are now calling for more help"
    subject = SUBJECT_ASIDE.sub(" ", AUXILIARY_BEFORE.sub(" ", body[:verb.start()]) + " ")
    if word == "raised" and not (RAISED_CONCERN.match(body, verb.end()) and _voices(subject)):
        return None                       # "raised taxes", "The explosion raised fears": no one said so
    if FINITE_VERB.search(_names_masked(subject)) or _too_long(subject):
        return None                       # "Police who arrived said": a verb of its own before it, or no subject
    if REPORTS.match(subject):
        return None                       # "Reports say ...": hearsay of a happening, no one's saying
    if word in ("called", "calling", "calls", "call") and not re.match(r"\s+(?:on|for|upon)\b", body[verb.end():]) \
            and not CALLED_IT.match(body, verb.end()):
        return None                       # "called the meeting": no saying; "called it a mistake" is one
    if word == "declined" and not declined_comment:
        return None
    if word in ("dismissed", "dismisses") and not DISMISSED_WORDS.match(body[verb.end():]):
        return None
    return subject, word, body[verb.end():]


def classify_saying(speaker: str, verb: str, content: str, quoted: str,
                    known: re.Pattern | None = None) -> tuple[str, int]:
    """The category of a clause whose main verb is a saying (see the module's docstring). `known` matches
    happenings told before ("the attack"), which the content's cues do not count, unless told as done."""
    if verb in ACT_VERBS:
        return ACT_VERBS[verb], 3
    if verb in DENIAL_VERBS and COURT_OUTCOME.search(content):
        return "legal", 3                                  # "denied wrongdoing but were convicted of ...": the verdict
    if verb in DENIAL_VERBS and (DENIED_CLAIM.match(content) or FINITE_VERB.search(content)):
        return "statement", 0                              # "denied that ...": not "denied them visas"
    if REPORTS.match(speaker) or verb in REPORTING_VERBS:
        # what is reported is the event, told or not; an intention reported ("state media reported that the
        # president will not recognise the suspension") is the saying's news, as when it is announced
        verb_told = FINITE_VERB.search(_names_masked(content))
        return classify(content, quoted, speech=bool(verb_told and MODAL.match(verb_told.group())))
    if verb in CONTENT_VERBS:
        # The content is the event. With no cue, a state or an intention announced ("confirmed that the three are
        # alive", "announced they would not release the body") is the saying's news; a happening announced
        # ("announced that searchers had found the wreckage") or a thing announced ("declared a state of
        # emergency": a formal act) is news of its own.
        # A happening told before is what is declared about, not news again: "declared the explosions an act of
        # terrorism" (unless told as done: "confirmed that rebels attacked the base").
        if known is not None and not VIOLENT_ACT.search(content):
            content = known.sub(" ", content)
        return classify(content, quoted, speech=_tells_a_stance(content))
    if OWN_LEGAL_STEP.match(content) or LEGAL_STEP_TOLD.search(content):
        return "legal", 3
    if verb in ADDRESSING_VERBS and ENVOY_ADDRESSED.match(content):
        return "diplomacy", 3                              # said to an envoy: a formal diplomatic channel
    if verb in ADDRESSING_VERBS:
        content = COURT_ADDRESSED.sub(" ", content)        # "told the court that ...": who heard it, not what
    # A relative clause describes someone or something: its cues count for a third, and it tells no attack.
    main = RELATIVE_CLAUSE.sub(" ", content)
    violent = VIOLENT_ACT.search(main)
    # The verb belongs to what it demands: "told both sides to reach a deal by Friday" sets a time limit.
    told = (verb + " " if verb in DEMANDING_VERBS else "") + main
    scores = cue_scores(told if violent or known is None else known.sub(" ", told))
    for category, score in cue_scores(" ".join(m.group() for m in RELATIVE_CLAUSE.finditer(content))).items():
        scores[category] = scores.get(category, 0) + score // 3
    for category, score in cue_scores(quoted, speech_acts_only=True).items():
        scores[category] = scores.get(category, 0) + score
    allowed = CONTENT_KINDS + (("legal",) if LEGAL_SPEAKER.search(speaker) else ()) + \
        (("strike", "shelling") if violent else ())
    if not COUNT.search(content):
        allowed = tuple(c for c in allowed if c != "casualties")
    if scores.get("humanitarian", 0) >= 6 or _aid_given(content) or AID_SPEAKER.search(speaker):
        allowed += ("humanitarian",)         # a shortage told in detail ("food, water and electricity are
                                             # running low") or aid given, not one word of the topic ("asylum")
    found = [(score, category) for category, score in scores.items() if category in allowed and score >= THRESHOLD]
    if found:
        score, category = max(found, key=lambda f: (f[0], -SAYING_PRIORITY.index(f[1])))
        return category, score
    return "statement", 0
