""""his (German) counterpart, Jens Weber,": the counterpart named between commas takes part, with the rank of the
one named before. Sentences of our own making."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.model.extraction.one_report import Row, dated, mentions


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("Foreign Minister Anne Dupont of France held talks with her counterpart, Jens Weber, in Berlin on Monday.",
         dt.date(2009, 10, 9), ("France", "Germany"), ("ministerial", ("Anne Dupont", "Jens Weber"))),
        ("Prime Minister Mark Rutte of the Netherlands called his Belgian counterpart, Alexander De Croo, on Monday.",
         dt.date(2022, 10, 9), ("Netherlands", "Belgium"), ("call", ("Mark Rutte", "Alexander De Croo"))),
        ("President Gustavo Petro of Colombia met his Ecuadorian counterpart, Daniel Noboa, in Ipiales on Friday.",
         dt.date(2024, 3, 11), ("Colombia", "Ecuador"), ("summit", ("Gustavo Petro", "Daniel Noboa"))),
    ],
)
def test_the_counterpart_between_commas_takes_part(
        text: str, published: dt.date, countries: tuple[str, str], expected: tuple[str, tuple[str, ...]]) -> None:
    assert [(m.kind.value, m.participants) for m in mentions(text, published, countries)] == [expected]


def test_the_talks_with_the_counterpart_keep_their_day() -> None:
    rows: list[Row] = dated("Foreign Minister Anne Dupont of France held talks with her counterpart, Jens Weber, in "
                            "Berlin on Monday.", dt.date(2009, 10, 9), ("France", "Germany"))
    assert rows == [("ministerial", "2009-10-05", "occurred")]
