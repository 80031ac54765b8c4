"""What a found date phrase holds, and the helpers the forms' handlers share (the forms themselves are in
`form_table`, their handlers in `calendar_forms` and `relative_forms`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline_app.model.dates.words import (
    COUNT_NOUNS,
    FUNCTION_WORDS,
)


@dataclass(slots=True)
class RawMention:
    """A date phrase as found, with its parts still unresolved."""

    start: int
    end: int
    # "date", "day_of_month", "weekday", "holiday", "relative" (to the report) or "offset" (to an event)
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    modifier: str | None = None  # "last", "this" or "next", as stated before a month or weekday
    unit: str | None = None  # "day", "week", "weekend", "month" or "year" for relative phrases
    count: int = 0
    month_offset: int | None = None  # "the 17th of last month" -> -1
    year_offset: int | None = None  # "September of last year" -> -1, counted from the report's year
    qualifier: str | None = None
    direction: str | None = None  # a direction the phrase itself states (Korean 지난/오는)
    # offsets: "previous", "open" (decided by what follows), "sentence" (a date stated earlier in the
    # sentence) or "clock" (a time of day: the day of the last date stated in its sentence)
    anchor: str = "previous"
    fallback: bool = False  # an offset that means the report's own day, month or year when nothing anchors it
    lean_future: bool = False  # "as early as May": ahead of the report unless its sentence speaks of the past
    appointment: bool = False  # "an election for Oct. 27": set for that day, whatever the tense says
    follow_pos: int = 0
    weak: bool = False  # "and 2009", "to May": a date only right after another date
    whole_week: bool = False  # "the week of June 23"
    same_day: bool = False  # "a year ago", "a year earlier": the day (or month) it counts from, a year away
    holiday: str | None = None  # "christmas", "thanksgiving"...: the feast a "holiday" mention names
    end_part: RawMention | None = None


class Groups:
    """The named groups of one form within a match of several forms (their names carry the form's prefix)."""

    __slots__ = ("_match", "_prefix")

    def __init__(self, match: re.Match[str], prefix: str) -> None:
        self._match = match
        self._prefix = prefix + "__"

    def __call__(self, key: str) -> str | None:
        return self._match.group(self._prefix + key)

    def start(self, key: str) -> int:
        """Where group `key` starts."""
        return self._match.start(self._prefix + key)

    def end(self, key: str) -> int:
        """Where group `key` ends."""
        return self._match.end(self._prefix + key)


def norm(phrase: str | None) -> str:
    """The phrase in lower case with single spaces."""
    return " ".join((phrase or "").lower().split())


def _qualifier(phrase: str | None) -> str | None:
    if not phrase:
        return None
    words = norm(phrase).rstrip("-").removeprefix("the ").strip()
    if words in ("spring of", "summer of", "autumn of", "fall of", "winter of"):
        return words.removesuffix(" of")
    return words or None


def _next_word(text: str, pos: int) -> str | None:
    found = _NEXT_WORD.match(text, pos)
    return found.group(1) if found else None


_NEXT_WORD = re.compile(r"[ \t]*([A-Za-z]+)")


def _count_follows(text: str, pos: int) -> bool:
    if text.startswith("%", pos):
        return True
    word = _next_word(text, pos)
    return word is not None and word.lower() in COUNT_NOUNS


def _valid_day(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(year if year is not None else 2000, month, day)
    except ValueError:
        return False
    return True


def _noun_follows(text: str, pos: int) -> bool:
    """Whether a content word (not a count noun) follows, as in 'the 2018 summit', 'the August talks'."""
    word = _next_word(text, pos)
    if word is None or not text[pos:pos + 1].isspace():
        return False
    lowered = word.lower()
    return lowered not in FUNCTION_WORDS and lowered not in COUNT_NOUNS


_NAME_AFTER = re.compile(r"[ \t]+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
                         r"|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)[A-Z][a-z]")
_THE_RIGHT_BEFORE = re.compile(r"\b(?i:the)[ \t]+\Z")


def _in_a_name(text: str, start: int, end: int) -> bool:
    """Whether "the" comes before and a capitalized word after, as in "The Sunday Times", "the Fourth of July
    Committee": a name, not a date. (Not asked of a month: "the Aug. 7 Embassy bombings", "the November Senate
    race" are dates.)"""
    return (_NAME_AFTER.match(text, end) is not None
            and _THE_RIGHT_BEFORE.search(text, max(0, start - 6), start) is not None)


def _title_before(text: str, pos: int) -> bool:
    before = _PREVIOUS_WORD.search(text, max(0, pos - 30), pos)
    return before is not None and before.group(1)[:1].isupper()


_STEPS = {"last": -1, "this": 0, "next": 1}


def _modifier(phrase: str | None) -> str | None:
    words = norm(phrase)
    if not words:
        return None
    if words in ("last", "this past", "past"):
        return "last"
    if words in ("next", "this coming", "coming", "the coming"):
        return "next"
    return "this"


def _for_before(text: str, start: int) -> bool:
    """Whether "for" comes just before `start`, as in "scheduled for Friday", "an election for Oct. 27"."""
    before = _PREVIOUS_WORD.search(text, max(0, start - 8), start)
    return before is not None and before.group(1).lower() == "for"


_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[ \t]+\Z")
