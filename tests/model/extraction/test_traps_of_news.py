"""Sentences that look like an event of the pair and are not: a count of meetings, the launch of a series, the eve
of a summit, a wish to meet, a gathering's own leaders' meeting, a host met in a city of a third country.
Sentences of our own making."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.model.extraction.one_report import Row, dated, summary


@pytest.mark.parametrize(
    ("text", "published", "countries"),
    [
        ("South Korean President Lee Myung-bak arrived in Tokyo on Sunday. Prime Minister Yukio Hatoyama, who took "
         "office in September, has now met Lee four times.", dt.date(2010, 3, 1), None),
        ("Swedish Prime Minister Ulf Kristersson, in office since October, has met Norwegian Prime Minister Jonas "
         "Gahr Store five times.", dt.date(2023, 6, 1), ("Sweden", "Norway")),
        # A wish, dated nowhere.
        ("South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba spoke by phone on "
         "Monday. Both sides agreed that they should meet in person soon.", dt.date(2025, 6, 10), None),
    ],
)
def test_no_event_beyond_the_real_ones(text: str, published: dt.date, countries: tuple[str, str] | None) -> None:
    shown = dated(text, published, countries)
    assert all(row[0] == "call" for row in shown)


def test_the_day_a_series_was_launched_is_not_its_summits() -> None:
    text = ("South Korean President Lee Myung-bak met Japanese Prime Minister Yoshihiko Noda in Seoul on Monday. The "
            "summit, the second of the series Obama began in 2010, ends Tuesday.")
    assert dated(text, dt.date(2012, 3, 27)) == [("summit", "2012-03-26", "occurred")]


def test_the_eve_of_a_summit_is_not_its_day() -> None:
    text = ("South Korean President Lee Myung-bak will meet Japanese Prime Minister Yukio Hatoyama in Tokyo on "
            "Saturday. On Friday, the eve of the summit, the Bank of Korea and the Bank of Japan agreed to extend "
            "their currency swap.")
    assert dated(text, dt.date(2010, 3, 1)) == [("summit", "2010-03-06", "planned")]


def test_a_wish_to_meet_is_possible_not_held() -> None:
    rows = summary("South Korean Foreign Minister Cho Hyun and Japanese Foreign Minister Takeshi Iwaya agreed on "
                   "Tuesday that they should meet in Tokyo.", dt.date(2025, 7, 3))
    assert [row[2] for row in rows] == ["possible"]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Japanese Prime Minister Junichiro Koizumi met South Korean President Roh Moo-hyun on Tuesday. The APEC "
         "ministerial meeting opens tomorrow, and the leaders' meeting will be held on the 20th and 21st.",
         dt.date(2004, 11, 17)),
        ("President Moon Jae-in met Japanese Prime Minister Shinzo Abe on Friday. G20 finance ministers gathered in "
         "Osaka this week; the leaders' summit follows on June 28.", dt.date(2019, 6, 24)),
    ],
)
def test_a_gatherings_own_leaders_meeting_is_not_the_pairs(text: str, published: dt.date) -> None:
    assert len(dated(text, published)) == 1


@pytest.mark.parametrize(
    ("text", "published", "countries"),
    [
        ("Australian Prime Minister Anthony Albanese and New Zealand Prime Minister Christopher Luxon met in "
         "Queenstown on Friday. Both leaders will go to the Pacific Islands Forum leaders' meeting in Honiara next "
         "month.", dt.date(2025, 8, 10), ("New Zealand", "Australia")),
        ("Jamaican Prime Minister Andrew Holness and Barbadian Prime Minister Mia Mottley met in Kingston on Friday. "
         "Both leaders will go to the Caribbean Community leaders' meeting in Georgetown next month.",
         dt.date(2025, 6, 10), ("Jamaica", "Barbados")),
        ("German Chancellor Klaus Richter met French President Paul Martin in Paris on Friday. The two will attend "
         "the Nordic Council leaders' summit in Oslo in October as guests.", dt.date(2025, 6, 10),
         ("France", "Germany")),
    ],
)
def test_a_named_bodys_leaders_meeting_is_not_the_pairs(
        text: str, published: dt.date, countries: tuple[str, str]) -> None:
    """The leaders' meeting of a body of many countries named just before it ("the Pacific Islands Forum")."""
    assert len(dated(text, published, countries)) == 1


def test_the_pairs_own_leaders_meeting_is_still_theirs() -> None:
    text = ("Australian Prime Minister Anthony Albanese and New Zealand Prime Minister Christopher Luxon will hold "
            "their annual leaders' meeting in Queenstown next month.")
    assert dated(text, dt.date(2025, 8, 10), ("New Zealand", "Australia")) == [("summit", "2025-09", "planned")]


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("Japanese Prime Minister Junichiro Koizumi met South Korean President Roh Moo-hyun on Tuesday in Seoul. "
         "Last month the Prime Minister visited Beijing on the 8th and met President Hu Jintao.",
         dt.date(2004, 11, 17), None, [("summit", "2004-11-16", "occurred")]),
        ("Polish Prime Minister Donald Tusk met Lithuanian Prime Minister Inga Ruginiene in Vilnius on Monday. "
         "Polish President Andrzej Duda is due in Berlin on Thursday for talks with Chancellor Olaf Scholz.",
         dt.date(2024, 10, 16), ("Poland", "Lithuania"), [("summit", "2024-10-14", "occurred")]),
    ],
)
def test_one_met_in_a_city_of_a_third_country_is_of_that_country(
        text: str, published: dt.date, countries: tuple[str, str] | None, expected: list[Row]) -> None:
    assert dated(text, published, countries) == expected


