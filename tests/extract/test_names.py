"""Names of people, places and organisations, and the roles written around them: one row per pattern."""
from __future__ import annotations

import datetime as dt

import pytest

from builder.article import Article
from builder.extract import extract_article
from builder.extract.names import find_names


def kinds(text: str) -> list[tuple[str, str]]:
    return [(n.text, n.kind) for n in find_names(text) if n.kind != "unknown"]


ROWS = [
    ("title folded out of the name", "Deputy Prime Minister Irina Vereshchuk told reporters",
     [("Irina Vereshchuk", "person")]),
    ("a party member's label before a name is no part of it",
     "One House member, Ohio Democrat Ana Costa, said she would introduce a measure",
     [("Ohio", "place"), ("Ana Costa", "person")]),
    ("two office holders joined by 'and' are two people",
     "announced by Secretary of State Ana Costa and Defense Secretary Peter Dube last August",
     [("Ana Costa", "person"), ("Peter Dube", "person")]),
    ("nationality and rank folded out", "Russian Colonel General Mikhail Mizintsev said",
     [("Mikhail Mizintsev", "person")]),
    ("country before a title", "Ukraine President Volodymr Zelenskyy said",
     [("Ukraine", "place"), ("Volodymr Zelenskyy", "person")]),
    ("initials", "Dr. J. R. Okafor, who heads the centre, said", [("J. R. Okafor", "person")]),
    ("initials written together", "J.R. Okafor, a spokesman, said", [("J.R. Okafor", "person")]),
    ("a month ending a name a title opens is a surname", "Prime Minister Ana May spoke on Sunday.",
     [("Ana May", "person")]),
    ("... not a month after an adjective", "Heavy June rains flooded the valley.", []),
    ("... but a dotted body is no initial", "U.N. Envoy Ana Costa met U.S. Congress leaders",
     [("Ana Costa", "person"), ("U.S. Congress", "organisation")]),
    ("... nor a dotted place", "U.S. Marines and D.C. United fans landed", []),
    ("... nor a month before a day", "The treaty was signed by President Ana May 9 in the capital.", []),
    ("a portfolio of human rights between a title and its holder",
     "UN High Commissioner for Human Rights Navi Pillay stated", [("Navi Pillay", "person")]),
    ("a portfolio of refugees between a title and its holder", "Commissioner for Refugees Ana Costa said",
     [("Ana Costa", "person")]),
    ("Arabic particle", "Prime Minister Nouri al-Maliki has been in Basra", [("Nouri al-Maliki", "person"),
                                                                             ("Basra", "place")]),
    ("place at the start of a run is not a first name", "the Human Rights Organization in Mogadishu Ali Yasin Gedi said",
     [("Human Rights Organization", "organisation"), ("Mogadishu", "place"), ("Ali Yasin Gedi", "person")]),
    ("organisation with connectors", "the Russian Ministry of Defence has warned",
     [("Russian Ministry of Defence", "organisation")]),
    ("known outlet", "told news outlet Ukrainian Pravda", [("Ukrainian Pravda", "organisation")]),
    ("acronym", "the MDC said", [("MDC", "organisation")]),
    ("place named by the noun after it", "the busy Bakara market was struck", [("Bakara market", "place")]),
    ("place named by the words before it", "spotted in the village of Sadanpoini", [("Sadanpoini", "place")]),
    ("a ship is not a person", "special forces freed the crew of the tanker MT Coral Dawn", []),
    ("a company is not a person", "The mine's operator, Minexpert SA, said", [("Minexpert SA", "organisation")]),
    ("a holiday is not a person", "I've been through Ash Wednesday and Black Saturday", []),
    ("compass word and a country is a place", "fighting in Central Mali", [("Central Mali", "place")]),
    ("two places joined by and", "viewed as illegal by Comoros and the African Union",
     [("Comoros", "place"), ("African Union", "organisation")]),
    ("a hotel is a place, not a person", "gunmen stormed the Grand Lakeside Hotel at dawn",
     [("Grand Lakeside Hotel", "place")]),
    ("a house is a place, not a person", "hostages were held in Fenwick House overnight", [("Fenwick House", "place")]),
    ("a centre named alone is a place", "people sheltered in the Marlow Centre", [("Marlow Centre", "place")]),
    ("a centre spelled out before its acronym is a body", "the Coastal Flood Warning Center (CFWC) advised",
     [("Coastal Flood Warning Center", "organisation"), ("CFWC", "organisation")]),
    ("... but not before letters that do not spell it", "shelter in the Marlow Centre (MLC) ended",
     [("Marlow Centre", "place"), ("MLC", "organisation")]),
    ("a centre for something is a body", "according to the Centre for Coastal Studies",
     [("Centre for Coastal Studies", "organisation")]),
    ("a house of something is a body", "the House of Delegates voted", [("House of Delegates", "organisation")]),
    ("a known place is not cut after its first word", "flights from New York resumed", [("New York", "place")]),
    ("nationality adjectives are not bodies", "a Jewish family told Peruvian television", []),
    ("acronyms of things are not bodies", "a SIM card and an ID card were found by the DNA team", []),
    ("a law is not a person", "the Coastal Fisheries Act was passed", []),
    ("an agreement is not a person", "under the Lakeside Peace Agreement", []),
    ("a war is not a person", "since World War II", []),
    ("a lone letter ends no name", "listed in Schedule B and Division C", []),
    ("a name with digits or an acronym is not a person", "the F-16 Falcon and the NATO Summit", []),
    ("a mountain named by the word before", "families trapped on Mount Verran", [("Mount Verran", "place")]),
    ("a saint's name is a place", "the ferry left San Lorenzo", [("San Lorenzo", "place")]),
    ("an atoll is a place", "debris washed up on Noonu Atoll", [("Noonu Atoll", "place")]),
    ("a party title before a name is folded out", "Liberal Democrat MP Ann Hollis said",
     [("Ann Hollis", "person")]),
    ("letters after a name are not part of it", "the barrister, Simon Grey QC, said", [("Simon Grey", "person")]),
    ("a one-word name after a role noun is a person", "staff member Farhad told reporters", [("Farhad", "person")]),
    ("place head words: a strip, a zone, a roundabout", "near the Vesta Strip and the old Kora Roundabout",
     [("Vesta Strip", "place"), ("Kora Roundabout", "place")]),
    ("a compass word is no first name", "he lived in the West Lowlands of Tarvia", [("West Lowlands", "place")]),
    ("a compass word before a nationality is no place", "the South African and Eastern European envoys met", []),
    ("a capitalised compound adjective is not part of a name", "the Ottawa-born Marek Hald said",
     [("Marek Hald", "person")]),
    ("a title's of governs a body, not the holder", "Vice President of Fairness Watchers, Marek Hald, said",
     [("Fairness Watchers", "organisation"), ("Marek Hald", "person")]),
    ("a noun for a body before a name", "two women from the rights group Witness Tarvia took part",
     [("Witness Tarvia", "organisation")]),
    ("a head's of governs a body", "the owner of Trace Holdings Tarvia, Len Beagle, testified",
     [("Trace Holdings Tarvia", "organisation"), ("Len Beagle", "person")]),
    ("a multi-word name after the is no person", "a defector from the group called the Sea Org said",
     [("Sea Org", "organisation")]),
    ("a person of a body", "Marek Hald of Civic Passion and Ana Costa of People Power won",
     [("Marek Hald", "person"), ("Civic Passion", "organisation"), ("Ana Costa", "person"),
      ("People Power", "organisation")]),
    ("in X, a country", "explosions at the temple in Bodh Gaya, India", [("Bodh Gaya", "place"), ("India", "place")]),
    ("to X, a country's role: a person", "according to Paul James, US ambassador to Poland",
     [("Paul James", "person"), ("US", "place"), ("Poland", "place")]),
    ("to X, a country's role in the possessive: a person", "according to Paul James, Britain's ambassador to Poland",
     [("Paul James", "person"), ("Britain", "place"), ("Poland", "place")]),
    ("to X, a country's role written with a capital: a person", "according to Paul James, Britain's Ambassador to "
     "Poland", [("Paul James", "person"), ("Britain", "place"), ("Poland", "place")]),
    ("in X, a country's possessive and no role: a place", "explosions in Bodh Gaya, India's holiest town",
     [("Bodh Gaya", "place"), ("India", "place")]),
    ("a venue word first: a place", "a bomb hit the Hotel Shamo in Mogadishu",
     [("Hotel Shamo", "place"), ("Mogadishu", "place")]),
    ("a company's kind of business last: a body", "Black Lotus Communications has announced its decision",
     [("Black Lotus Communications", "organisation")]),
    ("a portfolio before a title is no body", "Communications Minister Ana Costa said the law would pass",
     [("Ana Costa", "person")]),
    ("a branch is a body", "the Air Accidents Investigation Branch is investigating",
     [("Air Accidents Investigation Branch", "organisation")]),
    ("vehicles are things", "the deployment includes Bradley Fighting Vehicles", []),
    ("a body's word in Spanish", "the Cuban news agency Prensa Latina said", [("Prensa Latina", "organisation")]),
    ("a surname spelled like a thing's last word, after a title", "Canadian Public Safety Minister Stockwell Day "
     "said", [("Stockwell Day", "person")]),
    ("a day's name without a title stays a thing", "President Obama marked Independence Day", [("Obama", "person")]),
    ("an office before the name in apposition is no person", "said Trump's National Security Advisor, Lieutenant "
     "General H.R. McMaster, who also told reporters", [("H.R. McMaster", "person")]),
    ("a school's short word", "a crane at Georgia Tech fell", [("Georgia Tech", "organisation")]),
    ("a plural possessive inside a body's name", "links with the Kurdistan Workers' Party", [
        ("Kurdistan Workers' Party", "organisation")]),
    ("a person after a body's head word", "CEO of the Refugee Council Enver Solomon told reporters",
     [("Refugee Council", "organisation"), ("Enver Solomon", "person")]),
    ("a plural party before people", "such as Republicans John McCain and Lindsey Graham",
     [("John McCain", "person"), ("Lindsey Graham", "person")]),
    ("a first name that is a city, then a heading run into the text",
     "New People Party's Regina Ip In the Hong Kong Island constituency",
     [("People Party", "organisation"), ("Regina Ip", "person"), ("Hong Kong Island", "place")]),
    ("a word that begins place names in other languages", "fighting in Cabo Verdal and Stary Bor spread",
     [("Cabo Verdal", "place"), ("Stary Bor", "place")]),
    ("a lone name with a person's role after it is a person", "waiting to hear whether Abdullah, the family's "
     "oldest son, would be released", [("Abdullah", "person")]),
    ("a lone name joined to a person's is a person's", "Fatmah and Mohammad Elsamnah offered their home",
     [("Fatmah", "person"), ("Mohammad Elsamnah", "person")]),
    ("a capitalised participle before a title is no name", "Sentencing, Mrs Justice Ana Costa said",
     [("Ana Costa", "person")]),
    ("an aid effort or charity is a body, not a person", "Bob Geldof, who organized Live Aid, said so",
     [("Bob Geldof", "person"), ("Live Aid", "organisation")]),
    ("a day before 'the organization' is no organisation",
     "In a release from Amnesty International put out Friday, the organization said so",
     [("Amnesty International", "organisation")]),
    ("a spacecraft is no person", "The Space Shuttle Atlantis will go to Florida",
     [("Florida", "place")]),
    ("a compound modifier is no name", "Peters is a Pulitzer Prize-winning cartoonist", []),
    ("a plural role noun ends a group, not a name", "Conservative Members paid tribute", []),
    ("a regulation after a title word is a document", 'KP is to receive a "FATA Interim Governance Regulation"',
     [("KP", "organisation")]),
    ("a place ends a title, a full name follows", "Governor of Washington Chris Gregoire said so",
     [("Washington", "place"), ("Chris Gregoire", "person")]),
    ("a portfolio after 'of' ends a title", "Secretary of State Rex Tillerson said so",
     [("Rex Tillerson", "person")]),
    ("an adjective of a title before one word makes no person", "three of them being National Monuments of Chile",
     [("Chile", "place")]),
    ("... nor of a name's part", "it referred to the database as National Enforcement and Emergency", []),
    ("a title noun before one word is a person", "Minister Koval said so", [("Koval", "person")]),
    ("... and a judge's title is one", "Mr Justice Green read the report himself", [("Green", "person")]),
    ("an article before 'newspaper' names no newspaper", "The newspaper also claims that plans are active", []),
    ("'Without' or 'Sans' inside a run names a body", "Reporters Without Borders and Médecins Sans Frontières said so",
     [("Reporters Without Borders", "organisation"), ("Médecins Sans Frontières", "organisation")]),
    ("a camp or a villa is a place", "They flew to Camp Lemonnier and Villa Rosa", [("Camp Lemonnier", "place"),
                                                                              ("Villa Rosa", "place")]),
    ("an exchange or a campaign is a body", "the Istanbul Stock Exchange and the Solidarity Campaign fell silent",
     [("Istanbul Stock Exchange", "organisation"), ("Solidarity Campaign", "organisation")]),
    ("a process, an alert or an entry is a thing", "after the Reorganization Process and the Tsunami Alerts", []),
    ("a name after 'in' or 'at' is a place", "He was held at Abu Ghraib and died in Sharm el-Sheikh",
     [("Abu Ghraib", "place"), ("Sharm el-Sheikh", "place")]),
    ("... not a name in the possessive", "It was said in John Smith's speech", [("John Smith", "person")]),
    ("a name after 'the province of' is a place", "merged with the neighbouring province of Khyber Pakhtunkhwa",
     [("Khyber Pakhtunkhwa", "place")]),
    ("... nor one aimed at or trusted in", "Critics laughed at Donald Trump and had no faith in Gordon Brown",
     [("Donald Trump", "person"), ("Gordon Brown", "person")]),
    ("a paper whose name holds a weekday is one name", "The Sunday Telegraph and the Mail on Sunday both reported it",
     [("Sunday Telegraph", "organisation"), ("Mail on Sunday", "organisation")]),
    ("... after 'the' only", "On Sunday World leaders gathered in Paris", [("Paris", "place")]),
    ("a release from a hospital is no document its centre issued",
     "He spoke after his release from the Walter Reed Army Medical Center",
     [("Walter Reed Army Medical Center", "place")]),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_names(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,name,role", [
    ("Deputy Prime Minister Irina Vereshchuk told", "Irina Vereshchuk", "Deputy Prime Minister"),
    ("Piotr Andryushchenko, an adviser to Mariupol's mayor, wrote", "Piotr Andryushchenko",
     "adviser to Mariupol's mayor"),
    ("said reporter Franck Berruyer.", "Franck Berruyer", "reporter"),
    ("Its spokesman in Abuja, Emeka Nwosu, said", "Emeka Nwosu", "spokesman in Abuja"),
    # a role set before a name in a clause of its own: the role, not the clause
    ("The party's response to the president's speech came from the governor of the state of Virginia, Bob McDonnell.",
     "Bob McDonnell", "governor of the state of Virginia"),
    ("The treaty was signed by the adviser to the president, Ali Khan.", "Ali Khan", "adviser to the president"),
    # ... but a role's own "from" or "with" is part of it
    ("An official from the UN refugee agency, Jane Doe, said", "Jane Doe", "official from the UN refugee agency"),
    ("A spokesman with the interior ministry, Ahmed Ali, said", "Ahmed Ali", "spokesman with the interior ministry"),
    ("Kyiv's mayor Vitaliy Klitschko said", "Vitaliy Klitschko", "Kyiv's mayor"),
    ("and according to the Crown prosecutor, Mark Tedeschi, QC,", "Mark Tedeschi", "Crown prosecutor"),
    ("in the words of the Crown prosecutor, Mark Tedeschi, QC,", "Mark Tedeschi", "Crown prosecutor"),
    ("Secretary of State Rex Tillerson said", "Rex Tillerson", "Secretary of State"),
    ("Governor of New York Andrew Cuomo said", "Andrew Cuomo", "Governor of New York"),
    # the title's "of" before the run, after a possessive the run does not take in (31e17a1 had no row for it)
    ("Ukraine's Minister of Defence Oleksii Reznikov said", "Oleksii Reznikov", "Ukraine's Minister of Defence"),
    # a role capitalised to open a sentence is no first name
    ("Lawmaker Emmett O'Brien replied to Boylan", "Emmett O'Brien", "Lawmaker"),
    ("Activist Ana Costa said", "Ana Costa", "Activist"),
    # a word before a title is no part of the name: a banner's "Tell Gov Christie: ..."
    ('The banner read "Tell Gov Christie: get off the beach"', "Christie", "Gov"),
    ("Thank President Obama for the help, the sign read", "Obama", "President"),
    # ... but a tie to someone is no title: "Son" is a surname here
    ("Son Ye Jin starred in the film", "Son Ye Jin", None),
])
def test_roles_written_around_a_name(text, name, role):
    found = {n.text: n.role for n in find_names(text)}
    assert found[name] == role


