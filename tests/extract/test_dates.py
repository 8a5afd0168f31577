"""Date expressions resolved against the publication day, one row per phrase shape."""
from __future__ import annotations

import datetime as dt

import pytest

from builder.extract.dates import find_dates, find_time

MONDAY = dt.date(2022, 3, 21)          # the seed's publication day
ROWS = [
    ("yesterday", "Yesterday, Russia said", MONDAY, "2022-03-20", False),
    ("today", "Today, he gave an ultimatum", MONDAY, "2022-03-21", False),
    ("this morning", "the deadline passed in the early hours of this morning", MONDAY, "2022-03-21", False),
    ("last night", "Shelling continued last night", MONDAY, "2022-03-20", False),
    ("weekday is the most recent one", "four people were killed by shelling on Sunday", MONDAY, "2022-03-20", False),
    ("weekday equal to publication day is today", "until the early hours of Monday to decide", MONDAY,
     "2022-03-21", False),
    ("next weekday looks ahead", "talks will resume next Sunday", MONDAY, "2022-03-27", False),
    ("weekday in future tense looks ahead", "the vote will be held on Friday", MONDAY, "2022-03-25", False),
    ("weekday a thing is expected on looks ahead", "ahead of a court ruling expected on Wednesday", MONDAY,
     "2022-03-23", False),
    ("weekday a thing was expected on looks ahead too", "a ruling expected Wednesday", MONDAY, "2022-03-23", False),
    ("weekday a thing is planned for looks ahead", "A rally is planned for Friday", MONDAY, "2022-03-25", False),
    ("weekday a thing had been planned on looks back", "the rally had been planned on Friday", MONDAY, "2022-03-18",
     False),
    ("a holiday of a fixed date is the last one", "The day before Christmas a family was killed", dt.date(2008, 1, 3),
     "2007-12-24", False),
    ("a holiday with its year", "on Christmas Eve 2007 they met", MONDAY, "2007-12-24", False),
    # a march's name is no month
    ("a march owned is no month", "millions joined the Women's March across the country", MONDAY, None, False),
    ("a march on a place is no month", "the March on Washington drew thousands", MONDAY, None, False),
    ("a year's March is still the month", "Last year's March floods killed 12", MONDAY, "2021", False),
    # a day after the publication day told in the past is no date of it
    ("the following day told in the past is never after publication",
     "The following day, the president responded on social media", MONDAY, None, False),
    ("the following day ahead is the next day", "The talks will resume the following day", MONDAY, "2022-03-22",
     True),
    ("a holiday in a plan looks ahead", "talks will resume after New Year's Day", dt.date(2009, 12, 20),
     "2010-01-01", False),
    ("New Year's spelled with its apostrophe after the s", "Indonesia saw such an accident on New Years' Day 2007",
     MONDAY, "2007-01-01", False),
    ("New Year's spelled without an apostrophe", "They met on New Years Eve 2007", MONDAY, "2007-12-31", False),
    ("a holiday's name in lower case is no date", "christmas shopping was slow", MONDAY, None, None),
    ("a decade", "in the 1990s the town grew", MONDAY, "1990", True),
    ("the late part of a decade", "In the late 1990s, refugees returned", MONDAY, "1998", True),
    ("the early part of a decade", "in the early 1980s", MONDAY, "1982", True),
    ("last week", "troops arrived last week", MONDAY, "2022-03-14", True),
    ("last month", "were killed last month in twin bombings", dt.date(2009, 10, 22), "2009-09", False),
    ("month without year is the last one", "In February, eleven peacekeepers were killed", dt.date(2009, 10, 22),
     "2009-02", False),
    ("month after publication month is last year's", "In November, talks failed", MONDAY, "2021-11", False),
    ("day and month", "on March 3 the convoy left", MONDAY, "2022-03-03", False),
    ("a day later in the year, told in the present, is this year's", "the last flight, which launches June 28",
     MONDAY, "2022-06-28", False),
    ("... and told in the past, last year's", "the last flight, which was on June 28", MONDAY, "2021-06-28", False),
    ("... or with 'can', this year's", "participants can take part in the event on June 28", MONDAY, "2022-06-28",
     False),
    ("... whatever -ed words that are no verbs stand before it", "a hundred runners can take part in the event on "
     "June 28", MONDAY, "2022-06-28", False),
    ("a verbless clause takes the tense of its sentence", "The race is run in the capital, with runners setting off "
     "on June 28", MONDAY, "2022-06-28", False),
    ("... in the past too", "The rebels were defeated, with fighters surrendering on June 28", MONDAY, "2021-06-28",
     False),
    ("... and after 'since', last year's", "he is in prison since June 28", MONDAY, "2021-06-28", False),
    ("day month year", "on 3 March 2021 the convoy left", MONDAY, "2021-03-03", False),
    ("month of year", "in December of 2007", MONDAY, "2007-12", False),
    ("year alone", "in a 2001 military coup", MONDAY, "2001", False),
    ("count is not a year", "2000 people fled", MONDAY, None, None),
    ("a baseline year is no date", "yields fell by more than 10% of 2000 levels", MONDAY, None, None),
    ("for weeks", "under siege for weeks", MONDAY, "2022-03", True),
    ("years ago", "arrived more than two years ago", dt.date(2009, 10, 22), "2007", True),
    ("within hours is a deadline", "giving them 72 hours to surrender", dt.date(2008, 3, 27), "2008-03-30", True),
    ("within months", "holding elections within three months", dt.date(2008, 3, 26), "2008-06", True),
    ("within hours", "must leave within 48 hours", MONDAY, "2022-03-23", True),
    ("until a day", "gave the rivals until April 8 to agree", MONDAY, "2022-04-08", False),
    ("a weekday written with the day picks its year",
     "cancelled all events, home and away, through at least Sunday, February 17", dt.date(2008, 2, 14), "2008-02-17",
     False),
    ("early hours of a weekday", "in the early hours of Sunday", MONDAY, "2022-03-20", False),
    ("end of a month", "had been funded by the end of August", dt.date(2019, 9, 14), "2019-08-31", True),
    ("possessive weekday", "results from Sunday's vote", MONDAY, "2022-03-20", False),
    ("since an event with no date", "killed since the Russian invasion began", MONDAY, "", True),
    ("since a weekday", "has been in Basra since Monday", dt.date(2008, 3, 27), "2008-03-24", False),
    ("recently", "Thailand has recently cracked down", dt.date(2015, 5, 18), "2015-05", True),
    ("days before", "comes just ten days before the Hajj", dt.date(2015, 9, 12), "2015-09-22", True),
    ("an hour then a weekday is a deadline ahead", "must leave the towns by 6 p.m. (1500 GMT) on Sunday",
     MONDAY, "2022-03-27", False),
    ("noon on a weekday is a deadline ahead", "gave the mutineers until noon on Wednesday to surrender", MONDAY,
     "2022-03-23", False),
    ("before dawn on a weekday is past", "drones struck before dawn on Sunday", MONDAY, "2022-03-20", False),
    ("a clause opening with by is past", "By midnight on Sunday, 20 people had died", MONDAY, "2022-03-20", False),
    ("has days to is a deadline", "The defence has 15 days to file an appeal.", MONDAY, "2022-04-05", True),
    ("a comparison since a year is no date", "the first flood warning in the county since 2007", MONDAY, None, None),
    ("a comparison hides the month and year inside it", "prices hit their highest level since March 2020 on Friday",
     MONDAY, "2022-03-18", False),
    ("a superlative further off is no comparison", "His first wife has been in prison since 2019.", MONDAY, "2019",
     False),
    ("at least ... since is a span", "at least 2,300 killed since 2014", MONDAY, "2014", False),
    ("a number is not an hour", "The death toll rose by 12 on Sunday.", MONDAY, "2022-03-20", False),
    ("a span that ended is past", "The curfew lasted until 6 a.m. on Sunday.", MONDAY, "2022-03-20", False),
    ("had years to is no deadline", "The government had two years to prepare for the floods.", MONDAY, None, None),
    ("a day to remember is no deadline", "We have a day to remember.", MONDAY, None, None),
    ("the most precise of overlapping dates: a day, not 'The February'", "The February 3 fire spread fast.",
     MONDAY, "2022-02-03", False),
    ("late yesterday", "The audio message was broadcast late yesterday.", MONDAY, "2022-03-20", False),
    ("last year", "The mill closed last year.", MONDAY, "2021", False),
    ("within working days: five working days are a week", "The panel must report within twenty working days.",
     MONDAY, "2022-04-18", True),
    ("by year end", "The plant will close by year end.", MONDAY, "2022-12-31", True),
    ("by the end of the month", "Repairs should be finished by the end of the month.", MONDAY, "2022-03-31", True),
    ("at the end of last year", "At the end of last year, the mill closed.", MONDAY, "2021-12-31", True),
    ("earlier this week: between Monday and yesterday", "The ministry said earlier this week it would act.",
     dt.date(2022, 3, 24), "2022-03-22", True),
    ("earlier this week in a Monday paper: the week just ended", "The troops began arriving earlier this week.",
     dt.date(2017, 1, 16), "2017-01-11", True),
    ("later this week", "The talks resume later this week.", MONDAY, "2022-03-24", True),
    ("the end of the week is the working week's Friday", "The company hopes to announce its decision in a press "
     "release at the end of the week.", dt.date(2012, 12, 20), "2012-12-21", True),
    ("the end of the week a weekend paper looks ahead to is the coming Friday", "The company will announce its "
     "decision by the end of the week.", dt.date(2022, 3, 26), "2022-04-01", True),
    ("the end of the week a weekend paper looks back on is the Friday just gone", "The company announced its "
     "decision at the end of the week.", dt.date(2022, 3, 27), "2022-03-25", True),
    ("by a weekday in a past tally is past", "The petition was signed 20,000 times by Thursday night.",
     dt.date(2022, 3, 26), "2022-03-24", False),
    ("someone sent now to go on a weekday goes on the coming one", "He has sent the envoy to visit the country on "
     "Monday.", dt.date(2008, 2, 16), "2008-02-18", False),
    ("by a weekday in an order is ahead", "Residents were ordered to leave by Thursday.", dt.date(2022, 3, 26),
     "2022-03-31", False),
    ("that month: in the year just named", "He was arrested in 2019 and handed to the court that November.",
     MONDAY, "2019", False),
    ("the following week counts from the day just named", "Talks collapsed on 3 March and resumed the following week.",
     MONDAY, "2022-03-03", False),
    ("hours after a named day and time", "Troops ended the siege 56 hours after it began on Wednesday night.",
     dt.date(2022, 3, 26), "2022-03-26", True),
    ("its fifth day counts back to the first", "The offensive reached its fifth day.", dt.date(2022, 3, 26),
     "2022-03-22", True),
    ("for a fourth straight day: the day counted to", "Protestors took to the streets for a fourth straight day.",
     dt.date(2022, 3, 26), "2022-03-26", False),
    ("for the second day: the day counted to", "Police fired tear gas at protesters for the second day.",
     dt.date(2022, 3, 26), "2022-03-26", False),
    ("a month of last year", "In February last year, the minister denied it.", dt.date(2010, 2, 10), "2009-02",
     False),
    ("a month of next year", "Elections are due in March of next year.", dt.date(2010, 2, 10), "2011-03", False),
    ("the day before counts back from the publication day", "The day before, bombings injured 13 people.",
     dt.date(2007, 5, 28), "2007-05-27", True),
    ("the day before a named event is not a date", "Troops left the day before the vote.", dt.date(2007, 5, 28),
     None, None),
    ("the previous day", "On the previous day, troops left the city.", dt.date(2007, 5, 28), "2007-05-27", True),
    ("a four-digit time with its zone is no year", "The centre was evacuated by police until about 1900 Local "
     "Time (UTC+1).", dt.date(2008, 5, 23), None, None),
    ("a four-digit time before a zone's letters is no year", "Police were called at about 1850 BST.",
     dt.date(2008, 5, 23), None, None),
    ("a year before an acronym ending in T stays a year", "In 2010 IT spending rose by five percent.",
     dt.date(2012, 5, 23), "2010", False),
    ("a year before a territory's acronym stays a year", "Labor lost the 2012 ACT election.", dt.date(2013, 5, 23),
     "2012", False),
    ("a year no clock can show stays a year before a zone", "In 1999 PST rates were cut.", dt.date(2012, 5, 23),
     "1999", False),
    ("a year before a company's capitals stays a year", "Until 2005 AT&T owned the network.", dt.date(2008, 5, 23),
     "2005", False),
    ("a weekday in a future reported from before publication: the day after", "The minister declared that "
     "troops would start their pullout on Monday.", dt.date(2008, 8, 17), "2008-08-18", False),
    ("a weekday in a future reported from before publication: the day before", "A spokesperson said the embassy "
     "would be closed on Sunday.", dt.date(2010, 1, 4), "2010-01-03", False),
    ("a weekday in a future reported: days ahead", "He said talks would resume on Friday.", dt.date(2010, 1, 4),
     "2010-01-08", False),
    ("a weekday in the article's own future looks ahead", "The embassy will be closed on Sunday.",
     dt.date(2010, 1, 4), "2010-01-10", False),
    ("a weekday that is the subject of a future verb is to come", "Search head Daryatmo said Monday will see "
     "cranes attempt to move debris.", dt.date(2011, 11, 27), "2011-11-28", False),
    ("a weekday that opens a future clause is to come", "Thursday will begin day five of jury deliberations.",
     dt.date(2005, 6, 8), "2005-06-09", False),
    ("a weekday a saying was made on stays past", "Daryatmo said Monday that cranes will move debris.",
     dt.date(2011, 11, 27), "2011-11-21", False),
    ("a weekday dating a participle before a future verb stays past", "The results of the election held Sunday "
     "will be announced within days.", dt.date(2022, 3, 21), "2022-03-20", False),
    ("a weekday dating what was agreed before an expectation stays past", "The ceasefire agreed Friday is expected "
     "to hold.", dt.date(2022, 3, 21), "2022-03-18", False),
    ("over the weekend: the weekend just past", "The United Nations criticized the launch over the weekend.",
     dt.date(2012, 4, 19), "2012-04-14", True),
    ("during the weekend: the weekend just past", "A report during the weekend said eight died.",
     dt.date(2019, 8, 8), "2019-08-03", True),
    ("at the weekend in a plan: the weekend ahead", "The ministers will meet at the weekend.",
     dt.date(2019, 8, 8), "2019-08-10", True),
    ("the weekend of a day named is that day's", "The festival was held on the weekend of March 5.",
     dt.date(2022, 3, 21), "2022-03-05", False),
    ("in the past few days: the days up to publication", "In the past few days, more debris was recovered.",
     dt.date(2015, 8, 9), "2015-08-08", True),
    ("in the last few weeks: the month they fall in", "Dozens were arrested in the last few weeks.",
     dt.date(2015, 8, 9), "2015-07", True),
    ("a hearing a defendant is bailed pending looks ahead", "was released on bail, pending a court hearing on "
     "March 4.", dt.date(2008, 12, 12), "2009-03-04", False),
    ("for years of an activity is no span", "was given a life sentence for years of smuggling", MONDAY, None, None),
    ("a lowercase march is not March", "A planned march to the square was blocked.", MONDAY, None, None),
    ("a past tally by a weekday", "The toll climbed again by Tuesday.", dt.date(2022, 3, 26), "2022-03-22", False),
    ("a noun 'hearing' is no sign of the future", "He was not told the outcome of the hearing until he phoned "
     "his family on Wednesday evening.", dt.date(2022, 3, 26), "2022-03-23", False),
    ("a weekday in a paper's name is no day", "The Sunday Times reported that the minister resigned.", MONDAY,
     None, None),
    ("... nor in 'the Mail on Sunday'", "The minister resigned, the Mail on Sunday said.", MONDAY, None, None),
    ("... but the day the paper reported on is", "On Saturday the Sunday Telegraph reported the raid.", MONDAY,
     "2022-03-19", False),
    ("... and a weekday before a capitalised word is a day", "On Sunday World leaders gathered in Paris.", MONDAY,
     "2022-03-20", False),
]

