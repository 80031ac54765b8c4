"""Plans and invitations kept as plans with their honest date: "invited X to visit ... within the year", "accepted
an invitation to visit Vilnius early next year", "a meeting is planned for the autumn" (the year, no month); a
question asks, it reports nothing held or planned. Sentences of our own making."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.model.extraction.one_report import Row, dated, summary
from timeline_app.model.extraction.people import country_of_name


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("Japanese Prime Minister Yoshihiko Noda met South Korean President Lee Myung-bak in Beijing on Sunday. Noda "
         "invited Lee to visit Japan at a convenient time within the year, and Lee accepted the invitation.",
         dt.date(2012, 5, 14), None, [("summit", "2012-05-13", "occurred"), ("summit", "2012", "planned")]),
        ("Polish Prime Minister Donald Tusk met Lithuanian Prime Minister Inga Ruginiene in Warsaw on Monday. Tusk "
         "accepted an invitation to visit Vilnius early next year.", dt.date(2025, 10, 21), ("Poland", "Lithuania"),
         [("summit", "2025-10-20", "occurred"), ("summit", "2026", "planned")]),
        ("Swedish Prime Minister Ulf Kristersson hosted Norwegian Prime Minister Jonas Gahr Store in Stockholm on "
         "Friday. Store invited Kristersson to visit Oslo next spring.", dt.date(2024, 9, 2), ("Sweden", "Norway"),
         [("summit", "2024-08-30", "occurred"), ("summit", "2025", "planned")]),
    ],
)
def test_an_invitation_to_visit_is_a_planned_visit(
        text: str, published: dt.date, countries: tuple[str, str] | None, expected: list[Row]) -> None:
    assert dated(text, published, countries) == expected


@pytest.mark.parametrize(
    ("season", "published", "year"),
    [
        ("for the autumn", dt.date(2024, 6, 21), "2024"),
        ("for the spring", dt.date(2024, 9, 21), "2025"),  # the coming spring
        ("this summer", dt.date(2024, 3, 2), "2024"),
        ("next winter", dt.date(2024, 3, 2), "2025"),
    ],
)
def test_a_season_dates_a_plan_to_its_year(season: str, published: dt.date, year: str) -> None:
    text = ("Greek Prime Minister Kyriakos Mitsotakis met Turkish President Recep Tayyip Erdogan in Ankara on Monday. "
            f"Foreign Ministers Giorgos Gerapetritis and Hakan Fidan will stay in touch, and a meeting is planned "
            f"{season}.")
    assert dated(text, published, ("Greece", "Turkey"))[1:] == [("ministerial", year, "planned")]


def test_a_name_that_only_looks_japanese_is_not() -> None:
    """Hepburn has no "fi": "Hakan Fidan" is no Japanese name (and so no third country in a Greece–Turkey report)."""
    assert country_of_name("Hakan Fidan") is None
    assert country_of_name("Hattori Masato") == "JP"
    assert country_of_name("Obuchi Keizō") == "JP"


@pytest.mark.parametrize(
    "question",
    [
        "Will the two leaders meet at the G7 in Canada next week?",
        "Will Prime Minister Ishiba visit Seoul next month?",
    ],
)
def test_a_question_asks_and_reports_no_plan(question: str) -> None:
    text = ("South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba held a phone call on "
            f"Monday.\n\nQ: {question}")
    rows = summary(text, dt.date(2025, 6, 10))
    assert [row[2] for row in rows[1:]] == ["possible"]


def test_a_plan_said_with_its_own_date_keeps_it() -> None:
    text = ("Prime Minister Junichiro Koizumi met President Roh Moo-hyun in Seoul on Monday. The two leaders are due "
            "to meet again at the APEC summit in Busan in November.")
    assert dated(text, dt.date(2005, 6, 21)) == [("summit", "2005-06-20", "occurred"),
                                                 ("summit", "2005-11", "planned")]


@pytest.mark.parametrize(
    ("hedge", "status"),
    [
        ("later this year, possibly to Andong", "expected"),  # where to is hedged, not the visit
        ("possibly in September", "possible"),  # the time is hedged: the dated visit is possible
    ],
)
def test_a_hedge_after_the_event_phrase_hedges_the_event_unless_it_hedges_where_to(hedge: str, status: str) -> None:
    text = ("Japanese Prime Minister Sanae Takaichi met President Lee Jae-myung in Nara on Tuesday. Takaichi is "
            f"expected to make a return visit to South Korea {hedge}.")
    assert [row[2] for row in dated(text, dt.date(2026, 2, 10))] == ["occurred", status]


def test_the_body_whose_session_is_planned_does_not_take_its_date() -> None:
    """"a ministerial session of the Joint Higher Committee ... later this year": the committee is the body, the
    session the event dated."""
    text = ("Egyptian President Abdel Fattah al-Sisi met Jordanian King Abdullah II in Cairo on Monday. The foreign "
            "ministers of the two countries, Badr Abdelatty and Ayman Safadi, are to co-chair a ministerial session "
            "of the Joint Higher Committee in Amman later this year.")
    assert dated(text, dt.date(2025, 3, 5), ("Egypt", "Jordan"))[-1:] == [("ministerial", "2025", "planned")]
