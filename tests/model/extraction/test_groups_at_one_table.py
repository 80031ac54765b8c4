"""Groups at one table: the leaders or ministers of three countries named as one subject, "the three leaders",
"met with the leaders of A and B", and the meeting a clause leads to ("before the three sat down together").
Sentences of our own making."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.model.extraction.one_report import mentions


def _rows(text: str, published: dt.date, countries: tuple[str, str] | None = None) -> list[tuple[object, ...]]:
    return [(m.kind.value, m.date.iso() if m.date else None, m.status.value, m.trilateral)
            for m in mentions(text, published, countries) if m.date is not None]


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("The leaders of China, Japan and South Korea met in Tokyo on Sunday for their annual summit.",
         dt.date(2011, 5, 23), None, [("summit", "2011-05-22", "occurred", True)]),
        ("The foreign ministers of South Korea, Japan and China met in Kyoto on Sunday.", dt.date(2011, 3, 21), None,
         [("ministerial", "2011-03-20", "occurred", True)]),
        ("The prime ministers of Sweden, Norway and Finland met in Oslo on Tuesday.", dt.date(2024, 10, 31),
         ("Sweden", "Norway"), [("summit", "2024-10-29", "occurred", True)]),
    ],
)
def test_the_leaders_of_three_countries_meet_as_three(
        text: str, published: dt.date, countries: tuple[str, str] | None, expected: list[tuple[object, ...]]) -> None:
    assert _rows(text, published, countries) == expected


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("President Obama met with the leaders of South Korea and Japan on Thursday in Washington.",
         dt.date(2016, 3, 31), None, [("summit", "2016-03-31", "occurred", True)]),
        ("Chinese Premier Li Qiang met the leaders of Japan and South Korea in Seoul on Monday.",
         dt.date(2024, 5, 28), None, [("summit", "2024-05-27", "occurred", True)]),
        ("Chancellor Friedrich Merz met with the foreign ministers of France and Poland on Friday in Weimar.",
         dt.date(2025, 6, 2), ("France", "Poland"), [("ministerial", "2025-05-30", "occurred", True)]),
    ],
)
def test_one_who_meets_the_leaders_of_the_two_makes_three(
        text: str, published: dt.date, countries: tuple[str, str] | None, expected: list[tuple[object, ...]]) -> None:
    assert _rows(text, published, countries) == expected


def test_the_three_leaders_met_together() -> None:
    text = ("U.S. President Barack Obama met South Korean President Park Geun-hye and Japanese Prime Minister Shinzo "
            "Abe on Thursday. The three leaders last met together in The Hague two years ago.")
    assert _rows(text, dt.date(2016, 3, 31)) == [("summit", "2016-03-31", "occurred", True),
                                                 ("summit", "2014", "occurred", True)]


def test_the_meeting_a_clause_leads_to_is_not_another() -> None:
    """"Kan met Wen before the three sat down together": one meeting of the three, and a bilateral of another pair."""
    text = ("Chinese Premier Wen Jiabao, South Korean President Lee Myung-bak and Japanese Prime Minister Naoto Kan "
            "held a summit in Tokyo on Sunday. Kan held a bilateral meeting with Wen before the three sat down "
            "together.")
    assert _rows(text, dt.date(2011, 5, 23)) == [("summit", "2011-05-22", "occurred", True)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("South Korean President Lee Myung-bak met Japanese Prime Minister Taro Aso on Saturday. The groundwork was "
         "laid by the three foreign ministers, who met in Tokyo on June 14.", dt.date(2008, 12, 14),
         [("summit", "2008-12-13", "occurred", False), ("ministerial", "2008-06-14", "occurred", True)]),
        ("Milestones.\n\nAug. 18, 2023: The first standalone Japan–US–ROK summit is held at Camp David.",
         dt.date(2026, 2, 10), [("summit", "2023-08-18", "occurred", True)]),
        # The act at one table, its day said between the verb and what they signed.
        ("The leaders of China, Japan and South Korea signed on Tuesday their first joint declaration in Bali. "
         "Roh and Koizumi also held separate bilateral talks later in the day.", dt.date(2003, 10, 8),
         [("summit", "2003-10-07", "occurred", True), ("summit", "2003-10-07", "occurred", False)]),
    ],
)
def test_groups_said_in_other_forms(text: str, published: dt.date, expected: list[tuple[object, ...]]) -> None:
    assert _rows(text, published) == expected


def test_a_bilateral_beside_the_three_that_morning_is_the_ministers() -> None:
    text = ("The foreign ministers of South Korea, Japan and China met in Busan on 26 November, their first trilateral "
            "meeting in four years. Foreign Minister Park Jin and Japanese Foreign Minister Yoko Kamikawa also held a "
            "separate bilateral meeting that morning.")
    assert _rows(text, dt.date(2023, 11, 27)) == [("ministerial", "2023-11-26", "occurred", True),
                                                  ("ministerial", "2023-11-26", "occurred", False)]


def test_their_meeting_after_three_ministers_is_the_three_ministers() -> None:
    text = ("South Korean President Lee Myung-bak met Japanese Prime Minister Taro Aso on Saturday. The groundwork was "
            "laid by the three foreign ministers, who met in Tokyo on June 14 for their first meeting outside an "
            "ASEAN setting.")
    assert {row for row in _rows(text, dt.date(2008, 12, 14))} == {
        ("summit", "2008-12-13", "occurred", False), ("ministerial", "2008-06-14", "occurred", True)}


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("SEOUL - For years, the leaders of Japan, China and South Korea met only at ASEAN gatherings. On Sunday, for "
         "the first time, they met on their own in Tokyo.", dt.date(2011, 5, 24), None,
         [("summit", "2011-05-22", "occurred", True)]),
        ("The foreign ministers of Sweden, Norway and Denmark have long kept in touch by letter. On Monday the three "
         "met in Bergen.", dt.date(2024, 9, 4), ("Sweden", "Norway"), [("ministerial", "2024-09-02", "occurred", True)]),
    ],
)
def test_they_after_a_group_of_three_are_the_three(
        text: str, published: dt.date, countries: tuple[str, str] | None, expected: list[tuple[object, ...]]) -> None:
    assert _rows(text, published, countries) == expected


def test_a_meeting_for_a_trilateral_session_is_three_at_one_table() -> None:
    text = ("Greek Foreign Minister Giorgos Gerapetritis met Turkish Foreign Minister Hakan Fidan in Athens on Monday. "
            "The two ministers will meet with EU foreign policy chief Kaja Kallas on Friday for a trilateral session "
            "on migration.")
    assert _rows(text, dt.date(2024, 9, 3), ("Greece", "Turkey")) == [
        ("ministerial", "2024-09-02", "occurred", False), ("ministerial", "2024-09-06", "planned", True)]


def test_their_own_bilateral_talks_beside_the_three_are_two() -> None:
    text = ("The leaders of China, Japan and South Korea met in Seoul on Monday, and Yoon and Kishida held their own "
            "bilateral talks on Sunday.")
    assert _rows(text, dt.date(2024, 5, 28)) == [("summit", "2024-05-27", "occurred", True),
                                                 ("summit", "2024-05-26", "occurred", False)]


def test_the_next_summit_after_a_meeting_of_three_is_theirs() -> None:
    text = ("The leaders of China, Japan and South Korea met in Tokyo on Sunday for their annual summit. They "
            "discussed nuclear safety. The next summit is to be held in China next year.")
    assert _rows(text, dt.date(2011, 5, 23))[-1] == ("summit", "2012", "planned", True)
