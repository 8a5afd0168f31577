"""Who said each quote: the Attributor reads a sentence's structure; referents.py says who its pronouns, roles
and documents stand for."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from builder.extract.clauses import (ABSOLUTE, DETERMINERS, LEAD_INS, SUBORDINATE_OPENING, VERBISH, capitalised_word,
                                     clause_after, clause_start, describe, finite_verb, hands_over,
                                     in_participial_phrase, is_participle, person_in, subject_chunk, subject_text)
from builder.extract.lexicon import OUTLETS as OUTLET_NAMES
from builder.extract.lexicon import (BODY_KINDS, DOCUMENT_WORDS, ISSUED_WORDS, NOT_NAME_WORDS, ROLE_NOUNS, SPEAKER_NOUNS,
                                     SPEECH_VERBS)
from builder.extract.names import Name
from builder.extract.quotemarks import span_starting_at
from builder.extract.referents import Referents
from builder.extract.sentences import Paragraph, Sentence
from builder.extract.speakers import can_speak, governed, trimmed
from builder.extract.speech import names_source, speech_verbs, via_near


# Verbs that come before their subject after a quote ('"...," said X', '"...," added the minister'): the speech
# verbs, and not the ones that are as often a participle on a noun ('"..." described in the order', 'called').
INVERTING = SPEECH_VERBS - {"described", "accused", "praised", "condemned", "criticised", "criticized", "welcomed",
                           "denounced", "reported"} | {"according", "in", "reads", "read"}


_DOCUMENTS = "|".join(sorted(DOCUMENT_WORDS, key=len, reverse=True))
# A document and its issuer right before a quote: 'a crushing message from his lawyers, "..."'.
ISSUED_BY = re.compile(r"\b(?P<doc>" + _DOCUMENTS +
                       r")\s+(?:from|by)\s+(?P<issuer>[^,;:\"]{2,60}?)\s*[,:]\s*$", re.I)


# A closing mark and the few words between it and a speech verb: '251", said X', '251," X said'; the comma
# is what hands the quote over ('The "History" section of the site explains' is no attribution).
CLOSING_BEFORE = re.compile(r"(?:,\s*[\"”]|[\"”]\s*,)\s*[^\"“”.;:!?]{0,60}$")
# A paper a speaker issues, mentioned in the narrative: "in a statement", "a letter they released".
ISSUED_MENTION = re.compile(r"\b(?:" + "|".join(sorted(ISSUED_WORDS, key=len, reverse=True)) + r")\b", re.I)
# A sentence whose subject is a document and its issuer: "A statement by the Red Cross was posted on Facebook".
ISSUED_SUBJECT = re.compile(r"\W*(?i:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?i:" + _DOCUMENTS
                            + r")\s+(?:issued\s+|released\s+)?(?:by|from)\s+(?:the\s+)?")
# A clause's last word, a verb in the past or the present ('reasoned', 'notes'), then a comma and a quote.
UNLISTED_VERB = re.compile(r"\b(?P<verb>[a-z]{3,}(?:ed|[^su\W]s))\s*,\s*$")
# ... and after a quote handed over with a comma, inverted or not: '"...," protested X', '"...," X countered.'
UNLISTED_AFTER = re.compile(r"\s*(?:(?P<inverted>[a-z]{3,}ed)\s+(?=[A-Z]|(?:he|she)\b)|"
                            # (the name may follow its role: '"...," Republican political strategist Kevin Madden
                            # offered.')
                            r"(?:(?:[A-Z][\w'’.-]*|[a-z]{2,})\s+){0,3}?(?:[A-Z][\w'’.-]*\s+){1,4}"
                            r"(?P<verb>[a-z]{3,}ed)\b(?=\s*[.,;]|\s+\w+ly\b)|"
                            r"(?:he|she)\s+(?P<after_pronoun>[a-z]{3,}ed)\b)")
WORD = re.compile(r"\w+")
# A speaker brought in new: "said one al-Bayda tribal leader", "a senior official said" (not "one of the officials").
INDEFINITE = re.compile(r"\s*(?:a|an|one|another)\s+(?!of\b)", re.I)
# "what" opening the clause a saying verb ends: "In what the coffee growers association calls "...""
WHAT_BEFORE = re.compile(r"^.*\bwhat\s+(?=\S+\s+\S)", re.I)
# A group of people counted or described in the narrative: "eight citizens", "the survivors" (the plural speaker
# nouns of the lexicon).
GROUP_NAMED = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|many|the|some)\s+"
                         r"(?:[a-z-]+\s+)?(" + "|".join(sorted((w for w in SPEAKER_NOUNS | ROLE_NOUNS if w.endswith("s")
                                                                 and len(w) > 3), key=len, reverse=True)) + r")\b")
# A subject and its verb in the present: "the writer supposes", "The report advises" (a singular head, then -s).
PRESENT_AFTER_SUBJECT = re.compile(r"(?P<np>(?i:the|a|an|its|their|this)\s+(?:[\w-]+\s+){0,3}?[\w-]*[^s\W])\s+"
                                   r"[a-z]{3,}[^su\W]s\b")              # the verb in lower case: not "French Forces"
# Words that join others to a subject without making them its head: "X, along with Y, said".
COMPANION = re.compile(r",?\s+(?:as\s+well\s+as|along\s+with|together\s+with)\s+", re.I)


class Position:
    """Where a subject ends when it is not at a verb (subject() only asks where)."""

    def __init__(self, at: int):
        self._at = at

    def start(self) -> int:
        return self._at


# A passive clause: its subject is acted on, and says nothing ("had been subjected to", "were granted").
PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn)\b")
POSSESSED = re.compile(r"['’]s?\s+(?:\w+\s+)*?([a-z]+)$")     # "X's role": what X has, the phrase's head
# A relative clause right before a participle: "X, which declined to overturn it, stating".
RELATIVE_BEFORE = re.compile(r",\s+(?:which|who)\s+[^,;\"“”]{1,120},\s*$")
BRACKETED = re.compile(r"\([^()]{1,120}\)")
# Someone heard saying: "heard one or more of the perpetrators say", "heard the gunmen shouting".
PERCEIVED = re.compile(r"\b(?:heard|hear|hears|hearing)\s+(?P<np>(?:(?!\band\b|\bwho\b)[^,;:\"“”]){2,80}?)\s*$", re.I)
# What one is heard doing: a bare infinitive or a participle ("heard X say", "heard them shouting"), not "heard the
# blast and told reporters".
HEARD_SAYING = frozenset("say saying shout shouting yell yelling scream screaming cry crying chant chanting tell "
                         "telling call calling whisper whispering".split())
# What a channel relays: "According to Yonhap, quoting KCNA, ...", "according to AFP, citing officials".
RELAYED = re.compile(r",\s+(?:quoting|citing)\s+(?P<source>[^,;]{2,120})", re.I)
# A quoted phrase after a passive frame: "was accused of", "is charged with", "were described as".
PASSIVE_FRAME = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:\w+(?:ed|en)\s+(?:of|with|as|for)|"
                           r"(?:told|informed|assured|warned|quoted)\s+by\s+(?P<agent>[^,;\"“]{2,40}?)\s+(?:that|as\s+saying))"
                           r"\s*[\"“‘']?\s*$", re.I)


# A speaker the article leaves unnamed on purpose.
UNNAMED_SOURCE = re.compile(r"(?:(?:a|an|the|one)\s+)?(?:\w+\s+)?sources?", re.I)


# Words before a quoted clause that are only connectives and clauses set before it ("Therefore, since the epicenter
# was so close to the coast, "..."): the sentence's main clause is the quote itself.
LEAD_IN_ONLY = re.compile(r"\W*(?:(?:therefore|however|moreover|furthermore|thus|so|and|but|also|since|because|as|if|"
                          r"when|while|although|though|in\s+addition|in\s+fact|still)\b[^,;:]*,\s*)+$", re.I)


class Attributor(Referents):
    """Attributes every quote of an article, sentence by sentence, remembering who spoke last."""

    def note_subject(self, masked: str, names: list[Name], paragraph: int, index: int = -1,
                     quoted: bool = False) -> None:
        """A person in subject position is the likeliest referent of a later 'he' (a person named as an object,
        'met officers X and Y', is not); one who is reported speaking ('X said the government would ...') is
        the likeliest speaker of the quote after; one introduced in a sentence without quotes ('X gave his
        view.') is the speaker of a bare quote right after it."""
        self._names, self._masked = names, masked
        named = [n for n in names if n.kind == "organisation" and n.text not in OUTLET_NAMES
                 and masked[n.start:n.start + 1] not in (" ", "\"")]      # not inside a blanked quote
        if named:
            self.ctx.last_named_body = self.ctx.cast.expand(named[-1].text)
        groups = GROUP_NAMED.findall(masked)
        if groups:
            self.ctx.last_group = (index, groups[-1].lower())
        verbs = speech_verbs(masked)
        name = self.subject_person(masked, names)
        if name is not None:
            self.ctx.salient.append(self.person(name))
        else:
            agent = self.passive_agent(masked, names)
            if agent is not None:                    # "The move was criticised by X, an MP.": X is the next he
                self.ctx.salient.append(self.person(agent))
        self.ctx.intro = (paragraph, index, self.person(name)) if name is not None and not quoted else None
        if not verbs:
            body = self.subject_body(masked, names)
            if body is not None:
                self.ctx.last_body = body                # "The agency, Petra, identified him. It says ..."
            issued = ISSUED_SUBJECT.match(masked)
            issuer = next((self.ctx.cast.expand(n.text) for n in names if n.kind == "organisation"
                           and n.start == issued.end()), None) if issued else None
            if issuer is not None and body is None:
                self.ctx.last_body = issuer               # "A statement by the Red Cross was posted. It said ..."
            if ISSUED_MENTION.search(masked):
                # "X released a note repudiating the visit. '...', says an excerpt": the note is X's; "The council
                # passed a resolution. The resolution read": the council's; when we cannot name who issued it, no
                # one's, not whoever spoke before
                self.ctx.last_issuer = self.person(name) if name is not None else (body or issuer)
        if verbs:
            verb = verbs[0]
            mark = CLOSING_BEFORE.search(masked, max(0, verb.start() - 120), verb.start())
            if names_source(verb):
                person, role = self.inverted(masked, verb, names)
            elif mark and not self.hangs_on_clause(masked, verb) and not self.not_inverted(masked, mark.end(), verb):
                # '... 251", said KCNA.': a quote run over paragraphs closes here; its speaker follows the mark
                # (or stands between it and the verb), and is no name inside the quoted words before it
                person, role = self.speaker_from(masked, verb, names, mark.end())
            else:
                person, role = self.verb_subject(masked, verb, names)
            if not (person and self.is_person(person)):
                # "a dispute in which soldiers had argued with Iraqis, according to policeman X": the saying of
                # no one is not the sentence's source; the one it is according to is
                source = next((later for later in verbs[1:] if names_source(later)), None)
                found = self.inverted(masked, source, names) if source is not None else (None, None)
                if found[0] and self.is_person(found[0]):
                    verb, (person, role) = source, found
            if not (person and self.nameable(person)) and not quoted and ISSUED_MENTION.search(masked):
                # "X and Y claimed it in a statement they released": a statement whose issuer we cannot name
                # is the one a later "the statement said" means, not the last one we could (a quote of this
                # sentence, attributed, has already said whose it is)
                self.ctx.last_issuer = None
            if person and not self.is_person(person) and self.nameable(person):
                self.ctx.last_body = self.ctx.last_issuer = person    # "The embassy's website said": who "it" is
                if any(n.text == person and n.single and n.kind == "unknown" and n.text not in NOT_NAME_WORDS
                       and not {n.text.lower(), n.text.lower().rstrip("s")} & (ROLE_NOUNS | SPEAKER_NOUNS)
                       for n in names):                   # ... but not "Officials said"
                    self.ctx.salient.append(person)      # a lone name ("Yonas, 19, said ..."): maybe the next he
            if person and self.is_person(person):
                ctx = self.ctx
                ctx.last_speaker, ctx.last_role, ctx.last_via = person, role, via_near(masked, verb)
                ctx.last_speaker_paragraph = paragraph
                ctx.last_issuer = person
                # The one reported speaking is the likeliest "he" of the next quote, after the clause's subject
                # ("According to X, Y is a thorn. '...,' he said": X); so is an unnamed official ("A Qatari
                # official, who asked not to be named, said ... 'The door is not closed,' he said").
                if person not in ctx.salient[-1:]:
                    ctx.salient.append(person)
            for later in verbs[1:]:
                # "she said he claimed ..., but X countered that ...": the person named as the subject of a later
                # saying is the one the story moved on to, and the next "he"; not the object before a participle
                # ("addressed Prime Minister X demanding ...": she demanded)
                if is_participle(later):
                    continue
                name = next((n for n in reversed(names) if n.end <= later.start()
                             and not masked[n.end:later.start()].strip()
                             and (n.kind == "person" or (n.single and self.ctx.cast.resolve(n.text)))), None)
                if name is not None and self.person(name) not in self.ctx.salient[-1:]:
                    self.ctx.salient.append(self.person(name))

    def speaker_from(self, masked: str, verb: re.Match, names: list[Name],
                     quote_end: int) -> tuple[str | None, str | None]:
        """Who the verb at `verb` attributes the quote ending at `quote_end` to, and their role."""
        if names_source(verb):
            return self.inverted(masked, verb, names)             # 'according to X, "..."'
        if verb.start() >= quote_end:
            between = masked[quote_end:verb.start()]
            if not between.strip(" ,\"”’"):
                return self.inverted(masked, verb, names)          # '"...," said X'
            return self.subject(between, quote_end, verb, names, masked)  # '"...," X said'
        if not subject_text(masked, verb.start()) and not (is_participle(verb) and ";" in masked[:verb.start()]):
            # '"...," says X, "and ...": X again; 'Writing in a blog post, X dubbed it: "..."': the participle
            # opens the sentence and its subject follows
            return self.inverted(masked, verb, names)
        return self.verb_subject(masked, verb, names)

    @staticmethod
    def has_subject(masked: str, verb: re.Match) -> bool:
        """Whether the clause before a speech verb has words of its own beyond adverbials ('residents on the
        island claimed': yes; 'Further adding': no)."""
        text = subject_text(masked, verb.start())
        start = clause_start(text, 0, len(text))
        words = [w for w in LEAD_INS.sub("", text[start:].strip(" ,")).split()
                 if not w.lower().endswith("ly") and w.lower() not in ("and", "but", "also", "then")]
        return bool(words)

    @staticmethod
    def hangs_on_clause(masked: str, verb: re.Match) -> bool:
        """A participle after a quote belongs to the clause before it ('"...", telling the BBC'), unless it is
        the quote's own passive frame ('"...", one resident was quoted as saying')."""
        return is_participle(verb) and not re.search(r"\bas\s*$", masked[max(0, verb.start() - 10):verb.start()])

    @staticmethod
    def not_inverted(masked: str, quote_end: int, verb: re.Match) -> bool:
        """A verb right after a quote with no subject between hands it over only if it inverts ('"...," said X');
        '"..." described in the order' is a passive, not an attribution."""
        return not masked[quote_end:verb.start()].strip(" ,\"”’") and verb.group().split()[0].lower() not in INVERTING

    def verb_subject(self, masked: str, verb: re.Match, names: list[Name]) -> tuple[str | None, str | None]:
        """The subject of a speech verb from the words before it; a participle's is its clause's ('X criticized
        Y, saying ...': X), or the one an absolute clause names ('with one poster writing')."""
        before = subject_text(masked, verb.start())
        lo = masked.rfind(";", 0, verb.start()) + 1
        heard = PERCEIVED.search(masked, lo, verb.start()) if verb.group().lower() in HEARD_SAYING else None
        if heard:
            # "a witness heard one of the gunmen say ...": the one heard speaks, not the one who heard
            return self.subject(heard.group("np"), heard.start("np"), verb, names, masked)
        companion = COMPANION.search(masked, lo, verb.start())
        if companion and not is_participle(verb) and not speech_verbs(masked[companion.end():verb.start()]):
            # "X as well as another group, called Y, claimed": the one the others go with leads the subject
            head = Position(companion.start())
            return self.subject(masked[lo:companion.start()], lo, head, names, masked)
        if is_participle(verb):
            absolute = ABSOLUTE.search(masked, lo, verb.start())
            if absolute:
                return self.subject(absolute.group("np"), absolute.start("np"), verb, names, masked)
            relative = RELATIVE_BEFORE.search(masked, max(lo, verb.start() - 160), verb.start())
            antecedent = next((n for n in names if relative and n.end <= relative.start()
                               and not masked[n.end:relative.start()].strip()
                               and n.kind in ("person", "organisation")), None)
            if antecedent is not None:
                # "with the Court of Appeals, which declined to ..., stating "..."": the participle goes on the
                # relative clause, whose subject is the name it hangs on
                if antecedent.kind == "person":
                    person = self.person(antecedent)
                    return person, self.role_of(person, antecedent)
                return self.ctx.cast.expand(antecedent.text), None
            # the clause it hangs on may lie before a ';' ("X denied it; arguing ...")
            for start in (lo, 0) if lo else (0,):
                finite = finite_verb(masked, clause_start(masked, start, verb.start()), verb.start())
                if finite is not None:
                    return self.subject(masked[start:finite.start()], start, finite, names, masked)
        return self.subject(before, lo, verb, names, masked)

    def inverted(self, masked: str, verb: re.Match, names: list[Name]) -> tuple[str | None, str | None]:
        """'said X, a ROLE' / 'said a spokesman for the presidency, Abdulkadir Mohamed Osman'."""
        rest = clause_after(masked, verb.end())
        # "According to Yonhap, quoting the Korean Central News Agency, ...": the source quoted is the speaker
        relay = RELAYED.search(masked, verb.end(), verb.end() + len(rest))
        if relay:
            source = next((n for n in names if relay.start("source") <= n.start < relay.end("source")
                           and n.kind in ("person", "organisation")), None)
            if source is not None:
                person = self.person(source) if source.kind == "person" else None
                return (person, self.role_of(person, source)) if person else (self.ctx.cast.expand(source.text), None)
        name = person_in(names, verb.end(), verb.end() + len(rest), masked, self.ctx.cast)
        if name:
            person = self.person(name)
            return person, self.role_of(person, name)
        pronoun = re.match(r"\s*(he|she|they|it)\b", rest, re.I)
        if pronoun:
            person = self.resolve_pronoun(pronoun.group(1), at=verb.end() + pronoun.start(1))
            return person, self.role_of(person, None) if person else None
        described = describe(trimmed(rest))
        return self.from_description(described, bool(INDEFINITE.match(rest))) if described else (None, None)

    def subject(self, phrase: str, lo: int, verb: re.Match, names: list[Name], masked: str) -> tuple[str | None, str | None]:
        """The speaker named in the words before the verb."""
        lo = max(masked.rfind(phrase.strip(), 0, verb.start()), 0) if phrase.strip() else verb.start()
        adjacent = re.search(r"(?:\b(?:also|further|later|then|again|\w+ly)\s+)?$", masked[:verb.start()].rstrip())
        pronoun = re.search(r"\b(he|she|they|it)$", masked[lo:adjacent.start()].rstrip(), re.I)
        if pronoun:
            # "X and her party left, protesting what they called ...", "the last words that he said were": the
            # pronoun right before the verb is its subject
            person = self.resolve_pronoun(pronoun.group(1), at=lo + pronoun.start())
            return person, self.role_of(person, None) if person else None
        # "executive director of HaMoked (Center for the Defence of the Individual) said": a name in brackets
        # spells out the one before it and never speaks
        bracketed = [(m.start(), m.end()) for m in BRACKETED.finditer(masked, lo, verb.start())]
        # "X of Indiana, who is Muslim, referred to this as ...": a relative clause before the verb says who X is
        relative = RELATIVE_BEFORE.search(masked, max(lo, verb.start() - 160), verb.start())
        if relative:
            bracketed.append((relative.start(), relative.end()))
        for name in names:                                         # "after Brown called": nearest first
            if any(a <= name.start < b for a, b in bracketed):
                continue
            gap = masked[name.end:adjacent.start() if adjacent else verb.start()].strip()
            if relative and name.end <= relative.start() and not masked[name.end:relative.start()].strip():
                gap = masked[relative.end():adjacent.start() if adjacent else verb.start()].strip()  # "X, who ..., said"
            if gap == "" and name.end <= verb.start() and re.search(r"\b(?:what|as)\s+(?:the\s+)?$",
                                                                    masked[:name.start], re.I):
                # "what The New York Times calls", "as Bush claimed": the name between is the subject, whatever
                # it names
                known = self.person(name) if name.kind == "person" or self.ctx.cast.resolve(name.text) else None
                if known or name.kind == "organisation" or can_speak(name.text):
                    return (known, self.role_of(known, name)) if known else (self.ctx.cast.expand(name.text), None)
            if name.end <= verb.start() and gap in ("", ",") and not re.match(r"['’]s?\b", masked[name.end:name.end + 2]) \
                    and not governed(masked, name.start) and not self._in_apposition(masked, name, lo) \
                    and not re.search(r"\bincluding\b", masked[lo:name.start]) \
                    and not in_participial_phrase(masked, name.start, lo):
                if name.kind == "person" or (name.single and self.ctx.cast.resolve(name.text)):
                    person = self.person(name)
                    return person, self.role_of(person, name)
                # "Koval said": a surname the article gave alone (not "the Chinese Premier said", "the Commission
                # said": a title or a kind of body, whose holder the description below finds)
                if name.single and name.kind == "unknown" and can_speak(name.text) and not capitalised_word(masked, name) \
                        and name.text.lower() not in ROLE_NOUNS | BODY_KINDS:
                    return name.text, None
        apposed = masked[:verb.start()].rstrip().endswith(",")      # "Connolly, the buyer, said"
        what = WHAT_BEFORE.search(phrase) if not apposed else None
        if what:     # (not "The union, which asked what the ministry wanted, said": the clause ended at the comma)
            phrase = phrase[what.end():]       # "In what the coffee growers association calls": the association
        chunk = subject_chunk(phrase, apposed)
        pronoun = re.match(r"(he|she|they|it)\b", chunk, re.I)
        if pronoun:
            at = masked.find(chunk, lo)
            person = self.resolve_pronoun(pronoun.group(1), at=at if at >= 0 else None)
            return person, self.role_of(person, None) if person else None
        opening = SUBORDINATE_OPENING.match(masked, lo)
        # ("As Ben Rozitis, a co-author of the study, told Space.com": a clause with no verb of its own opens nothing)
        if opening and opening.end() < verb.start() and finite_verb(masked, lo + len(opening.group().split()[0]),
                                                                    opening.end()):
            lo = opening.end()                     # "After Gunn was fired, David Dastmalchian ... wrote": not Gunn
        name = person_in(names, lo, verb.start(), masked, self.ctx.cast, heads_only=True)
        if name:
            person = self.person(name)
            return person, self.role_of(person, name)
        bodies = [n for n in names if n.kind == "organisation" and lo <= n.start < verb.start()
                  and n.text not in OUTLET_NAMES and not any(a <= n.start < b for a, b in bracketed)]
        # "The United Nations peacekeeping mission in Mali, MINUSMA, said": the name right before the verb.
        adjacent_body = next((n for n in reversed(bodies) if masked[n.end:verb.start()].strip() in ("", ",")
                              and not governed(masked, n.start)), None)
        if adjacent_body is not None:
            return self.ctx.cast.expand(adjacent_body.text), None
        body = bodies[0] if bodies else None
        described = describe(phrase, apposed)
        if body is not None and (described is None or (body.text in described and not self.nameable(described))):
            return self.ctx.cast.expand(body.text), None           # "Observers from the OSCE said"
        return self.from_description(described, bool(INDEFINITE.match(chunk))) if described else (None, None)

    def _in_apposition(self, masked: str, name: Name, lo: int) -> bool:
        """Whether `name` stands inside an apposition to an earlier name: 'X, a lawyer for Y,', 'X, the wife of
        the captain, Y, said' (X speaks)."""
        for head in self._names:
            if not (lo <= head.start and head.end < name.start and head.kind in ("person", "organisation")):
                continue
            between = masked[head.end:name.start]
            if re.match(r"\s*(?:,\s*\d+\s*)?,\s+(?:who|whose|which)\b", between):
                return True                  # "X, who is meeting Y and Z, said": a relative clause holds verbs
            if re.match(r"\s*(?:,\s*\d+\s*)?,\s+(?:a|an|the)\b", between) and not any(
                    VERBISH.match(w.strip(",.;:")) and not w[:1].isupper() for w in between.split()[2:]):
                return True
        return False

    def attribute(self, para: Paragraph, sentence: Sentence, span_start: int, names: list[Name],
                  masked: str, first_in_paragraph: bool,
                  partial: bool = False) -> tuple[str | None, str | None, str | None]:
        """Speaker, role and channel of the quote starting at paragraph offset `span_start`: a person or body
        the article names, or a role it describes; None rather than a fragment or a guess."""
        self._names, self._masked = names, masked
        span = span_starting_at(para.quotes, span_start)
        self._quoted = para.text[span.start:span.end] if span is not None else ""
        try:
            speaker, role, via = self._attribute(para, sentence, span_start, names, masked, first_in_paragraph,
                                                 partial)
        finally:
            self._quoted = ""
        if speaker is not None and UNNAMED_SOURCE.fullmatch(speaker):
            # '"...," said the source': who it is, the article does not say; nor of the quotes that go on with it
            self.ctx.last_speaker = None
            return None, None, None
        if speaker is None or self.nameable(speaker):
            return speaker, role, via
        return None, None, None

    def narrative_subject(self, before: str, names: list[Name], woven: bool = False) -> tuple[str | None, str | None]:
        """The subject of the clause a quote stands in: a person; with `woven` (a phrase quoted as the object of
        the clause's own verb), also a body or a document that does the saying."""
        chunk = subject_chunk(subject_text(before, len(before)))
        pronoun = re.match(r"(he|she)\b", chunk, re.I)
        if pronoun:
            at = before.find(chunk)
            return self.resolve_pronoun(pronoun.group(1), at=at if at >= 0 else None), None
        name = self.subject_person(before, [n for n in names if n.end <= len(before)])
        if name is None:
            # "The police has charged 23 men of "...", "The report advises ... an "...": a body or a document
            # in subject position, named or described, is the one whose words the phrase is; not the subject
            # of a passive ("X had been subjected to interviews "...") nor one the phrase is said of ("The
            # document, which ..., "must be completed ...")
            if not woven or before.rstrip().endswith(",") or \
                    PASSIVE.search(before, clause_start(before, 0, len(before))):
                return None, None
            body = self.subject_body(before, [n for n in names if n.end <= len(before)])
            if body is not None:
                return body, None
            # the clause the quote stands in may be the last one ("The document, ..., the government
            # recommending "...""), else the sentence's subject clause
            last = before[before.rfind(",") + 1:].strip()
            for words in ((last,) if DETERMINERS.match(last) else ()) + (chunk,):
                # "the writer supposes a "..."": a singular noun, then a word in -s, is a subject and its verb in
                # the present (the noun phrase would otherwise run on through the verb)
                present = PRESENT_AFTER_SUBJECT.match(words)
                words = present.group("np") if present else words
                pronoun = re.match(r"(?:it|they|we|i|you)\b", words, re.I)
                described = describe(words) if words[:1].isalpha() and not pronoun else None
                owner = POSSESSED.search(described or "")
                if owner and owner.group(1).lower() not in ROLE_NOUNS | SPEAKER_NOUNS | DOCUMENT_WORDS:
                    continue                     # "X's role is "..."": a role, not X, is the subject
                if described and can_speak(described):
                    return self.from_description(described)
            return None, None
        person = self.person(name)
        return person, self.role_of(person, name)

    def _attribute(self, para: Paragraph, sentence: Sentence, span_start: int, names: list[Name],
                   masked: str, first_in_paragraph: bool, partial: bool) -> tuple[str | None, str | None, str | None]:
        offset = sentence.start - para.start
        q_start = span_start - offset
        span = span_starting_at(para.quotes, span_start)
        q_end = min(span.end - offset, len(masked))
        verbs = speech_verbs(masked)
        # The first verb after the quote, when the words between are just its speaker ('," he said'), else
        # the last verb before it: found by bisection, as the verbs are in text order.
        first_after = bisect_left(verbs, q_end, key=lambda v: v.start())
        after = [verbs[first_after]] if first_after < len(verbs) and verbs[first_after].start() - q_end <= 150 \
            and hands_over(masked[q_end:verbs[first_after].start()]) and not self.hangs_on_clause(masked, verbs[first_after]) \
            and not self.not_inverted(masked, q_end, verbs[first_after]) else []
        last_before = bisect_right(verbs, q_start, key=lambda v: v.end())
        before = verbs[last_before - 1:last_before] if last_before else ()
        verb = after[0] if after else (before[-1] if before else None)
        if verb is not None:
            speaker, role = self.speaker_from(masked, verb, names, q_end)
            if speaker:
                return speaker, role, via_near(masked, verb)
            if verb.start() < q_start and self.has_subject(masked, verb):
                return None, None, None          # someone the article does not name spoke: not the last speaker
            if verb.start() >= q_end and ISSUED_MENTION.search(masked, q_end, verb.end() + 40):
                return None, None, None          # '"...," claimed the statement' whose issuer we could not name
        elif para.text[span.inner[0]:span.inner[1]].rstrip().endswith((",", "!", "?")) and \
                (unlisted := UNLISTED_AFTER.match(masked, q_end)):
            # '"I didn't do anything," protested X': a verb the table lacks, right after a quote that hands
            # over, is its attribution all the same (in narrative, "protested" is no saying)
            group = next(g for g in ("inverted", "verb", "after_pronoun") if unlisted.group(g))
            verb_at = WORD.match(masked, unlisted.start(group))
            speaker, role = self.speaker_from(masked, verb_at, names, q_end)
            if speaker:
                return speaker, role, None
        elif ISSUED_BY.search(masked, max(0, q_start - 160), q_start):
            # 'there was a message from his lawyers, "..."': the issuer named right before the quote
            paper = ISSUED_BY.search(masked, max(0, q_start - 160), q_start)
            speaker, role = self.from_description(f"{paper.group('doc')} from {paper.group('issuer')}")
            if speaker:
                return speaker, role, None
        elif masked[:q_start].rstrip().endswith(":"):
            # 'X made the statement on Thursday: "..."': the subject of the clause the colon ends
            speaker, role = self.narrative_subject(masked[:q_start], names)
            if speaker:
                return speaker, role, None
        elif not partial and (unlisted := UNLISTED_VERB.search(masked, max(0, q_start - 40), q_start)):
            # 'The city reasoned, "..."', 'The Department of Agriculture notes, "..."': a verb the table lacks,
            # a comma and a whole quote is an attribution all the same; its subject speaks
            speaker, role = self.subject(subject_text(masked, unlisted.start("verb")), 0,
                                         Position(unlisted.start("verb")), names, masked)
            if speaker:
                return speaker, role, None
        elif partial:
            # A phrase quoted in narrative with no speech verb: its clause's subject, if that is a person ("He
            # predicts some nations 'will be ...'"), else no one ("They were granted 'parole' status"); a label
            # after a determiner is no one's we know ("details of the 'cruel' treatment").
            if re.search(r"\b(?:the|a|an|its|their|his|her|our)\s*$", masked[:q_start], re.I) and re.match(
                    r"\s+(?!(?:and|or|but|that|which|who|to|as|in|on|at|for|of|from|with|by)\b)[a-z]", masked[q_end:]):
                return None, None, None
            ctx = self.ctx
            if ctx.last_speaker and ctx.last_speaker_paragraph == para.index and LEAD_IN_ONLY.match(masked[:q_start]):
                # 'X told Sky News that "...". Therefore, since the epicenter was so close, "it could be
                # devastating."': a clause quoted with no verb of the narrative's own goes on with the last speaker
                return ctx.last_speaker, ctx.last_role, None
            frame = PASSIVE_FRAME.search(masked, max(0, q_start - 80), q_start)
            if frame:
                # "X was accused of 'downloading ...'", "X was told by Y that '...'": X is spoken of; the person
                # after 'by', if named, spoke
                by = frame.start("agent") if frame.group("agent") else -1
                agent = next((n for n in names if by >= 0 and by <= n.start < frame.end("agent")
                              and n.kind == "person"), None)
                person = self.person(agent) if agent is not None else None
                return person, self.role_of(person, agent) if person else None, None
            return self.narrative_subject(masked[:q_start], names, woven=True) + (None,)
        intro = self.ctx.intro
        if verb is None and intro and intro[:2] == (para.index, sentence.index - 1) and not masked[:q_start].strip():
            return intro[2], self.role_of(intro[2], None), None
        if self.ctx.last_speaker and (not first_in_paragraph or para.index - self.ctx.last_speaker_paragraph <= 1) \
                and (verb is not None or not masked[:q_start].strip()):
            return self.ctx.last_speaker, self.ctx.last_role, self.ctx.last_via
        return None, None, None
