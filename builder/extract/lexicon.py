"""Word tables shared by the extraction stages. Improving a heuristic means editing data here."""
from __future__ import annotations


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Title words that only qualify a title ("National Security Adviser", "Former President"): alone before one word
# they make no person of it ("National Monuments", "Former Yugoslavia").
TITLE_MODIFIERS = words("""
Vice Deputy Foreign Defence Defense Interior Finance Health Home Head Attorney Rear Air Staff
Army Field Executive Opposition Former Acting Interim Regional Provincial State Federal National Senior Junior
Assistant Associate Special Principal Permanent Affairs Relations Cabinet Democrat Republican
""")
# Title and role words that may stand before a name ("Deputy Prime Minister Irina Vereshchuk"): the modifiers above
# and these.
TITLE_WORDS = TITLE_MODIFIERS | words("""
President Prime Minister Chief Secretary Secretary-General Secretaries-General Undersecretary Ambassador Envoy
Spokesman Spokeswoman Spokesperson Governor Gov Mayor Senator Congressman Congresswoman Representative MP Chancellor King
Queen Prince Princess Emir Sheikh Sultan Pope Cardinal Archbishop Bishop Reverend Rev Imam Ayatollah Rabbi Cleric Judge
Justice
Prosecutor General Gen Lieutenant Lt Colonel Col Major Maj Captain Capt Sergeant Sgt Corporal Cpl Private Admiral
Commander Cmdr Brigadier Marshal Major-General Lieutenant-General Lieutenant-Colonel Mr Mrs Ms Miss Dr Prof
Professor Sir Dame Lord Lady Director Chairman Chairwoman Chair Chairperson CEO Officer Commissioner Inspector
Superintendent Detective Constable Speaker Leader Coordinator Adviser Advisor Editor Reporter Correspondent Analyst
Dean Councillor Councilman Councilwoman Alderman Premier Chief-of-Staff
""")

# Endings of a compound modifier that describes a body ("the Piraeus-based company", "the state-run agency") ...
BODY_MODIFIER_ENDINGS = ("-based", "-run", "-owned", "-funded", "-backed")
# ... and of any compound modifier: it ends a run of capitalised words and names no one ("Pulitzer Prize-winning").
MODIFIER_ENDINGS = BODY_MODIFIER_ENDINGS + ("-winning", "-born", "-led", "-linked", "-affiliated", "-aligned",
                                            "-allied", "-held", "-controlled", "-style", "-era", "-made")

# A minister's portfolio, written between the title and the name: "Minister of Education Ana Costa".
PORTFOLIO_WORDS = words("""
Education Transport Transportation Environment Agriculture Energy Trade Labour Labor Culture Tourism Information
Communications Economy Economic Industry Housing Water Immigration Security Development Planning Works Public
Sport Sports Youth Women Family Welfare Science Technology Mines Fisheries Lands Commerce Treasury Budget
Human Rights Refugees Migration Equality Justice Children State Defence Defense Interior Finance Health Homeland
""")

# Ties to someone: roles only of a person named with them ("his son", "her friend"), never a title written before
# a name, so "Son Ye Jin" is a name (Father, Mother, Brother, Sister are also clergy's titles: not here).
TIES = words("""daughter son wife husband widow widower cousin uncle aunt nephew niece grandmother grandfather
partner fiancee fiance neighbour neighbor friend colleague counterpart""")
# Lowercase role nouns: "adviser to the mayor", "a government spokesman", "reporter Franck Berruyer".
ROLE_NOUNS = TIES | words("""
president minister premier spokesman spokeswoman spokesperson official officials adviser advisor aide
mayor governor general colonel lieutenant commander officer chief head director chairman chairwoman
secretary ambassador envoy leader reporter correspondent journalist editor analyst expert professor
researcher witness resident shopkeeper paramedic doctor nurse medic survivor activist lawyer prosecutor
judge cleric imam priest bishop soldier fighter militant commissioner inspector coordinator representative
member senator lawmaker legislator mp deputy negotiator mediator monitor observer student teacher farmer
worker volunteer rescuer firefighter policeman policewoman captain sergeant major admiral marshal
controller manager superintendent administrator owner operator founder organiser organizer candidate
mother father brother sister barrister solicitor
undersecretary under-secretary secretary-general paramedic
poster blogger commenter user author writer columnist contributor caller listener viewer reader participant
source insider campaigner critic supporter opponent protester protestor demonstrator spokespeople
mutineer kidnapper hijacker gunman gunmen attacker captor abductor striker pirate rebel insurgent organiser
exporter importer trader producer grower dealer vendor merchant retailer trucker sailor traveller traveler
tourist pilgrim employer employee landlord tenant miner shopowner agent
""")

