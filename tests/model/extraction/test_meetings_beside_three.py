"""A meeting of two held just before or after the meeting of three they attend takes its day ("held a bilateral
meeting at the retreat before the trilateral summit"); both sides and a third party of unsaid country are a meeting
of three. Sentences of our own making."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.model.extraction.one_report import Row, dated, mentions


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("President Joe Biden hosted Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol "
         "at Camp David on Friday. Kishida and Yoon also held a bilateral meeting at the retreat before the "
         "trilateral summit.", dt.date(2023, 8, 20), None, [("summit", "2023-08-18", "occurred")] * 2),
        ("Chinese Premier Li Keqiang, Japanese Prime Minister Shinzo Abe and South Korean President Moon Jae-in met "
         "in Tokyo on Wednesday. Moon and Abe held bilateral talks at the Prime Minister's Office after the "
         "trilateral meeting.", dt.date(2018, 5, 12), None, [("summit", "2018-05-09", "occurred")] * 2),
        ("Polish President Andrzej Duda met French President Emmanuel Macron and German Chancellor Olaf "
         "Scholz in Warsaw on Monday. Macron and Scholz held bilateral talks following the trilateral meeting.",
         dt.date(2023, 6, 14), ("France", "Germany"), [("summit", "2023-06-12", "occurred")] * 2),
    ],
)
def test_the_two_beside_the_three_take_its_day(
        text: str, published: dt.date, countries: tuple[str, str] | None, expected: list[Row]) -> None:
    assert dated(text, published, countries) == expected


def test_a_count_of_days_before_the_three_is_no_same_day() -> None:
    text = ("Chinese Premier Li Keqiang, Japanese Prime Minister Shinzo Abe and South Korean President Moon Jae-in met "
            "in Tokyo on Wednesday. Moon and Abe met a day before the trilateral meeting.")
    assert ("summit", "2018-05-09", "occurred") in dated(text, dt.date(2018, 5, 12))
    assert len([m for m in mentions(text, dt.date(2018, 5, 12)) if not m.trilateral and m.date is not None]) == 0


def test_both_sides_and_a_host_of_unsaid_country_meet_as_three() -> None:
    text = ("President Joe Biden met Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol "
            "at Camp David on Friday.")
    assert [m.trilateral for m in mentions(text, dt.date(2023, 8, 20))] == [True]


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("President Joe Biden welcomed Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol "
         "to Camp David on Friday for the first stand-alone summit of the three countries' leaders.",
         dt.date(2023, 8, 20), None, [("summit", "2023-08-18", "occurred")]),
        ("Polish President Andrzej Duda received French President Emmanuel Macron and German Chancellor Olaf Scholz "
         "in Warsaw on Monday for a trilateral meeting of the Weimar Triangle.", dt.date(2023, 8, 20),
         ("France", "Germany"), [("summit", "2023-08-14", "occurred")]),
    ],
)
def test_a_welcome_and_the_meeting_it_was_for_are_one_days(
        text: str, published: dt.date, countries: tuple[str, str] | None, expected: list[Row]) -> None:
    assert dated(text, published, countries) == expected


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("President Joe Biden met Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol at "
         "Camp David on Friday. The leaders last met as a trio in Hiroshima in May, on the sidelines of the Group of "
         "Seven summit.", dt.date(2023, 8, 20), None, [("2023-08-18", True), ("2023-05", True)]),
        ("Chancellor Angela Merkel of Germany met President Emmanuel Macron of France and Prime Minister Giuseppe "
         "Conte of Italy in Rome on Friday. The leaders met as a threesome again in Biarritz on Sunday.",
         dt.date(2019, 8, 20), ("France", "Germany"), [("2019-08-16", True), ("2019-08-18", True)]),
    ],
)
def test_met_as_a_trio_is_a_meeting_of_three(
        text: str, published: dt.date, countries: tuple[str, str] | None, expected: list[tuple[str, bool]]) -> None:
    assert [(m.date.iso() if m.date else None, m.trilateral) for m in mentions(text, published, countries)] == expected
