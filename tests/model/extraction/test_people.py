"""Who a titled name is: the country named just before the title belongs to it only on the same line."""

from __future__ import annotations

import pytest

from timeline_app.model.extraction.people import PersonFinder
from timeline_app.model.extraction.places import country_pair


def countries(text: str) -> dict[str, str | None]:
    """Each person the finder names in `text`, with the country it gives them."""
    return {m.name: m.country for m in PersonFinder({}, country_pair()).find(text)}


@pytest.mark.parametrize("text, name, country", [
    ("Lee in Tokyo\n\nPresident Lee Jae-myung met reporters on Friday.", "Lee Jae-myung", "KR"),
    ("Talks in Seoul\r\n\r\nPrime Minister Fumio Kishida arrived on Sunday.", "Fumio Kishida", "JP"),
    ("A week in Osaka\nPresident Moon Jae-in flew home.", "Moon Jae-in", "KR"),
])
def test_a_headline_ending_in_a_city_gives_no_country_to_the_title_below_it(
    text: str, name: str, country: str
) -> None:
    assert countries(text)[name] == country


@pytest.mark.parametrize("text, name, country", [
    ("Japanese Prime Minister Yoshihide Suga spoke first.", "Yoshihide Suga", "JP"),
    ("Japan's new Prime Minister Yoshihide Suga spoke first.", "Yoshihide Suga", "JP"),
    ("South Korean former President Park Geun-hye was pardoned.", "Park Geun-hye", "KR"),
])
def test_a_country_just_before_the_title_on_the_same_line_is_the_persons(text: str, name: str, country: str) -> None:
    assert countries(text)[name] == country
