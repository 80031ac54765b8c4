"""Events in any wording (issue 8, item 3): each class is one way English news reports a meeting, in sentences
of our own making (other people, cities and years than any report the project reads)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.model.extraction.one_report import Row, dated, mentions, summary


class TestBilateralWordsAreNotMultilateral:
    """"face-to-face talks", "one-on-one", "an unprecedented summit", "a closed-door meeting": two sides."""

    @pytest.mark.parametrize(
        ("text", "published", "expected"),
        [
            ("South Korean Foreign Minister Park Jin and Japanese Foreign Minister Yoko Kamikawa held "
             "face-to-face talks in Busan on Thursday.", dt.date(2023, 11, 25), ("ministerial", "2023-11-23", "occurred")),
            ("President Roh Moo-hyun and Prime Minister Junichiro Koizumi of Japan held one-on-one talks on the "
             "resort island of Jeju on July 21.", dt.date(2004, 7, 23), ("summit", "2004-07-21", "occurred")),
            ("South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida will hold an "
             "unprecedented summit in Hiroshima on Sunday.", dt.date(2023, 5, 18), ("summit", "2023-05-21", "planned")),
            ("Japanese Defense Minister Gen Nakatani and his South Korean counterpart Ahn Gyu-back held a "
             "closed-door meeting in Tokyo on Sept. 29.", dt.date(2025, 10, 1), ("ministerial", "2025-09-29", "occurred")),
            ("The two foreign ministers, South Korea's Cho Tae-yul and Japan's Takeshi Iwaya, had a one-on-one "
             "meeting in Seoul on Jan. 13.", dt.date(2025, 1, 14), ("ministerial", "2025-01-13", "occurred")),
        ],
    )
    def test_two_sides(self, text: str, published: dt.date, expected: Row) -> None:
        assert dated(text, published) == [expected]


class TestTheMeetingCarriedByAnotherVerb:
    """The day the two sides agreed, signed or announced after meeting is the meeting's day."""

    @pytest.mark.parametrize(
        ("text", "published", "expected"),
        [
            ("The finance ministers of South Korea and Japan, who met in Incheon, agreed on Friday to restore a "
             "currency swap.", dt.date(2023, 6, 30), ("ministerial", "2023-06-30", "occurred")),
            ("Meeting in Tokyo, the trade ministers of South Korea and Japan signed a memorandum on Tuesday to "
             "ease export controls.", dt.date(2023, 4, 27), ("ministerial", "2023-04-25", "occurred")),
            ("The two leaders, meeting in Gyeongju, agreed Wednesday to expand youth exchanges between Korea and "
             "Japan.", dt.date(2025, 10, 31), ("summit", "2025-10-29", "occurred")),
        ],
    )
    def test_the_agreements_day(self, text: str, published: dt.date, expected: Row) -> None:
        assert dated(text, published) == [expected]


class TestCallsWithoutThePhone:
    """"called him to congratulate", "spoke by video link", "held a video conference"."""

    @pytest.mark.parametrize(
        ("text", "published", "expected"),
        [
            ("Japanese Prime Minister Yoshihide Suga called South Korean President Moon Jae-in on Tuesday to "
             "congratulate him.", dt.date(2020, 9, 25), ("call", "2020-09-22", "occurred")),
            ("The two leaders spoke by video link on March 2 as Japan and South Korea weighed new curbs.",
             dt.date(2022, 3, 4), ("call", "2022-03-02", "occurred")),
            ("South Korean Foreign Minister Chung Eui-yong and his Japanese counterpart Toshimitsu Motegi "
             "held a video conference on Feb. 18.", dt.date(2021, 2, 19), ("call", "2021-02-18", "occurred")),
            ("President Lee Myung-bak called Prime Minister Yoshihiko Noda of Japan on Sept. 3 to discuss "
             "the typhoon.", dt.date(2011, 9, 5), ("call", "2011-09-03", "occurred")),
        ],
    )
    def test_a_call(self, text: str, published: dt.date, expected: Row) -> None:
        assert dated(text, published) == [expected]

    @pytest.mark.parametrize(
        "text",
        [
            "South Korean President Moon Jae-in called on Japan on Monday to return to talks, Japanese Prime "
            "Minister Shinzo Abe's office said.",
            "Japanese Prime Minister Shinzo Abe on Monday called South Korean President Moon Jae-in a partner "
            "in the so-called shuttle diplomacy.",
            "South Korean President Moon Jae-in called for talks with Japan on Monday.",
        ],
    )
    def test_calling_on_for_or_naming_is_not_a_call(self, text: str) -> None:
        assert [row for row in dated(text, dt.date(2019, 7, 16)) if row[0] == "call"] == []


