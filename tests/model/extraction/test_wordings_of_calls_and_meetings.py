"""Wordings of wire stories and government readouts (issue 8, item 3): what makes a call or a meeting
and of which kind (its length, its verb, its rank, how it is held, the readout's form). Sentences of our own making:
other people, cities, years and pairs of countries than any report the project reads. Each class has its traps."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.model.extraction.one_report import Row, dated
from tests.model.extraction.wordings_texts import (
    AUSTRALIA_INDONESIA,
    GERMANY_FRANCE,
    JAPAN_PHILIPPINES,
    KJ_LEAD,
    MEXICO_CANADA,
    YK_LEAD,
)


class TestACallByItsLengthOrVerb:
    """"a 30-minute call", "held a call with", "In a brief call on Monday": a call, though it says no phone."""

    @pytest.mark.parametrize(
        ("text", "published", "countries", "expected"),
        [
            ("In a 30-minute call on Monday, German Chancellor Friedrich Merz and French President Emmanuel Macron "
             "discussed Ukraine.", dt.date(2025, 6, 4), GERMANY_FRANCE, ("call", "2025-06-02", "occurred")),
            ("Australian Prime Minister Anthony Albanese held a call with Indonesian President Prabowo Subianto on "
             "Oct. 21.", dt.date(2024, 10, 23), AUSTRALIA_INDONESIA, ("call", "2024-10-21", "occurred")),
            ("South Korean President Lee Jae-myung and Japanese Prime Minister Sanae Takaichi had a brief call on "
             "Oct. 25.", dt.date(2025, 10, 27), None, ("call", "2025-10-25", "occurred")),
            ("Mexican President Claudia Sheinbaum will hold a call with Canadian Prime Minister Mark Carney on "
             "Friday.", dt.date(2025, 4, 1), MEXICO_CANADA, ("call", "2025-04-04", "planned")),
        ],
    )
    def test_a_call(self, text: str, published: dt.date, countries: tuple[str, str] | None, expected: Row) -> None:
        assert dated(text, published, countries) == [expected]

    @pytest.mark.parametrize(
        "text",
        [
            "The foreign ministers of South Korea and Japan issued a call for calm on Monday.",
            "South Korean President Yoon Suk Yeol made a call for unity in Tokyo on Friday.",
            "Japanese Prime Minister Fumio Kishida received a call from U.S. President Joe Biden on Tuesday.",
        ],
    )
    def test_no_call(self, text: str) -> None:
        assert dated(text, dt.date(2023, 5, 3)) == []


class TestABilateralByRank:
    """"held bilateral talks", "a bilateral on the sidelines", "a pull-aside", "Talks between X and Y": a summit
    for leaders, a ministerial meeting for ministers; nothing when a side is of another pair."""

    @pytest.mark.parametrize(
        ("text", "published", "countries", "expected"),
        [
            ("South Korean Foreign Minister Park Jin and Japanese Foreign Minister Yoshimasa Hayashi held bilateral "
             "talks in Phnom Penh on Monday.", dt.date(2022, 8, 5), None, ("ministerial", "2022-08-01", "occurred")),
            ("South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida held a bilateral on the "
             "sidelines of the NATO summit in Vilnius on Wednesday.", dt.date(2023, 7, 13), None,
             ("summit", "2023-07-12", "occurred")),
            ("German Chancellor Olaf Scholz and French President Emmanuel Macron had a pull-aside at the G20 summit "
             "in Bali on Tuesday.", dt.date(2022, 11, 17), GERMANY_FRANCE, ("summit", "2022-11-15", "occurred")),
            ("Talks between South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba are "
             "slated for next month.", dt.date(2025, 7, 10), None, ("summit", "2025-08", "planned")),
            ("Bilateral talks between Australian Foreign Minister Penny Wong and Indonesian Foreign Minister Retno "
             "Marsudi took place in Jakarta on Thursday.", dt.date(2023, 2, 10), AUSTRALIA_INDONESIA,
             ("ministerial", "2023-02-09", "occurred")),
        ],
    )
    def test_a_meeting(self, text: str, published: dt.date, countries: tuple[str, str] | None, expected: Row) -> None:
        assert dated(text, published, countries) == [expected]

    @pytest.mark.parametrize(
        "text",
        [
            "Japanese Prime Minister Fumio Kishida held bilateral talks with Chinese Premier Li Qiang in Jakarta on "
            "Wednesday.",
            "Bilateral trade between South Korea and Japan rose 5 percent in March.",
            "Talks between North Korea and the United States stalled in February.",
        ],
    )
    def test_no_meeting(self, text: str) -> None:
        assert dated(text, dt.date(2023, 9, 8)) == []


class TestTwoPlusTwoAlone:
    """"their first 2+2", "the next 2+2": the foreign and defence ministers' meeting, its noun left out."""

    @pytest.mark.parametrize(
        ("text", "published", "countries", "expected"),
        [
            ("Japan and the Philippines held their first 2+2 in Tokyo on April 9.", dt.date(2023, 4, 11),
             JAPAN_PHILIPPINES, ("ministerial", "2023-04-09", "occurred")),
            ("Germany and France will hold a 2+2 in Paris on Nov. 3.", dt.date(2024, 10, 20), GERMANY_FRANCE,
             ("ministerial", "2024-11-03", "planned")),
        ],
    )
    def test_a_ministerial(self, text: str, published: dt.date, countries: tuple[str, str], expected: Row) -> None:
        assert dated(text, published, countries) == [expected]

    def test_arithmetic_is_no_meeting(self) -> None:
        text = "Japan and the Philippines agree that 2+2 = 4 on Monday, the minister joked."
        assert dated(text, dt.date(2023, 4, 11), JAPAN_PHILIPPINES) == []


