"""A third party who meets each side of the pair apart ("held separate talks with A and B", "met A and B one by
one", "in turn") gives no meeting of the pair, nor of three; a Chinese leader's family name alone ("Li", "Wang")
is that leader. Sentences of our own making."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.model.extraction.one_report import Row, dated
from timeline_app.model.extraction.names import family_name


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("Indian Prime Minister Narendra Modi arrived in Tokyo on Wednesday. Modi met President Moon Jae-in and "
         "Prime Minister Yoshihide Suga one by one on Thursday.", dt.date(2021, 4, 3), None, []),
        ("Indian Prime Minister Narendra Modi arrived in Tokyo on Wednesday. Modi met President Moon Jae-in and "
         "Prime Minister Yoshihide Suga in turn on Thursday.", dt.date(2021, 4, 3), None, []),
        ("U.S. Secretary of State Antony Blinken flew to Berlin on Monday. Blinken met French Foreign Minister "
         "Anne Dupont and German Foreign Minister Jens Weber individually on Tuesday.", dt.date(2022, 6, 9),
         ("France", "Germany"), []),
        ("Chinese Foreign Minister Wang Yi came to Busan on Saturday for talks with South Korean Foreign Minister "
         "Cho Tae-yul and Japanese Foreign Minister Takeshi Iwaya. Wang met Cho and Iwaya separately on Sunday.",
         dt.date(2024, 11, 30), None, [("ministerial", "2024-11-30", "occurred")]),  # the three, Saturday
    ],
)
def test_a_third_party_meeting_each_side_apart(
        text: str, published: dt.date, countries: tuple[str, str] | None, expected: list[Row]) -> None:
    assert dated(text, published, countries) == expected


def test_the_premier_named_by_family_name_meets_each_apart() -> None:
    text = ("Chinese Premier Li Qiang arrived in Seoul on Sunday for a trilateral summit with South Korean President "
            "Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida. Li held separate talks with Yoon and Kishida "
            "on Sunday.")
    rows = dated(text, dt.date(2024, 5, 28))
    assert rows == [("summit", "2024-05-26", "occurred")]  # the trilateral summit alone


def test_the_three_at_one_table_still_meet() -> None:
    text = ("Indian Prime Minister Narendra Modi arrived in Tokyo on Wednesday. Modi met President Moon Jae-in and "
            "Prime Minister Yoshihide Suga on Thursday.")
    assert ("summit", "2021-04-01", "occurred") in dated(text, dt.date(2021, 4, 3))


@pytest.mark.parametrize(("name", "family"), [("Li Qiang", "Li"), ("Wang Yi", "Wang"), ("Xi Jinping", "Xi"),
                                              ("Shigeru Ishiba", "Ishiba"), ("Lee Jae-myung", "Lee"),
                                              ("Liang Chen", "Liang")])
def test_chinese_family_names_come_first(name: str, family: str) -> None:
    assert family_name(name) == family



@pytest.mark.parametrize(
    ("text", "published", "countries"),
    [
        ("National security adviser Jake Sullivan met Kitamura Shigeru and Suh Hoon one by one on Thursday.",
         dt.date(2021, 4, 3), None),
        ("Deputy Secretary of State Wendy Sherman met South Korean Vice Foreign Minister Choi Jong-kun and Japanese "
         "Vice Foreign Minister Takeo Mori individually on Thursday.", dt.date(2021, 7, 24), None),
        ("The envoy Anna Berg received French Foreign Minister Anne Dupont and German Foreign Minister Jens Weber "
         "one after the other in Geneva on Tuesday.", dt.date(2022, 6, 9), ("France", "Germany")),
    ],
)
def test_those_met_one_by_one_never_sat_together(
        text: str, published: dt.date, countries: tuple[str, str] | None) -> None:
    """Whoever the host, and whatever country the report gives him."""
    assert dated(text, published, countries) == []


def test_the_two_meeting_separately_from_a_trilateral_still_meet() -> None:
    text = ("South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida also met separately on "
            "Friday.")
    assert dated(text, dt.date(2023, 8, 20)) == [("summit", "2023-08-18", "occurred")]
