"""Wordings of wire stories and government readouts (issue 8, item 3): the date an event takes from the
sentences around it (a lead, an event before, a count, a clause of history, a feature's background). Sentences
of our own making: other people, cities, years and pairs of countries than any report the project reads. Each
class has its traps."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.model.extraction.one_report import Row, dated
from tests.model.extraction.wordings_texts import (
    AUSTRALIA_INDONESIA,
    FILLER,
    GERMANY_FRANCE,
    GF_LEAD,
    KJ_LEAD,
    YK_LEAD,
)


class TestOnTheMarginsOfTheGatheringBefore:
    """"held a separate meeting on the margins": the gathering left unnamed is the one just reported, its day."""

    @pytest.mark.parametrize(
        ("text", "published", "countries", "expected"),
        [
            ("German Chancellor Friedrich Merz and French President Emmanuel Macron held talks in Toulon on "
             "Friday. Foreign Minister Johann Wadephul and Foreign Minister Jean-Noel Barrot held a separate "
             "meeting on the margins.", dt.date(2025, 8, 30), GERMANY_FRANCE,
             [("summit", "2025-08-29", "occurred"), ("ministerial", "2025-08-29", "occurred")]),
            ("South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba met in Tokyo on Aug. "
             "23. Their foreign ministers, Cho Hyun and Takeshi Iwaya, also talked briefly on the sidelines.",
             dt.date(2025, 8, 25), None, [("summit", "2025-08-23", "occurred"), ("ministerial", "2025-08-23", "occurred")]),
        ],
    )
    def test_the_day_of_the_gathering(self, text: str, published: dt.date, countries: tuple[str, str] | None,
                                      expected: list[Row]) -> None:
        assert dated(text, published, countries) == expected

    def test_a_named_gathering_is_not_the_one_before(self) -> None:
        text = ("South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba met in Tokyo on Aug. "
                "23. Their foreign ministers met on the sidelines of the ASEAN meeting in July.")
        assert dated(text, dt.date(2025, 8, 25)) == [("summit", "2025-08-23", "occurred"),
                                                     ("ministerial", "2025-07", "occurred")]


class TestTheDayOfTheEventBeforeFurtherBack:
    """"on the same day", "the previous day": the last event dated to the day, a paragraph or two back, not the
    first day of a visit whose talks came later, and not counted in a list's numbers ("1.")."""

    def test_the_previous_day_of_the_talks_not_of_the_arrival(self) -> None:
        text = ("Ghanaian President John Mahama hosted Nigerian President Bola Tinubu for talks in Accra on Thursday. "
                "Mr Tinubu, who arrived on Wednesday for a two-day state visit, also toured a cocoa plant. "
                "Foreign Minister Samuel Ablakwa and his Nigerian counterpart Yusuf Tuggar co-chaired a joint "
                "commission the previous day.")
        assert dated(text, dt.date(2025, 5, 16), ("Ghana", "Nigeria")) == [
            ("summit", "2025-05-15", "occurred"), ("ministerial", "2025-05-14", "occurred")]

    def test_on_the_same_day_a_paragraph_on(self) -> None:
        text = ("Polish Prime Minister Donald Tusk and Ukrainian President Volodymyr Zelensky met in Warsaw on "
                "Jan. 15.\n\n" + FILLER + "Foreign Minister Radoslaw Sikorski also sat down with his Ukrainian "
                "counterpart Andrii Sybiha on the same day.")
        assert dated(text, dt.date(2025, 1, 17), ("Poland", "Ukraine")) == [
            ("summit", "2025-01-15", "occurred"), ("ministerial", "2025-01-15", "occurred")]

    def test_a_press_release_numbered_by_paragraph(self) -> None:
        lines = ["1. First Vice Foreign Minister Park Ji-hoon held the 9th strategic dialogue with Japanese Vice "
                 "Foreign Minister Ken Sato in Tokyo on the 4th.",
                 "2. The two sides exchanged views on the region.", "3. Vice Minister Park stressed history.",
                 "4. The dialogue was held for the first time in two years.",
                 "5. Vice Minister Park also paid a courtesy call on Japanese Foreign Minister Taro Yamada on the same "
                 "day."]
        assert dated("\n\n".join(lines), dt.date(2019, 3, 5)) == [
            ("ministerial", "2019-03-04", "occurred"), ("ministerial", "2019-03-04", "occurred")]

    def test_a_count_of_days_stays_near(self) -> None:
        text = ("Polish Prime Minister Donald Tusk and Ukrainian President Volodymyr Zelensky met in Warsaw on "
                "Jan. 15.\n\n" + FILLER + "Two days earlier, Foreign Minister Radoslaw Sikorski held talks with his "
                "Ukrainian counterpart Andrii Sybiha.")
        assert dated(text, dt.date(2025, 1, 17), ("Poland", "Ukraine")) == [("summit", "2025-01-15", "occurred")]


