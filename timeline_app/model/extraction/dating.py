"""Which date phrase of a sentence belongs to which event phrase, and the days counted from another event's."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from timeline_app.model.dates.finder import DateMention
from timeline_app.model.dates.fuzzy_date import DateBasis, FuzzyDate, Precision
from timeline_app.model.events import Kind
from timeline_app.model.extraction.triggers import Trigger

CLAUSE_BREAK = re.compile(r"[;:—–]|,\s|\s(?:but|while|whereas|which|who)\s")
# "the ministry said on Friday": the day of an announcement, not of the event.
ANNOUNCED = re.compile(
    r"\b(?:said|says|announced|announces|told(?:\s+\w+){0,2}|reported|stated|confirmed|added|noted|wrote|"
    r"briefed(?:\s+\w+){0,2}|according\s+to(?:\s+\w+){0,3})(?:\s+(?:on|late|early))?\s*$",
    re.IGNORECASE,
)
VENUE = re.compile(r"\b(?:sidelines|margins?)\s+of\s+(?:(?:the|a|an)\s+)?(?:[\w.'’-]+\s+){0,3}$", re.IGNORECASE)
NOT_EVENT_DATE = re.compile(r"\b(?:since|until|till|ahead\s+of|before|after|by)\s*$", re.IGNORECASE)


_WHEN = re.compile(r",\s+when\b", re.IGNORECASE)


def share_when_dates(text: str, triggers: list[Trigger], assigned: dict[Trigger, DateMention]) -> None:
    """"last met in May, when they held talks in Beijing": the meetings of a "when" clause happen at the time
    said of the event before it (a declaration signed then is not dated by it: it is no meeting)."""
    for when in _WHEN.finditer(text):
        dated_before = [t for t in triggers if t.end <= when.start() and t in assigned]
        if not dated_before:
            continue
        for trigger in triggers:
            if (trigger.start >= when.end() and trigger not in assigned and trigger.kind is not Kind.OTHER
                    and not _CLAUSE_BREAK_HARD.search(text, when.end(), trigger.start)):
                assigned[trigger] = assigned[dated_before[-1]]


_CLAUSE_BREAK_HARD = re.compile(r"[;:—–]")


def share_sideline_dates(text: str, triggers: list[Trigger], assigned: dict[Trigger, DateMention]) -> None:
    """"held talks on Monday on the sidelines of a trilateral summit": an event and the gathering on whose
    sidelines it happened share the day one of them is given."""
    for host in triggers:
        if not VENUE.search(text[max(0, host.start - 30) : host.start]):
            continue
        side = min((t for t in triggers if t is not host and not t.anaphoric),
                   key=lambda t: abs(t.start - host.start), default=None)
        if side is not None:
            share_day(host, side, assigned)


def share_day(one: Trigger, other: Trigger, assigned: dict[Trigger, DateMention]) -> None:
    """Two event phrases of one event: the one without a day takes the other's."""
    if one not in assigned and other in assigned:
        assigned[one] = assigned[other]
    elif other not in assigned and one in assigned:
        assigned[other] = assigned[one]


_COUNTED_FROM = re.compile(r"(a|an|one|two|three|four|five|six|seven|\d+)\s+(days?|weeks?)\s+(after|before)",
                           re.IGNORECASE)


