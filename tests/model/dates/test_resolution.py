"""How the date finder resolves: offsets from other events, tense, year boundaries, missing report dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.model.dates.finder import find_dates, sentence_direction
from timeline_app.model.dates.fuzzy_date import DateBasis, FuzzyDate

WEDNESDAY = dt.date(2025, 6, 18)
SUMMIT = "Lee met Ishiba on June 17. "


def values(text: str, reference: dt.date | None = WEDNESDAY,
           **kwargs: object) -> list[tuple[str, str | None]]:
    """(phrase, ISO value or None) of every mention of `text`."""
    return [(m.phrase, m.value.iso() if m.value else None)
            for m in find_dates(text, reference, **kwargs)]  # type: ignore[arg-type]


@pytest.mark.parametrize(("sentence", "phrase", "iso", "qualifier"), [
    ("The previous day, he met Carney.", "The previous day", "2025-06-16", None),
    ("A day before, he flew in.", "A day before", "2025-06-16", None),
    ("The next day, he flew home.", "The next day", "2025-06-18", None),
    ("The following day he flew home.", "The following day", "2025-06-18", None),
    ("Three days later he left Canada.", "Three days later", "2025-06-20", None),
    ("Two weeks after, they spoke again.", "Two weeks after", "2025-W27", None),
    ("A month later, the ministers met.", "A month later", "2025-07", None),
    ("Later that day, he left.", "Later that day", "2025-06-17", "later"),
    ("The same day, Trump left.", "The same day", "2025-06-17", None),
    ("Earlier in the day, he met Carney.", "Earlier in the day", "2025-06-17", "earlier"),
])
def test_offsets_count_from_the_nearest_dated_mention_before_them(sentence: str, phrase: str, iso: str,
                                                                  qualifier: str | None) -> None:
    summit, offset = find_dates(SUMMIT + sentence, WEDNESDAY)
    assert summit.phrase == "June 17"
    assert offset.phrase == phrase
    assert offset.value is not None and offset.value.iso() == iso
    assert offset.relative_to_event
    assert offset.qualifier == qualifier


def test_an_offset_before_a_date_counts_from_that_date() -> None:
    assert values("The agreement was reached a day before June 10.") == [
        ("a day before", "2025-06-09"), ("June 10", "2025-06-10")]


def test_an_offset_after_a_range_counts_from_its_end() -> None:
    assert values("The forum ran June 10-12. The next day, delegates left.") == [
        ("June 10-12", "2025-06-10"), ("The next day", "2025-06-13")]


@pytest.mark.parametrize(("text", "phrase"), [
    ("The summit came just two weeks after Lee took office.", "two weeks after"),
    (SUMMIT + "Yoon met Kishida a month after taking office.", "a month after"),
    (SUMMIT + "The meeting took place a day before the summit.", "a day before"),
    ("Three days later he left Canada.", "Three days later"),
])
def test_offsets_from_undated_events_have_no_value(text: str, phrase: str) -> None:
    offset = next(m for m in find_dates(text, WEDNESDAY) if m.phrase == phrase)
    assert offset.value is None and offset.basis is None
    assert offset.relative_to_event and not offset.anchored


@pytest.mark.parametrize(("sentence", "direction"), [
    ("The two leaders held a summit in Canada.", "past"),
    ("Lee met Ishiba and agreed to resume shuttle diplomacy.", "past"),
    ("The envoys talked by phone last week.", "past"),
    ("Lee will visit Tokyo.", "future"),
    ("Ishiba is set to visit Busan.", "future"),
    ("The talks are expected to resume.", "future"),
    ("Lee plans to travel to Japan.", "future"),
    ("The ministers meet again next month.", "future"),
    ("The summit will be held in Tokyo.", "future"),
    ("President Lee holds summit with Ishiba", "either"),
    ("Lee said he will visit Tokyo.", "future"),
])
def test_sentence_direction(sentence: str, direction: str) -> None:
    assert sentence_direction(sentence) == direction


def test_a_mixed_sentence_dates_each_phrase_by_its_own_clause() -> None:
    assert values("Lee, who met Ishiba on Tuesday, will visit Tokyo on Friday.") == [
        ("Tuesday", "2025-06-17"), ("Friday", "2025-06-20")]


@pytest.mark.parametrize(("text", "reference", "iso"), [
    ("The leaders met on June 17.", dt.date(2025, 1, 10), "2024-06-17"),
    ("The leaders will meet on June 17.", dt.date(2025, 1, 10), "2025-06-17"),
    ("The leaders met on Dec. 30.", dt.date(2025, 1, 3), "2024-12-30"),
    ("The leaders will meet on Jan. 15.", dt.date(2024, 12, 20), "2025-01-15"),
    ("The summit will be held next month.", dt.date(2025, 12, 5), "2026-01"),
    ("Exports fell last month.", dt.date(2025, 1, 5), "2024-12"),
    ("Talks resume next week.", dt.date(2025, 12, 29), "2026-W02"),
    ("The envoys spoke on the 30th.", dt.date(2025, 3, 5), "2025-01-30"),
    ("The decree was signed on Saturday, Jan. 4.", dt.date(2025, 12, 20), "2025-01-04"),
])
def test_year_boundaries(text: str, reference: dt.date, iso: str) -> None:
    [mention] = find_dates(text, reference)
    assert mention.value is not None and mention.value.iso() == iso


@pytest.mark.parametrize(("direction", "iso"), [("past", "2024-06-17"), ("future", "2025-06-17"),
                                                ("either", "2025-06-17")])
def test_a_stated_direction_overrides_the_tense(direction: str, iso: str) -> None:
    found = values("The leaders met on June 17.", dt.date(2025, 1, 10), direction=direction)
    assert found == [("June 17", iso)]


def test_a_length_of_time_in_a_past_sentence_is_not_a_future_date() -> None:
    assert values("Exports rose for the first time in two years.") == []
    assert values("The talks resumed in two weeks.") == []


@pytest.mark.parametrize("text", ["The leaders met on June 17.", "Lee met Ishiba on Tuesday.",
                                  "The envoys met yesterday.", "They spoke on the 9th.",
                                  "They spoke last week.", "The two met in October."])
def test_without_a_report_date_phrases_that_need_one_have_no_value(text: str) -> None:
    [mention] = find_dates(text, None)
    assert mention.value is None and mention.basis is None
    assert mention.anchored and not mention.relative_to_event


def test_without_a_report_date_absolute_dates_still_resolve() -> None:
    assert values("The treaty of June 22, 1965 and the 2009-04-14 filing since 2009.", None) == [
        ("June 22, 1965", "1965-06-22"), ("2009-04-14", "2009-04-14"), ("2009", "2009")]


def test_the_basis_tells_the_reader_how_the_date_was_worked_out() -> None:
    [relative, absolute] = find_dates("Lee met Ishiba on Tuesday, after the June 17, 2024 talks.",
                                      WEDNESDAY, article="001.txt")
    assert relative.basis == DateBasis("Tuesday", FuzzyDate.day(2025, 6, 17), anchor=WEDNESDAY,
                                       article="001.txt")
    assert relative.basis.describe() == "'Tuesday' in a report published 2025-06-18 → 2025-06-17"
    assert absolute.basis == DateBasis("June 17, 2024", FuzzyDate.day(2024, 6, 17), article="001.txt")


DATE_WORDS = ["June 17", "2025", "the 17th", "on", "Tuesday", "last", "next", "week", "month", "year", "in",
              "two", "days", "later", "before", "after", "(local time)", "-", "to", "and", "between", "May",
              "Sept.", "7", "31", "2025-02-29", "mid-", "early", "today", "지난", "9일", "6월", "the", ",",
              ".", "as early as", "for", "of last year", "the end of the", "half", "ahead of", ", which",
              "February 29", "later in the day"]


@given(st.lists(st.one_of(st.sampled_from(DATE_WORDS), st.text(max_size=6)), max_size=25).map(" ".join),
       st.one_of(st.none(), st.dates()), st.sampled_from([None, "past", "future", "either"]))
def test_any_text_yields_ordered_mentions_whose_offsets_slice_their_phrase(
        text: str, reference: dt.date | None, direction: str | None) -> None:
    mentions = find_dates(text, reference, direction=direction)  # type: ignore[arg-type]
    previous_end = 0
    for mention in mentions:
        assert text[mention.start:mention.end] == mention.phrase
        assert previous_end <= mention.start < mention.end
        previous_end = mention.end
        if mention.value is not None and mention.end_value is not None:
            assert mention.value.start <= mention.end_value.end