class TestAFinerDateWithinACount:
    """"held their third meeting this year in Hiroshima on Sunday": "this year" bounds the count; the day is the
    meeting's."""

    @pytest.mark.parametrize(
        ("text", "published", "countries", "expected"),
        [
            ("South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida held their third meeting "
             "this year in Hiroshima on Sunday.", dt.date(2023, 5, 22), None, ("summit", "2023-05-21", "occurred")),
            ("German Chancellor Olaf Scholz and French President Emmanuel Macron held their fourth meeting this year "
             "in Hamburg on Oct. 9.", dt.date(2023, 10, 11), GERMANY_FRANCE, ("summit", "2023-10-09", "occurred")),
        ],
    )
    def test_the_day(self, text: str, published: dt.date, countries: tuple[str, str] | None, expected: Row) -> None:
        assert dated(text, published, countries) == [expected]

    def test_a_day_of_another_clause_stays_apart(self) -> None:
        text = ("German Chancellor Olaf Scholz and French President Emmanuel Macron met in Hamburg this year; their "
                "ministers signed a grid accord on Oct. 9.")
        assert dated(text, dt.date(2023, 10, 11), GERMANY_FRANCE) == [("summit", "2023", "occurred")]


class TestAfterALeadThatNamesThem:
    """Calls, visits, plans and dated references in the body of a report, once its lead has named who is who
    (the family names alone then stand for them)."""

    @pytest.mark.parametrize(
        ("body", "expected"),
        [
            ("Lee and Ishiba spoke on the phone on Sunday.", [("call", "2025-06-08", "occurred")]),
            ("Lee telephoned Ishiba on Sunday.", [("call", "2025-06-08", "occurred")]),
            ("The two leaders held phone talks on Sunday.", [("call", "2025-06-08", "occurred")]),
            ("In a phone call on Sunday, the two leaders agreed to meet soon.", [("call", "2025-06-08", "occurred")]),
            ("Lee talked by phone with Ishiba for 25 minutes on Sunday.", [("call", "2025-06-08", "occurred")]),
            ("Ishiba will visit Seoul on Friday for talks with Lee.", [("summit", "2025-06-13", "planned")]),
            ("Ishiba is expected to travel to Seoul later this month.", [("summit", "2025-06", "expected")]),
            ("Lee plans to visit Tokyo as early as next month.", [("summit", "2025-07", "planned")]),
            ("A summit between the two is in the works for August.", [("summit", "2025-08", "planned")]),
            ("The two leaders last met in Ottawa on May 3.", [("summit", "2025-05-03", "occurred")]),
            ("At their meeting last month, the two leaders agreed to resume shuttle diplomacy.",
             [("summit", "2025-05", "occurred")]),
            ("The May 3 summit in Ottawa was their first.", [("summit", "2025-05-03", "occurred")]),
            ("Last Friday's summit in Ottawa produced no statement.", [("summit", "2025-06-06", "occurred")]),
            ("Lee, Ishiba to hold summit in Tokyo on Aug. 23.", [("summit", "2025-08-23", "planned")]),
            ("Lee is scheduled to arrive in Tokyo on Aug. 23 for a two-day visit.",
             [("summit", "2025-08-23", "planned")]),
            ("Ishiba is due in Seoul on Friday.", [("summit", "2025-06-13", "planned")]),
            ("Their foreign ministers held a trilateral with U.S. Secretary of State Marco Rubio in Washington on "
             "Friday.", [("ministerial", "2025-06-06", "occurred")]),
        ],
    )
    def test_korea_japan(self, body: str, expected: list[Row]) -> None:
        assert dated(KJ_LEAD + body, dt.date(2025, 6, 10)) == expected

    @pytest.mark.parametrize(
        ("body", "published", "expected"),
        [
            ("Merz hosted Macron at the chancellery in Berlin on Wednesday.", dt.date(2025, 6, 10),
             [("summit", "2025-06-04", "occurred")]),
            ("Macron received Merz at the Elysee on Wednesday evening.", dt.date(2025, 6, 10),
             [("summit", "2025-06-04", "occurred")]),
            ("The two men will meet again in Toulon in August.", dt.date(2025, 6, 10), [("summit", "2025-08", "planned")]),
            ("Merz travels to Paris on Wednesday, his first trip abroad as chancellor.", dt.date(2025, 6, 10),
             [("summit", "2025-06-11", "planned")]),
            ("Merz travelled to Paris on Wednesday for talks with Macron.", dt.date(2025, 6, 12),
             [("summit", "2025-06-11", "occurred")]),
            ("Merz is expected in Paris on Wednesday.", dt.date(2025, 6, 10), [("summit", "2025-06-11", "expected")]),
            ("Foreign ministers Johann Wadephul and Jean-Noel Barrot met in Berlin on Friday.", dt.date(2025, 6, 10),
             [("ministerial", "2025-06-06", "occurred")]),
        ],
    )
    def test_germany_france(self, body: str, published: dt.date, expected: list[Row]) -> None:
        assert dated(GF_LEAD + body, published, GERMANY_FRANCE) == expected

    @pytest.mark.parametrize(
        "body",
        [
            "Lee and Ishiba briefly exchanged greetings at the G7 dinner on Sunday.",
            "Lee sent a letter to Ishiba on Sunday.",
            "Japanese Ambassador Koichi Mizushima met South Korean Foreign Minister Cho Hyun in Seoul on Friday.",
            "Lee will hold a summit with U.S. President Donald Trump in Washington on Aug. 25.",
            "No date has been set for Lee's visit to Japan.",
            "Officials denied a report that Lee would visit Tokyo in July.",
            "It was the first summit between the two countries in six years.",
            "Ishiba is expected in March to name a new cabinet.",
        ],
    )
    def test_nothing_new(self, body: str) -> None:
        assert dated(KJ_LEAD + body, dt.date(2025, 6, 10)) == []


