"""Article text -> events: grouping, splitting, dates and deadlines, one row per news-writing pattern."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builder.article import Article, load_article
from builder.extract import extract_article
from builder.extract.event_dates import SPORTING, happenings

MONDAY = dt.date(2022, 3, 21)


def events(text: str, published: dt.date = MONDAY):
    article = Article(name="t", path=None, text=text, published=published)
    return [(e.date, e.category, len(e.sources)) for e in extract_article(article)]


def test_quote_after_a_statement_joins_its_event():
    text = ('Mayor Ana Costa said on Sunday the city would not surrender. "We will stay," she said.\n'
            '"We have food for weeks."')
    assert events(text) == [("2022-03-20", "rejection", 3)]


def test_credit_line_is_not_an_event():
    text = "Shelling killed four people in Kyiv on Sunday.\nWith reporting from IRN"
    assert events(text) == [("2022-03-20", "shelling", 1)]


def test_ultimatum_gives_an_event_when_issued_and_a_deadline_when_it_runs_out():
    text = "Today, the general gave an ultimatum to the militants, giving them 72 hours to surrender."
    assert events(text) == [("2022-03-21", "ultimatum", 1), ("2022-03-24", "deadline", 1)]


def test_an_order_with_a_time_limit_gives_a_deadline_when_it_runs_out():
    text = "The Labour Court on Tuesday declared the strike unprotected and ordered workers back to work by 7am on Thursday."
    found = events(text, dt.date(2018, 10, 17))
    assert [(d, c) for d, c, _ in found][-1] == ("2018-10-18", "deadline") and found[0][0] == "2018-10-16"
    # a time limit nobody was ordered to meet sets no deadline
    text = "The ministry said on Tuesday that repairs would be finished by Thursday."
    assert "deadline" not in [c for _, c, _ in events(text, dt.date(2018, 10, 17))]
    # nor does a purpose: "in order to" orders no one
    text = "The ministry said on Tuesday that crews worked overnight in order to finish repairs by Thursday."
    assert "deadline" not in [c for _, c, _ in events(text, dt.date(2018, 10, 17))]
    # nor do orders bought, but orders given do
    text = "Airbus said on Tuesday it expects more orders for the jet by the end of the year."
    assert "deadline" not in [c for _, c, _ in events(text, dt.date(2018, 10, 17))]
    text = "The inspector said on Tuesday that he had orders to complete the probe by Thursday."
    assert "deadline" in [c for _, c, _ in events(text, dt.date(2018, 10, 17))]


def test_a_sentence_with_two_days_becomes_two_events():
    text = "Around 450 troops disembarked on Saturday, landing in the capital on Sunday at dawn."
    assert [e[0] for e in events(text)] == ["2022-03-19", "2022-03-20"]


@pytest.mark.parametrize("text, days", [
    # "when," with a comma straight after it still opens a clause of its own
    ("The papers released in 2001 imply that the minister misled the programme when, in August last year, he "
     "stated that no one was tortured.", {"2021-08"}),
    # ", and" joins two clauses, each with its own day
    ("Yesterday, several airlines had already begun to board passengers, and refugee flights were expected to "
     "resume today.", {"2022-03-20", "2022-03-21"}),
    # "and in July" opens a clause with its own day, comma or not
    ("Flight 370 went missing in March with 239 on board and in July Flight 17 was shot down over Ukraine.",
     {"2022-03", "2021-07"}),
    # "and" opens a clause with a verb of its own, comma or not
    ("A spokesperson said their embassy would be closed on Sunday and a decision to reopen would be made on Monday.",
     {"2022-03-20", "2022-03-21"}),
    ("Yesterday the boy toured the company's headquarters — and tomorrow he plans to meet diplomats in New York.",
     {"2022-03-20", "2022-03-22"}),
    # "and again in May 2021"; a participle with a day of its own
    ("Mali's military seized power in August 2020 and again in May 2021.", {"2020-08", "2021-05"}),
    ("Somalia severed diplomatic ties with Kenya in December 2020 over similar accusations, restoring them in May "
     "2021.", {"2020-12", "2021-05"}),
    # what a speaker foretells with a day of its own is an event of that day
    ("In a telephone conversation on Sunday, the president declared that troops would start their pullout on "
     "Monday.", {"2022-03-20", "2022-03-21"}),
    # ", with" opens an absolute clause that has a day of its own
    ("On Saturday morning, a gunman shot shoppers at a store, with the death toll rising to 22 people on Monday.",
     {"2022-03-19", "2022-03-21"}),
    # ", but" opens a contrast told of another day
    ("The mayor won the election in 2012, but he lost in 2016.", {"2012", "2016"}),
    ("The mayor won the election in 2012, but Costa lost in 2016.", {"2012", "2016"}),
])
def test_each_clause_of_a_sentence_naming_two_days_keeps_its_own(text, days):
    assert days <= {d for d, _, _ in events(text)}


def test_a_paragraph_opening_the_following_day_goes_on_from_the_day_told_before():
    text = ("On Saturday, over 500,000 protesters marched through Washington D.C.\n\n"
            "The following day, President Trump responded via Twitter.")
    assert [d for d, _, _ in events(text, dt.date(2017, 1, 24))] == ["2017-01-21", "2017-01-22"]


def test_a_but_with_no_subject_after_it_opens_no_clause():
    """'but not by much' qualifies the verb before it: one event, with the saying that reports it."""
    assert [c for _, c, _ in events("Prices rose on Monday, but not by much, economists said on Tuesday.")] == \
        ["statement"]


@pytest.mark.parametrize("place, day", [("Copenhagen and Aarhus on March 6", "2022-03-06"),
                                        ("Copenhagen and Aarhus on May 6", "2021-05-06"),    # "May" is no modal
                                        ("Copenhagen and the United Kingdom on March 6", "2022-03-06")])  # nor "United"
def test_an_and_with_no_verb_after_it_opens_no_clause(place, day):
    text = f"Police said on Tuesday that they had arrested two men in raids in {place}."
    assert [d for d, _, _ in events(text)] == ["2022-03-15", day]


def test_a_second_verb_with_its_own_day_is_its_own_event():
    text = ("Authorities completed the autopsy earlier this week over objections from the embassy but announced "
            "Thursday they would not release the body.")
    assert [d for d, _, _ in events(text, dt.date(2022, 3, 27))] == ["2022-03-23", "2022-03-24"]    # a Sunday


def test_dated_subordinate_clause_is_its_own_event():
    text = "The leader appeared in court today after being arrested on Thursday."
    assert [(d, c) for d, c, _ in events(text)] == [("2022-03-21", "legal"), ("2022-03-17", "legal")]


def test_toll_since_an_event_is_dated_now_and_the_event_is_dated_itself():
    text = "According to the party, 66 of its followers have been killed since the contested January election."
    assert [(d, c) for d, c, _ in events(text)] == [("2022-03-21", "casualties"), ("2022-01", "other")]


@pytest.mark.parametrize("text, expected", [
    ("Reza Amini has been missing since March 4.", [("2022-03-04", "other")]),
    ("The airline's flight 271 has been missing since February with 80 on board.", [("2022-02", "other")]),
    # a toll is still counted up to the day of the report, the day it was counted from apart
    ("Almost 2,000 civilians have died since January.", [("2022-03-21", "casualties"), ("2022-01", "other")]),
    ("Since Saturday, the death toll has continued to climb.", [("2022-03-21", "casualties"), ("2022-03-19", "other")]),
    # deaths over a span are a toll, counted in words or by none: each happened some time in it
    ("Thousands of people have been killed since January.", [("2022-03-21", "casualties"), ("2022-01", "other")]),
    ("Dozens have died since Saturday.", [("2022-03-21", "casualties"), ("2022-03-19", "other")]),
    ("One person has died since Saturday.", [("2022-03-21", "casualties"), ("2022-03-19", "other")]),
    ("In Gaza 2,000 people have died since January.", [("2022-03-21", "casualties"), ("2022-01", "other")]),
    ("In Gaza 200 people have been missing since January.", [("2022-03-21", "casualties"), ("2022-01", "other")]),
    # an age, or the day's own number, is no count of the lost
    ("Reza Amini, 28, has been missing since March 4.", [("2022-03-04", "other")]),
    ("A 14-year-old girl has been missing since Saturday.", [("2022-03-19", "other")]),
    ("The two-year-old has been missing since Saturday.", [("2022-03-19", "other")]),
    ("Reza Amini has been missing since March 4, when gunmen killed his driver.", [("2022-03-04", "other")]),
    ("Since 2019, Reza Amini has been missing.", [("2019", "other")]),
])
def test_one_loss_since_a_day_is_one_event_on_that_day_a_toll_since_is_counted_now(text, expected):
    assert [(d, c) for d, c, _ in events(text)] == expected


def test_a_post_typed_in_lower_case_is_a_whole_quote_whose_words_date_nothing():
    text = ('After Ana Costa was fired, Marek Hald, an actor, wrote on Instagram, "i\'ve been saying this FOR YEARS! '
            'she is one of the most amazing people I know."')
    article = Article(name="t", path=None, text=text, published=MONDAY)
    entry = extract_article(article)[0]
    assert (entry.date, entry.quotes[0].partial) == ("2022-03-21", False)


def test_a_year_in_the_possessive_after_for_or_after_dates_no_clause():
    text = "On Tuesday, the captain announced his retirement after the team failed to qualify for next year's World Cup."
    assert [d for d, _, _ in events(text, dt.date(2017, 10, 13))] == ["2017-10-10"]
    text = "On Tuesday, the team beat Sweden. They failed to qualify, after last year's European Championship."
    assert "2016" not in [d for d, _, _ in events(text, dt.date(2017, 10, 13))]
    # a year the clause happened in still dates it, and so does a past year a thing was done for
    text = "Two men were arrested as part of 2008's Operation Centurion."
    assert [d for d, _, _ in events(text, dt.date(2010, 5, 1))] == ["2008"]
    text = "The stadium was built for 2010's World Cup."
    assert [d for d, _, _ in events(text, dt.date(2017, 10, 13))] == ["2010"]


@pytest.mark.parametrize("text, expected", [
    # a year or a month still to come in a saying is what it is about, not when it was said
    ("Speaking to news site Dublin Live, MacDonncha said next year's contest should be boycotted.", "2018-05-16"),
    ("Two lawmakers endorsed boycotting next year's contest.", "2018-05-16"),
    ("The minister said the budget should be cut in 2019.", "2018-05-16"),
    ("The party said it would leave the coalition in June.", "2018-05-16"),
    ("Forecasters warned that prices could rise sharply next year.", "2018-05-16"),
    # a year gone by still dates the saying's clause; a day to come is the plan the saying reports
    ("The mayor said the contest had been boycotted in 2009.", "2009"),
    ("The spokesman said a vaccination campaign would begin on Friday.", "2018-05-18"),
    # and a year to come still dates what is not a saying
    ("The general election will be held next year.", "2019"),
])
def test_a_year_or_month_to_come_in_a_saying_dates_the_saying_not_its_subject(text, expected):
    assert [d for d, _, _ in events(text, dt.date(2018, 5, 16))] == [expected]


@pytest.mark.parametrize("text, published, expected", [
    ("The talks would resume in June.", dt.date(2018, 5, 16), "2018-06"),
    ("The talks would resume in February.", dt.date(2018, 5, 16), "2019-02"),
    # a month just gone may be the one a report of a plan means, as a weekday just gone may
    ("The talks would resume in March.", dt.date(2018, 5, 16), "2018-03"),
    # ... across the new year too: December is one month back in January, not eleven ahead
    ("The talks would resume in December.", dt.date(2019, 1, 10), "2018-12"),
    ("The talks would resume in December.", dt.date(2019, 2, 10), "2018-12"),
    ("The talks would resume in October.", dt.date(2019, 1, 10), "2019-10"),
    ("The talks would resume in January.", dt.date(2018, 12, 10), "2019-01"),
    # "would have" and a participle is a past that did not happen, as "could have" is; "would have to" is a plan
    ("The firm would have collapsed in February without the loan.", dt.date(2018, 5, 16), "2018-02"),
    ("The firm would have been closed in February without the loan.", dt.date(2018, 5, 16), "2018-02"),
    ("The firm would have to close in February.", dt.date(2018, 5, 16), "2019-02"),
])
def test_a_month_after_would_is_the_nearest_one_mostly_ahead(text, published, expected):
    assert [d for d, _, _ in events(text, published)] == [expected]


def test_a_condition_no_one_states_is_no_event_of_its_own():
    text = ("A court in Riyadh upheld the death sentence on Monday.\nIf the judge grants the request on Friday, the "
            "man would be held at a prison in Lima.")
    assert [(d, c, n) for d, c, n in events(text)] == [("2022-03-21", "legal", 2)]
    text = "The deal was signed on Monday.\nIf the deal goes through, the US would be making an exception for India."
    assert [(d, c, n) for d, c, n in events(text)] == [("2022-03-21", "agreement", 2)]


def test_a_condition_that_sets_terms_or_threatens_is_news_not_a_hypothesis():
    # an ultimatum's time limit told as a condition still runs out on its day
    text = ("The government gave the rebels an ultimatum on Sunday.\nIf they do not lay down their arms by Thursday, "
            "the army will attack.")
    assert ("2022-03-24", "deadline") in [(d, c) for d, c, _ in events(text)]
    # a conditional threat is a warning (the corpus README's definition), as it is with the 'if' after it
    text = "Iran resumed enrichment on Sunday.\nIf it does not halt enrichment, Iran could face sanctions."
    assert ("2022-03-21", "warning") in [(d, c) for d, c, _ in events(text)]


def test_a_weekday_after_could_may_or_might_lies_ahead():
    tuesday = dt.date(2007, 8, 21)
    assert [d for d, _, _ in events("Forecasters warn the storm could make landfall on Wednesday.", tuesday)] == \
        ["2007-08-22"]
    # ... not a past that did not happen, nor a past inability
    assert [d for d, _, _ in events("The man could have died on Friday.", tuesday)] == ["2007-08-17"]
    assert [d for d, _, _ in events("He could not attend the meeting on Monday.", tuesday)] == ["2007-08-20"]
    # ... however far back the modal stands, with nothing told in the past between
    text = ("Forecasters warn the storm could pick up strength as it crosses the Bay of Campeche and turn into an even "
            "more destructive hurricane before making a second landfall on Wednesday.")
    assert [d for d, _, _ in events(text, tuesday)] == ["2007-08-22"]
    text = ("He says he will encourage the two leaders to move forward with the peace talks they began in the United "
            "States on Monday.")
    assert [d for d, _, _ in events(text, tuesday)] == ["2007-08-20"]


def test_a_clause_between_commas_is_no_apposition_and_keeps_the_day_of_the_happening_it_names():
    text = ("The government issued a statement on Wednesday, in response to a January 29 raid that killed several "
            "citizens.\n\nIn another complication, the raid killed an Al-Qaeda commander Ali Hassan, a government ally "
            "against the rebels.")
    assert [d for d, _, _ in events(text, dt.date(2017, 2, 11))][-1] == "2017-01-29"


@pytest.mark.parametrize("second, expected", [
    # the source named before the happening is no saying of its own, as it is not when named after it
    ("According to the Pentagon, the raid killed more than a dozen members of Al-Qaeda.", "2017-01-29"),
    ("The raid killed more than a dozen members of Al-Qaeda, according to the Pentagon.", "2017-01-29"),
    # a saying about the happening, days later, is news of the day it is reported
    ("A spokesman said the raid killed more than a dozen members of Al-Qaeda.", "2017-02-11"),
])
def test_a_happening_told_again_according_to_a_source_keeps_its_day(second, expected):
    text = ("The government issued a statement on Wednesday, in response to a January 29 raid that killed several "
            "citizens.\n" + second)
    assert [d for d, _, _ in events(text, dt.date(2017, 2, 11))][-1] == expected


@pytest.mark.parametrize("second, expected", [
    # a happening counted from is the one told before, named with "the" or as someone's
    ("Three members of the board had already resigned two days before Nassar's sentencing.",
     [("2018-01-24", "legal"), ("2018-01-22", "other")]),
    ("Three members of the board had already resigned two days before the sentencing.",
     [("2018-01-24", "legal"), ("2018-01-22", "other")]),
    # someone's happening not counted from dates nothing of its own: the clause goes on with the story
    ("The board discussed Nassar's sentencing.", [("2018-01-24", "legal")]),
])
def test_a_time_counted_from_someones_happening_is_counted_from_its_day(second, expected):
    text = "On Wednesday, Larry Nassar was sentenced to prison for 40 years.\n" + second
    assert [(d, c) for d, c, _ in events(text, dt.date(2018, 1, 29))] == expected


def test_a_day_in_the_possessive_is_no_one_whose_happening_is_counted_from():
    # "Friday's verdict" is Friday's, not Wednesday's verdict told before: nothing is counted back from Wednesday
    text = ("On Wednesday, Larry Nassar was sentenced to prison for 40 years.\n"
            "The board resigned two days before Friday's verdict.")
    dates = [d for d, _, _ in events(text, dt.date(2018, 1, 29))]
    assert "2018-01-22" not in dates and "2018-01-26" in dates


def test_a_count_back_restated_as_a_year_takes_the_year():
    # counted from 13 October 2017, "28 years ago" is 1989; the text says 1990
    text = "Egypt previously featured in the World Cup 28 years ago in 1990, their second tournament."
    assert [(d, c) for d, c, _ in events(text, dt.date(2017, 10, 13))] == [("1990", "other")]
    # a count back alone is still counted
    text = "Egypt previously featured in the World Cup 28 years ago."
    assert [d for d, _, _ in events(text, dt.date(2017, 10, 13))] == ["1989"]
    # a day nearer the report than the count restates nothing: an anniversary, a month of the year counted back to
    assert [d for d, _, _ in events("The factory closed five years ago in March.")] == ["2017"]
    assert [d for d, _, _ in events("The factory closed five years ago on March 3.")] == ["2017"]
    assert [d for d, _, _ in events("The factory closed two weeks ago on March 3.")] == ["2022-03-03"]


def test_background_for_weeks_is_approximate_and_month_precise():
    article = Article(name="t", path=None, text="The city has been under siege for weeks.", published=MONDAY)
    entry = extract_article(article)[0]
    assert (entry.date, entry.approximate, entry.when) == ("2022-03", True, "for weeks")


def test_undated_statement_is_dated_on_publication_day_approximately():
    article = Article(name="t", path=None, text='"We will not leave," the mayor said.', published=MONDAY)
    entry = extract_article(article)[0]
    assert (entry.date, entry.approximate, entry.category) == ("2022-03-21", True, "statement")


def test_opening_summary_without_a_date_joins_the_event_it_sums_up():
    text = ("Ukraine has refused to surrender the besieged city.\n"
            "A deadline passed on Monday morning.\n"
            'Irina Vereshchuk said: "There can be no talk of any surrender."')
    found = events(text)
    assert [c for _, c, _ in found] == ["deadline", "rejection"]
    assert found[1][2] == 2          # the summary sentence is kept as a source of the rejection


def test_an_opening_summary_does_not_join_a_later_event_of_the_same_kind_about_something_else():
    text = ("Over 345 pilgrims have been killed in a stampede during the annual Hajj near Mecca.\n\n"
            "Muslims are required to make a pilgrimage to Mecca during their lifetimes.\n\n"
            "Last week, at least 76 people were killed when a hotel near the Grand Mosque collapsed.")
    entries = extract_article(Article(name="t", path=None, text=text, published=dt.date(2006, 1, 12)))
    lede = next(e for e in entries if e.sources[0].text.startswith("Over 345"))
    assert lede.date == "2006-01-12" and not any("hotel" in x.text for x in lede.sources)   # not the hotel's


def test_an_opening_summary_does_not_join_an_event_dated_the_day_before_it():
    text = ("Four people were killed and about two dozen injured in a bombing at a crowded market.\n\n"
            "The day before, a series of bombings in the main city injured 13 people.")
    entries = extract_article(Article(name="t", path=None, text=text, published=dt.date(2007, 5, 28)))
    assert [(e.date, len(e.sources)) for e in entries] == [("2007-05-28", 1), ("2007-05-27", 1)]


def test_reported_speech_by_a_new_speaker_is_an_event_of_its_own():
    text = ("A fire destroyed the harbour warehouses on Sunday. The mayor said the repairs would take a year. "
            "A senator said the port had been neglected for decades.")
    assert [c for _, c, _ in events(text)] == ["other", "statement", "statement"]


def test_a_speaker_who_also_told_someone_after_narrative_starts_a_statement_of_its_own():
    text = ("The director was leading an investigation into the campaign's alleged ties to Russia in 2016.\n\n"
            "President Trump also told NBC's Lester Holt on Thursday that the memo had nothing to do with his decision.")
    assert [d for d, *_ in events(text, dt.date(2017, 5, 13))] == ["2016", "2017-05-11"]


def test_another_voice_set_against_the_one_before_is_a_statement_of_its_own():
    text = ("Most Republicans agreed with the decision. Senator Ann Grey said, \"The handling of the case is a clear "
            "example of failure.\" However, Representative Justin Amash referred to the rationale as \"bizarre\" and "
            "said that his staff would look into an independent commission.")
    assert len(events(text, dt.date(2017, 5, 11))) == 2


def test_he_said_continues_the_statement_just_told():
    text = "The mayor said the repairs would take a year. He said the port had been neglected for decades."
    assert [(c, n) for _, c, n in events(text)] == [("statement", 2)]


def test_a_description_is_context_for_the_event_just_told_not_an_event():
    text = ("A court cleared the academic of all charges on Friday. She is a researcher at the university. "
            "Earthquakes often hit the region. The defendant was not present.")
    assert [(c, n) for _, c, n in events(text)] == [("legal", 4)]


def test_a_formal_act_and_a_call_for_help_are_events_of_their_own():
    text = ("Rebels seized the town on Monday. The government declared a state of emergency on Tuesday. "
            "Aid groups are now calling for more help.")
    found = extract_article(Article(name="t", path=None, text=text, published=dt.date(2014, 8, 9)))
    assert [(e.date, e.category) for e in found] == [("2014-08-04", "strike"), ("2014-08-05", "other"),
                                                     ("2014-08-09", "statement")]


def test_a_saying_does_not_take_the_date_of_the_event_before_it():
    text = "The president signed the order on January 27. Democrats said they would sue."
    found = extract_article(Article(name="t", path=None, text=text, published=dt.date(2017, 2, 3)))
    assert [(e.date, e.category) for e in found] == [("2017-01-27", "other"), ("2017-02-03", "legal")]


@pytest.mark.parametrize("report, day", [
    ("Medical officials said that the deaths had occurred when shells hit their houses.", "2022-03-18"),
    ("A hospital official said that a mother and her child were killed in the shelling.", "2022-03-18"),
    ("According to hospital officials, a mother and her child were killed in the shelling.", "2022-03-18"),
    ("An official said about four dozen people were rescued from the basement.", "2022-03-18"),
    ("The mayor said the city would rebuild the market.", "2022-03-21"),        # a view, said today
    ("The mayor said the market has reopened.", "2022-03-21"),                  # news of now
    ("The mayor said he was shocked by the cruelty of it.", "2022-03-21"),     # a feeling, said today
])
def test_a_reported_past_happening_is_dated_with_the_event_it_details(report, day):
    text = "Rebels shelled the market in Kiro on Friday, killing 12 people. " + report
    dates = [d for d, *_ in events(text)]
    assert dates[0] == "2022-03-18" and dates[-1] == day


def test_a_happening_that_went_on_is_no_speaker_going_on_speaking():
    text = ("The mediator said on Sunday that both sides had agreed to meet.\n\n"
            "The talks aimed at resolving the crisis continued Wednesday.")
    assert [d for d, *_ in events(text, dt.date(2022, 3, 24))] == ["2022-03-20", "2022-03-23"]


def test_a_speaker_who_continued_goes_on_with_the_statement_just_told():
    text = ('The mediator said on Sunday that both sides had agreed to meet. "We are hopeful," he continued.')
    assert len(events(text, dt.date(2022, 3, 24))) == 1


def test_a_happening_named_as_known_takes_the_day_a_later_sentence_gives_it():
    text = ("A tornado has hit the city, causing extensive damage.\n\n"
            "The weather service confirmed on Saturday morning that it was a tornado that struck the city.\n\n"
            "The tornado struck during a basketball game downtown.\n\n"
            "A forecaster said Friday's storm could be nothing compared with what is coming.")
    dated = {e.sources[0].text[:11]: e.date for e in extract_article(
        Article(name="t", path=None, text=text, published=dt.date(2022, 3, 26)))}
    assert dated["The tornado"] == "2022-03-25"          # Friday's, not the Saturday of the confirming


def test_minutes_before_a_happening_dated_further_down_is_its_day():
    text = ("A tornado has hit the city, causing extensive damage.\n\n"
            "The weather service confirmed on Saturday morning that it was a tornado that struck the city.\n\n"
            "The tornado struck during a basketball game downtown.\n\n"
            "A tornado warning was issued a few minutes before the storm hit.\n\n"
            "A forecaster said Friday's storm could be nothing compared with what is coming.")
    dated = {e.sources[0].text[:11]: e.date for e in extract_article(
        Article(name="t", path=None, text=text, published=dt.date(2022, 3, 26)))}
    assert dated["A tornado w"] == "2022-03-25"          # Friday's, the day "The tornado struck" took


@pytest.mark.parametrize("lede, later, day", [
    ("On Monday the army raised the toll of January 17's airstrike upon a refugee camp to 236.",
     "Twenty Red Cross workers were injured when the attack happened.", "2022-01-17"),   # an airstrike is an attack
    ("An exchange of handshakes at a Latin American summit on Friday ended the dispute.",
     "At the summit, the president charged his neighbour's government with links to the rebels.", "2022-03-18"),
    # "at the time", "the disaster": the happening the article is about, the first it dated
    ("On Monday the army raised the toll of January 17's airstrike upon a refugee camp to 236.",
     "The military said at the time a jet mistook refugees for rebels.", "2022-01-17"),
    ("On Monday the army raised the toll of March 12's airstrike upon a refugee camp to 236.",
     "Witnesses claim two days after the disaster more than 100 militants attacked the camp.", "2022-03-14"),
])
def test_a_clause_set_at_the_time_of_a_happening_told_before_takes_its_day(lede, later, day):
    entries = extract_article(Article(name="t", path=None, text=f"{lede}\n\n{later}", published=MONDAY))
    assert next(e.date for e in entries if e.sources[0].text == later) == day


@pytest.mark.parametrize("lede, later", [
    ("On Saturday morning, a gunman shot shoppers at a store in the border city.",      # "shot" tells a shooting
     "The shooting began at 10:39 a.m. local time, according to police."),
    ("Rebels used white phosphorus bombs in an attack on Saturday.",
     "The attack is reported to have killed over 100 civilians."),
])
def test_a_happening_told_before_as_the_subject_takes_its_day_whoever_reports_it(lede, later):
    text = f"{lede}\n\nThe town lies near the border.\n\n{later}"      # past the lede's own paragraph and the next
    entries = extract_article(Article(name="t", path=None, text=text, published=dt.date(2022, 3, 24)))
    assert next(e.date for e in entries if e.sources[-1].text == later) == "2022-03-19"


def test_those_killed_when_a_bomb_went_off_after_a_dated_bombing_was_named_died_that_day():
    text = ("The review looks at the conviction of Ali Dube for the December 21, 1988 bombing of Flight 900. "
            "All 259 passengers and crew were killed when a bomb destroyed the aircraft over the town.")
    article = Article(name="t", path=None, text=text, published=dt.date(2007, 6, 25))
    told = {e.sources[0].text[:7]: e.date for e in extract_article(article) if len(e.sources) == 1}
    assert told["All 259"] == "1988-12-21"


def test_those_killed_when_a_bomb_went_off_after_a_bombing_recalled_in_passing_died_on_a_day_of_their_own():
    text = ("Gunmen attacked two hotels in the city on Wednesday night. Police said the attack recalled the March 12, "
            "1993 bombings in the city.\n\nTwo people were killed when a bomb exploded in a crowded market.")
    assert [d for d, *_ in events(text, dt.date(2008, 11, 27))][-1] == "2008-11-26"


def test_the_disaster_is_no_happening_of_long_ago_the_article_recalls():
    text = ("Ten years after the 2004 tsunami, an earthquake struck the coast on Monday.\n\n"
            "The town lies near the border.\n\nThe disaster killed 20 people.")
    # the disaster is Monday's earthquake, not 2004's tsunami nor the publication day
    assert [d for d, *_ in events(text, dt.date(2014, 3, 12))][-1] == "2014-03-10"


def test_at_the_time_of_a_happening_told_before_is_its_day():
    text = ("Rebels attacked the camp on Saturday, witnesses said.\n\nThe town lies near the border.\n\n"
            "Two medics were killed at the time of the attack.")
    entries = extract_article(Article(name="t", path=None, text=text, published=MONDAY))
    assert next(e.date for e in entries if e.sources[0].text.startswith("Two medics")) == "2022-03-19"


STORY = "Rebels attacked the town of Kiro yesterday, witnesses said.\n\nThe town lies near the border.\n\n"


@pytest.mark.parametrize("lede, later, day", [
    # what happened with the story's happening, told paragraphs later, is of its day
    (STORY, "Government troops retaliated by shelling rebel positions.", "2022-03-20"),
    (STORY, "Officials said one soldier was killed in the clash.", "2022-03-20"),
    # not a count since, nor who a victim was, nor a storm only warned of
    (STORY, "Officials said more than 1,100 people had died since then.", "2022-03-21"),
    (STORY, "State media identified the officer killed in the attack as Ali Zaid.", "2022-03-21"),
    ("Forecasters warn of more storms on Saturday afternoon.\n\nThe town lies near the border.\n\n",
     "Firefighters rescued about 300 residents trapped in their homes.", "2022-03-21"),
])
def test_a_past_happening_told_later_is_of_the_day_of_the_happening_the_story_is_about(lede, later, day):
    entries = extract_article(Article(name="t", path=None, text=lede + later, published=MONDAY))
    assert next(e.date for e in entries if e.sources[0].text == later) == day


@pytest.mark.parametrize("text, published, dates", [
    ("Residents criticised the agency's late response after the February 27 earthquake.", dt.date(2010, 11, 28),
     ["2010-11-28", "2010-02-27"]),
    ("The regional bloc is calling for a transparent vote in Mozambique's scheduled October 28 general elections.",
     dt.date(2009, 10, 22), ["2009-10-22", "2009-10-28"]),
    # named again with the day it was told on: no second event
    ("The February 27 earthquake destroyed the town.\n\nOn Monday officials criticised the late response after the "
     "February 27 earthquake.", dt.date(2010, 11, 28), ["2010-02-27", "2010-11-22"]),
])
def test_a_happening_named_with_its_day_in_passing_is_an_event_of_its_own(text, published, dates):
    assert [e.date for e in extract_article(Article(name="t", path=None, text=text, published=published))] == dates


def test_a_happening_set_after_when_without_the_takes_the_day_told_before():
    text = ("Two officers were found guilty on Thursday of assault.\n\nThe trial lasted three weeks.\n\n"
            "Both officers indicated they would appeal; one wept in his lawyer's arms when convicted.")
    assert [d for d, *_ in events(text, dt.date(2022, 3, 26))][-1] == "2022-03-24"


def test_hours_later_in_the_next_paragraph_count_from_the_day_told_before():
    text = ("A 6.0-magnitude earthquake struck the province at 04:32 AM on Monday.\n\n"
            "According to the survey, nearly five hours later, a magnitude-5.5 aftershock hit the province.")
    assert [d for d, *_ in events(text, dt.date(2022, 3, 22))] == ["2022-03-21", "2022-03-21"]


def test_a_saying_of_now_after_a_dated_happening_is_an_event_of_now():
    text = "The broadcasts began on August 10 and South Korea says the broadcasts will continue."
    assert [d for d, *_ in events(text, dt.date(2015, 8, 21))] == ["2015-08-10", "2015-08-21"]


@pytest.mark.parametrize("quote, expected", [
    # a named voice speaking now, after a happening the article dates years back: a statement of now
    ('Curator Mina Okafor explained, "The hoard tells us who traded here."',
     [("2019", "other", 1), ("2022-03-21", "statement", 1)]),
    ('"The hoard tells us who traded here," said curator Mina Okafor.',
     [("2019", "other", 1), ("2022-03-21", "statement", 1)]),
    # a quote nobody is named for stays with the happening it follows
    ('"The hoard tells us who traded here."', [("2019", "other", 2)]),
])
def test_a_named_voice_quoted_after_a_happening_of_years_ago_speaks_now(quote, expected):
    text = f"The coins were first found by farmers in 2019. {quote}"
    assert events(text) == expected


def test_a_named_voice_quoted_after_a_happening_of_this_year_stays_with_it():
    text = 'Protesters marched in February through the capital. "We will return," said organiser Ana Costa.'
    assert events(text) == [("2022-02", "other", 2)]


def test_days_in_brackets_glossing_listed_names_cut_no_clauses():
    text = ("The pact lets three states keep their reactors: Peru (signed 1994), Chad (1991), "
            "and Laos (1991).")
    assert [(category, sources) for _, category, sources in events(text)] == [("other", 1)]


@pytest.mark.parametrize("text", [
    "Troops entered the town (the army said on Saturday), and shelling resumed on Sunday.",
    "The rebels seized the airport (on Saturday) and took the port on Wednesday.",
])
def test_a_day_in_brackets_that_is_no_gloss_of_a_name_keeps_its_clause(text):
    assert len(events(text)) == 2


def test_a_dated_thing_a_clause_happens_ahead_of_is_an_event_of_its_own():
    text = "In the capital, security forces are on alert ahead of a court ruling expected on Wednesday."
    assert [d for d, *_ in events(text)] == ["2022-03-21", "2022-03-23"]


def test_a_day_without_its_year_naming_a_happening_told_with_one_is_in_that_year():
    text = ("Five defendants accused over the 2006 fire on board the ferry were cleared.\n\n"
            "The February 3 fire and subsequent sinking killed 1,034 passengers.")
    assert [d for d, *_ in events(text, dt.date(2008, 7, 28))][-1] == "2006-02-03"


def test_a_relative_clause_pointing_back_to_a_dated_happening_is_an_event_of_its_day():
    text = ("Gaddafi pledged Sarkozy funds for his 2007 election campaign.\n\n"
            "Sarkozy, who gained power in that election, is now fighting a reelection bid.")
    assert [d for d, *_ in events(text, dt.date(2012, 4, 30))] == ["2012-04-30", "2007"]
    # one that only names it describes someone: no event of its own
    text = "Rebels attacked the town on Saturday.\n\nThe mayor, who was injured in the attack, remains in hospital."
    assert [d for d, *_ in events(text)] == ["2022-03-19"]


def test_a_death_toll_is_a_count_not_a_death():
    assert happenings("The army raised the death toll to 236.") == []
    assert [kind for *_, kind in happenings("The death of the pilot was confirmed.")] == ["death"]


def test_the_day_and_the_headline_of_a_clause_conceded_first_are_not_the_sentences():
    text = ("Despite the White House's initial assertion that FBI Director James Comey was dismissed Tuesday over "
            "mishandling the email case, United States President Donald Trump on Thursday told NBC that \"this Russia "
            "thing\" was among his reasons, mentioning Comey's repeated claims that he was not being investigated.")
    entries = extract_article(Article(name="t", path=None, text=text, published=dt.date(2017, 5, 13)))
    assert [e.date for e in entries] == ["2017-05-11"]
    assert not entries[0].title.startswith("Despite"), entries[0].title


def test_what_a_report_of_a_gathering_says_was_said_was_said_at_it():
    text = ("An exchange of handshakes at a Latin American summit Friday ended the dispute between the neighbours.\n\n"
            "Uribe insisted that Ecuador has not done enough to fight the rebels.\n\n"
            '"We have not gotten cooperation," he said.')
    assert [d for d, *_ in events(text, dt.date(2008, 3, 8))] == ["2008-03-07"] * len(events(text, dt.date(2008, 3, 8)))


@pytest.mark.parametrize("act, day", [
    ("He requested that the presidents shake hands with each other, which they did.", "2008-03-07"),
    ("Nicaragua's president also agreed to reinstate diplomatic ties with Colombia.", "2008-03-07"),
    ("Police arrested two protesters in the capital.", "2008-03-08"),       # no act of those gathered
])
def test_what_those_at_a_gathering_did_in_the_report_of_it_was_done_at_it(act, day):
    text = ("An exchange of handshakes at a Latin American summit Friday ended the dispute between the neighbours.\n\n"
            "The town lies near the border.\n\n" + act)
    assert events(text, dt.date(2008, 3, 8))[-1][0] == day


def test_the_play_and_the_coaches_words_in_a_real_match_report_are_of_the_match_day():
    """realheld13's World Cup report (published Thursday 5 July 2018): "On Monday, Brazil defeated Mexico 2–0 and
    Belgium defeated Japan 3–2 ..."; the late goal ("In the injury time, Chadli added the third goal") and the
    coaches' words "After the match" are of the Monday, not of the publication day."""
    path = Path(__file__).parent.parent / "corpus" / "realheld13-wn-2018-07-05-world-cup-last16-brazil-belgium-advance.txt"
    entries = extract_article(load_article(path))
    assert {e.date for e in entries} == {"2018-07-02"}


