"""The event index: rows in time order per lane, visible rows by bisect, per-column counts, navigation."""

import datetime as dt
import random
import sys
from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.model.dates.fuzzy_date import FuzzyDate, Precision
from timeline_app.model.events import Event, Kind, Status
from timeline_app.timescale.event_flags import pack_flags
from timeline_app.timescale.event_index import EventIndex, event_times
from timeline_app.timescale.time_units import DAY, YEAR, day_noon, day_start


def event(event_id: str, kind: Kind, date: FuzzyDate, end: FuzzyDate | None = None, title: str = "") -> Event:
    return Event(event_id, title or event_id, kind, date, end=end)


def brute_visible(index: EventIndex, t0: float, t1: float, lane: int) -> list[int]:
    return [row for row in index.lane_rows(lane) if index.start(row) <= t1 and index.end(row) >= t0]


dates = st.dates(dt.date(2020, 1, 1), dt.date(2026, 12, 31))
fuzzy_dates = st.one_of(
    dates.map(lambda d: FuzzyDate(d, Precision.DAY)),
    dates.map(FuzzyDate.week_of),
    dates.map(lambda d: FuzzyDate.month(d.year, d.month)),
    dates.map(lambda d: FuzzyDate.year(d.year)),
)
event_lists = st.lists(st.tuples(st.sampled_from(list(Kind)), fuzzy_dates, st.booleans()), max_size=60).map(
    lambda specs: [
        event(f"e{i}", kind, date, FuzzyDate.day(date.end.year, 12, 31) if with_end else None)
        for i, (kind, date, with_end) in enumerate(specs)
    ]
)
windows = st.tuples(dates, st.integers(0, 900)).map(
    lambda w: (day_start(w[0]) + 3600.0, day_start(w[0]) + 3600.0 + w[1] * DAY)
)


@settings(max_examples=150)
@given(events=event_lists, window=windows)
def test_visible_rows_hold_every_overlapping_row(events: list[Event], window: tuple[float, float]) -> None:
    index = EventIndex.from_events(events)
    t0, t1 = window
    for lane in range(len(Kind)):
        candidates = index.visible_rows(t0, t1, lane)
        overlapping = brute_visible(index, t0, t1, lane)
        assert set(overlapping) <= set(candidates)
        assert index.count_visible(t0, t1, lane) == len(overlapping)
        assert all(index.kind(row).order == lane for row in candidates)


@settings(max_examples=150)
@given(events=event_lists, window=windows, columns=st.integers(1, 700))
def test_column_counts_sum_to_the_visible_count(
    events: list[Event], window: tuple[float, float], columns: int
) -> None:
    index = EventIndex.from_events(events)
    t0, t1 = window
    for lane in range(len(Kind)):
        counts = index.column_counts(t0, t1, lane, columns)
        assert len(counts) == columns
        assert sum(counts) == len(brute_visible(index, t0, t1, lane))


def test_rows_are_in_time_order_within_each_lane() -> None:
    events = [
        event("day", Kind.SUMMIT, FuzzyDate.day(2025, 6, 1)),
        event("month", Kind.SUMMIT, FuzzyDate.month(2025, 6)),
        event("year", Kind.SUMMIT, FuzzyDate.year(2025)),
        event("call", Kind.CALL, FuzzyDate.day(2025, 1, 1)),
        event("week", Kind.SUMMIT, FuzzyDate.week_of(dt.date(2025, 5, 28))),
    ]
    index = EventIndex.from_events(events)
    summits = [index.event_id(row) for row in index.lane_rows(Kind.SUMMIT.order)]
    # The year starts on 1 January, the week on Monday 26 May, the month and the day on 1 June
    # (the month at 00:00, the day-precision point at noon).
    assert summits == ["year", "week", "month", "day"]
    assert [index.event_id(row) for row in index.lane_rows(Kind.CALL.order)] == ["call"]


def test_period_times_cover_their_whole_period() -> None:
    month = event("m", Kind.OTHER, FuzzyDate.month(2025, 2))
    assert event_times(month) == (day_start(dt.date(2025, 2, 1)), day_start(dt.date(2025, 3, 1)))
    day = event("d", Kind.OTHER, FuzzyDate.day(2025, 2, 3))
    assert event_times(day) == (day_noon(dt.date(2025, 2, 3)),) * 2
    spanned = event("s", Kind.OTHER, FuzzyDate.day(2025, 2, 3), end=FuzzyDate.day(2025, 2, 5))
    assert event_times(spanned) == (day_start(dt.date(2025, 2, 3)), day_start(dt.date(2025, 2, 6)))


def test_a_period_begun_before_the_view_is_visible() -> None:
    index = EventIndex.from_events(
        [event("year", Kind.OTHER, FuzzyDate.year(2024)), event("day", Kind.OTHER, FuzzyDate.day(2024, 3, 1))]
    )
    t0, t1 = day_start(dt.date(2024, 7, 1)), day_start(dt.date(2024, 8, 1))
    lane = Kind.OTHER.order
    assert [index.event_id(r) for r in index.carried_rows(t0, t1, lane)] == ["year"]
    assert index.count_visible(t0, t1, lane) == 1
    assert index.column_counts(t0, t1, lane, 10)[0] == 1


