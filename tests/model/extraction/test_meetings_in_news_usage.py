"""More ways English news reports a meeting or a call (issue 8, item 3), each a class of sentences of our own
making: people, countries, cities and years that no report the project reads uses."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.model.extraction.one_report import Row, dated, mentions, summary

NORWAY_SWEDEN = ("Norway", "Sweden")
CHILE_PERU = ("Chile", "Peru")



def the_one_event(text: str, published: dt.date, countries: tuple[str, str]) -> Row:
    """(kind, date, trilateral) of the one mention the text gives."""
    [mention] = mentions(text, published, countries)
    return mention.kind.value, mention.date.iso() if mention.date else None, mention.trilateral



class TestTheHomeCountryGoesUnsaid:
    """A report names its own country's leader by title alone ("Prime Minister Ola Berg"); met with a leader
    of the other country, that leader is of the report's other side. "The pair", "Mr Berg" and "Ms Lind"
    refer back to them."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Prime Minister Ola Berg and Swedish Prime Minister Karin Lind met at Rosenbad in Stockholm on "
             "Tuesday.", [("summit", "2031-03-11", "occurred")]),
            ("Prime Minister Ola Berg and his Swedish counterpart Karin Lind held a summit on Tuesday.",
             [("summit", "2031-03-11", "occurred")]),
            ("Prime Minister Ola Berg has met Swedish Prime Minister Karin Lind in Gothenburg.\n\n"
             "The pair held talks at the city hall on Tuesday and visited a shipyard.",
             [("summit", "2031-03-11", "occurred")]),
            ("Prime Minister Ola Berg has met Swedish Prime Minister Karin Lind in Gothenburg.\n\n"
             "Mr Berg and Ms Lind last met in January, on the sidelines of the NATO summit in Riga.",
             [("summit", "2031-01", "occurred")]),
            ("Foreign Minister Nils Dahl will hold talks with his Swedish counterpart in Malmo on Tuesday.",
             [("ministerial", "2031-03-18", "planned")]),
        ],
    )
    def test_the_other_side(self, text: str, expected: list[Row]) -> None:
        assert dated(text, dt.date(2031, 3, 12), NORWAY_SWEDEN) == expected

    def test_an_honorific_before_any_part_of_the_name(self) -> None:
        text = ("Malaysian Prime Minister Aziz Rahman received Indonesian President Budi Santoso in Putrajaya.\n\n"
                "Mr Aziz and Mr Budi last met in August in Bali.")
        assert dated(text, dt.date(2032, 10, 6), ("Malaysia", "Indonesia")) == [("summit", "2032-08", "occurred")]

    @pytest.mark.parametrize(
        "text",
        [
            "Prime Minister Ola Berg met Finnish President Eero Salo in Helsinki on Tuesday.",
            "Swedish Prime Minister Karin Lind arrived from Finland, where she met President Eero Salo on Monday.",
            "Swedish Prime Minister Karin Lind will meet King Harald on Tuesday before flying home.",
            "Prime Minister Ola Berg spoke by phone with US President Tom Reed on Monday.",
        ],
    )
    def test_no_third_country_and_no_monarch(self, text: str) -> None:
        assert dated(text, dt.date(2031, 3, 12), NORWAY_SWEDEN) == []

    def test_both_sides_and_a_third_make_a_trilateral(self) -> None:
        text = ("US President Tom Reed met Norwegian Prime Minister Ola Berg and Swedish Prime Minister Karin Lind "
                "in Oslo on Tuesday.")
        assert the_one_event(text, dt.date(2031, 3, 12), NORWAY_SWEDEN) == ("summit", "2031-03-11", True)


