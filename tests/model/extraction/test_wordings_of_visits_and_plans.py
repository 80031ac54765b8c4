"""Wordings of wire stories and government readouts (issue 8, item 3): visits, journeys and trips, and
what is planned, under way, denied or cancelled. Sentences of our own making: other people, cities, years and
pairs of countries than any report the project reads. Each class has its traps."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.model.extraction.one_report import Row, dated
from tests.model.extraction.wordings_texts import (
    AUSTRALIA_INDONESIA,
    GERMANY_FRANCE,
    GF_LEAD,
    KJ_LEAD,
    YK_LEAD,
)


class TestAVisitorReceived:
    """"received Foreign Minister X at the Kantei", "welcomed Chancellor Y to Paris": a meeting when a person of the
    other side is received (a leader receiving a minister: ministerial); not a letter, a decision, a team."""

    @pytest.mark.parametrize(
        ("text", "published", "countries", "expected"),
        [
            ("President Yoon Suk Yeol received Japanese Foreign Minister Yoshimasa Hayashi at the presidential "
             "office in Yongsan on Tuesday.", dt.date(2023, 7, 19), None, ("ministerial", "2023-07-18", "occurred")),
            ("Prime Minister Kishida received South Korean Foreign Minister Park Jin at the Kantei on July 18.",
             dt.date(2022, 7, 20), None, ("ministerial", "2022-07-18", "occurred")),
            ("French President Emmanuel Macron welcomed German Chancellor Olaf Scholz to Paris on Wednesday for a "
             "working dinner.", dt.date(2022, 10, 28), GERMANY_FRANCE, ("summit", "2022-10-26", "occurred")),
            ("Chancellor Olaf Scholz welcomed French President Emmanuel Macron to Berlin on Tuesday.",
             dt.date(2023, 5, 4), GERMANY_FRANCE, ("summit", "2023-05-02", "occurred")),
            ("Indonesian President Joko Widodo will receive his Australian counterpart at the Bogor Palace on "
             "Monday.", dt.date(2022, 6, 2), AUSTRALIA_INDONESIA, ("summit", "2022-06-06", "planned")),
        ],
    )
    def test_a_meeting(self, text: str, published: dt.date, countries: tuple[str, str] | None, expected: Row) -> None:
        assert dated(text, published, countries) == [expected]

    @pytest.mark.parametrize(
        ("text", "countries"),
        [
            ("South Korean President Yoon Suk Yeol received a letter from Japanese Prime Minister Fumio Kishida on "
             "Monday.", None),
            ("South Korean President Yoon Suk Yeol welcomed Kishida's decision on Monday.", None),
            ("South Korean President Lee Jae-myung welcomed Japan's decision on Tuesday.", None),
            ("South Korean President Yoon Suk Yeol received an honorary degree in Tokyo on Friday.", None),
            ("Japanese Prime Minister Fumio Kishida received U.S. Secretary of State Antony Blinken at his office on "
             "Tuesday.", None),
            ("Chancellor Olaf Scholz welcomed the French team to Berlin on Sunday.", GERMANY_FRANCE),
        ],
    )
    def test_no_meeting(self, text: str, countries: tuple[str, str] | None) -> None:
        assert dated(text, dt.date(2023, 5, 3), countries) == []


class TestAnEventReturned:
    """"will hold talks in Busan, returning Lee's visit to Tokyo in August": the visit returned has happened,
    whatever the clause plans; "a return visit" is still the plan."""

    def test_the_visit_returned_happened(self) -> None:
        text = ("Chancellor Friedrich Merz will hold talks with French President Emmanuel Macron in Berlin next week, "
                "returning Macron's visit to Germany in May.")
        assert dated(text, dt.date(2025, 7, 2), GERMANY_FRANCE) == [
            ("summit", "2025-W28", "planned"), ("summit", "2025-05", "occurred")]

    def test_a_return_visit_is_planned(self) -> None:
        text = "South Korean President Lee Jae-myung will make a return visit to Japan in December, officials said."
        assert dated(text, dt.date(2025, 9, 2)) == [("summit", "2025-12", "planned")]


class TestWhomALeaderMeetsOnATrip:
    """On a visit a leader meets many people: business leaders, lawmakers, residents, the opposition, a former
    leader. "Met" and "held talks with" are a meeting of the pair only when the one met is of the other government."""

    LEAD = ("South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba held a summit in Tokyo "
            "on Saturday. ")

    @pytest.mark.parametrize(
        "body",
        [
            "Lee held talks with Japanese business leaders in Tokyo on Sunday.",
            "Lee met Keidanren chairman Masakazu Tokura in Tokyo on Sunday.",
            "Lee met Korean residents in Tokyo on Sunday.",
            "Lee met Japanese lawmakers in Tokyo on Sunday.",
            "Ishiba met South Korean opposition leader Kim Moon-soo in Seoul on Sunday.",
            "Ishiba met former South Korean President Moon Jae-in in Seoul on Sunday.",
            "Lee visited Osaka on Sunday to meet Korean residents.",
        ],
    )
    def test_no_meeting_of_the_pair(self, body: str) -> None:
        assert dated(self.LEAD + body, dt.date(2025, 8, 25)) == [("summit", "2025-08-23", "occurred")]

    @pytest.mark.parametrize(
        ("body", "expected"),
        [
            ("Lee met Ishiba and business leaders in Osaka on Sunday.", ("summit", "2025-08-24", "occurred")),
            ("Lee will meet Japanese Finance Minister Katsunobu Kato in Tokyo on Sunday.",
             ("ministerial", "2025-08-31", "planned")),
        ],
    )
    def test_a_meeting(self, body: str, expected: Row) -> None:
        assert dated(self.LEAD + body, dt.date(2025, 8, 25)) == [("summit", "2025-08-23", "occurred"), expected]


class TestMoreDenialsPlansAndCalls:
    """"failed to meet" denies, "skipped a planned meeting" cancels, "is being arranged" plans; "congratulated Lee
    by phone" is a call; "a Franco-German council of ministers" is the leaders' meeting; "the national security
    advisers of the two countries" are not the two leaders; senior diplomats are below the ministers."""

    @pytest.mark.parametrize(
        ("body", "published", "expected"),
        [
            ("Lee and Ishiba failed to meet at the G7 summit in Kananaskis last month.", dt.date(2025, 7, 10), []),
            ("Lee and Ishiba fail to meet at the G7 summit in Kananaskis.", dt.date(2025, 7, 10), []),
            ("Lee skipped a planned meeting with Ishiba at the G7 summit last month.", dt.date(2025, 7, 10),
             [("summit", "2025-06", "cancelled")]),
            ("Ishiba congratulated Lee by phone on June 4.", dt.date(2025, 6, 10), [("call", "2025-06-04", "occurred")]),
            ("Ishiba thanked his counterpart over the phone on June 4.", dt.date(2025, 6, 10),
             [("call", "2025-06-04", "occurred")]),
            ("The national security advisers of the two countries met in Washington on Monday.", dt.date(2025, 6, 10),
             [("ministerial", "2025-06-09", "occurred")]),
            ("Senior diplomats from the two countries met in Seoul on Monday.", dt.date(2025, 6, 10), []),
            ("A spokesman told reporters by phone on June 4 that the talks went well.", dt.date(2025, 6, 10), []),
        ],
    )
    def test_korea_japan(self, body: str, published: dt.date, expected: list[Row]) -> None:
        assert dated(KJ_LEAD + body, published) == expected

    def test_a_call_being_arranged_is_planned(self) -> None:
        from tests.model.extraction.one_report import summary
        found = summary(KJ_LEAD + "A phone call between the two leaders is being arranged.", dt.date(2025, 6, 10))
        assert found == [("call", None, "planned")]

    @pytest.mark.parametrize(
        ("body", "expected"),
        [
            ("Merz and Macron will hold a Franco-German council of ministers in Toulon on Aug. 29.",
             [("summit", "2025-08-29", "planned")]),
            ("The two governments held a joint cabinet meeting in Toulon on Friday.", [("summit", "2025-06-06", "occurred")]),
        ],
    )
    def test_germany_france(self, body: str, expected: list[Row]) -> None:
        assert dated(GF_LEAD + body, dt.date(2025, 6, 10), GERMANY_FRANCE) == expected

    def test_officials_arranging_the_leaders_summit(self) -> None:
        text = ("Officials of Germany and France had been arranging a summit of Chancellor Friedrich Merz and "
                "President Emmanuel Macron in Paris for Friday but called it off.")
        assert dated(text, dt.date(2025, 6, 10), GERMANY_FRANCE) == [("summit", "2025-06-13", "cancelled")]


