"""Names said without a title whose form tells a side of the pair: "Moon Jae-in and Shinzo Abe finally sat down in
Hamburg", "Takaichi Sanae meets Lee Jae-myung"; never a third country's person or a place. Sentences of our own
making."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.model.extraction.one_report import dated, mentions
from timeline_app.model.extraction.bare_names import bare_names


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Junichiro Koizumi and Roh Moo-hyun failed to agree on history at a summit in Seoul yesterday.",
         dt.date(2005, 6, 21), [("summit", "2005-06-20", "occurred")]),
        ("Milestones.\n\nMarch 16, 2023: Yoon Suk Yeol visits Tokyo for talks with Fumio Kishida.",
         dt.date(2026, 2, 10), [("summit", "2023-03-16", "occurred")] * 2),
        ("Milestones.\n\nOct. 30, 2025: Takaichi Sanae meets Lee Jae-myung in Gyeongju.", dt.date(2026, 2, 10),
         [("summit", "2025-10-30", "occurred")]),
    ],
)
def test_untitled_names_of_the_two_sides_take_part(text: str, published: dt.date, expected: list[object]) -> None:
    assert dated(text, published) == expected


def test_the_family_name_alone_after_an_untitled_full_name() -> None:
    text = "Moon Jae-in arrived in Osaka on Thursday. Moon met Shinzo Abe on Friday."
    assert [m.participants for m in mentions(text, dt.date(2019, 6, 29)) if m.date] == [("Moon Jae-in", "Shinzo Abe")]


@pytest.mark.parametrize(
    "text",
    [
        "North Korean leader Kim Jong Un fired two missiles.",  # the North
        "The delegation landed at Tokyo Narita Airport.",  # a place of longer name
        "Talks were held in Bandar Seri Begawan.",
        "The ministers met at State House.",
        "Kim Kardashian and Park Avenue are no Korean names.",
        "By Asia Desk Lee Jon-young",  # a byline after the desk's name: its writer, no side
    ],
)
def test_what_is_not_a_name_of_the_pair(text: str) -> None:
    assert list(bare_names(text)) == []


def test_in_another_pair_a_names_form_makes_no_third_party() -> None:
    """In a Kenya–Ethiopia report, words that read as a Japanese name ("State House") make no one foreign."""
    text = ("Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed at State House on Thursday, "
            "where the two leaders held talks.")
    assert dated(text, dt.date(2024, 3, 1), ("Kenya", "Ethiopia"))[:1] == [("summit", "2024-02-29", "occurred")]


def test_one_named_without_a_title_who_held_a_summit_is_a_leader_thereafter() -> None:
    text = ("Milestones.\n\nOct. 30, 2025: Takaichi Sanae meets Lee Jae-myung in Gyeongju.\n\nJan. 13, 2026: Lee visits "
            "Nara for talks.")
    assert dated(text, dt.date(2026, 2, 10)) == [("summit", "2025-10-30", "occurred"),
                                                 ("summit", "2026-01-13", "occurred")]


def test_names_with_the_letters_of_latin_extended_a() -> None:
    text = ("Lithuanian Prime Minister Inga Ruginienė met Polish Prime Minister Donald Tusk on Monday. Foreign "
            "ministers Kęstutis Budrys and Radosław Sikorski spoke by phone last week.")
    assert [m.participants for m in mentions(text, dt.date(2025, 10, 30), ("Lithuania", "Poland"))] == [
        ("Inga Ruginienė", "Donald Tusk"), ("Kęstutis Budrys", "Radosław Sikorski")]


def test_the_leaders_after_two_untitled_names_who_held_a_summit_are_they() -> None:
    text = ("Junichiro Koizumi and Roh Moo-hyun failed to bridge their differences at a summit in Seoul yesterday. The "
            "leaders are due to meet again at the Apec summit in Busan in November.")
    assert dated(text, dt.date(2005, 6, 21)) == [("summit", "2005-06-20", "occurred"), ("summit", "2005-11", "planned")]


def test_a_family_name_two_people_share_is_the_one_named_last() -> None:
    text = ("Milestones.\n\nDec. 18, 2011: President Lee Myung-bak meets Prime Minister Yoshihiko Noda in Kyoto.\n\n"
            "Oct. 30, 2025: President Lee Jae-myung meets Prime Minister Sanae Takaichi in Gyeongju.\n\n"
            "Jan. 13, 2026: Lee visits Nara for talks.")
    found = [(m.date.iso() if m.date else None, m.participants) for m in mentions(text, dt.date(2026, 2, 10))]
    assert ("2026-01-13", ("Lee Jae-myung",)) in found
    assert all("Lee Myung-bak" not in people for date, people in found if date and date > "2012")


def test_a_rank_learned_later_in_the_report_counts_for_what_came_before() -> None:
    """The report is read again when a summit told the rank of someone it had named before, untitled."""
    text = ("Milestones.\n\nMarch 16, 2023: Yoon Suk Yeol visits Tokyo, reviving shuttle diplomacy.\n\nMay 7, 2023: "
            "Fumio Kishida and Yoon Suk Yeol hold a summit in Seoul.")
    assert dated(text, dt.date(2026, 2, 10)) == [("summit", "2023-03-16", "occurred"),
                                                 ("summit", "2023-05-07", "occurred")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Wi Sung-lac and Akiba Takeo, the two national security advisers, met in Tokyo on Friday.",
         dt.date(2023, 3, 15), [("ministerial", "2023-03-10", "occurred")]),
        ("Koo Yun-cheol and Kato Katsunobu, the finance ministers, held talks in Tokyo on Friday.",
         dt.date(2025, 3, 15), [("ministerial", "2025-03-14", "occurred")]),
        ("Choo Kyung-ho and Shunichi Suzuki, the two finance ministers, met in Incheon on May 2.",
         dt.date(2023, 5, 20), [("ministerial", "2023-05-02", "occurred")]),
        ("Ban Ki-moon and Nobutaka Machimura, the foreign ministers, met in Kyoto on Saturday.",
         dt.date(2005, 5, 10), [("ministerial", "2005-05-07", "occurred")]),
    ],
)
def test_less_common_korean_family_names(text: str, published: dt.date, expected: list[object]) -> None:
    assert dated(text, published) == expected


def test_a_chinese_name_in_hyphenated_romanization_is_not_korean() -> None:
    assert dated("Ma Ying-jeou and Shinzo Abe met in Tokyo on Friday.", dt.date(2013, 3, 15)) == []


@pytest.mark.parametrize(
    ("name", "korean"),
    [("Yoon Suk Yeol", True), ("Kim Dae Jung", True), ("Park Chung Hee", True), ("Lee Hsien Loong", False),
     ("Lee Kuan Yew", False), ("Lim Xi Min", False)],
)
def test_a_korean_given_name_of_two_words_is_made_of_korean_syllables(name: str, korean: bool) -> None:
    found = [(raw, code) for _, raw, code in bare_names(f"Officials said {name} spoke.")]
    assert found == ([(name, "KR")] if korean else [])
