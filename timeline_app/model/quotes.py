"""Quotes checked against their articles: each quote must appear in the article it cites."""

from __future__ import annotations

import re
from array import array
from collections.abc import Mapping
from typing import TYPE_CHECKING

from timeline_app.model.problems import Problem
from timeline_app.model.suggest import did_you_mean
from timeline_app.model.yaml_source import shorten

if TYPE_CHECKING:
    from timeline_app.model.dataset import Dataset

__all__ = ["check_quotes", "find_quote"]

_QUOTE_FOLD = str.maketrans("\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033", "'''''\"\"\"\"\"")
_SPACE = re.compile(r"\s+")


def check_quotes(dataset: Dataset, articles: Mapping[str, str]) -> list[Problem]:
    """A problem for each quote whose article is not among `articles` (name -> text) or not in its article.

    Quotes match whatever the runs of white space, non-breaking spaces and curly or straight quotes.
    """
    problems: list[Problem] = []
    folded: dict[str, _Folded] = {}
    for entry in dataset.entries:
        for quote in entry.quotes:
            text = articles.get(quote.article)
            if text is None:
                where = quote.article_position or quote.position
                hint = did_you_mean(quote.article, articles)
                message = f"no article named '{quote.article}' in the articles folder{hint}"
                problems.append(Problem.error(dataset.path, where.line, where.column, message))
                continue
            if quote.article not in folded:
                folded[quote.article] = _folded(text)
            if folded[quote.article].find(quote.quote) is None:
                message = f"quote not found in {quote.article}: '{shorten(quote.quote, 80)}'"
                problems.append(
                    Problem.error(dataset.path, quote.position.line, quote.position.column, message)
                )
    return problems


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Offsets [start, end) in `text` of the first match of `quote`, folded as `check_quotes` folds."""
    return _folded(text).find(quote)


_FOLDED: dict[str, _Folded] = {}
_FOLDED_LIMIT = 256


def _folded(text: str) -> _Folded:
    """`text` folded, kept for the next quotes of the same article (in this build and the next ones)."""
    folded = _FOLDED.get(text)
    if folded is None:
        if len(_FOLDED) >= _FOLDED_LIMIT:
            _FOLDED.clear()
        folded = _FOLDED[text] = _Folded(text)
    return folded


class _Folded:
    """A text with white space runs made one space and curly quotes made straight, mapped back to it."""

    __slots__ = ("offsets", "text")

    def __init__(self, text: str) -> None:
        pieces: list[str] = []
        offsets = array("l")
        done = 0
        for match in _SPACE.finditer(text):
            pieces.append(text[done : match.start()])
            offsets.extend(range(done, match.start()))
            pieces.append(" ")
            offsets.append(match.start())
            done = match.end()
        pieces.append(text[done:])
        offsets.extend(range(done, len(text)))
        self.text = "".join(pieces).translate(_QUOTE_FOLD)
        self.offsets = offsets

    def find(self, quote: str) -> tuple[int, int] | None:
        """Offsets in the original text of the first match of `quote` (folded the same way)."""
        wanted = _SPACE.sub(" ", quote.strip()).translate(_QUOTE_FOLD)
        if not wanted:
            return None
        at = self.text.find(wanted)
        if at < 0:
            return None
        return self.offsets[at], self.offsets[at + len(wanted) - 1] + 1
