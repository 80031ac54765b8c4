"""What is planned, agreed or bidden lies ahead of the planning; a verbless afterthought takes the tense of the
clause it hangs on; "seven days later" counts only from a date of the story told just before it."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.model.dates.finder import find_dates

JANUARY = dt.date(2026, 1, 15)
AUGUST = dt.date(2025, 8, 20)


def value_of(text: str, phrase: str, reference: dt.date) -> str | None:
    """The ISO value found for `phrase` in `text`."""
    found = [m for m in find_dates(text, reference) if phrase in m.phrase]
    assert found, f"{phrase!r} not found in {text!r}"
    return found[0].value.iso() if found[0].value else None


@pytest.mark.parametrize(("text", "reference", "phrase", "iso"), [
    # agreeing, inviting, summoning: the infinitive's date is after the act, here after the report too
    ("The two ministers agreed to meet again in October.", JANUARY, "October", "2026-10"),
    ("Rutte and Costa agreed to hold their next round of talks in March.", AUGUST, "March", "2026-03"),
    ("The sides agreed on Tuesday to meet again in July.", AUGUST, "July", "2026-07"),
    ("Mbeki invited Kagame to visit Pretoria in early May.", AUGUST, "May", "2026-05"),
    ("A senator said he subpoenaed the banker to testify before his committee on Feb. 10.", JANUARY,
     "Feb. 10", "2026-02-10"),
    ("The tribunal ordered both captains to appear on Sept. 3.", JANUARY, "Sept. 3", "2026-09-03"),
    ("Oslo has asked the envoys to return by Friday.", dt.date(2025, 8, 20), "Friday", "2025-08-22"),
    ("The prime minister is inviting Lula to visit Tokyo in March.", AUGUST, "March", "2026-03"),
    ("Seoul has been urging Tokyo to hold the next round in June.", AUGUST, "June", "2026-06"),
    # the noun of inviting too: "accepted an invitation to visit Accra on March 6"
    ("Mr Tinubu accepted an invitation to visit Lome on March 6, his spokesman said.", AUGUST, "March 6",
     "2026-03-06"),
    ("Scholz has accepted invitations to attend both summits in April.", AUGUST, "April", "2026-04"),
])
def test_a_date_inside_what_is_planned_or_bidden_looks_ahead(text: str, reference: dt.date, phrase: str,
                                                            iso: str) -> None:
    assert value_of(text, phrase, reference) == iso


@pytest.mark.parametrize(("text", "reference", "phrase", "iso"), [
    # the date of the agreeing or inviting itself, before the infinitive, keeps the act's tense
    ("The finance ministers agreed Thursday to widen their swap line.", AUGUST, "Thursday", "2025-08-14"),
    ("The sides agreed on Tuesday to meet again in July.", AUGUST, "Tuesday", "2025-08-19"),
    ("On Monday, Mbeki invited Kagame to visit Pretoria.", AUGUST, "Monday", "2025-08-18"),
    # "to" before a noun is no plan: the agreement is the act of that day
    ("The rebels agreed to a ceasefire on Monday.", AUGUST, "Monday", "2025-08-18"),
    ("The unions agreed to talks on Sunday, the ministry said.", AUGUST, "Sunday", "2025-08-17"),
    # a call carried by its own verb, however an infinitive follows it
    ("Ishiba called Lee on Tuesday to congratulate him.", AUGUST, "Tuesday", "2025-08-19"),
    # a clause joined after the plan tells its own time
    ("The envoy asked to leave early and flew home on Monday.", AUGUST, "Monday", "2025-08-18"),
])
def test_the_date_of_the_planning_itself_keeps_its_tense(text: str, reference: dt.date, phrase: str,
                                                        iso: str) -> None:
    assert value_of(text, phrase, reference) == iso


@pytest.mark.parametrize(("text", "reference", "phrase", "iso"), [
    ("The leaders will meet again, possibly in July.", AUGUST, "July", "2026-07"),
    ("A new round will follow, perhaps in June.", AUGUST, "June", "2026-06"),
    ("The accord should be signed, probably in early March.", AUGUST, "March", "2026-03"),
    ("The talks were held, reportedly in July.", JANUARY, "July", "2025-07"),
    ("Their last meeting took place in Geneva, probably in October.", AUGUST, "October", "2024-10"),
])
def test_a_verbless_afterthought_takes_the_tense_of_its_clause(text: str, reference: dt.date, phrase: str,
                                                              iso: str) -> None:
    assert value_of(text, phrase, reference) == iso


@pytest.mark.parametrize(("text", "phrase", "iso"), [
    ("Lopez landed in Quito on March 3. Two days later he met the president.", "Two days later", "2025-03-05"),
    ("Lopez landed in Quito on March 3. He toured a dam. A week later he met the president.",
     "A week later", "2025-W11"),
    ("The envoy arrived on March 3 and left the next day.", "the next day", "2025-03-04"),
])
def test_an_offset_counts_from_a_date_of_the_story_just_told(text: str, phrase: str, iso: str) -> None:
    assert value_of(text, phrase, dt.date(2025, 3, 20)) == iso


@pytest.mark.parametrize("text", [
    "The strike began on March 3. Unions demanded more pay. The ministry refused. Talks failed. If the unions "
    "lose their appeal within 14 days, the earliest they could strike again would be seven days later.",
    "The court ruled on April 2. The family appealed. Lawyers filed papers. Protesters gathered outside. "
    "The judges may take a month, and a ruling could come two weeks later.",
])
def test_an_offset_far_from_any_stated_date_names_none(text: str) -> None:
    found = [m for m in find_dates(text, dt.date(2025, 4, 10)) if "later" in m.phrase]
    assert found and found[0].value is None


@pytest.mark.parametrize("text", [
    "Trade between the two rose 5 percent over the past year.",
    "In the past year, the two leaders met three times.",
    "Prices have doubled during the past month.",
    "The past week has been hard for the coalition.",
])
def test_the_past_year_is_a_length_of_time_not_a_date(text: str) -> None:
    assert [m.phrase for m in find_dates(text, AUGUST) if m.value is not None] == []
