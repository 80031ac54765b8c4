"""Calendar arithmetic that turns a found date phrase into a FuzzyDate, given a reference date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from timeline_app.model.dates.forms import RawMention
from timeline_app.model.dates.fuzzy_date import FuzzyDate, Precision

Direction = Literal["past", "future", "either"]

_UNIT_PRECISION = {"day": Precision.DAY, "week": Precision.WEEK, "weekend": Precision.WEEK,
                   "month": Precision.MONTH, "year": Precision.YEAR}


def needs_direction(raw: RawMention) -> bool:
    """Whether the phrase's date depends on the tense of its sentence."""
    if raw.direction is not None:
        return False
    if raw.appointment or raw.kind == "day_of_month":
        return True
    if raw.kind == "weekday":
        return raw.modifier in (None, "this")
    if raw.kind == "holiday":
        return raw.year is None and raw.modifier is None
    return raw.kind == "date" and raw.year is None and raw.modifier is None and raw.year_offset is None


def needs_reference(raw: RawMention) -> bool:
    """Whether the phrase cannot be dated without the report's date."""
    if raw.kind in ("day_of_month", "weekday", "relative"):
        return True
    return raw.kind in ("date", "holiday") and raw.year is None


def resolve(raw: RawMention, reference: dt.date | None, direction: Direction, *,
            firm: bool = True) -> FuzzyDate | None:
    """The date of a phrase that does not depend on another event ('offset' phrases are not handled).

    `firm`: the direction is stated by the date's own clause; otherwise a date without its year is taken
    only within the reach a report leaves a year out (see _may_omit_year)."""
    value = _resolve(raw, reference, direction, firm)
    if value is not None and raw.whole_week:
        try:
            return FuzzyDate.week_of(value.start)
        except OverflowError:
            return None
    return value


def _resolve(raw: RawMention, reference: dt.date | None, direction: Direction,
             firm: bool) -> FuzzyDate | None:
    if raw.kind == "date" and raw.year is not None:
        return _absolute(raw)
    if raw.kind == "holiday" and raw.year is not None:
        return FuzzyDate(holiday(raw.holiday or "", raw.year), Precision.DAY)
    if reference is None:
        return None
    direction = _stated_direction(raw) or direction
    try:
        if raw.kind == "date":
            return _yearless(raw, reference, direction, firm)
        if raw.kind == "day_of_month":
            return _day_of_month(raw, reference, direction)
        if raw.kind == "weekday":
            day = _weekday(raw.weekday or 0, raw.modifier, reference, direction)
            return FuzzyDate(day + dt.timedelta(days=raw.count), Precision.DAY)  # "a week ago Friday"
        if raw.kind == "holiday":
            return _holiday_near(raw, reference, direction, firm)
        if raw.kind == "relative" and raw.same_day:
            return FuzzyDate(_years_away(reference, raw.count), Precision.DAY)
        if raw.kind == "relative":
            return shift(FuzzyDate(reference, Precision.DAY), raw.unit or "day", raw.count)
    except (ValueError, OverflowError):
        return None
    return None


def _stated_direction(raw: RawMention) -> Direction | None:
    if raw.direction == "past":
        return "past"
    if raw.direction == "future":
        return "future"
    return None


def resolve_before(raw: RawMention, later: FuzzyDate) -> FuzzyDate | None:
    """The first part of a range whose last part has the year: 'June 30 to July 2, 2025'."""
    if raw.kind != "date" or raw.year is not None or raw.month is None:
        return None
    candidates = _candidates(raw.month, raw.day, range(later.start.year - 1, later.start.year + 1))
    earlier = [c for c in candidates if c.start <= later.start]
    return max(earlier, key=FuzzyDate.sort_key) if earlier else None


def resolve_end(raw: RawMention, first: FuzzyDate | None, reference: dt.date | None,
                direction: Direction) -> FuzzyDate | None:
    """The last part of a range, on or after its first part when it states no year itself."""
    if raw.kind == "date" and raw.year is not None:
        return _absolute(raw)
    if first is None:
        return None
    try:
        if raw.kind == "date" and raw.month is not None:
            years = range(first.start.year, first.start.year + 2)
            later = [c for c in _candidates(raw.month, raw.day, years) if c.end >= first.start]
            return min(later, key=FuzzyDate.sort_key) if later else None
        if raw.kind == "day_of_month" and raw.day is not None:
            for months in range(3):
                day = _month_day(_add_months(first.start.replace(day=1), months), raw.day)
                if day is not None and day > first.start:
                    return FuzzyDate(day, Precision.DAY)
            return None
        if raw.kind == "weekday" and raw.weekday is not None:
            ahead = (raw.weekday - first.start.weekday()) % 7 or 7
            return FuzzyDate(first.start + dt.timedelta(days=ahead), Precision.DAY)
    except (ValueError, OverflowError):
        return None
    return resolve(raw, reference, direction)


