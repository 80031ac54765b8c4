"""Dates known to a day, an ISO week, a month or a year, and how they were derived."""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from dataclasses import dataclass


class Precision(enum.Enum):
    """How much of a date the text actually states."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"

    @property
    def rank(self) -> int:
        """0 for the finest precision (day), larger for coarser ones."""
        return _RANK[self]


_RANK = {Precision.DAY: 0, Precision.WEEK: 1, Precision.MONTH: 2, Precision.YEAR: 3}
_ISO = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?|-W([0-9]{2}))?")


class NotOnCalendar(ValueError):
    """A date written in an ISO form that names no period of the calendar: 2025-02-30, 2025-W54."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(f"{text!r} is not a date on the calendar ({reason})")
        self.text = text
        self.reason = reason


@dataclass(frozen=True, slots=True)
class FuzzyDate:
    """A period of the calendar named at one precision: 2025-06-17, 2025-W24, 2025-08 or 2022.

    `start` is always the first day of the period (a Monday for weeks); `sort_key` orders periods by it.
    """

    start: dt.date
    precision: Precision

    @classmethod
    def day(cls, year: int, month: int, day: int) -> FuzzyDate:
        """The single day year-month-day (raises ValueError for impossible dates)."""
        return cls(dt.date(year, month, day), Precision.DAY)

    @classmethod
    def week_of(cls, day: dt.date) -> FuzzyDate:
        """The ISO week (Monday to Sunday) that contains `day`."""
        return cls(day - dt.timedelta(days=day.weekday()), Precision.WEEK)

    @classmethod
    def month(cls, year: int, month: int) -> FuzzyDate:
        """The whole month."""
        return cls(dt.date(year, month, 1), Precision.MONTH)

    @classmethod
    def year(cls, year: int) -> FuzzyDate:
        """The whole year."""
        return cls(dt.date(year, 1, 1), Precision.YEAR)

    @classmethod
    def containing(cls, day: dt.date, precision: Precision) -> FuzzyDate:
        """The period of the given precision that contains `day`."""
        if precision is Precision.DAY:
            return cls(day, Precision.DAY)
        if precision is Precision.WEEK:
            return cls.week_of(day)
        if precision is Precision.MONTH:
            return cls.month(day.year, day.month)
        return cls.year(day.year)

    @classmethod
    def parse_iso(cls, text: str) -> FuzzyDate:
        """Parse YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY; raise ValueError with a reason otherwise.

        A text in one of those forms that names no period of the calendar raises NotOnCalendar.
        """
        match = _ISO.fullmatch(text)
        if match is None:
            raise ValueError(f"{text!r} is not an ISO date (YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY)")
        year, month, day, week = match.groups()
        try:
            if day is not None:
                return cls.day(int(year), int(month), int(day))
            if month is not None:
                return cls.month(int(year), int(month))
            if week is not None:
                monday = dt.date.fromisocalendar(int(year), int(week), 1)
                if monday > dt.date.max - dt.timedelta(days=6):
                    raise ValueError(f"the week ends after {dt.date.max.isoformat()}")
                return cls(monday, Precision.WEEK)
            return cls.year(int(year))
        except ValueError as exc:
            raise NotOnCalendar(text, str(exc)) from None

    def sort_key(self) -> tuple[dt.date, int]:
        """By the start of the period, the finer precision first."""
        return (self.start, self.precision.rank)

    @property
    def end(self) -> dt.date:
        """The last day of the period."""
        if self.precision is Precision.DAY:
            return self.start
        if self.precision is Precision.WEEK:
            return self.start + dt.timedelta(days=6)
        if self.precision is Precision.MONTH:
            last = calendar.monthrange(self.start.year, self.start.month)[1]
            return self.start.replace(day=last)
        return dt.date(self.start.year, 12, 31)

    def iso(self) -> str:
        """The date written at its precision: 2025-06-17, 2025-W24, 2025-08 or 2022."""
        if self.precision is Precision.DAY:
            return self.start.isoformat()
        if self.precision is Precision.WEEK:
            year, week, _ = self.start.isocalendar()
            return f"{year}-W{week:02d}"
        if self.precision is Precision.MONTH:
            return f"{self.start.year:04d}-{self.start.month:02d}"
        return f"{self.start.year:04d}"

    def human(self) -> str:
        """The date as a reader writes it: '17 June 2025', 'week of 9 June 2025', 'August 2025', '2009'."""
        if self.precision is Precision.DAY:
            return f"{self.start.day} {self.start:%B %Y}"
        if self.precision is Precision.WEEK:
            return f"week of {self.start.day} {self.start:%B %Y}"
        if self.precision is Precision.MONTH:
            return f"{self.start:%B %Y}"
        return str(self.start.year)

    def overlaps(self, other: FuzzyDate) -> bool:
        """Whether the two periods share at least one day (they may name the same moment)."""
        return self.start <= other.end and other.start <= self.end

    def __str__(self) -> str:
        return self.iso()


@dataclass(frozen=True, slots=True)
class DateBasis:
    """How a date was derived from a phrase, so that a reader can check it."""

    phrase: str
    value: FuzzyDate
    anchor: dt.date | None = None
    article: str | None = None
    note: str | None = None

    def describe(self) -> str:
        """"'Tuesday' in a report published 2025-06-18 → 2025-06-17", or "'June 17, 2025' → 2025-06-17"."""
        where = ""
        if self.anchor is not None:
            where = f" in a report published {self.anchor.isoformat()}"
        elif self.article is not None:
            where = f" in {self.article}"
        note = f" ({self.note})" if self.note else ""
        return f"'{self.phrase}'{where} → {self.value.iso()}{note}"
