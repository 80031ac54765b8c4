"""Axis ticks that step by calendar units, chosen from seconds per pixel so that their labels fit."""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import itertools
import math
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from timeline_app.timescale.time_units import (
    DAY,
    DOMAIN_END,
    DOMAIN_START,
    HOUR,
    MINUTE,
    WEEK,
    day_start,
    from_datetime,
    to_date,
    to_datetime,
)

Measure = Callable[[str], float]

MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = tuple(calendar.month_name[m] for m in range(1, 13))
WEEKDAY_ABBREVIATIONS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

LABEL_OFFSET = 3.0  # a label starts this far right of its tick
_MONDAY_OFFSET = 4 * DAY  # 1970-01-05, the first Monday after the epoch


def char_width_measure(text: str) -> float:
    """The width of `text` assuming about 7 pixels per character."""
    return 7.0 * len(text)


class Unit(enum.Enum):
    """A calendar unit that ticks can step by."""

    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True)
class TickStep:
    """A step between ticks: `count` calendar `unit`s."""

    unit: Unit
    count: int

    @property
    def min_seconds(self) -> float:
        """A lower bound of the time between two consecutive ticks."""
        if self.unit is Unit.MINUTE:
            return self.count * MINUTE
        if self.unit is Unit.HOUR:
            return self.count * HOUR
        if self.unit is Unit.DAY:
            return self.count * DAY
        if self.unit is Unit.WEEK:
            return self.count * WEEK
        if self.unit is Unit.MONTH:
            return self.count * 28 * DAY
        return self.count * 365 * DAY

    @property
    def major_unit(self) -> Unit | None:
        """The unit of the row above, which names the period each minor label lies in."""
        if self.unit in (Unit.MINUTE, Unit.HOUR):
            return Unit.DAY
        if self.unit in (Unit.DAY, Unit.WEEK):
            return Unit.MONTH
        if self.unit is Unit.MONTH:
            return Unit.YEAR
        return None


STEPS: tuple[TickStep, ...] = (
    *(TickStep(Unit.MINUTE, n) for n in (15, 30)),
    *(TickStep(Unit.HOUR, n) for n in (1, 3, 6, 12)),
    *(TickStep(Unit.DAY, n) for n in (1, 2)),
    TickStep(Unit.WEEK, 1),
    *(TickStep(Unit.MONTH, n) for n in (1, 3, 6)),
    *(TickStep(Unit.YEAR, n) for n in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)),
)


@dataclass(frozen=True, slots=True)
class Tick:
    """A tick at `time`; its label names the period that starts there."""

    time: float
    label: str


@dataclass(frozen=True, slots=True)
class Ticks:
    """The two rows of an axis: major ticks (bigger periods) above, minor ticks below.

    The first major tick is the start of the period that contains the left edge, so
    it may lie before it: its label is the one to pin at the left edge.
    """

    step: TickStep
    major: tuple[Tick, ...]
    minor: tuple[Tick, ...]


@dataclass(frozen=True, slots=True)
class PlacedLabel:
    """An axis label placed on a row: its left x, width and text, and the tick time it labels."""

    left: float
    width: float
    text: str
    time: float

    @property
    def right(self) -> float:
        """The x just past the label's last pixel."""
        return self.left + self.width


@dataclass(frozen=True, slots=True)
class AxisLabels:
    """The labels to draw on each row of the axis; none overlap another on its row."""

    major: tuple[PlacedLabel, ...]
    minor: tuple[PlacedLabel, ...]


def ticks(
    t0: float,
    t1: float,
    width_px: float,
    measure: Measure | None = None,
    *,
    padding: float = 10.0,
    min_spacing: float = 30.0,
) -> Ticks:
    """The finest calendar step whose minor and major labels fit in `width_px` over [t0, t1]."""
    measure = measure or char_width_measure
    width = max(width_px, 1.0)
    t0 = max(t0, DOMAIN_START)
    t1 = max(min(t1, DOMAIN_END - 1.0), t0 + 1.0)
    seconds_per_pixel = (t1 - t0) / width
    for step in STEPS:
        if step.min_seconds / seconds_per_pixel < min_spacing:
            continue
        minor = tuple(Tick(t, minor_label(step, t)) for t in step_times(step, t0, t1))
        if not _row_fits(minor, t0, seconds_per_pixel, measure, padding):
            continue
        major_unit = step.major_unit
        if major_unit is None:
            return Ticks(step, (), minor)
        major = _major_ticks(major_unit, t0, t1, seconds_per_pixel, measure, padding)
        if major is not None:
            return Ticks(step, major, minor)
    step = STEPS[-1]
    return Ticks(step, (), tuple(Tick(t, minor_label(step, t)) for t in step_times(step, t0, t1)))


