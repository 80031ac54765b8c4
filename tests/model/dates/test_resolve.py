"""Calendar choices: a date without its year is taken within the reach a report leaves the year out."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.model.dates.finder import find_dates


def value_of(text: str, phrase: str, reference: dt.date) -> str | None:
    """The ISO value found for `phrase` in `text`."""
    found = [m for m in find_dates(text, reference) if phrase in m.phrase]
    assert found, f"{phrase!r} not found in {text!r}"
    return found[0].value.iso() if found[0].value else None


@pytest.mark.parametrize(("text", "reference", "phrase", "iso"), [
    # the sentence's tense points back, but its own clause says nothing: eleven months back would have had
    # its year, so the date is this year's
    ("Pereira has invited the ministers to a ceremony in Porto, Portugal, on March 12 to mark the pact.",
     dt.date(2011, 2, 16), "March 12", "2011-03-12"),
    ("The court ruled that Ahmed must be released by Jan. 20, his lawyer said.", dt.date(2007, 1, 9),
     "Jan. 20", "2007-01-20"),
    ("The relatives had not signed, and the case is heard in May, the lawyers said.", dt.date(2004, 3, 29),
     "May", "2004-05"),
    # a year boundary near enough to leave the year out
    ("Talks held on Dec. 28 ended without a deal, and the envoys left.", dt.date(2012, 1, 3), "Dec. 28",
     "2011-12-28"),
    ("It was their third meeting, following talks in Hamburg in July.", dt.date(2018, 2, 9), "July",
     "2017-07"),
])
def test_a_date_without_its_year_stays_within_the_reach_of_the_report(text: str, reference: dt.date,
                                                                      phrase: str, iso: str) -> None:
    assert value_of(text, phrase, reference) == iso


@pytest.mark.parametrize(("text", "reference", "phrase", "iso"), [
    # a completed act in the date's own clause still reaches back most of a year
    ("The two premiers met on Oct. 30.", dt.date(2015, 10, 5), "Oct. 30", "2014-10-30"),
    ("The treaty took effect in November.", dt.date(2016, 8, 20), "November", "2015-11"),
])
def test_the_dates_own_clause_still_decides_beyond_that_reach(text: str, reference: dt.date, phrase: str,
                                                              iso: str) -> None:
    assert value_of(text, phrase, reference) == iso
