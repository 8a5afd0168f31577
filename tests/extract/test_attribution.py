"""Who said a quote, from the structure of the sentence: one row per pattern, on invented sentences.

The speaker is the one the speech verb belongs to, carried across a quote's continuation paragraphs, resolved
from a surname or a pronoun to the person the article named, and always a person or a body the article names
(or a role it describes): never a fragment, a place or a document. When unsure, no speaker beats a wrong one.
"""
from __future__ import annotations

import pytest

from builder.extract.cast import build_cast
from builder.extract.clauses import leading_noun_phrase, without_date_words
from builder.extract.names import find_names
from builder.extract.quotes import find_quotes
from builder.extract.referents import named_document
from builder.extract.sentences import split_sentences


def speakers(text: str) -> list[str | None]:
    paragraphs, sentences = split_sentences(text)
    names = [find_names(s.text) for s in sentences]
    cast = build_cast([(s.text, n) for s, n in zip(sentences, names)])
    return [q.speaker for q in find_quotes(paragraphs, sentences, cast, names)]


ROWS = [
    ("a report named with a day after it, no 'on', is still named",
     'Thirteen agencies issued the Climate Science Special Report Friday. Overall, the report calls the past 115 '
     'years "the warmest in the history of modern civilization."', ["Climate Science Special Report"]),
    ("'It said' after a statement by a body is the body's words",
     'A statement by the Red Cross was posted on Facebook. It said "We are heartbroken over the loss of our friend."',
     ["Red Cross"]),
    ("a warning read out is its issuer's words, and a centre that issues one is a body, not a building",
     '"Boats should return to shore," read a warning by the Joint Australian Tsunami Warning Center.',
     ["Joint Australian Tsunami Warning Center"]),
    ("'the centre' is the body just named whose name ends so, in either spelling",
     'The Pacific Tsunami Warning Center reported that waves hit. The centre, which also confirmed the earthquake, '
     'added that "sea-level readings confirm that a tsunami has been generated."', ["Pacific Tsunami Warning Center"]),
    ("... and no building's", 'Rebels attacked the World Trade Centre. The centre said, "We are closed."', [None]),
    ("'Overall,' opening a sentence is no subject: the report after it speaks",
     'Thirteen agencies issued the Climate Science Special Report on Friday. Overall, the report calls the past 115 '
     'years "the warmest in the history of modern civilization."', ["Climate Science Special Report"]),
    ("... and 'Overall' as an adjective leaves the sentence as it was",
     'Overall unemployment rose, Finance Minister Ana Costa said: "We will act now."', ["Ana Costa"]),
    ("a report brought in without a name leaves 'the report' unknown, not the last one named",
     'Thirteen agencies issued the Climate Science Special Report on Friday. Greenpeace published its own report on '
     'Tuesday. "Coal must go," the report says.', ["report"]),
    ("'the report' is the report the article named, not the word 'report'",
     'Thirteen agencies issued the Climate Science Special Report on Friday. The report notes, "It is extremely '
     'likely that human influence has been the dominant cause."', ["Climate Science Special Report"]),
    ("... the latest one named, by its own word",
     'The UNHCR published its Global Trends report on Monday. The report says: "Pakistan has the biggest impact."',
     ["Global Trends report"]),
    ("a role with an adverb and a participle before it is the role: 'the newly inaugurated governor'",
     'The reply came from the governor of Virginia, Bob McDonnell. The newly inaugurated governor said, "What '
     'government should not do is pile on more taxation."', ["Bob McDonnell"]),
    ("a paper whose name holds a weekday speaks by its whole name, a date before it or not",
     'On February 12, 2006, the Sunday Telegraph claimed that planners are "identifying targets for raids".',
     ["Sunday Telegraph"]),
    ("... and 'the Mail on Sunday' is not 'Mail'", '"The minister has resigned," the Mail on Sunday reported.',
     ["Mail on Sunday"]),
    ("'As X, a role, said': the As opens no clause of its own",
     'As Ana Costa, a planetary scientist and co-author of the study, told Space.com: "We were surprised."',
     ["Ana Costa"]),
    ("... but 'After X was fired, Y wrote' does", 'After Costa was fired, Peter Dube, a co-star, wrote: "This is wrong."',
     ["Peter Dube"]),
    ("one who heard a blast and spoke speaks",
     'Peter Dube heard the blast and told reporters "the house shook."', ["Peter Dube"]),
    ("someone heard saying speaks, not the one who heard",
     'Residents heard Colonel Ana Costa say "we will not leave".', ["Ana Costa"]),
    ("... and when the one heard is described, the description, not the hearer",
     'A witness to the attack heard one of the gunmen say "this is for the cause."', ["one of the gunmen"]),
    ("a surname that is a month, after the full name was given",
     'Prime Minister Ana May spoke on Sunday. "Enough is enough," said May. "We must act."',
     ["Ana May", "Ana May"]),
    ("according to a report by a body with a long name: the body",
     'Most refugees live in "poor, developing countries", according to a report by the United Nations High '
     'Commissioner for Refugees.', ["United Nations High Commissioner for Refugees"]),
    ("a body named like a building speaks: the body, not its building",
     'The National Cyber Defence Centre said "the attacker would have to be physically close".',
     ["National Cyber Defence Centre"]),
    ("... with its country after it",
     'Exploring the flaw, the Cyber Defence Centre of the UK said "the attacker would have to be close".',
     ["Cyber Defence Centre"]),
    ("X said", 'Ana Costa said: "We will not leave the city."', ["Ana Costa"]),
    ("said X, a spokesman for Y",
     '"The talks are over," said Peter Dube, a spokesman for President Alan Moyo.', ["Peter Dube"]),
    ("X, a spokesman for Y, said",
     'Peter Dube, a spokesman for President Alan Moyo, said: "The talks are over."', ["Peter Dube"]),
    ("Y's spokesman X said", 'President Alan Moyo\'s spokesman Peter Dube said: "The talks are over."',
     ["Peter Dube"]),
    ("Y's spokesman, X, said", 'Alan Moyo\'s spokesman, Peter Dube, said: "The talks are over."', ["Peter Dube"]),
    ("an unnamed spokesman for Y is not Y",
     'President Alan Moyo flew home.\nA spokesman for President Alan Moyo said: "The talks are over."',
     ["spokesman for President Alan Moyo"]),
    ("according to X", '"The bridge is gone," according to Ana Costa, the mayor.', ["Ana Costa"]),
    ("according to X before the quote", 'According to Ana Costa, the mayor, "the bridge is gone."', ["Ana Costa"]),
    ("X told an agency", 'Ana Costa told Reuters: "The bridge is gone."', ["Ana Costa"]),
    ("in a statement, X said", 'In a statement, Ana Costa said: "The bridge is gone."', ["Ana Costa"]),
    ("X, an appositive naming Y, told", 'Marek Hald, a lawyer representing Ines Berg, told the court: '
     '"My client is relieved."', ["Marek Hald"]),
    ("a freed hostage's words are not the group's",
     'Ines Berg, a nurse held for two months by the Red Hand militia, said: "We were fed once a day."',
     ["Ines Berg"]),
    ("an unnamed hostage is not the group that held him",
     'A hostage freed by the Red Hand militia on Monday said: "We were fed once a day."', ["hostage"]),
    ("a surname resolves to the full name",
     'Regional governor Oleksa Koval visited the dam.\n"We need pumps now," Koval said.', ["Oleksa Koval"]),
    ("a surname alone before said is that person",
     '"We need pumps now," Koval said.', ["Koval"]),
    ("a person named right after a body their title governs is the paragraph's subject, the next 'he'",
     'Defense minister Sultan Hashim Ahmad al-Tal was sentenced. He left, saying "I am innocent,".\n'
     'Former deputy director of operations for the Iraqi Armed Forces Hussein Rashid Mohammed was the third to be '
     'sentenced. He is reported to have said "God bless our martyrs,".', ["Hashim Ahmad al-Tal", "Hussein Rashid Mohammed"]),
    ("a role 'to' someone is a description, not a clause, and its holder speaks, not the last speaker",
     '"This was an investment," said Daniel Levy of the New America Foundation.\n"The Arabs have come here," an '
     'advisor to the Palestinian team told The New York Times on condition of anonymity.', ["Daniel Levy", "advisor"]),
    ("an indefinite description brings in someone new, not the holder of a like role named before",
     'Officials said the raid targeted Al-Qaeda leader Qassim al-Rimi.\n"It was wrong to kill him," said one '
     'al-Bayda tribal leader.', ["al-Bayda tribal leader"]),
    ("... before the verb too",
     'Officials said the raid targeted Al-Qaeda leader Qassim al-Rimi.\nA tribal leader said: "It was wrong."',
     ["tribal leader"]),
    ("... where a definite one is the holder named before",
     'Officials said the raid targeted Al-Qaeda leader Qassim al-Rimi.\n"It was wrong to kill him," said the '
     'leader.', ["Qassim al-Rimi"]),
    ("a kind of body written with a capital is no surname: the body named before speaks",
     'The Human Rights Commission of Pakistan has condemned the incidents.\n"We call upon the government to act," '
     'the Commission said.', ["Human Rights Commission of Pakistan"]),
    ("... but not a body of another kind", 'The Electoral Commission met on Monday.\n"We are ready," the Committee '
     'said.', ["Committee"]),
    ("a title written with a capital is no surname: its holder named before speaks",
     'During a visit by Chinese Premier Wen Jiabao to Delhi, a border was agreed.\n'
     '"A stable China is in the interest of India," the Chinese Premier said.', ["Wen Jiabao"]),
    ("... the title alone too",
     'During a visit by Chinese Premier Wen Jiabao to Delhi, a border was agreed.\n'
     '"A stable China is in the interest of India," the Premier said.', ["Wen Jiabao"]),
    ("she is the woman, not the man named last",
     'Ines Berg, a nurse, met Colonel Marek Hald on Monday. "He promised us food," she said.', ["Ines Berg"]),
    ("he is the man, not the woman named last",
     'Mayor Ana Costa met Colonel Marek Hald. Hald later spoke. "We will stay," he said.', ["Marek Hald"]),
    ("a quote continued in the next paragraph keeps its speaker",
     '"We will stay," said Ana Costa, who met Colonel Marek Hald on Monday. "The army has left us.\n'
     '"Nobody will help us now," she said.', ["Ana Costa", "Ana Costa", "Ana Costa"]),
    ("an unclosed quote's next paragraph is its continuation",
     'Ana Costa said: "We will stay as long as we can.\n"Marek Hald asked us to leave, but nobody will go."',
     ["Ana Costa", "Ana Costa"]),
    ("a quote after a sentence introducing its speaker",
     'The director of Clean Water Now, Ines Berg, gave her view. "The river has been poisoned for years."',
     ["Ines Berg"]),
    ("they is a body, never the last person named",
     'Ana Costa and her Green Future party left the talks, protesting what they called "a rigged and unfair '
     'process".', ["Green Future"]),
    ("a fragment in a sentence without a speech verb has no speaker",
     'Ana Costa said the talks failed.\nThe refugees were granted "temporary protected status for a year" '
     'on Friday.', [None]),
    ("a conjunction is never a speaker: the clause's subject is",
     'The council approved the plan, whilst also "reserving the right to change it later".', ["council"]),
    ("a phrase opened by 'among' is no speaker, even before a participle like 'reported'",
     'Among the 40 passengers flying from Lyon are two Belgians and one man variously reported as a Swiss or '
     'German national.\nThe port authority of Dover is "ready to help the search" according to a statement.',
     [None]),
    ("an inverted clause opened by 'among' names no speaker in a later chunk either",
     'Among the 40 passengers flying from Lyon are two Belgians, one Swiss, and one man variously reported as a '
     'Swiss or German national.\nThe port authority of Dover is "ready to help the search" according to a statement.',
     [None]),
    ("an aside set off by dashes inside the subject is skipped",
     'A Ministry of Defence — the British body responsible for the army — spokesman said: "This is not the end."',
     ["Ministry of Defence spokesman"]),
    ("an aside set off by dashes after the day that opens the sentence is skipped",
     'On Monday — hours after the attack — police said: "Nobody was hurt."', ["police"]),
    ("the subject after a phrase opened by 'among' or 'unlike' speaks",
     'Among the survivors, a farmer told reporters: "The wave was huge."\n'
     'Unlike the government, the rebels said: "We want peace."', ["farmer", "rebels"]),
    ("a US state's dotted abbreviation is a place, never a speaker",
     'A statement from the embassy in Washington, D.C. read: "We will not comment."', ["embassy in Washington"]),
    ("a document is never a speaker",
     'The Coastal Fisheries Act says "no vessel may fish within ten miles".', [None]),
    ("a hotel is never a speaker",
     'Gunfire was heard at the Grand Lakeside Hotel. "We hid under the beds for hours," the Grand Lakeside '
     'Hotel said.', [None]),
    ("an unnamed official to an outlet",
     '"The piece is still at the resort," said an unnamed official to the Island Times.', ["unnamed official"]),
    ("a name inside an apposition to the subject is not the speaker",
     'Ines Berg, the wife of the ship\'s captain, Marek Berg, said: "He called us at dawn."', ["Ines Berg"]),
    ("the source after according to is the next he",
     'According to analyst Marek Hald, Pedro Alves is a threat to the coalition. "He wants power," he said.',
     ["Marek Hald"]),
    ("the source after according to is the next he, past a saying of no one before it",
     'Hamza Hateer was cleared by the court.\nThe killings followed a dispute in which soldiers had argued with '
     'villagers, according to policeman Ahmed Sayed. He said gunfire followed. "I was inside the station."',
     ["Ahmed Sayed"]),
    ("a name after a weekday is the subject, not what the weekday's preposition governs",
     'Donald Trump takes power this month. Paul James spoke at the ceremony.\nIn a Wall Street Journal interview '
     'published on Friday Trump said he wishes to keep sanctions "at least for a period of time".', ["Donald Trump"]),
    ("indicated is a saying, and who indicated it the next he",
     'Trump has indicated he seeks closer ties with Russia. "This is our best force," according to Paul James, US '
     'ambassador to Poland. James said the troops represent "our iron-clad commitment to our allies."\nIn a Wall '
     'Street Journal interview published on Friday Trump indicated he wishes to keep sanctions "at least for a '
     'period of time," but ultimately remove them. "Why would anybody have sanctions?" he asked.',
     ["Paul James", "Paul James", "Trump", "Trump"]),
    ("the subject after a clause of time set before it speaks, not the clause's",
     'Bruno Fernandes hired former policeman Marcos Santos.\nWhen she said she could not bear it, the former '
     'policeman said "You are not going to bear it any more."', ["Marcos Santos"]),
    ("a quoted clause after connectives only goes on with the last speaker",
     'Amy Vaughn of the Geological Survey told Sky News that "a large body of water is disturbed". Therefore, since '
     'the epicenter was so close to the coast, "it could be devastating for the region."', ["Amy Vaughn", "Amy Vaughn"]),
    ("a quoted clause after a clause of the narrative's own is not the last speaker's",
     'Amy Vaughn of the Geological Survey told Sky News that "a large body of water is disturbed". Residents of the '
     'coast stayed calm, "as if nothing had happened at all."', ["Amy Vaughn", None]),
    ("a saying verb in the present: acknowledges", "Mr Justice Green, sitting in the High Court in London, rejected "
     "the application. Mr Justice Green's judgement acknowledges he did not know \"how the accused might structure "
     "their defences\".", ["Mr Justice Green"]),
    ("an unlisted verb after a comma-quote, the name after its role",
     '"He had this reputation as a fighter," Republican political strategist Kevin Madden offered. "I think the '
     'danger of the photos is that it undermines that."', ["Kevin Madden", "Kevin Madden"]),
    ("the subject after a clause set before it, not the name inside that clause",
     'Marvel fired director James Gunn on Friday.\nAfter Gunn was fired, David Dastmalchian, an actor in the latest '
     'Marvel Studios movie Ant-Man and the Wasp wrote on Instagram, "James is one of the most amazing people I have '
     'ever known."', ["David Dastmalchian"]),
    ("a fragment after a pronoun subject is the pronoun's",
     'Colonel Marek Hald spoke first.\nHe predicts the rebels "will be gone by the summer".', ["Marek Hald"]),
    ("an honorific after a portfolio", 'Undersecretary for Transport Mr. Kovar says "the line will reopen soon".',
     ["Kovar"]),
    ("a title of office is not a governor", 'Minister of Transport Ana Costa said a "full review of the line" '
     'is needed.', ["Ana Costa"]),
    ("a body named after said, with its channel", '"We have suspended our work," stated Friends of the Valley '
     'in a statement on Monday.', ["Friends of the Valley"]),
    ("a man who", 'A man who missed the ferry told a radio station "I was lucky, very lucky".', ["man"]),
    ("a name with an accented capital is a name", 'Standing beside President Alan Moyo, Ílona Varga said, '
     '"I cry with joy."\n"We waited for years," Varga said.', ["Ílona Varga", "Ílona Varga"]),
    ("a person named after a passive verb is not the subject",
     '"We are home," Ines Berg said. She was greeted by the mayor and his wife, Ana Costa.\n'
     '"I owe everything to you," she said.', ["Ines Berg", "Ines Berg"]),
    ("a colon ends a clause whose subject speaks",
     'A spokesman for the council, Marek Hald, made the statement on Friday: "We mourn with the families."',
     ["Marek Hald"]),
    ("residents described at length",
     'On the day the ship sank, residents on the small island of Kanu claimed to have seen a "very bright '
     'flash over the sea".', ["residents"]),
    ("a participle's speaker is its clause's subject, not the object named before it",
     'Ana Costa criticised Marek Hald, saying he "had failed the city and its people".', ["Ana Costa"]),
    ("a participle after by", 'Ana Costa defended Marek Hald in her speech by saying "He has done nothing wrong '
     'at all."', ["Ana Costa"]),
    ("a participle after a quote belongs to the clause before it",
     'Peter Dube called the flood "a national disaster for us", telling the radio he had never seen worse.',
     ["Peter Dube"]),
    ("quoted as saying", '"The water is rising very fast," one resident was quoted as saying.', ["resident"]),
    ("an absolute clause names its own speaker",
     'Critics of the plan met on Friday, with one farmer writing "Nobody asked us about the dam."', ["farmer"]),
    ("a name in an including list is not the speaker",
     'Forty former ministers, including Ana Costa and Peter Dube, signed a letter, demanding "an end to the '
     'violence now".', ["Forty former ministers"]),
    ("the adverbial before a participle's clause is not its subject",
     'In response to the claims made, Ana Costa, who is the owner of the ferry firm, issued a reply saying: '
     '"We reject every claim."', ["Ana Costa"]),
    ("a name spelt without its accents is the same person",
     'Mayor José Ortíz opened the bridge.\nJose Ortiz said: "It will carry ten thousand cars a day."\n'
     '"We built it in a year," Ortiz said.', ["José Ortíz", "José Ortíz"]),
    ("a forum poster is a described speaker",
     'One poster admitted taking part, writing in a blog post "I have joined the attack myself."', ["poster"]),
    ("a sentence adverb is not a speaker, an armed wing is",
     'Furthermore, the armed wing of the Red Hand claimed in a statement, "We have captured two soldiers."',
     ["armed wing of the Red Hand"]),
    ("a statement from a body is the body's",
     'According to a statement from the Harbour Workers Union, "the strike will go on until Friday".',
     ["Harbour Workers Union"]),
    ("a website speaks for its owner, and the message after it too",
     'The embassy\'s website said the threats were real. The message said: "The embassy is closed today until '
     'further notice."', ["embassy"]),
    ("a post by someone is theirs", '"Someone sent me the tool earlier today," said a post by an anonymous blogger.',
     ["anonymous blogger"]),
    ("a document with no issuer named is the speaker itself",
     'A leaked internal letter says "claims may be withdrawn if the form is late".', ["leaked internal letter"]),
    ("the statement is its issuer's, not a name in a participial phrase",
     'The strikers, led by a driver identified as Marek Hald, read a statement on the radio. "We will not return '
     'until we are paid," the statement said.', ["strikers"]),
    ("a body's name is not the role of its head",
     'Marek Hald, the head of Valley Motorsport, spoke first. "Nothing can stop the race now," said a statement on '
     'Valley Motorsport\'s website.', ["Valley Motorsport"]),
    ("a spokesman for the president is not the president",
     'Peter Dube, a spokesman for the president, spoke on Monday. "We will not resign," the president said.',
     ["president"]),
    ("a quote in a narrative sentence is not the last speaker's",
     'Ana Costa said the talks had failed. The newspaper cited questions such as: "Were you ever held against '
     'your will?"', [None]),
    ("he is the subject of his own sentence before the last speaker",
     'Peter Dube said: "We will not surrender our weapons."\nIn a speech, Prime Minister Alan Moyo did not '
     'mention Dube\'s movement, and he said the raids "were only aimed at criminal gangs".',
     ["Peter Dube", "Alan Moyo"]),
    ("it is the body in subject position before it",
     'Ana Costa spoke on Monday.\nThe state news agency, Vesta, named the dead officer. It says he died "while '
     'serving his country with honour".', ["Vesta"]),
    ("they is the body that spoke last",
     '"We have suspended our work," stated Friends of the Valley in a statement. They added, "We hope to return '
     'very soon."', ["Friends of the Valley", "Friends of the Valley"]),
    ("an unnamed spokesperson for a body is the next he",
     'A spokesperson for the water board said the dam was safe. "We have checked every gate twice," he said.',
     ["spokesperson for the water board"]),
    ("a party label is not part of a name",
     'The Speaker, Republican Peter Dube, disagreed: "This is not a ban at all," he said.', ["Peter Dube"]),
    ("the agent of a passive is the next he",
     'One policeman said: "We came here to surrender."\nThe raids were criticised by Marek Hald, a member of '
     'parliament. "We condemn these raids," he said.', ["policeman", "Marek Hald"]),
    ("what X calls", 'The government has seen what the Daily Courier calls "an unprecedented crackdown on leaks".',
     ["Daily Courier"]),
    ("a label on a noun after a determiner is no one's we know",
     'Ana Costa lost an appeal to conceal details of the "cruel and degrading" treatment of a prisoner.', [None]),
    ("a fragment as a predicate is the subject's",
     'However, Judge Marek Hald seemed unconvinced that the bracelets were an "accepted way of watching '
     'people", and agreed.', ["Marek Hald"]),
    ("a name in a relative clause is not the subject",
     'Ana Costa, who is in Vesta meeting President Alan Moyo and Peter Dube, said in a statement, "I will press '
     'for a ceasefire."', ["Ana Costa"]),
    ("a family name first stands for the person", 'Kim Jong Nam met Yoji Sato in 2012. "The regime will not '
     'last long," said Kim to Sato.', ["Kim Jong Nam"]),
    ("residents described at great length",
     'On the day the ship sank, residents on the small northern island of Kanu claimed to have seen a "very '
     'bright flash over the sea".', ["residents"]),
    ("a speaker the article does not name is not the last one",
     'Ana Costa said: "We are safe now."\nThe first of the two men to arrive claimed that "the water was '
     'poisoned for weeks".', ["Ana Costa", None]),
    ("says X between two quotes", '"The line is closed," says Ana Costa, director of the railway, "and it will '
     'stay closed."', ["Ana Costa", "Ana Costa"]),
    ("a participle after a semicolon hangs on the clause before it",
     'Ana Costa refused to publish the files; arguing publication would "cause real damage to the state".',
     ["Ana Costa"]),
    ("a participle opening the sentence has the subject after it",
     'Writing in a blog post, Ana Costa called the dispute: "the valley against the world, part two".',
     ["Ana Costa"]),
    ("a spokesperson for them speaks for the body meant",
     'The Harbour Authority confirmed the ship sank, with a spokesperson for them saying: "We are aware of the '
     'loss."', ["spokesperson for Harbour Authority"]),
    ("a pronoun right before the verb is its subject",
     'Ana Costa flew the plane. It has emerged that the last words that she said were: "I have lost an engine."',
     ["Ana Costa"]),
    ("what The X calls, an outlet", 'The government has seen what The New York Times calls "a crackdown on '
     'leaks".', ["The New York Times"]),
    ("a passive verb after a quote does not hand it over",
     'Judge Ana Costa heard the case on Friday. Costa ruled that there was no evidence the order was "to protect '
     'the country from anyone" described in it.', ["Ana Costa"]),
    ("according to after a quote", '"The bombs were small," according to Ana Costa.', ["Ana Costa"]),
    ("any speech verb inverts after a quote", '"We had no choice at all," responded Ana Costa.', ["Ana Costa"]),
    ("a document and its issuer right before a quote",
     'The family waited all day, but then there was a crushing message from the lawyers, "Abdullah did not make '
     'bail".', ["lawyers"]),
    ("a manner of speaking is a speech verb", 'Ana Costa met the lawyers.\n"None of us ever tried to leave," Zaynab '
     'Costa sighs.', ["Zaynab Costa"]),
    ("a title's full stop does not end the clause after said",
     '"We are choosing which patients to save," said Dr. Ana Costa, the deputy director.', ["Ana Costa"]),
    ("the army is not its spokesman",
     'Army spokesman Colonel Marek Hald spoke on Sunday.\nThe army said it had struck "a rebel supply column" on '
     'Monday and denied hitting any village.', ["army"]),
    ("the government is not its spokesman",
     'Government spokesman Marek Hald denied it.\nLate on Sunday, the government gave the rebels 72 hours, warning '
     'that it would otherwise "consider the talks over".', ["government"]),
    ("a body spelt out in brackets is not the speaker",
     'The executive director of Ruritania\'s HaLev (Centre for the Defence of the Individual) said on Wednesday '
     'that "the state has stripped thousands of their residency."', [None]),
    ("a phrase after 'was accused of' is not the accused's",
     'Marek Hald, one of five men arrested, was accused of "downloading and possessing banned images" and '
     'will appear in court next week.', [None]),
    ("a passive speech verb: the agent speaks",
     'Marek Hald was told by Ana Costa that "the talks are over for now."', ["Ana Costa"]),
    ("according to a channel quoting a source: the source",
     'According to the Ruritania Press Agency, quoting the state news agency Ruritania News Service (RNS), the army '
     'has been told to prepare for "a state of war".', ["Ruritania News Service"]),
    ("according to an agency quoting a person: the person",
     'According to Reuters, quoting Interior Minister Ana Costa, the army has been told to prepare for "a state of '
     'war".', ["Ana Costa"]),
    ("a lone name that spoke is the next he",
     'The coast guard found the boat.\nYonas, a 19-year-old who gave only his first name, said he had paid 1,500 '
     'dollars. "There was no space at all," he said.', ["Yonas"]),
    ("an adverb between a described subject and its verb is no part of it",
     'Marek Hald, the army spokesman, visited the front.\nThe spokesman also noted his view, saying, "We will '
     'hold the line." The spokesman later said "Nobody will retreat."', ["Marek Hald", "Marek Hald"]),
    ("a family is not an adverb", '"We want him home," the family said.', ["family"]),
    ("a statement issued by X is X's",
     'The ship sank, according to a statement issued by the Ruritanian Navy.\n"Searches are continuing for '
     'the crew," the statement explained.', ["Ruritanian Navy"]),
    ("a quote run over paragraphs closes before said X, and X is the next it, not a body inside the quote",
     'KCNA said: "The enemy made another grave provocation on Thursday.\nSix shells hit the area near the KPA posts", '
     'said KCNA.\n"Provocation deserves harsh punishment", it added.', ["KCNA", "KCNA", "KCNA"]),
    ("a word in quotation marks before a verb hands nothing over",
     'The "History" section of the site explains that the video featured the actor Tom Cruise.\n"So far, it is '
     'one to nil. But it is a long game."', [None]),
    ("the statement of an issuer we cannot name is not the last speaker's",
     'Ana Costa said: "We were woken up by the explosions."\nThe two armed groups claimed responsibility in '
     'a statement they released. They attacked "the strongholds of the enemy," claimed the statement.',
     ["Ana Costa", None]),
    ("X as well as Y: X leads the subject",
     'Ana Costa said: "We were woken up by the explosions."\nThe al-Shabab as well as another group, called '
     'Hizbul Islam, claimed responsibility in a statement they released. They attacked "the strongholds of the '
     'enemy," claimed the statement.', ["Ana Costa", "al-Shabab"]),
    ("a body in subject position says the phrase its verb quotes",
     'By virtue of 28 warrants, the Ruritanian Police has charged 23 men with "trading stolen images online" '
     'this week.', ["Ruritanian Police"]),
    ("a report in subject position says the phrases it quotes",
     'The report recommended sanctions, and other measures, including an "observer presence at court cases on '
     'demolitions".', ["report"]),
    ("an absolute clause at the end has its own subject",
     'The form, which runs to 40 pages, "must be completed in English", the government recommending "online '
     'translation tools" if needed.', [None, "government"]),
    ("the subject of a passive says nothing", 'The hostages were granted "parole status for humanitarian '
     'reasons" on Monday.', [None]),
    ("X's role is no words of X's", 'The mission\'s role is "to assure the safety of residents in case of '
     'threat".', [None]),
    ("a clause led by a verb names no subject",
     'Foreign Minister Marek Hald spoke on Monday.\nThe interview, with Marek Hald in Damascus, saw the minister '
     'challenged on the basis that the country might "turn a blind eye" to torture.', [None]),
    ("a two-word participle after a quote hangs on the clause before it",
     'Ana Costa stated, amid reports of shelling, that such munitions would "inevitably lead to civilian '
     'casualties", whilst also calling for the army to "exercise the utmost caution".', ["Ana Costa", "Ana Costa"]),
    ("a participle after a relative clause is the antecedent's",
     'The appeal was filed on Saturday with the Court of Appeals, which declined to overturn the decision, '
     'stating "the request for an immediate stay is denied."', ["Court of Appeals"]),
    ("a relative clause on the speaker after a quote is no part of the hand-over",
     '"We can only reach some villages by donkey cart," Halima Osman, who coordinates a network of local '
     'volunteers in the region, told the BBC.', ["Halima Osman"]),
    ("traders and exporters are described speakers", 'Fruit exporters warned that the cherries "could rot on '
     'the docks" if the ports remain closed.', ["Fruit exporters"]),
    ("the plural present say attributes", 'Local residents say the water is "rising faster than ever before".',
     ["Local residents"]),
    ("in the words of X", 'Her skin broke every time, and in the words of the prosecutor, Mark Hald, "the girl '
     'spent months crying."', ["Mark Hald"]),
    ("the plural present tell attributes", 'Officials tell the BBC that nobody will be refused "based solely on '
     'the answers to the form".', ["Officials"]),
    ("a verb the table lacks, a comma and a whole quote attribute it",
     'The Ruritanian Department of Agriculture notes, "Ground-level ozone causes more damage to plants than any '
     'other pollutant."', ["Ruritanian Department of Agriculture"]),
    ("a noun before a comma and a quote is no verb", 'Among the dead were three soldiers, "all of them '
     'volunteers," on Monday.', [None]),
    ("a subject and its verb in the present before a woven phrase",
     'In the document, the writer supposes a "cultural replacement brought on by an invasion" of migrants.',
     ["writer"]),
    ("a capitalised word in -s is no verb in the present", 'The French Forces in Gabon (FFG)\'s role is "to '
     'assure the safety of residents in case of threat."', [None]),
    ("a country's sole office-holder the article does not name is no one, not a label",
     'Kim Jong-un gave his first address. In a nation where speeches are rare, the young North Korean leader on '
     'Sunday said, "Superiority in military technology is ours."', [None]),
    ("a sole office-holder the article names is that person",
     'Ruritanian President Ana Costa flew home. The Ruritanian president said, "We will not give in."',
     ["Ana Costa"]),
    ("standing alongside Y, X said: X", 'Standing alongside President Alan Moyo, Ana Costa said, "I cry with '
     'joy."', ["Ana Costa"]),
    ("'he' is not the person the quote names: that is whom it speaks of",
     '"We will stay," said President Rafael Correa. At the summit, Alvaro Uribe charged Correa\'s government with '
     'links to the rebels, a charge that Correa quickly denied. "I cannot accept Uribe\'s lies," he said.',
     ["Rafael Correa", "Rafael Correa"]),
    ("a surname two people share is the one named most recently",
     'Police found a map in the home of former police chief Ibrahim Sahin. In a statement, Justice Minister '
     'Mehmet Ali Sahin said the inquiry is judicial. "The investigation has no political aspects," said Sahin.',
     ["Mehmet Ali Sahin"]),
    ("'the organization' is the body just named",
     'In an official release from Amnesty International put out Friday, the organization said: "It is shocking '
     'that journalists are being detained."', ["Amnesty International"]),
    ("the subject of a clause conceded first is not who speaks in the main one",
     "Despite the White House's initial assertion that FBI Director James Comey was dismissed Tuesday over the email "
     'case, United States President Donald Trump on Thursday told NBC that "this Russia thing" was among his reasons.',
     ["Donald Trump"]),
    ("a source is someone the article leaves unnamed: no speaker, not the word 'source'",
     'Justice Minister Ali Sahin said the inquiry was judicial. Wikinews interviewed a resident who wished not to be '
     'named. "Everyone wonders if they are next," said the source. "I am terrified here."', [None, None]),
    ("'he' in a sentence whose subject is someone's sister is that someone",
     'Thomas Sam, a homeopath, treated his daughter himself. Prosecutor Mark Tedeschi told the court that "both '
     'parents knew this". Thomas\' sister pleaded with him to see a doctor, but he replied "I am not able to do '
     'that".', ["Mark Tedeschi", "Thomas Sam"]),
    ("a participle's phrase before the subject is not who speaks",
     'On Thursday, Pakistani President Mamnoon Hussain signed the bill. After approving the bill, the president said '
     'the move would "open up an entire era of prosperity". Having read it, the senators said it was "a historic '
     'day for all of us".', ["Mamnoon Hussain", "senators"]),
    ("... but a name in -ing set off by commas still speaks",
     'Officials in Beijing met on Monday. Beijing, which hosts the talks, said "we welcome all sides." Reading '
     'Football Club dismissed its manager. Reading, the club, said "we thank him for his work."',
     ["Beijing", "Reading"]),
    ("an adverb set off by a comma is no speaker; a place so set off still is",
     'Eventually, the dog states that "there is a little bit of him in every can." Italy, the host, said "we are '
     'ready for the games now".', [None, "Italy"]),
    ("... nor is a name in -ly before an apposition the verb's comma closes",
     'Daly Holdings cut jobs. Daly, which employs 300 people, said "we regret the move." Reportedly, officials '
     'said "we are done."', ["Daly", "officials"]),
    ("a document's owner speaks for it, past its adjectives and what it is about",
     'PC World\'s recent analysis of its own web traffic statistics concluded, "Usually people upgrade their '
     'browsers." The embassy\'s official website said "all visas are suspended".', ["PC World", "embassy"]),
    ("'refers to X as' attributes a quote; a relative clause before the verb holds no speaker",
     'Amnesty International refers to the jailed journalists as "prisoners of conscience." Representative Andre '
     'Carson of Indiana, who is Muslim, referred to this as "Muslim ban 2.0" on Twitter.',
     ["Amnesty International", "Andre Carson"]),
    ("a body described by where it is based is the body just named",
     'The ship\'s owner, Northern Tankers, said on Wednesday that talks went on. In a statement, the Oslo-based '
     'company told Reuters: "We are waiting for news."', ["Northern Tankers"]),
    ("a verb the table lacks, right after a quote handed over with a comma, attributes it",
     'Judge Ana Costa spoke first. "I didn\'t do anything," protested Tomas Reyes shortly before judgement. '
     '"We will appeal," Reyes countered. "It is a lie," he objected.', ["Tomas Reyes", "Tomas Reyes", "Tomas Reyes"]),
    ("the person a later clause of a sentence has saying something is the next 'he'",
     'Tomas Reyes was arrested in May. Judge Paul Costa convicted him of theft. He cleared the defendant of fraud. '
     'Two women testified. The first said the man had hit her, but Reyes countered that the woman fell. He '
     'confessed to police. "I want you to help me," he told officers.', ["Tomas Reyes"]),
    ("... but not the object before a participle",
     'Ana Costa announced a protest. After Ms Costa visited the hospital, she tweeted: "How can we sleep today?", and '
     'addressed Prime Minister Peter Dube demanding "stricter laws and more police resources" to combat rape. She '
     'said she could "still hear her screams and cries".', ["Ana Costa", "Ana Costa", "Ana Costa"]),
    ("a body named before a relative clause and its verb speaks",
     'Legal charity Reprieve, who assisted the two men, said in a statement "Concerns about the inquiry have been '
     'raised from the very beginning."', ["Reprieve"]),
    ("a judgement, alone, speaks for the one who issued it",
     'Mr Justice Paul Green said the case is complex. "In my judgment the common law," the '
     'judgement reads, "would compel the court to apply the most intense scrutiny."', ["Paul Green", "Paul Green"]),
    ("an organization described in plain words is the body just named",
     'Reporters Without Borders (RWB) have appealed for punishment. The worldwide press freedom organization '
     'said that the government must act. "It is unacceptable that journalists have to do the job of the police," '
     'the organization said.', ["Reporters Without Borders"]),
    ("a capitalised saying word inside a name is no verb; the name's acronym may stand before the verb",
     'The Coastal Flood Warning Center (CFWC) advised authorities to "take appropriate action".',
     ["Coastal Flood Warning Center"]),
    ("'in what the association calls': the body named last, even as an object",
     'Nobody at the Federación Nacional de Cafeteros found it funny. In what the coffee growers association calls '
     '"an attack on national dignity," the characters mock the growers.', ["Federación Nacional de Cafeteros"]),
    ("a sentence adverb before an apposition-like comma is no person with a role",
     'Frankly, the minister said, "We are not ready." Sadly, the mayor said, "The bridge is gone."',
     ["minister", "mayor"]),
    ("a group described by the arms it bears or its kind of fighter is no body named before it",
     'The African Union condemned the raid. "We will fight back," the rebel group said. Troops from the Arab League '
     'attacked the camp.\n"We are not afraid," the armed group said.', ["rebel group", "armed group"]),
    ("'what' inside a clause before the subject's verb does not open the subject",
     'Peter Dube, the mayor, spoke. The union, which asked what the ministry wanted, said "We will strike."',
     ["union"]),
    ("a ruling party is no ruling issued by the last speaker (no name rather than a wrong one)",
     'Peter Dube, a spokesman, spoke on Monday. "We are sad," he said. "We will win," the ruling party said.',
     ["Peter Dube", None]),
    ("a word in -ing after a determiner is an adjective of the speaker's description, not a verb",
     '"We will win the vote," said a spokesman for the ruling party.', ["spokesman for the ruling party"]),
    ("one of a group speaks as one of it", 'Ana Costa was jailed. One of the children said, "Sometimes I still '
     'have nightmares." One of the survivors told reporters, "We were chained."',
     ["One of the children", "One of the survivors"]),
    ("a note a person released speaks for them in an excerpt",
     'Ana Costa, the party president, released a note condemning the visit. "The party repudiates the presence of '
     'the secretary", says an excerpt.', ["Ana Costa"]),
    ("'answered with' attributes", 'At a briefing, a reporter asked why the President did not go. Ambassador '
     'Ana Costa answered with, "Secretary Rice has been engaged for months."', ["Ana Costa"]),
    ("a described speaker before a verb of thinking in the past is the role's holder",
     'Judge Paul Green convicted him on Monday. The judge felt "he was not telling the whole truth" and criticised '
     'him.', ["Paul Green"]),
    ("'one of these' is one of the group just named, and no one when none was named just before",
     'Malta has had eight citizens turned back. One of these told The Times of Malta, "They treated us like '
     'hostages." Police arrested him. One of them said, "We will appeal the ruling soon."',
     ["One of the citizens", None]),
    ("'predicted' reports what someone said", 'Ana Costa, of the Flood Foundation, predicted that the city would '
     'face "a very big wave".', ["Ana Costa"]),
    ("a day's possessive dates a long document's description; the one it is from issued it",
     'The government stressed consultation. Wednesday\'s official government statement from the Yemeni embassy in '
     'Washington, D.C. read: "The government of Yemen reiterates its firm position."', ["Yemeni embassy"]),
    ("a resolution speaks for the body that passed it",
     'The Council of Europe passed a resolution on Monday. The resolution read, "The assembly condemns the '
     'killings."', ["Council of Europe"]),
    ("a resolution whose issuer we cannot name is not the last speaker's",
     'Ana Costa said, "We will appeal." Earlier, the city council passed a resolution. The resolution read, "The '
     'assembly condemns the killings."', ["Ana Costa", None]),
    ("a name before a role noun is the role's employer, not the one who speaks",
     'The factory was founded by Luis Zanon in 1979. Says one Zanon worker, "We are willing to defend the factory '
     'with our lives."', ["Zanon worker"]),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_speaker(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("clause, subject", [
    ("The newly inaugurated governor said it.", "The newly inaugurated governor"),
    # a noun in -ly is no adverb: its verb ends the subject
    ("The family said in a statement that he was innocent.", "The family"),
    ("The assembly voted to approve the budget.", "The assembly"),
])
def test_an_adverb_and_a_participle_stay_in_the_subject_a_noun_in_ly_does_not_take_the_verb(clause, subject):
    assert leading_noun_phrase(clause) == subject


def test_a_document_word_used_as_a_verb_names_no_document():
    assert named_document("Local Media report that three soldiers died.") is None
    assert named_document("The UNHCR published its Global Trends report on Monday.") == "Global Trends report"


def test_a_weekday_paper_ending_the_phrase_keeps_its_day_word():
    assert without_date_words("the Mail on Sunday") == "the Mail on Sunday"