class TestTheTalksHeldThere:
    """"The talks, held in Kananaskis on June 17, lasted 30 minutes": a meeting named before, dated in an aside
    that says where and when it was held."""

    def test_dated_in_the_aside(self) -> None:
        text = (KJ_LEAD.replace(" have pledged", " met on the sidelines of the G7 summit and pledged")
                + "The talks, held in Kananaskis on June 17, lasted 30 minutes.")
        assert dated(text, dt.date(2025, 6, 20)) == [("summit", "2025-06-17", "occurred")]

    def test_not_a_date_of_another_aside(self) -> None:
        text = (KJ_LEAD.replace(" have pledged", " met on the sidelines of the G7 summit and pledged")
                + "The talks, the first since Ishiba took office on Oct. 1, lasted 30 minutes.")
        assert dated(text, dt.date(2025, 6, 20)) == []


class TestALeadThatAgreesApart:
    """A lead in which the two leaders "agreed on Monday" reports their meeting that day, but not when they acted
    apart: through diplomatic channels, in separate statements, an exchange of letters, messages."""

    LEADERS = "South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba "

    @pytest.mark.parametrize(
        "act",
        [
            "agreed on Monday through diplomatic channels to speed up talks on a fisheries deal.",
            "agreed on Monday, in separate statements, to speed up talks on a fisheries deal.",
            "agreed on Monday in an exchange of letters to speed up talks on a fisheries deal.",
            "pledged on Monday, in messages marking the anniversary of ties, to deepen cooperation.",
            "vowed on Monday to deepen ties, in video messages to a forum in Osaka.",
        ],
    )
    def test_no_meeting(self, act: str) -> None:
        assert dated(self.LEADERS + act, dt.date(2025, 6, 10)) == []

    @pytest.mark.parametrize(
        ("act", "expected"),
        [
            ("agreed on Monday to speed up talks on a fisheries deal.", ("summit", "2025-06-09", "occurred")),
            ("agreed in a phone call on Monday to speed up talks on a fisheries deal.",
             ("call", "2025-06-09", "occurred")),
        ],
    )
    def test_a_meeting_or_a_call(self, act: str, expected: Row) -> None:
        assert dated(self.LEADERS + act, dt.date(2025, 6, 10)) == [expected]