class TestJourneysByAir:
    """"flew to Paris", "will fly to Seoul", "headed to Berlin": a visit, like "travelled to"; not to a third
    country, and not home."""

    @pytest.mark.parametrize(
        ("body", "expected"),
        [
            ("Merz will fly to Paris on Wednesday.", [("summit", "2025-06-11", "planned")]),
            ("Macron headed to Berlin on Friday.", [("summit", "2025-06-06", "occurred")]),
            ("Macron flew to Washington on Friday.", []),
            ("Macron visited Washington on Friday.", []),
            ("Merz flew back to Berlin on Thursday.", []),
            ("Merz flew to Hamburg on Friday.", []),
        ],
    )
    def test_germany_france(self, body: str, expected: list[Row]) -> None:
        assert dated(GF_LEAD + body, dt.date(2025, 6, 10), GERMANY_FRANCE) == expected


class TestAPlanOnACondition:
    """"is due to host a summit later this year, but Tokyo has said the prime minister will not attend unless ...":
    a plan on a condition is only possible; a plan without one stays planned."""

    @pytest.mark.parametrize(
        ("body", "expected"),
        [
            ("Merz will visit Paris in July, but only if the budget deal holds.", [("summit", "2025-07", "possible")]),
            ("Paris is due to host a summit with Germany in July, but Berlin has said Merz will not attend unless the "
             "budget dispute is settled.", [("summit", "2025-07", "possible")]),
            ("Merz will visit Paris in July.", [("summit", "2025-07", "planned")]),
        ],
    )
    def test_germany_france(self, body: str, expected: list[Row]) -> None:
        assert dated(GF_LEAD + body, dt.date(2025, 6, 10), GERMANY_FRANCE) == expected


