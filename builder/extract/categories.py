"""Classify a sentence or clause into the category vocabulary, from weighted cue tables."""
from __future__ import annotations

import re

from builder.extract import caseless
from builder.extract.lexicon import ACCORD_HEADS
from builder.vocabulary import TIE_BREAK

# Aid given or asked for: "provided some assistance to the displaced", "apply for federal disaster aid". (Military
# aid is no relief; "send fighters to help aid al-Qaeda" is no aid.)
AID_GIVEN = (r"\b(?:provid|deliver|distribut|sen[dt]|airlift|donat|giv|gave|apply|appl(?:ied|ying)|request)\w*\s+"
             r"(?:for\s+)?(?!military\b|security\b|lethal\b)(?:(?!to\b|help)[\w$,.-]+\s+){0,4}?"
             r"(?:aid|assistance|relief)\b")

# What "offensive" describes when it is no attack: "his offensive tweets", "offensive and racist remarks", a team's
# "offensive coordinator".
OFFENSIVE_THINGS = (r"(?:tweets?|remarks?|comments?|language|content|jokes?|behaviou?r|material|posts?|messages?|"
                    r"statements?|words?|attitudes?|cartoons?|images?|slurs?|gestures?|chants?|songs?|lyrics|"
                    r"terms?|names?|views?|videos?|pictures?|photos?|signs?|banners?|slogans?|"
                    r"coordinators?|line(?:man|men)?|tackles?|rebounds?|fouls?)")
# Words after which "offensive" is a judgement, not an attack: "was deeply offensive to many Muslims", "were found
# offensive". (The noun has an article or a possessive before it: "launched an offensive", "Russia's offensive".)
OFFENSIVE_JUDGED = ("is", "was", "are", "were", "be", "been", "being", "deeply", "highly", "very", "so", "too", "most",
                    "extremely", "grossly", "particularly", "really", "equally", "potentially", "patently", "utterly",
                    "racially", "sexually", "culturally", "religiously", "found", "considered", "deemed", "called")
# (Looked back at from after the word, so a scan tries them only where "offensive" is.)
_JUDGED_NOT = "".join(rf"(?<!\b{word} offensive)" for word in OFFENSIVE_JUDGED)

# A court's ruling, not the ruling party: read by the legal cue here and by event_dates.GATHERING.
COURT_RULING = r"\bruling\b(?!(?:\s+[\w'’-]+){0,3}\s+(?:party|parties|coalition|junta|family|elite|class)\b)"

# Hazards a place is warned of: "placed under a tsunami warning", "a flood alert", "a hurricane watch".
HAZARDS = (r"tsunami|storm|flood|flash\s+flood|hurricane|cyclone|typhoon|tornado|weather|fire|bushfire|heat|heatwave|"
           "volcano|volcanic|avalanche|terror|red|amber|orange")

