"""An old-style dateline a day before the page's date ("SEOGWIPO, South Korea, June 23 — ... met here today", in a
paper of June 24): "today", "yesterday" and weekdays count from the dateline. "met here", "met today", "met
privately": where, when or how said in one word after "met". Sentences of our own making."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.model.extraction.one_report import Row, dated


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("SEOGWIPO, South Korea, June 23 — Prime Minister Ryutaro Hashimoto of Japan and President Kim Young Sam of "
         "South Korea met here today for informal talks.", dt.date(1996, 6, 24), None,
         [("summit", "1996-06-23", "occurred")]),
        ("TOKYO, Oct. 8 — Prime Minister Keizo Obuchi of Japan and President Kim Dae Jung of South Korea met "
         "yesterday.", dt.date(1998, 10, 9), None, [("summit", "1998-10-07", "occurred")]),
        ("BONN, Germany, Oct. 8 — Chancellor Helmut Kohl of Germany and President Jacques Chirac of France met "
         "privately today.", dt.date(1998, 10, 9), ("France", "Germany"), [("summit", "1998-10-08", "occurred")]),
        ("MADRID, March 3 — Prime Minister Jose Maria Aznar of Spain and Prime Minister Antonio Guterres of Portugal "
         "will meet on Friday.", dt.date(1999, 3, 4), ("Spain", "Portugal"), [("summit", "1999-03-05", "planned")]),
    ],
)
def test_the_dispatch_day_of_an_old_style_dateline(
        text: str, published: dt.date, countries: tuple[str, str] | None, expected: list[Row]) -> None:
    assert dated(text, published, countries) == expected


def test_a_dateline_of_the_pages_own_day_changes_nothing() -> None:
    text = ("BONN, Germany, Oct. 9 — Chancellor Helmut Kohl of Germany and President Jacques Chirac of France met "
            "privately today.")
    assert dated(text, dt.date(1998, 10, 9), ("France", "Germany")) == [("summit", "1998-10-09", "occurred")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prime Minister Keizo Obuchi of Japan and President Kim Dae Jung of South Korea met yesterday.",
         [("summit", "1998-10-08", "occurred")]),
        ("Foreign Minister Masahiko Komura and Foreign Minister Hong Soon-young met privately on Thursday.",
         [("ministerial", "1998-10-08", "occurred")]),
        ("Japanese Prime Minister Keizo Obuchi and South Korean President Kim Dae-jung met today.",
         [("summit", "1998-10-09", "occurred")]),
    ],
)
def test_met_then_one_word_of_where_when_or_how(text: str, expected: list[Row]) -> None:
    assert dated(text, dt.date(1998, 10, 9)) == expected