def test_the_play_told_after_a_cup_final_reported_yesterday_is_of_the_final_day():
    """realheld14's Carling Cup report (published 26 February 2007): "A heated showdown occurred in the all London
    Carling Cup final yesterday"; the match's halves and its stoppage time are of the 25th."""
    path = Path(__file__).parent.parent / "corpus" / "realheld14-wn-2007-02-26-chelsea-beat-arsenal-carling-cup.txt"
    entries = extract_article(load_article(path))
    told = {e.sources[0].text.split(",")[0]: e.date for e in entries}
    assert told["The second half started much as the first"] == "2007-02-25", told
    assert told["As the game entered stoppage time"] == "2007-02-25", told


def test_the_laps_of_a_race_at_a_speedway_reported_days_later_are_of_the_race_day():
    text = ("On Sunday, Ana Costa won the Harbour 300 at the Kelso Motor Speedway and her third series title.\n\n"
            "Although she qualified 14th, a ruling on her car required her to start at the back of the field.\n\n"
            "Pole winner Peter Dube led the first 31 laps. Costa took the lead from Dube with five laps to go.\n\n"
            "On a restart with ten laps to go, Dube collided with Ivo Marsh while attempting to block him.")
    assert {d for d, *_ in events(text, dt.date(2016, 11, 23))} == {"2016-11-20"}