def test_a_capitalised_run_of_words_the_article_also_writes_in_lower_case_is_no_person():
    text = ("The treaty bans cluster munitions. Britain signed the Convention on Cluster Munitions in 2008, "
            "said Jane Dobbs. The use of cluster munitions was condemned by Cluster Munitions Coalition head "
            "Tom Price.")
    people = {p for e in extract_article(Article(name="t", path=None, text=text, published=dt.date(2022, 3, 21)))
              for p in e.people}
    assert "Jane Dobbs" in people and not any("Munitions" in p for p in people)


def _people(text: str) -> set[str]:
    return {p for e in extract_article(Article(name="t", path=None, text=text, published=dt.date(2018, 5, 16)))
            for p in e.people}


@pytest.mark.parametrize("text, thing", [
    ("Israel won the Eurovision Song Contest on Saturday in Lisbon. The contest drew 180 million viewers.",
     "Eurovision Song Contest"),
    ("Researchers disclosed the Key Reinstallation Attack on Monday. The attack affects every router.",
     "Key Reinstallation Attack"),
    ("The agency's Annual Refugee Trends was published on Monday. It describes the trends of the past decade.",
     "Annual Refugee Trends"),
])
def test_a_long_name_ending_on_a_word_the_article_writes_in_lower_case_is_no_person(text, thing):
    assert thing not in _people(text)


