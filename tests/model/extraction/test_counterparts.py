""""his (German) counterpart, Jens Weber,": the counterpart named between commas takes part, with the rank of the
one named before; an emir is his side's leader. Sentences of our own making."""

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


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("UAE President Sheikh Mohamed bin Zayed met Qatar's Emir Sheikh Tamim bin Hamad in Abu Dhabi on Monday.",
         dt.date(2022, 12, 6), ("Qatar", "United Arab Emirates"), [("summit", "2022-12-05", "occurred")]),
        ("Kuwait's Amir Sheikh Nawaf al-Ahmad held talks with Bahrain's Prime Minister Salman bin Hamad in Kuwait "
         "City on Tuesday.", dt.date(2022, 12, 8), ("Kuwait", "Bahrain"), [("summit", "2022-12-06", "occurred")]),
    ],
)
def test_an_emir_leads_his_side(
        text: str, published: dt.date, countries: tuple[str, str], expected: list[Row]) -> None:
    """An emir rules (Qatar, Kuwait): a leader of his side, not a monarch who only reigns."""
    assert dated(text, published, countries) == expected


@pytest.mark.parametrize(
    ("text", "published", "countries", "expected"),
    [
        ("Emirati Foreign Minister Abdullah Zayed held talks with Qatar's Minister of State for Foreign Affairs "
         "Sultan Muraikhi in Abu Dhabi last month.", dt.date(2022, 12, 6), ("Qatar", "United Arab Emirates"),
         [("ministerial", "2022-11", "occurred")]),
        ("Indian Minister of State for External Affairs Meenakashi Lekhi held talks with Nepal's Foreign Minister "
         "Bimala Rai Paudyal in Kathmandu last month.", dt.date(2022, 12, 6), ("India", "Nepal"),
         [("ministerial", "2022-11", "occurred")]),
    ],
)
def test_a_minister_of_state_is_a_minister(
        text: str, published: dt.date, countries: tuple[str, str], expected: list[Row]) -> None:
    assert dated(text, published, countries) == expected