def date_by_neighbour(text: str, triggers: list[Trigger], dates: list[DateMention],
                       assigned: dict[Trigger, DateMention], article: str, day_before: FuzzyDate | None = None) -> None:
    """"held their first summit on Nov. 2, a day after a trilateral summit": an event dated by a count of
    days or weeks from the day said before it in the sentence; or, with none, from the day of the event named
    before the count ("The summit came a day after ... held a trilateral summit": `day_before`, the day of the
    event the sentences before dated, which "The summit" refers back to)."""
    for relative in dates:
        counted = _COUNTED_FROM.fullmatch(relative.phrase) if relative.value is None else None
        if counted is None:
            continue
        trigger = next((t for t in triggers if relative.end <= t.start <= relative.end + 120
                        and not _CLAUSE_BREAK_HARD.search(text, relative.end, t.start)), None)
        anchor = max((d for d in dates if d.end <= relative.start and d.value is not None
                      and d.value.precision is Precision.DAY), key=lambda d: d.start, default=None)
        if anchor is not None and anchor.value is not None:
            start, phrase = anchor.value, f"{relative.phrase} {anchor.phrase}"
        else:
            referred = next((t for t in reversed(triggers) if t.end <= relative.start), None)
            if (day_before is None or referred is None or referred in assigned
                    or not (referred.anaphoric
                            or _DEFINITE_BEFORE.search(text, max(0, referred.start - 20), referred.start))):
                continue
            start, phrase = day_before, relative.phrase
        if trigger is None or trigger in assigned:
            continue
        days = _days_in(counted.group(1), counted.group(2))
        day = start.start + dt.timedelta(days=-days if counted.group(3).lower() == "after" else days)
        value = FuzzyDate.day(day.year, day.month, day.day)
        basis = DateBasis(phrase, value, start.start, article, f"counted from {start.iso()}")
        assigned[trigger] = replace(relative, value=value, end_value=None, anchored=True, relative_to_event=False,
                                    basis=basis)


_DEFINITE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]heir|[Ii]ts)\s+$")


def _days_in(count: str, unit: str) -> int:
    """How many days "two days", "a week", "3 weeks" say."""
    word = count.lower()
    number = _NUMBERS.get(word) or (1 if word in ("a", "an", "one") else int(word))
    return number * (7 if unit.lower().startswith("week") else 1)


# "Two days earlier, ...", "A week later", "The day before", "the previous day": counted from another event's day.
_COUNTED_FROM_EVENT = re.compile(
    r"(?:(a|an|one|two|three|four|five|six|seven|\d+)\s+(days?|weeks?)\s+(earlier|later|before|after)"
    r"|the\s+(day\s+before|previous\s+day|day\s+after|next\s+day|following\s+day)"
    r"|(?P<same>(?:earlier|later)\s+(?:in\s+the|that|the\s+same)\s+day|(?:on\s+)?the\s+same\s+day|"
    r"(?:on\s+)?that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)))(?:\s+that)?",
    re.IGNORECASE,
)


# "On the same day", "that morning": the day of the event dated before, however many sentences back.
SAME_DAY = re.compile(r"\b(?:the\s+same\s+day|that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night))\b",
                      re.IGNORECASE)


_NO_OBJECT = re.compile(r"(?:\s+that)?\s*(?:[,.;:]|$)")