@pytest.mark.parametrize("text, person", [
    # its last word a name of its own
    ("Tom Paul Stone died on Monday. His house was made of stone. Fans mourned Stone.", "Tom Paul Stone"),
    # written with a role
    ("Tom Paul Stone, a local teacher, died on Monday. His house was made of stone.", "Tom Paul Stone"),
    # a speaker
    ('"We will rebuild," said Tom Paul Stone on Monday. The old house was made of stone.', "Tom Paul Stone"),
    # two words: a common first or last word stays ("Bill Clinton" in an article on a bill)
    ("The plan was backed by Bill Clinton in 1998. The bill passed the senate on Monday.", "Bill Clinton"),
    ("The talks were attended by Condoleezza Rice on Monday. Farmers said the rice harvest had failed.",
     "Condoleezza Rice"),
    ("Tony Blair met George Bush on Monday. A bush fire burned nearby.", "George Bush"),
])
def test_a_person_whose_name_holds_a_common_word_stays_a_person_when_the_article_treats_them_as_one(text, person):
    assert person in _people(text)


def test_a_long_name_ending_on_a_common_word_the_article_never_treats_as_a_person_is_dropped():
    """The price of the rule: a person named once in full, with no role, never by surname alone and never quoted."""
    assert "Tom Paul Stone" not in _people("Tom Paul Stone died on Monday. His house was made of stone.")


