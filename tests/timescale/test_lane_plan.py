"""Lane plans: events drawn one by one with stacked labels, or counted in bars when dense."""

import datetime as dt
import itertools
import random

from timeline_app.model.dates.fuzzy_date import FuzzyDate, Precision
from timeline_app.model.events import Event, Kind
from timeline_app.timescale.event_index import EventIndex
from timeline_app.timescale.lane_plan import INDIVIDUAL_LIMIT, LaneGeometry, LanePlan, plan_lane
from timeline_app.timescale.ticks import char_width_measure, ticks
from timeline_app.timescale.time_units import DAY, day_start
from timeline_app.timescale.viewport import Viewport

GEOMETRY = LaneGeometry(top=40, height=160, plot_left=110, plot_right=1010, line_height=18, glyph_radius=6)


def summits(days: list[dt.date]) -> EventIndex:
    return EventIndex.from_events(
        [
            Event(f"s{i}", f"Summit number {i}", Kind.SUMMIT, FuzzyDate(d, Precision.DAY))
            for i, d in enumerate(days)
        ]
    )


def plan(
    index: EventIndex,
    t0: float,
    t1: float,
    individual_limit: int = INDIVIDUAL_LIMIT,
    selected_row: int | None = None,
) -> LanePlan:
    view = Viewport(t0, t1, GEOMETRY.plot_right - GEOMETRY.plot_left)
    edges = [tick.time for tick in ticks(t0, t1, view.width_px).minor]
    return plan_lane(
        index,
        Kind.SUMMIT.order,
        view,
        GEOMETRY,
        char_width_measure,
        period_edges=edges,
        individual_limit=individual_limit,
        selected_row=selected_row,
    )


def text_rects(lane: LanePlan) -> list[tuple[float, float, float, float]]:
    h = GEOMETRY.line_height
    rects = [
        (label.left, label.y - h / 2, label.left + label.width, label.y + h / 2) for label in lane.labels
    ]
    badges = [*lane.badges, *(edge.badge for edge in lane.edges)]
    rects += [(badge.left, badge.y - h / 2, badge.left + badge.width, badge.y + h / 2) for badge in badges]
    return rects


def assert_apart(rects: list[tuple[float, float, float, float]]) -> None:
    for a, b in itertools.combinations(rects, 2):
        assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)


def test_sparse_events_are_drawn_one_by_one_with_labels() -> None:
    index = summits([dt.date(2025, 6, 17), dt.date(2025, 8, 23), dt.date(2025, 9, 30)])
    lane = plan(index, day_start(dt.date(2025, 6, 1)), day_start(dt.date(2025, 11, 1)))
    assert (lane.visible, lane.drawn, lane.aggregated) == (3, 3, 0)
    assert len(lane.labels) == 3 and not lane.badges
    assert [m.x for m in lane.markers] == sorted(m.x for m in lane.markers)


def test_crowded_labels_stack_then_hide_behind_badges_that_count_them() -> None:
    day = dt.date(2025, 6, 17)
    index = summits([day] * 12)
    lane = plan(index, day_start(day) - 3 * DAY, day_start(day) + 4 * DAY)
    assert lane.drawn == 12
    # Each line holds at most one label right of the glyphs and one flipped to their left.
    assert 1 < len(lane.labels) <= 2 * GEOMETRY.label_lines
    anchor = lane.markers[0].x
    assert all(label.left > anchor or label.left + label.width < anchor for label in lane.labels)
    assert sum(badge.count for badge in lane.badges) == 12 - len(lane.labels)
    assert lane.badges[0].text == f"+{12 - len(lane.labels)}"
    assert_apart(text_rects(lane))


def test_dense_events_are_counted_in_bars_and_every_visible_one_is_accounted_for() -> None:
    rnd = random.Random(3)
    days = [dt.date(2020, 1, 1) + dt.timedelta(days=rnd.randrange(2000)) for _ in range(3000)]
    index = summits(days)
    for t0, t1 in (
        (day_start(dt.date(2019, 1, 1)), day_start(dt.date(2026, 1, 1))),
        (day_start(dt.date(2022, 1, 1)), day_start(dt.date(2022, 9, 1))),
    ):
        lane = plan(index, t0, t1, individual_limit=100)
        assert lane.visible == index.count_visible(t0, t1, Kind.SUMMIT.order) > 100
        assert lane.drawn + lane.aggregated == lane.visible
        assert lane.aggregated > 0 and len(lane.bars) > 0
        assert_apart(text_rects(lane))


