"""The date finder on sentences of news English: every form, its precision, range and offsets."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.model.dates.finder import DateMention, find_dates
from timeline_app.model.dates.fuzzy_date import Precision

WEDNESDAY = dt.date(2025, 6, 18)  # the day the Kananaskis reports were published
END_OF_SEPTEMBER = dt.date(2025, 9, 30)

PRECISIONS = {"day": Precision.DAY, "week": Precision.WEEK, "month": Precision.MONTH, "year": Precision.YEAR}


def only(text: str, reference: dt.date | None = WEDNESDAY) -> DateMention:
    """The one date mention of `text`."""
    mentions = find_dates(text, reference)
    assert len(mentions) == 1, [m.phrase for m in mentions]
    return mentions[0]


def check(text: str, phrase: str, iso: str, precision: str, end_iso: str | None = None,
          reference: dt.date | None = WEDNESDAY) -> DateMention:
    """Asserts that `text` holds exactly one mention, `phrase`, naming `iso` (to `end_iso`)."""
    mention = only(text, reference)
    assert mention.phrase == phrase
    assert (mention.start, mention.end) == (text.index(phrase), text.index(phrase) + len(phrase))
    assert mention.value is not None
    assert mention.value.iso() == iso
    assert mention.value.precision is PRECISIONS[precision]
    assert (mention.end_value.iso() if mention.end_value else None) == end_iso
    return mention


FULL_DATES = [
    ("The leaders met on June 17, 2025 in Seoul.", "June 17, 2025", "2025-06-17"),
    ("Talks opened June 17 in Seoul.", "June 17", "2025-06-17"),
    ("The accord was signed 17 June in Ottawa.", "17 June", "2025-06-17"),
    ("Published: 18 Jun. 2025, 08:30", "18 Jun. 2025", "2025-06-18"),
    ("Filed 2025-06-18 by the desk.", "2025-06-18", "2025-06-18"),
    ("등록 2025.06.18 14:51:54", "2025.06.18", "2025-06-18"),
    ("Posted 2025/06/18.", "2025/06/18", "2025-06-18"),
    ("Posted on 18/06/2025.", "18/06/2025", "2025-06-18"),
    ("Lee spoke on Tuesday, June 17, in Canada.", "Tuesday, June 17", "2025-06-17"),
    ("Lee arrived Jun 17th with his aides.", "Jun 17th", "2025-06-17"),
    ("The registration dates from Dec. 13, 2022.", "Dec. 13, 2022", "2022-12-13"),
    ("이재명 대통령은 2025년 6월 17일 이시바 총리와 회담했다.", "2025년 6월 17일", "2025-06-17"),
    ("양국 정상은 6월 17일 회담했다.", "6월 17일", "2025-06-17"),
    ("양국 정상은 지난 9일 통화했다.", "지난 9일", "2025-06-09"),
]


@pytest.mark.parametrize(("text", "phrase", "iso"), FULL_DATES)
def test_full_dates_name_one_day(text: str, phrase: str, iso: str) -> None:
    check(text, phrase, iso, "day")


@pytest.mark.parametrize(("text", "phrase", "iso"), [
    ("The defence ministers met on Sept. 8.", "Sept. 8", "2025-09-08"),
    ("Trade talks resumed Sep 8 in Tokyo.", "Sep 8", "2025-09-08"),
    ("Lee welcomed Ishiba in Busan on September 30.", "September 30", "2025-09-30"),
])
def test_abbreviated_months_in_a_september_report(text: str, phrase: str, iso: str) -> None:
    check(text, phrase, iso, "day", reference=END_OF_SEPTEMBER)


def test_a_date_without_a_year_depends_on_the_reference_but_a_full_date_does_not() -> None:
    assert only("The leaders met on June 17.").anchored
    assert not only("The leaders met on June 17, 2025.").anchored


@pytest.mark.parametrize(("text", "phrase", "iso"), [
    ("They spoke by phone on the 9th and agreed to meet.", "the 9th", "2025-06-09"),
    ("Lee sent a message to the reception on the 16th, aides said.", "the 16th", "2025-06-16"),
    ("The ministers will meet on the 25th.", "the 25th", "2025-06-25"),
    ("The ministers met on the 25th.", "the 25th", "2025-05-25"),
    ("The deal was signed on the 17th of last month.", "the 17th of last month", "2025-05-17"),
])
def test_a_day_of_the_month_alone_takes_the_nearest_month_in_the_sentence_direction(
        text: str, phrase: str, iso: str) -> None:
    check(text, phrase, iso, "day")


@pytest.mark.parametrize(("text", "phrase", "iso", "qualifier"), [
    ("Lee met Ishiba on Tuesday.", "Tuesday", "2025-06-17", None),
    ("Lee met Ishiba on Wednesday.", "Wednesday", "2025-06-18", None),
    ("Lee will visit Tokyo on Tuesday.", "Tuesday", "2025-06-24", None),
    ("Trump left the summit Monday night.", "Monday night", "2025-06-16", "night"),
    ("Ishiba spoke last Wednesday.", "last Wednesday", "2025-06-11", None),
    ("Lee will travel next Monday.", "next Monday", "2025-06-23", None),
    ("Lee will travel next Wednesday.", "next Wednesday", "2025-06-25", None),
    ("The two will speak this Friday.", "this Friday", "2025-06-20", None),
    ("Lee flew out Tuesday morning.", "Tuesday morning", "2025-06-17", "morning"),
    ("Summit on Friday in Tokyo", "Friday", "2025-06-20", None),
])
def test_weekdays_resolve_against_the_report_date(text: str, phrase: str, iso: str,
                                                  qualifier: str | None) -> None:
    mention = check(text, phrase, iso, "day")
    assert mention.qualifier == qualifier
    assert mention.anchored


@pytest.mark.parametrize(("text", "phrase", "iso", "precision", "qualifier"), [
    ("Lee said today that ties matter.", "today", "2025-06-18", "day", None),
    ("The envoys met yesterday.", "yesterday", "2025-06-17", "day", None),
    ("The envoys will meet tomorrow.", "tomorrow", "2025-06-19", "day", None),
    ("The two leaders spoke by phone last week.", "last week", "2025-W24", "week", None),
    ("The summit is this week.", "this week", "2025-W25", "week", None),
    ("Another round is set for next week.", "next week", "2025-W26", "week", None),
    ("Exports fell last month.", "last month", "2025-05", "month", None),
    ("Talks continue this month.", "this month", "2025-06", "month", None),
    ("Ishiba will visit next month.", "next month", "2025-07", "month", None),
    ("Ishiba will visit early next month.", "early next month", "2025-07", "month", "early"),
    ("A deal is expected later this month.", "later this month", "2025-06", "month", "later"),
    ("The economy grew last year.", "last year", "2024", "year", None),
    ("This year marks the 60th anniversary.", "This year", "2025", "year", None),
    ("Growth will pick up next year.", "next year", "2026", "year", None),
    ("Earlier this year, he resigned.", "Earlier this year", "2025", "year", "earlier"),
    ("He resigned a month ago.", "a month ago", "2025-05", "month", None),
    ("They met three days ago.", "three days ago", "2025-06-15", "day", None),
    ("The next talks are three weeks from now.", "three weeks from now", "2025-W28", "week", None),
    ("Lee will rest this weekend.", "this weekend", "2025-W25", "week", None),
    ("The minister arrived last night.", "last night", "2025-06-17", "day", "night"),
    ("It happened the day before yesterday.", "the day before yesterday", "2025-06-16", "day", None),
])
def test_phrases_relative_to_the_report(text: str, phrase: str, iso: str, precision: str,
                                        qualifier: str | None) -> None:
    mention = check(text, phrase, iso, precision)
    assert mention.qualifier == qualifier
    assert mention.anchored and not mention.relative_to_event


@pytest.mark.parametrize(("text", "phrase", "iso", "precision", "qualifier"), [
    ("Yoon met Kishida briefly in June 2022 at NATO.", "June 2022", "2022-06", "month", None),
    ("Talks have progressed since the August summit.", "August", "2025-08", "month", None),
    ("The two met last October.", "last October", "2024-10", "month", None),
    ("The treaty took effect in October.", "October", "2024-10", "month", None),
    ("The treaty will take effect in October.", "October", "2025-10", "month", None),
    ("The forum convenes this September.", "this September", "2025-09", "month", None),
    ("Lee visited Tokyo in early August.", "early August", "2025-08", "month", "early"),
    ("Relations thawed in late 2024.", "late 2024", "2024", "year", "late"),
    ("The envoys met in mid-June.", "mid-June", "2025-06", "month", "mid"),
    ("A deal came at the end of June.", "the end of June", "2025-06", "month", "end of"),
    ("Ties improved in the first half of 2025.", "the first half of 2025", "2025", "year", "first half of"),
    ("The committee met for the first time in 16 years since 2009.", "2009", "2009", "year", None),
    ("The two countries set up the forum in 2004.", "2004", "2004", "year", None),
    ("The plan is part of 2025's budget.", "2025", "2025", "year", None),
    ("Moon hosted the 2018 summit in Panmunjom.", "2018", "2018", "year", None),
    ("The Treaty of 1965 still binds both.", "1965", "1965", "year", None),
    ("Output shrank in the third quarter of 2025.", "the third quarter of 2025", "2025", "year",
     "third quarter of"),
    ("The summit is set for the week of October 20.", "the week of October 20", "2025-W43", "week", None),
])
def test_months_and_years(text: str, phrase: str, iso: str, precision: str, qualifier: str | None) -> None:
    mention = check(text, phrase, iso, precision, reference=END_OF_SEPTEMBER)
    assert mention.qualifier == qualifier


@pytest.mark.parametrize(("text", "phrase", "iso", "end_iso", "precision"), [
    ("The visit ran from Thursday to Saturday.", "Thursday to Saturday", "2025-06-12", "2025-06-14", "day"),
    ("The forum met on May 7 and 8.", "May 7 and 8", "2025-05-07", "2025-05-08", "day"),
    ("The forum met on May 7-8.", "May 7-8", "2025-05-07", "2025-05-08", "day"),
    ("The forum met on 7-8 May 2024.", "7-8 May 2024", "2024-05-07", "2024-05-08", "day"),
    ("Lee will tour Europe from June 30 to July 2.", "June 30 to July 2", "2025-06-30", "2025-07-02", "day"),
    ("Lee toured Europe June 30-July 2, 2024.", "June 30-July 2, 2024", "2024-06-30", "2024-07-02", "day"),
    ("Ties froze between 2009 and 2012.", "2009 and 2012", "2009", "2012", "year"),
    ("Ties froze from 2009 to 2012.", "2009 to 2012", "2009", "2012", "year"),
    ("Talks ran from April to May.", "April to May", "2025-04", "2025-05", "month"),
    ("The drills ran from the 9th to the 12th.", "the 9th to the 12th", "2025-06-09", "2025-06-12", "day"),
])
def test_ranges_give_the_first_and_last_part(text: str, phrase: str, iso: str, end_iso: str,
                                             precision: str) -> None:
    check(text, phrase, iso, precision, end_iso)


def test_a_range_across_new_year_ends_in_the_next_year() -> None:
    check("The two sides held talks from Dec. 30 to Jan. 2.", "Dec. 30 to Jan. 2", "2024-12-30", "day",
          "2025-01-02", reference=dt.date(2025, 1, 3))


def test_dates_in_parentheses_after_a_named_meeting() -> None:
    text = ("Bodies such as the Defense Ministers' Meeting (September 8), the Economic Security Dialogue "
            "(September 10) and the Deputy Finance Ministers' Meeting (September 15) have been operating.")
    found = [(m.phrase, m.value.iso() if m.value else None) for m in find_dates(text, END_OF_SEPTEMBER)]
    assert found == [("September 8", "2025-09-08"), ("September 10", "2025-09-10"),
                     ("September 15", "2025-09-15")]


@pytest.mark.parametrize(("text", "phrase", "note"), [
    ("The leaders met in Kananaskis on June 17 (local time).", "June 17", "local time"),
    ("The leaders met in Canada on the 17th (local time).", "the 17th", "local time"),
    ("They met on June 17, local time, in Canada.", "June 17", "local time"),
    ("The call is set for Friday, June 20 (KST).", "Friday, June 20", "KST"),
    ("The leaders met in Canada on June 17.", "June 17", None),
])
def test_a_time_zone_note_after_a_date_is_kept_apart(text: str, phrase: str, note: str | None) -> None:
    mention = only(text)
    assert mention.phrase == phrase
    assert mention.note == note
    assert mention.basis is not None and mention.basis.note == note


NOT_DATES = [
    "Korea may host the next round of talks.",
    "Thousands joined a march through Seoul.",
    "Sun Tzu and Sat Nam were quoted in the column.",
    "The reception marked the 60th anniversary of normalization.",
    "It was the first time in 16 years that the committee met.",
    "Written by 11:44 AM Politics",
    "Address: Doosan We've Pavilion 1203, Sambong-ro 81, Jongno-gu, Seoul",
    "Registration No.: Jongno Ra00125/ Registration Number: Seoul 아54606",
    "Phone number: 02-3417-1010 | 02-396-5757 E-Mail: djournal3417@gmail.com",
    "The two leaders held 30-minute talks on the margins of the G7.",
    "The bill was filed as No. 2025 in the assembly.",
    "Visited 1 times, 1 visit(s) today",
    "Exports surged in the 1990s.",
    "Some 2000 troops took part in the drills.",
    "The office moved to the 17th floor.",
    "The Good Friday Agreement is often cited.",
    "The quote first ran in USA Today.",
    "Ambiguous: 03/04/2025.",
    "Lee and May discussed trade.",
    "Seoul will host a summit of 2000 leaders.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_numbers_and_words_that_are_not_dates_are_not_found(text: str) -> None:
    assert find_dates(text, WEDNESDAY) == []


def test_furniture_of_a_news_page_yields_only_its_real_dates() -> None:
    footer = ("Address: Doosan We've Pavilion 1203, Sambong-ro 81, Jongno-gu, Seoul Date of first "
              "registration: Founded in 1996 as UN News, changed its name to The Diplomatic Journal in 2009 "
              "Registration No.: Jongno Ra00125/ Registration Date: 2009-04-14/ Registration Number: Seoul "
              "아54606 / Registration Date: Dec. 13, 2022 Publisher: Damwha Media Group Phone number: "
              "02-3417-1010 | 02-396-5757")
    found = [m.phrase for m in find_dates(footer, WEDNESDAY)]
    assert found == ["1996", "2009", "2009-04-14", "Dec. 13, 2022"]
