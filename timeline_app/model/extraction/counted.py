"""A day counted from a date said after it: "their first phone call, the day after Moon's inauguration on 10 May",
"talks two days before the election on March 9": the event's day is that date moved by the count."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from timeline_app.model.dates.finder import DateMention
from timeline_app.model.dates.fuzzy_date import DateBasis, FuzzyDate, Precision
from timeline_app.model.extraction.triggers import Trigger

_COUNT = re.compile(r"(?:the|a|one|(?P<n>two|three|four|five|six|\d))\s+(?P<unit>day|days|week|weeks)\s+"
                    r"(?P<way>after|before)", re.IGNORECASE)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# What may stand between the count and the date it counts from: "Moon's inauguration on", "the election on".
_OF_WHAT = re.compile(r"\s+(?:[\w'’-]+\s+){1,5}?(?:on|of)\s+")


def date_by_count_to_a_later_date(text: str, triggers: list[Trigger], dates: list[DateMention],
                                  assigned: dict[Trigger, DateMention], article: str) -> None:
    """The event phrase just before "the day after X on <day>" (with no date of its own) takes that day moved by
    the count."""
    for index, relative in enumerate(dates):
        count = _COUNT.fullmatch(relative.phrase) if relative.value is None else None
        anchor = dates[index + 1] if index + 1 < len(dates) else None
        if (count is None or anchor is None or anchor.value is None or anchor.value.precision is not Precision.DAY
                or not _OF_WHAT.fullmatch(text, relative.end, anchor.start)):
            continue
        trigger = next((t for t in reversed(triggers) if t.end <= relative.start
                        and relative.start - t.end <= 40), None)
        if trigger is None or (trigger in assigned and assigned[trigger] is not relative):
            continue
        days = (_NUMBERS.get((count.group("n") or "").lower()) or int(count.group("n") or 1)) * (
            7 if count.group("unit").lower().startswith("week") else 1)
        moved = anchor.value.start + dt.timedelta(days=days if count.group("way").lower() == "after" else -days)
        value = FuzzyDate.day(moved.year, moved.month, moved.day)
        basis = DateBasis(f"{relative.phrase} ... {anchor.phrase}", value, anchor.value.start, article,
                          f"counted from {anchor.value.iso()}")
        assigned[trigger] = replace(relative, value=value, end_value=None, anchored=True, relative_to_event=False,
                                    basis=basis)