def test_a_name_written_with_a_version_number_is_a_product_not_a_person():
    from builder.extract.names import products_retyped
    texts = ["Users of Internet Explorer 6 were asked to upgrade.", "Internet Explorer is falling behind.",
             "The ferry Blue Star 98 sank.", "John Smith, 45, was hurt."]
    retyped = products_retyped(texts, [find_names(t) for t in texts])
    people = {n.text for ns in retyped for n in ns if n.kind == "person"}
    assert people == {"John Smith"}         # an age follows a comma


def test_a_number_that_is_a_score_or_a_span_of_time_after_a_name_keeps_the_person():
    from builder.extract.names import products_retyped
    texts = ["Rafael Nadal beat Roger Federer 6–4, 7–5 in the final.", "He first met Ana Costa 20 years ago.",
             "Users of Internet Explorer 6 were asked to upgrade."]
    retyped = products_retyped(texts, [find_names(t) for t in texts])
    people = {n.text for ns in retyped for n in ns if n.kind == "person"}
    assert people == {"Rafael Nadal", "Roger Federer", "Ana Costa"}


def test_a_companys_short_name_is_no_person():
    """'Black Lotus' in an article that names 'Black Lotus Communications' is the company, said short."""
    text = ("Black Lotus Communications has announced its decision to donate revenue to charity.\n"
            "Jeffrey Lyon said the account was reinstated and that is when Black Lotus contacted Anonymous.")
    entries = extract_article(Article(name="t", path=None, text=text, published=dt.date(2012, 12, 20)))
    people = {p for e in entries for p in e.people}
    organisations = {o for e in entries for o in e.organisations}
    assert "Black Lotus" not in people and "Jeffrey Lyon" in people
    assert "Black Lotus Communications" in organisations