def test_what_a_coach_said_after_the_match_is_of_the_match_day():
    text = ("On Monday, Brazil defeated Mexico 2–0 in Samara.\n\nNeymar had several attempts for goal.\n\n"
            "Both sides made substitutions late in the game.\n\n"
            'After the match, Mexico\'s coach Juan Carlos Osorio said, "We just did not have that extra quality in '
            'front of goal."')
    found = events(text, dt.date(2018, 7, 5))
    assert [d for d, *_ in found] == ["2018-07-02"] * len(found)


def test_what_a_judge_wrote_in_a_ruling_reported_undated_is_of_the_ruling_day():
    text = ("In a ruling issued Tuesday a federal judge dismissed a lawsuit against the government.\n\n"
            'The judge wrote in his opinion that the lawsuit was a "unique and extraordinary case".\n\n'
            "The father brought the case with civil rights groups.\n\n"
            'In his ruling, Judge Bates stated, "The serious issues must await another day or another forum."')
    assert [d for d, c, _ in events(text, dt.date(2010, 12, 8)) if c == "statement"] == ["2010-12-07"]


@pytest.mark.parametrize("lede", [
    "A fire destroyed the harbour warehouses on Friday.",
    "North Korea launched a missile on Friday, deepening an arms race in the region.",     # a race, no sport
    "Police said on Friday that DNA from the scene was a match for the suspect.",
    "Police arrested twelve men aged 18-25 on Friday.",                                     # numbers, no score
    "Police beat twelve protesters aged 18-25 on Friday.",
    "A bomb destroyed the ruling party's offices on Friday.",                                # no court's ruling
    "The senate defeated the bill 52-48 on Friday.",                                         # a vote, no match
    "The council won a 7-2 vote on Friday to close the harbour.",
])
def test_a_saying_in_the_report_of_an_event_that_is_no_gathering_keeps_the_publication_day(lede):
    text = (lede + "\n\nThe mayor said the repairs would take a year.")
    assert [d for d, *_ in events(text, dt.date(2008, 3, 8))][-1] == "2008-03-08"