class TestThePersonBeforeTheTitle:
    """"Shigeru Ishiba, Japan's prime minister, met Lee Jae-myung, South Korea's president, ..."."""

    @pytest.mark.parametrize(
        ("text", "published", "participants", "expected"),
        [
            ("Yoshihide Suga, Japan's prime minister, met Moon Jae-in, South Korea's president, in Seoul on "
             "Monday.", dt.date(2021, 3, 10), ("Yoshihide Suga", "Moon Jae-in"), ("summit", "2021-03-08", "occurred")),
            ("Takeshi Iwaya, Japan's foreign minister, met Cho Hyun, the South Korean foreign minister, in "
             "Tokyo on Aug. 3.", dt.date(2025, 8, 5), ("Takeshi Iwaya", "Cho Hyun"),
             ("ministerial", "2025-08-03", "occurred")),
            ("Kim Dae-jung, the South Korean president, and Keizo Obuchi, Japan's prime minister, signed the "
             "declaration after talks in Tokyo on Oct. 8.", dt.date(1998, 10, 9), ("Kim Dae-jung", "Keizo Obuchi"),
             ("summit", "1998-10-08", "occurred")),
        ],
    )
    def test_apposition(self, text: str, published: dt.date, participants: tuple[str, ...], expected: Row) -> None:
        [mention] = mentions(text, published)
        assert (mention.kind.value, mention.date.iso() if mention.date else None, mention.status.value) == expected
        assert mention.participants == participants


class TestNamesThatAreNotWhoTheySeem:
    """Singapore's Lee is not Korean; North Korea is not Korea; "the U.S.-China summit" is not the pair's."""

    @pytest.mark.parametrize(
        "text",
        [
            "Singapore's Prime Minister Lee Hsien Loong met Japanese Prime Minister Fumio Kishida in Tokyo on May 25.",
            "North Korean leader Kim Jong Un met Japanese Prime Minister Junichiro Koizumi in Pyongyang on Sept. 17.",
            "North Korea and Japan held talks in Stockholm on Monday.",
            "The U.S.-China summit in San Francisco on Wednesday drew attention in Seoul and Tokyo.",
            "Chinese Premier Li Qiang and Japanese Prime Minister Fumio Kishida met in Jakarta on Sept. 6, "
            "with South Korea's interests in mind.",
        ],
    )
    def test_not_the_pair(self, text: str) -> None:
        assert dated(text, dt.date(2023, 11, 20)) == []


class TestPlacesOutsideAnyHandList:
    """Places the pair's cities: Daegu and Sendai are in no list of the code, but in GeoNames."""

    @pytest.mark.parametrize(
        ("text", "published", "expected", "place"),
        [
            ("Japanese Foreign Minister Taro Kono will visit Daegu next week for talks.", dt.date(2018, 4, 2),
             ("ministerial", "2018-W15", "planned"), "Daegu"),
            ("South Korean Trade Minister Yeo Han-koo held talks in Sendai on Saturday.", dt.date(2021, 5, 24),
             ("ministerial", "2021-05-22", "occurred"), "Sendai"),
            ("President Kim Dae-jung travelled to Fukuoka on Jan. 5 for a summit.", dt.date(2000, 1, 7),
             ("summit", "2000-01-05", "occurred"), "Fukuoka"),
        ],
    )
    def test_a_city_tells_its_country(self, text: str, published: dt.date, expected: Row, place: str) -> None:
        found = [m for m in mentions(text, published) if m.date is not None]
        assert [(m.kind.value, m.date.iso() if m.date else None, m.status.value) for m in found] == [expected]
        assert found[0].location == place


