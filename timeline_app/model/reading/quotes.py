"""Quotes checked against their articles: each quote must appear in the article it cites."""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Mapping
from typing import TYPE_CHECKING

from timeline_app.model.problems import Problem
from timeline_app.model.reading.suggest import did_you_mean
from timeline_app.model.reading.yaml_source import shorten

if TYPE_CHECKING:
    from timeline_app.model.reading.dataset import Dataset

__all__ = ["FoldedText", "check_quotes", "find_quote"]

_QUOTE_FOLD = str.maketrans("\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033", "'''''\"\"\"\"\"")
_SPACE = re.compile(r"\s+")
_CHANGED_SPACE = re.compile(r"\s{2,}|[^\S ]")  # what folding white space changes
_CURLY = re.compile("[" + "".join(map(chr, _QUOTE_FOLD)) + "]")


def check_quotes(
    dataset: Dataset, articles: Mapping[str, str], folded: Mapping[str, FoldedText] | None = None
) -> list[Problem]:
    """A problem for each quote whose article is not among `articles` (name -> text) or not in its article.

    Quotes match whatever the runs of white space, non-breaking spaces and curly or straight quotes.
    `folded` gives the articles' texts already folded (name -> folded text); without it they are folded here.
    """
    if folded is None:
        folded = {name: FoldedText(text) for name, text in articles.items()}
    problems: list[Problem] = []
    for entry in dataset.entries:
        for quote in entry.cited:
            if quote.article not in articles:
                where = quote.article_position or quote.position
                hint = did_you_mean(quote.article, articles)
                message = f"no article named '{quote.article}' in the articles folder{hint}"
                problems.append(Problem.error(dataset.path, where.line, where.column, message))
                continue
            if folded[quote.article].find(quote.quote) is None:
                message = f"quote not found in {quote.article}: '{shorten(quote.quote, 80)}'"
                problems.append(
                    Problem.error(dataset.path, quote.position.line, quote.position.column, message)
                )
    return problems


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Offsets [start, end) in `text` of the first match of `quote`, folded as `check_quotes` folds."""
    return FoldedText(text).find(quote)


class FoldedText:
    """A text with white space runs made one space and curly quotes made straight, mapped back to it;
    folded at its first search, then kept for the next ones."""

    __slots__ = ("_folded", "_runs", "_shifts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._folded: str | None = None
        # Where folding changed the text: the folded offset of each space that replaced white space other
        # than one plain space, and how many characters the folded text had lost after it.
        self._runs = array("l")
        self._shifts = array("l")

    def find(self, quote: str) -> tuple[int, int] | None:
        """Offsets in the original text of the first match of `quote` (folded the same way)."""
        wanted = _fold_quotes(_SPACE.sub(" ", quote.strip()))
        if not wanted:
            return None
        folded = self._folded if self._folded is not None else self._fold()
        at = folded.find(wanted)
        if at < 0:
            return None
        return self._original(at), self._original(at + len(wanted) - 1) + 1

    def _original(self, offset: int) -> int:
        """The offset in the original text of the character at `offset` in the folded one."""
        run = bisect.bisect_right(self._runs, offset) - 1
        if run < 0:
            return offset
        if self._runs[run] == offset:  # the space standing for a run: the run's first character
            return offset + (self._shifts[run - 1] if run > 0 else 0)
        return offset + self._shifts[run]

    def _fold(self) -> str:
        """The text folded, the places where it changed recorded."""
        text = self._text
        pieces: list[str] = []
        done = removed = 0
        for match in _CHANGED_SPACE.finditer(text):
            pieces.append(text[done : match.start()])
            pieces.append(" ")
            self._runs.append(match.start() - removed)
            removed += match.end() - match.start() - 1
            self._shifts.append(removed)
            done = match.end()
        pieces.append(text[done:])
        self._folded = _fold_quotes("".join(pieces))
        return self._folded


def _fold_quotes(text: str) -> str:
    """Curly quotes and primes made straight (str.translate is slow on text that is not ASCII)."""
    return text if text.isascii() else _CURLY.sub(lambda m: m.group().translate(_QUOTE_FOLD), text)