def date_by_event_before(text: str, triggers: list[Trigger], dates: list[DateMention],
                          assigned: dict[Trigger, DateMention], day: FuzzyDate | None, article: str,
                          definite_day: FuzzyDate | None = None) -> None:
    """"Two days earlier, the foreign ministers met in New York": a count of days or weeks with no day of its own
    sentence to count from counts from the day of the event the sentences before dated to the day ("two weeks
    after Lee took office" counts from another day: not this one). `day`: that event's, if near; `definite_day`:
    that event's, if further back, for what only a day named before can mean ("on the same day", "the previous
    day")."""
    if day is None and definite_day is None:
        return
    for relative in dates:
        counted = _COUNTED_FROM_EVENT.fullmatch(relative.phrase)
        definite = counted is not None and bool(counted.group(4) or counted.group("same"))
        start = day if day is not None else definite_day if definite else None
        if start is None:
            continue
        if counted is not None and relative.value is not None and not counted.group("same"):
            continue  # "Two days earlier" given a day of its own sentence
        if counted and re.search(r"(?:before|after)$", relative.phrase, re.IGNORECASE) and not _NO_OBJECT.match(
                text, relative.end):
            continue
        # "had met in Gyeongju the previous day to prepare the summit": the verb just before, in the same clause;
        # else the event phrase after it ("Two days earlier, the ministers met").
        near = next((t for t in reversed(triggers) if t.end <= relative.start), None)
        if (near is not None and (near not in assigned or assigned[near] is relative) and relative.start - near.end <= 40
                and not CLAUSE_BREAK.search(text, near.end, relative.start)):
            trigger: Trigger | None = near
        else:
            trigger = next((t for t in triggers if t.start >= relative.end
                            and (t not in assigned or assigned[t] is relative)),
                           next((t for t in reversed(triggers) if t.end <= relative.start and t not in assigned),
                                None))
        if counted is None or trigger is None:
            continue
        if counted.group("same"):
            days = 0  # "Earlier in the day": the day of the event before, not of the report
        elif counted.group(4):
            days = -1 if counted.group(4).lower() in ("day before", "previous day") else 1
        else:
            days = _days_in(counted.group(1), counted.group(2))
            days = -days if counted.group(3).lower() in ("earlier", "before") else days
        moved = start.start + dt.timedelta(days=days)
        value = FuzzyDate.day(moved.year, moved.month, moved.day)
        basis = DateBasis(relative.phrase, value, start.start, article, f"counted from {start.iso()}, the event before")
        assigned[trigger] = replace(relative, value=value, end_value=None, anchored=True, relative_to_event=False,
                                    basis=basis)


# "held a separate meeting on the margins.": the gathering left unsaid, the one the sentences before dated.
_MARGINS_OF_IT = re.compile(r"(?:on|at)\s+the\s+(?:sidelines|margins?)\b(?!\s+of\b)")
_AHEAD = re.compile(r"\b(?:will|would|shall|expected|plans?|planning|set\s+to|due\s+to|to\s+meet|may|might|could)\b",
                    re.IGNORECASE)
_FEW_WORDS = re.compile(r"\s+(?:[a-z]+\s+){0,2}")


def date_by_margins(text: str, triggers: list[Trigger], assigned: dict[Trigger, DateMention],
                    day: FuzzyDate | None, article: str) -> None:
    """"X and Y held a separate meeting on the margins": a meeting on the margins of a gathering it does not name
    is on the day of the event the sentences before dated to the day (the gathering they reported)."""
    if day is None:
        return
    for trigger in triggers:
        if trigger in assigned or trigger.kind is Kind.OTHER:
            continue
        # "talked briefly on the sidelines" (in the phrase), "met separately on the margins" (just after it)
        margins = _MARGINS_OF_IT.search(text, trigger.start, trigger.end + 40)
        if margins is None or (margins.start() >= trigger.end
                               and not _FEW_WORDS.fullmatch(text, trigger.end, margins.start())):
            continue
        if _AHEAD.search(text, max(0, trigger.start - 40), trigger.end):
            continue  # "are expected to meet on the sidelines": of a gathering still to come
        basis = DateBasis(margins.group(), day, day.start, article, f"on the margins of the event before, on {day.iso()}")
        assigned[trigger] = DateMention(margins.start(), margins.end(), margins.group(), day, None, True, False, None,
                                        None, basis)


# "have only spoken once, in a phone conversation, since Chung took office in February": the present perfect of a
# meeting or call, and the start of the time it counts.
_PERFECT = re.compile(r"\b(?:have|has)\s+(?:only\s+|already\s+|now\s+|just\s+)?(?:met|spoken|talked|held|had)\b",
                      re.IGNORECASE)
_SINCE = re.compile(r"\bsince\b[^,;:]{0,50}$", re.IGNORECASE)