# Nouns that can head a described speaker besides the roles above: bodies, groups and the papers they issue
# ("the ministry said", "residents said", "the report said").
SPEAKER_NOUNS = words("""
police army military government ministry court council committee commission authorities authority officials
group company party agency office department embassy consulate statement report survey study campaigners
protesters demonstrators villagers locals relatives families family residents witnesses survivors rebels
militants insurgents fighters troops soldiers forces sources investigators prosecutors lawyers experts
analysts doctors officers board union organisers organizers administration cabinet presidency palace
spokespeople coalition alliance movement organisation organization institute foundation charity association
federation league junta regime leadership mission observatory team staff crew hostage hostages captive man
woman men women boy girl people person citizens passengers nurse teacher pilot driver mother father son
daughter man's relative parents children victims victim defendant accused suspect plaintiff judge jury tribunal
guard guards coastguard service services network channel station newspaper wing branch faction
""")
# Words that make a group described in plain words a fighting one ("the rebel group", "the armed group"): such a
# group may be any other than the body just named.
FIGHTING_MODIFIERS = words("armed rebel militant insurgent terrorist extremist separatist jihadist islamist guerrilla "
                           "paramilitary")
# A body referred to by its kind alone ("the organization said"): the one the text has just named.
BODY_KINDS = words("""organization organisation group agency company ministry department institute foundation
charity association federation league movement coalition alliance commission committee council centre center""")
# Of these, the kind that is a building's word too: "the centre" is only a body whose name ends so ("the Joint
# Australian Tsunami Warning Center"), in either spelling.
CENTRE_SPELLINGS = frozenset({"centre", "center"})
# Documents that name who issued them right after them ("a warning by the X Center", "a statement from the X Centre"),
# not a release from hospital nor a broadcast from a hall.
ISSUER_DOCUMENTS = ("statement", "warning", "advisory", "bulletin", "communique", "communiqué", "notice", "alert",
                    "press release")
# Of these, the kinds of no particular job: "the worldwide press freedom organization", described in any plain words,
# can only be the body just named (not "the main opposition party" or "the foreign ministry").
GENERIC_BODIES = words("organization organisation group charity association federation")
# Papers, posts and pages that "say" things for whoever issued them: "a statement from the ministry said", "the
# embassy's website said", "one post by him read"; with no issuer named the document itself is the speaker ("a
# leaked internal letter says"), as the gold of real news gives it. Laws are not among them (THING_WORDS).
# Of these, the ones a speaker issues: alone ("the statement said") they stand for whoever spoke last.
ISSUED_WORDS = words("statement statements communique communiqué letter message post posting note declaration "
                     "release tweet email e-mail ruling judgment judgement excerpt resolution")
