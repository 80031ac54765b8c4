"""One sentence splitter: the articles' sentences and the date finder's are the same spans."""

from __future__ import annotations

import pytest

from timeline_app.model.dates.direction import Sentences
from timeline_app.model.reading.articles import parse_article
from timeline_app.model.reading.sentences import split_sentences

TEXTS = [
    "Gen. Ortiz met Dr. Mbeki at 9 a.m. on Jan. 4. They spoke for 2.5 hours. “We agreed,” he said. Then left.",
    "The U.N. envoy, J. K. Rowe, arrived in Lima on Tuesday. The talks? They failed! (Aides were not told.)",
    "Exports rose 3.4 percent in the year to Sept. 30, the ministry said. 한국 정부는 발표했다.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_date_finder_and_the_articles_split_at_the_same_places(text: str) -> None:
    spans = split_sentences(text, 0, len(text))
    article = parse_article("a", "A headline for the report\n\n" + text)
    offset = len("A headline for the report\n\n")
    assert [(s.start - offset, s.end - offset) for s in article.sentences] == spans
    sentences = Sentences(text)
    for start, end in spans:
        assert sentences.span(start)[0] == start
        assert sentences.span(end - 1)[0] == start


def test_abbreviations_initials_and_decimals_do_not_end_a_sentence() -> None:
    text = TEXTS[0]
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == [
        "Gen. Ortiz met Dr. Mbeki at 9 a.m. on Jan. 4.", "They spoke for 2.5 hours.", "“We agreed,” he said.",
        "Then left."]
    text = TEXTS[1]
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == [
        "The U.N. envoy, J. K. Rowe, arrived in Lima on Tuesday.", "The talks?", "They failed!",
        "(Aides were not told.)"]


def test_titles_of_address_and_dotted_initials_of_readouts_do_not_end_a_sentence() -> None:
    """"H.E." (His Excellency), "Amb.", "Hon.", "D.C.": a readout's forms of address, no sentence end."""
    text = ("Mr. NODA Taro held talks with H.E. Mr. KIM Min-su, Minister of Trade. Amb. Sato and Hon. Ruth Mensah "
            "attended. Brig. Gen. Park Jr. flew in from Washington, D.C. on Monday.")
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == [
        "Mr. NODA Taro held talks with H.E. Mr. KIM Min-su, Minister of Trade.",
        "Amb. Sato and Hon. Ruth Mensah attended.",
        "Brig. Gen. Park Jr. flew in from Washington, D.C. on Monday."]
