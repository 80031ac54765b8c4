"""The handlers of the forms counted from another day: weekdays, the weekend, today and its kin, parts of the day,
this/next/that unit, "ago", "from now", counts later, the unit before or at its end, the same time a year back,
clock times, "the year"."""

from __future__ import annotations

import re

from timeline_app.model.dates.forms import (
    _PREVIOUS_WORD,
    _STEPS,
    Groups,
    RawMention,
    _for_before,
    _in_a_name,
    _modifier,
    _qualifier,
    norm,
)
from timeline_app.model.dates.words import (
    HOLIDAY_WORDS,
    NUMBER_WORDS,
    WEEKDAYS,
)

_UNIT_STEPS = _STEPS | {"this past": -1, "coming": 1, "this coming": 1, "the coming": 1}


def _h_weekday(g: Groups, text: str) -> RawMention | None:
    start = next(g.start(key) for key in ("qualifier", "modifier", "weekday") if g(key))
    if _in_a_name(text, start, g.end("weekday")):
        return None
    before = _PREVIOUS_WORD.search(text, max(0, start - 20), start)
    if before and (before.group(1).lower() in HOLIDAY_WORDS or before.group(1).lower() in _EVERY):
        return None  # "Good Friday" is a holiday; "every Monday" recurs and names no one day
    qualifier = " ".join(norm(p) for p in (g("qualifier"), g("time_of_day")) if p) or None
    end = g.end("time_of_day") if g("time_of_day") else g.end("weekday")
    modifier = _modifier(g("modifier"))
    possessive = text.startswith(("'", "’"), g.end("weekday"))  # "thanks for Friday's talks" looks back
    appointment = modifier in (None, "this") and not possessive and _for_before(text, start)
    if g("ordinal"):
        # "Friday the 13th": the 13th of a month near the report that falls on a Friday
        return RawMention(start, g.end("ordinal"), "day_of_month", day=int(g("ordinal_number") or 0),
                          weekday=WEEKDAYS[norm(g("weekday"))], appointment=appointment)
    return RawMention(start, end, "weekday", weekday=WEEKDAYS[norm(g("weekday"))], modifier=modifier,
                      qualifier=qualifier, appointment=appointment)


def _h_weekday_offset(g: Groups, text: str) -> RawMention | None:
    """'The following Monday' (the first Monday after the date told before it), 'the previous Friday', 'the
    Friday before' (the last Friday before it), 'that Friday' (the Friday of its week)."""
    if g("phrase2"):
        sign = 1 if norm(g("direction")) == "after" else -1
        return RawMention(g.start("phrase2"), g.end("phrase2"), "offset", weekday=WEEKDAYS[norm(g("weekday2"))],
                          count=sign, anchor="open", follow_pos=g.end("phrase2"), fallback=True)
    that = g("that")
    if that and not (that[0].isupper() or _word_before_is(text, g.start("that"), _THAT_DAY_PREPS)):
        return None  # "said that Friday would be the deadline": "that" joins a clause
    sign = 0 if that else 1 if norm(g("relation")) in ("following", "next") else -1
    # with no date told before it, counted from the report's day, as "next Tuesday", "last Friday" ("that
    # Friday" then names a day of a story this finder cannot see: none)
    return RawMention(g.start("phrase"), g.end("phrase"), "offset", weekday=WEEKDAYS[norm(g("weekday"))],
                      count=sign, fallback=not that)


_THAT_DAY_PREPS = frozenset({"on", "by", "until", "till", "before", "after", "since", "from", "through", "later",
                             "earlier", "late", "early"})


def _word_before_is(text: str, pos: int, words: frozenset[str]) -> bool:
    before = _PREVIOUS_WORD.search(text, max(0, pos - 12), pos)
    return before is not None and before.group(1).lower() in words


def _h_the_weekend(g: Groups, text: str) -> RawMention | None:
    """"met over the weekend": the week of the Saturday before (or, of a plan, after) the report."""
    return RawMention(g.start("phrase"), g.end("phrase"), "weekday", weekday=WEEKDAYS["saturday"], whole_week=True)


_EVERY = frozenset({"every", "each"})
_COUNTER_BEFORE = re.compile(r"\d[\d,]*\s+(?i:visits?|visit\(s\)|views?|hits?|reads?|visitors?)\s+\Z")
_WORD_BEFORE = re.compile(r"([A-Z][\w&'-]*)[ \t]+\Z")
_DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2}


