"""Places, peoples and country names from the shipped GeoNames-derived table, and the pair of countries."""

from __future__ import annotations

import pytest

from timeline_app.model.extraction.places import country_pair, gazetteer


@pytest.mark.parametrize(
    ("name", "country"),
    [("Daegu", "KR"), ("Sendai", "JP"), ("Gyeongju", "KR"), ("Jeju City", "KR"), ("Busan", "KR"),
     ("Lyon", "FR"), ("Hamburg", "DE"), ("Seoul", "KR"), ("Pyongyang", "KP"), ("Germans", "DE"),
     ("French", "FR"), ("Japanese", "JP"), ("Republic of Korea", "KR"), ("ROK", "KR"), ("U.S.", "US")],
)
def test_a_place_or_people_names_its_country(name: str, country: str) -> None:
    assert gazetteer().countries_of(name)[0] == country


def test_a_name_two_countries_share_goes_to_the_followed_one() -> None:
    assert set(gazetteer().countries_of("Korea")) == {"KR", "KP"}
    assert country_pair(("South Korea", "Japan")).code_of("Korean") == "KR"
    assert country_pair(("North Korea", "China")).code_of("Korean") == "KP"


def test_the_longest_name_wins() -> None:
    pair = country_pair(("South Korea", "Japan"))
    text = "North Korea fired a missile, Singapore's Lee said, as the U.S.-China summit opened."
    assert [(text[a:b], code) for a, b, code in pair.countries_in(text)] == [
        ("North Korea", "KP"), ("Singapore's", "SG"), ("U.S.", "US"), ("China", "CN")
    ]
    assert pair.named_in(text) == set()
    assert pair.named_in("talks in Sendai and Daegu") == {"KR", "JP"}


def test_countries_by_name_or_code_in_any_case() -> None:
    assert gazetteer().country("germany").code == "DE"  # type: ignore[union-attr]
    assert gazetteer().country("FR").name == "France"  # type: ignore[union-attr]
    assert gazetteer().country("Narnia") is None


def test_the_pair_is_named_in_titles_by_its_short_names() -> None:
    assert country_pair(("South Korea", "Japan")).label == "Korea–Japan"
    assert country_pair(("Germany", "France")).label == "Germany–France"
    assert country_pair(("South Africa", "Nigeria")).label == "South Africa–Nigeria"
