"""Chronology and timeline lines ("Oct. 8, 1998: ...", "2004: ...", "7 July 2017 – ..."): the line's date dates
the line's events, its present tense is historical, a day range gives its first day. Sentences of our own making."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.model.extraction.one_report import Row, dated

_HEAD = "Milestones of the relationship.\n\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Oct. 8, 1998: Prime Minister Keizo Obuchi and President Kim Dae-jung sign a joint declaration after "
         "summit talks in Tokyo.", [("summit", "1998-10-08", "occurred"), ("summit", "1998-10-08", "occurred")]),
        ("March 16, 2019: President Moon Jae-in visits Tokyo for talks with Prime Minister Shinzo Abe.",
         [("summit", "2019-03-16", "occurred"), ("summit", "2019-03-16", "occurred")]),
        ("7 July 2017 – President Moon Jae-in and Prime Minister Shinzo Abe meet in Hamburg.",
         [("summit", "2017-07-07", "occurred")]),
        ("June 2, 2009 — Foreign Minister Yu Myung-hwan holds talks with Japanese Foreign Minister Hirofumi Nakasone "
         "in Osaka.", [("ministerial", "2009-06-02", "occurred")]),
    ],
)
def test_a_full_date_at_the_head_dates_the_line_in_its_own_year(line: str, expected: list[Row]) -> None:
    """The year is the head's, never resolved against the report's date, whatever the tense."""
    assert dated(_HEAD + line, dt.date(2025, 2, 3)) == expected


def test_a_day_range_at_the_head_gives_its_first_day() -> None:
    line = ("Dec. 17-18, 2011: Prime Minister Yoshihiko Noda hosts President Lee Myung-bak in Kyoto; the talks "
            "focus on history.")
    assert dated(_HEAD + line, dt.date(2020, 5, 1)) == [("summit", "2011-12-17", "occurred")] * 2


def test_a_year_at_the_head_puts_the_months_of_the_line_in_it() -> None:
    line = ("2006: Prime Minister Junichiro Koizumi and President Roh Moo-hyun hold talks in Seoul in "
            "September.")
    assert dated(_HEAD + line, dt.date(2024, 3, 1)) == [("summit", "2006-09", "occurred")]


def test_a_head_date_after_the_report_is_a_plan() -> None:
    line = "Jan. 20, 2027: President Lee Jae-myung visits Nara for talks with Prime Minister Sanae Takaichi."
    assert dated(_HEAD + line, dt.date(2026, 12, 1)) == [("summit", "2027-01-20", "planned")] * 2


def test_another_pair_in_a_chronology() -> None:
    text = (_HEAD + "Jan. 22, 2019: German Chancellor Angela Merkel and French President Emmanuel Macron sign a treaty in "
            "Aachen after bilateral talks.\n\n2023: Chancellor Olaf Scholz hosts President Emmanuel Macron in Hamburg in "
            "October.")
    assert dated(text, dt.date(2024, 6, 1), ("Germany", "France")) == [
        ("summit", "2019-01-22", "occurred"), ("summit", "2023-10", "occurred")]



def test_a_joint_declaration_named_with_a_dash_is_what_the_meeting_produced() -> None:
    """"sign the Franco–German Joint Declaration": their meeting (no event of kind "other" beside it)."""
    text = (_HEAD + "Jan. 22, 1963: German Chancellor Konrad Adenauer and French President Charles de Gaulle sign the "
            "Franco–German Joint Declaration in Paris.")
    assert dated(text, dt.date(2013, 1, 22), ("Germany", "France")) == [("summit", "1963-01-22", "occurred")]


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("President Emmanuel Macron of France and Chancellor Olaf Scholz of Germany have met often.\n\n"
         "3 October 2022 – Berlin. Macron and Scholz held talks at the Chancellery before a working dinner.",
         dt.date(2024, 1, 10), ("France", "Germany"), [("summit", "2022-10-03", "occurred")]),
        ("Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol.\n\n"
         "March 16, 2023 – Tokyo. First bilateral summit in Japan in 12 years; the leaders agreed to resume shuttle "
         "diplomacy.", dt.date(2024, 1, 10), None, [("summit", "2023-03-16", "occurred")]),
        ("Prime Minister Anthony Albanese of Australia and Prime Minister Chris Hipkins of New Zealand.\n\n"
         "7 July 2023 – Wellington. The two leaders met for their annual talks.", dt.date(2024, 1, 10),
         ("Australia", "New Zealand"), [("summit", "2023-07-07", "occurred")] * 2),  # met, talks: one event
    ],
)
def test_the_head_dates_the_later_sentences_of_its_line(
        text: str, published: dt.date, countries: tuple[str, str] | None, expected: list[Row]) -> None:
    assert dated(text, published, countries) == expected


def test_the_head_wins_over_a_phrase_that_restates_its_day() -> None:
    text = ("President Moon Jae-in and Prime Minister Shinzo Abe.\n\n"
            "11 May 2017 – Moon and Abe spoke by phone, the day after Moon's inauguration.")
    assert dated(text, dt.date(2020, 3, 14)) == [("call", "2017-05-11", "occurred")]


def test_a_plan_made_on_the_heads_day_is_not_held_that_day() -> None:
    text = ("Chancellor Olaf Scholz of Germany and President Emmanuel Macron of France.\n\n"
            "22 January 2023 – Paris. Scholz and Macron held talks; the leaders agreed to meet again soon.")
    assert dated(text, dt.date(2024, 1, 10), ("France", "Germany")) == [("summit", "2023-01-22", "occurred")]
