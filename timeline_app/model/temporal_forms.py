"""The forms a date phrase takes, as regular expressions, and what each found phrase holds."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline_app.model.temporal_words import (
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
    kind: str  # "date", "day_of_month", "weekday", "holiday", "relative" (to the report), "offset" (to an event)
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
    # offsets: "previous", "open" (decided by what follows), "sentence" (a date stated earlier in the sentence)
    # or "clock" (a time of day: the date it comes right before, else the last date stated)
    anchor: str = "previous"
    fallback: bool = False  # an offset that means the report's own day, month or year when nothing anchors it
    lean_future: bool = False  # "as early as May": ahead of the report unless its sentence speaks of the past
    appointment: bool = False  # "an election for Oct. 27": set for that day, whatever the tense says
    follow_pos: int = 0
    weak: bool = False  # "and 2009", "to May": a date only right after another date
    whole_week: bool = False  # "the week of June 23"
    same_day: bool = False  # "a year ago": the report's day, a year back
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


def _title_before(text: str, pos: int) -> bool:
    before = _PREVIOUS_WORD.search(text, max(0, pos - 30), pos)
    return before is not None and before.group(1)[:1].isupper()


def _h_korean_date(g: Groups, text: str) -> RawMention | None:
    year = int(y) if (y := g("y")) else None
    month = int(g("m") or 0)
    day = int(d) if (d := g("d")) else None
    if day is not None and not _valid_day(year, month, day):
        return None
    if year is not None and not 1900 <= year <= 2100:
        return None
    return RawMention(g.start("all"), g.end("all"), "date", year=year, month=month, day=day)


def _h_korean_year(g: Groups, text: str) -> RawMention | None:
    year = int(g("y") or 0)
    if not 1900 <= year <= 2100:
        return None
    return RawMention(g.start("all"), g.end("all"), "date", year=year)


def _h_korean_day(g: Groups, text: str) -> RawMention | None:
    direction = "past" if g("k") == "지난" else "future" if g("k") == "오는" else None
    return RawMention(g.start("all"), g.end("all"), "day_of_month", day=int(g("d") or 0), direction=direction)


def _h_iso(g: Groups, text: str) -> RawMention | None:
    year, month, day = int(g("y") or 0), int(g("m") or 0), int(g("d") or 0)
    if not _valid_day(year, month, day):
        return None
    return RawMention(g.start("all"), g.end("all"), "date", year=year, month=month, day=day)


def _h_numeric(g: Groups, text: str) -> RawMention | None:
    first, second, year = int(g("a") or 0), int(g("b") or 0), int(g("y") or 0)
    if first > 12 or first == second:
        day, month = first, second
    elif second > 12:
        month, day = first, second
    else:
        return None  # 03/04/2025 is March 4 to some readers and 3 April to others
    if not _valid_day(year, month, day):
        return None
    return RawMention(g.start("all"), g.end("all"), "date", year=year, month=month, day=day)


def _day_range(g: Groups, text: str, raw: RawMention) -> RawMention | None:
    """Adds 'June 17-18' / '7 and 8 May' second days; drops the raw mention if its first day is impossible."""
    if raw.month is None or raw.day is None or not _valid_day(raw.year, raw.month, raw.day):
        return None
    if g("d2") is not None and not _count_follows(text, g.end("d2")):
        second = int(g("d2n") or 0)
        if second > raw.day and _valid_day(raw.year, raw.month, second):
            raw.end_part = RawMention(g.start("d2"), g.end("d2"), "date", year=raw.year, month=raw.month,
                                      day=second)
    return raw


_STEPS = {"last": -1, "this": 0, "next": 1}
_UNIT_STEPS = _STEPS | {"this past": -1, "coming": 1, "this coming": 1, "the coming": 1}


def _year_offset(g: Groups) -> int | None:
    return _STEPS[norm(g("ry"))] if g("ry") else None


def _year_of(g: Groups, text: str) -> int | None:
    if g("y") is None or _count_follows(text, g.end("y")):
        return None
    return int(g("y") or 0)


def _h_month_day(g: Groups, text: str) -> RawMention | None:
    year = _year_of(g, text)
    start = g.start("wk") if g("wk") else g.start("wd") if g("wd") else g.start("m")
    weekday = WEEKDAYS[norm(g("wd")).rstrip(".")] if g("wd") else None
    raw = _day_range(g, text, RawMention(start, g.end("d"), "date", year=year, weekday=weekday,
                                         month=MONTHS[norm(g("m")).rstrip(".")], day=int(g("dn") or 0),
                                         whole_week=bool(g("wk"))))
    if raw is None:
        return None
    if raw.end_part is not None:
        raw.end = raw.end_part.end
    raw.appointment = _for_before(text, start) and not text.startswith(("'", "’"), g.end("d"))
    if g("d2") is not None and raw.end_part is None:
        raw.year = None  # "June 17 and 20, 2025" is not a date with a year
    elif year is not None:
        raw.end = g.end("y")
    elif g("ry"):
        raw.year_offset, raw.end = _year_offset(g), g.end("ryall")
    return raw


def _h_day_month(g: Groups, text: str) -> RawMention | None:
    year = _year_of(g, text)
    start = next(g.start(key) for key in ("wk", "wd", "the", "d") if g(key))
    weekday = WEEKDAYS[norm(g("wd")).rstrip(".")] if g("wd") else None
    end = g.end("y") if year is not None else g.end("ryall") if g("ry") else g.end("m")
    raw = _day_range(g, text, RawMention(start, end, "date", year=year, month=MONTHS[norm(g("m")).rstrip(".")],
                                         day=int(g("dn") or 0), weekday=weekday, whole_week=bool(g("wk")),
                                         year_offset=None if year is not None else _year_offset(g)))
    if raw is None or (g("d2") is not None and raw.end_part is None):
        return None
    return raw


def _h_month_year(g: Groups, text: str) -> RawMention | None:
    if _count_follows(text, g.end("y")):
        return None
    start = g.start("q") if g("q") else g.start("m")
    return RawMention(start, g.end("y"), "date", year=int(g("y") or 0),
                      month=MONTHS[norm(g("m")).rstrip(".")], qualifier=_qualifier(g("q")))


def _h_month(g: Groups, text: str) -> RawMention | None:
    month = MONTHS[norm(g("m"))]
    prep, the, qualifier, modifier = norm(g("prep")), g("the"), g("q"), g("mod")
    year_offset = _year_offset(g)
    if not (prep or qualifier or modifier or year_offset is not None or g("poss")
            or (the and _noun_follows(text, g.end("m")))):
        return None
    weak = month in (3, 5) and prep in WEAK_MONTH_PREPS and not (qualifier or modifier or g("ry"))
    if qualifier:
        start = g.start("the") if the else g.start("q")
    else:
        start = g.start("mod") if modifier else g.start("m")
    if year_offset is not None:
        return RawMention(start, g.end("ryall"), "date", month=month, year_offset=year_offset,
                          qualifier=_qualifier(qualifier))
    return RawMention(start, g.end("m"), "date", month=month, modifier=_modifier(modifier),
                      qualifier=_qualifier(qualifier), weak=weak)


def _modifier(phrase: str | None) -> str | None:
    words = norm(phrase)
    if not words:
        return None
    if words in ("last", "this past", "past"):
        return "last"
    if words in ("next", "this coming", "coming", "the coming"):
        return "next"
    return "this"


def _h_year(g: Groups, text: str) -> RawMention | None:
    prep, the, qualifier = norm(g("prep")), g("the"), g("q")
    year = int(g("y") or 0)
    end = g.end("y")
    end_part = None
    if g("y2") is not None:
        second = int(g("y2") or 0)
        if second > year and (norm(g("rsep")) != "and" or prep == "between"):
            end_part = RawMention(g.start("y2"), g.end("y2"), "date", year=second)
            end = g.end("y2")
    if end_part is None and _BAD_AFTER_YEAR.match(text, end):
        return None
    if _count_follows(text, end):
        return None
    if prep == "of" and not qualifier and not _title_before(text, g.start("prep")):
        return None  # "a summit of 2000 leaders", unlike "the Treaty of 1965"
    possessive = end_part is None and g("poss") is not None
    # "his 1996 campaign", but not "her 1987 Chevrolet", a model year before a maker's name
    owned = (_POSSESSOR_BEFORE.search(text, max(0, g.start("y") - 40), g.start("y")) is not None
             and _LOWER_WORD_AFTER.match(text, end) is not None)
    if not (prep or qualifier or possessive or ((the or owned) and _noun_follows(text, end))):
        return None  # a year needs a word that makes it one: "in 2019", "the 2019 summit", "his 1996 campaign"
    start = (g.start("the") if the else g.start("q")) if qualifier else g.start("y")
    # "and 2009", "to 2010" are years only after another date, unless a verb of origin leads to them:
    # "dating to 1994", "goes back to 1987"
    weak = prep in WEAK_PREPS and not qualifier and not (
        prep == "to" and _ORIGIN_BEFORE.search(text, max(0, g.start("prep") - 16), g.start("prep")))
    return RawMention(start, end, "date", year=year, qualifier=_qualifier(qualifier), weak=weak,
                      end_part=end_part)


_POSSESSOR_BEFORE = re.compile(r"(?:\b(?i:his|her|its|their|our|my|your)|[A-Za-z]['’]s?)\s+\Z")
_ORIGIN_BEFORE = re.compile(r"\b(?i:dating|dates|dated|date|back)\s+\Z")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
_BAD_AFTER_YEAR = re.compile(r"[\w]|[-./:,]\d")


def _h_ordinal(g: Groups, text: str) -> RawMention | None:
    if not g("prep"):
        return None
    end = g.end("mo") if g("rel") else g.end("d2") if g("d2") else g.end("d")
    if not g("rel") and not _ordinal_may_end(text, end):
        return None
    day = int(g("dn") or 0)
    offset = _STEPS.get(norm(g("rel"))) if g("rel") else None
    raw = RawMention(g.start("the"), end, "day_of_month", day=day, month_offset=offset)
    if g("d2"):
        second = int(g("d2n") or 0)
        if second <= day:
            if not _ordinal_may_end(text, g.end("d")):
                return None
            raw.end = g.end("d")
        else:
            raw.end_part = RawMention(g.start("d2"), g.end("d2"), "day_of_month", day=second,
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
    start = g.start("q") if g("q") else g.start("mod") if g("mod") else g.start("wd")
    before = _PREVIOUS_WORD.search(text, max(0, start - 20), start)
    if before and (before.group(1).lower() in HOLIDAY_WORDS or before.group(1).lower() in _EVERY):
        return None  # "Good Friday" is a holiday; "every Monday" recurs and names no one day
    qualifier = " ".join(norm(p) for p in (g("q"), g("tod")) if p) or None
    end = g.end("tod") if g("tod") else g.end("wd")
    modifier = _modifier(g("mod"))
    possessive = text.startswith(("'", "’"), g.end("wd"))  # "thanks for Friday's talks" looks back
    appointment = modifier in (None, "this") and not possessive and _for_before(text, start)
    return RawMention(start, end, "weekday", weekday=WEEKDAYS[norm(g("wd"))], modifier=modifier,
                      qualifier=qualifier, appointment=appointment)


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


_ERA_AFTER = re.compile(r"['’]s\s+(?i:youth|young|generation|generations|world|society|children|kids|standards"
                        r"|teenagers|students|families|culture)\b")


def _h_relative_day(g: Groups, text: str) -> RawMention | None:
    start = g.start("w")
    window = text[max(0, start - 40):start]
    if _COUNTER_BEFORE.search(window):
        return None  # "1 visit(s) today": a page counter
    word = g("w") or ""
    if word[:1].isupper() and _WORD_BEFORE.search(window):
        return None  # "USA Today", "Psychology Today": a title
    key = norm(word)
    if key == "today" and _ERA_AFTER.match(text, g.end("w")):
        return None  # "today's youth": nowadays, not the report's day
    qualifier = norm(g("tod")) if g("tod") else "night" if key == "tonight" else None
    end = g.end("tod") if g("tod") else g.end("w")
    return RawMention(start, end, "relative", unit="day", count=_DAY_WORDS[key], qualifier=qualifier)


def _h_part_of_day(g: Groups, text: str) -> RawMention | None:
    if g("which2"):
        return RawMention(g.start("all"), g.end("all"), "relative", unit="day", count=-1,
                          qualifier=norm(g("tod2")))
    return RawMention(g.start("all"), g.end("all"), "relative", unit="day", count=0,
                      qualifier=norm(g("tod")))


def _h_relative_unit(g: Groups, text: str) -> RawMention | None:
    modifier = norm(g("mod"))
    start = g.start("q") if g("q") else g.start("mod")
    if modifier in ("last", "next") and _THE_BEFORE.search(text, max(0, start - 8), start):
        return None  # "over the last week" is a length of time
    count = _UNIT_STEPS[modifier]
    return RawMention(start, g.end("u"), "relative", unit=norm(g("u")), count=count,
                      qualifier=_qualifier(g("q")))


_THE_BEFORE = re.compile(r"(?i:\bthe)\s+\Z")


def _number(g: Groups) -> int:
    words = norm(g("n"))
    return int(words) if words.isdigit() else NUMBER_WORDS[words]


def _unit(g: Groups) -> str:
    return norm(g("u")).removesuffix("s")


def _h_ago(g: Groups, text: str) -> RawMention | None:
    unit, count = _unit(g), _number(g)
    # "a year ago" is this day a year back; "ten years ago" is only a year
    return RawMention(g.start("n"), g.end("all"), "relative", unit=unit, count=-count,
                      same_day=unit == "year" and count == 1)


def _h_from_now(g: Groups, text: str) -> RawMention | None:
    return RawMention(g.start("n"), g.end("all"), "relative", unit=_unit(g), count=_number(g))


def _h_offset(g: Groups, text: str) -> RawMention | None:
    direction = norm(g("dir"))
    sign = -1 if direction in ("earlier", "before", "prior to", "beforehand", "previously") else 1
    anchor = "open" if direction in ("before", "after", "prior to") else "previous"
    return RawMention(g.start("n"), g.end("dir"), "offset", unit=_unit(g), count=sign * _number(g),
                      anchor=anchor, follow_pos=g.end("dir"))


def _h_next_unit(g: Groups, text: str) -> RawMention | None:
    relation = norm(g("rel"))
    sign = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0}[relation]
    unit = norm(g("u"))
    qualifier = None
    if unit not in ("day", "week", "weekend", "month", "year"):
        unit, qualifier = "day", unit
    return RawMention(g.start("all"), g.end("all"), "offset", unit=unit, count=sign, qualifier=qualifier)


def _h_unit_before(g: Groups, text: str) -> RawMention | None:
    unit = norm(g("u"))
    qualifier = None
    if unit not in ("day", "week", "month", "year"):
        unit, qualifier = "day", unit
    sign = 1 if norm(g("dir")) == "after" else -1
    return RawMention(g.start("all"), g.end("all"), "offset", unit=unit, count=sign, qualifier=qualifier,
                      anchor="open", follow_pos=g.end("all"))


def _h_that_unit(g: Groups, text: str) -> RawMention | None:
    unit = norm(g("u"))
    qualifier = norm(g("q")) or None
    # "later in the day", "earlier that day": the report's own day when no date before it says otherwise
    fallback = norm(g("that")) == "in the" or (qualifier in ("later", "earlier") and unit == "day")
    if unit not in ("day", "week", "month", "year"):
        unit, qualifier = "day", " ".join(p for p in (qualifier, unit) if p)
    start = g.start("q") if g("q") else g.start("that")
    return RawMention(start, g.end("all"), "offset", unit=unit, count=0, qualifier=qualifier, fallback=fallback)


def _h_clock_time(g: Groups, text: str) -> RawMention | None:
    """'at 7:15 p.m.': the day of the date it belongs to, worked out once the dates around it are known."""
    return RawMention(g.start("all"), g.end("all"), "offset", unit="day", count=0, anchor="clock",
                      follow_pos=g.end("all"))


def _h_the_year(g: Groups, text: str) -> RawMention | None:
    """'For the year', 'at year-end', 'the year-earlier quarter': the year of the sentence's date, else the
    report's, one back for 'year-earlier'."""
    count = -1 if g("back") else 0
    qualifier = "end" if g("end") else None
    whole = "all" if g("all") else "all2"
    return RawMention(g.start(whole), g.end(whole), "offset", unit="year", count=count, qualifier=qualifier,
                      anchor="sentence", fallback=True)


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}


