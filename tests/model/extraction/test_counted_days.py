"""A day counted from a date said after it ("the day after Lee's inauguration on June 4"), and "A and B's first
phone call" as theirs. Sentences of our own making."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.model.extraction.one_report import Row, dated


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba held their first phone "
         "call the day after Lee's inauguration on June 4.", dt.date(2025, 7, 1), None,
         [("call", "2025-06-05", "occurred")]),
        ("President Moon Jae-in and Prime Minister Shinzo Abe met in Tokyo two days before the Olympics opening on "
         "July 23.", dt.date(2021, 8, 1), None, [("summit", "2021-07-21", "occurred")]),
        ("Chilean President Gabriel Boric and Peruvian President Dina Boluarte spoke by phone a week after the "
         "floods of March 10.", dt.date(2023, 4, 1), ("Chile", "Peru"), [("call", "2023-03-17", "occurred")]),
    ],
)
def test_a_count_from_a_date_said_after_it(
        text: str, published: dt.date, countries: tuple[str, str] | None, expected: list[Row]) -> None:
    assert dated(text, published, countries) == expected


def test_the_two_named_before_a_possessive_are_the_callers() -> None:
    text = ("South Korean President Moon Jae-in took office on May 10. Moon and Prime Minister Shinzo Abe's first "
            "phone call, on May 11, had been frosty.")
    assert dated(text, dt.date(2017, 7, 17)) == [("call", "2017-05-11", "occurred")]