class TestTalksOverTheWire:
    """A "virtual summit", talks "by video link" or "via videoconference": the leaders or ministers did not meet,
    they called (the project's convention: phone and video talks are calls)."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Chilean President Ana Rojas and Peruvian President Luis Vega held a virtual summit on Monday.",
             [("call", "2033-05-02", "occurred")]),
            ("Chilean Foreign Minister Pablo Soto will hold talks with his Peruvian counterpart Rosa Diaz by video "
             "link later this month, officials said.", [("call", "2033-05", "planned")]),
            ("Chilean President Ana Rojas met Peruvian President Luis Vega via videoconference on Monday.",
             [("call", "2033-05-02", "occurred")]),
            ("The two presidents, Chile's Ana Rojas and Peru's Luis Vega, held online talks on Monday.",
             [("call", "2033-05-02", "occurred")]),
            ("Chilean President Ana Rojas and Peruvian President Luis Vega will hold a virtual meeting next week.",
             [("call", "2033-W19", "planned")]),
        ],
    )
    def test_calls(self, text: str, expected: list[Row]) -> None:
        assert dated(text, dt.date(2033, 5, 4), CHILE_PERU) == expected


class TestPlansCalledOff:
    """A plan that "had been due to" happen and was then called off, put off, postponed or scrapped is cancelled,
    whichever clause says so."""

    @pytest.mark.parametrize(
        "text",
        [
            "Chilean President Ana Rojas had been due to visit Peru in March, but cancelled the trip after floods.",
            "Santiago has put off a meeting of the two countries' trade ministers that had been due to be held in "
            "Lima later this month, officials said.",
            "A summit between Chilean President Ana Rojas and Peruvian President Luis Vega planned for March has "
            "been called off.",
            "Chilean President Ana Rojas was to have visited Lima in March for talks with Peruvian President Luis "
            "Vega, but the trip was postponed.",
        ],
    )
    def test_cancelled(self, text: str) -> None:
        assert {row[2] for row in summary(text, dt.date(2033, 5, 4), CHILE_PERU)} == {"cancelled"}

    @pytest.mark.parametrize(
        ("text", "status"),
        [
            ("Chilean President Ana Rojas is due to visit Lima next week for talks with Peruvian President Luis "
             "Vega.", "planned"),
            ("Officials said Chilean President Ana Rojas's trip to Peru is expected early next year.", "expected"),
        ],
    )
    def test_still_to_come(self, text: str, status: str) -> None:
        assert {row[2] for row in summary(text, dt.date(2033, 5, 4), CHILE_PERU)} == {status}


LEADERS_MET = "Chilean President Ana Rojas and Peruvian President Luis Vega met in Lima on Tuesday.\n\n"


class TestADayCountedFromTheEventBefore:
    """"Two days earlier", "A day later", "The day before": with no day in its own sentence, the count starts
    from the day of the event the report has just dated."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (LEADERS_MET + "Two days earlier, Chilean Foreign Minister Pablo Soto and his Peruvian counterpart Rosa "
             "Diaz met in Cusco to prepare the ground.", ("ministerial", "2033-05-01", "occurred")),
            (LEADERS_MET + "A day earlier, their foreign ministers held talks in Lima.",
             ("ministerial", "2033-05-02", "occurred")),
            (LEADERS_MET + "The day before, the two foreign ministers met at the Torre Tagle Palace.",
             ("ministerial", "2033-05-02", "occurred")),
            ("Chilean President Ana Rojas and Peruvian President Luis Vega met in Lima on April 3.\n\n"
             "A week later, the two presidents spoke by phone about the border.", ("call", "2033-04-10", "occurred")),
            (LEADERS_MET + "Their defence ministers held talks in Lima three days earlier.",
             ("ministerial", "2033-04-30", "occurred")),
        ],
    )
    def test_counted(self, text: str, expected: Row) -> None:
        assert dated(text, dt.date(2033, 5, 4), CHILE_PERU)[1:] == [expected]

    def test_not_when_the_count_names_its_own_start(self) -> None:
        text = (LEADERS_MET + "Their first summit, which came just two weeks after Vega took office, lasted an "
                "hour.")
        assert dated(text, dt.date(2033, 5, 4), CHILE_PERU)[1:] == []

    def test_not_from_an_event_long_before(self) -> None:
        text = (LEADERS_MET + "".join(f"The presidents spoke at length of {topic}, which both see as vital to the "
                                      "economies of their border towns.\n\n"
                                      for topic in ("fishing", "mining", "trade"))
                + "Two days earlier, their foreign ministers held talks in Lima.")
        assert dated(text, dt.date(2033, 5, 4), CHILE_PERU)[1:] == []