def _h_spelled_year(g: Groups, text: str) -> RawMention | None:
    """'Nineteen ninety-six', 'twenty eleven'."""
    if _count_follows(text, g.end("all")):
        return None
    century = 1900 if norm(g("c")) == "nineteen" else 2000
    tens = norm(g("t") or g("t2"))
    year = century + _TENS.get(tens, _TEENS.get(tens, 0)) + _ONES.get(norm(g("o")), 0)
    return RawMention(g.start("all"), g.end("all"), "date", year=year)


def _h_holiday(g: Groups, text: str) -> RawMention | None:
    """'Thanksgiving Day', 'last Christmas', 'Easter 1999' (not 'Christmas Island', 'Easter Rising')."""
    name = norm(g("h")).replace("’", "'")
    if name in ("christmas eve", "new year's eve"):
        key = name
    else:
        key = " ".join(name.split()[:2]) if name.startswith("new year") else name.split()[0]
    year = int(y) if (y := g("y")) else None
    start = g.start("mod") if g("mod") else g.start("h")
    return RawMention(start, g.end("y") if year else g.end("h"), "holiday", year=year, holiday=key,
                      modifier=_modifier(g("mod")))


def _h_part_of_unit(g: Groups, text: str) -> RawMention | None:
    return RawMention(g.start("q"), g.end("u"), "offset", unit=norm(g("u")), count=0,
                      qualifier=_qualifier(g("q")), anchor="sentence", fallback=True)