def test_a_quote_said_after_the_verdict_is_dated_on_the_verdict_day():
    text = ("Two officers were found guilty on Thursday of assault.\n\nThe case had drawn wide attention.\n\n"
            'A lawyer for the victim, Ana Costa, told the BBC after the verdict "My client is of course very relieved '
            'with the verdict and is glad that she withstood the very long process. She is glad that she did her part '
            'in allowing justice to be done."')
    assert [d for d, c, _ in events(text, dt.date(2022, 3, 26)) if c == "statement"] == ["2022-03-24"]


def test_continued_to_do_so_is_no_saying_and_a_day_of_its_own_starts_an_event():
    text = ("Aid agencies flew in food and tents, and humanitarian supplies came from France.\n\n"
            "The US began launching airstrikes on March 8, and have continued to do so in support of the militias.")
    assert [d for d, _, _ in events(text, dt.date(2022, 3, 18))] == ["2022-03-18", "2022-03-08"]


def test_a_lede_without_a_day_takes_the_day_a_later_sentence_gives_its_happening():
    text = ("A pilot died in a plane crash off the coast of Ruritania.\n\n"
            "The plane's engine failed at 3,000 feet.\n\n"
            "The foreign ministry has now confirmed that he died on Wednesday.")
    assert events(text, dt.date(2022, 3, 26))[0][0] == "2022-03-23"