class TestTitlesOfTwo:
    """A plural title before two names ("Foreign Ministers A and B"), after them ("their foreign ministers, A and
    B,"), or with no names ("Agriculture ministers of the two countries"): a ministerial meeting, never a summit."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Foreign Ministers Pablo Soto and Rosa Diaz will meet in Arica next month to discuss fishing.",
             ("ministerial", "2033-06", "planned")),
            ("Foreign ministers Pablo Soto and Rosa Diaz of Chile and Peru held talks in Tacna on Monday.",
             ("ministerial", "2033-05-02", "occurred")),
            (LEADERS_MET + "Agriculture ministers of the two countries will meet early next month to discuss "
             "fishing quotas, Vega said.", ("ministerial", "2033-06", "planned")),
            (LEADERS_MET + "Their foreign ministers, Pablo Soto and Rosa Diaz, held talks in Lima on Monday.",
             ("ministerial", "2033-05-02", "occurred")),
            ("The two countries' defence ministers, Jorge Pinto and Elena Cruz, met in Santiago on Monday.",
             ("ministerial", "2033-05-02", "occurred")),
        ],
    )
    def test_ministers(self, text: str, expected: Row) -> None:
        assert dated(text, dt.date(2033, 5, 4), CHILE_PERU)[-1:] == [expected]
        assert [row[0] for row in summary(text, dt.date(2033, 5, 4), CHILE_PERU)].count("summit") == text.count(
            LEADERS_MET)


class TestTheSameTimeSaidAgain:
    """"last met in May, when they held talks on the sidelines of a trilateral summit": a "when" clause is the
    time said before it; "Earlier in the day", "Later that day", "the same day" are the day of the event before."""

    def test_a_when_clause(self) -> None:
        text = (LEADERS_MET + "Rojas and Vega last met in January, when they held talks in Quito on the sidelines "
                "of a trilateral summit with Ecuador.")
        assert sorted(set(dated(text, dt.date(2033, 5, 4), CHILE_PERU))) == [
            ("summit", "2033-01", "occurred"), ("summit", "2033-05-03", "occurred")]
        assert all(row[1] is not None for row in summary(text, dt.date(2033, 5, 4), CHILE_PERU))

    @pytest.mark.parametrize("phrase", ["Earlier in the day", "Later that day", "On the same day", "Earlier that day"])
    def test_the_day_of_the_event_before(self, phrase: str) -> None:
        text = (LEADERS_MET + f"{phrase}, Chilean Foreign Minister Pablo Soto and his Peruvian counterpart Rosa "
                "Diaz held talks at the foreign ministry.")
        assert dated(text, dt.date(2033, 5, 4), CHILE_PERU) == [
            ("summit", "2033-05-03", "occurred"), ("ministerial", "2033-05-03", "occurred")]


class TestWhoIsWho:
    """"Vega's predecessor Marta Ruiz": a predecessor or successor holds the same office in the same country."""

    @pytest.mark.parametrize("link", ["predecessor", "immediate predecessor", "successor"])
    def test_the_same_office(self, link: str) -> None:
        text = (LEADERS_MET + f"Rojas and Vega's {link} Marta Ruiz last held formal talks in Arica in June last "
                "year.")
        assert dated(text, dt.date(2033, 5, 4), CHILE_PERU) == [
            ("summit", "2033-05-03", "occurred"), ("summit", "2032-06", "occurred")]


class TestNotTheEventBefore:
    """"The three-way talks among Brazil, Bolivia and Ecuador": a definite noun that names its own parties is not
    the meeting named before; "visited the Museum of Memory" is a visit to a place, not to a country."""

    @pytest.mark.parametrize(
        "text",
        [
            LEADERS_MET + "The three-way talks in Brasilia in April among Brazil, Bolivia and Ecuador ended "
            "without progress.",
            LEADERS_MET + "Earlier Tuesday, Rojas visited the Larco Museum.",
            LEADERS_MET + "On Wednesday Rojas visited the Lima Cathedral and laid a wreath at the Lima War Memorial.",
            LEADERS_MET + "Rojas will travel to Cusco on Thursday before returning home.",
        ],
    )
    def test_nothing_more(self, text: str) -> None:
        assert dated(text, dt.date(2033, 5, 4), CHILE_PERU) == [("summit", "2033-05-03", "occurred")]


class TestTalkedBriefly:
    """"talked briefly on the sidelines", "talked with": a meeting, not "talked about"."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (LEADERS_MET + "Rojas and Vega also talked briefly on the sidelines of the APEC forum in Bangkok last "
             "month.", [("summit", "2033-04", "occurred")]),
            (LEADERS_MET + "Rojas talked with Vega at the Pacific Alliance summit in Mexico City in March.",
             [("summit", "2033-03", "occurred")]),
            (LEADERS_MET + "Rojas and Vega talked about fishing in March.", []),
        ],
    )
    def test_talked(self, text: str, expected: list[Row]) -> None:
        assert dated(text, dt.date(2033, 5, 4), CHILE_PERU)[1:] == expected


