"""Did-you-mean suggestions for misspelt keys, kinds, statuses and file names."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice `word` most likely misspells: the closest by difflib, else the only one it begins."""
    by_folded: dict[str, str] = {}
    for choice in choices:
        by_folded.setdefault(choice.casefold(), choice)
    folded = word.casefold()
    if not folded or folded in by_folded and by_folded[folded] == word:
        return None
    matches = difflib.get_close_matches(folded, list(by_folded), n=1, cutoff=0.6)
    if matches:
        return by_folded[matches[0]]
    stem = folded.rsplit(".", 1)[0]
    if not stem:
        return None
    starting = [choice for key, choice in by_folded.items() if key.startswith(stem)]
    return starting[0] if len(starting) == 1 else None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """ "; did you mean 'date'?" when a choice is close to `word`, else the empty string."""
    match = closest(word, choices)
    return f"; did you mean '{match}'?" if match is not None else ""