class TestMoreNounsAndParticiples:
    """"The two leaders, meeting on Thursday, pledged ...", "ahead of X's expected talks with Y this week": a
    participle after a comma, talks as a noun with whom they are held."""

    @pytest.mark.parametrize(
        ("text", "published", "countries", "expected"),
        [
            ("German Chancellor Friedrich Merz and French President Emmanuel Macron, meeting on Thursday in "
             "Toulon, pledged closer defence ties.", dt.date(2025, 8, 30), GERMANY_FRANCE,
             ("summit", "2025-08-28", "occurred")),
            ("Markets rallied ahead of Australian Prime Minister Anthony Albanese's expected talks with Indonesian "
             "President Prabowo Subianto this week.", dt.date(2025, 5, 12), AUSTRALIA_INDONESIA,
             ("summit", "2025-W20", "expected")),
            ("Mexican President Claudia Sheinbaum's talks with Canadian Prime Minister Mark Carney on Tuesday "
             "covered steel tariffs.", dt.date(2025, 9, 19), MEXICO_CANADA, ("summit", "2025-09-16", "occurred")),
        ],
    )
    def test_a_meeting(self, text: str, published: dt.date, countries: tuple[str, str], expected: Row) -> None:
        assert dated(text, published, countries) == [expected]

    @pytest.mark.parametrize(
        "text",
        [
            "South Korean President Yoon Suk Yeol, meeting reporters on Thursday, said ties with Japan had improved.",
            "Japanese Prime Minister Fumio Kishida's talks with Chinese Premier Li Qiang on Tuesday covered seafood.",
        ],
    )
    def test_no_meeting(self, text: str) -> None:
        assert dated(text, dt.date(2023, 9, 8)) == []


class TestAMeetingWhoseSubjectIsTheEvent:
    """"The ministers' dialogue ... resumed in June and is to meet again in Seoul this year": the dialogue meets
    again, a meeting of its kind; not when people of another pair are its subject."""

    @pytest.mark.parametrize(
        ("text", "published", "countries", "expected"),
        [
            ("The South Korea-Japan finance ministers' dialogue, suspended since 2016, resumed in Tokyo in June and "
             "is to meet again in Seoul this year.", dt.date(2023, 11, 2), None,
             [("ministerial", "2023-06", "occurred"), ("ministerial", "2023", "planned")]),
            ("The German-French defence ministers' dialogue held its first session in Paris in March and will meet "
             "again in Berlin in October.", dt.date(2024, 5, 2), GERMANY_FRANCE,
             [("ministerial", "2024-03", "occurred"), ("ministerial", "2024-10", "planned")]),
        ],
    )
    def test_a_meeting_again(self, text: str, published: dt.date, countries: tuple[str, str] | None,
                             expected: list[Row]) -> None:
        assert dated(text, published, countries) == expected

    def test_other_people_meeting_after_it(self) -> None:
        text = ("The South Korea-Japan finance ministers' dialogue resumed in Tokyo in June, and Janet Yellen is to "
                "meet He Lifeng in July.")
        assert dated(text, dt.date(2023, 11, 2)) == [("ministerial", "2023-06", "occurred")]


