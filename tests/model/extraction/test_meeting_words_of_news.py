"""More ways English news names a meeting or a call (issue 8, item 3), in sentences of our own making: other
people, countries, cities and years than any report the project reads."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.model.extraction.one_report import Row, dated


class TestMeetingWordsBeyondMeetAndTalks:
    """"a tete-a-tete", "sat down with", "a working lunch", "a courtesy call on", "was received by",
    "intergovernmental consultations", "co-chaired a joint commission": each a meeting of the two."""

    @pytest.mark.parametrize(
        ("text", "published", "countries", "expected"),
        [
            ("Japanese Prime Minister Yoshihiko Noda and South Korean President Lee Myung-bak had a brief "
             "tete-a-tete in Los Cabos on Tuesday.", dt.date(2012, 6, 20), None, ("summit", "2012-06-19", "occurred")),
            ("President Park Geun-hye sat down with Prime Minister Shinzo Abe of Japan in Seoul on Monday.",
             dt.date(2015, 11, 3), None, ("summit", "2015-11-02", "occurred")),
            ("German Chancellor Angela Merkel and French President Francois Hollande had a working lunch in "
             "Strasbourg on Friday.", dt.date(2014, 5, 12), ("Germany", "France"), ("summit", "2014-05-09", "occurred")),
            ("French President Emmanuel Macron was received by German Chancellor Olaf Scholz at the chancellery "
             "in Berlin on Oct. 9.", dt.date(2023, 10, 11), ("Germany", "France"), ("summit", "2023-10-09", "occurred")),
            ("Chancellor Olaf Scholz and President Emmanuel Macron held intergovernmental consultations in "
             "Hamburg on Oct. 10.", dt.date(2023, 10, 12), ("Germany", "France"), ("summit", "2023-10-10", "occurred")),
            ("German Foreign Minister Annalena Baerbock and her French counterpart Catherine Colonna co-chaired a "
             "joint commission in Paris on Thursday.", dt.date(2023, 6, 17), ("Germany", "France"),
             ("ministerial", "2023-06-15", "occurred")),
            ("Prime Minister Yoshihide Suga and President Moon Jae-in have held their first face-to-face meeting "
             "in Cornwall on Saturday.", dt.date(2021, 6, 13), None, ("summit", "2021-06-12", "occurred")),
        ],
    )
    def test_a_meeting(self, text: str, published: dt.date, countries: tuple[str, str] | None, expected: Row) -> None:
        assert dated(text, published, countries) == [expected]


class TestACourtesyCall:
    """"paid a courtesy call on": a meeting, not a call; a minister calling on a leader is ministerial."""

    @pytest.mark.parametrize(
        ("text", "published", "expected"),
        [
            ("South Korean Foreign Minister Kang Kyung-wha paid a courtesy call on Japanese Prime Minister Shinzo "
             "Abe in Tokyo on Tuesday.", dt.date(2017, 12, 20), ("ministerial", "2017-12-19", "occurred")),
            ("Japanese Foreign Minister Taro Kono paid a courtesy call on South Korean President Moon Jae-in at "
             "Cheong Wa Dae on Nov. 14.", dt.date(2018, 11, 15), ("ministerial", "2018-11-14", "occurred")),
            ("Japanese Vice Foreign Minister Takeo Akiba will pay a courtesy call on South Korean Foreign "
             "Minister Chung Eui-yong in Seoul on Friday.", dt.date(2021, 6, 15), ("ministerial", "2021-06-18", "planned")),
        ],
    )
    def test_ministerial(self, text: str, published: dt.date, expected: Row) -> None:
        assert dated(text, published) == [expected]


class TestCallsNamedByTheirWire:
    """"exchanged views over the phone", "a 20-minute phone conversation", "a telephone conversation": a call."""

    @pytest.mark.parametrize(
        ("text", "published", "expected"),
        [
            ("The leaders of South Korea and Japan exchanged views over the phone on March 4 about a missile launch.",
             dt.date(2022, 3, 7), ("call", "2022-03-04", "occurred")),
            ("Japanese Foreign Minister Fumio Kishida and South Korean Foreign Minister Yun Byung-se exchanged "
             "views by telephone on Jan. 6.", dt.date(2016, 1, 8), ("call", "2016-01-06", "occurred")),
            ("President Moon Jae-in and Prime Minister Shinzo Abe held a 25-minute telephone conversation on "
             "Sept. 3.", dt.date(2017, 9, 4), ("call", "2017-09-03", "occurred")),
            ("Prime Minister Yoshihide Suga and President Moon Jae-in spoke on Sept. 24, in a 20-minute phone "
             "conversation.", dt.date(2020, 9, 25), ("call", "2020-09-24", "occurred")),
        ],
    )
    def test_a_call(self, text: str, published: dt.date, expected: Row) -> None:
        assert dated(text, published) == [expected]


class TestSentencesThatOnlyPointBack:
    """A sentence that speaks of a meeting already reported gives it no new day: "X said on Tuesday that the
    talks had been useful" dates the saying; "since he took office on May 10, ..." dates the taking office; an
    organisation's gathering ("the CELAC summit") is not the pair's meeting."""

    LEAD = ("President Lee Myung-bak and Prime Minister Yoshihiko Noda held talks in Kyoto on Sunday. ")

    @pytest.mark.parametrize(
        "second",
        [
            "Chief Cabinet Secretary Osamu Fujimura said in Tokyo on Monday that the talks had been candid.",
            "A presidential spokesman told reporters in Seoul on Monday that the meeting had been useful.",
            "Japan's top government spokesman stressed on Monday that the conversation was not a negotiation.",
        ],
    )
    def test_the_saying_is_not_the_meeting(self, second: str) -> None:
        assert dated(self.LEAD + second, dt.date(2011, 12, 20)) == [("summit", "2011-12-18", "occurred")]

    @pytest.mark.parametrize(
        "text",
        [
            "It was Lee's first trip abroad since he took office on Feb. 25, and the two leaders also had a "
            "working lunch with their delegations.",
            "Three months after his inauguration on Feb. 25, Lee sat down with Noda for the first time.",
        ],
    )
    def test_a_date_of_a_subordinate_clause_is_not_the_meetings(self, text: str) -> None:
        lead = "South Korean President Lee Myung-bak and Japanese Prime Minister Yoshihiko Noda met in Seoul. "
        assert all(row[1] != "2012-02-25" for row in dated(lead + text, dt.date(2012, 6, 1)))

    @pytest.mark.parametrize(
        "text",
        [
            "On Tuesday both leaders attend the SCO summit in Astana.",
            "Yoon and Kishida will both attend the BRICS summit in Kazan on Oct. 22.",
            "The two presidents travel on Thursday to the CARICOM summit in Georgetown.",
        ],
    )
    def test_an_organisations_gathering(self, text: str) -> None:
        lead = "South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida met on Monday. "
        assert dated(lead + text, dt.date(2024, 10, 16)) == [("summit", "2024-10-14", "occurred")]


class TestAChronologysYearHeadsItsLine:
    """"2004 -- July 21: ..." or a year on a line of its own above "July 21 - ...": the months and days of the
    line are of that year, not of the report's."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("A chronology of the two countries' meetings.\n\n2006 -- Oct. 9: President Roh Moo-hyun and Prime "
             "Minister Shinzo Abe hold talks in Seoul.", [("summit", "2006-10-09", "occurred")]),
            ("A chronology of the two countries' meetings.\n\n2009 - June 28: Prime Minister Taro Aso and "
             "President Lee Myung-bak meet in Seoul.", [("summit", "2009-06-28", "occurred")]),
            ("A chronology of the two countries' meetings.\n\n2012 — May 13: President Lee Myung-bak and Prime "
             "Minister Yoshihiko Noda hold talks in Beijing.", [("summit", "2012-05-13", "occurred")]),
            ("A chronology of the two countries' meetings.\n\n2008\n\nApril 21 - President Lee Myung-bak and "
             "Prime Minister Yasuo Fukuda hold talks in Tokyo.\n\n2010\n\nNov. 13 - Lee and Prime Minister Naoto "
             "Kan meet in Yokohama.", [("summit", "2008-04-21", "occurred"), ("summit", "2010-11-13", "occurred")]),
        ],
    )
    def test_the_heading_year(self, text: str, expected: list[Row]) -> None:
        assert dated(text, dt.date(2019, 8, 2)) == expected