ROLES = [
    ("an hour then a weekday", "must leave the towns by 6 p.m. (1500 GMT) on Sunday", "until"),
    ("noon on a weekday", "gave the mutineers until noon on Wednesday to surrender", "until"),
    ("in force until", "The curfew is in force until 6 a.m. on Sunday.", "until"),
    ("has days to", "The defence has 15 days to file an appeal.", "until"),
    ("since a year", "at least 2,300 killed since 2014", "since"),
    ("a plain weekday", "The death toll rose by 12 on Sunday.", "point"),
    ("a date saying which thing", "Leahy said the January 27 executive order was unlawful.", "attributive"),
    ("the dated thing as the subject", "The March 3 fire destroyed the market.", "point"),
    ("an era says what kind of thing, even as the subject", "The 1950s jet was decommissioned in 1996.", "attributive"),
    ("... but an era that does something is a time", "The 1990s saw a boom.", "point"),
    ("... also when an adverb comes before its verb", "The 1990s also witnessed a boom.", "point"),
    ("an indefinite date before a noun", "He seized power in a 2001 coup.", "point"),
    ("hours after an undated happening date that happening", "Troops ended the siege 56 hours after it began.",
     "offset"),
    ("by year end", "The plant will close by year end.", "until"),
    ("a possessive before a dated noun", "Observers arrived for Ruritania's scheduled October 28 elections.",
     "attributive"),
    ("a date that begins a name", "Police dispersed the February 14 Youth Coalition.", "attributive"),
    ("a year that begins a treaty's name with an apostrophe in it",
     "The raids violated the 2004 N'Goma Ceasefire Agreement.", "attributive"),
    ("a year that begins an act's name", "The fines were set by the 1998 Clean Water Act.", "attributive"),
    ("a year opening a sentence before a name is a time", "Since 2015 Islamic State Group fighters have held it.",
     "since"),
    ("... and a limit", "By 2030 Labour Party membership must double.", "until"),
    ("a dated thing a clause answers", "The arrests are retaliatory, in response to a 2008 court case.",
     "attributive"),
    ("an indefinite dated happening tells of itself", "He was ousted in a 2001 military coup.", "point"),
    ("today after a noun is an adverb", "The company lost five percent of its share value today amid fears.",
     "point"),
]