def test_a_lede_in_the_present_perfect_takes_the_day_a_later_sentence_gives_its_happening():
    text = ("A British pilot has died in a plane crash off the coast of Curacao.\n\n"
            "The passengers managed to escape from the plane and were rescued by boats.\n\n"
            "The Foreign Office has now confirmed that he died on Wednesday.")
    dated = {e.sources[0].text[:5]: e.date for e in extract_article(
        Article(name="t", path=None, text=text, published=MONDAY))}
    assert dated["A Bri"] == dated["The p"] == "2022-03-16"       # the crash, and the rescue after it


def test_a_lede_keeps_the_publication_day_when_the_day_given_later_is_of_long_ago():
    text = ("A pilot died in a plane crash off the coast of Ruritania.\n\n"
            "His father died on 3 May 1990 in a crash of the same kind.")
    assert events(text, dt.date(2022, 3, 26))[0][0] == "2022-03-26"


def test_a_lede_takes_the_day_of_its_happening_named_as_known_not_of_another_one_named_anew():
    text = ("Four people were killed in a bombing at a crowded market in Ruritania.\n\n"
            "The day before, a series of bombings in the main city injured 13 people.\n\n"
            "In Monday's bombing, the dead were two women and two girls.")
    assert events(text, dt.date(2022, 3, 23))[0][0] == "2022-03-21"        # a Wednesday: Monday was the 21st


