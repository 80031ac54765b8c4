"""A feast said with "before", "over" or "around" dates an event to the month of those days ("travelled to Berlin
before Christmas for talks": December), never to the feast's day. Sentences of our own making."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.model.extraction.one_report import Row, dated


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("Foreign Minister Anne Dupont of France and Foreign Minister Jens Weber of Germany held talks in Berlin "
         "before Christmas.", dt.date(2026, 1, 20), ("France", "Germany"), [("ministerial", "2025-12", "occurred")]),
        ("Foreign ministers Park Jin and Yoko Kamikawa met in Tokyo over Easter.", dt.date(2024, 5, 20), None,
         [("ministerial", "2024-03", "occurred")]),
        ("Foreign ministers Park Jin and Yoko Kamikawa will meet in Tokyo shortly before Christmas.",
         dt.date(2024, 5, 20), None, [("ministerial", "2024-12", "planned")]),
        ("Prime Minister Mark Carney of Canada and President Claudia Sheinbaum of Mexico spoke by phone around "
         "Thanksgiving.", dt.date(2025, 12, 10), ("Canada", "Mexico"), [("call", "2025-11", "occurred")]),
    ],
)
def test_the_month_of_the_days_around_a_feast(
        text: str, published: dt.date, countries: tuple[str, str] | None, expected: list[Row]) -> None:
    assert dated(text, published, countries) == expected


def test_the_feasts_own_day_stays_a_day() -> None:
    text = "Foreign ministers Park Jin and Yoko Kamikawa met in Tokyo on Christmas Eve."
    assert dated(text, dt.date(2024, 5, 20)) == [("ministerial", "2023-12-24", "occurred")]