def date_since(text: str, triggers: list[Trigger], dates: list[DateMention], assigned: dict[Trigger, DateMention],
               published: dt.date | None, article: str) -> None:
    """"Motegi and Chung have only spoken once, in a 20-minute phone conversation, since Chung took office in
    February": what has happened since a time of the report's year happened in that year (no finer: the text
    does not say when)."""
    if published is None:
        return
    for trigger in triggers:
        if trigger in assigned or not _PERFECT.search(text, max(0, trigger.start - 80), trigger.end):
            continue
        since = next((d for d in dates if d.value is not None and d.start > trigger.start - 80
                      and _SINCE.search(text, max(0, d.start - 60), d.start)
                      and d.value.start.year == published.year and d.value.start <= published), None)
        if since is None:
            continue
        value = FuzzyDate.year(published.year)
        basis = DateBasis(since.phrase, value, published, article, f"since {since.phrase}, before the report")
        assigned[trigger] = replace(since, value=value, end_value=None, anchored=True, basis=basis, qualifier=None,
                                    note=None)


# "is on a three-day state visit to Britain", "is visiting Jakarta", "are holding talks": under way as the report
# is written.
_ONGOING = re.compile(r"\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:(?:on|making|paying|holding|in\s+the\s+middle\s+of)"
                      r"\s+(?:an?|their|his|her)\s+(?:[\w-]+\s+){0,2})?$", re.IGNORECASE)
_WHO_BEFORE = re.compile(r"\b(?:who|which)\s+$", re.IGNORECASE)
_ONGOING_VERB = re.compile(r"(?:visiting|holding|meeting)\b", re.IGNORECASE)  # the phrase itself: "is visiting Jakarta"


def date_of_ongoing(text: str, triggers: list[Trigger], assigned: dict[Trigger, DateMention],
                    published: dt.date | None, article: str) -> None:
    """"Macron is on a three-day state visit to Britain": an event the report says is under way, with no date of
    its own, is on the report's day."""
    if published is None:
        return
    for trigger in triggers:
        if trigger in assigned or trigger.kind is Kind.OTHER:
            continue
        ongoing = _ONGOING.search(text, max(0, trigger.start - 60), trigger.start)
        if ongoing is None or (ongoing.end() - ongoing.start() < 12  # "is " alone: the phrase must be the verb
                               and not _ONGOING_VERB.match(text, trigger.start)):
            continue
        if _WHO_BEFORE.search(text, max(0, ongoing.start() - 12), ongoing.start()):
            continue  # "held talks with Moon, who is visiting Japan": the visit frames the dated talks
        value = FuzzyDate.day(published.year, published.month, published.day)
        basis = DateBasis(ongoing.group().strip(), value, published, article, "under way on the day of the report")
        assigned[trigger] = DateMention(ongoing.start(), ongoing.end(), ongoing.group().strip(), value, None, True,
                                        False, None, None, basis)


