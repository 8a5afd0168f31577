"""Categories from weighted cue tables: one row per kind of news sentence."""
from __future__ import annotations

import pytest

from builder.extract.categories import classify

ROWS = [
    ("a statement a sentence names is no statement put out", "The hostages named in the statement were released",
     "other"),
    ("a warning for speeding is no hazard warned of", "The suspect was placed under a warning for speeding", "other"),
    ("harm a step would cause is warned of", "They said new sanctions would cause chaos in the region", "warning"),
    ("... but a driver who would lead for ten laps warns of nothing",
     "Joey Logano would lead for the next ten laps", "other"),
    ("a statement posted, in the passive, is a statement",
     "A statement by the Red Cross was posted on Facebook on Friday", "statement"),
    ("... and so is one issued", "A statement was issued by the ministry", "statement"),
    ("a coast placed under a tsunami warning is warned", "The east coast was placed under a tsunami alert", "warning"),
    ("... and so is a warning that goes into effect", "A warning went into effect at 6AM local time", "warning"),
    ("... but a bill put under close watch is not", "The bill was put under close watch", "other"),
    ("a death after a battle with pneumonia is no attack and no toll",
     "Brady died on Friday after a battle with pneumonia", "other"),
    ("... nor one of heart failure", "He died of heart failure on Monday", "other"),
    ("... but a battle with police is a fight", "Three people died after a battle with police", "casualties"),
    ("a cyber-attack told beside an armed attack leaves the armed one",
     "Days after a cyber-attack on the ministry, a suicide bomber attacked its headquarters, killing 12", "strike"),
    ("a bomber striking a bar is no shot against the bar", "A suicide bomber struck the bar, killing 12 people",
     "strike"),
    ("... nor insurgents striking a post", "Insurgents struck the post overnight", "strike"),
    ("a title captured is sport", "She captured her third world title in Rome", "other"),
    ("... and a moment captured on camera no capture", "The moment was captured on camera by a bystander", "other"),
    ("... but a town captured is an attack", "Rebels captured the town on Monday", "strike"),
    ("a court where people gather is no legal act", "Protestors gathered outside the court on Friday", "other"),
    ("... but a hearing in court is", "He appeared in court on Friday", "legal"),
    ("an attack on computers is no armed attack", "Google said it had performed a collision attack on the cipher",
     "other"),
    ("... nor is a cyber-attack", "A cyber-attack took the bank's website offline on Monday", "other"),
    ("... but gunmen attacking a computer shop are", "Gunmen attacked a computer shop on Monday", "strike"),
    ("'struck gold' is no blow", "On 12 minutes, Theo Walcott struck gold when he scored for Arsenal", "other"),
    ("... nor a ball that struck the post", "His shot struck the post in the final minute", "other"),
    ("an accord's name is no deal made", "there were alterations to U.S. policy on the Harbour Climate Accords",
     "other"),
    ("... unless the clause makes it", "the leaders signed the Kelso Agreement on Tuesday", "agreement"),
    ("... or adopts it", "the assembly adopted the Kelso Agreement", "agreement"),
    ("... or leaves it", "the US withdrew from the Kelso Agreement on Monday", "rejection"),
    ("words against someone are no armed attack", "the senator attacked Premier Ana Costa as having failed the poor",
     "other"),
    ("... nor words for what someone did", "the senator attacked President Peter Dube for his handling of the budget",
     "other"),
    ("an attack on a town for days is one", "rebels attacked Misrata for a third day", "strike"),
    ("... and one told with 'as'", "Rebels attacked Misrata as night fell", "strike"),
    ("... and on a base named in capitals", "Insurgents attacked Forward Base Delta for their third night", "strike"),
    ("... and on positions as troops advanced", "jets attacked rebel positions as troops advanced", "strike"),
    ("hurting the economy is no casualty", "high inflation could hurt the economy", "other"),
    ("a blast that hurt people is", "the blast hurt 20 people", "casualties"),
    ("shelling kills", "four people were killed by shelling in the capital", "shelling"),
    ("toll without a cause", "at least 20 people have been killed after one of the heaviest battles", "casualties"),
    ("killed by a bomber is a strike", "eleven peacekeepers were killed by a suicide car bomber", "strike"),
    ("toll counted since", "66 of its followers have been killed in attacks since the election", "casualties"),
    ("offer of safe passage", "Russia said it would allow people to leave if they put down their weapons", "ultimatum"),
    ("deadline set", "Lindqvist set the deadline at the end of two days of talks", "ultimatum"),
    ("refusal", "Ukraine has refused to surrender the city", "rejection"),
    ("warning beats tribunal", "the ministry warned they could face a military tribunal", "warning"),
    ("arrest", "police arrested the opposition leader", "legal"),
    ("aid shortage", "food, water and electricity are running low", "humanitarian"),
    ("disease outbreak", "a cholera outbreak spread through the camps", "humanitarian"),
    ("evacuation", "4,000 people were evacuated from the villages", "evacuation"),
    ("talks", "negotiations with the prime minister are ongoing", "diplomacy"),
    ("ceasefire", "the cleric's cease-fire is still in force", "agreement"),
    ("claim of responsibility", "the group took responsibility for both attacks", "statement"),
    ("envoys and consuls at work are diplomacy, in the plural too", "the annual report was drafted by European "
     "envoys and consuls in the two cities", "diplomacy"),
    ("a claim made is a saying", "the ruler's son made the same claim last year", "statement"),
    ("allegations published are a saying", "the newspaper published allegations from a former aide", "statement"),
    ("comments published are a saying", "his comments were published in a report issued on Monday", "statement"),
    ("a fire's battle is not an armed attack", "firefighters were battling more than 30 blazes", "other"),
    ("a death sentence carried out is legal", "158 were executed in 2007", "legal"),
    ("executing a plan is no execution", "the army executed the plan", "other"),
    ("an earthquake striking is not an armed attack", "a magnitude 6.1 earthquake struck the hills", "other"),
    ("a tornado striking is not an armed attack", "the tornado struck during the evening game", "other"),
    ("a suspect giving himself up is legal", "the suspected gunman surrendered himself to officers", "legal"),
    ("naming the suspect is legal", "officials identified the suspect as a 21-year-old from the city", "legal"),
    ("probes are legal", "the minister announced there would be two probes into the crash", "legal"),
    ("goods seized are police work", "customs officers seized 1.2 tonnes of cocaine at the port", "legal"),
    ("a town seized is a capture", "rebels seized the town of Kidal after a day of fighting", "strike"),
    ("a toll denied is no toll", "No injuries were reported, but police evacuated about 80 people from the town",
     "evacuation"),
    ("living is not dying", "she lives in Kyiv with her two children", "other"),
    ("in charge of is not a charge", "he was in charge of the unit", "other"),
    ("a contract is not a peace deal", "the firm signed a contract with the ministry", "other"),
    ("a signed ceasefire is an agreement", "both sides signed a ceasefire on Friday", "agreement"),
    ("seizing power is a coup, not an attack", "the military seized power in February 2021", "other"),
    ("seizing a town is", "rebels seized the town of Kidal", "strike"),
    ("an acquittal is legal", "a court cleared the academic of all charges", "legal"),
    ("a commuted sentence is legal", "the president commuted the sentences of two activists", "legal"),
    # a law passed or signed is a formal act, other (the corpus README), not a court's or police's act
    ("a bill passed is a formal act", "the senate passed a revised bailout bill", "other"),
    ("a bill signed is a formal act", "the president signed a bill to merge the tribal areas with the province",
     "other"),
    ("an amendment is a formal act", "introduced in 1983, the eighth amendment made abortion illegal", "other"),
    ("assets frozen are legal", "his assets were frozen and a travel ban was imposed on him", "legal"),
    ("a boycott is a rejection", "the party would boycott the executive branch", "rejection"),
    ("a boycott endorsed is a saying", "two lawmakers endorsed boycotting next year's contest", "statement"),
    ("a boycott urged is a saying", "he said next year's contest should be boycotted", "statement"),
    ("supporters boycotting are refusing", "opposition supporters boycotted the election", "rejection"),
    ("the Boycott, Divestment, Sanctions movement is a name, no refusal",
     "the Boycott, Divestment, Sanctions movement was founded in 2005", "diplomacy"),
    ("retaking a town is an attack", "Kurdish forces retook two villages near the dam", "strike"),
    ("a bomb defused is no attack: the arrest is the news", "the bomb was defused and the driver arrested",
     "legal"),
    ("killed in attacks: a toll over many attacks", "figures showed 367 people had been killed in attacks last month",
     "casualties"),
    ("a known cause with a hyphenated word: the count is the news", "nearly 1,300 people died and 5,000 were "
     "injured during the three-week offensive", "casualties"),
    ("hurt in the attacks: the toll of attacks told before", "over 500 were hurt in the attacks", "casualties"),
    ("an attack told besides its known cause stays the attack", "jets bombed the camp and 20 were killed in the "
     "strikes", "strike"),
    ("attacks not told before that kill are the event", "On Friday, twin attacks in the capital killed at least 70 "
     "people and wounded 150 more", "strike"),
    ("a car bomb that kills and injures is the attack", "a car bomb near the market killed 12 people and injured 40",
     "strike"),
    ("a known attack's toll is the count", "the attack killed four soldiers and wounded ten", "casualties"),
    ("a toll raised is the count, wherever it was", "authorities raised the official death toll from the airstrike "
     "on a refugee camp to 236", "casualties"),
    ("a new toll is the count", "the new toll updates previous estimates, which were of at least 50 dead",
     "casualties"),
    ("refugee status determined is procedure, not aid", "the ministry began issuing forms to determine refugee "
     "status for 12,000 applicants", "other"),
    ("entry barred to refugees is a formal act", "the president signed an order barring entry to the country by "
     "refugees from six countries", "other"),
    ("a law banning migrants from claiming asylum is policy", "a law banning illegal migrants from claiming asylum "
     "is expected next month", "other"),
    ("asylum seekers rescued are still humanitarian", "fishermen rescued over 700 asylum seekers whose boat sank",
     "humanitarian"),
    ("refugees going home are still humanitarian", "more than 100 refugees returned home across the river",
     "humanitarian"),
    ("'at the time of his death' says when, it is no toll", "he was flying planes for a small airline at the time "
     "of his death", "other"),
    ("an inquiry into claims of an attack is legal, the attack only alleged", "the rights commission is "
     "investigating claims that the army used phosphorus bombs in an attack on the village", "legal"),
    ("what someone is asked about has not happened", "the spokesman was asked if the whistleblower would also be "
     "pardoned", "other"),
    ("a happening named to say when is not the news", "the student was arrested two days after the explosion",
     "legal"),
    ("rejecting a claim is a denial, not a refusal", "a report rejecting the bombing claim was published", "other"),
    ("clearing someone of an attack is legal", "a court cleared the exiled academic of killing seven in a bomb attack",
     "legal"),
    ("a form that must be returned within days is a deadline", "the form must be returned within twenty working days",
     "deadline"),
    ("the effects of a condition are no warning", "mothers are at risk of the neuropsychological consequences of "
     "iodine deficiency", "other"),
    ("grave consequences held out are a warning", "the envoy spoke of grave consequences for the region", "warning"),
    ("'may result in' is a warning", "failure to reply may result in the claim being withdrawn", "warning"),
    ("warnings issued", "officials issued tsunami warnings for the coast", "warning"),
    ("rockets fired are shelling", "at least eight rockets were fired overnight", "shelling"),
    ("not agreeing is no agreement", "the group does not agree to the ceasefire", "other"),
    ("a disaster's 'struck' is no attack", "tragedy struck the overcrowded vessel", "other"),
    ("killed in the fighting already told: the count is the news", "at least 13 soldiers have been killed in the "
     "fighting", "casualties"),
    ("dead in a bombing: the attack is the event", "three people were killed and dozens hurt in a bombing at a "
     "bus station", "strike"),
    ("dead in a series of attacks: the attacks are the event", "five people died in a series of bombings in the port",
     "strike"),
    ("dead in fighting: the count is the news", "40 people have been killed in fighting between the army and rebels",
     "casualties"),
    ("a murder is an attack", "a family of four was murdered on the coast road", "strike"),
    ("shot dead is an attack", "two guards were shot dead at the gate", "strike"),
    ("a shooting with its dead is the attack", "nine people were killed in a shooting at a school", "strike"),
    ("charged with murder is legal", "the man was charged with murder on Tuesday", "legal"),
    ("arrested for a stabbing is legal", "police arrested a teenager for the stabbing", "legal"),
    ("shootings named to say when are not the news", "following the shootings, thousands marched in the capital",
     "other"),
    ("seizing control in a coup is no arrest", "the colonel seized control of the island in a coup", "other"),
    ("a ruling party is no court ruling", "the former ruling People's Unity party held a rally", "other"),
    ("on alert ahead of a ruling: the ruling says when", "troops are on alert ahead of a verdict in the capital",
     "other"),
    ("an attack planned has not happened", "militants had planned to attack the convoy near the border", "other"),
    ("the potential of an attack is no attack", "officials spoke of the potential of a terrorist attack", "other"),
    ("visas restricted between states are a sanction", "the country asked its neighbours to restrict visas for "
     "the ruling family", "diplomacy"),
    ("... a team denied visas is none", "the six-member team had been denied visas", "other"),
    ("... a word that only begins like 'ban' is none", "Bangladeshi workers applying for visas queued outside the "
     "embassy on Monday", "other"),
    ("what led to the main clause's news counts for less", "In July, the Swiss for two days detained the leader's "
     "son, Hannibal, after hotel staff in Geneva complained of being assaulted.", "legal"),
    ("... unless the main clause tells nothing of its own", "schools closed after gunmen attacked a village", "strike"),
    ("a bomb only thought to be one is no attack", "the student brought a clock to school and a teacher thought it "
     "resembled a bomb", "other"),
    ("... nor is a hoax bomb", "a hoax bomb closed the station for an hour", "other"),
    ("a death the court orders is a sentence, not a toll", "He was sentenced to death for ordering attacks that "
     "killed thousands.", "legal"),
    ("... and so is the death penalty", "Her lawyer says these charges could carry the death penalty.", "legal"),
    ("... but a death in custody is a death", "He died in custody on Monday.", "casualties"),
    ("warcraft aiming at a place is an attack", "Israeli aircraft targeted a Hamas base in the Gaza Strip",
     "strike"),
    ("... as are warplanes that hit one", "Syrian warplanes hit a market in Idlib", "strike"),
    ("... but an aircraft that hits a mountain crashed", "The aircraft hit a mountain near the airport", "other"),
    ("... and a team named for jets plays", "The New York Jets pounded the Miami Dolphins 30-3 on Sunday", "other"),
    ("... while jets of war, lower-case, still strike", "Israeli jets pounded targets in Gaza on Sunday", "strike"),
    ("arms sold are no attack", "the administration notified Congress of its intention to sell sophisticated "
     "precision-guided bombs to the kingdom", "other"),
    ("... nor arms bought", "the army will buy 40 cruise missiles from France", "other"),
    ("... nor arms exported", "the company exports bombs to six countries", "other"),
    ("... but an attack with arms named is one", "militants fired missiles at the base", "strike"),
    ("arms sold, in the present, are no attack", "the company sells bombs to six countries", "other"),
    ("... nor arms being bought", "the army is buying 40 cruise missiles from France", "other"),
    ("... nor rockets supplied, which are no shelling either", "Iran is supplying rockets to the militia", "other"),
    ("a trade word in a clause before the attack does not undo it", "militants bought time before the missiles struck "
     "the base", "strike"),
    ("... nor a supply hit by rockets", "a supply convoy was hit by rockets near the border", "shelling"),
    ("a search by the police is legal, not an attack", "On Monday, police raided the offices of two civic groups",
     "legal"),
    ("a head of state met is diplomacy", "the president is scheduled to meet President Ana Costa next Tuesday",
     "diplomacy"),
    ("a visit with a head of state is diplomacy", "the defence secretary arrived in the capital for a visit with the "
     "Ruritanian president", "diplomacy"),
    ("a joint press conference of two governments is diplomacy", "the two ministers held a joint press conference in "
     "the capital", "diplomacy"),
    ("a suspect remanded is in the hands of a court", "Clark has been remanded pending a full committal hearing "
     "next week.", "legal"),
    ("a death the clause comes after is a time, not its news", "In 2009, she became the senior member of the former "
     "royal family after the death of a male relative.", "other"),
    ("a death at an age, from a heart attack, is no toll", "the last Ottoman royal died at age 91, reportedly from "
     "a heart attack, Monday", "other"),
    ("... but a death from wounds is", "Two soldiers died from their wounds on Monday", "casualties"),
    ("... even told after an age", "The soldier died at the age of 19 from gunshot wounds", "casualties"),
    ("... (an age alone still tells no toll)", "The former mayor died aged 88 at his home", "other"),
    ("a death from an illness, in a hospice, is no toll", "the former party leader died today in a hospice whilst "
     "suffering cancer", "other"),
    ("an attack forsworn has not happened", "the inspector urged a commitment not to attack the country",
     "other"),
    ("... but an attack that was 'not the first' has happened", "it was not the first attack on the embassy this "
     "year", "strike"),
    ("an attack planned beside one done is an attack", "the rebels planned a raid and attacked the base at dawn",
     "strike"),
    ("police named without a legal act are no legal news", "police closed the roads near the stadium", "other"),
    ("a plea is a saying, not a court appeal", "the party made an appeal asking that the hostages be freed",
     "statement"),
    ("an appeal to a court is legal", "his lawyers will appeal to the supreme court", "legal"),
    ("observers sent to an election are diplomacy", "the bloc sent its first group of electoral observers to the "
     "provinces", "diplomacy"),
    ("a visit to discuss is diplomacy", "the general visited the capital to discuss security with the president",
     "diplomacy"),
    ("an international conference is diplomacy", "Britain plans to hold an international conference on the crisis",
     "diplomacy"),
    ("a blast near an embassy is no diplomacy", "the blast damaged a shop near the embassy", "strike"),
    ("a ministry spokesman's title is no diplomatic act", "a foreign ministry spokesman was in the cabinet meeting",
     "other"),
    ("an aid appeal is humanitarian", "the agency launched a humanitarian appeal for ten million dollars",
     "humanitarian"),
    ("a suicide attempted is no attack", "she spent months in a cell and attempted suicide twice", "other"),
    ("a threat with 'unless' is a warning", "the gang said it would burn the village unless the ransom was paid",
     "warning"),
    ("ruling out a possibility is no refusal", "the agency ruled out the possibility of a tsunami", "statement"),
    ("ruling out talks is a refusal", "the rebels ruled out talks with the government", "rejection"),
    ("a ceasefire called for is not agreed", "the envoy will keep pressing for an immediate ceasefire", "other"),
    ("reactions issued are sayings", "leaders around the world issued varied reactions to the killing", "statement"),
    ("a death of old age is no toll", "the former envoy died at his home on Sunday, aged 81", "other"),
    ("a heart attack is no armed attack", "the singer died of a heart attack in Lisbon", "other"),
    ("an illness battled is no armed attack",
     "the former party leader died yesterday aged 61 after a battle with cancer", "other"),
    ("a civil suit is a case at law", "the cartoonist is being sued for damages by the growers", "legal"),
    ("... and suing is one", "in 2006 the federation sued a rival over its advertising campaign", "legal"),
    ("... but a woman named Sue is none", "Sue Gray visited the school on Monday", "other"),
    ("a statement made is a saying", "the government spokesman made the statement on Thursday", "statement"),
    ("trying to rescue someone is an evacuation", "two passengers tried to rescue the pilot as the boat sank",
     "evacuation"),
    ("rescue teams sent are humanitarian", "search and rescue teams have been sent to the villages", "humanitarian"),
    ("held for days is a detention", "the two suspects are to be held for seven days", "legal"),
    ("a town held for days is no detention", "the town was overrun by insurgents and held for three days", "strike"),
    ("a meeting's topic is no happening", "witnesses say the shelling began as the president left for a meeting on "
     "refugees and displaced people", "shelling"),
    ("a count of people alone is no toll", "the manoeuvres involved 600 French soldiers and 120 local troops",
     "other"),
    ("a count of people with a toll word is casualties", "600 soldiers and 120 police officers were injured",
     "casualties"),
    ("a consequence within a time limit if a demand is not met is an ultimatum", "the army would respond, "
     "militarily, within 48 hours if the broadcasts do not stop", "ultimatum"),
    ("refusing to comment is no rejection", "the general refused to comment on the policy", "statement"),
    ("a source reached by a reporter is no diplomacy", "when contacted through telephone, the mayor was at home",
     "other"),
    ("a foreign minister contacted is diplomacy", "the secretary of state contacted the country's foreign minister "
     "over housing", "diplomacy"),
    ("harm to stability is a judgement, not a threat", "the launch threatens regional stability", "other"),
    ("an agreement abandoned is a rejection", "the country would no longer honor the testing agreements it made",
     "rejection"),
    ("withdrawing from a treaty is a rejection", "the government withdrew from the nuclear treaty", "rejection"),
    ("a rocket launched into orbit is no shelling", "the failed attempt to launch a multistage rocket into orbit",
     "other"),
    ("a rocket on display is no shelling", "the parade finished with the display of a new rocket", "other"),
    ("aid given is humanitarian", "the agency provided some assistance to the families", "humanitarian"),
    ("applying for disaster aid is humanitarian", "the city is beginning to apply for federal disaster aid",
     "humanitarian"),
    ("repatriation is humanitarian", "the government has ceased the repatriation of foreign nationals",
     "humanitarian"),
    ("military aid is no relief", "the country will send military aid to the army", "other"),
    ("fighters sent to help aid a group are no relief", "the groups would send fighters to help aid the rebels",
     "other"),
    ("a poisoning is an attack", "he was killed by a fast-acting poison at the airport", "strike"),
    ("food poisoning is no attack but an illness", "forty guests fell ill with food poisoning at the hotel",
     "humanitarian"),
    ("an address given is a saying", "the leader gave his first formal address on Sunday", "statement"),
    ("a statement released is a saying", "the channel released a statement after the accident", "statement"),
    ("an update put out is a saying", "the provincial security secretary released an update", "statement"),
    ("a tribute paid is a saying", "the president paid tribute to the victims", "statement"),
    ("thanks given are a saying", "the chairman thanked the launch team for the successful launch", "statement"),
    ("a toll told in a statement stays a toll", "police released a statement saying five people were killed in the "
     "blast", "casualties"),
    ("a film released is no saying", "the studio released the film in March", "other"),
    ("a security update released is no saying", "the company released a security update for its browser", "other"),
    ("a banknote issued is no saying", "the central bank issued a new 50-pound note", "other"),
    ("a note released with what it says is a saying", "the party's president released a note repudiating the visit",
     "statement"),
    ("water a storm lets in is no shortage", "the ravaged ceiling allowed water to pour in", "other"),
    ("water as a supply is humanitarian", "the town has been without water since Monday", "humanitarian"),
    ("leaving for safer places is displacement", "hundreds of families left for safer places overnight",
     "humanitarian"),
    ("a cabinet meeting is no diplomacy", "the president led a cabinet meeting on Tuesday without the premier, "
     "who was abroad on a tour to seek mediation", "other"),
    ("talks at a meeting between states are diplomacy", "the two ministers held talks at a meeting in Geneva",
     "diplomacy"),
    ("a warning issued, in the passive", "a storm warning was issued for the coast an hour before", "warning"),
    ("a relative clause opened by 'that' counts for less", "one suspect has been arrested on camera footage that "
     "recorded two men placing bombs at the temple", "legal"),
    ("'That' opening a sentence is its subject, no relative clause", "That led to the arrests of four suspects",
     "legal"),
    ("a complaint at a sheriff's station is legal", "the company's officials went to the sheriff's station where "
     "they claimed the man allegedly left with its computers", "legal"),
    ("a warning issued with its grade is a warning", "the weather service issued its highest, third-degree warning "
     "for storms", "warning"),
    ("a drowning is a toll", "two fishermen drowned off the coast", "casualties"),
    ("a body recovered is a toll", "a woman's body was recovered from the river on Saturday", "casualties"),
    ("a governing body is no toll", "the sport's governing body met on Saturday", "other"),
    ("water cannon is no water supply", "police used water cannon to clear the strikers from the road", "other"),
    ("relative clause counts for less", "it has had no government since 1991, when warlords who started fighting took over",
     "other"),
]