class TestCoordinatedDaysAndVisitsOfSeveralDays:
    """"on March 3 and 4" is a span; "a two-day visit from Oct. 12" begins that day."""

    @pytest.mark.parametrize(
        ("text", "published", "start", "end"),
        [
            ("Japanese Prime Minister Yasuo Fukuda visited Seoul on Feb. 25 and 26 for talks with South Korea.",
             dt.date(2008, 3, 1), "2008-02-25", "2008-02-26"),
            ("South Korean President Park Geun-hye will pay a two-day visit to Tokyo from Oct. 12 to meet "
             "Japanese leaders.", dt.date(2015, 10, 1), "2015-10-12", "2015-10-13"),
            ("The vice foreign ministers of South Korea and Japan met in Seoul on March 3 and 4.",
             dt.date(2022, 3, 8), "2022-03-03", "2022-03-04"),
        ],
    )
    def test_a_span(self, text: str, published: dt.date, start: str, end: str) -> None:
        found = [m for m in mentions(text, published) if m.date is not None]
        assert [(m.date.iso() if m.date else None, m.end.iso() if m.end else None) for m in found] == [(start, end)]


class TestPlansStayPlans:
    """"will hold their first summit" is planned, whatever "first" says."""

    @pytest.mark.parametrize(
        ("text", "published", "expected"),
        [
            ("South Korean President Moon Jae-in and Japanese Prime Minister Yoshihide Suga will hold their "
             "first summit in Tokyo next month.", dt.date(2020, 11, 3), ("summit", "2020-12", "planned")),
            ("The foreign ministers of Japan and South Korea are to hold their first talks in Osaka on May 9.",
             dt.date(2019, 5, 1), ("ministerial", "2019-05-09", "planned")),
            ("The two leaders plan to meet for the first time at a summit in Seoul early next month, Korea and "
             "Japan said.", dt.date(2024, 3, 20), ("summit", "2024-04", "planned")),
        ],
    )
    def test_planned(self, text: str, published: dt.date, expected: Row) -> None:
        assert dated(text, published) == [expected]


class TestSidelinesAndTrilaterals:
    """A trilateral meeting with both countries is an event of its kind; a large gathering is not; a bilateral on
    the sidelines of either is a second event."""

    def test_bilateral_on_the_sidelines_of_a_trilateral(self) -> None:
        text = ("South Korean President Moon Jae-in and Japanese Prime Minister Shinzo Abe held bilateral talks "
                "on Monday on the sidelines of a trilateral summit with Chinese Premier Li Keqiang in Tokyo.")
        found = mentions(text, dt.date(2018, 5, 10))
        assert sorted((m.kind.value, m.date.iso() if m.date else None, m.trilateral) for m in found) == [
            ("summit", "2018-05-07", False), ("summit", "2018-05-07", True)
        ]

    @pytest.mark.parametrize(
        ("text", "published", "expected"),
        [
            ("The foreign ministers of South Korea, Japan and China held a trilateral meeting in Busan on "
             "Nov. 25.", dt.date(2023, 11, 27), ("ministerial", "2023-11-25", "occurred")),
            ("A trilateral summit of South Korea, Japan and the United States was held at Camp David on Aug. 18.",
             dt.date(2023, 8, 20), ("summit", "2023-08-18", "occurred")),
            ("The national security advisers of South Korea, the U.S. and Japan met in Seoul on Friday for "
             "three-way talks.", dt.date(2024, 6, 3), ("ministerial", "2024-05-31", "occurred")),
        ],
    )
    def test_a_trilateral_is_an_event(self, text: str, published: dt.date, expected: Row) -> None:
        found = [m for m in mentions(text, published) if m.date is not None]
        assert [(m.kind.value, m.date.iso() if m.date else None, m.status.value, m.trilateral) for m in found] == [
            (*expected, True)
        ]

    @pytest.mark.parametrize(
        ("text", "published", "expected"),
        [
            ("South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida on the sidelines of "
             "the NATO summit in Vilnius on July 12.", dt.date(2023, 7, 13), [("summit", "2023-07-12", "occurred")]),
            ("The G20 summit opened in Osaka on Friday with leaders from Korea, Japan and 17 other countries.",
             dt.date(2019, 6, 29), []),
            ("On the margins of the UN General Assembly in New York on Sept. 21, the foreign ministers of Japan "
             "and South Korea held talks.", dt.date(2022, 9, 22), [("ministerial", "2022-09-21", "occurred")]),
        ],
    )
    def test_a_gathering_is_not_but_its_sidelines_are(self, text: str, published: dt.date, expected: list[Row]) -> None:
        assert dated(text, published) == expected


