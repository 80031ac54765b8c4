"""Synthetic timelines for the paint and memory figures: event columns over thirty years, made fast.

Ids and titles are made on demand, as a loader reading them from storage would give them, so that the
memory measured is the event index's, not the generator's.
"""

from __future__ import annotations

import datetime as dt
import random
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import overload

from benchmarks.names import JAPANESE_NAMES, KOREAN_NAMES
from timeline_app.model.dates.fuzzy_date import Precision
from timeline_app.model.events import Kind, Status
from timeline_app.timescale.event_flags import pack_flags
from timeline_app.timescale.event_index import EventIndex


class _MadeOnDemand(Sequence[str]):
    """Strings made when asked for, by number, as a loader reading them would."""

    def __init__(self, count: int) -> None:
        self._count = count

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, number: int) -> str: ...

    @overload
    def __getitem__(self, number: slice) -> list[str]: ...

    def __getitem__(self, number: int | slice) -> str | list[str]:
        if isinstance(number, slice):
            return [self._make(i) for i in range(*number.indices(self._count))]
        if not -self._count <= number < self._count:
            raise IndexError(number)
        return self._make(number % self._count)

    def _make(self, number: int) -> str:
        raise NotImplementedError


class EventIds(_MadeOnDemand):
    """The ids of `count` synthetic events ("e0000042")."""

    def _make(self, number: int) -> str:
        return f"e{number:07d}"


class EventTitles(_MadeOnDemand):
    """The titles of synthetic events ("Park–Takemura summit 42"), made from their lanes."""

    def __init__(self, lanes: array[int]) -> None:
        super().__init__(len(lanes))
        self._lanes = lanes
        self._korean = [name.split()[0] for name in KOREAN_NAMES]
        self._japanese = [name.split()[-1] for name in JAPANESE_NAMES]
        self._words = {kind.order: kind.value for kind in Kind}

    def _make(self, number: int) -> str:
        lane = self._lanes[number]
        return f"{self._korean[number % 24]}–{self._japanese[number % 23]} {self._words[lane]} {number}"


@dataclass(frozen=True, slots=True)
class EventColumns:
    """The columns of `EventIndex.from_arrays` for a synthetic timeline."""

    starts: array[float]
    ends: array[float]
    lanes: array[int]
    flags: array[int]
    ids: EventIds
    titles: EventTitles
    source_counts: array[int]

    def index(self) -> EventIndex:
        """The event index of these columns."""
        return EventIndex.from_arrays(
            self.starts, self.ends, self.lanes, self.flags, self.ids, self.titles, self.source_counts
        )


DAY_SECONDS = 86_400.0
# The synthetic timelines run over thirty years, 1996 to 2025.
SPAN_START = dt.datetime(1996, 1, 1, tzinfo=dt.UTC).timestamp()
SPAN_DAYS = 30 * 365


def event_columns(count: int, seed: int = 7) -> EventColumns:
    """`count` events over thirty years, most on one day, some a month or a year long, in all four kinds."""
    rng = random.Random(seed)
    random_floats = rng.random
    lane_weights = tuple(accumulate((0.25, 0.35, 0.3, 0.1)))
    orders = [kind.order for kind in Kind]
    occurred = pack_flags(Precision.DAY)
    tentative = tuple(pack_flags(Precision.DAY, status) for status in Status)
    month = pack_flags(Precision.MONTH)
    year = pack_flags(Precision.YEAR)
    starts, ends, flags, lanes = array("d"), array("d"), array("H"), array("B")
    for number in range(count):
        lanes.append(orders[bisect_right(lane_weights, random_floats() * lane_weights[-1])])
        day_start = SPAN_START + int(random_floats() * SPAN_DAYS) * DAY_SECONDS
        roll = random_floats()
        if roll < 0.9:
            starts.append(day_start + DAY_SECONDS / 2)
            ends.append(day_start + DAY_SECONDS / 2)
            flags.append(occurred if roll < 0.8 else tentative[number % len(tentative)])
        elif roll < 0.97:
            starts.append(day_start)
            ends.append(day_start + 30 * DAY_SECONDS)
            flags.append(month)
        else:
            starts.append(day_start)
            ends.append(day_start + 365 * DAY_SECONDS)
            flags.append(year)
    sources = array("H", bytes(2 * count))
    for number in range(count):
        sources[number] = 1 + number % 4
    return EventColumns(starts, ends, lanes, flags, EventIds(count), EventTitles(lanes), sources)