def test_one_met_in_a_city_of_the_other_side_is_still_the_other_side() -> None:
    text = ("Japanese Prime Minister Fumio Kishida visited Seoul on Sunday and met President Yoon Suk Yeol.")
    assert ("summit", "2023-05-07", "occurred") in dated(text, dt.date(2023, 5, 8))


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("The Federation of Korean Industries and the Keidanren held a meeting of their own on Friday.", None),
        ("The Bank of Korea and the Bank of Japan held talks in Tokyo on Friday.", None),
        ("Business leaders from the two countries met in Tokyo on Friday.", None),
        ("Lawmakers of the two countries met in Oslo on Friday.", ("Sweden", "Norway")),
    ],
)
def test_meetings_of_others_than_the_governments_are_not_the_pairs(
        text: str, countries: tuple[str, str] | None) -> None:
    lead = ("South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Tokyo on Thursday. "
            if countries is None else
            "Swedish Prime Minister Ulf Kristersson met Norwegian Prime Minister Jonas Gahr Store in Oslo on Thursday. ")
    assert dated(lead + text, dt.date(2023, 3, 18), countries) == [("summit", "2023-03-16", "occurred")]


def test_ministers_meeting_at_a_bank_still_meet() -> None:
    text = ("South Korean Finance Minister Choi Sang-mok and Japanese Finance Minister Katsunobu Kato met at the Bank "
            "of Japan on Friday.")
    assert dated(text, dt.date(2024, 6, 1)) == [("ministerial", "2024-05-31", "occurred")]


def test_the_governments_meeting_after_a_business_forum_is_theirs() -> None:
    text = ("After a business forum in Tokyo, South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio "
            "Kishida met at the prime minister's office on Thursday.")
    assert dated(text, dt.date(2023, 3, 17)) == [("summit", "2023-03-16", "occurred")]


def test_one_met_at_a_gathering_in_a_third_country_is_no_host() -> None:
    text = ("German Chancellor Olaf Scholz flew to Jakarta, where he met President Emmanuel Macron on the sidelines of "
            "the ASEAN summit on Thursday.")
    assert dated(text, dt.date(2023, 9, 8), ("Germany", "France")) == [("summit", "2023-09-07", "occurred")]


@pytest.mark.parametrize(
    ("text", "published", "countries"),
    [
        ("The Korea-Japan Finance Ministers' Dialogue was suspended for seven years, from 2016 to 2023.",
         dt.date(2025, 12, 6), None),
        ("The Spain-Portugal summit, an annual event since 1983, was put on hold in 2020 and has stayed frozen since.",
         dt.date(2025, 12, 6), ("Spain", "Portugal")),
        ("The Korea-Japan strategic dialogue of vice foreign ministers had been stalled since 2018.",
         dt.date(2022, 3, 1), None),
        ("The Germany-Poland intergovernmental consultations remained on ice between 2018 and 2024.",
         dt.date(2025, 1, 8), ("Germany", "Poland")),
    ],
)
def test_a_series_said_to_be_suspended_is_not_held(
        text: str, published: dt.date, countries: tuple[str, str] | None) -> None:
    assert dated(text, published, countries) == []


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("The Korea-Japan Finance Ministers' Dialogue, held in 2016, was then suspended for seven years.",
         dt.date(2025, 12, 6), None, [("ministerial", "2016", "occurred")]),
        ("The Korea-Japan Finance Ministers' Dialogue resumed in Tokyo in March 2023 after being suspended for "
         "seven years.", dt.date(2025, 12, 6), None, [("ministerial", "2023-03", "occurred")]),
        ("The Spain-Portugal summit was held in Lisbon in 2019 and has been frozen since.", dt.date(2025, 12, 6),
         ("Spain", "Portugal"), [("summit", "2019", "occurred")]),
    ],
)
def test_a_series_held_before_or_after_its_suspension_is_held(
        text: str, published: dt.date, countries: tuple[str, str] | None, expected: list[Row]) -> None:
    assert dated(text, published, countries) == expected


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("President Moon Jae-in spoke by phone with Prime Minister Shinzo Abe on Friday. Moon briefed Abe on the "
         "outcome of the inter-Korean summit.", dt.date(2018, 5, 5), None, [("call", "2018-05-04", "occurred")]),
        ("Chancellor Olaf Scholz of Germany met President Emmanuel Macron of France on Monday. Scholz briefed Macron "
         "on the outcome of the NATO summit.", dt.date(2018, 6, 14), ("France", "Germany"),
         [("summit", "2018-06-11", "occurred")]),
        ("Prime Minister Mark Rutte of the Netherlands called Prime Minister Alexander De Croo of Belgium on "
         "Monday. Rutte updated De Croo on the EU-China summit.", dt.date(2023, 4, 5), ("Netherlands", "Belgium"),
         [("call", "2023-04-03", "occurred")]),
    ],
)
def test_an_event_the_two_tell_each_other_about_is_not_theirs(
        text: str, published: dt.date, countries: tuple[str, str] | None, expected: list[Row]) -> None:
    assert dated(text, published, countries) == expected