def test_a_declaration_in_a_when_clause_keeps_no_date() -> None:
    text = (LEADERS_MET + "The trip returns Vega's visit to Santiago in October, when the two leaders signed the "
            "joint declaration on the border.")
    assert [row[0] for row in dated(text, dt.date(2033, 5, 4), CHILE_PERU)] == ["summit", "summit"]


class TestAVisitIsDatedByItsTalks:
    """"arrived Wednesday on a three-day state visit": the first day of a visit is not the day of its talks. A
    day of talks said within the visit's days dates it; else the day the lead gives the two leaders' act."""

    def test_the_lead_day(self) -> None:
        text = ("Peruvian President Luis Vega and Chilean President Ana Rojas agreed on Thursday to open a new "
                "border crossing.\n\nVega, who arrived Wednesday on a three-day state visit, held talks with Rojas "
                "at La Moneda palace.")
        assert set(dated(text, dt.date(2033, 5, 6), CHILE_PERU)) == {("summit", "2033-05-05", "occurred")}

    def test_a_trip_that_began_the_day_before(self) -> None:
        text = ("Chilean President Ana Rojas and Peruvian President Luis Vega agreed Monday to share fishing data.\n\n"
                "Vega's two-day trip to Santiago, which began on Sunday, is his first since taking office.")
        assert dated(text, dt.date(2033, 5, 2), CHILE_PERU) == [("summit", "2033-05-02", "occurred")]

    def test_the_day_of_the_talks(self) -> None:
        text = ("Peruvian President Luis Vega arrived in Santiago on Wednesday for a three-day official visit, the "
                "first in a decade.\n\nVega will hold a summit with Chilean President Ana Rojas at La Moneda on "
                "Thursday.")
        assert dated(text, dt.date(2033, 5, 4), CHILE_PERU) == [("summit", "2033-05-05", "planned")]

    def test_a_visit_with_no_other_day_keeps_its_first(self) -> None:
        text = "Peruvian President Luis Vega arrived in Santiago on Wednesday for a three-day official visit."
        assert dated(text, dt.date(2033, 5, 4), CHILE_PERU) == [("summit", "2033-05-04", "occurred")]


class TestMoreWaysToNameAnOfficial:
    """"The Peruvian president, Luis Vega, said"; "Defence chiefs of the three countries met": who they are."""

    def test_the_title_then_the_name(self) -> None:
        text = ("The Peruvian president, Luis Vega, praised the deal. Vega and Chilean President Ana Rojas last met "
                "in March, when they held talks in Quito.")
        assert set(dated(text, dt.date(2033, 5, 4), CHILE_PERU)) == {("summit", "2033-03", "occurred")}

    @pytest.mark.parametrize("chiefs", ["Defence chiefs", "The defence ministers", "Defense ministers"])
    def test_chiefs_of_three_countries(self, chiefs: str) -> None:
        text = (f"{chiefs} of the three countries met on June 11 in Quito during a regional security forum and "
                "agreed to share radar data on Chile and Peru's coasts.")
        assert the_one_event(text, dt.date(2033, 6, 14), CHILE_PERU) == ("ministerial", "2033-06-11", True)


def test_a_trilateral_at_a_gathering_named_for_a_town() -> None:
    text = ("Defence chiefs of the three countries met on June 11 in Singapore during the Shangri-La Dialogue and "
            "agreed to share radar data on Chile and Peru's coasts.")
    assert the_one_event(text, dt.date(2033, 6, 14), CHILE_PERU) == ("ministerial", "2033-06-11", True)


class TestVisitsToPlaces:
    """"visited Seodaemun Prison", "toured Larco Museum": a visit to a place in the country one is already in."""

    @pytest.mark.parametrize("place", ["Punta Arenas Cathedral", "Arica Museum", "Villa Grimaldi Memorial",
                                       "Valparaiso Naval Base"])
    def test_a_place_not_a_country(self, place: str) -> None:
        text = LEADERS_MET + f"Earlier Tuesday, Vega visited {place} and laid a wreath."
        assert dated(text, dt.date(2033, 5, 4), CHILE_PERU) == [("summit", "2033-05-03", "occurred")]