class TestAJointDeclarationIsTheirMeeting:
    """"X and Y issued a joint declaration in Tokyo on Oct. 8": the two sides at one table, named by what the
    meeting produced; a meeting of their rank, not a document of its own."""

    @pytest.mark.parametrize(
        ("text", "published", "expected"),
        [
            ("Prime Minister Tomiichi Murayama and President Kim Young-sam issued a joint statement in Seoul on "
             "July 23.", dt.date(1995, 7, 25), ("summit", "1995-07-23", "occurred")),
            ("South Korean Foreign Minister Yoo Myung-hwan and Japanese Foreign Minister Katsuya Okada signed a "
             "joint communique in Tokyo on Friday.", dt.date(2009, 10, 12), ("ministerial", "2009-10-09", "occurred")),
            ("German Chancellor Gerhard Schroeder and French President Jacques Chirac adopted a joint declaration "
             "at the Elysee Palace on Jan. 22.", dt.date(2003, 1, 24), ("summit", "2003-01-22", "occurred")),
        ],
    )
    def test_a_meeting(self, text: str, published: dt.date, expected: Row) -> None:
        countries = ("Germany", "France") if "German" in text else None
        assert dated(text, published, countries) == [expected]


class TestPeopleNamedByTheirGroupOrAForeignTitle:
    """"the two countries' top diplomats, A and B", "Minister for Foreign Affairs X", "Taoiseach", "Cabinet
    Secretary", "Federal Minister", "his German counterpart Y" (the one before is of the other side)."""

    @pytest.mark.parametrize(
        ("text", "published", "countries", "expected"),
        [
            ("The two countries' top diplomats, Park Jin and Yoshimasa Hayashi, met in Tokyo on Monday.",
             dt.date(2022, 7, 20), None, ("ministerial", "2022-07-18", "occurred")),
            ("Italian Prime Minister Mario Draghi and German Chancellor Olaf Scholz met in Rome on Monday. Foreign "
             "Minister Simone Tanaro held talks with his German counterpart Annalena Baerbock later Monday.",
             dt.date(2022, 3, 2), ("Italy", "Germany"), ("ministerial", "2022-02-28", "occurred")),
            ("Irish Taoiseach Leo Varadkar and British Prime Minister Rishi Sunak met in Belfast on Friday. Minister "
             "for Foreign Affairs Micheal Martin held talks with his British counterpart James Cleverly on Friday.",
             dt.date(2023, 4, 15), ("Ireland", "United Kingdom"), ("ministerial", "2023-04-14", "occurred")),
            ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed on Monday. Foreign Affairs "
             "Cabinet Secretary Alfred Mutua held talks with his Ethiopian counterpart Demeke Mekonnen on Monday.",
             dt.date(2023, 3, 1), ("Kenya", "Ethiopia"), ("ministerial", "2023-02-27", "occurred")),
        ],
    )
    def test_the_ministers(self, text: str, published: dt.date, countries: tuple[str, str] | None,
                           expected: Row) -> None:
        assert dated(text, published, countries)[-1] == expected