def test_a_participle_clause_with_a_day_of_its_own_is_its_own_event():
    text = ("The rebel leader said he hoped the crisis could be resolved peacefully but continues attacks on "
            "soldiers, killing 12 in an ambush yesterday.")
    assert [d for d, _, _ in events(text, dt.date(2022, 3, 26))] == ["2022-03-26", "2022-03-25"]


def test_a_reported_count_is_no_verb_so_its_relative_clause_stays_in_the_sentence():
    text = ("A reported 50,000 campaigners, who are demanding the leader step down and complaining of poverty, "
            "corruption, and oppression, filled the main square today.")
    entries = extract_article(Article(name="t", path=None, text=text, published=MONDAY))
    assert [(e.date, e.title) for e in entries] == [
        ("2022-03-21", "A reported 50,000 campaigners filled the main square")]


# An attack and its toll, told in two paragraphs: what follows is context or an event of its own.
CONVOY_REPORT = "Gunmen attacked a convoy near the border on Monday.\n\nPolice said four soldiers were killed.\n\n"


@pytest.mark.parametrize("state", [
    "Extremists tend to view the race as a prime target.",
    "About 200 monks live at the monastery.",
    "The country's bid to join the alliance is fiercely opposed by its neighbour.",
    "He has lived outside the country for many years.",
    "The two powers consistently use their vetoes to block resolutions.",
    "The government has been asking for help in dealing with the rebels for months.",
    "The election was viewed as illegal by the neighbouring states.",
    "The region is not one of the areas covered by the curfew.",               # a state denied
    "This year's convoy was the largest so far.",                             # a date of a noun, not of the clause
    "As of 2018, the agency was present in sixteen provinces.",               # a state at a time
    "Sounds of heavy artillery could be heard throughout the town.",           # what was perceptible
    "Photos of the scene showed burnt vehicles and scattered debris.",         # what a picture shows
    "Some claim the convoy appeared to be heading for the capital.",           # commentary by unnamed people
    "The airline has a good safety record with no previous major crashes.",   # what a thing is known for
    "The trucks were built by a joint venture between two foreign firms.",    # who made it
    "Gunmen have attacked dozens of convoys over the last two years.",          # a trend over recent years
    "In recent years, several attacks on aid workers have taken place in the region.",
])
def test_a_state_or_habit_told_after_an_event_is_context_not_an_event(state):
    assert len(events(CONVOY_REPORT + state)) == 2


@pytest.mark.parametrize("happening", [
    "For the first time in the past decade, the army closed the border crossing.",
    "Troops later stormed the camp, in the first such raid in the past ten years.",
    "In the last months of the war, gunmen attacked dozens of convoys.",
])
def test_a_happening_told_with_a_span_of_years_is_no_trend(happening):
    assert len(events(CONVOY_REPORT + happening)) == 3


def test_a_description_joining_an_event_does_not_decide_its_category():
    text = ("The minister said on Monday that talks would resume. His country is not one of the nations covered by the "
            "travel ban imposed after the court ruling.")
    assert [c for _, c, _ in events(text)] == ["statement"]


def test_a_negation_inside_reported_speech_is_no_state_of_the_sentence():
    text = ("Gunmen attacked a convoy near the border on Monday.\n\n"
            "The group issued a statement saying the truce is not enough and that its fight will continue.")
    assert len(events(text)) == 2


REACTIONS = ("Gunmen killed twelve people at the offices of a magazine in Paris today.\n\n"
             'US President Barack Obama gave a statement condemning the attack: "France is our oldest ally."\n\n'
             'British Prime Minister David Cameron tweeted: "The murders in Paris are sickening."\n\n'
             "The Arab League has also condemned the attack.\n\n")


def test_reactions_told_one_after_another_are_one_event_headlined_by_who_reacts():
    entries = extract_article(Article(name="t", path=None, text=REACTIONS, published=MONDAY))
    assert len(entries) == 2
    reactions = entries[1]
    assert reactions.title == "Barack Obama, David Cameron and Arab League react"
    assert [q.speaker for q in reactions.quotes] == ["Barack Obama", "David Cameron"]
    assert len(reactions.sources) == 3


def test_statements_that_are_no_reactions_stay_events_of_their_own():
    text = ("Gunmen killed twelve people at the offices of a magazine in Paris today.\n\n"
            'Interior minister Ana Costa said the attackers had fled north.\n\n'
            'Police chief Marc Dubois said roadblocks were set up around the city.\n\n')
    assert len(events(text)) == 3


def test_reactions_on_different_days_stay_apart():
    text = REACTIONS + "On Sunday, the Pope said he was praying for the victims and condemned the attack."
    assert [d for d, *_ in events(text)][-2:] == ["2022-03-21", "2022-03-20"]


def test_a_quote_continues_the_report_of_its_speaker_named_with_a_capitalised_title():
    text = ("Rupert Colville, spokesperson for the United Nations' High Commissioner for Human Rights told Voice of "
            "America that halting food aid is unconscionable.\n\n"
            '"To deprive people of food because of an election is a complete perversion of democracy," Colville said.')
    entries = extract_article(Article(name="t", path=None, text=text, published=MONDAY))
    assert len(entries) == 1 and [q.speaker for q in entries[0].quotes] == ["Rupert Colville"]


@pytest.mark.parametrize("text, day", [
    # the month says which elections the crisis was over, not when the agreement was signed
    ("The two leaders have signed an agreement aimed at ending the crisis over December's disputed elections.",
     "2022-03-21"),
    ("Observers gathered in the capital ahead of Sunday's vote.", "2022-03-21"),
    # after "in", "after", "during" the possessive frames the happening: the deaths were in Friday's attack
    ("Three people were killed in Friday's attack on the market.", "2022-03-18"),
    ("Friday's storm destroyed two bridges.", "2022-03-18"),
    # a year still bounds the clause: the arrests were in 2008
    ("He was arrested as part of 2008's Operation Centurion.", "2008"),
])
def test_a_possessive_date_in_the_object_names_a_thing_and_does_not_date_the_verb(text, day):
    assert events(text)[0][0] == day


def test_what_a_thing_is_known_for_after_a_background_event_is_context_not_an_event():
    text = ("A passenger jet went missing over the sea on Sunday.\n\nThe airline is based in Malaysia. In July another "
            "airline's jet was shot down over Ukraine with 298 on board.\n\n"
            "The airline has a good safety record with no previous major crashes.")
    assert [(date, sources) for date, _, sources in events(text, dt.date(2014, 12, 28))] == [
        ("2014-12-28", 2), ("2014-07", 2)]


def test_a_relative_clause_with_a_vague_time_and_a_day_in_it_is_dated_on_the_day():
    text = "The orbiter, which will launch at the end of the month on April 29, will be sent to the museum."
    assert "2011-04-29" in [date for date, _, _ in events(text, dt.date(2011, 4, 13))]


def test_an_officials_account_in_a_paragraph_of_its_own_is_a_statement_and_a_witness_adds_to_the_happening():
    happening = "On Sunday, two bombs exploded at a market in the capital, killing at least 30 people.\n"
    official = ('Colonel Adam Reid, a spokesman for the army, said, "The attack was carried out by two men '
                'on a motorcycle."')
    witness = '"We heard two blasts and ran," said Sara Lane, who sells fruit at the market.'
    assert [e[1] for e in events(happening + official)] == ["strike", "statement"]
    assert [e[1:] for e in events(happening + witness)] == [("strike", 2)]


def test_a_count_of_the_hurt_in_the_attacks_just_told_is_casualties_of_its_own_and_a_toll_in_passing_is_not():
    attack = "Two car bombs exploded in the capital on Sunday, killing 30 people. "
    assert [e[1] for e in events(attack + "Over 200 people were wounded in the bombings.")] == \
        ["strike", "casualties"]
    assert [e[1:] for e in events(attack + "At least six bystanders died in the confusion.")] == [("strike", 2)]


def test_a_name_given_to_the_happening_just_told_is_a_statement_of_its_own():
    text = ('Witnesses say the jets circled twice on Tuesday, dropping several bombs on the camp. '
            'The president called it a "regrettable mistake" and left for a holiday.')
    assert [e[1] for e in events(text)] == ["strike", "statement"]


def test_a_happening_denied_by_its_subject_is_context_not_an_event():
    text = ("Eight bombs exploded at the temple complex on Sunday, injuring five people.\n\n"
            "However, no classes were being held at the school the morning of the attack.")
    assert [sources for _, _, sources in events(text)] == [2]


