"""Axis ticks: calendar-correct steps from 300 years down to 2 hours, labels that fit and read plainly."""

import datetime as dt
import itertools

import pytest

from timeline_app.timescale.ticks import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    AxisLabels,
    Ticks,
    Unit,
    axis_labels,
    ticks,
)
from timeline_app.timescale.time_units import DAY, HOUR, YEAR, day_start, to_datetime

START = day_start(dt.date(2025, 6, 13)) + 5 * HOUR + 17 * 60  # not on any boundary
SPANS = [
    300 * YEAR,
    100 * YEAR,
    30 * YEAR,
    8 * YEAR,
    3 * YEAR,
    YEAR,
    120 * DAY,
    40 * DAY,
    10 * DAY,
    3 * DAY,
    DAY,
    8 * HOUR,
    2 * HOUR,
]
WIDTHS = [500, 1000, 1600]
CASES = list(itertools.product(SPANS, WIDTHS))


def layout(span: float, width: float) -> tuple[Ticks, AxisLabels]:
    axis = ticks(START, START + span, width)
    return axis, axis_labels(axis, START, START + span, width)


@pytest.mark.parametrize(("span", "width"), CASES)
def test_ticks_fall_on_calendar_boundaries(span: float, width: float) -> None:
    axis, _ = layout(span, width)
    assert axis.minor, "every zoom shows some ticks"
    for tick in axis.minor:
        moment = to_datetime(tick.time)
        assert START <= tick.time <= START + span
        assert moment.second == 0 and moment.microsecond == 0
        unit, count = axis.step.unit, axis.step.count
        if unit in (Unit.DAY, Unit.WEEK, Unit.MONTH, Unit.YEAR):
            assert (moment.hour, moment.minute) == (0, 0)
        if unit is Unit.HOUR:
            assert moment.minute == 0 and moment.hour % count == 0
        if unit is Unit.WEEK:
            assert moment.weekday() == 0
        if unit is Unit.MONTH:
            assert moment.day == 1 and (moment.month - 1) % count == 0
        if unit is Unit.YEAR:
            assert (moment.month, moment.day) == (1, 1) and moment.year % count == 0


@pytest.mark.parametrize(("span", "width"), CASES)
def test_labels_do_not_overlap_and_stay_inside(span: float, width: float) -> None:
    _, labels = layout(span, width)
    for row in (labels.major, labels.minor):
        for label in row:
            assert 0 <= label.left and label.right <= width
        for left, right in itertools.pairwise(row):
            assert left.right < right.left


@pytest.mark.parametrize(("span", "width"), CASES)
def test_each_minor_label_reads_as_one_date_with_the_major_label_above(span: float, width: float) -> None:
    axis, labels = layout(span, width)
    assert labels.minor, "some minor labels are shown"
    for label in labels.minor:
        moment = to_datetime(label.time)
        context = [major for major in labels.major if major.time <= label.time]
        if axis.step.unit is Unit.YEAR:
            assert int(label.text) == moment.year
            continue
        assert context, f"{label.text} has no period shown above it"
        above = context[-1]
        if axis.step.unit is Unit.MONTH:
            assert (int(above.text), label.text) == (moment.year, MONTH_ABBREVIATIONS[moment.month - 1])
        elif axis.step.unit in (Unit.DAY, Unit.WEEK):
            month_name, year = above.text.split()
            month = (MONTH_NAMES if month_name in MONTH_NAMES else MONTH_ABBREVIATIONS).index(month_name) + 1
            assert dt.date(int(year), month, int(label.text)) == moment.date()
        else:
            *_, day, month_name, year = above.text.split()
            hour, minute = label.text.split(":")
            assert (
                dt.datetime(
                    int(year), MONTH_ABBREVIATIONS.index(month_name) + 1, int(day), int(hour), int(minute)
                )
                == moment
            )


def test_steps_get_coarser_as_the_view_widens() -> None:
    order = [(unit, count) for unit in Unit for count in range(1, 1001)]
    chosen = [
        order.index((layout(span, 1000)[0].step.unit, layout(span, 1000)[0].step.count))
        for span in reversed(SPANS)
    ]
    assert chosen == sorted(chosen)
    assert layout(300 * YEAR, 1000)[0].step.unit is Unit.YEAR
    assert layout(2 * HOUR, 1000)[0].step.unit in (Unit.MINUTE, Unit.HOUR)


def test_wider_labels_choose_a_coarser_step() -> None:
    narrow = ticks(START, START + 60 * DAY, 1000)
    wide = ticks(START, START + 60 * DAY, 1000, lambda text: 30.0 * len(text))
    assert wide.step.min_seconds > narrow.step.min_seconds


def test_two_day_steps_never_put_two_ticks_a_day_apart() -> None:
    start = day_start(dt.date(2024, 1, 1))
    axis = ticks(start, start + 400 * DAY, 10000)
    assert (axis.step.unit, axis.step.count) == (Unit.DAY, 2)
    gaps = {round((b.time - a.time) / DAY) for a, b in itertools.pairwise(axis.minor)}
    assert gaps <= {2, 3}


def test_the_period_under_the_left_edge_is_named_there() -> None:
    axis, labels = layout(20 * DAY, 1000)
    assert axis.major[0].time < START
    assert labels.major[0].text in ("June 2025", "Jun 2025")
    assert labels.major[0].left == pytest.approx(3.0)


def test_the_month_under_the_left_edge_is_named_when_it_has_room() -> None:
    t0 = day_start(dt.date(2025, 6, 5))
    t1 = day_start(dt.date(2025, 11, 5))
    axis = ticks(t0, t1, 600)
    assert (axis.step.unit, axis.step.count) == (Unit.MONTH, 1)
    labels = axis_labels(axis, t0, t1, 600)
    assert [label.text for label in labels.minor][:2] == ["Jun", "Jul"]
    assert labels.minor[0].left == pytest.approx(3.0)
    late, end = day_start(dt.date(2025, 6, 29)), day_start(dt.date(2026, 3, 1))  # June: no room left
    axis = ticks(late, end, 600)
    assert (axis.step.unit, axis.step.count) == (Unit.MONTH, 1)
    assert axis_labels(axis, late, end, 600).minor[0].text == "Jul"


def test_a_short_month_at_the_left_edge_is_named_in_fewer_letters_with_its_days() -> None:
    # Five days of September, 95 pixels: too short for "September 2025", enough for "Sep 2025".
    t0 = day_start(dt.date(2025, 9, 26))
    t1 = t0 + 640 / 19 * DAY
    axis = ticks(t0, t1, 640)
    assert axis.step.unit is Unit.DAY
    labels = axis_labels(axis, t0, t1, 640)
    assert [label.text for label in labels.major] == ["Sep 2025", "October 2025"]
    assert [label.text for label in labels.minor][:3] == ["27", "29", "1"]