def test_years_later_count_from_the_year_just_named():
    from builder.extract.date_math import anchor
    found = find_dates("Five years later, judges reviewed the case.", MONDAY, ref=anchor("2002"))
    assert (found[0].value, found[0].approximate) == ("2007", True)
    found = find_dates("He was freed two days later.", MONDAY, ref=anchor("2007"))
    assert found[0].value == "2007"          # days from a year: still that year


def test_hours_to_a_deadline_count_from_a_day_just_named_only_while_it_is_recent():
    from builder.extract.date_math import anchor
    published = dt.date(2015, 8, 21)
    text = "North Korea said it would respond within 48 hours."
    assert find_dates(text, published, ref=anchor("2015-08-20"))[0].value == "2015-08-22"
    assert find_dates(text, published, ref=anchor("2015-08-10"))[0].value == "2015-08-23"   # not long run out
    assert find_dates("They promised elections within five years.", published, ref=anchor("2010"))[0].value == "2015"


def test_a_time_on_a_matchs_clock_is_on_the_day_just_named_even_a_paragraph_before():
    from builder.extract.date_math import anchor, carried
    published = dt.date(2018, 7, 13)
    for text in ("In the 51st minute, Umtiti scored from a header.", "Pogba's 79th-minute shot missed the target.",
                 "In the second half, Lukaku missed a chance.", "Belgium made a change at the one-hour mark."):
        assert find_dates(text, published, ref=carried(anchor("2018-07-10")))[0].value == "2018-07-10", text
    assert find_dates("In the 51st minute, Umtiti scored.", published) == []      # no match day named: no date
    assert find_dates("In the 51st minute, Umtiti scored.", published, ref=anchor("2018")) == []