class TestHistoryInAClauseOfItsOwn:
    """"The summit came a day after Park, Abe and Li held the first trilateral summit": the event of the "after"
    clause is counted from the one the sentence speaks of, dated in the sentence before."""

    @pytest.mark.parametrize(
        ("second", "expected"),
        [
            ("The summit came a day after Merz, Macron and Polish Prime Minister Donald Tusk held a Weimar Triangle "
             "trilateral summit in Paris.", ("summit", "2025-06-05", "occurred")),
            ("The talks came two days after the two foreign ministers met in Berlin.",
             ("ministerial", "2025-06-04", "occurred")),
        ],
    )
    def test_counted_from_the_event_before(self, second: str, expected: Row) -> None:
        text = ("German Chancellor Friedrich Merz and French President Emmanuel Macron held talks in Paris on "
                "Friday. " + second)
        assert dated(text, dt.date(2025, 6, 10), GERMANY_FRANCE) == [("summit", "2025-06-06", "occurred"), expected]

    def test_not_from_a_day_of_no_event(self) -> None:
        text = ("German Chancellor Friedrich Merz and French President Emmanuel Macron want a stronger Europe. The "
                "summit came a day after the two foreign ministers met in Berlin.")
        assert dated(text, dt.date(2025, 6, 10), GERMANY_FRANCE) == []


class TestSinceATimeOfTheYear:
    """"have only spoken once, in a phone conversation, since Chung took office in February": what has happened
    since a time of the report's year is of that year; "have not met since" denies; a count is no event."""

    @pytest.mark.parametrize(
        ("body", "expected"),
        [
            ("The two leaders have only spoken once, in a 20-minute phone conversation, since Ishiba took office in "
             "March.", [("call", "2025", "occurred")]),
            ("Lee and Ishiba have spoken by phone since Ishiba took office in March.", [("call", "2025", "occurred")]),
            ("The two leaders have not held a summit since 2019.", []),
            ("The two leaders have not met since March.", []),
            ("Ishiba has never visited Seoul as prime minister.", []),
            ("The two leaders have met twice since March.", []),
        ],
    )
    def test_korea_japan(self, body: str, expected: list[Row]) -> None:
        assert dated(KJ_LEAD + body, dt.date(2025, 6, 10)) == expected

    def test_since_a_year_before_the_reports(self) -> None:
        assert dated(KJ_LEAD + "The two leaders have spoken by phone since Ishiba took office in 2024.",
                     dt.date(2025, 6, 10)) == []


