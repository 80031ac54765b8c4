"""A leader named only as the owner of an aide ("Cho, President Yoon's national security adviser, and ...") is no
party to the aide's meeting, in whatever clause the aide stands. Sentences of our own making."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.model.extraction.one_report import Row, dated


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("Kim Sung-han, President Yoon Suk Yeol's national security adviser, and Takeo Akiba, who heads Japan's "
         "National Security Secretariat, met in Tokyo last weekend.", dt.date(2023, 3, 15), None,
         [("ministerial", "2023-W10", "occurred")]),
        ("Chung Eui-yong, President Moon Jae-in's top security aide, and Shotaro Yachi, Prime Minister Shinzo "
         "Abe's national security adviser, held talks in Tokyo on Thursday.", dt.date(2019, 3, 10), None,
         [("ministerial", "2019-03-07", "occurred")]),
        ("Noh Young-min, President Moon's chief of staff, and Yachi Shotaro, Japan's national security adviser, "
         "met in Seoul on Thursday.", dt.date(2019, 3, 10), None, [("ministerial", "2019-03-07", "occurred")]),
    ],
)
def test_the_aides_meet_not_their_leaders(
        text: str, published: dt.date, countries: tuple[str, str] | None, expected: list[Row]) -> None:
    assert dated(text, published, countries) == expected


@pytest.mark.parametrize(
    ("text", "published", "countries"),
    [
        # Advisers of no minister's rank: no meeting of the two governments, and never their leaders' summit.
        ("Anne Dupont, President Laurent Martin's diplomatic adviser, and Jens Weber, Chancellor Klaus Richter's "
         "foreign policy adviser, met in Berlin on Thursday.", dt.date(2019, 3, 10), ("France", "Germany")),
    ],
)
def test_no_summit_of_the_leaders_who_own_the_aides(
        text: str, published: dt.date, countries: tuple[str, str] | None) -> None:
    assert not [row for row in dated(text, published, countries) if row[0] == "summit"]


def test_the_leaders_own_visit_is_still_theirs() -> None:
    text = "President Yoon Suk Yeol's visit to Tokyo on March 16 was the first by a South Korean leader in 12 years."
    assert ("summit", "2023-03-16", "occurred") in dated(text, dt.date(2023, 3, 20))