def shift(base: FuzzyDate, unit: str, count: int, *, keep_precision: bool = False) -> FuzzyDate | None:
    """`base` moved by `count` units, stated no more precisely than the unit and `base` allow (as precisely as
    `base` with `keep_precision`)."""
    precision = _UNIT_PRECISION.get(unit, Precision.DAY)
    if base.precision.rank > precision.rank or keep_precision:
        precision = base.precision
    try:
        if unit == "day":
            moved = base.start + dt.timedelta(days=count)
        elif unit in ("week", "weekend"):
            moved = base.start + dt.timedelta(weeks=count)
        elif unit == "month":
            moved = _add_months(base.start.replace(day=1), count)
        elif keep_precision:
            moved = _years_away(base.start, count)
        else:
            moved = dt.date(base.start.year + count, 1, 1)
        return FuzzyDate.containing(moved, precision)
    except (ValueError, OverflowError):
        return None


def _absolute(raw: RawMention) -> FuzzyDate | None:
    year = raw.year or 0
    try:
        if raw.month is None:
            return FuzzyDate.year(year)
        if raw.day is None:
            return FuzzyDate.month(year, raw.month)
        return FuzzyDate.day(year, raw.month, raw.day)
    except ValueError:
        return None


def _yearless(raw: RawMention, reference: dt.date, direction: Direction, firm: bool) -> FuzzyDate | None:
    month = raw.month or 1
    if raw.year_offset is not None:
        year = reference.year + raw.year_offset
        return FuzzyDate.month(year, month) if raw.day is None else FuzzyDate.day(year, month, raw.day)
    this_month = reference.replace(day=1)
    if raw.modifier == "this":
        return FuzzyDate.month(reference.year, month)
    if raw.modifier == "last":
        back = (this_month.month - month) % 12 or 12
        start = _add_months(this_month, -back)
        return FuzzyDate.month(start.year, start.month)
    if raw.modifier == "next":
        ahead = (month - this_month.month) % 12 or 12
        start = _add_months(this_month, ahead)
        return FuzzyDate.month(start.year, start.month)
    candidates = _candidates(month, raw.day, range(reference.year - 1, reference.year + 2))
    if raw.weekday is not None:
        matching = [c for c in candidates if c.start.weekday() == raw.weekday]
        candidates = matching or candidates
    elif not firm:
        candidates = [c for c in candidates if _may_omit_year(c, reference)]
    return choose(candidates, reference, direction)


# News writes the year of a date that is not in the report's own year ("Use the year only with dates not
# in the current calendar year", as the AP puts it), unless it is near enough for no reader to doubt it:
# "Dec. 28" in a 2 January report, "in July" in a February report recalling last summer's talks. When the
# date's own clause does not say which way to look, a date of another year three seasons away or more
# would have had its year: "has invited them to a ceremony on March 12" in a February report is next
# month, not eleven months back.
_NEAR_ENOUGH_TO_OMIT_YEAR = dt.timedelta(days=275)


def _may_omit_year(candidate: FuzzyDate, reference: dt.date) -> bool:
    """Whether a report would name `candidate` without its year."""
    if candidate.start.year == reference.year:
        return True
    return dt.timedelta(days=_distance(candidate, reference)) <= _NEAR_ENOUGH_TO_OMIT_YEAR


def _candidates(month: int, day: int | None, years: Iterable[int]) -> list[FuzzyDate]:
    found = []
    for year in years:
        try:
            found.append(FuzzyDate.month(year, month) if day is None else FuzzyDate.day(year, month, day))
        except ValueError:
            continue
    return found


# A day nearly a year ahead by the tense of its clause, when the same day of the year lies within a week
# before the report, is the near one: the tense looks from the time of the story ("must be returned by Jan. 14"
# in a story sent again on the 15th), and a report names a date almost a year off with its year. (Not the other
# way: "the church was full at Christmas", five days before it, is last Christmas.)
_FAR_ONE_WAY = 300
_NEAR_THE_OTHER_WAY = 7


def choose(candidates: list[FuzzyDate], reference: dt.date, direction: Direction) -> FuzzyDate | None:
    """The candidate nearest the reference in the direction the sentence speaks of."""
    if not candidates:
        return None
    nearest = min(candidates, key=lambda c: (_distance(c, reference), c.start))
    chosen = None
    if direction == "past":
        before = [c for c in candidates if c.start <= reference]
        if before:
            chosen = max(before, key=FuzzyDate.sort_key)
    elif direction == "future":
        after = [c for c in candidates if c.end >= reference]
        if after:
            chosen = min(after, key=FuzzyDate.sort_key)
    if chosen is None or (direction == "future" and chosen.precision is Precision.DAY
                          and _distance(chosen, reference) > _FAR_ONE_WAY
                          and _distance(nearest, reference) <= _NEAR_THE_OTHER_WAY):
        return nearest
    return chosen