class TestWhatAFeatureRecalls:
    """Background in features and analyses: earlier visits and summits are events; rulings, treaties, anniversaries,
    tributes, counts, the first ladies and aides are not."""

    @pytest.mark.parametrize(
        ("body", "published", "expected"),
        [
            ("Relations have thawed since Yoon's visit to Tokyo in March.", dt.date(2023, 5, 8),
             [("summit", "2023-03", "occurred")]),
            ("Experts say a summit could take place as early as next year.", dt.date(2023, 5, 8),
             [("summit", "2024", "possible")]),
            ("The last summit was held in 2011, and the next has yet to be scheduled.", dt.date(2019, 5, 8),
             [("summit", "2011", "occurred")]),
            ("Kishida accepted an invitation to visit Seoul next month.", dt.date(2023, 4, 8),
             [("summit", "2023-05", "planned")]),
            ("The two countries' finance ministers are to meet in Incheon on May 2.", dt.date(2023, 4, 8),
             [("ministerial", "2023-05-02", "planned")]),
            ("Kishida is the first Japanese leader to visit Seoul in 12 years.", dt.date(2023, 5, 8), []),
            ("Ties soured after the 2018 court ruling on wartime labor.", dt.date(2023, 5, 8), []),
            ("Lee Myung-bak's 2012 visit to the Dokdo islets angered Tokyo.", dt.date(2023, 5, 8), []),
            ("Yoon will attend the G7 summit in Hiroshima in May at Kishida's invitation.", dt.date(2023, 4, 8), []),
            ("It will be the 12th summit between the two leaders.", dt.date(2023, 4, 8), []),
            ("The anniversary of the 1998 joint declaration falls on Oct. 8.", dt.date(2023, 4, 8), []),
            ("Kishida paid tribute at the Seoul National Cemetery on Sunday.", dt.date(2023, 5, 8), []),
            ("The two first ladies met at a tea ceremony on Sunday.", dt.date(2023, 5, 8), []),
            ("Yoon's wife Kim Keon-hee met Kishida's wife Yuko on Sunday.", dt.date(2023, 5, 8), []),
            ("The two leaders' aides met in Tokyo on Sunday to prepare the summit.", dt.date(2023, 5, 8), []),
            ("Kishida's office said the meeting would last an hour.", dt.date(2023, 5, 8), []),
        ],
    )
    def test_korea_japan(self, body: str, published: dt.date, expected: list[Row]) -> None:
        assert dated(YK_LEAD + body, published) == expected


class TestALeadWithNoDayOfItsOwn:
    """A wire lead that reports a meeting done without saying when ("TOKYO, Aug. 23 (Yonhap) -- X and Y held
    talks and agreed ...") reports it on the dateline's day; not a meeting "had met before", nor "last met in June"
    (its own date), nor one with no dateline ("have held their first talks" may be days old in a feature)."""

    @pytest.mark.parametrize(
        ("text", "published", "countries", "expected"),
        [
            ("TOKYO, Aug. 23 (Yonhap) -- South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru "
             "Ishiba held talks in Tokyo and agreed to expand cooperation.", dt.date(2025, 8, 24), None,
             [("summit", "2025-08-23", "occurred")]),
            ("PARIS, June 4 (Reuters) - German Chancellor Friedrich Merz and French President Emmanuel Macron agreed "
             "to build a joint fighter jet at their talks here.", dt.date(2025, 6, 4), GERMANY_FRANCE,
             [("summit", "2025-06-04", "occurred")]),
            ("Australian Prime Minister Anthony Albanese and Indonesian President Prabowo Subianto have held their "
             "first talks in Jakarta.", dt.date(2025, 5, 15), AUSTRALIA_INDONESIA, []),
            ("TOKYO, Aug. 23 (Yonhap) -- South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru "
             "Ishiba last met in June.", dt.date(2025, 8, 23), None, [("summit", "2025-06", "occurred")]),
            ("TOKYO, Aug. 23 (Yonhap) -- South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru "
             "Ishiba had met in Ottawa before.", dt.date(2025, 8, 23), None, []),
            ("South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba held talks in Tokyo.",
             dt.date(2025, 8, 25), None, []),
        ],
    )
    def test_the_day(self, text: str, published: dt.date, countries: tuple[str, str] | None,
                     expected: list[Row]) -> None:
        assert dated(text, published, countries) == expected