_Handler = Callable[[Groups, str], RawMention | None]

def _form(name: str, handler: _Handler, *parts: str) -> tuple[str, str, _Handler]:
    return name, "".join(parts), handler


# The order matters: at one position the first form that matches wins.
_FORMS: tuple[tuple[str, str, _Handler], ...] = (
    _form("kdate", _h_korean_date, r"(?P<all>(?<!\d)(?:(?P<y>\d{4})\s*년\s*)?(?P<m>1[0-2]|0?[1-9])\s*월",
          r"(?:\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*일)?)"),
    _form("kyear", _h_korean_year, r"(?P<all>(?<!\d)(?P<y>\d{4})\s*년)(?!\s*\d)"),
    _form("kday", _h_korean_day, r"(?P<all>(?P<k>지난|오는)\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*일)"),
    _form("iso", _h_iso, rf"(?P<all>(?<![\w.\-/])(?P<y>{YEAR})(?P<s>[-./])\s?",
          rf"(?P<m>1[0-2]|0?[1-9])(?P=s)\s?(?P<d>{DAY_NUMBER}))(?![\w]|[-./]\d)"),
    _form("num", _h_numeric,
          rf"(?P<all>(?<![\w.\-/])(?P<a>{DAY_NUMBER})(?P<s>[-./])(?P<b>{DAY_NUMBER})(?P=s)",
          rf"(?P<y>{YEAR}))(?![\w]|[-./]\d)"),
    _form("md", _h_month_day, rf"(?:(?P<wk>{WEEK_OF})\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?",
          rf"(?P<m>{MONTH})(?:\s+|(?<=\.)){day_pattern('d')}",
          rf"(?:\s*(?:{RANGE_SEP})\s*{day_pattern('d2')}(?!\s+(?:(?i:of)\s+)?{MONTH}))?",
          rf"(?:,?\s+(?P<y>{YEAR})|{RELATIVE_YEAR})?"),
    _form("dm", _h_day_month, rf"(?:(?P<wk>{WEEK_OF})\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?",
          rf"(?:(?P<the>(?i:the))\s+)?(?<![\w.,:/]){day_pattern('d')}",
          rf"(?:\s*(?:-|–|&|(?i:and|to))\s*(?:(?i:the)\s+)?{day_pattern('d2')})?",
          rf"\s+(?:(?i:of)\s+)?(?P<m>{MONTH})",
          rf"(?:,?\s+(?P<y>{YEAR})|{RELATIVE_YEAR})?"),
    _form("my", _h_month_year,
          rf"(?:(?P<q>{QUALIFIER})(?:\s+|-\s*))?(?P<m>{MONTH})(?:\s+(?i:of))?,?\s+(?P<y>{YEAR})"),
    _form("ord", _h_ordinal, rf"(?:(?P<prep>{words_pattern(ORDINAL_PREPS)})\s+)?(?P<the>(?i:the))\s+",
          rf"(?P<d>(?P<dn>{DAY_NUMBER})(?i:st|nd|rd|th))(?![\w])(?:\s*(?:{RANGE_SEP})\s*(?:(?i:the)\s+)?",
          rf"(?P<d2>(?P<d2n>{DAY_NUMBER})(?i:st|nd|rd|th))(?![\w]))?",
          r"(?:\s+(?i:of)\s+(?P<rel>(?i:this|last|next))\s+(?P<mo>(?i:month))(?![\w]))?"),
    _form("rday", _h_relative_day,
          r"(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow",
          r"|today|tonight|yesterday|tomorrow))(?![\w])",
          r"(?:['’]s|\s+(?P<tod>(?i:morning|afternoon|evening|night))(?![\w]))?"),
    _form("rpart", _h_part_of_day,
          r"(?P<all>(?P<which>(?i:this))\s+(?P<tod>(?i:morning|afternoon|evening))",
          r"|(?P<which2>(?i:last))\s+(?P<tod2>(?i:night)))(?![\w])"),
    _form("enext", _h_next_unit,
          r"(?P<all>(?i:the)\s+(?P<rel>(?i:next|following|previous|preceding|prior|same))",
          rf"\s+(?P<u>(?i:day|week|weekend|month|year|{TIME_OF_DAY[4:-1]})))(?![\w])"),
    _form("ebefore", _h_unit_before, r"(?P<all>(?i:the)\s+",
          r"(?P<u>(?i:day|week|month|year|night|evening|morning))\s+(?P<dir>(?i:before|after)))(?![\w])"),
    _form("month", _h_month, rf"(?:(?P<prep>{words_pattern(MONTH_PREPS)})\s+)?(?:(?P<the>(?i:the))\s+)?",
          rf"(?:(?P<q>{QUALIFIER})(?:\s+|-\s*)|(?P<mod>(?i:last|this\s+past|this\s+coming|this|next))\s+)?",
          rf"(?P<m>{MONTH_FULL})(?P<poss>['’]s)?(?!\s+\d|,\s*(?:19|20)\d\d(?!\d))(?:{RELATIVE_YEAR})?"),
    _form("runit", _h_relative_unit, rf"(?:(?P<q>{QUALIFIER[:-1]}|earlier|later))(?:\s+|-\s*))?",
          r"(?P<mod>(?i:last|this\s+past|this\s+coming|this|next|coming|the\s+coming))\s+",
          r"(?P<u>(?i:week|weekend|month|year))(?![\w])"),
    _form("year", _h_year, rf"(?:(?P<prep>{words_pattern(YEAR_PREPS)})\s+)?(?:(?P<the>(?i:the|an?))\s+)?",
          rf"(?:(?P<q>{QUALIFIER}|{SEASON})(?:\s+|-\s*))?(?<![\w.,$€£¥₩#])(?<!\d-)(?P<y>{YEAR})",
          rf"(?:\s*(?P<rsep>-|–|(?i:to|through|and|until|till))\s*(?P<y2>{YEAR}))?(?P<poss>['’]s)?"),
    _form("wd", _h_weekday, r"(?:(?P<q>(?i:early|late))(?:\s+(?i:on))?\s+)?",
          r"(?:(?P<mod>(?i:last|this\s+past|this\s+coming|this|next|coming|past))\s+)?",
          rf"(?P<wd>{WEEKDAY_FULL})(?:['’]s|\s+(?P<tod>{TIME_OF_DAY})(?![\w]))?"),
    _form("clock", _h_clock_time, r"(?P<all>(?<![\w:.,$])(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*",
          r"(?i:a\.m\.?|p\.m\.?|am|pm))(?![\w])"),
    _form("ago", _h_ago, rf"(?P<all>{NUMBER}\s+{UNITS}\s+(?i:ago))(?![\w])"),
    _form("fromnow", _h_from_now, rf"(?P<all>{NUMBER}\s+{UNITS}\s+(?i:from\s+now))(?![\w])"),
    _form("offset", _h_offset, rf"{NUMBER}\s+{UNITS}\s+(?P<dir>(?i:later|earlier|before|after|prior\s+to",
          r"|afterwards?|beforehand|previously))(?![\w])"),
    _form("ein", _h_that_unit, r"(?P<all>(?P<q>(?i:later|earlier))\s+(?P<that>(?i:in\s+the))\s+",
          r"(?P<u>(?i:day|week|month|year)))(?![\w])"),
    _form("epart", _h_part_of_unit, rf"(?P<q>(?i:{PART_OF}))\s+(?i:the)\s+(?P<u>(?i:year|month|week))",
          r"(?![\w-]|\s+(?:19|20)\d\d)"),
    _form("theyear", _h_the_year,
          r"(?:(?i:in|for|over|during|through|throughout|at|by|from)\s+(?P<all>(?i:the)\s+(?i:year))",
          r"(?![\w-]|\s+(?:19|20)\d\d|\s+(?i:before|after|ago|earlier|later|when|that|in\s+which|to\s+date|of",
          r"|since)(?![\w]))|(?P<all2>(?i:year)-(?:(?P<end>(?i:end))|(?P<back>(?i:earlier|ago))))(?![\w-]))"),
    _form("spelledyear", _h_spelled_year,
          r"(?P<all>(?P<c>(?i:nineteen|twenty))[\s-]+(?:(?P<t>(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty",
          r"|ninety))(?:[\s-]+(?P<o>(?i:one|two|three|four|five|six|seven|eight|nine)))?|(?P<t2>(?i:ten|eleven",
          r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))))(?![\w-])"),
    _form("holiday", _h_holiday, r"(?:(?P<mod>(?i:last|this\s+past|this\s+coming|this|next|past|coming))\s+)?",
          rf"(?P<h>{HOLIDAYS})(?:,?\s+(?P<y>{YEAR}))?(?!\s+[A-Z]|['’]s?\w|\w",
          r"|\s+(?i:week|weekend|season|holidays?|period|break|vacation)\b)"),
    _form("ethat", _h_that_unit, r"(?P<all>(?:(?P<q>(?i:later|earlier|late|early))\s+)?",
          r"(?P<that>(?i:that))\s+",
          rf"(?:(?i:same)\s+)?(?P<u>(?i:day|week|month|year|{TIME_OF_DAY[4:-1]})))(?![\w])"),
)


def _prefixed(name: str, pattern: str) -> str:
    return re.sub(r"\(\?P([<=])(\w+)", lambda m: f"(?P{m.group(1)}{name}__{m.group(2)}", pattern)


HANDLERS: dict[str, _Handler] = {name: handler for name, _, handler in _FORMS}
# The forms worth trying around each kind of core word; every form holds at least one core word.
_FORMS_BY_CORE = {
    "digit": ("kdate", "kyear", "kday", "iso", "num", "dm", "ord", "year", "clock", "ago", "fromnow",
              "offset"),
    "month": ("md", "my", "month"),
    "weekday": ("md", "dm", "wd"),
    "holiday": ("holiday",),
    "word": ("rday", "rpart", "enext", "ebefore", "month", "runit", "year", "ago", "fromnow", "theyear",
             "spelledyear",
             "offset", "ein", "epart", "ethat"),
}
PATTERNS = {
    core: re.compile("|".join(f"(?P<{name}>{_prefixed(name, pattern)})"
                              for name, pattern, _ in _FORMS if name in names))
    for core, names in _FORMS_BY_CORE.items()
}