@pytest.mark.parametrize("text, title", [
    ("Almost 20,000 civilians have died since 2007, as a result of attacks.",
     "Almost 20,000 civilians have died since 2007"),
    ("The money went to the party's leaders, including chairman Tesfaye Bekele, who has been Prime Minister since "
     "1991.", "Tesfaye Bekele has been Prime Minister since 1991"),
])
def test_the_start_of_a_span_given_only_as_a_date_is_titled_by_what_went_on_since(text, title):
    article = Article(name="t", path=None, text=text, published=MONDAY)
    assert title in [e.title for e in extract_article(article)]


def test_an_editors_correction_is_no_event():
    text = ("Police arrested 65 people in raids on Tuesday.\n\nCorrection: An earlier version of this story said the "
            "raids took place on Wednesday and that 56 people were arrested.")
    assert events(text) == [("2022-03-15", "legal", 1)]


def test_a_statement_introduced_with_a_colon_and_set_off_without_marks_is_quoted_and_titled_by_its_words():
    text = ("The cartoonist Ana Costa is being sued for damages.\n\nIn a statement Costa says:\n\n"
            "I had no thought to insult anyone. The strip is meant to be read as a series.\n\n"
            "I thought this was a humorous subject. I truly intended no insult.\n\n"
            "The newspaper said the strip would run as planned.")
    entries = extract_article(Article(name="t", path=None, text=text, published=MONDAY))
    said = [e for e in entries if e.quotes]
    assert [(e.title, [q.speaker for q in e.quotes]) for e in said] == [
        ("Ana Costa: “I had no thought to insult anyone”", ["Ana Costa", "Ana Costa"])]
    assert len(entries) == 3          # the suit, the statement, the newspaper's word: no entry per paragraph


def test_a_day_named_in_full_beats_a_time_counted_vaguely_from_another():
    text = ("The plan was first drawn up in 2000.\n\nJust a few weeks earlier, on January 25, 2006, the inspector "
            "recommended a similar commitment.")
    assert "2006-01-25" in [date for date, _, _ in events(text, dt.date(2006, 2, 12))]


def test_days_are_not_counted_from_a_year_a_paragraph_before_named():
    text = ("The programme began in 2005.\n\nJust a few days earlier, an article reported that two former officials "
            "had warned of an attack.")
    assert [date for date, _, _ in events(text, dt.date(2006, 2, 12))] == ["2005", "2006-02-12"]


def test_a_prediction_by_a_new_speaker_is_a_statement_of_its_own():
    text = ("A fire destroyed the harbour warehouses on Sunday. The mayor said the repairs would take a year. "
            "Ana Costa, of the Harbour Foundation, predicted that the port would reopen in the spring.")
    assert [c for _, c, _ in events(text)] == ["other", "statement", "statement"]


def test_an_undated_detail_of_the_same_kind_joins_the_event_it_tells_more_of_not_a_saying_between():
    text = ("A court today sentenced Tomas Reyes to life in prison for the murders.\n\n"
            "His lawyer, Ana Costa, said the defence would appeal the verdict.\n\n"
            "The court also ordered Reyes to pay a fine of $5,000.")
    assert [n for _, _, n in events(text)] == [2, 1]


def test_what_was_said_after_the_match_is_of_the_matchs_day_not_of_a_game_to_come():
    text = ("On Tuesday, France beat Belgium 1-0 in the semifinal.\n\nBelgium had more of the ball. The first half "
            "ended goalless.\n\nFrance is to play Croatia in the final on Sunday.\n\nAfter the match, the Belgian "
            "coach Roberto Martinez said, \"We lost to a team that knows how to defend.\"")
    assert events(text, dt.date(2018, 7, 13)) == [("2018-07-10", "other", 3), ("2018-07-15", "other", 1),
                                                  ("2018-07-10", "statement", 1)]


def test_what_someone_calls_a_thing_in_quotes_is_their_word_for_it_not_a_happening():
    text = ('A court fined the company on Monday. The bombs were described as "low-intensity but not crude," '
            'according to police.')
    assert "strike" not in [c for _, c, _ in events(text)]


def test_quotes_after_a_pronoun_saying_join_the_statement_of_the_person_named_before_it():
    # "He tells VOA ..." is the foreign minister's statement: his quote in the next paragraph is more of it
    text = ("Ghana's President John Kufuor is expected to travel to Kenya this week to help resolve the violence.\n\n"
            "Akwasi Osei-Adjei is Ghana's foreign minister. He tells VOA reporter Peter Clottey that President Kufuor "
            "is concerned about the tensions in Kenya.\n\n"
            "\u201cBasically, the president has been invited to Kenya to see for himself the situation. He is going "
            "there to offer advice,\u201d Osei-Adjei noted.")
    assert [(c, n) for _, c, n in events(text, dt.date(2008, 1, 7))] == [("other", 2), ("statement", 2)]


def test_a_pronoun_saying_after_a_sentence_naming_two_people_claims_no_speaker():
    # "he" could be either man: the quote in Osei-Adjei's name stays an event of its own
    text = ("Ghana's President John Kufuor is expected to travel to Kenya this week to help resolve the violence.\n\n"
            "Akwasi Osei-Adjei met Raila Odinga in Accra. He tells VOA reporter Peter Clottey that President Kufuor "
            "is concerned about the tensions in Kenya.\n\n"
            "\u201cBasically, the president has been invited to Kenya to see for himself the situation. He is going "
            "there to offer advice,\u201d Osei-Adjei noted.")
    assert [n for _, _, n in events(text, dt.date(2008, 1, 7))][-2:] == [1, 1]


def test_an_undated_detail_of_a_happening_of_no_named_kind_joins_it():
    # what else the tornado damaged, what the lost document was: more of the happening just told
    storm = ("A tornado struck downtown Atlanta on Friday night, damaging the CNN Center and the Georgia Dome.\n\n"
             "The Omni Hotel, which is attached to the CNN Center, also sustained damage, with many of its windows "
             "shattered.")
    assert events(storm, dt.date(2008, 3, 15)) == [("2008-03-14", "other", 2)]
    found = ("A secret military document was found on a street in Ottawa on Tuesday.\n\n"
             "The 131-page document was found on Castlefrank Road in Kanata by a resident.")
    assert events(found, dt.date(2008, 3, 15)) == [("2008-03-11", "other", 2)]


def test_what_is_said_after_a_ceremony_a_report_opens_with_was_said_there():
    # a ceremony is a gathering like a summit: its head's words, told undated after it, are of its day
    text = ("Polish Prime Minister Beata Szydlo on Saturday headed a ceremony in the town of Zagan welcoming US "
            "troops.\n\n\"Each Polish family must feel safe\", Szydlo said. \"Today we have made a big step in this "
            "direction\".")
    assert events(text, dt.date(2017, 1, 16)) == [("2017-01-14", "other", 1), ("2017-01-14", "statement", 2)]


def test_an_arrest_in_connection_to_a_days_explosion_is_news_of_today_and_the_explosion_of_its_day():
    # "Thursday's bomb explosion" says which explosion the arrest is about: the arrest is the Saturday paper's news
    text = "Police have arrested two men in connection to Thursday's bomb explosion in a cafe in Exeter."
    assert events(text, dt.date(2008, 5, 24)) == [("2008-05-24", "legal", 1), ("2008-05-22", "strike", 1)]


def test_an_inquiry_begun_after_a_happening_is_news_of_the_happening():
    text = "Police in the United Kingdom are investigating after a bomb exploded in an Exeter restaurant."
    assert events(text, dt.date(2008, 5, 23)) == [("2008-05-23", "strike", 1)]


def test_a_saying_about_him_that_others_made_claims_no_speaker_for_the_person_named_before():
    # "He was summoned ..., officials said": the officials speak, so his own quote after it is a statement of its own
    text = ("Ghana's President John Kufuor is expected to travel to Kenya this week to help resolve the violence.\n\n"
            "Akwasi Osei-Adjei is Ghana's foreign minister. He was summoned to parliament on Monday, officials said.\n\n"
            "\u201cBasically, the president has been invited to Kenya to see for himself the situation. He is going "
            "there to offer advice,\u201d Osei-Adjei noted.")
    assert [n for _, c, n in events(text, dt.date(2008, 1, 9)) if c == "statement"] == [1, 1]


def test_an_arrest_over_last_weeks_attack_is_todays_news():
    # "last week's" names which attack, like "Thursday's": the arrest is the paper's news, the attack last week's
    text = "Police arrested two men in connection with last week's attack on the market."
    assert events(text, dt.date(2018, 7, 13)) == [("2018-07-13", "legal", 1), ("2018-07-06", "strike", 1)]


