"""Which way a date without its year, a bare weekday or a month name looks: decided by the clause that
governs it (its tense and modality), then by the rest of the sentence, and only then by nearness."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.model.dates.finder import find_dates

THURSDAY = dt.date(2014, 5, 15)
TUESDAY = dt.date(2009, 2, 3)
MONDAY = dt.date(2017, 11, 20)


def value_of(text: str, phrase: str, reference: dt.date) -> str | None:
    """The ISO value found for `phrase` in `text`."""
    found = [m for m in find_dates(text, reference) if phrase in m.phrase]
    assert found, f"{phrase!r} not found in {text!r}"
    return found[0].value.iso() if found[0].value else None


@pytest.mark.parametrize(("text", "reference", "phrase", "iso"), [
    # the reporting verb's own clause: the day it was said
    ("Officials said Tuesday that the talks would resume next month.", THURSDAY, "Tuesday", "2014-05-13"),
    ("Ana Silva told reporters on Monday she will fly to Lisbon.", THURSDAY, "Monday", "2014-05-12"),
    ("The ministry announced Friday it is to open an embassy in Lima.", TUESDAY, "Friday", "2009-01-30"),
    # the reported clause keeps its own direction, whatever the reporting verb's tense
    ("Officials said the talks would resume Friday.", THURSDAY, "Friday", "2014-05-16"),
    ("Kofi Mensah said he will meet the envoy on Sunday.", TUESDAY, "Sunday", "2009-02-08"),
    ("The mayor said the bridge is set to reopen Saturday.", MONDAY, "Saturday", "2017-11-25"),
    # a participle of saying opens a clause of its own: "issued a statement Friday saying ... will"
    ("The envoys issued a joint statement Friday saying the pact will bring peace.", dt.date(2014, 5, 17),
     "Friday", "2014-05-16"),
    ("The rebels released a video Monday, adding that more attacks will follow.", THURSDAY, "Monday",
     "2014-05-12"),
])
def test_a_reporting_verb_decides_only_its_own_clause(text: str, reference: dt.date, phrase: str,
                                                       iso: str) -> None:
    assert value_of(text, phrase, reference) == iso


@pytest.mark.parametrize(("text", "reference", "phrase", "iso"), [
    ("The court postponed the hearing until Tuesday.", THURSDAY, "Tuesday", "2014-05-20"),
    ("The council extended its deadline until 9 a.m. Monday.", THURSDAY, "Monday", "2014-05-19"),
    ("The judge gave the lawyers until Friday to file.", MONDAY, "Friday", "2017-11-24"),
    ("Parliament adjourned until Wednesday after the vote.", THURSDAY, "Wednesday", "2014-05-21"),
])
def test_a_deadline_that_puts_something_off_lies_ahead(text: str, reference: dt.date, phrase: str,
                                                       iso: str) -> None:
    assert value_of(text, phrase, reference) == iso


@pytest.mark.parametrize(("text", "reference", "phrase", "iso"), [
    # arranging: the day arranged, whatever the tense of the arranging
    ("The prosecutor has scheduled a news conference Thursday.", dt.date(2014, 5, 14), "Thursday",
     "2014-05-15"),
    ("Aides have arranged talks in Nairobi for Monday.", THURSDAY, "Monday", "2014-05-19"),
    ("Both sides are arranging a summit in Oslo for Tuesday.", THURSDAY, "Tuesday", "2014-05-20"),
    ("The vote was scheduled for March 2.", dt.date(2014, 2, 20), "March 2", "2014-03-02"),
    ("The truce had been set to expire Nov. 6.", dt.date(2014, 11, 2), "Nov. 6", "2014-11-06"),
    # intending: what is intended lies ahead of the intending, in any tense
    ("The police did not plan to move the boy on Saturday.", THURSDAY, "Saturday", "2014-05-17"),
    ("NATO has decided to admit the three countries in early March.", TUESDAY, "March", "2009-03"),
    ("Mehta plans to visit Chennai on Friday.", MONDAY, "Friday", "2017-11-24"),
])
def test_arranging_and_intending_look_forward(text: str, reference: dt.date, phrase: str, iso: str) -> None:
    assert value_of(text, phrase, reference) == iso


@pytest.mark.parametrize(("text", "reference", "phrase", "iso"), [
    ("Relatives could not be located Wednesday in their village.", THURSDAY, "Wednesday", "2014-05-14"),
    ("Haruki Ono could not be reached for comment on Monday.", THURSDAY, "Monday", "2014-05-12"),
])
def test_could_is_as_often_the_past_of_can(text: str, reference: dt.date, phrase: str, iso: str) -> None:
    assert value_of(text, phrase, reference) == iso


@pytest.mark.parametrize(("text", "reference", "phrase", "iso"), [
    ("On Tuesday, the league plans to hold a rally, a year after the riots ended.", MONDAY, "Tuesday",
     "2017-11-21"),
    ("On Friday, the ministers met in Geneva, as they will again in June.", THURSDAY, "Friday",
     "2014-05-09"),
    ("Early Saturday, the delegation will leave for Accra, officials who met it said.", THURSDAY,
     "Saturday", "2014-05-17"),
])
def test_a_date_opening_its_sentence_takes_the_clause_after_its_comma(text: str, reference: dt.date,
                                                                      phrase: str, iso: str) -> None:
    assert value_of(text, phrase, reference) == iso


@pytest.mark.parametrize(("text", "reference", "phrase", "iso"), [
    # the noun's date is the nearest, within the reach of a date without its year, in the sentence's tense
    ("Ruiz gave no reason for the Jan. 14 deadline.", dt.date(2003, 1, 8), "Jan. 14", "2003-01-14"),
    ("By setting a Feb. 3 return date, the agency allowed time for appeals.", dt.date(2003, 1, 8),
     "Feb. 3", "2003-02-03"),
    ("Police have searched for him since the Oct. 23 shooting.", dt.date(2003, 5, 6), "Oct. 23",
     "2002-10-23"),
    ("Lawyers sought ways around Wednesday's ruling.", dt.date(2003, 1, 10), "Wednesday", "2003-01-08"),
])
def test_a_date_that_describes_a_noun_is_placed_by_its_sentence_loosely(text: str, reference: dt.date,
                                                                         phrase: str, iso: str) -> None:
    assert value_of(text, phrase, reference) == iso


@pytest.mark.parametrize(("text", "reference", "phrase", "iso"), [
    ("A memorial planned for Saturday was canceled.", dt.date(2014, 5, 18), "Saturday", "2014-05-17"),
    ("A concert set for Friday was called off after the storm.", dt.date(2014, 5, 17), "Friday",
     "2014-05-16"),
    ("Talks are planned for Friday.", THURSDAY, "Friday", "2014-05-16"),
    ("Diplomats prepared an agenda for Monday.", dt.date(2014, 5, 16), "Monday", "2014-05-19"),
])
def test_an_appointment_looks_ahead_unless_its_clause_tells_of_the_past(text: str, reference: dt.date,
                                                                        phrase: str, iso: str) -> None:
    assert value_of(text, phrase, reference) == iso


@pytest.mark.parametrize(("text", "reference", "phrase", "iso"), [
    # a plan reported in spring for early the next month, under a past-tense reporting verb
    ("Officials said the two leaders had agreed to hold a summit in early May.", dt.date(2019, 4, 20),
     "May", "2019-05"),
    ("Aides said Merkel and Macron had agreed to meet in Aachen in early June.", dt.date(2018, 5, 11),
     "June", "2018-06"),
    ("The foreign ministry said last week that Abe would visit Seoul on May 3.", dt.date(2019, 4, 20),
     "May 3", "2019-05-03"),
    # a visit recalled in autumn, beside a sentence about the next meeting
    ("Kishida visited Seoul in late August, and the leaders will meet again next month.",
     dt.date(2024, 10, 12), "August", "2024-08"),
    ("Scholz toured Warsaw in early September. He will return in the spring.", dt.date(2023, 11, 3),
     "September", "2023-09"),
    # agreeing is done, what is agreed is to come: neither decides
    ("The envoys agreed to meet again on Tuesday.", dt.date(2019, 4, 20), "Tuesday", "2019-04-23"),
    ("The finance ministers agreed Thursday to widen their swap line.", dt.date(2019, 4, 20), "Thursday",
     "2019-04-18"),
    ("Lula said in a speech on Tuesday that talks would resume.", dt.date(2019, 4, 20), "Tuesday",
     "2019-04-16"),
])
def test_plans_under_a_past_reporting_verb_and_recollections_beside_plans(
        text: str, reference: dt.date, phrase: str, iso: str) -> None:
    assert value_of(text, phrase, reference) == iso


@pytest.mark.parametrize(("text", "phrase", "iso"), [
    ("Negotiators were set to resume Monday in Geneva.", "Monday", "2013-08-19"),
    ("Lawmakers said they would vote in September.", "September", "2013-09"),
    ("The vote was delayed until September.", "September", "2013-09"),
    ("Lawmakers voted on the bill in September.", "September", "2012-09"),
])
def test_a_month_or_weekday_in_an_august_sunday_report(text: str, phrase: str, iso: str) -> None:
    assert value_of(text, phrase, dt.date(2013, 8, 18)) == iso


# A Wednesday report (2011-03-16), for the rules below.
WEDNESDAY = dt.date(2011, 3, 16)


@pytest.mark.parametrize(("text", "phrase", "iso"), [
    # the present tense of a verb of schedules tells what is to come
    ("The assembly reconvenes Monday after its recess.", "Monday", "2011-03-21"),
    ("The board meets Tuesday to weigh the bid.", "Tuesday", "2011-03-22"),
    ("Ortega heads to Havana on Sunday for talks.", "Sunday", "2011-03-20"),
    ("The new tariff takes effect Jan. 1.", "Jan. 1", "2012-01-01"),
    ("The lease expires in October.", "October", "2011-10"),
    # with a plural subject
    ("Voters in six provinces go to the polls Sunday.", "Sunday", "2011-03-20"),
    ("The two envoys meet Friday in Quito.", "Friday", "2011-03-18"),
    ("The envoys did not meet Friday in Quito.", "Friday", "2011-03-11"),
    # its past tense, what is gone
    ("The assembly reconvened Monday after its recess.", "Monday", "2011-03-14"),
    ("Ortega headed to Havana on Sunday for talks.", "Sunday", "2011-03-13"),
    ("The new tariff took effect Jan. 1.", "Jan. 1", "2011-01-01"),
    # only in the date's own clause: the present of a sentence does not move a noun's day
    ("The decision follows Monday's vote and ends the dispute.", "Monday", "2011-03-14"),
    ("The ruling comes after Tuesday's hearing.", "Tuesday", "2011-03-15"),
])
def test_the_present_of_a_schedule_looks_forward(text: str, phrase: str, iso: str) -> None:
    assert value_of(text, phrase, WEDNESDAY) == iso


@pytest.mark.parametrize(("text", "phrase", "iso"), [
    ("The runoff is in November.", "November", "2011-11"),
    ("The hearing is Friday.", "Friday", "2011-03-18"),
    ("The filing deadline is now March 30.", "March 30", "2011-03-30"),
    ("The deadline for bids was March 30.", "March 30", "2010-03-30"),
    ("The runoff was in November.", "November", "2010-11"),
    ("The trade figures are released Tuesday.", "Tuesday", "2011-03-22"),
    ("The trade figures were released Tuesday.", "Tuesday", "2011-03-15"),
    # a day that only names a noun's day is not what "is" states
    ("What counts now is Tuesday's vote.", "Tuesday", "2011-03-15"),
])
def test_a_date_that_is_still_to_come_takes_is(text: str, phrase: str, iso: str) -> None:
    assert value_of(text, phrase, WEDNESDAY) == iso


@pytest.mark.parametrize(("text", "phrase", "iso"), [
    ("The delegation is expected in Nairobi on Sunday.", "Sunday", "2011-03-20"),
    ("A ruling is due Friday.", "Friday", "2011-03-18"),
    ("Final results are expected in April.", "April", "2011-04"),
    # "was to": what was arranged, still to come; "was to have": what did not happen
    ("The envoy was to arrive in Quito on Friday.", "Friday", "2011-03-18"),
    ("The talks were to resume Monday.", "Monday", "2011-03-21"),
    ("The envoy was to have arrived in Quito on Friday, but the flight was canceled.", "Friday",
     "2011-03-11"),
])
def test_expected_due_and_was_to_look_forward(text: str, phrase: str, iso: str) -> None:
    assert value_of(text, phrase, WEDNESDAY) == iso


@pytest.mark.parametrize(("text", "phrase", "iso"), [
    ("The company would not comment Monday.", "Monday", "2011-03-14"),
    ("A spokesman wouldn't say Tuesday how many jobs would go.", "Tuesday", "2011-03-15"),
    ("Police would not identify the victims on Sunday.", "Sunday", "2011-03-13"),
    # "would" of what is to come still looks ahead
    ("The company would report its results Thursday, an aide said.", "Thursday", "2011-03-17"),
])
def test_a_refusal_to_speak_is_past(text: str, phrase: str, iso: str) -> None:
    assert value_of(text, phrase, WEDNESDAY) == iso


@pytest.mark.parametrize(("text", "phrase", "iso"), [
    ("Import figures for February will be released Tuesday.", "Tuesday", "2011-03-22"),
    ("The verdict is to be announced Friday.", "Friday", "2011-03-18"),
    ("The verdict was announced Friday.", "Friday", "2011-03-11"),
])
def test_a_passive_verb_of_saying_is_no_reporting_verb(text: str, phrase: str, iso: str) -> None:
    assert value_of(text, phrase, WEDNESDAY) == iso


@pytest.mark.parametrize(("text", "reference", "phrase", "iso"), [
    ("Her trip repays his visit to Lima in October, when the two presidents signed the accord.",
     dt.date(2009, 3, 19), "October", "2008-10"),
    ("The vote comes in October, when the assembly will reconvene.", dt.date(2009, 3, 19), "October",
     "2009-10"),
    ("Prices peaked in August, when the drought hit the south.", dt.date(2009, 3, 19), "August", "2008-08"),
])
def test_a_when_clause_after_a_date_tells_its_tense(text: str, reference: dt.date, phrase: str,
                                                    iso: str) -> None:
    assert value_of(text, phrase, reference) == iso


def test_a_chronology_line_gives_its_year_to_its_dates() -> None:
    text = ("Milestones\n\n1991 -- Nov. 4: Lisbon and Rabat sign a fisheries pact.\n\n"
            "2007 - June 12-13: The prime ministers meet in Fez.\n2019 — March 2: Talks resume.")
    found = [(m.phrase, m.value.iso() if m.value else None, m.end_value.iso() if m.end_value else None)
             for m in find_dates(text, dt.date(2021, 6, 1))]
    assert found == [("Nov. 4", "1991-11-04", None), ("June 12-13", "2007-06-12", "2007-06-13"),
                     ("March 2", "2019-03-02", None)]


@pytest.mark.parametrize(("text", "phrase", "iso"), [
    ("Peru holds a runoff in June.", "June", "2011-06"),
    # a headline's present tells of what has just happened
    ("Peru holds runoff Sunday", "Sunday", "2011-03-13"),
])
def test_a_headline_present_is_no_schedule(text: str, phrase: str, iso: str) -> None:
    assert value_of(text, phrase, WEDNESDAY) == iso


@pytest.mark.parametrize(("text", "phrase", "iso"), [
    ("In a statement Tuesday, the ministry said it would send a team.", "Tuesday", "2011-03-15"),
    ("At a news conference on Monday, the mayor said the city will rebuild.", "Monday", "2011-03-14"),
    ("In an interview with a Lisbon daily on Sunday, Costa said talks would resume.", "Sunday", "2011-03-13"),
    # a speech still to give is no report of one
    ("The minister will give a speech Friday, aides said.", "Friday", "2011-03-18"),
])
def test_an_opening_in_a_statement_tuesday_is_the_day_of_the_speaking(text: str, phrase: str,
                                                                       iso: str) -> None:
    assert value_of(text, phrase, WEDNESDAY) == iso


@pytest.mark.parametrize(("text", "reference", "phrase", "iso"), [
    # a deadline the day before a story sent again, not the same day a year on
    ("The court ordered that the boy be returned to his mother by Jan. 14.", dt.date(2004, 1, 15), "Jan. 14",
     "2004-01-14"),
    ("The regulator told the bank to repay the loan by March 3.", dt.date(2004, 3, 5), "March 3",
     "2004-03-03"),
    # farther back, the tense decides
    ("The regulator told the bank to repay the loan by March 3.", dt.date(2004, 3, 20), "March 3",
     "2005-03-03"),
])
def test_a_day_a_few_days_gone_is_not_the_same_day_next_year(text: str, reference: dt.date, phrase: str,
                                                             iso: str) -> None:
    assert value_of(text, phrase, reference) == iso


@pytest.mark.parametrize(("text", "phrase", "iso"), [
    # irregular past tenses are signs of the past as much as "-ed" ones
    ("The choir sang in the cathedral on Saturday.", "Saturday", "2011-03-12"),
    ("Thousands fled the city in April.", "April", "2010-04"),
    ("The ferry sank off Cebu on March 20.", "March 20", "2010-03-20"),
])
def test_irregular_past_tenses_look_back(text: str, phrase: str, iso: str) -> None:
    assert value_of(text, phrase, WEDNESDAY) == iso


@pytest.mark.parametrize(("text", "phrase", "iso"), [
    ("Officials told The Daily Nation on Tuesday that talks will resume.", "Tuesday", "2011-03-15"),
    ("Aides told Radio Free Asia Monday the envoy will travel.", "Monday", "2011-03-14"),
    # what is told is no object of the telling
    ("Aides told reporters the envoy travels Friday.", "Friday", "2011-03-18"),
])
def test_told_a_named_outlet_on_a_day_is_the_day_of_the_telling(text: str, phrase: str, iso: str) -> None:
    assert value_of(text, phrase, WEDNESDAY) == iso


@pytest.mark.parametrize(("text", "reference", "phrase", "iso"), [
    # the participle of a done act that describes a noun tells when it was done
    ("The truce signed in September expires next year.", dt.date(2006, 8, 20), "September", "2005-09"),
    ("Talks held in Lusaka on Monday ended without a deal.", dt.date(2006, 8, 17), "Monday", "2006-08-14"),
    ("The pact reached Friday will take effect soon.", dt.date(2006, 8, 17), "Friday", "2006-08-11"),
    # not what is still to be done
    ("The truce, to be signed in September, will be fragile.", dt.date(2006, 8, 20), "September", "2006-09"),
    ("The truce will be signed on Friday.", dt.date(2006, 8, 17), "Friday", "2006-08-18"),
    ("Deputies elected in November will sit in January.", dt.date(2006, 8, 20), "November", "2006-11"),
])
def test_a_done_act_describing_a_noun_tells_its_date(text: str, reference: dt.date, phrase: str,
                                                     iso: str) -> None:
    assert value_of(text, phrase, reference) == iso


@pytest.mark.parametrize(("text", "phrase", "iso"), [
    ("Lima agreed last month to open the sites, and inspectors could begin as soon as Monday.", "Monday",
     "2011-03-21"),
    ("The plant closed in January and could reopen as soon as March.", "March", "2011-03"),
])
def test_as_soon_as_looks_forward_whatever_the_sentence_says(text: str, phrase: str, iso: str) -> None:
    assert value_of(text, phrase, WEDNESDAY) == iso


@pytest.mark.parametrize(("text", "reference", "phrase", "iso"), [
    # an earlier date of the clause takes the words before it: what follows tells of the later one
    ("The talks that ended last Sunday will resume this Thursday, envoys said.", dt.date(2004, 2, 9),
     "this Thursday", "2004-02-12"),
    ("The pact signed in 1995 expires Friday.", dt.date(2004, 2, 9), "Friday", "2004-02-13"),
    # what one prepares or braces for lies ahead
    ("Crews worked all night to prepare for the switch at midnight Friday.", dt.date(2004, 2, 12),
     "Friday", "2004-02-13"),
    ("Traders braced for more selling on Monday.", dt.date(2004, 2, 12), "Monday", "2004-02-16"),
])
def test_the_clause_of_a_later_date_and_what_is_prepared_for(text: str, reference: dt.date, phrase: str,
                                                             iso: str) -> None:
    assert value_of(text, phrase, reference) == iso


@pytest.mark.parametrize(("text", "phrase", "iso"), [
    ("The ministry said through a spokesman Tuesday that talks will resume.", "Tuesday", "2011-03-15"),
    ("The ministry said privately Monday that talks will resume.", "Monday", "2011-03-14"),
    ("The envoy told a news conference Tuesday that talks will resume.", "Tuesday", "2011-03-15"),
    ("The envoy said by telephone on Monday that he will return.", "Monday", "2011-03-14"),
    # the day before the reporting verb: "X on Tuesday said"
    ("The ministry on Tuesday said talks will resume.", "Tuesday", "2011-03-15"),
    ("Lula Monday told reporters he will veto the bill.", "Monday", "2011-03-14"),
    ("The rebels on Friday will free the hostages.", "Friday", "2011-03-18"),
    # what was told to be done is no telling
    ("The envoy told the rebels to leave the town by Friday.", "Friday", "2011-03-18"),
])
def test_a_reporting_verb_with_its_adverb_or_its_listeners(text: str, phrase: str, iso: str) -> None:
    assert value_of(text, phrase, WEDNESDAY) == iso


@pytest.mark.parametrize(("text", "phrase", "iso"), [
    # a condition not yet met lies ahead
    ("If approved Tuesday, the bill would take effect in October.", "Tuesday", "2011-03-22"),
    ("Unless the talks resume Monday, the strike will spread.", "Monday", "2011-03-21"),
    ("The strike will spread if talks fail on Friday.", "Friday", "2011-03-18"),
    # not one told in the past, nor a question put
    ("If he had left on Monday, he would be home by now.", "Monday", "2011-03-14"),
    ("Reporters asked if the vote took place Monday.", "Monday", "2011-03-14"),
])
def test_a_condition_not_yet_met_lies_ahead(text: str, phrase: str, iso: str) -> None:
    assert value_of(text, phrase, WEDNESDAY) == iso


@pytest.mark.parametrize(("text", "phrase", "iso"), [
    # a fronted date before "X said" is the day of the saying
    ("On Monday, officials said the talks would resume.", "Monday", "2011-03-14"),
    ("On March 3, the council told the rebels they must disarm.", "March 3", "2011-03-03"),
    # months named in a list after another
    ("Exports fell in June, July and August.", "July", "2010-07"),
])
def test_fronted_saying_and_listed_months(text: str, phrase: str, iso: str) -> None:
    assert value_of(text, phrase, WEDNESDAY) == iso