def axis_labels(
    axis: Ticks, t0: float, t1: float, width_px: float, measure: Measure | None = None, padding: float = 10.0
) -> AxisLabels:
    """Place the labels of both rows in [0, width_px], none overlapping another on its row.

    The major label of the period under the left edge is pinned there while it fits
    before the next major label; so is the minor label of a month or year begun before the
    edge, when it fits before the month or year that follows. A minor label is only kept when the label of the
    major period it lies in is shown, so that no day or month reads without its
    month or year above it.
    """
    measure = measure or char_width_measure
    scale = max(width_px, 1.0) / max(t1 - t0, 1e-9)
    major: list[PlacedLabel] = []
    unit = axis.step.major_unit
    for i, tick in enumerate(axis.major):
        x = (tick.time - t0) * scale
        left = max(x, 0.0) + LABEL_OFFSET
        next_left = math.inf
        if i + 1 < len(axis.major):
            next_left = (axis.major[i + 1].time - t0) * scale + LABEL_OFFSET
        # The period under the left edge may be too short for the row's wording: a shorter one.
        shorter = major_labels(unit, tick.time) if unit is not None else ()
        wordings = [tick.label, *(text for text in shorter if len(text) < len(tick.label))]
        fitting = (PlacedLabel(left, measure(text), text, tick.time) for text in wordings)
        label = next((p for p in fitting if p.right + padding <= next_left and p.right <= width_px), None)
        if label is None or (major and label.left < major[-1].right + padding):
            continue
        major.append(label)
    shown_majors = {label.time for label in major}
    major_times = [tick.time for tick in axis.major]
    minor: list[PlacedLabel] = []
    pinned = _pinned_minor(axis, t0, scale, measure, padding)
    if (
        pinned is not None
        and pinned.right <= width_px
        and (
            not major_times or major_times[max(bisect_right(major_times, pinned.time) - 1, 0)] in shown_majors
        )
    ):
        minor.append(pinned)
    for tick in axis.minor:
        if major_times and major_times[max(bisect_right(major_times, tick.time) - 1, 0)] not in shown_majors:
            continue
        left = (tick.time - t0) * scale + LABEL_OFFSET
        label = PlacedLabel(left, measure(tick.label), tick.label, tick.time)
        if left < 0 or label.right > width_px:
            continue
        if minor and label.left < minor[-1].right + padding:
            continue
        minor.append(label)
    return AxisLabels(tuple(major), tuple(minor))


def _pinned_minor(
    axis: Ticks, t0: float, scale: float, measure: Measure, padding: float
) -> PlacedLabel | None:
    """The label of the month or year (stepped one by one) under the left edge, when it fits there."""
    step = axis.step
    if step.count != 1 or step.unit not in (Unit.MONTH, Unit.YEAR):
        return None
    start = period_start(step.unit, t0)
    if start >= t0:
        return None
    text = minor_label(step, start)
    label = PlacedLabel(LABEL_OFFSET, measure(text), text, start)
    room = (axis.minor[0].time - t0) * scale if axis.minor else math.inf
    return label if label.right + padding <= room else None


def step_times(step: TickStep, t0: float, t1: float) -> list[float]:
    """The tick times of `step` in [t0, t1], on calendar boundaries (UTC)."""
    if step.unit in (Unit.MINUTE, Unit.HOUR, Unit.DAY) and not (step.unit is Unit.DAY and step.count > 1):
        size = step.min_seconds
        first = math.ceil(t0 / size) * size
        return _arithmetic(first, size, t1)
    if step.unit is Unit.WEEK:
        first = _MONDAY_OFFSET + math.ceil((t0 - _MONDAY_OFFSET) / WEEK) * WEEK
        return _arithmetic(first, WEEK * step.count, t1)
    if step.unit is Unit.DAY:
        return _odd_days(t0, t1)
    if step.unit is Unit.MONTH:
        return [t for t in _month_starts(t0, t1, step.count) if t >= t0]
    return [t for t in _year_starts(t0, t1, step.count) if t >= t0]