class TestTheWeekendAndTheDayBefore:
    """"met over the weekend": the week of the weekend the tense points to; "had met in X the previous day to
    prepare the summit": the day before, of the verb just before it, not of the summit after."""

    @pytest.mark.parametrize(
        ("text", "published", "expected"),
        [
            ("The foreign ministers of South Korea and Japan met in Seoul over the weekend to prepare the visit.",
             dt.date(2023, 3, 13), ("ministerial", "2023-W10", "occurred")),
            ("The vice foreign ministers of Japan and South Korea will meet in Tokyo at the weekend.",
             dt.date(2023, 3, 13), ("ministerial", "2023-W11", "planned")),
        ],
    )
    def test_the_weekend(self, text: str, published: dt.date, expected: Row) -> None:
        assert dated(text, published) == [expected]

    def test_the_previous_day_of_the_verb_before(self) -> None:
        text = ("President Moon Jae-in and Prime Minister Shinzo Abe held talks in Osaka on June 28. The two "
                "countries' top diplomats, Kang Kyung-wha and Taro Kono, had met in Osaka the previous day to "
                "prepare the summit.")
        assert ("ministerial", "2019-06-27", "occurred") in dated(text, dt.date(2019, 6, 29))


class TestNamesWithAccentsAndPluralTitles:
    """"Pedro Sánchez", "Alberto Fernández": a name is a name with its accents; "the prime ministers of Spain
    and Portugal, A and B": each of the country in the same order; "prime ministers" are leaders."""

    @pytest.mark.parametrize(
        ("text", "published", "countries", "expected"),
        [
            ("The prime ministers of Spain and Portugal, Mariano Rajoy and António Costa, met in Vila Real on "
             "Tuesday.", dt.date(2017, 5, 31), ("Spain", "Portugal"), ("summit", "2017-05-30", "occurred")),
            ("Argentine President Mauricio Macri and Brazilian President Michel Temer met in Brasília on Feb. 7. "
             "Macri and Temer last met in Buenos Aires on Oct. 3.", dt.date(2017, 2, 8), ("Brazil", "Argentina"),
             ("summit", "2016-10-03", "occurred")),
            ("Spanish Prime Minister José Luis Rodríguez and Portuguese Prime Minister José Sócrates held talks "
             "in Badajoz on Saturday.", dt.date(2006, 11, 27), ("Spain", "Portugal"), ("summit", "2006-11-25", "occurred")),
        ],
    )
    def test_the_leaders(self, text: str, published: dt.date, countries: tuple[str, str], expected: Row) -> None:
        assert dated(text, published, countries)[-1] == expected
        assert all(row[0] == "summit" for row in dated(text, published, countries))