def test_without_a_day_to_count_from_years_later_is_no_date():
    assert find_dates("Five years later, judges reviewed the case.", MONDAY) == []
    assert find_dates("Days before, a campaign had been launched.", MONDAY) == []


def test_days_before_without_a_number_are_a_few_days_from_the_day_just_named():
    from builder.extract.date_math import anchor
    found = find_dates("Days before, a campaign had been launched.", MONDAY, ref=anchor("2022-03-19"))
    assert (found[0].value, found[0].approximate) == ("2022-03-17", True)
    assert find_dates("Weeks later, the camp closed.", MONDAY, ref=anchor("2022-03-01"))[0].value == "2022-03-15"
    # from a month, days before stay in that month
    assert find_dates("Days before, a campaign had been launched.", MONDAY, ref=anchor("2014-03"))[0].value == "2014-03"


def test_a_count_later_in_the_sentence_counts_from_a_day_not_from_the_year_told_after_it():
    text = ("The two sides signed the agreement on December 21 last year, but it has been violated since it took "
            "effect three days later.")
    assert [m.value for m in find_dates(text, dt.date(2018, 2, 19))] == ["2017-12-21", "2017", "2017-12-24"]
    # ... but a year told apart from the day is what the count starts from
    assert find_dates("The war began on 24 February 2022 and a ceasefire in 2022 collapsed two weeks later.",
                      MONDAY)[-1].value == "2022"
    # a year told alone is still what the count starts from
    assert find_dates("In 2002, he lost an appeal, and five years later judges reviewed it.", MONDAY)[-1].value == \
        "2007"