def test_dates_flags_and_text_round_trip() -> None:
    e = Event(
        "trilateral",
        "Trilateral summit",
        Kind.SUMMIT,
        FuzzyDate.month(2025, 10),
        end=FuzzyDate.month(2025, 11),
        status=Status.PLANNED,
    )
    index = EventIndex.from_events([e, event("x", Kind.CALL, FuzzyDate.day(2025, 1, 2), title="통화")])
    row = index.row_of("trilateral")
    assert row is not None
    assert index.event_id(row) == "trilateral"
    assert index.title(row) == "Trilateral summit"
    assert index.date(row) == FuzzyDate.month(2025, 10)
    assert index.end_date(row) == FuzzyDate.month(2025, 11)
    assert index.status(row) is Status.PLANNED and index.is_period(row)
    call = index.row_of("x")
    assert call is not None and index.title(call) == "통화" and index.end_date(call) is None
    assert index.row_of("missing") is None and index.row_of("") is None


def test_navigation_walks_date_order_among_shown_lanes() -> None:
    events = [
        event("c1", Kind.CALL, FuzzyDate.day(2025, 6, 9)),
        event("s1", Kind.SUMMIT, FuzzyDate.day(2025, 6, 17)),
        event("m1", Kind.MINISTERIAL, FuzzyDate.day(2025, 7, 29)),
        event("s2", Kind.SUMMIT, FuzzyDate.day(2025, 8, 23)),
        event("c0", Kind.CALL, FuzzyDate.day(2025, 6, 4)),
    ]
    index = EventIndex.from_events(events)
    every = range(len(Kind))
    walked = []
    row = index.next_row(None, every)
    while row is not None:
        walked.append(index.event_id(row))
        row = index.next_row(row, every)
    assert walked == ["c0", "c1", "s1", "m1", "s2"]
    no_calls = [Kind.SUMMIT.order, Kind.MINISTERIAL.order]
    last = index.previous_row(None, no_calls)
    assert last is not None and index.event_id(last) == "s2"
    first = index.next_row(None, no_calls)
    assert first is not None and index.event_id(first) == "s1"
    assert index.previous_row(first, no_calls) is None


def test_bad_rows_are_dropped_or_mended() -> None:
    nan = float("nan")
    index = EventIndex.from_arrays(
        [nan, 10.0, 5.0, 7.0],
        [0.0, 20.0, 1.0, 7.0],
        [0, 9, -3, 1],
        [0, 0, 0, 0],
        ["a", "b", "c", "d"],
        ["A", "B", "C"],
    )
    assert len(index) == 2  # the row without a title and the row without a start are gone
    b, c = index.row_of("b"), index.row_of("c")
    assert b is not None and index.kind(b) is Kind.OTHER
    assert c is not None and index.kind(c) is Kind.CALL and index.end(c) == index.start(c)


@pytest.mark.slow
def test_a_million_rows_build_from_arrays_compactly() -> None:
    n = 1_000_000
    rnd = random.Random(7)
    starts = array("d", (rnd.uniform(0, 50 * YEAR) for _ in range(n)))
    ends = array("d", (s + rnd.choice((0.0, 0.0, 0.0, 30 * DAY)) for s in starts))
    lanes = array("B", (rnd.randrange(4) for _ in range(n)))
    flags = array(
        "H", (pack_flags(Precision.DAY if e == s else Precision.MONTH) for s, e in zip(starts, ends))
    )
    ids = [f"ev{i:07d}" for i in range(n)]
    titles = [f"Event {i}" for i in range(n)]
    index = EventIndex.from_arrays(starts, ends, lanes, flags, ids, titles)
    assert len(index) == n
    # Flat arrays, and the given ids and titles themselves rather than copies: well under 150 MB.
    held = [value for value in vars(index).values() if value is not None and value not in (ids, titles)]
    assert len(held) < len(vars(index)) - 1
    assert all(isinstance(value, (array, list)) for value in held)
    assert all(len(value) <= len(Kind) + 1 for value in held if isinstance(value, list))
    assert sum(sys.getsizeof(value) for value in held) < 100e6
    t0, t1 = 10 * YEAR, 10 * YEAR + 30 * DAY
    lane = Kind.SUMMIT.order
    assert sum(index.column_counts(t0, t1, lane, 500)) == index.count_visible(t0, t1, lane) > 0
    row = index.row_of("ev0999999")
    assert row is not None and index.title(row) == "Event 999999"


@settings(max_examples=150)
@given(events=event_lists, window=windows)
def test_counts_beyond_each_edge_match_a_brute_count(
    events: list[Event], window: tuple[float, float]
) -> None:
    index = EventIndex.from_events(events)
    t0, t1 = window
    for lane in range(len(Kind)):
        rows = index.lane_rows(lane)
        before = [row for row in rows if index.end(row) < t0]
        after = [row for row in rows if index.start(row) > t1]
        earlier, later = index.earlier(t0, lane), index.later(t1, lane)
        if before:
            assert earlier is not None
            assert earlier.count == len(before)
            assert earlier.first_start == min(index.start(row) for row in before)
            assert earlier.last_start == max(index.start(row) for row in before)
            assert earlier.nearest == max(index.end(row) for row in before)
        else:
            assert earlier is None
        if after:
            assert later is not None
            assert later.count == len(after)
            assert (later.first_start, later.nearest) == (index.start(after[0]),) * 2
            assert later.last_start == index.start(after[-1])
        else:
            assert later is None