_ERA_AFTER = re.compile(r"['’]s\s+(?i:youth|young|generation|generations|world|society|children|kids"
                        r"|standards|teenagers|students|families|culture)\b")


def _h_relative_day(g: Groups, text: str) -> RawMention | None:
    start = g.start("word")
    window = text[max(0, start - 40):start]
    if _COUNTER_BEFORE.search(window):
        return None  # "1 visit(s) today": a page counter
    word = g("word") or ""
    if word[:1].isupper() and _WORD_BEFORE.search(window):
        return None  # "USA Today", "Psychology Today": a title
    key = norm(word)
    if key == "today" and _ERA_AFTER.match(text, g.end("word")):
        return None  # "today's youth": nowadays, not the report's day
    qualifier = norm(g("time_of_day")) if g("time_of_day") else "night" if key == "tonight" else None
    end = g.end("time_of_day") if g("time_of_day") else g.end("word")
    return RawMention(start, end, "relative", unit="day", count=_DAY_WORDS[key], qualifier=qualifier)


def _h_part_of_day(g: Groups, text: str) -> RawMention | None:
    if g("last_word"):
        return RawMention(g.start("phrase"), g.end("phrase"), "relative", unit="day", count=-1,
                          qualifier=norm(g("night")))
    return RawMention(g.start("phrase"), g.end("phrase"), "relative", unit="day", count=0,
                      qualifier=norm(g("time_of_day")))


def _h_this_unit(g: Groups, text: str) -> RawMention | None:
    modifier = norm(g("modifier"))
    start = g.start("qualifier") if g("qualifier") else g.start("modifier")
    if modifier in ("last", "next") and _THE_BEFORE.search(text, max(0, start - 8), start):
        return None  # "over the last week" is a length of time
    count = _UNIT_STEPS[modifier]
    this_time = _THIS_TIME_BEFORE.search(text, max(0, start - 12), start)
    if this_time is not None and not g("qualifier") and norm(g("unit")) == "year" and count:
        # "this time last year": the report's day, a year away, as "a year ago"
        return RawMention(this_time.start(), g.end("unit"), "relative", unit="year", count=count, same_day=True)
    return RawMention(start, g.end("unit"), "relative", unit=norm(g("unit")), count=count,
                      qualifier=_qualifier(g("qualifier")))


_THE_BEFORE = re.compile(r"(?i:\bthe)\s+\Z")
_THIS_TIME_BEFORE = re.compile(r"\b(?i:this\s+time)\s+\Z")


def _number(g: Groups) -> int:
    words = norm(g("count"))
    return int(words) if words.isdigit() else NUMBER_WORDS[words]


def _unit(g: Groups) -> str:
    return norm(g("unit")).removesuffix("s")


def _h_ago(g: Groups, text: str) -> RawMention | None:
    unit, count = _unit(g), _number(g)
    if g("this_month") and unit == "year":
        # "two years ago this month": this month, so many years back
        return RawMention(g.start("count"), g.end("this_month"), "relative", unit="month", count=-12 * count)
    if (g("weekday") or g("day_word")) and unit in ("day", "week"):
        return _from_a_day(g, g.end("weekday") if g("weekday") else g.end("day_word"), unit, -count, "past")
    # "a year ago" is this day a year back; "ten years ago" is only a year
    return RawMention(g.start("count"), g.end("phrase"), "relative", unit=unit, count=-count,
                      same_day=unit == "year" and count == 1)


def _h_from_now(g: Groups, text: str) -> RawMention | None:
    unit, count = _unit(g), _number(g)
    if g("weekday") or g("day_word"):
        return _from_a_day(g, g.end("phrase"), unit, count, "future") if unit in ("day", "week") else None
    return RawMention(g.start("count"), g.end("phrase"), "relative", unit=unit, count=count)


def _from_a_day(g: Groups, end: int, unit: str, count: int, direction: str) -> RawMention:
    """"A week ago Friday", "two weeks from today": so many days or weeks from the weekday just gone or to
    come (`direction`), or from the report's day."""
    days = count * (7 if unit == "week" else 1)
    if g("weekday"):
        return RawMention(g.start("count"), end, "weekday", weekday=WEEKDAYS[norm(g("weekday"))],
                          direction=direction, unit="day", count=days)
    return RawMention(g.start("count"), end, "relative", unit="day",
                      count=days + _DAY_WORDS[norm(g("day_word"))])


