"""One sentence, several events: a list of places, each with its time ("in Osaka in June and in Bangkok in
November"), is one event per place and time, a count before the list notwithstanding. Sentences of our own
making."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.model.extraction.one_report import Row, dated, mentions


def _rows(text: str, published: dt.date, countries: tuple[str, str] | None = None) -> list[tuple[object, ...]]:
    return [(m.kind.value, m.date.iso() if m.date else None, m.status.value, m.location)
            for m in mentions(text, published, countries) if m.date is not None]


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("Prime Minister Shinzo Abe and President Moon Jae-in have met on their own twice this year, in Osaka in "
         "June and in Bangkok in November.", dt.date(2019, 12, 30), None,
         [("summit", "2019-06", "occurred", "Osaka"), ("summit", "2019-11", "occurred", "Bangkok")]),
        ("Foreign Minister Kang Kyung-wha met Japanese Foreign Minister Taro Kono in Manila in August and again in "
         "New York in September.", dt.date(2017, 10, 2), None,
         [("ministerial", "2017-08", "occurred", "Manila"), ("ministerial", "2017-09", "occurred", "New York")]),
        ("Polish Prime Minister Donald Tusk and Lithuanian President Gitanas Nauseda held talks in Vilnius in March, "
         "in Warsaw in June and in Kaunas in October.", dt.date(2024, 12, 30), ("Poland", "Lithuania"),
         [("summit", "2024-03", "occurred", "Vilnius"), ("summit", "2024-06", "occurred", "Warsaw"),
          ("summit", "2024-10", "occurred", "Kaunas")]),
        # A participle after a comma tells of the event phrase before it.
        ("German Chancellor Olaf Scholz and French President Emmanuel Macron held two summits last year, meeting in "
         "Hamburg in May and in Lyon in October.", dt.date(2024, 2, 1), ("Germany", "France"),
         [("summit", "2023-05", "occurred", "Hamburg"), ("summit", "2023-10", "occurred", "Lyon")]),
    ],
)
def test_each_place_and_time_of_a_list_is_an_event(
        text: str, published: dt.date, countries: tuple[str, str] | None, expected: list[tuple[object, ...]]) -> None:
    assert _rows(text, published, countries) == expected


def test_in_a_chronology_line_the_list_takes_the_heads_year() -> None:
    text = ("Milestones.\n\n2004: Prime Minister Junichiro Koizumi and President Roh Moo-hyun agree on shuttle summits, "
            "meeting in Seoul in July and in Tokyo, Japan, in December.")
    assert _rows(text, dt.date(2020, 5, 1)) == [("summit", "2004-07", "occurred", "Seoul"),
                                                ("summit", "2004-12", "occurred", "Tokyo, Japan")]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Shinzo Abe and President Moon Jae-in have met three times this year.",
        "Prime Minister Shinzo Abe has met President Moon Jae-in twice, in Osaka and in Bangkok.",
    ],
)
def test_a_count_without_times_is_no_event(text: str) -> None:
    assert _rows(text, dt.date(2019, 12, 30)) == []


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("Prime Minister Junichiro Koizumi and President Roh Moo-hyun met in Seoul on Monday. The two leaders last "
         "met in December, in Ibusuki, a hot-spring town in southern Japan, and the foreign ministers, Ban Ki-moon "
         "and Nobutaka Machimura, met in Kyoto in early May.", dt.date(2005, 6, 20), None,
         [("summit", "2005-06-20", "occurred"), ("summit", "2004-12", "occurred"),
          ("ministerial", "2005-05", "occurred")]),
        ("Chancellor Angela Merkel of Germany and President Francois Hollande of France met in Paris on Monday. The "
         "two leaders last met in March, in Berlin, a city of music, and their foreign ministers, Frank-Walter "
         "Steinmeier and Laurent Fabius, met in Riga in May.", dt.date(2015, 6, 20), ("France", "Germany"),
         [("summit", "2015-06-15", "occurred"), ("summit", "2015-03", "occurred"),
          ("ministerial", "2015-05", "occurred")]),
    ],
)
def test_a_group_subject_of_its_own_is_not_the_people_of_the_next_clause(
        text: str, published: dt.date, countries: tuple[str, str] | None, expected: list[Row]) -> None:
    assert dated(text, published, countries) == expected
