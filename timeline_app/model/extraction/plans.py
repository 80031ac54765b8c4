"""The honest date of a plan said by a season or a span of the year: "a meeting is planned for the autumn", "to
visit Japan at a convenient time within the year", "next spring": the year, never an invented month."""

from __future__ import annotations

import datetime as dt
import re

from timeline_app.model.dates.finder import DateMention
from timeline_app.model.dates.fuzzy_date import DateBasis, FuzzyDate
from timeline_app.model.events import Kind, Status
from timeline_app.model.extraction.triggers import Trigger

_HORIZON = re.compile(
    r"\b(?:(?P<which>this|next|last|coming)\s+(?:the\s+)?|(?:for|in|by|during)\s+the\s+(?:coming\s+)?|in\s+(?=[a-z]))"
    r"(?:(?P<season>spring|summer|autumn|winter)|(?P<fall>fall)(?!\s+(?:of|in|from|to)\b))\b"
    r"|\bwithin\s+the\s+(?:year|coming\s+months)\b",
    re.IGNORECASE,
)
_LAST_MONTH = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}
# The phrase must be said after the event phrase in its clause, before another clause begins.
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|but|while|although)\s|\.\s")
_REACH = 100


def date_by_horizon(text: str, triggers: list[Trigger], assigned: dict[Trigger, DateMention],
                    published: dt.date | None, article: str) -> None:
    """An event phrase without a date takes the year a season or "within the year" said after it in its clause
    names (the next such season for a plan, the report's year for "this", the next year's for "next")."""
    if published is None:
        return
    for trigger in triggers:
        if trigger in assigned or trigger.kind is Kind.OTHER:
            continue
        window_end = min(len(text), trigger.end + _REACH)
        edge = _CLAUSE_END.search(text, trigger.end, window_end)
        match = _HORIZON.search(text, trigger.end, edge.start() if edge else window_end)
        if match is None:
            continue
        value = FuzzyDate.year(_year(match, published))
        basis = DateBasis(match.group(), value, published, article, "the year the season or span of it falls in")
        assigned[trigger] = DateMention(match.start(), match.end(), match.group(), value, None, True, False, None,
                                        None, basis)


def _year(match: re.Match[str], published: dt.date) -> int:
    """The year of "this autumn", "next spring", "for the autumn" (the coming one), "within the year"."""
    which = (match.group("which") or "").lower()
    season = (match.group("season") or match.group("fall") or "").lower()
    if which == "next":
        return published.year + 1
    if which == "last":
        return published.year - 1
    if season and which != "this" and published.month > _LAST_MONTH[season]:
        return published.year + 1  # "for the autumn" said in December: the coming one
    return published.year


def asked(sentence: str, status: Status | None) -> Status | None:
    """"Will the two leaders meet at the G7 next week?": a question asserts no event; what it asks is possible."""
    if status in (Status.PLANNED, Status.EXPECTED, Status.OCCURRED) and sentence.rstrip(" \"'”’)").endswith("?"):
        return Status.POSSIBLE
    return status