DOCUMENT_WORDS = words("""
statement statements communique communiqué letter letters message messages post posts posting video note
declaration release report website site blog webpage page tweet email e-mail memo notice leaflet questionnaire
document documents filing ruling judgment judgement verdict petition editorial announcement broadcast banner
banners placard placards sign slogan analysis analyses excerpt excerpts resolution warning warnings advisory bulletin
""")
# Words before "at" or "in" that aim at or put trust in someone: "laughed at Donald Trump", "no faith in Gordon
# Brown". After any other word, a name after "at" or "in" is where something is ("held at Abu Ghraib").
AT_OR_IN_SOMEONE = words("""
aimed directed pointed fired shot shouted yelled screamed swore laughed smiled looked stared glanced waved
lashed hit struck jab jabs swipe swipes dig digs angry furious annoyed upset
confidence faith trust belief interest pride
""")
# Words around a name that tell a person's gender: titles and gendered roles.
MALE_WORDS = words("""
Mr Mr. Sir Lord King Prince Sheikh Emir Sultan Father Brother spokesman chairman congressman businessman
policeman councilman husband father son brother uncle nephew grandfather widower boy man Monsieur
""")
FEMALE_WORDS = words("""
Mrs Mrs. Ms Ms. Miss Madam Madame Mme Lady Dame Queen Princess Sister spokeswoman chairwoman congresswoman
businesswoman policewoman councilwoman wife mother daughter sister aunt niece grandmother widow girl woman
actress
""")
# Roles whose remarks are commentary rather than news events (analysts, witnesses, residents).
COMMENTATOR_ROLES = words("""
analyst analysts expert experts professor researcher observer observers commentator resident residents
shopkeeper witness witnesses student teacher farmer survivor relative neighbour neighbor editor columnist
historian academic scholar paramedic doctor nurse medic volunteer
""")

# Nationality and group adjectives: never part of a person's name ("Russian Colonel General ...").
DEMONYMS = words("""
Afghan Albanian Algerian American Angolan Argentine Argentinian Armenian Australian Austrian Azerbaijani
Bahraini Bangladeshi Belarusian Belgian Beninese Bolivian Bosnian Brazilian British Bulgarian Burkinabe
Burmese Burundian Cambodian Cameroonian Canadian Chadian Chilean Chinese Colombian Comoran Comorian Congolese
Croatian Cuban Cypriot Czech Danish Dutch Ecuadorian Egyptian Emirati English Eritrean Estonian Ethiopian
European Filipino Finnish French Gabonese Gambian Georgian German Ghanaian Greek Guatemalan Guinean Haitian
Honduran Hungarian Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese
Jordanian Kazakh Kenyan Korean Kosovar Kurdish Kuwaiti Kyrgyz Lao Latvian Lebanese Liberian Libyan Lithuanian
Malagasy Malawian Malaysian Malian Maltese Mauritanian Mexican Moldovan Mongolian Montenegrin Moroccan
Mozambican Namibian Nepalese Nicaraguan Nigerian Nigerien Norwegian Omani Pakistani Palestinian Panamanian
Paraguayan Peruvian Polish Portuguese Qatari Romanian Russian Rwandan Saudi Scottish Senegalese Serbian
Sierra Singaporean Slovak Slovenian Somali Somalian African South Spanish Sri Sudanese Swedish Swiss Syrian
Taiwanese Tajik Tanzanian Thai Togolese Tunisian Turkish Turkmen Ugandan Ukrainian Uruguayan Uzbek Venezuelan
Vietnamese Welsh Yemeni Zambian Zimbabwean Western Eastern Northern Southern Arab Asian Latin Kurdish Shia
Shiite Sunni Islamist Islamic Muslim Christian Catholic Orthodox Jewish Hindu Buddhist Coptic Pashtun Tamil
Republican Democrat Rican Lankan Leonean Salvadoran Zealander

""")

# Head words that make a capitalised name an organisation.
ORG_WORDS = words("""
Army Navy Air Force Forces Guard Guards Police Militia Brigade Brigades Battalion Regiment Corps Command
Union Council Ministry Department Office Agency Authority Authorities Commission Committee Court Tribunal
Parliament Assembly Congress Senate Government Administration Cabinet Party Movement Front Alliance League
Coalition Organization Organisation Association Society Foundation Fund Institute Institution
University College School Bank Group Company Corporation Corp Inc Ltd Services Service Network
News Press Times Post Gazette Herald Tribune Journal Telegraph Guardian Observer Agence Television TV Radio
Broadcasting Channel Reuters Pravda Interfax Mission Programme Program Red Cross Crescent Nations Federation
Bureau Directorate Secretariat Board Unit Units Team Club Ambulance Rescue Relief Coalition
International Watch Amnesty Fighters Rebels Taliban Hamas Hezbollah Brotherhood
Observatory Community Project Defence Defense Initiative Trust Conference Synod Survey Aid
Departments Ministries Agencies Councils Committees Daily Weekly Magazine Democrats Republicans Socialists
Conservatives Liberals Greens Exchange Campaign
SA AG GmbH plc PLC LLC NV BV Ltd. Inc. Tankers Shipping Airlines Airways Energy Oil Petroleum Mining Holdings
Industries Motors Logistics Telecom Systems Technologies Pharmaceuticals Bank Insurance Partners Capital
Communications Entertainment Studios Productions Enterprises Solutions Laboratories Publishing Branch Tech
Prensa Presse Agencia Banco Grupo Partido Frente Movimiento Ministerio Universidad Consejo Fuerzas
""")

