"""Times as float seconds since 1970-01-01 UTC, and their conversion to and from calendar dates."""

from __future__ import annotations

import datetime as dt
import math

MINUTE = 60.0
HOUR = 3600.0
DAY = 86400.0
WEEK = 7 * DAY
YEAR = 365.2425 * DAY

EPOCH = dt.datetime(1970, 1, 1)
_EPOCH_ORDINAL = EPOCH.toordinal()

# The calendar that Python's datetime can write: 0001-01-01 to 9999-12-31.
DOMAIN_START = (dt.date(1, 1, 1).toordinal() - _EPOCH_ORDINAL) * DAY
DOMAIN_END = (dt.date(9999, 12, 31).toordinal() + 1 - _EPOCH_ORDINAL) * DAY


def day_start(day: dt.date) -> float:
    """Seconds at 00:00 UTC of `day`."""
    return (day.toordinal() - _EPOCH_ORDINAL) * DAY


def day_noon(day: dt.date) -> float:
    """Seconds at 12:00 UTC of `day`, where a day-precision event sits."""
    return day_start(day) + DAY / 2


def to_datetime(t: float) -> dt.datetime:
    """The naive UTC datetime of `t`, clamped to the calendar datetime can write."""
    t = min(max(t, DOMAIN_START), DOMAIN_END - 1.0)
    return EPOCH + dt.timedelta(seconds=t)


def from_datetime(moment: dt.datetime) -> float:
    """Seconds of a naive UTC datetime."""
    return (moment - EPOCH).total_seconds()


def to_date(t: float) -> dt.date:
    """The calendar day (UTC) that contains `t`."""
    day = math.floor(min(max(t, DOMAIN_START), DOMAIN_END - 1.0) / DAY)
    return dt.date.fromordinal(day + _EPOCH_ORDINAL)
