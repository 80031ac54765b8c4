"""The person finder's quicker searches find exactly what its plain patterns find."""

from __future__ import annotations

import random
import re

from benchmarks.synthetic import people_aliases
from tests.model.extraction.test_triggers import corpus_sentences
from timeline_app.model.extraction import people
from timeline_app.model.extraction.places import country_pair

# Texts of our own making where a word boundary or the capitalized word after a name decides.
MADE_UP = [
    "Lee met Abe. Abe Shinzo and Lee_Jae spoke; Lee2 and Lee Jae-myung too; Leeds was not Lee.",
    "Moon's call to Abe, then Moon-jae, Moon Jae-in and O'Brien met Abe in Moon. Abe",
    "Kıshida and Kishida, Ishiba and İshiba: Suga Yoshihide, suga, SUGA.",
    "Jean-Yves Le Drian met Le Drian and Drian; de Gaulle met Gaulle. Lee",
]


def texts() -> list[str]:
    sentences = corpus_sentences()
    return [" ".join(sentences[i : i + 12]) for i in range(0, len(sentences), 12)] + MADE_UP


def test_family_names_alone_are_found_where_the_pattern_finds_them() -> None:
    rng = random.Random(7)
    corpus = texts()
    words = sorted({word for text in corpus for word in re.findall(r"\w+", text) if word[:1].isupper()})
    found = 0
    for text in corpus:
        for forms in (tuple(sorted({*rng.sample(words, 6), "Lee", "Abe", "Moon", "Drian"})),
                      ("Le Drian", "Moon", "O'Brien", "de Gaulle")):  # not one word each: the pattern itself
            expected = [(m.start(), m.end(), m.group(1)) for m in people._short_form_pattern(forms).finditer(text)]
            assert people._short_forms_in(text, forms) == expected, (text, forms)
            found += len(expected)
    assert found > 100


def test_curated_names_grouped_by_first_letter_match_as_the_plain_alternation() -> None:
    forms = sorted({form for name, aliases in people_aliases().items() for form in (name, *aliases)}
                   | {"Lee", "Lee Jae-myung", "Le Drian", "L", "Abe", "Abe Shinzo", "Ishiba", "Kishida"},
                   key=len, reverse=True)
    plain = re.compile(r"\b(?:" + "|".join(re.escape(form) for form in forms) + r")\b")
    grouped = people._any_form_pattern(forms)
    found = 0
    for text in texts():
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in grouped.finditer(text)] == expected, text
        found += len(expected)
    assert found > 100


def test_the_word_checks_that_spare_texts_patterns_never_change_who_is_found() -> None:
    finder = people.PersonFinder({name: tuple(aliases) for name, aliases in people_aliases().items()},
                                 country_pair())
    # A given name after an honorific, and a predecessor or successor named: each word of the checks once.
    corpus = texts() + [f"German Chancellor Olaf Scholz met President Ana Brnabic. {honorific} Olaf thanked her."
                        for honorific in ("Mr", "Mr.", "Mrs", "Ms", "Dr", "Madam")]
    corpus += [f"Prime Minister Shinzo Abe met President Lee. Abe's {word} Yoshihide Suga did too."
               for word in ("predecessor", "successor")]
    saved = people._matches
    try:
        people._matches = lambda pattern, text: pattern.finditer(text)  # type: ignore[assignment]
        expected = [finder.find(text) for text in corpus]
    finally:
        people._matches = saved  # type: ignore[assignment]
    assert [finder.find(text) for text in corpus] == expected
    assert sum(len(found) for found in expected) > 500