class TestMinisterialAlways:
    """Vice-ministerial talks, security advisers, a "strategic dialogue", a finance ministers' dialogue:
    ministerial, whatever other words say; "early next month" is a month."""

    @pytest.mark.parametrize(
        ("text", "published", "expected"),
        [
            ("The vice foreign ministers of South Korea and Japan held talks in Tokyo on Tuesday.",
             dt.date(2024, 2, 8), ("ministerial", "2024-02-06", "occurred")),
            ("South Korea and Japan held their first strategic dialogue in four years in Seoul on June 3.",
             dt.date(2019, 6, 5), ("ministerial", "2019-06-03", "occurred")),
            ("National Security Adviser Wi Sung-lac met his Japanese counterpart Masataka Okano in Tokyo on "
             "Thursday.", dt.date(2025, 7, 12), ("ministerial", "2025-07-10", "occurred")),
            ("The finance ministers of Japan and South Korea will hold their annual dialogue in Seoul early "
             "next month.", dt.date(2024, 8, 20), ("ministerial", "2024-09", "planned")),
        ],
    )
    def test_ministerial(self, text: str, published: dt.date, expected: Row) -> None:
        assert dated(text, published) == [expected]


class TestHistoryInsideAReport:
    """"the 1998 summit in Tokyo that produced the joint declaration" is a 1998 summit."""

    @pytest.mark.parametrize(
        ("text", "published", "expected"),
        [
            ("President Lee Jae-myung recalled the 1998 summit in Tokyo that produced the joint declaration "
             "between Korea and Japan.", dt.date(2025, 8, 24), ("summit", "1998", "occurred")),
            ("The 2015 agreement followed the foreign ministers' meeting of South Korea and Japan in Seoul in "
             "December 2015.", dt.date(2021, 1, 9), ("ministerial", "2015-12", "occurred")),
            ("Officials in Seoul recalled the 2011 summit in Kyoto between Lee Myung-bak and Yoshihiko Noda, which "
             "ended in a row over history.", dt.date(2023, 3, 2), ("summit", "2011", "occurred")),
        ],
    )
    def test_dated_in_its_own_year(self, text: str, published: dt.date, expected: Row) -> None:
        assert dated(text, published) == [expected]


class TestDenialScope:
    """A denial in a relative clause denies only what that clause says."""

    @pytest.mark.parametrize(
        ("text", "published", "expected"),
        [
            ("Prime Minister Fumio Kishida, who did not attend the dinner, held a phone call with South Korean "
             "President Yoon Suk Yeol on Monday.", dt.date(2023, 1, 11), ("call", "2023-01-09", "occurred")),
            ("South Korean Foreign Minister Kang Kyung-wha, who had not planned the trip, met Japanese Foreign "
             "Minister Taro Kono in Bangkok on Aug. 1.", dt.date(2019, 8, 3), ("ministerial", "2019-08-01", "occurred")),
        ],
    )
    def test_still_an_event(self, text: str, published: dt.date, expected: Row) -> None:
        assert dated(text, published) == [expected]

    def test_a_denied_meeting_is_none(self) -> None:
        text = "There are no plans for South Korean President Moon Jae-in to meet Japanese Prime Minister Suga."
        assert summary(text, dt.date(2021, 6, 10)) == []


class TestTheLastCallRefersBack:
    """"their last call", "the previous one": an earlier event, not one of the report's day."""

    def test_a_previous_call(self) -> None:
        text = ("South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida held a phone call "
                "on Friday. Their previous call was on Nov. 28.")
        assert dated(text, dt.date(2022, 12, 17)) == [("call", "2022-12-16", "occurred"),
                                                      ("call", "2022-11-28", "occurred")]

    @pytest.mark.parametrize(
        "second",
        ["The previous one was on Nov. 28.", "Their last call was on Nov. 28.",
         "It was their second call in three weeks; the previous one took place on Nov. 28."],
    )
    def test_the_previous_one(self, second: str) -> None:
        text = ("South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida held a phone call "
                "on Friday. " + second)
        assert sorted(dated(text, dt.date(2022, 12, 17))) == [("call", "2022-11-28", "occurred"),
                                                              ("call", "2022-12-16", "occurred")]

    def test_the_last_call_undated_is_not_todays(self) -> None:
        text = ("South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Tokyo on Friday. "
                "It was their first meeting since their last phone call.")
        found = [m for m in mentions(text, dt.date(2023, 3, 18)) if m.kind.value == "call"]
        assert all(m.date is None and m.recent for m in found)