class TestGovernmentReadouts:
    """The form of a foreign ministry's readout: "On May 21, commencing at 8:30 a.m. for approximately 30 minutes,
    Mr. X, Prime Minister of Japan, held a Japan-ROK Summit Meeting with H.E. Mr. Y, President of the Republic of
    Korea": the person before the title and its country, the named meeting, the date put first."""

    @pytest.mark.parametrize(
        ("text", "published", "countries", "expected"),
        [
            ("On May 21, commencing at 8:30 a.m. for approximately 30 minutes, Mr. Fumio Kishida, Prime Minister of "
             "Japan, held a Japan-ROK Summit Meeting with H.E. Mr. Yoon Suk Yeol, President of the Republic of Korea.",
             dt.date(2023, 5, 22), None, ("summit", "2023-05-21", "occurred")),
            ("On July 10, Mr. Takeshi Iwaya, Minister for Foreign Affairs of Japan, held a Japan-ROK Foreign "
             "Ministers' Meeting with H.E. Mr. Cho Hyun, Minister of Foreign Affairs of the Republic of Korea.",
             dt.date(2025, 7, 11), None, ("ministerial", "2025-07-10", "occurred")),
            ("On June 4, Mr. Shigeru Ishiba, Prime Minister of Japan, held a telephone talk with H.E. Mr. Lee "
             "Jae-myung, President of the Republic of Korea.", dt.date(2025, 6, 5), None,
             ("call", "2025-06-04", "occurred")),
            ("On March 3, beginning at 10 a.m., Ms. Anna Lindqvist, Minister for Foreign Affairs of Sweden, held a "
             "Sweden-Norway Foreign Ministers' Meeting with Mr. Per Olsen, Minister of Foreign Affairs of Norway.",
             dt.date(2031, 3, 4), ("Norway", "Sweden"), ("ministerial", "2031-03-03", "occurred")),
        ],
    )
    def test_a_readout(self, text: str, published: dt.date, countries: tuple[str, str] | None, expected: Row) -> None:
        assert dated(text, published, countries) == [expected]

    def test_a_readout_of_another_pair(self) -> None:
        text = ("On May 21, Mr. Fumio Kishida, Prime Minister of Japan, held a Japan-China Summit Meeting with H.E. "
                "Mr. Li Qiang, Premier of the State Council of the People's Republic of China.")
        assert dated(text, dt.date(2023, 5, 22)) == []

    def test_a_date_put_first_yields_to_the_events_own(self) -> None:
        text = ("On Monday, officials said South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru "
                "Ishiba will meet in Tokyo on Aug. 23.")
        assert dated(text, dt.date(2025, 8, 12)) == [("summit", "2025-08-23", "planned")]


class TestAWordOnTheSidelines:
    """"spoke on the sidelines of the G7 summit", "had a brief chat", "held security talks": a meeting of its
    rank; not of another pair."""

    @pytest.mark.parametrize(
        ("body", "published", "expected"),
        [
            ("The two leaders spoke on the sidelines of the G7 summit on Tuesday.", dt.date(2025, 6, 20),
             [("summit", "2025-06-17", "occurred")]),
            ("The two leaders had a brief chat on the sidelines of the G7 summit on Tuesday.", dt.date(2025, 6, 20),
             [("summit", "2025-06-17", "occurred")]),
            ("Japan and South Korea held their first security talks in seven years in Tokyo on Friday.",
             dt.date(2025, 6, 10), [("ministerial", "2025-06-06", "occurred")]),
            ("Ishiba spoke with Chinese Premier Li Qiang on the sidelines of the G20 summit on Tuesday.",
             dt.date(2025, 6, 20), []),
        ],
    )
    def test_korea_japan(self, body: str, published: dt.date, expected: list[Row]) -> None:
        assert dated(KJ_LEAD + body, published) == expected