# "a two-day visit", "their three-day talks": how many days an event lasts, said before its phrase.
_DAYS_LONG = re.compile(r"\b(two|three|four|five|2|3|4|5)-day\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def event_end(text: str, trigger: Trigger, date: DateMention | None) -> FuzzyDate | None:
    """The event's last day: the end of a span of dates, or the first day plus the days "a two-day visit" says."""
    if date is None or date.end_value is not None or date.value is None or date.value.precision is not Precision.DAY:
        return date.end_value if date is not None else None
    days = _DAYS_LONG.search(text, max(0, trigger.start - 40), trigger.start)
    if days is None:
        return None
    count = _NUMBERS.get(days.group(1).lower()) or int(days.group(1))
    last = date.value.start + dt.timedelta(days=count - 1)
    return FuzzyDate.day(last.year, last.month, last.day)


def assign_dates(text: str, triggers: list[Trigger], dates: list[DateMention]) -> dict[Trigger, DateMention]:
    """Give each event phrase the date that belongs to it: a date in parentheses after a name, a date that
    modifies the noun ("the August summit"), else the nearest date of its clause, the one after preferred."""
    usable = [d for d in dates if not (d.relative_to_event and d.value is None)]
    alone = len(usable) == 1 and sum(1 for t in triggers if not t.anaphoric) == 1
    costs: list[tuple[float, int, int]] = []
    for t_index, trigger in enumerate(triggers):
        for d_index, date in enumerate(usable):
            cost = _attachment_cost(text, trigger, date, triggers, alone and not trigger.anaphoric)
            if cost is not None:
                costs.append((cost, t_index, d_index))
    costs.sort()
    result: dict[Trigger, DateMention] = {}
    used: set[int] = set()
    for cost, t_index, d_index in costs:
        trigger = triggers[t_index]
        if trigger in result or d_index in used:
            continue
        result[trigger] = usable[d_index]
        used.add(d_index)
    _finer_in_clause(text, result, usable, used)
    return result


def _finer_in_clause(text: str, result: dict[Trigger, DateMention], usable: list[DateMention], used: set[int]) -> None:
    """"held their third meeting this year in Hiroshima on Sunday": a date that only bounds a count ("this year")
    gives way to a finer one within it, said after it in the same clause and given to no other event."""
    for trigger, date in list(result.items()):
        if date.value is None or date.start < trigger.end:
            continue
        for d_index, other in enumerate(usable):
            if (d_index in used or other.value is None or other.start <= date.end
                    or other.value.precision.rank >= date.value.precision.rank
                    or not (date.value.start <= other.value.start and other.value.end <= date.value.end)
                    or CLAUSE_BREAK.search(text, date.end, other.start)):
                continue
            result[trigger] = other
            used.add(d_index)
            break


# How a date (or a place) is tied to an event phrase: by how far apart they are, counted in characters of
# text between them, plus a price for each thing that separates them. Each number is a decision:
_BEFORE_FACTOR = 1.5  # English puts an event's date and place after its phrase ("met ... on Monday"): a word
#                       before counts half as much again as one after
_BEFORE_PENALTY = 10  # and, at equal distance, the one after still wins
_CLAUSE_PRICE = 60  # a clause edge between them (";", "—", ", but") outweighs about a line of words
_OTHER_EVENT_PRICE = 100  # another event phrase between them: the date most likely belongs to that one
_MAX_DATE_COST = 260  # beyond this, about two clauses away, a date is another event's or none's
MAX_PLACE_COST = 160  # a place must be nearer than a date: "in Seoul" two clauses on is rarely this event's


def separation(lo: int, hi: int, before: bool, breaks: int, triggers: list[Trigger],
                trigger: Trigger) -> float:
    """The cost of tying what lies at one end of text[lo:hi] to the event phrase at the other."""
    distance = _BEFORE_FACTOR * (hi - lo) + _BEFORE_PENALTY if before else float(hi - lo)
    between = sum(1 for other in triggers if other is not trigger and lo <= other.start < hi)
    return distance + _CLAUSE_PRICE * breaks + _OTHER_EVENT_PRICE * between


# Words between a date and the noun it modifies: "the August summit", "last week's phone call".
_MODIFIER_GAP = re.compile(r"(?:['’]s)?\s*(?:(?!(?:and|or|but|to|the|a|an)\s)[a-z-]+\s+){0,2}")
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whom|whose)\b")  # "Abe, who was shot dead on July 8": its own day
_SAID_THAT = re.compile(r"\b(?:said|says|told|announced|added|noted|stressed|insisted)\b[^;]*\bthat\b", re.IGNORECASE)
_SUBORDINATE = re.compile(r"\b(?:after|before|since|until|till|ahead\s+of|following|(?:preceded|followed)\s+by)\b",
                          re.IGNORECASE)


