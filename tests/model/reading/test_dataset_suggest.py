"""Did-you-mean for the misspellings a curator makes."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from timeline_app.model.reading.dataset import ENTRY_KEYS
from timeline_app.model.reading.suggest import closest, did_you_mean

ARTICLES = ["001_00fde95698b2452d.txt", "004_064537f604493f91.txt"]


@pytest.mark.parametrize(
    ("word", "choices", "expected"),
    [
        ("dte", ENTRY_KEYS, "date"),
        ("partcipants", ENTRY_KEYS, "participants"),
        ("Title", ENTRY_KEYS, "title"),
        ("sumit", ["call", "summit", "ministerial", "other"], "summit"),
        ("004.txt", ARTICLES, "004_064537f604493f91.txt"),
        ("0.txt", ARTICLES, None),
        ("weather", ENTRY_KEYS, None),
        ("date", ENTRY_KEYS, None),
        ("", ENTRY_KEYS, None),
    ],
)
def test_closest_names_the_likely_intended_choice(
    word: str, choices: Sequence[str], expected: str | None
) -> None:
    assert closest(word, choices) == expected


def test_did_you_mean_is_a_clause_or_nothing() -> None:
    assert (did_you_mean("canceled", ["occurred", "cancelled"]), did_you_mean("zzz", ["occurred"])) == (
        "; did you mean 'cancelled'?",
        "",
    )
