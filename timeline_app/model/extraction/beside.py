"""A meeting of two held just before or after the meeting of three they attend ("Kishida and Yoon also held a
bilateral meeting at the retreat before the trilateral summit", "held bilateral talks after the trilateral
meeting"): it takes the day of the meeting of three, as a meeting on its sidelines does. A welcome and the meeting
it was for are one day's too."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from timeline_app.model.dates.finder import DateMention
from timeline_app.model.dates.fuzzy_date import Precision
from timeline_app.model.events import Kind
from timeline_app.model.extraction.dating import share_day
from timeline_app.model.extraction.triggers import Trigger

if TYPE_CHECKING:  # mentions.py makes the mentions this module dates
    from timeline_app.model.extraction.mentions import Mention

# "before the trilateral summit", "after their three-way meeting", "ahead of the trilateral": right before the phrase.
_NEXT_TO = re.compile(r"(?<!\bday\s)(?<!\bdays\s)(?<!\bweek\s)(?<!\bweeks\s)(?<!\bhours\s)(?<!\bmonth\s)"
                      r"(?<!\bmonths\s)\b(?:before|after|ahead\s+of|following)\s+"
                      r"(?:(?:the|their)\s+(?:[\w'’-]+\s+){0,2})?$",
                      re.IGNORECASE)  # not "a day before the trilateral summit": a count of days of its own
# How far back (in characters) a meeting of three referred to by "the" may have been dated.
_REACH = 400


def date_beside_the_three(text: str, mentions: list[Mention]) -> list[Mention]:
    """Give an undated meeting of two the day of the meeting of three that its sentence (in `text`, the article's)
    places it just before or after."""
    result = list(mentions)
    for index, two in enumerate(mentions):
        if two.date is not None or two.trilateral or two.kind is Kind.OTHER:
            continue
        after = two.highlights[-1].end
        beside = next((m for m in mentions if m.trilateral and m.sentence == two.sentence
                       and any(span.start >= after and _NEXT_TO.search(text, max(0, span.start - 40), span.start)
                               for span in m.highlights)), None)
        if beside is None:
            continue
        # "after the trilateral meeting": the one the sentence refers to, dated there or just before
        three = next((m for m in reversed(mentions[: mentions.index(beside) + 1])
                      if (m.trilateral or len(m.participants) >= 3) and m.date is not None
                      and m.date.precision is Precision.DAY
                      and m.sentence.end >= two.sentence.start - _REACH), None)
        if three is not None:
            result[index] = replace(two, date=three.date, end=None, basis=three.basis, notes=three.notes)
    return result


# "welcomed Kishida and Yoon to Camp David on Friday for the first stand-alone summit": what the welcome was for.
_FOR_THE = re.compile(r"[^.;]*?\bfor\s+(?:the|a|an|their|its)\s+(?:[\w'’-]+\s+){0,3}", re.IGNORECASE)


def share_purpose_dates(text: str, triggers: list[Trigger], assigned: dict[Trigger, DateMention]) -> None:
    """A verb of receiving someone ("welcomed", "received", "hosted") and the meeting it was "for" are one event:
    each takes the day the other is given."""
    for host in triggers:
        if not host.person_object:
            continue
        purpose = next((t for t in triggers if t.start >= host.end and _FOR_THE.fullmatch(text, host.end, t.start)),
                       None)
        if purpose is not None:
            share_day(host, purpose, assigned)
