"""Wordings of wire stories and government readouts (issue 8, item 3), in sentences of our own making: other
people, cities, years and pairs of countries than any report the project reads. Each class has its traps."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.model.extraction.one_report import Row, dated, mentions

GERMANY_FRANCE = ("Germany", "France")
AUSTRALIA_INDONESIA = ("Australia", "Indonesia")
MEXICO_CANADA = ("Mexico", "Canada")
JAPAN_PHILIPPINES = ("Japan", "Philippines")


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


class TestMeetingsOfOthersThanTheGovernments:
    """Business lobbies, chambers, lawmakers, mayors meeting across the pair are not the governments' meetings,
    even in a report about a summit ("held a meeting of their own")."""

    @pytest.mark.parametrize(
        ("text", "countries"),
        [
            ("Business leaders from South Korea and Japan held a meeting in Tokyo on Thursday.", None),
            ("Lawmakers from South Korea and Japan met in Seoul on Monday.", None),
            ("The Korea Chamber of Commerce and Industry and the Japan Chamber of Commerce held a meeting in Tokyo on "
             "Thursday.", None),
            ("Mayors of Busan and Fukuoka met on Friday to discuss ferries.", None),
            ("German and French business leaders held talks in Lyon on Monday.", GERMANY_FRANCE),
        ],
    )
    def test_no_meeting(self, text: str, countries: tuple[str, str] | None) -> None:
        assert dated(text, dt.date(2023, 6, 12), countries) == []

    def test_their_own_meeting_in_a_summit_report(self) -> None:
        text = ("German Chancellor Olaf Scholz and French President Emmanuel Macron met in Paris on Wednesday. "
                "The employers' federations of the two countries held a meeting of their own on Thursday.")
        assert dated(text, dt.date(2023, 6, 16), GERMANY_FRANCE) == [("summit", "2023-06-14", "occurred")]

    def test_ministers_who_head_a_party_still_meet(self) -> None:
        text = ("Japanese Foreign Minister Yoko Kamikawa and South Korean Foreign Minister Cho Tae-yul, both of "
                "their ruling parties, met in Tokyo on Friday.")
        assert dated(text, dt.date(2024, 5, 20)) == [("ministerial", "2024-05-17", "occurred")]


class TestSomeoneElseMet:
    """"both leaders attend the summit, where X is expected to meet Venezuela's Y": the one met is of a third
    country by the words before the name, whoever the subject is."""

    @pytest.mark.parametrize(
        ("text", "countries"),
        [
            ("German Chancellor Olaf Scholz and French President Emmanuel Macron arrived in Brussels on Thursday. "
             "On Friday both leaders attend the EU summit, where Scholz is also expected to meet Poland's Donald "
             "Tusk.", GERMANY_FRANCE),
            ("South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida are in New Delhi. Both "
             "leaders will meet Indian Prime Minister Narendra Modi on Saturday.", None),
            ("Mexican President Claudia Sheinbaum and Canadian Prime Minister Mark Carney were in Kananaskis on "
             "Monday. The two leaders met with Brazil's Luiz Inacio Lula da Silva there on Tuesday.", MEXICO_CANADA),
        ],
    )
    def test_no_meeting_of_the_pair(self, text: str, countries: tuple[str, str] | None) -> None:
        assert [row for row in dated(text, dt.date(2023, 9, 6), countries) if row[1] != "2023-09-06"] == []

    def test_the_pair_meeting_each_other_still_counts(self) -> None:
        text = ("South Korean President Yoon Suk Yeol is in New Delhi. He is expected to meet Japanese Prime "
                "Minister Fumio Kishida on Saturday.")
        assert dated(text, dt.date(2023, 9, 6)) == [("summit", "2023-09-09", "expected")]


class TestTwoTitledPeopleOfUnsaidCountries:
    """In a report about the two countries, two people it titles as ministers or leaders without saying whose
    they are ("Foreign ministers A and B had a working lunch") are its two sides; not when a third country is
    named with them."""

    @pytest.mark.parametrize(
        ("text", "published", "countries", "expected"),
        [
            ("Spain and Portugal signed a water accord in Faro on Wednesday. Foreign ministers Ana Ferreira and Luis "
             "Ortega had a working lunch on Tuesday to finalize the texts.", dt.date(2024, 10, 24),
             ("Spain", "Portugal"), [("ministerial", "2024-10-22", "occurred")]),
            ("Kenya and Ethiopia agreed on a road link. Defence ministers Amina Odhiambo and Dawit Bekele met in "
             "Nairobi on Monday.", dt.date(2024, 3, 1), ("Kenya", "Ethiopia"),
             [("ministerial", "2024-02-26", "occurred")]),
        ],
    )
    def test_a_meeting(self, text: str, published: dt.date, countries: tuple[str, str], expected: list[Row]) -> None:
        assert dated(text, published, countries) == expected

    def test_a_third_country_named_with_them(self) -> None:
        text = ("Spain and Portugal signed a water accord in Faro on Wednesday. Foreign ministers Ana Ferreira and "
                "Luis Ortega of Morocco met in Rabat on Tuesday.")
        assert dated(text, dt.date(2024, 10, 24), ("Spain", "Portugal")) == []


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


# Four sentences on other things, long enough to be the body of a report (not page furniture).
FILLER = "".join(f"The two leaders spoke at length of {topic}, which both see as vital to the economies of their "
                 "border regions.\n\n" for topic in ("grain", "gas", "arms", "rail"))


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


class TestSecretariesAndCounterpartsOfTwo:
    """Department secretaries as Manila and Washington title them ("Foreign Affairs Secretary", "Defense
    Secretary"), a middle initial ("Ferdinand R. Marcos Jr."), and "their Japanese counterparts A and B": ministers
    of a side, whom a leader can receive in a courtesy call."""

    REPORT = ("MANILA - The Philippines and Japan signed a defense pact on Monday.\n\n"
              "The pact was signed after the third Philippines-Japan Foreign and Defense Ministerial Meeting between "
              "Foreign Affairs Secretary Maria Santos and Defense Secretary Jose Reyes Jr. and their Japanese "
              "counterparts Kenji Mori and Aiko Tanaka.\n\n"
              "President Ramon T. Villanueva Jr. witnessed the signing and received the Japanese ministers in a "
              "courtesy call earlier in the day.")

    def test_the_meeting_and_the_courtesy_call(self) -> None:
        assert dated(self.REPORT, dt.date(2027, 3, 8), JAPAN_PHILIPPINES) == [
            ("ministerial", "2027-03-08", "occurred"), ("ministerial", "2027-03-08", "occurred")]

    def test_who_they_are(self) -> None:
        found = [m.participants for m in mentions(self.REPORT, dt.date(2027, 3, 8), JAPAN_PHILIPPINES)]
        assert ("Maria Santos", "Jose Reyes", "Kenji Mori", "Aiko Tanaka") in found
        assert ("Ramon T. Villanueva", "Aiko Tanaka") in found  # the Japanese ministers: the last one named


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


# A lead that names the two leaders and their countries, as a report's first sentence does, with no meeting in it.
KJ_LEAD = ("South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba have pledged closer ties "
           "between the two countries, officials in Seoul said on Monday. ")
GF_LEAD = ("German Chancellor Friedrich Merz and French President Emmanuel Macron want a stronger Europe, their "
           "offices said in a joint note issued in Paris on Monday. ")


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


class TestAGovernmentAtHome:
    """Who is taken for the other side when the report leaves a country unsaid: a leader of one side meeting a
    leader it does not place, yes (an outlet's own leader); but a leader and a minister, or ministers of different
    offices, all unplaced, meeting in a city of one side are a government at home."""

    @pytest.mark.parametrize(
        "body",
        [
            "Chancellor Olaf Scholz met Foreign Minister Annalena Baerbock in Berlin on Friday.",
            "Defence Minister Boris Pistorius and Finance Minister Christian Lindner met in Berlin on Friday.",
            "Chancellor Olaf Scholz and Economy Minister Robert Habeck held talks in Hamburg on Friday.",
        ],
    )
    def test_no_meeting_of_the_pair(self, body: str) -> None:
        assert dated(GF_LEAD + body, dt.date(2025, 6, 10), GERMANY_FRANCE) == []

    @pytest.mark.parametrize(
        ("text", "countries", "expected"),
        [
            ("Foreign Minister Johann Wadephul and Foreign Minister Jean-Noel Barrot met in Berlin on Friday.",
             GERMANY_FRANCE, [("ministerial", "2025-06-06", "occurred")]),
            ("Indonesian President Prabowo Subianto hosted Prime Minister Anthony Albanese in Jakarta on Friday.",
             AUSTRALIA_INDONESIA, [("summit", "2025-06-06", "occurred")]),
            ("President Claudia Sheinbaum received Canadian Prime Minister Mark Carney in Mexico City on Friday.",
             MEXICO_CANADA, [("summit", "2025-06-06", "occurred")]),
        ],
    )
    def test_counterparts(self, text: str, countries: tuple[str, str], expected: list[Row]) -> None:
        lead = {GERMANY_FRANCE: GF_LEAD}.get(countries, "")
        assert dated(lead + text, dt.date(2025, 6, 10), countries) == expected


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


class TestASummitOfOthers:
    """"The next summit of the European Union", "The previous summit of the alliance": a summit that says whose it
    is, in a paragraph about the pair, is not the pair's; "The next summit" alone, or "between the two leaders", is."""

    LEAD = ("German Chancellor Friedrich Merz and French President Emmanuel Macron held a summit in Toulon on "
            "Friday. ")

    @pytest.mark.parametrize(
        "body",
        [
            "The next summit of the European Union will be held in Brussels on June 26.",
            "The next summit of the bloc will be held in Brussels in October.",
            "The next summit of the Group of 20 will be held in Johannesburg in November.",
            "The previous summit of the alliance was held in The Hague in June.",
            "The first summit of Asian and Pacific Rim leaders was held in Seattle in 1993.",
        ],
    )
    def test_not_the_pairs(self, body: str) -> None:
        assert dated(self.LEAD + body, dt.date(2025, 8, 31), GERMANY_FRANCE) == [("summit", "2025-08-29", "occurred")]

    @pytest.mark.parametrize(
        ("body", "expected"),
        [
            ("The next summit will be held in Berlin next year.", ("summit", "2026", "planned")),
            ("The next summit between the two leaders will be held in Berlin next year.", ("summit", "2026", "planned")),
            ("The next summit of the two countries will be held in Berlin next year.", ("summit", "2026", "planned")),
            ("The next meeting of their foreign ministers will be held in Berlin in October.",
             ("ministerial", "2025-10", "planned")),
        ],
    )
    def test_the_pairs(self, body: str, expected: Row) -> None:
        assert dated(self.LEAD + body, dt.date(2025, 8, 31), GERMANY_FRANCE) == [
            ("summit", "2025-08-29", "occurred"), expected]


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


# A lead of 2023 naming the two leaders and their countries, with no meeting in it.
YK_LEAD = ("South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida have pledged closer ties "
           "between the two countries, officials in Seoul said on Monday. ")


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


class TestAnOrderWordOfThePlan:
    """"will meet ... for their first summit": "first" describes the summit planned; it says nothing of the past."""

    def test_planned(self) -> None:
        from tests.model.extraction.one_report import summary
        text = ("South Korean President Lee Jae-myung will meet Japanese Prime Minister Shigeru Ishiba in Tokyo on "
                "Saturday for their first summit.")
        assert {row[2] for row in summary(text, dt.date(2025, 8, 20))} == {"planned"}


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


class TestLeadersOfOthers:
    """"The leaders of the two Koreas met at Panmunjom": a group the words after it place elsewhere is not the pair
    named before; "the leaders of the two countries", "of South Korea and Japan" still are; other pairs, a monarch,
    a prime minister of Singapore named Lee are not."""

    @pytest.mark.parametrize(
        ("body", "expected"),
        [
            ("The leaders of the two Koreas met at Panmunjom on Friday.", []),
            ("The leaders of China and Russia met in Moscow on Friday.", []),
            ("The leaders of South Korea and Japan met in Hiroshima on Friday.", [("summit", "2023-05-05", "occurred")]),
            ("The leaders of the two countries met in Hiroshima on Friday.", [("summit", "2023-05-05", "occurred")]),
            ("Singapore's Prime Minister Lee Hsien Loong met Kishida in Tokyo on Friday.", []),
            ("Kishida met Lee Hsien Loong in Singapore on Friday.", []),
            ("North Korean leader Kim Jong Un met Russian President Vladimir Putin on Friday.", []),
            ("Kishida will attend the U.S.-China summit in San Francisco on Wednesday.", []),
            ("Yoon met Japanese Emperor Naruhito in Tokyo on Friday.", []),
            ("Yoon held separate talks with Kishida and Biden on Friday.", [("summit", "2023-05-05", "occurred")]),
        ],
    )
    def test_korea_japan(self, body: str, expected: list[Row]) -> None:
        assert dated(YK_LEAD + body, dt.date(2023, 5, 10)) == expected


class TestTheSubjectAfterAFrontedPhrase:
    """"On the sidelines of the Association of Southeast Asian Nations summit, the two leaders met": the subject is
    after the fronted phrase, whose words (an association) say nothing of who met; "On Friday, business leaders of
    the two countries met" is still no meeting of the governments."""

    @pytest.mark.parametrize(
        ("body", "expected"),
        [
            ("On the sidelines of the Association of Southeast Asian Nations summit in Jakarta on Wednesday, the two "
             "leaders met briefly.", [("summit", "2023-09-06", "occurred")]),
            ("On Friday, business leaders of the two countries met in Tokyo.", []),
        ],
    )
    def test_korea_japan(self, body: str, expected: list[Row]) -> None:
        assert dated(YK_LEAD + body, dt.date(2023, 9, 8)) == expected


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


class TestTitlesOfOtherGovernments:
    """Ministers as other governments title them: "Federal Minister for Foreign Affairs", "Minister for Europe and
    Foreign Affairs", "Cabinet Secretary for Foreign Affairs", "External Affairs Minister S. Jaishankar" (an initial
    first), "Foreign Secretary", "Secretary of State"; the Taoiseach is a leader."""

    @pytest.mark.parametrize(
        ("text", "countries", "expected"),
        [
            ("German Federal Minister for Foreign Affairs Johann Wadephul met French Minister for Europe and Foreign "
             "Affairs Jean-Noel Barrot in Paris on Monday.", GERMANY_FRANCE, ("ministerial", "2025-03-03", "occurred")),
            ("Taoiseach Micheal Martin met British Prime Minister Keir Starmer in London on Monday.",
             ("Ireland", "United Kingdom"), ("summit", "2025-03-03", "occurred")),
            ("Kenyan Cabinet Secretary for Foreign Affairs Musalia Mudavadi held talks with Ethiopian Foreign Minister "
             "Gedion Timothewos in Addis Ababa on Monday.", ("Kenya", "Ethiopia"), ("ministerial", "2025-03-03", "occurred")),
            ("Indian External Affairs Minister S. Jaishankar met Japanese Foreign Minister Takeshi Iwaya in Tokyo on "
             "Monday.", ("India", "Japan"), ("ministerial", "2025-03-03", "occurred")),
            ("Philippine Foreign Secretary Enrique Manalo held talks with Japanese Foreign Minister Takeshi Iwaya in "
             "Manila on Monday.", JAPAN_PHILIPPINES, ("ministerial", "2025-03-03", "occurred")),
            ("U.S. Secretary of State Marco Rubio met Mexican Foreign Secretary Juan Ramon de la Fuente in Mexico City "
             "on Monday.", ("United States", "Mexico"), ("ministerial", "2025-03-03", "occurred")),
        ],
    )
    def test_a_ministerial_or_summit(self, text: str, countries: tuple[str, str], expected: Row) -> None:
        assert dated(text, dt.date(2025, 3, 5), countries) == [expected]