# Known news outlets and agencies, matched as whole names.
OUTLETS = frozenset("""
Reuters|Associated Press|AP|AFP|Agence France-Presse|BBC|CNN|Al Jazeera|Bloomberg|Interfax|TASS|RIA Novosti|
Xinhua|Kyodo|Yonhap|ANSA|EFE|dpa|Sky News|ABC News|NBC News|CBS News|Fox News|NPR|The Guardian|The Times|
The New York Times|New York Times|The Washington Post|Washington Post|Le Monde|Der Spiegel|Al Arabiya|
France 24|Deutsche Welle|DW|Ukrainska Pravda|Ukrainian Pravda|Interfax Ukraine|Interfax-Ukraine|Ukrinform|
UNIAN|Kyiv Independent|Meduza|Novaya Gazeta|IRNA|Anadolu|PTI|The Hindu|Arab News|Haaretz|
Times of Israel|Jerusalem Post|Voice of America|VOA|Radio Free Europe|RFE/RL|Saudi Gazette|Telegram|
Facebook|Twitter|Instagram|YouTube
""".replace("\n", "").split("|"))
# Newspapers whose names hold a weekday: a paper, not a day ("the Sunday Times reported", "the Mail on Sunday said"),
# except where the weekday is a day ("On Sunday World leaders met"; see date_words.WEEKDAY_PAPER). Like any paper not in
# OUTLETS, each is a body that can speak in its own words.
WEEKDAY_PAPERS = frozenset("""
Sunday Times|Sunday Telegraph|Sunday Mirror|Sunday Express|Sunday Herald|Sunday Post|Sunday Independent|Sunday Tribune|
Sunday Mail|Sunday People|Sunday World|Sunday Star|Sunday Star-Times|Sunday Age|Sunday Nation|Sunday Guardian|
Sunday Business Post|Mail on Sunday|Independent on Sunday|Scotland on Sunday
""".replace("\n", "").split("|"))

