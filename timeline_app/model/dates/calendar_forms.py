"""The handlers of the forms that name a date of the calendar: ISO and numeric dates, month and day, day and
month, month and year, a month's name, years, ordinal days, Korean dates, spelled-out days and years, "two
thousand", feasts."""

from __future__ import annotations

import re

from timeline_app.model.dates.forms import (
    _NAME_AFTER,
    _STEPS,
    Groups,
    RawMention,
    _count_follows,
    _for_before,
    _in_a_name,
    _modifier,
    _next_word,
    _noun_follows,
    _qualifier,
    _title_before,
    _valid_day,
    norm,
)
from timeline_app.model.dates.words import (
    MONTHS,
    ORDINAL_FOLLOWERS,
    WEAK_MONTH_PREPS,
    WEAK_PREPS,
    WEEKDAYS,
    YEAR,
)


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