class TestUnderWayAsTheReportIsWritten:
    """"is on a three-day state visit", "is visiting Jakarta for talks", "are holding talks in Tokyo": an event
    under way, with no date of its own, is on the report's day; a visit to a factory is none."""

    @pytest.mark.parametrize(
        ("text", "countries", "expected"),
        [
            ("Indonesian President Prabowo Subianto is on a three-day state visit to Australia, the first since 2020.",
             AUSTRALIA_INDONESIA, ("summit", "2025-07-09", "occurred")),
            ("Australian Foreign Minister Penny Wong is visiting Jakarta for talks with her Indonesian counterpart "
             "Sugiono.", AUSTRALIA_INDONESIA, ("ministerial", "2025-07-09", "occurred")),
            ("South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba are holding talks in "
             "Tokyo.", None, ("summit", "2025-07-09", "occurred")),
        ],
    )
    def test_the_reports_day(self, text: str, countries: tuple[str, str] | None, expected: Row) -> None:
        assert dated(text, dt.date(2025, 7, 9), countries) == [expected]

    def test_a_visit_to_a_factory(self) -> None:
        assert dated("German Chancellor Friedrich Merz is visiting a factory in Lyon.", dt.date(2025, 7, 9),
                     GERMANY_FRANCE) == []

    @pytest.mark.parametrize(
        "body",
        [
            "The two sides are making progress toward a summit.",
            "Seoul is on track for a summit.",
            "Yoon is holding out hope for a summit.",
        ],
    )
    def test_no_event_under_way(self, body: str) -> None:
        assert dated(YK_LEAD + body, dt.date(2023, 5, 8)) == []

    @pytest.mark.parametrize("body", ["Kishida is on a two-day visit to Seoul.", "Kishida is visiting Seoul.",
                                      "Kishida is paying a visit to Seoul."])
    def test_a_visit_under_way(self, body: str) -> None:
        assert dated(YK_LEAD + body, dt.date(2023, 5, 8)) == [("summit", "2023-05-08", "occurred")]


class TestAnOrderWordOfThePlan:
    """"will meet ... for their first summit": "first" describes the summit planned; it says nothing of the past."""

    def test_planned(self) -> None:
        from tests.model.extraction.one_report import summary
        text = ("South Korean President Lee Jae-myung will meet Japanese Prime Minister Shigeru Ishiba in Tokyo on "
                "Saturday for their first summit.")
        assert {row[2] for row in summary(text, dt.date(2025, 8, 20))} == {"planned"}


class TestPlansAsWiresWordThem:
    """"tentatively scheduled for", "tipped to visit", "considering a trip", "on the cards", "a visit by X to
    Seoul", "Seoul hopes to host X" (the capital that hosts stands for its side); not a capital hosting a third
    country's leader or a gathering."""

    @pytest.mark.parametrize(
        ("body", "expected"),
        [
            ("A summit is tentatively scheduled for May 7 in Seoul.", [("summit", "2023-05-07", "planned")]),
            ("Kishida is tipped to visit Seoul in early May.", [("summit", "2023-05", "planned")]),
            ("Kishida is considering a trip to Seoul next month.", [("summit", "2023-05", "possible")]),
            ("Kishida will likely travel to Seoul in May.", [("summit", "2023-05", "expected")]),
            ("Kishida is slated to visit Seoul on May 7-8.", [("summit", "2023-05-07", "planned")]),
            ("A visit by Kishida to Seoul is on the cards for May.", [("summit", "2023-05", "possible")]),
            ("Seoul hopes to host Kishida in May.", [("summit", "2023-05", "possible")]),
            ("Beijing hopes to host Kishida in May.", []),
            ("Tokyo will host Chinese Premier Li Qiang in May.", []),
            ("A visit by Chinese Premier Li Qiang to Tokyo is planned for May.", []),
        ],
    )
    def test_korea_japan(self, body: str, expected: list[Row]) -> None:
        assert dated(YK_LEAD + body, dt.date(2023, 4, 20)) == expected