# Head words after a capitalised word that make it a place ("Bakara market", "Mayotte Island").
PLACE_WORDS = words("""
Island Islands island islands City city Province province Region region District district Market market
Square square Street street Road road Avenue avenue Bridge bridge Airport airport Port port Harbour harbour
Valley valley River river Lake lake Sea sea Ocean ocean Gulf gulf Bay bay Strait strait Mountains mountains
Mountain Mount Hills hills Desert desert Coast coast Peninsula peninsula Camp camp Base base Village village
Town town County county State Oblast oblast Governorate governorate Prefecture prefecture Neighbourhood
neighbourhood neighborhood Quarter quarter Mosque Cathedral Church Palace Stadium Plaza Park Highway highway
Crossing crossing Border Corridor Canal canal Dam dam Republic Kingdom Emirates Atoll atoll Reef reef Archipelago Plateau Delta delta
Falls Glacier Canyon Springs Heights Lagoon Oasis Basin
Strip Zone Creek Roundabout Junction Regions Provinces Districts Centro Metropolitan Mirador Beach Cove Pier
Wharf Boulevard Terrace Gardens Peak Gorge Midlands Highlands Territories Territory Estuary Waterfront
Promenade Esplanade Point
""")
# Head words of buildings and venues: "Taj Mahal Palace Hotel", "Nariman House", "Oberoi Trident" is not
# known, but "X Hotel" is a place, never a person and never a speaker. "Centre for ..." and "House of ..."
# name bodies instead (names.py checks the word after).
VENUE_WORDS = words("""
Hotel Hotels House Centre Center Tower Towers Building Hall Theatre Theater Museum Terminal Station Mall Cafe
Café Restaurant Temple Synagogue Monastery Castle Fort Arena Prison Jail Gaol Hospital Clinic Resort
Barracks Gate Library Cemetery Memorial Monument Shrine Compound Residence Lodge Inn Motel Complex
Courthouse Headquarters Plant Refinery Factory Mine Stadium Bazaar Coliseum Colosseum
""")
# The last word of an agreement's name: "the Paris Climate Accords", "the 2004 N'Djamena Ceasefire Agreement" (read by
# the category cues, where the name is no deal made, and by the dates, where a year before it dates nothing).
ACCORD_HEADS = ("Accords?", "Agreement", "Treaty", "Convention", "Protocol")
# Venue words that also name the body housed there, which may speak ("the National Cyber Security Centre said", "the
# White House said"); a hotel or a restaurant that "said" is still a building (the speaker is someone in it).
SPEAKING_VENUES = words("Centre Center House Hospital Clinic Museum Library Headquarters")
# Venue words that also begin a venue's name: "Hotel Shamo", "Cafe Milano".
VENUE_PREFIXES = words("Hotel Motel Cafe Café Restaurant Hostel")
# Words that begin the name of a place: "Mount Sinjar", "Saint Catherine", "Lake Chad", "Port Harcourt".
PLACE_PREFIXES = words("Mount Mt Saint St San Santo Santa Sao São Lake Port Fort Cape Isla Isle Gulf Bay Wadi Jebel Jabal Masjid "
                       "Punta Playa Cerro Puerto Bahía Bahia Monte Cabo Ciudad Porto Bandar Kafr Deir Beit Nowy Nowa "
                       "Stary Stara Novi Novo Nova Târgu Tirgu Camp Villa")
# Last words of names of laws, plans and documents, events, wars and vehicles: none of them is a person
# ("Economic Stabilization Act", "Global Political Agreement", "World War I", "Google Science Fair").
THING_WORDS = words("""
Act Acts Amendment Amendments Bill Law Laws Treaty Accord Accords Agreement Convention Protocol Constitution
Charter Resolution Plan Doctrine Declaration Code Directive Decree Order Report Regulation Regulations Process
Entry Alert Alerts Feature
War Wars Revolution Uprising Crisis Olympics Games Cup Championship Championships Fair Festival Expo Prize
Award Awards Summit Forum Marathon Tournament Series Week Day Year Season Era Age Empire Rally
System Systems Database Index Census Budget Strategy Operation Phantom Flight Airbus Vehicle Vehicles
Boeing Division Section Article Chapter Schedule Annex Clause Part Phase Stage Level Category Class Type Model
""")
# Acronyms that are things, not bodies: "a SIM card", "their ID papers", "DNA tests".
THING_ACRONYMS = words("""
SIM ID IDs GPS DNA TV CCTV PIN SMS ATM AIDS HIV GDP IED IEDs RPG RPGs UAV UAVs ICU MRI PDF URL IT PM AM BC AD OK
OKs CEO CEOs CFO MP MPs MEP MEPs QC KC PhD MBA VIP VIPs LGBT LGBTQ COVID SARS MERS Ebola CO2 AK SUV SUVs GMT UTC
HQ FAQ ETA SOS VAT USB WiFi PC PCs AI API IP OS IQ ER RIP
""")
# Words after which a capitalised word is a place: "the city of X", "in X".
PLACE_CUES = words("""
city town village island province region district capital port state country county area outskirts
suburb neighbourhood neighborhood airport market
cities towns villages islands provinces regions districts capitals ports counties suburbs neighbourhoods
neighborhoods
""")

