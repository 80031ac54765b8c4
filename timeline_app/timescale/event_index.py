"""The events of a timeline in flat arrays, sorted by time in each lane, for drawing only what is visible."""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate, compress, islice, pairwise
from operator import lt

from timeline_app.model.dates.fuzzy_date import FuzzyDate, Precision
from timeline_app.model.events import Event, Kind, Status
from timeline_app.timescale.event_flags import (
    end_precision_of,
    is_period,
    pack_flags,
    precision_of,
    status_of,
)
from timeline_app.timescale.time_units import DAY, DOMAIN_END, DOMAIN_START, day_noon, day_start, to_date

KINDS: tuple[Kind, ...] = tuple(Kind)
LANE_COUNT = len(KINDS)
_MAX_SOURCES = 0xFFFF


def event_times(event: Event) -> tuple[float, float]:
    """(start, end) in seconds: a day-precision point sits at noon with end == start; a period
    (coarser precision, or an `end` given) spans [first day 00:00, last day + 1 day 00:00)."""
    if event.date.precision is Precision.DAY and event.end is None:
        noon = day_noon(event.date.start)
        return noon, noon
    return day_start(event.date.start), day_start(event.last_day) + DAY


class LaneWindow:
    """The rows of one lane that overlap [t0, t1]: `carried` start before t0 and reach into it (in row
    order), `inside` start in [t0, t1]. The carried rows are listed on first use only: counting them
    costs two bisections, listing them a walk over the periods that reach t0."""

    __slots__ = ("_carried", "_index", "_lane", "carried_count", "inside", "t0", "t1")

    def __init__(
        self, index: EventIndex, lane: int, t0: float, t1: float, carried_count: int, inside: range
    ) -> None:
        """The window of `lane` of `index` over [t0, t1]; use `EventIndex.window`."""
        self._index = index
        self._lane = lane
        self._carried: tuple[int, ...] | None = None
        self.t0 = t0
        self.t1 = t1
        self.carried_count = carried_count
        self.inside = inside

    @property
    def carried(self) -> tuple[int, ...]:
        """The rows that start before t0 and reach into [t0, t1], in row order."""
        if self._carried is None:
            self._carried = self._index.carried_before(self.t0, self._lane, self.inside.start)
        return self._carried

    @property
    def count(self) -> int:
        """How many rows overlap [t0, t1]."""
        return self.carried_count + len(self.inside)

    def rows(self) -> list[int]:
        """Every overlapping row, in row (time) order."""
        return [*self.carried, *self.inside]

    def is_carried(self, row: int) -> bool:
        """Whether `row` is one of the carried rows."""
        index = self._index
        return (
            row in index.lane_rows(self._lane)
            and row < self.inside.start
            and index.start(row) < self.t0 <= index.end(row)
        )

    def column_counts(self, bounds: Sequence[int]) -> list[int]:
        """The rows per column given the column bounds of `EventIndex.column_bounds`; the carried rows
        count in the first column."""
        counts = [b - a for a, b in pairwise(bounds)]
        counts[0] += self.carried_count
        return counts


@dataclass(frozen=True, slots=True)
class OffscreenRun:
    """Events of one lane wholly on one side of the shown range: how many, the first and last of
    their starts, and `nearest`, the edge closest to the range (the latest end of events before it,
    the earliest start of events after it)."""

    count: int
    first_start: float
    last_start: float
    nearest: float


