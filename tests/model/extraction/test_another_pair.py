"""A user who follows another relationship (here Germany and France) uses the app as it is: `countries:` in
events.yaml, sentences of our own making."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.model.extraction.one_report import mentions
from timeline_app.model.build import ExtractionCache, build_timeline
from timeline_app.model.reading.dataset import parse_dataset

PAIR = ("Germany", "France")


def summary(text: str, published: dt.date, countries: tuple[str, str] = PAIR) -> list[tuple[object, ...]]:
    return [(m.kind.value, m.date.iso() if m.date else None, m.status.value, m.participants, m.location)
            for m in mentions(text, published, countries)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("German Chancellor Olaf Scholz and French President Emmanuel Macron held a phone call on Tuesday "
         "about Ukraine.", dt.date(2023, 3, 9),
         [("call", "2023-03-07", "occurred", ("Olaf Scholz", "Emmanuel Macron"), None)]),
        ("The foreign ministers of Germany and France met in Lyon on Oct. 4 to prepare the joint cabinet.",
         dt.date(2024, 10, 7), [("ministerial", "2024-10-04", "occurred", (), "Lyon")]),
        ("German Foreign Minister Annalena Baerbock and her French counterpart Catherine Colonna held talks in "
         "Berlin on Friday.", dt.date(2023, 1, 23),
         [("ministerial", "2023-01-20", "occurred", ("Annalena Baerbock", "Catherine Colonna"), "Berlin")]),
        ("Olaf Scholz, Germany's chancellor, met Emmanuel Macron, France's president, in Potsdam on Monday.",
         dt.date(2024, 5, 29), [("summit", "2024-05-27", "occurred", ("Olaf Scholz", "Emmanuel Macron"), "Potsdam")]),
        ("French President Emmanuel Macron will travel to Dresden next month for talks with German Chancellor "
         "Olaf Scholz.", dt.date(2024, 4, 10),
         [("summit", "2024-05", "planned", ("Emmanuel Macron", "Olaf Scholz"), "Dresden"),
          ("summit", None, "planned", ("Emmanuel Macron", "Olaf Scholz"), None)]),
    ],
)
def test_events_of_another_pair(text: str, published: dt.date, expected: list[tuple[object, ...]]) -> None:
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "South Korean President Kim Min-su met Japanese Prime Minister Taro Yamada in Seoul on Monday.",
        "The Japan-China summit in Beijing on May 3 focused on trade.",
        "German Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk in Warsaw on Monday.",
        "The German-Italian summit in Rome on Monday set up a new action plan, Paris noted.",
    ],
)
def test_meetings_of_other_pairs_are_not_this_pairs(text: str) -> None:
    assert summary(text, dt.date(2024, 5, 8)) == []


def test_the_default_pair_is_korea_and_japan() -> None:
    text = "South Korean President Kim Min-su met Japanese Prime Minister Taro Yamada in Seoul on Monday."
    assert summary(text, dt.date(2024, 5, 8), ("South Korea", "Japan")) == [
        ("summit", "2024-05-06", "occurred", ("Kim Min-su", "Taro Yamada"), "Seoul")
    ]


def test_countries_in_events_yaml_choose_the_pair(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(
        "Paris and Berlin agree\n\nGerman Chancellor Olaf Scholz and French President Emmanuel Macron met in "
        "Toulouse on Monday to agree on a joint fighter jet.\n", encoding="utf-8")
    events = tmp_path / "events.yaml"
    events.write_text("countries: [Germany, FR]\narticles: articles\nsources:\n  a.txt: {published: 2024-03-06}\n",
                      encoding="utf-8")
    assert parse_dataset(events.read_text(encoding="utf-8"), events).countries == ("Germany", "France")
    timeline = build_timeline(events, ExtractionCache())
    assert timeline.problems == []
    assert [(e.date.iso(), e.kind.value, e.title) for e in timeline.events] == [
        ("2024-03-04", "summit", "Macron–Scholz meeting in Toulouse")
    ]
    events.write_text("articles: articles\nsources:\n  a.txt: {published: 2024-03-06}\n", encoding="utf-8")
    assert build_timeline(events, ExtractionCache()).events == []  # by default, Korea and Japan
