"""Event phrases: the word checks that spare most sentences most patterns, trying patterns only where words start
and on the sentence in lower case never change what is found."""

from __future__ import annotations

import random

import pytest

from benchmarks.synthetic import synthetic_articles
from tests.model.conftest import REPOSITORY
from timeline_app.model.events import Kind
from timeline_app.model.extraction import triggers
from timeline_app.model.extraction.triggers import Trigger, find_triggers
from timeline_app.model.reading.articles import split_sentences

# Sentences of our own making, some with the letters that str.lower() folds otherwise than re.IGNORECASE.
MADE_UP = [
    "The two leaders held a VIDEO CONFERENCE on Monday.",
    "Foreign Ministers' Meeting in Seoul was held on March 3.",
    "They spoke by telephone for 30 minutes.",
    "The 2+2 talks resumed after five years; a two-plus-two dialogue is planned.",
    "Prime Minister Kishida met with President Yoon in Tokyo.",
    "A signing ceremony and a joint press conference followed the summit meeting.",
    "President Lee will travel to Japan and visit Osaka on a working visit.",
    "Their previous talks were held at the Korea-Japan Economic Security Dialogue.",
    "Kıshida hosted Yoon; the ſummit was in Tokyo; the vİdeo call was brief.",  # ı, ſ, İ
    "The KELVIN-sign \u212aorea talks and the phone call happened.",
    "Nothing here is an event at all.",
]


def corpus_sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPOSITORY / "resources" / "articles").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((REPOSITORY / "tests" / "model" / "unseen").glob("*.txt"))]
    texts += [article.text for article in synthetic_articles(40)]
    sentences = [text[start:end] for text in texts for start, end in split_sentences(text, 0, len(text))]
    return sentences + MADE_UP


def scan_everything(sentence: str) -> list[Trigger]:
    """find_triggers with every pattern tried on every sentence as written, at every place (not only where
    words start, nor on the sentence in lower case)."""
    saved = triggers._has_any, triggers._at_word_starts, triggers._for_lower_case
    triggers._has_any = lambda text, words: True  # type: ignore[assignment]
    triggers._at_word_starts = lambda pattern: pattern  # type: ignore[assignment]
    triggers._for_lower_case = lambda pattern: None  # type: ignore[assignment]
    try:
        return find_triggers(sentence)
    finally:
        triggers._has_any, triggers._at_word_starts, triggers._for_lower_case = saved  # type: ignore[assignment]


def test_the_word_checks_find_what_scanning_everything_finds() -> None:
    sentences = corpus_sentences()
    assert len(sentences) > 500
    found = 0
    for sentence in sentences:
        expected = scan_everything(sentence)
        assert find_triggers(sentence) == expected, sentence
        found += len(expected)
    assert found > 100


@pytest.mark.parametrize("seed", range(5))
def test_the_word_checks_hold_on_shuffled_words(seed: int) -> None:
    """Words of event phrases in random orders and cases, so that patterns match where no report put them."""
    rng = random.Random(seed)
    words = " ".join(MADE_UP).split()
    for _ in range(300):
        sample = [rng.choice(words) for _ in range(rng.randint(2, 12))]
        sentence = " ".join(w.upper() if rng.random() < 0.2 else w for w in sample)
        assert find_triggers(sentence) == scan_everything(sentence), sentence


def test_letters_folded_otherwise_are_still_read() -> None:
    kinds = [t.kind for t in find_triggers("The vİdeo call and the ſummit meeting")]
    assert kinds == [Kind.CALL, Kind.SUMMIT]


STATUS_MADE_UP = [
    "The summit WILL be held next month, officials said, though it could be POSTPONED.",
    "Kishida had been due to visit Seoul but cancelled the trip; the talks were called off.",
    "There are no plans for the two to meet, and Yoon did not attend the summit.",
    "The leaders are expected to hold talks, possibly in Tokyo, if the dispute eases.",
    "They met in May; a visit is planned and May be scheduled, the ministry said.",
    "The İshiba summit is Scheduled; the ſummit was postponed; Kıshida will meet Lee.",
]


def test_status_words_read_in_lower_case_give_what_the_patterns_as_written_give() -> None:
    def statuses(sentence: str) -> list[object]:
        return [triggers.status_near(sentence, t.start, t.end) for t in find_triggers(sentence)]

    sentences = corpus_sentences() + STATUS_MADE_UP
    rng = random.Random(11)
    words = " ".join(STATUS_MADE_UP + MADE_UP).split()
    sentences += [" ".join(rng.choice(words) for _ in range(rng.randint(4, 16))) for _ in range(500)]
    saved = triggers._for_lower_case
    triggers._for_lower_case = lambda pattern: None  # type: ignore[assignment]
    try:
        expected = [statuses(sentence) for sentence in sentences]
    finally:
        triggers._for_lower_case = saved  # type: ignore[assignment]
    assert [statuses(sentence) for sentence in sentences] == expected
    assert len({status for found in expected for status in found}) >= 4
