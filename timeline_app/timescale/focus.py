"""The stretch of time a timeline opens on: where most of its events are, rather than all of its years."""

from __future__ import annotations

import math
from collections.abc import Collection

from timeline_app.timescale.event_index import EventIndex

FOCUS_SHARE = 0.8
CROWDED = 0.4
_COLUMNS = 512
_REACH = 0.25


def focus_range(
    index: EventIndex,
    lanes: Collection[int],
    share: float = FOCUS_SHARE,
    crowded: float = CROWDED,
) -> tuple[float, float] | None:
    """The shortest stretch holding `share` of the events of `lanes`, widened to the events that lie
    close to it, when fitting every event would squeeze that stretch into less than `crowded` of the
    width; otherwise the whole extent. None when the lanes hold no events.

    Counts events per 1/512 of the extent, so it costs O(512 * lanes * log n) however many there are,
    and one pass (in C) over the ends of the events it keeps.
    """
    extent = index.extent(lanes)
    if extent is None:
        return None
    t0, t1 = extent
    if not t1 > t0:
        return extent
    counts = [0] * _COLUMNS
    for lane in lanes:
        for column, count in enumerate(index.column_counts(t0, t1, lane, _COLUMNS)):
            counts[column] += count
    total = sum(counts)
    wanted = max(math.ceil(total * min(max(share, 0.0), 1.0)), 1)
    first, stop = _shortest_window(counts, wanted)
    first, stop = _widen(counts, first, stop)
    width = (t1 - t0) / _COLUMNS
    if (stop - first) * width >= crowded * (t1 - t0):
        return extent
    lo = t0 + first * width if first > 0 else -math.inf
    hi = t0 + stop * width if stop < _COLUMNS else math.inf
    return _snug(index, lanes, lo, hi) or extent


def _shortest_window(counts: list[int], wanted: int) -> tuple[int, int]:
    """The shortest run of columns [first, stop) whose counts add up to `wanted` or more."""
    best = (0, len(counts))
    running = 0
    first = 0
    for stop in range(1, len(counts) + 1):
        running += counts[stop - 1]
        while running - counts[first] >= wanted:
            running -= counts[first]
            first += 1
        if running >= wanted and stop - first < best[1] - best[0]:
            best = (first, stop)
    return best


def _widen(counts: list[int], first: int, stop: int) -> tuple[int, int]:
    """Take in the columns with events that lie within a quarter of the run's length of either end."""
    while True:
        reach = max(math.ceil((stop - first) * _REACH), 1)
        before = next((c for c in range(first - 1, max(first - reach, 0) - 1, -1) if counts[c]), None)
        after = next((c for c in range(stop, min(stop + reach, len(counts))) if counts[c]), None)
        if before is None and after is None:
            return first, stop
        if before is not None:
            first = before
        if after is not None:
            stop = after + 1


def _snug(index: EventIndex, lanes: Collection[int], lo: float, hi: float) -> tuple[float, float] | None:
    """From the first start to the latest end of the events that start in [lo, hi)."""
    firsts: list[float] = []
    lasts: list[float] = []
    for lane in lanes:
        rows = index.lane_rows(lane)
        starting = range(index.first_row_from(lo, rows), index.first_row_from(hi, rows))
        if starting:
            firsts.append(index.start(starting.start))
            lasts.append(index.latest_end(starting))
    return (min(firsts), max(lasts)) if firsts else None
