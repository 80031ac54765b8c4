"""A leader whose country the report leaves unsaid is not of the side whose leaders bear another title there:
"talks with President Bush" in a report whose Japanese leaders are prime ministers. Sentences of our own making."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.model.extraction.one_report import Row, dated


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("Japanese Prime Minister Junichiro Koizumi and South Korean President Roh Moo-hyun met in Seoul on Monday. "
         "President Roh was at the White House earlier this month for talks with President Bush.",
         dt.date(2005, 6, 21), None, [("summit", "2005-06-20", "occurred")]),
        ("Austrian Chancellor Karl Nehammer met Italian Prime Minister Giorgia Meloni in Rome on Monday. Meloni "
         "held talks with President Biden on Thursday.", dt.date(2023, 3, 4), ("Italy", "Austria"),
         [("summit", "2023-02-27", "occurred")]),
        ("Spanish Prime Minister Pedro Sanchez and Portuguese Prime Minister Antonio Costa met in Lisbon on Friday. "
         "Sanchez will see President Lula in Madrid on Tuesday.", dt.date(2023, 4, 20), ("Spain", "Portugal"),
         [("summit", "2023-04-14", "occurred")]),
    ],
)
def test_a_leader_of_a_title_the_other_side_never_bears_is_a_third_countrys(
        text: str, published: dt.date, countries: tuple[str, str] | None, expected: list[Row]) -> None:
    assert dated(text, published, countries) == expected


def test_a_leader_of_the_other_sides_title_is_still_the_other_side() -> None:
    text = ("South Korean President Moon Jae-in spoke by phone with Japanese Prime Minister Yoshihide Suga on Monday. "
            "Moon will meet Prime Minister Kan in Seoul on April 16.")
    assert dated(text, dt.date(2021, 4, 3)) == [("call", "2021-03-29", "occurred"), ("summit", "2021-04-16", "planned")]