def minor_label(step: TickStep, t: float) -> str:
    """The short label of a minor tick: '15:00', '17', 'Jun' or '2025'."""
    moment = to_datetime(t)
    if step.unit in (Unit.MINUTE, Unit.HOUR):
        return f"{moment.hour:02d}:{moment.minute:02d}"
    if step.unit in (Unit.DAY, Unit.WEEK):
        return str(moment.day)
    if step.unit is Unit.MONTH:
        return MONTH_ABBREVIATIONS[moment.month - 1]
    return str(moment.year)


def major_labels(unit: Unit, t: float) -> tuple[str, ...]:
    """The labels of the period of `unit` that starts at `t`, longest first."""
    moment = to_datetime(t)
    month = MONTH_ABBREVIATIONS[moment.month - 1]
    if unit is Unit.DAY:
        day = short_date(moment)
        return (f"{WEEKDAY_ABBREVIATIONS[moment.weekday()]} {day}", day)
    if unit is Unit.MONTH:
        return (f"{MONTH_NAMES[moment.month - 1]} {moment.year}", f"{month} {moment.year}")
    return (str(moment.year),)


def short_date(day: dt.date) -> str:
    """'17 Jun 2025', whatever the locale."""
    return f"{day.day} {MONTH_ABBREVIATIONS[day.month - 1]} {day.year}"


def period_start(unit: Unit, t: float) -> float:
    """The start of the period of `unit` (day, month or year) that contains `t`."""
    day = to_date(t)
    if unit is Unit.DAY:
        return day_start(day)
    if unit is Unit.MONTH:
        return day_start(day.replace(day=1))
    return day_start(dt.date(day.year, 1, 1))


def _major_ticks(
    unit: Unit, t0: float, t1: float, seconds_per_pixel: float, measure: Measure, padding: float
) -> tuple[Tick, ...] | None:
    """The major row for [t0, t1] in the longest wording that fits, or None if none fits."""
    if unit is Unit.DAY:
        first = period_start(unit, t0)
        starts = [first, *_arithmetic(first + DAY, DAY, t1)]
    elif unit is Unit.MONTH:
        starts = _month_starts(t0, t1, 1)
    else:
        starts = _year_starts(t0, t1, 1)
    variants = [major_labels(unit, t) for t in starts]
    for wording in range(len(variants[0])):
        row = tuple(Tick(t, names[wording]) for t, names in zip(starts, variants))
        if _row_fits(row[1:], t0, seconds_per_pixel, measure, padding):
            return row
    return None


def _row_fits(
    row: Sequence[Tick], t0: float, seconds_per_pixel: float, measure: Measure, padding: float
) -> bool:
    """Whether each label fits before the next tick of the row."""
    for here, after in itertools.pairwise(row):
        gap = (after.time - here.time) / seconds_per_pixel
        if gap < measure(here.label) + padding:
            return False
    return True


def _arithmetic(first: float, size: float, t1: float) -> list[float]:
    """first, first + size, ... up to t1."""
    if first > t1:
        return []
    return [first + i * size for i in range(int((t1 - first) // size) + 1)]


def _odd_days(t0: float, t1: float) -> list[float]:
    """Days 1, 3, 5, ... of each month, leaving out the last odd day when the 1st follows it next day."""
    times: list[float] = []
    day = to_date(t0)
    month = day.replace(day=1)
    while True:
        length = calendar.monthrange(month.year, month.month)[1]
        for number in range(1, length, 2):
            t = day_start(month.replace(day=number))
            if t > t1:
                return times
            if t >= t0:
                times.append(t)
        if month.year == 9999 and month.month == 12:
            return times
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)


def _month_starts(t0: float, t1: float, count: int) -> list[float]:
    """The first days of months m with (m - 1) % count == 0, from the one containing t0 to t1."""
    day = to_date(t0)
    year, month = day.year, day.month - (day.month - 1) % count
    times: list[float] = []
    while year <= 9999:
        t = from_datetime(dt.datetime(year, month, 1))
        if t > t1:
            break
        times.append(t)
        month += count
        if month > 12:
            year, month = year + 1, month - 12
    return times


def _year_starts(t0: float, t1: float, count: int) -> list[float]:
    """1 January of the years divisible by count, from the one at or before t0 to t1 (years 1 to 9999)."""
    year = max(1, to_date(t0).year // count * count)
    times: list[float] = []
    while year <= 9999:
        t = from_datetime(dt.datetime(year, 1, 1))
        if t > t1:
            break
        times.append(t)
        year = (year // count + 1) * count
    return times