def _h_count_later(g: Groups, text: str) -> RawMention | None:
    direction = norm(g("direction"))
    sign = -1 if direction in ("earlier", "before", "prior to", "beforehand", "previously") else 1
    anchor = "open" if direction in ("before", "after", "prior to") else "previous"
    unit, count = _unit(g), _number(g)
    # "a year earlier" after "in July" is July of the year before, as "a year ago" is this day a year back
    return RawMention(g.start("count"), g.end("direction"), "offset", unit=unit, count=sign * count,
                      anchor=anchor, follow_pos=g.end("direction"), same_day=unit == "year" and count == 1)


def _h_next_unit(g: Groups, text: str) -> RawMention | None:
    relation = norm(g("relation"))
    sign = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0}[relation]
    unit = norm(g("unit"))
    qualifier = None
    if unit not in ("day", "week", "weekend", "month", "year"):
        unit, qualifier = "day", unit
    return RawMention(g.start("phrase"), g.end("phrase"), "offset", unit=unit, count=sign,
                      qualifier=qualifier)


def _h_same_a_year_back(g: Groups, text: str) -> RawMention | None:
    """'Sales in December rose from the same month a year ago': December of the year before."""
    return RawMention(g.start("phrase"), g.end("phrase"), "offset", unit="year", count=-1, same_day=True)


def _h_unit_before(g: Groups, text: str) -> RawMention | None:
    unit = norm(g("unit"))
    qualifier = None
    if unit not in ("day", "week", "month", "year"):
        unit, qualifier = "day", unit
    sign = 1 if norm(g("direction")) == "after" else -1
    beyond = norm(g("beyond"))
    if beyond:
        if qualifier is not None or (beyond == "last") != (sign < 0):
            return None
        # "the week before last", "the month after next": two units from the report's
        return RawMention(g.start("phrase"), g.end("phrase"), "relative", unit=unit, count=2 * sign)
    return RawMention(g.start("phrase"), g.end("phrase"), "offset", unit=unit, count=sign,
                      qualifier=qualifier,
                      anchor="open", follow_pos=g.end("phrase"))


def _h_that_unit(g: Groups, text: str) -> RawMention | None:
    unit = norm(g("unit"))
    qualifier = norm(g("qualifier")) or None
    # "later in the day", "earlier that day": the report's own day when no date before it says otherwise
    fallback = norm(g("that_words")) == "in the" or (qualifier in ("later", "earlier") and unit == "day")
    if unit not in ("day", "week", "month", "year"):
        unit, qualifier = "day", " ".join(p for p in (qualifier, unit) if p)
    start = g.start("qualifier") if g("qualifier") else g.start("that_words")
    return RawMention(start, g.end("phrase"), "offset", unit=unit, count=0, qualifier=qualifier,
                      fallback=fallback)


def _h_clock_time(g: Groups, text: str) -> RawMention | None:
    """'at 7:15 p.m.': the day of the date it belongs to, worked out once the dates around it are known."""
    return RawMention(g.start("phrase"), g.end("phrase"), "offset", unit="day", count=0, anchor="clock",
                      follow_pos=g.end("phrase"))


def _h_unit_end(g: Groups, text: str) -> RawMention | None:
    return RawMention(g.start("phrase"), g.end("phrase"), "offset", unit=norm(g("unit")), count=0, qualifier="end",
                      anchor="sentence", fallback=True)


def _h_the_year(g: Groups, text: str) -> RawMention | None:
    """'For the year', 'at year-end', 'the year-earlier quarter': the year of the sentence's date, else the
    report's, one back for 'year-earlier'."""
    count = -1 if g("earlier") else 0
    qualifier = "end" if g("end") else None
    whole = "phrase" if g("phrase") else "year_compound"
    return RawMention(g.start(whole), g.end(whole), "offset", unit="year", count=count, qualifier=qualifier,
                      anchor="sentence", fallback=True)


def _h_part_of_unit(g: Groups, text: str) -> RawMention | None:
    return RawMention(g.start("qualifier"), g.end("unit"), "offset", unit=norm(g("unit")), count=0,
                      qualifier=_qualifier(g("qualifier")), anchor="sentence", fallback=True)
