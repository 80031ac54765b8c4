"""Government readouts: "H.E. Mr. LEE Jae-myung, President of the Republic of Korea", family names in capitals in
the order of the person's language, the person before the title "of" a country, and a day put before a long
subject ("On August 23, commencing at 5:54 p.m., ... held"). Sentences of our own making."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.model.extraction.one_report import mentions


def _rows(text: str, published: dt.date, countries: tuple[str, str] | None = None) -> list[tuple[object, ...]]:
    return [(m.kind.value, m.date.iso() if m.date else None, m.status.value, m.participants)
            for m in mentions(text, published, countries)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("On May 27, commencing at 6:10 p.m. for approximately 50 minutes, Mr. ABE Shinzo, Prime Minister of Japan, "
         "held a Japan-ROK Summit Meeting with H.E. Mr. MOON Jae-in, President of the Republic of Korea, who is "
         "visiting Japan.", dt.date(2019, 5, 28),
         [("summit", "2019-05-27", "occurred", ("Abe Shinzo", "Moon Jae-in")),
          ("summit", None, "occurred", ("Abe Shinzo", "Moon Jae-in"))]),  # the visit, dated by its talks
        ("On March 2, Mr. KAMIKAWA Yoko, Minister for Foreign Affairs, held a meeting with H.E. Mr. PARK Jin, "
         "Minister of Foreign Affairs of the Republic of Korea, in Tokyo.", dt.date(2024, 3, 3),
         [("ministerial", "2024-03-02", "occurred", ("Kamikawa Yoko", "Park Jin"))]),
        ("On October 4, H.E. Mr. CHOI Sang-mok, Minister of Economy and Finance of the ROK, held a meeting with "
         "Mr. KATO Katsunobu, Minister of Finance, in Seoul.", dt.date(2025, 10, 6),
         [("ministerial", "2025-10-04", "occurred", ("Choi Sang-mok", "Kato Katsunobu"))]),
    ],
)
def test_a_readouts_names_titles_and_day(text: str, published: dt.date, expected: list[tuple[object, ...]]) -> None:
    assert _rows(text, published) == expected


def test_the_person_then_the_title_of_a_country_in_running_text() -> None:
    text = ("Lee Nak-yon, Prime Minister of the Republic of Korea, met Yoshihide Suga, Prime Minister of Japan, in "
            "Tokyo on Thursday.")
    assert _rows(text, dt.date(2020, 10, 3)) == [
        ("summit", "2020-10-01", "occurred", ("Lee Nak-yon", "Yoshihide Suga"))]


def test_a_readout_of_another_pair() -> None:
    text = ("On May 27, H.E. Mr. Emmanuel Macron, President of the French Republic, held talks with Mr. Olaf Scholz, "
            "Chancellor of the Federal Republic of Germany, in Meseberg.")
    assert _rows(text, dt.date(2024, 5, 29), ("Germany", "France")) == [
        ("summit", "2024-05-27", "occurred", ("Emmanuel Macron", "Olaf Scholz"))]


def test_a_title_with_no_name_after_it_is_no_person() -> None:
    """"Minister for Foreign Affairs, held": "Affairs" is part of the title, not who took part."""
    text = ("On June 3, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs, held talks with H.E. Mr. CHUNG Eui-yong, "
            "Minister of Foreign Affairs of the ROK.")
    assert _rows(text, dt.date(2021, 6, 4)) == [
        ("ministerial", "2021-06-03", "occurred", ("Hayashi Yoshimasa", "Chung Eui-yong"))]


def test_on_the_same_day_counts_from_the_last_event_dated_to_the_day_however_far_back() -> None:
    """A readout lists what the leaders said in numbered paragraphs, then "On the same day, ..."."""
    text = ("On May 27, Mr. ABE Shinzo, Prime Minister of Japan, held a Japan-ROK Summit Meeting with H.E. Mr. MOON "
            "Jae-in, President of the Republic of Korea. Subsequently, a dinner was held.\n\n1. The leaders "
            "discussed trade.\n\n2. They discussed history.\n\n3. They discussed security.\n\nOn the same day, Mr. "
            "MOTEGI Toshimitsu, Minister for Foreign Affairs, held a meeting with H.E. Ms. KANG Kyung-wha, Minister of "
            "Foreign Affairs of the Republic of Korea.")
    assert [row[:3] for row in _rows(text, dt.date(2019, 5, 28))] == [
        ("summit", "2019-05-27", "occurred"), ("ministerial", "2019-05-27", "occurred")]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, Prime Minister Fumio Kishida, who has met President Yoon Suk Yeol in Seoul, told parliament that "
        "ties had improved.",
        "On Monday, Chancellor Olaf Scholz, whose talks with President Emmanuel Macron in Paris went well, told "
        "reporters he was pleased.",
    ],
)
def test_a_fronted_day_is_the_main_clauses_not_a_relative_clauses(text: str) -> None:
    assert [row for row in _rows(text, dt.date(2024, 6, 4), ("Germany", "France") if "Scholz" in text else None)
            if row[1] == "2024-06-03"] == []
