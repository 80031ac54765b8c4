"""A feast said with "before", "over" or "around" ("travelled to Bratislava before Christmas for talks", "met over
Easter") dates an event to the month of the days around it, never to the feast's own day, and is no time limit
("before" otherwise says the event is not that day's)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from timeline_app.model.dates.finder import DateMention
from timeline_app.model.dates.fuzzy_date import DateBasis, FuzzyDate, Precision

_FEAST = re.compile(r"\b(?:Christmas|Easter|Thanksgiving|New\s+Year|Hanukkah|Diwali|Ramadan|Eid|Chuseok|Seollal|"
                    r"Golden\s+Week|Obon)\b", re.IGNORECASE)
# "just before", "shortly before", "over", "around": the preposition and its adverb, right before the feast.
_AROUND = re.compile(r"\b(?:(?:just|shortly|right|soon)\s+)?(?P<word>before|over|around)\s+(?:the\s+)?$", re.IGNORECASE)
# How far before the feast "before" reaches, for the month it names ("before New Year" is in December).
_BEFORE = dt.timedelta(days=7)


def months_around_feasts(text: str, dates: list[DateMention]) -> list[DateMention]:
    """The dates of `text` with each feast said after "before", "over" or "around" as the month of those days,
    the preposition taken into the phrase."""
    result = []
    for date in dates:
        value = date.value
        around = _AROUND.search(text, max(0, date.start - 20), date.start)
        if value is None or value.precision is not Precision.DAY or around is None or not _FEAST.search(date.phrase):
            result.append(date)
            continue
        day = value.start - _BEFORE if around.group("word").lower() == "before" else value.start
        month = FuzzyDate.month(day.year, day.month)
        phrase = text[around.start() : date.end]
        basis = DateBasis(phrase, month, date.basis.anchor if date.basis else None,
                          date.basis.article if date.basis else None,
                          f"the month of the days {around.group('word').lower()} the feast")
        result.append(replace(date, start=around.start(), phrase=phrase, value=month, basis=basis))
    return result
