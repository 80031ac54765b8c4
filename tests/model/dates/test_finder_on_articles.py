"""The date finder on the five shipped articles: what it finds in each, and nothing from page furniture."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.model.dates.finder import find_dates

ARTICLES = Path(__file__).resolve().parents[3] / "resources" / "articles"
JUNE_18 = dt.date(2025, 6, 18)

EXPECTED = {
    "000": (JUNE_18, [("Today", "2025-06-18"), ("the 17th", "2025-06-17"), ("today", "2025-06-18"),
                      ("the 16th", "2025-06-16"), ("the 9th", "2025-06-09")]),
    "001": (JUNE_18, [("2025-06-18", "2025-06-18"), ("18 Jun. 2025", "2025-06-18"),
                      ("18 Jun. 2025", "2025-06-18"), ("Tuesday", "2025-06-17"), ("two weeks after", None),
                      ("This year", "2025"), ("last week", "2025-W24"), ("June 2022", "2022-06"),
                      ("a month after", None), ("September 2022", "2022-09"), ("four months after", None),
                      ("Monday night", "2025-06-16")]),
    "002": (JUNE_18, [("June 17", "2025-06-17")]),
    "003": (JUNE_18, [("2025.06.18", "2025-06-18"), ("June 17", "2025-06-17"), ("1996", "1996"),
                      ("2009", "2009"), ("2009-04-14", "2009-04-14"), ("Dec. 13, 2022", "2022-12-13")]),
    "004": (dt.date(2025, 9, 30), [("September 30", "2025-09-30"), ("one month after", None),
                                   ("last month", "2025-08"), ("2009", "2009"), ("August", "2025-08"),
                                   ("September 8", "2025-09-08"), ("September 10", "2025-09-10"),
                                   ("September 15", "2025-09-15")]),
}
# Numbers and words of page furniture (bylines, counters, addresses, registrations, phones) that are no dates.
FURNITURE = {
    "000": ["11:44 AM", "1 visit(s) today"],
    "001": ["08:30", "08:53", "30-minute"],
    "002": [],
    "003": ["14:51:54", "1203", "Sambong-ro 81", "Ra00125", "아54606", "02-3417-1010", "02-396-5757",
            "djournal3417"],
    "004": ["16 years"],
}


def article(prefix: str) -> tuple[str, str]:
    """Name and text of the shipped article whose name starts with `prefix`."""
    [path] = ARTICLES.glob(f"{prefix}_*.txt")
    return path.name, path.read_text(encoding="utf-8")


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_the_dates_found_in_each_article(prefix: str) -> None:
    name, text = article(prefix)
    reference, expected = EXPECTED[prefix]
    mentions = find_dates(text, reference, article=name)
    assert [(m.phrase, m.value.iso() if m.value else None) for m in mentions] == expected
    assert all(text[m.start:m.end] == m.phrase for m in mentions)
    assert all(m.basis is None or m.basis.article == name for m in mentions)


@pytest.mark.parametrize("prefix", sorted(FURNITURE))
def test_nothing_is_found_in_page_furniture(prefix: str) -> None:
    _, text = article(prefix)
    reference, _ = EXPECTED[prefix]
    mentions = find_dates(text, reference)
    for token in FURNITURE[prefix]:
        start = text.index(token)
        end = start + len(token)
        assert not [m.phrase for m in mentions if m.start < end and start < m.end], token


def test_the_local_time_notes_of_the_kananaskis_reports() -> None:
    notes = {prefix: [m.note for m in find_dates(article(prefix)[1], JUNE_18) if m.note]
             for prefix in ("000", "002", "003")}
    assert notes == {"000": ["local time"], "002": ["local time"], "003": ["local time"]}
