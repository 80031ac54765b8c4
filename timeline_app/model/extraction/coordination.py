"""One sentence, several events: "met twice this year, in Tokyo in March and in Seoul in May", "meeting on Jeju in
July and in Ibusuki in December": a place and a time said together, then again after "and", are one event each."""

from __future__ import annotations

import re

from timeline_app.model.dates.finder import DateMention
from timeline_app.model.events import Kind
from timeline_app.model.extraction.triggers import Trigger

# What stands before each date of the list: "(, and) in Tokyo in", "and on Jeju Island in", ", in Ibusuki,
# Kagoshima, in" (a place, then the preposition of the time).
_PLACE_THEN_TIME = re.compile(
    r",?\s*(?P<joint>(?:and\s+)?(?:then\s+)?(?:again\s+)?)(?P<prep>in|on|at)\s+(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:(?:\s+|,\s+)[A-Z][\w'’.-]*){0,3},?\s+(?:in|on)\s+")
_PARTICIPLE_AFTER = re.compile(r"(?:\s+[\w\s'’-]{0,25})?,\s*")  # "summits (last year), meeting in ..."
_MAX_BEFORE_LIST = 60  # "met on their own twice this year": words between the event phrase and its list
_WORDS = re.compile(r"[\w\s,'’-]*")


def coordinated_events(text: str, triggers: list[Trigger], dates: list[DateMention],
                       assigned: dict[Trigger, DateMention]) -> list[Trigger]:
    """`triggers` with one more event phrase for each further place-and-time pair of a list after an event phrase
    (its span the words that join it: "and in"); each pair's time dates its event."""
    added: list[Trigger] = []
    dropped: set[Trigger] = set()
    for trigger in triggers:
        if trigger.kind is Kind.OTHER or trigger in dropped:
            continue
        chain = _chain(text, trigger, dates)
        between = [t for t in triggers if trigger.end <= t.start < chain[0][0][0]] if chain else []
        # "agree on summits, meeting on Jeju in July and ...": the participle tells of the phrase before it
        participle = [t for t in between if t.generic and _PARTICIPLE_AFTER.fullmatch(text, trigger.end, t.start)]
        if len(chain) < 2 or len(between) > len(participle):
            continue  # no list, or the list of another event phrase nearer it
        dropped.update(participle)
        assigned[trigger] = chain[0][1]
        for (start, end), date in chain[1:]:
            extra = Trigger(start, end, trigger.kind, generic=trigger.generic, trilateral=trigger.trilateral)
            added.append(extra)
            assigned[extra] = date
    if not added:
        return triggers
    return sorted([*(t for t in triggers if t not in dropped), *added], key=lambda t: t.start)


def _chain(text: str, trigger: Trigger, dates: list[DateMention]) -> list[tuple[tuple[int, int], DateMention]]:
    """The (joining words, date) of each place-and-time pair of the list that follows the event phrase."""
    chain: list[tuple[tuple[int, int], DateMention]] = []
    cursor = trigger.end
    for date in dates:
        if date.start < cursor or date.value is None:
            continue
        lead = next((m for m in _PLACE_THEN_TIME.finditer(text, cursor, date.start) if m.end() == date.start), None)
        if lead is None:
            if chain:
                break
            continue  # "twice this year, in Tokyo in March ...": a date before the list
        gap = text[cursor : lead.start()]
        if chain and gap.strip(" ,"):
            break  # the list ends where other words come between its pairs
        if not chain and (len(gap) > _MAX_BEFORE_LIST or not _WORDS.fullmatch(gap)):
            break
        if chain and not lead.group("joint").strip() and "," not in text[cursor : lead.start("prep")]:
            break
        start, end = lead.start(), lead.start("prep")
        if not text[start:end].strip():
            start, end = lead.start("prep"), lead.end("prep")
        chain.append(((start, end), date))
        cursor = date.end
    return chain