class TestAMealOrAPrecedingEventIsPartOfTheSummit:
    """"The summit was preceded by a working dinner on Tuesday": the dinner's day is not the summit's, and the
    dinner is part of the summit, no event of its own."""

    @pytest.mark.parametrize(
        "second",
        [
            "The summit was preceded by a working dinner on Wednesday evening.",
            "The talks were followed by a working lunch on Friday.",
        ],
    )
    def test_no_new_day(self, second: str) -> None:
        text = ("President Lee Myung-bak and Prime Minister Yoshihiko Noda held a summit in Kyoto on Thursday. "
                + second)
        assert dated(text, dt.date(2011, 12, 19)) == [("summit", "2011-12-15", "occurred")]


class TestAMeetingNamedAsTheSubject:
    """"The two leaders' last formal meeting was in Busan in May 2019", "the 2+2 talks", "for the next round of
    talks": a meeting named by a noun phrase, dated by what its sentence says of it."""

    @pytest.mark.parametrize(
        ("text", "published", "countries", "expected"),
        [
            ("President Lee Myung-bak and Prime Minister Yoshihiko Noda met in Kyoto on Sunday. The two leaders' "
             "last formal meeting was in Seoul in October.", dt.date(2011, 12, 19), None,
             ("summit", "2011-10", "occurred")),
            ("President Park Geun-hye and Prime Minister Shinzo Abe met in Seoul on Monday. The two leaders' next "
             "meeting is expected in Tokyo in 2016.", dt.date(2015, 11, 3), None, ("summit", "2016", "expected")),
            ("Indonesian Foreign Minister Retno Marsudi and Japanese Foreign Minister Taro Kono held 2+2 talks in "
             "Tokyo on Dec. 17.", dt.date(2015, 12, 18), ("Indonesia", "Japan"), ("ministerial", "2015-12-17", "occurred")),
            ("Kenyan President Uhuru Kenyatta hosted Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. "
             "Kenyatta is expected in Addis Ababa in June for the next round of talks.", dt.date(2019, 3, 5),
             ("Kenya", "Ethiopia"), ("summit", "2019-06", "expected")),
        ],
    )
    def test_named(self, text: str, published: dt.date, countries: tuple[str, str] | None, expected: Row) -> None:
        assert dated(text, published, countries)[-1] == expected