def _attachment_cost(
    text: str, trigger: Trigger, date: DateMention, triggers: list[Trigger], alone: bool
) -> float | None:
    """How far a date is from belonging to an event phrase; None when it cannot belong to it. `alone`: the
    sentence has this one event phrase and this one date, so distance does not matter."""
    if trigger.start <= date.start < trigger.end:
        return 0.0  # "Monday's talks"
    lead_in = text[max(0, date.start - 12) : date.start]
    if ANNOUNCED.search(text[max(0, date.start - 40) : date.start]):
        return None
    if date.start >= trigger.end:
        between = text[trigger.end : date.start]
        if re.fullmatch(r"\s*\(\s*", between):
            return 0.0  # "Defense Ministers' Meeting (September 8)"
        if _RELATIVE_CLAUSE.search(between):
            return None  # "met ... Shinzo Abe, who was shot dead on July 8": the relative clause's day
        subordinate = list(_SUBORDINATE.finditer(between))
        if NOT_EVENT_DATE.search(between) or (subordinate and "," not in between[subordinate[-1].end() :]):
            return None  # "nine days after Takaichi became prime minister on Oct. 21"
    else:
        if text.startswith("and ", trigger.start):
            return None  # "... in July and of the APEC gathering in November": the second one's date follows it
        between = text[date.end : trigger.start]
        if _RELATIVE_CLAUSE.search(between):
            return None  # "On Monday, Kishida, who has met Yoon twice, told ...": the main clause's day
        if (_SAID_THAT.search(text, max(0, date.start - 60), trigger.end)
                and re.search(r"\bthat\b", text[date.end : trigger.end])):
            return None  # "Suga said in Tokyo on Tuesday that the talks had been useful": the saying's day
        noun = not trigger.generic or trigger.anaphoric
        if noun and _MODIFIER_GAP.fullmatch(between):
            return 1.0  # "the August summit", "last week's call"
        if NOT_EVENT_DATE.search(lead_in):
            return None
        clause_start = max(text.rfind(",", 0, date.start), text.rfind(";", 0, date.start), 0)
        if _SUBORDINATE.search(text, clause_start, date.start):
            return None  # "since he took office on Sept. 2, and the two leaders had lunch": the other clause's
    breaks = len(CLAUSE_BREAK.findall(between))
    if date.start < trigger.start and _FRONTED.fullmatch(text, 0, date.start) and _FRONTED_END.match(text, date.end):
        # "On May 21, commencing at 8:30 a.m., Mr. X ... held a summit meeting": a date put first governs the
        # sentence's main clause, however long the subject that follows it
        between_events = sum(1 for other in triggers if other is not trigger and date.end <= other.start < trigger.start)
        return _FRONTED_COST + _OTHER_EVENT_PRICE * between_events
    if date.start < trigger.start and _AND_THEN_VERB.search(text, date.end, trigger.end):
        breaks += 1  # "held its first session in March and will meet again": the date is the first verb's
    if trigger.anaphoric and (len(between) > 80 or breaks) and not (
            date.start >= trigger.end and _HELD_ASIDE.fullmatch(between)):
        return None  # "the meeting" takes only a date said with it (or in its aside: "The talks, held on May 3,")
    after = date.start >= trigger.end
    lo, hi = (trigger.end, date.start) if after else (date.end, trigger.start)
    cost = separation(lo, hi, not after, breaks, triggers, trigger)
    return cost if cost <= _MAX_DATE_COST or alone else None


_HELD_ASIDE = re.compile(r",\s+(?:(?:which|that)\s+(?:was|were)\s+)?(?:held|hosted|convened)\b[^,;:]{0,60}?"
                         r"|,\s+(?:which|that)\s+took\s+place\b[^,;:]{0,60}?")
_FRONTED = re.compile(r"\s*(?:[Oo]n|[Ii]n|[Ll]ate|[Ee]arly|[Ee]arlier|[Ll]ater)?\s*")
_FRONTED_END = re.compile(r"\s*,")
_FRONTED_COST = 40.0  # as near as a date a few words after the phrase: one said after it still wins
_AND_THEN_VERB = re.compile(r"\sand\s+(?:also\s+)?(?:is|are|was|were|will|would|has|have|had|[a-z]+ed)\b")
CLAUSE_EDGE = re.compile(
    r"[;—–]|\s(?:but|since|after|before|until|following)\s|,\s+(?=(?:a|an|which|who|whom|while|after|before|as|when|where|following|according|"
    r"said|says|days?|weeks?|months?)\b)",
    re.IGNORECASE,
)