@pytest.mark.parametrize(
    "body",
    ["The two leaders had discussed the trip in a phone call earlier this month.",
     "Macron and Scholz discussed the visit during a telephone call on May 13."],
)
def test_the_call_in_which_the_two_discuss_an_event_is_theirs(body: str) -> None:
    lead = "French President Emmanuel Macron will visit Berlin next week to meet German Chancellor Olaf Scholz. "
    calls = [row for row in dated(lead + body, dt.date(2024, 5, 22), ("Germany", "France")) if row[0] == "call"]
    assert calls == [("call", "2024-05-13" if "13" in body else "2024-05", "occurred")]


def test_the_summit_one_briefs_on_with_the_other_named_is_theirs() -> None:
    text = "President Moon Jae-in briefed reporters on the summit with Prime Minister Shinzo Abe on Tuesday."
    assert dated(text, dt.date(2018, 6, 14)) == [("summit", "2018-06-12", "occurred")]


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("Foreign Minister Katsuya Okada visited Seoul late last month and held talks with his counterpart, Yu "
         "Myung-hwan, laying the groundwork for Friday's meeting.", dt.date(2009, 10, 9), None,
         [("ministerial", "2009-09", "occurred")]),
        ("The foreign ministers of Colombia and Ecuador prepared the meeting in Quito on Feb. 20.",
         dt.date(2026, 3, 11), ("Colombia", "Ecuador"), []),
        ("Foreign Minister Takeshi Iwaya and Foreign Minister Cho Tae-yul met in Tokyo on Monday, paving the way for "
         "the leaders' summit.", dt.date(2025, 3, 5), None, [("ministerial", "2025-03-03", "occurred")]),
    ],
)
def test_the_meeting_a_clause_prepares_is_not_its_own(
        text: str, published: dt.date, countries: tuple[str, str] | None, expected: list[Row]) -> None:
    """The meeting prepared is the one the report tells of elsewhere."""
    assert dated(text, published, countries) == expected


def test_a_summit_being_prepared_is_news_when_indefinite() -> None:
    text = ("Officials are preparing for a summit between President Lee Myung-bak and Prime Minister Yukio Hatoyama "
            "in Tokyo next month.")
    assert dated(text, dt.date(2009, 10, 9)) == [("summit", "2009-11", "planned")]


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("On Friday, a think tank in Washington hosted a panel to assess Japan-Korea cooperation a year after the "
         "Camp David summit.", dt.date(2024, 10, 20), None, []),
        ("On Friday, scholars gathered in Seoul to assess Korea-Japan relations two years after the Yoon-Kishida "
         "summit in Tokyo.", dt.date(2024, 10, 20), None, []),
        ("On Monday, French and German officials marked the treaty's anniversary, six months after the "
         "Franco-German summit in Aachen.", dt.date(2019, 7, 24), ("France", "Germany"), []),
        ("On Friday, President Yoon Suk Yeol and Prime Minister Shigeru Ishiba held talks in Seoul, a year after the "
         "Camp David summit.", dt.date(2024, 10, 20), None, [("summit", "2024-10-18", "occurred")]),
    ],
)
def test_the_event_a_count_of_time_starts_from_takes_no_day_of_the_sentence(
        text: str, published: dt.date, countries: tuple[str, str] | None, expected: list[Row]) -> None:
    assert dated(text, published, countries) == expected


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("Secretary of State Antony Blinken and Defense Secretary Lloyd Austin were in Tokyo and Seoul last month for "
         "2+2 talks with their counterparts.", dt.date(2021, 4, 3), None, []),
        ("Foreign Secretary Liz Truss and Defence Secretary Ben Wallace held talks in Paris and Berlin on Monday with "
         "their counterparts.", dt.date(2022, 1, 20), ("France", "Germany"), []),
        ("Foreign Minister Chung Eui-yong and Defense Minister Suh Wook held 2+2 talks in Seoul last month with their "
         "Japanese counterparts.", dt.date(2021, 4, 3), None, [("ministerial", "2021-03", "occurred")]),
        ("Foreign Minister Chung Eui-yong of South Korea and Foreign Minister Toshimitsu Motegi of Japan held talks in "
         "Tokyo last month, with their counterparts from China.", dt.date(2021, 4, 3), None,
         [("ministerial", "2021-03", "occurred")]),
    ],
)
def test_colleagues_meeting_their_counterparts_are_one_side(
        text: str, published: dt.date, countries: tuple[str, str] | None, expected: list[Row]) -> None:
    assert dated(text, published, countries) == expected