def test_the_selected_event_is_drawn_even_inside_a_bar() -> None:
    day = dt.date(2024, 3, 1)
    index = summits([day] * 500)
    row = index.row_of("s250")
    lane = plan(index, day_start(dt.date(2024, 1, 1)), day_start(dt.date(2024, 6, 1)), selected_row=row)
    assert row in [m.row for m in lane.markers]
    assert row in [label.row for label in lane.labels]
    assert lane.drawn + lane.aggregated == 500


def test_events_beyond_the_edges_are_counted_at_the_ends_of_the_badge_line() -> None:
    inside = [dt.date(2025, 6, 17)] * 12
    index = summits([dt.date(2022, 6, 1), dt.date(2022, 9, 21), *inside, dt.date(2026, 3, 1)])
    lane = plan(index, day_start(dt.date(2025, 6, 1)), day_start(dt.date(2025, 7, 1)))
    earlier, later = lane.edges
    assert (earlier.later, earlier.badge.count, earlier.badge.text) == (False, 2, "\u25c2 2")
    assert earlier.nearest == day_start(dt.date(2022, 9, 21)) + DAY / 2
    assert (later.later, later.badge.count, later.badge.text) == (True, 1, "1 \u25b8")
    badge_y = GEOMETRY.line_y(GEOMETRY.line_count - 1)
    assert earlier.badge.left == GEOMETRY.plot_left + 2 and earlier.badge.y == badge_y
    assert later.badge.left + later.badge.width == GEOMETRY.plot_right - 2 and later.badge.y == badge_y
    assert lane.badges, "the crowded day still has its '+N'"
    assert_apart(text_rects(lane))


def test_no_edge_counts_when_everything_is_in_view() -> None:
    index = summits([dt.date(2025, 6, 17), dt.date(2025, 6, 20)])
    assert plan(index, day_start(dt.date(2025, 6, 1)), day_start(dt.date(2025, 7, 1))).edges == ()


def test_a_few_titles_take_the_badge_line_rather_than_hide_behind_a_badge() -> None:
    # Four lines: three for labels and the badge line. Four summits on the first days of the view,
    # against its left edge (no title can end left of its glyph), and nothing beyond its edges.
    short = LaneGeometry(top=40, height=6 + 4 * 18, plot_left=110, plot_right=1010, line_height=18, glyph_radius=6)
    first = dt.date(2025, 1, 3)
    index = summits([first + dt.timedelta(days=n) for n in range(4)])
    t0 = day_start(first) - 2 * DAY
    view = Viewport(t0, t0 + 360 * DAY, short.plot_right - short.plot_left)
    lane = plan_lane(index, Kind.SUMMIT.order, view, short, char_width_measure)
    assert not lane.badges
    assert len(lane.labels) == 4
    assert not any(label.elided for label in lane.labels)
    assert {label.line for label in lane.labels} == {0, 1, 2, 3}


def test_a_title_is_not_drawn_over_the_band_of_its_period() -> None:
    planned = Event("apec", "Possible meeting at APEC", Kind.SUMMIT, FuzzyDate.month(2025, 10))
    index = EventIndex.from_events([planned])
    t0 = day_start(dt.date(2025, 9, 1))
    lane = plan(index, t0, t0 + 120 * DAY)
    (band,) = lane.bands
    (label,) = lane.labels
    beside = abs(label.y - band.y) < GEOMETRY.line_height / 2 + 5
    assert not (beside and label.left < band.x1 and band.x0 < label.left + label.width), (label, band)


def test_titles_share_the_badge_line_with_the_count_beyond_the_edge() -> None:
    short = LaneGeometry(top=40, height=6 + 4 * 18, plot_left=110, plot_right=1010, line_height=18, glyph_radius=6)
    first = dt.date(2025, 1, 3)
    days = [first - dt.timedelta(days=400), *(first + dt.timedelta(days=n) for n in range(4))]
    index = summits(days)
    t0 = day_start(first) - 30 * DAY  # the titles start right of the count, too close to end left
    view = Viewport(t0, t0 + 360 * DAY, short.plot_right - short.plot_left)
    lane = plan_lane(index, Kind.SUMMIT.order, view, short, char_width_measure)
    assert [edge.badge.text for edge in lane.edges] == ["\u25c2 1"]
    assert not lane.badges
    assert len(lane.labels) == 4 and not any(label.elided for label in lane.labels)
    assert_apart(text_rects(lane))