def test_a_quote_by_the_last_voice_further_down_is_more_of_its_statement():
    # the aid sent between is no other voice: Fernandes's second quote is his same statement
    text = ('"My only thought are with the passengers and my crew," said AirAsia boss Tony Fernandes.\n\n'
            'Singapore sent two C-130 aircraft to join the search, and Australia offered a surveillance plane.\n\n'
            '"I am touched by the massive show of support especially from my fellow airlines," said Fernandes.')
    assert events(text, dt.date(2014, 12, 28)) == [("2014-12-28", "statement", 2), ("2014-12-28", "other", 1)]


def test_a_quote_by_an_earlier_voice_after_another_voice_is_its_own_event():
    text = ('"My only thought are with the passengers and my crew," said AirAsia boss Tony Fernandes.\n\n'
            '"We are doing everything we can," said Transport Minister Ignasius Jonan.\n\n'
            '"I am touched by the massive show of support especially from my fellow airlines," said Fernandes.')
    assert [n for _, _, n in events(text, dt.date(2014, 12, 28))] == [1, 1, 1]


def test_two_counts_of_two_years_joined_by_and_are_two_events():
    text = ("Since the beginning of 2009, 36 people have been executed. 102 were executed in 2008 and 158 were "
            "executed in 2007.")
    assert [d for d, _, _ in events(text, dt.date(2009, 5, 20))][-2:] == ["2008", "2007"]


def test_what_was_done_after_a_days_happening_is_not_of_that_day():
    # "after Friday's attack" names the attack; the troops were deployed later, on a day the sentence does not give
    text = "The government deployed more troops to the border after Friday's attack on a police station."
    assert [d for d, _, _ in events(text, dt.date(2022, 3, 21))] == ["2022-03-21", "2022-03-18"]


HIJACKING = "Pirates hijacked a cargo ship off the coast on Thursday.\n\n"


def test_two_sayings_by_the_same_unnamed_sayer_are_one_statement():
    text = (HIJACKING + "The researchers, however, said that there are centres of power close to the pirate bases. "
            "The researchers say that the international community needs to support these local structures.")
    assert [(c, n) for _, c, n in events(text, dt.date(2009, 10, 22))][-1] == ("statement", 2)


def test_sayings_by_two_unnamed_sayers_stay_two_statements():
    text = (HIJACKING + "The researchers said that there are centres of power close to the pirate bases. "
            "The navy officials say that the international community needs to support these local structures.")
    assert [(c, n) for _, c, n in events(text, dt.date(2009, 10, 22))][-2:] == [("statement", 1), ("statement", 1)]


def test_sayings_by_any_officials_are_not_one_sayer():
    text = HIJACKING + "Officials said the ship was carrying grain. Officials said the crew were safe."
    assert [(c, n) for _, c, n in events(text, dt.date(2009, 10, 22))][-2:] == [("statement", 1), ("statement", 1)]


@pytest.mark.parametrize("quote, expected", [
    # a named voice declaring something after a happening told without a voice: a statement of its own
    ('Sheppard said, "Our other discovery is a real oddball and has an orbit like no other moon."',
     [("2022-03-15", "other", 1), ("2022-03-21", "statement", 1)]),
    ('"This finding will change how we search," said Ana Costa of the institute.',
     [("2022-03-15", "other", 1), ("2022-03-21", "statement", 1)]),
    # a voice telling what happened adds to the happening; so does a voice the sentence does not name
    ('"We saw it move across the sky for hours," said Ana Costa of the institute.', [("2022-03-15", "other", 2)]),
    ('"Our other discovery is a real oddball," he said.', [("2022-03-15", "other", 2)]),
    ('"This finding will change how we search," one resident said.', [("2022-03-15", "other", 2)]),
])
def test_a_named_voice_declaring_after_a_voiceless_happening_in_its_paragraph_is_a_statement(quote, expected):
    happening = "Astronomers announced last Tuesday that they had found twelve new moons of Jupiter. "
    assert events(happening + quote) == expected


@pytest.mark.parametrize("hurt", [
    "Midway through the half, Ivo Marsh was seriously injured in a collision with Peter Dube.",
    "Pole winner Peter Dube crashed into the wall and was injured.",
])
def test_a_hurt_in_the_play_of_a_match_or_race_reported_days_later_is_of_its_day(hurt):
    text = ("On Sunday, Brazil defeated Mexico 2–0 in Samara.\n\nNeymar had several attempts for goal.\n\n"
            f"Both sides made substitutions late in the game.\n\n{hurt}")
    assert {d for d, *_ in events(text, dt.date(2018, 7, 3))} == {"2018-07-01"}



@pytest.mark.parametrize("play, category", [
    # in the report of a match, a player hurt or a side striking back is sport
    ("Midway through the half, Ivo Marsh was seriously injured in a collision with Peter Dube.", "other"),
    ("Mexico struck back quickly, and Ivo Marsh raced through the defence.", "other"),
    # a deadly attack at the match is an attack all the same
    ("Two bombs exploded near the stadium, killing three people.", "strike"),
])
def test_a_hurt_or_a_blow_in_the_play_of_a_match_is_sport_and_an_attack_at_it_is_not(play, category):
    text = f"On Sunday, Brazil defeated Mexico 2–0 in Samara.\n\nNeymar had several attempts for goal.\n\n{play}"
    assert [c for _, c, _ in events(text, dt.date(2018, 7, 3))][-1] == category


@pytest.mark.parametrize("play", [
    # a match's shots, attacks and Gunners are no deadly words
    "Chelsea struck back quickly when Drogba's shot beat the keeper.",
    "The Gunners struck back with a swift attack down the left.",
])
def test_a_blow_in_play_told_with_the_words_of_a_match_is_sport(play):
    text = f"On Sunday, Brazil defeated Mexico 2–0 in Samara.\n\nNeymar had several attempts for goal.\n\n{play}"
    assert [c for _, c, _ in events(text, dt.date(2018, 7, 3))][-1] == "other"


def test_marathon_talks_are_no_play_and_a_marathon_run_is():
    assert not SPORTING.search("EU leaders ended marathon talks at a summit in Brussels on Friday.")
    assert not SPORTING.search("after a marathon session of parliament")
    assert SPORTING.search("She won the Boston marathon on Monday.")


def test_a_named_voice_after_a_day_to_come_stays_with_it():
    text = 'The launch is set for Friday. "We are ready for it," said Ana Costa of the agency.'
    assert len(events(text)) == 1


@pytest.mark.parametrize("after", [
    "After the race, Ivo Marsh had his car's firewall plates confiscated.",
    "After the match, police arrested two fans outside the stadium.",
])
def test_what_happened_right_after_the_gathering_is_of_its_day_whatever_it_tells(after):
    text = f"On Sunday, Brazil defeated Mexico 2–0 in Samara.\n\nNeymar had several attempts for goal.\n\n{after}"
    assert [d for d, _, _ in events(text, dt.date(2018, 7, 3))][-1] == "2018-07-01"


@pytest.mark.parametrize("also, count", [
    # another named voice that 'also said' is a statement of its own
    ("Philip Hammond, UK Foreign Secretary, also said it was clear that regional support was needed.", 2),
    # the same voice by another form of its name, or a pronoun, goes on with the statement
    ("Kerry also said that regional support was needed.", 1),
    ("He also said that regional support was needed.", 1),
])
def test_another_named_voice_that_also_said_is_a_statement_of_its_own(also, count):
    text = ("John Kerry, US Secretary of State, stated after the meeting on Friday that the group should aim to "
            f"defeat the militants. {also}")
    assert len(events(text)) == count


@pytest.mark.parametrize("text, expected", [
    # a goal announced with its time limit: the announcement, and a deadline when the time runs out
    ("The president has announced that the country will become carbon-neutral within a decade.",
     [("2022-03-21", "statement"), ("2032", "deadline")]),
    ("The government pledged that all troops will withdraw by June 30.",
     [("2022-03-21", "statement"), ("2022-06-30", "deadline")]),
    # a time limit no one set is no deadline
    ("Prices will rise within a decade, economists said.", [("2022-03-21", "statement")]),
])
def test_a_goal_announced_with_its_time_limit_sets_a_deadline(text, expected):
    assert [(d, c) for d, c, _ in events(text)] == expected


@pytest.mark.parametrize("text, count", [
    # the sayer of a clause that opens on another subject is not that subject, nor is a quote's topic its sayer
    ('John Kerry arrived in Kabul on Saturday, and on Sunday Afghan President Hamid Karzai said the talks were '
     '"useful". Hamid Karzai also said the attack was "cowardly".', 2),
    ('"Vladimir Putin is lying," Secretary of State John Kerry said on Sunday. John Kerry also said the attack was '
     '"cowardly".', 1),
])
def test_the_same_voice_that_also_said_goes_on_with_its_statement(text, count):
    assert len(events(text)) == count


def test_a_forecast_announced_with_a_time_sets_no_deadline():
    assert [c for _, c, _ in events("Forecasters announced on Monday that the storm will reach the coast by "
                                    "Thursday.")] == ["statement"]