class TestPlansInReportedSpeech:
    """"agreed that Peru would host a summit later this year": the future of a past report is a plan."""

    @pytest.mark.parametrize(
        "text",
        [
            "Chilean President Ana Rojas and Peruvian President Luis Vega agreed that Peru would host a summit later "
            "this year.",
            "Officials said the Chilean and Peruvian presidents would hold a summit in Lima later this year.",
        ],
    )
    def test_would(self, text: str) -> None:
        assert dated(text, dt.date(2033, 5, 4), CHILE_PERU) == [("summit", "2033", "planned")]


class TestTheLeadActsTogether:
    """"Chilean President Ana Rojas and Peruvian President Luis Vega agreed on Monday to ...": two leaders of the
    two sides, acting together on a day, met that day, though the lead names no meeting."""

    @pytest.mark.parametrize("verb", ["agreed on Monday to share fishing data", "signed a border treaty on Monday",
                                      "pledged Monday to end the tariff dispute"])
    def test_a_summit(self, verb: str) -> None:
        text = (f"Chilean President Ana Rojas and Peruvian President Luis Vega {verb}.\n\n"
                "The two leaders also discussed the border crossing at Chacalluta.")
        assert dated(text, dt.date(2033, 5, 3), CHILE_PERU)[:1] == [("summit", "2033-05-02", "occurred")]

    def test_the_joint_declaration_they_signed_is_their_meeting(self) -> None:
        text = ("Chilean President Ana Rojas and Peruvian President Luis Vega signed a joint declaration in Arica on "
                "Monday.")
        assert summary(text, dt.date(2033, 5, 3), CHILE_PERU) == [("summit", "2033-05-02", "occurred")]

    def test_ministers(self) -> None:
        text = ("Chilean Foreign Minister Pablo Soto and Peruvian Foreign Minister Rosa Diaz agreed on Monday to "
                "reopen two consulates.")
        assert dated(text, dt.date(2033, 5, 3), CHILE_PERU) == [("ministerial", "2033-05-02", "occurred")]

    @pytest.mark.parametrize(
        "text",
        [
            "The governments of Chile and Peru agreed on Monday to share fishing data.",
            "Chilean President Ana Rojas and Bolivian President Juan Mamani agreed on Monday to share fishing data.",
            "Chilean President Ana Rojas said on Monday that Peruvian President Luis Vega agreed to share data.",
        ],
    )
    def test_not_two_sides_acting(self, text: str) -> None:
        assert dated(text, dt.date(2033, 5, 3), CHILE_PERU) == []


class TestAnOrdinalForTheEventBefore:
    """"the first since the eighth in Lima in May 2030": an ordinal stands for an earlier event of the series just
    named; "since the second day", "since the third-largest" do not."""

    def test_the_earlier_one_of_the_series(self) -> None:
        text = ("It was the ninth Chile-Peru defence ministers' dialogue and the first since the eighth in Lima in "
                "May 2030.")
        assert dated(text, dt.date(2033, 5, 4), CHILE_PERU) == [("ministerial", "2030-05", "occurred")]

    @pytest.mark.parametrize("words", ["since the second day of the strike", "since the third-largest port closed"])
    def test_not_an_event(self, words: str) -> None:
        text = f"Chilean President Ana Rojas and Peruvian President Luis Vega held a summit on Monday, {words}."
        assert dated(text, dt.date(2033, 5, 4), CHILE_PERU) == [("summit", "2033-05-02", "occurred")]


class TestSidelinesOfTwoGatherings:
    """"their talks on the sidelines of A in July and of B in October": the words of the meeting left out
    before the second gathering, two meetings."""

    def test_two_meetings(self) -> None:
        text = ("Norwegian Prime Minister Ola Berg met Swedish Prime Minister Karin Lind in Oslo on Monday.\n\n"
                "It was the third meeting between the two leaders, following their talks on the sidelines of the "
                "NATO summit in Vilnius in July and of the Arctic energy forum in Reykjavik, Iceland, in October.")
        assert dated(text, dt.date(2031, 12, 3), NORWAY_SWEDEN) == [
            ("summit", "2031-12-01", "occurred"), ("summit", "2031-07", "occurred"), ("summit", "2031-10", "occurred")]
