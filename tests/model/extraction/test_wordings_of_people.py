"""Wordings of wire stories and government readouts (issue 8, item 3): who meets whom, by titles and
names (meetings of others than the two governments, people of unsaid countries, other governments' titles).
Sentences of our own making: other people, cities, years and pairs of countries than any report the project
reads. Each class has its traps."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.model.extraction.one_report import Row, dated, mentions
from tests.model.extraction.wordings_texts import (
    AUSTRALIA_INDONESIA,
    GERMANY_FRANCE,
    GF_LEAD,
    JAPAN_PHILIPPINES,
    MEXICO_CANADA,
    YK_LEAD,
)


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
