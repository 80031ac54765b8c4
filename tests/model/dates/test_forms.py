"""The forms of English date phrases: what is a date, what is only a length of time or a habit, and the
forms found beyond the common ones (the year, year-end, spelled years, clock times, feasts)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.model.dates.finder import find_dates

THURSDAY = dt.date(2014, 5, 15)


def values(text: str, reference: dt.date | None = THURSDAY) -> list[tuple[str, str | None]]:
    """(phrase, ISO value or None) of every mention of `text`."""
    return [(m.phrase, m.value.iso() if m.value else None) for m in find_dates(text, reference)]


@pytest.mark.parametrize("text", [
    "Nkosi will return to Durban in four years.",
    "It was the first such visit in nine years.",
    "The two presidents have not met in three decades, or in 12 years of talks.",
    "Maria Costa stayed in Porto for three days.",
    "He served six years and two months in Lima.",
    "The envoys meet every week in Vienna.",
    "The council sits every Monday; its chair calls each Friday.",
    "The ministers will meet again in two weeks.",
    "Prices fell for the first time in 16 months.",
    "A ruling is expected within two weeks.",
    "Growth will slow over the next five years.",
    "Output rose 4% in the year ahead of the vote.",
    "The 24-hour strike shut the port.",
    "Okafor began a three-day visit to Accra.",
    "The month-long strike ended in a deal.",
    "Exports have risen in each of the past three months.",
    "Prices rose for a third straight year.",
])
def test_lengths_of_time_and_habits_are_never_dates(text: str) -> None:
    assert [value for _, value in values(text) if value is not None] == []


@pytest.mark.parametrize(("text", "reference", "found"), [
    ("A year ago, Tanaka was still mayor.", dt.date(1989, 10, 26), [("A year ago", "1988-10-26")]),
    ("The Oslo accord was signed one year ago.", dt.date(2016, 3, 2), [("one year ago", "2015-03-02")]),
    ("Ten years ago the bridge fell.", dt.date(2016, 3, 2), [("Ten years ago", "2006")]),
    ("She took office a year ago.", dt.date(2016, 2, 29), [("a year ago", "2015-02-28")]),
])
def test_a_year_ago_is_the_reports_day_a_year_back(text: str, reference: dt.date,
                                                  found: list[tuple[str, str]]) -> None:
    assert values(text, reference) == found


def test_a_chain_of_a_year_earlier_counts_each_from_the_one_before() -> None:
    text = "The dam opened in 2008. A year earlier, floods struck. A year earlier still, a drought."
    assert values(text) == [("2008", "2008"), ("A year earlier", "2007"), ("A year earlier", "2006")]


@pytest.mark.parametrize(("text", "found"), [
    ("Exports for the year rose 4 percent.", [("the year", "2014")]),
    ("In 2009, sales at the Lagos plant fell over the year.", [("2009", "2009"), ("the year", "2009")]),
    ("Debt at year-end stood at $3 billion.", [("year-end", "2014")]),
    ("Profit rose from the year-earlier quarter.", [("year-earlier", "2013")]),
    ("Sales were lower than in the year-ago period.", [("year-ago", "2013")]),
])
def test_the_year_year_end_and_year_earlier_count_from_the_sentence_or_the_report(
        text: str, found: list[tuple[str, str]]) -> None:
    assert values(text) == found


@pytest.mark.parametrize("text", [
    "She was named person of the year.",
    "The year before, he had lost.",
    "It was the year of the flood.",
])
def test_the_year_of_a_description_or_an_offset_is_not_the_reports_year(text: str) -> None:
    assert ("the year", "2014") not in values(text)


@pytest.mark.parametrize(("text", "found"), [
    ("Dole lost his 1996 campaign.", [("1996", "1996")]),
    ("Yeltsin's 1996 victory surprised Moscow.", [("1996", "1996")]),
    ("Their 2004 accord still holds.", [("2004", "2004")]),
    ("Kopp's 1987 Chevrolet was found in Newark.", []),
    ("The city spent its 1996 dollars.", []),
])
def test_a_year_after_a_possessor_names_the_year_of_its_noun(text: str, found: list[tuple[str, str]]) -> None:
    assert values(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("The poet was born in nineteen ninety-six.", [("nineteen ninety-six", "1996")]),
    ("It happened in nineteen eighteen, she said.", [("nineteen eighteen", "1918")]),
    ("By twenty twenty-one the mine had closed.", [("twenty twenty-one", "2021")]),
    ("Twenty people attended.", []),
])
def test_spelled_out_years(text: str, found: list[tuple[str, str]]) -> None:
    assert values(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Cuba won its independence from Spain in 1898.", [("1898", "1898")]),
    ("Attacks on clinics dating to 1994 were studied.", [("1994", "1994")]),
    ("The feud goes back to 1987.", [("1987", "1987")]),
    ("Turnout rose to 1900 voters.", []),
])
def test_years_before_1900_and_years_a_verb_of_origin_leads_to(text: str, found: list[tuple[str, str]]) -> None:
    assert values(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("The bomb went off around 7:15 p.m. on Tuesday.", [("7:15 p.m. on Tuesday", "2014-05-13")]),
    ("Polls close at 8 p.m. Sunday in Quito.", [("8 p.m. Sunday", "2014-05-18")]),
    ("The blast came at 10:35 a.m. (0735 GMT) Friday.", [("10:35 a.m. (0735 GMT) Friday", "2014-05-09")]),
    ("Silva was shot on March 3 and died at 11 p.m. in hospital.", [("March 3", "2014-03-03"),
                                                                   ("11 p.m.", "2014-03-03")]),
    ("They met on June 5 at 10 a.m. in Accra.", [("June 5", "2013-06-05")]),
    ("Written by 9:05 AM Politics", []),
    ("The jogger saw the car at 6 a.m. near the house.", []),
])
def test_a_clock_time_names_the_day_of_its_sentence(text: str, found: list[tuple[str, str]]) -> None:
    assert values(text) == found


@pytest.mark.parametrize(("text", "reference", "found"), [
    ("The boy was found on Thanksgiving Day.", dt.date(2000, 1, 6), [("Thanksgiving Day", "1999-11-25")]),
    ("The raft was found last Thanksgiving.", dt.date(2000, 2, 10), [("last Thanksgiving", "1999-11-25")]),
    ("The troops will be home by Christmas.", dt.date(2014, 10, 2), [("Christmas", "2014-12-25")]),
    ("Shops opened on Christmas Eve.", dt.date(2015, 1, 5), [("Christmas Eve", "2014-12-24")]),
    ("The treaty was signed on New Year's Day 1999.", THURSDAY, [("New Year's Day 1999", "1999-01-01")]),
    ("Pilgrims gathered for Easter.", dt.date(2014, 4, 14), [("Easter", "2014-04-20")]),
    ("Christmas Island lies south of Java.", THURSDAY, []),
    ("The Easter Rising began in Dublin.", THURSDAY, []),
])
def test_feasts_name_their_day(text: str, reference: dt.date, found: list[tuple[str, str]]) -> None:
    assert values(text, reference) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Today's youth know little of the war.", []),
    ("What today's generation wants is work.", []),
    ("Today's meeting in Hanoi ran late.", [("Today", "2014-05-15")]),
])
def test_todays_youth_is_nowadays_not_the_reports_day(text: str, found: list[tuple[str, str]]) -> None:
    assert values(text) == found


@pytest.mark.parametrize(("text", "phrase", "iso", "qualifier"), [
    ("Post-1959 politics split the island's families.", "Post-1959", "1959", "after"),
    ("Output is back at pre-2008 levels in Ulsan.", "pre-2008", "2008", "before"),
])
def test_a_year_bounding_a_period_is_that_year_with_its_side(text: str, phrase: str, iso: str,
                                                             qualifier: str) -> None:
    [mention] = find_dates(text, THURSDAY)
    assert (mention.phrase, mention.value.iso() if mention.value else None, mention.qualifier) == (
        phrase, iso, qualifier)
