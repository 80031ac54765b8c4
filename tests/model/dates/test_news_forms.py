"""Date phrases of wire reports: the day of the report itself, limits, parts of the year, appointments,
months of a relative year, datelines, time-zone notes after a clock time, and tense that is not the date's."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.model.dates.finder import DateMention, find_dates
from timeline_app.model.dates.fuzzy_date import Precision

MONDAY = dt.date(2015, 12, 28)
THURSDAY = dt.date(2023, 3, 16)
TUESDAY = dt.date(2026, 1, 13)


def found(text: str, reference: dt.date | None) -> list[tuple[str, str | None]]:
    """(phrase, ISO value or None) of every mention of `text`."""
    return [(m.phrase, m.value.iso() if m.value else None) for m in find_dates(text, reference)]


def mention(text: str, phrase: str, reference: dt.date | None) -> DateMention:
    """The mention of `text` whose phrase is `phrase`."""
    mentions = [m for m in find_dates(text, reference) if m.phrase == phrase]
    assert len(mentions) == 1, [m.phrase for m in find_dates(text, reference)]
    return mentions[0]


@pytest.mark.parametrize(("text", "phrase", "qualifier"), [
    ("Abe is scheduled to speak by phone with Park later in the day, aides said.", "later in the day", "later"),
    ("It came after the two leaders attended a trilateral summit earlier in the day.", "earlier in the day",
     "earlier"),
    ("Later that day, the ministers signed the accord.", "Later that day", "later"),
    ("The envoys had spoken by phone earlier that day.", "earlier that day", "earlier"),
])
def test_later_in_the_day_alone_is_the_day_of_the_report(text: str, phrase: str, qualifier: str) -> None:
    found_mention = mention(text, phrase, MONDAY)
    assert found_mention.value is not None and found_mention.value.iso() == "2015-12-28"
    assert found_mention.value.precision is Precision.DAY
    assert found_mention.anchored and not found_mention.relative_to_event
    assert found_mention.qualifier == qualifier
    assert found_mention.basis is not None and found_mention.basis.anchor == MONDAY


def test_later_in_the_day_after_a_date_is_that_date() -> None:
    text = "The ministers met on Dec. 20. Later in the day, Abe phoned Park."
    assert found(text, MONDAY) == [("Dec. 20", "2015-12-20"), ("Later in the day", "2015-12-20")]
    assert mention(text, "Later in the day", MONDAY).relative_to_event


def test_later_in_the_week_alone_is_the_week_of_the_report() -> None:
    assert found("A decision is expected later in the week.", MONDAY) == [("later in the week", "2015-W53")]


def test_later_in_the_day_passes_over_the_date_of_a_relative_clause() -> None:
    text = ("Kishida, who is not running in the party's leadership race on Sept. 27, arrived in Seoul earlier "
            "in the day for a two-day visit.")
    assert found(text, dt.date(2024, 9, 6)) == [("Sept. 27", "2024-09-27"),
                                                ("earlier in the day", "2024-09-06")]


def test_without_a_report_date_later_in_the_day_needs_one() -> None:
    [alone] = find_dates("Abe will call Park later in the day.", None)
    assert alone.value is None and alone.anchored and not alone.relative_to_event


@pytest.mark.parametrize(("text", "reference", "phrase", "iso", "qualifier"), [
    ("Kishida could make a return visit to Seoul as early as May, a government official said.", THURSDAY,
     "as early as May", "2023-05", "as early as"),
    ("Talks could resume as soon as next week.", THURSDAY, "as soon as next week", "2023-W12", "as soon as"),
    ("The deal could be signed as late as June.", THURSDAY, "as late as June", "2023-06", "as late as"),
    ("A summit may come as early as January.", dt.date(2025, 11, 20), "as early as January", "2026-01",
     "as early as"),
    ("Ties could be restored as early as 2027.", THURSDAY, "as early as 2027", "2027", "as early as"),
    ("The envoys may meet as early as Friday.", THURSDAY, "as early as Friday", "2023-03-17", "as early as"),
    ("Officials say the visit may come as early as May 20.", THURSDAY, "as early as May 20", "2023-05-20",
     "as early as"),
    ("The boycott lasted as late as February.", THURSDAY, "as late as February", "2023-02", "as late as"),
    ("The rift dates back as early as March last year.", THURSDAY, "as early as March last year", "2022-03",
     "as early as"),
])
def test_a_limit_keeps_its_date_and_leans_to_the_future(text: str, reference: dt.date, phrase: str, iso: str,
                                                        qualifier: str) -> None:
    limit = mention(text, phrase, reference)
    assert limit.value is not None and limit.value.iso() == iso
    assert limit.qualifier == qualifier


@pytest.mark.parametrize(("text", "phrase", "iso", "qualifier"), [
    ("Takaichi will make a return visit in the second half of the year.", "the second half of the year",
     "2026", "second half of"),
    ("Talks will resume in the first half of next year.", "the first half of next year", "2027",
     "first half of"),
    ("A deal is due in the latter half of 2026.", "the latter half of 2026", "2026", "latter half of"),
    ("The two sides will arrange the visit early next year.", "early next year", "2027", "early"),
    ("Seoul will host a three-way summit later this year.", "later this year", "2026", "later"),
    ("A deal is due by the end of the year.", "the end of the year", "2026", "end of"),
    ("A deal is due by the end of this month.", "the end of this month", "2026-01", "end of"),
    ("The new president, to be elected at the end of the month, takes office next.", "the end of the month",
     "2026-01", "end of"),
    ("Output rose in the first quarter of the year.", "the first quarter of the year", "2026",
     "first quarter of"),
    ("Talks may resume at the beginning of next month.", "the beginning of next month", "2026-02",
     "beginning of"),
])
def test_parts_of_a_year_or_month(text: str, phrase: str, iso: str, qualifier: str) -> None:
    part = mention(text, phrase, TUESDAY)
    assert part.value is not None and part.value.iso() == iso
    assert part.qualifier == qualifier
    assert part.anchored == ("20" not in phrase)


def test_the_year_after_a_stated_year_of_the_same_sentence_is_that_year() -> None:
    assert found("Exports fell in 2019 and recovered by the end of the year.", TUESDAY) == [
        ("2019", "2019"), ("the end of the year", "2019")]
    assert found("Exports fell in 2019. Talks resume by the end of the year.", TUESDAY) == [
        ("2019", "2019"), ("the end of the year", "2026")]


def test_the_end_of_the_year_with_a_number_is_that_year() -> None:
    assert found("The talks collapsed at the end of the year 2019.", TUESDAY) == [("2019", "2019")]


@pytest.mark.parametrize(("text", "reference", "phrase", "iso"), [
    (("Officials of the two countries had been arranging a summit in Tokyo for Friday, the day of the "
      "opening ceremony, but failed to agree."), dt.date(2021, 7, 19), "Friday", "2021-07-23"),
    ("A meeting between the ministers, which had been planned for Wednesday in Tokyo, was canceled.", TUESDAY,
     "Wednesday", "2026-01-14"),
    ("The talks were scheduled for Tuesday.", dt.date(2021, 7, 19), "Tuesday", "2021-07-20"),
    ("A call was set for this Friday.", dt.date(2021, 7, 19), "this Friday", "2021-07-23"),
    ("Ishiba called a general election for Oct. 27.", dt.date(2024, 10, 2), "Oct. 27", "2024-10-27"),
])
def test_for_a_day_names_an_appointment_ahead(text: str, reference: dt.date, phrase: str, iso: str) -> None:
    appointment = mention(text, phrase, reference)
    assert appointment.value is not None and appointment.value.iso() == iso


@pytest.mark.parametrize(("text", "iso"), [
    ("Lee thanked Ishiba for Friday's talks.", "2021-07-16"),
    ("Lee held talks with Ishiba on Friday.", "2021-07-16"),
])
def test_a_day_not_set_for_something_keeps_the_tense(text: str, iso: str) -> None:
    [day] = find_dates(text, dt.date(2021, 7, 19))
    assert day.value is not None and day.value.iso() == iso


@pytest.mark.parametrize(("text", "phrase", "iso", "precision"), [
    ("Abe and Moon last held formal talks in New York in September of last year.", "September of last year",
     "2018-09", Precision.MONTH),
    ("The ministers met in June of this year.", "June of this year", "2019-06", Precision.MONTH),
    ("The leaders will meet in March of next year.", "March of next year", "2020-03", Precision.MONTH),
    ("They met September last year in New York.", "September last year", "2018-09", Precision.MONTH),
    ("They met in late September last year.", "late September last year", "2018-09", Precision.MONTH),
    ("They met last September.", "last September", "2019-09", Precision.MONTH),
    ("Moon's single five-year term ends in May next year.", "May next year", "2020-05", Precision.MONTH),
    ("The deal was struck on Dec. 28 last year.", "Dec. 28 last year", "2018-12-28", Precision.DAY),
    ("The deal was struck on 28 December last year.", "28 December last year", "2018-12-28", Precision.DAY),
])
def test_a_month_of_a_relative_year_is_one_mention(text: str, phrase: str, iso: str,
                                                  precision: Precision) -> None:
    [month] = find_dates(text, dt.date(2019, 12, 24))
    assert month.phrase == phrase
    assert month.value is not None and month.value.iso() == iso and month.value.precision is precision
    assert month.anchored


@pytest.mark.parametrize(("text", "reference", "phrase", "iso"), [
    ("SEOUL, July 19 (Yonhap) -- President Moon will not travel to Tokyo.", dt.date(2021, 7, 19), "July 19",
     "2021-07-19"),
    ("TOKYO, Dec. 24 (Kyodo) - Abe and Moon met in Chengdu.", dt.date(2019, 12, 24), "Dec. 24", "2019-12-24"),
])
def test_the_date_of_a_dateline(text: str, reference: dt.date, phrase: str, iso: str) -> None:
    dateline = find_dates(text, reference)[0]
    assert (dateline.phrase, dateline.value.iso() if dateline.value else None) == (phrase, iso)
    assert dateline.note is None


@pytest.mark.parametrize(("text", "phrase", "note"), [
    ("December 24, 2019 21:40 (JST)", "December 24, 2019", "JST"),
    ("Sep 6, 2024 at 18:31 JST", "Sep 6, 2024", "JST"),
    ("The talks start on Oct. 8 at 10 a.m. (KST).", "Oct. 8", "KST"),
    ("They met on June 17 at 3 p.m. local time.", "June 17", "local time"),
    ("The call is set for Friday, June 20 (KST).", "Friday, June 20", "KST"),
    ("They met on June 17, 12 officials said (KST).", "June 17", None),
])
def test_a_time_zone_note_after_a_clock_time(text: str, phrase: str, note: str | None) -> None:
    dated = find_dates(text, dt.date(2021, 10, 5))[0]
    assert dated.phrase == phrase
    assert dated.note == note


@pytest.mark.parametrize(("text", "reference", "phrase", "iso"), [
    (("Kishida dissolved the lower house on Thursday ahead of a general election on Oct. 31, which may "
      "keep him from traveling to Rome."), dt.date(2021, 10, 5), "Oct. 31", "2021-10-31"),
    ("Japan holds a general election on Oct. 31.", dt.date(2021, 10, 5), "Oct. 31", "2021-10-31"),
    ("The ruling party, which held its leadership race last month, faces a general election on Oct. 31.",
     dt.date(2021, 10, 5), "Oct. 31", "2021-10-31"),
    ("A general election on Oct. 31 follows talks held in Seoul.", dt.date(2021, 10, 5), "Oct. 31",
     "2021-10-31"),
    ("The postponed election on Oct. 31 draws attention.", dt.date(2021, 10, 5), "Oct. 31", "2021-10-31"),
    ("Ishiba has said he will dissolve the lower house on Oct. 9.", dt.date(2024, 10, 2), "Oct. 9",
     "2024-10-09"),
    ("The leaders met on Oct. 3.", dt.date(2021, 10, 5), "Oct. 3", "2021-10-03"),
    ("The leaders met on Oct. 31.", dt.date(2021, 10, 5), "Oct. 31", "2020-10-31"),
    ("Lee, who met Ishiba on Oct. 31, will visit Tokyo.", dt.date(2021, 10, 5), "Oct. 31", "2020-10-31"),
    ("The ministers held talks on Oct. 31 ahead of the summit.", dt.date(2021, 10, 5), "Oct. 31",
     "2020-10-31"),
])
def test_only_the_tense_of_the_dates_own_clause_counts(text: str, reference: dt.date, phrase: str,
                                                       iso: str) -> None:
    dated = mention(text, phrase, reference)
    assert dated.value is not None and dated.value.iso() == iso


def test_a_range_ending_in_a_relative_year_takes_that_year_for_both_ends() -> None:
    [months] = find_dates("Ties froze between June and August last year.", dt.date(2019, 12, 24))
    assert months.phrase == "June and August last year"
    assert months.value is not None and months.end_value is not None
    assert (months.value.iso(), months.end_value.iso()) == ("2018-06", "2018-08")
    assert months.anchored


# A Wednesday report (2007-08-15), for the forms below.
WEDNESDAY = dt.date(2007, 8, 15)


@pytest.mark.parametrize(("text", "expected"), [
    ("Profit fell 4% in the year ended June 30.", [("June 30", "2007-06-30")]),
    ("The fund gained 9% in the year to July.", [("July", "2007-07")]),
    ("Sales rose in the year ending March 31, 2008.", [("March 31, 2008", "2008-03-31")]),
    # the year itself still names the year
    ("The fund gained 9% for the year.", [("the year", "2007")]),
])
def test_a_year_that_ends_on_a_date_is_a_length_not_the_report_year(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WEDNESDAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The miners walked out a week ago Friday.", [("a week ago Friday", "2007-08-03")]),
    ("The miners walked out a week ago Wednesday.", [("a week ago Wednesday", "2007-08-08")]),
    ("The dam burst two weeks ago today.", [("two weeks ago today", "2007-08-01")]),
    ("The dam burst three days ago yesterday.", [("three days ago yesterday", "2007-08-11")]),
    ("The dam burst three days ago.", [("three days ago", "2007-08-12")]),
])
def test_a_week_ago_friday_is_the_friday_before_last(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WEDNESDAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Fireworks lit the harbor on the Fourth of July.", [("Fourth of July", "2007-07-04")]),
    ("A wreath will be laid on Veterans Day.", [("Veterans Day", "2007-11-11")]),
    ("The Fourth of July parade drew thousands.", [("Fourth of July", "2007-07-04")]),
    # days that differ from one country to the next are left undated
    ("The visit began on Memorial Day.", []),
    ("Unions marched on Labor Day.", []),
    ("Polls close at 8 p.m. on Election Day.", []),
])
def test_holidays_named_by_their_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WEDNESDAY) == expected


@pytest.mark.parametrize(("text", "iso"), [
    # a month that a noun counts is the one gone by, whatever the tense of the verb
    ("The trade deficit for July will be published Tuesday.", "2007-07"),
    ("Jobless figures for July are due next week.", "2007-07"),
    ("Retail sales in July will be reported Friday.", "2007-07"),
    # a month a verb sets or puts off lies ahead
    ("The referendum was postponed for July.", "2008-07"),
    ("The referendum has been delayed for July.", "2008-07"),
])
def test_a_month_after_a_noun_and_for_is_the_period_it_counts(text: str, iso: str) -> None:
    [month] = [m for m in find_dates(text, WEDNESDAY) if m.phrase == "July"]
    assert month.value is not None and month.value.iso() == iso


@pytest.mark.parametrize(("text", "expected"), [
    # a time of day named by a word is the day its sentence states, before or after it
    ("The envoy lands on Aug. 20 and speaks at noon.", [("Aug. 20", "2007-08-20"), ("noon", "2007-08-20")]),
    ("Zuma will address the court at midday, according to a statement today by his lawyers.",
     [("midday", "2007-08-15"), ("today", "2007-08-15")]),
    ("The guard was stabbed at 11 p.m. as he locked the gate on Aug. 9.",
     [("11 p.m.", "2007-08-09"), ("Aug. 9", "2007-08-09")]),
    ("The ferry sails at 4 in the morning (4 a.m. GMT Thursday), the port said.",
     [("4 in the morning", "2007-08-16"), ("4 a.m. GMT Thursday", "2007-08-16")]),
    # nor a day the sentence does not state
    ("Troops must leave by midnight.", []),
    ("The ferry sails at 6 in the evening.", []),
    ("The mayor spoke at noon.", []),
])
def test_a_time_of_day_is_the_day_its_sentence_states(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WEDNESDAY) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), [
    ("Since Friday the 13th, bonds have been volatile.", dt.date(1995, 10, 26),
     [("Friday the 13th", "1995-10-13")]),
    ("On Tuesday, the 3rd, the mill closed.", dt.date(1995, 10, 26), [("Tuesday, the 3rd", "1995-10-03")]),
    ("The fair opens a week from Monday.", dt.date(1995, 10, 26), [("a week from Monday", "1995-11-06")]),
    ("The fair opens two weeks from tomorrow.", dt.date(1995, 10, 26),
     [("two weeks from tomorrow", "1995-11-10")]),
    ("Three years ago this month, the mill closed.", dt.date(1995, 10, 26),
     [("Three years ago this month", "1992-10")]),
])
def test_weekdays_and_counts_that_name_one_day(text: str, reference: dt.date,
                                               expected: list[tuple[str, str]]) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # dates and years as a broadcast transcript spells them
    ("The inspectors left on January nineteenth.", [("January nineteenth", "2007-01-19")]),
    ("The envoys return September twenty-first.", [("September twenty-first", "2007-09-21")]),
    ("The truce was signed on the thirtieth of June.", [("the thirtieth of June", "2007-06-30")]),
    ("The pact of March fifth, 1996, still holds.", [("March fifth, 1996", "1996-03-05")]),
    ("By the year two thousand, the dam will be finished.", [("two thousand", "2000")]),
    ("The plant closes in two thousand and nine.", [("two thousand and nine", "2009")]),
    # not a date
    ("Two thousand people marched.", []),
    ("In March the second round of talks opened.", [("March", "2007-03")]),
    ("The thirtieth of the players fell.", []),
])
def test_spelled_out_days_and_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WEDNESDAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The strike began the week before last.", [("the week before last", "2007-W31")]),
    ("The ballot is due the month after next.", [("the month after next", "2007-10")]),
    # "last" that belongs to what follows
    ("The day before last Tuesday's vote, the mayor resigned.",
     [("The day before", "2007-08-13"), ("last Tuesday", "2007-08-14")]),
])
def test_the_week_before_last(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text, WEDNESDAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "a year earlier" keeps what its date states, as "a year ago" keeps the report's day
    ("Exports rose 4% in July from a year earlier.", [("July", "2007-07"), ("a year earlier", "2006-07")]),
    ("Profit in 2005 was $3 million; a year earlier it was $2 million.",
     [("2005", "2005"), ("a year earlier", "2004")]),
    # two years and more are only years
    ("Exports rose in July 2006; two years earlier they fell.",
     [("July 2006", "2006-07"), ("two years earlier", "2004")]),
])
def test_a_year_earlier_keeps_the_month_it_counts_from(text: str,
                                                       expected: list[tuple[str, str | None]]) -> None:
    assert found(text, WEDNESDAY) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), [
    # the week of a feast, placed as a week: begun when its Monday has come
    ("Crowds filled the square as Easter week began.", dt.date(2009, 4, 6), [("Easter week", "2009-W15")]),
    ("Trains were full in Christmas week.", dt.date(2009, 1, 8), [("Christmas week", "2008-W52")]),
    ("The Easter Week Rising is remembered.", dt.date(2009, 4, 6), []),
    # a feast a few days ahead in a past clause is last year's; "for" a feast is what is awaited
    ("The choir sang on Easter Sunday.", dt.date(2009, 4, 6), [("Easter Sunday", "2008-03-23")]),
    ("At Christmas, the shelter was full.", dt.date(2009, 12, 20), [("Christmas", "2008-12-25")]),
    ("Last Easter, the shelter was full.", dt.date(2009, 4, 6), [("Last Easter", "2008-03-23")]),
    ("Pilgrims arrived for Easter.", dt.date(2009, 4, 6), [("Easter", "2009-04-12")]),
])
def test_feasts_and_their_weeks(text: str, reference: dt.date, expected: list[tuple[str, str]]) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Output should recover by year's end.", [("year's end", "2007")]),
    ("Output should recover by year end.", [("year end", "2007")]),
    ("In 2004, output recovered by year's end.", [("2004", "2004"), ("year's end", "2004")]),
    ("A deal is expected by week's end.", [("week's end", "2007-W33")]),
    ("On March 3, 2005, the fund shut; by month's end it had reopened.",
     [("March 3, 2005", "2005-03-03"), ("month's end", "2005-03")]),
    # the twelve months to come are a length of time
    ("Output will recover in the year ahead.", []),
])
def test_the_end_of_the_year_in_other_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WEDNESDAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the" before, a capitalized word after: the name of a paper, a club, a committee
    ("The Sunday Times reported the leak.", []),
    ("The Fourth of July Committee met.", []),
    # a month's day before a capitalized word is still a date
    ("Hotels emptied after the Aug. 7 Embassy bombings.", [("Aug. 7", "2007-08-07")]),
    ("Sales rose after the Sunday vote.", [("Sunday", "2007-08-12")]),
])
def test_a_weekday_or_feast_in_a_name_is_no_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WEDNESDAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The treaty faces a September vote.", [("September", "2007-09")]),
    ("There was a mid-July lull in the fighting.", [("mid-July", "2007-07")]),
    ("The treaty faces an October vote.", [("October", "2007-10")]),
])
def test_a_month_after_a_or_an_before_its_noun(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WEDNESDAY) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), [
    ("Exports in December rose 3% from the same month a year ago.", dt.date(2003, 1, 9),
     [("December", "2002-12"), ("the same month a year ago", "2001-12")]),
    ("On March 4, the same day a year earlier, the dam burst.", dt.date(2003, 3, 9),
     [("March 4", "2003-03-04"), ("the same day a year earlier", "2002-03-04")]),
])
def test_the_same_month_a_year_ago(text: str, reference: dt.date, expected: list[tuple[str, str]]) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Bookings are down from this time last year.", [("this time last year", "2006-08-15")]),
    ("By this time next year, the dam will be full.", [("this time next year", "2008-08-15")]),
    ("At this time last week, it rained.", [("last week", "2007-W32")]),
])
def test_this_time_last_year_is_the_day_a_year_back(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WEDNESDAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday counted from the date told before it
    ("The siege began on Aug. 6. The following Monday, talks resumed.",
     [("Aug. 6", "2007-08-06"), ("The following Monday", "2007-08-13")]),
    ("The siege began on Aug. 6. The next Tuesday, talks resumed.",
     [("Aug. 6", "2007-08-06"), ("The next Tuesday", "2007-08-07")]),
    ("The siege ended on Aug. 10. The previous Friday, talks had failed.",
     [("Aug. 10", "2007-08-10"), ("The previous Friday", "2007-08-03")]),
    ("The siege began on Aug. 6. That Friday, the rebels fled.",
     [("Aug. 6", "2007-08-06"), ("That Friday", "2007-08-10")]),
    ("The siege ended on Aug. 10. The Friday before, talks had failed.",
     [("Aug. 10", "2007-08-10"), ("The Friday before", "2007-08-03")]),
    ("The siege began on Aug. 6. On that Friday, the rebels fled.",
     [("Aug. 6", "2007-08-06"), ("that Friday", "2007-08-10")]),
    # "that" joining a clause is no "that Friday"
    ("The envoy said that Friday would be the deadline.", [("Friday", "2007-08-17")]),
    # with no date before it: from the report's day, or none for "that Friday"
    ("The next Tuesday, talks resume.", [("The next Tuesday", "2007-08-21")]),
    ("That Friday, the rebels fled.", [("That Friday", None)]),
])
def test_a_weekday_counted_from_the_date_before_it(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text, WEDNESDAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Exports rose in June, July and August.", [("June", "2007-06"), ("July", "2007-07"), ("August", "2007-08")]),
    # "May" and "March" after a comma are too often a name or a verb
    ("On April 3, May said no.", [("April 3", "2007-04-03")]),
    ("Ali, June and Tom came.", []),
    ("On April 3, June Okafor sang.", [("April 3", "2007-04-03")]),
])
def test_months_in_a_list(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WEDNESDAY) == expected
