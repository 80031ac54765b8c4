"""A date put before the sentence's subject ("On August 23, commencing at 5:54 p.m., Mr. X held a summit with
..."): it dates the main clause's events, however long the subject between them."""

from __future__ import annotations

import re

from timeline_app.model.dates.finder import DateMention
from timeline_app.model.dates.fuzzy_date import Precision
from timeline_app.model.events import Kind
from timeline_app.model.extraction.triggers import Trigger

_FRONT = re.compile(r"(?:On|In|Early\s+on|Late\s+on)\s+", re.IGNORECASE)
_AFTER_FRONT = re.compile(r"\s*,")
# A reported clause or a clause of its own between the date and the event: the date is not the event's.
_NOT_OURS = re.compile(r";|:(?!\d)|\b(?:said|says|told|announced|added|reported|noted|hoped|hopes|wants?|wanted|"
                       r"would|will|plans?|after|before|since|until|when|while|who|whom|whose|which)\b", re.IGNORECASE)


def date_by_fronted(text: str, triggers: list[Trigger], dates: list[DateMention],
                    assigned: dict[Trigger, DateMention]) -> None:
    """The sentence's first event phrase, when it has no date of its own, takes the day that opens the sentence
    ("On August 23, ... held"), unless a reporting verb, a plan or a clause of time stands between."""
    first = dates[0] if dates else None
    if (first is None or first.value is None or first.value.precision is not Precision.DAY
            or not _FRONT.fullmatch(text, 0, first.start) or not _AFTER_FRONT.match(text, first.end)
            or any(date is first for date in assigned.values())):
        return
    main = next((t for t in triggers if t.kind is not Kind.OTHER), None)
    if main is None or main in assigned or _NOT_OURS.search(text, first.end, main.start):
        return
    assigned[main] = first
