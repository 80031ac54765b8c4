"""The forms a date phrase takes, as regular expressions, and what each found phrase holds."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline_app.model.dates.words import (
    COUNT_NOUNS,
    DAY_NUMBER,
    FUNCTION_WORDS,
    HOLIDAY_WORDS,
    HOLIDAYS,
    MONTH,
    MONTH_FULL,
    MONTH_PREPS,
    MONTHS,
    NUMBER,
    NUMBER_WORDS,
    ORDINAL_FOLLOWERS,
    ORDINAL_PREPS,
    PART_OF,
    QUALIFIER,
    RANGE_SEP,
    RELATIVE_YEAR,
    SEASON,
    SPELLED_ORDINAL,
    TIME_OF_DAY,
    UNITS,
    WEAK_MONTH_PREPS,
    WEAK_PREPS,
    WEEK_OF,
    WEEKDAY,
    WEEKDAY_FULL,
    WEEKDAYS,
    YEAR,
    YEAR_PREPS,
    day_pattern,
    words_pattern,
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


def _h_korean_date(g: Groups, text: str) -> RawMention | None:
    year = int(y) if (y := g("year")) else None
    month = int(g("month") or 0)
    day = int(d) if (d := g("day")) else None
    if day is not None and not _valid_day(year, month, day):
        return None
    if year is not None and not 1900 <= year <= 2100:
        return None
    return RawMention(g.start("phrase"), g.end("phrase"), "date", year=year, month=month, day=day)


def _h_korean_year(g: Groups, text: str) -> RawMention | None:
    year = int(g("year") or 0)
    if not 1900 <= year <= 2100:
        return None
    return RawMention(g.start("phrase"), g.end("phrase"), "date", year=year)


def _h_korean_day_of_month(g: Groups, text: str) -> RawMention | None:
    stated = g("korean_direction")
    direction = "past" if stated == "지난" else "future" if stated == "오는" else None
    return RawMention(g.start("phrase"), g.end("phrase"), "day_of_month", day=int(g("day") or 0),
                      direction=direction)


def _h_iso(g: Groups, text: str) -> RawMention | None:
    year, month, day = int(g("year") or 0), int(g("month") or 0), int(g("day") or 0)
    if not _valid_day(year, month, day):
        return None
    return RawMention(g.start("phrase"), g.end("phrase"), "date", year=year, month=month, day=day)


def _h_numeric(g: Groups, text: str) -> RawMention | None:
    first, second, year = int(g("first_number") or 0), int(g("second_number") or 0), int(g("year") or 0)
    if first > 12 or first == second:
        day, month = first, second
    elif second > 12:
        month, day = first, second
    else:
        return None  # 03/04/2025 is March 4 to some readers and 3 April to others
    if not _valid_day(year, month, day):
        return None
    return RawMention(g.start("phrase"), g.end("phrase"), "date", year=year, month=month, day=day)


def _day_range(g: Groups, text: str, raw: RawMention) -> RawMention | None:
    """Adds 'June 17-18' / '7 and 8 May' second days; drops the raw mention if its first day is impossible."""
    if raw.month is None or raw.day is None or not _valid_day(raw.year, raw.month, raw.day):
        return None
    if g("end_day") is not None and not _count_follows(text, g.end("end_day")):
        second = int(g("end_day_number") or 0)
        if second > raw.day and _valid_day(raw.year, raw.month, second):
            raw.end_part = RawMention(g.start("end_day"), g.end("end_day"), "date", year=raw.year,
                                      month=raw.month, day=second)
    return raw


_STEPS = {"last": -1, "this": 0, "next": 1}
_UNIT_STEPS = _STEPS | {"this past": -1, "coming": 1, "this coming": 1, "the coming": 1}


def _year_offset(g: Groups) -> int | None:
    return _STEPS[norm(g("relative_year"))] if g("relative_year") else None


def _year_of(g: Groups, text: str) -> int | None:
    if g("year") is None or _count_follows(text, g.end("year")):
        return None
    return int(g("year") or 0)


def _h_month_day(g: Groups, text: str) -> RawMention | None:
    year = _year_of(g, text)
    start = g.start("week_of") if g("week_of") else g.start("weekday") if g("weekday") else g.start("month")
    weekday = WEEKDAYS[norm(g("weekday")).rstrip(".")] if g("weekday") else None
    month = MONTHS[norm(g("month")).rstrip(".")]
    raw = _day_range(g, text, RawMention(start, g.end("day"), "date", year=year, weekday=weekday, month=month,
                                         day=int(g("day_number") or 0), whole_week=bool(g("week_of"))))
    if raw is None:
        return None
    if raw.end_part is not None:
        raw.end = raw.end_part.end
    raw.appointment = _for_before(text, start) and not text.startswith(("'", "’"), g.end("day"))
    if g("end_day") is not None and raw.end_part is None:
        raw.year = None  # "June 17 and 20, 2025" is not a date with a year
    elif year is not None:
        raw.end = g.end("year")
    elif g("relative_year"):
        raw.year_offset, raw.end = _year_offset(g), g.end("relative_year_phrase")
    elif (entry := _CHRONOLOGY_YEAR.search(text, max(0, start - 12), start)) is not None:
        raw.year = int(entry.group("year"))  # a chronology's line "1998 -- Oct. 8: ..."
        if raw.end_part is not None:
            raw.end_part.year = raw.year
    return raw


_CHRONOLOGY_YEAR = re.compile(rf"(?:^|(?<=\n))[ \t]*(?P<year>{YEAR})[ \t]*(?:--|—|–|-|:)[ \t]*\Z")


def _h_day_month(g: Groups, text: str) -> RawMention | None:
    year = _year_of(g, text)
    start = next(g.start(key) for key in ("week_of", "weekday", "article", "day") if g(key))
    weekday = WEEKDAYS[norm(g("weekday")).rstrip(".")] if g("weekday") else None
    if year is not None:
        end = g.end("year")
    else:
        end = g.end("relative_year_phrase") if g("relative_year") else g.end("month")
    month = MONTHS[norm(g("month")).rstrip(".")]
    raw = _day_range(g, text, RawMention(start, end, "date", year=year, month=month,
                                         day=int(g("day_number") or 0), weekday=weekday,
                                         whole_week=bool(g("week_of")),
                                         year_offset=None if year is not None else _year_offset(g)))
    if raw is None or (g("end_day") is not None and raw.end_part is None):
        return None
    return raw


def _h_month_year(g: Groups, text: str) -> RawMention | None:
    if _count_follows(text, g.end("year")):
        return None
    start = g.start("qualifier") if g("qualifier") else g.start("month")
    return RawMention(start, g.end("year"), "date", year=int(g("year") or 0),
                      month=MONTHS[norm(g("month")).rstrip(".")], qualifier=_qualifier(g("qualifier")))


def _h_month_name(g: Groups, text: str) -> RawMention | None:
    month = MONTHS[norm(g("month"))]
    prep, the, qualifier, modifier = norm(g("preposition")), g("article"), g("qualifier"), g("modifier")
    year_offset = _year_offset(g)
    listed = False
    if not (prep or qualifier or modifier or year_offset is not None or g("possessive")
            or (the and _noun_follows(text, g.end("month")))):
        # "in June, July and August": a month named in a list after another ("May" and "March" are too often
        # a name or a verb)
        listed = (month not in (3, 5) and not _NAME_AFTER.match(text, g.end("month"))
                  and _LISTED_AFTER_COMMA.search(text, max(0, g.start("month") - 3), g.start("month")) is not None)
        if not listed:
            return None
    if prep == "of" and _NAME_AFTER.match(text, g.end("month")):
        return None  # "the Fourth of July Committee"
    weak = listed or (month in (3, 5) and prep in WEAK_MONTH_PREPS
                      and not (qualifier or modifier or g("relative_year")))
    if qualifier:
        start = g.start("article") if norm(the) == "the" else g.start("qualifier")
    else:
        start = g.start("modifier") if modifier else g.start("month")
    if year_offset is not None:
        return RawMention(start, g.end("relative_year_phrase"), "date", month=month, year_offset=year_offset,
                          qualifier=_qualifier(qualifier))
    return RawMention(start, g.end("month"), "date", month=month, modifier=_modifier(modifier),
                      qualifier=_qualifier(qualifier), weak=weak)


_LISTED_AFTER_COMMA = re.compile(r",[ \t]+\Z")


def _modifier(phrase: str | None) -> str | None:
    words = norm(phrase)
    if not words:
        return None
    if words in ("last", "this past", "past"):
        return "last"
    if words in ("next", "this coming", "coming", "the coming"):
        return "next"
    return "this"


def _h_year_number(g: Groups, text: str) -> RawMention | None:
    prep, the, qualifier = norm(g("preposition")), g("article"), g("qualifier")
    year = int(g("year") or 0)
    end = g.end("year")
    end_part = None
    if g("end_year") is not None:
        second = int(g("end_year") or 0)
        if second > year and (norm(g("range_separator")) != "and" or prep == "between"):
            end_part = RawMention(g.start("end_year"), g.end("end_year"), "date", year=second)
            end = g.end("end_year")
    if end_part is None and _BAD_AFTER_YEAR.match(text, end):
        return None
    if _count_follows(text, end):
        return None
    if prep == "of" and not qualifier and not _title_before(text, g.start("preposition")):
        return None  # "a summit of 2000 leaders", unlike "the Treaty of 1965"
    if g("side"):
        # "post-1959 politics": the year that bounds the period, named as a year
        return RawMention(g.start("side"), end, "date", year=year,
                          qualifier="after" if norm(g("side")) == "post" else "before")
    possessive = end_part is None and g("possessive") is not None
    # "his 1996 campaign", but not "her 1987 Chevrolet", a model year before a maker's name
    owned = (_POSSESSOR_BEFORE.search(text, max(0, g.start("year") - 40), g.start("year")) is not None
             and _LOWER_WORD_AFTER.match(text, end) is not None)
    if not (prep or qualifier or possessive or ((the or owned) and _noun_follows(text, end))):
        return None  # a year needs a word to make it one: "in 2019", "the 2019 summit", "his 1996 campaign"
    start = (g.start("article") if the else g.start("qualifier")) if qualifier else g.start("year")
    # "and 2009", "to 2010" are years only after another date, unless a verb of origin leads to them:
    # "dating to 1994", "goes back to 1987"
    weak = prep in WEAK_PREPS and not qualifier and not (
        prep == "to" and _ORIGIN_BEFORE.search(text, max(0, start - 20), g.start("preposition")))
    return RawMention(start, end, "date", year=year, qualifier=_qualifier(qualifier), weak=weak,
                      end_part=end_part)


_POSSESSOR_BEFORE = re.compile(r"(?:\b(?i:his|her|its|their|our|my|your)|[A-Za-z]['’]s?)\s+\Z")
_ORIGIN_BEFORE = re.compile(r"\b(?i:dating|dates|dated|date|back)\s+\Z")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
_BAD_AFTER_YEAR = re.compile(r"[\w]|[-./:,]\d")


def _h_ordinal_day(g: Groups, text: str) -> RawMention | None:
    if not g("preposition"):
        return None
    end = g.end("month_word") if g("relation") else g.end("end_day") if g("end_day") else g.end("day")
    if not g("relation") and not _ordinal_may_end(text, end):
        return None
    day = int(g("day_number") or 0)
    offset = _STEPS.get(norm(g("relation"))) if g("relation") else None
    raw = RawMention(g.start("article"), end, "day_of_month", day=day, month_offset=offset)
    if g("end_day"):
        second = int(g("end_day_number") or 0)
        if second <= day:
            if not _ordinal_may_end(text, g.end("day")):
                return None
            raw.end = g.end("day")
        else:
            raw.end_part = RawMention(g.start("end_day"), g.end("end_day"), "day_of_month", day=second,
                                      month_offset=offset)
    return raw


def _ordinal_may_end(text: str, pos: int) -> bool:
    if text[pos:pos + 1].isspace() or pos >= len(text):
        word = _next_word(text, pos)
        if word is None:
            return not _LEADING_DIGIT.match(text, pos)
        return word.lower() in ORDINAL_FOLLOWERS and word.lower() != "of"
    return not text[pos:pos + 1].isalnum()


_LEADING_DIGIT = re.compile(r"\s*\d")


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


def _for_before(text: str, start: int) -> bool:
    """Whether "for" comes just before `start`, as in "scheduled for Friday", "an election for Oct. 27"."""
    before = _PREVIOUS_WORD.search(text, max(0, start - 8), start)
    return before is not None and before.group(1).lower() == "for"


_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[ \t]+\Z")
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


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}


def _h_thousand_year(g: Groups, text: str) -> RawMention | None:
    """'The year two thousand', 'by two thousand and two'."""
    if _count_follows(text, g.end("phrase")) or text.startswith(" of", g.end("phrase")):
        return None
    ones = norm(g("ones"))
    return RawMention(g.start("phrase"), g.end("phrase"), "date", year=2000 + _ONES.get(ones, 10 if ones else 0))


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
             "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
             "twentieth": 20, "thirtieth": 30}


def _h_spelled_day(g: Groups, text: str) -> RawMention | None:
    """'January nineteenth', 'the twenty-third of February' (as read out on the air)."""
    words = norm(g("ordinal")).replace("-", " ").split()
    day = _ORDINALS[words[-1]] + (_TENS.get(words[0], 0) if len(words) > 1 else 0)
    month = MONTHS[norm(g("month"))]
    year = _year_of(g, text)
    if not _valid_day(year, month, day):
        return None
    start = g.start("article") if g("article") else g.start("month")
    end = g.end("year") if year is not None else max(g.end("month"), g.end("ordinal"))
    if _NAME_AFTER.match(text, end) and (g("article") or _in_a_name(text, start, end)):
        return None  # "the Fourth of July Committee"
    return RawMention(start, end, "date", year=year, month=month, day=day)


def _h_spelled_year(g: Groups, text: str) -> RawMention | None:
    """'Nineteen ninety-six', 'twenty eleven'."""
    if _count_follows(text, g.end("phrase")):
        return None
    century = 1900 if norm(g("century")) == "nineteen" else 2000
    tens = norm(g("tens") or g("teens"))
    year = century + _TENS.get(tens, _TEENS.get(tens, 0)) + _ONES.get(norm(g("ones")), 0)
    return RawMention(g.start("phrase"), g.end("phrase"), "date", year=year)


def _h_feast(g: Groups, text: str) -> RawMention | None:
    """'Thanksgiving Day', 'last Christmas', 'Easter 1999' (not 'Christmas Island', 'Easter Rising')."""
    name = norm(g("feast")).replace("’", "'")
    if name in ("christmas eve", "new year's eve"):
        key = name
    else:
        key = " ".join(name.split()[:2]) if name.startswith("new year") else name.split()[0]
    year = int(y) if (y := g("year")) else None
    start = g.start("modifier") if g("modifier") else g.start("feast")
    end = g.end("week") if g("week") else g.end("year") if year else g.end("feast")
    # "Easter week", "Christmas week": the week (Monday to Sunday) of the feast
    return RawMention(start, end, "holiday", year=year, holiday=key, modifier=_modifier(g("modifier")),
                      whole_week=bool(g("week")), appointment=year is None and _for_before(text, start))


def _h_part_of_unit(g: Groups, text: str) -> RawMention | None:
    return RawMention(g.start("qualifier"), g.end("unit"), "offset", unit=norm(g("unit")), count=0,
                      qualifier=_qualifier(g("qualifier")), anchor="sentence", fallback=True)


_Handler = Callable[[Groups, str], RawMention | None]

def _form(name: str, handler: _Handler, *parts: str) -> tuple[str, str, _Handler]:
    return name, "".join(parts), handler


# The order matters: at one position the first form that matches wins. Each form: its name (what it
# matches), its handler, the parts of its pattern; an example of what it finds above each.
_FORMS: tuple[tuple[str, str, _Handler], ...] = (
    # "2025년 6월 17일", "6월"
    _form("korean_date", _h_korean_date,
          r"(?P<phrase>(?<!\d)(?:(?P<year>\d{4})\s*년\s*)?(?P<month>1[0-2]|0?[1-9])\s*월",
          r"(?:\s*(?P<day>3[01]|[12]\d|0?[1-9])\s*일)?)"),
    # "2025년"
    _form("korean_year", _h_korean_year, r"(?P<phrase>(?<!\d)(?P<year>\d{4})\s*년)(?!\s*\d)"),
    # "지난 17일" (the 17th just past), "오는 20일" (the coming 20th)
    _form("korean_day_of_month", _h_korean_day_of_month,
          r"(?P<phrase>(?P<korean_direction>지난|오는)\s*(?P<day>3[01]|[12]\d|0?[1-9])\s*일)"),
    # "2025-06-17", "2025.6.17"
    _form("iso_date", _h_iso,
          rf"(?P<phrase>(?<![\w.\-/])(?P<year>{YEAR})(?P<separator>[-./])\s?",
          rf"(?P<month>1[0-2]|0?[1-9])(?P=separator)\s?(?P<day>{DAY_NUMBER}))(?![\w]|[-./]\d)"),
    # "17/06/2025", "6-17-2025" (only where the day cannot be the month)
    _form("numeric_date", _h_numeric,
          rf"(?P<phrase>(?<![\w.\-/])(?P<first_number>{DAY_NUMBER})(?P<separator>[-./])",
          rf"(?P<second_number>{DAY_NUMBER})(?P=separator)(?P<year>{YEAR}))(?![\w]|[-./]\d)"),
    # "June 17", "Tuesday, June 17, 2025", "June 17-18", "the week of June 23", "Sept. 9 of last year"
    _form("month_day", _h_month_day,
          rf"(?:(?P<week_of>{WEEK_OF})\s+)?(?:(?P<weekday>{WEEKDAY}),?\s+)?",
          rf"(?P<month>{MONTH})(?:\s+|(?<=\.)){day_pattern('day')}",
          rf"(?:\s*(?:{RANGE_SEP})\s*{day_pattern('end_day')}(?!\s+(?:(?i:of)\s+)?{MONTH}))?",
          rf"(?:,?\s+(?P<year>{YEAR})|{RELATIVE_YEAR})?"),
    # "17 June 2025", "the 17th of June", "7 and 8 May"
    _form("day_month", _h_day_month,
          rf"(?:(?P<week_of>{WEEK_OF})\s+)?(?:(?P<weekday>{WEEKDAY}),?\s+)?",
          rf"(?:(?P<article>(?i:the))\s+)?(?<![\w.,:/]){day_pattern('day')}",
          rf"(?:\s*(?:-|–|&|(?i:and|to))\s*(?:(?i:the)\s+)?{day_pattern('end_day')})?",
          rf"\s+(?:(?i:of)\s+)?(?P<month>{MONTH})",
          rf"(?:,?\s+(?P<year>{YEAR})|{RELATIVE_YEAR})?"),
    # "June 2025", "early June 2025", "the end of June, 2025"
    _form("month_year", _h_month_year,
          rf"(?:(?P<qualifier>{QUALIFIER})(?:\s+|-\s*))?(?P<month>{MONTH})(?:\s+(?i:of))?,?\s+",
          rf"(?P<year>{YEAR})"),
    # "January nineteenth", "March twenty-third, 1998", "the first of March"
    _form("month_spelled_day", _h_spelled_day,
          rf"(?P<article>)(?P<month>{MONTH_FULL})\s+(?P<ordinal>{SPELLED_ORDINAL})(?![\w-])",
          rf"(?:,?\s+(?P<year>{YEAR}))?"),
    _form("spelled_day_month", _h_spelled_day,
          rf"(?P<article>(?i:the))\s+(?P<ordinal>{SPELLED_ORDINAL})\s+(?i:of)\s+(?P<month>{MONTH_FULL})",
          rf"(?:,?\s+(?P<year>{YEAR}))?"),
    # "on the 17th", "since the 3rd to the 5th", "on the 9th of last month"
    _form("ordinal_day", _h_ordinal_day,
          rf"(?:(?P<preposition>{words_pattern(ORDINAL_PREPS)})\s+)?(?P<article>(?i:the))\s+",
          rf"(?P<day>(?P<day_number>{DAY_NUMBER})(?i:st|nd|rd|th))(?![\w])",
          rf"(?:\s*(?:{RANGE_SEP})\s*(?:(?i:the)\s+)?",
          rf"(?P<end_day>(?P<end_day_number>{DAY_NUMBER})(?i:st|nd|rd|th))(?![\w]))?",
          r"(?:\s+(?i:of)\s+(?P<relation>(?i:this|last|next))\s+(?P<month_word>(?i:month))(?![\w]))?"),
    # "today", "yesterday morning", "the day after tomorrow"
    _form("relative_day", _h_relative_day,
          r"(?P<word>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow",
          r"|today|tonight|yesterday|tomorrow))(?![\w])",
          r"(?:['’]s|\s+(?P<time_of_day>(?i:morning|afternoon|evening|night))(?![\w]))?"),
    # "this morning", "last night"
    _form("part_of_day", _h_part_of_day,
          r"(?P<phrase>(?P<this_word>(?i:this))\s+(?P<time_of_day>(?i:morning|afternoon|evening))",
          r"|(?P<last_word>(?i:last))\s+(?P<night>(?i:night)))(?![\w])"),
    # "the same month a year ago", "the same period last year": the date before it, a year back
    _form("same_a_year_back", _h_same_a_year_back,
          r"(?P<phrase>(?i:the)\s+(?i:same)\s+(?i:day|week|month|period|quarter|time)\s+(?:(?i:of)\s+)?",
          r"(?i:a\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+(?:previous|prior)\s+year",
          r"|the\s+year\s+before))",
          r"(?![\w])"),
    # "the next day", "the following week", "the same evening"
    _form("next_unit", _h_next_unit,
          r"(?P<phrase>(?i:the)\s+(?P<relation>(?i:next|following|previous|preceding|prior|same))",
          rf"\s+(?P<unit>(?i:day|week|weekend|month|year|{TIME_OF_DAY[4:-1]})))(?![\w])"),
    # "the day before", "the night after"
    _form("unit_before", _h_unit_before,
          r"(?P<phrase>(?i:the)\s+(?P<unit>(?i:day|week|month|year|night|evening|morning))\s+",
          r"(?P<direction>(?i:before|after))(?:\s+(?P<beyond>(?i:last|next))(?![\w]|\s+(?:[A-Z\d]|(?i:week|month"
          r"|year|night|weekend|spring|summer|fall|autumn|winter)\b)))?)(?![\w])"),
    # "in June", "last September", "early March", "the August talks", "a September vote", "May of next year"
    _form("month_name", _h_month_name,
          rf"(?:(?P<preposition>{words_pattern(MONTH_PREPS)})\s+)?(?:(?P<article>(?i:the|an?))\s+)?",
          rf"(?:(?P<qualifier>{QUALIFIER})(?:\s+|-\s*)",
          r"|(?P<modifier>(?i:last|this\s+past|this\s+coming|this|next))\s+)?",
          rf"(?P<month>{MONTH_FULL})(?P<possessive>['’]s)?(?!\s+\d|,\s*(?:19|20)\d\d(?!\d))",
          rf"(?:{RELATIVE_YEAR})?"),
    # "last week", "next month", "earlier this year", "the coming weekend"
    _form("this_unit", _h_this_unit,
          rf"(?:(?P<qualifier>{QUALIFIER[:-1]}|earlier|later))(?:\s+|-\s*))?",
          r"(?P<modifier>(?i:last|this\s+past|this\s+coming|this|next|coming|the\s+coming))\s+",
          r"(?P<unit>(?i:week|weekend|month|year))(?![\w])"),
    # "in 2019", "the 2018 summit", "his 1996 campaign", "late 2024", "from 2001 to 2004", "2019's", "post-1959"
    _form("year_number", _h_year_number,
          rf"(?:(?P<preposition>{words_pattern(YEAR_PREPS)})\s+)?(?:(?P<article>(?i:the|an?))\s+)?",
          rf"(?:(?P<qualifier>{QUALIFIER}|{SEASON})(?:\s+|-\s*)|(?P<side>(?i:pre|post))-)?",
          rf"(?<![\w.,$€£¥₩#])(?<!\d-)(?P<year>{YEAR})",
          rf"(?:\s*(?P<range_separator>-|–|(?i:to|through|and|until|till))\s*(?P<end_year>{YEAR}))?",
          r"(?P<possessive>['’]s)?"),
    # "over the weekend", "at the weekend": the nearest weekend the clause's tense points to, as a week
    _form("the_weekend", _h_the_weekend, r"(?P<phrase>(?i:over|at|during)\s+the\s+weekend)(?![\w])"),
    # "the following Monday", "the previous Friday", "that Friday", "the Friday before": counted from the date
    # told before it
    _form("weekday_offset", _h_weekday_offset,
          r"(?P<phrase>(?:(?i:the)\s+(?P<relation>(?i:following|next|previous|preceding|prior))\s+",
          rf"|(?P<that>(?i:that))\s+)(?P<weekday>{WEEKDAY_FULL})(?![\w'’]))",
          r"|(?P<phrase2>(?i:the)\s+(?P<weekday2>" + WEEKDAY_FULL + r")\s+(?P<direction>(?i:before|after)))(?![\w])"),
    # "Tuesday", "last Friday", "early Monday", "Sunday night"
    _form("weekday", _h_weekday,
          r"(?:(?P<qualifier>(?i:early|late))(?:\s+(?i:on))?\s+)?",
          r"(?:(?P<modifier>(?i:last|this\s+past|this\s+coming|this|next|coming|past))\s+)?",
          rf"(?P<weekday>{WEEKDAY_FULL})(?:['’]s|\s+(?P<time_of_day>{TIME_OF_DAY})(?![\w])",
          rf"|,?\s+(?i:the)\s+(?P<ordinal>(?P<ordinal_number>{DAY_NUMBER})(?i:st|nd|rd|th))(?![\w]))?"),
    # "at noon", "by midnight", "at midday": a time of day named by a word
    _form("clock_word", _h_clock_time,
          r"(?<![\w-])(?i:at|by|before|after|until|till|around)\s+",
          r"(?P<phrase>(?i:noon|midday|midnight))(?![\w-])"),
    # "4 in the morning", "10 o'clock at night"
    _form("clock_in_the", _h_clock_time,
          r"(?P<phrase>(?<![\w:.,$])(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s+(?:(?i:o['’]clock)\s+)?",
          r"(?i:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))(?![\w])"),
    # "7:15 p.m.", "10 a.m."
    _form("clock_time", _h_clock_time,
          r"(?P<phrase>(?<![\w:.,$])(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*",
          r"(?i:a\.m\.?|p\.m\.?|am|pm))(?![\w])"),
    # "three years ago"
    # "three years ago", "a week ago Friday" (the Friday before last), "two weeks ago today"
    _form("ago", _h_ago, rf"(?P<phrase>{NUMBER}\s+{UNITS}\s+(?i:ago))(?![\w])",
          rf"(?:\s+(?:(?P<weekday>{WEEKDAY_FULL})|(?P<day_word>(?i:today|yesterday))",
          r"|(?P<this_month>(?i:this\s+month)))(?![\w]))?"),
    # "two weeks from now"
    # "two weeks from now", "a week from Monday", "a week from today"
    _form("from_now", _h_from_now,
          rf"(?P<phrase>{NUMBER}\s+{UNITS}\s+(?i:from)\s+(?:(?i:now)|(?P<weekday>{WEEKDAY_FULL})",
          r"|(?P<day_word>(?i:today|tomorrow))))(?![\w])"),
    # "three days later", "a week before" (the summit), "two months earlier"
    _form("count_later", _h_count_later,
          rf"{NUMBER}\s+{UNITS}\s+(?P<direction>(?i:later|earlier|before|after|prior\s+to",
          r"|afterwards?|beforehand|previously))(?![\w])"),
    # "later in the day", "earlier in the week"
    _form("in_the_unit", _h_that_unit,
          r"(?P<phrase>(?P<qualifier>(?i:later|earlier))\s+(?P<that_words>(?i:in\s+the))\s+",
          r"(?P<unit>(?i:day|week|month|year)))(?![\w])"),
    # "the end of the year", "the first half of the month"
    _form("part_of_unit", _h_part_of_unit,
          rf"(?P<qualifier>(?i:{PART_OF}))\s+(?i:the)\s+(?P<unit>(?i:year|month|week))",
          r"(?![\w-]|\s+(?:19|20)\d\d)"),
    # "by week's end", "at month's end": the week or month of the sentence's date, else the report's
    _form("unit_end", _h_unit_end, r"(?P<phrase>(?P<unit>(?i:week|month))['’]s\s+(?i:end))(?![\w-])"),
    # "for the year", "at year-end", "by year's end", "the year-earlier quarter" (not "the year ahead")
    _form("the_year", _h_the_year,
          r"(?:(?i:in|for|over|during|through|throughout|at|by|from)\s+(?P<phrase>(?i:the)\s+(?i:year))",
          r"(?![\w-]|\s+(?:19|20)\d\d|\s+(?i:before|after|ago|earlier|later|when|that|in\s+which|to\s+date",
          r"|of|since|ended|ending|to|through|till|until|ahead|nineteen|twenty|two\s+thousand)(?![\w]))",
          r"|(?P<year_compound>(?i:year)(?:(?:-|['’]s\s+|\s+)(?P<end>(?i:end))",
          r"|-(?P<earlier>(?i:earlier|ago))))",
          r"(?![\w-]))"),
    # "nineteen ninety-six", "twenty eleven"
    _form("spelled_year", _h_spelled_year,
          r"(?P<phrase>(?P<century>(?i:nineteen|twenty))[\s-]+",
          r"(?:(?P<tens>(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))",
          r"(?:[\s-]+(?P<ones>(?i:one|two|three|four|five|six|seven|eight|nine)))?",
          r"|(?P<teens>(?i:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen",
          r"|nineteen))))(?![\w-])"),
    # "(in) the year two thousand", "by two thousand and one"
    _form("thousand_year", _h_thousand_year,
          r"(?:(?i:in|by|until|till|since|before|after|through|from|year)\s+)",
          r"(?P<phrase>(?i:two)\s+(?i:thousand)(?:\s+(?:(?i:and)\s+)?",
          r"(?P<ones>(?i:one|two|three|four|five|six|seven|eight|nine|ten)))?)(?![\w-])"),
    # "Thanksgiving Day", "last Christmas", "Easter 1999", "Easter week" (not "Christmas Island")
    _form("feast", _h_feast,
          r"(?:(?P<modifier>(?i:last|this\s+past|this\s+coming|this|next|past|coming))\s+)?",
          rf"(?P<feast>{HOLIDAYS})(?:,?\s+(?P<year>{YEAR}))?",
          r"(?:\s+(?P<week>(?i:week))(?![\w-]|\s+[A-Z])|(?!\s+[A-Z]|['’]s?\w|\w",
          r"|\s+(?i:week|weekend|season|holidays?|period|break|vacation)\b))"),
    # "that day", "later that week", "that same evening"
    _form("that_unit", _h_that_unit,
          r"(?P<phrase>(?:(?P<qualifier>(?i:later|earlier|late|early))\s+)?",
          r"(?P<that_words>(?i:that))\s+",
          rf"(?:(?i:same)\s+)?(?P<unit>(?i:day|week|month|year|{TIME_OF_DAY[4:-1]})))(?![\w])"),
)


def _prefixed(name: str, pattern: str) -> str:
    return re.sub(r"\(\?P([<=])(\w+)", lambda m: f"(?P{m.group(1)}{name}__{m.group(2)}", pattern)


HANDLERS: dict[str, _Handler] = {name: handler for name, _, handler in _FORMS}
# The forms worth trying around each kind of core word; every form holds at least one core word.
_FORMS_BY_CORE = {
    "digit": ("korean_date", "korean_year", "korean_day_of_month", "iso_date", "numeric_date", "day_month",
              "ordinal_day", "year_number", "clock_in_the", "clock_time", "ago", "from_now", "count_later"),
    "month": ("month_day", "month_spelled_day", "spelled_day_month", "month_year", "month_name"),
    "weekday": ("month_day", "day_month", "weekday_offset", "weekday"),
    "holiday": ("feast",),
    "word": ("relative_day", "part_of_day", "same_a_year_back", "next_unit", "unit_before", "month_name",
             "this_unit", "year_number", "ago", "from_now", "the_year", "spelled_year", "thousand_year",
             "count_later", "in_the_unit", "part_of_unit", "that_unit", "the_weekend", "clock_word", "unit_end"),
}
PATTERNS = {
    core: re.compile("|".join(f"(?P<{name}>{_prefixed(name, pattern)})"
                              for name, pattern, _ in _FORMS if name in names))
    for core, names in _FORMS_BY_CORE.items()
}