# Capitalised words that are not names on their own.
NOT_NAME_WORDS = words("""
The A An And Or But If In On At By For Of To From With Without Into Onto Over Under After Before During Since
Until While When Where Which Who Whom Whose What Why How This That These Those There Here Then Now Also
However Meanwhile Moreover Furthermore Although Though Yet Still Even Just Only Not No Nor So Such Some Any
All Each Every Both Either Neither Many Much More Most Other Another Several Few One Two Three Four Five Six
Seven Eight Nine Ten Hundreds Thousands Dozens Millions First Second Third Last Next New Old Early Late
Earlier Later Today Yesterday Tomorrow Tonight Monday Tuesday Wednesday Thursday Friday Saturday Sunday
January February March April May June July August September October November December He She It They We
I You His Her Its Their Our My Your Him Them Us Me Mine According Speaking Asked Despite Because As Once
Around About Nearly Almost Over Under Among Between Against Toward Towards Via Per Rather Instead Otherwise
Please Yes Okay OK Reports Report Witnesses Officials Police Troops Forces Aid Photos Estimates Observers
Combat Construction Sounds Meanwhile Prosecutors Aides Sources Residents Rescuers Soldiers Doctors
Emergency Local Government Authorities Opposition Parliament Ministry Mr Mrs Ms Dr God Allah
Further Furthermore Additionally Likewise Similarly Finally Lastly Besides Nonetheless Nevertheless Subsequently
Consequently Thus Hence Therefore Indeed Notably Separately Elsewhere Overall Initially Ultimately Currently
Frankly Clearly Obviously Honestly Unfortunately Fortunately Interestingly Importantly Ironically Sadly Surprisingly
Undoubtedly Apparently Reportedly Allegedly Eventually Recently Previously Originally Personally Basically Essentially
Certainly Presumably Evidently Admittedly Curiously Regrettably Hopefully Thankfully Remarkably Naturally Strangely
Oddly Increasingly Understandably Predictably Tragically Crucially Significantly Unsurprisingly Officially Publicly
Privately
""")

# Verbs that attribute speech or writing ("said", "told", "wrote in a Facebook post").
SPEECH_VERBS = words("""
said says say told tells tell added adds wrote writes stated declared declares announced announces explained explains
insisted insists warned warns claimed noted reported asked urged urges replied responded confirmed confirms
denied denies described argued argues acknowledged admitted continued remarked posted tweeted commented
recalled cautioned vowed pledged promised estimated suggested believes believed denounced condemned criticised
criticized accused praised welcomed appealed saying telling adding writing warning
stressed stresses emphasised emphasized conceded asserted complained complains reiterated reiterates
stating explaining insisting claiming noting arguing urging
sighed sighs shouted shouts yelled yells cried exclaimed whispered muttered screamed pleaded begged boasted
joked quipped retorted snapped concluded concludes countered predicted predicts answered answers indicated indicates
acknowledges admits notes recalls describes
""")
# Participles that tell how someone feels or stands, not what happened to them: "said he was pleased with the price".
FEELING_PARTICIPLES = words("""
pleased concerned worried surprised disappointed shocked satisfied delighted saddened horrified appalled alarmed
encouraged impressed relieved frustrated angered outraged dismayed thrilled excited convinced determined committed
prepared interested confused embarrassed troubled disturbed
""")
# Words in -ed that are no verbs: "a hundred runners", "at speed".
NOT_VERBS = words("need needs indeed speed proceed hundred sacred naked wicked kindred red bed shed seed feed creed "
                  "greed")
# Verbs that continue the previous speaker's statement.
CONTINUING_VERBS = words("added adds continued continues")

# Person pronouns resolved to the last named person.
PRONOUNS = {"he": "m", "she": "f", "they": "p", "him": "m", "her": "f"}

# Lines that credit the reporting, not events.
CREDIT_PREFIXES = (
    "with reporting", "reporting by", "additional reporting", "editing by", "writing by", "compiled by",
    "(reporting by", "this story was", "this article was", "contributed to this", "sources:", "source:",
    "related news", "see also", "external links",
)
# An editor's note about the story itself, wherever it stands and however long: no news of its own.
EDITORIAL_NOTES = ("correction:", "clarification:", "editor's note:", "editor’s note:", "editors' note:")

# Nouns in -ly, which are no adverbs ("the family said", "the assembly voted", "an ally said").
LY_NOUNS = ("family", "ally", "assembly", "rally", "supply", "monopoly", "anomaly", "folly", "bully", "reply", "belly",
            "jelly", "lily", "italy", "fly", "daily", "weekly", "monthly", "quarterly")