@pytest.mark.parametrize("text, expected", [
    # three or more names listed after a place are places, whatever each would be alone
    ("Troops attacked the hill villages of Dor Kalam, Mena, Tovar and Issa Bero in May.",
     [("Dor Kalam", "place"), ("Mena", "place"), ("Tovar", "place"), ("Issa Bero", "place")]),
    # two joined by "and" may be a place and a person
    ("He meant no insult to Colombia and Juan Valdez.", [("Colombia", "place"), ("Juan Valdez", "person")]),
    ("The victims were Ana Costa, 24, from Jersey, and Peter Dube, 23.",
     [("Ana Costa", "person"), ("Jersey", "place"), ("Peter Dube", "person")]),
])
def test_names_listed_after_a_place_are_places(text, expected):
    assert kinds(text) == expected


def test_a_name_the_article_sets_as_a_place_is_that_place_wherever_it_stands():
    from builder.extract.names import places_retyped
    texts = ["In Dor Kalam, the raid was preceded by air strikes.", "The Dor Kalam attack was the worst.",
             "Ana Costa walked up to Kim near the gate.", "Kim Jong Nam fell ill.", "Kim was taken to hospital."]
    retyped = places_retyped(texts, [find_names(t) for t in texts])
    assert [(n.text, n.kind) for n in retyped[1]] == [("Dor Kalam", "place")]
    # a word of someone's name stays theirs, though one sentence sets it after "to"
    assert [(n.text, n.kind) for n in retyped[4]] == [("Kim", "unknown")]


def test_a_name_the_article_sets_as_a_place_still_speaks_where_it_speaks():
    from builder.extract.names import places_retyped
    texts = ["Fighting broke out in Hamas on Monday.", "Hamas said it would not surrender."]
    retyped = places_retyped(texts, [find_names(t) for t in texts])
    assert [(n.text, n.kind) for n in retyped[1]] == [("Hamas", "unknown")]


@pytest.mark.parametrize("text, expected", [
    ("In Washington, Obama, Clinton and Biden met.", [("Washington", "place")]),       # people listed after a place
    ("She thanked Kenya, John Smith and Mary Jones.",
     [("Kenya", "place"), ("John Smith", "person"), ("Mary Jones", "person")]),
    ("Crowds gathered outside the Opera House said to be haunted.", [("Opera House", "place")]),
])
def test_no_place_word_no_listed_places_and_no_speaking_building(text, expected):
    assert kinds(text) == expected