class TestWhatIsNoNewMeeting:
    """Sentences that name meetings without reporting one of the pair: a count ("met seven times"), a
    vice-president of a party (no leader), a journey at home ("will travel to Osaka to host the G20"), a day
    of a relative clause about a person, the dateline's day."""

    LEAD = "President Moon Jae-in and Prime Minister Shinzo Abe held talks in Seoul on Monday. "

    @pytest.mark.parametrize(
        "second",
        [
            "Few expected the two countries' leaders meeting five times in one year.",
            "Moon and Abe have met three times this year.",
            "Abe will travel to Osaka later this month to host the G20 summit, to which Moon has been invited.",
            "Moon also met Democratic Party Vice President Kim Min-seok, who was elected on May 8.",
        ],
    )
    def test_no_second_event(self, second: str) -> None:
        assert dated(self.LEAD + second, dt.date(2019, 6, 4)) == [("summit", "2019-06-03", "occurred")]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Seoul, June 4 (Yonhap) -- President Moon Jae-in will visit Osaka next week for talks with Prime "
             "Minister Shinzo Abe, the presidential office said.", ("summit", "2019-W24", "planned")),
            ("Tokyo, June 4 (Kyodo)--Prime Minister Shinzo Abe will visit Busan next week for talks with him, "
             "officials said.", ("summit", "2019-W24", "planned")),
        ],
    )
    def test_the_dateline_is_the_reports_day(self, text: str, expected: Row) -> None:
        assert expected in dated(text, dt.date(2019, 6, 4))
        assert all(row[1] != "2019-06-04" for row in dated(text, dt.date(2019, 6, 4)))

    def test_a_plan_with_an_ordinal_stays_a_plan(self) -> None:
        text = ("Foreign Minister Kang Kyung-wha and her Japanese counterpart Taro Kono will hold their first "
                "face-to-face meeting later Friday in Bangkok.")
        assert dated(text, dt.date(2019, 8, 2)) == [("ministerial", "2019-08-02", "planned")]


class TestOneOfTheSeries:
    """"The next summit will be held in Madrid next year", "The previous summit, held in Porto in May", "The
    first 2+2 talks were held in Tokyo in 2019": a meeting of the series the report follows, with no people
    named; and history of the series does not keep the lead from dating the report's own meeting."""

    LEAD = ("Spanish Prime Minister Mariano Rajoy and Portuguese Prime Minister Antonio Costa met in Vila Real on "
            "Tuesday for their annual summit.\n\n")

    @pytest.mark.parametrize(
        ("second", "expected"),
        [
            ("The next summit will be held in Spain next year.", ("summit", "2018", "planned")),
            ("The next summit is to be held in Spain in 2018.", ("summit", "2018", "planned")),
            ("The previous summit, held in Baiona in May last year, was the 28th.", ("summit", "2016-05", "occurred")),
        ],
    )
    def test_a_summit_of_the_series(self, second: str, expected: Row) -> None:
        assert dated(self.LEAD + second, dt.date(2017, 5, 31), ("Spain", "Portugal"))[-1] == expected

    def test_history_of_the_series_does_not_undate_the_lead(self) -> None:
        text = ("Japan and Indonesia held their second 2+2 talks in Jakarta on Tuesday, bringing together "
                "their foreign and defense ministers.\n\nThe 2+2 talks, between Foreign Minister Retno Marsudi "
                "and Defense Minister Prabowo Subianto and their Japanese counterparts, produced a joint "
                "statement.\n\nThe first 2+2 talks were held in Tokyo in December 2015.")
        rows = dated(text, dt.date(2021, 3, 31), ("Indonesia", "Japan"))
        assert ("ministerial", "2021-03-30", "occurred") in rows
        assert ("ministerial", "2015-12", "occurred") in rows


class TestAColonClosesTheClauseBefore:
    """"Early this year the talks did not stop: X and Y met again in Z on May 3": the denial before the colon
    is not of the meeting after it."""

    @pytest.mark.parametrize(
        "text",
        [
            "Late last year the momentum did not fade: President Moon Jae-in and Prime Minister Shinzo Abe met "
            "again in Chengdu on Dec. 24.",
            "The thaw did not end there: President Moon Jae-in and Prime Minister Shinzo Abe met again in Chengdu "
            "on Dec. 24.",
        ],
    )
    def test_met_after_the_colon(self, text: str) -> None:
        assert dated(text, dt.date(2020, 1, 10)) == [("summit", "2019-12-24", "occurred")]


class TestTheRankOfTheSubject:
    """No titled names, both ranks in the sentence: the rank said last before the event phrase is its subject's
    ("the foreign ministers ... held a meeting ..., agreeing to prepare a leaders' summit")."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("On Nov. 26, the foreign ministers of South Korea, Japan and China held a trilateral meeting in Busan, "
             "agreeing to work toward a leaders' summit.", ("ministerial", "2023-11-26", "occurred")),
            ("On Nov. 26, the defence ministers of Japan and South Korea held a meeting in Tokyo to prepare the "
             "leaders' summit.", ("ministerial", "2023-11-26", "occurred")),
        ],
    )
    def test_the_ministers(self, text: str, expected: Row) -> None:
        assert dated(text, dt.date(2023, 11, 28))[0] == expected