class TestAdjectivesOfAMeeting:
    """How the meeting is held says its kind: virtually or by video is a call; face to face, one on one, closed-door,
    impromptu, in person is a meeting; messages and letters are neither."""

    @pytest.mark.parametrize(
        ("body", "expected"),
        [
            ("Yoon and Kishida met virtually on Friday.", [("call", "2023-05-05", "occurred")]),
            ("Yoon and Kishida held a video call on Friday.", [("call", "2023-05-05", "occurred")]),
            ("Yoon and Kishida spoke via videolink on Friday.", [("call", "2023-05-05", "occurred")]),
            ("Yoon and Kishida held a telephone summit on Friday.", [("call", "2023-05-05", "occurred")]),
            ("Yoon and Kishida held their first in-person meeting on Friday.", [("summit", "2023-05-05", "occurred")]),
            ("Yoon and Kishida held face-to-face talks on Friday.", [("summit", "2023-05-05", "occurred")]),
            ("Yoon and Kishida held one-on-one talks on Friday.", [("summit", "2023-05-05", "occurred")]),
            ("Yoon and Kishida held a closed-door meeting on Friday.", [("summit", "2023-05-05", "occurred")]),
            ("Yoon and Kishida held impromptu talks on Friday.", [("summit", "2023-05-05", "occurred")]),
            ("Yoon and Kishida had a 10-minute conversation on the sidelines on Friday.",
             [("summit", "2023-05-05", "occurred")]),
            ("Kishida's talks with Yoon on Friday were cordial.", [("summit", "2023-05-05", "occurred")]),
            ("The Yoon-Kishida summit on Friday was cordial.", [("summit", "2023-05-05", "occurred")]),
            ("The summit between Yoon and Kishida on Friday was cordial.", [("summit", "2023-05-05", "occurred")]),
            ("Foreign Minister Park Jin met his Japanese counterpart on Friday.",
             [("ministerial", "2023-05-05", "occurred")]),
            ("Yoon and Kishida exchanged messages on Friday.", []),
            ("Yoon wrote to Kishida on Friday.", []),
        ],
    )
    def test_korea_japan(self, body: str, expected: list[Row]) -> None:
        assert dated(YK_LEAD + body, dt.date(2023, 5, 8)) == expected


class TestACallTakenOrMade:
    """"received a call from Kishida", "made a call to his counterpart": a call; "made a call for unity" is not,
    nor a call from a leader of a third country; talks of negotiators, letters, decisions and remarks are no
    meeting of the leaders."""

    @pytest.mark.parametrize(
        ("body", "expected"),
        [
            ("Yoon received a call from Kishida on Monday.", [("call", "2023-05-08", "occurred")]),
            ("Yoon received a congratulatory call from Kishida on Monday.", [("call", "2023-05-08", "occurred")]),
            ("Kishida made a call to his South Korean counterpart on Monday.", [("call", "2023-05-08", "occurred")]),
            ("Kishida received a call from U.S. President Joe Biden on Monday.", []),
            ("Yoon made a call for unity on Monday.", []),
            ("Trade talks between Seoul and Tokyo resumed on Monday.", []),
            ("Working-level talks between the two countries were held in Seoul on Monday.", []),
            ("Kishida received Yoon's letter on Monday.", []),
            ("Yoon welcomed Kishida's remarks on Monday.", []),
            ("Talks with North Korea stalled on Monday.", []),
        ],
    )
    def test_korea_japan(self, body: str, expected: list[Row]) -> None:
        assert dated(YK_LEAD + body, dt.date(2023, 5, 10)) == expected


class TestNoMarginsOfACall:
    """A call has no margins and no lead day for a meeting of another kind: "spoke by phone on Monday. Their
    foreign ministers met on the sidelines" gives the ministers no day; a meeting "expected on the sidelines" is of a
    gathering still to come."""

    LEAD = ("South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida spoke by phone on "
            "Monday. ")

    @pytest.mark.parametrize("body", ["They are expected to meet on the sidelines.",
                                      "Their foreign ministers met on the sidelines."])
    def test_only_the_call(self, body: str) -> None:
        assert dated(self.LEAD + body, dt.date(2023, 5, 10)) == [("call", "2023-05-08", "occurred")]