# (category, weight, pattern). Weights: 3 = the words name the event; 2 = strong hint; 1 = weak hint.
CUES: list[tuple[str, int, str]] = [
    ("deadline", 3, r"\bmust be (?:\w+ )?(?:returned|completed|submitted|filed|paid|received|made)\b[^.;]{0,40}"
                    r"\b(?:within|by)\b|\bdeadlines?\b|\b(?:ultimatum|deadline|time limit|it|truce|ceasefire)\b[^.;]{0,30}\bexpir(?:e|ed|es|y|ing)\b|"
                    r"\b(?:time|deadline|ultimatum) (?:ran|runs?|running) out\b|"
                    r"\bgiven (?:\w+ )?until\b|(?<!wait )(?<!waited )(?<!waiting )\buntil\b[^.;]{0,40}\bto (?:decide|respond|surrender|leave|comply|withdraw|reply|"
                    r"pay|agree|release|hand over|disarm|evacuate|lay down|return)\b"),
    ("ultimatum", 3, r"\bultimatums?\b|\blay(?:ing)? down (?:their |its |your |his )?(?:arms|weapons)\b|"
                     r"\bput down (?:their |its |your )?(?:arms|weapons)\b|\bwhite flags?\b|\bsafe passage\b|"
                     r"\b(?:would|will) (?:allow|let|guarantee|spare)\b|\bor face\b|"
                     r"\b(?:demand(?:ed|ing|s)?|called on|urged|ordered)\b[^.;]{0,50}\b(?:surrender|withdraw|disarm)\w*|"
                     r"\bcorridors?\b[^.;]{0,40}\b(?:would|will)\b|"
                     r"\b(?:gave|giving|give|given)\b[^.;]{0,30}\b(?:hours|days) to\b|"
                     r"\b(?:ordered|told|demanded|gave|given|giving|asked|urged)\b[^.;]{0,80}\b(?:within|in)\s+(?:\d+|\w+)\s+"
                     r"(?:hours|days)\b|\b(?:ordered|told|demanded|gave|given|giving|asked|urged)\b[^.;]{0,60}\bby\s+"
                     r"(?:\w+day|\d{1,2}\s+[A-Z]\w+|[A-Z]\w+\s+\d{1,2})\b"),
    # A consequence promised within a time limit unless something is done: "would respond, militarily, within 48
    # hours if the broadcasts do not stop" (corpus README: a demand with a consequence or a time limit).
    ("ultimatum", 3, r"\b(?:would|will)\b[^.;]{0,60}\bwithin\s+(?:\d+|\w+)\s+(?:hours|days|weeks)\b[^.;]{0,20}?"
                     r"\b(?:if|unless)\b"),
    ("ultimatum", 1, r"\botherwise\b"),
    ("ultimatum", 4, r"\b(?:set|sets|setting|gave|given|give|gives|giving|issued|issues|imposed|announced|read out)\s+"
                     r"(?:\w+\s+){0,4}?(?:a|an|the|its|his|their)\s+(?:\w+\s+)?(?:deadline|ultimatum)\b"),
    ("ultimatum", 1, r"\bsurrender\w*\b|\boffer(?:ed|s)?\b|\bdemand(?:ed|s|ing)?\b"),
    # A boycott called for, endorsed or urged is a saying (urging is a statement: the corpus README), not the speaker's
    # own refusal: "endorsed boycotting next year's contest", "said next year's contest should be boycotted"; the
    # "Boycott, Divestment, Sanctions" movement is a name, no refusal.
    ("statement", 4, r"\b(?:endors(?:e|ed|es|ing)|call(?:ed|s|ing)?\s+for|urg(?:e|ed|es|ing)|support(?:ed|s|ing)?|"
                     r"back(?:ed|s|ing)?)\s+(?:a\s+|the\s+)?"
                     r"boycott\w*|\bshould\s+be\s+boycotted\b"),
    ("rejection", 3, r"\bboycott(?:ed|s|ing)?\b(?!,\s+divestment)|"
                     r"\brefus(?:e|ed|es|al|ing)\b(?!\s+to\s+(?:comment|answer|speculate|elaborate|say))|"
                     r"\breject(?:ed|s|ion|ing)?\b|\bno (?:talk of )?(?:any )?surrender\b|"
                     r"\b(?:will|would) not (?:surrender|accept|agree)\b|\bwon't (?:surrender|accept)\b|"
                     r"\bturned down\b|\brebuff(?:ed|s)?\b|\bruled out\b(?! (?:the |any )?(?:possibility|likelihood|chance|risk)\b)|"
                     r"\bout of hand\b|\bnever accept\b"),
    ("agreement", 3, r"\bagree(?:d|s|ment|ments)?\b|\bcease-?fires?\b|\btruces?\b|\baccords?\b|\bpeace (?:deal|treaty|plan)\b|"
                     r"\bsigned (?:a |an |the )?(?:\w+ )?(?:deal|agreement|accord|ceasefire|cease-fire|truce|treaty|peace)\b|"
                     r"\barmistice\b|\bdeal (?:was |has been )?(?:reached|struck|signed)\b"),
    ("warning", 3, r"\bwarn(?:ed|s)?\b|\bwarning (?:that|of|to)\b|\b(?:issued|gave|give|giving|raised) (?:a |an |its |their |the )?(?:[\w,-]+ ){0,3}?warnings?\b|\b(?:may|could|will|would) (?:\w+ )?result in\b|\bwould (?:cause|force|lead\s+to|prompt|provoke)\b|\brespond with force\b|"
                   r"\bthreat(?:en|ened|ens|ening)\b|\b(?:could|would|will) face\b|"
                   r"\bwarnings? (?:remained|remains|is|was|were|stays) in (?:place|force|effect)\b|"
                   # a warning that begins: "placed under a tsunami warning", "a warning went into effect"
                   r"\b(?:placed|put|remain(?:s|ed)?|kept|(?:would|will) be) under (?:a |an |the )?(?:[\w-]+ )?"
                   r"(?:" + HAZARDS + r") (?:warnings?|alerts?|watch)\b|"
                   r"\b(?:warnings?|alerts?) (?:went|goes|came|comes|has gone) into (?:effect|force)\b|"
                   # a warning in the passive: "a tornado warning was issued for the downtown area"
                   r"\bwarnings? (?:was|were|has been|have been|had been) (?:issued|given|raised|declared|sent)\b"),
    # A conditional threat: "would kill them unless Romania withdraws its troops".
    ("warning", 3, r"\b(?:will|would)\b[^.;]{0,80}\bunless\b"),
    # Consequences threatened, not the effects of a condition ("the neuropsychological consequences of iodine
    # deficiency" warn of nothing).
    ("warning", 2, r"^\W*if\b[^.]*\b(?:will|would)\b|\bheld (?:fully )?responsible\b|"
                   r"\b(?:face|faces|facing|suffer|bear|serious|grave|dire|severe|unspecified)\s+consequences\b"),
    ("legal", 3, r"\barrest(?:ed|s|ing)?\b|\bdetain(?:ed|s|ing)?\b|\bdetention\b|"
                 # "the court" as the place where people gather is no legal act: "protestors gathered outside the
                 # court" (a court named by its name, "outside the Supreme Court", is not told apart)
                 r"(?<!\boutside the )(?<!\bin front of the )(?<!\bnear the )(?<!\bopposite the )\bcourt\b|"
                 r"\bcharged with\b|(?<!in )\bcharges? (?:of|against)\b|\bon charges\b|"
                 r"\btrial\b|\btreason\b|\bprosecut\w+\b|\bsentenced\b|\bconvicted\b|\bjailed\b|\bindict\w*\b|"
                 r"\btribunal\b|\bcrack(?:ed|s|ing)? down\b|\btrafficking\b|\blawsuits?\b|\bextradit\w+\b|\bverdict\b|"
                 r"\bcriminal investigation\b|\bjail(?:ed)?\b|\bprison\b|\bcustody\b|\bdetained\b|\bfined\b|"
                 r"\bremanded\b|\bcommittal\b|"
                 r"\bpleaded (?:not )?guilty\b|\bacquitted\b|\bjury\b|\bappeal(?:s|ed)? against\b|"
                 r"\bappeal(?:s|ed)? to (?:the |a )?(?:[\w-]+ )?(?:court|tribunal|judges?)\b|\b(?:lodge|file|consider|launch)\w* (?:an |a )?appeal\b|"
                 r"\bdisqualified\b|\bbanned from\b|\bwarrants?\b|\braids?\b|\bseized\b(?! power| control)|"
                 r"\bassets (?:\w+ )?(?:were |was |have been )?frozen\b|\b(?:freez|froze)\w* (?:\w+ )?assets\b|\btravel ban\b|"
                 r"\bcleared (?:[\w-]+ ){0,5}?of\b|\bacquittals?\b|\bexonerat\w+|\bset aside\b|\bconvictions?\b|"
                 r"\bpardon(?:ed|s)?\b|\bcommut(?:ed|es|ing)\b|\bbail\b|\bsurety\b|\btestif(?:y|ied|ies)\b|"
                 r"\btestimony\b|\bparole\b|\bclemency\b|\bmanslaughter\b|\bdefendants?\b|"
                 # a person held, not a town: "to be held for seven days", "held without charge"
                 r"\bheld\s+(?:for\s+questioning|without\s+(?:charge|trial|bail))\b|\bconfiscat\w+\b|"
                 # giving oneself up to the police, or the police naming the one they hold
                 r"\bsurrendered\s+(?:himself|herself|themselves|to\s+(?:the\s+)?(?:police|authorities))\b|"
                 r"\bturned\s+(?:himself|herself|themselves)\s+in\b|"
                 r"\bidentified\s+(?:the\s+|a\s+)?(?:suspects?|gunman|gunmen|attackers?|shooter|bomber)\b|"
                 r"\b(?:to be|been|being) held\s+for\s+(?:[\w-]+\s+)?(?:hours|days|weeks|months)\b|"
                 # a search by the police: "police raided the offices of two civic groups"
                 r"\b(?:police|investigators|detectives|agents|prosecutors)\s+(?:\w+\s+)?(?:raided|searched)\b"),
    # A death sentence carried out is the law's act: "158 were executed in 2007", "executed 36 people" (not
    # "executed the plan", nor "executed" by gunmen: a killing's own words count there).
    ("legal", 3, r"\b(?:were|was|been|be|being)\s+(?:publicly\s+)?executed\b(?!\s+by\s+(?:gunmen|militants|"
                 r"rebels|insurgents|fighters))|\bexecuted\s+(?:\d[\d,]*|\w+)\s+(?:people|men|women|prisoners|"
                 r"inmates|convicts|criminals)\b"),
    ("legal", 1, r"\bpolice\b|\bsheriff(?:'s|s)?\b|\ballegedly\b"),
    ("legal", 2, r"\binvestigat\w+\b|\bprobes?\b|\bcharges\b|"
                 + COURT_RULING + r"|"
                 r"\bjudges?\b|\bprosecutors?\b|"
                 r"\bappeals?\b(?!\s+(?:for|asking|calling|urging|on)\b)|\bsentences?\b"),
    # A civil suit is a case at law: "is being sued for damages", "sued Café Britt over ...". Not "Sue Gray": the
    # capital S keeps this row on the text as written (see caseless).
    ("legal", 2, r"\b(?!(?-i:Sue\b))su(?:e|es|ed|ing)\b|\bcounter-?suits?\b"),
    ("shelling", 3, r"\brockets?\b(?![- ]propelled)|\bshell(?:s|ed|ing)\b|\bmortars?\b|\bartillery\b|\brocket fire\b|\bbombard\w*\b"),
    ("strike", 3, r"\bair ?strikes?\b|\bairstrikes?\b|\bmissiles?\b|\bbomb(?:s|ed|ing|ings|er|ers)?\b|\bdrones?\b|"
                  r"\bsuicide (?:bomb|attack|car|truck|vest|belt)\w*|\battack(?:s|ed|ing|ers)?\b"
                  # words against someone, not an attack: "He attacked Prime Minister Tony Blair as having failed"
                  # (the table is read caseless: the name's capital is asked for as written)
                  r"(?!\s+(?:(?:the\s+)?(?-i:[A-Z])[\w'’.-]*\s+){1,5}(?:as\s+(?:having|being|an?|\w+ing)\b|"
                  r"for\s+(?:his|her|not|failing|being|having)\b))|"
                  r"\bbattl(?:e|ed|es|ing)\b|"
                  r"\bfighting\b|\bfought\b|"
                  r"\bclash(?:es|ed)?\b|\bcombat\b|\binvad(?:e|ed|es|ing)\b|"
                  r"\boffensive\b" + _JUDGED_NOT + r"(?!\s+(?:and\s+\w+\s+)?" + OFFENSIVE_THINGS + r"\b)|\bassault\w*\b|\braid(?:s|ed)?\b|"
                  r"\bshot down\b|\bopened fire\b|\bgunmen\b|\bexplosions?\b|\bblasts?\b|\bguerrilla\b|\bstormed\b|"
                  r"\bcaptured\b|\bseized\b(?! power)|\b(?:took|taken|gained|regained|seized) control\b|"
                  r"\b(?:retook|retaken|retaking|recaptured|recapturing)\b|\bambush\w*\b|\bstrikes? (?:on|hit)\b|"
                  r"\bshootings?\b|\bmurder(?:ed|s|ing)?\b|\bassassinat\w+\b|\bgunned down\b|"
                  # a poisoning is an attack ("killed by a fast-acting poison"); food poisoning and the idiom are not
                  r"(?<!food )\bpoison(?:ed|ing|s)?\b(?!\s+the\s+well)|"
                  r"\bstabb(?:ed|ing)\b|"
                  r"\bshot (?:dead|and killed|to death)\b|\bbeaten to death\b"),
    # Warcraft aiming at a place: "Israeli aircraft targeted a Hamas base" (not "the aircraft hit a mountain": a crash;
    # nor "the New York Jets pounded the Dolphins": a team, whose name is written with a capital)
    ("strike", 3, r"\b(?!(?-i:Jets\b))(?:aircraft|warplanes?|fighter jets?|jets|helicopters?|gunships?|warships?)\s+"
                  r"(?:\w+\s+){0,2}?(?:targeted|pounded)\b|\b(?:warplanes?|fighter jets?|gunships?)\s+(?:\w+\s+){0,2}?(?:hit|struck)\b"),
    ("strike", 2, r"\bstruck\b|\bgunfire\b|\bfired on\b|\boverr(?:an|un)\b|\btear gas\b"),
    ("strike", 1, r"\binvasion\b|\bsiege\b|\bresistance\b|\btroops\b|\bhit\b|\bmilitary operation\b"),
    ("casualties", 3, r"\bkill(?:ed|s|ing)?\b|\bdead\b|\bdeaths?\b|\bdied\b|\bwounded\b|\bwounding\b|\binjur(?:ed|ies|y|ing)\b|"
                      r"\bcasualt(?:y|ies)\b|\bdeath toll\b|\b(?:new|updated|revised|latest|official)\s+toll\b|"
                      r"\bbodies\b|\bhurt\b(?!\s+(?:the|its|their|his|her|our|a|an)\s)|\blost (?:their|his|her) lives\b|"
                      r"\blives (?:were|have been) lost\b|\bclaimed (?:\w+ )?lives\b|\bdrown(?:ed|ing|ings)?\b|"
                      # a body found: "a woman's body was recovered from the river" (not "a governing body")
                      r"\bbody\s+(?:was|has\s+been|had\s+been)\s+(?:found|recovered|pulled|retrieved|discovered|"
                      r"identified)\b|\b(?:found|recovered|retrieved|discovered)\s+(?:the\s+|a\s+|his\s+|her\s+)?"
                      r"(?:[\w'’-]+\s+)?body\b"),
    # (capital B keeps this row off the surname, "Saran and Burns head the working group", but not off injuries
    # that open a sentence: "Burns to his hands forced him to retire", "Burns covering 40 percent of his body")
    ("casualties", 2, r"\b(?!(?-i:Burns\b)(?!\s+(?:to|covering|covered)\b))burns\b|\b(?:taken|rushed|airlifted) to hospital\b|\bmissing\b"),
    ("casualties", 1, r"\b(?:at least|more than|over|nearly|about|around|some)?\s*(?:\d[\d,]*|two|three|four|five|six|"
                      r"seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|hundreds|dozens|thousands)"
                      r"\s+(?:\w+\s+)?(?:people|civilians|soldiers|troops|peacekeepers|fighters|children|residents)\b"),
    ("humanitarian", 3, r"\bhumanitarian\b|\baid (?:groups?|agencies|workers|convoys?|deliveries)\b|\bfood\b|"
                        # water as a supply, not the water a storm lets in ("allowed water to pour in") nor a
                        # riot police weapon ("rubber bullets, tear gas, and water cannons")
                        r"\bwater\b(?!\s+(?:to\s+)?(?:pour|pours|poured|pouring|flow|flows|flowed|flowing|seep\w*|"
                        r"leak\w*|levels?|rose|rising|damage|cannons?)\b)|"
                        r"\belectricity\b|\bmedicines?\b|\bshortages?\b|\brunning low\b|\brefugees?\b|\bdisplaced\b|"
                        r"\basylum\b|\bmigrants?\b|\brescu(?:ed|ers)\b|\bfamine\b|\bhunger\b|\brelief\b|"
                        r"\b(?:search and |sea )?rescue (?:teams?|workers|services|operations?|efforts?|ships?|boats?)\b"),
    ("humanitarian", 3, r"\bcholera\b|\boutbreaks?\b|\bepidemic\b|\bdiseases?\b|\bvaccin\w+\b|\bpatients?\b|"
                        r"\bclinics?\b|\brehydration\b|\bmalnutrition\b|\bstarv\w+\b|\blatrines?\b|\bsanitation\b|"
                        r"\bclean water\b|\bdrinking water\b|\bhomeless\b|\brelief (?:centre|center|camp)s?\b|"
                        r"\bsuspected cases\b|\baid (?:appeal|flights?)\b|\bhumanitarian appeal\b"),
    ("humanitarian", 2, r"\bshelters?\b|\bflood(?:ed|ing|s)?\b|\bfled\b|\bflee(?:ing|s)?\b|\bleft their homes\b|"
                        r"\b(?:left|moved|ran)\s+(?:for|to)\s+(?:safer|safe)\s+(?:places|areas|ground|locations)\b|"
                        r"\bdisplac\w+\b|\bcamps?\b|\bhospitals?\b|\bsupplies\b|\bblankets\b|\btents\b"),
    ("humanitarian", 1, r"\bsheltering\b|\baid\b|\bat sea\b|\bwells\b|\bcontaminat\w+\b"),
    ("humanitarian", 3, AID_GIVEN),
    # Refugees sent home: "ceased the repatriation of North Korean nationals".
    ("humanitarian", 2, r"\brepatriat\w+\b"),
    ("evacuation", 3, r"\brescued\b|\b(?:to|tried to|helped|help) rescue\b|\brescuing\b|\bevacuat\w+\b|"
                      r"\bordered (?:residents|people|civilians) to leave\b|"
                      r"\brescued from (?:the |a )?(?:\w+ )?(?:basement|building|rubble|ruins|wreckage|roof|flood|water|mine|site)\b"),
    ("evacuation", 2, r"\bcorridors?\b|\bleave the (?:city|town|area|region)\b"),
    ("diplomacy", 3, r"\btalks\b|\bnegotiat\w+\b|\bsummit\b|\bdiplomatic\b|\bdiplomacy\b|\bmet with\b|"
                     # a government contacted, not a source reached by a reporter ("when contacted through telephone")
                     r"\bcontacted\s+(?:[\w'’-]+\s+){0,3}?(?:ministers?|governments?|counterparts?|ambassadors?|envoys?|"
                     r"embass(?:y|ies)|president|leaders?)\b|"
                     r"\bforeign minister\b|\bsanctions\b|\bopen letter\b|\bmediat\w+\b|\bpeace process\b|"
                     r"\b(?:asked|urged|called on|calls on) the (?:\w+ )?governments?\b"),
    # Reactions issued are sayings: "leaders have issued varied reactions to the announcement", "made the
    # statement on Thursday"; so are addresses and speeches given: "gave his first formal address on Sunday".
    ("statement", 3, r"\b(?:issued|gave|voiced|expressed)\s+(?:their\s+|his\s+|her\s+|its\s+)?(?:[\w-]+\s+)?"
                     r"(?:reactions|condolences)\b|\bmade\s+(?:the|a|his|her|their|its)\s+(?:[\w-]+\s+)?"
                     r"(?:statement|remarks|comments?|claims?|allegations?|accusations?)\b|"
                     # claims put out: "published allegations from a doctor", "his comments were published"
                     r"\b(?:published|publishes|aired)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w-]+\s+)?"
                     r"(?:allegations|claims|comments|remarks|accusations)\b|"
                     r"\b(?:comments|remarks|allegations|claims)\s+(?:were|was|have\s+been|had\s+been)\s+"
                     r"(?:published|aired)\b|"
                     r"\b(?:gave|give|gives|giving|given|delivered|delivers|made)\s+"
                     r"(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:address|speech|televised\s+address)\b"),
    # A statement, a note or an update put out, thanks and tributes paid: "The channel released a statement after the
    # accident", "released a note repudiating the visit", "thanked the launch team", "paid tribute to the victims";
    # not a banknote nor a security update. (What such a statement tells ties with it, at the same weight: "the army
    # released a statement saying it had shelled the town" is the army's statement, as the corpus's annotators
    # label reported happenings.)
    ("statement", 3, r"\b(?:paid|pays|paying)\s+(?:\w+\s+)?tributes?\b|\bthanked\b|"
                     r"\b(?:issued|released|put\s+out)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:statement|communiqu\w+|press\s+release|note\s+(?:saying|stating|that|\w+ing)\b|"
                     r"(?<!security\s)(?<!software\s)update)\b|"
                     # ... and in the passive: "A statement by the Brady Campaign was posted on Facebook"
                     r"\b(?:statement|communiqu\w+|press\s+release)(?:\s+(?:by|from)\s+[^.;,\"“]{1,60}?)?\s+"
                     r"(?:was|has\s+been|had\s+been)\s+(?:issued|released|posted|published|put\s+out|read\s+out)\b"),
    # Refusing to comment is a saying, not the refusal of an offer: "refused to comment directly on the policy".
    ("statement", 3, r"\b(?:refus|declin)\w*\s+to\s+(?:comment|answer|speculate|elaborate|say)\b"),
    # Ruling out a happening is a statement about it, not the refusal of an offer.
    ("statement", 3, r"\bruled out (?:the |any )?(?:possibility|likelihood|chance|risk)\b"),
    # A plea is a saying, not a court's appeal: "appealed for calm", "made an appeal asking that ...".
    # (An aid appeal is humanitarian: its row names it.)
    ("statement", 3, r"(?<!humanitarian )(?<!aid )\bappeal(?:s|ed|ing)?\s+(?:for|asking|calling|urging)\b|"
                     r"\bmade an? appeal\b"),
    ("statement", 3, r"\b(?:took|take|takes|claimed|claims|claiming|accepted)\s+(?:\w+\s+)?(?:responsibility|credit)\b|"
                     r"\bclaimed (?:the|both|an?)\s+(?:\w+\s+)?(?:attacks?|bombings?|killings?)\b"),
    ("diplomacy", 3, r"\bdelegations?\b|\bsummoned\b[^.;]{0,40}\b(?:ambassador|envoy|charg)\w*|"
                     r"\bexpel(?:s|led|ling)?\b[^.;]{0,60}\b(?:ambassador|diplomats?|envoy)\b|\brecalled (?:its|their|his|her) "
                     r"ambassador\b|\burged all parties\b|\btravel(?:s|led|ling)? to \w+[^.;]{0,40}\bto meet\b|"
                     r"\bforeign ministry\b|\bforeign ministers?\b|\bsecurity council\b|"
                     # visas barred between states are a sanction: "asked Schengen nations to restrict Libyan visas" (one
                     # team "denied visas" is no sanction)
                     r"\bvisa\s+(?:bans?|restrictions?|sanctions?|blacklist)\b|"
                     r"\b(?:restrict(?:s|ed|ing|ions?)?|ban(?:s|ned|ning)?|revok(?:e|es|ed|ing)|revocations?|"
                     r"suspend(?:s|ed|ing)?|suspensions?)\s+"
                     r"(?:[\w-]+\s+){0,3}?visas\b"),      # (its own forms: not "Bangladeshi ... visas")
    # Observer missions, visits and meetings between governments, conferences of states.
    ("diplomacy", 3, r"\bobserver missions?\b|\b(?:electoral|election|poll|ceasefire|truce)\s+(?:observers?|monitors?)\b|"
                     r"\b(?:dispatch|deploy|send|sent)\w*\s+(?:[\w-]+\s+){0,5}?observers\b|"
                     r"\bobservers\s+(?:had\s+|have\s+|has\s+)?(?:arrived|deployed|been\s+deployed)\b|"
                     r"\b(?:visit\w*|travel\w*|flew|arrived|met|meets?|meeting)\b[^.;]{0,60}?\bto (?:discuss|hold talks)\b|"
                     r"\bmeet\w*\s+(?:with\s+)?(?:[\w-]+\s+){0,2}?(?:dignitaries|heads of state|world leaders|counterparts?|"
                     r"envoys?|ambassadors?)\b|\b(?:international|peace|donors?'?|regional) conference\b|"
                     r"\bdiscussions?\s+with\b|"
                     # a head of state or government met or visited: "is scheduled to meet President Hugo Chavez",
                     # "arrived in Brazil for a visit with Brazilian President Lula", "a joint press conference"
                     r"\b(?:meet|meets|meeting|met)\s+(?:with\s+)?(?:[\w'’-]+\s+)?(?:president|prime\s+minister|king|queen|"
                     r"chancellor|premier|emperor)\s+[A-Z]|"
                     r"\bvisit\s+with\s+(?:[\w'’-]+\s+){0,2}?(?:president|prime\s+minister|king|queen|chancellor|premier)\b|"
                     r"\bjoint\s+press\s+conference\b"),
    # Formal acts that change something (corpus README: an emergency declared, a resignation, an appointment are
    # `other` unless a more specific category fits; `other` is last in the tie-break, so any other cue as strong
    # wins): "imposed a dusk-to-dawn curfew", "held his own elections", "passed a resolution", "was forced to
    # resign", "placed on high alert". Their saying verb ("declared himself the winner") does not make them sayings.
    ("other", 3, r"\b(?:impos|declar|lift|extend|announc)\w*\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:curfew|"
                 r"state\s+of\s+(?:emergency|siege|war)|martial\s+law)\b|"
                 r"\bheld\s+(?:[\w'’-]+\s+){0,3}?(?:elections?|referendums?|referenda|polls)\b|"
                 r"\bpass(?:ed|es|ing)?\s+(?:a|an|the)\s+(?:[\w-]+\s+)?resolution\b|\bvoted\s+(?:\d+\s*[-–]\s*\d+\s+)?to\b|"
                 r"\bresign(?:ed|s|ing|ation|ations)?\b|\bstep(?:ped|s)\s+down\b|\bsworn\s+in\b|\binaugurat\w+|"
                 r"\b(?:was|were|been|be)\s+(?:re-?)?elected\b|\bre-elected\b|"
                 # an appointment: "was appointed to his position", "announced Essam Sharaf as the new prime minister"
                 r"\bappoint(?:ed|s|ing|ment)\b|\b(?:named|announced|nominated)\s+[^.;]{1,40}?\s+as\s+(?:the\s+|its\s+|"
                 r"their\s+)?(?:new|next|acting|interim)\b|"
                 r"\b(?:placed|put)\s+on\s+(?:high|full|maximum)\s+alert\b"),
    # An embassy is mostly a place ("the blast near the embassy"), diplomats mostly people: weak hints.
    # (A cabinet's, a board's or a party's meeting is a government's or a body's own business, no diplomacy.)
    ("diplomacy", 1, r"\bembass(?:y|ies)\b|\bdiplomats?\b|(?<!cabinet )(?<!board )(?<!party )(?<!staff )\bmeeting\b|"
                     r"\bcalled for\b|\bcriticiz\w+|\bcriticis\w+|"
                     r"\bcondemn\w*\b|\bambassadors?\b|\benvoys?\b|\bconsul(?:s|ates?)?\b"),
]
COMPILED = [(category, weight, re.compile(pattern, re.I)) for category, weight, pattern in CUES]
# The same patterns for lowercased text (see caseless); one with capitals of its own keeps re.I.
LOWERED = [(category, weight, caseless.for_lowercased(pattern)) for category, weight, pattern in CUES]


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (splitting at '|' outside groups and classes)."""
    parts, current, depth, i = [], [], 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            current.append(pattern[i:i + 2])
            i += 2
            continue
        if c == "[":
            end = pattern.index("]", i + 1)
            current.append(pattern[i:end + 1])
            i = end + 1
            continue
        depth += {"(": 1, ")": -1}.get(c, 0)
        if c == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(c)
        i += 1
    return parts + ["".join(current)]


def anchors(pattern: str) -> frozenset[str] | None:
    """Lowercase word beginnings one of which any match of `pattern` must start with, or None when some
    alternative starts with no plain word, or not at a word start. A text with none of them at a word start
    cannot match: most sentences mention few categories, and a set test costs far less than a
    regular-expression scan."""
    found: set[str] = set()
    for alternative in _alternatives(pattern):
        if not re.match(r"(?:\(\?<![^)]*\))*(?:\\b|\^)", alternative):
            return None                                # might match inside a word: no word-start anchor
        rest = re.sub(r"^(?:\\b|\^|\\W\*|\(\?<![^)]*\))+", "", alternative)
        group = re.match(r"\(\?:([^()]*)\)(?![?*])", rest)
        options = group.group(1).split("|") if group else [rest]
        words = [re.match(r"[a-z][a-z ]{2,}", option) for option in options]
        if not all(words):
            return None
        for word, option in zip(words, options):
            literal = word.group()
            if option[len(literal):len(literal) + 1] in ("?", "*", "{"):
                literal = literal[:-1]                 # "air ?strikes": the space may be missing
            if len(literal) < 3:
                return None
            found.add(literal[:5])
    return frozenset(found)


ANCHORS = [anchors(pattern) for _, _, pattern in CUES]

WORD_START = re.compile(r"\b\w")


def _beginnings(lowered: str) -> set[str]:
    """The first three, four and five characters at each word start: the anchors a row can need are among
    them (every cue alternative with an anchor starts at a word boundary), so one set test replaces a
    substring search per anchor."""
    found = set()
    for m in WORD_START.finditer(lowered):
        i = m.start()
        found.update((lowered[i:i + 3], lowered[i:i + 4], lowered[i:i + 5]))
    return found

# Natural disasters and accidents: their "battle", "struck" and "hit" are not armed attacks, and the
# vocabulary has no category for the disaster itself, so it is `other` unless it names deaths or aid.
DISASTER = re.compile(r"\b(?:tragedy|accidents?|capsiz\w+|sank|sinking|derail\w*|crash(?:ed|es)?|fires?|blazes?|bushfires?|wildfires?|flames|earthquakes?|quakes?|aftershocks?|tremors?|"
                      r"floods?|storms?|cyclones?|hurricanes?|typhoons?|tornado(?:e?s)?|twisters?|blizzards?|tsunamis?|"
                      r"monsoons?|landslides?|mudslides?|droughts?|heatwaves?|"
                      r"temperatures?|magnitude|eruptions?|volcano|avalanches?|reservoirs?|dams?|cranes?|collapse\w*)\b",
                      re.I)
_DISASTER_LOWERCASE = caseless.for_lowercased(DISASTER.pattern)
# A happening told before, used to say when or which ("after the explosion", "since the war", "arrested in connection
# to Thursday's bomb explosion"): not this clause's news.
# ("during a raid" is how the news happened, not when: an indefinite article only after a word of time order.)
# ("at the time of his death": when he was doing what the clause tells, not a toll.)
# (Dates are blanked by then, keeping their places. A weekday's blank takes its preposition ("after Thursday's
# attack" leaves "attack" alone) but not "in connection to" ("in connection to  bomb explosion"), and a year's blank
# leaves the preposition before a run of spaces ("after  elections"): the zero-width (?=\s\s) takes that. Unblanked
# text (event_dates) names the day: "after Thursday's attack".)
TIME_REFERENCE = re.compile(r"\b(?:(?:after|following|since|before|during|ahead\s+of|in\s+the\s+wake\s+of)(?:\s+(?:the|"
                            r"this|that|its|their|(?:\w+day|yesterday|last\s+(?:week|month|night))['’]s)|(?=\s\s))|"
                            r"in\s+connection\s+(?:with|to)(?:\s+(?:the|this|that|its|their|\w+['’]s))?|"
                            r"(?:after|following|before|ahead\s+of)\s+(?:a|an))\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:explosions?|blasts?|bombings?|attacks?|shelling|shootings?|killings?|fighting|earthquake|"
                            r"quake|crash|fire|floods?|verdict|ruling|trial|election|"
                            r"vote|ceasefire|truce|coup|raids?|arrests?|invasion|war|disaster|accident|storm|death)\b|"
                            r"\bat\s+the\s+time\s+of\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}?(?:death|arrest|"
                            r"attack|crash|accident)\b", re.I)
# A ceasefire called for is not agreed: "I will continue to press for an immediate ceasefire".
# (A saying's content starts after its verb: "[called] for a ceasefire followed by ...".)
SOUGHT_TRUCE = re.compile(r"(?:\b(?:call\w*|press\w*|push\w*|urg\w*|appeal\w*|demand\w*|ask\w*|plead\w*|work\w*)\s+|^\W*)"
                          r"(?:on\s+\w+\s+)?for\s+(?:an?\s+|the\s+)?(?:[\w\[\]-]+\s+){0,2}?(?:cease-?fires?|truces?)\b", re.I)
# A death the court orders is a sentence, not a death: "was also sentenced to death", "faces the death penalty".
DEATH_PENALTY = re.compile(r"\b(?:sentenced|sentencing|condemned)\s+to\s+death\b|\bdeath\s+(?:sentences?|penalty|"
                           r"penalties|row)\b", re.I)
NOT_AGREED = re.compile(r"\b(?:not|never)\s+(?:\w+\s+)?agree\w*(?:\s+(?:to|with|on)\s+(?:the\s+)?[\w-]+)?", re.I)
# An agreement promised, offered or refused is none made: "Assange's promise to agree to U.S. extradition".
AGREEMENT_UNMADE = re.compile(r"\b(?:promise[sd]?|promising|offer(?:ed|s|ing)?|willing(?:ness)?|ready|readiness|"
                              r"prepared|pledge[sd]?|pledging|threat(?:en(?:ed|s)?)?|refus\w+|declin\w+)\s+to\s+agree\w*"
                              r"(?:\s+(?:to|with|on)\s+(?:the\s+)?[\w-]+)?", re.I)
TIME_WORDS = ("after", "following", "since", "before", "during", "ahead", "wake", "time of", "connection")
# Rejecting a claim or an accusation is a denial (a statement), not refusing an offer.
DISMISSED_CLAIM = re.compile(r"\breject\w*\s+(?:the\s+|all\s+|these\s+|those\s+|any\s+)?(?:[\w-]+\s+)?(?:claims?|"
                             r"accusations?|allegations?|charges|reports?|criticism|suggestions?)\b", re.I)
# What someone is cleared of, accused of or convicted of: the charge, not a happening this clause tells.
CHARGE = re.compile(r"(?P<verb>\b(?:cleared|acquitted|convicted|accused|charged|suspected|guilty|indicted|exonerated|"
                    r"arrested|detained|jailed|sentenced|tried|prosecuted|trial)\b[^.;]{0,60}?\b(?:of|with|for))\s+[^.;,]*",
                    re.I)
CHARGE_WORDS = ("clear", "acquit", "convict", "accus", "charg", "suspect", "guilt", "indict", "exonerat", "arrest",
                "detain", "jail", "sentenc", "tried", "prosecut", "trial")
# An attack planned, plotted, feared or threatened has not happened: "planned to attack the rally", "the
# potential of a terrorist attack", "threats about attacking the temple". The attack words do not count.
UNREALISED_ATTACK = re.compile(r"(?:\b(?:plan(?:s|ned|ning)?|plot(?:s|ted|ting)?|potential|possib(?:le|ility)|risk|"
                               r"threats?|fears?|feared|intend(?:s|ed)?|prepar(?:e|ed|ing)|tried|attempt(?:s|ed)?)"
                               r"\s+(?:(?:of|for|to|about|an?|the|carry\s+out|launch|stage)\s+){0,3}(?:[\w-]+\s+)?|"
                               # an attack forsworn: "a commitment not to attack Iran", "pledged never to strike"; the
                               # verb right after (not "it was not the first attack", "could not prevent attacks")
                               r"\b(?:not|never)\s+(?:to\s+)?(?:(?:carry\s+out|launch|stage)\s+(?:an?\s+|any\s+)?"
                               r"(?:[\w-]+\s+)?)?)"
                               r"(?:attack(?:s|ed|ing)?|bomb(?:s|ed|ing|ings)?|strikes?|raids?|assaults?)\b", re.I)
UNREALISED_WORDS = ("plan", "plot", "potential", "possib", "risk", "threat", "fear", "intend", "prepar", "tried", "attempt",
                    "not ", "never")
# "a meeting on refugees and displaced people": the topic of a gathering is not a happening of this clause.
GATHERING_TOPIC = re.compile(r"\b(?P<gathering>meeting|conference|summit|debate|session|seminar|forum|workshop)\s+"
                             r"(?:on|about)\s+[^,.;]+", re.I)
GATHERING_WORDS = ("meeting", "conference", "summit", "debate", "session", "seminar", "forum", "workshop")
# "foreign ministry spokesman Selcuk Unal": who speaks, not a diplomatic act.
DIPLOMATIC_TITLE = re.compile(r"\b(?:foreign\s+(?:ministry|office|affairs\s+ministry)|state\s+department|embass(?:y|ies))"
                              r"\s+(?:spokes(?:man|woman|person|people)|press\s+secretary)\b", re.I)
# Arms traded are no attack: "its intention to sell sophisticated precision-guided bombs to Saudi Arabia", "Iran is
# supplying rockets to the militia". A few words may stand between, but no clause's own start or verb: "militants
# bought time before the missiles struck", "a supply convoy was hit by rockets" tell attacks.
ARMS_TRADE_VERBS = ("sell", "sells", "selling", "sold", "sale", "sales", "buy", "buys", "buying", "bought",
                    r"purchas\w*", r"export\w*", "supply", "supplies", "supplying", "supplied")
TRADED_ARMS = ("bombs?", "missiles?", "rockets?", "weapons", "arms", "munitions")
NOT_IN_A_TRADE = ("before", "after", "when", "while", "as", "until", "since", "because", "then", "but", "which", "who",
                  "where", "was", "were", "is", "are", "been", "by")
ARMS_TRADED = re.compile(r"\b(?:" + "|".join(ARMS_TRADE_VERBS) + r")\s+(?:of\s+)?(?:(?!(?:" + "|".join(NOT_IN_A_TRADE)
                         + r")\b)[\w,-]+\s+){0,4}?(?:" + "|".join(TRADED_ARMS) + r")\b", re.I)
# Attack words that tell no armed attack, blanked before the cues are scored (the rest of the sentence still counts:
# "after a cyber-attack on the ministry, a suicide bomber attacked its headquarters" is a strike): an attack on
# computers ("a collision attack on SHA-1", "a cyber-attack"), and idioms and sport ("struck gold", "struck a chord",
# a shot that struck the post, "captured her third world title", a moment captured on camera).
UNARMED_ATTACK_WORDS = re.compile(
    r"\b(?:(?:cyber|collision|denial[- ]of[- ]service|DDoS|phishing|ransomware|malware|brute[- ]force|hacking|hacker|"
    r"online|computer)[- ]?attacks?|"
    r"str(?:uck|ike|ikes)\s+(?:gold|a\s+chord|(?:the\s+)?(?:crossbar|woodwork))|"
    r"(?:shot|header|effort|ball|free[- ]kick|volley)\s+(?:\w+\s+){0,3}?(?:struck|hit)\s+the\s+(?:post|bar)|"
    r"captur(?:ed|es|ing)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:\w+\s+){0,2}?(?:title|crown|championship|cup|"
    r"trophy|medal|pole|imagination|attention|hearts?)|"
    r"captured\s+(?:on|by)\s+(?:a\s+)?(?:camera|film|video|tape|CCTV|security\s+cameras?))\b", re.I)
# Illnesses someone fights or dies of: no armed attack, no toll (read by NOT_AN_ATTACK and NATURAL_DEATH).
ILLNESSES = (r"cancer|(?:an?\s+)?(?:long\s+)?illness|(?:\w+\s+)?disease|leuka?emia|tumou?r|addiction|depression|dementia|"
             r"infection|pneumonia|(?:a\s+)?stroke|(?:a\s+)?heart\s+attack|heart\s+failure|(?:kidney|liver|organ)\s+failure|"
             r"diabetes|sepsis|Alzheimer['’]s|Parkinson['’]s|ALS|COVID(?:-19)?|tuberculosis|malaria|AIDS|HIV")
# A bomb defused or a coup is no armed attack: their "bomb", "seized" and "attack" words do not count.
NOT_AN_ATTACK = re.compile(r"\b(?:defus\w+|disarmed|foiled|thwarted|coup|(?:heart|panic|asthma)\s+attacks?|"
                           # a bomb only thought to be one: "a teacher thought it resembled a bomb", "a hoax bomb"
                           r"(?:resembl\w+|mistaken\s+for|mistook\s+\w+\s+for|looked\s+like)\s+(?:a\s+)?bomb|"
                           r"(?:hoax|fake|replica)\s+bombs?|bomb\s+(?:hoax|scare)s?|"
                           + ARMS_TRADED.pattern + "|"
                           # "died ... after a battle with cancer": an illness fought is no armed attack
                           r"(?:battl|fight|fought|struggl)\w*\s+(?:with|against)\s+(?:\w+\s+){0,2}?(?:" + ILLNESSES + r"))\b",
                           re.I)
# A death of illness or old age is no toll: "he died at his residence, aged 60", "died of cancer". An age tells no
# cause when the wounds that did are told next: "died at the age of 19 from gunshot wounds" is a toll.
NATURAL_DEATH = re.compile(r"\bdied\b(?:[\s,]+\w+){0,5}?[\s,]+(?:(?:aged\s+\d+|at\s+(?:the\s+)?age\s+(?:of\s+)?\d+)"
                           r"(?![\s,]+(?:\w+[\s,]+){0,3}?(?:from|of)\s+(?:\w+\s+){0,2}?(?:wounds|injuries)\b)|"
                           r"(?:of|from)\s+(?:natural\s+causes|old\s+age|" + ILLNESSES + r")|"
                           r"peacefully|in\s+(?:his|her)\s+sleep|in\s+(?:a|the)\s+hospice|"
                           # "died today in a hospice in Edinburgh whilst suffering cancer"
                           r"(?:[\w\s,]{0,60}?\b(?:whilst|while|after)\s+)?(?:suffering|battling|(?:a\s+)?(?:\w+\s+)?"
                           r"(?:battle|fight|struggle)\s+with)\s+(?:from\s+)?(?:" + ILLNESSES + r"))\b", re.I)
DISASTER_SAFE = re.compile(r"\b(?:battl(?:e|ed|es|ing)|fighting|fought|struck|hit|blasts?|explosions?|attack\w*)\b", re.I)

# Categories that a quote's own words can give a statement: what someone says can be a refusal or a warning.
SPEECH_ACTS = ("rejection", "warning", "agreement", "diplomacy", "ultimatum")
ATTACKS = ("shelling", "strike")
# "killed by shelling", "killed last month in twin suicide bombings": the attack is the event.
CAUSED_BY = re.compile(r"\b(?:killed|killing|wounded|injured|died|hurt|dead)\b[^.;]{0,30}?\b(?:by|in|during|from)\b"
                       r"\s+(?P<cause>[\w-]+(?:\s+[\w-]+){0,4})"
                       r"|(?P<cause2>\w+)\b[^.;]{0,80}?,\s+(?:killing|wounding|injuring)\b", re.I)
ATTACK_CUES = [(c, p) for c, w, p in COMPILED if c in ATTACKS and w >= 3]
KNOWN_CAUSE = re.compile(r"\b(?:by|in|during|from)\s+(?:the|this|that)\s+(?:[a-z]+(?:-[a-z]+)*\s+)?[a-z]+$", re.I)
# "killed in attacks", "killed in fighting": many attacks or a war, not one attack: the count is the news.
GENERIC_CAUSE = re.compile(r"\b(?:in|by|during|from)\s+(?:[a-z]+s|fighting|combat)$", re.I)
# An attack as the subject that kills, not one told before ("the attack killed ..." is a toll of a known attack).
ATTACK_SUBJECT = re.compile(r"^\W*(?:(?:on|in|at|early|late|last|yesterday|today|overnight)\b[^,;]{0,40},\s*)?"
                            r"(?!(?:the|this|that|these|those|its|their|his|her)\b)(?P<attack>(?:[\w'’-]+\s+){0,4}?"
                            r"(?:attacks?|bombs?|bombings?|blasts?|explosions?|air\s?strikes?|strikes?|bombers?|"
                            r"gunm[ae]n|raids?|ambush(?:es)?|shelling|rockets?|missiles?|mortars?))\s+"
                            r"(?:(?:in|at|on|near|across)\s+"
                            r"[^,;.]{0,40}?\s+)?(?:killed|wounded|injured|left)\b", re.I)
# A toll counted over time ("66 killed in attacks since March") is about casualties, whatever caused them.
# So is a toll that rises or is revised: "raised the official death toll ... to 236" (corpus README: "the toll rose
# to 155").
TOLL = re.compile(r"\bsince\b|\bso far\b|\bin total\b|\baltogether\b|\bsince the\b|"
                  r"\btoll\b[^.;]{0,40}?\b(?:ris(?:e|en|es|ing)|rose|climb\w*|increas\w*|jump\w*|reach\w*|"
                  r"stands?|stood)\b|"
                  r"\b(?:raised|raises|revised|revises|updated|updates)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?toll\b", re.I)
# Relative clauses describe someone or something: their words count for less than the main clause's.
# "that" followed straight by a past verb opens one too ("closed circuit television that recorded two men placing
# bombs"); "said that police arrested" does not (a subject comes first), nor "That led to the arrests" (a subject).
RELATIVE_CLAUSE = re.compile(r"\b(?:who|whom|whose|which)\b[^,;]*|"
                             r"(?<=[a-z]\s)that\s+(?=(?:had\s+|has\s+|have\s+|was\s+|were\s+)?[a-z]+ed\b)[^,;]*", re.I)
# A clause after "after" with a verb of its own: what led to the main clause's news.
# (Its verb in lower case: "after the United Nations" or "the Red Cross" has none.)
AFTER_CLAUSE = re.compile(r",?\s+(?i:after)\s+(?:[\w'’.-]+\s+){1,4}?(?i:had\s+|have\s+|has\s+|was\s+|were\s+)?"
                          r"[a-z]+ed\b[^;]*")
# An inquiry just begun, told before the happening it follows: "Police ... are investigating after ...".
INQUIRY_UNDER_WAY = re.compile(r"\b(?:is|are)\s+(?:now\s+)?(?:investigating|searching|appealing\s+for\s+witnesses)\s*$",
                               re.I)
PRIORITY = TIE_BREAK            # tie-break order when two categories score the same (builder/vocabulary.py)
THRESHOLD = 2


# Harm to an order is a judgement, not a threat of harm: "it threatens regional stability".
THREAT_TO_ORDER = re.compile(r"\bthreat(?:en|ens|ened|ening)?s?\s+(?:to\s+)?(?:the\s+|regional\s+|global\s+|world\s+|"
                             r"international\s+|national\s+|public\s+|[\w-]+'s\s+)*(?:stability|peace|security|"
                             r"order|democracy|sovereignty)\b", re.I)
# An agreement abandoned is refused, not agreed: "would no longer honor the testing agreements", "withdrew from
# the treaty" (corpus README: rejection is refusing a deal).
RENEGED = re.compile(r"\bno\s+longer\s+(?:honou?r|respect|abide\s+by|observe|recogni[sz]e|be\s+bound\s+by)\s+"
                     r"(?:[\w-]+\s+){0,4}?(?:agreements?|deals?|treat(?:y|ies)|accords?|pacts?|ceasefires?|truces?)\b|"
                     r"\b(?:withdr(?:ew|aw|awn|awing|aws)|pull(?:ed|s|ing)?\s+out|renege\w*)\s+(?:from|of|on)\s+"
                     r"(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:agreements?|deals?|treat(?:y|ies)|"
                     r"accords?|pacts?)\b", re.I)
# A rocket launched into space or shown at a parade is no fire from the ground.
SPACE_ROCKET = re.compile(r"\binto\s+(?:orbit|space)\b|\bsatellites?\b|\bspace\s*(?:craft|ships?|rockets?|launch\w*)\b|"
                          r"\blaunch\s+(?:pad|site|vehicle)s?\b|\b(?:display|parade|unveil\w*)\s+(?:of\s+)?(?:a\s+|an\s+|"
                          r"the\s+|its\s+)?(?:[\w-]+\s+){0,2}?rockets?\b", re.I)

# Goods seized (by police, customs, a court) rather than places: "seized some 500,000 images", "the videos seized".
_GOODS = r"(?:drugs|weapons|arms|guns|ammunition|cocaine|heroin|cannabis|documents|computers|laptops|phones|images|" \
         r"videos|photos|cash|money|assets|passports|evidence|goods|cargo|shipments?)"
GOODS_SEIZED = re.compile(r"\bseized\s+(?:some\s+|about\s+|around\s+|more\s+than\s+|over\s+|nearly\s+)?(?:[\d,.]+\s+\w+|"
                          + _GOODS + r")\b|\b" + _GOODS + r"\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?seized\b", re.I)
# Admission of refugees and migrants as a matter of law and procedure ("refugee status", "asylum claims",
# "barring entry ... by refugees", "refugee flights"): immigration policy, a formal act, not aid or displacement.
ADMISSION = re.compile(r"\b(?:refugee|asylum|asylee|migrant|immigrant)s?\s+(?:status|claims?|applications?|"
                       r"decisions?|system|process|policy|polic(?:y|ies)|laws?|rules|flights|admissions?|"
                       r"programm?e?s?|quotas?|caps?|hopefuls|cases)\b|"
                       r"\b(?:claim(?:s|ed|ing)?|apply(?:ing)?|applied|applications?)\s+(?:for\s+)?asylum\b|"
                       r"\b(?:ban(?:s|ned|ning)?|bar(?:s|red|ring)?)\s+(?:[\w-]+\s+){0,2}?(?:refugees|migrants|"
                       r"immigrants|asylum\s+seekers)\b|"
                       r"\b(?:entry|admission|entering|resettlement)\b[^.;]{0,60}?\b(?:by|of|for)\s+(?:all\s+)?"
                       r"(?:[\w-]+\s+){0,2}?(?:refugees|migrants|immigrants|asylum\s+seekers)\b", re.I)
# What an inquiry looks into is alleged, not told as done: "is investigating claims that the United States used white
# phosphorus bombs in an attack" (corpus README: investigations are legal).
INVESTIGATED = re.compile(r"(?P<verb>\b(?:investigat\w+|prob(?:e|es|ed|ing)(?:\s+into)?)\s+(?:the\s+|these\s+|those\s+)?"
                          r"(?:claims?|allegations?|accusations?|reports?|suspicions?))\s+(?:that|of)\b[^.;]*", re.I)
# What someone is asked or wonders about has not happened: "was asked if Snowden would also be pardoned".
ASKED_IF = re.compile(r"(?P<verb>\b(?:asked|asking|wondered|wondering)\s+(?:[\w'’-]+\s+){0,3}?(?:if|whether))\b[^.;]*",
                      re.I)
# A toll denied: "No injuries or deaths were reported", "no one was hurt", "without casualties".
NO_TOLL = re.compile(r"\b(?:no|without)\s+(?:immediate\s+)?(?:reports?\s+of\s+)?(?:(?:injuries|deaths|casualties|fatalities|"
                     r"dead|injured)(?:\s+or\s+(?:injuries|deaths|casualties|fatalities|dead|injured))?|one\s+was\s+"
                     r"(?:killed|hurt|injured|wounded))\b", re.I)


# An agreement named with capitals: "the Paris Climate Accords", "the Good Friday Agreement" (read as written: the
# table is caseless); unless the clause makes it ("signed the Annapolis Agreement").
DEAL_MADE = re.compile(r"\b(?:sign|signs|signed|signing|ratif\w+|reached|concluded|struck|brokered|approved|adopted|"
                       r"finali[sz]ed|joined|negotiated)\b")
# ... or leaves it: "withdrew from the Paris Agreement" is a rejection (the name kept for the withdrawal's cue).
DEAL_LEFT = re.compile(r"\b(?:withdr[ae]w\w*|pull(?:ed|s|ing)?\s+out)\s+(?:\w+\s+){0,4}?from\b")
NAMED_ACCORD = re.compile(r"(?-i:\b(?:[A-Z][\w'’.-]*\s+){1,4}(?:" + "|".join((*ACCORD_HEADS, "Pact")) + r"))\b")


def cue_scores(text: str, speech_acts_only: bool = False) -> dict[str, int]:
    """Weighted cue counts per category."""
    if not text.strip():
        return {}
    lowered = text.lower()
    if _DISASTER_LOWERCASE.search(lowered):
        text = DISASTER_SAFE.sub(" ", text)
        lowered = text.lower()
    original = text
    # "arrested two days after the explosion": a time, not the news; "cleared her of killing seven in a bomb
    # attack": the charge. Each pattern runs only where its words are (substring tests cost far less).
    if any(word in lowered for word in TIME_WORDS):
        text = TIME_REFERENCE.sub(" ", text)
    if (" on " in lowered or " about " in lowered) and any(w in lowered for w in GATHERING_WORDS):
        text = GATHERING_TOPIC.sub(r"\g<gathering>", text)
    if "spokes" in lowered or "press secretary" in lowered:
        text = DIPLOMATIC_TITLE.sub(" spokesman ", text)
    if "reject" in lowered:
        text = DISMISSED_CLAIM.sub(" ", text)
    if ("ceasefire" in lowered or "cease-fire" in lowered or "truce" in lowered) and " for " in lowered:
        text = SOUGHT_TRUCE.sub(" ", text)
    if "agree" in lowered and (" not " in lowered or "never" in lowered):
        text = NOT_AGREED.sub(" ", text)       # "Hamas does not agree to the ceasefire": no agreement
    if " to agree" in lowered:
        text = AGREEMENT_UNMADE.sub(" ", text)  # "Assange's promise to agree to extradition": none made
    if "no " in lowered or "without " in lowered:
        text = NO_TOLL.sub(" ", text)          # "No injuries or deaths were reported": no toll
    if "death" in lowered:
        text = DEATH_PENALTY.sub(" sentenced ", text)    # "sentenced to death": a court's sentence, no toll
    if ("refug" in lowered or "asyl" in lowered or "migrant" in lowered) and ADMISSION.search(text):
        text = ADMISSION.sub(" admission ", text)  # "to determine refugee status": immigration procedure
    if "investigat" in lowered or "probe" in lowered:
        text = INVESTIGATED.sub(r"\g<verb> ", text)  # "investigating claims that the US used bombs": the inquiry
    if " if " in lowered or "whether" in lowered:
        text = ASKED_IF.sub(r"\g<verb> ", text)  # "was asked if Snowden would be pardoned": a question, no pardon
    if "seized" in lowered:
        text = GOODS_SEIZED.sub(" confiscated ", text)   # "seized 500,000 images": police work, not a capture
    if "attack" in lowered or "stru" in lowered or "captur" in lowered:
        text = UNARMED_ATTACK_WORDS.sub(" ", text)       # "a cyber-attack", "struck gold": no armed attack
    if "threat" in lowered:
        text = THREAT_TO_ORDER.sub(" endangers ", text)  # "threatens regional stability": a judgement
    if "no longer" in lowered or "withdr" in lowered or "pull" in lowered or "reneg" in lowered:
        text = RENEGED.sub(" rejected ", text)           # "no longer honor the agreements": no agreement
    if ("accord" in lowered or "agreement" in lowered or "treaty" in lowered or "pact" in lowered) \
            and not DEAL_MADE.search(lowered) and not DEAL_LEFT.search(lowered):
        text = NAMED_ACCORD.sub(" ", text)     # "policy on the Paris Climate Accords": a name, no deal made now
    if (" of " in lowered or " with " in lowered or " for " in lowered) and \
            any(word in lowered for word in CHARGE_WORDS):
        text = CHARGE.sub(r"\g<verb> ", text)
    lowered = text.lower()
    scores: dict[str, int] = {}
    toll_named = False                          # a casualty word besides a bare count of people
    terms_set = False                           # an ultimatum's terms besides a bare demand or offer word
    beginnings = _beginnings(lowered)
    for (category, weight, pattern), (_, _, fast), needed in zip(COMPILED, LOWERED, ANCHORS):
        if speech_acts_only and (category not in SPEECH_ACTS or weight < 2):
            continue                            # a quote performs an act in strong words, not weak hints
        if needed is not None and needed.isdisjoint(beginnings):
            continue
        hits = len(fast.findall(lowered)) if fast is not None else len(pattern.findall(text))
        if hits:
            scores[category] = scores.get(category, 0) + weight * hits
            toll_named = toll_named or (category == "casualties" and weight > 1)
            terms_set = terms_set or (category == "ultimatum" and weight > 1)
    if "ultimatum" in scores and not terms_set:
        del scores["ultimatum"]                 # "still demand a time frame ... basic demands": demands, no terms
    if "casualties" in scores and not toll_named:
        del scores["casualties"]                # "600 soldiers took part in the drill": a count of people, no toll
    if "strike" in scores and (NOT_AN_ATTACK.search(original) or
                               (any(w in lowered for w in UNREALISED_WORDS) and _only_unrealised(text))):
        del scores["strike"]
    if "shelling" in scores and (SPACE_ROCKET.search(original) or ARMS_TRADED.search(original)):
        del scores["shelling"]                  # "a parade of rockets", "supplying rockets to the militia"
    if "casualties" in scores and "died" in lowered and NATURAL_DEATH.search(original):
        del scores["casualties"]
    if not speech_acts_only and "casualties" in scores and TOLL.search(original):
        scores["casualties"] += 2
    elif not speech_acts_only and "casualties" in scores:
        caused: dict[str, int] = {}
        known_causes: set[str] = set()      # attacks named only as the known cause of the toll
        for m in CAUSED_BY.finditer(text):
            cause = m.group("cause") or text[:m.end()]
            for category, pattern in ATTACK_CUES:
                hit = pattern.search(cause)
                if hit is None or (category == "strike" and NOT_AN_ATTACK.search(original)):
                    continue
                named = text[:m.start("cause") + hit.end()] if m.group("cause") else ""
                if GENERIC_CAUSE.search(named) or KNOWN_CAUSE.search(named):
                    # "killed in attacks": a toll over many attacks, not one attack; "killed in the fighting":
                    # the fighting is known, the count is the news, unless the clause tells an attack besides
                    rest = text[:m.start("cause") + hit.start()] + " " + text[m.start("cause") + hit.end():]
                    if not any(c == category and p.search(rest) for c, p in ATTACK_CUES):
                        known_causes.add(category)
                    continue
                caused[category] = scores.get(category, 0) + 3
        # "four were killed in a bombing at a market": the attack is the event and its dead are its news
        # (corpus README: an attack and its dead is `strike` unless the count is the news).
        for category, score in caused.items():
            scores[category] = max(score, scores["casualties"] + 1)
        # "twin attacks in Iraq killed at least 72 people and wounded 149": an attack not told before is the
        # subject that kills, so it is the event, however many words tell its toll
        subject = ATTACK_SUBJECT.match(text)
        if subject is not None:
            for category, pattern in ATTACK_CUES:
                if pattern.search(subject.group("attack")) and category in scores:
                    scores[category] = max(scores[category], scores["casualties"] + 1)
        # "over 500 were hurt in the attacks": the count is the news, its known cause no attack of its own
        for category in known_causes:
            if category not in caused and category in scores:
                scores["casualties"] = max(scores["casualties"], scores[category] + 1)
    return scores


def _only_unrealised(text: str) -> bool:
    """Whether every attack the text names is one planned, feared or threatened."""
    rest = UNREALISED_ATTACK.sub(" ", text)
    return not any(c == "strike" and p.search(rest) for c, _, p in COMPILED)


def classify(narrative: str, quoted: str = "", speech: bool = False) -> tuple[str, int]:
    """The category of a sentence from its own words (`narrative`) and the words it quotes; with its score."""
    embedded = " ".join(m.group() for m in RELATIVE_CLAUSE.finditer(narrative))
    main = RELATIVE_CLAUSE.sub(" ", narrative)
    cause = AFTER_CLAUSE.search(main)
    scores = cue_scores(main[:cause.start()] + main[cause.end():]) if cause else {}
    if cause and INQUIRY_UNDER_WAY.search(main[:cause.start()]):
        # "Police are investigating after a bomb exploded in a restaurant": the news is what happened
        scores = cue_scores(cause.group())
    elif cause and max(scores.values(), default=0) >= THRESHOLD:
        # "detained his son after hotel staff complained of being assaulted": the main clause tells its own news,
        # what came before it counts as little as a relative clause
        embedded += " " + cause.group()
    else:
        scores = cue_scores(main)
    for category, score in cue_scores(embedded).items():
        scores[category] = scores.get(category, 0) + score // 3
    for category, score in cue_scores(quoted, speech_acts_only=True).items():
        scores[category] = scores.get(category, 0) + score
    if scores:
        best = max(scores.items(), key=lambda kv: (kv[1], -PRIORITY.index(kv[0])))
        if best[1] >= THRESHOLD:
            return best
    return ("statement" if speech else "other"), 0