@pytest.mark.parametrize("text,category", [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_category(text, category):
    assert classify(text)[0] == category


def test_speech_with_no_cue_is_a_statement_and_a_refusal_in_a_quote_is_a_rejection():
    assert classify("the minister said", "", speech=True)[0] == "statement"
    assert classify("she told Ukrainian Pravda:", "There can be no talk of any surrender.", speech=True)[0] == "rejection"


def test_anchor_prefilter_never_changes_a_score():
    """The word-beginning test that skips most cue patterns must skip only patterns that cannot match."""
    from pathlib import Path

    from builder.extract import categories
    from builder.extract.sentences import split_sentences

    def unfiltered(text: str) -> dict[str, int]:
        saved = categories.ANCHORS
        categories.ANCHORS = [None] * len(saved)
        try:
            return categories.cue_scores(text)
        finally:
            categories.ANCHORS = saved

    corpus = Path(__file__).parent.parent / "corpus"
    texts = [s.text for path in sorted(corpus.glob("*.txt"))
             for s in split_sentences(path.read_text(encoding="utf-8"))[1]]
    texts += [t.upper() for t in texts[:50]]                    # the patterns ignore case; so must the test
    assert len(texts) > 700
    for text in texts:
        assert categories.cue_scores(text) == unfiltered(text), text


# Reported speech (corpus README: "statement: what someone said ... when the saying is the event"): the clause's
# main verb is a saying. Invented sentences, one row per case.
SAYINGS = [
    ("a spokesman's report is a statement", "A ministry spokesman said the convoy had been stopped by a drone.", "",
     "statement"),
    ("a title with a diplomatic word is not the content", "Ruritania's foreign minister said the incident showed "
     "the need for calm.", "", "statement"),
    ("according to: a statement", "According to the provincial governor, the investigation is ongoing.", "",
     "statement"),
    ("a tail attribution: a statement", "The inquiry will take months, the mayor said.", "", "statement"),
    ("Burns the surname is no injury", "Saran and Burns head the joint working group on energy.", "", "other"),
    ("burns suffered are", "Three people suffered burns in the fire.", "", "casualties"),
    ("burns that open a sentence are", "Burns to his hands forced him to retire.", "", "casualties"),
    ("Burns the surname that opens a sentence is no injury", "Burns met Saran in New Delhi.", "", "other"),
    ("offensive words are no attack", "The director was fired for his offensive tweets about rape.", "", "other"),
    ("an offensive launched is one", "The army launched an offensive against the rebels.", "", "strike"),
    ("words found offensive are no attack", "The cartoon was deeply offensive to many Muslims.", "", "other"),
    ("a team's offensive coordinator is no attack", "The Bears fired offensive coordinator Luke Getsy.", "", "other"),
    ("an offensive that was launched is one", "The offensive was launched on Monday.", "", "strike"),
    ("concerns raised are a saying", "Two senators both raised concerns about the minister's judgement.", "",
     "statement"),
    ("a tax raised is none", "The council raised taxes on fuel.", "", "other"),
    ("a subject long with names still speaks", "Senator Jack Reed of Rhode Island, who serves on the Armed Services "
     "Committee, and fellow Democrat Adam Schiff of the House Intelligence Committee both raised concerns about it.", "",
     "statement"),
    ("a long stretch of plain words is no subject", "McLetchie lead the party in Scotland for seven years before "
     "quitting in 2005 amidst a row regarding expenses claims.", "", "other"),
    ("questions a thing raises are no saying", "The crash raised questions about the safety of the aircraft.", "",
     "other"),
    ("concerns raised by a pronoun for a person are a saying", "He raised concerns about the deal.", "", "statement"),
    ("concerns raised by a name that opens the sentence are a saying", "Obama raised concerns about the deal.", "",
     "statement"),
    ("concerns raised by an acronym for a body are a saying", "The UN raised concerns about the camps.", "",
     "statement"),
    ("questions an event in a country raises are no saying", "The US election raised questions about its safety.", "",
     "other"),
    ("an alarm raised is no saying", "A neighbour raised the alarm after smelling smoke.", "", "other"),
    ("'quick to say' is a saying", "The minister's aides were quick to say on Monday that no secret was shared.", "",
     "statement"),
    ("'went on to say' is a saying", "The judge went on to say he was not giving them the longest term.", "",
     "statement"),
    ("praise given is a saying", "The president then commended the government for its fight against malaria.", "",
     "statement"),
    ("a warning verb is a warning", "The army warned residents of the consequences of staying.", "", "warning"),
    ("a refusal verb is a rejection", "The union rejected the offer on Monday.", "", "rejection"),
    ("a clause set in a statement is a statement", 'In a statement, the Prime Minister sent "   "',
     "his heartfelt condolences to the families", "statement"),
    ("a warning verb in the present plural is a warning, over the toll it mentions", "Police warn more bodies may "
     "remain to be found after yesterday's crash of a vintage jet killed at least seven people.", "", "warning"),
    ("a refusal verb in the present plural is a rejection", "Residents reject the offer of new homes.", "",
     "rejection"),
    ("a toll the speaker gives is casualties", "Police said at least 12 people were killed in the collapse.", "",
     "casualties"),
    ("a rescue the speaker gives is an evacuation", "Officials said 40 people were rescued from the basement.", "",
     "evacuation"),
    ("a shortage told in detail is humanitarian", "Aid groups have said food, water and electricity are running "
     "low, with humanitarian access limited.", "", "humanitarian"),
    ("one word of the topic is not", "The shadow minister said her party has supported faster asylum decisions.",
     "", "statement"),
    ("a rescue before the hospital it ended in", "Fire officials said three people had been rescued and taken to "
     "hospital.", "", "evacuation"),
    ("an attack the speaker tells as done is a strike", "The mayor said air defences shot down two missiles.", "",
     "strike"),
    ("an announced act is what it announces", "The bloc announced fresh sanctions against the regime.", "",
     "diplomacy"),
    ("a report of a happening is the happening", "Reuters reported that rebels captured the airport.", "", "strike"),
    ("a court's words on a case are legal", "The judge said the evidence did not prove the charges.", "", "legal"),
    ("one's own coming appeal is legal", "The two officers indicated they would appeal.", "", "legal"),
    ("an injury named without a count is no toll", "The spokeswoman said the rules apply to letters of complaint or "
     "injury.", "", "statement"),
    ("a known attack named in what was said does not count", "The spokesman told reporters the attack was a hostile "
     "act.", "", "statement"),
    ("a happening told as begun counts", "Witnesses say the shelling began at the airport.", "", "shelling"),
    ("'accused of' after a noun is no saying", "Five defendants accused of manslaughter were cleared of all charges.",
     "", "legal"),
    ("a refusal in the quote is a rejection", "the minister told reporters:", "We will never accept these terms.",
     "rejection"),
    ("a report's content with no cue is a happening, not a statement", "Yesterday, reports stated several more "
     "pieces of debris were found on the atoll.", "", "other"),
    ("hearsay is not a saying", "Some of the debris is reported to have washed ashore in May.", "", "other"),
    ("'reported to be' is not a saying", "A wing flap, reported to be from the aircraft, was found on a beach.",
     "", "other"),
    ("what is denied is no act", "The minister denied that the army had threatened to close the border.", "",
     "statement"),
    ("allegations dismissed are a denial", "The governor dismissed allegations that rebels had killed the envoy.", "",
     "statement"),
    ("dismissing a person is no saying", "The president dismissed the army chief on Friday.", "", "other"),
    ("a refusal of a thing denied is not a denial", "The consulate denied them visas.", "", "statement"),
    ("a comparison is a saying", "Critics in parliament compared the raid to the bombing of the old port.", "",
     "statement"),
    ("a vow is a saying", "The commander vowed his troops would keep fighting in the valley.", "", "statement"),
    ("a state confirmed is the saying's news", "The ministry confirmed that the four sailors are safe.", "",
     "statement"),
    ("an intention announced is the saying's news", "The mayor announced that the bridge would stay closed.", "",
     "statement"),
    ("a happening announced is news of its own", "The agency announced that the two parties had signed up "
     "volunteers.", "", "other"),
    ("words said to an envoy are diplomacy", "The president told Ruritania's ambassador that he was concerned "
     "for the crew.", "", "diplomacy"),
    ("diplomats named in a quote are no diplomatic act", "The minister added,", "We must keep our diplomats and our "
     "citizens safe, so the embassy will close.", "statement"),
    ("a speaker named after the verb", "The old bridge was worst hit, claimed the spokesman for the governor, "
     "Ana Ruiz.", "", "statement"),
    ("a judgement in the passive is a saying", "This move was condemned by a member of parliament.", "",
     "statement"),
    ("a capitalised word in the speaker's name is no verb", "Officials in the United States say a bomber who "
     "attacked the base last week was a local man.", "", "statement"),
    ("a name that is a saying word is no saying", "Said Karim, a witness of the blast, said guards had tried to "
     "stop the bomber.", "", "statement"),
    ("reports are hearsay, not a saying", "Reports say hundreds of volunteers have been trained in the north.", "",
     "other"),
    ("declining to comment is a saying", "The ministry declined to comment on the reports.", "", "statement"),
    ("the speaker's own arrest is legal news", "On Monday, the authorities said, they arrested a 30-year-old driver.",
     "", "legal"),
    ("an intention announced about a named country is the saying's news", "The general announced that the United "
     "States would double its security aid.", "", "statement"),
    ("a describing participle in the speaker is no verb", "The newly elected mayor announced a state of "
     "emergency.", "", "other"),
    ("'states' after a noun is no saying", "Foreign ministers of the member states issued a joint statement on the "
     "crisis.", "", "diplomacy"),
    ("what is reported is the event, told or not", "The broadcaster reported that the local parties have put "
     "aside their differences.", "", "other"),
    ("a formal act announced is news of its own", "The governor declared a state of emergency.", "", "other"),
    ("an intention reported is the saying's news", "State media reported on Tuesday that the president will not "
     "recognise the suspension of ties.", "", "statement"),
    ("a state reported is what happened", "Some users reported that when they reach the site, all they get is an "
     "error page.", "", "other"),
    ("a relative clause in what was said tells no attack", "The mayor said the families, who had their shops "
     "seized, should be paid.", "", "statement"),
    ("', which it claimed was' is no tail attribution", "The envoy condemned the vote, which it claimed was "
     "a fraud.", "", "statement"),
    ("a death toll the speaker gives is casualties, not a death told before", "The agency says the death toll has "
     "risen to about 400.", "", "casualties"),
    ("an arrest told by a broadcaster is legal", "A television network says local authorities arrested the man "
     "a year ago.", "", "legal"),
    ("an investigation told by a mayor is legal", "According to the mayor, police were investigating whether the "
     "note was written by the suspect.", "", "legal"),
    ("a charge told in the passive is legal", "The ministry said the driver was charged with manslaughter.", "",
     "legal"),
    ("a judgement of a ruling is still a saying", "The family says the court's ruling is unfair.", "", "statement"),
    ("a ceasefire called for in a saying is not agreed", "In an interview, the minister called for a ceasefire "
     "followed by six months to prepare an election.", "", "statement"),
    ("aid given, in a saying, is humanitarian", "The director said his organization has provided some "
     "assistance to the displaced.", "", "humanitarian"),
    ("supplies an aid agency tells of are humanitarian", "The Red Cross says it has five weeks' worth of food.", "",
     "humanitarian"),
    ("an aid agency's call is still a saying", "The medical charity has called for a transparent account of the "
     "strike.", "", "statement"),
    ("aid only offered is the saying's news", "The spokesman said that the troops were ready to provide "
     "assistance if asked.", "", "statement"),
    ("a formal act about a known happening is no attack", "The ministry has declared the explosions an act of "
     "terrorism.", "", "other"),
    ("an attack confirmed as done is the attack", "The ministry confirmed that rebels attacked the base.", "",
     "strike"),
    ("asking someone to act is a saying", "The government has asked the men who kidnapped three journalists "
     "in March to release one of them.", "", "statement"),
    ("urging two governments is diplomacy", "The bloc's spokesman urged both governments to exercise restraint.",
     "", "diplomacy"),
    ("a suspect giving himself up, told by anyone, is legal", "His brother told a newspaper that the man walked "
     "into the station and turned himself in.", "", "legal"),
    ("a state's coming legal step is legal", "The foreign minister said the country would consider charging the "
     "gunman and would seek to extradite him.", "", "legal"),
    ("a curfew imposed is a formal act, not the saying beside it", "The government imposed a dusk-to-dawn curfew "
     "and said it would remain in force for a week.", "", "other"),
    ("elections held are a formal act, not the declaring in them", "After his term expired, he held his own "
     "elections in which he declared himself the winner.", "", "other"),
    ("a resolution passed beside a saying is the formal act", "Lawmakers have expressed solidarity with the "
     "families, and passed a resolution calling on the government to report.", "", "other"),
    ("an army put on high alert, as reported, is a formal act", "According to the state news agency, the army has "
     "been placed on high alert.", "", "other"),
    ("a resignation told is a formal act", "The minister resigned on Tuesday, his office said.", "", "other"),
    ("a curfew said to stay in force is the saying's news", "A government spokesman said the curfew would remain in "
     "force until Friday.", "", "statement"),
    ("what the subject went through, told first, is no news of its own", "Frightened by the shelling, residents "
     "hid in their houses while others left for safer places.", "", "humanitarian"),
    ("talks that continued are no speaker continuing", "The talks aimed at ending the crisis continued on "
     "Wednesday.", "", "diplomacy"),
    ("a speaker who continued is one", "The minister continued: the country is ready.", "", "statement"),
    ("fire told as having burnt houses is an attack told as done", "Doctors said the deaths occurred when mortar "
     "fire burnt their houses.", "", "shelling"),
    ("an intention announced as a noun is the saying's news", "The activist announced her intention to join the "
     "marches to the square.", "", "statement"),
    ("a policy announced is news of its own", "The new president announced plans of nationalising the gas "
     "fields.", "", "other"),
    ("air strikes carried out, as told, are the attack", "Overnight, warplanes carried out a dozen air strikes on "
     "the villages, the monitoring group said.", "", "strike"),
    ("a plural speaker after a verb in the present makes a saying", "This was the most intense fighting in months, "
     "claim residents.", "", "statement"),
    ("bombs dropped, as told, are the attack", "Witnesses say the aircraft circled twice, dropping several bombs on "
     "the camp.", "", "strike"),
    ("gunfire heard, as told, is the attack", "Gunfire was heard around the palace until dawn, residents said.", "",
     "strike"),
    ("assets seized by police, as told, are legal", "Police also seized assets worth ten million euros, the "
     "mayor said.", "", "legal"),
    ("a solicitor's word of an appeal is legal", "His solicitors said he would consider an appeal against his "
     "conviction.", "", "legal"),
    ("an investigation to be opened, as told, is legal", "The minister said the government would open a criminal "
     "investigation.", "", "legal"),
    ("a court addressed is who heard the words, not what they say", "His barrister told the court on Thursday that "
     "his client was a broken man.", "", "statement"),
    ("one person's death, as told, is a toll", "A 73-year-old man drowned when his car was swept off a road, "
     "police said.", "", "casualties"),
    ("a demand with a time limit told to both sides is an ultimatum", "On Tuesday the government told both sides "
     "to reach a deal by Friday.", "", "ultimatum"),
    ("a claim of responsibility in a statement released is a saying", "Two armed groups claimed responsibility in "
     "a statement they released.", "", "statement"),
    ("a saying in the present ('suggests') is a saying", "The senator suggests the rival camp timed the leaks to "
     "hurt her campaign.", "", "statement"),
    ("a position maintained about detentions is a saying", "The ministry maintains that it has only detained "
     "people who broke the law.", "", "statement"),
    ("a lawfulness affirmed is a saying, not a legal act", "The governor continues to affirm that the order was "
     "legal and the case may go to the court.", "", "statement"),
    ("a release requested is a saying", "The press union has requested that the government free the reporters "
     "jailed last week.", "", "statement"),
    ("a name given ('referred to ... as') is a saying", "In a post, he referred to the judge as a "
     "\"so-called judge\" and predicted the ruling would be overturned.", "", "statement"),
    ("a course advocated is a saying", "The president then advocated the creation of a peacekeeping force, saying "
     "that his country has become a victim of the fighting next door.", "", "statement"),
    ("a denial and then a conviction is the verdict", "The two men denied wrongdoing but were convicted of fraud "
     "after a trial.", "", "legal"),
    ("an arrest denied is a denial", "He denied that he was arrested.", "", "statement"),
    ("an appointment announced is a formal act", "The statement released by the council also announced a former "
     "minister as the new prime minister.", "", "other"),
    ("an appointment told is a formal act, not the saying", "She was appointed to the post by the president, "
     "officials said.", "", "other"),
    ("a table to be opened is no offer on terms", "The undersecretary said a discussion table will be opened with the "
     "associations.", "", "statement"),
    ("corridors to be opened for those who lay down arms are an offer on terms", "The ministry said humanitarian "
     "corridors would be opened for civilians who lay down their weapons.", "", "ultimatum"),
    ("an agreement promised is none made", "The aide told the press that the activist's promise to agree to "
     "extradition had nothing to do with the decision.", "", "statement"),
    ("demands with no terms are no ultimatum", "In a statement, the coalition said that they still demand a time "
     "frame to meet the rest of their demands.", "", "statement"),
    ("a hope voiced is a saying", "The business association voiced its hope that investigators respect the legal "
     "rights of the suspects.", "", "statement"),
    ("a case referred to a court is no saying", "The case was referred to the supreme court.", "", "legal"),
    ("an accusation in the passive is still a claim", "The former minister is accused of illegally funding a "
     "rival's campaign in 1995.", "", "statement"),
    ("what an accusation alleges is no happening told", "The minister has been accused of having offered "
     "farms that do not exist as a guarantee for a loan.", "", "statement"),
    ("a theory in the passive is no one's saying", "The decrees of 1975 have also been suggested as the origin of "
     "the war.", "", "other"),
    ("cases reported to a watchdog are no saying", "Last year, 84 cases of fraud were reported to the "
     "watchdog.", "", "other"),
    ("a demand in a 'with' clause is not the sentence's saying", "Rallies went on in the capital for days, with "
     "thousands of people holding banners and demanding the hostages' release.", "", "other"),
    ("a telling in an 'after' clause is not the sentence's saying", "The fraud was uncovered after the officer told "
     "a friend of the scheme.", "", "other"),
    ("a setting with 'after' before the comma keeps the saying", "Speaking after the meeting, the minister said the "
     "country was ready.", "", "statement"),
    ("what a passive report tells of is still known", "No injuries were reported in the attacks, but the army "
     "evacuated 80 people from the town.", "", "evacuation"),
    ("troops requested at a summit are no words reported", "At the regional summit, the foreign minister "
     "requested more troops for the capital.", "", "diplomacy"),
    ("an attack an army will never launch is none told", "The general said the army would never strike the "
     "city.", "", "statement"),
    ("a weapon named by a compound is no attack told", "The newspaper claimed that generals are drawing up plans "
     "for raids backed by submarine-launched missile attacks.", "", "statement"),
]


@pytest.mark.parametrize("narrative,quoted,category", [r[1:] for r in SAYINGS], ids=[r[0] for r in SAYINGS])
def test_reported_speech_is_a_statement_unless_the_saying_is_an_act(narrative, quoted, category):
    from builder.extract.event_units import classify_clause
    assert classify_clause(narrative, quoted, [])[0] == category


@pytest.mark.parametrize("narrative,speaker", [
    ("The old bridge was worst hit, claimed the spokesman for the governor, Ana Ruiz.",
     "the spokesman for the governor, Ana Ruiz"),
    ("This move was condemned by a member of parliament.", "a member of parliament"),
    ("Said Karim, a witness of the blast, said guards had tried to stop the bomber.", "Said Karim"),
    ("The armed wing of the party claimed in a statement that it held two soldiers.", "The armed wing of the party"),
    ("The town was shelled overnight, say residents.", "residents"),
], ids=["speaker after the verb", "judgement in the passive", "a name that is a saying word",
        "a describing participle", "a plural speaker after a verb in the present"])
def test_the_speaker_of_a_saying_is_found_where_newsroom_copy_puts_it(narrative, speaker):
    from builder.extract.speech_acts import main_saying
    saying = main_saying(narrative)
    assert saying is not None and saying[0].strip() == speaker


def test_a_cue_word_counts_once_in_the_singular_and_the_plural():
    """Each cue word stands in one row: 'lawsuit' counted in two legal rows weighed more than 'lawsuits'."""
    from builder.extract.categories import cue_scores

    assert cue_scores("The family filed a lawsuit against the city.") == \
        cue_scores("The family filed lawsuits against the city.") == {"legal": 3}


def test_an_after_clause_needs_a_verb_in_lower_case():
    from builder.extract.categories import AFTER_CLAUSE
    assert AFTER_CLAUSE.search("police detained him after hotel staff complained of an assault")
    assert AFTER_CLAUSE.search("police detained him after the Red Cross visit on the day") is None