def test_hours_later_count_from_a_day_a_paragraph_before_but_no_other_count_does():
    from builder.extract.date_math import anchor, carried
    before = carried(anchor("2022-03-14"))
    assert find_dates("Nearly five hours later, an aftershock hit.", MONDAY, ref=before)[0].value == "2022-03-14"
    assert find_dates("The offensive reached its fifth day.", MONDAY, ref=before)[0].value == "2022-03-17"


@pytest.mark.parametrize("text,back", [
    ("Since Saturday, the toll has climbed. On Monday, 98 bodies were recovered.", True),
    ("A ferry capsized on Saturday. Rescuers searched on Monday.", False),
    ("Police arrested two men on Saturday.", False),
])
def test_the_publication_weekday_is_last_week_only_when_other_days_follow_it(text, back):
    from builder.extract.dates import weekday_is_last_week
    assert weekday_is_last_week(text, dt.date(2014, 3, 29)) is back          # a Saturday


def test_that_month_is_in_the_year_just_named():
    found = find_dates("He was arrested in 2019 and handed to the court that November.", MONDAY)
    assert [d.value for d in found] == ["2019", "2019-11"]


def test_the_following_week_counts_from_the_day_just_named():
    found = find_dates("Talks collapsed on 3 March and resumed the following week.", MONDAY)
    assert [d.value for d in found] == ["2022-03-03", "2022-03-10"]