def _distance(period: FuzzyDate, reference: dt.date) -> int:
    if period.start <= reference <= period.end:
        return 0
    return min(abs((period.start - reference).days), abs((period.end - reference).days))


def _day_of_month(raw: RawMention, reference: dt.date, direction: Direction) -> FuzzyDate | None:
    this_month = reference.replace(day=1)
    day_number = raw.day or 1
    if raw.month_offset is not None:
        day = _month_day(_add_months(this_month, raw.month_offset), day_number)
        return FuzzyDate(day, Precision.DAY) if day is not None else None
    candidates = []
    for months in range(-2, 3):
        day = _month_day(_add_months(this_month, months), day_number)
        if day is not None and (raw.weekday is None or day.weekday() == raw.weekday):
            candidates.append(FuzzyDate(day, Precision.DAY))
    return choose(candidates, reference, direction)


def holiday(name: str, year: int) -> dt.date:
    """The day of a feast in `year`: 'christmas', 'christmas eve', 'thanksgiving' (the U.S. one: fourth
    Thursday of November), 'easter' (Western), 'halloween', "valentine's", "new year's", "new year's eve",
    "veterans" (Day, 11 November) and the "fourth" of July."""
    if name == "thanksgiving":
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    if name == "easter":
        found: dt.date = easter(year)
        return found
    month, day = _FIXED_FEASTS[name]
    return dt.date(year, month, day)


# A feast's day falls within a year of the report's, or a few weeks more for Easter, which moves.
_A_YEAR_OF_FEASTS = dt.timedelta(days=366 + 35)
_FIXED_FEASTS = {"christmas": (12, 25), "christmas eve": (12, 24), "halloween": (10, 31),
                 "valentine's": (2, 14), "new year's": (1, 1), "new year's eve": (12, 31), "veterans": (11, 11),
                 "veterans'": (11, 11), "fourth": (7, 4)}


def _holiday_near(raw: RawMention, reference: dt.date, direction: Direction, firm: bool) -> FuzzyDate | None:
    """'Last Thanksgiving', 'Christmas': the feast's day in the year the modifier or the clause points to.

    A feast named without its year is one of the twelve months either side of the report (Easter moves:
    last year's may lie up to five weeks more than a year back)."""
    if raw.modifier == "this":
        return FuzzyDate(holiday(raw.holiday or "", reference.year), Precision.DAY)
    days = [FuzzyDate(day, Precision.DAY) for year in range(reference.year - 1, reference.year + 2)
            if abs((day := holiday(raw.holiday or "", year)) - reference) <= _A_YEAR_OF_FEASTS]
    if raw.whole_week:
        days = [FuzzyDate.week_of(day.start) for day in days]  # "Easter week began": the week, not the feast
    if raw.modifier == "last":
        return max((day for day in days if day.start < reference), key=FuzzyDate.sort_key)
    if raw.modifier == "next":
        return min((day for day in days if day.start > reference), key=FuzzyDate.sort_key)
    if not firm:
        days = [day for day in days if _may_omit_year(day, reference)]
    return choose(days, reference, direction)


def _years_away(day: dt.date, years: int) -> dt.date:
    """The same day `years` years away (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _month_day(first_of_month: dt.date, day: int) -> dt.date | None:
    try:
        return first_of_month.replace(day=day)
    except ValueError:
        return None


def _add_months(first_of_month: dt.date, months: int) -> dt.date:
    """The first of the month `months` months away ("next month" in December is January of the next year)."""
    moved: dt.date = first_of_month + relativedelta(months=months)
    return moved


def _weekday(weekday: int, modifier: str | None, reference: dt.date, direction: Direction) -> dt.date:
    back = (reference.weekday() - weekday) % 7
    ahead = (weekday - reference.weekday()) % 7
    if modifier == "last":
        back = back or 7
        return reference - dt.timedelta(days=back)
    if modifier == "next":
        return reference + dt.timedelta(days=ahead or 7)
    if modifier == "this" and direction == "either":
        return reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(days=weekday)
    if direction == "past":
        return reference - dt.timedelta(days=back)
    if direction == "future":
        return reference + dt.timedelta(days=ahead)
    return reference - dt.timedelta(days=back) if back <= ahead else reference + dt.timedelta(days=ahead)
