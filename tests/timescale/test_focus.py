"""The stretch a timeline opens on: where most events are, unless they are spread evenly."""

import datetime as dt
import random

from timeline_app.model.dates.fuzzy_date import FuzzyDate
from timeline_app.model.events import Event, Kind
from timeline_app.timescale.event_index import EventIndex
from timeline_app.timescale.focus import focus_range
from timeline_app.timescale.time_units import day_noon, day_start

ALL_LANES = range(len(Kind))


def index_of(*days: dt.date, kind: Kind = Kind.SUMMIT) -> EventIndex:
    return EventIndex.from_events(
        [
            Event(f"e{n}", f"Event {n}", kind, FuzzyDate.day(d.year, d.month, d.day))
            for n, d in enumerate(days)
        ]
    )


def test_a_recent_cluster_is_shown_rather_than_years_of_nothing() -> None:
    old = [dt.date(2022, 6, 1), dt.date(2022, 9, 21)]
    recent = [dt.date(2025, 6, 9), dt.date(2025, 6, 17), dt.date(2025, 8, 23), dt.date(2025, 9, 30)]
    recent += [dt.date(2025, 9, 8), dt.date(2025, 9, 10), dt.date(2025, 9, 15), dt.date(2025, 6, 16)]
    focus = focus_range(index_of(*old, *recent), ALL_LANES)
    assert focus == (day_noon(dt.date(2025, 6, 9)), day_noon(dt.date(2025, 9, 30)))


def test_events_spread_evenly_are_all_shown() -> None:
    rnd = random.Random(2)
    days = [dt.date(2000, 1, 1) + dt.timedelta(days=rnd.randrange(9000)) for _ in range(300)]
    index = index_of(*days)
    assert focus_range(index, ALL_LANES) == index.extent(ALL_LANES)


def test_an_event_close_to_the_cluster_is_taken_in() -> None:
    cluster = [dt.date(2025, 6, 1) + dt.timedelta(days=n) for n in range(0, 100, 5)]
    near = dt.date(2025, 5, 15)
    far = dt.date(2015, 1, 1)
    focus = focus_range(index_of(far, near, *cluster), ALL_LANES)
    assert focus is not None
    assert focus[0] == day_noon(near)
    assert focus[1] == day_noon(cluster[-1])


def test_only_the_given_lanes_count_and_an_empty_index_has_no_focus() -> None:
    calls = index_of(dt.date(2020, 1, 1), dt.date(2025, 1, 1), kind=Kind.CALL)
    assert focus_range(calls, [Kind.SUMMIT.order]) is None
    assert focus_range(EventIndex.empty(), ALL_LANES) is None
    one = index_of(dt.date(2025, 1, 1))
    assert focus_range(one, ALL_LANES) == (day_noon(dt.date(2025, 1, 1)),) * 2


def test_a_period_that_outlasts_the_later_events_is_shown_to_its_end() -> None:
    days = [dt.date(2025, 6, 9), dt.date(2025, 6, 17), dt.date(2025, 7, 1), dt.date(2025, 7, 29)]
    days += [dt.date(2025, 8, 23), dt.date(2025, 9, 8), dt.date(2025, 9, 15), dt.date(2025, 9, 30)]
    events = [
        Event(f"e{n}", f"Event {n}", Kind.SUMMIT, FuzzyDate.day(d.year, d.month, d.day))
        for n, d in enumerate([dt.date(2015, 1, 1), dt.date(2015, 3, 1), *days])
    ]
    start, end = FuzzyDate.day(2025, 6, 20), FuzzyDate.day(2025, 12, 31)
    events.append(Event("talks", "Talks to the end of the year", Kind.SUMMIT, start, end=end))
    focus = focus_range(EventIndex.from_events(events), ALL_LANES)
    assert focus == (day_noon(dt.date(2025, 6, 9)), day_start(dt.date(2026, 1, 1)))