class EventIndex:
    """Events in flat arrays, in lanes (Kind order), each lane's rows contiguous and sorted by start time.

    Row numbers run over the lanes one after the other: the rows of lane k are
    `lane_rows(k)`, and within it row i is the i-th of that lane's events in time
    order (ties: title, then id), so the rows of a lane overlapping a time range
    form a `range`. An event spans [start, end] in seconds since 1970-01-01 UTC
    (see `event_times`). Ids and titles live in two strings, not in per-event objects.
    """

    def __init__(
        self,
        starts: array[float],
        ends: array[float],
        lanes: array[int],
        flags: array[int],
        ids: Sequence[str],
        titles: Sequence[str],
        source_counts: array[int],
        order: array[int] | None = None,
    ) -> None:
        """Take arrays already sorted by (lane, start), and the id and title of row r at `order[r]` of
        `ids` and `titles` (at r without an order); use `from_events` or `from_arrays` instead."""
        self._starts = starts
        self._ends = ends
        self._lanes = lanes
        self._flags = flags
        self._sources = source_counts
        # The caller's sequences, not copies: a million strings would cost more than all the arrays.
        self._ids = ids
        self._titles = titles
        self._order = order
        self._rows_by_id: dict[str, int] | None = None
        self._lane_bounds = [bisect_left(lanes, lane) for lane in range(LANE_COUNT)] + [len(starts)]
        # Within each lane, the latest end among the rows so far: nondecreasing, so bisectable.
        self._max_ends = array("d")
        for lane in range(LANE_COUNT):
            lo, hi = self._lane_bounds[lane], self._lane_bounds[lane + 1]
            self._max_ends.extend(accumulate(ends[lo:hi], max))
        # Each lane's ends sorted, for what lies wholly before a time; and its periods by length class
        # (eight classes an octave), each with its longest length, so that the periods reaching into a
        # range are found by bisection with little else scanned.
        self._sorted_ends = array("d")
        self._periods: list[list[tuple[float, array[int], array[float]]]] = []
        for lane in range(LANE_COUNT):
            lo, hi = self._lane_bounds[lane], self._lane_bounds[lane + 1]
            self._sorted_ends.extend(sorted(ends[lo:hi]))
            classes: dict[int, tuple[list[float], array[int], array[float]]] = {}
            for row in compress(range(lo, hi), map(lt, starts[lo:hi], ends[lo:hi])):
                length = ends[row] - starts[row]
                longest, rows, row_starts = classes.setdefault(
                    math.floor(8 * math.log2(length)), ([length], array("I"), array("d"))
                )
                longest[0] = max(longest[0], length)
                rows.append(row)
                row_starts.append(starts[row])
            # A little more than the longest, so that rounding cannot leave a reaching period out.
            self._periods.append(
                [(longest[0] * 1.000001 + 1.0, rows, s) for _, (longest, rows, s) in sorted(classes.items())]
            )
        self._date_order: array[int] | None = None
        self._date_rank: array[int] | None = None

    @classmethod
    def empty(cls) -> EventIndex:
        """An index with no events."""
        return cls.from_arrays([], [], [], [], [], [])

    @classmethod
    def from_events(cls, events: Sequence[Event]) -> EventIndex:
        """The index of `events` (in any order)."""
        rows = sorted(events, key=lambda e: (event_times(e)[0], e.title.casefold(), e.id))
        starts, ends, lanes, flags, counts = array("d"), array("d"), array("B"), array("H"), array("H")
        for event in rows:
            start, end = event_times(event)
            starts.append(start)
            ends.append(end)
            lanes.append(event.kind.order)
            end_precision = event.end.precision if event.end is not None else None
            flags.append(pack_flags(event.date.precision, event.status, end_precision))
            counts.append(min(len(event.sources), _MAX_SOURCES))
        return cls.from_arrays(
            starts, ends, lanes, flags, [e.id for e in rows], [e.title for e in rows], counts
        )

    @classmethod
    def from_arrays(
        cls,
        starts: Sequence[float],
        ends: Sequence[float],
        lanes: Sequence[int],
        flags: Sequence[int],
        ids: Sequence[str],
        titles: Sequence[str],
        source_counts: Sequence[int] | None = None,
    ) -> EventIndex:
        """The index of columns given row by row, in any order (a stable sort keeps ties in input order).

        Rows past the shortest column are dropped, and so are rows whose start is not a
        finite time; an end before its start is taken as the start; a lane out of range
        goes to the last lane (other); `flags` come from `event_flags.pack_flags`. The index
        keeps `ids` and `titles` themselves (and a permutation when the rows needed sorting).
        """
        n = min(len(starts), len(ends), len(lanes), len(flags), len(ids), len(titles))
        if source_counts is not None:
            n = min(n, len(source_counts))
        order = _lane_time_order(starts, lanes, n)
        rows: Iterable[int] = range(n) if order is None else order
        count = n if order is None else len(order)
        sorted_starts = array("d", (min(max(starts[i], DOMAIN_START), DOMAIN_END) for i in rows))
        sorted_ends = array(
            "d",
            (min(e, DOMAIN_END) if e >= s else s for s, e in zip(sorted_starts, (ends[i] for i in rows))),
        )
        top = LANE_COUNT - 1
        sorted_lanes = array("B", (min(max(int(lanes[i]), 0), top) for i in rows))
        sorted_flags = array("H", (int(flags[i]) & 0xFFFF for i in rows))
        if source_counts is None:
            counts = array("H", bytes(2 * count))
        else:
            counts = array("H", (min(max(int(source_counts[i]), 0), _MAX_SOURCES) for i in rows))
        return cls(sorted_starts, sorted_ends, sorted_lanes, sorted_flags, ids, titles, counts, order)

    def __len__(self) -> int:
        return len(self._starts)

    def lane_rows(self, lane: int) -> range:
        """All rows of `lane`, in time order."""
        return range(self._lane_bounds[lane], self._lane_bounds[lane + 1])

    def lane_counts(self) -> dict[Kind, int]:
        """How many events each kind has."""
        return {kind: len(self.lane_rows(kind.order)) for kind in KINDS}

    def visible_rows(self, t0: float, t1: float, lane: int) -> range:
        """Rows of `lane` that may overlap [t0, t1]: every row that does is in it.

        Rows that start at or after t0 all overlap; rows before those may end
        before t0 when a longer event precedes them (check with `overlaps`).
        """
        rows = self.lane_rows(lane)
        hi = bisect_right(self._starts, t1, rows.start, rows.stop)
        lo = bisect_left(self._max_ends, t0, rows.start, hi)
        return range(lo, hi)

    def first_row_from(self, t: float, rows: range) -> int:
        """The first of `rows` (a run of one lane) that starts at or after t (rows.stop if none)."""
        return bisect_left(self._starts, t, rows.start, rows.stop)

    def window(self, t0: float, t1: float, lane: int) -> LaneWindow:
        """The rows of `lane` overlapping [t0, t1], split into those carried in from before t0 and
        those starting inside. O(log n); listing the carried rows costs O(periods that reach t0)."""
        rows = self.lane_rows(lane)
        hi = bisect_right(self._starts, t1, rows.start, rows.stop)
        first_inside = bisect_left(self._starts, t0, rows.start, hi)
        if t0 <= t1:
            # The rows before first_inside are all that start before t0: each ends before t0 or
            # reaches it, and every row ending before t0 is among them (no row ends before it starts).
            wholly_before = bisect_left(self._sorted_ends, t0, rows.start, rows.stop) - rows.start
            carried_count = first_inside - rows.start - wholly_before
            return LaneWindow(self, lane, t0, t1, carried_count, range(first_inside, hi))
        carried = self.carried_before(t0, lane, first_inside)
        window = LaneWindow(self, lane, t0, t1, len(carried), range(first_inside, hi))
        window._carried = carried
        return window

    def carried_before(self, t0: float, lane: int, stop: int) -> tuple[int, ...]:
        """The rows of `lane` before row `stop` that start before t0 and end at or after it, in row order."""
        return tuple(sorted(row for row in self._reaching(t0, lane) if row < stop))

    def _reaching(self, t0: float, lane: int) -> Iterator[int]:
        """The rows of `lane` that start before t0 and end at or after it (periods only, by class)."""
        ends = self._ends
        for reach, rows, starts in self._periods[lane]:
            lo = bisect_left(starts, t0 - reach)
            hi = bisect_left(starts, t0, lo)
            yield from (row for row in rows[lo:hi] if ends[row] >= t0)

    def carried_rows(self, t0: float, t1: float, lane: int) -> list[int]:
        """Rows of `lane` that start before t0 and still overlap [t0, t1] (periods reaching into view)."""
        return list(self.window(t0, t1, lane).carried)

    def count_visible(self, t0: float, t1: float, lane: int) -> int:
        """How many rows of `lane` overlap [t0, t1]."""
        return self.window(t0, t1, lane).count

    def earlier(self, t0: float, lane: int) -> OffscreenRun | None:
        """The rows of `lane` that end before t0 (None when there are none). O(log n + periods that
        reach t0 from the first or last rows starting before it)."""
        rows = self.lane_rows(lane)
        wholly_before = bisect_left(self._sorted_ends, t0, rows.start, rows.stop)
        if wholly_before == rows.start:
            return None
        # Rows starting before t0 are those ending before it and the periods reaching into it
        # (which end at or after t0): skip those at either end of the run.
        ends = self._ends
        first, last = rows.start, bisect_left(self._starts, t0, rows.start, rows.stop) - 1
        while ends[first] >= t0:
            first += 1
        while ends[last] >= t0:
            last -= 1
        nearest = self._sorted_ends[wholly_before - 1]
        return OffscreenRun(wholly_before - rows.start, self._starts[first], self._starts[last], nearest)

    def later(self, t1: float, lane: int) -> OffscreenRun | None:
        """The rows of `lane` that start after t1 (None when there are none). O(log n)."""
        rows = self.lane_rows(lane)
        first_after = bisect_right(self._starts, t1, rows.start, rows.stop)
        if first_after == rows.stop:
            return None
        first = self._starts[first_after]
        return OffscreenRun(rows.stop - first_after, first, self._starts[rows.stop - 1], first)

    def column_bounds(self, window: LaneWindow, columns: int) -> list[int]:
        """Row boundaries of `columns` equal slices of the window's [t0, t1]: the rows starting in
        slice k are range(b[k], b[k + 1]); b has columns + 1 items. O(columns * log n)."""
        inside = window.inside
        width = (window.t1 - window.t0) / max(columns, 1)
        starts = self._starts
        lo = inside.start
        bounds = [lo]
        for k in range(1, max(columns, 1)):
            lo = bisect_left(starts, window.t0 + k * width, lo, inside.stop)
            bounds.append(lo)
        bounds.append(inside.stop)
        return bounds

    def column_counts(self, t0: float, t1: float, lane: int, columns: int) -> list[int]:
        """How many rows of `lane` fall in each of `columns` equal slices of [t0, t1], by start;
        rows starting before t0 that reach into it count in the first. Sums to `count_visible`."""
        window = self.window(t0, t1, lane)
        return window.column_counts(self.column_bounds(window, columns))

    def start(self, row: int) -> float:
        """The row's start in seconds."""
        return self._starts[row]

    def end(self, row: int) -> float:
        """The row's end in seconds (equal to its start for a day-precision point)."""
        return self._ends[row]

    def kind(self, row: int) -> Kind:
        """The row's kind."""
        return KINDS[self._lanes[row]]

    def flags(self, row: int) -> int:
        """The row's packed flags (see `event_flags`)."""
        return self._flags[row]

    def is_period(self, row: int) -> bool:
        """Whether the row covers a period rather than a single day."""
        return is_period(self._flags[row]) or self._ends[row] > self._starts[row]

    def status(self, row: int) -> Status:
        """The row's status."""
        return status_of(self._flags[row])

    def source_count(self, row: int) -> int:
        """How many sources report the row's event."""
        return self._sources[row]

    def event_id(self, row: int) -> str:
        """The row's event id."""
        return self._ids[row if self._order is None else self._order[row]]

    def title(self, row: int) -> str:
        """The row's event title."""
        return self._titles[row if self._order is None else self._order[row]]

    def row_of(self, event_id: str) -> int | None:
        """The row of the event with this id (the first row when ids repeat), or None."""
        if self._rows_by_id is None:
            # Built on the first look-up only: a million ids cost tens of megabytes.
            rows = range(len(self._starts) - 1, -1, -1)
            self._rows_by_id = dict(zip(map(self.event_id, rows), rows))
        return self._rows_by_id.get(event_id) if event_id else None

    def date(self, row: int) -> FuzzyDate:
        """The row's date at its precision."""
        return FuzzyDate(to_date(self._starts[row]), precision_of(self._flags[row]))

    def end_date(self, row: int) -> FuzzyDate | None:
        """The row's end date at its precision, when the event has one."""
        precision = end_precision_of(self._flags[row])
        if precision is None:
            return None
        return FuzzyDate.containing(to_date(self._ends[row] - DAY / 2), precision)

    def latest_end(self, rows: range) -> float:
        """The latest end among `rows` (a run of one lane; -inf when empty). O(len(rows)), in C."""
        return max(self._ends[rows.start : rows.stop], default=-math.inf)

    def extent(self, lanes: Collection[int]) -> tuple[float, float] | None:
        """(earliest start, latest end) over `lanes`, or None when they hold no rows."""
        starts: list[float] = []
        ends: list[float] = []
        for lane in lanes:
            rows = self.lane_rows(lane)
            if rows:
                starts.append(self._starts[rows.start])
                ends.append(self._max_ends[rows.stop - 1])
        if not starts:
            return None
        return min(starts), max(ends)

    def next_row(self, row: int | None, lanes: Collection[int]) -> int | None:
        """The row after `row` in date order whose lane is in `lanes` (the first when row is None)."""
        order, rank = self._ordering()
        position = 0 if row is None else rank[row] + 1
        for next_position in range(position, len(order)):
            candidate = order[next_position]
            if self._lanes[candidate] in lanes:
                return candidate
        return None

    def previous_row(self, row: int | None, lanes: Collection[int]) -> int | None:
        """The row before `row` in date order whose lane is in `lanes` (the last when row is None)."""
        order, rank = self._ordering()
        position = len(order) - 1 if row is None else rank[row] - 1
        for previous_position in range(position, -1, -1):
            candidate = order[previous_position]
            if self._lanes[candidate] in lanes:
                return candidate
        return None

    def _ordering(self) -> tuple[array[int], array[int]]:
        """The date order and each row's position in it, computed on first use."""
        if self._date_order is None or self._date_rank is None:
            starts = self._starts
            order = array("l", sorted(range(len(starts)), key=lambda r: starts[r] // DAY))
            rank = array("l", bytes(order.itemsize * len(order)))
            for position, row in enumerate(order):
                rank[row] = position
            self._date_order, self._date_rank = order, rank
        return self._date_order, self._date_rank


def _lane_time_order(starts: Sequence[float], lanes: Sequence[int], n: int) -> array[int] | None:
    """The first `n` rows with a finite start, sorted by (lane clamped to the lanes, start), stably;
    None when that is every row in the order given. Sorts one lane at a time, to keep the transient
    lists small."""
    top = LANE_COUNT - 1
    lane_keys = array("B", (min(max(int(lane), 0), top) for lane in islice(lanes, n)))
    finite = all(map(math.isfinite, islice(starts, n)))
    if finite and all(
        a < b or (a == b and s <= t)
        for (a, s), (b, t) in pairwise(zip(lane_keys, islice(starts, n)))
    ):
        return None
    order = array("I")
    for lane in range(LANE_COUNT):
        members = array("I", (i for i, key in enumerate(lane_keys) if key == lane))
        if not finite:
            members = array("I", (i for i in members if math.isfinite(starts[i])))
        order.extend(sorted(members, key=starts.__getitem__))
    return order