@pytest.mark.parametrize("text,role", [r[1:] for r in ROLES], ids=[r[0] for r in ROLES])
def test_a_date_expression_says_what_it_marks(text, role):
    assert find_dates(text, MONDAY)[0].role == role


@pytest.mark.parametrize("text,published,value,approximate", [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_first_date_expression_resolves(text, published, value, approximate):
    found = find_dates(text, published)
    if value is None:
        assert found == []
        return
    assert found, f"no date found in {text!r}"
    assert (found[0].value, found[0].approximate) == (value, approximate)


def test_nth_day_counts_back_from_the_reference_day():
    found = find_dates("This marked the second day of fighting.", dt.date(2008, 3, 27), ref=dt.date(2008, 3, 26))
    assert found[0].value == "2008-03-25"


def test_dates_inside_quotes_can_be_skipped():
    text = '"We have not seen this since 2003," he said on Sunday.'
    found = find_dates(text, MONDAY, skip=[(0, 35)])
    assert [d.value for d in found] == ["2022-03-20"]


@pytest.mark.parametrize("text,time", [
    ("in the early hours of this morning", "early hours"), ("landing on Tuesday at dawn", "dawn"),
    ("at 5 a.m. local time", "05:00"), ("at 17:30", "17:30"), ("yesterday afternoon", None),
])
def test_time_of_day(text, time):
    assert find_time(text) == time


# Dates from the clause the event is in: article text -> the date of the entry whose title holds `marker`.
# Same-weekday rule (documented): a weekday equal to the publication day is the publication day itself, in
# any tense ("on Saturday" in an article published on a Saturday); "last Saturday" is a week before and
# "next Saturday" a week after. Every real article of the corpus with such a weekday agrees.
SATURDAY = dt.date(2008, 11, 29)
CLAUSE_DATES = [
    ("a relative clause's date dates its own aside, not the main event",
     "Commandos ended the sieges, which began on Wednesday night, at a hotel and a railway station.", SATURDAY,
     {"Commandos ended the sieges": "2008-11-29", "The sieges began": "2008-11-26"}),
    ("a relative 'that' clause too", "Heavy rains that began last month have washed away roads, the ministry said "
     "on Friday.", SATURDAY, {"Heavy rains that began have washed away roads": "2008-11-28",
                              "Heavy rains began": "2008-10"}),
    ("a recent day beats an older month named earlier in the sentence",
     "The militia seized the town in June and said in an audio message broadcast late yesterday that it would "
     "not withdraw.", SATURDAY, {"said in an audio message": "2008-11-28"}),
    ("a weekday night in the lead", "Nine people died when a bus overturned on a mountain road Saturday night.",
     dt.date(2008, 11, 30), {"Nine people died": "2008-11-29"}),
    ("the publication day's weekday is the publication day", "Police arrested two men on Saturday.", SATURDAY,
     {"Police arrested two men": "2008-11-29"}),
    ("last with the publication day's weekday is a week before", "Police arrested two men last Saturday.", SATURDAY,
     {"Police arrested two men": "2008-11-22"}),
    ("last year", "The mill closed last year, putting 300 people out of work.", SATURDAY,
     {"The mill closed": "2007"}),
    ("within working days", "The regulator must rule on the merger within twenty working days.", SATURDAY,
     {"The regulator must rule": "2008-12-27"}),
    ("by year end in a statement: the saying is the news", "The company said it would cut 2,000 jobs by year end.",
     SATURDAY, {"The company says it would cut 2,000 jobs": "2008-11-29"}),
    ("a date saying which order is not the statement's date",
     "Senator Ann Leahy said the January 27 executive order was unlawful.", SATURDAY,
     {"executive order was unlawful": "2008-11-29"}),
    ("hours after an undated happening: not counted back from the publication day",
     "Commandos stormed the hotel nearly 56 hours after the attacks began.", SATURDAY,
     {"Commandos stormed the hotel": "2008-11-29"}),
    ("hours after a dated happening: counted from its day and time",
     "Commandos stormed the hotel nearly 56 hours after the attacks began on Wednesday night.", SATURDAY,
     {"Commandos stormed the hotel": "2008-11-29", "The attacks began": "2008-11-26"}),
    ("days after an event in the clause it opens dates that event",
     "The opposition leader was arrested on Friday, four days after a disputed election.", SATURDAY,
     {"was arrested": "2008-11-28", "disputed election": "2008-11-24"}),
    ("a main verb in the present is not dated by a past relative clause's tense",
     "The governor was arrested on Monday.\nThe governor, who ruled the province from 2011 to 2014, is accused "
     "of taking bribes.", SATURDAY, {"is accused of taking bribes": "2008-11-29"}),
    ("a Saturday article whose other days follow 'since Saturday': that Saturday is the week before",
     "At least 251 people died after a boat capsized on Saturday.\nSince Saturday the toll has climbed. On Monday, "
     "98 bodies were recovered.", dt.date(2014, 3, 29), {"At least 251 people died": "2014-03-22"}),
    ("the happening a clause names as known: counted from", "A bomb exploded in the spice market in 1998, killing "
     "seven.\nThe trial has lasted 16 years.\nThe student was arrested two days after the explosion.",
     dt.date(2014, 12, 20), {"arrested": "1998"}),
    ("the day after a dated happening", "A suicide bomber struck the base on Wednesday.\nThe base is closed.\n"
     "In a message the day after the bombing, the director praised the staff.", dt.date(2008, 11, 29),
     {"director praised": "2008-11-27"}),
    ("the happening as agent dates the clause", "A strong earthquake struck the coast on Saturday.\nOn Monday the "
     "president toured the region.\nThe old town was badly damaged by the earthquake.", dt.date(2010, 3, 4),
     {"old town": "2010-02-27"}),
    ("the happening in passing does not", "A bomb exploded at the base on Wednesday.\nThe base is closed.\n"
     "The agency identified the officer killed in the bombing.", dt.date(2008, 11, 29),
     {"identified the officer": "2008-11-29"}),
    ("a happening with its own year keeps it, not the day of the clause that names it",
     "A court yesterday cleared the academic of killing seven in a bomb attack in 1998.\nShe is a researcher.\n"
     "The student was arrested two days after the explosion.", dt.date(2014, 12, 20), {"arrested": "1998"}),
    ("what a speaker says of the story's happening days ago is dated with it", "Gunmen attacked a charity office on "
     "Wednesday.\nThe office is closed.\nA spokesman said six militants were involved in the attack.",
     dt.date(2018, 1, 26), {"six militants": "2018-01-24"}),
    ("but not of a happening long past", "Gunmen attacked a charity office in March.\nThe office is closed.\n"
     "A spokesman said six militants were involved in the attack.", dt.date(2018, 6, 26),
     {"six militants": "2018-06-26"}),
    ("years later count from the year just named", "In 2002, he lost his first appeal. Five years later, judges "
     "agreed to review his case.", dt.date(2012, 5, 23), {"review his case": "2007"}),
    ("that month is in the year just named",
     "The colonel, who was arrested in 2019 and handed to the court that November, showed no emotion.",
     dt.date(2025, 2, 4), {"handed to the court": "2019-11"}),
    ("a happening word inside a name is no reference to the happening",
     "A strong earthquake struck the coast on Saturday.\nOn Monday the president toured the region.\nThe Pacific "
     "Tsunami Warning Center (PTWC) advised authorities to \"take appropriate action\".", dt.date(2010, 3, 4),
     {"appropriate action": "2010-03-04"}),
]


def _entry_dates(text: str, published: dt.date) -> list[tuple[str, str]]:
    from builder.article import Article
    from builder.extract import extract_article
    return [(e.title, e.date) for e in extract_article(Article(name="t", path=None, text=text, published=published))]


@pytest.mark.parametrize("text,published,expected", [r[1:] for r in CLAUSE_DATES], ids=[r[0] for r in CLAUSE_DATES])
def test_an_event_takes_the_date_of_its_own_clause(text, published, expected):
    entries = _entry_dates(text, published)
    for marker, date in expected.items():
        dates = [d for title, d in entries if marker.lower() in title.lower()]
        assert dates, f"no entry titled with {marker!r} in {entries}"
        assert dates[0] == date, entries


@pytest.mark.parametrize("text, value", [
    ("He died on the 19th.", "2022-03-19"),                  # a day this month, before publication
    ("They met on the 25th.", "2022-02-25"),                 # past: last month's, this month's is to come
    ("The vote will be held on the 28th.", "2022-03-28"),    # ahead: this month's
    ("The talks ended on Friday the 18th.", "2022-03-18"),   # the weekday says which
    ("The talks ended on Monday the 14th.", "2022-03-14"),   # ... the nearest 14th is no Monday
    ("Offices on the 2nd and 3rd floors were damaged.", None),   # ordinals listed: floors
    ("It began in the 19th century.", None),                 # no day of a month
    ("He won on the 21st attempt, on the 21st time.", None),
])
def test_a_bare_ordinal_day_is_the_nearest_such_day_of_a_month_the_sentence_looks_to(text, value):
    found = [m.value for m in find_dates(text, dt.date(2022, 3, 23)) if m.value]
    assert found == ([value] if value else [])


@pytest.mark.parametrize("text, value", [
    ("Donors agreed to meet again in February.", "2010-02"),                    # an intention: ahead
    ("He pledged to remove all troops by the end of August.", "2010-08-31"),
    ("The army withdrew in December.", "2009-12"),                              # done: behind
    ("She has been committed to hospital since December.", "2009-12"),          # a span up to now
])
def test_a_month_an_intention_names_lies_ahead(text, value):
    assert [m.value for m in find_dates(text, dt.date(2010, 1, 28)) if m.value] == [value]


@pytest.mark.parametrize("text, values", [
    ("Gol Flight 1907, a Boeing 737, crashed into the ground.", []),             # a flight's number
    ("The Security Council passed Resolution 1973 on Thursday.", ["2022-03-17"]),
    ("The near-Earth asteroid (29075) 1950 DA spins fast.", []),                # an asteroid's designation
    ("After the bill 2019 reforms failed, he quit.", ["2019"]),                  # "bill" in lower case
    ("In 2004 NATO expanded.", ["2004"]),
    ("Voters chose in the 2008 US presidential election.", ["2008"]),
])
def test_a_number_that_names_a_thing_is_no_year(text, values):
    assert [m.value for m in find_dates(text, MONDAY) if m.value] == values
